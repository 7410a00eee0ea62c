# jit(f).lower(...).compile({ device: 'webgpu' }).asText('wgsl'), PINNED_PROFILE — case 'matmul_bias_relu'
// kernax kernel k0: contract, pinned profile
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
var<workgroup> kx_xs: array<f32, 512>;
var<workgroup> kx_ys: array<f32, 512>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
  let grp: i32 = i32(wid.x + wid.y * 2u);
  if (grp >= 2i) { return; }
  let ta0: i32 = 0i;
  let tb1: i32 = grp;
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
  for (var k0: i32 = 0i; k0 < 64i; k0 = k0 + 16i) {
    {
      let e: i32 = i32(lid);
      let kk: i32 = e % 16i;
      let pt: i32 = ba + e / 16i;
      let rk: i32 = k0 + kk;
      let v0: i32 = (pt * 64i);
      let v1: i32 = (v0 + rk);
      let v2: f32 = in0[v1];
      kx_xs[kk * 32i + e / 16i] = v2;
    }
    {
      let e: i32 = i32(lid) + 64i;
      let kk: i32 = e % 16i;
      let pt: i32 = ba + e / 16i;
      let rk: i32 = k0 + kk;
      let v3: i32 = (pt * 64i);
      let v4: i32 = (v3 + rk);
      let v5: f32 = in0[v4];
      kx_xs[kk * 32i + e / 16i] = v5;
    }
    {
      let e: i32 = i32(lid) + 128i;
      let kk: i32 = e % 16i;
      let pt: i32 = ba + e / 16i;
      let rk: i32 = k0 + kk;
      let v6: i32 = (pt * 64i);
      let v7: i32 = (v6 + rk);
      let v8: f32 = in0[v7];
      kx_xs[kk * 32i + e / 16i] = v8;
    }
    {
      let e: i32 = i32(lid) + 192i;
      let kk: i32 = e % 16i;
      let pt: i32 = ba + e / 16i;
      let rk: i32 = k0 + kk;
      let v9: i32 = (pt * 64i);
      let v10: i32 = (v9 + rk);
      let v11: f32 = in0[v10];
      kx_xs[kk * 32i + e / 16i] = v11;
    }
    {
      let e: i32 = i32(lid) + 256i;
      let kk: i32 = e % 16i;
      let pt: i32 = ba + e / 16i;
      let rk: i32 = k0 + kk;
      let v12: i32 = (pt * 64i);
      let v13: i32 = (v12 + rk);
      let v14: f32 = in0[v13];
      kx_xs[kk * 32i + e / 16i] = v14;
    }
    {
      let e: i32 = i32(lid) + 320i;
      let kk: i32 = e % 16i;
      let pt: i32 = ba + e / 16i;
      let rk: i32 = k0 + kk;
      let v15: i32 = (pt * 64i);
      let v16: i32 = (v15 + rk);
      let v17: f32 = in0[v16];
      kx_xs[kk * 32i + e / 16i] = v17;
    }
    {
      let e: i32 = i32(lid) + 384i;
      let kk: i32 = e % 16i;
      let pt: i32 = ba + e / 16i;
      let rk: i32 = k0 + kk;
      let v18: i32 = (pt * 64i);
      let v19: i32 = (v18 + rk);
      let v20: f32 = in0[v19];
      kx_xs[kk * 32i + e / 16i] = v20;
    }
    {
      let e: i32 = i32(lid) + 448i;
      let kk: i32 = e % 16i;
      let pt: i32 = ba + e / 16i;
      let rk: i32 = k0 + kk;
      let v21: i32 = (pt * 64i);
      let v22: i32 = (v21 + rk);
      let v23: f32 = in0[v22];
      kx_xs[kk * 32i + e / 16i] = v23;
    }
    {
      let e: i32 = i32(lid);
      let kk: i32 = e / 32i;
      let pt: i32 = min(bb + e % 32i, 47i);
      let rk: i32 = k0 + kk;
      let v24: i32 = (rk * 48i);
      let v25: i32 = (v24 + pt);
      let v26: f32 = in1[v25];
      kx_ys[e] = v26;
    }
    {
      let e: i32 = i32(lid) + 64i;
      let kk: i32 = e / 32i;
      let pt: i32 = min(bb + e % 32i, 47i);
      let rk: i32 = k0 + kk;
      let v27: i32 = (rk * 48i);
      let v28: i32 = (v27 + pt);
      let v29: f32 = in1[v28];
      kx_ys[e] = v29;
    }
    {
      let e: i32 = i32(lid) + 128i;
      let kk: i32 = e / 32i;
      let pt: i32 = min(bb + e % 32i, 47i);
      let rk: i32 = k0 + kk;
      let v30: i32 = (rk * 48i);
      let v31: i32 = (v30 + pt);
      let v32: f32 = in1[v31];
      kx_ys[e] = v32;
    }
    {
      let e: i32 = i32(lid) + 192i;
      let kk: i32 = e / 32i;
      let pt: i32 = min(bb + e % 32i, 47i);
      let rk: i32 = k0 + kk;
      let v33: i32 = (rk * 48i);
      let v34: i32 = (v33 + pt);
      let v35: f32 = in1[v34];
      kx_ys[e] = v35;
    }
    {
      let e: i32 = i32(lid) + 256i;
      let kk: i32 = e / 32i;
      let pt: i32 = min(bb + e % 32i, 47i);
      let rk: i32 = k0 + kk;
      let v36: i32 = (rk * 48i);
      let v37: i32 = (v36 + pt);
      let v38: f32 = in1[v37];
      kx_ys[e] = v38;
    }
    {
      let e: i32 = i32(lid) + 320i;
      let kk: i32 = e / 32i;
      let pt: i32 = min(bb + e % 32i, 47i);
      let rk: i32 = k0 + kk;
      let v39: i32 = (rk * 48i);
      let v40: i32 = (v39 + pt);
      let v41: f32 = in1[v40];
      kx_ys[e] = v41;
    }
    {
      let e: i32 = i32(lid) + 384i;
      let kk: i32 = e / 32i;
      let pt: i32 = min(bb + e % 32i, 47i);
      let rk: i32 = k0 + kk;
      let v42: i32 = (rk * 48i);
      let v43: i32 = (v42 + pt);
      let v44: f32 = in1[v43];
      kx_ys[e] = v44;
    }
    {
      let e: i32 = i32(lid) + 448i;
      let kk: i32 = e / 32i;
      let pt: i32 = min(bb + e % 32i, 47i);
      let rk: i32 = k0 + kk;
      let v45: i32 = (rk * 48i);
      let v46: i32 = (v45 + pt);
      let v47: f32 = in1[v46];
      kx_ys[e] = v47;
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
  if (bb + lb < 48i) {
    let oa: i32 = ba + la;
    let ob: i32 = bb + lb;
    let v48: i32 = (oa * 48i);
    let v49: i32 = (v48 + ob);
    let v50: f32 = in2[ob];
    let v51: f32 = (c0_0 + v50);
    let v52: bool = (v51 <= 0.0f);
    let v53: f32 = select(v51, 0.0f, v52);
    out0[v49] = v53;
  }
  if (bb + lb + 8i < 48i) {
    let oa: i32 = ba + la;
    let ob: i32 = bb + lb + 8i;
    let v54: i32 = (oa * 48i);
    let v55: i32 = (v54 + ob);
    let v56: f32 = in2[ob];
    let v57: f32 = (c0_1 + v56);
    let v58: bool = (v57 <= 0.0f);
    let v59: f32 = select(v57, 0.0f, v58);
    out0[v55] = v59;
  }
  if (bb + lb + 16i < 48i) {
    let oa: i32 = ba + la;
    let ob: i32 = bb + lb + 16i;
    let v60: i32 = (oa * 48i);
    let v61: i32 = (v60 + ob);
    let v62: f32 = in2[ob];
    let v63: f32 = (c0_2 + v62);
    let v64: bool = (v63 <= 0.0f);
    let v65: f32 = select(v63, 0.0f, v64);
    out0[v61] = v65;
  }
  if (bb + lb + 24i < 48i) {
    let oa: i32 = ba + la;
    let ob: i32 = bb + lb + 24i;
    let v66: i32 = (oa * 48i);
    let v67: i32 = (v66 + ob);
    let v68: f32 = in2[ob];
    let v69: f32 = (c0_3 + v68);
    let v70: bool = (v69 <= 0.0f);
    let v71: f32 = select(v69, 0.0f, v70);
    out0[v67] = v71;
  }
  if (bb + lb < 48i) {
    let oa: i32 = ba + la + 8i;
    let ob: i32 = bb + lb;
    let v72: i32 = (oa * 48i);
    let v73: i32 = (v72 + ob);
    let v74: f32 = in2[ob];
    let v75: f32 = (c1_0 + v74);
    let v76: bool = (v75 <= 0.0f);
    let v77: f32 = select(v75, 0.0f, v76);
    out0[v73] = v77;
  }
  if (bb + lb + 8i < 48i) {
    let oa: i32 = ba + la + 8i;
    let ob: i32 = bb + lb + 8i;
    let v78: i32 = (oa * 48i);
    let v79: i32 = (v78 + ob);
    let v80: f32 = in2[ob];
    let v81: f32 = (c1_1 + v80);
    let v82: bool = (v81 <= 0.0f);
    let v83: f32 = select(v81, 0.0f, v82);
    out0[v79] = v83;
  }
  if (bb + lb + 16i < 48i) {
    let oa: i32 = ba + la + 8i;
    let ob: i32 = bb + lb + 16i;
    let v84: i32 = (oa * 48i);
    let v85: i32 = (v84 + ob);
    let v86: f32 = in2[ob];
    let v87: f32 = (c1_2 + v86);
    let v88: bool = (v87 <= 0.0f);
    let v89: f32 = select(v87, 0.0f, v88);
    out0[v85] = v89;
  }
  if (bb + lb + 24i < 48i) {
    let oa: i32 = ba + la + 8i;
    let ob: i32 = bb + lb + 24i;
    let v90: i32 = (oa * 48i);
    let v91: i32 = (v90 + ob);
    let v92: f32 = in2[ob];
    let v93: f32 = (c1_3 + v92);
    let v94: bool = (v93 <= 0.0f);
    let v95: f32 = select(v93, 0.0f, v94);
    out0[v91] = v95;
  }
  if (bb + lb < 48i) {
    let oa: i32 = ba + la + 16i;
    let ob: i32 = bb + lb;
    let v96: i32 = (oa * 48i);
    let v97: i32 = (v96 + ob);
    let v98: f32 = in2[ob];
    let v99: f32 = (c2_0 + v98);
    let v100: bool = (v99 <= 0.0f);
    let v101: f32 = select(v99, 0.0f, v100);
    out0[v97] = v101;
  }
  if (bb + lb + 8i < 48i) {
    let oa: i32 = ba + la + 16i;
    let ob: i32 = bb + lb + 8i;
    let v102: i32 = (oa * 48i);
    let v103: i32 = (v102 + ob);
    let v104: f32 = in2[ob];
    let v105: f32 = (c2_1 + v104);
    let v106: bool = (v105 <= 0.0f);
    let v107: f32 = select(v105, 0.0f, v106);
    out0[v103] = v107;
  }
  if (bb + lb + 16i < 48i) {
    let oa: i32 = ba + la + 16i;
    let ob: i32 = bb + lb + 16i;
    let v108: i32 = (oa * 48i);
    let v109: i32 = (v108 + ob);
    let v110: f32 = in2[ob];
    let v111: f32 = (c2_2 + v110);
    let v112: bool = (v111 <= 0.0f);
    let v113: f32 = select(v111, 0.0f, v112);
    out0[v109] = v113;
  }
  if (bb + lb + 24i < 48i) {
    let oa: i32 = ba + la + 16i;
    let ob: i32 = bb + lb + 24i;
    let v114: i32 = (oa * 48i);
    let v115: i32 = (v114 + ob);
    let v116: f32 = in2[ob];
    let v117: f32 = (c2_3 + v116);
    let v118: bool = (v117 <= 0.0f);
    let v119: f32 = select(v117, 0.0f, v118);
    out0[v115] = v119;
  }
  if (bb + lb < 48i) {
    let oa: i32 = ba + la + 24i;
    let ob: i32 = bb + lb;
    let v120: i32 = (oa * 48i);
    let v121: i32 = (v120 + ob);
    let v122: f32 = in2[ob];
    let v123: f32 = (c3_0 + v122);
    let v124: bool = (v123 <= 0.0f);
    let v125: f32 = select(v123, 0.0f, v124);
    out0[v121] = v125;
  }
  if (bb + lb + 8i < 48i) {
    let oa: i32 = ba + la + 24i;
    let ob: i32 = bb + lb + 8i;
    let v126: i32 = (oa * 48i);
    let v127: i32 = (v126 + ob);
    let v128: f32 = in2[ob];
    let v129: f32 = (c3_1 + v128);
    let v130: bool = (v129 <= 0.0f);
    let v131: f32 = select(v129, 0.0f, v130);
    out0[v127] = v131;
  }
  if (bb + lb + 16i < 48i) {
    let oa: i32 = ba + la + 24i;
    let ob: i32 = bb + lb + 16i;
    let v132: i32 = (oa * 48i);
    let v133: i32 = (v132 + ob);
    let v134: f32 = in2[ob];
    let v135: f32 = (c3_2 + v134);
    let v136: bool = (v135 <= 0.0f);
    let v137: f32 = select(v135, 0.0f, v136);
    out0[v133] = v137;
  }
  if (bb + lb + 24i < 48i) {
    let oa: i32 = ba + la + 24i;
    let ob: i32 = bb + lb + 24i;
    let v138: i32 = (oa * 48i);
    let v139: i32 = (v138 + ob);
    let v140: f32 = in2[ob];
    let v141: f32 = (c3_3 + v140);
    let v142: bool = (v141 <= 0.0f);
    let v143: f32 = select(v141, 0.0f, v142);
    out0[v139] = v143;
  }
}
