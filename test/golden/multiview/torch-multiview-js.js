# test/e2e/multiview-golden.test.ts (kernax dump examples/multiview.ts --print-after-all --format json) — case 'torch-multiview-js'
function kernel_k0(inputs, outputs) {
  const in0 = inputs[0];
  const in1 = inputs[1];
  const out0 = outputs[0];
  const $pa = H.packF32(0, 26460), $pb = H.packF32(26460, 135), $c = H.packF64(4900);
  let $ia = 0;
  for (let i0 = 0; i0 < 5; i0++) {
    for (let i2 = 0; i2 < 14; i2++) {
      const t0 = Math.imul(i2, 80);
      for (let i3 = 0; i3 < 14; i3++) {
        let $qa = ($ia - $ia % 2) * 27 + $ia % 2;
        const t1 = Math.imul(i3, 5);
        for (let r0 = 0; r0 < 3; r0++) {
          const t2 = (((Math.imul(r0, 1280) + t0 | 0) + t1 | 0) + i0 | 0);
          const t3 = in1[t2];
          $pa[$qa] = t3;
          const t4 = in1[(t2 + 5 | 0)];
          $pa[$qa + 2] = t4;
          const t5 = in1[(t2 + 10 | 0)];
          $pa[$qa + 4] = t5;
          const t6 = in1[(t2 + 80 | 0)];
          $pa[$qa + 6] = t6;
          const t7 = in1[(t2 + 85 | 0)];
          $pa[$qa + 8] = t7;
          const t8 = in1[(t2 + 90 | 0)];
          $pa[$qa + 10] = t8;
          const t9 = in1[(t2 + 160 | 0)];
          $pa[$qa + 12] = t9;
          const t10 = in1[(t2 + 165 | 0)];
          $pa[$qa + 14] = t10;
          const t11 = in1[(t2 + 170 | 0)];
          $pa[$qa + 16] = t11;
          $qa += 18;
        }
        $ia++;
      }
    }
  }
  let $ib = 0;
  for (let i1 = 0; i1 < 5; i1++) {
    let $qb = ($ib - $ib % 5) * 27 + $ib % 5;
    const t12 = Math.imul(i1, 27);
    for (let r0 = 0; r0 < 3; r0++) {
      const t13 = (t12 + Math.imul(r0, 9) | 0);
      const t14 = in0[t13];
      $pb[$qb] = t14;
      const t15 = in0[(t13 + 1 | 0)];
      $pb[$qb + 5] = t15;
      const t16 = in0[(t13 + 2 | 0)];
      $pb[$qb + 10] = t16;
      const t17 = in0[(t13 + 3 | 0)];
      $pb[$qb + 15] = t17;
      const t18 = in0[(t13 + 4 | 0)];
      $pb[$qb + 20] = t18;
      const t19 = in0[(t13 + 5 | 0)];
      $pb[$qb + 25] = t19;
      const t20 = in0[(t13 + 6 | 0)];
      $pb[$qb + 30] = t20;
      const t21 = in0[(t13 + 7 | 0)];
      $pb[$qb + 35] = t21;
      const t22 = in0[(t13 + 8 | 0)];
      $pb[$qb + 40] = t22;
      $qb += 45;
    }
    $ib++;
  }
  const $mp = (980 + 1) / 2 | 0;
  for (let $j = 0, $np = (5 + 4) / 5 | 0; $j < $np; $j++) {
    let $fin = 1;
    for (let $q = $j * 135, $e = $q + 135; $q < $e; $q++) if ($pb[$q] - $pb[$q] !== 0) { $fin = 0; break; }
    for (let $i = 0; $i < $mp; $i++) {
      let $a = $i * 54, $b = $j * 135;
      const $o = $i * 10 + $j * 5;
      if ($fin) {
        let $q = $a; const $e = $a + 54;
        while ($q < $e && $pa[$q] === 0) $q++;
        if ($q === $e) {
          $c[$o] = 0; $c[$o + 1] = 0; $c[$o + 2] = 0; $c[$o + 3] = 0; $c[$o + 4] = 0;
          $c[$o + 5] = 0; $c[$o + 6] = 0; $c[$o + 7] = 0; $c[$o + 8] = 0; $c[$o + 9] = 0;
          continue;
        }
      }
      let $c0_0 = 0, $c0_1 = 0, $c0_2 = 0, $c0_3 = 0, $c0_4 = 0, $c1_0 = 0, $c1_1 = 0, $c1_2 = 0, $c1_3 = 0, $c1_4 = 0;
      for (let $k = 0; $k < 27; $k++) {
        const $x0 = $pa[$a], $x1 = $pa[$a + 1], $y0 = $pb[$b], $y1 = $pb[$b + 1], $y2 = $pb[$b + 2], $y3 = $pb[$b + 3], $y4 = $pb[$b + 4];
        $c0_0 += $x0 * $y0; $c0_1 += $x0 * $y1; $c0_2 += $x0 * $y2; $c0_3 += $x0 * $y3; $c0_4 += $x0 * $y4;
        $c1_0 += $x1 * $y0; $c1_1 += $x1 * $y1; $c1_2 += $x1 * $y2; $c1_3 += $x1 * $y3; $c1_4 += $x1 * $y4;
        $a += 2; $b += 5;
      }
      $c[$o] = $c0_0; $c[$o + 1] = $c0_1; $c[$o + 2] = $c0_2; $c[$o + 3] = $c0_3; $c[$o + 4] = $c0_4;
      $c[$o + 5] = $c1_0; $c[$o + 6] = $c1_1; $c[$o + 7] = $c1_2; $c[$o + 8] = $c1_3; $c[$o + 9] = $c1_4;
    }
  }
  for (let i0 = 0; i0 < 5; i0++) {
    const t23 = Math.imul(i0, 980);
    const t27 = Math.imul(i0, 980);
    for (let i1 = 0; i1 < 5; i1++) {
      const t24 = (t23 + i1 | 0);
      const t28 = Math.imul(i1, 196);
      const t29 = (t27 + t28 | 0);
      for (let i2 = 0; i2 < 14; i2++) {
        const t25 = Math.imul(i2, 70);
        const t26 = (t24 + t25 | 0);
        const t30 = Math.imul(i2, 14);
        const t31 = (t29 + t30 | 0);
        for (let i3 = 0; i3 < 14; i3++) {
          const a0 = Math.fround($c[(t26 + Math.imul(i3, 5) | 0)]);
          out0[(t31 + i3 | 0)] = a0;
        }
      }
    }
  }
}

