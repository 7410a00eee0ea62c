# jit(f).lower(...).compile({ device: 'webgpu' }).asText('wgsl'), PINNED_PROFILE — case 'gelu'
// kernax kernel k0: map, pinned profile
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn kx_isinf(x: f32) -> bool { return (bitcast<u32>(x) & 0x7fffffffu) == 0x7f800000u; }
fn kx_isnan(x: f32) -> bool { return (bitcast<u32>(x) & 0x7fffffffu) > 0x7f800000u; }
fn kx_expm1(x: f32) -> f32 {
  if (kx_isnan(x)) { return x; }
  let u = exp(x);
  if (u == 1.0) { return x; }
  let um1 = u - 1.0;
  if (um1 == -1.0) { return -1.0; }
  if (kx_isinf(u)) { return u; }
  return um1 * (x / log(u));
}
fn kx_tanh(x: f32) -> f32 {
  if (kx_isnan(x)) { return x; }
  let ax = abs(x);
  var t = 1.0;
  if (ax < 9.0) {
    let e = kx_expm1(2.0 * ax);
    t = e / (e + 2.0);
  }
  return select(t, -t, (bitcast<u32>(x) & 0x80000000u) != 0u);
}
@compute @workgroup_size(128)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
  let gid: i32 = i32(wid.x + wid.y * 1u);
  let flat: i32 = gid * 128i + i32(lid);
  if (flat >= 64i) { return; }
  let i0: i32 = flat;
  let v0: f32 = in0[i0];
  let v1: f32 = (v0 * v0);
  let v2: f32 = (v0 * v1);
  let v3: f32 = (0.044714998453855515f * v2);
  let v4: f32 = (v0 + v3);
  let v5: f32 = (0.7978845834732056f * v4);
  let v6: f32 = kx_tanh(v5);
  let v7: f32 = (1.0f + v6);
  let v8: f32 = (0.5f * v7);
  let v9: f32 = (v0 * v8);
  out0[i0] = v9;
}
