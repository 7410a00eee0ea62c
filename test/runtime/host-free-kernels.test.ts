// argmax/argmin, reduce_window_sum/max, select_and_gather_add, threefry2x32 and random_bits compile to
// loop kernels (no host step) on the CPU backend and agree with the reference interpreter: exactly for
// ints (random bits), bools and every argmax index (NaN: the first NaN; ties: the first), and to the last
// bit for max pooling; other floats within 1e-6 relative (sum pooling adds in double and rounds once in
// both, the kernel maybe in another order).
import { expect } from 'chai';
import { Array, interpret, jit, makeJaxpr } from '../../src/index.js';
import { HOST_FREE_CASES } from './host-free-cases.js';

describe('former host steps as kernels (cpu): argmax/argmin, reduce_window, select_and_gather_add, PRNG', () => {
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
        expect([...got.data].map(String)).to.deep.equal([...want.data].map(String));
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
