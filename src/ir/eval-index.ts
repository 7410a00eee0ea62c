// Evaluation rules of the indexing primitives (dynamic_slice, dynamic_update_slice, gather, scatter_add)
// and of sort. XLA semantics with JAX's dimension numbers (the index vector dim is the last dim of the
// indices). Imports only src/ir; must not import eval.ts.
import type { DType } from './dtype.js';
import type { Tensor } from './core.js';
import type { EvalRule } from './eval-types.js';
import { allocTensor, strides } from './eval-types.js';
import { complement, copyStrided, subView, viewOffsets } from './eval-layout.js';
import { bump, monoid } from './eval-reduce.js';

const clamp = (v: number, lo: number, hi: number): number => Math.min(Math.max(v, lo), hi);

/** Start indices read from rank-0 tensors, clamped to [0, dim - size] as XLA does. */
function clampedStarts(idx: readonly Tensor[], shape: readonly number[], sizes: readonly number[]): number[] {
  return shape.map((n, d) => clamp(idx[d].data[0], 0, n - sizes[d]));
}

// out = x[s : s + slice_sizes], s clamped so the slice fits (dynamic_slice(arange(5), 4, 2) = [3, 4]).
const dynamicSlice: EvalRule<'dynamic_slice'> = ([x, ...idx], p, [oa], ctx) => {
  const out = allocTensor(oa, ctx);
  const xs = strides(x.shape);
  const starts = clampedStarts(idx, x.shape, p.slice_sizes);
  const off = starts.reduce((a, s, d) => a + s * xs[d], 0);
  copyStrided(x.data, off, xs, out.data, 0, strides(oa.shape), oa.shape);
  return [out];
};

// out = x with x[s : s + u.shape] = u, s clamped so the update fits.
const dynamicUpdateSlice: EvalRule<'dynamic_update_slice'> = ([x, u, ...idx], _p, [oa], ctx) => {
  const out = allocTensor(oa, ctx);
  if (out.data.length > 0) out.data.set(x.data);
  const os = strides(oa.shape);
  const starts = clampedStarts(idx, x.shape, u.shape);
  const off = starts.reduce((a, s, d) => a + s * os[d], 0);
  copyStrided(u.data, 0, strides(u.shape), out.data, off, os, u.shape);
  return [out];
};

/** jax's default gather fill: NaN for floats, the minimum for signed, the maximum for unsigned, true for bool. */
function defaultFill(dtype: DType): number {
  return dtype === 'i32' ? -0x80000000 : dtype === 'u32' ? 0xffffffff : dtype === 'bool' ? 1 : NaN;
}

/**
 * The operand start offset of a batch index `g` (a multi-index over the indices' leading dims): starts
 * from the index vector at `g` on `indexMap` dims, g's own coordinates on the batching dims. Gives
 * -1 when a start is out of [0, dim - size] and `clip` is false, else clamps it.
 */
export function startOffsets(
  op: Tensor, idx: Tensor, sizes: readonly number[], clip: boolean,
  indexMap: readonly number[], opBatch: readonly number[], idxBatch: readonly number[],
): (g: readonly number[]) => number {
  const os = strides(op.shape);
  const is = strides(idx.shape);
  const hi = indexMap.map((d) => op.shape[d] - sizes[d]);
  return (g) => {
    let at = 0;
    for (let j = 0; j < g.length; j++) at += g[j] * is[j];
    let off = 0;
    for (let k = 0; k < indexMap.length; k++) {
      const s = idx.data[at + k];
      if (!clip && (s < 0 || s > hi[k])) return -1;
      off += clamp(s, 0, hi[k]) * os[indexMap[k]];
    }
    for (let i = 0; i < opBatch.length; i++) off += g[idxBatch[i]] * os[opBatch[i]];
    return off;
  };
}

/**
 * XLA gather: out[b..., w...] = op[start(idx[b..., :]) + w'], where the batch dims b are the output
 * dims not in offset_dims and w' places the offset coordinates on the operand dims that are neither
 * collapsed nor batching. 'clip' clamps starts so the slice fits; 'fill' fills whole slices whose
 * start is out of bounds with fill_value (jax's `_gather_fill`).
 */
