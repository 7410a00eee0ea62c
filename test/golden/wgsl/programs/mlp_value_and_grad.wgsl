# jit(f).lower(...).compile({ device: 'webgpu' }).asText('wgsl'), PINNED_PROFILE — case 'mlp_value_and_grad'
// kernax kernel k0: contract, pinned profile
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
@compute @workgroup_size(8)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
  let grp: i32 = i32(wid.x + wid.y * 1u);
  let lf: i32 = i32(lid);
  if (lf >= 2i) { return; }
  let t0: i32 = lf;
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
  let v0: i32 = (i0 * 4i);
  let v1: i32 = (i0_1 * 4i);
  let v2: i32 = (i0_2 * 4i);
  let v3: i32 = (i0_3 * 4i);
  let v4: i32 = (i0_4 * 4i);
  let v5: i32 = (i0_5 * 4i);
  let v6: i32 = (i0_6 * 4i);
  let v7: i32 = (i0_7 * 4i);
  {
    let k8: i32 = 0i;
    let v9: i32 = (v0 + k8);
    let v10: f32 = in1[v9];
    let v11: i32 = (v1 + k8);
    let v12: f32 = in1[v11];
    let v13: i32 = (v2 + k8);
    let v14: f32 = in1[v13];
    let v15: i32 = (v3 + k8);
    let v16: f32 = in1[v15];
    let v17: i32 = (v4 + k8);
    let v18: f32 = in1[v17];
    let v19: i32 = (v5 + k8);
    let v20: f32 = in1[v19];
    let v21: i32 = (v6 + k8);
    let v22: f32 = in1[v21];
    let v23: i32 = (v7 + k8);
    let v24: f32 = in1[v23];
    let v25: i32 = (k8 * 8i);
    let v26: i32 = (v25 + i1);
    let v27: f32 = in0[v26];
    let v28: i32 = (v25 + i1_1);
    let v29: f32 = in0[v28];
    let v30: i32 = (v25 + i1_2);
    let v31: f32 = in0[v30];
    let v32: i32 = (v25 + i1_3);
    let v33: f32 = in0[v32];
    let v34: i32 = (v25 + i1_4);
    let v35: f32 = in0[v34];
    let v36: i32 = (v25 + i1_5);
    let v37: f32 = in0[v36];
    let v38: i32 = (v25 + i1_6);
    let v39: f32 = in0[v38];
    let v40: i32 = (v25 + i1_7);
    let v41: f32 = in0[v40];
    c0_0 = fma(v10, v27, c0_0);
    c0_1 = fma(v10, v29, c0_1);
    c0_2 = fma(v10, v31, c0_2);
    c0_3 = fma(v10, v33, c0_3);
    c0_4 = fma(v10, v35, c0_4);
    c0_5 = fma(v10, v37, c0_5);
    c0_6 = fma(v10, v39, c0_6);
    c0_7 = fma(v10, v41, c0_7);
    c1_0 = fma(v12, v27, c1_0);
    c1_1 = fma(v12, v29, c1_1);
    c1_2 = fma(v12, v31, c1_2);
    c1_3 = fma(v12, v33, c1_3);
    c1_4 = fma(v12, v35, c1_4);
    c1_5 = fma(v12, v37, c1_5);
    c1_6 = fma(v12, v39, c1_6);
    c1_7 = fma(v12, v41, c1_7);
    c2_0 = fma(v14, v27, c2_0);
    c2_1 = fma(v14, v29, c2_1);
    c2_2 = fma(v14, v31, c2_2);
    c2_3 = fma(v14, v33, c2_3);
    c2_4 = fma(v14, v35, c2_4);
    c2_5 = fma(v14, v37, c2_5);
    c2_6 = fma(v14, v39, c2_6);
    c2_7 = fma(v14, v41, c2_7);
    c3_0 = fma(v16, v27, c3_0);
    c3_1 = fma(v16, v29, c3_1);
    c3_2 = fma(v16, v31, c3_2);
    c3_3 = fma(v16, v33, c3_3);
    c3_4 = fma(v16, v35, c3_4);
    c3_5 = fma(v16, v37, c3_5);
    c3_6 = fma(v16, v39, c3_6);
    c3_7 = fma(v16, v41, c3_7);
    c4_0 = fma(v18, v27, c4_0);
    c4_1 = fma(v18, v29, c4_1);
    c4_2 = fma(v18, v31, c4_2);
    c4_3 = fma(v18, v33, c4_3);
    c4_4 = fma(v18, v35, c4_4);
    c4_5 = fma(v18, v37, c4_5);
    c4_6 = fma(v18, v39, c4_6);
    c4_7 = fma(v18, v41, c4_7);
    c5_0 = fma(v20, v27, c5_0);
    c5_1 = fma(v20, v29, c5_1);
    c5_2 = fma(v20, v31, c5_2);
    c5_3 = fma(v20, v33, c5_3);
    c5_4 = fma(v20, v35, c5_4);
    c5_5 = fma(v20, v37, c5_5);
    c5_6 = fma(v20, v39, c5_6);
    c5_7 = fma(v20, v41, c5_7);
    c6_0 = fma(v22, v27, c6_0);
    c6_1 = fma(v22, v29, c6_1);
    c6_2 = fma(v22, v31, c6_2);
    c6_3 = fma(v22, v33, c6_3);
    c6_4 = fma(v22, v35, c6_4);
    c6_5 = fma(v22, v37, c6_5);
    c6_6 = fma(v22, v39, c6_6);
    c6_7 = fma(v22, v41, c6_7);
    c7_0 = fma(v24, v27, c7_0);
    c7_1 = fma(v24, v29, c7_1);
    c7_2 = fma(v24, v31, c7_2);
    c7_3 = fma(v24, v33, c7_3);
    c7_4 = fma(v24, v35, c7_4);
    c7_5 = fma(v24, v37, c7_5);
    c7_6 = fma(v24, v39, c7_6);
    c7_7 = fma(v24, v41, c7_7);
  }
  {
    let k42: i32 = 1i;
    let v43: i32 = (v0 + k42);
    let v44: f32 = in1[v43];
    let v45: i32 = (v1 + k42);
    let v46: f32 = in1[v45];
    let v47: i32 = (v2 + k42);
    let v48: f32 = in1[v47];
    let v49: i32 = (v3 + k42);
    let v50: f32 = in1[v49];
    let v51: i32 = (v4 + k42);
    let v52: f32 = in1[v51];
    let v53: i32 = (v5 + k42);
    let v54: f32 = in1[v53];
    let v55: i32 = (v6 + k42);
    let v56: f32 = in1[v55];
    let v57: i32 = (v7 + k42);
    let v58: f32 = in1[v57];
    let v59: i32 = (k42 * 8i);
    let v60: i32 = (v59 + i1);
    let v61: f32 = in0[v60];
    let v62: i32 = (v59 + i1_1);
    let v63: f32 = in0[v62];
    let v64: i32 = (v59 + i1_2);
    let v65: f32 = in0[v64];
    let v66: i32 = (v59 + i1_3);
    let v67: f32 = in0[v66];
    let v68: i32 = (v59 + i1_4);
    let v69: f32 = in0[v68];
    let v70: i32 = (v59 + i1_5);
    let v71: f32 = in0[v70];
    let v72: i32 = (v59 + i1_6);
    let v73: f32 = in0[v72];
    let v74: i32 = (v59 + i1_7);
    let v75: f32 = in0[v74];
    c0_0 = fma(v44, v61, c0_0);
    c0_1 = fma(v44, v63, c0_1);
    c0_2 = fma(v44, v65, c0_2);
    c0_3 = fma(v44, v67, c0_3);
    c0_4 = fma(v44, v69, c0_4);
    c0_5 = fma(v44, v71, c0_5);
    c0_6 = fma(v44, v73, c0_6);
    c0_7 = fma(v44, v75, c0_7);
    c1_0 = fma(v46, v61, c1_0);
    c1_1 = fma(v46, v63, c1_1);
    c1_2 = fma(v46, v65, c1_2);
    c1_3 = fma(v46, v67, c1_3);
    c1_4 = fma(v46, v69, c1_4);
    c1_5 = fma(v46, v71, c1_5);
    c1_6 = fma(v46, v73, c1_6);
    c1_7 = fma(v46, v75, c1_7);
    c2_0 = fma(v48, v61, c2_0);
    c2_1 = fma(v48, v63, c2_1);
    c2_2 = fma(v48, v65, c2_2);
    c2_3 = fma(v48, v67, c2_3);
    c2_4 = fma(v48, v69, c2_4);
    c2_5 = fma(v48, v71, c2_5);
    c2_6 = fma(v48, v73, c2_6);
    c2_7 = fma(v48, v75, c2_7);
    c3_0 = fma(v50, v61, c3_0);
    c3_1 = fma(v50, v63, c3_1);
    c3_2 = fma(v50, v65, c3_2);
    c3_3 = fma(v50, v67, c3_3);
    c3_4 = fma(v50, v69, c3_4);
    c3_5 = fma(v50, v71, c3_5);
    c3_6 = fma(v50, v73, c3_6);
    c3_7 = fma(v50, v75, c3_7);
    c4_0 = fma(v52, v61, c4_0);
    c4_1 = fma(v52, v63, c4_1);
    c4_2 = fma(v52, v65, c4_2);
    c4_3 = fma(v52, v67, c4_3);
    c4_4 = fma(v52, v69, c4_4);
    c4_5 = fma(v52, v71, c4_5);
    c4_6 = fma(v52, v73, c4_6);
    c4_7 = fma(v52, v75, c4_7);
    c5_0 = fma(v54, v61, c5_0);
    c5_1 = fma(v54, v63, c5_1);
    c5_2 = fma(v54, v65, c5_2);
    c5_3 = fma(v54, v67, c5_3);
    c5_4 = fma(v54, v69, c5_4);
    c5_5 = fma(v54, v71, c5_5);
    c5_6 = fma(v54, v73, c5_6);
    c5_7 = fma(v54, v75, c5_7);
    c6_0 = fma(v56, v61, c6_0);
    c6_1 = fma(v56, v63, c6_1);
    c6_2 = fma(v56, v65, c6_2);
    c6_3 = fma(v56, v67, c6_3);
    c6_4 = fma(v56, v69, c6_4);
    c6_5 = fma(v56, v71, c6_5);
    c6_6 = fma(v56, v73, c6_6);
    c6_7 = fma(v56, v75, c6_7);
    c7_0 = fma(v58, v61, c7_0);
    c7_1 = fma(v58, v63, c7_1);
    c7_2 = fma(v58, v65, c7_2);
    c7_3 = fma(v58, v67, c7_3);
    c7_4 = fma(v58, v69, c7_4);
    c7_5 = fma(v58, v71, c7_5);
    c7_6 = fma(v58, v73, c7_6);
    c7_7 = fma(v58, v75, c7_7);
  }
  {
    let k76: i32 = 2i;
    let v77: i32 = (v0 + k76);
    let v78: f32 = in1[v77];
    let v79: i32 = (v1 + k76);
    let v80: f32 = in1[v79];
    let v81: i32 = (v2 + k76);
    let v82: f32 = in1[v81];
    let v83: i32 = (v3 + k76);
    let v84: f32 = in1[v83];
    let v85: i32 = (v4 + k76);
    let v86: f32 = in1[v85];
    let v87: i32 = (v5 + k76);
    let v88: f32 = in1[v87];
    let v89: i32 = (v6 + k76);
    let v90: f32 = in1[v89];
    let v91: i32 = (v7 + k76);
    let v92: f32 = in1[v91];
    let v93: i32 = (k76 * 8i);
    let v94: i32 = (v93 + i1);
    let v95: f32 = in0[v94];
    let v96: i32 = (v93 + i1_1);
    let v97: f32 = in0[v96];
    let v98: i32 = (v93 + i1_2);
    let v99: f32 = in0[v98];
    let v100: i32 = (v93 + i1_3);
    let v101: f32 = in0[v100];
    let v102: i32 = (v93 + i1_4);
    let v103: f32 = in0[v102];
    let v104: i32 = (v93 + i1_5);
    let v105: f32 = in0[v104];
    let v106: i32 = (v93 + i1_6);
    let v107: f32 = in0[v106];
    let v108: i32 = (v93 + i1_7);
    let v109: f32 = in0[v108];
    c0_0 = fma(v78, v95, c0_0);
    c0_1 = fma(v78, v97, c0_1);
    c0_2 = fma(v78, v99, c0_2);
    c0_3 = fma(v78, v101, c0_3);
    c0_4 = fma(v78, v103, c0_4);
    c0_5 = fma(v78, v105, c0_5);
    c0_6 = fma(v78, v107, c0_6);
    c0_7 = fma(v78, v109, c0_7);
    c1_0 = fma(v80, v95, c1_0);
    c1_1 = fma(v80, v97, c1_1);
    c1_2 = fma(v80, v99, c1_2);
    c1_3 = fma(v80, v101, c1_3);
    c1_4 = fma(v80, v103, c1_4);
    c1_5 = fma(v80, v105, c1_5);
    c1_6 = fma(v80, v107, c1_6);
    c1_7 = fma(v80, v109, c1_7);
    c2_0 = fma(v82, v95, c2_0);
    c2_1 = fma(v82, v97, c2_1);
    c2_2 = fma(v82, v99, c2_2);
    c2_3 = fma(v82, v101, c2_3);
    c2_4 = fma(v82, v103, c2_4);
    c2_5 = fma(v82, v105, c2_5);
    c2_6 = fma(v82, v107, c2_6);
    c2_7 = fma(v82, v109, c2_7);
    c3_0 = fma(v84, v95, c3_0);
    c3_1 = fma(v84, v97, c3_1);
    c3_2 = fma(v84, v99, c3_2);
    c3_3 = fma(v84, v101, c3_3);
    c3_4 = fma(v84, v103, c3_4);
    c3_5 = fma(v84, v105, c3_5);
    c3_6 = fma(v84, v107, c3_6);
    c3_7 = fma(v84, v109, c3_7);
    c4_0 = fma(v86, v95, c4_0);
    c4_1 = fma(v86, v97, c4_1);
    c4_2 = fma(v86, v99, c4_2);
    c4_3 = fma(v86, v101, c4_3);
    c4_4 = fma(v86, v103, c4_4);
    c4_5 = fma(v86, v105, c4_5);
    c4_6 = fma(v86, v107, c4_6);
    c4_7 = fma(v86, v109, c4_7);
    c5_0 = fma(v88, v95, c5_0);
    c5_1 = fma(v88, v97, c5_1);
    c5_2 = fma(v88, v99, c5_2);
    c5_3 = fma(v88, v101, c5_3);
    c5_4 = fma(v88, v103, c5_4);
    c5_5 = fma(v88, v105, c5_5);
    c5_6 = fma(v88, v107, c5_6);
    c5_7 = fma(v88, v109, c5_7);
    c6_0 = fma(v90, v95, c6_0);
    c6_1 = fma(v90, v97, c6_1);
    c6_2 = fma(v90, v99, c6_2);
    c6_3 = fma(v90, v101, c6_3);
    c6_4 = fma(v90, v103, c6_4);
    c6_5 = fma(v90, v105, c6_5);
    c6_6 = fma(v90, v107, c6_6);
    c6_7 = fma(v90, v109, c6_7);
    c7_0 = fma(v92, v95, c7_0);
    c7_1 = fma(v92, v97, c7_1);
    c7_2 = fma(v92, v99, c7_2);
    c7_3 = fma(v92, v101, c7_3);
    c7_4 = fma(v92, v103, c7_4);
    c7_5 = fma(v92, v105, c7_5);
    c7_6 = fma(v92, v107, c7_6);
    c7_7 = fma(v92, v109, c7_7);
  }
  {
    let k110: i32 = 3i;
    let v111: i32 = (v0 + k110);
    let v112: f32 = in1[v111];
    let v113: i32 = (v1 + k110);
    let v114: f32 = in1[v113];
    let v115: i32 = (v2 + k110);
    let v116: f32 = in1[v115];
    let v117: i32 = (v3 + k110);
    let v118: f32 = in1[v117];
    let v119: i32 = (v4 + k110);
    let v120: f32 = in1[v119];
    let v121: i32 = (v5 + k110);
    let v122: f32 = in1[v121];
    let v123: i32 = (v6 + k110);
    let v124: f32 = in1[v123];
    let v125: i32 = (v7 + k110);
    let v126: f32 = in1[v125];
    let v127: i32 = (k110 * 8i);
    let v128: i32 = (v127 + i1);
    let v129: f32 = in0[v128];
    let v130: i32 = (v127 + i1_1);
    let v131: f32 = in0[v130];
    let v132: i32 = (v127 + i1_2);
    let v133: f32 = in0[v132];
    let v134: i32 = (v127 + i1_3);
    let v135: f32 = in0[v134];
    let v136: i32 = (v127 + i1_4);
    let v137: f32 = in0[v136];
    let v138: i32 = (v127 + i1_5);
    let v139: f32 = in0[v138];
    let v140: i32 = (v127 + i1_6);
    let v141: f32 = in0[v140];
    let v142: i32 = (v127 + i1_7);
    let v143: f32 = in0[v142];
    c0_0 = fma(v112, v129, c0_0);
    c0_1 = fma(v112, v131, c0_1);
    c0_2 = fma(v112, v133, c0_2);
    c0_3 = fma(v112, v135, c0_3);
    c0_4 = fma(v112, v137, c0_4);
    c0_5 = fma(v112, v139, c0_5);
    c0_6 = fma(v112, v141, c0_6);
    c0_7 = fma(v112, v143, c0_7);
    c1_0 = fma(v114, v129, c1_0);
    c1_1 = fma(v114, v131, c1_1);
    c1_2 = fma(v114, v133, c1_2);
    c1_3 = fma(v114, v135, c1_3);
    c1_4 = fma(v114, v137, c1_4);
    c1_5 = fma(v114, v139, c1_5);
    c1_6 = fma(v114, v141, c1_6);
    c1_7 = fma(v114, v143, c1_7);
    c2_0 = fma(v116, v129, c2_0);
    c2_1 = fma(v116, v131, c2_1);
    c2_2 = fma(v116, v133, c2_2);
    c2_3 = fma(v116, v135, c2_3);
    c2_4 = fma(v116, v137, c2_4);
    c2_5 = fma(v116, v139, c2_5);
    c2_6 = fma(v116, v141, c2_6);
    c2_7 = fma(v116, v143, c2_7);
    c3_0 = fma(v118, v129, c3_0);
    c3_1 = fma(v118, v131, c3_1);
    c3_2 = fma(v118, v133, c3_2);
    c3_3 = fma(v118, v135, c3_3);
    c3_4 = fma(v118, v137, c3_4);
    c3_5 = fma(v118, v139, c3_5);
    c3_6 = fma(v118, v141, c3_6);
    c3_7 = fma(v118, v143, c3_7);
    c4_0 = fma(v120, v129, c4_0);
    c4_1 = fma(v120, v131, c4_1);
    c4_2 = fma(v120, v133, c4_2);
    c4_3 = fma(v120, v135, c4_3);
    c4_4 = fma(v120, v137, c4_4);
    c4_5 = fma(v120, v139, c4_5);
    c4_6 = fma(v120, v141, c4_6);
    c4_7 = fma(v120, v143, c4_7);
    c5_0 = fma(v122, v129, c5_0);
    c5_1 = fma(v122, v131, c5_1);
    c5_2 = fma(v122, v133, c5_2);
    c5_3 = fma(v122, v135, c5_3);
    c5_4 = fma(v122, v137, c5_4);
    c5_5 = fma(v122, v139, c5_5);
    c5_6 = fma(v122, v141, c5_6);
    c5_7 = fma(v122, v143, c5_7);
    c6_0 = fma(v124, v129, c6_0);
    c6_1 = fma(v124, v131, c6_1);
    c6_2 = fma(v124, v133, c6_2);
    c6_3 = fma(v124, v135, c6_3);
    c6_4 = fma(v124, v137, c6_4);
    c6_5 = fma(v124, v139, c6_5);
    c6_6 = fma(v124, v141, c6_6);
    c6_7 = fma(v124, v143, c6_7);
    c7_0 = fma(v126, v129, c7_0);
    c7_1 = fma(v126, v131, c7_1);
    c7_2 = fma(v126, v133, c7_2);
    c7_3 = fma(v126, v135, c7_3);
    c7_4 = fma(v126, v137, c7_4);
    c7_5 = fma(v126, v139, c7_5);
    c7_6 = fma(v126, v141, c7_6);
    c7_7 = fma(v126, v143, c7_7);
  }
  {
    let v144: i32 = (i0 * 8i);
    let v145: i32 = (v144 + i1);
    out0[v145] = c0_0;
  }
  {
    let v146: i32 = (i0 * 8i);
    let v147: i32 = (v146 + i1_1);
    out0[v147] = c0_1;
  }
  {
    let v148: i32 = (i0 * 8i);
    let v149: i32 = (v148 + i1_2);
    out0[v149] = c0_2;
  }
  {
    let v150: i32 = (i0 * 8i);
    let v151: i32 = (v150 + i1_3);
    out0[v151] = c0_3;
  }
  {
    let v152: i32 = (i0 * 8i);
    let v153: i32 = (v152 + i1_4);
    out0[v153] = c0_4;
  }
  {
    let v154: i32 = (i0 * 8i);
    let v155: i32 = (v154 + i1_5);
    out0[v155] = c0_5;
  }
  {
    let v156: i32 = (i0 * 8i);
    let v157: i32 = (v156 + i1_6);
    out0[v157] = c0_6;
  }
  {
    let v158: i32 = (i0 * 8i);
    let v159: i32 = (v158 + i1_7);
    out0[v159] = c0_7;
  }
  {
    let v160: i32 = (i0_1 * 8i);
    let v161: i32 = (v160 + i1);
    out0[v161] = c1_0;
  }
  {
    let v162: i32 = (i0_1 * 8i);
    let v163: i32 = (v162 + i1_1);
    out0[v163] = c1_1;
  }
  {
    let v164: i32 = (i0_1 * 8i);
    let v165: i32 = (v164 + i1_2);
    out0[v165] = c1_2;
  }
  {
    let v166: i32 = (i0_1 * 8i);
    let v167: i32 = (v166 + i1_3);
    out0[v167] = c1_3;
  }
  {
    let v168: i32 = (i0_1 * 8i);
    let v169: i32 = (v168 + i1_4);
    out0[v169] = c1_4;
  }
  {
    let v170: i32 = (i0_1 * 8i);
    let v171: i32 = (v170 + i1_5);
    out0[v171] = c1_5;
  }
  {
    let v172: i32 = (i0_1 * 8i);
    let v173: i32 = (v172 + i1_6);
    out0[v173] = c1_6;
  }
  {
    let v174: i32 = (i0_1 * 8i);
    let v175: i32 = (v174 + i1_7);
    out0[v175] = c1_7;
  }
  {
    let v176: i32 = (i0_2 * 8i);
    let v177: i32 = (v176 + i1);
    out0[v177] = c2_0;
  }
  {
    let v178: i32 = (i0_2 * 8i);
    let v179: i32 = (v178 + i1_1);
    out0[v179] = c2_1;
  }
  {
    let v180: i32 = (i0_2 * 8i);
    let v181: i32 = (v180 + i1_2);
    out0[v181] = c2_2;
  }
  {
    let v182: i32 = (i0_2 * 8i);
    let v183: i32 = (v182 + i1_3);
    out0[v183] = c2_3;
  }
  {
    let v184: i32 = (i0_2 * 8i);
    let v185: i32 = (v184 + i1_4);
    out0[v185] = c2_4;
  }
  {
    let v186: i32 = (i0_2 * 8i);
    let v187: i32 = (v186 + i1_5);
    out0[v187] = c2_5;
  }
  {
    let v188: i32 = (i0_2 * 8i);
    let v189: i32 = (v188 + i1_6);
    out0[v189] = c2_6;
  }
  {
    let v190: i32 = (i0_2 * 8i);
    let v191: i32 = (v190 + i1_7);
    out0[v191] = c2_7;
  }
  {
    let v192: i32 = (i0_3 * 8i);
    let v193: i32 = (v192 + i1);
    out0[v193] = c3_0;
  }
  {
    let v194: i32 = (i0_3 * 8i);
    let v195: i32 = (v194 + i1_1);
    out0[v195] = c3_1;
  }
  {
    let v196: i32 = (i0_3 * 8i);
    let v197: i32 = (v196 + i1_2);
    out0[v197] = c3_2;
  }
  {
    let v198: i32 = (i0_3 * 8i);
    let v199: i32 = (v198 + i1_3);
    out0[v199] = c3_3;
  }
  {
    let v200: i32 = (i0_3 * 8i);
    let v201: i32 = (v200 + i1_4);
    out0[v201] = c3_4;
  }
  {
    let v202: i32 = (i0_3 * 8i);
    let v203: i32 = (v202 + i1_5);
    out0[v203] = c3_5;
  }
  {
    let v204: i32 = (i0_3 * 8i);
    let v205: i32 = (v204 + i1_6);
    out0[v205] = c3_6;
  }
  {
    let v206: i32 = (i0_3 * 8i);
    let v207: i32 = (v206 + i1_7);
    out0[v207] = c3_7;
  }
  {
    let v208: i32 = (i0_4 * 8i);
    let v209: i32 = (v208 + i1);
    out0[v209] = c4_0;
  }
  {
    let v210: i32 = (i0_4 * 8i);
    let v211: i32 = (v210 + i1_1);
    out0[v211] = c4_1;
  }
  {
    let v212: i32 = (i0_4 * 8i);
    let v213: i32 = (v212 + i1_2);
    out0[v213] = c4_2;
  }
  {
    let v214: i32 = (i0_4 * 8i);
    let v215: i32 = (v214 + i1_3);
    out0[v215] = c4_3;
  }
  {
    let v216: i32 = (i0_4 * 8i);
    let v217: i32 = (v216 + i1_4);
    out0[v217] = c4_4;
  }
  {
    let v218: i32 = (i0_4 * 8i);
    let v219: i32 = (v218 + i1_5);
    out0[v219] = c4_5;
  }
  {
    let v220: i32 = (i0_4 * 8i);
    let v221: i32 = (v220 + i1_6);
    out0[v221] = c4_6;
  }
  {
    let v222: i32 = (i0_4 * 8i);
    let v223: i32 = (v222 + i1_7);
    out0[v223] = c4_7;
  }
  {
    let v224: i32 = (i0_5 * 8i);
    let v225: i32 = (v224 + i1);
    out0[v225] = c5_0;
  }
  {
    let v226: i32 = (i0_5 * 8i);
    let v227: i32 = (v226 + i1_1);
    out0[v227] = c5_1;
  }
  {
    let v228: i32 = (i0_5 * 8i);
    let v229: i32 = (v228 + i1_2);
    out0[v229] = c5_2;
  }
  {
    let v230: i32 = (i0_5 * 8i);
    let v231: i32 = (v230 + i1_3);
    out0[v231] = c5_3;
  }
  {
    let v232: i32 = (i0_5 * 8i);
    let v233: i32 = (v232 + i1_4);
    out0[v233] = c5_4;
  }
  {
    let v234: i32 = (i0_5 * 8i);
    let v235: i32 = (v234 + i1_5);
    out0[v235] = c5_5;
  }
  {
    let v236: i32 = (i0_5 * 8i);
    let v237: i32 = (v236 + i1_6);
    out0[v237] = c5_6;
  }
  {
    let v238: i32 = (i0_5 * 8i);
    let v239: i32 = (v238 + i1_7);
    out0[v239] = c5_7;
  }
  {
    let v240: i32 = (i0_6 * 8i);
    let v241: i32 = (v240 + i1);
    out0[v241] = c6_0;
  }
  {
    let v242: i32 = (i0_6 * 8i);
    let v243: i32 = (v242 + i1_1);
    out0[v243] = c6_1;
  }
  {
    let v244: i32 = (i0_6 * 8i);
    let v245: i32 = (v244 + i1_2);
    out0[v245] = c6_2;
  }
  {
    let v246: i32 = (i0_6 * 8i);
    let v247: i32 = (v246 + i1_3);
    out0[v247] = c6_3;
  }
  {
    let v248: i32 = (i0_6 * 8i);
    let v249: i32 = (v248 + i1_4);
    out0[v249] = c6_4;
  }
  {
    let v250: i32 = (i0_6 * 8i);
    let v251: i32 = (v250 + i1_5);
    out0[v251] = c6_5;
  }
  {
    let v252: i32 = (i0_6 * 8i);
    let v253: i32 = (v252 + i1_6);
    out0[v253] = c6_6;
  }
  {
    let v254: i32 = (i0_6 * 8i);
    let v255: i32 = (v254 + i1_7);
    out0[v255] = c6_7;
  }
  {
    let v256: i32 = (i0_7 * 8i);
    let v257: i32 = (v256 + i1);
    out0[v257] = c7_0;
  }
  {
    let v258: i32 = (i0_7 * 8i);
    let v259: i32 = (v258 + i1_1);
    out0[v259] = c7_1;
  }
  {
    let v260: i32 = (i0_7 * 8i);
    let v261: i32 = (v260 + i1_2);
    out0[v261] = c7_2;
  }
  {
    let v262: i32 = (i0_7 * 8i);
    let v263: i32 = (v262 + i1_3);
    out0[v263] = c7_3;
  }
  {
    let v264: i32 = (i0_7 * 8i);
    let v265: i32 = (v264 + i1_4);
    out0[v265] = c7_4;
  }
  {
    let v266: i32 = (i0_7 * 8i);
    let v267: i32 = (v266 + i1_5);
    out0[v267] = c7_5;
  }
  {
    let v268: i32 = (i0_7 * 8i);
    let v269: i32 = (v268 + i1_6);
    out0[v269] = c7_6;
  }
  {
    let v270: i32 = (i0_7 * 8i);
    let v271: i32 = (v270 + i1_7);
    out0[v271] = c7_7;
  }
}

