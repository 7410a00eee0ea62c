// JS text of Kernel IR scalar operations with the exact semantics of src/ir/eval-elementwise.ts:
// values are JS numbers holding f32 (Math.fround-ed), i32 (signed int32), u32 ([0, 2^32)) or bool (0/1);
// every f32 op is computed in double and rounded once (as the interpreter's per-op Float32Array store),
// i32 wraps via `|0`/Math.imul, u32 via `>>>0`. Edge cases too big to inline call helpers (`H.*`, see
// JS_HELPERS). Also the runtime helpers themselves. Imports only src/ir and kir*.ts.
import { InternalError } from '../ir/errors.js';
import { erf, erfInvF32 } from '../ir/special-functions.js';
import type { BinaryFn, Expr, KType, ReduceOp, UnaryFn } from './kir.js';
import { powF, powInt } from '../ir/eval-elementwise.js';
import { cosF, expF, logF, sinF } from './js-math.js';

const U32_MAX = 0xffffffff;

/** The helpers the generated code may call (bound to locals `h_<name>` at the top of a kernel). */
export const JS_HELPERS = {
  // src/lower/js-math.ts: exp/sin/cos/log for f32 results. exp equals fround(Math.exp) on every f32
  // (checked exhaustively over the fast path's (−110, 100); Math.exp itself outside).
  expF,
  // sin/cos/log, 2–3× faster than V8's Math.* on W1's range;
  // sin/cos equal fround(Math.sin/cos) on every f32 below 2^24 (checked exhaustively), log on all but 2
  // of the 2.1e9 positive f32 (1 ulp, one of them V8's rounding). STATED TOLERANCE 1 f32 ulp.
  sinF,
  cosF,
  logF,
  /** tanh through expF where it loses nothing (|x| ≥ 0.5: 1 − 2/(e^2x + 1) has no cancellation); Math.tanh near 0. */
  tanhF: (x: number): number => (Math.abs(x) < 0.5 ? Math.tanh(x) : 1 - 2 / (expF(2 * x) + 1)),
  erf,
  erfInvF32,
  signF: (x: number): number => (x === 0 || Number.isNaN(x) ? x : x > 0 ? 1 : -1),
  roundAway: (x: number): number => {
    if (!Number.isFinite(x)) return x;
    const t = Math.trunc(x);
    return Math.abs(x - t) >= 0.5 ? t + Math.sign(x) : t;
  },
  roundEven: (x: number): number => {
    if (!Number.isFinite(x)) return x;
    const f = Math.floor(x);
    const d = x - f;
    const r = d > 0.5 || (d === 0.5 && f % 2 !== 0) ? f + 1 : f;
    return r === 0 && (x < 0 || Object.is(x, -0)) ? -0 : r;
  },
  logistic: (x: number): number => {
    if (x >= 0) return 1 / (1 + Math.exp(-x));
    const e = Math.exp(x);
    return e / (1 + e);
  },
  // The evaluation rules' own scalar semantics: one definition for the interpreter and compiled code.
  powF,
  powInt,
  divI: (a: number, b: number): number => (b === 0 ? -1 : (a / b) | 0),
  divU: (a: number, b: number): number => (b === 0 ? U32_MAX : Math.floor(a / b)),
  remI: (a: number, b: number): number => (b === 0 ? a : a % b) | 0,
  remU: (a: number, b: number): number => (b === 0 ? a : a % b),
  shl: (a: number, b: number): number => (b >>> 0 >= 32 ? 0 : a << b),
  shrL: (a: number, b: number): number => (b >>> 0 >= 32 ? 0 : (a >>> 0) >>> b),
  shrA: (a: number, b: number): number => (a | 0) >> (b >>> 0 >= 32 ? 31 : b),
  f2i: (x: number): number => (Number.isNaN(x) ? 0 : Math.min(Math.max(Math.trunc(x), -2147483648), 2147483647)),
  f2u: (x: number): number => (Number.isNaN(x) ? 0 : Math.min(Math.max(Math.trunc(x), 0), U32_MAX)),
};
export type HelperName = keyof typeof JS_HELPERS;

/** Records the helpers and bitcast scratch a kernel uses. */
export interface OpCtx {
  readonly helpers: Set<HelperName>;
  bitcast: boolean;
}

const call = (cx: OpCtx, h: HelperName, ...args: string[]): string => {
  cx.helpers.add(h);
  return `h_${h}(${args.join(', ')})`;
};
const fr = (s: string): string => `Math.fround(${s})`;

