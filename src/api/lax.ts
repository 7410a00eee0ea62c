// `lax`: one function per primitive, JAX's lax conventions (no numpy broadcasting or promotion beyond
// JS numbers taking the other operand's dtype). Imports bind and convert.
import type { DType } from '../ir/dtype.js';
import { parseDType } from '../ir/dtype.js';
import { UserError } from '../ir/errors.js';
import type { ConvDimensionNumbers, GatherDimensionNumbers, GatherMode, Pair, Params, ScatterDimensionNumbers } from '../ir/primitives.js';
import type { Operand, Value } from './bind.js';
import { bind, bind1, Scalar } from './bind.js';
import type { ArrayLike } from './convert.js';
import { castScalar, describe, toOperand } from './convert.js';
import { convDimensionNumbers, convPadding } from './lax-conv.js';

type X = ArrayLike;
const op = (api: string, x: X, name?: string): Operand => toOperand(`lax.${api}`, x, name);

type UnaryPrim = 'neg' | 'abs' | 'sign' | 'exp' | 'log' | 'log1p' | 'expm1' | 'sin' | 'cos' | 'tan' | 'tanh' | 'logistic' | 'sqrt' | 'rsqrt' | 'floor' | 'ceil' | 'erf' | 'erf_inv' | 'is_finite' | 'not' | 'stop_gradient';
const unary = (prim: UnaryPrim) => (x: X): Value => bind1(prim, [op(prim, x)], {} as Params[typeof prim]);

/** Binary ops: a JS number takes the dtype of the other operand (weakly), as in JAX. */
type BinaryPrim = 'pow' | 'add' | 'add_any' | 'sub' | 'mul' | 'div' | 'rem' | 'max' | 'min' | 'atan2' | 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge' | 'and' | 'or' | 'xor' | 'shift_left' | 'shift_right_logical' | 'shift_right_arithmetic';
export function binaryOperands(api: string, x: X, y: X): [Operand, Operand] {
  let a = toOperand(api, x, 'x');
  let b = toOperand(api, y, 'y');
  if (a instanceof Scalar && !(b instanceof Scalar)) a = castScalar(a, b.aval.dtype);
  if (b instanceof Scalar && !(a instanceof Scalar)) b = castScalar(b, a.aval.dtype);
  return [a, b];
}
const binary = (prim: BinaryPrim) => (x: X, y: X): Value => bind1(prim, binaryOperands(`lax.${prim}`, x, y), {} as Params[typeof prim]);

export const neg = unary('neg');
export const abs = unary('abs');
export const sign = unary('sign');
export const exp = unary('exp');
export const log = unary('log');
export const log1p = unary('log1p');
export const expm1 = unary('expm1');
export const sin = unary('sin');
export const cos = unary('cos');
export const tan = unary('tan');
export const tanh = unary('tanh');
export const logistic = unary('logistic');
export const sqrt = unary('sqrt');
export const rsqrt = unary('rsqrt');
export const floor = unary('floor');
export const ceil = unary('ceil');
export const erf = unary('erf');
export const erfInv = unary('erf_inv');
export const isFinite = unary('is_finite');
export const not = unary('not');
export const stopGradient = unary('stop_gradient');
/** 0 rounds half away from zero (JAX's default for lax.round), 1 half to even. */
export const round = (x: X, roundingMethod: 0 | 1 = 0): Value => bind1('round', [op('round', x)], { rounding_method: roundingMethod });
export const integerPow = (x: X, y: number): Value => {
  if (!Number.isInteger(y)) throw new UserError('params/invalid', 'lax.integer_pow', 'the exponent must be an integer', String(y), 'an integer');
  return bind1('integer_pow', [op('integer_pow', x)], { y });
};

export const pow = binary('pow');
export const add = binary('add');
export const addAny = binary('add_any');
export const sub = binary('sub');
export const mul = binary('mul');
export const div = binary('div');
export const rem = binary('rem');
export const max = binary('max');
export const min = binary('min');
export const atan2 = binary('atan2');
export const eq = binary('eq');
export const ne = binary('ne');
export const lt = binary('lt');
export const le = binary('le');
export const gt = binary('gt');
export const ge = binary('ge');
export const and = binary('and');
export const or = binary('or');
export const xor = binary('xor');
export const shiftLeft = binary('shift_left');
export const shiftRightLogical = binary('shift_right_logical');
export const shiftRightArithmetic = binary('shift_right_arithmetic');

