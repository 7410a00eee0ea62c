// Transpose rules of the slicing and indexing primitives (jax/_src/lax/slicing.py, lax.py): slice, pad,
// concatenate, dynamic_slice, dynamic_update_slice, gather, scatter_add. Imports only src/ir.
import type { Atom } from '../core.js';
import type { GatherDimensionNumbers, ScatterDimensionNumbers } from '../primitives.js';
import type { Tangent } from './tangent.js';
import { isUndefined, isZero, zero } from './tangent.js';
import type { TransposeRule } from './transpose-rules-types.js';
import type { In } from './transpose-rules-helpers.js';
import { defined, linearInFirst, range } from './transpose-rules-helpers.js';

type PadConfig = (readonly [number, number, number])[];

/** x̄ = pad(ct, 0, (start, dim − real limit, stride − 1)): JAX's `_slice_transpose_rule`. */
export const sliceT = linearInFirst('slice', (b, ct, x, p) => {
  const dims = x.aval.shape;
  const strides = p.strides;
  const config: PadConfig = p.start_indices.map((s, i) => {
    if (!strides || strides.every((st) => st === 1)) return [s, dims[i]! - p.limit_indices[i]!, 0];
    const n = ct.aval.shape[i]!;
    const realLimit = s + (n === 0 ? 0 : 1 + (n - 1) * strides[i]!);
    return [s, dims[i]! - realLimit, strides[i]! - 1];
  });
  return b.pad(ct, 0, config);
});

/**
 * operand: un-pad ct (negative lo/hi) then take every (interior+1)-th element; padding value:
 * sum(ct) − sum(operand ct), the mass that landed on padding (JAX's `_pad_transpose`).
 */
export const padT: TransposeRule<'pad'> = (b, cts, [x, pv], p) => {
  const ct = cts[0]!;
  if (isZero(ct)) return [isUndefined(x!) ? zero(x!.aval) : null, isUndefined(pv!) ? zero(pv!.aval) : null];
  const unpadded = b.pad(ct, 0, p.padding_config.map(([lo, hi]) => [-lo, -hi, 0] as const));
  const rank = unpadded.aval.shape.length;
  const tOperand = b.slice(unpadded, new Array<number>(rank).fill(0), unpadded.aval.shape, p.padding_config.map((c) => c[2] + 1));
  const total = (a: Atom): Atom => b.reduceSum(a, range(0, a.aval.shape.length));
  return [
    isUndefined(x!) ? tOperand : null,
    isUndefined(pv!) ? b.sub(total(ct), total(tOperand)) : null,
  ];
};

/** Each undefined operand gets its piece of ct along the concatenated dimension. */
export const concatenateT: TransposeRule<'concatenate'> = (b, cts, inputs, p) => {
  const ct = cts[0]!;
  const d = p.dimension;
  let start = 0;
  return inputs.map((x: In): Tangent | null => {
    const n = x.aval.shape[d]!;
    const s = start;
    start += n;
    if (!isUndefined(x)) return null;
    if (isZero(ct)) return zero(x.aval);
    const lo = ct.aval.shape.map((_, i) => (i === d ? s : 0));
    const hi = ct.aval.shape.map((e, i) => (i === d ? s + n : e));
    return b.slice(ct, lo, hi);
  });
};

/** x̄ = dynamic_update_slice(zeros, ct, starts): the same (clamped) window. */
export const dynamicSliceT = linearInFirst('dynamic_slice', (b, ct, x, _p, starts) =>
  b.dynamicUpdateSlice(b.full(x.aval.shape, 0, x.aval.dtype), ct, starts));

/** operand: dus(ct, zeros of the update's shape); update: dynamic_slice(ct) at the same starts. */
export const dynamicUpdateSliceT: TransposeRule<'dynamic_update_slice'> = (b, cts, [x, u, ...idx]) => {
  const starts = idx.map((i) => defined('dynamic_update_slice', i, 'start indices'));
  const ct = cts[0]!;
  const upd = u!.aval.shape;
  const operandCt = (): Tangent => (isZero(ct) ? zero(x!.aval) : b.dynamicUpdateSlice(ct, b.full(upd, 0, ct.aval.dtype, !!ct.aval.weak), starts));
  const updateCt = (): Tangent => (isZero(ct) ? zero(u!.aval) : b.dynamicSlice(ct, starts, upd));
  return [isUndefined(x!) ? operandCt() : null, isUndefined(u!) ? updateCt() : null, ...starts.map(() => null)];
};

/** x̄ = scatter_add(zeros, indices, ct) with the matching dimension numbers and mode. */
export const gatherT = linearInFirst('gather', (b, ct, x, p, [indices]) => {
  const dn = p.dimension_numbers;
  const sdn: ScatterDimensionNumbers = {
    update_window_dims: dn.offset_dims,
    inserted_window_dims: dn.collapsed_slice_dims,
    scatter_dims_to_operand_dims: dn.start_index_map,
    operand_batching_dims: dn.operand_batching_dims,
    scatter_indices_batching_dims: dn.start_indices_batching_dims,
  };
  return b.scatterAdd(b.full(x.aval.shape, 0, ct.aval.dtype, !!ct.aval.weak), indices!, ct, sdn, p.mode);
});

/** operand: ct; updates: gather of ct with the matching dimension numbers, windows of the updates' size. */
export const scatterAddT: TransposeRule<'scatter_add'> = (b, cts, [x, idx, u], p) => {
  const indices = defined('scatter_add', idx, 'indices');
  const ct = cts[0]!;
  const dn = p.dimension_numbers;
  const updatesCt = (): Tangent => {
    if (isZero(ct)) return zero(u!.aval);
    const gdn: GatherDimensionNumbers = {
      offset_dims: dn.update_window_dims,
      collapsed_slice_dims: dn.inserted_window_dims,
      start_index_map: dn.scatter_dims_to_operand_dims,
      operand_batching_dims: dn.operand_batching_dims,
      start_indices_batching_dims: dn.scatter_indices_batching_dims,
    };
    let pos = 0;
    const sizes = ct.aval.shape.map((_, i) =>
      dn.inserted_window_dims.includes(i) || dn.operand_batching_dims.includes(i) ? 1 : u!.aval.shape[dn.update_window_dims[pos++]!]!);
    return b.gather(ct, indices, gdn, sizes, p.mode, p.mode === 'fill' ? 0 : null);
  };
  return [isUndefined(x!) ? (isZero(ct) ? zero(x!.aval) : ct) : null, null, isUndefined(u!) ? updatesCt() : null];
};
