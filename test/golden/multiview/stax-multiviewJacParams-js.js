# test/e2e/multiview-golden.test.ts (kernax dump examples/multiview.ts --print-after-all --format json) — case 'stax-multiviewJacParams-js'
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

function kernel_k2(inputs, outputs) {
  const in0 = inputs[0];
  const in1 = inputs[1];
  const out0 = outputs[0];
  for (let i0 = 0; i0 < 3600; i0++) {
    const t5 = Math.imul(i0, 4900);
    const t11 = Math.imul(i0, 135);
    for (let i4 = 0; i4 < 3; i4++) {
      const t0 = Math.imul(i4, 240);
      const t12 = Math.imul(i4, 45);
      const t13 = (t11 + t12 | 0);
      for (let i5 = 0; i5 < 9; i5++) {
        const t3 = Math.imul(i5, 5);
        const t14 = (t13 + t3 | 0);
        for (let i7 = 0; i7 < 5; i7++) {
          let a0 = 0;
          for (let r0 = 0; r0 < 5; r0++) {
            const t6 = Math.imul(r0, 980);
            const t7 = (t5 + t6 | 0);
            for (let r1 = 0; r1 < 14; r1++) {
              const t1 = Math.imul(r1, 240);
              const t2 = (t0 + t1 | 0);
              const t8 = Math.imul(r1, 70);
              const t9 = (t7 + t8 | 0);
              for (let r2 = 0; r2 < 14; r2++) {
                const t4 = in0[(((t2 + Math.imul(r2, 15) | 0) + t3 | 0) + r0 | 0)];
                const t10 = in1[((t9 + Math.imul(r2, 5) | 0) + i7 | 0)];
                a0 += t4 * t10;
              }
            }
          }
          a0 = Math.fround(a0);
          out0[(t14 + i7 | 0)] = a0;
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
  for (let i0 = 0; i0 < 3600; i0++) {
    const t11 = Math.imul(i0, 225);
    for (let i4 = 0; i4 < 3; i4++) {
      const t1 = Math.imul(i4, 70);
      const t12 = Math.imul(i4, 75);
      const t13 = (t11 + t12 | 0);
      for (let i5 = 0; i5 < 3; i5++) {
        const t5 = Math.imul(i5, 5);
        const t14 = Math.imul(i5, 25);
        const t15 = (t13 + t14 | 0);
        for (let i6 = 0; i6 < 5; i6++) {
          const t8 = in0[i6];
          const t16 = Math.imul(i6, 5);
          const t17 = (t15 + t16 | 0);
          for (let i7 = 0; i7 < 5; i7++) {
            let a0 = 0;
            const t10 = Math.imul(i7, 5);
            for (let r0 = 0; r0 < 5; r0++) {
              const t0 = Math.imul(r0, 980);
              const t2 = (t0 + t1 | 0);
              for (let r1 = 0; r1 < 12; r1++) {
                const t3 = Math.imul(r1, 70);
                const t4 = (t2 + t3 | 0);
                const t6 = (t4 + t5 | 0);
                const t9 = Math.imul(r1, 300);
                for (let r2 = 0; r2 < 12; r2++) {
                  const t7 = in1[((t6 + Math.imul(r2, 5) | 0) + i6 | 0)];
                  a0 += Math.fround(t7 + t8) * Math.fround((i0 === (((t9 + Math.imul(r2, 25) | 0) + t10 | 0) + r0 | 0) ? 1 : 0));
                }
              }
            }
            a0 = Math.fround(a0);
            out0[(t17 + i7 | 0)] = a0;
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
