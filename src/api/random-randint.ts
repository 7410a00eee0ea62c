// random.randint: JAX's `_randint` (two draws of 32 bits, the multiply-add modulus trick, bounds clipped
// to the dtype). Imports lax and the random helpers; must not import np.
import type { DType } from '../ir/dtype.js';
import { UserError } from '../ir/errors.js';
import type { Value } from './bind.js';
import type { ArrayLike } from './convert.js';
import { describe, isValue } from './convert.js';
import * as lax from './lax.js';
import type { Key } from './random-util.js';
import { checkParamShape, fullLike, split2, toRank } from './random-util.js';

const I32_MIN = -2147483648;
const I32_MAX = 2147483647;

/** A bound as an integer: JS numbers are truncated (JAX's astype(int)) and must fit int32; float arrays convert to int32. */
function intBound(api: string, x: ArrayLike, name: string, shape: readonly number[]): Value | number {
  if (typeof x === 'number') {
    const v = Math.trunc(x);
    if (!Number.isFinite(x) || v < I32_MIN || v > I32_MAX) {
      throw new UserError('random/bad-bound', api, `${name} does not fit in int32`, String(x), `an integer in ${I32_MIN}..${I32_MAX}`);
    }
    return v;
  }
  if (!isValue(x)) throw new UserError('args/not-an-array', api, `${name} is not an array`, describe(x), 'a JS number or an integer array');
  checkParamShape(api, shape, name, x);
  return x.aval.dtype === 'i32' || x.aval.dtype === 'u32' ? x : lax.convertElementType(x, 'i32') as Value;
}

/**
 * `_convert_and_clip_integer`: int32 ↔ uint32 conversion clipping to the common range 0..2^31-1
 * instead of wrapping. JS numbers behave as weak int32 values.
 */
function convertAndClip(x: Value | number, dtype: DType): Value | number {
  if (typeof x === 'number') return dtype === 'u32' ? Math.min(Math.max(x, 0), I32_MAX) : x;
  if (x.aval.dtype === dtype) return x;
  return lax.convertElementType(lax.min(lax.max(x, 0), I32_MAX), dtype) as Value;
}

/** span = maxval - minval as uint32, 1 where maxval ≤ minval, one more where maxval exceeds the dtype. */
function spanOf(lo: Value | number, hi: Value | number, outOfRange: Value | null): Value | number {
  if (typeof lo === 'number' && typeof hi === 'number') return hi <= lo ? 1 : (hi - lo) >>> 0;
  const diff = lax.convertElementType(lax.sub(hi, lo), 'u32') as Value;
  const span = lax.selectN(lax.le(hi, lo), diff, diff.aval.shape.length === 0 ? 1 : fullLike(diff, 1));
  if (!outOfRange) return span;
  return lax.selectN(lax.and(outOfRange, lax.gt(hi, lo)), span, lax.add(span, 1));
}

/** 2^32 mod span, as ((2^16 mod span)^2 mod span) in wrapping uint32 arithmetic. */
function multiplierOf(span: Value | number): Value | number {
  if (typeof span === 'number') {
    const m = 65536 % span;
    return (Math.imul(m, m) >>> 0) % span;
  }
  const m = lax.rem(65536, span);
  return lax.rem(lax.mul(m, m), span);
}

export function randintImpl(api: string, key: Key, shape: readonly number[], minval: ArrayLike, maxval: ArrayLike, dtype: DType): Value {
  const minB = intBound(api, minval, 'minval', shape);
  const maxB = intBound(api, maxval, 'maxval', shape);
  // Only a uint32 maxval can exceed int32's max (JAX's maxval_out_of_range; 64-bit ints do not exist here).
  const outOfRange = typeof maxB !== 'number' && maxB.aval.dtype === 'u32' && dtype === 'i32' ? lax.gt(maxB, I32_MAX) : null;
  const rank = shape.length;
  const lo = toRank(convertAndClip(minB, dtype), rank);
  const hi = toRank(convertAndClip(maxB, dtype), rank);
  const [k1, k2] = split2(key);
  const higher = lax.randomBits(k1, shape);
  const lower = lax.randomBits(k2, shape);
  const span = spanOf(lo, hi, outOfRange ? toRank(outOfRange, rank) as Value : null);
  const multiplier = multiplierOf(span);
  const offset = lax.rem(lax.add(lax.mul(lax.rem(higher, span), multiplier), lax.rem(lower, span)), span);
  return lax.add(lo, lax.convertElementType(offset, dtype) as Value);
}
