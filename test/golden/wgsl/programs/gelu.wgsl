# jit(f).lower(...).compile({ device: 'webgpu' }).asText('wgsl'), PINNED_PROFILE — case 'gelu'
// kernax kernel k0: map, pinned profile
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn kx_isnan(x: f32) -> bool { return (bitcast<u32>(x) & 0x7fffffffu) > 0x7f800000u; }
fn kx_tanh(x: f32) -> f32 {
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
