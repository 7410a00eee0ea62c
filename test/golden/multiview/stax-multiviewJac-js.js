# test/e2e/multiview-golden.test.ts (kernax dump examples/multiview.ts --print-after-all --format json) — case 'stax-multiviewJac-js'
function kernel_k0(inputs, outputs) {
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

function kernel_k1(inputs, outputs) {
  const in0 = inputs[0];
  const in1 = inputs[1];
  const out0 = outputs[0];
  const $pa = H.packF32(0, 57600), $pb = H.packF32(57600, 135), $c = H.packF64(3840);
  let $ib = 0;
  for (let i6 = 0; i6 < 3; i6++) {
    let $qb = ($ib - $ib % 3) * 45 + $ib % 3;
    const t0 = Math.imul(i6, 5);
    for (let r0 = 0; r0 < 5; r0++) {
      const t1 = (t0 + r0 | 0);
      const t2 = in0[(t1 + 120 | 0)];
      $pb[$qb] = t2;
      const t3 = in0[(t1 + 105 | 0)];
      $pb[$qb + 3] = t3;
      const t4 = in0[(t1 + 90 | 0)];
      $pb[$qb + 6] = t4;
      const t5 = in0[(t1 + 75 | 0)];
      $pb[$qb + 9] = t5;
      const t6 = in0[(t1 + 60 | 0)];
      $pb[$qb + 12] = t6;
      const t7 = in0[(t1 + 45 | 0)];
      $pb[$qb + 15] = t7;
      const t8 = in0[(t1 + 30 | 0)];
      $pb[$qb + 18] = t8;
      const t9 = in0[(t1 + 15 | 0)];
      $pb[$qb + 21] = t9;
      const t10 = in0[t1];
      $pb[$qb + 24] = t10;
      $qb += 27;
    }
    $ib++;
  }
  for (let i0 = 0; i0 < 3600; i0++) {
    let $ia = 0;
    const t16 = Math.imul(i0, 4900);
    for (let i4 = 0; i4 < 16; i4++) {
      const t11 = (i4 - 2 | 0);
      const t12 = (t11 >= 0 ? 1 : 0);
      const t19 = Math.imul(i4, 70);
      const t31 = (i4 - 1 | 0);
      const t32 = (t31 >= 0 ? 1 : 0);
      const t33 = (t31 < 14 ? 1 : 0);
      const t34 = (t32 & t33);
      const t39 = (i4 < 14 ? 1 : 0);
      for (let i5 = 0; i5 < 16; i5++) {
        const t13 = (i5 - 2 | 0);
        const t14 = (t13 >= 0 ? 1 : 0);
        const t15 = (t12 & t14);
        const t21 = Math.imul(i5, 5);
        const t24 = (i5 - 1 | 0);
        const t25 = (t24 >= 0 ? 1 : 0);
        const t26 = (t12 & t25);
        const t27 = (t24 < 14 ? 1 : 0);
        const t28 = (t26 & t27);
        const t29 = (i5 < 14 ? 1 : 0);
        const t30 = (t12 & t29);
        const t35 = (t34 & t14);
        const t36 = (t34 & t25);
        const t37 = (t36 & t27);
        const t38 = (t34 & t29);
        const t40 = (t39 & t14);
        const t41 = (t39 & t25);
        const t42 = (t41 & t27);
        const t43 = (t39 & t29);
        for (let i7 = 0; i7 < 5; i7++) {
          let $qa = ($ia - $ia % 4) * 45 + $ia % 4;
          const t17 = Math.imul(i7, 980);
          const t18 = (t16 + t17 | 0);
          const t20 = (t18 + t19 | 0);
          const t22 = (t20 + t21 | 0);
          for (let r0 = 0; r0 < 5; r0++) {
            const t23 = (t22 + r0 | 0);
            $pa[$qa] = (t15 ? in1[(t23 - 150 | 0)] : 0);
            $pa[$qa + 4] = (t28 ? in1[(t23 - 145 | 0)] : 0);
            $pa[$qa + 8] = (t30 ? in1[(t23 - 140 | 0)] : 0);
            $pa[$qa + 12] = (t35 ? in1[(t23 - 80 | 0)] : 0);
            $pa[$qa + 16] = (t37 ? in1[(t23 - 75 | 0)] : 0);
            $pa[$qa + 20] = (t38 ? in1[(t23 - 70 | 0)] : 0);
            $pa[$qa + 24] = (t40 ? in1[(t23 - 10 | 0)] : 0);
            $pa[$qa + 28] = (t42 ? in1[(t23 - 5 | 0)] : 0);
            $pa[$qa + 32] = (t43 ? in1[t23] : 0);
            $qa += 36;
          }
          $ia++;
        }
      }
    }
    const $mp = (1280 + 3) / 4 | 0;
    for (let $j = 0, $np = (3 + 2) / 3 | 0; $j < $np; $j++) {
      let $fin = 1;
      for (let $q = $j * 135, $e = $q + 135; $q < $e; $q++) if ($pb[$q] - $pb[$q] !== 0) { $fin = 0; break; }
      for (let $i = 0; $i < $mp; $i++) {
        let $a = $i * 180, $b = $j * 135;
        const $o = $i * 12 + $j * 3;
        if ($fin) {
          let $q = $a; const $e = $a + 180;
          while ($q < $e && $pa[$q] === 0) $q++;
          if ($q === $e) {
            $c[$o] = 0; $c[$o + 1] = 0; $c[$o + 2] = 0;
            $c[$o + 3] = 0; $c[$o + 4] = 0; $c[$o + 5] = 0;
            $c[$o + 6] = 0; $c[$o + 7] = 0; $c[$o + 8] = 0;
            $c[$o + 9] = 0; $c[$o + 10] = 0; $c[$o + 11] = 0;
            continue;
          }
        }
        let $c0_0 = 0, $c0_1 = 0, $c0_2 = 0, $c1_0 = 0, $c1_1 = 0, $c1_2 = 0, $c2_0 = 0, $c2_1 = 0, $c2_2 = 0, $c3_0 = 0, $c3_1 = 0, $c3_2 = 0;
        for (let $k = 0; $k < 45; $k++) {
          const $x0 = $pa[$a], $x1 = $pa[$a + 1], $x2 = $pa[$a + 2], $x3 = $pa[$a + 3], $y0 = $pb[$b], $y1 = $pb[$b + 1], $y2 = $pb[$b + 2];
          $c0_0 += $x0 * $y0; $c0_1 += $x0 * $y1; $c0_2 += $x0 * $y2;
          $c1_0 += $x1 * $y0; $c1_1 += $x1 * $y1; $c1_2 += $x1 * $y2;
          $c2_0 += $x2 * $y0; $c2_1 += $x2 * $y1; $c2_2 += $x2 * $y2;
          $c3_0 += $x3 * $y0; $c3_1 += $x3 * $y1; $c3_2 += $x3 * $y2;
          $a += 4; $b += 3;
        }
        $c[$o] = $c0_0; $c[$o + 1] = $c0_1; $c[$o + 2] = $c0_2;
        $c[$o + 3] = $c1_0; $c[$o + 4] = $c1_1; $c[$o + 5] = $c1_2;
        $c[$o + 6] = $c2_0; $c[$o + 7] = $c2_1; $c[$o + 8] = $c2_2;
        $c[$o + 9] = $c3_0; $c[$o + 10] = $c3_1; $c[$o + 11] = $c3_2;
      }
    }
    const t48 = Math.imul(i0, 3840);
    for (let i4 = 0; i4 < 16; i4++) {
      const t44 = Math.imul(i4, 240);
      const t49 = Math.imul(i4, 240);
      const t50 = (t48 + t49 | 0);
      for (let i5 = 0; i5 < 16; i5++) {
        const t45 = Math.imul(i5, 15);
        const t46 = (t44 + t45 | 0);
        const t51 = Math.imul(i5, 15);
        const t52 = (t50 + t51 | 0);
        for (let i6 = 0; i6 < 3; i6++) {
          const t47 = (t46 + i6 | 0);
          const t53 = Math.imul(i6, 5);
          const t54 = (t52 + t53 | 0);
          for (let i7 = 0; i7 < 5; i7++) {
            const a0 = Math.fround($c[(t47 + Math.imul(i7, 3) | 0)]);
            out0[(t54 + i7 | 0)] = a0;
          }
        }
      }
    }
  }
}
