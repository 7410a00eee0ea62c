# test/e2e/multiview-golden.test.ts (kernax dump examples/multiview.ts --print-after-all --format json) — case 'stax-multiviewJacParams-wgsl'
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
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
var<workgroup> kx_xs: array<f32, 512>;
var<workgroup> kx_ys: array<f32, 128>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
  let grp: i32 = i32(wid.x + wid.y * 65535u);
  if (grp >= 110348i) { return; }
  let tb3: i32 = 0i;
  let i1: i32 = (grp / 7882i);
  let i2: i32 = (grp / 563i) % 14i;
  let ta0: i32 = grp % 563i;
  let la: i32 = i32(lid) / 8i;
  let lb: i32 = i32(lid) % 8i;
  let ba: i32 = ta0 * 32i;
  let bb: i32 = tb3 * 8i;
  var c0_0: f32 = 0.0f;
  var c1_0: f32 = 0.0f;
  var c2_0: f32 = 0.0f;
  var c3_0: f32 = 0.0f;
  for (var k0: i32 = 0i; k0 < 45i; k0 = k0 + 16i) {
    {
      let e: i32 = i32(lid);
      let kk: i32 = e / 32i;
      let pt: i32 = min(ba + e % 32i, 17999i);
      let rk: i32 = k0 + kk;
      let r0: i32 = (rk / 9i);
      let r1: i32 = (rk / 3i) % 3i;
      let r2: i32 = rk % 3i;
      let v0: i32 = (i1 + r1);
      let v1: i32 = (v0 - 2i);
      let v2: bool = (v1 >= 0i);
      let v3: bool = (v1 < 12i);
      let v4: bool = (v2 & v3);
      let v5: i32 = (i2 + r2);
      let v6: i32 = (v5 - 2i);
      let v7: bool = (v6 >= 0i);
      let v8: bool = (v4 & v7);
      let v9: bool = (v6 < 12i);
      let v10: bool = (v8 & v9);
      let v11: i32 = (pt / 5i);
      let v12: i32 = (v1 % 12i);
      let v13: i32 = (v12 * 300i);
      let v14: i32 = (v6 % 12i);
      let v15: i32 = (v14 * 25i);
      let v16: i32 = (v13 + v15);
      let v17: i32 = (r0 * 5i);
      let v18: i32 = (v16 + v17);
      let v19: i32 = (pt % 5i);
      let v20: i32 = (v18 + v19);
      let v21: i32 = (v20 % 3600i);
      let v22: bool = (v11 == v21);
      let v23: f32 = select(0.0f, 1.0f, v22);
      let v24: f32 = select(0.0f, v23, v10);
      kx_xs[e] = select(0.0f, v24, rk < 45i);
    }
    {
      let e: i32 = i32(lid) + 64i;
      let kk: i32 = e / 32i;
      let pt: i32 = min(ba + e % 32i, 17999i);
      let rk: i32 = k0 + kk;
      let r0: i32 = (rk / 9i);
      let r1: i32 = (rk / 3i) % 3i;
      let r2: i32 = rk % 3i;
      let v25: i32 = (i1 + r1);
      let v26: i32 = (v25 - 2i);
      let v27: bool = (v26 >= 0i);
      let v28: bool = (v26 < 12i);
      let v29: bool = (v27 & v28);
      let v30: i32 = (i2 + r2);
      let v31: i32 = (v30 - 2i);
      let v32: bool = (v31 >= 0i);
      let v33: bool = (v29 & v32);
      let v34: bool = (v31 < 12i);
      let v35: bool = (v33 & v34);
      let v36: i32 = (pt / 5i);
      let v37: i32 = (v26 % 12i);
      let v38: i32 = (v37 * 300i);
      let v39: i32 = (v31 % 12i);
      let v40: i32 = (v39 * 25i);
      let v41: i32 = (v38 + v40);
      let v42: i32 = (r0 * 5i);
      let v43: i32 = (v41 + v42);
      let v44: i32 = (pt % 5i);
      let v45: i32 = (v43 + v44);
      let v46: i32 = (v45 % 3600i);
      let v47: bool = (v36 == v46);
      let v48: f32 = select(0.0f, 1.0f, v47);
      let v49: f32 = select(0.0f, v48, v35);
      kx_xs[e] = select(0.0f, v49, rk < 45i);
    }
    {
      let e: i32 = i32(lid) + 128i;
      let kk: i32 = e / 32i;
      let pt: i32 = min(ba + e % 32i, 17999i);
      let rk: i32 = k0 + kk;
      let r0: i32 = (rk / 9i);
      let r1: i32 = (rk / 3i) % 3i;
      let r2: i32 = rk % 3i;
      let v50: i32 = (i1 + r1);
      let v51: i32 = (v50 - 2i);
      let v52: bool = (v51 >= 0i);
      let v53: bool = (v51 < 12i);
      let v54: bool = (v52 & v53);
      let v55: i32 = (i2 + r2);
      let v56: i32 = (v55 - 2i);
      let v57: bool = (v56 >= 0i);
      let v58: bool = (v54 & v57);
      let v59: bool = (v56 < 12i);
      let v60: bool = (v58 & v59);
      let v61: i32 = (pt / 5i);
      let v62: i32 = (v51 % 12i);
      let v63: i32 = (v62 * 300i);
      let v64: i32 = (v56 % 12i);
      let v65: i32 = (v64 * 25i);
      let v66: i32 = (v63 + v65);
      let v67: i32 = (r0 * 5i);
      let v68: i32 = (v66 + v67);
      let v69: i32 = (pt % 5i);
      let v70: i32 = (v68 + v69);
      let v71: i32 = (v70 % 3600i);
      let v72: bool = (v61 == v71);
      let v73: f32 = select(0.0f, 1.0f, v72);
      let v74: f32 = select(0.0f, v73, v60);
      kx_xs[e] = select(0.0f, v74, rk < 45i);
    }
    {
      let e: i32 = i32(lid) + 192i;
      let kk: i32 = e / 32i;
      let pt: i32 = min(ba + e % 32i, 17999i);
      let rk: i32 = k0 + kk;
      let r0: i32 = (rk / 9i);
      let r1: i32 = (rk / 3i) % 3i;
      let r2: i32 = rk % 3i;
      let v75: i32 = (i1 + r1);
      let v76: i32 = (v75 - 2i);
      let v77: bool = (v76 >= 0i);
      let v78: bool = (v76 < 12i);
      let v79: bool = (v77 & v78);
      let v80: i32 = (i2 + r2);
      let v81: i32 = (v80 - 2i);
      let v82: bool = (v81 >= 0i);
      let v83: bool = (v79 & v82);
      let v84: bool = (v81 < 12i);
      let v85: bool = (v83 & v84);
      let v86: i32 = (pt / 5i);
      let v87: i32 = (v76 % 12i);
      let v88: i32 = (v87 * 300i);
      let v89: i32 = (v81 % 12i);
      let v90: i32 = (v89 * 25i);
      let v91: i32 = (v88 + v90);
      let v92: i32 = (r0 * 5i);
      let v93: i32 = (v91 + v92);
      let v94: i32 = (pt % 5i);
      let v95: i32 = (v93 + v94);
      let v96: i32 = (v95 % 3600i);
      let v97: bool = (v86 == v96);
      let v98: f32 = select(0.0f, 1.0f, v97);
      let v99: f32 = select(0.0f, v98, v85);
      kx_xs[e] = select(0.0f, v99, rk < 45i);
    }
    {
      let e: i32 = i32(lid) + 256i;
      let kk: i32 = e / 32i;
      let pt: i32 = min(ba + e % 32i, 17999i);
      let rk: i32 = k0 + kk;
      let r0: i32 = (rk / 9i);
      let r1: i32 = (rk / 3i) % 3i;
      let r2: i32 = rk % 3i;
      let v100: i32 = (i1 + r1);
      let v101: i32 = (v100 - 2i);
      let v102: bool = (v101 >= 0i);
      let v103: bool = (v101 < 12i);
      let v104: bool = (v102 & v103);
      let v105: i32 = (i2 + r2);
      let v106: i32 = (v105 - 2i);
      let v107: bool = (v106 >= 0i);
      let v108: bool = (v104 & v107);
      let v109: bool = (v106 < 12i);
      let v110: bool = (v108 & v109);
      let v111: i32 = (pt / 5i);
      let v112: i32 = (v101 % 12i);
      let v113: i32 = (v112 * 300i);
      let v114: i32 = (v106 % 12i);
      let v115: i32 = (v114 * 25i);
      let v116: i32 = (v113 + v115);
      let v117: i32 = (r0 * 5i);
      let v118: i32 = (v116 + v117);
      let v119: i32 = (pt % 5i);
      let v120: i32 = (v118 + v119);
      let v121: i32 = (v120 % 3600i);
      let v122: bool = (v111 == v121);
      let v123: f32 = select(0.0f, 1.0f, v122);
      let v124: f32 = select(0.0f, v123, v110);
      kx_xs[e] = select(0.0f, v124, rk < 45i);
    }
    {
      let e: i32 = i32(lid) + 320i;
      let kk: i32 = e / 32i;
      let pt: i32 = min(ba + e % 32i, 17999i);
      let rk: i32 = k0 + kk;
      let r0: i32 = (rk / 9i);
      let r1: i32 = (rk / 3i) % 3i;
      let r2: i32 = rk % 3i;
      let v125: i32 = (i1 + r1);
      let v126: i32 = (v125 - 2i);
      let v127: bool = (v126 >= 0i);
      let v128: bool = (v126 < 12i);
      let v129: bool = (v127 & v128);
      let v130: i32 = (i2 + r2);
      let v131: i32 = (v130 - 2i);
      let v132: bool = (v131 >= 0i);
      let v133: bool = (v129 & v132);
      let v134: bool = (v131 < 12i);
      let v135: bool = (v133 & v134);
      let v136: i32 = (pt / 5i);
      let v137: i32 = (v126 % 12i);
      let v138: i32 = (v137 * 300i);
      let v139: i32 = (v131 % 12i);
      let v140: i32 = (v139 * 25i);
      let v141: i32 = (v138 + v140);
      let v142: i32 = (r0 * 5i);
      let v143: i32 = (v141 + v142);
      let v144: i32 = (pt % 5i);
      let v145: i32 = (v143 + v144);
      let v146: i32 = (v145 % 3600i);
      let v147: bool = (v136 == v146);
      let v148: f32 = select(0.0f, 1.0f, v147);
      let v149: f32 = select(0.0f, v148, v135);
      kx_xs[e] = select(0.0f, v149, rk < 45i);
    }
    {
      let e: i32 = i32(lid) + 384i;
      let kk: i32 = e / 32i;
      let pt: i32 = min(ba + e % 32i, 17999i);
      let rk: i32 = k0 + kk;
      let r0: i32 = (rk / 9i);
      let r1: i32 = (rk / 3i) % 3i;
      let r2: i32 = rk % 3i;
      let v150: i32 = (i1 + r1);
      let v151: i32 = (v150 - 2i);
      let v152: bool = (v151 >= 0i);
      let v153: bool = (v151 < 12i);
      let v154: bool = (v152 & v153);
      let v155: i32 = (i2 + r2);
      let v156: i32 = (v155 - 2i);
      let v157: bool = (v156 >= 0i);
      let v158: bool = (v154 & v157);
      let v159: bool = (v156 < 12i);
      let v160: bool = (v158 & v159);
      let v161: i32 = (pt / 5i);
      let v162: i32 = (v151 % 12i);
      let v163: i32 = (v162 * 300i);
      let v164: i32 = (v156 % 12i);
      let v165: i32 = (v164 * 25i);
      let v166: i32 = (v163 + v165);
      let v167: i32 = (r0 * 5i);
      let v168: i32 = (v166 + v167);
      let v169: i32 = (pt % 5i);
      let v170: i32 = (v168 + v169);
      let v171: i32 = (v170 % 3600i);
      let v172: bool = (v161 == v171);
      let v173: f32 = select(0.0f, 1.0f, v172);
      let v174: f32 = select(0.0f, v173, v160);
      kx_xs[e] = select(0.0f, v174, rk < 45i);
    }
    {
      let e: i32 = i32(lid) + 448i;
      let kk: i32 = e / 32i;
      let pt: i32 = min(ba + e % 32i, 17999i);
      let rk: i32 = k0 + kk;
      let r0: i32 = (rk / 9i);
      let r1: i32 = (rk / 3i) % 3i;
      let r2: i32 = rk % 3i;
      let v175: i32 = (i1 + r1);
      let v176: i32 = (v175 - 2i);
      let v177: bool = (v176 >= 0i);
      let v178: bool = (v176 < 12i);
      let v179: bool = (v177 & v178);
      let v180: i32 = (i2 + r2);
      let v181: i32 = (v180 - 2i);
      let v182: bool = (v181 >= 0i);
      let v183: bool = (v179 & v182);
      let v184: bool = (v181 < 12i);
      let v185: bool = (v183 & v184);
      let v186: i32 = (pt / 5i);
      let v187: i32 = (v176 % 12i);
      let v188: i32 = (v187 * 300i);
      let v189: i32 = (v181 % 12i);
      let v190: i32 = (v189 * 25i);
      let v191: i32 = (v188 + v190);
      let v192: i32 = (r0 * 5i);
      let v193: i32 = (v191 + v192);
      let v194: i32 = (pt % 5i);
      let v195: i32 = (v193 + v194);
      let v196: i32 = (v195 % 3600i);
      let v197: bool = (v186 == v196);
      let v198: f32 = select(0.0f, 1.0f, v197);
      let v199: f32 = select(0.0f, v198, v185);
      kx_xs[e] = select(0.0f, v199, rk < 45i);
    }
    {
      let e: i32 = i32(lid);
      let kk: i32 = e / 8i;
      let pt: i32 = min(bb + e % 8i, 4i);
      let rk: i32 = k0 + kk;
      let r0: i32 = (rk / 9i);
      let r1: i32 = (rk / 3i) % 3i;
      let r2: i32 = rk % 3i;
      let v200: i32 = (r1 * (-75i));
      let v201: i32 = (r2 * 25i);
      let v202: i32 = (v200 - v201);
      let v203: i32 = (pt * 5i);
      let v204: i32 = (v202 + v203);
      let v205: i32 = (v204 + r0);
      let v206: i32 = (v205 + 200i);
      let v207: f32 = in0[v206];
      kx_ys[e] = select(0.0f, v207, rk < 45i);
    }
    {
      let e: i32 = i32(lid) + 64i;
      let kk: i32 = e / 8i;
      let pt: i32 = min(bb + e % 8i, 4i);
      let rk: i32 = k0 + kk;
      let r0: i32 = (rk / 9i);
      let r1: i32 = (rk / 3i) % 3i;
      let r2: i32 = rk % 3i;
      let v208: i32 = (r1 * (-75i));
      let v209: i32 = (r2 * 25i);
      let v210: i32 = (v208 - v209);
      let v211: i32 = (pt * 5i);
      let v212: i32 = (v210 + v211);
      let v213: i32 = (v212 + r0);
      let v214: i32 = (v213 + 200i);
      let v215: f32 = in0[v214];
      kx_ys[e] = select(0.0f, v215, rk < 45i);
    }
    workgroupBarrier();
    {
      let x0: f32 = kx_xs[0i + la];
      let x1: f32 = kx_xs[0i + la + 8i];
      let x2: f32 = kx_xs[0i + la + 16i];
      let x3: f32 = kx_xs[0i + la + 24i];
      let y0: f32 = kx_ys[0i + lb];
      c0_0 = fma(x0, y0, c0_0);
      c1_0 = fma(x1, y0, c1_0);
      c2_0 = fma(x2, y0, c2_0);
      c3_0 = fma(x3, y0, c3_0);
    }
    {
      let x0: f32 = kx_xs[32i + la];
      let x1: f32 = kx_xs[32i + la + 8i];
      let x2: f32 = kx_xs[32i + la + 16i];
      let x3: f32 = kx_xs[32i + la + 24i];
      let y0: f32 = kx_ys[8i + lb];
      c0_0 = fma(x0, y0, c0_0);
      c1_0 = fma(x1, y0, c1_0);
      c2_0 = fma(x2, y0, c2_0);
      c3_0 = fma(x3, y0, c3_0);
    }
    {
      let x0: f32 = kx_xs[64i + la];
      let x1: f32 = kx_xs[64i + la + 8i];
      let x2: f32 = kx_xs[64i + la + 16i];
      let x3: f32 = kx_xs[64i + la + 24i];
      let y0: f32 = kx_ys[16i + lb];
      c0_0 = fma(x0, y0, c0_0);
      c1_0 = fma(x1, y0, c1_0);
      c2_0 = fma(x2, y0, c2_0);
      c3_0 = fma(x3, y0, c3_0);
    }
    {
      let x0: f32 = kx_xs[96i + la];
      let x1: f32 = kx_xs[96i + la + 8i];
      let x2: f32 = kx_xs[96i + la + 16i];
      let x3: f32 = kx_xs[96i + la + 24i];
      let y0: f32 = kx_ys[24i + lb];
      c0_0 = fma(x0, y0, c0_0);
      c1_0 = fma(x1, y0, c1_0);
      c2_0 = fma(x2, y0, c2_0);
      c3_0 = fma(x3, y0, c3_0);
    }
    {
      let x0: f32 = kx_xs[128i + la];
      let x1: f32 = kx_xs[128i + la + 8i];
      let x2: f32 = kx_xs[128i + la + 16i];
      let x3: f32 = kx_xs[128i + la + 24i];
      let y0: f32 = kx_ys[32i + lb];
      c0_0 = fma(x0, y0, c0_0);
      c1_0 = fma(x1, y0, c1_0);
      c2_0 = fma(x2, y0, c2_0);
      c3_0 = fma(x3, y0, c3_0);
    }
    {
      let x0: f32 = kx_xs[160i + la];
      let x1: f32 = kx_xs[160i + la + 8i];
      let x2: f32 = kx_xs[160i + la + 16i];
      let x3: f32 = kx_xs[160i + la + 24i];
      let y0: f32 = kx_ys[40i + lb];
      c0_0 = fma(x0, y0, c0_0);
      c1_0 = fma(x1, y0, c1_0);
      c2_0 = fma(x2, y0, c2_0);
      c3_0 = fma(x3, y0, c3_0);
    }
    {
      let x0: f32 = kx_xs[192i + la];
      let x1: f32 = kx_xs[192i + la + 8i];
      let x2: f32 = kx_xs[192i + la + 16i];
      let x3: f32 = kx_xs[192i + la + 24i];
      let y0: f32 = kx_ys[48i + lb];
      c0_0 = fma(x0, y0, c0_0);
      c1_0 = fma(x1, y0, c1_0);
      c2_0 = fma(x2, y0, c2_0);
      c3_0 = fma(x3, y0, c3_0);
    }
    {
      let x0: f32 = kx_xs[224i + la];
      let x1: f32 = kx_xs[224i + la + 8i];
      let x2: f32 = kx_xs[224i + la + 16i];
      let x3: f32 = kx_xs[224i + la + 24i];
      let y0: f32 = kx_ys[56i + lb];
      c0_0 = fma(x0, y0, c0_0);
      c1_0 = fma(x1, y0, c1_0);
      c2_0 = fma(x2, y0, c2_0);
      c3_0 = fma(x3, y0, c3_0);
    }
    {
      let x0: f32 = kx_xs[256i + la];
      let x1: f32 = kx_xs[256i + la + 8i];
      let x2: f32 = kx_xs[256i + la + 16i];
      let x3: f32 = kx_xs[256i + la + 24i];
      let y0: f32 = kx_ys[64i + lb];
      c0_0 = fma(x0, y0, c0_0);
      c1_0 = fma(x1, y0, c1_0);
      c2_0 = fma(x2, y0, c2_0);
      c3_0 = fma(x3, y0, c3_0);
    }
    {
      let x0: f32 = kx_xs[288i + la];
      let x1: f32 = kx_xs[288i + la + 8i];
      let x2: f32 = kx_xs[288i + la + 16i];
      let x3: f32 = kx_xs[288i + la + 24i];
      let y0: f32 = kx_ys[72i + lb];
      c0_0 = fma(x0, y0, c0_0);
      c1_0 = fma(x1, y0, c1_0);
      c2_0 = fma(x2, y0, c2_0);
      c3_0 = fma(x3, y0, c3_0);
    }
    {
      let x0: f32 = kx_xs[320i + la];
      let x1: f32 = kx_xs[320i + la + 8i];
      let x2: f32 = kx_xs[320i + la + 16i];
      let x3: f32 = kx_xs[320i + la + 24i];
      let y0: f32 = kx_ys[80i + lb];
      c0_0 = fma(x0, y0, c0_0);
      c1_0 = fma(x1, y0, c1_0);
      c2_0 = fma(x2, y0, c2_0);
      c3_0 = fma(x3, y0, c3_0);
    }
    {
      let x0: f32 = kx_xs[352i + la];
      let x1: f32 = kx_xs[352i + la + 8i];
      let x2: f32 = kx_xs[352i + la + 16i];
      let x3: f32 = kx_xs[352i + la + 24i];
      let y0: f32 = kx_ys[88i + lb];
      c0_0 = fma(x0, y0, c0_0);
      c1_0 = fma(x1, y0, c1_0);
      c2_0 = fma(x2, y0, c2_0);
      c3_0 = fma(x3, y0, c3_0);
    }
    {
      let x0: f32 = kx_xs[384i + la];
      let x1: f32 = kx_xs[384i + la + 8i];
      let x2: f32 = kx_xs[384i + la + 16i];
      let x3: f32 = kx_xs[384i + la + 24i];
      let y0: f32 = kx_ys[96i + lb];
      c0_0 = fma(x0, y0, c0_0);
      c1_0 = fma(x1, y0, c1_0);
      c2_0 = fma(x2, y0, c2_0);
      c3_0 = fma(x3, y0, c3_0);
    }
    {
      let x0: f32 = kx_xs[416i + la];
      let x1: f32 = kx_xs[416i + la + 8i];
      let x2: f32 = kx_xs[416i + la + 16i];
      let x3: f32 = kx_xs[416i + la + 24i];
      let y0: f32 = kx_ys[104i + lb];
      c0_0 = fma(x0, y0, c0_0);
      c1_0 = fma(x1, y0, c1_0);
      c2_0 = fma(x2, y0, c2_0);
      c3_0 = fma(x3, y0, c3_0);
    }
    {
      let x0: f32 = kx_xs[448i + la];
      let x1: f32 = kx_xs[448i + la + 8i];
      let x2: f32 = kx_xs[448i + la + 16i];
      let x3: f32 = kx_xs[448i + la + 24i];
      let y0: f32 = kx_ys[112i + lb];
      c0_0 = fma(x0, y0, c0_0);
      c1_0 = fma(x1, y0, c1_0);
      c2_0 = fma(x2, y0, c2_0);
      c3_0 = fma(x3, y0, c3_0);
    }
    {
      let x0: f32 = kx_xs[480i + la];
      let x1: f32 = kx_xs[480i + la + 8i];
      let x2: f32 = kx_xs[480i + la + 16i];
      let x3: f32 = kx_xs[480i + la + 24i];
      let y0: f32 = kx_ys[120i + lb];
      c0_0 = fma(x0, y0, c0_0);
      c1_0 = fma(x1, y0, c1_0);
      c2_0 = fma(x2, y0, c2_0);
      c3_0 = fma(x3, y0, c3_0);
    }
    workgroupBarrier();
  }
  if (ba + la < 18000i && bb + lb < 5i) {
    let oa: i32 = ba + la;
    let ob: i32 = bb + lb;
    let v216: i32 = (oa * 980i);
    let v217: i32 = (i1 * 70i);
    let v218: i32 = (v216 + v217);
    let v219: i32 = (i2 * 5i);
    let v220: i32 = (v218 + v219);
    let v221: i32 = (v220 + ob);
    out0[v221] = c0_0;
  }
  if (ba + la + 8i < 18000i && bb + lb < 5i) {
    let oa: i32 = ba + la + 8i;
    let ob: i32 = bb + lb;
    let v222: i32 = (oa * 980i);
    let v223: i32 = (i1 * 70i);
    let v224: i32 = (v222 + v223);
    let v225: i32 = (i2 * 5i);
    let v226: i32 = (v224 + v225);
    let v227: i32 = (v226 + ob);
    out0[v227] = c1_0;
  }
  if (ba + la + 16i < 18000i && bb + lb < 5i) {
    let oa: i32 = ba + la + 16i;
    let ob: i32 = bb + lb;
    let v228: i32 = (oa * 980i);
    let v229: i32 = (i1 * 70i);
    let v230: i32 = (v228 + v229);
    let v231: i32 = (i2 * 5i);
    let v232: i32 = (v230 + v231);
    let v233: i32 = (v232 + ob);
    out0[v233] = c2_0;
  }
  if (ba + la + 24i < 18000i && bb + lb < 5i) {
    let oa: i32 = ba + la + 24i;
    let ob: i32 = bb + lb;
    let v234: i32 = (oa * 980i);
    let v235: i32 = (i1 * 70i);
    let v236: i32 = (v234 + v235);
    let v237: i32 = (i2 * 5i);
    let v238: i32 = (v236 + v237);
    let v239: i32 = (v238 + ob);
    out0[v239] = c3_0;
  }
}

