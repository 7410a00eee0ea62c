// Evaluation rules of the layout and indexing primitives and sort: values from numpy (pasted), by hand.
import { expect } from 'chai';
import type { Tensor } from '../../src/ir/core.js';
import type { DType } from '../../src/ir/dtype.js';
import type { EvalCtx, EvalRule } from '../../src/ir/eval-types.js';
import { F32_CTX, F64_CTX, tensorFrom } from '../../src/ir/eval-types.js';
import type { Params } from '../../src/ir/primitives.js';
import { structuralEvalRules, type StructuralPrim } from '../../src/ir/eval-structural.js';

const T = (shape: number[], dtype: DType, values: ArrayLike<number>): Tensor => tensorFrom(shape, dtype, values, F32_CTX);
const S = (v: number): Tensor => T([], 'i32', [v]);
const arange = (n: number, scale = 1): number[] => Array.from({ length: n }, (_, i) => i * scale);

function run<P extends StructuralPrim>(
  prim: P, inputs: Tensor[], params: Params[P], outShape: number[], outDtype?: DType, ctx: EvalCtx = F32_CTX,
): Tensor {
  const rule = structuralEvalRules[prim] as EvalRule<P>;
  const outs = rule(inputs, params, [{ shape: outShape, dtype: outDtype ?? inputs[0].dtype }], ctx);
  expect(outs[0].shape).to.deep.equal(outShape);
  return outs[0];
}
const vals = (t: Tensor): number[] => Array.from(t.data);