/** A JS literal for a constant of `type`. */
export function constJs(value: number, type: KType): string {
  if (type !== 'f32') return value < 0 ? `(${value})` : String(value);
  if (Number.isNaN(value)) return 'NaN';
  if (value === Infinity) return 'Infinity';
  if (value === -Infinity) return '(-Infinity)';
  if (Object.is(value, -0)) return '(-0)';
  return value < 0 ? `(${value})` : String(value);
}

const MATH_F32: Partial<Record<UnaryFn, string>> = {
  log1p: 'log1p', expm1: 'expm1', tan: 'tan', sqrt: 'sqrt',
};

export function unaryJs(cx: OpCtx, fn: UnaryFn, t: KType, x: string): string {
  const math = MATH_F32[fn];
  if (math && t === 'f32') return fr(`Math.${math}(${x})`);
  switch (`${fn}:${t}`) {
    case 'neg:f32': return `(-${x})`;
    case 'neg:i32': return `(-${x} | 0)`;
    case 'neg:u32': return `(-${x} >>> 0)`;
    case 'abs:f32': return `Math.abs(${x})`;
    case 'abs:i32': return `(Math.abs(${x}) | 0)`;
    case 'abs:u32': return x;
    case 'sign:f32': return call(cx, 'signF', x);
    case 'sign:i32': return `Math.sign(${x})`;
    case 'sign:u32': return `(${x} !== 0 ? 1 : 0)`;
    case 'exp:f32': return fr(call(cx, 'expF', x));
    case 'sin:f32': return fr(call(cx, 'sinF', x));
    case 'cos:f32': return fr(call(cx, 'cosF', x));
    case 'log:f32': return fr(call(cx, 'logF', x));
    case 'tanh:f32': return fr(call(cx, 'tanhF', x));
    case 'logistic:f32': return fr(call(cx, 'logistic', x));
    case 'rsqrt:f32': return fr(`1 / Math.sqrt(${x})`);
    case 'floor:f32': return `Math.floor(${x})`;
    case 'ceil:f32': return `Math.ceil(${x})`;
    case 'round_away:f32': return call(cx, 'roundAway', x);
    case 'round_even:f32': return call(cx, 'roundEven', x);
    case 'erf:f32': return fr(call(cx, 'erf', x));
    case 'erf_inv:f32': return fr(call(cx, 'erfInvF32', x));
    case 'is_finite:f32': return `(Number.isFinite(${x}) ? 1 : 0)`;
    case 'not:i32': return `(~${x})`;
    case 'not:u32': return `(~${x} >>> 0)`;
    case 'not:bool': return `(1 - ${x})`;
  }
  throw new InternalError(`codegen-js: no rule for ${fn} on ${t}`);
}

const CMP: Partial<Record<BinaryFn, string>> = { eq: '===', ne: '!==', lt: '<', le: '<=', gt: '>', ge: '>=' };

/** `y` is the divisor node (for constant fast paths of integer div/rem/shifts). */
export function binaryJs(cx: OpCtx, fn: BinaryFn, t: KType, x: string, y: string, yNode: Expr): string {
  const cmp = CMP[fn];
  if (cmp) return `(${x} ${cmp} ${y} ? 1 : 0)`;
  const yc = yNode.op === 'const' ? yNode.value : undefined;
  switch (`${fn}:${t}`) {
    case 'add:f32': return fr(`${x} + ${y}`);
    case 'add:i32': return `(${x} + ${y} | 0)`;
    case 'add:u32': return `(${x} + ${y} >>> 0)`;
    case 'add:bool': case 'or:bool': case 'or:i32': return `(${x} | ${y})`;
    case 'sub:f32': return fr(`${x} - ${y}`);
    case 'sub:i32': return `(${x} - ${y} | 0)`;
    case 'sub:u32': return `(${x} - ${y} >>> 0)`;
    case 'mul:f32': return fr(`${x} * ${y}`);
    case 'mul:i32': return `Math.imul(${x}, ${y})`;
    case 'mul:u32': return `(Math.imul(${x}, ${y}) >>> 0)`;
    case 'mul:bool': case 'and:bool': case 'and:i32': return `(${x} & ${y})`;
    case 'div:f32': return fr(`${x} / ${y}`);
    case 'div:i32': return yc !== undefined && yc !== 0 ? `(${x} / ${y} | 0)` : call(cx, 'divI', x, y);
    case 'div:u32': return yc !== undefined && yc !== 0 ? `Math.floor(${x} / ${y})` : call(cx, 'divU', x, y);
    case 'rem:f32': return `(${x} % ${y})`;
    case 'rem:i32': return yc !== undefined && yc !== 0 ? `(${x} % ${y} | 0)` : call(cx, 'remI', x, y);
    case 'rem:u32': return yc !== undefined && yc !== 0 ? `(${x} % ${y})` : call(cx, 'remU', x, y);
    case 'pow:f32': return fr(call(cx, 'powF', x, y));
    case 'pow:i32': return call(cx, 'powInt', x, y);
    case 'pow:u32': return `(${call(cx, 'powInt', x, y)} >>> 0)`;
    case 'max:f32': case 'max:i32': case 'max:u32': case 'max:bool': return `Math.max(${x}, ${y})`;
    case 'min:f32': case 'min:i32': case 'min:u32': case 'min:bool': return `Math.min(${x}, ${y})`;
    case 'atan2:f32': return fr(`Math.atan2(${x}, ${y})`);
    case 'and:u32': return `((${x} & ${y}) >>> 0)`;
    case 'or:u32': return `((${x} | ${y}) >>> 0)`;
    case 'xor:i32': case 'xor:bool': return `(${x} ^ ${y})`;
    case 'xor:u32': return `((${x} ^ ${y}) >>> 0)`;
  }
  return shiftJs(cx, fn, t, x, y, yc);
}

