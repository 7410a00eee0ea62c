// Fast double-precision exp/sin/cos/log for the compiled JS kernels' f32 ops (issue 5, W1/W3): results
// whose Math.fround equals fround(Math.exp/sin/cos/log(x)) for f32 inputs (see the accuracy notes below),
// without the cost of V8's out-of-line Math.* calls. Imports nothing from kernax.

// ---------------------------------------------------------------------------------------------------
// sin / cos. x = k·π/2 + r with k = round(x·2/π) and a Cody–Waite reduction r = ((x − k·P1) − k·P2) − k·P3,
// π/2 ≈ P1 + P2 + P3 with P1, P2 of 29 significant bits (so k·P1 and k·P2 are exact while |k| < 2^24)
// and P3 the next 53 bits (111 bits of π/2 in all). x − k·P1 is exact (the operands are within a factor
// of 2), so r carries two roundings of ~2^-53 relative to itself. Then fdlibm's minimax kernels
// (__kernel_sin/__kernel_cos, < 1 double ulp on |r| ≤ π/4) picked by the quadrant k mod 4.
// |x| < π/4 skips the reduction (r = x); |x| ≥ TRIG_BOUND, NaN and ±Infinity take Math.sin/Math.cos.
// ---------------------------------------------------------------------------------------------------

/** Beyond this |x| the quotient k no longer fits the 24 bits that keep k·P1, k·P2 exact. */
export const TRIG_BOUND = 16777216; // 2^24
const TWO_OVER_PI = 0.6366197723675814;
const ROUND_MAGIC = 6755399441055744; // 1.5·2^52: (y + M) − M rounds y to an integer, ties to even
const P1 = 1.570796325802803; // 0x1.921fb54p0
const P2 = 9.920935774287987e-10; // next 29 bits
const P3 = 2.2517417741562176e-18; // next 53 bits

const S1 = -1.66666666666666324348e-1;
const S2 = 8.33333333332248946124e-3;
const S3 = -1.98412698298579493134e-4;
const S4 = 2.75573137070700676789e-6;
const S5 = -2.50507602534068634195e-8;
const S6 = 1.58969099521155010221e-10;
const C1 = 4.16666666666666019037e-2;
const C2 = -1.38888888888741095749e-3;
const C3 = 2.48015872894767294178e-5;
const C4 = -2.75573143513906633035e-7;
const C5 = 2.08757232129817482790e-9;
const C6 = -1.13596475577881948265e-11;

/** sin(r) on |r| ≲ π/4 (fdlibm __kernel_sin without the tail). */
function kSin(r: number): number {
  const z = r * r;
  const p = S2 + z * (S3 + z * (S4 + z * (S5 + z * S6)));
  return r + r * z * (S1 + z * p);
}

/** cos(r) on |r| ≲ π/4 (fdlibm __kernel_cos without the tail: 1 − z/2 with its rounding error recovered). */
function kCos(r: number): number {
  const z = r * r;
  const p = z * z * (C1 + z * (C2 + z * (C3 + z * (C4 + z * (C5 + z * C6)))));
  const hz = 0.5 * z;
  const w = 1 - hz;
  return w + ((1 - w - hz) + p);
}

const PI_4 = 0.7853981633974483;
// Quadrant selection by multiplication, not a branch (random quadrants mispredict: measured ~1.5× slower):
// value = SEL_S[q]·sin r + SEL_C[q]·cos r, one factor 0, for q = 0..3: sin r, cos r, −sin r, −cos r.
const SEL_S = new Float64Array([1, 0, -1, 0]);
const SEL_C = new Float64Array([0, 1, 0, -1]);

/** sin(x + shift·π/2) for π/4 ≤ |x| < TRIG_BOUND (shift 0: sin, 1: cos). */
function reduced(x: number, shift: number): number {
  const k = x * TWO_OVER_PI + ROUND_MAGIC - ROUND_MAGIC;
  const r = x - k * P1 - k * P2 - k * P3;
  const q = (k + shift) & 3;
  return SEL_S[q]! * kSin(r) + SEL_C[q]! * kCos(r);
}

/** sin(x) in double, accurate enough to round to the same f32 as Math.sin for f32 x. */
export function sinF(x: number): number {
  const ax = Math.abs(x);
  if (ax < PI_4) return ax === 0 ? x : kSin(x); // keeps sin(−0) = −0
  return ax < TRIG_BOUND ? reduced(x, 0) : Math.sin(x);
}

