# test/e2e/multiview-golden.test.ts (kernax dump examples/multiview.ts --print-after-all --format json) — case 'torch-multiviewJacParams-js'
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
