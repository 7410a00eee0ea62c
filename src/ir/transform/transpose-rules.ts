// transposeRules: the transpose rule of every linear primitive (JAX's ad.primitive_transposes), and an
// explicit notLinear for the others; elementwise, layout, scan and jit rules live here, indexing and
// contraction rules in transpose-rules-indexing.ts and transpose-rules-contract.ts. Imports only src/ir.
import type { Atom } from '../core.js';
import type { Emitter } from '../emitter.js';
import { InternalError } from '../errors.js';
import type { Prim } from '../primitives.js';
import type { Tangent } from './tangent.js';
import { instantiate, isUndefined, isZero, zero } from './tangent.js';
import { transposeJaxpr } from './transpose.js';
import type { NotLinear, TransposeRule } from './transpose-rules-types.js';
import { notLinear } from './transpose-rules-types.js';
import type { In } from './transpose-rules-helpers.js';
import { argsort, defined, expandDims, linearInFirst, perUndefined, remaining } from './transpose-rules-helpers.js';
import {
  concatenateT, dynamicSliceT, dynamicUpdateSliceT, gatherT, padT, scatterAddT, sliceT,
} from './transpose-rules-indexing.js';
import {
  convT, dotGeneralT, reduceWindowSumT, selectAndGatherAddT, selectAndScatterAddT,
} from './transpose-rules-contract.js';

const elementwise = (name: string) => notLinear(`${name} is not linear`);
const comparison = notLinear('comparisons have boolean outputs');
const bitwise = notLinear('bitwise and logical ops act on integers and booleans');
const piecewiseConstant = (name: string) => notLinear(`${name} is piecewise constant: its tangent is zero`);

/** A rule of a primitive bilinear in (x, y): transposed wrt the one undefined operand, the other known. */
function bilinear(prim: Prim, f: (b: Emitter, ct: Atom, x: In, y: In) => [Tangent | null, Tangent | null]): TransposeRule<'mul' | 'div'> {
  return (b, cts, [x, y]) => {
    if (isUndefined(x!) && isUndefined(y!)) throw new InternalError(`transpose: ${prim} of two linear operands is not linear`);
    const ct = cts[0]!;
    if (isZero(ct)) return [x!.kind === 'undefined' ? zero(x!.aval) : null, y!.kind === 'undefined' ? zero(y!.aval) : null];
    return f(b, ct, x!, y!);
  };
}

// ct·y summed down to x's shape (and symmetrically): JAX's `_mul_transpose`.
const mulT = bilinear('mul', (b, ct, x, y) => isUndefined(x)
  ? [b.unbroadcast(b.mul(ct, defined('mul', y, 'other operand')), x.aval), null]
  : [null, isUndefined(y) ? b.unbroadcast(b.mul(x, ct), y.aval) : null]);

// x/y is linear in x only: x̄ = unbroadcast(ct/y).
const divT = bilinear('div', (b, ct, x, y) => {
  if (!isUndefined(x)) throw new InternalError('transpose: div is linear in its numerator only');
  return [b.unbroadcast(b.div(ct, defined('div', y, 'denominator')), x.aval), null];
});

/** select_n(which, cases...): case i gets ct where which == i, else 0 (JAX's `_select_transpose_rule`). */
const selectNT: TransposeRule<'select_n'> = (b, cts, [which, ...cases]) => {
  const w = defined('select_n', which, 'selector');
  const ct = cts[0]!;
  let zeros: Atom | undefined;
  const z = (c: Atom): Atom => (zeros ??= b.zeros(c.aval));
  const outs = perUndefined(cases, ct, (c, _x, i) => {
    if (w.aval.dtype === 'bool') return i === 0 ? b.selectN(w, c, z(c)) : b.selectN(w, z(c), c);
    return b.selectN(b.eq(w, i), z(c), c);
  });
  return [null, ...outs];
};

/** A jit's transpose is a jit of its body's transpose, taking (known inputs..., cts...). */
const jitT: TransposeRule<'jit'> = (b, cts, inputs, params) => {
  const mask = inputs.map(isUndefined);
  const body = transposeJaxpr(params.jaxpr, mask);
  const known = inputs.filter((x): x is Atom => !isUndefined(x));
  const outs = b.bind('jit', [...known, ...cts.map((ct) => instantiate(b, ct))], { name: params.name, jaxpr: body });
  let k = 0;
  return inputs.map((x) => (isUndefined(x) ? outs[k++]! : null));
};