describe('eval rules: layout', () => {
  it('broadcast_in_dim stretches size-1 dims, maps dims, and broadcasts scalars', () => {
    const x = T([3], 'f32', [1, 2, 3]);
    expect(vals(run('broadcast_in_dim', [x], { shape: [2, 3], broadcast_dimensions: [1] }, [2, 3]))).to.deep.equal([1, 2, 3, 1, 2, 3]);
    expect(vals(run('broadcast_in_dim', [x], { shape: [3, 2], broadcast_dimensions: [0] }, [3, 2]))).to.deep.equal([1, 1, 2, 2, 3, 3]);
    const col = T([2, 1], 'i32', [7, 8]);
    expect(vals(run('broadcast_in_dim', [col], { shape: [2, 3], broadcast_dimensions: [0, 1] }, [2, 3]))).to.deep.equal([7, 7, 7, 8, 8, 8]);
    expect(vals(run('broadcast_in_dim', [T([], 'bool', [1])], { shape: [2, 2], broadcast_dimensions: [] }, [2, 2]))).to.deep.equal([1, 1, 1, 1]);
    expect(vals(run('broadcast_in_dim', [x], { shape: [0, 3], broadcast_dimensions: [1] }, [0, 3]))).to.deep.equal([]);
  });

  it('reshape and squeeze keep row-major order', () => {
    const x = T([2, 3], 'u32', [1, 2, 3, 4, 5, 0xffffffff]);
    expect(vals(run('reshape', [x], { new_sizes: [3, 2] }, [3, 2]))).to.deep.equal([1, 2, 3, 4, 5, 0xffffffff]);
    expect(vals(run('squeeze', [T([1, 3, 1], 'f32', [4, 5, 6])], { dimensions: [0, 2] }, [3]))).to.deep.equal([4, 5, 6]);
    expect(vals(run('reshape', [T([1], 'f32', [2.5])], { new_sizes: [] }, []))).to.deep.equal([2.5]);
  });

  it('transpose permutes axes (numpy x.transpose(2, 0, 1))', () => {
    const out = run('transpose', [T([2, 3, 4], 'i32', arange(24))], { permutation: [2, 0, 1] }, [4, 2, 3]);
    expect(vals(out)).to.deep.equal([0, 4, 8, 12, 16, 20, 1, 5, 9, 13, 17, 21, 2, 6, 10, 14, 18, 22, 3, 7, 11, 15, 19, 23]);
  });

  it('rev reverses the given dims only', () => {
    const x = T([2, 3], 'f32', arange(6));
    expect(vals(run('rev', [x], { dimensions: [1] }, [2, 3]))).to.deep.equal([2, 1, 0, 5, 4, 3]);
    expect(vals(run('rev', [x], { dimensions: [0, 1] }, [2, 3]))).to.deep.equal([5, 4, 3, 2, 1, 0]);
    expect(vals(run('rev', [x], { dimensions: [] }, [2, 3]))).to.deep.equal([0, 1, 2, 3, 4, 5]);
  });

  it('slice with strides (numpy a[1:8:3], y[0:3:2, 1:4:2])', () => {
    expect(vals(run('slice', [T([10], 'i32', arange(10))], { start_indices: [1], limit_indices: [8], strides: [3] }, [3]))).to.deep.equal([1, 4, 7]);
    const y = T([3, 4], 'f32', arange(12));
    expect(vals(run('slice', [y], { start_indices: [0, 1], limit_indices: [3, 4], strides: [2, 2] }, [2, 2]))).to.deep.equal([1, 3, 9, 11]);
    expect(vals(run('slice', [y], { start_indices: [1, 1], limit_indices: [2, 3], strides: null }, [1, 2]))).to.deep.equal([5, 6]);
    expect(vals(run('slice', [y], { start_indices: [2, 0], limit_indices: [2, 4], strides: null }, [0, 4]))).to.deep.equal([]);
  });

  it('pad with negative lo/hi and interior padding (numpy-built lax.pad)', () => {
    const out1 = run('pad', [T([3], 'f32', [1, 2, 3]), T([], 'f32', [9])], { padding_config: [[-1, 2, 1]] }, [6]);
    expect(vals(out1)).to.deep.equal([9, 2, 9, 3, 9, 9]);
    const y = T([3, 4], 'f32', arange(12));
    const out2 = run('pad', [y, T([], 'f32', [-1])], { padding_config: [[1, -1, 0], [-1, 2, 1]] }, [3, 8]);
    expect(vals(out2)).to.deep.equal([
      -1, -1, -1, -1, -1, -1, -1, -1,
      -1, 1, -1, 2, -1, 3, -1, -1,
      -1, 5, -1, 6, -1, 7, -1, -1,
    ]);
    // Everything cut away but padding, and padding of an empty array.
    expect(vals(run('pad', [T([2], 'i32', [1, 2]), S(7)], { padding_config: [[-3, 2, 0]] }, [1]))).to.deep.equal([7]);
    expect(vals(run('pad', [T([0], 'i32', []), S(7)], { padding_config: [[1, 1, 3]] }, [2]))).to.deep.equal([7, 7]);
  });

  it('concatenate along an inner dimension, with an empty operand', () => {
    const a = T([2, 1], 'i32', [1, 2]);
    const b = T([2, 2], 'i32', [3, 4, 5, 6]);
    const e = T([2, 0], 'i32', []);
    expect(vals(run('concatenate', [a, e, b], { dimension: 1 }, [2, 3]))).to.deep.equal([1, 3, 4, 2, 5, 6]);
    expect(vals(run('concatenate', [b, b], { dimension: 0 }, [4, 2]))).to.deep.equal([3, 4, 5, 6, 3, 4, 5, 6]);
  });

  it('iota counts along its dimension in the requested dtype', () => {
    expect(vals(run('iota', [], { dtype: 'i32', shape: [2, 3], dimension: 1 }, [2, 3], 'i32'))).to.deep.equal([0, 1, 2, 0, 1, 2]);
    expect(vals(run('iota', [], { dtype: 'f32', shape: [2, 3], dimension: 0 }, [2, 3], 'f32'))).to.deep.equal([0, 0, 0, 1, 1, 1]);
    expect(run('iota', [], { dtype: 'u32', shape: [4], dimension: 0 }, [4], 'u32').data).to.be.instanceOf(Uint32Array);
  });
});

