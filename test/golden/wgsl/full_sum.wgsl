# emitWgsl (src/lower/codegen-wgsl.ts), PINNED_PROFILE — case 'full_sum'
// kernax kernel full_sum: workgroup, pinned profile
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
var<workgroup> kx_red0: array<f32, 128>;
@compute @workgroup_size(128)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
  let grp: i32 = i32(wid.x + wid.y * 1u);
  if (grp >= 1i) { return; }
  {
    var p: f32 = 0.0f;
    for (var t: i32 = i32(lid); t < 100000i; t = t + 128i) {
      let r0: i32 = t;
      let v0: f32 = in0[r0];
      p = (p + v0);
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
  if (lid == 0u) {
    out0[0i] = a0;
  }
}