// kernax kernel k1: contract, pinned profile
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@compute @workgroup_size(8)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
  let grp: i32 = i32(wid.x + wid.y * 1u);
  let lf: i32 = i32(lid);
  if (lf >= 2i) { return; }
  let t0: i32 = lf;
  let t1: i32 = 0i;
  let i0: i32 = t0 * 8i;
  let i0_1: i32 = i0 + 1i;
  let i0_2: i32 = i0 + 2i;
  let i0_3: i32 = i0 + 3i;
  let i0_4: i32 = i0 + 4i;
  let i0_5: i32 = i0 + 5i;
  let i0_6: i32 = i0 + 6i;
  let i0_7: i32 = i0 + 7i;
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
  var c4_0: f32 = 0.0f;
  var c4_1: f32 = 0.0f;
  var c5_0: f32 = 0.0f;
  var c5_1: f32 = 0.0f;
  var c6_0: f32 = 0.0f;
  var c6_1: f32 = 0.0f;
  var c7_0: f32 = 0.0f;
  var c7_1: f32 = 0.0f;
  let v0: i32 = (i0 * 8i);
  let v1: i32 = (i0_1 * 8i);
  let v2: i32 = (i0_2 * 8i);
  let v3: i32 = (i0_3 * 8i);
  let v4: i32 = (i0_4 * 8i);
  let v5: i32 = (i0_5 * 8i);
  let v6: i32 = (i0_6 * 8i);
  let v7: i32 = (i0_7 * 8i);
  {
    let k8: i32 = 0i;
    let v9: f32 = in0[k8];
    let v10: i32 = (v0 + k8);
    let v11: f32 = in2[v10];
    let v12: f32 = (v11 + v9);
    let v13: bool = (v12 <= 0.0f);
    let v14: f32 = select(v12, 0.0f, v13);
    let v15: i32 = (v1 + k8);
    let v16: f32 = in2[v15];
    let v17: f32 = (v16 + v9);
    let v18: bool = (v17 <= 0.0f);
    let v19: f32 = select(v17, 0.0f, v18);
    let v20: i32 = (v2 + k8);
    let v21: f32 = in2[v20];
    let v22: f32 = (v21 + v9);
    let v23: bool = (v22 <= 0.0f);
    let v24: f32 = select(v22, 0.0f, v23);
    let v25: i32 = (v3 + k8);
    let v26: f32 = in2[v25];
    let v27: f32 = (v26 + v9);
    let v28: bool = (v27 <= 0.0f);
    let v29: f32 = select(v27, 0.0f, v28);
    let v30: i32 = (v4 + k8);
    let v31: f32 = in2[v30];
    let v32: f32 = (v31 + v9);
    let v33: bool = (v32 <= 0.0f);
    let v34: f32 = select(v32, 0.0f, v33);
    let v35: i32 = (v5 + k8);
    let v36: f32 = in2[v35];
    let v37: f32 = (v36 + v9);
    let v38: bool = (v37 <= 0.0f);
    let v39: f32 = select(v37, 0.0f, v38);
    let v40: i32 = (v6 + k8);
    let v41: f32 = in2[v40];
    let v42: f32 = (v41 + v9);
    let v43: bool = (v42 <= 0.0f);
    let v44: f32 = select(v42, 0.0f, v43);
    let v45: i32 = (v7 + k8);
    let v46: f32 = in2[v45];
    let v47: f32 = (v46 + v9);
    let v48: bool = (v47 <= 0.0f);
    let v49: f32 = select(v47, 0.0f, v48);
    let v50: i32 = (k8 * 2i);
    let v51: i32 = (v50 + i1);
    let v52: f32 = in1[v51];
    let v53: i32 = (v50 + i1_1);
    let v54: f32 = in1[v53];
    c0_0 = fma(v14, v52, c0_0);
    c0_1 = fma(v14, v54, c0_1);
    c1_0 = fma(v19, v52, c1_0);
    c1_1 = fma(v19, v54, c1_1);
    c2_0 = fma(v24, v52, c2_0);
    c2_1 = fma(v24, v54, c2_1);
    c3_0 = fma(v29, v52, c3_0);
    c3_1 = fma(v29, v54, c3_1);
    c4_0 = fma(v34, v52, c4_0);
    c4_1 = fma(v34, v54, c4_1);
    c5_0 = fma(v39, v52, c5_0);
    c5_1 = fma(v39, v54, c5_1);
    c6_0 = fma(v44, v52, c6_0);
    c6_1 = fma(v44, v54, c6_1);
    c7_0 = fma(v49, v52, c7_0);
    c7_1 = fma(v49, v54, c7_1);
  }
  {
    let k55: i32 = 1i;
    let v56: f32 = in0[k55];
    let v57: i32 = (v0 + k55);
    let v58: f32 = in2[v57];
    let v59: f32 = (v58 + v56);
    let v60: bool = (v59 <= 0.0f);
    let v61: f32 = select(v59, 0.0f, v60);
    let v62: i32 = (v1 + k55);
    let v63: f32 = in2[v62];
    let v64: f32 = (v63 + v56);
    let v65: bool = (v64 <= 0.0f);
    let v66: f32 = select(v64, 0.0f, v65);
    let v67: i32 = (v2 + k55);
    let v68: f32 = in2[v67];
    let v69: f32 = (v68 + v56);
    let v70: bool = (v69 <= 0.0f);
    let v71: f32 = select(v69, 0.0f, v70);
    let v72: i32 = (v3 + k55);
    let v73: f32 = in2[v72];
    let v74: f32 = (v73 + v56);
    let v75: bool = (v74 <= 0.0f);
    let v76: f32 = select(v74, 0.0f, v75);
    let v77: i32 = (v4 + k55);
    let v78: f32 = in2[v77];
    let v79: f32 = (v78 + v56);
    let v80: bool = (v79 <= 0.0f);
    let v81: f32 = select(v79, 0.0f, v80);
    let v82: i32 = (v5 + k55);
    let v83: f32 = in2[v82];
    let v84: f32 = (v83 + v56);
    let v85: bool = (v84 <= 0.0f);
    let v86: f32 = select(v84, 0.0f, v85);
    let v87: i32 = (v6 + k55);
    let v88: f32 = in2[v87];
    let v89: f32 = (v88 + v56);
    let v90: bool = (v89 <= 0.0f);
    let v91: f32 = select(v89, 0.0f, v90);
    let v92: i32 = (v7 + k55);
    let v93: f32 = in2[v92];
    let v94: f32 = (v93 + v56);
    let v95: bool = (v94 <= 0.0f);
    let v96: f32 = select(v94, 0.0f, v95);
    let v97: i32 = (k55 * 2i);
    let v98: i32 = (v97 + i1);
    let v99: f32 = in1[v98];
    let v100: i32 = (v97 + i1_1);
    let v101: f32 = in1[v100];
    c0_0 = fma(v61, v99, c0_0);
    c0_1 = fma(v61, v101, c0_1);
    c1_0 = fma(v66, v99, c1_0);
    c1_1 = fma(v66, v101, c1_1);
    c2_0 = fma(v71, v99, c2_0);
    c2_1 = fma(v71, v101, c2_1);
    c3_0 = fma(v76, v99, c3_0);
    c3_1 = fma(v76, v101, c3_1);
    c4_0 = fma(v81, v99, c4_0);
    c4_1 = fma(v81, v101, c4_1);
    c5_0 = fma(v86, v99, c5_0);
    c5_1 = fma(v86, v101, c5_1);
    c6_0 = fma(v91, v99, c6_0);
    c6_1 = fma(v91, v101, c6_1);
    c7_0 = fma(v96, v99, c7_0);
    c7_1 = fma(v96, v101, c7_1);
  }
  {
    let k102: i32 = 2i;
    let v103: f32 = in0[k102];
    let v104: i32 = (v0 + k102);
    let v105: f32 = in2[v104];
    let v106: f32 = (v105 + v103);
    let v107: bool = (v106 <= 0.0f);
    let v108: f32 = select(v106, 0.0f, v107);
    let v109: i32 = (v1 + k102);
    let v110: f32 = in2[v109];
    let v111: f32 = (v110 + v103);
    let v112: bool = (v111 <= 0.0f);
    let v113: f32 = select(v111, 0.0f, v112);
    let v114: i32 = (v2 + k102);
    let v115: f32 = in2[v114];
    let v116: f32 = (v115 + v103);
    let v117: bool = (v116 <= 0.0f);
    let v118: f32 = select(v116, 0.0f, v117);
    let v119: i32 = (v3 + k102);
    let v120: f32 = in2[v119];
    let v121: f32 = (v120 + v103);
    let v122: bool = (v121 <= 0.0f);
    let v123: f32 = select(v121, 0.0f, v122);
    let v124: i32 = (v4 + k102);
    let v125: f32 = in2[v124];
    let v126: f32 = (v125 + v103);
    let v127: bool = (v126 <= 0.0f);
    let v128: f32 = select(v126, 0.0f, v127);
    let v129: i32 = (v5 + k102);
    let v130: f32 = in2[v129];
    let v131: f32 = (v130 + v103);
    let v132: bool = (v131 <= 0.0f);
    let v133: f32 = select(v131, 0.0f, v132);
    let v134: i32 = (v6 + k102);
    let v135: f32 = in2[v134];
    let v136: f32 = (v135 + v103);
    let v137: bool = (v136 <= 0.0f);
    let v138: f32 = select(v136, 0.0f, v137);
    let v139: i32 = (v7 + k102);
    let v140: f32 = in2[v139];
    let v141: f32 = (v140 + v103);
    let v142: bool = (v141 <= 0.0f);
    let v143: f32 = select(v141, 0.0f, v142);
    let v144: i32 = (k102 * 2i);
    let v145: i32 = (v144 + i1);
    let v146: f32 = in1[v145];
    let v147: i32 = (v144 + i1_1);
    let v148: f32 = in1[v147];
    c0_0 = fma(v108, v146, c0_0);
    c0_1 = fma(v108, v148, c0_1);
    c1_0 = fma(v113, v146, c1_0);
    c1_1 = fma(v113, v148, c1_1);
    c2_0 = fma(v118, v146, c2_0);
    c2_1 = fma(v118, v148, c2_1);
    c3_0 = fma(v123, v146, c3_0);
    c3_1 = fma(v123, v148, c3_1);
    c4_0 = fma(v128, v146, c4_0);
    c4_1 = fma(v128, v148, c4_1);
    c5_0 = fma(v133, v146, c5_0);
    c5_1 = fma(v133, v148, c5_1);
    c6_0 = fma(v138, v146, c6_0);
    c6_1 = fma(v138, v148, c6_1);
    c7_0 = fma(v143, v146, c7_0);
    c7_1 = fma(v143, v148, c7_1);
  }
  {
    let k149: i32 = 3i;
    let v150: f32 = in0[k149];
    let v151: i32 = (v0 + k149);
    let v152: f32 = in2[v151];
    let v153: f32 = (v152 + v150);
    let v154: bool = (v153 <= 0.0f);
    let v155: f32 = select(v153, 0.0f, v154);
    let v156: i32 = (v1 + k149);
    let v157: f32 = in2[v156];
    let v158: f32 = (v157 + v150);
    let v159: bool = (v158 <= 0.0f);
    let v160: f32 = select(v158, 0.0f, v159);
    let v161: i32 = (v2 + k149);
    let v162: f32 = in2[v161];
    let v163: f32 = (v162 + v150);
    let v164: bool = (v163 <= 0.0f);
    let v165: f32 = select(v163, 0.0f, v164);
    let v166: i32 = (v3 + k149);
    let v167: f32 = in2[v166];
    let v168: f32 = (v167 + v150);
    let v169: bool = (v168 <= 0.0f);
    let v170: f32 = select(v168, 0.0f, v169);
    let v171: i32 = (v4 + k149);
    let v172: f32 = in2[v171];
    let v173: f32 = (v172 + v150);
    let v174: bool = (v173 <= 0.0f);
    let v175: f32 = select(v173, 0.0f, v174);
    let v176: i32 = (v5 + k149);
    let v177: f32 = in2[v176];
    let v178: f32 = (v177 + v150);
    let v179: bool = (v178 <= 0.0f);
    let v180: f32 = select(v178, 0.0f, v179);
    let v181: i32 = (v6 + k149);
    let v182: f32 = in2[v181];
    let v183: f32 = (v182 + v150);
    let v184: bool = (v183 <= 0.0f);
    let v185: f32 = select(v183, 0.0f, v184);
    let v186: i32 = (v7 + k149);
    let v187: f32 = in2[v186];
    let v188: f32 = (v187 + v150);
    let v189: bool = (v188 <= 0.0f);
    let v190: f32 = select(v188, 0.0f, v189);
    let v191: i32 = (k149 * 2i);
    let v192: i32 = (v191 + i1);
    let v193: f32 = in1[v192];
    let v194: i32 = (v191 + i1_1);
    let v195: f32 = in1[v194];
    c0_0 = fma(v155, v193, c0_0);
    c0_1 = fma(v155, v195, c0_1);
    c1_0 = fma(v160, v193, c1_0);
    c1_1 = fma(v160, v195, c1_1);
    c2_0 = fma(v165, v193, c2_0);
    c2_1 = fma(v165, v195, c2_1);
    c3_0 = fma(v170, v193, c3_0);
    c3_1 = fma(v170, v195, c3_1);
    c4_0 = fma(v175, v193, c4_0);
    c4_1 = fma(v175, v195, c4_1);
    c5_0 = fma(v180, v193, c5_0);
    c5_1 = fma(v180, v195, c5_1);
    c6_0 = fma(v185, v193, c6_0);
    c6_1 = fma(v185, v195, c6_1);
    c7_0 = fma(v190, v193, c7_0);
    c7_1 = fma(v190, v195, c7_1);
  }
  {
    let k196: i32 = 4i;
    let v197: f32 = in0[k196];
    let v198: i32 = (v0 + k196);
    let v199: f32 = in2[v198];
    let v200: f32 = (v199 + v197);
    let v201: bool = (v200 <= 0.0f);
    let v202: f32 = select(v200, 0.0f, v201);
    let v203: i32 = (v1 + k196);
    let v204: f32 = in2[v203];
    let v205: f32 = (v204 + v197);
    let v206: bool = (v205 <= 0.0f);
    let v207: f32 = select(v205, 0.0f, v206);
    let v208: i32 = (v2 + k196);
    let v209: f32 = in2[v208];
    let v210: f32 = (v209 + v197);
    let v211: bool = (v210 <= 0.0f);
    let v212: f32 = select(v210, 0.0f, v211);
    let v213: i32 = (v3 + k196);
    let v214: f32 = in2[v213];
    let v215: f32 = (v214 + v197);
    let v216: bool = (v215 <= 0.0f);
    let v217: f32 = select(v215, 0.0f, v216);
    let v218: i32 = (v4 + k196);
    let v219: f32 = in2[v218];
    let v220: f32 = (v219 + v197);
    let v221: bool = (v220 <= 0.0f);
    let v222: f32 = select(v220, 0.0f, v221);
    let v223: i32 = (v5 + k196);
    let v224: f32 = in2[v223];
    let v225: f32 = (v224 + v197);
    let v226: bool = (v225 <= 0.0f);
    let v227: f32 = select(v225, 0.0f, v226);
    let v228: i32 = (v6 + k196);
    let v229: f32 = in2[v228];
    let v230: f32 = (v229 + v197);
    let v231: bool = (v230 <= 0.0f);
    let v232: f32 = select(v230, 0.0f, v231);
    let v233: i32 = (v7 + k196);
    let v234: f32 = in2[v233];
    let v235: f32 = (v234 + v197);
    let v236: bool = (v235 <= 0.0f);
    let v237: f32 = select(v235, 0.0f, v236);
    let v238: i32 = (k196 * 2i);
    let v239: i32 = (v238 + i1);
    let v240: f32 = in1[v239];
    let v241: i32 = (v238 + i1_1);
    let v242: f32 = in1[v241];
    c0_0 = fma(v202, v240, c0_0);
    c0_1 = fma(v202, v242, c0_1);
    c1_0 = fma(v207, v240, c1_0);
    c1_1 = fma(v207, v242, c1_1);
    c2_0 = fma(v212, v240, c2_0);
    c2_1 = fma(v212, v242, c2_1);
    c3_0 = fma(v217, v240, c3_0);
    c3_1 = fma(v217, v242, c3_1);
    c4_0 = fma(v222, v240, c4_0);
    c4_1 = fma(v222, v242, c4_1);
    c5_0 = fma(v227, v240, c5_0);
    c5_1 = fma(v227, v242, c5_1);
    c6_0 = fma(v232, v240, c6_0);
    c6_1 = fma(v232, v242, c6_1);
    c7_0 = fma(v237, v240, c7_0);
    c7_1 = fma(v237, v242, c7_1);
  }
  {
    let k243: i32 = 5i;
    let v244: f32 = in0[k243];
    let v245: i32 = (v0 + k243);
    let v246: f32 = in2[v245];
    let v247: f32 = (v246 + v244);
    let v248: bool = (v247 <= 0.0f);
    let v249: f32 = select(v247, 0.0f, v248);
    let v250: i32 = (v1 + k243);
    let v251: f32 = in2[v250];
    let v252: f32 = (v251 + v244);
    let v253: bool = (v252 <= 0.0f);
    let v254: f32 = select(v252, 0.0f, v253);
    let v255: i32 = (v2 + k243);
    let v256: f32 = in2[v255];
    let v257: f32 = (v256 + v244);
    let v258: bool = (v257 <= 0.0f);
    let v259: f32 = select(v257, 0.0f, v258);
    let v260: i32 = (v3 + k243);
    let v261: f32 = in2[v260];
    let v262: f32 = (v261 + v244);
    let v263: bool = (v262 <= 0.0f);
    let v264: f32 = select(v262, 0.0f, v263);
    let v265: i32 = (v4 + k243);
    let v266: f32 = in2[v265];
    let v267: f32 = (v266 + v244);
    let v268: bool = (v267 <= 0.0f);
    let v269: f32 = select(v267, 0.0f, v268);
    let v270: i32 = (v5 + k243);
    let v271: f32 = in2[v270];
    let v272: f32 = (v271 + v244);
    let v273: bool = (v272 <= 0.0f);
    let v274: f32 = select(v272, 0.0f, v273);
    let v275: i32 = (v6 + k243);
    let v276: f32 = in2[v275];
    let v277: f32 = (v276 + v244);
    let v278: bool = (v277 <= 0.0f);
    let v279: f32 = select(v277, 0.0f, v278);
    let v280: i32 = (v7 + k243);
    let v281: f32 = in2[v280];
    let v282: f32 = (v281 + v244);
    let v283: bool = (v282 <= 0.0f);
    let v284: f32 = select(v282, 0.0f, v283);
    let v285: i32 = (k243 * 2i);
    let v286: i32 = (v285 + i1);
    let v287: f32 = in1[v286];
    let v288: i32 = (v285 + i1_1);
    let v289: f32 = in1[v288];
    c0_0 = fma(v249, v287, c0_0);
    c0_1 = fma(v249, v289, c0_1);
    c1_0 = fma(v254, v287, c1_0);
    c1_1 = fma(v254, v289, c1_1);
    c2_0 = fma(v259, v287, c2_0);
    c2_1 = fma(v259, v289, c2_1);
    c3_0 = fma(v264, v287, c3_0);
    c3_1 = fma(v264, v289, c3_1);
    c4_0 = fma(v269, v287, c4_0);
    c4_1 = fma(v269, v289, c4_1);
    c5_0 = fma(v274, v287, c5_0);
    c5_1 = fma(v274, v289, c5_1);
    c6_0 = fma(v279, v287, c6_0);
    c6_1 = fma(v279, v289, c6_1);
    c7_0 = fma(v284, v287, c7_0);
    c7_1 = fma(v284, v289, c7_1);
  }
  {
    let k290: i32 = 6i;
    let v291: f32 = in0[k290];
    let v292: i32 = (v0 + k290);
    let v293: f32 = in2[v292];
    let v294: f32 = (v293 + v291);
    let v295: bool = (v294 <= 0.0f);
    let v296: f32 = select(v294, 0.0f, v295);
    let v297: i32 = (v1 + k290);
    let v298: f32 = in2[v297];
    let v299: f32 = (v298 + v291);
    let v300: bool = (v299 <= 0.0f);
    let v301: f32 = select(v299, 0.0f, v300);
    let v302: i32 = (v2 + k290);
    let v303: f32 = in2[v302];
    let v304: f32 = (v303 + v291);
    let v305: bool = (v304 <= 0.0f);
    let v306: f32 = select(v304, 0.0f, v305);
    let v307: i32 = (v3 + k290);
    let v308: f32 = in2[v307];
    let v309: f32 = (v308 + v291);
    let v310: bool = (v309 <= 0.0f);
    let v311: f32 = select(v309, 0.0f, v310);
    let v312: i32 = (v4 + k290);
    let v313: f32 = in2[v312];
    let v314: f32 = (v313 + v291);
    let v315: bool = (v314 <= 0.0f);
    let v316: f32 = select(v314, 0.0f, v315);
    let v317: i32 = (v5 + k290);
    let v318: f32 = in2[v317];
    let v319: f32 = (v318 + v291);
    let v320: bool = (v319 <= 0.0f);
    let v321: f32 = select(v319, 0.0f, v320);
    let v322: i32 = (v6 + k290);
    let v323: f32 = in2[v322];
    let v324: f32 = (v323 + v291);
    let v325: bool = (v324 <= 0.0f);
    let v326: f32 = select(v324, 0.0f, v325);
    let v327: i32 = (v7 + k290);
    let v328: f32 = in2[v327];
    let v329: f32 = (v328 + v291);
    let v330: bool = (v329 <= 0.0f);
    let v331: f32 = select(v329, 0.0f, v330);
    let v332: i32 = (k290 * 2i);
    let v333: i32 = (v332 + i1);
    let v334: f32 = in1[v333];
    let v335: i32 = (v332 + i1_1);
    let v336: f32 = in1[v335];
    c0_0 = fma(v296, v334, c0_0);
    c0_1 = fma(v296, v336, c0_1);
    c1_0 = fma(v301, v334, c1_0);
    c1_1 = fma(v301, v336, c1_1);
    c2_0 = fma(v306, v334, c2_0);
    c2_1 = fma(v306, v336, c2_1);
    c3_0 = fma(v311, v334, c3_0);
    c3_1 = fma(v311, v336, c3_1);
    c4_0 = fma(v316, v334, c4_0);
    c4_1 = fma(v316, v336, c4_1);
    c5_0 = fma(v321, v334, c5_0);
    c5_1 = fma(v321, v336, c5_1);
    c6_0 = fma(v326, v334, c6_0);
    c6_1 = fma(v326, v336, c6_1);
    c7_0 = fma(v331, v334, c7_0);
    c7_1 = fma(v331, v336, c7_1);
  }
  {
    let k337: i32 = 7i;
    let v338: f32 = in0[k337];
    let v339: i32 = (v0 + k337);
    let v340: f32 = in2[v339];
    let v341: f32 = (v340 + v338);
    let v342: bool = (v341 <= 0.0f);
    let v343: f32 = select(v341, 0.0f, v342);
    let v344: i32 = (v1 + k337);
    let v345: f32 = in2[v344];
    let v346: f32 = (v345 + v338);
    let v347: bool = (v346 <= 0.0f);
    let v348: f32 = select(v346, 0.0f, v347);
    let v349: i32 = (v2 + k337);
    let v350: f32 = in2[v349];
    let v351: f32 = (v350 + v338);
    let v352: bool = (v351 <= 0.0f);
    let v353: f32 = select(v351, 0.0f, v352);
    let v354: i32 = (v3 + k337);
    let v355: f32 = in2[v354];
    let v356: f32 = (v355 + v338);
    let v357: bool = (v356 <= 0.0f);
    let v358: f32 = select(v356, 0.0f, v357);
    let v359: i32 = (v4 + k337);
    let v360: f32 = in2[v359];
    let v361: f32 = (v360 + v338);
    let v362: bool = (v361 <= 0.0f);
    let v363: f32 = select(v361, 0.0f, v362);
    let v364: i32 = (v5 + k337);
    let v365: f32 = in2[v364];
    let v366: f32 = (v365 + v338);
    let v367: bool = (v366 <= 0.0f);
    let v368: f32 = select(v366, 0.0f, v367);
    let v369: i32 = (v6 + k337);
    let v370: f32 = in2[v369];
    let v371: f32 = (v370 + v338);
    let v372: bool = (v371 <= 0.0f);
    let v373: f32 = select(v371, 0.0f, v372);
    let v374: i32 = (v7 + k337);
    let v375: f32 = in2[v374];
    let v376: f32 = (v375 + v338);
    let v377: bool = (v376 <= 0.0f);
    let v378: f32 = select(v376, 0.0f, v377);
    let v379: i32 = (k337 * 2i);
    let v380: i32 = (v379 + i1);
    let v381: f32 = in1[v380];
    let v382: i32 = (v379 + i1_1);
    let v383: f32 = in1[v382];
    c0_0 = fma(v343, v381, c0_0);
    c0_1 = fma(v343, v383, c0_1);
    c1_0 = fma(v348, v381, c1_0);
    c1_1 = fma(v348, v383, c1_1);
    c2_0 = fma(v353, v381, c2_0);
    c2_1 = fma(v353, v383, c2_1);
    c3_0 = fma(v358, v381, c3_0);
    c3_1 = fma(v358, v383, c3_1);
    c4_0 = fma(v363, v381, c4_0);
    c4_1 = fma(v363, v383, c4_1);
    c5_0 = fma(v368, v381, c5_0);
    c5_1 = fma(v368, v383, c5_1);
    c6_0 = fma(v373, v381, c6_0);
    c6_1 = fma(v373, v383, c6_1);
    c7_0 = fma(v378, v381, c7_0);
    c7_1 = fma(v378, v383, c7_1);
  }
  {
    let v384: i32 = (i0 * 2i);
    let v385: i32 = (v384 + i1);
    out0[v385] = c0_0;
  }
  {
    let v386: i32 = (i0 * 2i);
    let v387: i32 = (v386 + i1_1);
    out0[v387] = c0_1;
  }
  {
    let v388: i32 = (i0_1 * 2i);
    let v389: i32 = (v388 + i1);
    out0[v389] = c1_0;
  }
  {
    let v390: i32 = (i0_1 * 2i);
    let v391: i32 = (v390 + i1_1);
    out0[v391] = c1_1;
  }
  {
    let v392: i32 = (i0_2 * 2i);
    let v393: i32 = (v392 + i1);
    out0[v393] = c2_0;
  }
  {
    let v394: i32 = (i0_2 * 2i);
    let v395: i32 = (v394 + i1_1);
    out0[v395] = c2_1;
  }
  {
    let v396: i32 = (i0_3 * 2i);
    let v397: i32 = (v396 + i1);
    out0[v397] = c3_0;
  }
  {
    let v398: i32 = (i0_3 * 2i);
    let v399: i32 = (v398 + i1_1);
    out0[v399] = c3_1;
  }
  {
    let v400: i32 = (i0_4 * 2i);
    let v401: i32 = (v400 + i1);
    out0[v401] = c4_0;
  }
  {
    let v402: i32 = (i0_4 * 2i);
    let v403: i32 = (v402 + i1_1);
    out0[v403] = c4_1;
  }
  {
    let v404: i32 = (i0_5 * 2i);
    let v405: i32 = (v404 + i1);
    out0[v405] = c5_0;
  }
  {
    let v406: i32 = (i0_5 * 2i);
    let v407: i32 = (v406 + i1_1);
    out0[v407] = c5_1;
  }
  {
    let v408: i32 = (i0_6 * 2i);
    let v409: i32 = (v408 + i1);
    out0[v409] = c6_0;
  }
  {
    let v410: i32 = (i0_6 * 2i);
    let v411: i32 = (v410 + i1_1);
    out0[v411] = c6_1;
  }
  {
    let v412: i32 = (i0_7 * 2i);
    let v413: i32 = (v412 + i1);
    out0[v413] = c7_0;
  }
  {
    let v414: i32 = (i0_7 * 2i);
    let v415: i32 = (v414 + i1_1);
    out0[v415] = c7_1;
  }
}

