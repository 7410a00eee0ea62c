# jit(f).lower(...).compile({ device: 'webgpu' }).asText('wgsl'), PINNED_PROFILE — case 'multiview_cnn_jacrev'
// kernax kernel k0: contract, pinned profile
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
var<workgroup> kx_xs: array<f32, 72>;
var<workgroup> kx_ys: array<f32, 72>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
  let grp: i32 = i32(wid.x + wid.y * 6u);
  if (grp >= 6i) { return; }
  let ta3: i32 = 0i;
  let tb1: i32 = 0i;
  let i0: i32 = (grp / 3i);
  let i2: i32 = grp % 3i;
  let la: i32 = i32(lid) / 8i;
  let lb: i32 = i32(lid) % 8i;
  let ba: i32 = ta3 * 8i;
  let bb: i32 = tb1 * 8i;
  var c0_0: f32 = 0.0f;
  let v0: i32 = (i2 * 10i);
  for (var k0: i32 = 0i; k0 < 9i; k0 = k0 + 9i) {
    {
      let e: i32 = i32(lid);
      let kk: i32 = e / 8i;
      let pt: i32 = min(ba + e % 8i, 2i);
      let rk: i32 = k0 + kk;
      let r0: i32 = (rk / 3i);
      let r1: i32 = rk % 3i;
      let v1: i32 = (r0 * 10i);
      let v2: i32 = (v0 + v1);
      let v3: i32 = (pt * 2i);
      let v4: i32 = (v2 + v3);
      let v5: i32 = (r1 * 2i);
      let v6: i32 = (v4 + v5);
      let v7: i32 = (v6 + i0);
      let v8: f32 = in0[v7];
      kx_xs[e] = v8;
    }
    if (i32(lid) + 64i < 72i) {
      let e: i32 = i32(lid) + 64i;
      let kk: i32 = e / 8i;
      let pt: i32 = min(ba + e % 8i, 2i);
      let rk: i32 = k0 + kk;
      let r0: i32 = (rk / 3i);
      let r1: i32 = rk % 3i;
      let v9: i32 = (r0 * 10i);
      let v10: i32 = (v0 + v9);
      let v11: i32 = (pt * 2i);
      let v12: i32 = (v10 + v11);
      let v13: i32 = (r1 * 2i);
      let v14: i32 = (v12 + v13);
      let v15: i32 = (v14 + i0);
      let v16: f32 = in0[v15];
      kx_xs[e] = v16;
    }
    {
      let e: i32 = i32(lid);
      let kk: i32 = e % 9i;
      let pt: i32 = min(bb + e / 9i, 1i);
      let rk: i32 = k0 + kk;
      let r0: i32 = (rk / 3i);
      let r1: i32 = rk % 3i;
      let v17: i32 = (pt * 9i);
      let v18: i32 = (r0 * 3i);
      let v19: i32 = (v17 + v18);
      let v20: i32 = (v19 + r1);
      let v21: f32 = in1[v20];
      kx_ys[kk * 8i + e / 9i] = v21;
    }
    if (i32(lid) + 64i < 72i) {
      let e: i32 = i32(lid) + 64i;
      let kk: i32 = e % 9i;
      let pt: i32 = min(bb + e / 9i, 1i);
      let rk: i32 = k0 + kk;
      let r0: i32 = (rk / 3i);
      let r1: i32 = rk % 3i;
      let v22: i32 = (pt * 9i);
      let v23: i32 = (r0 * 3i);
      let v24: i32 = (v22 + v23);
      let v25: i32 = (v24 + r1);
      let v26: f32 = in1[v25];
      kx_ys[kk * 8i + e / 9i] = v26;
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
    workgroupBarrier();
  }
  if (ba + la < 3i && bb + lb < 2i) {
    let oa: i32 = ba + la;
    let ob: i32 = bb + lb;
    let v27: i32 = (i0 * 18i);
    let v28: i32 = (ob * 9i);
    let v29: i32 = (v27 + v28);
    let v30: i32 = (i2 * 3i);
    let v31: i32 = (v29 + v30);
    let v32: i32 = (v31 + oa);
    out0[v32] = c0_0;
  }
}

