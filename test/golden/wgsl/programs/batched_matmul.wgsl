# jit(f).lower(...).compile({ device: 'webgpu' }).asText('wgsl'), PINNED_PROFILE — case 'batched_matmul'
// kernax kernel k0: serial, pinned profile
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
  let gid: i32 = i32(wid.x + wid.y * 2u);
  let flat: i32 = gid * 64i + i32(lid);
  if (flat >= 120i) { return; }
  let i0: i32 = (flat / 24i);
  let i1: i32 = (flat / 4i) % 6i;
  let i2: i32 = flat % 4i;
  let v0: i32 = (i0 * 42i);
  let v1: i32 = (i1 * 7i);
  let v2: i32 = (v0 + v1);
  let v3: i32 = (i0 * 28i);
  var a0: f32 = 0.0f;
  for (var r0: i32 = 0i; r0 < 7i; r0 = r0 + 1i) {
    let v4: i32 = (v2 + r0);
    let v5: f32 = in0[v4];
    let v6: i32 = (r0 * 4i);
    let v7: i32 = (v3 + v6);
    let v8: i32 = (v7 + i2);
    let v9: f32 = in1[v8];
    a0 = fma(v5, v9, a0);
  }
  let v10: i32 = (i0 * 24i);
  let v11: i32 = (i1 * 4i);
  let v12: i32 = (v10 + v11);
  let v13: i32 = (v12 + i2);
  out0[v13] = a0;
}