/** select_n(which, ...cases): cases[which]. A bool `which` picks cases[1] where true. */
export function selectN(which: X, ...cases: X[]): Value {
  const ops = cases.map((c, i) => op('select_n', c, `case ${i}`));
  const dt = ops.find((o) => !(o instanceof Scalar))?.aval.dtype;
  return bind1('select_n', [op('select_n', which, 'which'), ...ops.map((o) => (dt ? castScalar(o, dt) : o))], {});
}
/** JAX's lax.select(pred, onTrue, onFalse). */
export const select = (pred: X, onTrue: X, onFalse: X): Value => selectN(pred, onFalse, onTrue);

export function convertElementType(x: X, dtype: DType | string, weakType = false): Value | Operand {
  const dt = parseDType('lax.convert_element_type', dtype);
  return bind1('convert_element_type', [op('convert_element_type', x)], { new_dtype: dt, weak_type: weakType });
}
export const bitcastConvertType = (x: X, dtype: DType | string): Value =>
  bind1('bitcast_convert_type', [op('bitcast_convert_type', x)], { new_dtype: parseDType('lax.bitcast_convert_type', dtype) });

export const broadcastInDim = (x: X, shape: readonly number[], broadcastDimensions: readonly number[]): Value =>
  bind1('broadcast_in_dim', [op('broadcast_in_dim', x)], { shape: [...shape], broadcast_dimensions: [...broadcastDimensions] });
/** lax.broadcast: prepends `sizes`. */
export function broadcast(x: X, sizes: readonly number[]): Value {
  const o = op('broadcast', x);
  const r = o.aval.shape.length;
  return broadcastInDim(o as Value, [...sizes, ...o.aval.shape], Array.from({ length: r }, (_, i) => i + sizes.length));
}
export const reshape = (x: X, newSizes: readonly number[]): Value => bind1('reshape', [op('reshape', x)], { new_sizes: [...newSizes] });
export const transpose = (x: X, permutation: readonly number[]): Value => bind1('transpose', [op('transpose', x)], { permutation: [...permutation] });
export const squeeze = (x: X, dimensions: readonly number[]): Value => bind1('squeeze', [op('squeeze', x)], { dimensions: [...dimensions] });
/** expand_dims is not a primitive: a reshape inserting size-1 dims. */
export function expandDims(x: X, dimensions: readonly number[]): Value {
  const o = op('expand_dims', x);
  const out = [...o.aval.shape];
  const rank = out.length + dimensions.length;
  for (const d of [...dimensions].map((d) => (d < 0 ? d + rank : d)).sort((a, b) => a - b)) {
    if (d < 0 || d > out.length) throw new UserError('axis/out-of-range', 'lax.expand_dims', 'dimension out of range', String(d), `a dimension in ${-rank}..${rank - 1}`);
    out.splice(d, 0, 1);
  }
  return reshape(o as Value, out);
}
export const rev = (x: X, dimensions: readonly number[]): Value => bind1('rev', [op('rev', x)], { dimensions: [...dimensions] });

export const reduceSum = (x: X, axes: readonly number[]): Value => bind1('reduce_sum', [op('reduce_sum', x)], { axes: [...axes] });
export const reduceMax = (x: X, axes: readonly number[]): Value => bind1('reduce_max', [op('reduce_max', x)], { axes: [...axes] });
export const reduceMin = (x: X, axes: readonly number[]): Value => bind1('reduce_min', [op('reduce_min', x)], { axes: [...axes] });
export const reduceProd = (x: X, axes: readonly number[]): Value => bind1('reduce_prod', [op('reduce_prod', x)], { axes: [...axes] });
export const argmax = (x: X, axis: number, indexDtype: DType | string = 'int32'): Value =>
  bind1('argmax', [op('argmax', x)], { axes: [axis], index_dtype: parseDType('lax.argmax', indexDtype) });
export const argmin = (x: X, axis: number, indexDtype: DType | string = 'int32'): Value =>
  bind1('argmin', [op('argmin', x)], { axes: [axis], index_dtype: parseDType('lax.argmin', indexDtype) });

export interface WindowOptions {
  readonly baseDilation?: readonly number[];
  readonly windowDilation?: readonly number[];
}
function windowParams(api: string, x: Operand, dims: readonly number[], strides: readonly number[], padding: string | readonly Pair[], o: WindowOptions): Params['reduce_window_sum'] {
  const r = x.aval.shape.length;
  const ones = Array.from({ length: r }, () => 1);
  const base = o.baseDilation ?? ones;
  const wdil = o.windowDilation ?? ones;
  const pad = convPadding(api, padding, x.aval.shape, dims, strides, base, wdil);
  return { window_dimensions: [...dims], window_strides: [...strides], padding: pad, base_dilation: [...base], window_dilation: [...wdil] };
}
export function reduceWindowSum(x: X, windowDimensions: readonly number[], windowStrides: readonly number[], padding: string | readonly Pair[] = 'VALID', o: WindowOptions = {}): Value {
  const xo = op('reduce_window_sum', x);
  return bind1('reduce_window_sum', [xo], windowParams('lax.reduce_window_sum', xo, windowDimensions, windowStrides, padding, o));
}
export function reduceWindowMax(x: X, windowDimensions: readonly number[], windowStrides: readonly number[], padding: string | readonly Pair[] = 'VALID', o: WindowOptions = {}): Value {
  const xo = op('reduce_window_max', x);
  return bind1('reduce_window_max', [xo], windowParams('lax.reduce_window_max', xo, windowDimensions, windowStrides, padding, o));
}

