# test/e2e/multiview-golden.test.ts (kernax dump examples/multiview.ts --print-after-all --format json) — case 'torch-multiviewJacParams-js'
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

function kernel_k2(inputs, outputs) {
  const in0 = inputs[0];
  const out0 = outputs[0];
  for (let i0 = 0; i0 < 3600; i0++) {
    const t0 = Math.imul(i0, 4900);
    const t6 = Math.imul(i0, 5);
    for (let i4 = 0; i4 < 5; i4++) {
      let a0 = 0;
      const t3 = Math.imul(i4, 196);
      for (let r0 = 0; r0 < 5; r0++) {
        const t1 = Math.imul(r0, 980);
        const t2 = (t0 + t1 | 0);
        const t4 = (t2 + t3 | 0);
        for (let r1 = 0; r1 < 196; r1++) {
          const t5 = in0[(t4 + r1 | 0)];
          a0 += t5;
        }
      }
      a0 = Math.fround(a0);
      out0[(t6 + i4 | 0)] = a0;
    }
  }
}

function kernel_k3(inputs, outputs) {
  const in0 = inputs[0];
  const in1 = inputs[1];
  const out0 = outputs[0];
  for (let i0 = 0; i0 < 3600; i0++) {
    const t8 = Math.imul(i0, 4900);
    const t16 = Math.imul(i0, 135);
    for (let i4 = 0; i4 < 5; i4++) {
      const t11 = Math.imul(i4, 196);
      const t17 = Math.imul(i4, 27);
      const t18 = (t16 + t17 | 0);
      for (let i5 = 0; i5 < 3; i5++) {
        const t0 = Math.imul(i5, 1280);
        const t19 = Math.imul(i5, 9);
        const t20 = (t18 + t19 | 0);
        for (let i6 = 0; i6 < 3; i6++) {
          const t1 = Math.imul(i6, 80);
          const t2 = (t0 + t1 | 0);
          const t21 = Math.imul(i6, 3);
          const t22 = (t20 + t21 | 0);
          for (let i7 = 0; i7 < 3; i7++) {
            let a0 = 0;
            const t5 = Math.imul(i7, 5);
            for (let r0 = 0; r0 < 5; r0++) {
              const t9 = Math.imul(r0, 980);
              const t10 = (t8 + t9 | 0);
              const t12 = (t10 + t11 | 0);
              for (let r1 = 0; r1 < 14; r1++) {
                const t3 = Math.imul(r1, 80);
                const t4 = (t2 + t3 | 0);
                const t6 = (t4 + t5 | 0);
                const t13 = Math.imul(r1, 14);
                const t14 = (t12 + t13 | 0);
                for (let r2 = 0; r2 < 14; r2++) {
                  const t7 = in0[((t6 + Math.imul(r2, 5) | 0) + r0 | 0)];
                  const t15 = in1[(t14 + r2 | 0)];
                  a0 += t7 * t15;
                }
              }
            }
            a0 = Math.fround(a0);
            out0[(t22 + i7 | 0)] = a0;
          }
        }
      }
    }
  }
}

function kernel_k4(inputs, outputs) {
  const out0 = outputs[0];
  for (let i0 = 0; i0 < 3600; i0++) {
    const t1 = Math.imul(i0, 5);
    for (let i4 = 0; i4 < 5; i4++) {
      let a0 = 0;
      const t0 = Math.imul(i4, 720);
      for (let r0 = 0; r0 < 5; r0++) {
        for (let r1 = 0; r1 < 144; r1++) {
          a0 += Math.fround((i0 === ((t0 + Math.imul(r1, 5) | 0) + r0 | 0) ? 1 : 0));
        }
      }
      a0 = Math.fround(a0);
      out0[(t1 + i4 | 0)] = a0;
    }
  }
}

function kernel_k5(inputs, outputs) {
  const in0 = inputs[0];
  const in1 = inputs[1];
  const out0 = outputs[0];
  for (let i0 = 0; i0 < 3600; i0++) {
    const t13 = Math.imul(i0, 225);
    for (let i4 = 0; i4 < 5; i4++) {
      const t10 = Math.imul(i4, 720);
      const t14 = Math.imul(i4, 45);
      const t15 = (t13 + t14 | 0);
      for (let i5 = 0; i5 < 5; i5++) {
        const t1 = Math.imul(i5, 196);
        const t9 = in0[i5];
        const t16 = Math.imul(i5, 9);
        const t17 = (t15 + t16 | 0);
        for (let i6 = 0; i6 < 3; i6++) {
          const t3 = Math.imul(i6, 14);
          const t18 = Math.imul(i6, 3);
          const t19 = (t17 + t18 | 0);
          for (let i7 = 0; i7 < 3; i7++) {
            let a0 = 0;
            for (let r0 = 0; r0 < 5; r0++) {
              const t0 = Math.imul(r0, 980);
              const t2 = (t0 + t1 | 0);
              const t4 = (t2 + t3 | 0);
              for (let r1 = 0; r1 < 12; r1++) {
                const t5 = Math.imul(r1, 14);
                const t6 = (t4 + t5 | 0);
                const t7 = (t6 + i7 | 0);
                const t11 = Math.imul(r1, 60);
                const t12 = (t10 + t11 | 0);
                for (let r2 = 0; r2 < 12; r2++) {
                  const t8 = in1[(t7 + r2 | 0)];
                  a0 += Math.fround(t8 + t9) * Math.fround((i0 === ((t12 + Math.imul(r2, 5) | 0) + r0 | 0) ? 1 : 0));
                }
              }
            }
            a0 = Math.fround(a0);
            out0[(t19 + i7 | 0)] = a0;
          }
        }
      }
    }
  }
}