function kernel_k1(inputs, outputs) {
  const in0 = inputs[0];
  const in1 = inputs[1];
  const in2 = inputs[2];
  const in3 = inputs[3];
  const out0 = outputs[0];
  const $pa = H.packF32(0, 32400), $pb = H.packF32(32400, 225), $c = H.packF64(3600);
  let $ia = 0;
  for (let i1 = 0; i1 < 12; i1++) {
    const t1 = Math.imul(i1, 14);
    for (let i2 = 0; i2 < 12; i2++) {
      for (let i3 = 0; i3 < 5; i3++) {
        let $qa = ($ia - $ia % 2) * 45 + $ia % 2;
        const t0 = Math.imul(i3, 980);
        for (let r0 = 0; r0 < 5; r0++) {
          const t2 = (((t0 + Math.imul(r0, 196) | 0) + t1 | 0) + i2 | 0);
          const t3 = in3[t2];
          const t4 = in0[r0];
          $pa[$qa] = Math.fround(t3 + t4);
          const t5 = in3[(t2 + 1 | 0)];
          $pa[$qa + 2] = Math.fround(t5 + t4);
          const t6 = in3[(t2 + 2 | 0)];
          $pa[$qa + 4] = Math.fround(t6 + t4);
          const t7 = in3[(t2 + 14 | 0)];
          $pa[$qa + 6] = Math.fround(t7 + t4);
          const t8 = in3[(t2 + 15 | 0)];
          $pa[$qa + 8] = Math.fround(t8 + t4);
          const t9 = in3[(t2 + 16 | 0)];
          $pa[$qa + 10] = Math.fround(t9 + t4);
          const t10 = in3[(t2 + 28 | 0)];
          $pa[$qa + 12] = Math.fround(t10 + t4);
          const t11 = in3[(t2 + 29 | 0)];
          $pa[$qa + 14] = Math.fround(t11 + t4);
          const t12 = in3[(t2 + 30 | 0)];
          $pa[$qa + 16] = Math.fround(t12 + t4);
          $qa += 18;
        }
        $ia++;
      }
    }
  }
  let $ib = 0;
  for (let i0 = 0; i0 < 5; i0++) {
    let $qb = ($ib - $ib % 5) * 45 + $ib % 5;
    const t13 = Math.imul(i0, 45);
    for (let r0 = 0; r0 < 5; r0++) {
      const t14 = (t13 + Math.imul(r0, 9) | 0);
      const t15 = in1[t14];
      $pb[$qb] = t15;
      const t16 = in1[(t14 + 1 | 0)];
      $pb[$qb + 5] = t16;
      const t17 = in1[(t14 + 2 | 0)];
      $pb[$qb + 10] = t17;
      const t18 = in1[(t14 + 3 | 0)];
      $pb[$qb + 15] = t18;
      const t19 = in1[(t14 + 4 | 0)];
      $pb[$qb + 20] = t19;
      const t20 = in1[(t14 + 5 | 0)];
      $pb[$qb + 25] = t20;
      const t21 = in1[(t14 + 6 | 0)];
      $pb[$qb + 30] = t21;
      const t22 = in1[(t14 + 7 | 0)];
      $pb[$qb + 35] = t22;
      const t23 = in1[(t14 + 8 | 0)];
      $pb[$qb + 40] = t23;
      $qb += 45;
    }
    $ib++;
  }
  const $mp = (720 + 1) / 2 | 0;
  for (let $j = 0, $np = (5 + 4) / 5 | 0; $j < $np; $j++) {
    let $fin = 1;
    for (let $q = $j * 225, $e = $q + 225; $q < $e; $q++) if ($pb[$q] - $pb[$q] !== 0) { $fin = 0; break; }
    for (let $i = 0; $i < $mp; $i++) {
      let $a = $i * 90, $b = $j * 225;
      const $o = $i * 10 + $j * 5;
      if ($fin) {
        let $q = $a; const $e = $a + 90;
        while ($q < $e && $pa[$q] === 0) $q++;
        if ($q === $e) {
          $c[$o] = 0; $c[$o + 1] = 0; $c[$o + 2] = 0; $c[$o + 3] = 0; $c[$o + 4] = 0;
          $c[$o + 5] = 0; $c[$o + 6] = 0; $c[$o + 7] = 0; $c[$o + 8] = 0; $c[$o + 9] = 0;
          continue;
        }
      }
      let $c0_0 = 0, $c0_1 = 0, $c0_2 = 0, $c0_3 = 0, $c0_4 = 0, $c1_0 = 0, $c1_1 = 0, $c1_2 = 0, $c1_3 = 0, $c1_4 = 0;
      for (let $k = 0; $k < 45; $k++) {
        const $x0 = $pa[$a], $x1 = $pa[$a + 1], $y0 = $pb[$b], $y1 = $pb[$b + 1], $y2 = $pb[$b + 2], $y3 = $pb[$b + 3], $y4 = $pb[$b + 4];
        $c0_0 += $x0 * $y0; $c0_1 += $x0 * $y1; $c0_2 += $x0 * $y2; $c0_3 += $x0 * $y3; $c0_4 += $x0 * $y4;
        $c1_0 += $x1 * $y0; $c1_1 += $x1 * $y1; $c1_2 += $x1 * $y2; $c1_3 += $x1 * $y3; $c1_4 += $x1 * $y4;
        $a += 2; $b += 5;
      }
      $c[$o] = $c0_0; $c[$o + 1] = $c0_1; $c[$o + 2] = $c0_2; $c[$o + 3] = $c0_3; $c[$o + 4] = $c0_4;
      $c[$o + 5] = $c1_0; $c[$o + 6] = $c1_1; $c[$o + 7] = $c1_2; $c[$o + 8] = $c1_3; $c[$o + 9] = $c1_4;
    }
  }
  for (let i0 = 0; i0 < 5; i0++) {
    const t28 = Math.imul(i0, 720);
    const t33 = in2[i0];
    for (let i1 = 0; i1 < 12; i1++) {
      const t24 = Math.imul(i1, 300);
      const t25 = (i0 + t24 | 0);
      const t29 = Math.imul(i1, 60);
      const t30 = (t28 + t29 | 0);
      for (let i2 = 0; i2 < 12; i2++) {
        const t26 = Math.imul(i2, 25);
        const t27 = (t25 + t26 | 0);
        const t31 = Math.imul(i2, 5);
        const t32 = (t30 + t31 | 0);
        for (let i3 = 0; i3 < 5; i3++) {
          const a0 = Math.fround($c[(t27 + Math.imul(i3, 5) | 0)]);
          out0[(t32 + i3 | 0)] = Math.fround(a0 + t33);
        }
      }
    }
  }
}
