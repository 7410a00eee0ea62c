// Large reductions on the webgpu device against a float64 sum on the host. Regression: Mesa llvmpipe
// stops every loop of an invocation after 65535 iterations in total, so a full sum of 1e7 elements (one
// workgroup of 128 invocations striding over it: 78125 iterations each) returned the sum of the first
// 65535·128 elements; the strided loop is now unrolled (wgsl-reduce.ts, LOOP_BUDGET). References are
// computed at module load, before any pipeline exists (README, WebGPU).
// Tolerance: an f32 accumulation of n terms in [0, 1) has a relative error of at most about n·2^-24 in
// the worst case; with 128 strided partials of n/128 terms and a tree of 7 levels the bound is
// (n/128 + 7)·2^-24 relative to the sum of |x| — we assert |got - want| <= (n/128 + 7)·2^-24·Σ|x|.
import { expect } from 'chai';
import { Array, jit, np } from '../../src/index.js';
import { gpuDescribe, IN_ADAPTER_PROCESS, randomF32 } from './gpu-env.js';

const U = 2 ** -24;
interface Case { readonly name: string; readonly shape: number[]; readonly data: Float32Array; readonly want: Float64Array; readonly bound: Float64Array; readonly axis?: number }

function rowSums(data: Float32Array, rows: number, cols: number): [Float64Array, Float64Array] {
  const want = new Float64Array(rows);
  const bound = new Float64Array(rows);
  for (let r = 0; r < rows; r++) {
    let s = 0;
    let a = 0;
    for (let c = 0; c < cols; c++) { const v = data[r * cols + c]!; s += v; a += Math.abs(v); }
    want[r] = s;
    bound[r] = (Math.ceil(cols / 128) + 7) * U * a + 1e-30;
  }
  return [want, bound];
}

function full(name: string, n: number, seed: number, lo = 0): Case {
  const data = randomF32([n], lo, 1, seed).data as Float32Array;
  const [want, bound] = rowSums(data, 1, n);
  return { name, shape: [n], data, want, bound };
}

function rows(name: string, r: number, c: number, seed: number): Case {
  const data = randomF32([r, c], -1, 1, seed).data as Float32Array;
  const [want, bound] = rowSums(data, r, c);
  return { name, shape: [r, c], data, want, bound, axis: 1 };
}

const CASES: Case[] = IN_ADAPTER_PROCESS ? [
  full('sum of 1e7 uniform [0,1)', 1e7, 11),
  full('sum of 3·65536·128+5 uniform [0,1)', 3 * 65536 * 128 + 5, 12),
  full('sum of 65535·128+1 in [-1,1)', 65535 * 128 + 1, 13, -1),
  full('sum of 1e6 uniform [0,1)', 1e6, 14),
  rows('row sums of 70001×33', 70001, 33, 15),
  rows('row sums of 3×3000001', 3, 3000001, 16),
] : [];

gpuDescribe('large reductions on the webgpu device vs a float64 host sum', () => {
  for (const c of CASES) {
    it(c.name, async () => {
      const f = jit((x: Array) => (c.axis === undefined ? np.sum(x) : np.sum(x, c.axis)), { device: 'webgpu' });
      const x = np.array(c.data, { device: 'webgpu' }).reshape(c.shape) as Array;
      const t0 = performance.now();
      const y = f(x) as Array;
      const got = await y.data();
      const ms = performance.now() - t0;
      if (c.shape.length === 1 && c.shape[0]! >= 1e7) console.log(`      ${c.name}: ${ms.toFixed(0)} ms (incl. first compile)`);
      expect(got.length).to.equal(c.want.length);
      for (let k = 0; k < c.want.length; k++) {
        const err = Math.abs(got[k]! - c.want[k]!);
        if (!(err <= c.bound[k]!)) expect.fail(`${c.name}[${k}]: got ${got[k]}, want ${c.want[k]} (|err| ${err} > ${c.bound[k]})`);
      }
      x.dispose(); y.dispose();
    });
  }
});
