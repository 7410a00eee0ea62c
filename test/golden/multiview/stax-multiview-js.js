# test/e2e/multiview-golden.test.ts (kernax dump examples/multiview.ts --print-after-all --format json) — case 'stax-multiview-js'
function kernel_k0(inputs, outputs) {
  const in0 = inputs[0];
  const in1 = inputs[1];
  const out0 = outputs[0];
  for (let i0 = 0; i0 < 5; i0++) {
    const t10 = Math.imul(i0, 980);
    for (let i1 = 0; i1 < 14; i1++) {
      const t0 = Math.imul(i1, 240);
      const t11 = Math.imul(i1, 70);
      const t12 = (t10 + t11 | 0);
      for (let i2 = 0; i2 < 14; i2++) {
        const t3 = Math.imul(i2, 15);
        const t13 = Math.imul(i2, 5);
        const t14 = (t12 + t13 | 0);
        for (let i3 = 0; i3 < 5; i3++) {
          let a0 = 0;
          for (let r0 = 0; r0 < 3; r0++) {
            const t6 = Math.imul(r0, 5);
            for (let r1 = 0; r1 < 3; r1++) {
              const t1 = Math.imul(r1, 240);
              const t2 = (t0 + t1 | 0);
              const t4 = (t2 + t3 | 0);
              const t8 = Math.imul(r1, 45);
              for (let r2 = 0; r2 < 3; r2++) {
                const t5 = Math.imul(r2, 15);
                const t7 = in1[(((t4 + t5 | 0) + t6 | 0) + i0 | 0)];
                const t9 = in0[(((t8 + t5 | 0) + t6 | 0) + i3 | 0)];
                a0 += t7 * t9;
              }
            }
          }
          a0 = Math.fround(a0);
          out0[(t14 + i3 | 0)] = a0;
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
  for (let i0 = 0; i0 < 12; i0++) {
    const t1 = Math.imul(i0, 70);
    const t12 = Math.imul(i0, 300);
    for (let i1 = 0; i1 < 12; i1++) {
      const t5 = Math.imul(i1, 5);
      const t13 = Math.imul(i1, 25);
      const t14 = (t12 + t13 | 0);
      for (let i2 = 0; i2 < 5; i2++) {
        const t15 = Math.imul(i2, 5);
        const t16 = (t14 + t15 | 0);
        const t17 = in2[i2];
        for (let i3 = 0; i3 < 5; i3++) {
          let a0 = 0;
          const t0 = Math.imul(i3, 980);
          const t2 = (t0 + t1 | 0);
          for (let r0 = 0; r0 < 5; r0++) {
            const t8 = in0[r0];
            const t10 = Math.imul(r0, 5);
            for (let r1 = 0; r1 < 3; r1++) {
              const t3 = Math.imul(r1, 70);
              const t4 = (t2 + t3 | 0);
              const t6 = (t4 + t5 | 0);
              const t9 = Math.imul(r1, 75);
              for (let r2 = 0; r2 < 3; r2++) {
                const t7 = in3[((t6 + Math.imul(r2, 5) | 0) + r0 | 0)];
                const t11 = in1[(((t9 + Math.imul(r2, 25) | 0) + t10 | 0) + i2 | 0)];
                a0 += Math.fround(t7 + t8) * t11;
              }
            }
          }
          a0 = Math.fround(a0);
          out0[(t16 + i3 | 0)] = Math.fround(a0 + t17);
        }
      }
    }
  }
}
