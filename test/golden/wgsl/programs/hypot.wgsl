# jit(f).lower(...).compile({ device: 'webgpu' }).asText('wgsl'), PINNED_PROFILE — case 'hypot'
// kernax kernel k0: map, pinned profile
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
@compute @workgroup_size(128)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
  let gid: i32 = i32(wid.x + wid.y * 8u);
  let flat: i32 = gid * 128i + i32(lid);
  if (flat >= 1000i) { return; }
  let i0: i32 = flat;
  let v0: f32 = in0[i0];
  let v1: f32 = (v0 * v0);
  let v2: f32 = in1[i0];
  let v3: f32 = (v2 * v2);
  let v4: f32 = (v1 + v3);
  let v5: f32 = sqrt(v4);
  out0[i0] = v5;
}
