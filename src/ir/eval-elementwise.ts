// Evaluation rules of the elementwise primitives over typed arrays, with XLA-on-CPU semantics
// (integer wrap, XLA's division-by-zero results, NaN-propagating max/min, saturating converts).
// Imports only src/ir; must not import eval-structural or eval-random.
import type { Tensor } from './core.js';
import type { Aval, DType } from './dtype.js';
import { InternalError, check } from './errors.js';
import type { EvalCtx, EvalRule } from './eval-types.js';
import { allocData, allocTensor, broadcastIndexer } from './eval-types.js';
import { erf, erfInv, erfInvF32 } from './special-functions.js';

export type ElementwisePrim =
  | 'neg' | 'abs' | 'sign' | 'exp' | 'log' | 'log1p' | 'expm1' | 'sin' | 'cos' | 'tan' | 'tanh' | 'logistic'
  | 'sqrt' | 'rsqrt' | 'floor' | 'ceil' | 'round' | 'erf' | 'erf_inv' | 'is_finite' | 'not' | 'integer_pow'
  | 'pow' | 'add' | 'add_any' | 'sub' | 'mul' | 'div' | 'rem' | 'max' | 'min' | 'atan2'
  | 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge' | 'and' | 'or' | 'xor'
  | 'shift_left' | 'shift_right_logical' | 'shift_right_arithmetic'
  | 'select_n' | 'convert_element_type' | 'bitcast_convert_type' | 'stop_gradient';

type Fn1 = (x: number) => number;
type Fn2 = (a: number, b: number) => number;
/** One scalar function per dtype kind (f: f32, i: i32, u: u32, b: bool); a missing kind is a bug. */
interface ByKind<F> { readonly f?: F; readonly i?: F; readonly u?: F; readonly b?: F }
/** A rule that reads no params, so it fits EvalRule<P> for every P. */
type AnyRule = (inputs: readonly Tensor[], params: unknown, outAvals: readonly Aval[], ctx: EvalCtx) => Tensor[];

const I32_MIN = -2147483648;
const U32_MAX = 0xffffffff;

function pick<F>(name: string, fns: ByKind<F>, dtype: DType): F {
  const key = ({ f32: 'f', i32: 'i', u32: 'u', bool: 'b', float0: undefined } as const)[dtype];
  const fn = key && fns[key];
  if (!fn) throw new InternalError(`eval ${name}: no rule for dtype ${dtype}`);
  return fn;
}

/** out[i] = f(x[i]) into a fresh tensor of `out`'s aval. */
function map1(x: Tensor, out: Aval, ctx: EvalCtx, f: Fn1): Tensor {
  const r = allocTensor(out, ctx);
  const xd = x.data;
  const rd = r.data;
  check(xd.length === rd.length, () => `elementwise: ${xd.length} elements into ${rd.length}`);
  for (let i = 0; i < rd.length; i++) rd[i] = f(xd[i]!);
  return r;
}

/** out[i] = f(a[·], b[·]) with lax broadcasting of rank-0 and size-1 operands. */
function map2(a: Tensor, b: Tensor, out: Aval, ctx: EvalCtx, f: Fn2): Tensor {
  const r = allocTensor(out, ctx);
  const ad = a.data;
  const bd = b.data;
  const rd = r.data;
  if (ad.length === rd.length && bd.length === rd.length) {
    for (let i = 0; i < rd.length; i++) rd[i] = f(ad[i]!, bd[i]!);
    return r;
  }
  const ia = broadcastIndexer(out.shape, a.shape);
  const ib = broadcastIndexer(out.shape, b.shape);
  for (let i = 0; i < rd.length; i++) rd[i] = f(ad[ia(i)]!, bd[ib(i)]!);
  return r;
}

/** A unary rule dispatching on the operand's dtype. */
function unary(name: string, fns: ByKind<Fn1>): AnyRule {
  return (inputs, _p, outAvals, ctx) => [map1(inputs[0]!, outAvals[0]!, ctx, pick(name, fns, inputs[0]!.dtype))];
}

/** A binary rule dispatching on the first operand's dtype. */
function binary(name: string, fns: ByKind<Fn2>): AnyRule {
  return (inputs, _p, outAvals, ctx) => [map2(inputs[0]!, inputs[1]!, outAvals[0]!, ctx, pick(name, fns, inputs[0]!.dtype))];
}

