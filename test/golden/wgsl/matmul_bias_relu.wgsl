# emitWgsl (src/lower/codegen-wgsl.ts), PINNED_PROFILE — case 'matmul_bias_relu'
// kernax kernel matmul_bias_relu: contract, pinned profile
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
var<workgroup> kx_xs: array<f32, 512>;
var<workgroup> kx_ys: array<f32, 512>;
fn kx_isnan(x: f32) -> bool { return (bitcast<u32>(x) & 0x7fffffffu) > 0x7f800000u; }
fn kx_maxf(a: f32, b: f32) -> f32 {
  if (kx_isnan(a)) { return a; }
  if (kx_isnan(b)) { return b; }
  if (a == b) { return bitcast<f32>(bitcast<u32>(a) & bitcast<u32>(b)); }
  return select(b, a, a > b);
}
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
  let grp: i32 = i32(wid.x + wid.y * 4u);
  if (grp >= 4i) { return; }
  let ta0: i32 = (grp / 2i);
  let tb1: i32 = grp % 2i;
  let la: i32 = i32(lid) / 8i;
  let lb: i32 = i32(lid) % 8i;
  let ba: i32 = ta0 * 32i;
  let bb: i32 = tb1 * 32i;
  var c0_0: f32 = 0.0f;
  var c0_1: f32 = 0.0f;
  var c0_2: f32 = 0.0f;
  var c0_3: f32 = 0.0f;
  var c1_0: f32 = 0.0f;
  var c1_1: f32 = 0.0f;
  var c1_2: f32 = 0.0f;
  var c1_3: f32 = 0.0f;
  var c2_0: f32 = 0.0f;
  var c2_1: f32 = 0.0f;
  var c2_2: f32 = 0.0f;
  var c2_3: f32 = 0.0f;
  var c3_0: f32 = 0.0f;
  var c3_1: f32 = 0.0f;
  var c3_2: f32 = 0.0f;
  var c3_3: f32 = 0.0f;
  for (var k0: i32 = 0i; k0 < 70i; k0 = k0 + 16i) {
    {
      let e: i32 = i32(lid);
      let kk: i32 = e % 16i;
      let pt: i32 = min(ba + e / 16i, 32i);
      let rk: i32 = k0 + kk;
      let v0: i32 = (pt * 70i);
      let v1: i32 = (v0 + rk);
      let v2: f32 = in0[v1];
      kx_xs[kk * 32i + e / 16i] = select(0.0f, v2, rk < 70i);
    }
    {
      let e: i32 = i32(lid) + 64i;
      let kk: i32 = e % 16i;
      let pt: i32 = min(ba + e / 16i, 32i);
      let rk: i32 = k0 + kk;
      let v3: i32 = (pt * 70i);
      let v4: i32 = (v3 + rk);
      let v5: f32 = in0[v4];
      kx_xs[kk * 32i + e / 16i] = select(0.0f, v5, rk < 70i);
    }
    {
      let e: i32 = i32(lid) + 128i;
      let kk: i32 = e % 16i;
      let pt: i32 = min(ba + e / 16i, 32i);
      let rk: i32 = k0 + kk;
      let v6: i32 = (pt * 70i);
      let v7: i32 = (v6 + rk);
      let v8: f32 = in0[v7];
      kx_xs[kk * 32i + e / 16i] = select(0.0f, v8, rk < 70i);
    }
    {
      let e: i32 = i32(lid) + 192i;
      let kk: i32 = e % 16i;
      let pt: i32 = min(ba + e / 16i, 32i);
      let rk: i32 = k0 + kk;
      let v9: i32 = (pt * 70i);
      let v10: i32 = (v9 + rk);
      let v11: f32 = in0[v10];
      kx_xs[kk * 32i + e / 16i] = select(0.0f, v11, rk < 70i);
    }
    {
      let e: i32 = i32(lid) + 256i;
      let kk: i32 = e % 16i;
      let pt: i32 = min(ba + e / 16i, 32i);
      let rk: i32 = k0 + kk;
      let v12: i32 = (pt * 70i);
      let v13: i32 = (v12 + rk);
      let v14: f32 = in0[v13];
      kx_xs[kk * 32i + e / 16i] = select(0.0f, v14, rk < 70i);
    }
    {
      let e: i32 = i32(lid) + 320i;
      let kk: i32 = e % 16i;
      let pt: i32 = min(ba + e / 16i, 32i);
      let rk: i32 = k0 + kk;
      let v15: i32 = (pt * 70i);
      let v16: i32 = (v15 + rk);
      let v17: f32 = in0[v16];
      kx_xs[kk * 32i + e / 16i] = select(0.0f, v17, rk < 70i);
    }
    {
      let e: i32 = i32(lid) + 384i;
      let kk: i32 = e % 16i;
      let pt: i32 = min(ba + e / 16i, 32i);
      let rk: i32 = k0 + kk;
      let v18: i32 = (pt * 70i);
      let v19: i32 = (v18 + rk);
      let v20: f32 = in0[v19];
      kx_xs[kk * 32i + e / 16i] = select(0.0f, v20, rk < 70i);
    }
    {
      let e: i32 = i32(lid) + 448i;
      let kk: i32 = e % 16i;
      let pt: i32 = min(ba + e / 16i, 32i);
      let rk: i32 = k0 + kk;
      let v21: i32 = (pt * 70i);
      let v22: i32 = (v21 + rk);
      let v23: f32 = in0[v22];
      kx_xs[kk * 32i + e / 16i] = select(0.0f, v23, rk < 70i);
    }
    {
      let e: i32 = i32(lid);
      let kk: i32 = e / 32i;
      let pt: i32 = min(bb + e % 32i, 46i);
      let rk: i32 = k0 + kk;
      let v24: i32 = (rk * 47i);
      let v25: i32 = (v24 + pt);
      let v26: f32 = in1[v25];
      kx_ys[e] = select(0.0f, v26, rk < 70i);
    }
    {
      let e: i32 = i32(lid) + 64i;
      let kk: i32 = e / 32i;
      let pt: i32 = min(bb + e % 32i, 46i);
      let rk: i32 = k0 + kk;
      let v27: i32 = (rk * 47i);
      let v28: i32 = (v27 + pt);
      let v29: f32 = in1[v28];
      kx_ys[e] = select(0.0f, v29, rk < 70i);
    }
    {
      let e: i32 = i32(lid) + 128i;
      let kk: i32 = e / 32i;
      let pt: i32 = min(bb + e % 32i, 46i);
      let rk: i32 = k0 + kk;
      let v30: i32 = (rk * 47i);
      let v31: i32 = (v30 + pt);
      let v32: f32 = in1[v31];
      kx_ys[e] = select(0.0f, v32, rk < 70i);
    }
    {
      let e: i32 = i32(lid) + 192i;
      let kk: i32 = e / 32i;
      let pt: i32 = min(bb + e % 32i, 46i);
      let rk: i32 = k0 + kk;
      let v33: i32 = (rk * 47i);
      let v34: i32 = (v33 + pt);
      let v35: f32 = in1[v34];
      kx_ys[e] = select(0.0f, v35, rk < 70i);
    }
    {
      let e: i32 = i32(lid) + 256i;
      let kk: i32 = e / 32i;
      let pt: i32 = min(bb + e % 32i, 46i);
      let rk: i32 = k0 + kk;
      let v36: i32 = (rk * 47i);
      let v37: i32 = (v36 + pt);
      let v38: f32 = in1[v37];
      kx_ys[e] = select(0.0f, v38, rk < 70i);
    }
    {
      let e: i32 = i32(lid) + 320i;
      let kk: i32 = e / 32i;
      let pt: i32 = min(bb + e % 32i, 46i);
      let rk: i32 = k0 + kk;
      let v39: i32 = (rk * 47i);
      let v40: i32 = (v39 + pt);
      let v41: f32 = in1[v40];
      kx_ys[e] = select(0.0f, v41, rk < 70i);
    }
    {
      let e: i32 = i32(lid) + 384i;
      let kk: i32 = e / 32i;
      let pt: i32 = min(bb + e % 32i, 46i);
      let rk: i32 = k0 + kk;
      let v42: i32 = (rk * 47i);
      let v43: i32 = (v42 + pt);
      let v44: f32 = in1[v43];
      kx_ys[e] = select(0.0f, v44, rk < 70i);
    }
    {
      let e: i32 = i32(lid) + 448i;
      let kk: i32 = e / 32i;
      let pt: i32 = min(bb + e % 32i, 46i);
      let rk: i32 = k0 + kk;
      let v45: i32 = (rk * 47i);
      let v46: i32 = (v45 + pt);
      let v47: f32 = in1[v46];
      kx_ys[e] = select(0.0f, v47, rk < 70i);
    }
    workgroupBarrier();
    {
      let x0: f32 = kx_xs[0i + la];
      let x1: f32 = kx_xs[0i + la + 8i];
      let x2: f32 = kx_xs[0i + la + 16i];
      let x3: f32 = kx_xs[0i + la + 24i];
      let y0: f32 = kx_ys[0i + lb];
      let y1: f32 = kx_ys[0i + lb + 8i];
      let y2: f32 = kx_ys[0i + lb + 16i];
      let y3: f32 = kx_ys[0i + lb + 24i];
      c0_0 = fma(x0, y0, c0_0);
      c0_1 = fma(x0, y1, c0_1);
      c0_2 = fma(x0, y2, c0_2);
      c0_3 = fma(x0, y3, c0_3);
      c1_0 = fma(x1, y0, c1_0);
      c1_1 = fma(x1, y1, c1_1);
      c1_2 = fma(x1, y2, c1_2);
      c1_3 = fma(x1, y3, c1_3);
      c2_0 = fma(x2, y0, c2_0);
      c2_1 = fma(x2, y1, c2_1);
      c2_2 = fma(x2, y2, c2_2);
      c2_3 = fma(x2, y3, c2_3);
      c3_0 = fma(x3, y0, c3_0);
      c3_1 = fma(x3, y1, c3_1);
      c3_2 = fma(x3, y2, c3_2);
      c3_3 = fma(x3, y3, c3_3);
    }
    {
      let x0: f32 = kx_xs[32i + la];
      let x1: f32 = kx_xs[32i + la + 8i];
      let x2: f32 = kx_xs[32i + la + 16i];
      let x3: f32 = kx_xs[32i + la + 24i];
      let y0: f32 = kx_ys[32i + lb];
      let y1: f32 = kx_ys[32i + lb + 8i];
      let y2: f32 = kx_ys[32i + lb + 16i];
      let y3: f32 = kx_ys[32i + lb + 24i];
      c0_0 = fma(x0, y0, c0_0);
      c0_1 = fma(x0, y1, c0_1);
      c0_2 = fma(x0, y2, c0_2);
      c0_3 = fma(x0, y3, c0_3);
      c1_0 = fma(x1, y0, c1_0);
      c1_1 = fma(x1, y1, c1_1);
      c1_2 = fma(x1, y2, c1_2);
      c1_3 = fma(x1, y3, c1_3);
      c2_0 = fma(x2, y0, c2_0);
      c2_1 = fma(x2, y1, c2_1);
      c2_2 = fma(x2, y2, c2_2);
      c2_3 = fma(x2, y3, c2_3);
      c3_0 = fma(x3, y0, c3_0);
      c3_1 = fma(x3, y1, c3_1);
      c3_2 = fma(x3, y2, c3_2);
      c3_3 = fma(x3, y3, c3_3);
    }
    {
      let x0: f32 = kx_xs[64i + la];
      let x1: f32 = kx_xs[64i + la + 8i];
      let x2: f32 = kx_xs[64i + la + 16i];
      let x3: f32 = kx_xs[64i + la + 24i];
      let y0: f32 = kx_ys[64i + lb];
      let y1: f32 = kx_ys[64i + lb + 8i];
      let y2: f32 = kx_ys[64i + lb + 16i];
      let y3: f32 = kx_ys[64i + lb + 24i];
      c0_0 = fma(x0, y0, c0_0);
      c0_1 = fma(x0, y1, c0_1);
      c0_2 = fma(x0, y2, c0_2);
      c0_3 = fma(x0, y3, c0_3);
      c1_0 = fma(x1, y0, c1_0);
      c1_1 = fma(x1, y1, c1_1);
      c1_2 = fma(x1, y2, c1_2);
      c1_3 = fma(x1, y3, c1_3);
      c2_0 = fma(x2, y0, c2_0);
      c2_1 = fma(x2, y1, c2_1);
      c2_2 = fma(x2, y2, c2_2);
      c2_3 = fma(x2, y3, c2_3);
      c3_0 = fma(x3, y0, c3_0);
      c3_1 = fma(x3, y1, c3_1);
      c3_2 = fma(x3, y2, c3_2);
      c3_3 = fma(x3, y3, c3_3);
    }
    {
      let x0: f32 = kx_xs[96i + la];
      let x1: f32 = kx_xs[96i + la + 8i];
      let x2: f32 = kx_xs[96i + la + 16i];
      let x3: f32 = kx_xs[96i + la + 24i];
      let y0: f32 = kx_ys[96i + lb];
      let y1: f32 = kx_ys[96i + lb + 8i];
      let y2: f32 = kx_ys[96i + lb + 16i];
      let y3: f32 = kx_ys[96i + lb + 24i];
      c0_0 = fma(x0, y0, c0_0);
      c0_1 = fma(x0, y1, c0_1);
      c0_2 = fma(x0, y2, c0_2);
      c0_3 = fma(x0, y3, c0_3);
      c1_0 = fma(x1, y0, c1_0);
      c1_1 = fma(x1, y1, c1_1);
      c1_2 = fma(x1, y2, c1_2);
      c1_3 = fma(x1, y3, c1_3);
      c2_0 = fma(x2, y0, c2_0);
      c2_1 = fma(x2, y1, c2_1);
      c2_2 = fma(x2, y2, c2_2);
      c2_3 = fma(x2, y3, c2_3);
      c3_0 = fma(x3, y0, c3_0);
      c3_1 = fma(x3, y1, c3_1);
      c3_2 = fma(x3, y2, c3_2);
      c3_3 = fma(x3, y3, c3_3);
    }
    {
      let x0: f32 = kx_xs[128i + la];
      let x1: f32 = kx_xs[128i + la + 8i];
      let x2: f32 = kx_xs[128i + la + 16i];
      let x3: f32 = kx_xs[128i + la + 24i];
      let y0: f32 = kx_ys[128i + lb];
      let y1: f32 = kx_ys[128i + lb + 8i];
      let y2: f32 = kx_ys[128i + lb + 16i];
      let y3: f32 = kx_ys[128i + lb + 24i];
      c0_0 = fma(x0, y0, c0_0);
      c0_1 = fma(x0, y1, c0_1);
      c0_2 = fma(x0, y2, c0_2);
      c0_3 = fma(x0, y3, c0_3);
      c1_0 = fma(x1, y0, c1_0);
      c1_1 = fma(x1, y1, c1_1);
      c1_2 = fma(x1, y2, c1_2);
      c1_3 = fma(x1, y3, c1_3);
      c2_0 = fma(x2, y0, c2_0);
      c2_1 = fma(x2, y1, c2_1);
      c2_2 = fma(x2, y2, c2_2);
      c2_3 = fma(x2, y3, c2_3);
      c3_0 = fma(x3, y0, c3_0);
      c3_1 = fma(x3, y1, c3_1);
      c3_2 = fma(x3, y2, c3_2);
      c3_3 = fma(x3, y3, c3_3);
    }
    {
      let x0: f32 = kx_xs[160i + la];
      let x1: f32 = kx_xs[160i + la + 8i];
      let x2: f32 = kx_xs[160i + la + 16i];
      let x3: f32 = kx_xs[160i + la + 24i];
      let y0: f32 = kx_ys[160i + lb];
      let y1: f32 = kx_ys[160i + lb + 8i];
      let y2: f32 = kx_ys[160i + lb + 16i];
      let y3: f32 = kx_ys[160i + lb + 24i];
      c0_0 = fma(x0, y0, c0_0);
      c0_1 = fma(x0, y1, c0_1);
      c0_2 = fma(x0, y2, c0_2);
      c0_3 = fma(x0, y3, c0_3);
      c1_0 = fma(x1, y0, c1_0);
      c1_1 = fma(x1, y1, c1_1);
      c1_2 = fma(x1, y2, c1_2);
      c1_3 = fma(x1, y3, c1_3);
      c2_0 = fma(x2, y0, c2_0);
      c2_1 = fma(x2, y1, c2_1);
      c2_2 = fma(x2, y2, c2_2);
      c2_3 = fma(x2, y3, c2_3);
      c3_0 = fma(x3, y0, c3_0);
      c3_1 = fma(x3, y1, c3_1);
      c3_2 = fma(x3, y2, c3_2);
      c3_3 = fma(x3, y3, c3_3);
    }
    {
      let x0: f32 = kx_xs[192i + la];
      let x1: f32 = kx_xs[192i + la + 8i];
      let x2: f32 = kx_xs[192i + la + 16i];
      let x3: f32 = kx_xs[192i + la + 24i];
      let y0: f32 = kx_ys[192i + lb];
      let y1: f32 = kx_ys[192i + lb + 8i];
      let y2: f32 = kx_ys[192i + lb + 16i];
      let y3: f32 = kx_ys[192i + lb + 24i];
      c0_0 = fma(x0, y0, c0_0);
      c0_1 = fma(x0, y1, c0_1);
      c0_2 = fma(x0, y2, c0_2);
      c0_3 = fma(x0, y3, c0_3);
      c1_0 = fma(x1, y0, c1_0);
      c1_1 = fma(x1, y1, c1_1);
      c1_2 = fma(x1, y2, c1_2);
      c1_3 = fma(x1, y3, c1_3);
      c2_0 = fma(x2, y0, c2_0);
      c2_1 = fma(x2, y1, c2_1);
      c2_2 = fma(x2, y2, c2_2);
      c2_3 = fma(x2, y3, c2_3);
      c3_0 = fma(x3, y0, c3_0);
      c3_1 = fma(x3, y1, c3_1);
      c3_2 = fma(x3, y2, c3_2);
      c3_3 = fma(x3, y3, c3_3);
    }
    {
      let x0: f32 = kx_xs[224i + la];
      let x1: f32 = kx_xs[224i + la + 8i];
      let x2: f32 = kx_xs[224i + la + 16i];
      let x3: f32 = kx_xs[224i + la + 24i];
      let y0: f32 = kx_ys[224i + lb];
      let y1: f32 = kx_ys[224i + lb + 8i];
      let y2: f32 = kx_ys[224i + lb + 16i];
      let y3: f32 = kx_ys[224i + lb + 24i];
      c0_0 = fma(x0, y0, c0_0);
      c0_1 = fma(x0, y1, c0_1);
      c0_2 = fma(x0, y2, c0_2);
      c0_3 = fma(x0, y3, c0_3);
      c1_0 = fma(x1, y0, c1_0);
      c1_1 = fma(x1, y1, c1_1);
      c1_2 = fma(x1, y2, c1_2);
      c1_3 = fma(x1, y3, c1_3);
      c2_0 = fma(x2, y0, c2_0);
      c2_1 = fma(x2, y1, c2_1);
      c2_2 = fma(x2, y2, c2_2);
      c2_3 = fma(x2, y3, c2_3);
      c3_0 = fma(x3, y0, c3_0);
      c3_1 = fma(x3, y1, c3_1);
      c3_2 = fma(x3, y2, c3_2);
      c3_3 = fma(x3, y3, c3_3);
    }
    {
      let x0: f32 = kx_xs[256i + la];
      let x1: f32 = kx_xs[256i + la + 8i];
      let x2: f32 = kx_xs[256i + la + 16i];
      let x3: f32 = kx_xs[256i + la + 24i];
      let y0: f32 = kx_ys[256i + lb];
      let y1: f32 = kx_ys[256i + lb + 8i];
      let y2: f32 = kx_ys[256i + lb + 16i];
      let y3: f32 = kx_ys[256i + lb + 24i];
      c0_0 = fma(x0, y0, c0_0);
      c0_1 = fma(x0, y1, c0_1);
      c0_2 = fma(x0, y2, c0_2);
      c0_3 = fma(x0, y3, c0_3);
      c1_0 = fma(x1, y0, c1_0);
      c1_1 = fma(x1, y1, c1_1);
      c1_2 = fma(x1, y2, c1_2);
      c1_3 = fma(x1, y3, c1_3);
      c2_0 = fma(x2, y0, c2_0);
      c2_1 = fma(x2, y1, c2_1);
      c2_2 = fma(x2, y2, c2_2);
      c2_3 = fma(x2, y3, c2_3);
      c3_0 = fma(x3, y0, c3_0);
      c3_1 = fma(x3, y1, c3_1);
      c3_2 = fma(x3, y2, c3_2);
      c3_3 = fma(x3, y3, c3_3);
    }
    {
      let x0: f32 = kx_xs[288i + la];
      let x1: f32 = kx_xs[288i + la + 8i];
      let x2: f32 = kx_xs[288i + la + 16i];
      let x3: f32 = kx_xs[288i + la + 24i];
      let y0: f32 = kx_ys[288i + lb];
      let y1: f32 = kx_ys[288i + lb + 8i];
      let y2: f32 = kx_ys[288i + lb + 16i];
      let y3: f32 = kx_ys[288i + lb + 24i];
      c0_0 = fma(x0, y0, c0_0);
      c0_1 = fma(x0, y1, c0_1);
      c0_2 = fma(x0, y2, c0_2);
      c0_3 = fma(x0, y3, c0_3);
      c1_0 = fma(x1, y0, c1_0);
      c1_1 = fma(x1, y1, c1_1);
      c1_2 = fma(x1, y2, c1_2);
      c1_3 = fma(x1, y3, c1_3);
      c2_0 = fma(x2, y0, c2_0);
      c2_1 = fma(x2, y1, c2_1);
      c2_2 = fma(x2, y2, c2_2);
      c2_3 = fma(x2, y3, c2_3);
      c3_0 = fma(x3, y0, c3_0);
      c3_1 = fma(x3, y1, c3_1);
      c3_2 = fma(x3, y2, c3_2);
      c3_3 = fma(x3, y3, c3_3);
    }
    {
      let x0: f32 = kx_xs[320i + la];
      let x1: f32 = kx_xs[320i + la + 8i];
      let x2: f32 = kx_xs[320i + la + 16i];
      let x3: f32 = kx_xs[320i + la + 24i];
      let y0: f32 = kx_ys[320i + lb];
      let y1: f32 = kx_ys[320i + lb + 8i];
      let y2: f32 = kx_ys[320i + lb + 16i];
      let y3: f32 = kx_ys[320i + lb + 24i];
      c0_0 = fma(x0, y0, c0_0);
      c0_1 = fma(x0, y1, c0_1);
      c0_2 = fma(x0, y2, c0_2);
      c0_3 = fma(x0, y3, c0_3);
      c1_0 = fma(x1, y0, c1_0);
      c1_1 = fma(x1, y1, c1_1);
      c1_2 = fma(x1, y2, c1_2);
      c1_3 = fma(x1, y3, c1_3);
      c2_0 = fma(x2, y0, c2_0);
      c2_1 = fma(x2, y1, c2_1);
      c2_2 = fma(x2, y2, c2_2);
      c2_3 = fma(x2, y3, c2_3);
      c3_0 = fma(x3, y0, c3_0);
      c3_1 = fma(x3, y1, c3_1);
      c3_2 = fma(x3, y2, c3_2);
      c3_3 = fma(x3, y3, c3_3);
    }
    {
      let x0: f32 = kx_xs[352i + la];
      let x1: f32 = kx_xs[352i + la + 8i];
      let x2: f32 = kx_xs[352i + la + 16i];
      let x3: f32 = kx_xs[352i + la + 24i];
      let y0: f32 = kx_ys[352i + lb];
      let y1: f32 = kx_ys[352i + lb + 8i];
      let y2: f32 = kx_ys[352i + lb + 16i];
      let y3: f32 = kx_ys[352i + lb + 24i];
      c0_0 = fma(x0, y0, c0_0);
      c0_1 = fma(x0, y1, c0_1);
      c0_2 = fma(x0, y2, c0_2);
      c0_3 = fma(x0, y3, c0_3);
      c1_0 = fma(x1, y0, c1_0);
      c1_1 = fma(x1, y1, c1_1);
      c1_2 = fma(x1, y2, c1_2);
      c1_3 = fma(x1, y3, c1_3);
      c2_0 = fma(x2, y0, c2_0);
      c2_1 = fma(x2, y1, c2_1);
      c2_2 = fma(x2, y2, c2_2);
      c2_3 = fma(x2, y3, c2_3);
      c3_0 = fma(x3, y0, c3_0);
      c3_1 = fma(x3, y1, c3_1);
      c3_2 = fma(x3, y2, c3_2);
      c3_3 = fma(x3, y3, c3_3);
    }
    {
      let x0: f32 = kx_xs[384i + la];
      let x1: f32 = kx_xs[384i + la + 8i];
      let x2: f32 = kx_xs[384i + la + 16i];
      let x3: f32 = kx_xs[384i + la + 24i];
      let y0: f32 = kx_ys[384i + lb];
      let y1: f32 = kx_ys[384i + lb + 8i];
      let y2: f32 = kx_ys[384i + lb + 16i];
      let y3: f32 = kx_ys[384i + lb + 24i];
      c0_0 = fma(x0, y0, c0_0);
      c0_1 = fma(x0, y1, c0_1);
      c0_2 = fma(x0, y2, c0_2);
      c0_3 = fma(x0, y3, c0_3);
      c1_0 = fma(x1, y0, c1_0);
      c1_1 = fma(x1, y1, c1_1);
      c1_2 = fma(x1, y2, c1_2);
      c1_3 = fma(x1, y3, c1_3);
      c2_0 = fma(x2, y0, c2_0);
      c2_1 = fma(x2, y1, c2_1);
      c2_2 = fma(x2, y2, c2_2);
      c2_3 = fma(x2, y3, c2_3);
      c3_0 = fma(x3, y0, c3_0);
      c3_1 = fma(x3, y1, c3_1);
      c3_2 = fma(x3, y2, c3_2);
      c3_3 = fma(x3, y3, c3_3);
    }
    {
      let x0: f32 = kx_xs[416i + la];
      let x1: f32 = kx_xs[416i + la + 8i];
      let x2: f32 = kx_xs[416i + la + 16i];
      let x3: f32 = kx_xs[416i + la + 24i];
      let y0: f32 = kx_ys[416i + lb];
      let y1: f32 = kx_ys[416i + lb + 8i];
      let y2: f32 = kx_ys[416i + lb + 16i];
      let y3: f32 = kx_ys[416i + lb + 24i];
      c0_0 = fma(x0, y0, c0_0);
      c0_1 = fma(x0, y1, c0_1);
      c0_2 = fma(x0, y2, c0_2);
      c0_3 = fma(x0, y3, c0_3);
      c1_0 = fma(x1, y0, c1_0);
      c1_1 = fma(x1, y1, c1_1);
      c1_2 = fma(x1, y2, c1_2);
      c1_3 = fma(x1, y3, c1_3);
      c2_0 = fma(x2, y0, c2_0);
      c2_1 = fma(x2, y1, c2_1);
      c2_2 = fma(x2, y2, c2_2);
      c2_3 = fma(x2, y3, c2_3);
      c3_0 = fma(x3, y0, c3_0);
      c3_1 = fma(x3, y1, c3_1);
      c3_2 = fma(x3, y2, c3_2);
      c3_3 = fma(x3, y3, c3_3);
    }
    {
      let x0: f32 = kx_xs[448i + la];
      let x1: f32 = kx_xs[448i + la + 8i];
      let x2: f32 = kx_xs[448i + la + 16i];
      let x3: f32 = kx_xs[448i + la + 24i];
      let y0: f32 = kx_ys[448i + lb];
      let y1: f32 = kx_ys[448i + lb + 8i];
      let y2: f32 = kx_ys[448i + lb + 16i];
      let y3: f32 = kx_ys[448i + lb + 24i];
      c0_0 = fma(x0, y0, c0_0);
      c0_1 = fma(x0, y1, c0_1);
      c0_2 = fma(x0, y2, c0_2);
      c0_3 = fma(x0, y3, c0_3);
      c1_0 = fma(x1, y0, c1_0);
      c1_1 = fma(x1, y1, c1_1);
      c1_2 = fma(x1, y2, c1_2);
      c1_3 = fma(x1, y3, c1_3);
      c2_0 = fma(x2, y0, c2_0);
      c2_1 = fma(x2, y1, c2_1);
      c2_2 = fma(x2, y2, c2_2);
      c2_3 = fma(x2, y3, c2_3);
      c3_0 = fma(x3, y0, c3_0);
      c3_1 = fma(x3, y1, c3_1);
      c3_2 = fma(x3, y2, c3_2);
      c3_3 = fma(x3, y3, c3_3);
    }
    {
      let x0: f32 = kx_xs[480i + la];
      let x1: f32 = kx_xs[480i + la + 8i];
      let x2: f32 = kx_xs[480i + la + 16i];
      let x3: f32 = kx_xs[480i + la + 24i];
      let y0: f32 = kx_ys[480i + lb];
      let y1: f32 = kx_ys[480i + lb + 8i];
      let y2: f32 = kx_ys[480i + lb + 16i];
      let y3: f32 = kx_ys[480i + lb + 24i];
      c0_0 = fma(x0, y0, c0_0);
      c0_1 = fma(x0, y1, c0_1);
      c0_2 = fma(x0, y2, c0_2);
      c0_3 = fma(x0, y3, c0_3);
      c1_0 = fma(x1, y0, c1_0);
      c1_1 = fma(x1, y1, c1_1);
      c1_2 = fma(x1, y2, c1_2);
      c1_3 = fma(x1, y3, c1_3);
      c2_0 = fma(x2, y0, c2_0);
      c2_1 = fma(x2, y1, c2_1);
      c2_2 = fma(x2, y2, c2_2);
      c2_3 = fma(x2, y3, c2_3);
      c3_0 = fma(x3, y0, c3_0);
      c3_1 = fma(x3, y1, c3_1);
      c3_2 = fma(x3, y2, c3_2);
      c3_3 = fma(x3, y3, c3_3);
    }
    workgroupBarrier();
  }
  if (ba + la < 33i && bb + lb < 47i) {
    let oa: i32 = ba + la;
    let ob: i32 = bb + lb;
    let v48: i32 = (oa * 47i);
    let v49: i32 = (v48 + ob);
    let v50: f32 = in2[ob];
    let v51: f32 = (c0_0 + v50);
    let v52: f32 = kx_maxf(v51, 0.0f);
    out0[v49] = v52;
  }
  if (ba + la < 33i && bb + lb + 8i < 47i) {
    let oa: i32 = ba + la;
    let ob: i32 = bb + lb + 8i;
    let v53: i32 = (oa * 47i);
    let v54: i32 = (v53 + ob);
    let v55: f32 = in2[ob];
    let v56: f32 = (c0_1 + v55);
    let v57: f32 = kx_maxf(v56, 0.0f);
    out0[v54] = v57;
  }
  if (ba + la < 33i && bb + lb + 16i < 47i) {
    let oa: i32 = ba + la;
    let ob: i32 = bb + lb + 16i;
    let v58: i32 = (oa * 47i);
    let v59: i32 = (v58 + ob);
    let v60: f32 = in2[ob];
    let v61: f32 = (c0_2 + v60);
    let v62: f32 = kx_maxf(v61, 0.0f);
    out0[v59] = v62;
  }
  if (ba + la < 33i && bb + lb + 24i < 47i) {
    let oa: i32 = ba + la;
    let ob: i32 = bb + lb + 24i;
    let v63: i32 = (oa * 47i);
    let v64: i32 = (v63 + ob);
    let v65: f32 = in2[ob];
    let v66: f32 = (c0_3 + v65);
    let v67: f32 = kx_maxf(v66, 0.0f);
    out0[v64] = v67;
  }
  if (ba + la + 8i < 33i && bb + lb < 47i) {
    let oa: i32 = ba + la + 8i;
    let ob: i32 = bb + lb;
    let v68: i32 = (oa * 47i);
    let v69: i32 = (v68 + ob);
    let v70: f32 = in2[ob];
    let v71: f32 = (c1_0 + v70);
    let v72: f32 = kx_maxf(v71, 0.0f);
    out0[v69] = v72;
  }
  if (ba + la + 8i < 33i && bb + lb + 8i < 47i) {
    let oa: i32 = ba + la + 8i;
    let ob: i32 = bb + lb + 8i;
    let v73: i32 = (oa * 47i);
    let v74: i32 = (v73 + ob);
    let v75: f32 = in2[ob];
    let v76: f32 = (c1_1 + v75);
    let v77: f32 = kx_maxf(v76, 0.0f);
    out0[v74] = v77;
  }
  if (ba + la + 8i < 33i && bb + lb + 16i < 47i) {
    let oa: i32 = ba + la + 8i;
    let ob: i32 = bb + lb + 16i;
    let v78: i32 = (oa * 47i);
    let v79: i32 = (v78 + ob);
    let v80: f32 = in2[ob];
    let v81: f32 = (c1_2 + v80);
    let v82: f32 = kx_maxf(v81, 0.0f);
    out0[v79] = v82;
  }
  if (ba + la + 8i < 33i && bb + lb + 24i < 47i) {
    let oa: i32 = ba + la + 8i;
    let ob: i32 = bb + lb + 24i;
    let v83: i32 = (oa * 47i);
    let v84: i32 = (v83 + ob);
    let v85: f32 = in2[ob];
    let v86: f32 = (c1_3 + v85);
    let v87: f32 = kx_maxf(v86, 0.0f);
    out0[v84] = v87;
  }
  if (ba + la + 16i < 33i && bb + lb < 47i) {
    let oa: i32 = ba + la + 16i;
    let ob: i32 = bb + lb;
    let v88: i32 = (oa * 47i);
    let v89: i32 = (v88 + ob);
    let v90: f32 = in2[ob];
    let v91: f32 = (c2_0 + v90);
    let v92: f32 = kx_maxf(v91, 0.0f);
    out0[v89] = v92;
  }
  if (ba + la + 16i < 33i && bb + lb + 8i < 47i) {
    let oa: i32 = ba + la + 16i;
    let ob: i32 = bb + lb + 8i;
    let v93: i32 = (oa * 47i);
    let v94: i32 = (v93 + ob);
    let v95: f32 = in2[ob];
    let v96: f32 = (c2_1 + v95);
    let v97: f32 = kx_maxf(v96, 0.0f);
    out0[v94] = v97;
  }
  if (ba + la + 16i < 33i && bb + lb + 16i < 47i) {
    let oa: i32 = ba + la + 16i;
    let ob: i32 = bb + lb + 16i;
    let v98: i32 = (oa * 47i);
    let v99: i32 = (v98 + ob);
    let v100: f32 = in2[ob];
    let v101: f32 = (c2_2 + v100);
    let v102: f32 = kx_maxf(v101, 0.0f);
    out0[v99] = v102;
  }
  if (ba + la + 16i < 33i && bb + lb + 24i < 47i) {
    let oa: i32 = ba + la + 16i;
    let ob: i32 = bb + lb + 24i;
    let v103: i32 = (oa * 47i);
    let v104: i32 = (v103 + ob);
    let v105: f32 = in2[ob];
    let v106: f32 = (c2_3 + v105);
    let v107: f32 = kx_maxf(v106, 0.0f);
    out0[v104] = v107;
  }
  if (ba + la + 24i < 33i && bb + lb < 47i) {
    let oa: i32 = ba + la + 24i;
    let ob: i32 = bb + lb;
    let v108: i32 = (oa * 47i);
    let v109: i32 = (v108 + ob);
    let v110: f32 = in2[ob];
    let v111: f32 = (c3_0 + v110);
    let v112: f32 = kx_maxf(v111, 0.0f);
    out0[v109] = v112;
  }
  if (ba + la + 24i < 33i && bb + lb + 8i < 47i) {
    let oa: i32 = ba + la + 24i;
    let ob: i32 = bb + lb + 8i;
    let v113: i32 = (oa * 47i);
    let v114: i32 = (v113 + ob);
    let v115: f32 = in2[ob];
    let v116: f32 = (c3_1 + v115);
    let v117: f32 = kx_maxf(v116, 0.0f);
    out0[v114] = v117;
  }
  if (ba + la + 24i < 33i && bb + lb + 16i < 47i) {
    let oa: i32 = ba + la + 24i;
    let ob: i32 = bb + lb + 16i;
    let v118: i32 = (oa * 47i);
    let v119: i32 = (v118 + ob);
    let v120: f32 = in2[ob];
    let v121: f32 = (c3_2 + v120);
    let v122: f32 = kx_maxf(v121, 0.0f);
    out0[v119] = v122;
  }
  if (ba + la + 24i < 33i && bb + lb + 24i < 47i) {
    let oa: i32 = ba + la + 24i;
    let ob: i32 = bb + lb + 24i;
    let v123: i32 = (oa * 47i);
    let v124: i32 = (v123 + ob);
    let v125: f32 = in2[ob];
    let v126: f32 = (c3_3 + v125);
    let v127: f32 = kx_maxf(v126, 0.0f);
    out0[v124] = v127;
  }
}
