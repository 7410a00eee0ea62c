# emitWgsl (src/lower/codegen-wgsl.ts), PINNED_PROFILE — case 'layernorm_rows'
// kernax kernel layernorm_rows: workgroup, pinned profile
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
var<workgroup> kx_red0: array<f32, 128>;
var<workgroup> kx_red1: array<f32, 128>;
@compute @workgroup_size(128)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
  let grp: i32 = i32(wid.x + wid.y * 16u);
  if (grp >= 16i) { return; }
  let i0: i32 = grp;
  let v0: i32 = (i0 * 384i);
  {
    var p: f32 = 0.0f;
    for (var t: i32 = i32(lid); t < 384i; t = t + 128i) {
      let r0: i32 = t;
      let v1: i32 = (v0 + r0);
      let v2: f32 = in0[v1];
      p = (p + v2);
    }
    kx_red0[lid] = p;
  }
  workgroupBarrier();
  if (lid < 64u) { kx_red0[lid] = (kx_red0[lid] + kx_red0[lid + 64u]); }
  workgroupBarrier();
  if (lid < 32u) { kx_red0[lid] = (kx_red0[lid] + kx_red0[lid + 32u]); }
  workgroupBarrier();
  if (lid < 16u) { kx_red0[lid] = (kx_red0[lid] + kx_red0[lid + 16u]); }
  workgroupBarrier();
  if (lid < 8u) { kx_red0[lid] = (kx_red0[lid] + kx_red0[lid + 8u]); }
  workgroupBarrier();
  if (lid < 4u) { kx_red0[lid] = (kx_red0[lid] + kx_red0[lid + 4u]); }
  workgroupBarrier();
  if (lid < 2u) { kx_red0[lid] = (kx_red0[lid] + kx_red0[lid + 2u]); }
  workgroupBarrier();
  if (lid < 1u) { kx_red0[lid] = (kx_red0[lid] + kx_red0[lid + 1u]); }
  workgroupBarrier();
  let a0: f32 = kx_red0[0];
  workgroupBarrier();
  let v3: f32 = (a0 * 0.0026041667442768812f);
  {
    var p: f32 = 0.0f;
    for (var t: i32 = i32(lid); t < 384i; t = t + 128i) {
      let r0: i32 = t;
      let v4: i32 = (v0 + r0);
      let v5: f32 = in0[v4];
      let v6: f32 = (v5 - v3);
      let v7: f32 = (v6 * v6);
      p = (p + v7);
    }
    kx_red1[lid] = p;
  }
  workgroupBarrier();
  if (lid < 64u) { kx_red1[lid] = (kx_red1[lid] + kx_red1[lid + 64u]); }
  workgroupBarrier();
  if (lid < 32u) { kx_red1[lid] = (kx_red1[lid] + kx_red1[lid + 32u]); }
  workgroupBarrier();
  if (lid < 16u) { kx_red1[lid] = (kx_red1[lid] + kx_red1[lid + 16u]); }
  workgroupBarrier();
  if (lid < 8u) { kx_red1[lid] = (kx_red1[lid] + kx_red1[lid + 8u]); }
  workgroupBarrier();
  if (lid < 4u) { kx_red1[lid] = (kx_red1[lid] + kx_red1[lid + 4u]); }
  workgroupBarrier();
  if (lid < 2u) { kx_red1[lid] = (kx_red1[lid] + kx_red1[lid + 2u]); }
  workgroupBarrier();
  if (lid < 1u) { kx_red1[lid] = (kx_red1[lid] + kx_red1[lid + 1u]); }
  workgroupBarrier();
  let a1: f32 = kx_red1[0];
  workgroupBarrier();
  for (var t: i32 = i32(lid); t < 384i; t = t + 128i) {
    let i1: i32 = t;
    let v8: i32 = (v0 + i1);
    let v9: f32 = in0[v8];
    let v10: f32 = (v9 - v3);
    let v11: f32 = (a1 * 0.0026041667442768812f);
    let v12: f32 = (v11 + 0.000009999999747378752f);
    let v13: f32 = (1.0 / sqrt(v12));
    let v14: f32 = (v10 * v13);
    out0[v8] = v14;
  }
}
