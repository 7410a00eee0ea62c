// np elementwise ops: arithmetic, math functions, comparisons, logical ops, where, clip. numpy broadcasting
// and JAX's dtype promotion come from np-core. Imports np-core, lax, bind; must not import other np-*.ts.
import { isFloat } from '../ir/dtype.js';
import type { Operand } from './bind.js';
import { Scalar, scalar } from './bind.js';
import type { ArrayLike, Value } from './np-core.js';
import { describe } from './convert.js';
import type { BinaryFn, Out, Out2, UnaryFn } from './np-core.js';
import { L, arg, broadcastShapesOf, typed, fail, promote, toDType, toShape, unaryArg, value } from './np-core.js';
import * as lax from './lax.js';

type X = ArrayLike;
type LaxBinary = (x: X, y: X) => Value;

function binaryOp(api: string, f: LaxBinary, o: { inexact?: boolean; bool?: LaxBinary; noBool?: boolean } = {}): BinaryFn {
  return <A extends X, B extends X>(x: A, y: B): Out2<A, B> => typed(binaryValue(api, f, o, x, y));
}
function binaryValue(api: string, f: LaxBinary, o: { inexact?: boolean; bool?: LaxBinary; noBool?: boolean }, x: X, y: X): Value {
  const p = promote(api, [x, y], ['x', 'y'], { inexact: o.inexact });
  if (p.dtype === 'bool' && o.bool) return o.bool(L(p.ops[0]!), L(p.ops[1]!));
  if (p.dtype === 'bool' && o.noBool) fail(api, 'dtype/unsupported', 'is not defined for booleans', `${describe(p.ops[0])} and ${describe(p.ops[1])}`, 'numeric operands', 'Convert with np.astype first');
  return f(L(p.ops[0]!), L(p.ops[1]!));
}

/** A unary op over floats (ints and bools promote to float32, as jnp's promote_args_inexact). */
const floatUnary = (api: string, f: (x: X) => Value): UnaryFn => <T extends X>(x: T): Out<T> => typed(f(L(unaryArg(api, x, true))));

/** A unary op over numbers that keeps the dtype; bool is rejected with a np-named error. */
function numericUnary(api: string, f: (x: X) => Value): UnaryFn {
  return <T extends X>(x: T): Out<T> => {
    const o = unaryArg(api, x);
    if (o.aval.dtype === 'bool') fail(api, 'dtype/unsupported', 'is not defined for booleans', describe(o), 'a numeric array', 'Convert with np.astype first');
    return typed(f(L(o)));
  };
}

export const add = binaryOp('add', lax.add, { bool: lax.or });
export const subtract = binaryOp('subtract', lax.sub, { noBool: true });
export const multiply = binaryOp('multiply', lax.mul, { bool: lax.and });
/** True division: integers promote to float32. */
export const divide = binaryOp('divide', lax.div, { inexact: true });
export const trueDivide = divide;
export const maximum = binaryOp('maximum', lax.max);
export const minimum = binaryOp('minimum', lax.min);
export const arctan2 = binaryOp('arctan2', lax.atan2, { inexact: true });
export const equal = binaryOp('equal', lax.eq);
export const notEqual = binaryOp('notEqual', lax.ne);
export const less = binaryOp('less', lax.lt);
export const lessEqual = binaryOp('lessEqual', lax.le);
export const greater = binaryOp('greater', lax.gt);
export const greaterEqual = binaryOp('greaterEqual', lax.ge);

/** JS-side folding for Scalars, so that a traced op never evaluates a constant eagerly (which would become a constvar). */
function lessThanZero(x: Operand): Operand {
  if (x instanceof Scalar) return scalar(x.value < 0 ? 1 : 0, 'bool');
  return lax.lt(L(x), 0);
}
function signOf(x: Operand): Operand {
  if (x instanceof Scalar) return scalar(Math.sign(x.value), x.aval.dtype, !!x.aval.weak);
  return lax.sign(L(x));
}

