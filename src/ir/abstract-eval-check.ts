// Shared checks of the abstract-eval rules: UserErrors named `lax.<prim>`, param validation, broadcasting.
// Imports only ./errors, ./dtype and ./primitives (types); must not import the rule files.
import { UserError } from './errors.js';
import { DTYPES, aval, avalStr, isFloat, isInt, isNumeric, type Aval, type DType } from './dtype.js';
import type { Params, Prim } from './primitives.js';

/** A primitive's shape/dtype rule: the input avals and the params in, the output avals out. */
export type AbstractEvalRule<P extends Prim> = (inputs: readonly Aval[], params: Params[P]) => Aval[];

export function fail(prim: Prim, code: string, what: string, got: string, expected: string): never {
  throw new UserError(code, `lax.${prim}`, what, got, expected);
}

/** Python's tuple form, as JAX prints params: `(1, 2)`, `(3,)`, `()`. */
export const tupleStr = (xs: readonly number[]): string => (xs.length === 1 ? `(${xs[0]},)` : `(${xs.join(', ')})`);
export const avalsStr = (avs: readonly Aval[]): string => avs.map(avalStr).join(avs.length === 2 ? ' and ' : ', ');
export const allWeak = (avs: readonly Aval[]): boolean => avs.length > 0 && avs.every((a) => !!a.weak);
export { aval };

function show(v: unknown): string {
  try {
    const s = JSON.stringify(v);
    return s === undefined ? String(v) : s;
  } catch {
    return String(v);
  }
}

/** Checks the number of inputs: exactly `min`, or `min..max`. */
export function arity(prim: Prim, inputs: readonly Aval[], min: number, max = min): void {
  if (inputs.length >= min && inputs.length <= max) return;
  const want = max === min ? `${min}` : max === Infinity ? `at least ${min}` : `${min} to ${max}`;
  fail(prim, 'arity/mismatch', 'wrong number of operands', `${inputs.length}`, `${want} operand(s)`);
}

export function intParam(prim: Prim, name: string, v: unknown, min = -Infinity): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min)
    fail(prim, 'params/invalid', `${name} must be an integer${min > -Infinity ? ` ≥ ${min}` : ''}`, show(v), min > -Infinity ? `an integer ≥ ${min}` : 'an integer');
  return v;
}

export function intsParam(prim: Prim, name: string, v: unknown, len?: number, min = -Infinity): readonly number[] {
  const ok = Array.isArray(v) && v.every((x) => typeof x === 'number' && Number.isInteger(x) && x >= min);
  if (!ok) fail(prim, 'params/invalid', `${name} must be a list of integers${min > -Infinity ? ` ≥ ${min}` : ''}`, show(v), 'a list of integers');
  if (len !== undefined && v.length !== len)
    fail(prim, 'params/invalid', `${name} must have one entry per dimension`, `${v.length} entries ${show(v)}`, `${len} entries`);
  return v as readonly number[];
}

/** A list of integer tuples of length `width` (padding pairs, pad triples). */
export function tuplesParam(prim: Prim, name: string, v: unknown, len: number, width: number): readonly (readonly number[])[] {
  const ok = Array.isArray(v) && v.every((t) => Array.isArray(t) && t.length === width && t.every((x) => typeof x === 'number' && Number.isInteger(x)));
  if (!ok) fail(prim, 'params/invalid', `${name} must be a list of ${width}-tuples of integers`, show(v), `${len} ${width}-tuples`);
  if (v.length !== len) fail(prim, 'params/invalid', `${name} must have one entry per dimension`, `${v.length} entries ${show(v)}`, `${len} entries`);
  return v as readonly (readonly number[])[];
}

export function dtypeParam(prim: Prim, name: string, v: unknown): DType {
  if (typeof v === 'string' && (DTYPES as readonly string[]).includes(v)) return v as DType;
  return fail(prim, 'params/invalid', `${name} must be a dtype`, show(v), `one of ${DTYPES.join(', ')}`);
}

export function boolParam(prim: Prim, name: string, v: unknown): boolean {
  if (typeof v !== 'boolean') fail(prim, 'params/invalid', `${name} must be a boolean`, show(v), 'true or false');
  return v;
}