/** A float-only unary rule: computed in double, rounded by the store (f32 mode). */
const float1 = (name: string, f: Fn1): AnyRule => unary(name, { f });

/** The same function for every numeric dtype and bool (comparisons, bitwise ops): the store wraps. */
const all2 = (name: string, f: Fn2): AnyRule => binary(name, { f, i: f, u: f, b: f });

// ---- scalar semantics ------------------------------------------------------------------------------

/** sign: ±1, with 0 → 0 keeping the zero's sign and NaN → NaN (XLA: copysign(x != 0, x)). */
const signF: Fn1 = (x) => (x === 0 || Number.isNaN(x) ? x : x > 0 ? 1 : -1);

/** round method 0: half away from zero; keeps the sign of zero. */
const roundAway: Fn1 = (x) => {
  if (!Number.isFinite(x)) return x;
  const t = Math.trunc(x);
  return Math.abs(x - t) >= 0.5 ? t + Math.sign(x) : t;
};

/** round method 1: half to even (rint); keeps the sign of zero. */
const roundEven: Fn1 = (x) => {
  if (!Number.isFinite(x)) return x;
  const f = Math.floor(x);
  const d = x - f;
  const r = d > 0.5 || (d === 0.5 && f % 2 !== 0) ? f + 1 : f;
  return r === 0 && (x < 0 || Object.is(x, -0)) ? -0 : r;
};

/** Stable logistic: never forms exp of a large positive argument. */
const logistic: Fn1 = (x) => {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
};

/** C pow (what XLA's CPU backend calls): pow(1, y) = 1 and pow(-1, ±Inf) = 1, where Math.pow gives NaN. */
export const powF: Fn2 = (x, y) => (x === 1 || (x === -1 && Math.abs(y) === Infinity) ? 1 : Math.pow(x, y));

/** Integer pow by squaring with wrapping multiplies; a negative exponent gives trunc(1 / x^|y|). */
export function powInt(x: number, y: number): number {
  if (y < 0) return x === 1 ? 1 : x === -1 ? (y % 2 === 0 ? 1 : -1) : 0;
  let acc = 1;
  for (let base = x, e = y; e > 0; e = Math.floor(e / 2)) {
    if (e % 2 === 1) acc = Math.imul(acc, base);
    base = Math.imul(base, base);
  }
  return acc;
}

/** i32 division: truncates toward zero; x/0 = -1 and INT_MIN/-1 = INT_MIN (XLA). */
const divI: Fn2 = (a, b) => (b === 0 ? -1 : (a / b) | 0);
const divU: Fn2 = (a, b) => (b === 0 ? U32_MAX : Math.floor(a / b));
/** Remainder with the dividend's sign; x rem 0 = x and INT_MIN rem -1 = 0 (XLA). */
const remI: Fn2 = (a, b) => (b === 0 ? a : a % b);

/** Shift amounts are read as unsigned: ≥ 32 shifts everything out. */
const outOfRange = (b: number): boolean => b >>> 0 >= 32;
const shiftLeft: Fn2 = (a, b) => (outOfRange(b) ? 0 : a << b);
const shiftRightLogical: Fn2 = (a, b) => (outOfRange(b) ? 0 : (a >>> 0) >>> b);
/** Arithmetic shift reads the operand's bits as signed (for u32 too); out of range fills with the sign. */
const shiftRightArithmetic: Fn2 = (a, b) => (a | 0) >> (outOfRange(b) ? 31 : b);

const fromBool = (x: boolean): number => (x ? 1 : 0);

// ---- integer_pow, select_n, conversions ------------------------------------------------------------

/**
 * x^y by repeated squaring, one rounded multiply per step as JAX's `_integer_pow` lowering;
 * y < 0 is 1 / x^|y| (floats) or integer division (ints).
 */
