# jit(f).lower(...).compile({ device: 'webgpu' }).asText('wgsl'), PINNED_PROFILE — case 'attention'
// kernax kernel k0: contract, pinned profile
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
var<workgroup> kx_xs: array<f32, 128>;
var<workgroup> kx_ys: array<f32, 128>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
  let grp: i32 = i32(wid.x + wid.y * 1u);
  if (grp >= 1i) { return; }
  let ta0: i32 = 0i;
  let tb1: i32 = 0i;
  let la: i32 = i32(lid) / 8i;
  let lb: i32 = i32(lid) % 8i;
  let ba: i32 = ta0 * 8i;
  let bb: i32 = tb1 * 8i;
  var c0_0: f32 = 0.0f;
  for (var k0: i32 = 0i; k0 < 16i; k0 = k0 + 16i) {
    {
      let e: i32 = i32(lid);
      let kk: i32 = e % 16i;
      let pt: i32 = ba + e / 16i;
      let rk: i32 = k0 + kk;
      let v0: i32 = (pt * 16i);
      let v1: i32 = (v0 + rk);
      let v2: f32 = in0[v1];
      kx_xs[kk * 8i + e / 16i] = v2;
    }
    {
      let e: i32 = i32(lid) + 64i;
      let kk: i32 = e % 16i;
      let pt: i32 = ba + e / 16i;
      let rk: i32 = k0 + kk;
      let v3: i32 = (pt * 16i);
      let v4: i32 = (v3 + rk);
      let v5: f32 = in0[v4];
      kx_xs[kk * 8i + e / 16i] = v5;
    }
    {
      let e: i32 = i32(lid);
      let kk: i32 = e % 16i;
      let pt: i32 = bb + e / 16i;
      let rk: i32 = k0 + kk;
      let v6: i32 = (pt * 16i);
      let v7: i32 = (v6 + rk);
      let v8: f32 = in1[v7];
      kx_ys[kk * 8i + e / 16i] = v8;
    }
    {
      let e: i32 = i32(lid) + 64i;
      let kk: i32 = e % 16i;
      let pt: i32 = bb + e / 16i;
      let rk: i32 = k0 + kk;
      let v9: i32 = (pt * 16i);
      let v10: i32 = (v9 + rk);
      let v11: f32 = in1[v10];
      kx_ys[kk * 8i + e / 16i] = v11;
    }
    workgroupBarrier();
    {
      let x0: f32 = kx_xs[0i + la];
      let y0: f32 = kx_ys[0i + lb];
      c0_0 = fma(x0, y0, c0_0);
    }
    {
      let x0: f32 = kx_xs[8i + la];
      let y0: f32 = kx_ys[8i + lb];
      c0_0 = fma(x0, y0, c0_0);
    }
    {
      let x0: f32 = kx_xs[16i + la];
      let y0: f32 = kx_ys[16i + lb];
      c0_0 = fma(x0, y0, c0_0);
    }
    {
      let x0: f32 = kx_xs[24i + la];
      let y0: f32 = kx_ys[24i + lb];
      c0_0 = fma(x0, y0, c0_0);
    }
    {
      let x0: f32 = kx_xs[32i + la];
      let y0: f32 = kx_ys[32i + lb];
      c0_0 = fma(x0, y0, c0_0);
    }
    {
      let x0: f32 = kx_xs[40i + la];
      let y0: f32 = kx_ys[40i + lb];
      c0_0 = fma(x0, y0, c0_0);
    }
    {
      let x0: f32 = kx_xs[48i + la];
      let y0: f32 = kx_ys[48i + lb];
      c0_0 = fma(x0, y0, c0_0);
    }
    {
      let x0: f32 = kx_xs[56i + la];
      let y0: f32 = kx_ys[56i + lb];
      c0_0 = fma(x0, y0, c0_0);
    }
    {
      let x0: f32 = kx_xs[64i + la];
      let y0: f32 = kx_ys[64i + lb];
      c0_0 = fma(x0, y0, c0_0);
    }
    {
      let x0: f32 = kx_xs[72i + la];
      let y0: f32 = kx_ys[72i + lb];
      c0_0 = fma(x0, y0, c0_0);
    }
    {
      let x0: f32 = kx_xs[80i + la];
      let y0: f32 = kx_ys[80i + lb];
      c0_0 = fma(x0, y0, c0_0);
    }
    {
      let x0: f32 = kx_xs[88i + la];
      let y0: f32 = kx_ys[88i + lb];
      c0_0 = fma(x0, y0, c0_0);
    }
    {
      let x0: f32 = kx_xs[96i + la];
      let y0: f32 = kx_ys[96i + lb];
      c0_0 = fma(x0, y0, c0_0);
    }
    {
      let x0: f32 = kx_xs[104i + la];
      let y0: f32 = kx_ys[104i + lb];
      c0_0 = fma(x0, y0, c0_0);
    }
    {
      let x0: f32 = kx_xs[112i + la];
      let y0: f32 = kx_ys[112i + lb];
      c0_0 = fma(x0, y0, c0_0);
    }
    {
      let x0: f32 = kx_xs[120i + la];
      let y0: f32 = kx_ys[120i + lb];
      c0_0 = fma(x0, y0, c0_0);
    }
    workgroupBarrier();
  }
  {
    let oa: i32 = ba + la;
    let ob: i32 = bb + lb;
    let v12: i32 = (oa * 8i);
    let v13: i32 = (v12 + ob);
    out0[v13] = c0_0;
  }
}

// kernax kernel k1: workgroup, pinned profile
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
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
  let grp: i32 = i32(wid.x + wid.y * 8u);
  if (grp >= 8i) { return; }
  let i0: i32 = grp;
  let v0: i32 = (i0 * 8i);
  {
    var p: f32 = kx_ninf();
    for (var t: i32 = i32(lid); t < 8i; t = t + 128i) {
      let r0: i32 = t;
      let v1: i32 = (v0 + r0);
      let v2: f32 = in1[v1];
      let v3: f32 = (v2 / 4.0f);
      p = kx_maxf(p, v3);
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
  let v4: f32 = kx_maxf(kx_ninf(), a0);
  {
    var p: f32 = 0.0f;
    for (var t: i32 = i32(lid); t < 8i; t = t + 128i) {
      let r0: i32 = t;
      let v5: i32 = (v0 + r0);
      let v6: f32 = in1[v5];
      let v7: f32 = (v6 / 4.0f);
      let v8: f32 = (v7 - v4);
      let v9: f32 = exp(v8);
      p = (p + v9);
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
  for (var t: i32 = i32(lid); t < 16i; t = t + 128i) {
    let i1: i32 = t;
    var a2: f32 = 0.0f;
    for (var r0: i32 = 0i; r0 < 8i; r0 = r0 + 1i) {
      let v10: i32 = (v0 + r0);
      let v11: f32 = in1[v10];
      let v12: f32 = (v11 / 4.0f);
      let v13: f32 = (v12 - v4);
      let v14: f32 = exp(v13);
      let v15: f32 = (v14 / a1);
      let v16: i32 = (r0 * 16i);
      let v17: i32 = (v16 + i1);
      let v18: f32 = in0[v17];
      a2 = fma(v15, v18, a2);
    }
    let v19: i32 = (i0 * 16i);
    let v20: i32 = (v19 + i1);
    out0[v20] = a2;
  }
}
