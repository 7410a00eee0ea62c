# jit(f).lower(...).compile({ device: 'webgpu' }).asText('wgsl'), PINNED_PROFILE — case 'mean_var_rows'
// kernax kernel k0: serial, pinned profile
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
  let gid: i32 = i32(wid.x + wid.y * 1u);
  let flat: i32 = gid * 64i + i32(lid);
  if (flat >= 30i) { return; }
  let i0: i32 = flat;
  let v0: i32 = (i0 * 40i);
  var a0: f32 = 0.0f;
  for (var r0: i32 = 0i; r0 < 40i; r0 = r0 + 1i) {
    let v1: i32 = (v0 + r0);
    let v2: f32 = in0[v1];
    a0 = (a0 + v2);
  }
  let v3: f32 = (a0 / 40.0f);
  out0[i0] = v3;
}

// kernax kernel k1: serial, pinned profile
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
  let gid: i32 = i32(wid.x + wid.y * 1u);
  let flat: i32 = gid * 64i + i32(lid);
  if (flat >= 40i) { return; }
  let i0: i32 = flat;
  var a0: f32 = 0.0f;
  for (var r0: i32 = 0i; r0 < 30i; r0 = r0 + 1i) {
    let v0: i32 = (r0 * 40i);
    let v1: i32 = (v0 + i0);
    let v2: f32 = in0[v1];
    a0 = (a0 + v2);
  }
  let v3: f32 = (a0 / 30.0f);
  var a1: f32 = 0.0f;
  for (var r0: i32 = 0i; r0 < 30i; r0 = r0 + 1i) {
    let v4: i32 = (r0 * 40i);
    let v5: i32 = (v4 + i0);
    let v6: f32 = in0[v5];
    let v7: f32 = (v6 - v3);
    let v8: f32 = (v7 * v7);
    a1 = (a1 + v8);
  }
  let v9: f32 = (a1 / 30.0f);
  out0[i0] = v9;
}