/** Max pooling's JVP: per window, the tangent at the operand's largest element. */
export function selectAndGatherAdd(tangents: X, operand: X, windowDimensions: readonly number[], windowStrides: readonly number[], padding: string | readonly Pair[] = 'VALID', o: WindowOptions = {}): Value {
  const xo = op('select_and_gather_add', operand, 'operand');
  return bind1('select_and_gather_add', [op('select_and_gather_add', tangents, 'tangents'), xo], windowParams('lax.select_and_gather_add', xo, windowDimensions, windowStrides, padding, o));
}
/** Max pooling's VJP: each window's source value added where the operand is largest. */
export function selectAndScatterAdd(source: X, operand: X, windowDimensions: readonly number[], windowStrides: readonly number[], padding: string | readonly Pair[] = 'VALID', o: WindowOptions = {}): Value {
  const xo = op('select_and_scatter_add', operand, 'operand');
  return bind1('select_and_scatter_add', [op('select_and_scatter_add', source, 'source'), xo], windowParams('lax.select_and_scatter_add', xo, windowDimensions, windowStrides, padding, o));
}

export type DotDimensionNumbers = Params['dot_general']['dimension_numbers'];
export function dotGeneral(lhs: X, rhs: X, dimensionNumbers: DotDimensionNumbers, o: { preferredElementType?: DType | string } = {}): Value {
  const l = op('dot_general', lhs, 'lhs');
  const r = op('dot_general', rhs, 'rhs');
  const pet = o.preferredElementType ? parseDType('lax.dot_general', o.preferredElementType) : l.aval.dtype;
  return bind1('dot_general', [l, r], { dimension_numbers: dimensionNumbers, preferred_element_type: pet });
}
/** lax.dot: vector·vector, matrix·vector, matrix·matrix. */
export function dot(lhs: X, rhs: X): Value {
  const l = op('dot', lhs, 'lhs');
  const r = op('dot', rhs, 'rhs');
  const lr = l.aval.shape.length;
  const rr = r.aval.shape.length;
  if (lr < 1 || lr > 2 || rr < 1 || rr > 2) {
    throw new UserError('shape/rank', 'lax.dot', 'operands must be vectors or matrices', `${describe(l)} and ${describe(r)}`, 'rank 1 or 2 operands');
  }
  return dotGeneral(l as Value, r as Value, [[[lr - 1], [0]], [[], []]]);
}

export interface ConvOptions {
  readonly lhsDilation?: readonly number[];
  readonly rhsDilation?: readonly number[];
  /** JAX's ('NCHW', 'OIHW', 'NCHW') strings, or explicit specs. Default: NC(spatial), OI(spatial). */
  readonly dimensionNumbers?: readonly [string, string, string] | ConvDimensionNumbers;
  readonly featureGroupCount?: number;
  readonly batchGroupCount?: number;
  readonly preferredElementType?: DType | string;
}
export function convGeneralDilated(lhs: X, rhs: X, windowStrides: readonly number[], padding: string | readonly Pair[], o: ConvOptions = {}): Value {
  const api = 'lax.conv_general_dilated';
  const l = op('conv_general_dilated', lhs, 'lhs');
  const r = op('conv_general_dilated', rhs, 'rhs');
  const dn = convDimensionNumbers(api, l.aval.shape.length, o.dimensionNumbers);
  const nsp = l.aval.shape.length - 2;
  const ones = Array.from({ length: nsp }, () => 1);
  const lhsDil = o.lhsDilation ?? ones;
  const rhsDil = o.rhsDilation ?? ones;
  const spatialIn = dn.lhs_spec.slice(2).map((d) => l.aval.shape[d] ?? 0);
  const spatialK = dn.rhs_spec.slice(2).map((d) => r.aval.shape[d] ?? 0);
  const pad = convPadding(api, padding, spatialIn, spatialK, windowStrides, lhsDil, rhsDil);
  const pet = o.preferredElementType ? parseDType(api, o.preferredElementType) : l.aval.dtype;
  return bind1('conv_general_dilated', [l, r], {
    window_strides: [...windowStrides], padding: pad, lhs_dilation: [...lhsDil], rhs_dilation: [...rhsDil],
    dimension_numbers: dn, feature_group_count: o.featureGroupCount ?? 1, batch_group_count: o.batchGroupCount ?? 1,
    preferred_element_type: pet,
  });
}
/** lax.conv: NCHW input, OIHW kernel. */
export const conv = (lhs: X, rhs: X, windowStrides: readonly number[], padding: string | readonly Pair[]): Value =>
  convGeneralDilated(lhs, rhs, windowStrides, padding);

