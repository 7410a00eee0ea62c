# test/e2e/multiview-golden.test.ts (kernax dump examples/multiview.ts --print-after-all --format json) — case 'stax-multiviewJac-js'
function kernel_k0(inputs, outputs) {
  const in0 = inputs[0];
  const out0 = outputs[0];
  for (let i0 = 0; i0 < 18000; i0++) {
    const t6 = (i0 / 5 | 0);
    const t10 = (i0 % 5 | 0);
    const t14 = Math.imul(i0, 980);
    for (let i1 = 0; i1 < 14; i1++) {
      const t15 = Math.imul(i1, 70);
      const t16 = (t14 + t15 | 0);
      for (let i2 = 0; i2 < 14; i2++) {
        const t17 = Math.imul(i2, 5);
        const t18 = (t16 + t17 | 0);
        for (let i3 = 0; i3 < 5; i3++) {
          let a0 = 0;
          const t12 = Math.imul(i3, 5);
          for (let r0 = 0; r0 < 5; r0++) {
            const t9 = Math.imul(r0, 5);
            for (let r1 = 0; r1 < 3; r1++) {
              const t0 = (i1 + r1 | 0);
              const t1 = (t0 - 2 | 0);
              const t2 = (t1 >= 0 ? 1 : 0);
              const t3 = (t1 < 12 ? 1 : 0);
              const t4 = (t2 & t3);
              const t7 = (t1 % 12 | 0);
              const t8 = Math.imul(t7, 300);
              const t11 = Math.imul(r1, (-75));
              for (let r2 = 0; r2 < 3; r2++) {
                const t5 = ((i2 + r2 | 0) - 2 | 0);
                const t13 = in0[((((t11 - Math.imul(r2, 25) | 0) + t12 | 0) + r0 | 0) + 200 | 0)];
                a0 += (((t4 & (t5 >= 0 ? 1 : 0)) & (t5 < 12 ? 1 : 0)) ? Math.fround((t6 === ((((t8 + Math.imul((t5 % 12 | 0), 25) | 0) + t9 | 0) + t10 | 0) % 3600 | 0) ? 1 : 0)) : 0) * t13;
              }
            }
          }
          a0 = Math.fround(a0);
          out0[(t18 + i3 | 0)] = a0;
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
    const t19 = Math.imul(i0, 3840);
    for (let i4 = 0; i4 < 16; i4++) {
      const t9 = Math.imul(i4, 70);
      const t20 = Math.imul(i4, 240);
      const t21 = (t19 + t20 | 0);
      for (let i5 = 0; i5 < 16; i5++) {
        const t13 = Math.imul(i5, 5);
        const t22 = Math.imul(i5, 15);
        const t23 = (t21 + t22 | 0);
        for (let i6 = 0; i6 < 3; i6++) {
          const t17 = Math.imul(i6, 5);
          const t24 = (t23 + t17 | 0);
          for (let i7 = 0; i7 < 5; i7++) {
            let a0 = 0;
            const t7 = Math.imul(i7, 980);
            const t8 = (t6 + t7 | 0);
            const t10 = (t8 + t9 | 0);
            for (let r0 = 0; r0 < 5; r0++) {
              for (let r1 = 0; r1 < 3; r1++) {
                const t0 = (i4 + r1 | 0);
                const t1 = (t0 - 2 | 0);
                const t2 = (t1 >= 0 ? 1 : 0);
                const t3 = (t1 < 14 ? 1 : 0);
                const t4 = (t2 & t3);
                const t11 = Math.imul(r1, 70);
                const t12 = (t10 + t11 | 0);
                const t14 = (t12 + t13 | 0);
                const t16 = Math.imul(r1, (-45));
                for (let r2 = 0; r2 < 3; r2++) {
                  const t5 = ((i5 + r2 | 0) - 2 | 0);
                  const t15 = in1[(((t14 + Math.imul(r2, 5) | 0) + r0 | 0) - 150 | 0)];
                  const t18 = in0[((((t16 - Math.imul(r2, 15) | 0) + t17 | 0) + r0 | 0) + 120 | 0)];
                  a0 += (((t4 & (t5 >= 0 ? 1 : 0)) & (t5 < 14 ? 1 : 0)) ? t15 : 0) * t18;
                }
              }
            }
            a0 = Math.fround(a0);
            out0[(t24 + i7 | 0)] = a0;
          }
        }
      }
    }
  }
}
