# test/e2e/multiview-golden.test.ts (kernax dump examples/multiview.ts --print-after-all --format json) — case 'stax-multiviewJacParams-js'
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
  const out0 = outputs[0];
  const $pa = H.packF32(0, 61740), $pb = H.packF32(61740, 225), $c = H.packF64(6860);
  let $ib = 0;
  for (let i3 = 0; i3 < 5; i3++) {
    let $qb = ($ib - $ib % 5) * 45 + $ib % 5;
    const t0 = Math.imul(i3, 5);
    for (let r0 = 0; r0 < 5; r0++) {
      const t1 = (t0 + r0 | 0);
      const t2 = in0[(t1 + 200 | 0)];
      $pb[$qb] = t2;
      const t3 = in0[(t1 + 175 | 0)];
      $pb[$qb + 5] = t3;
      const t4 = in0[(t1 + 150 | 0)];
      $pb[$qb + 10] = t4;
      const t5 = in0[(t1 + 125 | 0)];
      $pb[$qb + 15] = t5;
      const t6 = in0[(t1 + 100 | 0)];
      $pb[$qb + 20] = t6;
      const t7 = in0[(t1 + 75 | 0)];
      $pb[$qb + 25] = t7;
      const t8 = in0[(t1 + 50 | 0)];
      $pb[$qb + 30] = t8;
      const t9 = in0[(t1 + 25 | 0)];
      $pb[$qb + 35] = t9;
      const t10 = in0[t1];
      $pb[$qb + 40] = t10;
      $qb += 45;
    }
    $ib++;
  }
  for (let L1 = 0; L1 < 18000; L1 += 7) {
    const $se = Math.min(L1 + 7, 18000);
    let $ia = 0;
    for (let i0 = L1; i0 < $se; i0++) {
      const t16 = (i0 / 5 | 0);
      const t23 = (i0 % 5 | 0);
      for (let i1 = 0; i1 < 14; i1++) {
        const t11 = (i1 - 2 | 0);
        const t12 = (t11 >= 0 ? 1 : 0);
        const t17 = (t11 % 12 | 0);
        const t18 = Math.imul(t17, 300);
        const t37 = (i1 - 1 | 0);
        const t38 = (t37 >= 0 ? 1 : 0);
        const t39 = (t37 < 12 ? 1 : 0);
        const t40 = (t38 & t39);
        const t42 = (t37 % 12 | 0);
        const t43 = Math.imul(t42, 300);
        const t50 = (i1 < 12 ? 1 : 0);
        const t52 = (i1 % 12 | 0);
        const t53 = Math.imul(t52, 300);
        for (let i2 = 0; i2 < 14; i2++) {
          let $qa = ($ia - $ia % 2) * 45 + $ia % 2;
          const t13 = (i2 - 2 | 0);
          const t14 = (t13 >= 0 ? 1 : 0);
          const t15 = (t12 & t14);
          const t19 = (t13 % 12 | 0);
          const t20 = Math.imul(t19, 25);
          const t21 = (t18 + t20 | 0);
          const t24 = (i2 - 1 | 0);
          const t25 = (t24 >= 0 ? 1 : 0);
          const t26 = (t12 & t25);
          const t27 = (t24 < 12 ? 1 : 0);
          const t28 = (t26 & t27);
          const t29 = (t24 % 12 | 0);
          const t30 = Math.imul(t29, 25);
          const t31 = (t18 + t30 | 0);
          const t32 = (i2 < 12 ? 1 : 0);
          const t33 = (t12 & t32);
          const t34 = (i2 % 12 | 0);
          const t35 = Math.imul(t34, 25);
          const t36 = (t18 + t35 | 0);
          const t41 = (t40 & t14);
          const t44 = (t43 + t20 | 0);
          const t45 = (t40 & t25);
          const t46 = (t45 & t27);
          const t47 = (t43 + t30 | 0);
          const t48 = (t40 & t32);
          const t49 = (t43 + t35 | 0);
          const t51 = (t50 & t14);
          const t54 = (t53 + t20 | 0);
          const t55 = (t50 & t25);
          const t56 = (t55 & t27);
          const t57 = (t53 + t30 | 0);
          const t58 = (t50 & t32);
          const t59 = (t53 + t35 | 0);
          for (let r0 = 0; r0 < 5; r0++) {
            const t22 = Math.imul(r0, 5);
            $pa[$qa] = (t15 ? Math.fround((t16 === (((t21 + t22 | 0) + t23 | 0) % 3600 | 0) ? 1 : 0)) : 0);
            $pa[$qa + 2] = (t28 ? Math.fround((t16 === (((t31 + t22 | 0) + t23 | 0) % 3600 | 0) ? 1 : 0)) : 0);
            $pa[$qa + 4] = (t33 ? Math.fround((t16 === (((t36 + t22 | 0) + t23 | 0) % 3600 | 0) ? 1 : 0)) : 0);
            $pa[$qa + 6] = (t41 ? Math.fround((t16 === (((t44 + t22 | 0) + t23 | 0) % 3600 | 0) ? 1 : 0)) : 0);
            $pa[$qa + 8] = (t46 ? Math.fround((t16 === (((t47 + t22 | 0) + t23 | 0) % 3600 | 0) ? 1 : 0)) : 0);
            $pa[$qa + 10] = (t48 ? Math.fround((t16 === (((t49 + t22 | 0) + t23 | 0) % 3600 | 0) ? 1 : 0)) : 0);
            $pa[$qa + 12] = (t51 ? Math.fround((t16 === (((t54 + t22 | 0) + t23 | 0) % 3600 | 0) ? 1 : 0)) : 0);
            $pa[$qa + 14] = (t56 ? Math.fround((t16 === (((t57 + t22 | 0) + t23 | 0) % 3600 | 0) ? 1 : 0)) : 0);
            $pa[$qa + 16] = (t58 ? Math.fround((t16 === ((t59 + t22 | 0) + t23 | 0) ? 1 : 0)) : 0);
            $qa += 18;
          }
          $ia++;
        }
      }
    }
    const $mp = (($se - L1) * 196 + 1) / 2 | 0;
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
    for (let i0 = L1; i0 < $se; i0++) {
      const t60 = (i0 - L1 | 0);
      const t61 = Math.imul(t60, 980);
      const t66 = Math.imul(i0, 980);
      for (let i1 = 0; i1 < 14; i1++) {
        const t62 = Math.imul(i1, 70);
        const t63 = (t61 + t62 | 0);
        const t67 = Math.imul(i1, 70);
        const t68 = (t66 + t67 | 0);
        for (let i2 = 0; i2 < 14; i2++) {
          const t64 = Math.imul(i2, 5);
          const t65 = (t63 + t64 | 0);
          const t69 = Math.imul(i2, 5);
          const t70 = (t68 + t69 | 0);
          for (let i3 = 0; i3 < 5; i3++) {
            const a0 = Math.fround($c[(t65 + i3 | 0)]);
            out0[(t70 + i3 | 0)] = a0;
          }
        }
      }
    }
  }
}

