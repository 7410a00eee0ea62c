# emitWgsl (src/lower/codegen-wgsl.ts), PINNED_PROFILE — case 'nan_inf'
// kernax kernel nan_inf: map, pinned profile
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<u32>;
@group(0) @binding(3) var<storage, read_write> out1: array<f32>;
@group(0) @binding(4) var<storage, read_write> out2: array<f32>;
fn kx_isfinite(x: f32) -> bool { return (bitcast<u32>(x) & 0x7f800000u) != 0x7f800000u; }
fn kx_isnan(x: f32) -> bool { return (bitcast<u32>(x) & 0x7fffffffu) > 0x7f800000u; }
fn kx_maxf(a: f32, b: f32) -> f32 {
  if (kx_isnan(a)) { return a; }
  if (kx_isnan(b)) { return b; }
  if (a == b) { return bitcast<f32>(bitcast<u32>(a) & bitcast<u32>(b)); }
  return select(b, a, a > b);
}
fn kx_minf(a: f32, b: f32) -> f32 {
  if (kx_isnan(a)) { return a; }
  if (kx_isnan(b)) { return b; }
  if (a == b) { return bitcast<f32>(bitcast<u32>(a) | bitcast<u32>(b)); }
  return select(b, a, a < b);
}
@compute @workgroup_size(128)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
  let gid: i32 = i32(wid.x + wid.y * 1u);
  let flat: i32 = gid * 128i + i32(lid);
  if (flat >= 10i) { return; }
  let i0: i32 = flat;
  let v0: f32 = in0[i0];
  let v1: bool = kx_isfinite(v0);
  out0[i0] = select(0u, 1u, v1);
  let v2: f32 = in1[i0];
  let v3: f32 = kx_maxf(v0, v2);
  out1[i0] = v3;
  let v4: f32 = kx_minf(v0, v2);
  out2[i0] = v4;
}
