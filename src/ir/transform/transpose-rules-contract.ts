// Transpose rules of the contractions and windowed reductions (jax/_src/lax/lax.py, convolution.py,
// windowed_reductions.py): dot_general, conv_general_dilated, reduce_window_sum and the max-pooling
// pair. Imports only src/ir.
import type { Atom } from '../core.js';
import type { Aval } from '../dtype.js';
import { size } from '../dtype.js';
import type { Emitter } from '../emitter.js';
import { InternalError } from '../errors.js';
import type { ConvDimensionNumbers, Pair, Params } from '../primitives.js';
import type { Tangent } from './tangent.js';
import { isUndefined, isZero, zero } from './tangent.js';
import type { TransposeRule } from './transpose-rules-types.js';
import { argsort, linearInFirst, range, remaining } from './transpose-rules-helpers.js';

type DotDims = Params['dot_general']['dimension_numbers'];
type ConvParams = Params['conv_general_dilated'];

/** A rule bilinear in (lhs, rhs): exactly one operand is undefined, the other known. */
function bilinearRule<P extends 'dot_general' | 'conv_general_dilated'>(
  prim: P,
  lhsT: (b: Emitter, ct: Atom, lhs: Aval, rhs: Atom, p: Params[P]) => Tangent,
  rhsT: (b: Emitter, ct: Atom, lhs: Atom, rhs: Aval, p: Params[P]) => Tangent,
): TransposeRule<P> {
  return (b, cts, [x, y], p) => {
    const ct = cts[0]!;
    if (isUndefined(x!) && isUndefined(y!)) throw new InternalError(`transpose: ${prim} of two linear operands is not linear`);
    if (isUndefined(x!)) return [isZero(ct) ? zero(x.aval) : lhsT(b, ct, x.aval, y as Atom, p), null];
    if (isUndefined(y!)) return [null, isZero(ct) ? zero(y.aval) : rhsT(b, ct, x as Atom, y.aval, p)];
    return [null, null];
  };
}

/**
 * x̄ for dot_general(x, y): ct contracted with y over y's free dims (and batched over the batch
 * dims), then transposed back to x's dim order (JAX's `_dot_general_transpose_lhs`). With
 * `swapAns`, ct's free dims are (y's, x's): the rhs case, where the roles are swapped.
 */
function dotTransposeLhs(b: Emitter, ct: Atom, x: Aval, y: Atom, dn: DotDims, pet: Params['dot_general']['preferred_element_type'], swapAns: boolean): Atom {
  const [[xc, yc], [xb, yb]] = dn;
  const xKept = remaining(x.shape.length, xc, xb);
  const yKept = remaining(y.aval.shape.length, yc, yb);
  const nb = xb.length;
  const ansY = swapAns ? range(nb, nb + yKept.length) : range(nb + xKept.length, nb + xKept.length + yKept.length);
  const dims: DotDims = [[ansY, yKept], [range(0, nb), yb]];
  const xcSortedByY = argsort(yc).map((i) => xc[i]!);
  const outAxes = argsort([...xb, ...xKept, ...xcSortedByY]);
  const xBar = b.transpose(b.dotGeneral(ct, y, dims, pet), outAxes);
  return xBar.aval.dtype === x.dtype ? xBar : b.convert(xBar, x.dtype, !!x.weak);
}

/** lhs: (ct · rhs) over rhs's free dims; rhs: the same with the operands' roles swapped. */
export const dotGeneralT = bilinearRule(
  'dot_general',
  (b, ct, x, y, p) => dotTransposeLhs(b, ct, x, y, p.dimension_numbers, p.preferred_element_type, false),
  (b, ct, x, y, p) => {
    const [[xc, yc], [xb, yb]] = p.dimension_numbers;
    return dotTransposeLhs(b, ct, y, x, [[yc, xc], [yb, xb]], p.preferred_element_type, true);
  },
);

const dilateShape = (s: readonly number[], d: readonly number[]): number[] => s.map((n, i) => (n === 0 ? 0 : 1 + d[i]! * (n - 1)));
const take = (s: readonly number[], idx: readonly number[]): number[] => idx.map((i) => s[i]!);
const specT = (s: readonly number[]): number[] => [s[1]!, s[0]!, ...s.slice(2)];

/** The padding of the transposed (lhs-gradient) conv: JAX's `_conv_general_vjp_lhs_padding`. */
export function convVjpLhsPadding(
  inShape: readonly number[], window: readonly number[], strides: readonly number[], outShape: readonly number[],
  padding: readonly Pair[], lhsDilation: readonly number[], rhsDilation: readonly number[],
): Pair[] {
  const ld = dilateShape(inShape, lhsDilation);
  const rd = dilateShape(window, rhsDilation);
  const od = dilateShape(outShape, strides);
  return ld.map((l, i) => {
    const before = rd[i]! - padding[i]![0] - 1;
    return [before, l + rd[i]! - 1 - od[i]! - before] as const;
  });
}

/** The padding of the rhs-gradient conv: JAX's `_conv_general_vjp_rhs_padding`. */
export function convVjpRhsPadding(
  inShape: readonly number[], window: readonly number[], strides: readonly number[], outShape: readonly number[],
  padding: readonly Pair[], lhsDilation: readonly number[], rhsDilation: readonly number[],
): Pair[] {
  const ld = dilateShape(inShape, lhsDilation);
  const rd = dilateShape(window, rhsDilation);
  const od = dilateShape(outShape, strides);
  return padding.map(([lo], i) => [lo, od[i]! - ld[i]! + rd[i]! - lo - 1] as const);
}

