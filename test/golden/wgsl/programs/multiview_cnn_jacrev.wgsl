# jit(f).lower(...).compile({ device: 'webgpu' }).asText('wgsl'), PINNED_PROFILE — case 'multiview_cnn_jacrev'
// kernax kernel k0: contract, pinned profile
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
@compute @workgroup_size(8)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
  let grp: i32 = i32(wid.x + wid.y * 1u);
  let lf: i32 = i32(lid);
  if (lf >= 6i) { return; }
  let t3: i32 = 0i;
  let i0: i32 = (lf / 3i);
  let i2: i32 = lf % 3i;
  let t1: i32 = 0i;
  let i3: i32 = t3 * 3i;
  let i3_1: i32 = i3 + 1i;
  let i3_2: i32 = i3 + 2i;
  let i1: i32 = t1 * 2i;
  let i1_1: i32 = i1 + 1i;
  var c0_0: f32 = 0.0f;
  var c0_1: f32 = 0.0f;
  var c1_0: f32 = 0.0f;
  var c1_1: f32 = 0.0f;
  var c2_0: f32 = 0.0f;
  var c2_1: f32 = 0.0f;
  let v0: i32 = (i2 * 10i);
  let v1: i32 = (i3 * 2i);
  let v2: i32 = (i3_1 * 2i);
  let v3: i32 = (i3_2 * 2i);
  let v4: i32 = (i1 * 9i);
  let v5: i32 = (i1_1 * 9i);
  for (var r0: i32 = 0i; r0 < 3i; r0 = r0 + 1i) {
    {
      let k6: i32 = 0i;
      let v7: i32 = (r0 * 10i);
      let v8: i32 = (v0 + v7);
      let v9: i32 = (k6 * 2i);
      let v10: i32 = (v8 + v1);
      let v11: i32 = (v10 + v9);
      let v12: i32 = (v11 + i0);
      let v13: f32 = in0[v12];
      let v14: i32 = (v8 + v2);
      let v15: i32 = (v14 + v9);
      let v16: i32 = (v15 + i0);
      let v17: f32 = in0[v16];
      let v18: i32 = (v8 + v3);
      let v19: i32 = (v18 + v9);
      let v20: i32 = (v19 + i0);
      let v21: f32 = in0[v20];
      let v22: i32 = (r0 * 3i);
      let v23: i32 = (v4 + v22);
      let v24: i32 = (v23 + k6);
      let v25: f32 = in1[v24];
      let v26: i32 = (v5 + v22);
      let v27: i32 = (v26 + k6);
      let v28: f32 = in1[v27];
      c0_0 = fma(v13, v25, c0_0);
      c0_1 = fma(v13, v28, c0_1);
      c1_0 = fma(v17, v25, c1_0);
      c1_1 = fma(v17, v28, c1_1);
      c2_0 = fma(v21, v25, c2_0);
      c2_1 = fma(v21, v28, c2_1);
    }
    {
      let k29: i32 = 1i;
      let v30: i32 = (r0 * 10i);
      let v31: i32 = (v0 + v30);
      let v32: i32 = (k29 * 2i);
      let v33: i32 = (v31 + v1);
      let v34: i32 = (v33 + v32);
      let v35: i32 = (v34 + i0);
      let v36: f32 = in0[v35];
      let v37: i32 = (v31 + v2);
      let v38: i32 = (v37 + v32);
      let v39: i32 = (v38 + i0);
      let v40: f32 = in0[v39];
      let v41: i32 = (v31 + v3);
      let v42: i32 = (v41 + v32);
      let v43: i32 = (v42 + i0);
      let v44: f32 = in0[v43];
      let v45: i32 = (r0 * 3i);
      let v46: i32 = (v4 + v45);
      let v47: i32 = (v46 + k29);
      let v48: f32 = in1[v47];
      let v49: i32 = (v5 + v45);
      let v50: i32 = (v49 + k29);
      let v51: f32 = in1[v50];
      c0_0 = fma(v36, v48, c0_0);
      c0_1 = fma(v36, v51, c0_1);
      c1_0 = fma(v40, v48, c1_0);
      c1_1 = fma(v40, v51, c1_1);
      c2_0 = fma(v44, v48, c2_0);
      c2_1 = fma(v44, v51, c2_1);
    }
    {
      let k52: i32 = 2i;
      let v53: i32 = (r0 * 10i);
      let v54: i32 = (v0 + v53);
      let v55: i32 = (k52 * 2i);
      let v56: i32 = (v54 + v1);
      let v57: i32 = (v56 + v55);
      let v58: i32 = (v57 + i0);
      let v59: f32 = in0[v58];
      let v60: i32 = (v54 + v2);
      let v61: i32 = (v60 + v55);
      let v62: i32 = (v61 + i0);
      let v63: f32 = in0[v62];
      let v64: i32 = (v54 + v3);
      let v65: i32 = (v64 + v55);
      let v66: i32 = (v65 + i0);
      let v67: f32 = in0[v66];
      let v68: i32 = (r0 * 3i);
      let v69: i32 = (v4 + v68);
      let v70: i32 = (v69 + k52);
      let v71: f32 = in1[v70];
      let v72: i32 = (v5 + v68);
      let v73: i32 = (v72 + k52);
      let v74: f32 = in1[v73];
      c0_0 = fma(v59, v71, c0_0);
      c0_1 = fma(v59, v74, c0_1);
      c1_0 = fma(v63, v71, c1_0);
      c1_1 = fma(v63, v74, c1_1);
      c2_0 = fma(v67, v71, c2_0);
      c2_1 = fma(v67, v74, c2_1);
    }
  }
  {
    let v75: i32 = (i0 * 18i);
    let v76: i32 = (i1 * 9i);
    let v77: i32 = (v75 + v76);
    let v78: i32 = (i2 * 3i);
    let v79: i32 = (v77 + v78);
    let v80: i32 = (v79 + i3);
    out0[v80] = c0_0;
  }
  {
    let v81: i32 = (i0 * 18i);
    let v82: i32 = (i1_1 * 9i);
    let v83: i32 = (v81 + v82);
    let v84: i32 = (i2 * 3i);
    let v85: i32 = (v83 + v84);
    let v86: i32 = (v85 + i3);
    out0[v86] = c0_1;
  }
  {
    let v87: i32 = (i0 * 18i);
    let v88: i32 = (i1 * 9i);
    let v89: i32 = (v87 + v88);
    let v90: i32 = (i2 * 3i);
    let v91: i32 = (v89 + v90);
    let v92: i32 = (v91 + i3_1);
    out0[v92] = c1_0;
  }
  {
    let v93: i32 = (i0 * 18i);
    let v94: i32 = (i1_1 * 9i);
    let v95: i32 = (v93 + v94);
    let v96: i32 = (i2 * 3i);
    let v97: i32 = (v95 + v96);
    let v98: i32 = (v97 + i3_1);
    out0[v98] = c1_1;
  }
  {
    let v99: i32 = (i0 * 18i);
    let v100: i32 = (i1 * 9i);
    let v101: i32 = (v99 + v100);
    let v102: i32 = (i2 * 3i);
    let v103: i32 = (v101 + v102);
    let v104: i32 = (v103 + i3_2);
    out0[v104] = c2_0;
  }
  {
    let v105: i32 = (i0 * 18i);
    let v106: i32 = (i1_1 * 9i);
    let v107: i32 = (v105 + v106);
    let v108: i32 = (i2 * 3i);
    let v109: i32 = (v107 + v108);
    let v110: i32 = (v109 + i3_2);
    out0[v110] = c2_1;
  }
}

