# jit(f).lower(...).compile({ device: 'webgpu' }).asText('wgsl'), PINNED_PROFILE — case 'attention'
// kernax kernel k0: contract, pinned profile
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
@compute @workgroup_size(8)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
  let grp: i32 = i32(wid.x + wid.y * 1u);
  let lf: i32 = i32(lid);
  if (lf >= 1i) { return; }
  let t0: i32 = 0i;
  let t1: i32 = 0i;
  let i0: i32 = t0 * 8i;
  let i0_1: i32 = i0 + 1i;
  let i0_2: i32 = i0 + 2i;
  let i0_3: i32 = i0 + 3i;
  let i0_4: i32 = i0 + 4i;
  let i0_5: i32 = i0 + 5i;
  let i0_6: i32 = i0 + 6i;
  let i0_7: i32 = i0 + 7i;
  let i1: i32 = t1 * 8i;
  let i1_1: i32 = i1 + 1i;
  let i1_2: i32 = i1 + 2i;
  let i1_3: i32 = i1 + 3i;
  let i1_4: i32 = i1 + 4i;
  let i1_5: i32 = i1 + 5i;
  let i1_6: i32 = i1 + 6i;
  let i1_7: i32 = i1 + 7i;
  var c0_0: f32 = 0.0f;
  var c0_1: f32 = 0.0f;
  var c0_2: f32 = 0.0f;
  var c0_3: f32 = 0.0f;
  var c0_4: f32 = 0.0f;
  var c0_5: f32 = 0.0f;
  var c0_6: f32 = 0.0f;
  var c0_7: f32 = 0.0f;
  var c1_0: f32 = 0.0f;
  var c1_1: f32 = 0.0f;
  var c1_2: f32 = 0.0f;
  var c1_3: f32 = 0.0f;
  var c1_4: f32 = 0.0f;
  var c1_5: f32 = 0.0f;
  var c1_6: f32 = 0.0f;
  var c1_7: f32 = 0.0f;
  var c2_0: f32 = 0.0f;
  var c2_1: f32 = 0.0f;
  var c2_2: f32 = 0.0f;
  var c2_3: f32 = 0.0f;
  var c2_4: f32 = 0.0f;
  var c2_5: f32 = 0.0f;
  var c2_6: f32 = 0.0f;
  var c2_7: f32 = 0.0f;
  var c3_0: f32 = 0.0f;
  var c3_1: f32 = 0.0f;
  var c3_2: f32 = 0.0f;
  var c3_3: f32 = 0.0f;
  var c3_4: f32 = 0.0f;
  var c3_5: f32 = 0.0f;
  var c3_6: f32 = 0.0f;
  var c3_7: f32 = 0.0f;
  var c4_0: f32 = 0.0f;
  var c4_1: f32 = 0.0f;
  var c4_2: f32 = 0.0f;
  var c4_3: f32 = 0.0f;
  var c4_4: f32 = 0.0f;
  var c4_5: f32 = 0.0f;
  var c4_6: f32 = 0.0f;
  var c4_7: f32 = 0.0f;
  var c5_0: f32 = 0.0f;
  var c5_1: f32 = 0.0f;
  var c5_2: f32 = 0.0f;
  var c5_3: f32 = 0.0f;
  var c5_4: f32 = 0.0f;
  var c5_5: f32 = 0.0f;
  var c5_6: f32 = 0.0f;
  var c5_7: f32 = 0.0f;
  var c6_0: f32 = 0.0f;
  var c6_1: f32 = 0.0f;
  var c6_2: f32 = 0.0f;
  var c6_3: f32 = 0.0f;
  var c6_4: f32 = 0.0f;
  var c6_5: f32 = 0.0f;
  var c6_6: f32 = 0.0f;
  var c6_7: f32 = 0.0f;
  var c7_0: f32 = 0.0f;
  var c7_1: f32 = 0.0f;
  var c7_2: f32 = 0.0f;
  var c7_3: f32 = 0.0f;
  var c7_4: f32 = 0.0f;
  var c7_5: f32 = 0.0f;
  var c7_6: f32 = 0.0f;
  var c7_7: f32 = 0.0f;
  let v0: i32 = (i0 * 16i);
  let v1: i32 = (i0_1 * 16i);
  let v2: i32 = (i0_2 * 16i);
  let v3: i32 = (i0_3 * 16i);
  let v4: i32 = (i0_4 * 16i);
  let v5: i32 = (i0_5 * 16i);
  let v6: i32 = (i0_6 * 16i);
  let v7: i32 = (i0_7 * 16i);
  let v8: i32 = (i1 * 16i);
  let v9: i32 = (i1_1 * 16i);
  let v10: i32 = (i1_2 * 16i);
  let v11: i32 = (i1_3 * 16i);
  let v12: i32 = (i1_4 * 16i);
  let v13: i32 = (i1_5 * 16i);
  let v14: i32 = (i1_6 * 16i);
  let v15: i32 = (i1_7 * 16i);
  for (var r0: i32 = 0i; r0 < 16i; r0 = r0 + 4i) {
    {
      let k16: i32 = r0;
      let v17: i32 = (v0 + k16);
      let v18: f32 = in0[v17];
      let v19: i32 = (v1 + k16);
      let v20: f32 = in0[v19];
      let v21: i32 = (v2 + k16);
      let v22: f32 = in0[v21];
      let v23: i32 = (v3 + k16);
      let v24: f32 = in0[v23];
      let v25: i32 = (v4 + k16);
      let v26: f32 = in0[v25];
      let v27: i32 = (v5 + k16);
      let v28: f32 = in0[v27];
      let v29: i32 = (v6 + k16);
      let v30: f32 = in0[v29];
      let v31: i32 = (v7 + k16);
      let v32: f32 = in0[v31];
      let v33: i32 = (v8 + k16);
      let v34: f32 = in1[v33];
      let v35: i32 = (v9 + k16);
      let v36: f32 = in1[v35];
      let v37: i32 = (v10 + k16);
      let v38: f32 = in1[v37];
      let v39: i32 = (v11 + k16);
      let v40: f32 = in1[v39];
      let v41: i32 = (v12 + k16);
      let v42: f32 = in1[v41];
      let v43: i32 = (v13 + k16);
      let v44: f32 = in1[v43];
      let v45: i32 = (v14 + k16);
      let v46: f32 = in1[v45];
      let v47: i32 = (v15 + k16);
      let v48: f32 = in1[v47];
      c0_0 = fma(v18, v34, c0_0);
      c0_1 = fma(v18, v36, c0_1);
      c0_2 = fma(v18, v38, c0_2);
      c0_3 = fma(v18, v40, c0_3);
      c0_4 = fma(v18, v42, c0_4);
      c0_5 = fma(v18, v44, c0_5);
      c0_6 = fma(v18, v46, c0_6);
      c0_7 = fma(v18, v48, c0_7);
      c1_0 = fma(v20, v34, c1_0);
      c1_1 = fma(v20, v36, c1_1);
      c1_2 = fma(v20, v38, c1_2);
      c1_3 = fma(v20, v40, c1_3);
      c1_4 = fma(v20, v42, c1_4);
      c1_5 = fma(v20, v44, c1_5);
      c1_6 = fma(v20, v46, c1_6);
      c1_7 = fma(v20, v48, c1_7);
      c2_0 = fma(v22, v34, c2_0);
      c2_1 = fma(v22, v36, c2_1);
      c2_2 = fma(v22, v38, c2_2);
      c2_3 = fma(v22, v40, c2_3);
      c2_4 = fma(v22, v42, c2_4);
      c2_5 = fma(v22, v44, c2_5);
      c2_6 = fma(v22, v46, c2_6);
      c2_7 = fma(v22, v48, c2_7);
      c3_0 = fma(v24, v34, c3_0);
      c3_1 = fma(v24, v36, c3_1);
      c3_2 = fma(v24, v38, c3_2);
      c3_3 = fma(v24, v40, c3_3);
      c3_4 = fma(v24, v42, c3_4);
      c3_5 = fma(v24, v44, c3_5);
      c3_6 = fma(v24, v46, c3_6);
      c3_7 = fma(v24, v48, c3_7);
      c4_0 = fma(v26, v34, c4_0);
      c4_1 = fma(v26, v36, c4_1);
      c4_2 = fma(v26, v38, c4_2);
      c4_3 = fma(v26, v40, c4_3);
      c4_4 = fma(v26, v42, c4_4);
      c4_5 = fma(v26, v44, c4_5);
      c4_6 = fma(v26, v46, c4_6);
      c4_7 = fma(v26, v48, c4_7);
      c5_0 = fma(v28, v34, c5_0);
      c5_1 = fma(v28, v36, c5_1);
      c5_2 = fma(v28, v38, c5_2);
      c5_3 = fma(v28, v40, c5_3);
      c5_4 = fma(v28, v42, c5_4);
      c5_5 = fma(v28, v44, c5_5);
      c5_6 = fma(v28, v46, c5_6);
      c5_7 = fma(v28, v48, c5_7);
      c6_0 = fma(v30, v34, c6_0);
      c6_1 = fma(v30, v36, c6_1);
      c6_2 = fma(v30, v38, c6_2);
      c6_3 = fma(v30, v40, c6_3);
      c6_4 = fma(v30, v42, c6_4);
      c6_5 = fma(v30, v44, c6_5);
      c6_6 = fma(v30, v46, c6_6);
      c6_7 = fma(v30, v48, c6_7);
      c7_0 = fma(v32, v34, c7_0);
      c7_1 = fma(v32, v36, c7_1);
      c7_2 = fma(v32, v38, c7_2);
      c7_3 = fma(v32, v40, c7_3);
      c7_4 = fma(v32, v42, c7_4);
      c7_5 = fma(v32, v44, c7_5);
      c7_6 = fma(v32, v46, c7_6);
      c7_7 = fma(v32, v48, c7_7);
    }
    {
      let k49: i32 = r0 + 1i;
      let v50: i32 = (v0 + k49);
      let v51: f32 = in0[v50];
      let v52: i32 = (v1 + k49);
      let v53: f32 = in0[v52];
      let v54: i32 = (v2 + k49);
      let v55: f32 = in0[v54];
      let v56: i32 = (v3 + k49);
      let v57: f32 = in0[v56];
      let v58: i32 = (v4 + k49);
      let v59: f32 = in0[v58];
      let v60: i32 = (v5 + k49);
      let v61: f32 = in0[v60];
      let v62: i32 = (v6 + k49);
      let v63: f32 = in0[v62];
      let v64: i32 = (v7 + k49);
      let v65: f32 = in0[v64];
      let v66: i32 = (v8 + k49);
      let v67: f32 = in1[v66];
      let v68: i32 = (v9 + k49);
      let v69: f32 = in1[v68];
      let v70: i32 = (v10 + k49);
      let v71: f32 = in1[v70];
      let v72: i32 = (v11 + k49);
      let v73: f32 = in1[v72];
      let v74: i32 = (v12 + k49);
      let v75: f32 = in1[v74];
      let v76: i32 = (v13 + k49);
      let v77: f32 = in1[v76];
      let v78: i32 = (v14 + k49);
      let v79: f32 = in1[v78];
      let v80: i32 = (v15 + k49);
      let v81: f32 = in1[v80];
      c0_0 = fma(v51, v67, c0_0);
      c0_1 = fma(v51, v69, c0_1);
      c0_2 = fma(v51, v71, c0_2);
      c0_3 = fma(v51, v73, c0_3);
      c0_4 = fma(v51, v75, c0_4);
      c0_5 = fma(v51, v77, c0_5);
      c0_6 = fma(v51, v79, c0_6);
      c0_7 = fma(v51, v81, c0_7);
      c1_0 = fma(v53, v67, c1_0);
      c1_1 = fma(v53, v69, c1_1);
      c1_2 = fma(v53, v71, c1_2);
      c1_3 = fma(v53, v73, c1_3);
      c1_4 = fma(v53, v75, c1_4);
      c1_5 = fma(v53, v77, c1_5);
      c1_6 = fma(v53, v79, c1_6);
      c1_7 = fma(v53, v81, c1_7);
      c2_0 = fma(v55, v67, c2_0);
      c2_1 = fma(v55, v69, c2_1);
      c2_2 = fma(v55, v71, c2_2);
      c2_3 = fma(v55, v73, c2_3);
      c2_4 = fma(v55, v75, c2_4);
      c2_5 = fma(v55, v77, c2_5);
      c2_6 = fma(v55, v79, c2_6);
      c2_7 = fma(v55, v81, c2_7);
      c3_0 = fma(v57, v67, c3_0);
      c3_1 = fma(v57, v69, c3_1);
      c3_2 = fma(v57, v71, c3_2);
      c3_3 = fma(v57, v73, c3_3);
      c3_4 = fma(v57, v75, c3_4);
      c3_5 = fma(v57, v77, c3_5);
      c3_6 = fma(v57, v79, c3_6);
      c3_7 = fma(v57, v81, c3_7);
      c4_0 = fma(v59, v67, c4_0);
      c4_1 = fma(v59, v69, c4_1);
      c4_2 = fma(v59, v71, c4_2);
      c4_3 = fma(v59, v73, c4_3);
      c4_4 = fma(v59, v75, c4_4);
      c4_5 = fma(v59, v77, c4_5);
      c4_6 = fma(v59, v79, c4_6);
      c4_7 = fma(v59, v81, c4_7);
      c5_0 = fma(v61, v67, c5_0);
      c5_1 = fma(v61, v69, c5_1);
      c5_2 = fma(v61, v71, c5_2);
      c5_3 = fma(v61, v73, c5_3);
      c5_4 = fma(v61, v75, c5_4);
      c5_5 = fma(v61, v77, c5_5);
      c5_6 = fma(v61, v79, c5_6);
      c5_7 = fma(v61, v81, c5_7);
      c6_0 = fma(v63, v67, c6_0);
      c6_1 = fma(v63, v69, c6_1);
      c6_2 = fma(v63, v71, c6_2);
      c6_3 = fma(v63, v73, c6_3);
      c6_4 = fma(v63, v75, c6_4);
      c6_5 = fma(v63, v77, c6_5);
      c6_6 = fma(v63, v79, c6_6);
      c6_7 = fma(v63, v81, c6_7);
      c7_0 = fma(v65, v67, c7_0);
      c7_1 = fma(v65, v69, c7_1);
      c7_2 = fma(v65, v71, c7_2);
      c7_3 = fma(v65, v73, c7_3);
      c7_4 = fma(v65, v75, c7_4);
      c7_5 = fma(v65, v77, c7_5);
      c7_6 = fma(v65, v79, c7_6);
      c7_7 = fma(v65, v81, c7_7);
    }
    {
      let k82: i32 = r0 + 2i;
      let v83: i32 = (v0 + k82);
      let v84: f32 = in0[v83];
      let v85: i32 = (v1 + k82);
      let v86: f32 = in0[v85];
      let v87: i32 = (v2 + k82);
      let v88: f32 = in0[v87];
      let v89: i32 = (v3 + k82);
      let v90: f32 = in0[v89];
      let v91: i32 = (v4 + k82);
      let v92: f32 = in0[v91];
      let v93: i32 = (v5 + k82);
      let v94: f32 = in0[v93];
      let v95: i32 = (v6 + k82);
      let v96: f32 = in0[v95];
      let v97: i32 = (v7 + k82);
      let v98: f32 = in0[v97];
      let v99: i32 = (v8 + k82);
      let v100: f32 = in1[v99];
      let v101: i32 = (v9 + k82);
      let v102: f32 = in1[v101];
      let v103: i32 = (v10 + k82);
      let v104: f32 = in1[v103];
      let v105: i32 = (v11 + k82);
      let v106: f32 = in1[v105];
      let v107: i32 = (v12 + k82);
      let v108: f32 = in1[v107];
      let v109: i32 = (v13 + k82);
      let v110: f32 = in1[v109];
      let v111: i32 = (v14 + k82);
      let v112: f32 = in1[v111];
      let v113: i32 = (v15 + k82);
      let v114: f32 = in1[v113];
      c0_0 = fma(v84, v100, c0_0);
      c0_1 = fma(v84, v102, c0_1);
      c0_2 = fma(v84, v104, c0_2);
      c0_3 = fma(v84, v106, c0_3);
      c0_4 = fma(v84, v108, c0_4);
      c0_5 = fma(v84, v110, c0_5);
      c0_6 = fma(v84, v112, c0_6);
      c0_7 = fma(v84, v114, c0_7);
      c1_0 = fma(v86, v100, c1_0);
      c1_1 = fma(v86, v102, c1_1);
      c1_2 = fma(v86, v104, c1_2);
      c1_3 = fma(v86, v106, c1_3);
      c1_4 = fma(v86, v108, c1_4);
      c1_5 = fma(v86, v110, c1_5);
      c1_6 = fma(v86, v112, c1_6);
      c1_7 = fma(v86, v114, c1_7);
      c2_0 = fma(v88, v100, c2_0);
      c2_1 = fma(v88, v102, c2_1);
      c2_2 = fma(v88, v104, c2_2);
      c2_3 = fma(v88, v106, c2_3);
      c2_4 = fma(v88, v108, c2_4);
      c2_5 = fma(v88, v110, c2_5);
      c2_6 = fma(v88, v112, c2_6);
      c2_7 = fma(v88, v114, c2_7);
      c3_0 = fma(v90, v100, c3_0);
      c3_1 = fma(v90, v102, c3_1);
      c3_2 = fma(v90, v104, c3_2);
      c3_3 = fma(v90, v106, c3_3);
      c3_4 = fma(v90, v108, c3_4);
      c3_5 = fma(v90, v110, c3_5);
      c3_6 = fma(v90, v112, c3_6);
      c3_7 = fma(v90, v114, c3_7);
      c4_0 = fma(v92, v100, c4_0);
      c4_1 = fma(v92, v102, c4_1);
      c4_2 = fma(v92, v104, c4_2);
      c4_3 = fma(v92, v106, c4_3);
      c4_4 = fma(v92, v108, c4_4);
      c4_5 = fma(v92, v110, c4_5);
      c4_6 = fma(v92, v112, c4_6);
      c4_7 = fma(v92, v114, c4_7);
      c5_0 = fma(v94, v100, c5_0);
      c5_1 = fma(v94, v102, c5_1);
      c5_2 = fma(v94, v104, c5_2);
      c5_3 = fma(v94, v106, c5_3);
      c5_4 = fma(v94, v108, c5_4);
      c5_5 = fma(v94, v110, c5_5);
      c5_6 = fma(v94, v112, c5_6);
      c5_7 = fma(v94, v114, c5_7);
      c6_0 = fma(v96, v100, c6_0);
      c6_1 = fma(v96, v102, c6_1);
      c6_2 = fma(v96, v104, c6_2);
      c6_3 = fma(v96, v106, c6_3);
      c6_4 = fma(v96, v108, c6_4);
      c6_5 = fma(v96, v110, c6_5);
      c6_6 = fma(v96, v112, c6_6);
      c6_7 = fma(v96, v114, c6_7);
      c7_0 = fma(v98, v100, c7_0);
      c7_1 = fma(v98, v102, c7_1);
      c7_2 = fma(v98, v104, c7_2);
      c7_3 = fma(v98, v106, c7_3);
      c7_4 = fma(v98, v108, c7_4);
      c7_5 = fma(v98, v110, c7_5);
      c7_6 = fma(v98, v112, c7_6);
      c7_7 = fma(v98, v114, c7_7);
    }
    {
      let k115: i32 = r0 + 3i;
      let v116: i32 = (v0 + k115);
      let v117: f32 = in0[v116];
      let v118: i32 = (v1 + k115);
      let v119: f32 = in0[v118];
      let v120: i32 = (v2 + k115);
      let v121: f32 = in0[v120];
      let v122: i32 = (v3 + k115);
      let v123: f32 = in0[v122];
      let v124: i32 = (v4 + k115);
      let v125: f32 = in0[v124];
      let v126: i32 = (v5 + k115);
      let v127: f32 = in0[v126];
      let v128: i32 = (v6 + k115);
      let v129: f32 = in0[v128];
      let v130: i32 = (v7 + k115);
      let v131: f32 = in0[v130];
      let v132: i32 = (v8 + k115);
      let v133: f32 = in1[v132];
      let v134: i32 = (v9 + k115);
      let v135: f32 = in1[v134];
      let v136: i32 = (v10 + k115);
      let v137: f32 = in1[v136];
      let v138: i32 = (v11 + k115);
      let v139: f32 = in1[v138];
      let v140: i32 = (v12 + k115);
      let v141: f32 = in1[v140];
      let v142: i32 = (v13 + k115);
      let v143: f32 = in1[v142];
      let v144: i32 = (v14 + k115);
      let v145: f32 = in1[v144];
      let v146: i32 = (v15 + k115);
      let v147: f32 = in1[v146];
      c0_0 = fma(v117, v133, c0_0);
      c0_1 = fma(v117, v135, c0_1);
      c0_2 = fma(v117, v137, c0_2);
      c0_3 = fma(v117, v139, c0_3);
      c0_4 = fma(v117, v141, c0_4);
      c0_5 = fma(v117, v143, c0_5);
      c0_6 = fma(v117, v145, c0_6);
      c0_7 = fma(v117, v147, c0_7);
      c1_0 = fma(v119, v133, c1_0);
      c1_1 = fma(v119, v135, c1_1);
      c1_2 = fma(v119, v137, c1_2);
      c1_3 = fma(v119, v139, c1_3);
      c1_4 = fma(v119, v141, c1_4);
      c1_5 = fma(v119, v143, c1_5);
      c1_6 = fma(v119, v145, c1_6);
      c1_7 = fma(v119, v147, c1_7);
      c2_0 = fma(v121, v133, c2_0);
      c2_1 = fma(v121, v135, c2_1);
      c2_2 = fma(v121, v137, c2_2);
      c2_3 = fma(v121, v139, c2_3);
      c2_4 = fma(v121, v141, c2_4);
      c2_5 = fma(v121, v143, c2_5);
      c2_6 = fma(v121, v145, c2_6);
      c2_7 = fma(v121, v147, c2_7);
      c3_0 = fma(v123, v133, c3_0);
      c3_1 = fma(v123, v135, c3_1);
      c3_2 = fma(v123, v137, c3_2);
      c3_3 = fma(v123, v139, c3_3);
      c3_4 = fma(v123, v141, c3_4);
      c3_5 = fma(v123, v143, c3_5);
      c3_6 = fma(v123, v145, c3_6);
      c3_7 = fma(v123, v147, c3_7);
      c4_0 = fma(v125, v133, c4_0);
      c4_1 = fma(v125, v135, c4_1);
      c4_2 = fma(v125, v137, c4_2);
      c4_3 = fma(v125, v139, c4_3);
      c4_4 = fma(v125, v141, c4_4);
      c4_5 = fma(v125, v143, c4_5);
      c4_6 = fma(v125, v145, c4_6);
      c4_7 = fma(v125, v147, c4_7);
      c5_0 = fma(v127, v133, c5_0);
      c5_1 = fma(v127, v135, c5_1);
      c5_2 = fma(v127, v137, c5_2);
      c5_3 = fma(v127, v139, c5_3);
      c5_4 = fma(v127, v141, c5_4);
      c5_5 = fma(v127, v143, c5_5);
      c5_6 = fma(v127, v145, c5_6);
      c5_7 = fma(v127, v147, c5_7);
      c6_0 = fma(v129, v133, c6_0);
      c6_1 = fma(v129, v135, c6_1);
      c6_2 = fma(v129, v137, c6_2);
      c6_3 = fma(v129, v139, c6_3);
      c6_4 = fma(v129, v141, c6_4);
      c6_5 = fma(v129, v143, c6_5);
      c6_6 = fma(v129, v145, c6_6);
      c6_7 = fma(v129, v147, c6_7);
      c7_0 = fma(v131, v133, c7_0);
      c7_1 = fma(v131, v135, c7_1);
      c7_2 = fma(v131, v137, c7_2);
      c7_3 = fma(v131, v139, c7_3);
      c7_4 = fma(v131, v141, c7_4);
      c7_5 = fma(v131, v143, c7_5);
      c7_6 = fma(v131, v145, c7_6);
      c7_7 = fma(v131, v147, c7_7);
    }
  }
  {
    let v148: i32 = (i0 * 8i);
    let v149: i32 = (v148 + i1);
    out0[v149] = c0_0;
  }
  {
    let v150: i32 = (i0 * 8i);
    let v151: i32 = (v150 + i1_1);
    out0[v151] = c0_1;
  }
  {
    let v152: i32 = (i0 * 8i);
    let v153: i32 = (v152 + i1_2);
    out0[v153] = c0_2;
  }
  {
    let v154: i32 = (i0 * 8i);
    let v155: i32 = (v154 + i1_3);
    out0[v155] = c0_3;
  }
  {
    let v156: i32 = (i0 * 8i);
    let v157: i32 = (v156 + i1_4);
    out0[v157] = c0_4;
  }
  {
    let v158: i32 = (i0 * 8i);
    let v159: i32 = (v158 + i1_5);
    out0[v159] = c0_5;
  }
  {
    let v160: i32 = (i0 * 8i);
    let v161: i32 = (v160 + i1_6);
    out0[v161] = c0_6;
  }
  {
    let v162: i32 = (i0 * 8i);
    let v163: i32 = (v162 + i1_7);
    out0[v163] = c0_7;
  }
  {
    let v164: i32 = (i0_1 * 8i);
    let v165: i32 = (v164 + i1);
    out0[v165] = c1_0;
  }
  {
    let v166: i32 = (i0_1 * 8i);
    let v167: i32 = (v166 + i1_1);
    out0[v167] = c1_1;
  }
  {
    let v168: i32 = (i0_1 * 8i);
    let v169: i32 = (v168 + i1_2);
    out0[v169] = c1_2;
  }
  {
    let v170: i32 = (i0_1 * 8i);
    let v171: i32 = (v170 + i1_3);
    out0[v171] = c1_3;
  }
  {
    let v172: i32 = (i0_1 * 8i);
    let v173: i32 = (v172 + i1_4);
    out0[v173] = c1_4;
  }
  {
    let v174: i32 = (i0_1 * 8i);
    let v175: i32 = (v174 + i1_5);
    out0[v175] = c1_5;
  }
  {
    let v176: i32 = (i0_1 * 8i);
    let v177: i32 = (v176 + i1_6);
    out0[v177] = c1_6;
  }
  {
    let v178: i32 = (i0_1 * 8i);
    let v179: i32 = (v178 + i1_7);
    out0[v179] = c1_7;
  }
  {
    let v180: i32 = (i0_2 * 8i);
    let v181: i32 = (v180 + i1);
    out0[v181] = c2_0;
  }
  {
    let v182: i32 = (i0_2 * 8i);
    let v183: i32 = (v182 + i1_1);
    out0[v183] = c2_1;
  }
  {
    let v184: i32 = (i0_2 * 8i);
    let v185: i32 = (v184 + i1_2);
    out0[v185] = c2_2;
  }
  {
    let v186: i32 = (i0_2 * 8i);
    let v187: i32 = (v186 + i1_3);
    out0[v187] = c2_3;
  }
  {
    let v188: i32 = (i0_2 * 8i);
    let v189: i32 = (v188 + i1_4);
    out0[v189] = c2_4;
  }
  {
    let v190: i32 = (i0_2 * 8i);
    let v191: i32 = (v190 + i1_5);
    out0[v191] = c2_5;
  }
  {
    let v192: i32 = (i0_2 * 8i);
    let v193: i32 = (v192 + i1_6);
    out0[v193] = c2_6;
  }
  {
    let v194: i32 = (i0_2 * 8i);
    let v195: i32 = (v194 + i1_7);
    out0[v195] = c2_7;
  }
  {
    let v196: i32 = (i0_3 * 8i);
    let v197: i32 = (v196 + i1);
    out0[v197] = c3_0;
  }
  {
    let v198: i32 = (i0_3 * 8i);
    let v199: i32 = (v198 + i1_1);
    out0[v199] = c3_1;
  }
  {
    let v200: i32 = (i0_3 * 8i);
    let v201: i32 = (v200 + i1_2);
    out0[v201] = c3_2;
  }
  {
    let v202: i32 = (i0_3 * 8i);
    let v203: i32 = (v202 + i1_3);
    out0[v203] = c3_3;
  }
  {
    let v204: i32 = (i0_3 * 8i);
    let v205: i32 = (v204 + i1_4);
    out0[v205] = c3_4;
  }
  {
    let v206: i32 = (i0_3 * 8i);
    let v207: i32 = (v206 + i1_5);
    out0[v207] = c3_5;
  }
  {
    let v208: i32 = (i0_3 * 8i);
    let v209: i32 = (v208 + i1_6);
    out0[v209] = c3_6;
  }
  {
    let v210: i32 = (i0_3 * 8i);
    let v211: i32 = (v210 + i1_7);
    out0[v211] = c3_7;
  }
  {
    let v212: i32 = (i0_4 * 8i);
    let v213: i32 = (v212 + i1);
    out0[v213] = c4_0;
  }
  {
    let v214: i32 = (i0_4 * 8i);
    let v215: i32 = (v214 + i1_1);
    out0[v215] = c4_1;
  }
  {
    let v216: i32 = (i0_4 * 8i);
    let v217: i32 = (v216 + i1_2);
    out0[v217] = c4_2;
  }
  {
    let v218: i32 = (i0_4 * 8i);
    let v219: i32 = (v218 + i1_3);
    out0[v219] = c4_3;
  }
  {
    let v220: i32 = (i0_4 * 8i);
    let v221: i32 = (v220 + i1_4);
    out0[v221] = c4_4;
  }
  {
    let v222: i32 = (i0_4 * 8i);
    let v223: i32 = (v222 + i1_5);
    out0[v223] = c4_5;
  }
  {
    let v224: i32 = (i0_4 * 8i);
    let v225: i32 = (v224 + i1_6);
    out0[v225] = c4_6;
  }
  {
    let v226: i32 = (i0_4 * 8i);
    let v227: i32 = (v226 + i1_7);
    out0[v227] = c4_7;
  }
  {
    let v228: i32 = (i0_5 * 8i);
    let v229: i32 = (v228 + i1);
    out0[v229] = c5_0;
  }
  {
    let v230: i32 = (i0_5 * 8i);
    let v231: i32 = (v230 + i1_1);
    out0[v231] = c5_1;
  }
  {
    let v232: i32 = (i0_5 * 8i);
    let v233: i32 = (v232 + i1_2);
    out0[v233] = c5_2;
  }
  {
    let v234: i32 = (i0_5 * 8i);
    let v235: i32 = (v234 + i1_3);
    out0[v235] = c5_3;
  }
  {
    let v236: i32 = (i0_5 * 8i);
    let v237: i32 = (v236 + i1_4);
    out0[v237] = c5_4;
  }
  {
    let v238: i32 = (i0_5 * 8i);
    let v239: i32 = (v238 + i1_5);
    out0[v239] = c5_5;
  }
  {
    let v240: i32 = (i0_5 * 8i);
    let v241: i32 = (v240 + i1_6);
    out0[v241] = c5_6;
  }
  {
    let v242: i32 = (i0_5 * 8i);
    let v243: i32 = (v242 + i1_7);
    out0[v243] = c5_7;
  }
  {
    let v244: i32 = (i0_6 * 8i);
    let v245: i32 = (v244 + i1);
    out0[v245] = c6_0;
  }
  {
    let v246: i32 = (i0_6 * 8i);
    let v247: i32 = (v246 + i1_1);
    out0[v247] = c6_1;
  }
  {
    let v248: i32 = (i0_6 * 8i);
    let v249: i32 = (v248 + i1_2);
    out0[v249] = c6_2;
  }
  {
    let v250: i32 = (i0_6 * 8i);
    let v251: i32 = (v250 + i1_3);
    out0[v251] = c6_3;
  }
  {
    let v252: i32 = (i0_6 * 8i);
    let v253: i32 = (v252 + i1_4);
    out0[v253] = c6_4;
  }
  {
    let v254: i32 = (i0_6 * 8i);
    let v255: i32 = (v254 + i1_5);
    out0[v255] = c6_5;
  }
  {
    let v256: i32 = (i0_6 * 8i);
    let v257: i32 = (v256 + i1_6);
    out0[v257] = c6_6;
  }
  {
    let v258: i32 = (i0_6 * 8i);
    let v259: i32 = (v258 + i1_7);
    out0[v259] = c6_7;
  }
  {
    let v260: i32 = (i0_7 * 8i);
    let v261: i32 = (v260 + i1);
    out0[v261] = c7_0;
  }
  {
    let v262: i32 = (i0_7 * 8i);
    let v263: i32 = (v262 + i1_1);
    out0[v263] = c7_1;
  }
  {
    let v264: i32 = (i0_7 * 8i);
    let v265: i32 = (v264 + i1_2);
    out0[v265] = c7_2;
  }
  {
    let v266: i32 = (i0_7 * 8i);
    let v267: i32 = (v266 + i1_3);
    out0[v267] = c7_3;
  }
  {
    let v268: i32 = (i0_7 * 8i);
    let v269: i32 = (v268 + i1_4);
    out0[v269] = c7_4;
  }
  {
    let v270: i32 = (i0_7 * 8i);
    let v271: i32 = (v270 + i1_5);
    out0[v271] = c7_5;
  }
  {
    let v272: i32 = (i0_7 * 8i);
    let v273: i32 = (v272 + i1_6);
    out0[v273] = c7_6;
  }
  {
    let v274: i32 = (i0_7 * 8i);
    let v275: i32 = (v274 + i1_7);
    out0[v275] = c7_7;
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
