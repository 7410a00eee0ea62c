# emitWgsl (src/lower/codegen-wgsl.ts, wgsl-subgroup.ts), PINNED_SUBGROUP_PROFILE — case 'row_all_bool'
// kernax kernel row_min_bool: workgroup, pinned profile
enable subgroups;
@group(0) @binding(0) var<storage, read> in0: array<u32>;
@group(0) @binding(1) var<storage, read_write> out0: array<u32>;
var<workgroup> kx_red0: array<u32, 128>;
@compute @workgroup_size(128)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32, @builtin(subgroup_invocation_id) sgi: u32, @builtin(subgroup_size) sgs: u32) {
  let grp: i32 = i32(wid.x + wid.y * 5u);
  if (grp >= 5i) { return; }
  let i0: i32 = grp;
  let v0: i32 = (i0 * 1000i);
  {
    var p: u32 = 1u;
    for (var t: i32 = i32(lid); t < 1000i; t = t + 128i) {
      let r0: i32 = t;
      let v1: i32 = (v0 + r0);
      let v2: bool = (in0[v1] != 0u);
      p = min(p, select(0u, 1u, v2));
    }
    let sp: u32 = subgroupMin(p);
    kx_red0[lid] = select(1u, sp, subgroupElect());
  }
  workgroupBarrier();
  var a0q: u32 = 1u;
  for (var j: u32 = sgi; j < 128u; j = j + sgs) {
    a0q = min(a0q, kx_red0[j]);
  }
  let a0: u32 = subgroupMin(a0q);
  let a0b: bool = a0 != 0u;
  if (lid == 0u) {
    out0[i0] = select(0u, 1u, a0b);
  }
}