describe('eval rules: dynamic slicing', () => {
  const x5 = T([5], 'i32', arange(5));
  it('dynamic_slice clamps starts into [0, dim - size]', () => {
    expect(vals(run('dynamic_slice', [x5, S(4)], { slice_sizes: [2] }, [2]))).to.deep.equal([3, 4]);
    expect(vals(run('dynamic_slice', [x5, S(-3)], { slice_sizes: [2] }, [2]))).to.deep.equal([0, 1]);
    expect(vals(run('dynamic_slice', [x5, S(1)], { slice_sizes: [3] }, [3]))).to.deep.equal([1, 2, 3]);
    const y = T([3, 4], 'f32', arange(12));
    expect(vals(run('dynamic_slice', [y, S(2), S(1)], { slice_sizes: [2, 2] }, [2, 2]))).to.deep.equal([5, 6, 9, 10]);
  });

  it('dynamic_update_slice clamps the same way and leaves the operand untouched', () => {
    const out = run('dynamic_update_slice', [x5, T([2], 'i32', [-1, -2]), S(10)], {}, [5]);
    expect(vals(out)).to.deep.equal([0, 1, 2, -1, -2]);
    expect(vals(x5)).to.deep.equal([0, 1, 2, 3, 4]);
    const y = T([2, 3], 'f32', arange(6));
    expect(vals(run('dynamic_update_slice', [y, T([1, 2], 'f32', [8, 9]), S(-1), S(1)], {}, [2, 3]))).to.deep.equal([0, 8, 9, 3, 4, 5]);
  });
});

