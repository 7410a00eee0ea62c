# test/e2e/multiview-golden.test.ts (kernax dump examples/multiview.ts --print-after-all --format json) — case 'stax-multiview-wgsl'
// kernax kernel k0: contract, pinned profile
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
var<workgroup> kx_xs: array<f32, 256>;
var<workgroup> kx_ys: array<f32, 128>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
  let grp: i32 = i32(wid.x + wid.y * 70u);
  if (grp >= 70i) { return; }
  let ta2: i32 = 0i;
  let tb3: i32 = 0i;
  let i0: i32 = (grp / 14i);
  let i1: i32 = grp % 14i;
  let la: i32 = i32(lid) / 8i;
  let lb: i32 = i32(lid) % 8i;
  let ba: i32 = ta2 * 16i;
  let bb: i32 = tb3 * 8i;
  var c0_0: f32 = 0.0f;
  var c1_0: f32 = 0.0f;
  let v0: i32 = (i1 * 240i);
  for (var k0: i32 = 0i; k0 < 27i; k0 = k0 + 16i) {
    {
      let e: i32 = i32(lid);
      let kk: i32 = e / 16i;
      let pt: i32 = min(ba + e % 16i, 13i);
      let rk: i32 = k0 + kk;
      let r0: i32 = (rk / 9i);
      let r1: i32 = (rk / 3i) % 3i;
      let r2: i32 = rk % 3i;
      let v1: i32 = (r1 * 240i);
      let v2: i32 = (v0 + v1);
      let v3: i32 = (pt * 15i);
      let v4: i32 = (v2 + v3);
      let v5: i32 = (r2 * 15i);
      let v6: i32 = (v4 + v5);
      let v7: i32 = (r0 * 5i);
      let v8: i32 = (v6 + v7);
      let v9: i32 = (v8 + i0);
      let v10: f32 = in1[v9];
      kx_xs[e] = select(0.0f, v10, rk < 27i);
    }
    {
      let e: i32 = i32(lid) + 64i;
      let kk: i32 = e / 16i;
      let pt: i32 = min(ba + e % 16i, 13i);
      let rk: i32 = k0 + kk;
      let r0: i32 = (rk / 9i);
      let r1: i32 = (rk / 3i) % 3i;
      let r2: i32 = rk % 3i;
      let v11: i32 = (r1 * 240i);
      let v12: i32 = (v0 + v11);
      let v13: i32 = (pt * 15i);
      let v14: i32 = (v12 + v13);
      let v15: i32 = (r2 * 15i);
      let v16: i32 = (v14 + v15);
      let v17: i32 = (r0 * 5i);
      let v18: i32 = (v16 + v17);
      let v19: i32 = (v18 + i0);
      let v20: f32 = in1[v19];
      kx_xs[e] = select(0.0f, v20, rk < 27i);
    }
    {
      let e: i32 = i32(lid) + 128i;
      let kk: i32 = e / 16i;
      let pt: i32 = min(ba + e % 16i, 13i);
      let rk: i32 = k0 + kk;
      let r0: i32 = (rk / 9i);
      let r1: i32 = (rk / 3i) % 3i;
      let r2: i32 = rk % 3i;
      let v21: i32 = (r1 * 240i);
      let v22: i32 = (v0 + v21);
      let v23: i32 = (pt * 15i);
      let v24: i32 = (v22 + v23);
      let v25: i32 = (r2 * 15i);
      let v26: i32 = (v24 + v25);
      let v27: i32 = (r0 * 5i);
      let v28: i32 = (v26 + v27);
      let v29: i32 = (v28 + i0);
      let v30: f32 = in1[v29];
      kx_xs[e] = select(0.0f, v30, rk < 27i);
    }
    {
      let e: i32 = i32(lid) + 192i;
      let kk: i32 = e / 16i;
      let pt: i32 = min(ba + e % 16i, 13i);
      let rk: i32 = k0 + kk;
      let r0: i32 = (rk / 9i);
      let r1: i32 = (rk / 3i) % 3i;
      let r2: i32 = rk % 3i;
      let v31: i32 = (r1 * 240i);
      let v32: i32 = (v0 + v31);
      let v33: i32 = (pt * 15i);
      let v34: i32 = (v32 + v33);
      let v35: i32 = (r2 * 15i);
      let v36: i32 = (v34 + v35);
      let v37: i32 = (r0 * 5i);
      let v38: i32 = (v36 + v37);
      let v39: i32 = (v38 + i0);
      let v40: f32 = in1[v39];
      kx_xs[e] = select(0.0f, v40, rk < 27i);
    }
    {
      let e: i32 = i32(lid);
      let kk: i32 = e / 8i;
      let pt: i32 = min(bb + e % 8i, 4i);
      let rk: i32 = k0 + kk;
      let r0: i32 = (rk / 9i);
      let r1: i32 = (rk / 3i) % 3i;
      let r2: i32 = rk % 3i;
      let v41: i32 = (r1 * 45i);
      let v42: i32 = (r2 * 15i);
      let v43: i32 = (v41 + v42);
      let v44: i32 = (r0 * 5i);
      let v45: i32 = (v43 + v44);
      let v46: i32 = (v45 + pt);
      let v47: f32 = in0[v46];
      kx_ys[e] = select(0.0f, v47, rk < 27i);
    }
    {
      let e: i32 = i32(lid) + 64i;
      let kk: i32 = e / 8i;
      let pt: i32 = min(bb + e % 8i, 4i);
      let rk: i32 = k0 + kk;
      let r0: i32 = (rk / 9i);
      let r1: i32 = (rk / 3i) % 3i;
      let r2: i32 = rk % 3i;
      let v48: i32 = (r1 * 45i);
      let v49: i32 = (r2 * 15i);
      let v50: i32 = (v48 + v49);
      let v51: i32 = (r0 * 5i);
      let v52: i32 = (v50 + v51);
      let v53: i32 = (v52 + pt);
      let v54: f32 = in0[v53];
      kx_ys[e] = select(0.0f, v54, rk < 27i);
    }
    workgroupBarrier();
    {
      let x0: f32 = kx_xs[0i + la];
      let x1: f32 = kx_xs[0i + la + 8i];
      let y0: f32 = kx_ys[0i + lb];
      c0_0 = fma(x0, y0, c0_0);
      c1_0 = fma(x1, y0, c1_0);
    }
    {
      let x0: f32 = kx_xs[16i + la];
      let x1: f32 = kx_xs[16i + la + 8i];
      let y0: f32 = kx_ys[8i + lb];
      c0_0 = fma(x0, y0, c0_0);
      c1_0 = fma(x1, y0, c1_0);
    }
    {
      let x0: f32 = kx_xs[32i + la];
      let x1: f32 = kx_xs[32i + la + 8i];
      let y0: f32 = kx_ys[16i + lb];
      c0_0 = fma(x0, y0, c0_0);
      c1_0 = fma(x1, y0, c1_0);
    }
    {
      let x0: f32 = kx_xs[48i + la];
      let x1: f32 = kx_xs[48i + la + 8i];
      let y0: f32 = kx_ys[24i + lb];
      c0_0 = fma(x0, y0, c0_0);
      c1_0 = fma(x1, y0, c1_0);
    }
    {
      let x0: f32 = kx_xs[64i + la];
      let x1: f32 = kx_xs[64i + la + 8i];
      let y0: f32 = kx_ys[32i + lb];
      c0_0 = fma(x0, y0, c0_0);
      c1_0 = fma(x1, y0, c1_0);
    }
    {
      let x0: f32 = kx_xs[80i + la];
      let x1: f32 = kx_xs[80i + la + 8i];
      let y0: f32 = kx_ys[40i + lb];
      c0_0 = fma(x0, y0, c0_0);
      c1_0 = fma(x1, y0, c1_0);
    }
    {
      let x0: f32 = kx_xs[96i + la];
      let x1: f32 = kx_xs[96i + la + 8i];
      let y0: f32 = kx_ys[48i + lb];
      c0_0 = fma(x0, y0, c0_0);
      c1_0 = fma(x1, y0, c1_0);
    }
    {
      let x0: f32 = kx_xs[112i + la];
      let x1: f32 = kx_xs[112i + la + 8i];
      let y0: f32 = kx_ys[56i + lb];
      c0_0 = fma(x0, y0, c0_0);
      c1_0 = fma(x1, y0, c1_0);
    }
    {
      let x0: f32 = kx_xs[128i + la];
      let x1: f32 = kx_xs[128i + la + 8i];
      let y0: f32 = kx_ys[64i + lb];
      c0_0 = fma(x0, y0, c0_0);
      c1_0 = fma(x1, y0, c1_0);
    }
    {
      let x0: f32 = kx_xs[144i + la];
      let x1: f32 = kx_xs[144i + la + 8i];
      let y0: f32 = kx_ys[72i + lb];
      c0_0 = fma(x0, y0, c0_0);
      c1_0 = fma(x1, y0, c1_0);
    }
    {
      let x0: f32 = kx_xs[160i + la];
      let x1: f32 = kx_xs[160i + la + 8i];
      let y0: f32 = kx_ys[80i + lb];
      c0_0 = fma(x0, y0, c0_0);
      c1_0 = fma(x1, y0, c1_0);
    }
    {
      let x0: f32 = kx_xs[176i + la];
      let x1: f32 = kx_xs[176i + la + 8i];
      let y0: f32 = kx_ys[88i + lb];
      c0_0 = fma(x0, y0, c0_0);
      c1_0 = fma(x1, y0, c1_0);
    }
    {
      let x0: f32 = kx_xs[192i + la];
      let x1: f32 = kx_xs[192i + la + 8i];
      let y0: f32 = kx_ys[96i + lb];
      c0_0 = fma(x0, y0, c0_0);
      c1_0 = fma(x1, y0, c1_0);
    }
    {
      let x0: f32 = kx_xs[208i + la];
      let x1: f32 = kx_xs[208i + la + 8i];
      let y0: f32 = kx_ys[104i + lb];
      c0_0 = fma(x0, y0, c0_0);
      c1_0 = fma(x1, y0, c1_0);
    }
    {
      let x0: f32 = kx_xs[224i + la];
      let x1: f32 = kx_xs[224i + la + 8i];
      let y0: f32 = kx_ys[112i + lb];
      c0_0 = fma(x0, y0, c0_0);
      c1_0 = fma(x1, y0, c1_0);
    }
    {
      let x0: f32 = kx_xs[240i + la];
      let x1: f32 = kx_xs[240i + la + 8i];
      let y0: f32 = kx_ys[120i + lb];
      c0_0 = fma(x0, y0, c0_0);
      c1_0 = fma(x1, y0, c1_0);
    }
    workgroupBarrier();
  }
  if (ba + la < 14i && bb + lb < 5i) {
    let oa: i32 = ba + la;
    let ob: i32 = bb + lb;
    let v55: i32 = (i0 * 980i);
    let v56: i32 = (i1 * 70i);
    let v57: i32 = (v55 + v56);
    let v58: i32 = (oa * 5i);
    let v59: i32 = (v57 + v58);
    let v60: i32 = (v59 + ob);
    out0[v60] = c0_0;
  }
  if (ba + la + 8i < 14i && bb + lb < 5i) {
    let oa: i32 = ba + la + 8i;
    let ob: i32 = bb + lb;
    let v61: i32 = (i0 * 980i);
    let v62: i32 = (i1 * 70i);
    let v63: i32 = (v61 + v62);
    let v64: i32 = (oa * 5i);
    let v65: i32 = (v63 + v64);
    let v66: i32 = (v65 + ob);
    out0[v66] = c1_0;
  }
}