/** numpy's remainder: the result has the sign of the divisor. */
export const remainder: BinaryFn = <A extends X, B extends X>(x: A, y: B): Out2<A, B> => typed(remainderValue(x, y));
function remainderValue(x: X, y: X): Value {
  const p = promote('remainder', [x, y], ['x', 'y']);
  if (p.dtype === 'bool') fail('remainder', 'dtype/unsupported', 'is not defined for booleans', `${describe(p.ops[0])} and ${describe(p.ops[1])}`, 'numeric operands');
  const [a, b] = p.ops as [Operand, Operand];
  const truncMod = lax.rem(L(a), L(b));
  const doPlus = lax.and(lax.ne(truncMod, 0), lax.ne(L(lessThanZero(truncMod)), L(lessThanZero(b))));
  return lax.select(doPlus, lax.add(truncMod, L(b)), truncMod);
}
export const mod: BinaryFn = remainder;

/** numpy's floor_divide: floor(x / y) for floats; for integers the quotient rounded towards -inf. */
export const floorDivide: BinaryFn = <A extends X, B extends X>(x: A, y: B): Out2<A, B> => typed(floorDivideValue(x, y));
function floorDivideValue(x: X, y: X): Value {
  const p = promote('floorDivide', [x, y], ['x', 'y']);
  const [a, b] = p.ops as [Operand, Operand];
  if (isFloat(p.dtype)) return lax.floor(lax.div(L(a), L(b)));
  if (p.dtype === 'bool') fail('floorDivide', 'dtype/unsupported', 'is not defined for booleans', `${describe(a)} and ${describe(b)}`, 'numeric operands');
  const q = lax.div(L(a), L(b));
  const adjust = lax.and(lax.ne(L(signOf(a)), L(signOf(b))), lax.ne(lax.rem(L(a), L(b)), 0));
  return lax.select(adjust, lax.sub(q, 1), q);
}

/** x ** y. An integer JS exponent is integer_pow (as JAX); otherwise pow over floats (integer arrays via float32). */
export const power: BinaryFn = <A extends X, B extends X>(x: A, y: B): Out2<A, B> => typed(powerValue(x, y));
function powerValue(x: X, y: X): Value {
  if (typeof y === 'number' && Number.isInteger(y) && Math.abs(y) <= 2 ** 31) {
    const o = unaryArg('power', x);
    if (o.aval.dtype === 'bool') fail('power', 'dtype/unsupported', 'is not defined for booleans', describe(o), 'a numeric array');
    if (y < 0 && !isFloat(o.aval.dtype)) fail('power', 'args/invalid', 'integers to negative integer powers are not allowed', `${describe(o)} ** ${y}`, 'a non-negative exponent, or a float base');
    return lax.integerPow(L(o), y);
  }
  const p = promote('power', [x, y], ['x', 'y']);
  if (isFloat(p.dtype)) return lax.pow(L(p.ops[0]!), L(p.ops[1]!));
  if (p.dtype === 'bool') fail('power', 'dtype/unsupported', 'is not defined for booleans', p.ops.map(describe).join(' and '), 'numeric operands');
  const [a, b] = p.ops.map((o) => toDType(o, 'f32', p.weak)) as [Operand, Operand];
  return lax.convertElementType(lax.round(lax.pow(L(a), L(b))), p.dtype, p.weak) as Value;
}

export const negative = numericUnary('negative', lax.neg);
export const abs = numericUnary('abs', lax.abs);
export const absolute = abs;
export const sign = numericUnary('sign', lax.sign);
export const exp = floatUnary('exp', lax.exp);
export const log = floatUnary('log', lax.log);
export const log1p = floatUnary('log1p', lax.log1p);
export const expm1 = floatUnary('expm1', lax.expm1);
export const sin = floatUnary('sin', lax.sin);
export const cos = floatUnary('cos', lax.cos);
export const tan = floatUnary('tan', lax.tan);
export const tanh = floatUnary('tanh', lax.tanh);
export const sqrt = floatUnary('sqrt', lax.sqrt);
export const rsqrt = floatUnary('rsqrt', lax.rsqrt);
export const sigmoid = floatUnary('sigmoid', lax.logistic);
export const erf = floatUnary('erf', lax.erf);

/** x * x, as integer_pow y=2. */
export const square: UnaryFn = <T extends X>(x: T): Out<T> => typed(powerValue(L(unaryArg('square', x)), 2));
export const reciprocal: UnaryFn = <T extends X>(x: T): Out<T> => typed(divide(1, L(unaryArg('reciprocal', x, true))));