// kernax kernel k2: serial, pinned profile
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
  let gid: i32 = i32(wid.x + wid.y * 1u);
  let flat: i32 = gid * 64i + i32(lid);
  if (flat >= 1i) { return; }
  var a0: f32 = 0.0f;
  for (var r0: i32 = 0i; r0 < 32i; r0 = r0 + 1i) {
    let v0: f32 = in1[r0];
    let v1: f32 = in0[r0];
    let v2: f32 = (v0 - v1);
    let v3: f32 = (v2 * v2);
    a0 = (a0 + v3);
  }
  let v4: f32 = (a0 / 32.0f);
  out0[0i] = v4;
}

// kernax kernel k3: contract, pinned profile
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
@compute @workgroup_size(8)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
  let grp: i32 = i32(wid.x + wid.y * 1u);
  let lf: i32 = i32(lid);
  if (lf >= 1i) { return; }
  let t1: i32 = 0i;
  let t0: i32 = 0i;
  let i1: i32 = t1 * 2i;
  let i1_1: i32 = i1 + 1i;
  let i0: i32 = t0 * 8i;
  let i0_1: i32 = i0 + 1i;
  let i0_2: i32 = i0 + 2i;
  let i0_3: i32 = i0 + 3i;
  let i0_4: i32 = i0 + 4i;
  let i0_5: i32 = i0 + 5i;
  let i0_6: i32 = i0 + 6i;
  let i0_7: i32 = i0 + 7i;
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
  let v0: f32 = in0[i0];
  let v1: f32 = in0[i0_1];
  let v2: f32 = in0[i0_2];
  let v3: f32 = in0[i0_3];
  let v4: f32 = in0[i0_4];
  let v5: f32 = in0[i0_5];
  let v6: f32 = in0[i0_6];
  let v7: f32 = in0[i0_7];
  for (var r0: i32 = 0i; r0 < 16i; r0 = r0 + 4i) {
    {
      let k8: i32 = r0;
      let v9: i32 = (k8 * 2i);
      let v10: i32 = (v9 + i1);
      let v11: f32 = in3[v10];
      let v12: f32 = in1[v10];
      let v13: f32 = (v11 - v12);
      let v14: f32 = (2.0f * v13);
      let v15: f32 = (0.03125f * v14);
      let v16: i32 = (v9 + i1_1);
      let v17: f32 = in3[v16];
      let v18: f32 = in1[v16];
      let v19: f32 = (v17 - v18);
      let v20: f32 = (2.0f * v19);
      let v21: f32 = (0.03125f * v20);
      let v22: i32 = (k8 * 8i);
      let v23: i32 = (v22 + i0);
      let v24: f32 = in2[v23];
      let v25: f32 = (v24 + v0);
      let v26: bool = (v25 <= 0.0f);
      let v27: f32 = select(v25, 0.0f, v26);
      let v28: i32 = (v22 + i0_1);
      let v29: f32 = in2[v28];
      let v30: f32 = (v29 + v1);
      let v31: bool = (v30 <= 0.0f);
      let v32: f32 = select(v30, 0.0f, v31);
      let v33: i32 = (v22 + i0_2);
      let v34: f32 = in2[v33];
      let v35: f32 = (v34 + v2);
      let v36: bool = (v35 <= 0.0f);
      let v37: f32 = select(v35, 0.0f, v36);
      let v38: i32 = (v22 + i0_3);
      let v39: f32 = in2[v38];
      let v40: f32 = (v39 + v3);
      let v41: bool = (v40 <= 0.0f);
      let v42: f32 = select(v40, 0.0f, v41);
      let v43: i32 = (v22 + i0_4);
      let v44: f32 = in2[v43];
      let v45: f32 = (v44 + v4);
      let v46: bool = (v45 <= 0.0f);
      let v47: f32 = select(v45, 0.0f, v46);
      let v48: i32 = (v22 + i0_5);
      let v49: f32 = in2[v48];
      let v50: f32 = (v49 + v5);
      let v51: bool = (v50 <= 0.0f);
      let v52: f32 = select(v50, 0.0f, v51);
      let v53: i32 = (v22 + i0_6);
      let v54: f32 = in2[v53];
      let v55: f32 = (v54 + v6);
      let v56: bool = (v55 <= 0.0f);
      let v57: f32 = select(v55, 0.0f, v56);
      let v58: i32 = (v22 + i0_7);
      let v59: f32 = in2[v58];
      let v60: f32 = (v59 + v7);
      let v61: bool = (v60 <= 0.0f);
      let v62: f32 = select(v60, 0.0f, v61);
      c0_0 = fma(v15, v27, c0_0);
      c0_1 = fma(v15, v32, c0_1);
      c0_2 = fma(v15, v37, c0_2);
      c0_3 = fma(v15, v42, c0_3);
      c0_4 = fma(v15, v47, c0_4);
      c0_5 = fma(v15, v52, c0_5);
      c0_6 = fma(v15, v57, c0_6);
      c0_7 = fma(v15, v62, c0_7);
      c1_0 = fma(v21, v27, c1_0);
      c1_1 = fma(v21, v32, c1_1);
      c1_2 = fma(v21, v37, c1_2);
      c1_3 = fma(v21, v42, c1_3);
      c1_4 = fma(v21, v47, c1_4);
      c1_5 = fma(v21, v52, c1_5);
      c1_6 = fma(v21, v57, c1_6);
      c1_7 = fma(v21, v62, c1_7);
    }
    {
      let k63: i32 = r0 + 1i;
      let v64: i32 = (k63 * 2i);
      let v65: i32 = (v64 + i1);
      let v66: f32 = in3[v65];
      let v67: f32 = in1[v65];
      let v68: f32 = (v66 - v67);
      let v69: f32 = (2.0f * v68);
      let v70: f32 = (0.03125f * v69);
      let v71: i32 = (v64 + i1_1);
      let v72: f32 = in3[v71];
      let v73: f32 = in1[v71];
      let v74: f32 = (v72 - v73);
      let v75: f32 = (2.0f * v74);
      let v76: f32 = (0.03125f * v75);
      let v77: i32 = (k63 * 8i);
      let v78: i32 = (v77 + i0);
      let v79: f32 = in2[v78];
      let v80: f32 = (v79 + v0);
      let v81: bool = (v80 <= 0.0f);
      let v82: f32 = select(v80, 0.0f, v81);
      let v83: i32 = (v77 + i0_1);
      let v84: f32 = in2[v83];
      let v85: f32 = (v84 + v1);
      let v86: bool = (v85 <= 0.0f);
      let v87: f32 = select(v85, 0.0f, v86);
      let v88: i32 = (v77 + i0_2);
      let v89: f32 = in2[v88];
      let v90: f32 = (v89 + v2);
      let v91: bool = (v90 <= 0.0f);
      let v92: f32 = select(v90, 0.0f, v91);
      let v93: i32 = (v77 + i0_3);
      let v94: f32 = in2[v93];
      let v95: f32 = (v94 + v3);
      let v96: bool = (v95 <= 0.0f);
      let v97: f32 = select(v95, 0.0f, v96);
      let v98: i32 = (v77 + i0_4);
      let v99: f32 = in2[v98];
      let v100: f32 = (v99 + v4);
      let v101: bool = (v100 <= 0.0f);
      let v102: f32 = select(v100, 0.0f, v101);
      let v103: i32 = (v77 + i0_5);
      let v104: f32 = in2[v103];
      let v105: f32 = (v104 + v5);
      let v106: bool = (v105 <= 0.0f);
      let v107: f32 = select(v105, 0.0f, v106);
      let v108: i32 = (v77 + i0_6);
      let v109: f32 = in2[v108];
      let v110: f32 = (v109 + v6);
      let v111: bool = (v110 <= 0.0f);
      let v112: f32 = select(v110, 0.0f, v111);
      let v113: i32 = (v77 + i0_7);
      let v114: f32 = in2[v113];
      let v115: f32 = (v114 + v7);
      let v116: bool = (v115 <= 0.0f);
      let v117: f32 = select(v115, 0.0f, v116);
      c0_0 = fma(v70, v82, c0_0);
      c0_1 = fma(v70, v87, c0_1);
      c0_2 = fma(v70, v92, c0_2);
      c0_3 = fma(v70, v97, c0_3);
      c0_4 = fma(v70, v102, c0_4);
      c0_5 = fma(v70, v107, c0_5);
      c0_6 = fma(v70, v112, c0_6);
      c0_7 = fma(v70, v117, c0_7);
      c1_0 = fma(v76, v82, c1_0);
      c1_1 = fma(v76, v87, c1_1);
      c1_2 = fma(v76, v92, c1_2);
      c1_3 = fma(v76, v97, c1_3);
      c1_4 = fma(v76, v102, c1_4);
      c1_5 = fma(v76, v107, c1_5);
      c1_6 = fma(v76, v112, c1_6);
      c1_7 = fma(v76, v117, c1_7);
    }
    {
      let k118: i32 = r0 + 2i;
      let v119: i32 = (k118 * 2i);
      let v120: i32 = (v119 + i1);
      let v121: f32 = in3[v120];
      let v122: f32 = in1[v120];
      let v123: f32 = (v121 - v122);
      let v124: f32 = (2.0f * v123);
      let v125: f32 = (0.03125f * v124);
      let v126: i32 = (v119 + i1_1);
      let v127: f32 = in3[v126];
      let v128: f32 = in1[v126];
      let v129: f32 = (v127 - v128);
      let v130: f32 = (2.0f * v129);
      let v131: f32 = (0.03125f * v130);
      let v132: i32 = (k118 * 8i);
      let v133: i32 = (v132 + i0);
      let v134: f32 = in2[v133];
      let v135: f32 = (v134 + v0);
      let v136: bool = (v135 <= 0.0f);
      let v137: f32 = select(v135, 0.0f, v136);
      let v138: i32 = (v132 + i0_1);
      let v139: f32 = in2[v138];
      let v140: f32 = (v139 + v1);
      let v141: bool = (v140 <= 0.0f);
      let v142: f32 = select(v140, 0.0f, v141);
      let v143: i32 = (v132 + i0_2);
      let v144: f32 = in2[v143];
      let v145: f32 = (v144 + v2);
      let v146: bool = (v145 <= 0.0f);
      let v147: f32 = select(v145, 0.0f, v146);
      let v148: i32 = (v132 + i0_3);
      let v149: f32 = in2[v148];
      let v150: f32 = (v149 + v3);
      let v151: bool = (v150 <= 0.0f);
      let v152: f32 = select(v150, 0.0f, v151);
      let v153: i32 = (v132 + i0_4);
      let v154: f32 = in2[v153];
      let v155: f32 = (v154 + v4);
      let v156: bool = (v155 <= 0.0f);
      let v157: f32 = select(v155, 0.0f, v156);
      let v158: i32 = (v132 + i0_5);
      let v159: f32 = in2[v158];
      let v160: f32 = (v159 + v5);
      let v161: bool = (v160 <= 0.0f);
      let v162: f32 = select(v160, 0.0f, v161);
      let v163: i32 = (v132 + i0_6);
      let v164: f32 = in2[v163];
      let v165: f32 = (v164 + v6);
      let v166: bool = (v165 <= 0.0f);
      let v167: f32 = select(v165, 0.0f, v166);
      let v168: i32 = (v132 + i0_7);
      let v169: f32 = in2[v168];
      let v170: f32 = (v169 + v7);
      let v171: bool = (v170 <= 0.0f);
      let v172: f32 = select(v170, 0.0f, v171);
      c0_0 = fma(v125, v137, c0_0);
      c0_1 = fma(v125, v142, c0_1);
      c0_2 = fma(v125, v147, c0_2);
      c0_3 = fma(v125, v152, c0_3);
      c0_4 = fma(v125, v157, c0_4);
      c0_5 = fma(v125, v162, c0_5);
      c0_6 = fma(v125, v167, c0_6);
      c0_7 = fma(v125, v172, c0_7);
      c1_0 = fma(v131, v137, c1_0);
      c1_1 = fma(v131, v142, c1_1);
      c1_2 = fma(v131, v147, c1_2);
      c1_3 = fma(v131, v152, c1_3);
      c1_4 = fma(v131, v157, c1_4);
      c1_5 = fma(v131, v162, c1_5);
      c1_6 = fma(v131, v167, c1_6);
      c1_7 = fma(v131, v172, c1_7);
    }
    {
      let k173: i32 = r0 + 3i;
      let v174: i32 = (k173 * 2i);
      let v175: i32 = (v174 + i1);
      let v176: f32 = in3[v175];
      let v177: f32 = in1[v175];
      let v178: f32 = (v176 - v177);
      let v179: f32 = (2.0f * v178);
      let v180: f32 = (0.03125f * v179);
      let v181: i32 = (v174 + i1_1);
      let v182: f32 = in3[v181];
      let v183: f32 = in1[v181];
      let v184: f32 = (v182 - v183);
      let v185: f32 = (2.0f * v184);
      let v186: f32 = (0.03125f * v185);
      let v187: i32 = (k173 * 8i);
      let v188: i32 = (v187 + i0);
      let v189: f32 = in2[v188];
      let v190: f32 = (v189 + v0);
      let v191: bool = (v190 <= 0.0f);
      let v192: f32 = select(v190, 0.0f, v191);
      let v193: i32 = (v187 + i0_1);
      let v194: f32 = in2[v193];
      let v195: f32 = (v194 + v1);
      let v196: bool = (v195 <= 0.0f);
      let v197: f32 = select(v195, 0.0f, v196);
      let v198: i32 = (v187 + i0_2);
      let v199: f32 = in2[v198];
      let v200: f32 = (v199 + v2);
      let v201: bool = (v200 <= 0.0f);
      let v202: f32 = select(v200, 0.0f, v201);
      let v203: i32 = (v187 + i0_3);
      let v204: f32 = in2[v203];
      let v205: f32 = (v204 + v3);
      let v206: bool = (v205 <= 0.0f);
      let v207: f32 = select(v205, 0.0f, v206);
      let v208: i32 = (v187 + i0_4);
      let v209: f32 = in2[v208];
      let v210: f32 = (v209 + v4);
      let v211: bool = (v210 <= 0.0f);
      let v212: f32 = select(v210, 0.0f, v211);
      let v213: i32 = (v187 + i0_5);
      let v214: f32 = in2[v213];
      let v215: f32 = (v214 + v5);
      let v216: bool = (v215 <= 0.0f);
      let v217: f32 = select(v215, 0.0f, v216);
      let v218: i32 = (v187 + i0_6);
      let v219: f32 = in2[v218];
      let v220: f32 = (v219 + v6);
      let v221: bool = (v220 <= 0.0f);
      let v222: f32 = select(v220, 0.0f, v221);
      let v223: i32 = (v187 + i0_7);
      let v224: f32 = in2[v223];
      let v225: f32 = (v224 + v7);
      let v226: bool = (v225 <= 0.0f);
      let v227: f32 = select(v225, 0.0f, v226);
      c0_0 = fma(v180, v192, c0_0);
      c0_1 = fma(v180, v197, c0_1);
      c0_2 = fma(v180, v202, c0_2);
      c0_3 = fma(v180, v207, c0_3);
      c0_4 = fma(v180, v212, c0_4);
      c0_5 = fma(v180, v217, c0_5);
      c0_6 = fma(v180, v222, c0_6);
      c0_7 = fma(v180, v227, c0_7);
      c1_0 = fma(v186, v192, c1_0);
      c1_1 = fma(v186, v197, c1_1);
      c1_2 = fma(v186, v202, c1_2);
      c1_3 = fma(v186, v207, c1_3);
      c1_4 = fma(v186, v212, c1_4);
      c1_5 = fma(v186, v217, c1_5);
      c1_6 = fma(v186, v222, c1_6);
      c1_7 = fma(v186, v227, c1_7);
    }
  }
  {
    let v228: i32 = (i0 * 2i);
    let v229: i32 = (v228 + i1);
    out0[v229] = c0_0;
  }
  {
    let v230: i32 = (i0_1 * 2i);
    let v231: i32 = (v230 + i1);
    out0[v231] = c0_1;
  }
  {
    let v232: i32 = (i0_2 * 2i);
    let v233: i32 = (v232 + i1);
    out0[v233] = c0_2;
  }
  {
    let v234: i32 = (i0_3 * 2i);
    let v235: i32 = (v234 + i1);
    out0[v235] = c0_3;
  }
  {
    let v236: i32 = (i0_4 * 2i);
    let v237: i32 = (v236 + i1);
    out0[v237] = c0_4;
  }
  {
    let v238: i32 = (i0_5 * 2i);
    let v239: i32 = (v238 + i1);
    out0[v239] = c0_5;
  }
  {
    let v240: i32 = (i0_6 * 2i);
    let v241: i32 = (v240 + i1);
    out0[v241] = c0_6;
  }
  {
    let v242: i32 = (i0_7 * 2i);
    let v243: i32 = (v242 + i1);
    out0[v243] = c0_7;
  }
  {
    let v244: i32 = (i0 * 2i);
    let v245: i32 = (v244 + i1_1);
    out0[v245] = c1_0;
  }
  {
    let v246: i32 = (i0_1 * 2i);
    let v247: i32 = (v246 + i1_1);
    out0[v247] = c1_1;
  }
  {
    let v248: i32 = (i0_2 * 2i);
    let v249: i32 = (v248 + i1_1);
    out0[v249] = c1_2;
  }
  {
    let v250: i32 = (i0_3 * 2i);
    let v251: i32 = (v250 + i1_1);
    out0[v251] = c1_3;
  }
  {
    let v252: i32 = (i0_4 * 2i);
    let v253: i32 = (v252 + i1_1);
    out0[v253] = c1_4;
  }
  {
    let v254: i32 = (i0_5 * 2i);
    let v255: i32 = (v254 + i1_1);
    out0[v255] = c1_5;
  }
  {
    let v256: i32 = (i0_6 * 2i);
    let v257: i32 = (v256 + i1_1);
    out0[v257] = c1_6;
  }
  {
    let v258: i32 = (i0_7 * 2i);
    let v259: i32 = (v258 + i1_1);
    out0[v259] = c1_7;
  }
}

