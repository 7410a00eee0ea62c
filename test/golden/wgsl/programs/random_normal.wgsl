# jit(f).lower(...).compile({ device: 'webgpu' }).asText('wgsl'), PINNED_PROFILE — case 'random_normal'
// k0: host step random_bits (webgpu: read back, CPU rule, upload)

// kernax kernel k1: map, pinned profile
@group(0) @binding(0) var<storage, read> in0: array<u32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn kx_isinf(x: f32) -> bool { return (bitcast<u32>(x) & 0x7fffffffu) == 0x7f800000u; }
fn kx_log1p(x: f32) -> f32 {
  let u = 1.0 + x;
  if (u == 1.0 || kx_isinf(u)) { return select(x, u, kx_isinf(u)); }
  return log(u) * (x / (u - 1.0));
}
var<private> kx_bits: vec3<u32> = vec3<u32>(0x7f800000u, 0xff800000u, 0x7fc00000u);
fn kx_pinf() -> f32 { return bitcast<f32>(kx_bits.x); }
fn kx_ninf() -> f32 { return bitcast<f32>(kx_bits.y); }
fn kx_nan() -> f32 { return bitcast<f32>(kx_bits.z); }
fn kx_erf_inv(x: f32) -> f32 {
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
}
fn kx_isnan(x: f32) -> bool { return (bitcast<u32>(x) & 0x7fffffffu) > 0x7f800000u; }
fn kx_maxf(a: f32, b: f32) -> f32 {
  if (kx_isnan(a)) { return a; }
  if (kx_isnan(b)) { return b; }
  if (a == b) { return bitcast<f32>(bitcast<u32>(a) & bitcast<u32>(b)); }
  return select(b, a, a > b);
}
@compute @workgroup_size(128)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
  let gid: i32 = i32(wid.x + wid.y * 1u);
  let flat: i32 = gid * 128i + i32(lid);
  if (flat >= 16i) { return; }
  let i0: i32 = flat;
  let v0: u32 = in0[i0];
  let v1: u32 = select(v0 >> (9u & 31u), 0u, (9u >= 32u));
  let v2: u32 = (v1 | 1065353216u);
  let v3: f32 = bitcast<f32>(v2);
  let v4: f32 = (v3 - 1.0f);
  let v5: f32 = (v4 * 2.0f);
  let v6: f32 = (v5 + (-0.9999999403953552f));
  let v7: f32 = kx_maxf((-0.9999999403953552f), v6);
  let v8: f32 = kx_erf_inv(v7);
  let v9: f32 = (1.4142135381698608f * v8);
  out0[i0] = v9;
}
