# emitWgsl (src/lower/codegen-wgsl.ts, wgsl-subgroup.ts), PINNED_SUBGROUP_PROFILE — case 'softmax'
// kernax kernel softmax_rows: workgroup, pinned profile
enable subgroups;
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
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32, @builtin(subgroup_invocation_id) sgi: u32, @builtin(subgroup_size) sgs: u32) {
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
    let spk: i32 = subgroupMax(select(select(bitcast<i32>(p) ^ 0x7fffffffi, bitcast<i32>(p), bitcast<i32>(p) >= 0i), 0x7fffffffi, kx_isnan(p)));
    let sp: f32 = bitcast<f32>(select(select(spk ^ 0x7fffffffi, spk, spk >= 0i), 0x7fc00000i, spk == 0x7fffffffi));
    kx_red0[lid] = select(kx_ninf(), sp, subgroupElect());
  }
  workgroupBarrier();
  var a0q: f32 = kx_ninf();
  for (var j: u32 = sgi; j < 128u; j = j + sgs) {
    a0q = kx_maxf(a0q, kx_red0[j]);
  }
  let a0k: i32 = subgroupMax(select(select(bitcast<i32>(a0q) ^ 0x7fffffffi, bitcast<i32>(a0q), bitcast<i32>(a0q) >= 0i), 0x7fffffffi, kx_isnan(a0q)));
  let a0: f32 = bitcast<f32>(select(select(a0k ^ 0x7fffffffi, a0k, a0k >= 0i), 0x7fc00000i, a0k == 0x7fffffffi));
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
    let sp: f32 = subgroupAdd(p);
    kx_red1[lid] = select(0.0f, sp, subgroupElect());
  }
  workgroupBarrier();
  var a1q: f32 = 0.0f;
  for (var j: u32 = sgi; j < 128u; j = j + sgs) {
    a1q = (a1q + kx_red1[j]);
  }
  let a1: f32 = subgroupAdd(a1q);
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