/** The transpose rule of each primitive (see TransposeRule), or why it has none. */
export const transposeRules: { readonly [P in Prim]: TransposeRule<P> | NotLinear } = {
  // -x is its own transpose
  neg: linearInFirst('neg', (b, ct) => b.neg(ct)),
  abs: elementwise('abs'),
  sign: piecewiseConstant('sign'),
  exp: elementwise('exp'),
  log: elementwise('log'),
  log1p: elementwise('log1p'),
  expm1: elementwise('expm1'),
  sin: elementwise('sin'),
  cos: elementwise('cos'),
  tan: elementwise('tan'),
  tanh: elementwise('tanh'),
  logistic: elementwise('logistic'),
  sqrt: elementwise('sqrt'),
  rsqrt: elementwise('rsqrt'),
  floor: piecewiseConstant('floor'),
  ceil: piecewiseConstant('ceil'),
  round: piecewiseConstant('round'),
  erf: elementwise('erf'),
  erf_inv: elementwise('erf_inv'),
  is_finite: notLinear('is_finite has a boolean output'),
  not: bitwise,
  integer_pow: elementwise('integer_pow'),
  pow: elementwise('pow'),
  // x + y: both get ct, summed down to their shapes
  add: (b, cts, inputs) => perUndefined(inputs, cts[0]!, (ct, x) => b.unbroadcast(ct, x.aval)),
  // tangent addition: both get ct
  add_any: (_b, cts, inputs) => perUndefined(inputs, cts[0]!, (ct) => ct),
  // x − y: x̄ = ct, ȳ = −ct, summed down to their shapes
  sub: (b, cts, inputs) => perUndefined(inputs, cts[0]!, (ct, x, i) => b.unbroadcast(i === 0 ? ct : b.neg(ct), x.aval)),
  // x·y with one side known: x̄ = ct·y
  mul: mulT,
  // x/y with y known: x̄ = ct/y
  div: divT,
  rem: elementwise('rem'),
  max: elementwise('max'),
  min: elementwise('min'),
  atan2: elementwise('atan2'),
  eq: comparison,
  ne: comparison,
  lt: comparison,
  le: comparison,
  gt: comparison,
  ge: comparison,
  and: bitwise,
  or: bitwise,
  xor: bitwise,
  shift_left: bitwise,
  shift_right_logical: bitwise,
  shift_right_arithmetic: bitwise,
  // case i gets select(which == i, ct, 0)
  select_n: selectNT,
  // float → float conversion: convert ct back; an integer input's cotangent is a float0 zero
  convert_element_type: linearInFirst('convert_element_type', (b, ct, x) =>
    x.aval.dtype !== 'f32' || ct.aval.dtype !== 'f32' ? zero(x.aval) : b.convert(ct, x.aval.dtype, !!x.aval.weak)),
  bitcast_convert_type: notLinear('bitcast_convert_type reinterprets bits'),
  // sum over the new and the expanded size-1 dims, then expand_dims back
  broadcast_in_dim: linearInFirst('broadcast_in_dim', (b, ct, x, p) => {
    const unit = x.aval.shape.map((_, i) => i).filter((i) => x.aval.shape[i] === 1);
    const kept = p.broadcast_dimensions.filter((_, i) => !unit.includes(i));
    return expandDims(b, b.reduceSum(ct, remaining(p.shape.length, kept)), unit);
  }),
  // reshape back
  reshape: linearInFirst('reshape', (b, ct, x) => b.reshape(ct, x.aval.shape)),
  // transpose by the inverse permutation
  transpose: linearInFirst('transpose', (b, ct, _x, p) => b.transpose(ct, argsort(p.permutation))),
  // expand_dims back
  squeeze: linearInFirst('squeeze', (b, ct, _x, p) => expandDims(b, ct, [...p.dimensions].sort((a, c) => a - c))),
  // rev is its own transpose
  rev: linearInFirst('rev', (b, ct, _x, p) => b.rev(ct, p.dimensions)),
  // broadcast ct back over the reduced axes
  reduce_sum: linearInFirst('reduce_sum', (b, ct, x, p) =>
    p.axes.length === 0 ? ct : b.broadcastInDim(ct, x.aval.shape, remaining(x.aval.shape.length, p.axes))),
  reduce_max: elementwise('reduce_max'),
  reduce_min: elementwise('reduce_min'),
  reduce_prod: elementwise('reduce_prod'),
  argmax: notLinear('argmax has an integer output'),
  argmin: notLinear('argmin has an integer output'),
  // pad ct by the window's padding, then sum windows with strides = base_dilation
  reduce_window_sum: reduceWindowSumT,
  reduce_window_max: elementwise('reduce_window_max'),
  // linear in tangents: select_and_scatter_add(ct, operand)
  select_and_gather_add: selectAndGatherAddT,
  // linear in source: select_and_gather_add(ct, operand)
  select_and_scatter_add: selectAndScatterAddT,
  // dot of ct with the other operand, then a transpose to restore dim order
  dot_general: dotGeneralT,
  // lhs: conv of ct with the reversed kernel; rhs: conv of lhs with ct
  conv_general_dilated: convT,
  // pad ct with zeros back to the operand
  slice: sliceT,
  // operand: un-pad and stride ct; padding value: sum(ct) − sum(operand ct)
  pad: padT,
  // slice ct into the operands' pieces
  concatenate: concatenateT,
  // dynamic_update_slice of ct into zeros
  dynamic_slice: dynamicSliceT,
  // operand: ct with the window zeroed; update: ct's window
  dynamic_update_slice: dynamicUpdateSliceT,
  // scatter_add of ct into zeros
  gather: gatherT,
  // operand: ct; updates: gather of ct
  scatter_add: scatterAddT,
  iota: notLinear('iota has no inputs'),
  // cumsum with the direction flipped
  cumsum: linearInFirst('cumsum', (b, ct, _x, p) => b.cumsum(ct, p.axis, !p.reverse)),
  sort: notLinear('sort is not linear'),
  stop_gradient: notLinear('stop_gradient has a zero tangent: it never reaches the linear path'),
  threefry2x32: notLinear('threefry2x32 has integer outputs'),
  random_bits: notLinear('random_bits has integer outputs'),
  // transpose the body
  jit: jitT,
};
