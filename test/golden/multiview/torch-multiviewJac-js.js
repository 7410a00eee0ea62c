# test/e2e/multiview-golden.test.ts (kernax dump examples/multiview.ts --print-after-all --format json) — case 'torch-multiviewJac-js'
function kernel_k0(inputs, outputs) {
  const in0 = inputs[0];
  const out0 = outputs[0];
  for (let i0 = 0; i0 < 18000; i0++) {
    const t6 = (i0 / 5 | 0);
    const t11 = (i0 % 5 | 0);
    const t18 = Math.imul(i0, 980);
    for (let i1 = 0; i1 < 5; i1++) {
      const t13 = Math.imul(i1, 9);
      const t19 = Math.imul(i1, 196);
      const t20 = (t18 + t19 | 0);
      for (let i2 = 0; i2 < 14; i2++) {
        const t21 = Math.imul(i2, 14);
        const t22 = (t20 + t21 | 0);
        for (let i3 = 0; i3 < 14; i3++) {
          let a0 = 0;
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
                a0 += (((t4 & (t5 >= 0 ? 1 : 0)) & (t5 < 12 ? 1 : 0)) ? Math.fround((t6 === (((t10 + Math.imul((t5 % 12 | 0), 5) | 0) + t11 | 0) % 3600 | 0) ? 1 : 0)) : 0) * t17;
              }
            }
          }
          a0 = Math.fround(a0);
          out0[(t22 + i3 | 0)] = a0;
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