function kernel_k2(inputs, outputs) {
  const in0 = inputs[0];
  const in1 = inputs[1];
  const out0 = outputs[0];
  const $pa = H.packF32(0, 26460), $pb = H.packF32(26460, 2206960), $c = H.packF64(60804);
  let $ia = 0;
  for (let i4 = 0; i4 < 3; i4++) {
    const t0 = Math.imul(i4, 240);
    for (let i5 = 0; i5 < 9; i5++) {
      let $qa = ($ia - $ia % 3) * 980 + $ia % 3;
      const t1 = Math.imul(i5, 5);
      for (let r0 = 0; r0 < 5; r0++) {
        for (let r1 = 0; r1 < 14; r1++) {
          const t2 = (((t0 + Math.imul(r1, 240) | 0) + t1 | 0) + r0 | 0);
          const t3 = in0[t2];
          $pa[$qa] = t3;
          const t4 = in0[(t2 + 15 | 0)];
          $pa[$qa + 3] = t4;
          const t5 = in0[(t2 + 30 | 0)];
          $pa[$qa + 6] = t5;
          const t6 = in0[(t2 + 45 | 0)];
          $pa[$qa + 9] = t6;
          const t7 = in0[(t2 + 60 | 0)];
          $pa[$qa + 12] = t7;
          const t8 = in0[(t2 + 75 | 0)];
          $pa[$qa + 15] = t8;
          const t9 = in0[(t2 + 90 | 0)];
          $pa[$qa + 18] = t9;
          const t10 = in0[(t2 + 105 | 0)];
          $pa[$qa + 21] = t10;
          const t11 = in0[(t2 + 120 | 0)];
          $pa[$qa + 24] = t11;
          const t12 = in0[(t2 + 135 | 0)];
          $pa[$qa + 27] = t12;
          const t13 = in0[(t2 + 150 | 0)];
          $pa[$qa + 30] = t13;
          const t14 = in0[(t2 + 165 | 0)];
          $pa[$qa + 33] = t14;
          const t15 = in0[(t2 + 180 | 0)];
          $pa[$qa + 36] = t15;
          const t16 = in0[(t2 + 195 | 0)];
          $pa[$qa + 39] = t16;
          $qa += 42;
        }
      }
      $ia++;
    }
  }
  for (let L1 = 0; L1 < 3600; L1 += 450) {
    const $se = Math.min(L1 + 450, 3600);
    let $ib = 0;
    for (let i0 = L1; i0 < $se; i0++) {
      const t17 = Math.imul(i0, 4900);
      for (let i7 = 0; i7 < 5; i7++) {
        let $qb = ($ib - $ib % 4) * 980 + $ib % 4;
        for (let r0 = 0; r0 < 5; r0++) {
          const t18 = Math.imul(r0, 980);
          const t19 = (t17 + t18 | 0);
          for (let r1 = 0; r1 < 14; r1++) {
            const t20 = ((t19 + Math.imul(r1, 70) | 0) + i7 | 0);
            const t21 = in1[t20];
            $pb[$qb] = t21;
            const t22 = in1[(t20 + 5 | 0)];
            $pb[$qb + 4] = t22;
            const t23 = in1[(t20 + 10 | 0)];
            $pb[$qb + 8] = t23;
            const t24 = in1[(t20 + 15 | 0)];
            $pb[$qb + 12] = t24;
            const t25 = in1[(t20 + 20 | 0)];
            $pb[$qb + 16] = t25;
            const t26 = in1[(t20 + 25 | 0)];
            $pb[$qb + 20] = t26;
            const t27 = in1[(t20 + 30 | 0)];
            $pb[$qb + 24] = t27;
            const t28 = in1[(t20 + 35 | 0)];
            $pb[$qb + 28] = t28;
            const t29 = in1[(t20 + 40 | 0)];
            $pb[$qb + 32] = t29;
            const t30 = in1[(t20 + 45 | 0)];
            $pb[$qb + 36] = t30;
            const t31 = in1[(t20 + 50 | 0)];
            $pb[$qb + 40] = t31;
            const t32 = in1[(t20 + 55 | 0)];
            $pb[$qb + 44] = t32;
            const t33 = in1[(t20 + 60 | 0)];
            $pb[$qb + 48] = t33;
            const t34 = in1[(t20 + 65 | 0)];
            $pb[$qb + 52] = t34;
            $qb += 56;
          }
        }
        $ib++;
      }
    }
    const $mp = (27 + 2) / 3 | 0;
    for (let $j = 0, $np = (($se - L1) * 5 + 3) / 4 | 0; $j < $np; $j++) {
      let $fin = 1;
      for (let $q = $j * 3920, $e = $q + 3920; $q < $e; $q++) if ($pb[$q] - $pb[$q] !== 0) { $fin = 0; break; }
      for (let $i = 0; $i < $mp; $i++) {
        let $a = $i * 2940, $b = $j * 3920;
        const $o = $i * 6756 + $j * 4;
        if ($fin) {
          let $q = $a; const $e = $a + 2940;
          while ($q < $e && $pa[$q] === 0) $q++;
          if ($q === $e) {
            $c[$o] = 0; $c[$o + 1] = 0; $c[$o + 2] = 0; $c[$o + 3] = 0;
            $c[$o + 2252] = 0; $c[$o + 2253] = 0; $c[$o + 2254] = 0; $c[$o + 2255] = 0;
            $c[$o + 4504] = 0; $c[$o + 4505] = 0; $c[$o + 4506] = 0; $c[$o + 4507] = 0;
            continue;
          }
        }
        let $c0_0 = 0, $c0_1 = 0, $c0_2 = 0, $c0_3 = 0, $c1_0 = 0, $c1_1 = 0, $c1_2 = 0, $c1_3 = 0, $c2_0 = 0, $c2_1 = 0, $c2_2 = 0, $c2_3 = 0;
        for (let $k = 0; $k < 980; $k++) {
          const $x0 = $pa[$a], $x1 = $pa[$a + 1], $x2 = $pa[$a + 2], $y0 = $pb[$b], $y1 = $pb[$b + 1], $y2 = $pb[$b + 2], $y3 = $pb[$b + 3];
          $c0_0 += $x0 * $y0; $c0_1 += $x0 * $y1; $c0_2 += $x0 * $y2; $c0_3 += $x0 * $y3;
          $c1_0 += $x1 * $y0; $c1_1 += $x1 * $y1; $c1_2 += $x1 * $y2; $c1_3 += $x1 * $y3;
          $c2_0 += $x2 * $y0; $c2_1 += $x2 * $y1; $c2_2 += $x2 * $y2; $c2_3 += $x2 * $y3;
          $a += 3; $b += 4;
        }
        $c[$o] = $c0_0; $c[$o + 1] = $c0_1; $c[$o + 2] = $c0_2; $c[$o + 3] = $c0_3;
        $c[$o + 2252] = $c1_0; $c[$o + 2253] = $c1_1; $c[$o + 2254] = $c1_2; $c[$o + 2255] = $c1_3;
        $c[$o + 4504] = $c2_0; $c[$o + 4505] = $c2_1; $c[$o + 4506] = $c2_2; $c[$o + 4507] = $c2_3;
      }
    }
    for (let i0 = L1; i0 < $se; i0++) {
      const t35 = (i0 - L1 | 0);
      const t36 = Math.imul(t35, 5);
      const t41 = Math.imul(i0, 135);
      for (let i4 = 0; i4 < 3; i4++) {
        const t37 = Math.imul(i4, 20268);
        const t38 = (t36 + t37 | 0);
        const t42 = Math.imul(i4, 45);
        const t43 = (t41 + t42 | 0);
        for (let i5 = 0; i5 < 9; i5++) {
          const t39 = Math.imul(i5, 2252);
          const t40 = (t38 + t39 | 0);
          const t44 = Math.imul(i5, 5);
          const t45 = (t43 + t44 | 0);
          for (let i7 = 0; i7 < 5; i7++) {
            const a0 = Math.fround($c[(t40 + i7 | 0)]);
            out0[(t45 + i7 | 0)] = a0;
          }
        }
      }
    }
  }
}