/** cos(x) in double, accurate enough to round to the same f32 as Math.cos for f32 x. */
export function cosF(x: number): number {
  const ax = Math.abs(x);
  if (ax < PI_4) return kCos(x);
  return ax < TRIG_BOUND ? reduced(x, 1) : Math.cos(x);
}

// ---------------------------------------------------------------------------------------------------
// log. x = 2^k·z with z in [OFF, 2·OFF) ≈ [0.69, 1.38) read off the high word of x's double bits; the top
// LOG_BITS bits after OFF pick c_i (near the centre of z's subinterval), and
// log(x) = k·ln2 + log(c_i) + log1p(r), r = z·(1/c_i) − 1. 1/c_i has 20 significant bits, so for f32 x
// (24-bit z) z·(1/c_i) is exact, and so is the subtraction of 1: r is exact, |r| < 2^-9. The subinterval
// holding 1 is [1 − 2^-10, 1 + 2^-9) with c = 1, log c = 0, k = 0: there log(x) = log1p(r) with no
// cancellation. log1p(r) − r by Taylor to r^6 (truncation < 2^-56 relative to r). ln2 is split (fdlibm's
// ln2_hi has 32 bits: k·ln2_hi exact); log(c_i) is Math.log's (< 1 double ulp).
// x that is not a positive normal finite double (0, negatives, NaN, ±Infinity, double subnormals) takes
// Math.log; f32 subnormals are normal doubles and take the fast path.
// ---------------------------------------------------------------------------------------------------

const LOG_BITS = 8;
const LOG_N = 1 << LOG_BITS;
const LOG_SHIFT = 20 - LOG_BITS;
/** High word of OFF ≈ 0.6885: 1.0 sits in the middle of subinterval 159 (in high-word space). */
const LOG_OFF = 0x3fe60800;
const LN2_HI = 6.93147180369123816490e-1;
const LN2_LO = 1.90821492927058770002e-10;
const BITS_F64 = new Float64Array(1);
const BITS_I32 = new Int32Array(BITS_F64.buffer); // [1]: the sign/exponent word (little-endian)
if (new Uint8Array(new Uint32Array([1]).buffer)[0] !== 1) throw new Error('js-math: needs a little-endian platform');
/** SCALE[1023 − k] = 2^-k. Scaling x by it is faster than writing the exponent back into BITS_F64
 * (a narrow store then a wide load defeats store forwarding: measured several times slower). */
const SCALE = new Float64Array(2047);
for (let k = -1023; k <= 1023; k++) SCALE[1023 - k] = 2 ** -k;

const LOG_INVC = new Float64Array(LOG_N);
const LOG_LOGC = new Float64Array(LOG_N);
(function buildLogTable(): void {
  const fromHi = (hi: number): number => {
    BITS_F64[0] = 0;
    BITS_I32[1] = hi;
    return BITS_F64[0]!;
  };
  for (let i = 0; i < LOG_N; i++) {
    const lo = fromHi(LOG_OFF + (i << LOG_SHIFT));
    const hi = fromHi(LOG_OFF + ((i + 1) << LOG_SHIFT));
    // 1/centre with 20 significant bits (exactly 1 for the subinterval holding 1)
    const inv = lo < 1 && hi > 1 ? 1 : Math.round((2 / (lo + hi)) * 2 ** 19) / 2 ** 19;
    LOG_INVC[i] = inv;
    LOG_LOGC[i] = inv === 1 ? 0 : -Math.log(inv);
  }
})();

/** log(x) in double, accurate enough to round to the same f32 as Math.log for f32 x. (Other doubles
 * lose the exactness of r: error up to ~2^-44 relative, still far below an f32 ulp.) */
export function logF(x: number): number {
  BITS_F64[0] = x;
  const hx = BITS_I32[1]!;
  if ((hx - 0x00100000) >>> 0 >= 0x7fe00000) return Math.log(x); // not positive, normal and finite
  const tmp = hx - LOG_OFF;
  const i = (tmp >> LOG_SHIFT) & (LOG_N - 1);
  const k = tmp >> 20;
  const r = x * SCALE[1023 - k]! * LOG_INVC[i]! - 1;
  const r2 = r * r;
  const p = r2 * (-0.5 + r * (1 / 3) + r2 * (-0.25 + r * 0.2 + r2 * (-1 / 6)));
  return k * LN2_HI + LOG_LOGC[i]! + (r + (k * LN2_LO + p));
}

