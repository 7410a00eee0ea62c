# emitWgsl (src/lower/codegen-wgsl.ts, wgsl-subgroup.ts), PINNED_SUBGROUP_PROFILE — case 'full_sum'
// kernax kernel full_sum: workgroup, pinned profile
enable subgroups;
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
var<workgroup> kx_red0: array<f32, 128>;
@compute @workgroup_size(128)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32, @builtin(subgroup_invocation_id) sgi: u32, @builtin(subgroup_size) sgs: u32) {
  let grp: i32 = i32(wid.x + wid.y * 1u);
  if (grp >= 1i) { return; }
  {
    var p: f32 = 0.0f;
    for (var t: i32 = i32(lid); t < 100000i; t = t + 128i) {
      let r0: i32 = t;
      let v0: f32 = in0[r0];
      p = (p + v0);
    }
    let sp: f32 = subgroupAdd(p);
    kx_red0[lid] = select(0.0f, sp, subgroupElect());
  }
  workgroupBarrier();
  var a0q: f32 = 0.0f;
  for (var j: u32 = sgi; j < 128u; j = j + sgs) {
    a0q = (a0q + kx_red0[j]);
  }
  let a0: f32 = subgroupAdd(a0q);
  if (lid == 0u) {
    out0[0i] = a0;
  }
}
