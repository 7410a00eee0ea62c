// `random`: JAX's jax.random over raw threefry keys (u32[2]), bit-exact with JAX 0.10.2 in its default
// partitionable mode (jax/_src/random/core.py, jax/_src/random/threefry2x32.py). Built on lax only;
// must not import np.
import type { DType } from '../ir/dtype.js';
import { avalStr } from '../ir/dtype.js';
import { UserError } from '../ir/errors.js';
import { Array } from './array.js';
import type { Value } from './bind.js';
import type { ArrayLike } from './convert.js';
import { describe, isValue } from './convert.js';
import * as lax from './lax.js';
import type { Key } from './random-util.js';
import { broadcastTo, checkDType, checkKey, checkParamShape, checkShape, fullLike, keyWords, splitShape, stackLast, toRank } from './random-util.js';
export { split2 } from './random-util.js';
import { randintImpl } from './random-randint.js';
import { permutationImpl } from './random-permutation.js';

export type { Key } from './random-util.js';

const TWO32 = 0x100000000;

/**
 * A raw key `[0, seed]` (JAX's PRNGKey layout; `_threefry_seed` of a 32-bit seed). A JS number seed
 * is reduced modulo 2^32 as JAX does with x64 off (`key(-1)` is `[0, 4294967295]`); an int32 or
 * uint32 scalar array (concrete or traced) is reinterpreted as uint32.
 */
export function key(seed: number | Value): Key {
  const api = 'random.key';
  if (typeof seed === 'number') {
    if (!Number.isSafeInteger(seed)) {
      throw new UserError('random/bad-seed', api, 'the seed must be an integer', String(seed), 'an integer such as 0 or 42');
    }
    return new Array(Uint32Array.from([0, ((seed % TWO32) + TWO32) % TWO32]), [2], 'u32');
  }
  if (!isValue(seed) || seed.aval.shape.length !== 0 || (seed.aval.dtype !== 'i32' && seed.aval.dtype !== 'u32')) {
    throw new UserError('random/bad-seed', api, 'the seed must be an integer scalar', describe(seed), 'a JS integer or an int32/uint32 scalar array');
  }
  const lo = lax.reshape(seed.aval.dtype === 'u32' ? seed : lax.convertElementType(seed, 'u32') as Value, [1]);
  return lax.concatenate([fullLike(lo, 0), lo], 0);
}
/** JAX's legacy name for `key` (both give raw u32[2] keys here). */
export const PRNGKey = key;

const castU32 = (x: Value): Value => (x.aval.dtype === 'u32' ? x : lax.convertElementType(x, 'u32') as Value);

/** `num` new keys (u32[num, 2]), or a shape of keys (u32[...num, 2]). */
export function split(k: Key, num: number | readonly number[] = 2): Value {
  const api = 'random.split';
  const kk = checkKey(api, k);
  const shape = typeof num === 'number' ? checkShape(api, [num], 'num') : checkShape(api, num, 'num');
  return splitShape(kk, shape);
}

/** `threefry_fold_in`: threefry_2x32(key, [0, data]); `data` a uint32 value (a JS integer in 0..2^32-1 or an int scalar array). */
export function foldIn(k: Key, data: number | Value): Key {
  const api = 'random.foldIn';
  const kk = checkKey(api, k);
  let d: Value | number;
  if (typeof data === 'number') {
    if (!Number.isInteger(data) || data < 0 || data >= TWO32) {
      throw new UserError('random/bad-data', api, 'data must be a uint32 value', String(data), 'an integer in 0..4294967295');
    }
    d = data;
  } else if (isValue(data) && data.aval.shape.length === 0 && (data.aval.dtype === 'i32' || data.aval.dtype === 'u32')) {
    d = castU32(data);
  } else {
    throw new UserError('random/bad-data', api, 'data must be an integer scalar', describe(data), 'a JS integer or an int32/uint32 scalar array', 'Use vmap for batching');
  }
  const [k1, k2] = keyWords(kk);
  const [y0, y1] = lax.threefry2x32(k1, k2, 0, d);
  return stackLast([y0!, y1!]);
}

/** Uniform random uint32 bits of `shape`. */
export function bits(k: Key, shape: readonly number[] = [], o: { dtype?: DType | string } = {}): Value {
  const api = 'random.bits';
  const kk = checkKey(api, k);
  const s = checkShape(api, shape);
  if (o.dtype !== undefined) checkDType(api, o.dtype, ['u32'], 'an unsigned integer dtype');
  return lax.randomBits(kk, s);
}

export interface UniformOptions {
  readonly dtype?: DType | string;
  readonly minval?: ArrayLike;
  readonly maxval?: ArrayLike;
}

