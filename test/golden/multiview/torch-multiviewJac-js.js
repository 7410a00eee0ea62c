# test/e2e/multiview-golden.test.ts (kernax dump examples/multiview.ts --print-after-all --format json) — case 'torch-multiviewJac-js'
function kernel_k0(inputs, outputs) {
  const in0 = inputs[0];
  const out0 = outputs[0];
  const $pa = H.packF32(0, 61740), $pb = H.packF32(61740, 225), $c = H.packF64(6860);
  let $ib = 0;
  for (let i1 = 0; i1 < 5; i1++) {
    let $qb = ($ib - $ib % 5) * 45 + $ib % 5;
    const t0 = Math.imul(i1, 9);
    for (let r0 = 0; r0 < 5; r0++) {
      const t1 = (Math.imul(r0, 45) + t0 | 0);
      const t2 = in0[(t1 + 8 | 0)];
      $pb[$qb] = t2;
      const t3 = in0[(t1 + 7 | 0)];
      $pb[$qb + 5] = t3;
      const t4 = in0[(t1 + 6 | 0)];
      $pb[$qb + 10] = t4;
      const t5 = in0[(t1 + 5 | 0)];
      $pb[$qb + 15] = t5;
      const t6 = in0[(t1 + 4 | 0)];
      $pb[$qb + 20] = t6;
      const t7 = in0[(t1 + 3 | 0)];
      $pb[$qb + 25] = t7;
      const t8 = in0[(t1 + 2 | 0)];
      $pb[$qb + 30] = t8;
      const t9 = in0[(t1 + 1 | 0)];
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
      for (let i2 = 0; i2 < 14; i2++) {
        const t11 = (i2 - 2 | 0);
        const t12 = (t11 >= 0 ? 1 : 0);
        const t18 = (t11 % 12 | 0);
        const t19 = Math.imul(t18, 60);
        const t35 = (i2 - 1 | 0);
        const t36 = (t35 >= 0 ? 1 : 0);
        const t37 = (t35 < 12 ? 1 : 0);
        const t38 = (t36 & t37);
        const t40 = (t35 % 12 | 0);
        const t41 = Math.imul(t40, 60);
        const t46 = (i2 < 12 ? 1 : 0);
        const t48 = (i2 % 12 | 0);
        const t49 = Math.imul(t48, 60);
        for (let i3 = 0; i3 < 14; i3++) {
          let $qa = ($ia - $ia % 2) * 45 + $ia % 2;
          const t13 = (i3 - 2 | 0);
          const t14 = (t13 >= 0 ? 1 : 0);
          const t15 = (t12 & t14);
          const t21 = (t13 % 12 | 0);
          const t22 = Math.imul(t21, 5);
          const t24 = (i3 - 1 | 0);
          const t25 = (t24 >= 0 ? 1 : 0);
          const t26 = (t12 & t25);
          const t27 = (t24 < 12 ? 1 : 0);
          const t28 = (t26 & t27);
          const t29 = (t24 % 12 | 0);
          const t30 = Math.imul(t29, 5);
          const t31 = (i3 < 12 ? 1 : 0);
          const t32 = (t12 & t31);
          const t33 = (i3 % 12 | 0);
          const t34 = Math.imul(t33, 5);
          const t39 = (t38 & t14);
          const t43 = (t38 & t25);
          const t44 = (t43 & t27);
          const t45 = (t38 & t31);
          const t47 = (t46 & t14);
          const t51 = (t46 & t25);
          const t52 = (t51 & t27);
          const t53 = (t46 & t31);
          for (let r0 = 0; r0 < 5; r0++) {
            const t17 = Math.imul(r0, 720);
            const t20 = (t17 + t19 | 0);
            $pa[$qa] = (t15 ? Math.fround((t16 === (((t20 + t22 | 0) + t23 | 0) % 3600 | 0) ? 1 : 0)) : 0);
            $pa[$qa + 2] = (t28 ? Math.fround((t16 === (((t20 + t30 | 0) + t23 | 0) % 3600 | 0) ? 1 : 0)) : 0);
            $pa[$qa + 4] = (t32 ? Math.fround((t16 === (((t20 + t34 | 0) + t23 | 0) % 3600 | 0) ? 1 : 0)) : 0);
            const t42 = (t17 + t41 | 0);
            $pa[$qa + 6] = (t39 ? Math.fround((t16 === (((t42 + t22 | 0) + t23 | 0) % 3600 | 0) ? 1 : 0)) : 0);
            $pa[$qa + 8] = (t44 ? Math.fround((t16 === (((t42 + t30 | 0) + t23 | 0) % 3600 | 0) ? 1 : 0)) : 0);
            $pa[$qa + 10] = (t45 ? Math.fround((t16 === (((t42 + t34 | 0) + t23 | 0) % 3600 | 0) ? 1 : 0)) : 0);
            const t50 = (t17 + t49 | 0);
            $pa[$qa + 12] = (t47 ? Math.fround((t16 === (((t50 + t22 | 0) + t23 | 0) % 3600 | 0) ? 1 : 0)) : 0);
            $pa[$qa + 14] = (t52 ? Math.fround((t16 === (((t50 + t30 | 0) + t23 | 0) % 3600 | 0) ? 1 : 0)) : 0);
            $pa[$qa + 16] = (t53 ? Math.fround((t16 === ((t50 + t34 | 0) + t23 | 0) ? 1 : 0)) : 0);
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
      const t54 = (i0 - L1 | 0);
      const t55 = Math.imul(t54, 980);
      const t59 = Math.imul(i0, 980);
      for (let i1 = 0; i1 < 5; i1++) {
        const t56 = (t55 + i1 | 0);
        const t60 = Math.imul(i1, 196);
        const t61 = (t59 + t60 | 0);
        for (let i2 = 0; i2 < 14; i2++) {
          const t57 = Math.imul(i2, 70);
          const t58 = (t56 + t57 | 0);
          const t62 = Math.imul(i2, 14);
          const t63 = (t61 + t62 | 0);
          for (let i3 = 0; i3 < 14; i3++) {
            const a0 = Math.fround($c[(t58 + Math.imul(i3, 5) | 0)]);
            out0[(t63 + i3 | 0)] = a0;
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
  for (let i4 = 0; i4 < 3; i4++) {
    let $qb = ($ib - $ib % 3) * 45 + $ib % 3;
    const t0 = Math.imul(i4, 9);
    for (let r0 = 0; r0 < 5; r0++) {
      const t1 = (Math.imul(r0, 27) + t0 | 0);
      const t2 = in0[(t1 + 8 | 0)];
      $pb[$qb] = t2;
      const t3 = in0[(t1 + 7 | 0)];
      $pb[$qb + 3] = t3;
      const t4 = in0[(t1 + 6 | 0)];
      $pb[$qb + 6] = t4;
      const t5 = in0[(t1 + 5 | 0)];
      $pb[$qb + 9] = t5;
      const t6 = in0[(t1 + 4 | 0)];
      $pb[$qb + 12] = t6;
      const t7 = in0[(t1 + 3 | 0)];
      $pb[$qb + 15] = t7;
      const t8 = in0[(t1 + 2 | 0)];
      $pb[$qb + 18] = t8;
      const t9 = in0[(t1 + 1 | 0)];
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
    for (let i5 = 0; i5 < 16; i5++) {
      const t11 = (i5 - 2 | 0);
      const t12 = (t11 >= 0 ? 1 : 0);
      const t19 = Math.imul(i5, 14);
      const t28 = (i5 - 1 | 0);
      const t29 = (t28 >= 0 ? 1 : 0);
      const t30 = (t28 < 14 ? 1 : 0);
      const t31 = (t29 & t30);
      const t36 = (i5 < 14 ? 1 : 0);
      for (let i6 = 0; i6 < 16; i6++) {
        const t13 = (i6 - 2 | 0);
        const t14 = (t13 >= 0 ? 1 : 0);
        const t15 = (t12 & t14);
        const t21 = (i6 - 1 | 0);
        const t22 = (t21 >= 0 ? 1 : 0);
        const t23 = (t12 & t22);
        const t24 = (t21 < 14 ? 1 : 0);
        const t25 = (t23 & t24);
        const t26 = (i6 < 14 ? 1 : 0);
        const t27 = (t12 & t26);
        const t32 = (t31 & t14);
        const t33 = (t31 & t22);
        const t34 = (t33 & t24);
        const t35 = (t31 & t26);
        const t37 = (t36 & t14);
        const t38 = (t36 & t22);
        const t39 = (t38 & t24);
        const t40 = (t36 & t26);
        for (let i7 = 0; i7 < 5; i7++) {
          let $qa = ($ia - $ia % 4) * 45 + $ia % 4;
          const t17 = Math.imul(i7, 980);
          const t18 = (t16 + t17 | 0);
          for (let r0 = 0; r0 < 5; r0++) {
            const t20 = (((t18 + Math.imul(r0, 196) | 0) + t19 | 0) + i6 | 0);
            $pa[$qa] = (t15 ? in1[(t20 - 30 | 0)] : 0);
            $pa[$qa + 4] = (t25 ? in1[(t20 - 29 | 0)] : 0);
            $pa[$qa + 8] = (t27 ? in1[(t20 - 28 | 0)] : 0);
            $pa[$qa + 12] = (t32 ? in1[(t20 - 16 | 0)] : 0);
            $pa[$qa + 16] = (t34 ? in1[(t20 - 15 | 0)] : 0);
            $pa[$qa + 20] = (t35 ? in1[(t20 - 14 | 0)] : 0);
            $pa[$qa + 24] = (t37 ? in1[(t20 - 2 | 0)] : 0);
            $pa[$qa + 28] = (t39 ? in1[(t20 - 1 | 0)] : 0);
            $pa[$qa + 32] = (t40 ? in1[t20] : 0);
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
    const t45 = Math.imul(i0, 3840);
    for (let i4 = 0; i4 < 3; i4++) {
      const t46 = Math.imul(i4, 1280);
      const t47 = (t45 + t46 | 0);
      for (let i5 = 0; i5 < 16; i5++) {
        const t41 = Math.imul(i5, 240);
        const t42 = (i4 + t41 | 0);
        const t48 = Math.imul(i5, 80);
        const t49 = (t47 + t48 | 0);
        for (let i6 = 0; i6 < 16; i6++) {
          const t43 = Math.imul(i6, 15);
          const t44 = (t42 + t43 | 0);
          const t50 = Math.imul(i6, 5);
          const t51 = (t49 + t50 | 0);
          for (let i7 = 0; i7 < 5; i7++) {
            const a0 = Math.fround($c[(t44 + Math.imul(i7, 3) | 0)]);
            out0[(t51 + i7 | 0)] = a0;
          }
        }
      }
    }
  }
}
