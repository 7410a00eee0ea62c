// Scalar special functions in double precision: erf, erfc, erfInv. Imports nothing.
//
// erf/erfc are a port of musl's erf.c (from FreeBSD msun s_erf.c, Copyright (c) 1993 Sun
// Microsystems, Inc.: "Developed at SunPro... Permission to use, copy, modify, and distribute
// this software is freely granted, provided that this notice is preserved"), under 1 ulp.
// erfInv is Giles' approximation ("Approximating the erfinv function", 2010) refined by Halley
// steps on erf (or on erfc in the tails, where 1 - |y| is exact), to about 1 ulp.

const ERX = 8.45062911510467529297e-01;
// erf on [0, 0.84375]
const EFX8 = 1.02703333676410069053e+00;
const PP = [1.28379167095512558561e-01, -3.25042107247001499370e-01, -2.84817495755985104766e-02, -5.77027029648944159157e-03, -2.37630166566501626084e-05];
const QQ = [1, 3.97917223959155352819e-01, 6.50222499887672944485e-02, 5.08130628187576562776e-03, 1.32494738004321644526e-04, -3.96022827877536812320e-06];
// erf on [0.84375, 1.25]
const PA = [-2.36211856075265944077e-03, 4.14856118683748331666e-01, -3.72207876035701323847e-01, 3.18346619901161753674e-01, -1.10894694282396677476e-01, 3.54783043256182359371e-02, -2.16637559486879084300e-03];
const QA = [1, 1.06420880400844228286e-01, 5.40397917702171048937e-01, 7.18286544141962662868e-02, 1.26171219808761642112e-01, 1.36370839120290507362e-02, 1.19844998467991074170e-02];
// erfc on [1.25, 1/0.35]
const RA = [-9.86494403484714822705e-03, -6.93858572707181764372e-01, -1.05586262253232909814e+01, -6.23753324503260060396e+01, -1.62396669462573470355e+02, -1.84605092906711035994e+02, -8.12874355063065934246e+01, -9.81432934416914548592e+00];
const SA = [1, 1.96512716674392571292e+01, 1.37657754143519042600e+02, 4.34565877475229228821e+02, 6.45387271733267880336e+02, 4.29008140027567833386e+02, 1.08635005541779435134e+02, 6.57024977031928170135e+00, -6.04244152148580987438e-02];
// erfc on [1/0.35, 28]
const RB = [-9.86494292470009928597e-03, -7.99283237680523006574e-01, -1.77579549177547519889e+01, -1.60636384855821916062e+02, -6.37566443368389627722e+02, -1.02509513161107724954e+03, -4.83519191608651397019e+02];
const SB = [1, 3.03380607434824582924e+01, 3.25792512996573918826e+02, 1.53672958608443695994e+03, 3.19985821950859553908e+03, 2.55305040643316442583e+03, 4.74528541206955367215e+02, -2.24409524465858183362e+01];

const TINY = 2.2250738585072014e-308;

function horner(c: readonly number[], x: number): number {
  let r = 0;
  for (let i = c.length - 1; i >= 0; i--) r = r * x + c[i]!;
  return r;
}

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
const LO = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 0 : 1;

/** x with the low 32 bits of its significand cleared, so that z*z is exact. */
function truncLo(x: number): number {
  F64[0] = x;
  U32[LO] = 0;
  return F64[0]!;
}

/** erfc(|x|) for 0.84375 <= |x| < 28. */
function erfcMid(x: number): number {
  const ax = Math.abs(x);
  if (ax < 1.25) {
    const s = ax - 1;
    return 1 - ERX - horner(PA, s) / horner(QA, s);
  }
  const s = 1 / (ax * ax);
  const rs = ax < 1 / 0.35 ? horner(RA, s) / horner(SA, s) : horner(RB, s) / horner(SB, s);
  const z = truncLo(ax);
  return (Math.exp(-z * z - 0.5625) * Math.exp((z - ax) * (z + ax) + rs)) / ax;
}

/** The error function, to under 1 ulp in double. erf(±Inf) = ±1, erf(NaN) = NaN, erf(-0) = -0. */
export function erf(x: number): number {
  if (Number.isNaN(x)) return x;
  const ax = Math.abs(x);
  if (ax < 0.84375) {
    if (ax < 2 ** -28) return (8 * x + EFX8 * x) / 8;
    const z = x * x;
    return x + x * (horner(PP, z) / horner(QQ, z));
  }
  const y = ax < 6 ? 1 - erfcMid(ax) : 1 - TINY;
  return x < 0 ? -y : y;
}