/** A float bound as f32 (JS numbers stay numbers; arrays are converted as JAX's convert_element_type). */
function floatParam(api: string, x: ArrayLike, name: string, shape: readonly number[]): Value | number {
  if (typeof x === 'number') return x;
  if (!isValue(x)) {
    throw new UserError('args/not-an-array', api, `${name} is not an array`, describe(x), 'a JS number or an array');
  }
  checkParamShape(api, shape, name, x);
  return x.aval.dtype === 'f32' && !x.aval.weak ? x : lax.convertElementType(x, 'f32') as Value;
}

/** `_uniform`: 23 random mantissa bits under exponent 0 give [1, 2); minus 1, scaled, clamped below by minval. */
function uniformImpl(k: Key, shape: readonly number[], minval: Value | number, maxval: Value | number): Value {
  const rank = shape.length;
  const lo = typeof minval === 'number' ? minval : toRank(minval, rank);
  const hi = typeof maxval === 'number' ? maxval : toRank(maxval, rank);
  const b = lax.randomBits(k, shape);
  const floatBits = lax.or(lax.shiftRightLogical(b, 32 - 23), 0x3f800000);
  const floats = lax.sub(lax.bitcastConvertType(floatBits, 'f32'), 1);
  const range = typeof lo === 'number' && typeof hi === 'number' ? Math.fround(Math.fround(hi) - Math.fround(lo)) : lax.sub(hi, lo);
  return lax.max(lo, lax.add(lax.mul(floats, range), lo));
}

/** Uniform floats in [minval, maxval). */
export function uniform(k: Key, shape: readonly number[] = [], o: UniformOptions = {}): Value {
  const api = 'random.uniform';
  const kk = checkKey(api, k);
  const s = checkShape(api, shape);
  checkDType(api, o.dtype ?? 'float32', ['f32'], 'a float dtype');
  return uniformImpl(kk, s, floatParam(api, o.minval ?? 0, 'minval', s), floatParam(api, o.maxval ?? 1, 'maxval', s));
}

/** The largest f32 above -1: nextafter(-1, 0) = -(1 - 2^-24). */
const NEXT_AFTER_MINUS_ONE = -(1 - 2 ** -24);

/** Standard normal floats: sqrt(2) · erf_inv(u), u uniform in (-1, 1) (JAX's `_normal_real`). */
export function normal(k: Key, shape: readonly number[] = [], o: { dtype?: DType | string } = {}): Value {
  const api = 'random.normal';
  const kk = checkKey(api, k);
  const s = checkShape(api, shape);
  checkDType(api, o.dtype ?? 'float32', ['f32'], 'a float dtype');
  const u = uniformImpl(kk, s, NEXT_AFTER_MINUS_ONE, 1);
  return lax.mul(Math.fround(Math.SQRT2), lax.erfInv(u));
}

/** Booleans that are true with probability p (JAX's 'low' mode: uniform < p). Shape defaults to p's. */
export function bernoulli(k: Key, p: ArrayLike = 0.5, shape?: readonly number[]): Value {
  const api = 'random.bernoulli';
  const kk = checkKey(api, k);
  const s = shape === undefined ? undefined : checkShape(api, shape);
  if (typeof p === 'number') return lax.lt(uniformImpl(kk, s ?? [], 0, 1), p);
  if (!isValue(p) || p.aval.dtype !== 'f32') {
    throw new UserError('random/bad-dtype', api, 'the probability p must be a float', isValue(p) ? avalStr(p.aval) : describe(p), 'a JS number or a float32 array');
  }
  const outShape = s ?? p.aval.shape;
  checkParamShape(api, outShape, 'p', p);
  return lax.lt(uniformImpl(kk, outShape, 0, 1), broadcastTo(p, outShape));
}

/** Uniform integers in [minval, maxval) (JAX's two-draw modulus method; span 1 when maxval ≤ minval). */
export function randint(k: Key, shape: readonly number[], minval: ArrayLike, maxval: ArrayLike, o: { dtype?: DType | string } = {}): Value {
  const api = 'random.randint';
  const kk = checkKey(api, k);
  const s = checkShape(api, shape);
  const dt = checkDType(api, o.dtype ?? 'int32', ['i32', 'u32'], 'an integer dtype');
  return randintImpl(api, kk, s, minval, maxval, dt);
}

export interface PermutationOptions {
  readonly axis?: number;
  readonly independent?: boolean;
}

/** A random permutation of 0..n-1 (x a JS integer), or of x's entries along `axis`. */
export function permutation(k: Key, x: ArrayLike, o: PermutationOptions = {}): Value {
  return permutationImpl('random.permutation', checkKey('random.permutation', k), x, o.axis ?? 0, o.independent ?? false);
}
export { truncatedNormal } from './random-truncated.js';