function kernel_k3(inputs, outputs) {
  const in0 = inputs[0];
  const out0 = outputs[0];
  for (let i0 = 0; i0 < 3600; i0++) {
    const t0 = Math.imul(i0, 4900);
    const t5 = Math.imul(i0, 5);
    for (let i4 = 0; i4 < 5; i4++) {
      let a0 = 0, a0_1 = 0, a0_2 = 0, a0_3 = 0;
      for (let r0 = 0; r0 < 980; r0 += 4) {
        const t1 = in0[((t0 + Math.imul(r0, 5) | 0) + i4 | 0)];
        a0 += t1;
        const t2 = in0[((t0 + Math.imul((r0 + 1 | 0), 5) | 0) + i4 | 0)];
        a0_1 += t2;
        const t3 = in0[((t0 + Math.imul((r0 + 2 | 0), 5) | 0) + i4 | 0)];
        a0_2 += t3;
        const t4 = in0[((t0 + Math.imul((r0 + 3 | 0), 5) | 0) + i4 | 0)];
        a0_3 += t4;
      }
      a0 = (a0 + a0_1) + (a0_2 + a0_3);
      a0 = Math.fround(a0);
      out0[(t5 + i4 | 0)] = a0;
    }
  }
}

function kernel_k4(inputs, outputs) {
  const in0 = inputs[0];
  const in1 = inputs[1];
  const out0 = outputs[0];
  const $pa = H.packF32(0, 32400), $pb = H.packF32(32400, 999360), $c = H.packF64(62460);
  let $ia = 0;
  for (let i4 = 0; i4 < 3; i4++) {
    const t1 = Math.imul(i4, 70);
    for (let i5 = 0; i5 < 3; i5++) {
      const t3 = Math.imul(i5, 5);
      for (let i6 = 0; i6 < 5; i6++) {
        let $qa = ($ia - $ia % 3) * 720 + $ia % 3;
        const t6 = in0[i6];
        for (let r0 = 0; r0 < 5; r0++) {
          const t0 = Math.imul(r0, 980);
          const t2 = (t0 + t1 | 0);
          for (let r1 = 0; r1 < 12; r1++) {
            const t4 = (((t2 + Math.imul(r1, 70) | 0) + t3 | 0) + i6 | 0);
            const t5 = in1[t4];
            $pa[$qa] = Math.fround(t5 + t6);
            const t7 = in1[(t4 + 5 | 0)];
            $pa[$qa + 3] = Math.fround(t7 + t6);
            const t8 = in1[(t4 + 10 | 0)];
            $pa[$qa + 6] = Math.fround(t8 + t6);
            const t9 = in1[(t4 + 15 | 0)];
            $pa[$qa + 9] = Math.fround(t9 + t6);
            const t10 = in1[(t4 + 20 | 0)];
            $pa[$qa + 12] = Math.fround(t10 + t6);
            const t11 = in1[(t4 + 25 | 0)];
            $pa[$qa + 15] = Math.fround(t11 + t6);
            const t12 = in1[(t4 + 30 | 0)];
            $pa[$qa + 18] = Math.fround(t12 + t6);
            const t13 = in1[(t4 + 35 | 0)];
            $pa[$qa + 21] = Math.fround(t13 + t6);
            const t14 = in1[(t4 + 40 | 0)];
            $pa[$qa + 24] = Math.fround(t14 + t6);
            const t15 = in1[(t4 + 45 | 0)];
            $pa[$qa + 27] = Math.fround(t15 + t6);
            const t16 = in1[(t4 + 50 | 0)];
            $pa[$qa + 30] = Math.fround(t16 + t6);
            const t17 = in1[(t4 + 55 | 0)];
            $pa[$qa + 33] = Math.fround(t17 + t6);
            $qa += 36;
          }
        }
        $ia++;
      }
    }
  }
  for (let L1 = 0; L1 < 3600; L1 += 277) {
    const $se = Math.min(L1 + 277, 3600);
    let $ib = 0;
    for (let i0 = L1; i0 < $se; i0++) {
      for (let i7 = 0; i7 < 5; i7++) {
        let $qb = ($ib - $ib % 4) * 720 + $ib % 4;
        const t18 = Math.imul(i7, 5);
        for (let r0 = 0; r0 < 5; r0++) {
          for (let r1 = 0; r1 < 12; r1++) {
            const t19 = ((Math.imul(r1, 300) + t18 | 0) + r0 | 0);
            $pb[$qb] = Math.fround((i0 === t19 ? 1 : 0));
            $pb[$qb + 4] = Math.fround((i0 === (t19 + 25 | 0) ? 1 : 0));
            $pb[$qb + 8] = Math.fround((i0 === (t19 + 50 | 0) ? 1 : 0));
            $pb[$qb + 12] = Math.fround((i0 === (t19 + 75 | 0) ? 1 : 0));
            $pb[$qb + 16] = Math.fround((i0 === (t19 + 100 | 0) ? 1 : 0));
            $pb[$qb + 20] = Math.fround((i0 === (t19 + 125 | 0) ? 1 : 0));
            $pb[$qb + 24] = Math.fround((i0 === (t19 + 150 | 0) ? 1 : 0));
            $pb[$qb + 28] = Math.fround((i0 === (t19 + 175 | 0) ? 1 : 0));
            $pb[$qb + 32] = Math.fround((i0 === (t19 + 200 | 0) ? 1 : 0));
            $pb[$qb + 36] = Math.fround((i0 === (t19 + 225 | 0) ? 1 : 0));
            $pb[$qb + 40] = Math.fround((i0 === (t19 + 250 | 0) ? 1 : 0));
            $pb[$qb + 44] = Math.fround((i0 === (t19 + 275 | 0) ? 1 : 0));
            $qb += 48;
          }
        }
        $ib++;
      }
    }
    const $mp = (45 + 2) / 3 | 0;
    for (let $j = 0, $np = (($se - L1) * 5 + 3) / 4 | 0; $j < $np; $j++) {
      let $fin = 1;
      for (let $q = $j * 2880, $e = $q + 2880; $q < $e; $q++) if ($pb[$q] - $pb[$q] !== 0) { $fin = 0; break; }
      for (let $i = 0; $i < $mp; $i++) {
        let $a = $i * 2160, $b = $j * 2880;
        const $o = $i * 4164 + $j * 4;
        if ($fin) {
          let $q = $a; const $e = $a + 2160;
          while ($q < $e && $pa[$q] === 0) $q++;
          if ($q === $e) {
            $c[$o] = 0; $c[$o + 1] = 0; $c[$o + 2] = 0; $c[$o + 3] = 0;
            $c[$o + 1388] = 0; $c[$o + 1389] = 0; $c[$o + 1390] = 0; $c[$o + 1391] = 0;
            $c[$o + 2776] = 0; $c[$o + 2777] = 0; $c[$o + 2778] = 0; $c[$o + 2779] = 0;
            continue;
          }
        }
        let $c0_0 = 0, $c0_1 = 0, $c0_2 = 0, $c0_3 = 0, $c1_0 = 0, $c1_1 = 0, $c1_2 = 0, $c1_3 = 0, $c2_0 = 0, $c2_1 = 0, $c2_2 = 0, $c2_3 = 0;
        for (let $k = 0; $k < 720; $k++) {
          const $x0 = $pa[$a], $x1 = $pa[$a + 1], $x2 = $pa[$a + 2], $y0 = $pb[$b], $y1 = $pb[$b + 1], $y2 = $pb[$b + 2], $y3 = $pb[$b + 3];
          $c0_0 += $x0 * $y0; $c0_1 += $x0 * $y1; $c0_2 += $x0 * $y2; $c0_3 += $x0 * $y3;
          $c1_0 += $x1 * $y0; $c1_1 += $x1 * $y1; $c1_2 += $x1 * $y2; $c1_3 += $x1 * $y3;
          $c2_0 += $x2 * $y0; $c2_1 += $x2 * $y1; $c2_2 += $x2 * $y2; $c2_3 += $x2 * $y3;
          $a += 3; $b += 4;
        }
        $c[$o] = $c0_0; $c[$o + 1] = $c0_1; $c[$o + 2] = $c0_2; $c[$o + 3] = $c0_3;
        $c[$o + 1388] = $c1_0; $c[$o + 1389] = $c1_1; $c[$o + 1390] = $c1_2; $c[$o + 1391] = $c1_3;
        $c[$o + 2776] = $c2_0; $c[$o + 2777] = $c2_1; $c[$o + 2778] = $c2_2; $c[$o + 2779] = $c2_3;
      }
    }
    for (let i0 = L1; i0 < $se; i0++) {
      const t20 = (i0 - L1 | 0);
      const t21 = Math.imul(t20, 5);
      const t28 = Math.imul(i0, 225);
      for (let i4 = 0; i4 < 3; i4++) {
        const t22 = Math.imul(i4, 20820);
        const t23 = (t21 + t22 | 0);
        const t29 = Math.imul(i4, 75);
        const t30 = (t28 + t29 | 0);
        for (let i5 = 0; i5 < 3; i5++) {
          const t24 = Math.imul(i5, 6940);
          const t25 = (t23 + t24 | 0);
          const t31 = Math.imul(i5, 25);
          const t32 = (t30 + t31 | 0);
          for (let i6 = 0; i6 < 5; i6++) {
            const t26 = Math.imul(i6, 1388);
            const t27 = (t25 + t26 | 0);
            const t33 = Math.imul(i6, 5);
            const t34 = (t32 + t33 | 0);
            for (let i7 = 0; i7 < 5; i7++) {
              const a0 = Math.fround($c[(t27 + i7 | 0)]);
              out0[(t34 + i7 | 0)] = a0;
            }
          }
        }
      }
    }
  }
}

function kernel_k5(inputs, outputs) {
  const out0 = outputs[0];
  for (let i0 = 0; i0 < 3600; i0++) {
    const t1 = Math.imul(i0, 5);
    for (let i4 = 0; i4 < 5; i4++) {
      let a0 = 0;
      const t0 = Math.imul(i4, 5);
      for (let r0 = 0; r0 < 5; r0++) {
        for (let r1 = 0; r1 < 144; r1++) {
          a0 += Math.fround((i0 === ((Math.imul(r1, 25) + t0 | 0) + r0 | 0) ? 1 : 0));
        }
      }
      a0 = Math.fround(a0);
      out0[(t1 + i4 | 0)] = a0;
    }
  }
}