// kernax kernel k2: contract, pinned profile
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
var<workgroup> kx_xs: array<f32, 256>;
var<workgroup> kx_ys: array<f32, 512>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
  let grp: i32 = i32(wid.x + wid.y * 1695u);
  if (grp >= 1695i) { return; }
  let ta2: i32 = 0i;
  let i1: i32 = (grp / 565i);
  let i3: i32 = (grp / 113i) % 5i;
  let tb0: i32 = grp % 113i;
  let la: i32 = i32(lid) / 8i;
  let lb: i32 = i32(lid) % 8i;
  let ba: i32 = ta2 * 16i;
  let bb: i32 = tb0 * 32i;
  var c0_0: f32 = 0.0f;
  var c0_1: f32 = 0.0f;
  var c0_2: f32 = 0.0f;
  var c0_3: f32 = 0.0f;
  var c1_0: f32 = 0.0f;
  var c1_1: f32 = 0.0f;
  var c1_2: f32 = 0.0f;
  var c1_3: f32 = 0.0f;
  let v0: i32 = (i1 * 240i);
  for (var k0: i32 = 0i; k0 < 980i; k0 = k0 + 16i) {
    {
      let e: i32 = i32(lid);
      let kk: i32 = e / 16i;
      let pt: i32 = min(ba + e % 16i, 8i);
      let rk: i32 = k0 + kk;
      let r0: i32 = (rk / 196i);
      let r1: i32 = (rk / 14i) % 14i;
      let r2: i32 = rk % 14i;
      let v1: i32 = (r1 * 240i);
      let v2: i32 = (v0 + v1);
      let v3: i32 = (r2 * 15i);
      let v4: i32 = (v2 + v3);
      let v5: i32 = (pt * 5i);
      let v6: i32 = (v4 + v5);
      let v7: i32 = (v6 + r0);
      let v8: f32 = in0[v7];
      kx_xs[e] = select(0.0f, v8, rk < 980i);
    }
    {
      let e: i32 = i32(lid) + 64i;
      let kk: i32 = e / 16i;
      let pt: i32 = min(ba + e % 16i, 8i);
      let rk: i32 = k0 + kk;
      let r0: i32 = (rk / 196i);
      let r1: i32 = (rk / 14i) % 14i;
      let r2: i32 = rk % 14i;
      let v9: i32 = (r1 * 240i);
      let v10: i32 = (v0 + v9);
      let v11: i32 = (r2 * 15i);
      let v12: i32 = (v10 + v11);
      let v13: i32 = (pt * 5i);
      let v14: i32 = (v12 + v13);
      let v15: i32 = (v14 + r0);
      let v16: f32 = in0[v15];
      kx_xs[e] = select(0.0f, v16, rk < 980i);
    }
    {
      let e: i32 = i32(lid) + 128i;
      let kk: i32 = e / 16i;
      let pt: i32 = min(ba + e % 16i, 8i);
      let rk: i32 = k0 + kk;
      let r0: i32 = (rk / 196i);
      let r1: i32 = (rk / 14i) % 14i;
      let r2: i32 = rk % 14i;
      let v17: i32 = (r1 * 240i);
      let v18: i32 = (v0 + v17);
      let v19: i32 = (r2 * 15i);
      let v20: i32 = (v18 + v19);
      let v21: i32 = (pt * 5i);
      let v22: i32 = (v20 + v21);
      let v23: i32 = (v22 + r0);
      let v24: f32 = in0[v23];
      kx_xs[e] = select(0.0f, v24, rk < 980i);
    }
    {
      let e: i32 = i32(lid) + 192i;
      let kk: i32 = e / 16i;
      let pt: i32 = min(ba + e % 16i, 8i);
      let rk: i32 = k0 + kk;
      let r0: i32 = (rk / 196i);
      let r1: i32 = (rk / 14i) % 14i;
      let r2: i32 = rk % 14i;
      let v25: i32 = (r1 * 240i);
      let v26: i32 = (v0 + v25);
      let v27: i32 = (r2 * 15i);
      let v28: i32 = (v26 + v27);
      let v29: i32 = (pt * 5i);
      let v30: i32 = (v28 + v29);
      let v31: i32 = (v30 + r0);
      let v32: f32 = in0[v31];
      kx_xs[e] = select(0.0f, v32, rk < 980i);
    }
    {
      let e: i32 = i32(lid);
      let kk: i32 = e / 32i;
      let pt: i32 = min(bb + e % 32i, 3599i);
      let rk: i32 = k0 + kk;
      let r0: i32 = (rk / 196i);
      let r1: i32 = (rk / 14i) % 14i;
      let r2: i32 = rk % 14i;
      let v33: i32 = (pt * 4900i);
      let v34: i32 = (r0 * 980i);
      let v35: i32 = (v33 + v34);
      let v36: i32 = (r1 * 70i);
      let v37: i32 = (v35 + v36);
      let v38: i32 = (r2 * 5i);
      let v39: i32 = (v37 + v38);
      let v40: i32 = (v39 + i3);
      let v41: f32 = in1[v40];
      kx_ys[e] = select(0.0f, v41, rk < 980i);
    }
    {
      let e: i32 = i32(lid) + 64i;
      let kk: i32 = e / 32i;
      let pt: i32 = min(bb + e % 32i, 3599i);
      let rk: i32 = k0 + kk;
      let r0: i32 = (rk / 196i);
      let r1: i32 = (rk / 14i) % 14i;
      let r2: i32 = rk % 14i;
      let v42: i32 = (pt * 4900i);
      let v43: i32 = (r0 * 980i);
      let v44: i32 = (v42 + v43);
      let v45: i32 = (r1 * 70i);
      let v46: i32 = (v44 + v45);
      let v47: i32 = (r2 * 5i);
      let v48: i32 = (v46 + v47);
      let v49: i32 = (v48 + i3);
      let v50: f32 = in1[v49];
      kx_ys[e] = select(0.0f, v50, rk < 980i);
    }
    {
      let e: i32 = i32(lid) + 128i;
      let kk: i32 = e / 32i;
      let pt: i32 = min(bb + e % 32i, 3599i);
      let rk: i32 = k0 + kk;
      let r0: i32 = (rk / 196i);
      let r1: i32 = (rk / 14i) % 14i;
      let r2: i32 = rk % 14i;
      let v51: i32 = (pt * 4900i);
      let v52: i32 = (r0 * 980i);
      let v53: i32 = (v51 + v52);
      let v54: i32 = (r1 * 70i);
      let v55: i32 = (v53 + v54);
      let v56: i32 = (r2 * 5i);
      let v57: i32 = (v55 + v56);
      let v58: i32 = (v57 + i3);
      let v59: f32 = in1[v58];
      kx_ys[e] = select(0.0f, v59, rk < 980i);
    }
    {
      let e: i32 = i32(lid) + 192i;
      let kk: i32 = e / 32i;
      let pt: i32 = min(bb + e % 32i, 3599i);
      let rk: i32 = k0 + kk;
      let r0: i32 = (rk / 196i);
      let r1: i32 = (rk / 14i) % 14i;
      let r2: i32 = rk % 14i;
      let v60: i32 = (pt * 4900i);
      let v61: i32 = (r0 * 980i);
      let v62: i32 = (v60 + v61);
      let v63: i32 = (r1 * 70i);
      let v64: i32 = (v62 + v63);
      let v65: i32 = (r2 * 5i);
      let v66: i32 = (v64 + v65);
      let v67: i32 = (v66 + i3);
      let v68: f32 = in1[v67];
      kx_ys[e] = select(0.0f, v68, rk < 980i);
    }
    {
      let e: i32 = i32(lid) + 256i;
      let kk: i32 = e / 32i;
      let pt: i32 = min(bb + e % 32i, 3599i);
      let rk: i32 = k0 + kk;
      let r0: i32 = (rk / 196i);
      let r1: i32 = (rk / 14i) % 14i;
      let r2: i32 = rk % 14i;
      let v69: i32 = (pt * 4900i);
      let v70: i32 = (r0 * 980i);
      let v71: i32 = (v69 + v70);
      let v72: i32 = (r1 * 70i);
      let v73: i32 = (v71 + v72);
      let v74: i32 = (r2 * 5i);
      let v75: i32 = (v73 + v74);
      let v76: i32 = (v75 + i3);
      let v77: f32 = in1[v76];
      kx_ys[e] = select(0.0f, v77, rk < 980i);
    }
    {
      let e: i32 = i32(lid) + 320i;
      let kk: i32 = e / 32i;
      let pt: i32 = min(bb + e % 32i, 3599i);
      let rk: i32 = k0 + kk;
      let r0: i32 = (rk / 196i);
      let r1: i32 = (rk / 14i) % 14i;
      let r2: i32 = rk % 14i;
      let v78: i32 = (pt * 4900i);
      let v79: i32 = (r0 * 980i);
      let v80: i32 = (v78 + v79);
      let v81: i32 = (r1 * 70i);
      let v82: i32 = (v80 + v81);
      let v83: i32 = (r2 * 5i);
      let v84: i32 = (v82 + v83);
      let v85: i32 = (v84 + i3);
      let v86: f32 = in1[v85];
      kx_ys[e] = select(0.0f, v86, rk < 980i);
    }
    {
      let e: i32 = i32(lid) + 384i;
      let kk: i32 = e / 32i;
      let pt: i32 = min(bb + e % 32i, 3599i);
      let rk: i32 = k0 + kk;
      let r0: i32 = (rk / 196i);
      let r1: i32 = (rk / 14i) % 14i;
      let r2: i32 = rk % 14i;
      let v87: i32 = (pt * 4900i);
      let v88: i32 = (r0 * 980i);
      let v89: i32 = (v87 + v88);
      let v90: i32 = (r1 * 70i);
      let v91: i32 = (v89 + v90);
      let v92: i32 = (r2 * 5i);
      let v93: i32 = (v91 + v92);
      let v94: i32 = (v93 + i3);
      let v95: f32 = in1[v94];
      kx_ys[e] = select(0.0f, v95, rk < 980i);
    }
    {
      let e: i32 = i32(lid) + 448i;
      let kk: i32 = e / 32i;
      let pt: i32 = min(bb + e % 32i, 3599i);
      let rk: i32 = k0 + kk;
      let r0: i32 = (rk / 196i);
      let r1: i32 = (rk / 14i) % 14i;
      let r2: i32 = rk % 14i;
      let v96: i32 = (pt * 4900i);
      let v97: i32 = (r0 * 980i);
      let v98: i32 = (v96 + v97);
      let v99: i32 = (r1 * 70i);
      let v100: i32 = (v98 + v99);
      let v101: i32 = (r2 * 5i);
      let v102: i32 = (v100 + v101);
      let v103: i32 = (v102 + i3);
      let v104: f32 = in1[v103];
      kx_ys[e] = select(0.0f, v104, rk < 980i);
    }
    workgroupBarrier();
    {
      let x0: f32 = kx_xs[0i + la];
      let x1: f32 = kx_xs[0i + la + 8i];
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
    }
    {
      let x0: f32 = kx_xs[16i + la];
      let x1: f32 = kx_xs[16i + la + 8i];
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
    }
    {
      let x0: f32 = kx_xs[32i + la];
      let x1: f32 = kx_xs[32i + la + 8i];
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
    }
    {
      let x0: f32 = kx_xs[48i + la];
      let x1: f32 = kx_xs[48i + la + 8i];
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
    }
    {
      let x0: f32 = kx_xs[64i + la];
      let x1: f32 = kx_xs[64i + la + 8i];
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
    }
    {
      let x0: f32 = kx_xs[80i + la];
      let x1: f32 = kx_xs[80i + la + 8i];
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
    }
    {
      let x0: f32 = kx_xs[96i + la];
      let x1: f32 = kx_xs[96i + la + 8i];
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
    }
    {
      let x0: f32 = kx_xs[112i + la];
      let x1: f32 = kx_xs[112i + la + 8i];
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
    }
    {
      let x0: f32 = kx_xs[128i + la];
      let x1: f32 = kx_xs[128i + la + 8i];
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
    }
    {
      let x0: f32 = kx_xs[144i + la];
      let x1: f32 = kx_xs[144i + la + 8i];
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
    }
    {
      let x0: f32 = kx_xs[160i + la];
      let x1: f32 = kx_xs[160i + la + 8i];
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
    }
    {
      let x0: f32 = kx_xs[176i + la];
      let x1: f32 = kx_xs[176i + la + 8i];
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
    }
    {
      let x0: f32 = kx_xs[192i + la];
      let x1: f32 = kx_xs[192i + la + 8i];
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
    }
    {
      let x0: f32 = kx_xs[208i + la];
      let x1: f32 = kx_xs[208i + la + 8i];
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
    }
    {
      let x0: f32 = kx_xs[224i + la];
      let x1: f32 = kx_xs[224i + la + 8i];
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
    }
    {
      let x0: f32 = kx_xs[240i + la];
      let x1: f32 = kx_xs[240i + la + 8i];
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
    }
    workgroupBarrier();
  }
  if (ba + la < 9i && bb + lb < 3600i) {
    let oa: i32 = ba + la;
    let ob: i32 = bb + lb;
    let v105: i32 = (ob * 135i);
    let v106: i32 = (i1 * 45i);
    let v107: i32 = (v105 + v106);
    let v108: i32 = (oa * 5i);
    let v109: i32 = (v107 + v108);
    let v110: i32 = (v109 + i3);
    out0[v110] = c0_0;
  }
  if (ba + la < 9i && bb + lb + 8i < 3600i) {
    let oa: i32 = ba + la;
    let ob: i32 = bb + lb + 8i;
    let v111: i32 = (ob * 135i);
    let v112: i32 = (i1 * 45i);
    let v113: i32 = (v111 + v112);
    let v114: i32 = (oa * 5i);
    let v115: i32 = (v113 + v114);
    let v116: i32 = (v115 + i3);
    out0[v116] = c0_1;
  }
  if (ba + la < 9i && bb + lb + 16i < 3600i) {
    let oa: i32 = ba + la;
    let ob: i32 = bb + lb + 16i;
    let v117: i32 = (ob * 135i);
    let v118: i32 = (i1 * 45i);
    let v119: i32 = (v117 + v118);
    let v120: i32 = (oa * 5i);
    let v121: i32 = (v119 + v120);
    let v122: i32 = (v121 + i3);
    out0[v122] = c0_2;
  }
  if (ba + la < 9i && bb + lb + 24i < 3600i) {
    let oa: i32 = ba + la;
    let ob: i32 = bb + lb + 24i;
    let v123: i32 = (ob * 135i);
    let v124: i32 = (i1 * 45i);
    let v125: i32 = (v123 + v124);
    let v126: i32 = (oa * 5i);
    let v127: i32 = (v125 + v126);
    let v128: i32 = (v127 + i3);
    out0[v128] = c0_3;
  }
  if (ba + la + 8i < 9i && bb + lb < 3600i) {
    let oa: i32 = ba + la + 8i;
    let ob: i32 = bb + lb;
    let v129: i32 = (ob * 135i);
    let v130: i32 = (i1 * 45i);
    let v131: i32 = (v129 + v130);
    let v132: i32 = (oa * 5i);
    let v133: i32 = (v131 + v132);
    let v134: i32 = (v133 + i3);
    out0[v134] = c1_0;
  }
  if (ba + la + 8i < 9i && bb + lb + 8i < 3600i) {
    let oa: i32 = ba + la + 8i;
    let ob: i32 = bb + lb + 8i;
    let v135: i32 = (ob * 135i);
    let v136: i32 = (i1 * 45i);
    let v137: i32 = (v135 + v136);
    let v138: i32 = (oa * 5i);
    let v139: i32 = (v137 + v138);
    let v140: i32 = (v139 + i3);
    out0[v140] = c1_1;
  }
  if (ba + la + 8i < 9i && bb + lb + 16i < 3600i) {
    let oa: i32 = ba + la + 8i;
    let ob: i32 = bb + lb + 16i;
    let v141: i32 = (ob * 135i);
    let v142: i32 = (i1 * 45i);
    let v143: i32 = (v141 + v142);
    let v144: i32 = (oa * 5i);
    let v145: i32 = (v143 + v144);
    let v146: i32 = (v145 + i3);
    out0[v146] = c1_2;
  }
  if (ba + la + 8i < 9i && bb + lb + 24i < 3600i) {
    let oa: i32 = ba + la + 8i;
    let ob: i32 = bb + lb + 24i;
    let v147: i32 = (ob * 135i);
    let v148: i32 = (i1 * 45i);
    let v149: i32 = (v147 + v148);
    let v150: i32 = (oa * 5i);
    let v151: i32 = (v149 + v150);
    let v152: i32 = (v151 + i3);
    out0[v152] = c1_3;
  }
}