/** The complementary error function 1 - erf(x), accurate in the tails. */
export function erfc(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x === Infinity) return 0;
  if (x === -Infinity) return 2;
  const ax = Math.abs(x);
  if (ax < 0.84375) {
    if (ax < 2 ** -56) return 1 - x;
    const z = x * x;
    const y = horner(PP, z) / horner(QQ, z);
    if (x < 0.25) return 1 - (x + x * y);
    return 0.5 - (x - 0.5 + x * y);
  }
  if (ax < 28) return x < 0 ? 2 - erfcMid(ax) : erfcMid(ax);
  return x < 0 ? 2 - TINY : 0;
}

/** Giles' single-precision erfinv approximation: a start for the Halley steps. */
function gilesErfInv(y: number): number {
  let w = -Math.log((1 - y) * (1 + y));
  let p: number;
  if (w < 5) {
    w -= 2.5;
    p = horner([1.50140941, 0.246640727, -0.00417768164, -0.00125372503, 0.00021858087, -4.39150654e-6, -3.5233877e-6, 3.43273939e-7, 2.81022636e-8], w);
  } else {
    w = Math.sqrt(w) - 3;
    p = horner([2.83297682, 1.00167406, 0.00943887047, -0.0076224613, 0.00573950773, -0.00367342844, 0.00134934322, 0.000100950558, -0.000200214257], w);
  }
  return p * y;
}

const TWO_OVER_SQRT_PI = 1.1283791670955126;

/**
 * The inverse error function: erfInv(erf(x)) = x. erfInv(±1) = ±Inf, NaN outside [-1, 1].
 * Halley on f(x) = erf(x) - y, with f written as (1 - y) - erfc(x) for y > 0.5 (1 - y is exact there).
 */
export function erfInv(y: number): number {
  if (Number.isNaN(y) || y < -1 || y > 1) return NaN;
  if (y === 1) return Infinity;
  if (y === -1) return -Infinity;
  if (y === 0) return y;
  const ay = Math.abs(y);
  let x = gilesErfInv(ay);
  for (let i = 0; i < 4; i++) {
    const f = ay > 0.5 ? 1 - ay - erfc(x) : erf(x) - ay;
    const df = TWO_OVER_SQRT_PI * Math.exp(-x * x);
    if (df === 0 || f === 0) break;
    const u = f / df;
    const step = u / (1 + x * u);
    x -= step;
    if (Math.abs(step) <= Math.abs(x) * 1e-17) break;
  }
  return y < 0 ? -x : x;
}

const f = Math.fround;
// XLA's single-precision ErfInv32 (Giles, "Approximating the erfinv function"), the algorithm JAX's
// erf_inv runs for float32 on CPU: evaluated step by step in float32 so the bits match JAX's.
const ERFINV_LT5 = [2.81022636e-8, 3.43273939e-7, -3.5233877e-6, -4.39150654e-6, 0.00021858087, -0.00125372503, -0.00417768164, 0.246640727, 1.50140941].map(f);
const ERFINV_GE5 = [-0.000200214257, 0.000100950558, 0.00134934322, -0.00367342844, 0.00573950773, -0.0076224613, 0.00943887047, 1.00167406, 2.83297682].map(f);

/** erf⁻¹ in float32 arithmetic, bit-compatible with XLA's float32 erf_inv. */
export function erfInvF32(x: number): number {
  const xf = f(x);
  if (Math.abs(xf) === 1) return xf * Infinity;
  if (!(Math.abs(xf) < 1)) return NaN;
  const w = f(-f(Math.log1p(f(-f(xf * xf)))));
  const lt5 = w < 5;
  const cs = lt5 ? ERFINV_LT5 : ERFINV_GE5;
  const ww = lt5 ? f(w - 2.5) : f(f(Math.sqrt(w)) - 3);
  let p = cs[0]!;
  // XLA CPU contracts each Horner step into a fused multiply-add: one rounding per step.
  for (let i = 1; i < cs.length; i++) p = f(cs[i]! + p * ww);
  return f(p * xf);
}
