// Shared machinery of the `np` namespace: argument checks (UserErrors named `np.<fn>`), axes, dtype
// promotion and numpy broadcasting. Imports lax, bind, convert and ir; must not import any np-*.ts.
import type { DType } from '../ir/dtype.js';
import { avalStr, isFloat, parseDType } from '../ir/dtype.js';
import { UserError } from '../ir/errors.js';
import { Array } from './array.js';
import type { Tracer } from '../trace/trace.js';
import type { Operand, Value } from './bind.js';
import { Scalar } from './bind.js';
import type { ArrayLike } from './convert.js';
import { castScalar, describe, resultType, toOperand } from './convert.js';
import * as lax from './lax.js';

export type { ArrayLike, Operand, Value };
/** A dtype as users write it: 'float32', 'int32', 'uint32', 'bool' (or the short IR names). */
export type DTypeLike = string;
export type Axis = number | readonly number[] | null | undefined;

type Nested = number | boolean | readonly Nested[];
/** Inputs that make a concrete result: Arrays, JS numbers/booleans and nested JS arrays. */
export type Concrete = Array | Nested;
/** The result type of an op on T: tracers stay tracers, concrete inputs give an Array. */
export type Out<T> = T extends Tracer ? Tracer : T extends Concrete ? Array : Value;
/** The result type of an op on A and B: a tracer operand makes a tracer. */
export type Out2<A, B> = A extends Tracer ? Tracer : B extends Tracer ? Tracer : A extends Concrete ? (B extends Concrete ? Array : Value) : Value;
export type UnaryFn = <T extends ArrayLike>(x: T) => Out<T>;
export type BinaryFn = <A extends ArrayLike, B extends ArrayLike>(x: A, y: B) => Out2<A, B>;

/** The static type of a result (the value is what bind produced: a Tracer exactly when an operand was one). */
export const typed = <R>(v: Value): R => v as R;

/**
 * lax's functions accept Scalar operands at run time (toOperand passes them through); ArrayLike just
 * does not name the type. This is the one place np hands an Operand to lax.
 */
export const L = (x: Operand): ArrayLike => x as unknown as ArrayLike;

export const npDType = (api: string, d: unknown): DType => parseDType(`np.${api}`, d);

/** An operand of `np.<api>`: arrays, tracers, JS numbers/booleans, nested JS arrays. */
export function arg(api: string, x: unknown, name = 'x'): Operand {
  return toOperand(`np.${api}`, x, name);
}

/** An operand that must be an array-valued result: a Scalar becomes a rank-0 Array. */
export function value(x: Operand): Value {
  if (x instanceof Scalar) return lax.convertElementType(L(x), x.aval.dtype, !!x.aval.weak) as Value;
  return x;
}

export function fail(api: string, code: string, what: string, got: string, expected: string, hint?: string): never {
  throw new UserError(code, `np.${api}`, what, got, expected, hint);
}

export function checkInt(api: string, name: string, v: unknown, min = -Infinity): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min) {
    fail(api, 'args/invalid', `${name} must be an integer${min > -Infinity ? ` ≥ ${min}` : ''}`, describe(v), min > -Infinity ? `an integer ≥ ${min}` : 'an integer');
  }
  return v;
}

export function checkShape(api: string, shape: unknown, name = 'shape'): number[] {
  const s = typeof shape === 'number' ? [shape] : shape;
  if (!globalThis.Array.isArray(s) || !s.every((d) => typeof d === 'number' && Number.isInteger(d) && d >= 0)) {
    fail(api, 'shape/invalid', `${name} is not a shape`, globalThis.Array.isArray(s) ? `[${s.join(', ')}]` : describe(s), 'an array of non-negative integers');
  }
  return [...(s as number[])];
}

/** One axis, normalised into 0..rank-1. */
export function normAxis(api: string, axis: unknown, x: Operand | number, name = 'axis'): number {
  const rank = typeof x === 'number' ? x : x.aval.shape.length;
  const of = typeof x === 'number' ? `rank ${rank}` : avalStr(x.aval);
  if (typeof axis !== 'number' || !Number.isInteger(axis)) fail(api, 'axis/invalid', `${name} must be an integer`, describe(axis), `an axis in ${-rank}..${rank - 1}`);
  if (axis < -rank || axis >= rank) fail(api, 'axis/out-of-range', `${name} ${axis} is out of range`, `${axis} for ${of}`, `an axis in ${-rank}..${rank - 1}`);
  return axis < 0 ? axis + rank : axis;
}