/** floor/ceil/round leave integers unchanged, as numpy. */
function rounding(api: string, f: (x: Operand) => Value): UnaryFn {
  return <T extends X>(x: T): Out<T> => {
    const o = unaryArg(api, x);
    if (o.aval.dtype === 'bool') fail(api, 'dtype/unsupported', 'is not defined for booleans', describe(o), 'a numeric array');
    return typed(isFloat(o.aval.dtype) ? f(o) : value(o));
  };
}
export const floor = rounding('floor', (o) => lax.floor(L(o)));
export const ceil = rounding('ceil', (o) => lax.ceil(L(o)));
/** Rounds half to even, as numpy. */
export const round = rounding('round', (o) => lax.round(L(o), 1));

/** Float checks; integers and bools are always finite and never NaN. */
function floatCheck(api: string, f: (x: Operand) => Value, ints: 'eq' | 'ne'): UnaryFn {
  return <T extends X>(x: T): Out<T> => {
    const o = unaryArg(api, x);
    if (isFloat(o.aval.dtype)) return typed(f(o));
    return typed(ints === 'eq' ? lax.eq(L(o), L(o)) : lax.ne(L(o), L(o)));
  };
}
export const isfinite = floatCheck('isfinite', (o) => lax.isFinite(L(o)), 'eq');
export const isnan = floatCheck('isnan', (o) => lax.ne(L(o), L(o)), 'ne');
export const isinf = floatCheck('isinf', (o) => lax.eq(lax.abs(L(o)), Infinity), 'ne');

/** Truthiness as a bool operand: x != 0 for numbers. */
function truthy(x: Operand): Operand {
  if (x.aval.dtype === 'bool') return x;
  if (x instanceof Scalar) return scalar(x.value !== 0 ? 1 : 0, 'bool');
  return lax.ne(L(x), 0);
}

function logicalBinary(api: string, f: LaxBinary): BinaryFn {
  return <A extends X, B extends X>(x: A, y: B): Out2<A, B> => {
    const p = promote(api, [x, y], ['x', 'y']);
    return typed(f(L(truthy(p.ops[0]!)), L(truthy(p.ops[1]!))));
  };
}
export const logicalAnd = logicalBinary('logicalAnd', lax.and);
export const logicalOr = logicalBinary('logicalOr', lax.or);
export const logicalXor = logicalBinary('logicalXor', lax.xor);
export const logicalNot: UnaryFn = <T extends X>(x: T): Out<T> => typed(lax.not(L(truthy(unaryArg('logicalNot', x)))));

/** Bitwise/logical not: bools and integers. */
export function invert<T extends X>(x: T): Out<T> {
  const o = unaryArg('invert', x);
  if (isFloat(o.aval.dtype)) fail('invert', 'dtype/unsupported', 'is defined only for integers and booleans', describe(o), 'an integer or bool array');
  return typed(lax.not(L(o)));
}

/** np.where(cond, x, y): x where cond is true, y elsewhere; all three broadcast to one shape (jnp's _where). */
export function where<C extends X, A extends X, B extends X>(cond: C, x: A, y: B): Out2<C, Out2<A, B>> {
  return typed(whereValue(cond, x, y));
}
function whereValue(cond: X, x: X, y: X): Value {
  const c = truthy(arg('where', cond, 'cond'));
  const p = promote('where', [x, y], ['x', 'y']);
  const all = [c, ...p.ops];
  const shape = broadcastShapesOf('where', all.map((o) => o.aval.shape), () => all.map(describe).join(', '));
  const full = (o: Operand): Operand => (shape.length === 0 ? o : toShape(o instanceof Scalar ? value(o) : o, shape));
  const which = c.aval.shape.length === 0 ? c : full(c);
  return lax.select(L(which), L(full(p.ops[0]!)), L(full(p.ops[1]!)));
}

/** np.clip(x, lo, hi): maximum(minimum... as jnp: minimum(maximum(x, lo), hi); lo or hi may be null. */
export function clip<T extends X>(x: T, lo: X | null = null, hi: X | null = null): Out<T> {
  let out: Value = value(arg('clip', x));
  if (lo !== null && lo !== undefined) out = maximum(out, lo);
  if (hi !== null && hi !== undefined) out = minimum(out, hi);
  return typed(out);
}
