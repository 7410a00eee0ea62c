// np indexing and ordering: take (via gather), sort, argsort. Imports np-core, lax, convert; must not import
// other np-*.ts.
import { avalStr, isInt } from '../ir/dtype.js';
import type { GatherMode } from '../ir/primitives.js';
import type { Operand } from './bind.js';
import { describe, fromNested } from './convert.js';
import type { ArrayLike, Out, Out2, Value } from './np-core.js';
import { arg, typed, fail, normAxis, rangeN, value } from './np-core.js';
import * as lax from './lax.js';

type X = ArrayLike;

export interface TakeOptions {
  /** 'clip' (default) clamps out-of-bounds indices; 'fill' yields NaN (floats) or 0 for them. */
  readonly mode?: GatherMode;
}

/** Indices as an integer operand: nested JS arrays become int32, negative indices wrap once (numpy). */
function indexOperand(api: string, indices: unknown, n: number): Value {
  const raw: Operand = globalThis.Array.isArray(indices) ? fromNested(`np.${api}`, indices, 'i32') : arg(api, indices, 'indices');
  if (!isInt(raw.aval.dtype)) fail(api, 'dtype/index', 'indices must be integers', describe(raw), 'an int32 or uint32 array');
  const idx = value(raw);
  if (idx.aval.dtype === 'u32') return idx;
  // jnp's _normalize_index: i < 0 ? i + n : i.
  return lax.select(lax.lt(idx, 0), lax.add(idx, n), idx);
}

/** take(x, indices, axis?): numpy's take; flattened when `axis` is absent; out-of-bounds indices clamp. */
export function take<A extends X, B extends X>(x: A, indices: B, axis?: number | null, o: TakeOptions = {}): Out2<A, B> {
  return typed(takeValue(x, indices, axis, o));
}
function takeValue(x: X, indices: X, axis: number | null | undefined, o: TakeOptions): Value {
  let xo = value(arg('take', x));
  if (axis === undefined || axis === null) xo = lax.reshape(xo, [xo.size]);
  const ax = normAxis('take', axis ?? 0, xo);
  const mode = o.mode ?? 'clip';
  if (mode !== 'clip' && mode !== 'fill') fail('take', 'args/invalid', 'mode must be clip or fill', JSON.stringify(mode), "'clip' or 'fill'");
  const n = xo.aval.shape[ax]!;
  const idx = indexOperand('take', indices, n);
  if (n === 0 && idx.size > 0) fail('take', 'index/out-of-range', 'cannot take from an empty axis', `axis ${ax} of ${avalStr(xo.aval)}`, 'a non-empty axis');
  const ir = idx.aval.shape.length;
  const r = xo.aval.shape.length;
  const sliceSizes = xo.aval.shape.map((d, i) => (i === ax ? Math.min(1, d) : d));
  const dnums = {
    offset_dims: [...rangeN(ax), ...rangeN(r - ax - 1, ax + ir)],
    collapsed_slice_dims: [ax],
    start_index_map: [ax],
    operand_batching_dims: [],
    start_indices_batching_dims: [],
  };
  const idx1 = lax.broadcastInDim(idx, [...idx.aval.shape, 1], rangeN(ir));
  return lax.gather(xo, idx1, dnums, sliceSizes, { mode, fillValue: null });
}

function sortAxis(api: string, x: X, axis: number | null | undefined): [Value, number] {
  let xo = value(arg(api, x));
  if (axis === null) xo = lax.reshape(xo, [xo.size]);
  if (xo.aval.shape.length === 0) fail(api, 'shape/rank', 'cannot sort a rank-0 array', avalStr(xo.aval), 'an array of rank ≥ 1');
  return [xo, normAxis(api, axis ?? -1, xo)];
}

/** sort(x, axis = -1): ascending (NaNs last); axis null sorts the flattened array. */
export function sort<T extends X>(x: T, axis: number | null = -1): Out<T> {
  return typed(sortValue(x, axis));
}
function sortValue(x: X, axis: number | null): Value {
  const [xo, ax] = sortAxis('sort', x, axis);
  const out = lax.sort(xo, { dimension: ax, isStable: true, numKeys: 1 });
  return globalThis.Array.isArray(out) ? out[0]! : out;
}

/** argsort(x, axis = -1): the stable sort of (x, iota) by x; returns the permutation (int32). */
export function argsort<T extends X>(x: T, axis: number | null = -1): Out<T> {
  return typed(argsortValue(x, axis));
}
function argsortValue(x: X, axis: number | null): Value {
  const [xo, ax] = sortAxis('argsort', x, axis);
  const iota = lax.broadcastedIota('int32', xo.aval.shape, ax);
  const outs = lax.sort([xo, iota], { dimension: ax, isStable: true, numKeys: 1 });
  return globalThis.Array.isArray(outs) ? outs[1]! : outs;
}