export function slice(x: X, startIndices: readonly number[], limitIndices: readonly number[], strides: readonly number[] | null = null): Value {
  return bind1('slice', [op('slice', x)], { start_indices: [...startIndices], limit_indices: [...limitIndices], strides: strides ? [...strides] : null });
}
export function pad(x: X, paddingValue: X, paddingConfig: readonly (readonly [number, number, number])[]): Value {
  const xo = op('pad', x);
  const pv = castScalar(op('pad', paddingValue, 'padding value'), xo.aval.dtype);
  return bind1('pad', [xo, pv], { padding_config: paddingConfig.map((c) => [c[0], c[1], c[2]] as const) });
}
export function concatenate(operands: readonly X[], dimension: number): Value {
  if (!Array.isArray(operands) || operands.length === 0) {
    throw new UserError('args/empty', 'lax.concatenate', 'needs at least one operand', describe(operands), 'a non-empty array of arrays');
  }
  return bind1('concatenate', operands.map((x, i) => op('concatenate', x, `operand ${i}`)), { dimension });
}
const index = (api: string, i: X): Operand => castScalar(op(api, i, 'index'), 'i32');
export function dynamicSlice(x: X, startIndices: readonly X[], sliceSizes: readonly number[]): Value {
  return bind1('dynamic_slice', [op('dynamic_slice', x), ...startIndices.map((i) => index('dynamic_slice', i))], { slice_sizes: [...sliceSizes] });
}
export function dynamicUpdateSlice(x: X, update: X, startIndices: readonly X[]): Value {
  return bind1('dynamic_update_slice', [op('dynamic_update_slice', x), op('dynamic_update_slice', update, 'update'), ...startIndices.map((i) => index('dynamic_update_slice', i))], {});
}
export function gather(x: X, indices: X, dimensionNumbers: GatherDimensionNumbers, sliceSizes: readonly number[], o: { mode?: GatherMode; fillValue?: number | null } = {}): Value {
  return bind1('gather', [op('gather', x), op('gather', indices, 'indices')], {
    dimension_numbers: dimensionNumbers, slice_sizes: [...sliceSizes], mode: o.mode ?? 'clip', fill_value: o.fillValue ?? null,
  });
}
export function scatterAdd(x: X, indices: X, updates: X, dimensionNumbers: ScatterDimensionNumbers, o: { mode?: GatherMode } = {}): Value {
  return bind1('scatter_add', [op('scatter_add', x), op('scatter_add', indices, 'indices'), op('scatter_add', updates, 'updates')], {
    dimension_numbers: dimensionNumbers, mode: o.mode ?? 'fill',
  });
}
export const iota = (dtype: DType | string, size: number): Value => broadcastedIota(dtype, [size], 0);
export const broadcastedIota = (dtype: DType | string, shape: readonly number[], dimension: number): Value =>
  bind1('iota', [], { dtype: parseDType('lax.iota', dtype), shape: [...shape], dimension });
export const cumsum = (x: X, axis = 0, reverse = false): Value => bind1('cumsum', [op('cumsum', x)], { axis, reverse });
/** Sorts operands together along `dimension` by the first `numKeys`. */
export function sort(operands: X | readonly X[], o: { dimension?: number; isStable?: boolean; numKeys?: number } = {}): Value | Value[] {
  const single = !Array.isArray(operands) || (operands.length > 0 && typeof operands[0] === 'number');
  const list = single ? [operands as X] : (operands as readonly X[]);
  const ops = list.map((x, i) => op('sort', x, `operand ${i}`));
  const rank = ops[0]?.aval.shape.length ?? 0;
  const outs = bind('sort', ops, { dimension: o.dimension ?? rank - 1, is_stable: o.isStable ?? true, num_keys: o.numKeys ?? 1 });
  return single ? outs[0]! : outs;
}
export const threefry2x32 = (k1: X, k2: X, x1: X, x2: X): Value[] =>
  bind('threefry2x32', [k1, k2, x1, x2].map((x) => castScalar(op('threefry2x32', x), 'u32')), {});
export const randomBits = (key: X, shape: readonly number[]): Value => bind1('random_bits', [op('random_bits', key, 'key')], { bit_width: 32, shape: [...shape] });
