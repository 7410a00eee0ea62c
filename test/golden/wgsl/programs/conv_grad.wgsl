# jit(f).lower(...).compile({ device: 'webgpu' }).asText('wgsl'), PINNED_PROFILE — case 'conv_grad'
// kernax kernel k0: contract, pinned profile
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
var<workgroup> kx_xs: array<f32, 128>;
var<workgroup> kx_ys: array<f32, 128>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
  let grp: i32 = i32(wid.x + wid.y * 16u);
  if (grp >= 16i) { return; }
  let ta3: i32 = 0i;
  let tb1: i32 = 0i;
  let i0: i32 = (grp / 8i);
  let i2: i32 = grp % 8i;
  let la: i32 = i32(lid) / 8i;
  let lb: i32 = i32(lid) % 8i;
  let ba: i32 = ta3 * 8i;
  let bb: i32 = tb1 * 8i;
  var c0_0: f32 = 0.0f;
  let v0: i32 = (i0 * 192i);
  let v1: i32 = (i2 * 8i);
  for (var k0: i32 = 0i; k0 < 27i; k0 = k0 + 16i) {
    {
      let e: i32 = i32(lid);
      let kk: i32 = e / 8i;
      let pt: i32 = ba + e % 8i;
      let rk: i32 = k0 + kk;
      let r0: i32 = (rk / 9i);
      let r1: i32 = (rk / 3i) % 3i;
      let r2: i32 = rk % 3i;
      let v2: i32 = (i2 + r1);
      let v3: i32 = (v2 - 1i);
      let v4: bool = (v3 >= 0i);
      let v5: bool = (v3 < 8i);
      let v6: bool = (v4 & v5);
      let v7: i32 = (pt + r2);
      let v8: i32 = (v7 - 1i);
      let v9: bool = (v8 >= 0i);
      let v10: bool = (v6 & v9);
      let v11: bool = (v8 < 8i);
      let v12: bool = (v10 & v11);
      let v13: i32 = (r0 * 64i);
      let v14: i32 = (v0 + v13);
      let v15: i32 = (v14 + v1);
      let v16: i32 = (r1 * 8i);
      let v17: i32 = (v15 + v16);
      let v18: i32 = (v17 + pt);
      let v19: i32 = (v18 + r2);
      let v20: i32 = (v19 - 9i);
      let v21: f32 = in1[v20];
      let v22: f32 = select(0.0f, v21, v12);
      kx_xs[e] = select(0.0f, v22, rk < 27i);
    }
    {
      let e: i32 = i32(lid) + 64i;
      let kk: i32 = e / 8i;
      let pt: i32 = ba + e % 8i;
      let rk: i32 = k0 + kk;
      let r0: i32 = (rk / 9i);
      let r1: i32 = (rk / 3i) % 3i;
      let r2: i32 = rk % 3i;
      let v23: i32 = (i2 + r1);
      let v24: i32 = (v23 - 1i);
      let v25: bool = (v24 >= 0i);
      let v26: bool = (v24 < 8i);
      let v27: bool = (v25 & v26);
      let v28: i32 = (pt + r2);
      let v29: i32 = (v28 - 1i);
      let v30: bool = (v29 >= 0i);
      let v31: bool = (v27 & v30);
      let v32: bool = (v29 < 8i);
      let v33: bool = (v31 & v32);
      let v34: i32 = (r0 * 64i);
      let v35: i32 = (v0 + v34);
      let v36: i32 = (v35 + v1);
      let v37: i32 = (r1 * 8i);
      let v38: i32 = (v36 + v37);
      let v39: i32 = (v38 + pt);
      let v40: i32 = (v39 + r2);
      let v41: i32 = (v40 - 9i);
      let v42: f32 = in1[v41];
      let v43: f32 = select(0.0f, v42, v33);
      kx_xs[e] = select(0.0f, v43, rk < 27i);
    }
    {
      let e: i32 = i32(lid);
      let kk: i32 = e % 16i;
      let pt: i32 = min(bb + e / 16i, 3i);
      let rk: i32 = k0 + kk;
      let r0: i32 = (rk / 9i);
      let r1: i32 = (rk / 3i) % 3i;
      let r2: i32 = rk % 3i;
      let v44: i32 = (pt * 27i);
      let v45: i32 = (r0 * 9i);
      let v46: i32 = (v44 + v45);
      let v47: i32 = (r1 * 3i);
      let v48: i32 = (v46 + v47);
      let v49: i32 = (v48 + r2);
      let v50: f32 = in0[v49];
      kx_ys[kk * 8i + e / 16i] = select(0.0f, v50, rk < 27i);
    }
    {
      let e: i32 = i32(lid) + 64i;
      let kk: i32 = e % 16i;
      let pt: i32 = min(bb + e / 16i, 3i);
      let rk: i32 = k0 + kk;
      let r0: i32 = (rk / 9i);
      let r1: i32 = (rk / 3i) % 3i;
      let r2: i32 = rk % 3i;
      let v51: i32 = (pt * 27i);
      let v52: i32 = (r0 * 9i);
      let v53: i32 = (v51 + v52);
      let v54: i32 = (r1 * 3i);
      let v55: i32 = (v53 + v54);
      let v56: i32 = (v55 + r2);
      let v57: f32 = in0[v56];
      kx_ys[kk * 8i + e / 16i] = select(0.0f, v57, rk < 27i);
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
  if (bb + lb < 4i) {
    let oa: i32 = ba + la;
    let ob: i32 = bb + lb;
    let v58: i32 = (i0 * 256i);
    let v59: i32 = (ob * 64i);
    let v60: i32 = (v58 + v59);
    let v61: i32 = (v60 + v1);
    let v62: i32 = (v61 + oa);
    out0[v62] = c0_0;
  }
}

// kernax kernel k1: contract, pinned profile
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
var<workgroup> kx_xs: array<f32, 128>;
var<workgroup> kx_ys: array<f32, 128>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
  let grp: i32 = i32(wid.x + wid.y * 9u);
  if (grp >= 9i) { return; }
  let ta3: i32 = 0i;
  let tb0: i32 = 0i;
  let i1: i32 = (grp / 3i);
  let i2: i32 = grp % 3i;
  let la: i32 = i32(lid) / 8i;
  let lb: i32 = i32(lid) % 8i;
  let ba: i32 = ta3 * 8i;
  let bb: i32 = tb0 * 8i;
  var c0_0: f32 = 0.0f;
  let v0: i32 = (i1 * 64i);
  let v1: i32 = (i2 * 8i);
  for (var k0: i32 = 0i; k0 < 128i; k0 = k0 + 16i) {
    {
      let e: i32 = i32(lid);
      let kk: i32 = e / 8i;
      let pt: i32 = min(ba + e % 8i, 2i);
      let rk: i32 = k0 + kk;
      let r0: i32 = (rk / 64i);
      let r1: i32 = (rk / 8i) % 8i;
      let r2: i32 = rk % 8i;
      let v2: i32 = (i2 + r1);
      let v3: i32 = (v2 - 1i);
      let v4: bool = (v3 >= 0i);
      let v5: bool = (v3 < 8i);
      let v6: bool = (v4 & v5);
      let v7: i32 = (pt + r2);
      let v8: i32 = (v7 - 1i);
      let v9: bool = (v8 >= 0i);
      let v10: bool = (v6 & v9);
      let v11: bool = (v8 < 8i);
      let v12: bool = (v10 & v11);
      let v13: i32 = (r0 * 192i);
      let v14: i32 = (v13 + v0);
      let v15: i32 = (v14 + v1);
      let v16: i32 = (r1 * 8i);
      let v17: i32 = (v15 + v16);
      let v18: i32 = (v17 + pt);
      let v19: i32 = (v18 + r2);
      let v20: i32 = (v19 - 9i);
      let v21: f32 = in0[v20];
      let v22: f32 = select(0.0f, v21, v12);
      kx_xs[e] = v22;
    }
    {
      let e: i32 = i32(lid) + 64i;
      let kk: i32 = e / 8i;
      let pt: i32 = min(ba + e % 8i, 2i);
      let rk: i32 = k0 + kk;
      let r0: i32 = (rk / 64i);
      let r1: i32 = (rk / 8i) % 8i;
      let r2: i32 = rk % 8i;
      let v23: i32 = (i2 + r1);
      let v24: i32 = (v23 - 1i);
      let v25: bool = (v24 >= 0i);
      let v26: bool = (v24 < 8i);
      let v27: bool = (v25 & v26);
      let v28: i32 = (pt + r2);
      let v29: i32 = (v28 - 1i);
      let v30: bool = (v29 >= 0i);
      let v31: bool = (v27 & v30);
      let v32: bool = (v29 < 8i);
      let v33: bool = (v31 & v32);
      let v34: i32 = (r0 * 192i);
      let v35: i32 = (v34 + v0);
      let v36: i32 = (v35 + v1);
      let v37: i32 = (r1 * 8i);
      let v38: i32 = (v36 + v37);
      let v39: i32 = (v38 + pt);
      let v40: i32 = (v39 + r2);
      let v41: i32 = (v40 - 9i);
      let v42: f32 = in0[v41];
      let v43: f32 = select(0.0f, v42, v33);
      kx_xs[e] = v43;
    }
    {
      let e: i32 = i32(lid);
      let kk: i32 = e % 16i;
      let pt: i32 = min(bb + e / 16i, 3i);
      let rk: i32 = k0 + kk;
      let r0: i32 = (rk / 64i);
      let r1: i32 = (rk / 8i) % 8i;
      let r2: i32 = rk % 8i;
      let v44: i32 = (r0 * 256i);
      let v45: i32 = (pt * 64i);
      let v46: i32 = (v44 + v45);
      let v47: i32 = (r1 * 8i);
      let v48: i32 = (v46 + v47);
      let v49: i32 = (v48 + r2);
      let v50: f32 = in1[v49];
      let v51: f32 = (2.0f * v50);
      kx_ys[kk * 8i + e / 16i] = v51;
    }
    {
      let e: i32 = i32(lid) + 64i;
      let kk: i32 = e % 16i;
      let pt: i32 = min(bb + e / 16i, 3i);
      let rk: i32 = k0 + kk;
      let r0: i32 = (rk / 64i);
      let r1: i32 = (rk / 8i) % 8i;
      let r2: i32 = rk % 8i;
      let v52: i32 = (r0 * 256i);
      let v53: i32 = (pt * 64i);
      let v54: i32 = (v52 + v53);
      let v55: i32 = (r1 * 8i);
      let v56: i32 = (v54 + v55);
      let v57: i32 = (v56 + r2);
      let v58: f32 = in1[v57];
      let v59: f32 = (2.0f * v58);
      kx_ys[kk * 8i + e / 16i] = v59;
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
  if (ba + la < 3i && bb + lb < 4i) {
    let oa: i32 = ba + la;
    let ob: i32 = bb + lb;
    let v60: i32 = (ob * 27i);
    let v61: i32 = (i1 * 9i);
    let v62: i32 = (v60 + v61);
    let v63: i32 = (i2 * 3i);
    let v64: i32 = (v62 + v63);
    let v65: i32 = (v64 + oa);
    out0[v65] = c0_0;
  }
}
