// Evaluation rules of the layout primitives (broadcast, reshape, transpose, squeeze, rev, slice, pad,
// concatenate, iota) and the strided-view helpers the other structural rule files share.
// Imports only src/ir (eval-types, core, dtype, primitives); must not import eval.ts or other rule files.
import type { Aval } from './dtype.js';
import type { Tensor, TypedArray } from './core.js';
import type { EvalCtx, EvalRule } from './eval-types.js';
import { allocTensor, strides } from './eval-types.js';

/**
 * Copies the view `src[srcOff + Σ i_d·srcStr_d]` into `dst[dstOff + Σ i_d·dstStr_d]` for every
 * multi-index i of `shape` (row-major). Strides may be 0 (broadcast) or negative (rev). Every layout
 * primitive is one or a few such copies.
 */
export function copyStrided(
  src: TypedArray, srcOff: number, srcStr: readonly number[],
  dst: TypedArray, dstOff: number, dstStr: readonly number[],
  shape: readonly number[],
): void {
  const n = shape.reduce((a, b) => a * b, 1);
  if (n === 0 || dst.length === 0) return;
  const r = shape.length;
  const idx = new Array<number>(r).fill(0);
  let s = srcOff;
  let d = dstOff;
  for (let k = 0; k < n; k++) {
    dst[d] = src[s];
    for (let ax = r - 1; ax >= 0; ax--) {
      if (++idx[ax] < shape[ax]) { s += srcStr[ax]; d += dstStr[ax]; break; }
      idx[ax] = 0;
      s -= srcStr[ax] * (shape[ax] - 1);
      d -= dstStr[ax] * (shape[ax] - 1);
    }
  }
}

/** The flat offsets `Σ i_d·str_d` of every multi-index i of `shape`, row-major. */
export function viewOffsets(shape: readonly number[], str: readonly number[]): Float64Array {
  const n = shape.reduce((a, b) => a * b, 1);
  const out = new Float64Array(n);
  const r = shape.length;
  const idx = new Array<number>(r).fill(0);
  let o = 0;
  for (let k = 0; k < n; k++) {
    out[k] = o;
    for (let ax = r - 1; ax >= 0; ax--) {
      if (++idx[ax] < shape[ax]) { o += str[ax]; break; }
      idx[ax] = 0;
      o -= str[ax] * (shape[ax] - 1);
    }
  }
  return out;
}

/** Strides of `shape` restricted to `dims`, and their sizes: the view of a tensor over some of its axes. */
export function subView(shape: readonly number[], dims: readonly number[]): { sizes: number[]; str: number[] } {
  const st = strides(shape);
  return { sizes: dims.map((d) => shape[d]), str: dims.map((d) => st[d]) };
}

/** The axes 0..rank-1 not in `dims`, in increasing order. */
export function complement(rank: number, dims: readonly number[]): number[] {
  const out: number[] = [];
  for (let d = 0; d < rank; d++) if (!dims.includes(d)) out.push(d);
  return out;
}

/** A fresh output whose data is a plain copy of `x` (same element order): reshape, squeeze. */
function copyAs(x: Tensor, oa: Aval, ctx: EvalCtx): Tensor {
  const out = allocTensor(oa, ctx);
  if (out.data.length > 0) out.data.set(x.data);
  return out;
}

// out[i] = x[j] with j_k = i_{bd_k}, or 0 where x's dim k is 1 (stretched).
const broadcastInDim: EvalRule<'broadcast_in_dim'> = ([x], p, [oa], ctx) => {
  const out = allocTensor(oa, ctx);
  const xs = strides(x.shape);
  const vs = oa.shape.map(() => 0);
  p.broadcast_dimensions.forEach((d, k) => { if (x.shape[k] !== 1) vs[d] = xs[k]; });
  copyStrided(x.data, 0, vs, out.data, 0, strides(oa.shape), oa.shape);
  return [out];
};

const reshape: EvalRule<'reshape'> = ([x], _p, [oa], ctx) => [copyAs(x, oa, ctx)];

