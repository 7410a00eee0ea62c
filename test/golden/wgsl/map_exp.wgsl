# emitWgsl (src/lower/codegen-wgsl.ts), PINNED_PROFILE — case 'map_exp'
// kernax kernel map_exp: map, pinned profile
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
@compute @workgroup_size(128)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
  let gid: i32 = i32(wid.x + wid.y * 8u);
  let flat: i32 = gid * 128i + i32(lid);
  if (flat >= 1000i) { return; }
  let i0: i32 = flat;
  let v0: f32 = in0[i0];
  let v1: f32 = exp(v0);
  out0[i0] = v1;
}
