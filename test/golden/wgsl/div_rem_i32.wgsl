# emitWgsl (src/lower/codegen-wgsl.ts), PINNED_PROFILE — case 'div_rem_i32'
// kernax kernel map_rem_i32: map, pinned profile
@group(0) @binding(0) var<storage, read> in0: array<i32>;
@group(0) @binding(1) var<storage, read> in1: array<i32>;
@group(0) @binding(2) var<storage, read_write> out0: array<i32>;
fn kx_remi(a: i32, b: i32) -> i32 {
  if (b == 0i) { return a; }
  if (b == -1i) { return 0i; }
  return a % b;
}
@compute @workgroup_size(128)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
  let gid: i32 = i32(wid.x + wid.y * 1u);
  let flat: i32 = gid * 128i + i32(lid);
  if (flat >= 12i) { return; }
  let i0: i32 = flat;
  let v0: i32 = in0[i0];
  let v1: i32 = in1[i0];
  let v2: i32 = kx_remi(v0, v1);
  out0[i0] = v2;
}
