# jit(f).lower(...).compile({ device: 'webgpu' }).asText('wgsl'), PINNED_PROFILE — case 'layernorm'
// kernax kernel k0: serial, pinned profile
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
  let gid: i32 = i32(wid.x + wid.y * 1u);
  let flat: i32 = gid * 64i + i32(lid);
  if (flat >= 16i) { return; }
  let i0: i32 = flat;
  let v0: i32 = (i0 * 64i);
  var a0: f32 = 0.0f;
  for (var r0: i32 = 0i; r0 < 64i; r0 = r0 + 1i) {
    let v1: i32 = (v0 + r0);
    let v2: f32 = in0[v1];
    a0 = (a0 + v2);
  }
  let v3: f32 = (a0 / 64.0f);
  var a1: f32 = 0.0f;
  for (var r0: i32 = 0i; r0 < 64i; r0 = r0 + 1i) {
    let v4: i32 = (v0 + r0);
    let v5: f32 = in0[v4];
    let v6: f32 = (v5 - v3);
    let v7: f32 = (v6 * v6);
    a1 = (a1 + v7);
  }
  let v8: f32 = (a1 / 64.0f);
  let v9: f32 = (v8 + 0.000009999999747378752f);
  let v10: f32 = sqrt(v9);
  for (var r0: i32 = 0i; r0 < 64i; r0 = r0 + 1i) {
    let v11: i32 = (v0 + r0);
    let v12: f32 = in0[v11];
    let v13: f32 = (v12 - v3);
    let v14: f32 = (v13 / v10);
    let v15: f32 = in1[r0];
    let v16: f32 = (v14 * v15);
    let v17: f32 = in2[r0];
    let v18: f32 = (v16 + v17);
    out0[v11] = v18;
  }
}