const gather: EvalRule<'gather'> = ([op, idx], p, [oa], ctx) => {
  const dn = p.dimension_numbers;
  const out = allocTensor(oa, ctx);
  if (out.data.length === 0) return [out];
  const batchPos = complement(oa.shape.length, dn.offset_dims);
  const windowDims = complement(op.shape.length, [...dn.collapsed_slice_dims, ...dn.operand_batching_dims]);
  const os = strides(op.shape);
  const fillValue = p.fill_value ?? defaultFill(oa.dtype);
  const startOf = startOffsets(op, idx, p.slice_sizes, p.mode === 'clip',
    dn.start_index_map, dn.operand_batching_dims, dn.start_indices_batching_dims);
  const oIdx = new Array<number>(oa.shape.length).fill(0);
  for (let o = 0; o < out.data.length; o++) {
    const start = startOf(batchPos.map((d) => oIdx[d]));
    let off = start;
    for (let k = 0; k < windowDims.length; k++) off += oIdx[dn.offset_dims[k]] * os[windowDims[k]];
    out.data[o] = start < 0 ? fillValue : op.data[off];
    bump(oIdx, oa.shape);
  }
  return [out];
};

/**
 * XLA scatter with add: for every update index (s..., w...), op[start(idx[s..., :]) + w'] += upd.
 * Window sizes are the updates' window dims (1 on inserted and batching dims). 'clip' clamps starts
 * (jax's `_clamp_scatter_indices`); 'fill' drops a whole window that does not fit, as XLA does.
 */
const scatterAdd: EvalRule<'scatter_add'> = ([op, idx, upd], p, [oa], ctx) => {
  const dn = p.dimension_numbers;
  const out = allocTensor(oa, ctx);
  if (out.data.length === 0) return [out];
  const scatterPos = complement(upd.shape.length, dn.update_window_dims);
  const windowDims = complement(op.shape.length, [...dn.inserted_window_dims, ...dn.operand_batching_dims]);
  const sizes = op.shape.map(() => 1);
  windowDims.forEach((d, k) => { sizes[d] = upd.shape[dn.update_window_dims[k]]; });
  const os = strides(op.shape);
  const { step } = monoid('sum', oa.dtype);
  // Accumulate in double (floats) so repeated indices round once, as a reference should.
  const acc = Float64Array.from(op.data);
  const startOf = startOffsets(op, idx, sizes, p.mode === 'clip',
    dn.scatter_dims_to_operand_dims, dn.operand_batching_dims, dn.scatter_indices_batching_dims);
  const uIdx = new Array<number>(upd.shape.length).fill(0);
  for (let u = 0; u < upd.data.length; u++) {
    const start = startOf(scatterPos.map((d) => uIdx[d]));
    if (start >= 0) {
      let off = start;
      for (let k = 0; k < windowDims.length; k++) off += uIdx[dn.update_window_dims[k]] * os[windowDims[k]];
      acc[off] = step(acc[off], upd.data[u]);
    }
    bump(uIdx, upd.shape);
  }
  out.data.set(acc);
  return [out];
};

/**
 * jax's sort order (`_sort_lt_comparator` over `_float_to_int_for_sort`): -0.0 equals 0.0 and every
 * NaN is equal and greater than +Inf; integers and bools compare by value.
 */
export function compareKeys(a: number, b: number): number {
  if (a !== a) return b !== b ? 0 : 1;
  if (b !== b) return -1;
  return a < b ? -1 : a > b ? 1 : 0;
}

// Along `dimension`, every operand is permuted by the stable sort of the first num_keys operands
// compared lexicographically.
const sort: EvalRule<'sort'> = (xs, p, oas, ctx) => {
  const outs = oas.map((oa) => allocTensor(oa, ctx));
  const shape = xs[0].shape;
  const n = shape[p.dimension];
  const st = strides(shape)[p.dimension];
  const rows = subView(shape, complement(shape.length, [p.dimension]));
  const bases = viewOffsets(rows.sizes, rows.str);
  const keys = xs.slice(0, p.num_keys);
  const perm: number[] = [];
  for (const base of bases) {
    perm.length = 0;
    for (let j = 0; j < n; j++) perm.push(j);
    // Array.prototype.sort is stable (ES2019), which makes ties keep their order.
    perm.sort((i, j) => {
      for (const k of keys) {
        const c = compareKeys(k.data[base + i * st], k.data[base + j * st]);
        if (c !== 0) return c;
      }
      return 0;
    });
    xs.forEach((x, t) => {
      for (let j = 0; j < n; j++) outs[t].data[base + j * st] = x.data[base + perm[j] * st];
    });
  }
  return outs;
};

export const indexEvalRules = {
  dynamic_slice: dynamicSlice,
  dynamic_update_slice: dynamicUpdateSlice,
  gather,
  scatter_add: scatterAdd,
  sort,
} as const;