/** Axes (number, list, or null/undefined for all), normalised, distinct, sorted. */
export function normAxes(api: string, axis: Axis, x: Operand): number[] {
  const rank = x.aval.shape.length;
  if (axis === null || axis === undefined) return globalThis.Array.from({ length: rank }, (_, i) => i);
  const list = typeof axis === 'number' ? [axis] : axis;
  if (!globalThis.Array.isArray(list)) fail(api, 'axis/invalid', 'axis must be a number, an array of numbers or null', describe(axis), 'an axis, a list of axes, or null');
  const out = list.map((a) => normAxis(api, a, x));
  if (new Set(out).size !== out.length) fail(api, 'axis/repeated', 'axis has a repeated axis', `[${list.join(', ')}] for ${avalStr(x.aval)}`, 'distinct axes');
  return out.sort((a, b) => a - b);
}

/** numpy broadcasting of shapes: ranks aligned on the right, dims equal or 1. */
export function broadcastShapesOf(api: string, shapes: readonly (readonly number[])[], describeAll: () => string): number[] {
  const rank = Math.max(0, ...shapes.map((s) => s.length));
  const out: number[] = new globalThis.Array(rank).fill(1);
  for (const s of shapes) {
    s.forEach((d, i) => {
      const j = rank - s.length + i;
      if (out[j] === 1) out[j] = d;
      else if (d !== 1 && d !== out[j]) fail(api, 'shape/broadcast', 'shapes do not broadcast', describeAll(), 'trailing dimensions that are equal or 1');
    });
  }
  return out;
}

/** Rank promotion as jnp does it: a lower-rank (non-scalar) operand gets leading size-1 dims via broadcast_in_dim. */
export function toRank(x: Operand, rank: number): Operand {
  const r = x.aval.shape.length;
  if (r === 0 || r === rank) return x;
  const lead = rank - r;
  return lax.broadcastInDim(L(x), [...new globalThis.Array(lead).fill(1), ...x.aval.shape], x.aval.shape.map((_, i) => i + lead));
}

/** Broadcasts to exactly `shape` (numpy rules; the caller has checked they broadcast). Equal shapes pass through. */
export function toShape(x: Operand, shape: readonly number[]): Operand {
  const s = x.aval.shape;
  if (s.length === shape.length && s.every((d, i) => d === shape[i])) return x;
  const lead = shape.length - s.length;
  return lax.broadcastInDim(L(x), shape, s.map((_, i) => i + lead));
}

/** Converts an operand to `dtype` (a Scalar is re-typed, staying weak; arrays get convert_element_type). */
export function toDType(x: Operand, dtype: DType, weak: boolean): Operand {
  if (x instanceof Scalar) return castScalar(x, dtype);
  if (x.aval.dtype === dtype) return x;
  return lax.convertElementType(L(x), dtype, weak) as Value;
}

export interface Promoted {
  readonly ops: Operand[];
  readonly dtype: DType;
  readonly weak: boolean;
  readonly shape: number[];
}

/** JAX's _promote_args: a common dtype (weak types yielding), then rank promotion (`full` broadcasts to the output shape). */
export function promote(api: string, xs: readonly unknown[], names: readonly string[], o: { inexact?: boolean; full?: boolean } = {}): Promoted {
  const ops = xs.map((x, i) => arg(api, x, names[i] ?? `argument ${i}`));
  let { dtype, weak } = resultType(`np.${api}`, ops);
  if (o.inexact && !isFloat(dtype)) dtype = 'f32';
  const shape = broadcastShapesOf(api, ops.map((x) => x.aval.shape), () => ops.map((x) => describe(x)).join(' and '));
  const conv = ops.map((x) => toDType(x, dtype, weak));
  const out = conv.map((x) => (o.full ? (x instanceof Scalar ? x : toShape(x, shape)) : toRank(x, shape.length)));
  return { ops: out, dtype, weak, shape };
}

/** The one operand of a unary op; `inexact` converts integer and bool inputs to float32 (jnp's promote_args_inexact). */
export function unaryArg(api: string, x: unknown, inexact = false): Operand {
  const o = arg(api, x);
  if (inexact && !isFloat(o.aval.dtype)) return toDType(o, 'f32', !!o.aval.weak);
  return o;
}

export const rangeN = (n: number, from = 0): number[] => globalThis.Array.from({ length: n }, (_, i) => i + from);