const integerPow: EvalRule<'integer_pow'> = (inputs, params, outAvals, ctx) => {
  const x = inputs[0]!;
  const y = params.y;
  if (x.dtype !== 'f32') {
    const f = (v: number): number => (y >= 0 ? powInt(v, y) : divI(1, powInt(v, -y)));
    return [map1(x, outAvals[0]!, ctx, f)];
  }
  const rnd: Fn1 = ctx.precision === 'f32' ? Math.fround : (v) => v;
  const f = (v: number): number => {
    if (y === 0) return 1;
    let acc: number | undefined;
    let base = v;
    for (let e = Math.abs(y); e > 0; e = Math.floor(e / 2)) {
      if (e % 2 === 1) acc = acc === undefined ? base : rnd(acc * base);
      if (e > 1) base = rnd(base * base);
    }
    return y < 0 ? 1 / acc! : acc!;
  };
  return [map1(x, outAvals[0]!, ctx, f)];
};

/** select_n(which, *cases): out[i] = cases[which[i]][i]; `which` is bool or i32 and may be rank 0. */
const selectN: EvalRule<'select_n'> = (inputs, _params, outAvals, ctx) => {
  const [which, ...cases] = inputs;
  check(which !== undefined && cases.length > 0, 'select_n: needs a predicate and at least one case');
  const out = allocTensor(outAvals[0]!, ctx);
  const iw = broadcastIndexer(out.shape, which.shape);
  const ics = cases.map((c) => broadcastIndexer(out.shape, c.shape));
  for (let i = 0; i < out.data.length; i++) {
    const k = Math.min(Math.max(which.data[iw(i)]!, 0), cases.length - 1);
    out.data[i] = cases[k]!.data[ics[k]!(i)]!;
  }
  return [out];
};

/** float → i32/u32 as XLA CPU: truncate toward zero, NaN → 0, saturate at the type's range. */
function floatToInt(x: number, lo: number, hi: number): number {
  if (Number.isNaN(x)) return 0;
  return Math.min(Math.max(Math.trunc(x), lo), hi);
}

function converter(from: DType, to: DType): Fn1 {
  if (to === 'bool') return (x) => fromBool(x !== 0);
  if (from === 'f32' && to === 'i32') return (x) => floatToInt(x, I32_MIN, 2147483647);
  if (from === 'f32' && to === 'u32') return (x) => floatToInt(x, 0, U32_MAX);
  // int → float rounds in the store; i32 ↔ u32 reinterprets modulo 2^32 in the store; bool is 0/1.
  return (x) => x;
}

const convertElementType: EvalRule<'convert_element_type'> = (inputs, params, outAvals, ctx) => {
  const x = inputs[0]!;
  const to = params.new_dtype;
  const out: Aval = { shape: outAvals[0]!.shape, dtype: to };
  if (to === 'float0' || x.dtype === 'float0') return [allocTensor(out, ctx)];
  return [map1(x, out, ctx, converter(x.dtype, to))];
};

/** Reinterprets the 32-bit patterns (f32 ↔ i32 ↔ u32); under 'f64' floats pass through float32 first. */
const bitcastConvertType: EvalRule<'bitcast_convert_type'> = (inputs, params, outAvals, ctx) => {
  const x = inputs[0]!;
  const to = params.new_dtype;
  const bits32 = (d: DType): boolean => d === 'f32' || d === 'i32' || d === 'u32';
  check(bits32(x.dtype) && bits32(to), () => `bitcast_convert_type: ${x.dtype} → ${to} is not a 32-bit bitcast`);
  const n = x.data.length;
  const buf = new ArrayBuffer(4 * n);
  const src = x.dtype === 'f32' ? new Float32Array(buf) : x.dtype === 'i32' ? new Int32Array(buf) : new Uint32Array(buf);
  src.set(x.data);
  const view = to === 'f32' ? new Float32Array(buf) : to === 'i32' ? new Int32Array(buf) : new Uint32Array(buf);
  const data = allocData(to, n, ctx);
  data.set(view);
  return [{ shape: [...outAvals[0]!.shape], dtype: to, data }];
};

/** A fresh copy (stop_gradient is the identity on values). */
const identity: AnyRule = (inputs, _p, outAvals, ctx) => [map1(inputs[0]!, outAvals[0]!, ctx, (x) => x)];

// ---- the table -------------------------------------------------------------------------------------

/**
 * Every elementwise primitive's evaluation rule (signature: EvalRule in eval-types.ts). Float
 * results are computed in double and rounded to float32 by the Float32Array store in 'f32' mode;
 * integer results wrap modulo 2^32 in the Int32Array/Uint32Array store; bool results are 0/1.
 */