// kernax kernel k4: contract, pinned profile
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read> in4: array<f32>;
@group(0) @binding(5) var<storage, read_write> out0: array<f32>;
@compute @workgroup_size(8)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
  let grp: i32 = i32(wid.x + wid.y * 1u);
  let lf: i32 = i32(lid);
  if (lf >= 2i) { return; }
  let t0: i32 = lf;
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
  let v0: i32 = (i0 * 2i);
  let v1: i32 = (i0_1 * 2i);
  let v2: i32 = (i0_2 * 2i);
  let v3: i32 = (i0_3 * 2i);
  let v4: i32 = (i0_4 * 2i);
  let v5: i32 = (i0_5 * 2i);
  let v6: i32 = (i0_6 * 2i);
  let v7: i32 = (i0_7 * 2i);
  let v8: i32 = (i1 * 2i);
  let v9: i32 = (i1_1 * 2i);
  let v10: i32 = (i1_2 * 2i);
  let v11: i32 = (i1_3 * 2i);
  let v12: i32 = (i1_4 * 2i);
  let v13: i32 = (i1_5 * 2i);
  let v14: i32 = (i1_6 * 2i);
  let v15: i32 = (i1_7 * 2i);
  {
    let k16: i32 = 0i;
    let v17: i32 = (v0 + k16);
    let v18: f32 = in4[v17];
    let v19: f32 = in2[v17];
    let v20: f32 = (v18 - v19);
    let v21: f32 = (2.0f * v20);
    let v22: f32 = (0.03125f * v21);
    let v23: i32 = (v1 + k16);
    let v24: f32 = in4[v23];
    let v25: f32 = in2[v23];
    let v26: f32 = (v24 - v25);
    let v27: f32 = (2.0f * v26);
    let v28: f32 = (0.03125f * v27);
    let v29: i32 = (v2 + k16);
    let v30: f32 = in4[v29];
    let v31: f32 = in2[v29];
    let v32: f32 = (v30 - v31);
    let v33: f32 = (2.0f * v32);
    let v34: f32 = (0.03125f * v33);
    let v35: i32 = (v3 + k16);
    let v36: f32 = in4[v35];
    let v37: f32 = in2[v35];
    let v38: f32 = (v36 - v37);
    let v39: f32 = (2.0f * v38);
    let v40: f32 = (0.03125f * v39);
    let v41: i32 = (v4 + k16);
    let v42: f32 = in4[v41];
    let v43: f32 = in2[v41];
    let v44: f32 = (v42 - v43);
    let v45: f32 = (2.0f * v44);
    let v46: f32 = (0.03125f * v45);
    let v47: i32 = (v5 + k16);
    let v48: f32 = in4[v47];
    let v49: f32 = in2[v47];
    let v50: f32 = (v48 - v49);
    let v51: f32 = (2.0f * v50);
    let v52: f32 = (0.03125f * v51);
    let v53: i32 = (v6 + k16);
    let v54: f32 = in4[v53];
    let v55: f32 = in2[v53];
    let v56: f32 = (v54 - v55);
    let v57: f32 = (2.0f * v56);
    let v58: f32 = (0.03125f * v57);
    let v59: i32 = (v7 + k16);
    let v60: f32 = in4[v59];
    let v61: f32 = in2[v59];
    let v62: f32 = (v60 - v61);
    let v63: f32 = (2.0f * v62);
    let v64: f32 = (0.03125f * v63);
    let v65: i32 = (v8 + k16);
    let v66: f32 = in1[v65];
    let v67: i32 = (v9 + k16);
    let v68: f32 = in1[v67];
    let v69: i32 = (v10 + k16);
    let v70: f32 = in1[v69];
    let v71: i32 = (v11 + k16);
    let v72: f32 = in1[v71];
    let v73: i32 = (v12 + k16);
    let v74: f32 = in1[v73];
    let v75: i32 = (v13 + k16);
    let v76: f32 = in1[v75];
    let v77: i32 = (v14 + k16);
    let v78: f32 = in1[v77];
    let v79: i32 = (v15 + k16);
    let v80: f32 = in1[v79];
    c0_0 = fma(v22, v66, c0_0);
    c0_1 = fma(v22, v68, c0_1);
    c0_2 = fma(v22, v70, c0_2);
    c0_3 = fma(v22, v72, c0_3);
    c0_4 = fma(v22, v74, c0_4);
    c0_5 = fma(v22, v76, c0_5);
    c0_6 = fma(v22, v78, c0_6);
    c0_7 = fma(v22, v80, c0_7);
    c1_0 = fma(v28, v66, c1_0);
    c1_1 = fma(v28, v68, c1_1);
    c1_2 = fma(v28, v70, c1_2);
    c1_3 = fma(v28, v72, c1_3);
    c1_4 = fma(v28, v74, c1_4);
    c1_5 = fma(v28, v76, c1_5);
    c1_6 = fma(v28, v78, c1_6);
    c1_7 = fma(v28, v80, c1_7);
    c2_0 = fma(v34, v66, c2_0);
    c2_1 = fma(v34, v68, c2_1);
    c2_2 = fma(v34, v70, c2_2);
    c2_3 = fma(v34, v72, c2_3);
    c2_4 = fma(v34, v74, c2_4);
    c2_5 = fma(v34, v76, c2_5);
    c2_6 = fma(v34, v78, c2_6);
    c2_7 = fma(v34, v80, c2_7);
    c3_0 = fma(v40, v66, c3_0);
    c3_1 = fma(v40, v68, c3_1);
    c3_2 = fma(v40, v70, c3_2);
    c3_3 = fma(v40, v72, c3_3);
    c3_4 = fma(v40, v74, c3_4);
    c3_5 = fma(v40, v76, c3_5);
    c3_6 = fma(v40, v78, c3_6);
    c3_7 = fma(v40, v80, c3_7);
    c4_0 = fma(v46, v66, c4_0);
    c4_1 = fma(v46, v68, c4_1);
    c4_2 = fma(v46, v70, c4_2);
    c4_3 = fma(v46, v72, c4_3);
    c4_4 = fma(v46, v74, c4_4);
    c4_5 = fma(v46, v76, c4_5);
    c4_6 = fma(v46, v78, c4_6);
    c4_7 = fma(v46, v80, c4_7);
    c5_0 = fma(v52, v66, c5_0);
    c5_1 = fma(v52, v68, c5_1);
    c5_2 = fma(v52, v70, c5_2);
    c5_3 = fma(v52, v72, c5_3);
    c5_4 = fma(v52, v74, c5_4);
    c5_5 = fma(v52, v76, c5_5);
    c5_6 = fma(v52, v78, c5_6);
    c5_7 = fma(v52, v80, c5_7);
    c6_0 = fma(v58, v66, c6_0);
    c6_1 = fma(v58, v68, c6_1);
    c6_2 = fma(v58, v70, c6_2);
    c6_3 = fma(v58, v72, c6_3);
    c6_4 = fma(v58, v74, c6_4);
    c6_5 = fma(v58, v76, c6_5);
    c6_6 = fma(v58, v78, c6_6);
    c6_7 = fma(v58, v80, c6_7);
    c7_0 = fma(v64, v66, c7_0);
    c7_1 = fma(v64, v68, c7_1);
    c7_2 = fma(v64, v70, c7_2);
    c7_3 = fma(v64, v72, c7_3);
    c7_4 = fma(v64, v74, c7_4);
    c7_5 = fma(v64, v76, c7_5);
    c7_6 = fma(v64, v78, c7_6);
    c7_7 = fma(v64, v80, c7_7);
  }
  {
    let k81: i32 = 1i;
    let v82: i32 = (v0 + k81);
    let v83: f32 = in4[v82];
    let v84: f32 = in2[v82];
    let v85: f32 = (v83 - v84);
    let v86: f32 = (2.0f * v85);
    let v87: f32 = (0.03125f * v86);
    let v88: i32 = (v1 + k81);
    let v89: f32 = in4[v88];
    let v90: f32 = in2[v88];
    let v91: f32 = (v89 - v90);
    let v92: f32 = (2.0f * v91);
    let v93: f32 = (0.03125f * v92);
    let v94: i32 = (v2 + k81);
    let v95: f32 = in4[v94];
    let v96: f32 = in2[v94];
    let v97: f32 = (v95 - v96);
    let v98: f32 = (2.0f * v97);
    let v99: f32 = (0.03125f * v98);
    let v100: i32 = (v3 + k81);
    let v101: f32 = in4[v100];
    let v102: f32 = in2[v100];
    let v103: f32 = (v101 - v102);
    let v104: f32 = (2.0f * v103);
    let v105: f32 = (0.03125f * v104);
    let v106: i32 = (v4 + k81);
    let v107: f32 = in4[v106];
    let v108: f32 = in2[v106];
    let v109: f32 = (v107 - v108);
    let v110: f32 = (2.0f * v109);
    let v111: f32 = (0.03125f * v110);
    let v112: i32 = (v5 + k81);
    let v113: f32 = in4[v112];
    let v114: f32 = in2[v112];
    let v115: f32 = (v113 - v114);
    let v116: f32 = (2.0f * v115);
    let v117: f32 = (0.03125f * v116);
    let v118: i32 = (v6 + k81);
    let v119: f32 = in4[v118];
    let v120: f32 = in2[v118];
    let v121: f32 = (v119 - v120);
    let v122: f32 = (2.0f * v121);
    let v123: f32 = (0.03125f * v122);
    let v124: i32 = (v7 + k81);
    let v125: f32 = in4[v124];
    let v126: f32 = in2[v124];
    let v127: f32 = (v125 - v126);
    let v128: f32 = (2.0f * v127);
    let v129: f32 = (0.03125f * v128);
    let v130: i32 = (v8 + k81);
    let v131: f32 = in1[v130];
    let v132: i32 = (v9 + k81);
    let v133: f32 = in1[v132];
    let v134: i32 = (v10 + k81);
    let v135: f32 = in1[v134];
    let v136: i32 = (v11 + k81);
    let v137: f32 = in1[v136];
    let v138: i32 = (v12 + k81);
    let v139: f32 = in1[v138];
    let v140: i32 = (v13 + k81);
    let v141: f32 = in1[v140];
    let v142: i32 = (v14 + k81);
    let v143: f32 = in1[v142];
    let v144: i32 = (v15 + k81);
    let v145: f32 = in1[v144];
    c0_0 = fma(v87, v131, c0_0);
    c0_1 = fma(v87, v133, c0_1);
    c0_2 = fma(v87, v135, c0_2);
    c0_3 = fma(v87, v137, c0_3);
    c0_4 = fma(v87, v139, c0_4);
    c0_5 = fma(v87, v141, c0_5);
    c0_6 = fma(v87, v143, c0_6);
    c0_7 = fma(v87, v145, c0_7);
    c1_0 = fma(v93, v131, c1_0);
    c1_1 = fma(v93, v133, c1_1);
    c1_2 = fma(v93, v135, c1_2);
    c1_3 = fma(v93, v137, c1_3);
    c1_4 = fma(v93, v139, c1_4);
    c1_5 = fma(v93, v141, c1_5);
    c1_6 = fma(v93, v143, c1_6);
    c1_7 = fma(v93, v145, c1_7);
    c2_0 = fma(v99, v131, c2_0);
    c2_1 = fma(v99, v133, c2_1);
    c2_2 = fma(v99, v135, c2_2);
    c2_3 = fma(v99, v137, c2_3);
    c2_4 = fma(v99, v139, c2_4);
    c2_5 = fma(v99, v141, c2_5);
    c2_6 = fma(v99, v143, c2_6);
    c2_7 = fma(v99, v145, c2_7);
    c3_0 = fma(v105, v131, c3_0);
    c3_1 = fma(v105, v133, c3_1);
    c3_2 = fma(v105, v135, c3_2);
    c3_3 = fma(v105, v137, c3_3);
    c3_4 = fma(v105, v139, c3_4);
    c3_5 = fma(v105, v141, c3_5);
    c3_6 = fma(v105, v143, c3_6);
    c3_7 = fma(v105, v145, c3_7);
    c4_0 = fma(v111, v131, c4_0);
    c4_1 = fma(v111, v133, c4_1);
    c4_2 = fma(v111, v135, c4_2);
    c4_3 = fma(v111, v137, c4_3);
    c4_4 = fma(v111, v139, c4_4);
    c4_5 = fma(v111, v141, c4_5);
    c4_6 = fma(v111, v143, c4_6);
    c4_7 = fma(v111, v145, c4_7);
    c5_0 = fma(v117, v131, c5_0);
    c5_1 = fma(v117, v133, c5_1);
    c5_2 = fma(v117, v135, c5_2);
    c5_3 = fma(v117, v137, c5_3);
    c5_4 = fma(v117, v139, c5_4);
    c5_5 = fma(v117, v141, c5_5);
    c5_6 = fma(v117, v143, c5_6);
    c5_7 = fma(v117, v145, c5_7);
    c6_0 = fma(v123, v131, c6_0);
    c6_1 = fma(v123, v133, c6_1);
    c6_2 = fma(v123, v135, c6_2);
    c6_3 = fma(v123, v137, c6_3);
    c6_4 = fma(v123, v139, c6_4);
    c6_5 = fma(v123, v141, c6_5);
    c6_6 = fma(v123, v143, c6_6);
    c6_7 = fma(v123, v145, c6_7);
    c7_0 = fma(v129, v131, c7_0);
    c7_1 = fma(v129, v133, c7_1);
    c7_2 = fma(v129, v135, c7_2);
    c7_3 = fma(v129, v137, c7_3);
    c7_4 = fma(v129, v139, c7_4);
    c7_5 = fma(v129, v141, c7_5);
    c7_6 = fma(v129, v143, c7_6);
    c7_7 = fma(v129, v145, c7_7);
  }
  {
    let v146: i32 = (i0 * 8i);
    let v147: i32 = (v146 + i1);
    let v148: f32 = in3[v147];
    let v149: f32 = in0[i1];
    let v150: f32 = (v148 + v149);
    let v151: bool = (v150 <= 0.0f);
    let v152: f32 = select(c0_0, 0.0f, v151);
    out0[v147] = v152;
  }
  {
    let v153: i32 = (i0 * 8i);
    let v154: i32 = (v153 + i1_1);
    let v155: f32 = in3[v154];
    let v156: f32 = in0[i1_1];
    let v157: f32 = (v155 + v156);
    let v158: bool = (v157 <= 0.0f);
    let v159: f32 = select(c0_1, 0.0f, v158);
    out0[v154] = v159;
  }
  {
    let v160: i32 = (i0 * 8i);
    let v161: i32 = (v160 + i1_2);
    let v162: f32 = in3[v161];
    let v163: f32 = in0[i1_2];
    let v164: f32 = (v162 + v163);
    let v165: bool = (v164 <= 0.0f);
    let v166: f32 = select(c0_2, 0.0f, v165);
    out0[v161] = v166;
  }
  {
    let v167: i32 = (i0 * 8i);
    let v168: i32 = (v167 + i1_3);
    let v169: f32 = in3[v168];
    let v170: f32 = in0[i1_3];
    let v171: f32 = (v169 + v170);
    let v172: bool = (v171 <= 0.0f);
    let v173: f32 = select(c0_3, 0.0f, v172);
    out0[v168] = v173;
  }
  {
    let v174: i32 = (i0 * 8i);
    let v175: i32 = (v174 + i1_4);
    let v176: f32 = in3[v175];
    let v177: f32 = in0[i1_4];
    let v178: f32 = (v176 + v177);
    let v179: bool = (v178 <= 0.0f);
    let v180: f32 = select(c0_4, 0.0f, v179);
    out0[v175] = v180;
  }
  {
    let v181: i32 = (i0 * 8i);
    let v182: i32 = (v181 + i1_5);
    let v183: f32 = in3[v182];
    let v184: f32 = in0[i1_5];
    let v185: f32 = (v183 + v184);
    let v186: bool = (v185 <= 0.0f);
    let v187: f32 = select(c0_5, 0.0f, v186);
    out0[v182] = v187;
  }
  {
    let v188: i32 = (i0 * 8i);
    let v189: i32 = (v188 + i1_6);
    let v190: f32 = in3[v189];
    let v191: f32 = in0[i1_6];
    let v192: f32 = (v190 + v191);
    let v193: bool = (v192 <= 0.0f);
    let v194: f32 = select(c0_6, 0.0f, v193);
    out0[v189] = v194;
  }
  {
    let v195: i32 = (i0 * 8i);
    let v196: i32 = (v195 + i1_7);
    let v197: f32 = in3[v196];
    let v198: f32 = in0[i1_7];
    let v199: f32 = (v197 + v198);
    let v200: bool = (v199 <= 0.0f);
    let v201: f32 = select(c0_7, 0.0f, v200);
    out0[v196] = v201;
  }
  {
    let v202: i32 = (i0_1 * 8i);
    let v203: i32 = (v202 + i1);
    let v204: f32 = in3[v203];
    let v205: f32 = in0[i1];
    let v206: f32 = (v204 + v205);
    let v207: bool = (v206 <= 0.0f);
    let v208: f32 = select(c1_0, 0.0f, v207);
    out0[v203] = v208;
  }
  {
    let v209: i32 = (i0_1 * 8i);
    let v210: i32 = (v209 + i1_1);
    let v211: f32 = in3[v210];
    let v212: f32 = in0[i1_1];
    let v213: f32 = (v211 + v212);
    let v214: bool = (v213 <= 0.0f);
    let v215: f32 = select(c1_1, 0.0f, v214);
    out0[v210] = v215;
  }
  {
    let v216: i32 = (i0_1 * 8i);
    let v217: i32 = (v216 + i1_2);
    let v218: f32 = in3[v217];
    let v219: f32 = in0[i1_2];
    let v220: f32 = (v218 + v219);
    let v221: bool = (v220 <= 0.0f);
    let v222: f32 = select(c1_2, 0.0f, v221);
    out0[v217] = v222;
  }
  {
    let v223: i32 = (i0_1 * 8i);
    let v224: i32 = (v223 + i1_3);
    let v225: f32 = in3[v224];
    let v226: f32 = in0[i1_3];
    let v227: f32 = (v225 + v226);
    let v228: bool = (v227 <= 0.0f);
    let v229: f32 = select(c1_3, 0.0f, v228);
    out0[v224] = v229;
  }
  {
    let v230: i32 = (i0_1 * 8i);
    let v231: i32 = (v230 + i1_4);
    let v232: f32 = in3[v231];
    let v233: f32 = in0[i1_4];
    let v234: f32 = (v232 + v233);
    let v235: bool = (v234 <= 0.0f);
    let v236: f32 = select(c1_4, 0.0f, v235);
    out0[v231] = v236;
  }
  {
    let v237: i32 = (i0_1 * 8i);
    let v238: i32 = (v237 + i1_5);
    let v239: f32 = in3[v238];
    let v240: f32 = in0[i1_5];
    let v241: f32 = (v239 + v240);
    let v242: bool = (v241 <= 0.0f);
    let v243: f32 = select(c1_5, 0.0f, v242);
    out0[v238] = v243;
  }
  {
    let v244: i32 = (i0_1 * 8i);
    let v245: i32 = (v244 + i1_6);
    let v246: f32 = in3[v245];
    let v247: f32 = in0[i1_6];
    let v248: f32 = (v246 + v247);
    let v249: bool = (v248 <= 0.0f);
    let v250: f32 = select(c1_6, 0.0f, v249);
    out0[v245] = v250;
  }
  {
    let v251: i32 = (i0_1 * 8i);
    let v252: i32 = (v251 + i1_7);
    let v253: f32 = in3[v252];
    let v254: f32 = in0[i1_7];
    let v255: f32 = (v253 + v254);
    let v256: bool = (v255 <= 0.0f);
    let v257: f32 = select(c1_7, 0.0f, v256);
    out0[v252] = v257;
  }
  {
    let v258: i32 = (i0_2 * 8i);
    let v259: i32 = (v258 + i1);
    let v260: f32 = in3[v259];
    let v261: f32 = in0[i1];
    let v262: f32 = (v260 + v261);
    let v263: bool = (v262 <= 0.0f);
    let v264: f32 = select(c2_0, 0.0f, v263);
    out0[v259] = v264;
  }
  {
    let v265: i32 = (i0_2 * 8i);
    let v266: i32 = (v265 + i1_1);
    let v267: f32 = in3[v266];
    let v268: f32 = in0[i1_1];
    let v269: f32 = (v267 + v268);
    let v270: bool = (v269 <= 0.0f);
    let v271: f32 = select(c2_1, 0.0f, v270);
    out0[v266] = v271;
  }
  {
    let v272: i32 = (i0_2 * 8i);
    let v273: i32 = (v272 + i1_2);
    let v274: f32 = in3[v273];
    let v275: f32 = in0[i1_2];
    let v276: f32 = (v274 + v275);
    let v277: bool = (v276 <= 0.0f);
    let v278: f32 = select(c2_2, 0.0f, v277);
    out0[v273] = v278;
  }
  {
    let v279: i32 = (i0_2 * 8i);
    let v280: i32 = (v279 + i1_3);
    let v281: f32 = in3[v280];
    let v282: f32 = in0[i1_3];
    let v283: f32 = (v281 + v282);
    let v284: bool = (v283 <= 0.0f);
    let v285: f32 = select(c2_3, 0.0f, v284);
    out0[v280] = v285;
  }
  {
    let v286: i32 = (i0_2 * 8i);
    let v287: i32 = (v286 + i1_4);
    let v288: f32 = in3[v287];
    let v289: f32 = in0[i1_4];
    let v290: f32 = (v288 + v289);
    let v291: bool = (v290 <= 0.0f);
    let v292: f32 = select(c2_4, 0.0f, v291);
    out0[v287] = v292;
  }
  {
    let v293: i32 = (i0_2 * 8i);
    let v294: i32 = (v293 + i1_5);
    let v295: f32 = in3[v294];
    let v296: f32 = in0[i1_5];
    let v297: f32 = (v295 + v296);
    let v298: bool = (v297 <= 0.0f);
    let v299: f32 = select(c2_5, 0.0f, v298);
    out0[v294] = v299;
  }
  {
    let v300: i32 = (i0_2 * 8i);
    let v301: i32 = (v300 + i1_6);
    let v302: f32 = in3[v301];
    let v303: f32 = in0[i1_6];
    let v304: f32 = (v302 + v303);
    let v305: bool = (v304 <= 0.0f);
    let v306: f32 = select(c2_6, 0.0f, v305);
    out0[v301] = v306;
  }
  {
    let v307: i32 = (i0_2 * 8i);
    let v308: i32 = (v307 + i1_7);
    let v309: f32 = in3[v308];
    let v310: f32 = in0[i1_7];
    let v311: f32 = (v309 + v310);
    let v312: bool = (v311 <= 0.0f);
    let v313: f32 = select(c2_7, 0.0f, v312);
    out0[v308] = v313;
  }
  {
    let v314: i32 = (i0_3 * 8i);
    let v315: i32 = (v314 + i1);
    let v316: f32 = in3[v315];
    let v317: f32 = in0[i1];
    let v318: f32 = (v316 + v317);
    let v319: bool = (v318 <= 0.0f);
    let v320: f32 = select(c3_0, 0.0f, v319);
    out0[v315] = v320;
  }
  {
    let v321: i32 = (i0_3 * 8i);
    let v322: i32 = (v321 + i1_1);
    let v323: f32 = in3[v322];
    let v324: f32 = in0[i1_1];
    let v325: f32 = (v323 + v324);
    let v326: bool = (v325 <= 0.0f);
    let v327: f32 = select(c3_1, 0.0f, v326);
    out0[v322] = v327;
  }
  {
    let v328: i32 = (i0_3 * 8i);
    let v329: i32 = (v328 + i1_2);
    let v330: f32 = in3[v329];
    let v331: f32 = in0[i1_2];
    let v332: f32 = (v330 + v331);
    let v333: bool = (v332 <= 0.0f);
    let v334: f32 = select(c3_2, 0.0f, v333);
    out0[v329] = v334;
  }
  {
    let v335: i32 = (i0_3 * 8i);
    let v336: i32 = (v335 + i1_3);
    let v337: f32 = in3[v336];
    let v338: f32 = in0[i1_3];
    let v339: f32 = (v337 + v338);
    let v340: bool = (v339 <= 0.0f);
    let v341: f32 = select(c3_3, 0.0f, v340);
    out0[v336] = v341;
  }
  {
    let v342: i32 = (i0_3 * 8i);
    let v343: i32 = (v342 + i1_4);
    let v344: f32 = in3[v343];
    let v345: f32 = in0[i1_4];
    let v346: f32 = (v344 + v345);
    let v347: bool = (v346 <= 0.0f);
    let v348: f32 = select(c3_4, 0.0f, v347);
    out0[v343] = v348;
  }
  {
    let v349: i32 = (i0_3 * 8i);
    let v350: i32 = (v349 + i1_5);
    let v351: f32 = in3[v350];
    let v352: f32 = in0[i1_5];
    let v353: f32 = (v351 + v352);
    let v354: bool = (v353 <= 0.0f);
    let v355: f32 = select(c3_5, 0.0f, v354);
    out0[v350] = v355;
  }
  {
    let v356: i32 = (i0_3 * 8i);
    let v357: i32 = (v356 + i1_6);
    let v358: f32 = in3[v357];
    let v359: f32 = in0[i1_6];
    let v360: f32 = (v358 + v359);
    let v361: bool = (v360 <= 0.0f);
    let v362: f32 = select(c3_6, 0.0f, v361);
    out0[v357] = v362;
  }
  {
    let v363: i32 = (i0_3 * 8i);
    let v364: i32 = (v363 + i1_7);
    let v365: f32 = in3[v364];
    let v366: f32 = in0[i1_7];
    let v367: f32 = (v365 + v366);
    let v368: bool = (v367 <= 0.0f);
    let v369: f32 = select(c3_7, 0.0f, v368);
    out0[v364] = v369;
  }
  {
    let v370: i32 = (i0_4 * 8i);
    let v371: i32 = (v370 + i1);
    let v372: f32 = in3[v371];
    let v373: f32 = in0[i1];
    let v374: f32 = (v372 + v373);
    let v375: bool = (v374 <= 0.0f);
    let v376: f32 = select(c4_0, 0.0f, v375);
    out0[v371] = v376;
  }
  {
    let v377: i32 = (i0_4 * 8i);
    let v378: i32 = (v377 + i1_1);
    let v379: f32 = in3[v378];
    let v380: f32 = in0[i1_1];
    let v381: f32 = (v379 + v380);
    let v382: bool = (v381 <= 0.0f);
    let v383: f32 = select(c4_1, 0.0f, v382);
    out0[v378] = v383;
  }
  {
    let v384: i32 = (i0_4 * 8i);
    let v385: i32 = (v384 + i1_2);
    let v386: f32 = in3[v385];
    let v387: f32 = in0[i1_2];
    let v388: f32 = (v386 + v387);
    let v389: bool = (v388 <= 0.0f);
    let v390: f32 = select(c4_2, 0.0f, v389);
    out0[v385] = v390;
  }
  {
    let v391: i32 = (i0_4 * 8i);
    let v392: i32 = (v391 + i1_3);
    let v393: f32 = in3[v392];
    let v394: f32 = in0[i1_3];
    let v395: f32 = (v393 + v394);
    let v396: bool = (v395 <= 0.0f);
    let v397: f32 = select(c4_3, 0.0f, v396);
    out0[v392] = v397;
  }
  {
    let v398: i32 = (i0_4 * 8i);
    let v399: i32 = (v398 + i1_4);
    let v400: f32 = in3[v399];
    let v401: f32 = in0[i1_4];
    let v402: f32 = (v400 + v401);
    let v403: bool = (v402 <= 0.0f);
    let v404: f32 = select(c4_4, 0.0f, v403);
    out0[v399] = v404;
  }
  {
    let v405: i32 = (i0_4 * 8i);
    let v406: i32 = (v405 + i1_5);
    let v407: f32 = in3[v406];
    let v408: f32 = in0[i1_5];
    let v409: f32 = (v407 + v408);
    let v410: bool = (v409 <= 0.0f);
    let v411: f32 = select(c4_5, 0.0f, v410);
    out0[v406] = v411;
  }
  {
    let v412: i32 = (i0_4 * 8i);
    let v413: i32 = (v412 + i1_6);
    let v414: f32 = in3[v413];
    let v415: f32 = in0[i1_6];
    let v416: f32 = (v414 + v415);
    let v417: bool = (v416 <= 0.0f);
    let v418: f32 = select(c4_6, 0.0f, v417);
    out0[v413] = v418;
  }
  {
    let v419: i32 = (i0_4 * 8i);
    let v420: i32 = (v419 + i1_7);
    let v421: f32 = in3[v420];
    let v422: f32 = in0[i1_7];
    let v423: f32 = (v421 + v422);
    let v424: bool = (v423 <= 0.0f);
    let v425: f32 = select(c4_7, 0.0f, v424);
    out0[v420] = v425;
  }
  {
    let v426: i32 = (i0_5 * 8i);
    let v427: i32 = (v426 + i1);
    let v428: f32 = in3[v427];
    let v429: f32 = in0[i1];
    let v430: f32 = (v428 + v429);
    let v431: bool = (v430 <= 0.0f);
    let v432: f32 = select(c5_0, 0.0f, v431);
    out0[v427] = v432;
  }
  {
    let v433: i32 = (i0_5 * 8i);
    let v434: i32 = (v433 + i1_1);
    let v435: f32 = in3[v434];
    let v436: f32 = in0[i1_1];
    let v437: f32 = (v435 + v436);
    let v438: bool = (v437 <= 0.0f);
    let v439: f32 = select(c5_1, 0.0f, v438);
    out0[v434] = v439;
  }
  {
    let v440: i32 = (i0_5 * 8i);
    let v441: i32 = (v440 + i1_2);
    let v442: f32 = in3[v441];
    let v443: f32 = in0[i1_2];
    let v444: f32 = (v442 + v443);
    let v445: bool = (v444 <= 0.0f);
    let v446: f32 = select(c5_2, 0.0f, v445);
    out0[v441] = v446;
  }
  {
    let v447: i32 = (i0_5 * 8i);
    let v448: i32 = (v447 + i1_3);
    let v449: f32 = in3[v448];
    let v450: f32 = in0[i1_3];
    let v451: f32 = (v449 + v450);
    let v452: bool = (v451 <= 0.0f);
    let v453: f32 = select(c5_3, 0.0f, v452);
    out0[v448] = v453;
  }
  {
    let v454: i32 = (i0_5 * 8i);
    let v455: i32 = (v454 + i1_4);
    let v456: f32 = in3[v455];
    let v457: f32 = in0[i1_4];
    let v458: f32 = (v456 + v457);
    let v459: bool = (v458 <= 0.0f);
    let v460: f32 = select(c5_4, 0.0f, v459);
    out0[v455] = v460;
  }
  {
    let v461: i32 = (i0_5 * 8i);
    let v462: i32 = (v461 + i1_5);
    let v463: f32 = in3[v462];
    let v464: f32 = in0[i1_5];
    let v465: f32 = (v463 + v464);
    let v466: bool = (v465 <= 0.0f);
    let v467: f32 = select(c5_5, 0.0f, v466);
    out0[v462] = v467;
  }
  {
    let v468: i32 = (i0_5 * 8i);
    let v469: i32 = (v468 + i1_6);
    let v470: f32 = in3[v469];
    let v471: f32 = in0[i1_6];
    let v472: f32 = (v470 + v471);
    let v473: bool = (v472 <= 0.0f);
    let v474: f32 = select(c5_6, 0.0f, v473);
    out0[v469] = v474;
  }
  {
    let v475: i32 = (i0_5 * 8i);
    let v476: i32 = (v475 + i1_7);
    let v477: f32 = in3[v476];
    let v478: f32 = in0[i1_7];
    let v479: f32 = (v477 + v478);
    let v480: bool = (v479 <= 0.0f);
    let v481: f32 = select(c5_7, 0.0f, v480);
    out0[v476] = v481;
  }
  {
    let v482: i32 = (i0_6 * 8i);
    let v483: i32 = (v482 + i1);
    let v484: f32 = in3[v483];
    let v485: f32 = in0[i1];
    let v486: f32 = (v484 + v485);
    let v487: bool = (v486 <= 0.0f);
    let v488: f32 = select(c6_0, 0.0f, v487);
    out0[v483] = v488;
  }
  {
    let v489: i32 = (i0_6 * 8i);
    let v490: i32 = (v489 + i1_1);
    let v491: f32 = in3[v490];
    let v492: f32 = in0[i1_1];
    let v493: f32 = (v491 + v492);
    let v494: bool = (v493 <= 0.0f);
    let v495: f32 = select(c6_1, 0.0f, v494);
    out0[v490] = v495;
  }
  {
    let v496: i32 = (i0_6 * 8i);
    let v497: i32 = (v496 + i1_2);
    let v498: f32 = in3[v497];
    let v499: f32 = in0[i1_2];
    let v500: f32 = (v498 + v499);
    let v501: bool = (v500 <= 0.0f);
    let v502: f32 = select(c6_2, 0.0f, v501);
    out0[v497] = v502;
  }
  {
    let v503: i32 = (i0_6 * 8i);
    let v504: i32 = (v503 + i1_3);
    let v505: f32 = in3[v504];
    let v506: f32 = in0[i1_3];
    let v507: f32 = (v505 + v506);
    let v508: bool = (v507 <= 0.0f);
    let v509: f32 = select(c6_3, 0.0f, v508);
    out0[v504] = v509;
  }
  {
    let v510: i32 = (i0_6 * 8i);
    let v511: i32 = (v510 + i1_4);
    let v512: f32 = in3[v511];
    let v513: f32 = in0[i1_4];
    let v514: f32 = (v512 + v513);
    let v515: bool = (v514 <= 0.0f);
    let v516: f32 = select(c6_4, 0.0f, v515);
    out0[v511] = v516;
  }
  {
    let v517: i32 = (i0_6 * 8i);
    let v518: i32 = (v517 + i1_5);
    let v519: f32 = in3[v518];
    let v520: f32 = in0[i1_5];
    let v521: f32 = (v519 + v520);
    let v522: bool = (v521 <= 0.0f);
    let v523: f32 = select(c6_5, 0.0f, v522);
    out0[v518] = v523;
  }
  {
    let v524: i32 = (i0_6 * 8i);
    let v525: i32 = (v524 + i1_6);
    let v526: f32 = in3[v525];
    let v527: f32 = in0[i1_6];
    let v528: f32 = (v526 + v527);
    let v529: bool = (v528 <= 0.0f);
    let v530: f32 = select(c6_6, 0.0f, v529);
    out0[v525] = v530;
  }
  {
    let v531: i32 = (i0_6 * 8i);
    let v532: i32 = (v531 + i1_7);
    let v533: f32 = in3[v532];
    let v534: f32 = in0[i1_7];
    let v535: f32 = (v533 + v534);
    let v536: bool = (v535 <= 0.0f);
    let v537: f32 = select(c6_7, 0.0f, v536);
    out0[v532] = v537;
  }
  {
    let v538: i32 = (i0_7 * 8i);
    let v539: i32 = (v538 + i1);
    let v540: f32 = in3[v539];
    let v541: f32 = in0[i1];
    let v542: f32 = (v540 + v541);
    let v543: bool = (v542 <= 0.0f);
    let v544: f32 = select(c7_0, 0.0f, v543);
    out0[v539] = v544;
  }
  {
    let v545: i32 = (i0_7 * 8i);
    let v546: i32 = (v545 + i1_1);
    let v547: f32 = in3[v546];
    let v548: f32 = in0[i1_1];
    let v549: f32 = (v547 + v548);
    let v550: bool = (v549 <= 0.0f);
    let v551: f32 = select(c7_1, 0.0f, v550);
    out0[v546] = v551;
  }
  {
    let v552: i32 = (i0_7 * 8i);
    let v553: i32 = (v552 + i1_2);
    let v554: f32 = in3[v553];
    let v555: f32 = in0[i1_2];
    let v556: f32 = (v554 + v555);
    let v557: bool = (v556 <= 0.0f);
    let v558: f32 = select(c7_2, 0.0f, v557);
    out0[v553] = v558;
  }
  {
    let v559: i32 = (i0_7 * 8i);
    let v560: i32 = (v559 + i1_3);
    let v561: f32 = in3[v560];
    let v562: f32 = in0[i1_3];
    let v563: f32 = (v561 + v562);
    let v564: bool = (v563 <= 0.0f);
    let v565: f32 = select(c7_3, 0.0f, v564);
    out0[v560] = v565;
  }
  {
    let v566: i32 = (i0_7 * 8i);
    let v567: i32 = (v566 + i1_4);
    let v568: f32 = in3[v567];
    let v569: f32 = in0[i1_4];
    let v570: f32 = (v568 + v569);
    let v571: bool = (v570 <= 0.0f);
    let v572: f32 = select(c7_4, 0.0f, v571);
    out0[v567] = v572;
  }
  {
    let v573: i32 = (i0_7 * 8i);
    let v574: i32 = (v573 + i1_5);
    let v575: f32 = in3[v574];
    let v576: f32 = in0[i1_5];
    let v577: f32 = (v575 + v576);
    let v578: bool = (v577 <= 0.0f);
    let v579: f32 = select(c7_5, 0.0f, v578);
    out0[v574] = v579;
  }
  {
    let v580: i32 = (i0_7 * 8i);
    let v581: i32 = (v580 + i1_6);
    let v582: f32 = in3[v581];
    let v583: f32 = in0[i1_6];
    let v584: f32 = (v582 + v583);
    let v585: bool = (v584 <= 0.0f);
    let v586: f32 = select(c7_6, 0.0f, v585);
    out0[v581] = v586;
  }
  {
    let v587: i32 = (i0_7 * 8i);
    let v588: i32 = (v587 + i1_7);
    let v589: f32 = in3[v588];
    let v590: f32 = in0[i1_7];
    let v591: f32 = (v589 + v590);
    let v592: bool = (v591 <= 0.0f);
    let v593: f32 = select(c7_7, 0.0f, v592);
    out0[v588] = v593;
  }
}