/** Splits axis `src` into (size1, rest): JAX's `_reshape_axis_out_of`. */
function reshapeAxisOutOf(b: Emitter, src: number, size1: number, x: Atom): Atom {
  const shape = [...x.aval.shape];
  shape.splice(src, 1, size1, shape[src]! / size1);
  return b.reshape(x, shape);
}

/** Merges axis `src` into axis `dst` (numbered with `src` removed) as its major part: `_reshape_axis_into`. */
function reshapeAxisInto(b: Emitter, src: number, dst: number, x: Atom): Atom {
  const perm = range(0, x.aval.shape.length).filter((i) => i !== src);
  perm.splice(dst, 0, src);
  const shape = x.aval.shape.filter((_, i) => i !== src);
  shape[dst] = shape[dst]! * x.aval.shape[src]!;
  return b.reshape(b.transpose(x, perm), shape);
}

/** lhs̄: ct convolved with the spatially reversed kernel, I/O swapped (JAX's `_conv_general_dilated_transpose_lhs`). */
function convTransposeLhs(b: Emitter, ct: Atom, lhs: Aval, rhs: Atom, p: ConvParams): Atom {
  const { lhs_spec: ls, rhs_spec: rs, out_spec: os } = p.dimension_numbers;
  const groups = Math.max(p.feature_group_count, p.batch_group_count);
  let w = rhs;
  if (groups > 1) w = reshapeAxisInto(b, rs[0]!, rs[1]!, reshapeAxisOutOf(b, rs[0]!, groups, w));
  const dn: ConvDimensionNumbers = { lhs_spec: os, rhs_spec: specT(rs), out_spec: ls };
  const padding = convVjpLhsPadding(take(lhs.shape, ls.slice(2)), take(w.aval.shape, rs.slice(2)), p.window_strides,
    take(ct.aval.shape, os.slice(2)), p.padding, p.lhs_dilation, p.rhs_dilation);
  let out = b.conv(ct, b.rev(w, rs.slice(2)), {
    window_strides: p.lhs_dilation, padding, lhs_dilation: p.window_strides, rhs_dilation: p.rhs_dilation,
    dimension_numbers: dn, feature_group_count: groups, batch_group_count: 1, preferred_element_type: p.preferred_element_type,
  });
  if (p.batch_group_count > 1) out = reshapeAxisInto(b, ls[1]!, ls[0]!, reshapeAxisOutOf(b, ls[1]!, p.batch_group_count, out));
  return out.aval.dtype === lhs.dtype ? out : b.convert(out, lhs.dtype, !!lhs.weak);
}

/** rhs̄: lhs convolved with ct, batch acting as the contracted feature, strides ↔ rhs_dilation (`_transpose_rhs`). */
function convTransposeRhs(b: Emitter, ct: Atom, lhs: Atom, rhs: Aval, p: ConvParams): Tangent {
  if (size(ct.aval.shape) === 0) return zero(rhs);
  const { lhs_spec: ls, rhs_spec: rs, out_spec: os } = p.dimension_numbers;
  const dn: ConvDimensionNumbers = { lhs_spec: specT(ls), rhs_spec: specT(os), out_spec: specT(rs) };
  const padding = convVjpRhsPadding(take(lhs.aval.shape, ls.slice(2)), take(rhs.shape, rs.slice(2)), p.window_strides,
    take(ct.aval.shape, os.slice(2)), p.padding, p.lhs_dilation, p.rhs_dilation);
  const out = b.conv(lhs, ct, {
    window_strides: p.rhs_dilation, padding, lhs_dilation: p.lhs_dilation, rhs_dilation: p.window_strides,
    dimension_numbers: dn,
    // feature groups become batch groups and vice versa
    feature_group_count: p.batch_group_count, batch_group_count: p.feature_group_count,
    preferred_element_type: p.preferred_element_type,
  });
  return out.aval.dtype === rhs.dtype ? out : b.convert(out, rhs.dtype, !!rhs.weak);
}

export const convT = bilinearRule('conv_general_dilated', convTransposeLhs, convTransposeRhs);

/** Pad ct by the window's padding (interior strides − 1), then sum windows striding by base_dilation. */
export const reduceWindowSumT = linearInFirst('reduce_window_sum', (b, ct, x, p) => {
  const pads = convVjpLhsPadding(x.aval.shape, p.window_dimensions, p.window_strides, ct.aval.shape, p.padding, p.base_dilation, p.window_dilation);
  const padded = b.pad(ct, 0, pads.map(([lo, hi], i) => [lo, hi, p.window_strides[i]! - 1] as const));
  const ones = x.aval.shape.map(() => 1);
  return b.reduceWindowSum(padded, {
    window_dimensions: p.window_dimensions, window_strides: p.base_dilation, padding: ones.map(() => [0, 0] as const),
    base_dilation: ones, window_dilation: p.window_dilation,
  });
});

/** Linear in the tangents: scatter ct back to each window's max (same window params). */
export const selectAndGatherAddT = linearInFirst('select_and_gather_add', (b, ct, _x, p, [operand]) =>
  b.bind1('select_and_scatter_add', [ct, operand!], p));

/** Linear in the source: gather ct at each window's max (same window params). */
export const selectAndScatterAddT = linearInFirst('select_and_scatter_add', (b, ct, _x, p, [operand]) =>
  b.bind1('select_and_gather_add', [ct, operand!], p));
