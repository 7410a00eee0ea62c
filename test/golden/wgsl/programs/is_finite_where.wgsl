# jit(f).lower(...).compile({ device: 'webgpu' }).asText('wgsl'), PINNED_PROFILE — case 'is_finite_where'
// kernax kernel k0: map, pinned profile
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn kx_isfinite(x: f32) -> bool { return (bitcast<u32>(x) & 0x7f800000u) != 0x7f800000u; }
@compute @workgroup_size(128)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
  let gid: i32 = i32(wid.x + wid.y * 1u);
  let flat: i32 = gid * 128i + i32(lid);
  if (flat >= 20i) { return; }
  let i0: i32 = flat;
  let v0: f32 = in0[i0];
  let v1: bool = kx_isfinite(v0);
  let v2: f32 = select(0.0f, v0, v1);
  out0[i0] = v2;
}