// kernax kernel k1: contract, pinned profile
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
@compute @workgroup_size(16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
  let grp: i32 = i32(wid.x + wid.y * 1u);
  let lf: i32 = i32(lid);
  if (lf >= 9i) { return; }
  let t0: i32 = 0i;
  let i2: i32 = (lf / 3i);
  let i3: i32 = lf % 3i;
  let t1: i32 = 0i;
  let i0: i32 = t0 * 4i;
  let i0_1: i32 = i0 + 1i;
  let i0_2: i32 = i0 + 2i;
  let i0_3: i32 = i0 + 3i;
  let i1: i32 = t1 * 2i;
  let i1_1: i32 = i1 + 1i;
  var c0_0: f32 = 0.0f;
  var c0_1: f32 = 0.0f;
  var c1_0: f32 = 0.0f;
  var c1_1: f32 = 0.0f;
  var c2_0: f32 = 0.0f;
  var c2_1: f32 = 0.0f;
  var c3_0: f32 = 0.0f;
  var c3_1: f32 = 0.0f;
  let v0: i32 = (i0 / 2i);
  let v1: i32 = (i0 % 2i);
  let v2: bool = (v0 == v1);
  let v3: f32 = select(0.0f, 1.0f, v2);
  let v4: i32 = (i0_1 / 2i);
  let v5: i32 = (i0_1 % 2i);
  let v6: bool = (v4 == v5);
  let v7: f32 = select(0.0f, 1.0f, v6);
  let v8: i32 = (i0_2 / 2i);
  let v9: i32 = (i0_2 % 2i);
  let v10: bool = (v8 == v9);
  let v11: f32 = select(0.0f, 1.0f, v10);
  let v12: i32 = (i0_3 / 2i);
  let v13: i32 = (i0_3 % 2i);
  let v14: bool = (v12 == v13);
  let v15: f32 = select(0.0f, 1.0f, v14);
  let v16: i32 = (i1 * 9i);
  let v17: i32 = (i1_1 * 9i);
  for (var r0: i32 = 0i; r0 < 3i; r0 = r0 + 1i) {
    {
      let k18: i32 = 0i;
      let v19: i32 = (i2 + r0);
      let v20: i32 = (v19 - 2i);
      let v21: bool = (v20 >= 0i);
      let v22: bool = (v20 < 1i);
      let v23: bool = (v21 & v22);
      let v24: i32 = (i3 + k18);
      let v25: i32 = (v24 - 2i);
      let v26: bool = (v25 >= 0i);
      let v27: bool = (v23 & v26);
      let v28: bool = (v25 < 1i);
      let v29: bool = (v27 & v28);
      let v30: f32 = select(0.0f, v3, v29);
      let v31: f32 = select(0.0f, v7, v29);
      let v32: f32 = select(0.0f, v11, v29);
      let v33: f32 = select(0.0f, v15, v29);
      let v34: i32 = (r0 * 3i);
      let v35: i32 = (v16 - v34);
      let v36: i32 = (v35 - k18);
      let v37: i32 = (v36 + 8i);
      let v38: f32 = in0[v37];
      let v39: i32 = (v17 - v34);
      let v40: i32 = (v39 - k18);
      let v41: i32 = (v40 + 8i);
      let v42: f32 = in0[v41];
      c0_0 = fma(v30, v38, c0_0);
      c0_1 = fma(v30, v42, c0_1);
      c1_0 = fma(v31, v38, c1_0);
      c1_1 = fma(v31, v42, c1_1);
      c2_0 = fma(v32, v38, c2_0);
      c2_1 = fma(v32, v42, c2_1);
      c3_0 = fma(v33, v38, c3_0);
      c3_1 = fma(v33, v42, c3_1);
    }
    {
      let k43: i32 = 1i;
      let v44: i32 = (i2 + r0);
      let v45: i32 = (v44 - 2i);
      let v46: bool = (v45 >= 0i);
      let v47: bool = (v45 < 1i);
      let v48: bool = (v46 & v47);
      let v49: i32 = (i3 + k43);
      let v50: i32 = (v49 - 2i);
      let v51: bool = (v50 >= 0i);
      let v52: bool = (v48 & v51);
      let v53: bool = (v50 < 1i);
      let v54: bool = (v52 & v53);
      let v55: f32 = select(0.0f, v3, v54);
      let v56: f32 = select(0.0f, v7, v54);
      let v57: f32 = select(0.0f, v11, v54);
      let v58: f32 = select(0.0f, v15, v54);
      let v59: i32 = (r0 * 3i);
      let v60: i32 = (v16 - v59);
      let v61: i32 = (v60 - k43);
      let v62: i32 = (v61 + 8i);
      let v63: f32 = in0[v62];
      let v64: i32 = (v17 - v59);
      let v65: i32 = (v64 - k43);
      let v66: i32 = (v65 + 8i);
      let v67: f32 = in0[v66];
      c0_0 = fma(v55, v63, c0_0);
      c0_1 = fma(v55, v67, c0_1);
      c1_0 = fma(v56, v63, c1_0);
      c1_1 = fma(v56, v67, c1_1);
      c2_0 = fma(v57, v63, c2_0);
      c2_1 = fma(v57, v67, c2_1);
      c3_0 = fma(v58, v63, c3_0);
      c3_1 = fma(v58, v67, c3_1);
    }
    {
      let k68: i32 = 2i;
      let v69: i32 = (i2 + r0);
      let v70: i32 = (v69 - 2i);
      let v71: bool = (v70 >= 0i);
      let v72: bool = (v70 < 1i);
      let v73: bool = (v71 & v72);
      let v74: i32 = (i3 + k68);
      let v75: i32 = (v74 - 2i);
      let v76: bool = (v75 >= 0i);
      let v77: bool = (v73 & v76);
      let v78: bool = (v75 < 1i);
      let v79: bool = (v77 & v78);
      let v80: f32 = select(0.0f, v3, v79);
      let v81: f32 = select(0.0f, v7, v79);
      let v82: f32 = select(0.0f, v11, v79);
      let v83: f32 = select(0.0f, v15, v79);
      let v84: i32 = (r0 * 3i);
      let v85: i32 = (v16 - v84);
      let v86: i32 = (v85 - k68);
      let v87: i32 = (v86 + 8i);
      let v88: f32 = in0[v87];
      let v89: i32 = (v17 - v84);
      let v90: i32 = (v89 - k68);
      let v91: i32 = (v90 + 8i);
      let v92: f32 = in0[v91];
      c0_0 = fma(v80, v88, c0_0);
      c0_1 = fma(v80, v92, c0_1);
      c1_0 = fma(v81, v88, c1_0);
      c1_1 = fma(v81, v92, c1_1);
      c2_0 = fma(v82, v88, c2_0);
      c2_1 = fma(v82, v92, c2_1);
      c3_0 = fma(v83, v88, c3_0);
      c3_1 = fma(v83, v92, c3_1);
    }
  }
  {
    let v93: i32 = (i0 * 18i);
    let v94: i32 = (i1 * 9i);
    let v95: i32 = (v93 + v94);
    let v96: i32 = (i2 * 3i);
    let v97: i32 = (v95 + v96);
    let v98: i32 = (v97 + i3);
    out0[v98] = c0_0;
  }
  {
    let v99: i32 = (i0 * 18i);
    let v100: i32 = (i1_1 * 9i);
    let v101: i32 = (v99 + v100);
    let v102: i32 = (i2 * 3i);
    let v103: i32 = (v101 + v102);
    let v104: i32 = (v103 + i3);
    out0[v104] = c0_1;
  }
  {
    let v105: i32 = (i0_1 * 18i);
    let v106: i32 = (i1 * 9i);
    let v107: i32 = (v105 + v106);
    let v108: i32 = (i2 * 3i);
    let v109: i32 = (v107 + v108);
    let v110: i32 = (v109 + i3);
    out0[v110] = c1_0;
  }
  {
    let v111: i32 = (i0_1 * 18i);
    let v112: i32 = (i1_1 * 9i);
    let v113: i32 = (v111 + v112);
    let v114: i32 = (i2 * 3i);
    let v115: i32 = (v113 + v114);
    let v116: i32 = (v115 + i3);
    out0[v116] = c1_1;
  }
  {
    let v117: i32 = (i0_2 * 18i);
    let v118: i32 = (i1 * 9i);
    let v119: i32 = (v117 + v118);
    let v120: i32 = (i2 * 3i);
    let v121: i32 = (v119 + v120);
    let v122: i32 = (v121 + i3);
    out0[v122] = c2_0;
  }
  {
    let v123: i32 = (i0_2 * 18i);
    let v124: i32 = (i1_1 * 9i);
    let v125: i32 = (v123 + v124);
    let v126: i32 = (i2 * 3i);
    let v127: i32 = (v125 + v126);
    let v128: i32 = (v127 + i3);
    out0[v128] = c2_1;
  }
  {
    let v129: i32 = (i0_3 * 18i);
    let v130: i32 = (i1 * 9i);
    let v131: i32 = (v129 + v130);
    let v132: i32 = (i2 * 3i);
    let v133: i32 = (v131 + v132);
    let v134: i32 = (v133 + i3);
    out0[v134] = c3_0;
  }
  {
    let v135: i32 = (i0_3 * 18i);
    let v136: i32 = (i1_1 * 9i);
    let v137: i32 = (v135 + v136);
    let v138: i32 = (i2 * 3i);
    let v139: i32 = (v137 + v138);
    let v140: i32 = (v139 + i3);
    out0[v140] = c3_1;
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