// kernax kernel k3: serial, pinned profile
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
  let gid: i32 = i32(wid.x + wid.y * 282u);
  let flat: i32 = gid * 64i + i32(lid);
  if (flat >= 18000i) { return; }
  let i0: i32 = (flat / 5i);
  let i1: i32 = flat % 5i;
  let v0: i32 = (i0 * 4900i);
  var a0: f32 = 0.0f;
  for (var r0: i32 = 0i; r0 < 980i; r0 = r0 + 1i) {
    let v1: i32 = (r0 * 5i);
    let v2: i32 = (v0 + v1);
    let v3: i32 = (v2 + i1);
    let v4: f32 = in0[v3];
    a0 = (a0 + v4);
  }
  let v5: i32 = (i0 * 5i);
  let v6: i32 = (v5 + i1);
  out0[v6] = a0;
}

// kernax kernel k4: contract, pinned profile
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
var<workgroup> kx_xs: array<f32, 128>;
var<workgroup> kx_ys: array<f32, 512>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
  let grp: i32 = i32(wid.x + wid.y * 5085u);
  if (grp >= 5085i) { return; }
  let ta3: i32 = 0i;
  let i1: i32 = (grp / 1695i);
  let i2: i32 = (grp / 565i) % 3i;
  let i4: i32 = (grp / 113i) % 5i;
  let tb0: i32 = grp % 113i;
  let la: i32 = i32(lid) / 8i;
  let lb: i32 = i32(lid) % 8i;
  let ba: i32 = ta3 * 8i;
  let bb: i32 = tb0 * 32i;
  var c0_0: f32 = 0.0f;
  var c0_1: f32 = 0.0f;
  var c0_2: f32 = 0.0f;
  var c0_3: f32 = 0.0f;
  let v0: i32 = (i1 * 70i);
  let v1: i32 = (i2 * 5i);
  let v2: i32 = (i4 * 5i);
  for (var k0: i32 = 0i; k0 < 720i; k0 = k0 + 16i) {
    {
      let e: i32 = i32(lid);
      let kk: i32 = e / 8i;
      let pt: i32 = min(ba + e % 8i, 4i);
      let rk: i32 = k0 + kk;
      let r0: i32 = (rk / 144i);
      let r1: i32 = (rk / 12i) % 12i;
      let r2: i32 = rk % 12i;
      let v3: i32 = (r0 * 980i);
      let v4: i32 = (v3 + v0);
      let v5: i32 = (r1 * 70i);
      let v6: i32 = (v4 + v5);
      let v7: i32 = (v6 + v1);
      let v8: i32 = (r2 * 5i);
      let v9: i32 = (v7 + v8);
      let v10: i32 = (v9 + pt);
      let v11: f32 = in1[v10];
      let v12: f32 = in0[pt];
      let v13: f32 = (v11 + v12);
      kx_xs[e] = v13;
    }
    {
      let e: i32 = i32(lid) + 64i;
      let kk: i32 = e / 8i;
      let pt: i32 = min(ba + e % 8i, 4i);
      let rk: i32 = k0 + kk;
      let r0: i32 = (rk / 144i);
      let r1: i32 = (rk / 12i) % 12i;
      let r2: i32 = rk % 12i;
      let v14: i32 = (r0 * 980i);
      let v15: i32 = (v14 + v0);
      let v16: i32 = (r1 * 70i);
      let v17: i32 = (v15 + v16);
      let v18: i32 = (v17 + v1);
      let v19: i32 = (r2 * 5i);
      let v20: i32 = (v18 + v19);
      let v21: i32 = (v20 + pt);
      let v22: f32 = in1[v21];
      let v23: f32 = in0[pt];
      let v24: f32 = (v22 + v23);
      kx_xs[e] = v24;
    }
    {
      let e: i32 = i32(lid);
      let kk: i32 = e / 32i;
      let pt: i32 = min(bb + e % 32i, 3599i);
      let rk: i32 = k0 + kk;
      let r0: i32 = (rk / 144i);
      let r1: i32 = (rk / 12i) % 12i;
      let r2: i32 = rk % 12i;
      let v25: i32 = (r1 * 300i);
      let v26: i32 = (r2 * 25i);
      let v27: i32 = (v25 + v26);
      let v28: i32 = (v27 + v2);
      let v29: i32 = (v28 + r0);
      let v30: bool = (pt == v29);
      let v31: f32 = select(0.0f, 1.0f, v30);
      kx_ys[e] = v31;
    }
    {
      let e: i32 = i32(lid) + 64i;
      let kk: i32 = e / 32i;
      let pt: i32 = min(bb + e % 32i, 3599i);
      let rk: i32 = k0 + kk;
      let r0: i32 = (rk / 144i);
      let r1: i32 = (rk / 12i) % 12i;
      let r2: i32 = rk % 12i;
      let v32: i32 = (r1 * 300i);
      let v33: i32 = (r2 * 25i);
      let v34: i32 = (v32 + v33);
      let v35: i32 = (v34 + v2);
      let v36: i32 = (v35 + r0);
      let v37: bool = (pt == v36);
      let v38: f32 = select(0.0f, 1.0f, v37);
      kx_ys[e] = v38;
    }
    {
      let e: i32 = i32(lid) + 128i;
      let kk: i32 = e / 32i;
      let pt: i32 = min(bb + e % 32i, 3599i);
      let rk: i32 = k0 + kk;
      let r0: i32 = (rk / 144i);
      let r1: i32 = (rk / 12i) % 12i;
      let r2: i32 = rk % 12i;
      let v39: i32 = (r1 * 300i);
      let v40: i32 = (r2 * 25i);
      let v41: i32 = (v39 + v40);
      let v42: i32 = (v41 + v2);
      let v43: i32 = (v42 + r0);
      let v44: bool = (pt == v43);
      let v45: f32 = select(0.0f, 1.0f, v44);
      kx_ys[e] = v45;
    }
    {
      let e: i32 = i32(lid) + 192i;
      let kk: i32 = e / 32i;
      let pt: i32 = min(bb + e % 32i, 3599i);
      let rk: i32 = k0 + kk;
      let r0: i32 = (rk / 144i);
      let r1: i32 = (rk / 12i) % 12i;
      let r2: i32 = rk % 12i;
      let v46: i32 = (r1 * 300i);
      let v47: i32 = (r2 * 25i);
      let v48: i32 = (v46 + v47);
      let v49: i32 = (v48 + v2);
      let v50: i32 = (v49 + r0);
      let v51: bool = (pt == v50);
      let v52: f32 = select(0.0f, 1.0f, v51);
      kx_ys[e] = v52;
    }
    {
      let e: i32 = i32(lid) + 256i;
      let kk: i32 = e / 32i;
      let pt: i32 = min(bb + e % 32i, 3599i);
      let rk: i32 = k0 + kk;
      let r0: i32 = (rk / 144i);
      let r1: i32 = (rk / 12i) % 12i;
      let r2: i32 = rk % 12i;
      let v53: i32 = (r1 * 300i);
      let v54: i32 = (r2 * 25i);
      let v55: i32 = (v53 + v54);
      let v56: i32 = (v55 + v2);
      let v57: i32 = (v56 + r0);
      let v58: bool = (pt == v57);
      let v59: f32 = select(0.0f, 1.0f, v58);
      kx_ys[e] = v59;
    }
    {
      let e: i32 = i32(lid) + 320i;
      let kk: i32 = e / 32i;
      let pt: i32 = min(bb + e % 32i, 3599i);
      let rk: i32 = k0 + kk;
      let r0: i32 = (rk / 144i);
      let r1: i32 = (rk / 12i) % 12i;
      let r2: i32 = rk % 12i;
      let v60: i32 = (r1 * 300i);
      let v61: i32 = (r2 * 25i);
      let v62: i32 = (v60 + v61);
      let v63: i32 = (v62 + v2);
      let v64: i32 = (v63 + r0);
      let v65: bool = (pt == v64);
      let v66: f32 = select(0.0f, 1.0f, v65);
      kx_ys[e] = v66;
    }
    {
      let e: i32 = i32(lid) + 384i;
      let kk: i32 = e / 32i;
      let pt: i32 = min(bb + e % 32i, 3599i);
      let rk: i32 = k0 + kk;
      let r0: i32 = (rk / 144i);
      let r1: i32 = (rk / 12i) % 12i;
      let r2: i32 = rk % 12i;
      let v67: i32 = (r1 * 300i);
      let v68: i32 = (r2 * 25i);
      let v69: i32 = (v67 + v68);
      let v70: i32 = (v69 + v2);
      let v71: i32 = (v70 + r0);
      let v72: bool = (pt == v71);
      let v73: f32 = select(0.0f, 1.0f, v72);
      kx_ys[e] = v73;
    }
    {
      let e: i32 = i32(lid) + 448i;
      let kk: i32 = e / 32i;
      let pt: i32 = min(bb + e % 32i, 3599i);
      let rk: i32 = k0 + kk;
      let r0: i32 = (rk / 144i);
      let r1: i32 = (rk / 12i) % 12i;
      let r2: i32 = rk % 12i;
      let v74: i32 = (r1 * 300i);
      let v75: i32 = (r2 * 25i);
      let v76: i32 = (v74 + v75);
      let v77: i32 = (v76 + v2);
      let v78: i32 = (v77 + r0);
      let v79: bool = (pt == v78);
      let v80: f32 = select(0.0f, 1.0f, v79);
      kx_ys[e] = v80;
    }
    workgroupBarrier();
    {
      let x0: f32 = kx_xs[0i + la];
      let y0: f32 = kx_ys[0i + lb];
      let y1: f32 = kx_ys[0i + lb + 8i];
      let y2: f32 = kx_ys[0i + lb + 16i];
      let y3: f32 = kx_ys[0i + lb + 24i];
      c0_0 = fma(x0, y0, c0_0);
      c0_1 = fma(x0, y1, c0_1);
      c0_2 = fma(x0, y2, c0_2);
      c0_3 = fma(x0, y3, c0_3);
    }
    {
      let x0: f32 = kx_xs[8i + la];
      let y0: f32 = kx_ys[32i + lb];
      let y1: f32 = kx_ys[32i + lb + 8i];
      let y2: f32 = kx_ys[32i + lb + 16i];
      let y3: f32 = kx_ys[32i + lb + 24i];
      c0_0 = fma(x0, y0, c0_0);
      c0_1 = fma(x0, y1, c0_1);
      c0_2 = fma(x0, y2, c0_2);
      c0_3 = fma(x0, y3, c0_3);
    }
    {
      let x0: f32 = kx_xs[16i + la];
      let y0: f32 = kx_ys[64i + lb];
      let y1: f32 = kx_ys[64i + lb + 8i];
      let y2: f32 = kx_ys[64i + lb + 16i];
      let y3: f32 = kx_ys[64i + lb + 24i];
      c0_0 = fma(x0, y0, c0_0);
      c0_1 = fma(x0, y1, c0_1);
      c0_2 = fma(x0, y2, c0_2);
      c0_3 = fma(x0, y3, c0_3);
    }
    {
      let x0: f32 = kx_xs[24i + la];
      let y0: f32 = kx_ys[96i + lb];
      let y1: f32 = kx_ys[96i + lb + 8i];
      let y2: f32 = kx_ys[96i + lb + 16i];
      let y3: f32 = kx_ys[96i + lb + 24i];
      c0_0 = fma(x0, y0, c0_0);
      c0_1 = fma(x0, y1, c0_1);
      c0_2 = fma(x0, y2, c0_2);
      c0_3 = fma(x0, y3, c0_3);
    }
    {
      let x0: f32 = kx_xs[32i + la];
      let y0: f32 = kx_ys[128i + lb];
      let y1: f32 = kx_ys[128i + lb + 8i];
      let y2: f32 = kx_ys[128i + lb + 16i];
      let y3: f32 = kx_ys[128i + lb + 24i];
      c0_0 = fma(x0, y0, c0_0);
      c0_1 = fma(x0, y1, c0_1);
      c0_2 = fma(x0, y2, c0_2);
      c0_3 = fma(x0, y3, c0_3);
    }
    {
      let x0: f32 = kx_xs[40i + la];
      let y0: f32 = kx_ys[160i + lb];
      let y1: f32 = kx_ys[160i + lb + 8i];
      let y2: f32 = kx_ys[160i + lb + 16i];
      let y3: f32 = kx_ys[160i + lb + 24i];
      c0_0 = fma(x0, y0, c0_0);
      c0_1 = fma(x0, y1, c0_1);
      c0_2 = fma(x0, y2, c0_2);
      c0_3 = fma(x0, y3, c0_3);
    }
    {
      let x0: f32 = kx_xs[48i + la];
      let y0: f32 = kx_ys[192i + lb];
      let y1: f32 = kx_ys[192i + lb + 8i];
      let y2: f32 = kx_ys[192i + lb + 16i];
      let y3: f32 = kx_ys[192i + lb + 24i];
      c0_0 = fma(x0, y0, c0_0);
      c0_1 = fma(x0, y1, c0_1);
      c0_2 = fma(x0, y2, c0_2);
      c0_3 = fma(x0, y3, c0_3);
    }
    {
      let x0: f32 = kx_xs[56i + la];
      let y0: f32 = kx_ys[224i + lb];
      let y1: f32 = kx_ys[224i + lb + 8i];
      let y2: f32 = kx_ys[224i + lb + 16i];
      let y3: f32 = kx_ys[224i + lb + 24i];
      c0_0 = fma(x0, y0, c0_0);
      c0_1 = fma(x0, y1, c0_1);
      c0_2 = fma(x0, y2, c0_2);
      c0_3 = fma(x0, y3, c0_3);
    }
    {
      let x0: f32 = kx_xs[64i + la];
      let y0: f32 = kx_ys[256i + lb];
      let y1: f32 = kx_ys[256i + lb + 8i];
      let y2: f32 = kx_ys[256i + lb + 16i];
      let y3: f32 = kx_ys[256i + lb + 24i];
      c0_0 = fma(x0, y0, c0_0);
      c0_1 = fma(x0, y1, c0_1);
      c0_2 = fma(x0, y2, c0_2);
      c0_3 = fma(x0, y3, c0_3);
    }
    {
      let x0: f32 = kx_xs[72i + la];
      let y0: f32 = kx_ys[288i + lb];
      let y1: f32 = kx_ys[288i + lb + 8i];
      let y2: f32 = kx_ys[288i + lb + 16i];
      let y3: f32 = kx_ys[288i + lb + 24i];
      c0_0 = fma(x0, y0, c0_0);
      c0_1 = fma(x0, y1, c0_1);
      c0_2 = fma(x0, y2, c0_2);
      c0_3 = fma(x0, y3, c0_3);
    }
    {
      let x0: f32 = kx_xs[80i + la];
      let y0: f32 = kx_ys[320i + lb];
      let y1: f32 = kx_ys[320i + lb + 8i];
      let y2: f32 = kx_ys[320i + lb + 16i];
      let y3: f32 = kx_ys[320i + lb + 24i];
      c0_0 = fma(x0, y0, c0_0);
      c0_1 = fma(x0, y1, c0_1);
      c0_2 = fma(x0, y2, c0_2);
      c0_3 = fma(x0, y3, c0_3);
    }
    {
      let x0: f32 = kx_xs[88i + la];
      let y0: f32 = kx_ys[352i + lb];
      let y1: f32 = kx_ys[352i + lb + 8i];
      let y2: f32 = kx_ys[352i + lb + 16i];
      let y3: f32 = kx_ys[352i + lb + 24i];
      c0_0 = fma(x0, y0, c0_0);
      c0_1 = fma(x0, y1, c0_1);
      c0_2 = fma(x0, y2, c0_2);
      c0_3 = fma(x0, y3, c0_3);
    }
    {
      let x0: f32 = kx_xs[96i + la];
      let y0: f32 = kx_ys[384i + lb];
      let y1: f32 = kx_ys[384i + lb + 8i];
      let y2: f32 = kx_ys[384i + lb + 16i];
      let y3: f32 = kx_ys[384i + lb + 24i];
      c0_0 = fma(x0, y0, c0_0);
      c0_1 = fma(x0, y1, c0_1);
      c0_2 = fma(x0, y2, c0_2);
      c0_3 = fma(x0, y3, c0_3);
    }
    {
      let x0: f32 = kx_xs[104i + la];
      let y0: f32 = kx_ys[416i + lb];
      let y1: f32 = kx_ys[416i + lb + 8i];
      let y2: f32 = kx_ys[416i + lb + 16i];
      let y3: f32 = kx_ys[416i + lb + 24i];
      c0_0 = fma(x0, y0, c0_0);
      c0_1 = fma(x0, y1, c0_1);
      c0_2 = fma(x0, y2, c0_2);
      c0_3 = fma(x0, y3, c0_3);
    }
    {
      let x0: f32 = kx_xs[112i + la];
      let y0: f32 = kx_ys[448i + lb];
      let y1: f32 = kx_ys[448i + lb + 8i];
      let y2: f32 = kx_ys[448i + lb + 16i];
      let y3: f32 = kx_ys[448i + lb + 24i];
      c0_0 = fma(x0, y0, c0_0);
      c0_1 = fma(x0, y1, c0_1);
      c0_2 = fma(x0, y2, c0_2);
      c0_3 = fma(x0, y3, c0_3);
    }
    {
      let x0: f32 = kx_xs[120i + la];
      let y0: f32 = kx_ys[480i + lb];
      let y1: f32 = kx_ys[480i + lb + 8i];
      let y2: f32 = kx_ys[480i + lb + 16i];
      let y3: f32 = kx_ys[480i + lb + 24i];
      c0_0 = fma(x0, y0, c0_0);
      c0_1 = fma(x0, y1, c0_1);
      c0_2 = fma(x0, y2, c0_2);
      c0_3 = fma(x0, y3, c0_3);
    }
    workgroupBarrier();
  }
  if (ba + la < 5i && bb + lb < 3600i) {
    let oa: i32 = ba + la;
    let ob: i32 = bb + lb;
    let v81: i32 = (ob * 225i);
    let v82: i32 = (i1 * 75i);
    let v83: i32 = (v81 + v82);
    let v84: i32 = (i2 * 25i);
    let v85: i32 = (v83 + v84);
    let v86: i32 = (oa * 5i);
    let v87: i32 = (v85 + v86);
    let v88: i32 = (v87 + i4);
    out0[v88] = c0_0;
  }
  if (ba + la < 5i && bb + lb + 8i < 3600i) {
    let oa: i32 = ba + la;
    let ob: i32 = bb + lb + 8i;
    let v89: i32 = (ob * 225i);
    let v90: i32 = (i1 * 75i);
    let v91: i32 = (v89 + v90);
    let v92: i32 = (i2 * 25i);
    let v93: i32 = (v91 + v92);
    let v94: i32 = (oa * 5i);
    let v95: i32 = (v93 + v94);
    let v96: i32 = (v95 + i4);
    out0[v96] = c0_1;
  }
  if (ba + la < 5i && bb + lb + 16i < 3600i) {
    let oa: i32 = ba + la;
    let ob: i32 = bb + lb + 16i;
    let v97: i32 = (ob * 225i);
    let v98: i32 = (i1 * 75i);
    let v99: i32 = (v97 + v98);
    let v100: i32 = (i2 * 25i);
    let v101: i32 = (v99 + v100);
    let v102: i32 = (oa * 5i);
    let v103: i32 = (v101 + v102);
    let v104: i32 = (v103 + i4);
    out0[v104] = c0_2;
  }
  if (ba + la < 5i && bb + lb + 24i < 3600i) {
    let oa: i32 = ba + la;
    let ob: i32 = bb + lb + 24i;
    let v105: i32 = (ob * 225i);
    let v106: i32 = (i1 * 75i);
    let v107: i32 = (v105 + v106);
    let v108: i32 = (i2 * 25i);
    let v109: i32 = (v107 + v108);
    let v110: i32 = (oa * 5i);
    let v111: i32 = (v109 + v110);
    let v112: i32 = (v111 + i4);
    out0[v112] = c0_3;
  }
}

// kernax kernel k5: serial, pinned profile
@group(0) @binding(0) var<storage, read_write> out0: array<f32>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
  let gid: i32 = i32(wid.x + wid.y * 282u);
  let flat: i32 = gid * 64i + i32(lid);
  if (flat >= 18000i) { return; }
  let i0: i32 = (flat / 5i);
  let i1: i32 = flat % 5i;
  let v0: i32 = (i1 * 5i);
  var a0: f32 = 0.0f;
  for (var r0: i32 = 0i; r0 < 5i; r0 = r0 + 1i) {
    for (var r1: i32 = 0i; r1 < 144i; r1 = r1 + 1i) {
      let v1: i32 = (r1 * 25i);
      let v2: i32 = (v1 + v0);
      let v3: i32 = (v2 + r0);
      let v4: bool = (i0 == v3);
      let v5: f32 = select(0.0f, 1.0f, v4);
      a0 = (a0 + v5);
    }
  }
  let v6: i32 = (i0 * 5i);
  let v7: i32 = (v6 + i1);
  out0[v7] = a0;
}
