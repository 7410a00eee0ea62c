# jit(f).lower(...).compile({ device: 'webgpu' }).asText('wgsl'), PINNED_PROFILE — case 'matmul_bias_relu'
// kernax kernel k0: contract, pinned profile
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@compute @workgroup_size(8)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
  let grp: i32 = i32(wid.x + wid.y * 4u);
  let lf: i32 = i32(lid);
  if (lf >= 6i) { return; }
  let t1: i32 = lf;
  let t0: i32 = grp;
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
  let v0: i32 = (i0 * 64i);
  let v1: i32 = (i0_1 * 64i);
  let v2: i32 = (i0_2 * 64i);
  let v3: i32 = (i0_3 * 64i);
  let v4: i32 = (i0_4 * 64i);
  let v5: i32 = (i0_5 * 64i);
  let v6: i32 = (i0_6 * 64i);
  let v7: i32 = (i0_7 * 64i);
  for (var r0: i32 = 0i; r0 < 64i; r0 = r0 + 4i) {
    {
      let k8: i32 = r0;
      let v9: i32 = (v0 + k8);
      let v10: f32 = in0[v9];
      let v11: i32 = (v1 + k8);
      let v12: f32 = in0[v11];
      let v13: i32 = (v2 + k8);
      let v14: f32 = in0[v13];
      let v15: i32 = (v3 + k8);
      let v16: f32 = in0[v15];
      let v17: i32 = (v4 + k8);
      let v18: f32 = in0[v17];
      let v19: i32 = (v5 + k8);
      let v20: f32 = in0[v19];
      let v21: i32 = (v6 + k8);
      let v22: f32 = in0[v21];
      let v23: i32 = (v7 + k8);
      let v24: f32 = in0[v23];
      let v25: i32 = (k8 * 48i);
      let v26: i32 = (v25 + i1);
      let v27: f32 = in1[v26];
      let v28: i32 = (v25 + i1_1);
      let v29: f32 = in1[v28];
      let v30: i32 = (v25 + i1_2);
      let v31: f32 = in1[v30];
      let v32: i32 = (v25 + i1_3);
      let v33: f32 = in1[v32];
      let v34: i32 = (v25 + i1_4);
      let v35: f32 = in1[v34];
      let v36: i32 = (v25 + i1_5);
      let v37: f32 = in1[v36];
      let v38: i32 = (v25 + i1_6);
      let v39: f32 = in1[v38];
      let v40: i32 = (v25 + i1_7);
      let v41: f32 = in1[v40];
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
      let k42: i32 = r0 + 1i;
      let v43: i32 = (v0 + k42);
      let v44: f32 = in0[v43];
      let v45: i32 = (v1 + k42);
      let v46: f32 = in0[v45];
      let v47: i32 = (v2 + k42);
      let v48: f32 = in0[v47];
      let v49: i32 = (v3 + k42);
      let v50: f32 = in0[v49];
      let v51: i32 = (v4 + k42);
      let v52: f32 = in0[v51];
      let v53: i32 = (v5 + k42);
      let v54: f32 = in0[v53];
      let v55: i32 = (v6 + k42);
      let v56: f32 = in0[v55];
      let v57: i32 = (v7 + k42);
      let v58: f32 = in0[v57];
      let v59: i32 = (k42 * 48i);
      let v60: i32 = (v59 + i1);
      let v61: f32 = in1[v60];
      let v62: i32 = (v59 + i1_1);
      let v63: f32 = in1[v62];
      let v64: i32 = (v59 + i1_2);
      let v65: f32 = in1[v64];
      let v66: i32 = (v59 + i1_3);
      let v67: f32 = in1[v66];
      let v68: i32 = (v59 + i1_4);
      let v69: f32 = in1[v68];
      let v70: i32 = (v59 + i1_5);
      let v71: f32 = in1[v70];
      let v72: i32 = (v59 + i1_6);
      let v73: f32 = in1[v72];
      let v74: i32 = (v59 + i1_7);
      let v75: f32 = in1[v74];
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
      let k76: i32 = r0 + 2i;
      let v77: i32 = (v0 + k76);
      let v78: f32 = in0[v77];
      let v79: i32 = (v1 + k76);
      let v80: f32 = in0[v79];
      let v81: i32 = (v2 + k76);
      let v82: f32 = in0[v81];
      let v83: i32 = (v3 + k76);
      let v84: f32 = in0[v83];
      let v85: i32 = (v4 + k76);
      let v86: f32 = in0[v85];
      let v87: i32 = (v5 + k76);
      let v88: f32 = in0[v87];
      let v89: i32 = (v6 + k76);
      let v90: f32 = in0[v89];
      let v91: i32 = (v7 + k76);
      let v92: f32 = in0[v91];
      let v93: i32 = (k76 * 48i);
      let v94: i32 = (v93 + i1);
      let v95: f32 = in1[v94];
      let v96: i32 = (v93 + i1_1);
      let v97: f32 = in1[v96];
      let v98: i32 = (v93 + i1_2);
      let v99: f32 = in1[v98];
      let v100: i32 = (v93 + i1_3);
      let v101: f32 = in1[v100];
      let v102: i32 = (v93 + i1_4);
      let v103: f32 = in1[v102];
      let v104: i32 = (v93 + i1_5);
      let v105: f32 = in1[v104];
      let v106: i32 = (v93 + i1_6);
      let v107: f32 = in1[v106];
      let v108: i32 = (v93 + i1_7);
      let v109: f32 = in1[v108];
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
      let k110: i32 = r0 + 3i;
      let v111: i32 = (v0 + k110);
      let v112: f32 = in0[v111];
      let v113: i32 = (v1 + k110);
      let v114: f32 = in0[v113];
      let v115: i32 = (v2 + k110);
      let v116: f32 = in0[v115];
      let v117: i32 = (v3 + k110);
      let v118: f32 = in0[v117];
      let v119: i32 = (v4 + k110);
      let v120: f32 = in0[v119];
      let v121: i32 = (v5 + k110);
      let v122: f32 = in0[v121];
      let v123: i32 = (v6 + k110);
      let v124: f32 = in0[v123];
      let v125: i32 = (v7 + k110);
      let v126: f32 = in0[v125];
      let v127: i32 = (k110 * 48i);
      let v128: i32 = (v127 + i1);
      let v129: f32 = in1[v128];
      let v130: i32 = (v127 + i1_1);
      let v131: f32 = in1[v130];
      let v132: i32 = (v127 + i1_2);
      let v133: f32 = in1[v132];
      let v134: i32 = (v127 + i1_3);
      let v135: f32 = in1[v134];
      let v136: i32 = (v127 + i1_4);
      let v137: f32 = in1[v136];
      let v138: i32 = (v127 + i1_5);
      let v139: f32 = in1[v138];
      let v140: i32 = (v127 + i1_6);
      let v141: f32 = in1[v140];
      let v142: i32 = (v127 + i1_7);
      let v143: f32 = in1[v142];
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
  }
  {
    let v144: i32 = (i0 * 48i);
    let v145: i32 = (v144 + i1);
    let v146: f32 = in2[i1];
    let v147: f32 = (c0_0 + v146);
    let v148: bool = (v147 <= 0.0f);
    let v149: f32 = select(v147, 0.0f, v148);
    out0[v145] = v149;
  }
  {
    let v150: i32 = (i0 * 48i);
    let v151: i32 = (v150 + i1_1);
    let v152: f32 = in2[i1_1];
    let v153: f32 = (c0_1 + v152);
    let v154: bool = (v153 <= 0.0f);
    let v155: f32 = select(v153, 0.0f, v154);
    out0[v151] = v155;
  }
  {
    let v156: i32 = (i0 * 48i);
    let v157: i32 = (v156 + i1_2);
    let v158: f32 = in2[i1_2];
    let v159: f32 = (c0_2 + v158);
    let v160: bool = (v159 <= 0.0f);
    let v161: f32 = select(v159, 0.0f, v160);
    out0[v157] = v161;
  }
  {
    let v162: i32 = (i0 * 48i);
    let v163: i32 = (v162 + i1_3);
    let v164: f32 = in2[i1_3];
    let v165: f32 = (c0_3 + v164);
    let v166: bool = (v165 <= 0.0f);
    let v167: f32 = select(v165, 0.0f, v166);
    out0[v163] = v167;
  }
  {
    let v168: i32 = (i0 * 48i);
    let v169: i32 = (v168 + i1_4);
    let v170: f32 = in2[i1_4];
    let v171: f32 = (c0_4 + v170);
    let v172: bool = (v171 <= 0.0f);
    let v173: f32 = select(v171, 0.0f, v172);
    out0[v169] = v173;
  }
  {
    let v174: i32 = (i0 * 48i);
    let v175: i32 = (v174 + i1_5);
    let v176: f32 = in2[i1_5];
    let v177: f32 = (c0_5 + v176);
    let v178: bool = (v177 <= 0.0f);
    let v179: f32 = select(v177, 0.0f, v178);
    out0[v175] = v179;
  }
  {
    let v180: i32 = (i0 * 48i);
    let v181: i32 = (v180 + i1_6);
    let v182: f32 = in2[i1_6];
    let v183: f32 = (c0_6 + v182);
    let v184: bool = (v183 <= 0.0f);
    let v185: f32 = select(v183, 0.0f, v184);
    out0[v181] = v185;
  }
  {
    let v186: i32 = (i0 * 48i);
    let v187: i32 = (v186 + i1_7);
    let v188: f32 = in2[i1_7];
    let v189: f32 = (c0_7 + v188);
    let v190: bool = (v189 <= 0.0f);
    let v191: f32 = select(v189, 0.0f, v190);
    out0[v187] = v191;
  }
  {
    let v192: i32 = (i0_1 * 48i);
    let v193: i32 = (v192 + i1);
    let v194: f32 = in2[i1];
    let v195: f32 = (c1_0 + v194);
    let v196: bool = (v195 <= 0.0f);
    let v197: f32 = select(v195, 0.0f, v196);
    out0[v193] = v197;
  }
  {
    let v198: i32 = (i0_1 * 48i);
    let v199: i32 = (v198 + i1_1);
    let v200: f32 = in2[i1_1];
    let v201: f32 = (c1_1 + v200);
    let v202: bool = (v201 <= 0.0f);
    let v203: f32 = select(v201, 0.0f, v202);
    out0[v199] = v203;
  }
  {
    let v204: i32 = (i0_1 * 48i);
    let v205: i32 = (v204 + i1_2);
    let v206: f32 = in2[i1_2];
    let v207: f32 = (c1_2 + v206);
    let v208: bool = (v207 <= 0.0f);
    let v209: f32 = select(v207, 0.0f, v208);
    out0[v205] = v209;
  }
  {
    let v210: i32 = (i0_1 * 48i);
    let v211: i32 = (v210 + i1_3);
    let v212: f32 = in2[i1_3];
    let v213: f32 = (c1_3 + v212);
    let v214: bool = (v213 <= 0.0f);
    let v215: f32 = select(v213, 0.0f, v214);
    out0[v211] = v215;
  }
  {
    let v216: i32 = (i0_1 * 48i);
    let v217: i32 = (v216 + i1_4);
    let v218: f32 = in2[i1_4];
    let v219: f32 = (c1_4 + v218);
    let v220: bool = (v219 <= 0.0f);
    let v221: f32 = select(v219, 0.0f, v220);
    out0[v217] = v221;
  }
  {
    let v222: i32 = (i0_1 * 48i);
    let v223: i32 = (v222 + i1_5);
    let v224: f32 = in2[i1_5];
    let v225: f32 = (c1_5 + v224);
    let v226: bool = (v225 <= 0.0f);
    let v227: f32 = select(v225, 0.0f, v226);
    out0[v223] = v227;
  }
  {
    let v228: i32 = (i0_1 * 48i);
    let v229: i32 = (v228 + i1_6);
    let v230: f32 = in2[i1_6];
    let v231: f32 = (c1_6 + v230);
    let v232: bool = (v231 <= 0.0f);
    let v233: f32 = select(v231, 0.0f, v232);
    out0[v229] = v233;
  }
  {
    let v234: i32 = (i0_1 * 48i);
    let v235: i32 = (v234 + i1_7);
    let v236: f32 = in2[i1_7];
    let v237: f32 = (c1_7 + v236);
    let v238: bool = (v237 <= 0.0f);
    let v239: f32 = select(v237, 0.0f, v238);
    out0[v235] = v239;
  }
  {
    let v240: i32 = (i0_2 * 48i);
    let v241: i32 = (v240 + i1);
    let v242: f32 = in2[i1];
    let v243: f32 = (c2_0 + v242);
    let v244: bool = (v243 <= 0.0f);
    let v245: f32 = select(v243, 0.0f, v244);
    out0[v241] = v245;
  }
  {
    let v246: i32 = (i0_2 * 48i);
    let v247: i32 = (v246 + i1_1);
    let v248: f32 = in2[i1_1];
    let v249: f32 = (c2_1 + v248);
    let v250: bool = (v249 <= 0.0f);
    let v251: f32 = select(v249, 0.0f, v250);
    out0[v247] = v251;
  }
  {
    let v252: i32 = (i0_2 * 48i);
    let v253: i32 = (v252 + i1_2);
    let v254: f32 = in2[i1_2];
    let v255: f32 = (c2_2 + v254);
    let v256: bool = (v255 <= 0.0f);
    let v257: f32 = select(v255, 0.0f, v256);
    out0[v253] = v257;
  }
  {
    let v258: i32 = (i0_2 * 48i);
    let v259: i32 = (v258 + i1_3);
    let v260: f32 = in2[i1_3];
    let v261: f32 = (c2_3 + v260);
    let v262: bool = (v261 <= 0.0f);
    let v263: f32 = select(v261, 0.0f, v262);
    out0[v259] = v263;
  }
  {
    let v264: i32 = (i0_2 * 48i);
    let v265: i32 = (v264 + i1_4);
    let v266: f32 = in2[i1_4];
    let v267: f32 = (c2_4 + v266);
    let v268: bool = (v267 <= 0.0f);
    let v269: f32 = select(v267, 0.0f, v268);
    out0[v265] = v269;
  }
  {
    let v270: i32 = (i0_2 * 48i);
    let v271: i32 = (v270 + i1_5);
    let v272: f32 = in2[i1_5];
    let v273: f32 = (c2_5 + v272);
    let v274: bool = (v273 <= 0.0f);
    let v275: f32 = select(v273, 0.0f, v274);
    out0[v271] = v275;
  }
  {
    let v276: i32 = (i0_2 * 48i);
    let v277: i32 = (v276 + i1_6);
    let v278: f32 = in2[i1_6];
    let v279: f32 = (c2_6 + v278);
    let v280: bool = (v279 <= 0.0f);
    let v281: f32 = select(v279, 0.0f, v280);
    out0[v277] = v281;
  }
  {
    let v282: i32 = (i0_2 * 48i);
    let v283: i32 = (v282 + i1_7);
    let v284: f32 = in2[i1_7];
    let v285: f32 = (c2_7 + v284);
    let v286: bool = (v285 <= 0.0f);
    let v287: f32 = select(v285, 0.0f, v286);
    out0[v283] = v287;
  }
  {
    let v288: i32 = (i0_3 * 48i);
    let v289: i32 = (v288 + i1);
    let v290: f32 = in2[i1];
    let v291: f32 = (c3_0 + v290);
    let v292: bool = (v291 <= 0.0f);
    let v293: f32 = select(v291, 0.0f, v292);
    out0[v289] = v293;
  }
  {
    let v294: i32 = (i0_3 * 48i);
    let v295: i32 = (v294 + i1_1);
    let v296: f32 = in2[i1_1];
    let v297: f32 = (c3_1 + v296);
    let v298: bool = (v297 <= 0.0f);
    let v299: f32 = select(v297, 0.0f, v298);
    out0[v295] = v299;
  }
  {
    let v300: i32 = (i0_3 * 48i);
    let v301: i32 = (v300 + i1_2);
    let v302: f32 = in2[i1_2];
    let v303: f32 = (c3_2 + v302);
    let v304: bool = (v303 <= 0.0f);
    let v305: f32 = select(v303, 0.0f, v304);
    out0[v301] = v305;
  }
  {
    let v306: i32 = (i0_3 * 48i);
    let v307: i32 = (v306 + i1_3);
    let v308: f32 = in2[i1_3];
    let v309: f32 = (c3_3 + v308);
    let v310: bool = (v309 <= 0.0f);
    let v311: f32 = select(v309, 0.0f, v310);
    out0[v307] = v311;
  }
  {
    let v312: i32 = (i0_3 * 48i);
    let v313: i32 = (v312 + i1_4);
    let v314: f32 = in2[i1_4];
    let v315: f32 = (c3_4 + v314);
    let v316: bool = (v315 <= 0.0f);
    let v317: f32 = select(v315, 0.0f, v316);
    out0[v313] = v317;
  }
  {
    let v318: i32 = (i0_3 * 48i);
    let v319: i32 = (v318 + i1_5);
    let v320: f32 = in2[i1_5];
    let v321: f32 = (c3_5 + v320);
    let v322: bool = (v321 <= 0.0f);
    let v323: f32 = select(v321, 0.0f, v322);
    out0[v319] = v323;
  }
  {
    let v324: i32 = (i0_3 * 48i);
    let v325: i32 = (v324 + i1_6);
    let v326: f32 = in2[i1_6];
    let v327: f32 = (c3_6 + v326);
    let v328: bool = (v327 <= 0.0f);
    let v329: f32 = select(v327, 0.0f, v328);
    out0[v325] = v329;
  }
  {
    let v330: i32 = (i0_3 * 48i);
    let v331: i32 = (v330 + i1_7);
    let v332: f32 = in2[i1_7];
    let v333: f32 = (c3_7 + v332);
    let v334: bool = (v333 <= 0.0f);
    let v335: f32 = select(v333, 0.0f, v334);
    out0[v331] = v335;
  }
  {
    let v336: i32 = (i0_4 * 48i);
    let v337: i32 = (v336 + i1);
    let v338: f32 = in2[i1];
    let v339: f32 = (c4_0 + v338);
    let v340: bool = (v339 <= 0.0f);
    let v341: f32 = select(v339, 0.0f, v340);
    out0[v337] = v341;
  }
  {
    let v342: i32 = (i0_4 * 48i);
    let v343: i32 = (v342 + i1_1);
    let v344: f32 = in2[i1_1];
    let v345: f32 = (c4_1 + v344);
    let v346: bool = (v345 <= 0.0f);
    let v347: f32 = select(v345, 0.0f, v346);
    out0[v343] = v347;
  }
  {
    let v348: i32 = (i0_4 * 48i);
    let v349: i32 = (v348 + i1_2);
    let v350: f32 = in2[i1_2];
    let v351: f32 = (c4_2 + v350);
    let v352: bool = (v351 <= 0.0f);
    let v353: f32 = select(v351, 0.0f, v352);
    out0[v349] = v353;
  }
  {
    let v354: i32 = (i0_4 * 48i);
    let v355: i32 = (v354 + i1_3);
    let v356: f32 = in2[i1_3];
    let v357: f32 = (c4_3 + v356);
    let v358: bool = (v357 <= 0.0f);
    let v359: f32 = select(v357, 0.0f, v358);
    out0[v355] = v359;
  }
  {
    let v360: i32 = (i0_4 * 48i);
    let v361: i32 = (v360 + i1_4);
    let v362: f32 = in2[i1_4];
    let v363: f32 = (c4_4 + v362);
    let v364: bool = (v363 <= 0.0f);
    let v365: f32 = select(v363, 0.0f, v364);
    out0[v361] = v365;
  }
  {
    let v366: i32 = (i0_4 * 48i);
    let v367: i32 = (v366 + i1_5);
    let v368: f32 = in2[i1_5];
    let v369: f32 = (c4_5 + v368);
    let v370: bool = (v369 <= 0.0f);
    let v371: f32 = select(v369, 0.0f, v370);
    out0[v367] = v371;
  }
  {
    let v372: i32 = (i0_4 * 48i);
    let v373: i32 = (v372 + i1_6);
    let v374: f32 = in2[i1_6];
    let v375: f32 = (c4_6 + v374);
    let v376: bool = (v375 <= 0.0f);
    let v377: f32 = select(v375, 0.0f, v376);
    out0[v373] = v377;
  }
  {
    let v378: i32 = (i0_4 * 48i);
    let v379: i32 = (v378 + i1_7);
    let v380: f32 = in2[i1_7];
    let v381: f32 = (c4_7 + v380);
    let v382: bool = (v381 <= 0.0f);
    let v383: f32 = select(v381, 0.0f, v382);
    out0[v379] = v383;
  }
  {
    let v384: i32 = (i0_5 * 48i);
    let v385: i32 = (v384 + i1);
    let v386: f32 = in2[i1];
    let v387: f32 = (c5_0 + v386);
    let v388: bool = (v387 <= 0.0f);
    let v389: f32 = select(v387, 0.0f, v388);
    out0[v385] = v389;
  }
  {
    let v390: i32 = (i0_5 * 48i);
    let v391: i32 = (v390 + i1_1);
    let v392: f32 = in2[i1_1];
    let v393: f32 = (c5_1 + v392);
    let v394: bool = (v393 <= 0.0f);
    let v395: f32 = select(v393, 0.0f, v394);
    out0[v391] = v395;
  }
  {
    let v396: i32 = (i0_5 * 48i);
    let v397: i32 = (v396 + i1_2);
    let v398: f32 = in2[i1_2];
    let v399: f32 = (c5_2 + v398);
    let v400: bool = (v399 <= 0.0f);
    let v401: f32 = select(v399, 0.0f, v400);
    out0[v397] = v401;
  }
  {
    let v402: i32 = (i0_5 * 48i);
    let v403: i32 = (v402 + i1_3);
    let v404: f32 = in2[i1_3];
    let v405: f32 = (c5_3 + v404);
    let v406: bool = (v405 <= 0.0f);
    let v407: f32 = select(v405, 0.0f, v406);
    out0[v403] = v407;
  }
  {
    let v408: i32 = (i0_5 * 48i);
    let v409: i32 = (v408 + i1_4);
    let v410: f32 = in2[i1_4];
    let v411: f32 = (c5_4 + v410);
    let v412: bool = (v411 <= 0.0f);
    let v413: f32 = select(v411, 0.0f, v412);
    out0[v409] = v413;
  }
  {
    let v414: i32 = (i0_5 * 48i);
    let v415: i32 = (v414 + i1_5);
    let v416: f32 = in2[i1_5];
    let v417: f32 = (c5_5 + v416);
    let v418: bool = (v417 <= 0.0f);
    let v419: f32 = select(v417, 0.0f, v418);
    out0[v415] = v419;
  }
  {
    let v420: i32 = (i0_5 * 48i);
    let v421: i32 = (v420 + i1_6);
    let v422: f32 = in2[i1_6];
    let v423: f32 = (c5_6 + v422);
    let v424: bool = (v423 <= 0.0f);
    let v425: f32 = select(v423, 0.0f, v424);
    out0[v421] = v425;
  }
  {
    let v426: i32 = (i0_5 * 48i);
    let v427: i32 = (v426 + i1_7);
    let v428: f32 = in2[i1_7];
    let v429: f32 = (c5_7 + v428);
    let v430: bool = (v429 <= 0.0f);
    let v431: f32 = select(v429, 0.0f, v430);
    out0[v427] = v431;
  }
  {
    let v432: i32 = (i0_6 * 48i);
    let v433: i32 = (v432 + i1);
    let v434: f32 = in2[i1];
    let v435: f32 = (c6_0 + v434);
    let v436: bool = (v435 <= 0.0f);
    let v437: f32 = select(v435, 0.0f, v436);
    out0[v433] = v437;
  }
  {
    let v438: i32 = (i0_6 * 48i);
    let v439: i32 = (v438 + i1_1);
    let v440: f32 = in2[i1_1];
    let v441: f32 = (c6_1 + v440);
    let v442: bool = (v441 <= 0.0f);
    let v443: f32 = select(v441, 0.0f, v442);
    out0[v439] = v443;
  }
  {
    let v444: i32 = (i0_6 * 48i);
    let v445: i32 = (v444 + i1_2);
    let v446: f32 = in2[i1_2];
    let v447: f32 = (c6_2 + v446);
    let v448: bool = (v447 <= 0.0f);
    let v449: f32 = select(v447, 0.0f, v448);
    out0[v445] = v449;
  }
  {
    let v450: i32 = (i0_6 * 48i);
    let v451: i32 = (v450 + i1_3);
    let v452: f32 = in2[i1_3];
    let v453: f32 = (c6_3 + v452);
    let v454: bool = (v453 <= 0.0f);
    let v455: f32 = select(v453, 0.0f, v454);
    out0[v451] = v455;
  }
  {
    let v456: i32 = (i0_6 * 48i);
    let v457: i32 = (v456 + i1_4);
    let v458: f32 = in2[i1_4];
    let v459: f32 = (c6_4 + v458);
    let v460: bool = (v459 <= 0.0f);
    let v461: f32 = select(v459, 0.0f, v460);
    out0[v457] = v461;
  }
  {
    let v462: i32 = (i0_6 * 48i);
    let v463: i32 = (v462 + i1_5);
    let v464: f32 = in2[i1_5];
    let v465: f32 = (c6_5 + v464);
    let v466: bool = (v465 <= 0.0f);
    let v467: f32 = select(v465, 0.0f, v466);
    out0[v463] = v467;
  }
  {
    let v468: i32 = (i0_6 * 48i);
    let v469: i32 = (v468 + i1_6);
    let v470: f32 = in2[i1_6];
    let v471: f32 = (c6_6 + v470);
    let v472: bool = (v471 <= 0.0f);
    let v473: f32 = select(v471, 0.0f, v472);
    out0[v469] = v473;
  }
  {
    let v474: i32 = (i0_6 * 48i);
    let v475: i32 = (v474 + i1_7);
    let v476: f32 = in2[i1_7];
    let v477: f32 = (c6_7 + v476);
    let v478: bool = (v477 <= 0.0f);
    let v479: f32 = select(v477, 0.0f, v478);
    out0[v475] = v479;
  }
  {
    let v480: i32 = (i0_7 * 48i);
    let v481: i32 = (v480 + i1);
    let v482: f32 = in2[i1];
    let v483: f32 = (c7_0 + v482);
    let v484: bool = (v483 <= 0.0f);
    let v485: f32 = select(v483, 0.0f, v484);
    out0[v481] = v485;
  }
  {
    let v486: i32 = (i0_7 * 48i);
    let v487: i32 = (v486 + i1_1);
    let v488: f32 = in2[i1_1];
    let v489: f32 = (c7_1 + v488);
    let v490: bool = (v489 <= 0.0f);
    let v491: f32 = select(v489, 0.0f, v490);
    out0[v487] = v491;
  }
  {
    let v492: i32 = (i0_7 * 48i);
    let v493: i32 = (v492 + i1_2);
    let v494: f32 = in2[i1_2];
    let v495: f32 = (c7_2 + v494);
    let v496: bool = (v495 <= 0.0f);
    let v497: f32 = select(v495, 0.0f, v496);
    out0[v493] = v497;
  }
  {
    let v498: i32 = (i0_7 * 48i);
    let v499: i32 = (v498 + i1_3);
    let v500: f32 = in2[i1_3];
    let v501: f32 = (c7_3 + v500);
    let v502: bool = (v501 <= 0.0f);
    let v503: f32 = select(v501, 0.0f, v502);
    out0[v499] = v503;
  }
  {
    let v504: i32 = (i0_7 * 48i);
    let v505: i32 = (v504 + i1_4);
    let v506: f32 = in2[i1_4];
    let v507: f32 = (c7_4 + v506);
    let v508: bool = (v507 <= 0.0f);
    let v509: f32 = select(v507, 0.0f, v508);
    out0[v505] = v509;
  }
  {
    let v510: i32 = (i0_7 * 48i);
    let v511: i32 = (v510 + i1_5);
    let v512: f32 = in2[i1_5];
    let v513: f32 = (c7_5 + v512);
    let v514: bool = (v513 <= 0.0f);
    let v515: f32 = select(v513, 0.0f, v514);
    out0[v511] = v515;
  }
  {
    let v516: i32 = (i0_7 * 48i);
    let v517: i32 = (v516 + i1_6);
    let v518: f32 = in2[i1_6];
    let v519: f32 = (c7_6 + v518);
    let v520: bool = (v519 <= 0.0f);
    let v521: f32 = select(v519, 0.0f, v520);
    out0[v517] = v521;
  }
  {
    let v522: i32 = (i0_7 * 48i);
    let v523: i32 = (v522 + i1_7);
    let v524: f32 = in2[i1_7];
    let v525: f32 = (c7_7 + v524);
    let v526: bool = (v525 <= 0.0f);
    let v527: f32 = select(v525, 0.0f, v526);
    out0[v523] = v527;
  }
}