// kernax kernel k1: contract, pinned profile
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
var<workgroup> kx_xs: array<f32, 72>;
var<workgroup> kx_ys: array<f32, 72>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
  let grp: i32 = i32(wid.x + wid.y * 9u);
  if (grp >= 9i) { return; }
  let ta0: i32 = 0i;
  let tb1: i32 = 0i;
  let i2: i32 = (grp / 3i);
  let i3: i32 = grp % 3i;
  let la: i32 = i32(lid) / 8i;
  let lb: i32 = i32(lid) % 8i;
  let ba: i32 = ta0 * 8i;
  let bb: i32 = tb1 * 8i;
  var c0_0: f32 = 0.0f;
  for (var k0: i32 = 0i; k0 < 9i; k0 = k0 + 9i) {
    {
      let e: i32 = i32(lid);
      let kk: i32 = e / 8i;
      let pt: i32 = min(ba + e % 8i, 3i);
      let rk: i32 = k0 + kk;
      let r0: i32 = (rk / 3i);
      let r1: i32 = rk % 3i;
      let v0: i32 = (i2 + r0);
      let v1: i32 = (v0 - 2i);
      let v2: bool = (v1 >= 0i);
      let v3: bool = (v1 < 1i);
      let v4: bool = (v2 & v3);
      let v5: i32 = (i3 + r1);
      let v6: i32 = (v5 - 2i);
      let v7: bool = (v6 >= 0i);
      let v8: bool = (v4 & v7);
      let v9: bool = (v6 < 1i);
      let v10: bool = (v8 & v9);
      let v11: i32 = (pt / 2i);
      let v12: i32 = (pt % 2i);
      let v13: bool = (v11 == v12);
      let v14: f32 = select(0.0f, 1.0f, v13);
      let v15: f32 = select(0.0f, v14, v10);
      kx_xs[e] = v15;
    }
    if (i32(lid) + 64i < 72i) {
      let e: i32 = i32(lid) + 64i;
      let kk: i32 = e / 8i;
      let pt: i32 = min(ba + e % 8i, 3i);
      let rk: i32 = k0 + kk;
      let r0: i32 = (rk / 3i);
      let r1: i32 = rk % 3i;
      let v16: i32 = (i2 + r0);
      let v17: i32 = (v16 - 2i);
      let v18: bool = (v17 >= 0i);
      let v19: bool = (v17 < 1i);
      let v20: bool = (v18 & v19);
      let v21: i32 = (i3 + r1);
      let v22: i32 = (v21 - 2i);
      let v23: bool = (v22 >= 0i);
      let v24: bool = (v20 & v23);
      let v25: bool = (v22 < 1i);
      let v26: bool = (v24 & v25);
      let v27: i32 = (pt / 2i);
      let v28: i32 = (pt % 2i);
      let v29: bool = (v27 == v28);
      let v30: f32 = select(0.0f, 1.0f, v29);
      let v31: f32 = select(0.0f, v30, v26);
      kx_xs[e] = v31;
    }
    {
      let e: i32 = i32(lid);
      let kk: i32 = e % 9i;
      let pt: i32 = min(bb + e / 9i, 1i);
      let rk: i32 = k0 + kk;
      let r0: i32 = (rk / 3i);
      let r1: i32 = rk % 3i;
      let v32: i32 = (pt * 9i);
      let v33: i32 = (r0 * 3i);
      let v34: i32 = (v32 - v33);
      let v35: i32 = (v34 - r1);
      let v36: i32 = (v35 + 8i);
      let v37: f32 = in0[v36];
      kx_ys[kk * 8i + e / 9i] = v37;
    }
    if (i32(lid) + 64i < 72i) {
      let e: i32 = i32(lid) + 64i;
      let kk: i32 = e % 9i;
      let pt: i32 = min(bb + e / 9i, 1i);
      let rk: i32 = k0 + kk;
      let r0: i32 = (rk / 3i);
      let r1: i32 = rk % 3i;
      let v38: i32 = (pt * 9i);
      let v39: i32 = (r0 * 3i);
      let v40: i32 = (v38 - v39);
      let v41: i32 = (v40 - r1);
      let v42: i32 = (v41 + 8i);
      let v43: f32 = in0[v42];
      kx_ys[kk * 8i + e / 9i] = v43;
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
    workgroupBarrier();
  }
  if (ba + la < 4i && bb + lb < 2i) {
    let oa: i32 = ba + la;
    let ob: i32 = bb + lb;
    let v44: i32 = (oa * 18i);
    let v45: i32 = (ob * 9i);
    let v46: i32 = (v44 + v45);
    let v47: i32 = (i2 * 3i);
    let v48: i32 = (v46 + v47);
    let v49: i32 = (v48 + i3);
    out0[v49] = c0_0;
  }
}

