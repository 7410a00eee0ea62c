// argmax/argmin, reduce_window_sum/max, select_and_gather_add, threefry2x32 and random_bits compile to
// loop kernels (no host step) on the CPU backend and agree with the reference interpreter: exactly for
// ints (random bits), bools and every argmax index (NaN: the first NaN; ties: the first), and to the last
// bit for max pooling; other floats within 1e-6 relative (sum pooling adds in double and rounds once in
// both, the kernel maybe in another order).
import { expect } from 'chai';
import { Array, interpret, jit, lax, makeJaxpr } from '../../src/index.js';
import { CUMSUM_KERNEL_MAX } from '../../src/lower/plan-deps.js';
import { bits, HOST_FREE_CASES } from './host-free-cases.js';

describe('former host steps as kernels (cpu): argmax/argmin, reduce_window, max pooling JVP and VJP, PRNG', () => {
  it(`a cumsum over more than CUMSUM_KERNEL_MAX (${CUMSUM_KERNEL_MAX}) elements stays a host step (a kernel would add n² times)`, () => {
    const x = Array.fromTensor({ shape: [2, CUMSUM_KERNEL_MAX + 1], dtype: 'f32', data: new Float32Array(2 * (CUMSUM_KERNEL_MAX + 1)).fill(0.5) });
    const f = jit((v: Parameters<typeof lax.neg>[0]) => lax.cumsum(v, 1));
    expect(f.lower(x).compile().stats().hostSteps).to.equal(1);
    expect(jit((v: Parameters<typeof lax.neg>[0]) => lax.cumsum(v, 0)).lower(x).compile().stats().hostSteps).to.equal(0);
    expect([...(f(x) as Array).tensor().data].slice(CUMSUM_KERNEL_MAX - 1, CUMSUM_KERNEL_MAX + 2)).to.deep.equal([128, 128.5, 0.5]);
  });
  for (const c of HOST_FREE_CASES) {
    it(c.name, () => {
      const x = Array.fromTensor({ ...c.input, data: c.input.data.slice() });
      const want = interpret(makeJaxpr(c.fn)(x), [x])[0]!.tensor();
      const f = jit(c.fn);
      const stats = f.lower(x).compile().stats();
      expect(stats.hostSteps, 'host steps').to.equal(0);
      expect(stats.kernels).to.be.at.least(1);
      const got = (f(x) as Array).tensor();
      expect([got.dtype, [...got.shape]]).to.deep.equal([want.dtype, [...want.shape]]);
      if (want.dtype !== 'f32' || c.name.startsWith('max pool') || c.name.startsWith('arg')) {
        expect([...got.data].map(bits)).to.deep.equal([...want.data].map(bits));
      } else {
        want.data.forEach((w, i) => {
          const g = got.data[i]!;
          if (Number.isNaN(w) || !Number.isFinite(w)) expect(String(g), `[${i}]`).to.equal(String(w));
          else expect(Math.abs(g - w), `[${i}]: ${g} vs ${w}`).to.be.at.most(1e-6 * Math.max(1, Math.abs(w)));
        });
      }
    });
  }
});
