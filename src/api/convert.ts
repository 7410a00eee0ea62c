// Converting user inputs (Arrays, tracers, JS numbers, nested JS arrays) into operands. Imports ir, trace.
import type { DType } from '../ir/dtype.js';
import { avalStr, isFloat, promoteTypes } from '../ir/dtype.js';
import { UserError } from '../ir/errors.js';
import { Tracer } from '../trace/trace.js';
import type { TypedArray } from '../ir/core.js';
import { Array } from './array.js';
import type { Operand, Value } from './bind.js';
import { Scalar, scalar } from './bind.js';

/** What array-taking functions accept: arrays, tracers, JS numbers and booleans, nested JS arrays of numbers. */
export type ArrayLike = Value | Scalar | number | boolean | readonly ArrayLikeNested[] | TypedArray;
type ArrayLikeNested = number | boolean | readonly ArrayLikeNested[];

export const isValue = (x: unknown): x is Value => x instanceof Array || x instanceof Tracer;

/** The weak dtype of a JS number by the value rule: integers are i32, others f32. */
export const numberDType = (x: number): DType => (Number.isInteger(x) ? 'i32' : 'f32');

/** Nested JS arrays → a concrete Array (float32 unless `dtype` says otherwise). */
export function fromNested(api: string, x: readonly unknown[], dtype?: DType): Array {
  const shape: number[] = [];
  let probe: unknown = x;
  while (globalThis.Array.isArray(probe)) {
    shape.push(probe.length);
    probe = probe[0];
  }
  const flat: number[] = [];
  let allBool = true;
  const walk = (v: unknown, dim: number, path: string): void => {
    if (dim === shape.length) {
      if (typeof v === 'number') { allBool = false; flat.push(v); return; }
      if (typeof v === 'boolean') { flat.push(v ? 1 : 0); return; }
      throw new UserError('array/bad-element', api, `element ${path} is not a number`, typeof v === 'object' ? 'a nested array deeper than its siblings' : `${typeof v} ${String(v)}`, 'numbers or booleans');
    }
    if (!globalThis.Array.isArray(v) || v.length !== shape[dim]) {
      throw new UserError('array/ragged', api, `nested arrays are ragged at ${path || 'the top'}`, globalThis.Array.isArray(v) ? `length ${v.length}` : String(v), `length ${shape[dim]} at every position of dimension ${dim}`);
    }
    v.forEach((c, i) => walk(c, dim + 1, `${path}[${i}]`));
  };
  walk(x, 0, '');
  const dt: DType = dtype ?? (allBool && flat.length > 0 ? 'bool' : 'f32');
  return new Array(typedFrom(dt, flat), shape, dt);
}

export function typedFrom(dtype: DType, values: readonly number[]) {
  switch (dtype) {
    case 'f32': return Float32Array.from(values);
    case 'i32': return Int32Array.from(values);
    case 'u32': return Uint32Array.from(values);
    case 'bool': return Uint8Array.from(values, (v) => (v ? 1 : 0));
    case 'float0': return new Uint8Array(0);
  }
}

export function isTypedArray(x: unknown): x is TypedArray {
  return x instanceof Float32Array || x instanceof Float64Array || x instanceof Int32Array || x instanceof Uint32Array || x instanceof Uint8Array;
}

/**
 * A 1-D array copied from a typed array: Float32Array/Float64Array → float32 (x64 off, as JAX),
 * Int32Array → int32, Uint32Array → uint32; a Uint8Array needs an explicit dtype.
 */
export function fromTypedArray(api: string, data: TypedArray, dtype?: DType): Array {
  const natural: DType | undefined = data instanceof Float32Array || data instanceof Float64Array ? 'f32'
    : data instanceof Int32Array ? 'i32' : data instanceof Uint32Array ? 'u32' : undefined;
  const d = dtype ?? natural;
  if (d === undefined || d === 'float0') {
    throw new UserError('array/typed-array-dtype', api, 'this typed array has no matching dtype', data.constructor.name, "a Float32Array, Int32Array or Uint32Array, or {dtype: 'float32' | 'int32' | 'uint32' | 'bool'}");
  }
  const n = data.length;
  const out = d === 'f32' ? new Float32Array(n) : d === 'i32' ? new Int32Array(n) : d === 'u32' ? new Uint32Array(n) : new Uint8Array(n);
  if (d === 'bool') for (let i = 0; i < n; i++) out[i] = data[i] ? 1 : 0;
  else out.set(data);
  return new Array(out, [n], d);
}

/** Any ArrayLike as an operand; JS scalars stay weak Scalars (their dtype decided by the value rule). */
export function toOperand(api: string, x: unknown, argName = 'argument'): Operand {
  if (x instanceof Array) {
    if (x.isDisposed) throw new UserError('array/disposed', api, `${argName} was disposed`, `a disposed ${x.describe()}`, 'a live array');
    return x;
  }
  if (x instanceof Tracer) return x;
  if (x instanceof Scalar) return x;
  if (typeof x === 'number') return scalar(x, numberDType(x), true);
  if (typeof x === 'boolean') return scalar(x ? 1 : 0, 'bool');
  if (globalThis.Array.isArray(x)) return fromNested(api, x);
  if (isTypedArray(x)) return fromTypedArray(api, x);
  throw new UserError('args/not-an-array', api, `${argName} is not an array`, describe(x), 'an Array, a tracer, a JS number or boolean, or nested arrays of numbers');
}

export function describe(x: unknown): string {
  if (x instanceof Array || x instanceof Tracer || x instanceof Scalar) return avalStr(x.aval);
  if (x === null) return 'null';
  if (x === undefined) return 'undefined';
  const foreign = foreignKernax(x);
  if (foreign) return foreign;
  if (typeof x === 'object') return x.constructor?.name ?? 'object';
  return `${typeof x} ${String(x)}`;
}

/**
 * An Array, Tracer or Scalar of another copy of kernax (the package loaded twice, e.g. from its sources
 * and from its build): described as such, since "got Tracer, expected a tracer" would explain nothing.
 */
export function foreignKernax(x: unknown): string | undefined {
  if (typeof x !== 'object' || x === null || !('aval' in x)) return undefined;
  const name = (x as { constructor?: { name?: string } }).constructor?.name;
  if (name !== 'Array' && name !== 'Tracer' && name !== 'Scalar') return undefined;
  return `a ${name} of another copy of kernax (the package is loaded twice, e.g. from src/ and from dist/: import one of them)`;
}

/** A weak Scalar re-typed to `dtype` (staying weak); other operands unchanged. */
export function castScalar(x: Operand, dtype: DType): Operand {
  if (x instanceof Scalar && x.aval.dtype !== dtype) {
    const v = dtype === 'bool' ? (x.value ? 1 : 0) : isFloat(dtype) ? x.value : Math.trunc(x.value);
    return scalar(v, dtype, !!x.aval.weak);
  }
  return x;
}

/** The promoted dtype of operands (JAX's lattice, weak types yielding). */
export function resultType(api: string, xs: readonly Operand[]): { dtype: DType; weak: boolean } {
  return promoteTypes(api, ...xs.map((x) => x.aval));
}
