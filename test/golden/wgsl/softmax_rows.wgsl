# emitWgsl (src/lower/codegen-wgsl.ts), PINNED_PROFILE — case 'softmax_rows'
// kernax kernel softmax_rows: workgroup, pinned profile
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
var<workgroup> kx_red0: array<f32, 128>;
var<workgroup> kx_red1: array<f32, 128>;
fn kx_isnan(x: f32) -> bool { return (bitcast<u32>(x) & 0x7fffffffu) > 0x7f800000u; }
fn kx_maxf(a: f32, b: f32) -> f32 {
  if (kx_isnan(a)) { return a; }
  if (kx_isnan(b)) { return b; }
  if (a == b) { return bitcast<f32>(bitcast<u32>(a) & bitcast<u32>(b)); }
  return select(b, a, a > b);
}
var<private> kx_bits: vec3<u32> = vec3<u32>(0x7f800000u, 0xff800000u, 0x7fc00000u);
fn kx_pinf() -> f32 { return bitcast<f32>(kx_bits.x); }
fn kx_ninf() -> f32 { return bitcast<f32>(kx_bits.y); }
fn kx_nan() -> f32 { return bitcast<f32>(kx_bits.z); }
@compute @workgroup_size(128)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
  let grp: i32 = i32(wid.x + wid.y * 64u);
  if (grp >= 64i) { return; }
  let i0: i32 = grp;
  let v0: i32 = (i0 * 1000i);
  {
    var p: f32 = kx_ninf();
    for (var t: i32 = i32(lid); t < 1000i; t = t + 128i) {
      let r0: i32 = t;
      let v1: i32 = (v0 + r0);
      let v2: f32 = in0[v1];
      p = kx_maxf(p, v2);
    }
    kx_red0[lid] = p;
  }
  workgroupBarrier();
  if (lid < 64u) { kx_red0[lid] = kx_maxf(kx_red0[lid], kx_red0[lid + 64u]); }
  workgroupBarrier();
  if (lid < 32u) { kx_red0[lid] = kx_maxf(kx_red0[lid], kx_red0[lid + 32u]); }
  workgroupBarrier();
  if (lid < 16u) { kx_red0[lid] = kx_maxf(kx_red0[lid], kx_red0[lid + 16u]); }
  workgroupBarrier();
  if (lid < 8u) { kx_red0[lid] = kx_maxf(kx_red0[lid], kx_red0[lid + 8u]); }
  workgroupBarrier();
  if (lid < 4u) { kx_red0[lid] = kx_maxf(kx_red0[lid], kx_red0[lid + 4u]); }
  workgroupBarrier();
  if (lid < 2u) { kx_red0[lid] = kx_maxf(kx_red0[lid], kx_red0[lid + 2u]); }
  workgroupBarrier();
  if (lid < 1u) { kx_red0[lid] = kx_maxf(kx_red0[lid], kx_red0[lid + 1u]); }
  workgroupBarrier();
  let a0: f32 = kx_red0[0];
  workgroupBarrier();
  {
    var p: f32 = 0.0f;
    for (var t: i32 = i32(lid); t < 1000i; t = t + 128i) {
      let r0: i32 = t;
      let v3: i32 = (v0 + r0);
      let v4: f32 = in0[v3];
      let v5: f32 = (v4 - a0);
      let v6: f32 = exp(v5);
      p = (p + v6);
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
  for (var t: i32 = i32(lid); t < 1000i; t = t + 128i) {
    let r0: i32 = t;
    let v7: i32 = (v0 + r0);
    let v8: f32 = in0[v7];
    let v9: f32 = (v8 - a0);
    let v10: f32 = exp(v9);
    let v11: f32 = (v10 / a1);
    out0[v7] = v11;
  }
}
