# test/e2e/multiview-golden.test.ts (kernax dump examples/multiview.ts --print-after-all --format json) — case 'torch-multiviewJac-js'
function kernel_k0(inputs, outputs) {
  const in0 = inputs[0];
  const out0 = outputs[0];
  for (let i0 = 0; i0 < 18000; i0++) {
    const t6 = (i0 / 5 | 0);
    const t11 = (i0 % 5 | 0);
    const t25 = Math.imul(i0, 980);
    for (let i1 = 0; i1 < 5; i1++) {
      const t13 = Math.imul(i1, 9);
      const t26 = Math.imul(i1, 196);
      const t27 = (t25 + t26 | 0);
      for (let i2 = 0; i2 < 14; i2++) {
        const t28 = Math.imul(i2, 14);
        const t29 = (t27 + t28 | 0);
        for (let i3 = 0; i3 < 8; i3 += 8) {
          let a0_0 = 0, a0_1 = 0, a0_2 = 0, a0_3 = 0, a0_4 = 0, a0_5 = 0, a0_6 = 0, a0_7 = 0;
          const t18 = (i3 + 1 | 0);
          const t19 = (i3 + 2 | 0);
          const t20 = (i3 + 3 | 0);
          const t21 = (i3 + 4 | 0);
          const t22 = (i3 + 5 | 0);
          const t23 = (i3 + 6 | 0);
          const t24 = (i3 + 7 | 0);
          for (let r0 = 0; r0 < 5; r0++) {
            const t7 = Math.imul(r0, 720);
            const t12 = Math.imul(r0, 45);
            const t14 = (t12 + t13 | 0);
            for (let r1 = 0; r1 < 3; r1++) {
              const t0 = (i2 + r1 | 0);
              const t1 = (t0 - 2 | 0);
              const t2 = (t1 >= 0 ? 1 : 0);
              const t3 = (t1 < 12 ? 1 : 0);
              const t4 = (t2 & t3);
              const t8 = (t1 % 12 | 0);
              const t9 = Math.imul(t8, 60);
              const t10 = (t7 + t9 | 0);
              const t15 = Math.imul(r1, 3);
              const t16 = (t14 - t15 | 0);
              for (let r2 = 0; r2 < 3; r2++) {
                const t5 = ((i3 + r2 | 0) - 2 | 0);
                const t17 = in0[((t16 - r2 | 0) + 8 | 0)];
                a0_0 += (((t4 & (t5 >= 0 ? 1 : 0)) & (t5 < 12 ? 1 : 0)) ? Math.fround((t6 === (((t10 + Math.imul((t5 % 12 | 0), 5) | 0) + t11 | 0) % 3600 | 0) ? 1 : 0)) : 0) * t17;
                a0_1 += (((t4 & (((t18 + r2 | 0) - 2 | 0) >= 0 ? 1 : 0)) & (((t18 + r2 | 0) - 2 | 0) < 12 ? 1 : 0)) ? Math.fround((t6 === (((t10 + Math.imul((((t18 + r2 | 0) - 2 | 0) % 12 | 0), 5) | 0) + t11 | 0) % 3600 | 0) ? 1 : 0)) : 0) * t17;
                a0_2 += (((t4 & (((t19 + r2 | 0) - 2 | 0) >= 0 ? 1 : 0)) & (((t19 + r2 | 0) - 2 | 0) < 12 ? 1 : 0)) ? Math.fround((t6 === (((t10 + Math.imul((((t19 + r2 | 0) - 2 | 0) % 12 | 0), 5) | 0) + t11 | 0) % 3600 | 0) ? 1 : 0)) : 0) * t17;
                a0_3 += (((t4 & (((t20 + r2 | 0) - 2 | 0) >= 0 ? 1 : 0)) & (((t20 + r2 | 0) - 2 | 0) < 12 ? 1 : 0)) ? Math.fround((t6 === (((t10 + Math.imul((((t20 + r2 | 0) - 2 | 0) % 12 | 0), 5) | 0) + t11 | 0) % 3600 | 0) ? 1 : 0)) : 0) * t17;
                a0_4 += (((t4 & (((t21 + r2 | 0) - 2 | 0) >= 0 ? 1 : 0)) & (((t21 + r2 | 0) - 2 | 0) < 12 ? 1 : 0)) ? Math.fround((t6 === (((t10 + Math.imul((((t21 + r2 | 0) - 2 | 0) % 12 | 0), 5) | 0) + t11 | 0) % 3600 | 0) ? 1 : 0)) : 0) * t17;
                a0_5 += (((t4 & (((t22 + r2 | 0) - 2 | 0) >= 0 ? 1 : 0)) & (((t22 + r2 | 0) - 2 | 0) < 12 ? 1 : 0)) ? Math.fround((t6 === (((t10 + Math.imul((((t22 + r2 | 0) - 2 | 0) % 12 | 0), 5) | 0) + t11 | 0) % 3600 | 0) ? 1 : 0)) : 0) * t17;
                a0_6 += (((t4 & (((t23 + r2 | 0) - 2 | 0) >= 0 ? 1 : 0)) & (((t23 + r2 | 0) - 2 | 0) < 12 ? 1 : 0)) ? Math.fround((t6 === (((t10 + Math.imul((((t23 + r2 | 0) - 2 | 0) % 12 | 0), 5) | 0) + t11 | 0) % 3600 | 0) ? 1 : 0)) : 0) * t17;
                a0_7 += (((t4 & (((t24 + r2 | 0) - 2 | 0) >= 0 ? 1 : 0)) & (((t24 + r2 | 0) - 2 | 0) < 12 ? 1 : 0)) ? Math.fround((t6 === (((t10 + Math.imul((((t24 + r2 | 0) - 2 | 0) % 12 | 0), 5) | 0) + t11 | 0) % 3600 | 0) ? 1 : 0)) : 0) * t17;
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
          const t30 = (t29 + i3 | 0);
          out0[t30] = a0_0;
          out0[(t30 + 1 | 0)] = a0_1;
          out0[(t30 + 2 | 0)] = a0_2;
          out0[(t30 + 3 | 0)] = a0_3;
          out0[(t30 + 4 | 0)] = a0_4;
          out0[(t30 + 5 | 0)] = a0_5;
          out0[(t30 + 6 | 0)] = a0_6;
          out0[(t30 + 7 | 0)] = a0_7;
        }
        for (let i3 = 8; i3 < 14; i3++) {
          let a8 = 0;
          for (let r0 = 0; r0 < 5; r0++) {
            const t37 = Math.imul(r0, 720);
            const t41 = Math.imul(r0, 45);
            const t42 = (t41 + t13 | 0);
            for (let r1 = 0; r1 < 3; r1++) {
              const t31 = (i2 + r1 | 0);
              const t32 = (t31 - 2 | 0);
              const t33 = (t32 >= 0 ? 1 : 0);
              const t34 = (t32 < 12 ? 1 : 0);
              const t35 = (t33 & t34);
              const t38 = (t32 % 12 | 0);
              const t39 = Math.imul(t38, 60);
              const t40 = (t37 + t39 | 0);
              const t43 = Math.imul(r1, 3);
              const t44 = (t42 - t43 | 0);
              for (let r2 = 0; r2 < 3; r2++) {
                const t36 = ((i3 + r2 | 0) - 2 | 0);
                const t45 = in0[((t44 - r2 | 0) + 8 | 0)];
                a8 += (((t35 & (t36 >= 0 ? 1 : 0)) & (t36 < 12 ? 1 : 0)) ? Math.fround((t6 === (((t40 + Math.imul((t36 % 12 | 0), 5) | 0) + t11 | 0) % 3600 | 0) ? 1 : 0)) : 0) * t45;
              }
            }
          }
          a8 = Math.fround(a8);
          const t46 = (t29 + i3 | 0);
          out0[t46] = a8;
        }
      }
    }
  }
}

function kernel_k1(inputs, outputs) {
  const in0 = inputs[0];
  const in1 = inputs[1];
  const out0 = outputs[0];
  for (let i0 = 0; i0 < 3600; i0++) {
    const t6 = Math.imul(i0, 4900);
    const t23 = Math.imul(i0, 3840);
    for (let i4 = 0; i4 < 3; i4++) {
      const t18 = Math.imul(i4, 9);
      const t24 = Math.imul(i4, 1280);
      const t25 = (t23 + t24 | 0);
      for (let i5 = 0; i5 < 16; i5++) {
        const t11 = Math.imul(i5, 14);
        const t26 = Math.imul(i5, 80);
        const t27 = (t25 + t26 | 0);
        for (let i6 = 0; i6 < 16; i6++) {
          const t28 = Math.imul(i6, 5);
          const t29 = (t27 + t28 | 0);
          for (let i7 = 0; i7 < 5; i7++) {
            let a0 = 0;
            const t7 = Math.imul(i7, 980);
            const t8 = (t6 + t7 | 0);
            for (let r0 = 0; r0 < 5; r0++) {
              const t9 = Math.imul(r0, 196);
              const t10 = (t8 + t9 | 0);
              const t12 = (t10 + t11 | 0);
              const t17 = Math.imul(r0, 27);
              const t19 = (t17 + t18 | 0);
              for (let r1 = 0; r1 < 3; r1++) {
                const t0 = (i5 + r1 | 0);
                const t1 = (t0 - 2 | 0);
                const t2 = (t1 >= 0 ? 1 : 0);
                const t3 = (t1 < 14 ? 1 : 0);
                const t4 = (t2 & t3);
                const t13 = Math.imul(r1, 14);
                const t14 = (t12 + t13 | 0);
                const t15 = (t14 + i6 | 0);
                const t20 = Math.imul(r1, 3);
                const t21 = (t19 - t20 | 0);
                for (let r2 = 0; r2 < 3; r2++) {
                  const t5 = ((i6 + r2 | 0) - 2 | 0);
                  const t16 = in1[((t15 + r2 | 0) - 30 | 0)];
                  const t22 = in0[((t21 - r2 | 0) + 8 | 0)];
                  a0 += (((t4 & (t5 >= 0 ? 1 : 0)) & (t5 < 14 ? 1 : 0)) ? t16 : 0) * t22;
                }
              }
            }
            a0 = Math.fround(a0);
            out0[(t29 + i7 | 0)] = a0;
          }
        }
      }
    }
  }
}