// kernax kernel k5: serial, pinned profile
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
  let gid: i32 = i32(wid.x + wid.y * 1u);
  let flat: i32 = gid * 64i + i32(lid);
  if (flat >= 8i) { return; }
  let i0: i32 = flat;
  var a0: f32 = 0.0f;
  for (var r0: i32 = 0i; r0 < 16i; r0 = r0 + 1i) {
    let v0: i32 = (r0 * 8i);
    let v1: i32 = (v0 + i0);
    let v2: f32 = in0[v1];
    a0 = (a0 + v2);
  }
  out0[i0] = a0;
}

// kernax kernel k6: contract, pinned profile
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
@compute @workgroup_size(8)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
  let grp: i32 = i32(wid.x + wid.y * 1u);
  let lf: i32 = i32(lid);
  if (lf >= 1i) { return; }
  let t1: i32 = 0i;
  let t0: i32 = 0i;
  let i1: i32 = t1 * 8i;
  let i1_1: i32 = i1 + 1i;
  let i1_2: i32 = i1 + 2i;
  let i1_3: i32 = i1 + 3i;
  let i1_4: i32 = i1 + 4i;
  let i1_5: i32 = i1 + 5i;
  let i1_6: i32 = i1 + 6i;
  let i1_7: i32 = i1 + 7i;
  let i0: i32 = t0 * 4i;
  let i0_1: i32 = i0 + 1i;
  let i0_2: i32 = i0 + 2i;
  let i0_3: i32 = i0 + 3i;
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
  var c4_0: f32 = 0.0f;
  var c4_1: f32 = 0.0f;
  var c4_2: f32 = 0.0f;
  var c4_3: f32 = 0.0f;
  var c5_0: f32 = 0.0f;
  var c5_1: f32 = 0.0f;
  var c5_2: f32 = 0.0f;
  var c5_3: f32 = 0.0f;
  var c6_0: f32 = 0.0f;
  var c6_1: f32 = 0.0f;
  var c6_2: f32 = 0.0f;
  var c6_3: f32 = 0.0f;
  var c7_0: f32 = 0.0f;
  var c7_1: f32 = 0.0f;
  var c7_2: f32 = 0.0f;
  var c7_3: f32 = 0.0f;
  for (var r0: i32 = 0i; r0 < 16i; r0 = r0 + 4i) {
    {
      let k0: i32 = r0;
      let v1: i32 = (k0 * 8i);
      let v2: i32 = (v1 + i1);
      let v3: f32 = in1[v2];
      let v4: i32 = (v1 + i1_1);
      let v5: f32 = in1[v4];
      let v6: i32 = (v1 + i1_2);
      let v7: f32 = in1[v6];
      let v8: i32 = (v1 + i1_3);
      let v9: f32 = in1[v8];
      let v10: i32 = (v1 + i1_4);
      let v11: f32 = in1[v10];
      let v12: i32 = (v1 + i1_5);
      let v13: f32 = in1[v12];
      let v14: i32 = (v1 + i1_6);
      let v15: f32 = in1[v14];
      let v16: i32 = (v1 + i1_7);
      let v17: f32 = in1[v16];
      let v18: i32 = (k0 * 4i);
      let v19: i32 = (v18 + i0);
      let v20: f32 = in0[v19];
      let v21: i32 = (v18 + i0_1);
      let v22: f32 = in0[v21];
      let v23: i32 = (v18 + i0_2);
      let v24: f32 = in0[v23];
      let v25: i32 = (v18 + i0_3);
      let v26: f32 = in0[v25];
      c0_0 = fma(v3, v20, c0_0);
      c0_1 = fma(v3, v22, c0_1);
      c0_2 = fma(v3, v24, c0_2);
      c0_3 = fma(v3, v26, c0_3);
      c1_0 = fma(v5, v20, c1_0);
      c1_1 = fma(v5, v22, c1_1);
      c1_2 = fma(v5, v24, c1_2);
      c1_3 = fma(v5, v26, c1_3);
      c2_0 = fma(v7, v20, c2_0);
      c2_1 = fma(v7, v22, c2_1);
      c2_2 = fma(v7, v24, c2_2);
      c2_3 = fma(v7, v26, c2_3);
      c3_0 = fma(v9, v20, c3_0);
      c3_1 = fma(v9, v22, c3_1);
      c3_2 = fma(v9, v24, c3_2);
      c3_3 = fma(v9, v26, c3_3);
      c4_0 = fma(v11, v20, c4_0);
      c4_1 = fma(v11, v22, c4_1);
      c4_2 = fma(v11, v24, c4_2);
      c4_3 = fma(v11, v26, c4_3);
      c5_0 = fma(v13, v20, c5_0);
      c5_1 = fma(v13, v22, c5_1);
      c5_2 = fma(v13, v24, c5_2);
      c5_3 = fma(v13, v26, c5_3);
      c6_0 = fma(v15, v20, c6_0);
      c6_1 = fma(v15, v22, c6_1);
      c6_2 = fma(v15, v24, c6_2);
      c6_3 = fma(v15, v26, c6_3);
      c7_0 = fma(v17, v20, c7_0);
      c7_1 = fma(v17, v22, c7_1);
      c7_2 = fma(v17, v24, c7_2);
      c7_3 = fma(v17, v26, c7_3);
    }
    {
      let k27: i32 = r0 + 1i;
      let v28: i32 = (k27 * 8i);
      let v29: i32 = (v28 + i1);
      let v30: f32 = in1[v29];
      let v31: i32 = (v28 + i1_1);
      let v32: f32 = in1[v31];
      let v33: i32 = (v28 + i1_2);
      let v34: f32 = in1[v33];
      let v35: i32 = (v28 + i1_3);
      let v36: f32 = in1[v35];
      let v37: i32 = (v28 + i1_4);
      let v38: f32 = in1[v37];
      let v39: i32 = (v28 + i1_5);
      let v40: f32 = in1[v39];
      let v41: i32 = (v28 + i1_6);
      let v42: f32 = in1[v41];
      let v43: i32 = (v28 + i1_7);
      let v44: f32 = in1[v43];
      let v45: i32 = (k27 * 4i);
      let v46: i32 = (v45 + i0);
      let v47: f32 = in0[v46];
      let v48: i32 = (v45 + i0_1);
      let v49: f32 = in0[v48];
      let v50: i32 = (v45 + i0_2);
      let v51: f32 = in0[v50];
      let v52: i32 = (v45 + i0_3);
      let v53: f32 = in0[v52];
      c0_0 = fma(v30, v47, c0_0);
      c0_1 = fma(v30, v49, c0_1);
      c0_2 = fma(v30, v51, c0_2);
      c0_3 = fma(v30, v53, c0_3);
      c1_0 = fma(v32, v47, c1_0);
      c1_1 = fma(v32, v49, c1_1);
      c1_2 = fma(v32, v51, c1_2);
      c1_3 = fma(v32, v53, c1_3);
      c2_0 = fma(v34, v47, c2_0);
      c2_1 = fma(v34, v49, c2_1);
      c2_2 = fma(v34, v51, c2_2);
      c2_3 = fma(v34, v53, c2_3);
      c3_0 = fma(v36, v47, c3_0);
      c3_1 = fma(v36, v49, c3_1);
      c3_2 = fma(v36, v51, c3_2);
      c3_3 = fma(v36, v53, c3_3);
      c4_0 = fma(v38, v47, c4_0);
      c4_1 = fma(v38, v49, c4_1);
      c4_2 = fma(v38, v51, c4_2);
      c4_3 = fma(v38, v53, c4_3);
      c5_0 = fma(v40, v47, c5_0);
      c5_1 = fma(v40, v49, c5_1);
      c5_2 = fma(v40, v51, c5_2);
      c5_3 = fma(v40, v53, c5_3);
      c6_0 = fma(v42, v47, c6_0);
      c6_1 = fma(v42, v49, c6_1);
      c6_2 = fma(v42, v51, c6_2);
      c6_3 = fma(v42, v53, c6_3);
      c7_0 = fma(v44, v47, c7_0);
      c7_1 = fma(v44, v49, c7_1);
      c7_2 = fma(v44, v51, c7_2);
      c7_3 = fma(v44, v53, c7_3);
    }
    {
      let k54: i32 = r0 + 2i;
      let v55: i32 = (k54 * 8i);
      let v56: i32 = (v55 + i1);
      let v57: f32 = in1[v56];
      let v58: i32 = (v55 + i1_1);
      let v59: f32 = in1[v58];
      let v60: i32 = (v55 + i1_2);
      let v61: f32 = in1[v60];
      let v62: i32 = (v55 + i1_3);
      let v63: f32 = in1[v62];
      let v64: i32 = (v55 + i1_4);
      let v65: f32 = in1[v64];
      let v66: i32 = (v55 + i1_5);
      let v67: f32 = in1[v66];
      let v68: i32 = (v55 + i1_6);
      let v69: f32 = in1[v68];
      let v70: i32 = (v55 + i1_7);
      let v71: f32 = in1[v70];
      let v72: i32 = (k54 * 4i);
      let v73: i32 = (v72 + i0);
      let v74: f32 = in0[v73];
      let v75: i32 = (v72 + i0_1);
      let v76: f32 = in0[v75];
      let v77: i32 = (v72 + i0_2);
      let v78: f32 = in0[v77];
      let v79: i32 = (v72 + i0_3);
      let v80: f32 = in0[v79];
      c0_0 = fma(v57, v74, c0_0);
      c0_1 = fma(v57, v76, c0_1);
      c0_2 = fma(v57, v78, c0_2);
      c0_3 = fma(v57, v80, c0_3);
      c1_0 = fma(v59, v74, c1_0);
      c1_1 = fma(v59, v76, c1_1);
      c1_2 = fma(v59, v78, c1_2);
      c1_3 = fma(v59, v80, c1_3);
      c2_0 = fma(v61, v74, c2_0);
      c2_1 = fma(v61, v76, c2_1);
      c2_2 = fma(v61, v78, c2_2);
      c2_3 = fma(v61, v80, c2_3);
      c3_0 = fma(v63, v74, c3_0);
      c3_1 = fma(v63, v76, c3_1);
      c3_2 = fma(v63, v78, c3_2);
      c3_3 = fma(v63, v80, c3_3);
      c4_0 = fma(v65, v74, c4_0);
      c4_1 = fma(v65, v76, c4_1);
      c4_2 = fma(v65, v78, c4_2);
      c4_3 = fma(v65, v80, c4_3);
      c5_0 = fma(v67, v74, c5_0);
      c5_1 = fma(v67, v76, c5_1);
      c5_2 = fma(v67, v78, c5_2);
      c5_3 = fma(v67, v80, c5_3);
      c6_0 = fma(v69, v74, c6_0);
      c6_1 = fma(v69, v76, c6_1);
      c6_2 = fma(v69, v78, c6_2);
      c6_3 = fma(v69, v80, c6_3);
      c7_0 = fma(v71, v74, c7_0);
      c7_1 = fma(v71, v76, c7_1);
      c7_2 = fma(v71, v78, c7_2);
      c7_3 = fma(v71, v80, c7_3);
    }
    {
      let k81: i32 = r0 + 3i;
      let v82: i32 = (k81 * 8i);
      let v83: i32 = (v82 + i1);
      let v84: f32 = in1[v83];
      let v85: i32 = (v82 + i1_1);
      let v86: f32 = in1[v85];
      let v87: i32 = (v82 + i1_2);
      let v88: f32 = in1[v87];
      let v89: i32 = (v82 + i1_3);
      let v90: f32 = in1[v89];
      let v91: i32 = (v82 + i1_4);
      let v92: f32 = in1[v91];
      let v93: i32 = (v82 + i1_5);
      let v94: f32 = in1[v93];
      let v95: i32 = (v82 + i1_6);
      let v96: f32 = in1[v95];
      let v97: i32 = (v82 + i1_7);
      let v98: f32 = in1[v97];
      let v99: i32 = (k81 * 4i);
      let v100: i32 = (v99 + i0);
      let v101: f32 = in0[v100];
      let v102: i32 = (v99 + i0_1);
      let v103: f32 = in0[v102];
      let v104: i32 = (v99 + i0_2);
      let v105: f32 = in0[v104];
      let v106: i32 = (v99 + i0_3);
      let v107: f32 = in0[v106];
      c0_0 = fma(v84, v101, c0_0);
      c0_1 = fma(v84, v103, c0_1);
      c0_2 = fma(v84, v105, c0_2);
      c0_3 = fma(v84, v107, c0_3);
      c1_0 = fma(v86, v101, c1_0);
      c1_1 = fma(v86, v103, c1_1);
      c1_2 = fma(v86, v105, c1_2);
      c1_3 = fma(v86, v107, c1_3);
      c2_0 = fma(v88, v101, c2_0);
      c2_1 = fma(v88, v103, c2_1);
      c2_2 = fma(v88, v105, c2_2);
      c2_3 = fma(v88, v107, c2_3);
      c3_0 = fma(v90, v101, c3_0);
      c3_1 = fma(v90, v103, c3_1);
      c3_2 = fma(v90, v105, c3_2);
      c3_3 = fma(v90, v107, c3_3);
      c4_0 = fma(v92, v101, c4_0);
      c4_1 = fma(v92, v103, c4_1);
      c4_2 = fma(v92, v105, c4_2);
      c4_3 = fma(v92, v107, c4_3);
      c5_0 = fma(v94, v101, c5_0);
      c5_1 = fma(v94, v103, c5_1);
      c5_2 = fma(v94, v105, c5_2);
      c5_3 = fma(v94, v107, c5_3);
      c6_0 = fma(v96, v101, c6_0);
      c6_1 = fma(v96, v103, c6_1);
      c6_2 = fma(v96, v105, c6_2);
      c6_3 = fma(v96, v107, c6_3);
      c7_0 = fma(v98, v101, c7_0);
      c7_1 = fma(v98, v103, c7_1);
      c7_2 = fma(v98, v105, c7_2);
      c7_3 = fma(v98, v107, c7_3);
    }
  }
  {
    let v108: i32 = (i0 * 8i);
    let v109: i32 = (v108 + i1);
    out0[v109] = c0_0;
  }
  {
    let v110: i32 = (i0_1 * 8i);
    let v111: i32 = (v110 + i1);
    out0[v111] = c0_1;
  }
  {
    let v112: i32 = (i0_2 * 8i);
    let v113: i32 = (v112 + i1);
    out0[v113] = c0_2;
  }
  {
    let v114: i32 = (i0_3 * 8i);
    let v115: i32 = (v114 + i1);
    out0[v115] = c0_3;
  }
  {
    let v116: i32 = (i0 * 8i);
    let v117: i32 = (v116 + i1_1);
    out0[v117] = c1_0;
  }
  {
    let v118: i32 = (i0_1 * 8i);
    let v119: i32 = (v118 + i1_1);
    out0[v119] = c1_1;
  }
  {
    let v120: i32 = (i0_2 * 8i);
    let v121: i32 = (v120 + i1_1);
    out0[v121] = c1_2;
  }
  {
    let v122: i32 = (i0_3 * 8i);
    let v123: i32 = (v122 + i1_1);
    out0[v123] = c1_3;
  }
  {
    let v124: i32 = (i0 * 8i);
    let v125: i32 = (v124 + i1_2);
    out0[v125] = c2_0;
  }
  {
    let v126: i32 = (i0_1 * 8i);
    let v127: i32 = (v126 + i1_2);
    out0[v127] = c2_1;
  }
  {
    let v128: i32 = (i0_2 * 8i);
    let v129: i32 = (v128 + i1_2);
    out0[v129] = c2_2;
  }
  {
    let v130: i32 = (i0_3 * 8i);
    let v131: i32 = (v130 + i1_2);
    out0[v131] = c2_3;
  }
  {
    let v132: i32 = (i0 * 8i);
    let v133: i32 = (v132 + i1_3);
    out0[v133] = c3_0;
  }
  {
    let v134: i32 = (i0_1 * 8i);
    let v135: i32 = (v134 + i1_3);
    out0[v135] = c3_1;
  }
  {
    let v136: i32 = (i0_2 * 8i);
    let v137: i32 = (v136 + i1_3);
    out0[v137] = c3_2;
  }
  {
    let v138: i32 = (i0_3 * 8i);
    let v139: i32 = (v138 + i1_3);
    out0[v139] = c3_3;
  }
  {
    let v140: i32 = (i0 * 8i);
    let v141: i32 = (v140 + i1_4);
    out0[v141] = c4_0;
  }
  {
    let v142: i32 = (i0_1 * 8i);
    let v143: i32 = (v142 + i1_4);
    out0[v143] = c4_1;
  }
  {
    let v144: i32 = (i0_2 * 8i);
    let v145: i32 = (v144 + i1_4);
    out0[v145] = c4_2;
  }
  {
    let v146: i32 = (i0_3 * 8i);
    let v147: i32 = (v146 + i1_4);
    out0[v147] = c4_3;
  }
  {
    let v148: i32 = (i0 * 8i);
    let v149: i32 = (v148 + i1_5);
    out0[v149] = c5_0;
  }
  {
    let v150: i32 = (i0_1 * 8i);
    let v151: i32 = (v150 + i1_5);
    out0[v151] = c5_1;
  }
  {
    let v152: i32 = (i0_2 * 8i);
    let v153: i32 = (v152 + i1_5);
    out0[v153] = c5_2;
  }
  {
    let v154: i32 = (i0_3 * 8i);
    let v155: i32 = (v154 + i1_5);
    out0[v155] = c5_3;
  }
  {
    let v156: i32 = (i0 * 8i);
    let v157: i32 = (v156 + i1_6);
    out0[v157] = c6_0;
  }
  {
    let v158: i32 = (i0_1 * 8i);
    let v159: i32 = (v158 + i1_6);
    out0[v159] = c6_1;
  }
  {
    let v160: i32 = (i0_2 * 8i);
    let v161: i32 = (v160 + i1_6);
    out0[v161] = c6_2;
  }
  {
    let v162: i32 = (i0_3 * 8i);
    let v163: i32 = (v162 + i1_6);
    out0[v163] = c6_3;
  }
  {
    let v164: i32 = (i0 * 8i);
    let v165: i32 = (v164 + i1_7);
    out0[v165] = c7_0;
  }
  {
    let v166: i32 = (i0_1 * 8i);
    let v167: i32 = (v166 + i1_7);
    out0[v167] = c7_1;
  }
  {
    let v168: i32 = (i0_2 * 8i);
    let v169: i32 = (v168 + i1_7);
    out0[v169] = c7_2;
  }
  {
    let v170: i32 = (i0_3 * 8i);
    let v171: i32 = (v170 + i1_7);
    out0[v171] = c7_3;
  }
}
