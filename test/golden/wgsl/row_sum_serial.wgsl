# emitWgsl (src/lower/codegen-wgsl.ts), PINNED_PROFILE — case 'row_sum_serial'
// kernax kernel row_sum_f32: serial, pinned profile
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
  let gid: i32 = i32(wid.x + wid.y * 1u);
  let flat: i32 = gid * 64i + i32(lid);
  if (flat >= 33i) { return; }
  let i0: i32 = flat;
  let v0: i32 = (i0 * 300i);
  var a0: f32 = 0.0f;
  for (var r0: i32 = 0i; r0 < 300i; r0 = r0 + 1i) {
    let v1: i32 = (v0 + r0);
    let v2: f32 = in0[v1];
    a0 = (a0 + v2);
  }
  out0[i0] = a0;
}