// kernax kernel k2: contract, pinned profile
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@compute @workgroup_size(32)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
  let grp: i32 = i32(wid.x + wid.y * 1u);
  let lf: i32 = i32(lid);
  if (lf >= 20i) { return; }
  let t2: i32 = 0i;
  let i0: i32 = (lf / 10i);
  let i1: i32 = (lf / 2i) % 5i;
  let i3: i32 = lf % 2i;
  let i2: i32 = t2 * 5i;
  let i2_1: i32 = i2 + 1i;
  let i2_2: i32 = i2 + 2i;
  let i2_3: i32 = i2 + 3i;
  let i2_4: i32 = i2 + 4i;
  var c0: f32 = 0.0f;
  var c1: f32 = 0.0f;
  var c2: f32 = 0.0f;
  var c3: f32 = 0.0f;
  var c4: f32 = 0.0f;
  let v0: i32 = (i3 * 18i);
  let v1: i32 = (i0 * 36i);
  let v2: i32 = (v1 + v0);
  for (var r0: i32 = 0i; r0 < 2i; r0 = r0 + 1i) {
    for (var r1: i32 = 0i; r1 < 3i; r1 = r1 + 1i) {
      {
        let k3: i32 = 0i;
        let v4: i32 = (i1 + r1);
        let v5: i32 = (v4 - 2i);
        let v6: bool = (v5 >= 0i);
        let v7: bool = (v5 < 3i);
        let v8: bool = (v6 & v7);
        let v9: i32 = (r0 * 9i);
        let v10: i32 = (v0 + v9);
        let v11: i32 = (v5 % 3i);
        let v12: i32 = (v11 * 3i);
        let v13: i32 = (v10 + v12);
        let v14: i32 = (v2 + v9);
        let v15: i32 = (v14 + v12);
        let v16: i32 = (i2 + k3);
        let v17: i32 = (v16 - 2i);
        let v18: bool = (v17 >= 0i);
        let v19: bool = (v8 & v18);
        let v20: bool = (v17 < 3i);
        let v21: bool = (v19 & v20);
        let v22: i32 = (v17 % 3i);
        let v23: i32 = (v13 + v22);
        let v24: f32 = in1[v23];
        let v25: bool = (v24 <= 0.0f);
        let v26: i32 = (v15 + v22);
        let v27: f32 = in2[v26];
        let v28: f32 = select(v27, 0.0f, v25);
        let v29: f32 = select(0.0f, v28, v21);
        let v30: i32 = (i2_1 + k3);
        let v31: i32 = (v30 - 2i);
        let v32: bool = (v31 >= 0i);
        let v33: bool = (v8 & v32);
        let v34: bool = (v31 < 3i);
        let v35: bool = (v33 & v34);
        let v36: i32 = (v31 % 3i);
        let v37: i32 = (v13 + v36);
        let v38: f32 = in1[v37];
        let v39: bool = (v38 <= 0.0f);
        let v40: i32 = (v15 + v36);
        let v41: f32 = in2[v40];
        let v42: f32 = select(v41, 0.0f, v39);
        let v43: f32 = select(0.0f, v42, v35);
        let v44: i32 = (i2_2 + k3);
        let v45: i32 = (v44 - 2i);
        let v46: bool = (v45 >= 0i);
        let v47: bool = (v8 & v46);
        let v48: bool = (v45 < 3i);
        let v49: bool = (v47 & v48);
        let v50: i32 = (v45 % 3i);
        let v51: i32 = (v13 + v50);
        let v52: f32 = in1[v51];
        let v53: bool = (v52 <= 0.0f);
        let v54: i32 = (v15 + v50);
        let v55: f32 = in2[v54];
        let v56: f32 = select(v55, 0.0f, v53);
        let v57: f32 = select(0.0f, v56, v49);
        let v58: i32 = (i2_3 + k3);
        let v59: i32 = (v58 - 2i);
        let v60: bool = (v59 >= 0i);
        let v61: bool = (v8 & v60);
        let v62: bool = (v59 < 3i);
        let v63: bool = (v61 & v62);
        let v64: i32 = (v59 % 3i);
        let v65: i32 = (v13 + v64);
        let v66: f32 = in1[v65];
        let v67: bool = (v66 <= 0.0f);
        let v68: i32 = (v15 + v64);
        let v69: f32 = in2[v68];
        let v70: f32 = select(v69, 0.0f, v67);
        let v71: f32 = select(0.0f, v70, v63);
        let v72: i32 = (i2_4 + k3);
        let v73: i32 = (v72 - 2i);
        let v74: bool = (v73 >= 0i);
        let v75: bool = (v8 & v74);
        let v76: bool = (v73 < 3i);
        let v77: bool = (v75 & v76);
        let v78: i32 = (v73 % 3i);
        let v79: i32 = (v13 + v78);
        let v80: f32 = in1[v79];
        let v81: bool = (v80 <= 0.0f);
        let v82: i32 = (v15 + v78);
        let v83: f32 = in2[v82];
        let v84: f32 = select(v83, 0.0f, v81);
        let v85: f32 = select(0.0f, v84, v77);
        let v86: i32 = (r1 * 3i);
        let v87: i32 = (v9 - v86);
        let v88: i32 = (v87 - k3);
        let v89: i32 = (v88 + 8i);
        let v90: f32 = in0[v89];
        c0 = fma(v29, v90, c0);
        c1 = fma(v43, v90, c1);
        c2 = fma(v57, v90, c2);
        c3 = fma(v71, v90, c3);
        c4 = fma(v85, v90, c4);
      }
      {
        let k91: i32 = 1i;
        let v92: i32 = (i1 + r1);
        let v93: i32 = (v92 - 2i);
        let v94: bool = (v93 >= 0i);
        let v95: bool = (v93 < 3i);
        let v96: bool = (v94 & v95);
        let v97: i32 = (r0 * 9i);
        let v98: i32 = (v0 + v97);
        let v99: i32 = (v93 % 3i);
        let v100: i32 = (v99 * 3i);
        let v101: i32 = (v98 + v100);
        let v102: i32 = (v2 + v97);
        let v103: i32 = (v102 + v100);
        let v104: i32 = (i2 + k91);
        let v105: i32 = (v104 - 2i);
        let v106: bool = (v105 >= 0i);
        let v107: bool = (v96 & v106);
        let v108: bool = (v105 < 3i);
        let v109: bool = (v107 & v108);
        let v110: i32 = (v105 % 3i);
        let v111: i32 = (v101 + v110);
        let v112: f32 = in1[v111];
        let v113: bool = (v112 <= 0.0f);
        let v114: i32 = (v103 + v110);
        let v115: f32 = in2[v114];
        let v116: f32 = select(v115, 0.0f, v113);
        let v117: f32 = select(0.0f, v116, v109);
        let v118: i32 = (i2_1 + k91);
        let v119: i32 = (v118 - 2i);
        let v120: bool = (v119 >= 0i);
        let v121: bool = (v96 & v120);
        let v122: bool = (v119 < 3i);
        let v123: bool = (v121 & v122);
        let v124: i32 = (v119 % 3i);
        let v125: i32 = (v101 + v124);
        let v126: f32 = in1[v125];
        let v127: bool = (v126 <= 0.0f);
        let v128: i32 = (v103 + v124);
        let v129: f32 = in2[v128];
        let v130: f32 = select(v129, 0.0f, v127);
        let v131: f32 = select(0.0f, v130, v123);
        let v132: i32 = (i2_2 + k91);
        let v133: i32 = (v132 - 2i);
        let v134: bool = (v133 >= 0i);
        let v135: bool = (v96 & v134);
        let v136: bool = (v133 < 3i);
        let v137: bool = (v135 & v136);
        let v138: i32 = (v133 % 3i);
        let v139: i32 = (v101 + v138);
        let v140: f32 = in1[v139];
        let v141: bool = (v140 <= 0.0f);
        let v142: i32 = (v103 + v138);
        let v143: f32 = in2[v142];
        let v144: f32 = select(v143, 0.0f, v141);
        let v145: f32 = select(0.0f, v144, v137);
        let v146: i32 = (i2_3 + k91);
        let v147: i32 = (v146 - 2i);
        let v148: bool = (v147 >= 0i);
        let v149: bool = (v96 & v148);
        let v150: bool = (v147 < 3i);
        let v151: bool = (v149 & v150);
        let v152: i32 = (v147 % 3i);
        let v153: i32 = (v101 + v152);
        let v154: f32 = in1[v153];
        let v155: bool = (v154 <= 0.0f);
        let v156: i32 = (v103 + v152);
        let v157: f32 = in2[v156];
        let v158: f32 = select(v157, 0.0f, v155);
        let v159: f32 = select(0.0f, v158, v151);
        let v160: i32 = (i2_4 + k91);
        let v161: i32 = (v160 - 2i);
        let v162: bool = (v161 >= 0i);
        let v163: bool = (v96 & v162);
        let v164: bool = (v161 < 3i);
        let v165: bool = (v163 & v164);
        let v166: i32 = (v161 % 3i);
        let v167: i32 = (v101 + v166);
        let v168: f32 = in1[v167];
        let v169: bool = (v168 <= 0.0f);
        let v170: i32 = (v103 + v166);
        let v171: f32 = in2[v170];
        let v172: f32 = select(v171, 0.0f, v169);
        let v173: f32 = select(0.0f, v172, v165);
        let v174: i32 = (r1 * 3i);
        let v175: i32 = (v97 - v174);
        let v176: i32 = (v175 - k91);
        let v177: i32 = (v176 + 8i);
        let v178: f32 = in0[v177];
        c0 = fma(v117, v178, c0);
        c1 = fma(v131, v178, c1);
        c2 = fma(v145, v178, c2);
        c3 = fma(v159, v178, c3);
        c4 = fma(v173, v178, c4);
      }
      {
        let k179: i32 = 2i;
        let v180: i32 = (i1 + r1);
        let v181: i32 = (v180 - 2i);
        let v182: bool = (v181 >= 0i);
        let v183: bool = (v181 < 3i);
        let v184: bool = (v182 & v183);
        let v185: i32 = (r0 * 9i);
        let v186: i32 = (v0 + v185);
        let v187: i32 = (v181 % 3i);
        let v188: i32 = (v187 * 3i);
        let v189: i32 = (v186 + v188);
        let v190: i32 = (v2 + v185);
        let v191: i32 = (v190 + v188);
        let v192: i32 = (i2 + k179);
        let v193: i32 = (v192 - 2i);
        let v194: bool = (v193 >= 0i);
        let v195: bool = (v184 & v194);
        let v196: bool = (v193 < 3i);
        let v197: bool = (v195 & v196);
        let v198: i32 = (v193 % 3i);
        let v199: i32 = (v189 + v198);
        let v200: f32 = in1[v199];
        let v201: bool = (v200 <= 0.0f);
        let v202: i32 = (v191 + v198);
        let v203: f32 = in2[v202];
        let v204: f32 = select(v203, 0.0f, v201);
        let v205: f32 = select(0.0f, v204, v197);
        let v206: i32 = (i2_1 + k179);
        let v207: i32 = (v206 - 2i);
        let v208: bool = (v207 >= 0i);
        let v209: bool = (v184 & v208);
        let v210: bool = (v207 < 3i);
        let v211: bool = (v209 & v210);
        let v212: i32 = (v207 % 3i);
        let v213: i32 = (v189 + v212);
        let v214: f32 = in1[v213];
        let v215: bool = (v214 <= 0.0f);
        let v216: i32 = (v191 + v212);
        let v217: f32 = in2[v216];
        let v218: f32 = select(v217, 0.0f, v215);
        let v219: f32 = select(0.0f, v218, v211);
        let v220: i32 = (i2_2 + k179);
        let v221: i32 = (v220 - 2i);
        let v222: bool = (v221 >= 0i);
        let v223: bool = (v184 & v222);
        let v224: bool = (v221 < 3i);
        let v225: bool = (v223 & v224);
        let v226: i32 = (v221 % 3i);
        let v227: i32 = (v189 + v226);
        let v228: f32 = in1[v227];
        let v229: bool = (v228 <= 0.0f);
        let v230: i32 = (v191 + v226);
        let v231: f32 = in2[v230];
        let v232: f32 = select(v231, 0.0f, v229);
        let v233: f32 = select(0.0f, v232, v225);
        let v234: i32 = (i2_3 + k179);
        let v235: i32 = (v234 - 2i);
        let v236: bool = (v235 >= 0i);
        let v237: bool = (v184 & v236);
        let v238: bool = (v235 < 3i);
        let v239: bool = (v237 & v238);
        let v240: i32 = (v235 % 3i);
        let v241: i32 = (v189 + v240);
        let v242: f32 = in1[v241];
        let v243: bool = (v242 <= 0.0f);
        let v244: i32 = (v191 + v240);
        let v245: f32 = in2[v244];
        let v246: f32 = select(v245, 0.0f, v243);
        let v247: f32 = select(0.0f, v246, v239);
        let v248: i32 = (i2_4 + k179);
        let v249: i32 = (v248 - 2i);
        let v250: bool = (v249 >= 0i);
        let v251: bool = (v184 & v250);
        let v252: bool = (v249 < 3i);
        let v253: bool = (v251 & v252);
        let v254: i32 = (v249 % 3i);
        let v255: i32 = (v189 + v254);
        let v256: f32 = in1[v255];
        let v257: bool = (v256 <= 0.0f);
        let v258: i32 = (v191 + v254);
        let v259: f32 = in2[v258];
        let v260: f32 = select(v259, 0.0f, v257);
        let v261: f32 = select(0.0f, v260, v253);
        let v262: i32 = (r1 * 3i);
        let v263: i32 = (v185 - v262);
        let v264: i32 = (v263 - k179);
        let v265: i32 = (v264 + 8i);
        let v266: f32 = in0[v265];
        c0 = fma(v205, v266, c0);
        c1 = fma(v219, v266, c1);
        c2 = fma(v233, v266, c2);
        c3 = fma(v247, v266, c3);
        c4 = fma(v261, v266, c4);
      }
    }
  }
  {
    let v267: i32 = (i0 * 50i);
    let v268: i32 = (i1 * 10i);
    let v269: i32 = (v267 + v268);
    let v270: i32 = (i2 * 2i);
    let v271: i32 = (v269 + v270);
    let v272: i32 = (v271 + i3);
    out0[v272] = c0;
  }
  {
    let v273: i32 = (i0 * 50i);
    let v274: i32 = (i1 * 10i);
    let v275: i32 = (v273 + v274);
    let v276: i32 = (i2_1 * 2i);
    let v277: i32 = (v275 + v276);
    let v278: i32 = (v277 + i3);
    out0[v278] = c1;
  }
  {
    let v279: i32 = (i0 * 50i);
    let v280: i32 = (i1 * 10i);
    let v281: i32 = (v279 + v280);
    let v282: i32 = (i2_2 * 2i);
    let v283: i32 = (v281 + v282);
    let v284: i32 = (v283 + i3);
    out0[v284] = c2;
  }
  {
    let v285: i32 = (i0 * 50i);
    let v286: i32 = (i1 * 10i);
    let v287: i32 = (v285 + v286);
    let v288: i32 = (i2_3 * 2i);
    let v289: i32 = (v287 + v288);
    let v290: i32 = (v289 + i3);
    out0[v290] = c3;
  }
  {
    let v291: i32 = (i0 * 50i);
    let v292: i32 = (i1 * 10i);
    let v293: i32 = (v291 + v292);
    let v294: i32 = (i2_4 * 2i);
    let v295: i32 = (v293 + v294);
    let v296: i32 = (v295 + i3);
    out0[v296] = c4;
  }
}