// ---------------------------------------------------------------------------------------------------
// exp (issue 5, W3 softmax / W1). x = (1024·hi + j)·ln2/1024 + r, |r| ≤ ln2/2048, so
// exp(x) = 2^hi · 2^(j/1024) · e^r, e^r ≈ 1 + r + r²/2 + r³/6 (truncation < r⁴/24 < 5.5e-16 relative).
// k = 1024·hi + j = round(x·1024/ln2) by the 1.5·2^52 shifter: kd = x·(1024/ln2) + M holds k in the low
// word of its bits (read through a same-size store/load, no float→int conversion), and kd − M is k as a
// double. r = x − k·LN2_HI − k·LN2_LO with LN2_HI of 32 significant bits (k·LN2_HI exact, |k| < 2^21).
// The result is within ~4 double ulps of e^x (measured 8.9e-16 relative), so its f32 rounding is
// fround(Math.exp(x)) except where e^x lies that close to an f32 rounding boundary: an exhaustive run over
// all 2.2e9 f32 in (−110, 100) found one such input (x = −14.567090034484863, 1 ulp; pinned in
// test/lower/js-math.test.ts). STATED TOLERANCE 1 f32 ulp.
// Only (−110, 100) takes the fast path (its f32 results run from 0 through subnormals to +Infinity);
// outside it, NaN and ±Infinity take Math.exp. Measured on a 4096×1024 softmax kernel (V8 11.3, CPU
// time, medians): ~3.2 ns per exp against ~4.7 ns for the previous 64-entry table with a degree-5
// polynomial, Math.floor and a 2100-entry 2^k table, ~10 ns for Math.exp. Measured no faster: a 2048-entry
// table (same degree), one 2^(k/64) table over the whole range (degree 5), a range check returning
// constants instead of calling Math.exp, k by `| 0` instead of the bits (~1 ms slower per 4M).
// ---------------------------------------------------------------------------------------------------

const EXP_BITS = 10;
const EXP_N = 1 << EXP_BITS;
const EXP_INV_LN2_N = EXP_N / Math.LN2;
/** ln2 − Math.LN2: the low part of ln2 (Math.LN2 alone is 3e-17 relative off, enough for 2.3e-15 in e^68). */
const LN2_TAIL = 2.3190468138462996e-17;
/** ln2/1024 split: the high part keeps 32 significant bits, so k·EXP_LN2_HI is exact for |k| < 2^21; the
 * low part is the rest of the true ln2/1024 (Math.LN2 − 1024·hi is exact). */
const EXP_LN2_HI = ((): number => {
  const q = 2 ** (Math.floor(Math.log2(Math.LN2 / EXP_N)) - 31);
  return Math.round(Math.LN2 / EXP_N / q) * q;
})();
const EXP_LN2_LO = (Math.LN2 - EXP_LN2_HI * EXP_N + LN2_TAIL) / EXP_N;
/** EXP_TABLE[j] = 2^(j/1024) (Math.pow: < 1 double ulp). */
const EXP_TABLE = new Float64Array(EXP_N);
for (let j = 0; j < EXP_N; j++) EXP_TABLE[j] = Math.pow(2, j / EXP_N);
/** EXP_POW2[hi + EXP_POW2_OFF] = 2^hi for the fast path's hi ∈ [−160, 159]. */
const EXP_POW2_OFF = 160;
const EXP_POW2 = new Float64Array(2 * EXP_POW2_OFF);
for (let h = -EXP_POW2_OFF; h < EXP_POW2_OFF; h++) EXP_POW2[h + EXP_POW2_OFF] = 2 ** h;
const EXP_LO = -110;
const EXP_HI = 100;
/** expF's own scratch (not logF's): kd's low word is k. */
const EXP_F64 = new Float64Array(1);
const EXP_I32 = new Int32Array(EXP_F64.buffer);

/** e^x in double, accurate enough to round to the same f32 as Math.exp for f32 x (and within a few double
 * ulps for any x in the fast range). */
export function expF(x: number): number {
  if (!(x > EXP_LO && x < EXP_HI)) return Math.exp(x);
  const kd = x * EXP_INV_LN2_N + ROUND_MAGIC;
  EXP_F64[0] = kd;
  const ki = EXP_I32[0]!;
  const k = kd - ROUND_MAGIC;
  const r = x - k * EXP_LN2_HI - k * EXP_LN2_LO;
  const p = 1 + r + r * r * (0.5 + r * 0.16666666666666666);
  return EXP_TABLE[ki & (EXP_N - 1)]! * EXP_POW2[(ki >> EXP_BITS) + EXP_POW2_OFF]! * p;
}