describe('eval rules: gather', () => {
  const dn = (offset_dims: number[], collapsed_slice_dims: number[], start_index_map: number[], ob: number[] = [], ib: number[] = []) =>
    ({ offset_dims, collapsed_slice_dims, start_index_map, operand_batching_dims: ob, start_indices_batching_dims: ib });

  it('x[i] with a 2-D index array (numpy)', () => {
    const x = T([5, 3], 'f32', arange(15, 1.5));
    const idx = T([2, 2, 1], 'i32', [4, 0, 2, 2]);
    const out = run('gather', [x, idx], { dimension_numbers: dn([2], [0], [0]), slice_sizes: [1, 3], mode: 'clip', fill_value: null }, [2, 2, 3]);
    expect(vals(out)).to.deep.equal([18, 19.5, 21, 0, 1.5, 3, 9, 10.5, 12, 9, 10.5, 12]);
  });

  it('x[:, i] (numpy)', () => {
    const x = T([3, 5], 'f32', arange(15));
    const idx = T([4, 1], 'i32', [4, 0, 3, 3]);
    const out = run('gather', [x, idx], { dimension_numbers: dn([0], [1], [1]), slice_sizes: [3, 1], mode: 'clip', fill_value: null }, [3, 4]);
    expect(vals(out)).to.deep.equal([4, 0, 3, 3, 9, 5, 8, 8, 14, 10, 13, 13]);
  });

  it('x[i, j] with batched index arrays (numpy)', () => {
    const x = T([4, 5], 'f32', arange(20));
    const idx = T([2, 3, 2], 'i32', [0, 4, 3, 0, 1, 1, 2, 2, 2, 3, 0, 4]);
    const out = run('gather', [x, idx], { dimension_numbers: dn([], [0, 1], [0, 1]), slice_sizes: [1, 1], mode: 'clip', fill_value: null }, [2, 3]);
    expect(vals(out)).to.deep.equal([4, 15, 6, 12, 13, 4]);
  });

  it('embedding lookup: clip clamps out-of-range ids, fill gives NaN rows', () => {
    const table = T([4, 2], 'f32', [0, 1, 10, 11, 20, 21, 30, 31]);
    const ids = T([3, 1], 'i32', [2, 9, -1]);
    const params = { dimension_numbers: dn([1], [0], [0]), slice_sizes: [1, 2] } as const;
    expect(vals(run('gather', [table, ids], { ...params, mode: 'clip', fill_value: null }, [3, 2]))).to.deep.equal([20, 21, 30, 31, 0, 1]);
    const filled = vals(run('gather', [table, ids], { ...params, mode: 'fill', fill_value: null }, [3, 2]));
    expect(filled.slice(0, 2)).to.deep.equal([20, 21]);
    expect(filled.slice(2).every(Number.isNaN)).to.equal(true);
    expect(vals(run('gather', [table, ids], { ...params, mode: 'fill', fill_value: -5 }, [3, 2]))).to.deep.equal([20, 21, -5, -5, -5, -5]);
  });

  it('scalar index: arange(5)[10] clips to 4; integer fill defaults to INT32_MIN', () => {
    const x = T([5], 'i32', arange(5));
    const p = { dimension_numbers: dn([], [0], [0]), slice_sizes: [1] } as const;
    expect(vals(run('gather', [x, T([1], 'i32', [10])], { ...p, mode: 'clip', fill_value: null }, []))).to.deep.equal([4]);
    expect(vals(run('gather', [x, T([1], 'i32', [10])], { ...p, mode: 'fill', fill_value: null }, []))).to.deep.equal([-0x80000000]);
  });

  it('windows wider than one clamp as a whole (clip) or fill as a whole (fill)', () => {
    const x = T([10], 'f32', arange(10));
    const p = { dimension_numbers: dn([1], [], [0]), slice_sizes: [3] } as const;
    const idx = T([2, 1], 'i32', [8, 2]);
    expect(vals(run('gather', [x, idx], { ...p, mode: 'clip', fill_value: null }, [2, 3]))).to.deep.equal([7, 8, 9, 2, 3, 4]);
    const f = vals(run('gather', [x, idx], { ...p, mode: 'fill', fill_value: null }, [2, 3]));
    expect(f.slice(0, 3).every(Number.isNaN)).to.equal(true);
    expect(f.slice(3)).to.deep.equal([2, 3, 4]);
  });

  it('operand batching dims: out[b] = x[b, idx[b]]', () => {
    const x = T([2, 3], 'f32', [0, 1, 2, 10, 11, 12]);
    const idx = T([2, 1], 'i32', [2, 0]);
    const out = run('gather', [x, idx], { dimension_numbers: dn([], [1], [1], [0], [0]), slice_sizes: [1, 1], mode: 'clip', fill_value: null }, [2]);
    expect(vals(out)).to.deep.equal([2, 10]);
  });
});

describe('eval rules: scatter_add', () => {
  const dn = (update_window_dims: number[], inserted_window_dims: number[], sd: number[], ob: number[] = [], ib: number[] = []) =>
    ({ update_window_dims, inserted_window_dims, scatter_dims_to_operand_dims: sd, operand_batching_dims: ob, scatter_indices_batching_dims: ib });

  it('x.at[i].add(u) accumulates repeated indices', () => {
    const out = run('scatter_add', [T([5], 'f32', [1, 1, 1, 1, 1]), T([3, 1], 'i32', [1, 3, 1]), T([3], 'f32', [10, 20, 30])],
      { dimension_numbers: dn([], [0], [0]), mode: 'fill' }, [5]);
    expect(vals(out)).to.deep.equal([1, 41, 1, 21, 1]);
  });

  it('row updates; fill drops out-of-bounds rows, clip clamps them', () => {
    const op = T([3, 2], 'i32', [0, 0, 0, 0, 0, 0]);
    const idx = T([3, 1], 'i32', [0, 7, 2]);
    const upd = T([3, 2], 'i32', [1, 2, 3, 4, 5, 6]);
    expect(vals(run('scatter_add', [op, idx, upd], { dimension_numbers: dn([1], [0], [0]), mode: 'fill' }, [3, 2]))).to.deep.equal([1, 2, 0, 0, 5, 6]);
    expect(vals(run('scatter_add', [op, idx, upd], { dimension_numbers: dn([1], [0], [0]), mode: 'clip' }, [3, 2]))).to.deep.equal([1, 2, 0, 0, 8, 10]);
  });

  it('a window that only partly fits is dropped whole in fill mode', () => {
    const op = T([4], 'f32', [0, 0, 0, 0]);
    const idx = T([1, 1], 'i32', [3]);
    const upd = T([1, 2], 'f32', [5, 6]);
    expect(vals(run('scatter_add', [op, idx, upd], { dimension_numbers: dn([1], [], [0]), mode: 'fill' }, [4]))).to.deep.equal([0, 0, 0, 0]);
    expect(vals(run('scatter_add', [op, idx, upd], { dimension_numbers: dn([1], [], [0]), mode: 'clip' }, [4]))).to.deep.equal([0, 0, 5, 6]);
  });

  it('operand batching dims: out[b, idx[b]] += u[b]', () => {
    const op = T([2, 3], 'f32', arange(6));
    const out = run('scatter_add', [op, T([2, 1], 'i32', [2, 0]), T([2], 'f32', [100, 200])],
      { dimension_numbers: dn([], [1], [1], [0], [0]), mode: 'clip' }, [2, 3]);
    expect(vals(out)).to.deep.equal([0, 1, 102, 203, 4, 5]);
  });
});