export const elementwiseEvalRules: { readonly [P in ElementwisePrim]: EvalRule<P> } = {
  neg: unary('neg', { f: (x) => -x, i: (x) => -x, u: (x) => -x }),
  abs: unary('abs', { f: Math.abs, i: Math.abs, u: (x) => x }),
  sign: unary('sign', { f: signF, i: Math.sign, u: (x) => fromBool(x !== 0) }),
  exp: float1('exp', Math.exp),
  log: float1('log', Math.log),
  log1p: float1('log1p', Math.log1p),
  expm1: float1('expm1', Math.expm1),
  sin: float1('sin', Math.sin),
  cos: float1('cos', Math.cos),
  tan: float1('tan', Math.tan),
  tanh: float1('tanh', Math.tanh),
  logistic: float1('logistic', logistic),
  sqrt: float1('sqrt', Math.sqrt),
  rsqrt: float1('rsqrt', (x) => 1 / Math.sqrt(x)),
  floor: float1('floor', Math.floor),
  ceil: float1('ceil', Math.ceil),
  round: (inputs, params, outAvals, ctx) => [map1(inputs[0]!, outAvals[0]!, ctx, params.rounding_method === 0 ? roundAway : roundEven)],
  erf: float1('erf', erf),
  // float32: XLA's single-precision algorithm, bit for bit; float64 (finite differences): full precision.
  erf_inv: ((inputs, params, outs, ctx) => (ctx.precision === 'f32' ? float1('erf_inv', erfInvF32) : float1('erf_inv', erfInv))(inputs, params, outs, ctx)) as AnyRule,
  is_finite: unary('is_finite', { f: (x) => fromBool(Number.isFinite(x)) }),
  not: unary('not', { i: (x) => ~x, u: (x) => ~x, b: (x) => 1 - x }),
  integer_pow: integerPow,
  pow: binary('pow', { f: powF, i: powInt, u: powInt }),
  add: binary('add', { f: (a, b) => a + b, i: (a, b) => a + b, u: (a, b) => a + b, b: (a, b) => a | b }),
  add_any: binary('add_any', { f: (a, b) => a + b, i: (a, b) => a + b, u: (a, b) => a + b, b: (a, b) => a | b }),
  sub: binary('sub', { f: (a, b) => a - b, i: (a, b) => a - b, u: (a, b) => a - b }),
  mul: binary('mul', { f: (a, b) => a * b, i: Math.imul, u: Math.imul, b: (a, b) => a & b }),
  div: binary('div', { f: (a, b) => a / b, i: divI, u: divU }),
  rem: binary('rem', { f: (a, b) => a % b, i: remI, u: remI }),
  max: binary('max', { f: Math.max, i: Math.max, u: Math.max, b: Math.max }),
  min: binary('min', { f: Math.min, i: Math.min, u: Math.min, b: Math.min }),
  atan2: binary('atan2', { f: Math.atan2 }),
  eq: all2('eq', (a, b) => fromBool(a === b)),
  ne: all2('ne', (a, b) => fromBool(a !== b)),
  lt: all2('lt', (a, b) => fromBool(a < b)),
  le: all2('le', (a, b) => fromBool(a <= b)),
  gt: all2('gt', (a, b) => fromBool(a > b)),
  ge: all2('ge', (a, b) => fromBool(a >= b)),
  and: binary('and', { i: (a, b) => a & b, u: (a, b) => a & b, b: (a, b) => a & b }),
  or: binary('or', { i: (a, b) => a | b, u: (a, b) => a | b, b: (a, b) => a | b }),
  xor: binary('xor', { i: (a, b) => a ^ b, u: (a, b) => a ^ b, b: (a, b) => a ^ b }),
  shift_left: binary('shift_left', { i: shiftLeft, u: shiftLeft }),
  shift_right_logical: binary('shift_right_logical', { i: shiftRightLogical, u: shiftRightLogical }),
  shift_right_arithmetic: binary('shift_right_arithmetic', { i: shiftRightArithmetic, u: shiftRightArithmetic }),
  select_n: selectN,
  convert_element_type: convertElementType,
  bitcast_convert_type: bitcastConvertType,
  stop_gradient: identity,
};
