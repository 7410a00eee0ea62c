# test/e2e/multiview-golden.test.ts (kernax dump examples/multiview.ts --print-after-all --format json) — case 'torch-multiview-js'
function kernel_k0(inputs, outputs) {
  const in0 = inputs[0];
  const in1 = inputs[1];
  const out0 = outputs[0];
  for (let i0 = 0; i0 < 5; i0++) {
    const t14 = Math.imul(i0, 980);
    for (let i1 = 0; i1 < 5; i1++) {
      const t8 = Math.imul(i1, 27);
      const t15 = Math.imul(i1, 196);
      const t16 = (t14 + t15 | 0);
      for (let i2 = 0; i2 < 14; i2++) {
        const t1 = Math.imul(i2, 80);
        const t17 = Math.imul(i2, 14);
        const t18 = (t16 + t17 | 0);
        for (let i3 = 0; i3 < 14; i3++) {
          let a0 = 0;
          const t5 = Math.imul(i3, 5);
          for (let r0 = 0; r0 < 3; r0++) {
            const t0 = Math.imul(r0, 1280);
            const t2 = (t0 + t1 | 0);
            const t9 = Math.imul(r0, 9);
            const t10 = (t8 + t9 | 0);
            for (let r1 = 0; r1 < 3; r1++) {
              const t3 = Math.imul(r1, 80);
              const t4 = (t2 + t3 | 0);
              const t6 = (t4 + t5 | 0);
              const t11 = Math.imul(r1, 3);
              const t12 = (t10 + t11 | 0);
              for (let r2 = 0; r2 < 3; r2++) {
                const t7 = in1[((t6 + Math.imul(r2, 5) | 0) + i0 | 0)];
                const t13 = in0[(t12 + r2 | 0)];
                a0 += t7 * t13;
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