/** Axes that are distinct and in `0..rank-1`; `sorted` additionally requires increasing order. */
export function axesParam(prim: Prim, name: string, v: unknown, rank: number, sorted = false, of = ''): readonly number[] {
  const axes = intsParam(prim, name, v);
  // The message's context is built only on failure: this check runs for every reduction and transpose bound.
  const where = (): string => (of ? ` for ${of}` : ` for rank ${rank}`);
  for (const a of axes)
    if (a < 0 || a >= rank) fail(prim, 'params/invalid', `${name} has an axis out of range`, `${tupleStr(axes)}${where()}`, `distinct axes in 0..${rank - 1}`);
  if (new Set(axes).size !== axes.length) fail(prim, 'params/invalid', `${name} has a repeated axis`, `${tupleStr(axes)}${where()}`, 'distinct axes');
  if (sorted && axes.some((a, i) => i > 0 && a <= axes[i - 1]!))
    fail(prim, 'params/invalid', `${name} must be sorted`, tupleStr(axes), 'strictly increasing axes');
  return axes;
}

export function permutationParam(prim: Prim, name: string, v: unknown, rank: number): readonly number[] {
  const p = intsParam(prim, name, v);
  const ok = p.length === rank && new Set(p).size === rank && p.every((a) => a >= 0 && a < rank);
  if (!ok) fail(prim, 'params/invalid', `${name} must be a permutation of the operand's axes`, `${tupleStr(p)} for rank ${rank}`, `a permutation of 0..${rank - 1}`);
  return p;
}

export type DTypeKind = 'float' | 'int' | 'numeric' | 'numeric-or-bool' | 'int-or-bool' | 'numeric-or-float0' | 'any';
const KIND: { readonly [K in DTypeKind]: [(d: DType) => boolean, string] } = {
  float: [isFloat, 'a float dtype (f32)'],
  int: [isInt, 'an integer dtype (i32, u32)'],
  numeric: [isNumeric, 'a numeric dtype (f32, i32, u32)'],
  'numeric-or-bool': [(d) => isNumeric(d) || d === 'bool', 'a numeric or bool dtype'],
  'int-or-bool': [(d) => isInt(d) || d === 'bool', 'an integer or bool dtype'],
  'numeric-or-float0': [(d) => isNumeric(d) || d === 'float0', 'a numeric or float0 dtype'],
  any: [() => true, 'any dtype'],
};

export function requireKind(prim: Prim, a: Aval, kind: DTypeKind, role = 'operand'): void {
  const [ok, expected] = KIND[kind];
  if (!ok(a.dtype)) fail(prim, 'dtype/unsupported', `${role} has an unsupported dtype`, avalStr(a), expected);
}

export function sameDTypes(prim: Prim, avs: readonly Aval[], role = 'operand'): void {
  if (avs.some((a) => a.dtype !== avs[0]!.dtype))
    fail(prim, 'dtype/mismatch', `${role} dtypes must be equal`, avalsStr(avs), 'equal dtypes (convert_element_type first)');
}

export function requireScalar(prim: Prim, a: Aval, role: string): void {
  if (a.shape.length !== 0) fail(prim, 'shape/mismatch', `${role} must be a scalar`, avalStr(a), 'a rank-0 array');
}

export function requireRank(prim: Prim, a: Aval, rank: number, role = 'operand'): void {
  if (a.shape.length !== rank) fail(prim, 'shape/mismatch', `${role} has the wrong rank`, avalStr(a), `rank ${rank}`);
}

/**
 * lax's broadcasting: equal shapes, rank-0 operands, or equal ranks where each dim pair is equal or has a 1.
 * Returns the broadcast shape.
 */
export function broadcastShapes(prim: Prim, avs: readonly Aval[]): number[] {
  const ranked = avs.filter((a) => a.shape.length > 0);
  if (ranked.length === 0) return [];
  const out = [...ranked[0]!.shape];
  const bad = (): never =>
    fail(prim, 'shape/mismatch', 'shapes must be equal or broadcast by size-1 dims', avalsStr(avs), 'equal shapes, a scalar, or size-1 dims');
  for (const a of ranked.slice(1)) {
    if (a.shape.length !== out.length) bad();
    a.shape.forEach((d, i) => {
      if (d === out[i]) return;
      if (out[i] === 1) out[i] = d;
      else if (d !== 1) bad();
    });
  }
  return out;
}

/** JAX's `_dilate_shape` for one dim: 0 stays 0, else 1 + dilation * (d - 1). */
export const dilateDim = (d: number, dilation: number): number => (d === 0 ? 0 : 1 + dilation * (d - 1));

/** Output size of a strided window: floor((padded - window) / stride) + 1, at least 0. */
export const strideDim = (padded: number, window: number, stride: number): number =>
  Math.max(0, Math.floor((padded - window) / stride) + 1);
