// WGSL helper functions that kernels call for JAX semantics WGSL lacks or leaves loose: NaN/Inf tests
// from the bit pattern (never by comparison), NaN-propagating max/min, integer division and remainder
// as XLA (x/0 = -1 or 0xFFFFFFFF, x rem 0 = x, INT_MIN / -1 = INT_MIN), shifts with out-of-range
// amounts, saturating float → int, and f32 transcendental functions (log1p, expm1, tanh, logistic,
// pow, erf, erf_inv). Static text only: nothing is interpolated. Imports nothing.

interface Helper {
  readonly deps: readonly string[];
  readonly code: string;
}

const H: Readonly<Record<string, Helper>> = {
  // Non-finite constants: not const-expressions (a const inf/NaN is a shader-creation error).
  kx_special: { deps: [], code: `var<private> kx_bits: vec3<u32> = vec3<u32>(0x7f800000u, 0xff800000u, 0x7fc00000u);
fn kx_pinf() -> f32 { return bitcast<f32>(kx_bits.x); }
fn kx_ninf() -> f32 { return bitcast<f32>(kx_bits.y); }
fn kx_nan() -> f32 { return bitcast<f32>(kx_bits.z); }` },
  kx_isnan: { deps: [], code: `fn kx_isnan(x: f32) -> bool { return (bitcast<u32>(x) & 0x7fffffffu) > 0x7f800000u; }` },
  kx_isinf: { deps: [], code: `fn kx_isinf(x: f32) -> bool { return (bitcast<u32>(x) & 0x7fffffffu) == 0x7f800000u; }` },
  kx_isfinite: { deps: [], code: `fn kx_isfinite(x: f32) -> bool { return (bitcast<u32>(x) & 0x7f800000u) != 0x7f800000u; }` },
  kx_maxf: { deps: ['kx_isnan'], code: `fn kx_maxf(a: f32, b: f32) -> f32 {
  if (kx_isnan(a)) { return a; }
  if (kx_isnan(b)) { return b; }
  if (a == b) { return bitcast<f32>(bitcast<u32>(a) & bitcast<u32>(b)); }
  return select(b, a, a > b);
}` },
  kx_minf: { deps: ['kx_isnan'], code: `fn kx_minf(a: f32, b: f32) -> f32 {
  if (kx_isnan(a)) { return a; }
  if (kx_isnan(b)) { return b; }
  if (a == b) { return bitcast<f32>(bitcast<u32>(a) | bitcast<u32>(b)); }
  return select(b, a, a < b);
}` },
  kx_signf: { deps: ['kx_isnan'], code: `fn kx_signf(x: f32) -> f32 {
  if (x == 0.0 || kx_isnan(x)) { return x; }
  return select(-1.0, 1.0, x > 0.0);
}` },
  kx_divi: { deps: [], code: `fn kx_divi(a: i32, b: i32) -> i32 {
  if (b == 0i) { return -1i; }
  if (b == -1i) { return 0i - a; }
  return a / b;
}` },
  kx_remi: { deps: [], code: `fn kx_remi(a: i32, b: i32) -> i32 {
  if (b == 0i) { return a; }
  if (b == -1i) { return 0i; }
  return a % b;
}` },
  kx_divu: { deps: [], code: `fn kx_divu(a: u32, b: u32) -> u32 { if (b == 0u) { return 0xffffffffu; } return a / b; }` },
  kx_remu: { deps: [], code: `fn kx_remu(a: u32, b: u32) -> u32 { if (b == 0u) { return a; } return a % b; }` },
  kx_powi: { deps: [], code: `fn kx_powi(x: i32, y: i32) -> i32 {
  if (y < 0i) {
    if (x == 1i) { return 1i; }
    if (x == -1i) { return select(-1i, 1i, (y & 1i) == 0i); }
    return 0i;
  }
  var acc = 1i;
  var base = x;
  var e = y;
  loop {
    if (e <= 0i) { break; }
    if ((e & 1i) == 1i) { acc = acc * base; }
    base = base * base;
    e = e >> 1u;
  }
  return acc;
}` },
  kx_powu: { deps: [], code: `fn kx_powu(x: u32, y: u32) -> u32 {
  var acc = 1u;
  var base = x;
  var e = y;
  loop {
    if (e == 0u) { break; }
    if ((e & 1u) == 1u) { acc = acc * base; }
    base = base * base;
    e = e >> 1u;
  }
  return acc;
}` },
  kx_f2i: { deps: ['kx_isnan'], code: `fn kx_f2i(x: f32) -> i32 {
  if (kx_isnan(x)) { return 0i; }
  if (x >= 2147483648.0) { return 2147483647i; }
  if (x <= -2147483648.0) { return bitcast<i32>(0x80000000u); }
  return i32(x);
}` },
  kx_f2u: { deps: ['kx_isnan'], code: `fn kx_f2u(x: f32) -> u32 {
  if (kx_isnan(x) || x <= 0.0) { return 0u; }
  if (x >= 4294967296.0) { return 0xffffffffu; }
  return u32(x);
}` },
  kx_round_away: { deps: ['kx_isfinite'], code: `fn kx_round_away(x: f32) -> f32 {
  if (!kx_isfinite(x)) { return x; }
  let t = trunc(x);
  return select(t, t + sign(x), abs(x - t) >= 0.5);
}` },
  kx_log1p: { deps: ['kx_isinf'], code: `fn kx_log1p(x: f32) -> f32 {
  let u = 1.0 + x;
  if (u == 1.0 || kx_isinf(u)) { return select(x, u, kx_isinf(u)); }
  return log(u) * (x / (u - 1.0));
}` },
  kx_expm1: { deps: ['kx_isinf', 'kx_isnan'], code: `fn kx_expm1(x: f32) -> f32 {
  if (kx_isnan(x)) { return x; }
  let u = exp(x);
  if (u == 1.0) { return x; }
  let um1 = u - 1.0;
  if (um1 == -1.0) { return -1.0; }
  if (kx_isinf(u)) { return u; }
  return um1 * (x / log(u));
}` },
  // tanh, branch-free: |x| < 0.55 an odd polynomial x + x³·p(x²) (fitted for relative error in double,
  // ≤ 0.75 ulp in f32 with fma); above, 1 − 2/(exp(2|x|)+1) (no cancellation: the result is ≥ 0.5). The
  // sign is copied from x's bits (tanh(-0) = -0); NaN passes through.
  kx_tanh: { deps: ['kx_isnan'], code: `fn kx_tanh(x: f32) -> f32 {
  let ax = abs(x);
  let u = ax * ax;
  var p = fma(u, -0.006274237297475338, 0.021071678027510643);
  p = fma(u, p, -0.05385230854153633);
  p = fma(u, p, 0.13332585990428925);
  p = fma(u, p, -0.33333316445350647);
  let small = fma(ax * u, p, ax);
  let big = 1.0 - 2.0 / (exp(2.0 * min(ax, 10.0)) + 1.0);
  let t = select(big, small, ax < 0.55);
  return select(bitcast<f32>(bitcast<u32>(t) | (bitcast<u32>(x) & 0x80000000u)), x, kx_isnan(x));
}` },
  kx_logistic: { deps: [], code: `fn kx_logistic(x: f32) -> f32 {
  if (x >= 0.0) { return 1.0 / (1.0 + exp(-x)); }
  let e = exp(x);
  return e / (1.0 + e);
}` },
  kx_powf: { deps: ['kx_isnan', 'kx_isinf', 'kx_special'], code: `fn kx_powf(x: f32, y: f32) -> f32 {
  if (x == 1.0 || y == 0.0) { return 1.0; }
  if (kx_isnan(x) || kx_isnan(y)) { return kx_nan(); }
  if (x == -1.0 && kx_isinf(y)) { return 1.0; }
  let ax = abs(x);
  let yint = !kx_isinf(y) && floor(y) == y;
  let yodd = yint && abs(y) < 16777216.0 && (i32(y) & 1i) == 1i;
  var r: f32;
  if (ax == 0.0) {
    r = select(0.0, kx_pinf(), y < 0.0);
  } else if (kx_isinf(ax)) {
    r = select(kx_pinf(), 0.0, y < 0.0);
  } else {
    r = exp2(y * log2(ax));
  }
  let neg = (bitcast<u32>(x) & 0x80000000u) != 0u;
  if (neg && !yint && ax != 0.0 && !kx_isinf(ax)) { return kx_nan(); }
  return select(r, -r, neg && yodd);
}` },
  // erf: the rational approximation XLA/Eigen use for float32 (odd numerator over even denominator).
  kx_erf: { deps: ['kx_isnan'], code: `fn kx_erf(x0: f32) -> f32 {
  let x = clamp(x0, -4.0, 4.0);
  let x2 = x * x;
  var p = fma(x2, -2.72614225801306e-10, 2.77068142495902e-08);
  p = fma(x2, p, -2.10102402082508e-06);
  p = fma(x2, p, -5.69250639462346e-05);
  p = fma(x2, p, -7.34990630326855e-04);
  p = fma(x2, p, -2.95459980854025e-03);
  p = fma(x2, p, -1.60960333262415e-02);
  p = x * p;
  var q = fma(x2, -1.45660718464996e-05, -2.13374055278905e-04);
  q = fma(x2, q, -1.68282697438203e-03);
  q = fma(x2, q, -7.37332916720468e-03);
  q = fma(x2, q, -1.42647390514189e-02);
  return select(p / q, x0, x0 == 0.0 || kx_isnan(x0));
}` },
  // erf_inv: XLA's float32 ErfInv32 (Giles), Horner steps as fused multiply-adds, as erfInvF32.
  kx_erf_inv: { deps: ['kx_log1p', 'kx_special'], code: `fn kx_erf_inv(x: f32) -> f32 {
  let ax = abs(x);
  if (ax == 1.0) { return x * kx_pinf(); }
  if (!(ax < 1.0)) { return kx_nan(); }
  let w = -kx_log1p(-(x * x));
  var p: f32;
  if (w < 5.0) {
    let v = w - 2.5;
    p = 2.81022636e-8;
    p = fma(p, v, 3.43273939e-7);
    p = fma(p, v, -3.5233877e-6);
    p = fma(p, v, -4.39150654e-6);
    p = fma(p, v, 0.00021858087);
    p = fma(p, v, -0.00125372503);
    p = fma(p, v, -0.00417768164);
    p = fma(p, v, 0.246640727);
    p = fma(p, v, 1.50140941);
  } else {
    let v = sqrt(w) - 3.0;
    p = -0.000200214257;
    p = fma(p, v, 0.000100950558);
    p = fma(p, v, 0.00134934322);
    p = fma(p, v, -0.00367342844);
    p = fma(p, v, 0.00573950773);
    p = fma(p, v, -0.0076224613);
    p = fma(p, v, 0.00943887047);
    p = fma(p, v, 1.00167406);
    p = fma(p, v, 2.83297682);
  }
  return p * x;
}` },
};

/** The WGSL text of the named helpers and their dependencies, dependencies first, each once. */
export function preludeFor(names: Iterable<string>): string {
  const out: string[] = [];
  const done = new Set<string>();
  const add = (n: string): void => {
    if (done.has(n)) return;
    done.add(n);
    const h = H[n];
    if (!h) throw new Error(`wgsl prelude: unknown helper ${n}`);
    h.deps.forEach(add);
    out.push(h.code);
  };
  [...names].sort().forEach(add);
  return out.join('\n');
}

/** True when `name` is a prelude helper. */
export const isHelper = (name: string): boolean => name in H;
