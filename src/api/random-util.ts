// Argument checks and small lax helpers shared by the `random` namespace (keys, shapes, bound params).
// Imports lax, bind, convert and ir; must not import np.
import type { DType } from '../ir/dtype.js';
import { avalStr, parseDType } from '../ir/dtype.js';
import { UserError } from '../ir/errors.js';
import { Array } from './array.js';
import type { Operand, Value } from './bind.js';
import { bind1, scalar } from './bind.js';
import { describe, isValue } from './convert.js';
import * as lax from './lax.js';
import { Tracer } from '../trace/trace.js';

/** A raw threefry key: a concrete or traced `uint32[2]`. */
export type Key = Value;

/** The key of a single-key random function: u32[2] (JAX's `_check_prng_key` without batching). */
export function checkKey(api: string, key: unknown): Key {
  if (!isValue(key)) {
    throw new UserError('random/bad-key', api, 'the key is not a PRNG key', describe(key), 'a uint32[2] key array from random.key or random.split');
  }
  if (key instanceof Array && key.isDisposed) {
    throw new UserError('array/disposed', api, 'the key was disposed', `a disposed ${key.describe()}`, 'a live key');
  }
  const av = key.aval;
  if (av.dtype !== 'u32' || av.shape.at(-1) !== 2) {
    throw new UserError('random/bad-key', api, 'the key is not a raw PRNG key', avalStr(av), 'u32[2] (from random.key or random.split)');
  }
  if (av.shape.length !== 1) {
    throw new UserError('random/batched-key', api, 'accepts a single key', avalStr(av), 'u32[2]', 'Index one key of a batch (random.split gives u32[n,2]), or use vmap for batching');
  }
  return key;
}

/** A static result shape: an array of non-negative integers. */
export function checkShape(api: string, shape: unknown, what = 'shape'): number[] {
  const ok = globalThis.Array.isArray(shape) && shape.every((d) => typeof d === 'number' && Number.isInteger(d) && d >= 0);
  if (!ok) {
    const got = globalThis.Array.isArray(shape) ? `[${shape.map(String).join(', ')}]` : describe(shape);
    throw new UserError('random/bad-shape', api, `${what} must be an array of non-negative integers`, got, 'e.g. [3, 4] or [] for a scalar');
  }
  return [...(shape as number[])];
}

export function checkDType(api: string, dtype: unknown, allowed: readonly DType[], kind: string): DType {
  const dt = parseDType(api, dtype);
  if (!allowed.includes(dt)) {
    throw new UserError('random/bad-dtype', api, `dtype must be ${kind}`, String(dtype), allowed.map((d) => `'${publicOf(d)}'`).join(' or '));
  }
  return dt;
}

const publicOf = (d: DType): string => ({ f32: 'float32', i32: 'int32', u32: 'uint32', bool: 'bool', float0: 'float0' })[d];

/** numpy's broadcast of two shapes, or null when they do not broadcast. */
export function broadcastShapes(a: readonly number[], b: readonly number[]): number[] | null {
  const n = Math.max(a.length, b.length);
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const x = a[a.length - n + i] ?? 1;
    const y = b[b.length - n + i] ?? 1;
    if (x !== y && x !== 1 && y !== 1) return null;
    out.push(x === 1 ? y : x);
  }
  return out;
}

/** JAX's `_check_shape(name, shape, *param_shapes)`: the params must broadcast to exactly `shape`. */
export function checkParamShape(api: string, shape: readonly number[], param: string, x: Operand): void {
  const b = broadcastShapes(shape, x.aval.shape);
  if (!b || b.length !== shape.length || b.some((d, i) => d !== shape[i])) {
    throw new UserError('random/bad-param-shape', api, `${param} must broadcast to the result shape`, `${avalStr(x.aval)} for shape [${shape.join(',')}]`, `a shape that broadcasts to [${shape.join(',')}]`);
  }
}

/** lax.broadcast_to_rank: prepends size-1 dims (JS numbers and rank-0 arrays stay as they are: lax broadcasts scalars). */
export function toRank<T extends Value | number>(x: T, rank: number): T | Value {
  if (typeof x === 'number') return x;
  const v = x as Value;
  const r = v.aval.shape.length;
  if (r === 0 || r === rank) return v;
  return broadcastTo(v, [...globalThis.Array.from({ length: rank - r }, () => 1), ...v.aval.shape]);
}

/** numpy-style broadcast of `x` to `shape` (right-aligned). */
export function broadcastTo(x: Value, shape: readonly number[]): Value {
  const r = x.aval.shape.length;
  if (r === shape.length && x.aval.shape.every((d, i) => d === shape[i])) return x;
  return lax.broadcastInDim(x, shape, x.aval.shape.map((_, i) => i + shape.length - r));
}

/** Row `i` of a `u32[n, 2]` key array, as a `u32[2]` key (slice + reshape). */
export function keyRow(keys: Value, i: number): Key {
  return lax.reshape(lax.slice(keys, [i, 0], [i + 1, 2]), [2]);
}

/** The two words of a u32[2] key as scalars. */
export function keyWords(key: Key): [Value, Value] {
  return [lax.reshape(lax.slice(key, [0], [1]), []), lax.reshape(lax.slice(key, [1], [2]), [])];
}

/** Stacks equal-shape arrays along a new last axis. */
export function stackLast(xs: readonly Value[]): Value {
  const shape = xs[0]!.aval.shape;
  return lax.concatenate(xs.map((x) => lax.reshape(x, [...shape, 1])), shape.length);
}

/** Row-major counters of `shape` as (hi, lo) u32 words of a 64-bit count (JAX's iota_2x32_shape). */
function iota2x32(k: Key, shape: readonly number[]): [Value | number, Value | number] {
  if (shape.length === 0) return [0, 0];
  const n = shape.reduce((a, b) => a * b, 1);
  // Sizes stay far below 2^32, so the high words are all 0.
  const flat = iotaLike(k, 'u32', n);
  return [0, shape.length === 1 ? flat : lax.reshape(flat, shape)];
}

/** `_threefry_split_foldlike`: threefry2x32 of the key over counters of `shape`, stacked → u32[*shape, 2]. */
export function splitShape(k: Key, shape: readonly number[]): Value {
  const [k1, k2] = keyWords(k);
  const [hi, lo] = iota2x32(k, shape);
  const [b1, b2] = lax.threefry2x32(k1, k2, hi, lo);
  return stackLast([b1!, b2!]);
}

/** Two keys from one, as JAX's internal `_split` used by samplers. */
export function split2(k: Key): [Key, Key] {
  const ks = splitShape(k, [2]);
  return [keyRow(ks, 0), keyRow(ks, 1)];
}


/**
 * An array of `value` with `like`'s shape and dtype (a broadcast literal), recorded in `like`'s trace
 * when it is traced (bind would evaluate an op without tracer operands eagerly, making a jaxpr const).
 */
export function fullLike(like: Value, value: number): Value {
  const params = { shape: [...like.aval.shape], broadcast_dimensions: [] };
  const dtype = like.aval.dtype;
  if (like instanceof Tracer) return like.trace.bind('broadcast_in_dim', [like.trace.literal(value, { shape: [], dtype })], params)[0]!;
  return bind1('broadcast_in_dim', [scalar(value, dtype)], params);
}

/** lax.iota(dtype, n), recorded in `like`'s trace when it is traced (an op without operands would run eagerly). */
export function iotaLike(like: Value, dtype: DType, n: number): Value {
  const params = { dtype, shape: [n], dimension: 0 };
  if (like instanceof Tracer) return like.trace.bind('iota', [], params)[0]!;
  return bind1('iota', [], params);
}