function shiftJs(cx: OpCtx, fn: BinaryFn, t: KType, x: string, y: string, yc: number | undefined): string {
  const inRange = yc !== undefined && yc >= 0 && yc < 32;
  const wrap = (s: string): string => (t === 'u32' ? `(${s} >>> 0)` : `(${s} | 0)`);
  if (t === 'i32' || t === 'u32') {
    if (fn === 'shl') return wrap(inRange ? `(${x} << ${y})` : call(cx, 'shl', x, y));
    if (fn === 'shr_logical') return wrap(inRange ? `(${x} >>> ${y})` : call(cx, 'shrL', x, y));
    if (fn === 'shr_arith') return wrap(inRange ? `(${x} >> ${y})` : call(cx, 'shrA', x, y));
  }
  throw new InternalError(`codegen-js: no rule for ${fn} on ${t}`);
}

/** convert_element_type from → to. */
export function castJs(cx: OpCtx, from: KType, to: KType, x: string): string {
  if (from === to) return x;
  if (to === 'bool') return `(${x} !== 0 ? 1 : 0)`;
  if (from === 'f32') return call(cx, to === 'i32' ? 'f2i' : 'f2u', x);
  if (to === 'f32') return fr(x);
  if (to === 'u32') return `(${x} >>> 0)`;
  return `(${x} | 0)`;
}

/** 32-bit reinterpretation through the kernel's scratch views (BF/BI/BU share one buffer). */
export function bitcastJs(cx: OpCtx, from: KType, to: KType, x: string): string {
  if (from === 'i32' && to === 'u32') return `(${x} >>> 0)`;
  if (from === 'u32' && to === 'i32') return `(${x} | 0)`;
  cx.bitcast = true;
  const view = (t: KType): string => (t === 'f32' ? 'BF' : t === 'i32' ? 'BI' : 'BU');
  return `(${view(from)}[0] = ${x}, ${view(to)}[0])`;
}

/** The identity of a reduction (the value of an empty one), as eval-reduce.ts's monoids. */
export function reduceInit(op: ReduceOp, t: KType): string {
  switch (op) {
    case 'sum': case 'dot': return '0';
    case 'prod': return '1';
    case 'max': return t === 'f32' ? '(-Infinity)' : t === 'i32' ? '(-2147483648)' : '0';
    case 'min': return t === 'f32' ? 'Infinity' : t === 'i32' ? '2147483647' : t === 'u32' ? '4294967295' : '1';
  }
}

/** `acc = combine(acc, v)` as eval-reduce.ts's monoids (floats accumulate in double). */
export function reduceStep(op: ReduceOp, t: KType, a: string, v: string): string {
  if (op === 'max' || op === 'min') return `${a} = Math.${op}(${a}, ${v});`;
  if (op === 'prod') {
    if (t === 'f32') return `${a} *= ${v};`;
    if (t === 'bool') return `${a} &= ${v};`;
    return t === 'i32' ? `${a} = Math.imul(${a}, ${v});` : `${a} = Math.imul(${a}, ${v}) >>> 0;`;
  }
  if (t === 'f32') return `${a} += ${v};`;
  if (t === 'bool') return `${a} |= ${v};`;
  return t === 'i32' ? `${a} = ${a} + ${v} | 0;` : `${a} = ${a} + ${v} >>> 0;`;
}