describe('eval rules: sort', () => {
  it('orders floats as jax: -inf < ... < -0.0 = 0.0 < ... < inf < NaN, stably', () => {
    const x = T([8], 'f32', [3, NaN, -Infinity, 0, -0, 1, NaN, -1]);
    const pos = T([8], 'i32', arange(8));
    const rule = structuralEvalRules.sort;
    const [k, perm] = rule([x, pos], { dimension: 0, is_stable: true, num_keys: 1 }, [x, pos], F32_CTX);
    expect(vals(perm)).to.deep.equal([2, 7, 3, 4, 5, 0, 1, 6]);
    expect(vals(k).slice(0, 6)).to.deep.equal([-Infinity, -1, 0, -0, 1, 3]);
    expect(Object.is(k.data[2], 0) && Object.is(k.data[3], -0)).to.equal(true);
    expect(Number.isNaN(k.data[6]) && Number.isNaN(k.data[7])).to.equal(true);
  });

  it('argsort keeps ties in order; two keys sort lexicographically', () => {
    const rule = structuralEvalRules.sort;
    const a = T([5], 'i32', [2, 1, 2, 1, 0]);
    const b = T([5], 'f32', [5, 9, 4, 8, 7]);
    const i = T([5], 'i32', arange(5));
    const [, p1] = rule([a, i], { dimension: 0, is_stable: true, num_keys: 1 }, [a, i], F32_CTX);
    expect(vals(p1)).to.deep.equal([4, 1, 3, 0, 2]);
    const [, , p2] = rule([a, b, i], { dimension: 0, is_stable: true, num_keys: 2 }, [a, b, i], F32_CTX);
    expect(vals(p2)).to.deep.equal([4, 3, 1, 2, 0]);
  });

  it('sorts along an inner or outer dimension of a 2-D array; u32 keys unsigned', () => {
    const x = T([2, 3], 'f32', [3, 1, 2, 0, 5, -4]);
    const rule = structuralEvalRules.sort;
    expect(vals(rule([x], { dimension: 1, is_stable: true, num_keys: 1 }, [x], F64_CTX)[0])).to.deep.equal([1, 2, 3, -4, 0, 5]);
    expect(vals(rule([x], { dimension: 0, is_stable: true, num_keys: 1 }, [x], F64_CTX)[0])).to.deep.equal([0, 1, -4, 3, 5, 2]);
    const u = T([3], 'u32', [0xffffffff, 1, 0x80000000]);
    expect(vals(rule([u], { dimension: 0, is_stable: true, num_keys: 1 }, [u], F32_CTX)[0])).to.deep.equal([1, 0x80000000, 0xffffffff]);
  });
});
