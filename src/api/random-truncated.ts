// random.truncatedNormal: JAX's jax.random.truncated_normal (jax/_src/random/core.py), bit-exact in
// its draws: a uniform in [erf(lo/√2), erf(hi/√2)), then √2·erf_inv, clamped to the open interval.
// Built on lax and random only; must not import np.
import { UserError } from '../ir/errors.js';
import { Array } from './array.js';
import type { Value } from './bind.js';
import * as lax from './lax.js';
import { uniform } from './random.js';
import type { Key } from './random-util.js';
import { checkDType, checkKey, checkShape } from './random-util.js';

const SQRT2_F32 = Math.fround(Math.SQRT2);

/** The f32 next to `x` (itself an f32) in the direction of `toward` (lax.nextafter for finite x). */
export function nextAfterF32(x: number, toward: number): number {
  const f = Math.fround(x);
  if (Number.isNaN(f) || Number.isNaN(toward)) return Number.NaN;
  if (f === toward) return f;
  if (f === 0) return toward > 0 ? 2 ** -149 : -(2 ** -149);
  const buf = new Float32Array([f]);
  const bits = new Int32Array(buf.buffer);
  // Away from zero the magnitude grows by one ulp; toward zero it shrinks.
  bits[0] = bits[0]! + ((toward > f) === (f > 0) ? 1 : -1);
  return buf[0]!;
}

/**
 * Uniform floats in [lo, hi) as XLA computes JAX's `_uniform` with non-trivial bounds: `floats·(hi-lo)
 * + lo` fused into one FMA (one rounding). With a concrete key the draw is done on the host in doubles
 * (the product of two f32 is exact in a double, so only a sum rounding precedes the f32 rounding);
 * with a traced key it falls back to random.uniform's two roundings (within 1 ulp).
 */
export function uniformFma(k: Key, shape: readonly number[], lo: number, hi: number): Value {
  if (!(k instanceof Array)) return uniform(k, shape, { minval: lo, maxval: hi });
  const flo = Math.fround(lo);
  const range = Math.fround(Math.fround(hi) - flo);
  const raw = (lax.randomBits(k, shape) as Array).dataSync();
  const bits = new Uint32Array(1);
  const asFloat = new Float32Array(bits.buffer);
  const out = new Float32Array(raw.length);
  for (let i = 0; i < raw.length; i++) {
    bits[0] = ((raw[i]! >>> 9) | 0x3f800000) >>> 0;
    out[i] = Math.max(flo, Math.fround(Math.fround(asFloat[0]! - 1) * range + flo));
  }
  return new Array(out, shape, 'f32');
}

const f32Scalar = (x: number): Array => new Array(Float32Array.from([x]), [], 'f32');

/**
 * Samples of a standard normal truncated to (lower, upper), float32 of `shape`. `lower` and `upper`
 * are JS numbers (JAX also takes arrays; kernax's initialisers only need numbers).
 */
export function truncatedNormal(k: Key, lower: number, upper: number, shape: readonly number[] = [], o: { dtype?: string } = {}): Value {
  const api = 'random.truncatedNormal';
  const kk = checkKey(api, k);
  const s = checkShape(api, shape);
  checkDType(api, o.dtype ?? 'float32', ['f32'], 'a float dtype');
  if (typeof lower !== 'number' || typeof upper !== 'number' || Number.isNaN(lower) || Number.isNaN(upper)) {
    throw new UserError('random/bad-bounds', api, 'lower and upper must be numbers', `${String(lower)} and ${String(upper)}`, 'two JS numbers such as -2 and 2');
  }
  const lo = Math.fround(lower);
  const hi = Math.fround(upper);
  const a = (lax.erf(lax.div(f32Scalar(lo), SQRT2_F32)) as Array).item() as number;
  const b = (lax.erf(lax.div(f32Scalar(hi), SQRT2_F32)) as Array).item() as number;
  const u = uniformFma(kk, s, a, b);
  const out = lax.mul(SQRT2_F32, lax.erfInv(u));
  return lax.min(lax.max(out, nextAfterF32(lo, Infinity)), nextAfterF32(hi, -Infinity));
}