// out[i] = x[j] with j_{perm_d} = i_d.
const transpose: EvalRule<'transpose'> = ([x], p, [oa], ctx) => {
  const out = allocTensor(oa, ctx);
  const xs = strides(x.shape);
  copyStrided(x.data, 0, p.permutation.map((d) => xs[d]), out.data, 0, strides(oa.shape), oa.shape);
  return [out];
};

const squeeze: EvalRule<'squeeze'> = ([x], _p, [oa], ctx) => [copyAs(x, oa, ctx)];

// out[i] = x[j] with j_d = n_d - 1 - i_d on the reversed dims.
const rev: EvalRule<'rev'> = ([x], p, [oa], ctx) => {
  const out = allocTensor(oa, ctx);
  const xs = strides(x.shape);
  let off = 0;
  const vs = xs.map((s, d) => {
    if (!p.dimensions.includes(d)) return s;
    off += (x.shape[d] - 1) * s;
    return -s;
  });
  copyStrided(x.data, off, vs, out.data, 0, strides(oa.shape), oa.shape);
  return [out];
};

// out[i] = x[start + i·stride].
const slice: EvalRule<'slice'> = ([x], p, [oa], ctx) => {
  const out = allocTensor(oa, ctx);
  const xs = strides(x.shape);
  const step = p.strides ?? xs.map(() => 1);
  const off = p.start_indices.reduce((a, s, d) => a + s * xs[d], 0);
  copyStrided(x.data, off, xs.map((s, d) => s * step[d]), out.data, 0, strides(oa.shape), oa.shape);
  return [out];
};

/** Fills `t` with the scalar `v`. */
function fill(t: Tensor, v: number): void {
  if (t.data.length > 0) t.data.fill(v);
}

// Element j of x lands at lo + j·(interior + 1); positions outside [0, out) are cut (negative lo/hi).
const pad: EvalRule<'pad'> = ([x, pv], p, [oa], ctx) => {
  const out = allocTensor(oa, ctx);
  fill(out, pv.data[0] ?? 0);
  const xs = strides(x.shape);
  const os = strides(oa.shape);
  let srcOff = 0;
  let dstOff = 0;
  const sizes: number[] = [];
  const dstStr: number[] = [];
  p.padding_config.forEach(([lo, , interior], d) => {
    const step = interior + 1;
    const first = Math.max(0, Math.ceil(-lo / step));
    const end = Math.min(x.shape[d], Math.floor((oa.shape[d] - 1 - lo) / step) + 1);
    sizes.push(Math.max(0, end - first));
    srcOff += first * xs[d];
    dstOff += (lo + first * step) * os[d];
    dstStr.push(step * os[d]);
  });
  if (sizes.every((s) => s > 0)) copyStrided(x.data, srcOff, xs, out.data, dstOff, dstStr, sizes);
  return [out];
};

// Each operand is copied into its block along `dimension`.
const concatenate: EvalRule<'concatenate'> = (xs, p, [oa], ctx) => {
  const out = allocTensor(oa, ctx);
  const os = strides(oa.shape);
  let at = 0;
  for (const x of xs) {
    copyStrided(x.data, 0, strides(x.shape), out.data, at * os[p.dimension], os, x.shape);
    at += x.shape[p.dimension];
  }
  return [out];
};

// out[i] = i_dimension.
const iota: EvalRule<'iota'> = (_xs, p, [oa], ctx) => {
  const out = allocTensor(oa, ctx);
  const st = strides(oa.shape)[p.dimension] ?? 1;
  const n = oa.shape[p.dimension] ?? 1;
  for (let i = 0; i < out.data.length; i++) out.data[i] = Math.floor(i / st) % n;
  return [out];
};

export const layoutEvalRules = {
  broadcast_in_dim: broadcastInDim,
  reshape,
  transpose,
  squeeze,
  rev,
  slice,
  pad,
  concatenate,
  iota,
} as const;
