# test/e2e/multiview-golden.test.ts (kernax dump examples/multiview.ts --print-after-all --format json) — case 'stax-multiview-js'
function kernel_k0(inputs, outputs) {
  const in0 = inputs[0];
  const in1 = inputs[1];
  const out0 = outputs[0];
  const $pa = H.packF32(0, 26460), $pb = H.packF32(26460, 135), $c = H.packF64(4900);
  let $ia = 0;
  for (let i0 = 0; i0 < 5; i0++) {
    for (let i1 = 0; i1 < 14; i1++) {
      const t0 = Math.imul(i1, 240);
      for (let i2 = 0; i2 < 14; i2++) {
        let $qa = ($ia - $ia % 2) * 27 + $ia % 2;
        const t1 = Math.imul(i2, 15);
        const t2 = (t0 + t1 | 0);
        for (let r0 = 0; r0 < 3; r0++) {
          const t3 = ((t2 + Math.imul(r0, 5) | 0) + i0 | 0);
          const t4 = in1[t3];
          $pa[$qa] = t4;
          const t5 = in1[(t3 + 15 | 0)];
          $pa[$qa + 2] = t5;
          const t6 = in1[(t3 + 30 | 0)];
          $pa[$qa + 4] = t6;
          const t7 = in1[(t3 + 240 | 0)];
          $pa[$qa + 6] = t7;
          const t8 = in1[(t3 + 255 | 0)];
          $pa[$qa + 8] = t8;
          const t9 = in1[(t3 + 270 | 0)];
          $pa[$qa + 10] = t9;
          const t10 = in1[(t3 + 480 | 0)];
          $pa[$qa + 12] = t10;
          const t11 = in1[(t3 + 495 | 0)];
          $pa[$qa + 14] = t11;
          const t12 = in1[(t3 + 510 | 0)];
          $pa[$qa + 16] = t12;
          $qa += 18;
        }
        $ia++;
      }
    }
  }
  let $ib = 0;
  for (let i3 = 0; i3 < 5; i3++) {
    let $qb = ($ib - $ib % 5) * 27 + $ib % 5;
    for (let r0 = 0; r0 < 3; r0++) {
      const t13 = (Math.imul(r0, 5) + i3 | 0);
      const t14 = in0[t13];
      $pb[$qb] = t14;
      const t15 = in0[(t13 + 15 | 0)];
      $pb[$qb + 5] = t15;
      const t16 = in0[(t13 + 30 | 0)];
      $pb[$qb + 10] = t16;
      const t17 = in0[(t13 + 45 | 0)];
      $pb[$qb + 15] = t17;
      const t18 = in0[(t13 + 60 | 0)];
      $pb[$qb + 20] = t18;
      const t19 = in0[(t13 + 75 | 0)];
      $pb[$qb + 25] = t19;
      const t20 = in0[(t13 + 90 | 0)];
      $pb[$qb + 30] = t20;
      const t21 = in0[(t13 + 105 | 0)];
      $pb[$qb + 35] = t21;
      const t22 = in0[(t13 + 120 | 0)];
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
    const t28 = Math.imul(i0, 980);
    for (let i1 = 0; i1 < 14; i1++) {
      const t24 = Math.imul(i1, 70);
      const t25 = (t23 + t24 | 0);
      const t29 = Math.imul(i1, 70);
      const t30 = (t28 + t29 | 0);
      for (let i2 = 0; i2 < 14; i2++) {
        const t26 = Math.imul(i2, 5);
        const t27 = (t25 + t26 | 0);
        const t31 = Math.imul(i2, 5);
        const t32 = (t30 + t31 | 0);
        for (let i3 = 0; i3 < 5; i3++) {
          const a0 = Math.fround($c[(t27 + i3 | 0)]);
          out0[(t32 + i3 | 0)] = a0;
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
  for (let i0 = 0; i0 < 12; i0++) {
    const t1 = Math.imul(i0, 70);
    for (let i1 = 0; i1 < 12; i1++) {
      const t3 = Math.imul(i1, 5);
      for (let i3 = 0; i3 < 5; i3++) {
        let $qa = ($ia - $ia % 2) * 45 + $ia % 2;
        const t0 = Math.imul(i3, 980);
        const t2 = (t0 + t1 | 0);
        const t4 = (t2 + t3 | 0);
        for (let r0 = 0; r0 < 5; r0++) {
          const t5 = (t4 + r0 | 0);
          const t6 = in3[t5];
          const t7 = in0[r0];
          $pa[$qa] = Math.fround(t6 + t7);
          const t8 = in3[(t5 + 5 | 0)];
          $pa[$qa + 2] = Math.fround(t8 + t7);
          const t9 = in3[(t5 + 10 | 0)];
          $pa[$qa + 4] = Math.fround(t9 + t7);
          const t10 = in3[(t5 + 70 | 0)];
          $pa[$qa + 6] = Math.fround(t10 + t7);
          const t11 = in3[(t5 + 75 | 0)];
          $pa[$qa + 8] = Math.fround(t11 + t7);
          const t12 = in3[(t5 + 80 | 0)];
          $pa[$qa + 10] = Math.fround(t12 + t7);
          const t13 = in3[(t5 + 140 | 0)];
          $pa[$qa + 12] = Math.fround(t13 + t7);
          const t14 = in3[(t5 + 145 | 0)];
          $pa[$qa + 14] = Math.fround(t14 + t7);
          const t15 = in3[(t5 + 150 | 0)];
          $pa[$qa + 16] = Math.fround(t15 + t7);
          $qa += 18;
        }
        $ia++;
      }
    }
  }
  let $ib = 0;
  for (let i2 = 0; i2 < 5; i2++) {
    let $qb = ($ib - $ib % 5) * 45 + $ib % 5;
    for (let r0 = 0; r0 < 5; r0++) {
      const t16 = (Math.imul(r0, 5) + i2 | 0);
      const t17 = in1[t16];
      $pb[$qb] = t17;
      const t18 = in1[(t16 + 25 | 0)];
      $pb[$qb + 5] = t18;
      const t19 = in1[(t16 + 50 | 0)];
      $pb[$qb + 10] = t19;
      const t20 = in1[(t16 + 75 | 0)];
      $pb[$qb + 15] = t20;
      const t21 = in1[(t16 + 100 | 0)];
      $pb[$qb + 20] = t21;
      const t22 = in1[(t16 + 125 | 0)];
      $pb[$qb + 25] = t22;
      const t23 = in1[(t16 + 150 | 0)];
      $pb[$qb + 30] = t23;
      const t24 = in1[(t16 + 175 | 0)];
      $pb[$qb + 35] = t24;
      const t25 = in1[(t16 + 200 | 0)];
      $pb[$qb + 40] = t25;
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
  for (let i0 = 0; i0 < 12; i0++) {
    const t26 = Math.imul(i0, 300);
    const t30 = Math.imul(i0, 300);
    for (let i1 = 0; i1 < 12; i1++) {
      const t27 = Math.imul(i1, 25);
      const t28 = (t26 + t27 | 0);
      const t31 = Math.imul(i1, 25);
      const t32 = (t30 + t31 | 0);
      for (let i2 = 0; i2 < 5; i2++) {
        const t29 = (t28 + i2 | 0);
        const t33 = Math.imul(i2, 5);
        const t34 = (t32 + t33 | 0);
        const t35 = in2[i2];
        for (let i3 = 0; i3 < 5; i3++) {
          const a0 = Math.fround($c[(t29 + Math.imul(i3, 5) | 0)]);
          out0[(t34 + i3 | 0)] = Math.fround(a0 + t35);
        }
      }
    }
  }
}