// kernax kernel k1: contract, pinned profile
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
var<workgroup> kx_xs: array<f32, 256>;
var<workgroup> kx_ys: array<f32, 128>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
  let grp: i32 = i32(wid.x + wid.y * 60u);
  if (grp >= 60i) { return; }
  let ta1: i32 = 0i;
  let tb2: i32 = 0i;
  let i0: i32 = (grp / 5i);
  let i3: i32 = grp % 5i;
  let la: i32 = i32(lid) / 8i;
  let lb: i32 = i32(lid) % 8i;
  let ba: i32 = ta1 * 16i;
  let bb: i32 = tb2 * 8i;
  var c0_0: f32 = 0.0f;
  var c1_0: f32 = 0.0f;
  let v0: i32 = (i3 * 980i);
  let v1: i32 = (i0 * 70i);
  let v2: i32 = (v0 + v1);
  for (var k0: i32 = 0i; k0 < 45i; k0 = k0 + 16i) {
    {
      let e: i32 = i32(lid);
      let kk: i32 = e / 16i;
      let pt: i32 = min(ba + e % 16i, 11i);
      let rk: i32 = k0 + kk;
      let r0: i32 = (rk / 9i);
      let r1: i32 = (rk / 3i) % 3i;
      let r2: i32 = rk % 3i;
      let v3: i32 = (r1 * 70i);
      let v4: i32 = (v2 + v3);
      let v5: i32 = (pt * 5i);
      let v6: i32 = (v4 + v5);
      let v7: i32 = (r2 * 5i);
      let v8: i32 = (v6 + v7);
      let v9: i32 = (v8 + r0);
      let v10: f32 = in3[v9];
      let v11: f32 = in0[r0];
      let v12: f32 = (v10 + v11);
      kx_xs[e] = select(0.0f, v12, rk < 45i);
    }
    {
      let e: i32 = i32(lid) + 64i;
      let kk: i32 = e / 16i;
      let pt: i32 = min(ba + e % 16i, 11i);
      let rk: i32 = k0 + kk;
      let r0: i32 = (rk / 9i);
      let r1: i32 = (rk / 3i) % 3i;
      let r2: i32 = rk % 3i;
      let v13: i32 = (r1 * 70i);
      let v14: i32 = (v2 + v13);
      let v15: i32 = (pt * 5i);
      let v16: i32 = (v14 + v15);
      let v17: i32 = (r2 * 5i);
      let v18: i32 = (v16 + v17);
      let v19: i32 = (v18 + r0);
      let v20: f32 = in3[v19];
      let v21: f32 = in0[r0];
      let v22: f32 = (v20 + v21);
      kx_xs[e] = select(0.0f, v22, rk < 45i);
    }
    {
      let e: i32 = i32(lid) + 128i;
      let kk: i32 = e / 16i;
      let pt: i32 = min(ba + e % 16i, 11i);
      let rk: i32 = k0 + kk;
      let r0: i32 = (rk / 9i);
      let r1: i32 = (rk / 3i) % 3i;
      let r2: i32 = rk % 3i;
      let v23: i32 = (r1 * 70i);
      let v24: i32 = (v2 + v23);
      let v25: i32 = (pt * 5i);
      let v26: i32 = (v24 + v25);
      let v27: i32 = (r2 * 5i);
      let v28: i32 = (v26 + v27);
      let v29: i32 = (v28 + r0);
      let v30: f32 = in3[v29];
      let v31: f32 = in0[r0];
      let v32: f32 = (v30 + v31);
      kx_xs[e] = select(0.0f, v32, rk < 45i);
    }
    {
      let e: i32 = i32(lid) + 192i;
      let kk: i32 = e / 16i;
      let pt: i32 = min(ba + e % 16i, 11i);
      let rk: i32 = k0 + kk;
      let r0: i32 = (rk / 9i);
      let r1: i32 = (rk / 3i) % 3i;
      let r2: i32 = rk % 3i;
      let v33: i32 = (r1 * 70i);
      let v34: i32 = (v2 + v33);
      let v35: i32 = (pt * 5i);
      let v36: i32 = (v34 + v35);
      let v37: i32 = (r2 * 5i);
      let v38: i32 = (v36 + v37);
      let v39: i32 = (v38 + r0);
      let v40: f32 = in3[v39];
      let v41: f32 = in0[r0];
      let v42: f32 = (v40 + v41);
      kx_xs[e] = select(0.0f, v42, rk < 45i);
    }
    {
      let e: i32 = i32(lid);
      let kk: i32 = e / 8i;
      let pt: i32 = min(bb + e % 8i, 4i);
      let rk: i32 = k0 + kk;
      let r0: i32 = (rk / 9i);
      let r1: i32 = (rk / 3i) % 3i;
      let r2: i32 = rk % 3i;
      let v43: i32 = (r1 * 75i);
      let v44: i32 = (r2 * 25i);
      let v45: i32 = (v43 + v44);
      let v46: i32 = (r0 * 5i);
      let v47: i32 = (v45 + v46);
      let v48: i32 = (v47 + pt);
      let v49: f32 = in1[v48];
      kx_ys[e] = select(0.0f, v49, rk < 45i);
    }
    {
      let e: i32 = i32(lid) + 64i;
      let kk: i32 = e / 8i;
      let pt: i32 = min(bb + e % 8i, 4i);
      let rk: i32 = k0 + kk;
      let r0: i32 = (rk / 9i);
      let r1: i32 = (rk / 3i) % 3i;
      let r2: i32 = rk % 3i;
      let v50: i32 = (r1 * 75i);
      let v51: i32 = (r2 * 25i);
      let v52: i32 = (v50 + v51);
      let v53: i32 = (r0 * 5i);
      let v54: i32 = (v52 + v53);
      let v55: i32 = (v54 + pt);
      let v56: f32 = in1[v55];
      kx_ys[e] = select(0.0f, v56, rk < 45i);
    }
    workgroupBarrier();
    {
      let x0: f32 = kx_xs[0i + la];
      let x1: f32 = kx_xs[0i + la + 8i];
      let y0: f32 = kx_ys[0i + lb];
      c0_0 = fma(x0, y0, c0_0);
      c1_0 = fma(x1, y0, c1_0);
    }
    {
      let x0: f32 = kx_xs[16i + la];
      let x1: f32 = kx_xs[16i + la + 8i];
      let y0: f32 = kx_ys[8i + lb];
      c0_0 = fma(x0, y0, c0_0);
      c1_0 = fma(x1, y0, c1_0);
    }
    {
      let x0: f32 = kx_xs[32i + la];
      let x1: f32 = kx_xs[32i + la + 8i];
      let y0: f32 = kx_ys[16i + lb];
      c0_0 = fma(x0, y0, c0_0);
      c1_0 = fma(x1, y0, c1_0);
    }
    {
      let x0: f32 = kx_xs[48i + la];
      let x1: f32 = kx_xs[48i + la + 8i];
      let y0: f32 = kx_ys[24i + lb];
      c0_0 = fma(x0, y0, c0_0);
      c1_0 = fma(x1, y0, c1_0);
    }
    {
      let x0: f32 = kx_xs[64i + la];
      let x1: f32 = kx_xs[64i + la + 8i];
      let y0: f32 = kx_ys[32i + lb];
      c0_0 = fma(x0, y0, c0_0);
      c1_0 = fma(x1, y0, c1_0);
    }
    {
      let x0: f32 = kx_xs[80i + la];
      let x1: f32 = kx_xs[80i + la + 8i];
      let y0: f32 = kx_ys[40i + lb];
      c0_0 = fma(x0, y0, c0_0);
      c1_0 = fma(x1, y0, c1_0);
    }
    {
      let x0: f32 = kx_xs[96i + la];
      let x1: f32 = kx_xs[96i + la + 8i];
      let y0: f32 = kx_ys[48i + lb];
      c0_0 = fma(x0, y0, c0_0);
      c1_0 = fma(x1, y0, c1_0);
    }
    {
      let x0: f32 = kx_xs[112i + la];
      let x1: f32 = kx_xs[112i + la + 8i];
      let y0: f32 = kx_ys[56i + lb];
      c0_0 = fma(x0, y0, c0_0);
      c1_0 = fma(x1, y0, c1_0);
    }
    {
      let x0: f32 = kx_xs[128i + la];
      let x1: f32 = kx_xs[128i + la + 8i];
      let y0: f32 = kx_ys[64i + lb];
      c0_0 = fma(x0, y0, c0_0);
      c1_0 = fma(x1, y0, c1_0);
    }
    {
      let x0: f32 = kx_xs[144i + la];
      let x1: f32 = kx_xs[144i + la + 8i];
      let y0: f32 = kx_ys[72i + lb];
      c0_0 = fma(x0, y0, c0_0);
      c1_0 = fma(x1, y0, c1_0);
    }
    {
      let x0: f32 = kx_xs[160i + la];
      let x1: f32 = kx_xs[160i + la + 8i];
      let y0: f32 = kx_ys[80i + lb];
      c0_0 = fma(x0, y0, c0_0);
      c1_0 = fma(x1, y0, c1_0);
    }
    {
      let x0: f32 = kx_xs[176i + la];
      let x1: f32 = kx_xs[176i + la + 8i];
      let y0: f32 = kx_ys[88i + lb];
      c0_0 = fma(x0, y0, c0_0);
      c1_0 = fma(x1, y0, c1_0);
    }
    {
      let x0: f32 = kx_xs[192i + la];
      let x1: f32 = kx_xs[192i + la + 8i];
      let y0: f32 = kx_ys[96i + lb];
      c0_0 = fma(x0, y0, c0_0);
      c1_0 = fma(x1, y0, c1_0);
    }
    {
      let x0: f32 = kx_xs[208i + la];
      let x1: f32 = kx_xs[208i + la + 8i];
      let y0: f32 = kx_ys[104i + lb];
      c0_0 = fma(x0, y0, c0_0);
      c1_0 = fma(x1, y0, c1_0);
    }
    {
      let x0: f32 = kx_xs[224i + la];
      let x1: f32 = kx_xs[224i + la + 8i];
      let y0: f32 = kx_ys[112i + lb];
      c0_0 = fma(x0, y0, c0_0);
      c1_0 = fma(x1, y0, c1_0);
    }
    {
      let x0: f32 = kx_xs[240i + la];
      let x1: f32 = kx_xs[240i + la + 8i];
      let y0: f32 = kx_ys[120i + lb];
      c0_0 = fma(x0, y0, c0_0);
      c1_0 = fma(x1, y0, c1_0);
    }
    workgroupBarrier();
  }
  if (ba + la < 12i && bb + lb < 5i) {
    let oa: i32 = ba + la;
    let ob: i32 = bb + lb;
    let v57: i32 = (i0 * 300i);
    let v58: i32 = (oa * 25i);
    let v59: i32 = (v57 + v58);
    let v60: i32 = (ob * 5i);
    let v61: i32 = (v59 + v60);
    let v62: i32 = (v61 + i3);
    let v63: f32 = in2[ob];
    let v64: f32 = (c0_0 + v63);
    out0[v62] = v64;
  }
  if (ba + la + 8i < 12i && bb + lb < 5i) {
    let oa: i32 = ba + la + 8i;
    let ob: i32 = bb + lb;
    let v65: i32 = (i0 * 300i);
    let v66: i32 = (oa * 25i);
    let v67: i32 = (v65 + v66);
    let v68: i32 = (ob * 5i);
    let v69: i32 = (v67 + v68);
    let v70: i32 = (v69 + i3);
    let v71: f32 = in2[ob];
    let v72: f32 = (c1_0 + v71);
    out0[v70] = v72;
  }
}
