# jit(f).lower(...).compile({ device: 'webgpu' }).asText('wgsl'), PINNED_PROFILE — case 'matmul_bias_relu'
// kernax kernel k0: serial, pinned profile
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
  let gid: i32 = i32(wid.x + wid.y * 24u);
  let flat: i32 = gid * 64i + i32(lid);
  if (flat >= 1536i) { return; }
  let i0: i32 = (flat / 48i);
  let i1: i32 = flat % 48i;
  let v0: i32 = (i0 * 64i);
  var a0: f32 = 0.0f;
  for (var r0: i32 = 0i; r0 < 64i; r0 = r0 + 1i) {
    let v1: i32 = (v0 + r0);
    let v2: f32 = in0[v1];
    let v3: i32 = (r0 * 48i);
    let v4: i32 = (v3 + i1);
    let v5: f32 = in1[v4];
    a0 = fma(v2, v5, a0);
  }
  let v6: i32 = (i0 * 48i);
  let v7: i32 = (v6 + i1);
  let v8: f32 = in2[i1];
  let v9: f32 = (a0 + v8);
  let v10: bool = (v9 <= 0.0f);
  let v11: f32 = select(v9, 0.0f, v10);
  out0[v7] = v11;
}
