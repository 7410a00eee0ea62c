// scatter_add on the webgpu device as shaders (src/lower/wgsl-scatter.ts: a copy of the operand, then
// atomic adds; a compare-exchange loop for f32) instead of a read-back: against the reference
// interpreter, through jit(f, {device: 'webgpu'}). Sums of integer-valued floats are exact in any order,
// so the collision cases (100 000 updates into 4 slots: a lost update would show) compare exactly;
// others within 1e-5 of the sum of the magnitudes added (colliding f32 adds land in an unspecified
// order, as on JAX's GPU backend). References and lowering at module load (the SwiftShader note: README).
import { expect } from 'chai';
import { Array, grad, interpret, jit, lax, makeJaxpr, np } from '../../src/index.js';
import type { Tensor } from '../../src/ir/core.js';
import type { ScatterDimensionNumbers } from '../../src/ir/primitives.js';
import { rng } from '../helpers/rng.js';
import { tensor } from '../helpers/tensors.js';
import { gpuDescribe, IN_ADAPTER_PROCESS } from './gpu-env.js';

type V = Parameters<typeof lax.neg>[0];

const ints = (shape: number[], lo: number, hi: number, seed: number): Tensor => { const r = rng(seed); return tensor('i32', shape, () => lo + Math.floor(r() * (hi - lo))); };
const floats = (shape: number[], seed: number): Tensor => { const r = rng(seed); return tensor('f32', shape, () => r() * 4 - 2); };

/** Rows: update row n goes to operand row idx[n] (the VJP of taking rows). */
const ROWS: ScatterDimensionNumbers = { update_window_dims: [1], inserted_window_dims: [0], scatter_dims_to_operand_dims: [0], operand_batching_dims: [], scatter_indices_batching_dims: [] };
/** Windows of 2 rows starting at idx[n]. */
const WINDOWS: ScatterDimensionNumbers = { update_window_dims: [1, 2], inserted_window_dims: [], scatter_dims_to_operand_dims: [0], operand_batching_dims: [], scatter_indices_batching_dims: [] };
/** Elements of a 1-D operand. */
const ELEMENTS: ScatterDimensionNumbers = { update_window_dims: [], inserted_window_dims: [0], scatter_dims_to_operand_dims: [0], operand_batching_dims: [], scatter_indices_batching_dims: [] };
/** Per batch row b: operand[b, idx[b, n]] += upd[b, n] (what vmap of a take's VJP gives). */
const BATCHED: ScatterDimensionNumbers = { update_window_dims: [], inserted_window_dims: [1], scatter_dims_to_operand_dims: [1], operand_batching_dims: [0], scatter_indices_batching_dims: [0] };

interface Case { readonly name: string; readonly fn: (...a: V[]) => unknown; readonly inputs: readonly Tensor[]; readonly gpuSteps: boolean; readonly exact: boolean }

const CASES: readonly Case[] = [
  { name: 'rows with repeated indices (an embedding gradient), f32', fn: (x, i, u) => lax.scatterAdd(x, i, u, ROWS), inputs: [floats([50, 8], 1), ints([200, 1], 0, 50, 2), floats([200, 8], 3)], gpuSteps: true, exact: false },
  { name: 'rows, clip mode: out-of-range starts clamp to the first and last row', fn: (x, i, u) => lax.scatterAdd(x, i, u, ROWS, { mode: 'clip' }), inputs: [floats([6, 3], 4), tensor('i32', [5, 1], (k) => [-3, 60, 2, 5, 0][k]!), floats([5, 3], 5)], gpuSteps: true, exact: false },
  { name: 'windows of 2 rows, fill mode: a window that does not fit is dropped', fn: (x, i, u) => lax.scatterAdd(x, i, u, WINDOWS), inputs: [floats([10, 4], 6), tensor('i32', [6, 1], (k) => [0, 8, 9, -1, 3, 3][k]!), floats([6, 2, 4], 7)], gpuSteps: true, exact: false },
  { name: 'windows of 2 rows, clip mode', fn: (x, i, u) => lax.scatterAdd(x, i, u, WINDOWS, { mode: 'clip' }), inputs: [floats([10, 4], 8), tensor('i32', [6, 1], (k) => [0, 8, 9, -1, 3, 3][k]!), floats([6, 2, 4], 9)], gpuSteps: true, exact: false },
  { name: '100 000 integer-valued f32 updates into 4 slots (contended compare-exchange, exact)', fn: (x, i, u) => lax.scatterAdd(x, i, u, ELEMENTS), inputs: [tensor('f32', [4], (k) => k - 1.5), ints([100000, 1], 0, 4, 10), tensor('f32', [100000], (k) => (k % 7) - 3)], gpuSteps: true, exact: true },
  { name: 'i32 wraps, collisions', fn: (x, i, u) => lax.scatterAdd(x, i, u, ELEMENTS), inputs: [tensor('i32', [5], (k) => [2147483647, -2147483648, 0, 7, -1][k]!), ints([40, 1], 0, 5, 11), tensor('i32', [40], (k) => (k % 3 ? 2147483000 : -99))], gpuSteps: true, exact: true },
  { name: 'u32 wraps, collisions', fn: (x, i, u) => lax.scatterAdd(x, i, u, ELEMENTS), inputs: [tensor('u32', [3], (k) => [4294967295, 0, 12345][k]!), ints([30, 1], 0, 3, 12), tensor('u32', [30], (k) => (k * 2654435761) >>> 0)], gpuSteps: true, exact: true },
  { name: 'NaN and ±Inf updates (Inf + -Inf is NaN in any order)', fn: (x, i, u) => lax.scatterAdd(x, i, u, ELEMENTS), inputs: [tensor('f32', [4], (k) => [0, -0, 1, 2][k]!), tensor('i32', [6, 1], (k) => [0, 1, 1, 2, 3, 3][k]!), tensor('f32', [6], (k) => [NaN, Infinity, -Infinity, -0, Infinity, 5][k]!)], gpuSteps: true, exact: true },
  { name: 'batching dims (vmap of a take VJP)', fn: (x, i, u) => lax.scatterAdd(x, i, u, BATCHED), inputs: [floats([3, 10], 13), ints([3, 5, 1], 0, 10, 14), floats([3, 5], 15)], gpuSteps: true, exact: false },
  { name: 'no updates: the operand is copied', fn: (x, i, u) => lax.scatterAdd(x, i, u, ROWS), inputs: [floats([5, 8], 16), tensor('i32', [0, 1], () => 0), tensor('f32', [0, 8], () => 0)], gpuSteps: true, exact: true },
  { name: 'kernels before and after the scatter in one call (one pass)', fn: (x, i, u) => lax.add(lax.mul(lax.scatterAdd(lax.mul(x, 2), i, lax.add(u, 1), ROWS), 3), x), inputs: [floats([20, 6], 17), ints([64, 1], 0, 20, 18), floats([64, 6], 19)], gpuSteps: true, exact: false },
  { name: 'grad of a row gather (np.take) with repeated indices', fn: (x, i) => grad((v: V) => np.sum(np.multiply(np.take(v, i as never, 0), 0.5)))(x), inputs: [floats([12, 5], 20), ints([30], 0, 12, 21)], gpuSteps: true, exact: true },
  { name: 'u32 indices: no shaders, the host rule after a read-back', fn: (x, i, u) => lax.scatterAdd(x, i, u, ELEMENTS), inputs: [floats([6], 22), tensor('u32', [9, 1], (k) => (k * 5) % 6), floats([9], 23)], gpuSteps: false, exact: false },
];

