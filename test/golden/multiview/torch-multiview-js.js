# test/e2e/multiview-golden.test.ts (kernax dump examples/multiview.ts --print-after-all --format json) — case 'torch-multiview-js'
function kernel_k0(inputs, outputs) {
  const in0 = inputs[0];
  const in1 = inputs[1];
  const out0 = outputs[0];
  for (let i0 = 0; i0 < 5; i0++) {
    const t22 = Math.imul(i0, 980);
    for (let i1 = 0; i1 < 5; i1++) {
      const t9 = Math.imul(i1, 27);
      const t23 = Math.imul(i1, 196);
      const t24 = (t22 + t23 | 0);
      for (let i2 = 0; i2 < 14; i2++) {
        const t1 = Math.imul(i2, 80);
        const t25 = Math.imul(i2, 14);
        const t26 = (t24 + t25 | 0);
        for (let i3 = 0; i3 < 8; i3 += 8) {
          let a0_0 = 0, a0_1 = 0, a0_2 = 0, a0_3 = 0, a0_4 = 0, a0_5 = 0, a0_6 = 0, a0_7 = 0;
          const t5 = Math.imul(i3, 5);
          for (let r0 = 0; r0 < 3; r0++) {
            const t0 = Math.imul(r0, 1280);
            const t2 = (t0 + t1 | 0);
            const t10 = Math.imul(r0, 9);
            const t11 = (t9 + t10 | 0);
            for (let r1 = 0; r1 < 3; r1++) {
              const t3 = Math.imul(r1, 80);
              const t4 = (t2 + t3 | 0);
              const t6 = (t4 + t5 | 0);
              const t12 = Math.imul(r1, 3);
              const t13 = (t11 + t12 | 0);
              for (let r2 = 0; r2 < 3; r2++) {
                const t7 = ((t6 + Math.imul(r2, 5) | 0) + i0 | 0);
                const t8 = in1[t7];
                const t14 = in0[(t13 + r2 | 0)];
                a0_0 += t8 * t14;
                const t15 = in1[(t7 + 5 | 0)];
                a0_1 += t15 * t14;
                const t16 = in1[(t7 + 10 | 0)];
                a0_2 += t16 * t14;
                const t17 = in1[(t7 + 15 | 0)];
                a0_3 += t17 * t14;
                const t18 = in1[(t7 + 20 | 0)];
                a0_4 += t18 * t14;
                const t19 = in1[(t7 + 25 | 0)];
                a0_5 += t19 * t14;
                const t20 = in1[(t7 + 30 | 0)];
                a0_6 += t20 * t14;
                const t21 = in1[(t7 + 35 | 0)];
                a0_7 += t21 * t14;
              }
            }
          }
          a0_0 = Math.fround(a0_0);
          a0_1 = Math.fround(a0_1);
          a0_2 = Math.fround(a0_2);
          a0_3 = Math.fround(a0_3);
          a0_4 = Math.fround(a0_4);
          a0_5 = Math.fround(a0_5);
          a0_6 = Math.fround(a0_6);
          a0_7 = Math.fround(a0_7);
          const t27 = (t26 + i3 | 0);
          out0[t27] = a0_0;
          out0[(t27 + 1 | 0)] = a0_1;
          out0[(t27 + 2 | 0)] = a0_2;
          out0[(t27 + 3 | 0)] = a0_3;
          out0[(t27 + 4 | 0)] = a0_4;
          out0[(t27 + 5 | 0)] = a0_5;
          out0[(t27 + 6 | 0)] = a0_6;
          out0[(t27 + 7 | 0)] = a0_7;
        }
        for (let i3 = 8; i3 < 14; i3++) {
          let a8 = 0;
          const t32 = Math.imul(i3, 5);
          for (let r0 = 0; r0 < 3; r0++) {
            const t28 = Math.imul(r0, 1280);
            const t29 = (t28 + t1 | 0);
            const t36 = Math.imul(r0, 9);
            const t37 = (t9 + t36 | 0);
            for (let r1 = 0; r1 < 3; r1++) {
              const t30 = Math.imul(r1, 80);
              const t31 = (t29 + t30 | 0);
              const t33 = (t31 + t32 | 0);
              const t38 = Math.imul(r1, 3);
              const t39 = (t37 + t38 | 0);
              for (let r2 = 0; r2 < 3; r2++) {
                const t34 = ((t33 + Math.imul(r2, 5) | 0) + i0 | 0);
                const t35 = in1[t34];
                const t40 = in0[(t39 + r2 | 0)];
                a8 += t35 * t40;
              }
            }
          }
          a8 = Math.fround(a8);
          const t41 = (t26 + i3 | 0);
          out0[t41] = a8;
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
  for (let i0 = 0; i0 < 5; i0++) {
    const t10 = Math.imul(i0, 45);
    const t16 = Math.imul(i0, 720);
    const t21 = in2[i0];
    for (let i1 = 0; i1 < 12; i1++) {
      const t3 = Math.imul(i1, 14);
      const t17 = Math.imul(i1, 60);
      const t18 = (t16 + t17 | 0);
      for (let i2 = 0; i2 < 12; i2++) {
        const t19 = Math.imul(i2, 5);
        const t20 = (t18 + t19 | 0);
        for (let i3 = 0; i3 < 5; i3++) {
          let a0 = 0;
          const t0 = Math.imul(i3, 980);
          for (let r0 = 0; r0 < 5; r0++) {
            const t1 = Math.imul(r0, 196);
            const t2 = (t0 + t1 | 0);
            const t4 = (t2 + t3 | 0);
            const t9 = in0[r0];
            const t11 = Math.imul(r0, 9);
            const t12 = (t10 + t11 | 0);
            for (let r1 = 0; r1 < 3; r1++) {
              const t5 = Math.imul(r1, 14);
              const t6 = (t4 + t5 | 0);
              const t7 = (t6 + i2 | 0);
              const t13 = Math.imul(r1, 3);
              const t14 = (t12 + t13 | 0);
              for (let r2 = 0; r2 < 3; r2++) {
                const t8 = in3[(t7 + r2 | 0)];
                const t15 = in1[(t14 + r2 | 0)];
                a0 += Math.fround(t8 + t9) * t15;
              }
            }
          }
          a0 = Math.fround(a0);
          out0[(t20 + i3 | 0)] = Math.fround(a0 + t21);
        }
      }
    }
  }
}