const sumAbs = (ts: readonly Tensor[]): number => ts.reduce((a, t) => a + [...t.data].reduce((b, v) => b + (Number.isFinite(v) ? Math.abs(v) : 0), 0), 0);

interface Prepared { readonly c: Case; readonly run: (...a: Array[]) => unknown; readonly want: Tensor; readonly hostSteps: number; readonly cpuHostSteps: number; readonly tol: number }

const prepared: Prepared[] = IN_ADAPTER_PROCESS ? CASES.map((c) => {
  const xs = c.inputs.map((t) => Array.fromTensor({ ...t, data: t.data.slice() }));
  const want = interpret(makeJaxpr(c.fn)(...xs), xs)[0]!.tensor();
  const run = jit(c.fn, { device: 'webgpu' });
  const hostSteps = run.lower(...xs).compile({ device: 'webgpu' }).stats().hostSteps;
  const cpuHostSteps = jit(c.fn).lower(...xs).compile().stats().hostSteps;
  xs.forEach((x) => x.dispose());
  return { c, run: run as unknown as (...a: Array[]) => unknown, want, hostSteps, cpuHostSteps, tol: 1e-5 * Math.max(1, sumAbs(c.inputs)) };
}) : [];

gpuDescribe('scatter_add as shaders on webgpu (copy, then atomic adds)', (dev) => {
  it('a call with kernels before and after a scatter is one submit (no read-back in the middle)', async () => {
    const p = prepared.find((q) => q.c.name.startsWith('kernels before and after'))!;
    const q = dev().device.queue;
    const submit = q.submit.bind(q);
    let n = 0;
    q.submit = (cbs: Iterable<GPUCommandBuffer>) => { n++; submit(cbs); };
    try {
      const xs = p.c.inputs.map((t) => Array.fromTensor({ ...t, data: t.data.slice() }, false, 'webgpu'));
      n = 0;
      const y = p.run(...xs) as Array;
      expect(n).to.equal(1);
      await y.data();
      expect(n).to.equal(2); // + data()'s copy
      [...xs, y].forEach((a) => a.dispose());
    } finally {
      q.submit = submit;
    }
  });

  for (const p of prepared) {
    it(p.c.name, async () => {
      expect(p.cpuHostSteps, 'host steps on cpu (the scatter is a host step of the plan)').to.equal(1);
      expect(p.hostSteps, 'host steps on webgpu').to.equal(p.c.gpuSteps ? 0 : 1);
      const xs = p.c.inputs.map((t) => Array.fromTensor({ ...t, data: t.data.slice() }, false, 'webgpu'));
      const y = p.run(...xs) as Array;
      const got = await y.data();
      xs.forEach((x) => x.dispose()); y.dispose();
      expect([...y.shape]).to.deep.equal([...p.want.shape]);
      if (p.c.exact) expect([...got].map(String)).to.deep.equal([...p.want.data].map(String));
      else p.want.data.forEach((w, i) => {
        const g = got[i]!;
        if (!Number.isFinite(w)) expect(String(g), `[${i}]`).to.equal(String(w));
        else expect(Math.abs(g - w), `[${i}]: ${g} vs ${w}`).to.be.at.most(p.tol);
      });
    });
  }
});
