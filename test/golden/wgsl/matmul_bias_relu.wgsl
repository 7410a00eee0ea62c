# emitWgsl (src/lower/codegen-wgsl.ts), PINNED_PROFILE — case 'matmul_bias_relu'
// kernax kernel matmul_bias_relu: contract, pinned profile
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn kx_isnan(x: f32) -> bool { return (bitcast<u32>(x) & 0x7fffffffu) > 0x7f800000u; }
fn kx_maxf(a: f32, b: f32) -> f32 {
  if (kx_isnan(a)) { return a; }
  if (kx_isnan(b)) { return b; }
  if (a == b) { return bitcast<f32>(bitcast<u32>(a) & bitcast<u32>(b)); }
  return select(b, a, a > b);
}
@compute @workgroup_size(8)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
  let grp: i32 = i32(wid.x + wid.y * 5u);
  let lf: i32 = i32(lid);
  if (lf >= 6i) { return; }
  let t1: i32 = lf;
  let t0: i32 = grp;
  let i0: i32 = t0 * 7i;
  let i0_1: i32 = min(i0 + 1i, 32i);
  let i0_2: i32 = min(i0 + 2i, 32i);
  let i0_3: i32 = min(i0 + 3i, 32i);
  let i0_4: i32 = min(i0 + 4i, 32i);
  let i0_5: i32 = min(i0 + 5i, 32i);
  let i0_6: i32 = min(i0 + 6i, 32i);
  let i1: i32 = t1 * 8i;
  let i1_1: i32 = min(i1 + 1i, 46i);
  let i1_2: i32 = min(i1 + 2i, 46i);
  let i1_3: i32 = min(i1 + 3i, 46i);
  let i1_4: i32 = min(i1 + 4i, 46i);
  let i1_5: i32 = min(i1 + 5i, 46i);
  let i1_6: i32 = min(i1 + 6i, 46i);
  let i1_7: i32 = min(i1 + 7i, 46i);
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
  let v0: i32 = (i0 * 70i);
  let v1: i32 = (i0_1 * 70i);
  let v2: i32 = (i0_2 * 70i);
  let v3: i32 = (i0_3 * 70i);
  let v4: i32 = (i0_4 * 70i);
  let v5: i32 = (i0_5 * 70i);
  let v6: i32 = (i0_6 * 70i);
  for (var r0: i32 = 0i; r0 < 68i; r0 = r0 + 4i) {
    {
      let k7: i32 = r0;
      let v8: i32 = (v0 + k7);
      let v9: f32 = in0[v8];
      let v10: i32 = (v1 + k7);
      let v11: f32 = in0[v10];
      let v12: i32 = (v2 + k7);
      let v13: f32 = in0[v12];
      let v14: i32 = (v3 + k7);
      let v15: f32 = in0[v14];
      let v16: i32 = (v4 + k7);
      let v17: f32 = in0[v16];
      let v18: i32 = (v5 + k7);
      let v19: f32 = in0[v18];
      let v20: i32 = (v6 + k7);
      let v21: f32 = in0[v20];
      let v22: i32 = (k7 * 47i);
      let v23: i32 = (v22 + i1);
      let v24: f32 = in1[v23];
      let v25: i32 = (v22 + i1_1);
      let v26: f32 = in1[v25];
      let v27: i32 = (v22 + i1_2);
      let v28: f32 = in1[v27];
      let v29: i32 = (v22 + i1_3);
      let v30: f32 = in1[v29];
      let v31: i32 = (v22 + i1_4);
      let v32: f32 = in1[v31];
      let v33: i32 = (v22 + i1_5);
      let v34: f32 = in1[v33];
      let v35: i32 = (v22 + i1_6);
      let v36: f32 = in1[v35];
      let v37: i32 = (v22 + i1_7);
      let v38: f32 = in1[v37];
      c0_0 = fma(v9, v24, c0_0);
      c0_1 = fma(v9, v26, c0_1);
      c0_2 = fma(v9, v28, c0_2);
      c0_3 = fma(v9, v30, c0_3);
      c0_4 = fma(v9, v32, c0_4);
      c0_5 = fma(v9, v34, c0_5);
      c0_6 = fma(v9, v36, c0_6);
      c0_7 = fma(v9, v38, c0_7);
      c1_0 = fma(v11, v24, c1_0);
      c1_1 = fma(v11, v26, c1_1);
      c1_2 = fma(v11, v28, c1_2);
      c1_3 = fma(v11, v30, c1_3);
      c1_4 = fma(v11, v32, c1_4);
      c1_5 = fma(v11, v34, c1_5);
      c1_6 = fma(v11, v36, c1_6);
      c1_7 = fma(v11, v38, c1_7);
      c2_0 = fma(v13, v24, c2_0);
      c2_1 = fma(v13, v26, c2_1);
      c2_2 = fma(v13, v28, c2_2);
      c2_3 = fma(v13, v30, c2_3);
      c2_4 = fma(v13, v32, c2_4);
      c2_5 = fma(v13, v34, c2_5);
      c2_6 = fma(v13, v36, c2_6);
      c2_7 = fma(v13, v38, c2_7);
      c3_0 = fma(v15, v24, c3_0);
      c3_1 = fma(v15, v26, c3_1);
      c3_2 = fma(v15, v28, c3_2);
      c3_3 = fma(v15, v30, c3_3);
      c3_4 = fma(v15, v32, c3_4);
      c3_5 = fma(v15, v34, c3_5);
      c3_6 = fma(v15, v36, c3_6);
      c3_7 = fma(v15, v38, c3_7);
      c4_0 = fma(v17, v24, c4_0);
      c4_1 = fma(v17, v26, c4_1);
      c4_2 = fma(v17, v28, c4_2);
      c4_3 = fma(v17, v30, c4_3);
      c4_4 = fma(v17, v32, c4_4);
      c4_5 = fma(v17, v34, c4_5);
      c4_6 = fma(v17, v36, c4_6);
      c4_7 = fma(v17, v38, c4_7);
      c5_0 = fma(v19, v24, c5_0);
      c5_1 = fma(v19, v26, c5_1);
      c5_2 = fma(v19, v28, c5_2);
      c5_3 = fma(v19, v30, c5_3);
      c5_4 = fma(v19, v32, c5_4);
      c5_5 = fma(v19, v34, c5_5);
      c5_6 = fma(v19, v36, c5_6);
      c5_7 = fma(v19, v38, c5_7);
      c6_0 = fma(v21, v24, c6_0);
      c6_1 = fma(v21, v26, c6_1);
      c6_2 = fma(v21, v28, c6_2);
      c6_3 = fma(v21, v30, c6_3);
      c6_4 = fma(v21, v32, c6_4);
      c6_5 = fma(v21, v34, c6_5);
      c6_6 = fma(v21, v36, c6_6);
      c6_7 = fma(v21, v38, c6_7);
    }
    {
      let k39: i32 = r0 + 1i;
      let v40: i32 = (v0 + k39);
      let v41: f32 = in0[v40];
      let v42: i32 = (v1 + k39);
      let v43: f32 = in0[v42];
      let v44: i32 = (v2 + k39);
      let v45: f32 = in0[v44];
      let v46: i32 = (v3 + k39);
      let v47: f32 = in0[v46];
      let v48: i32 = (v4 + k39);
      let v49: f32 = in0[v48];
      let v50: i32 = (v5 + k39);
      let v51: f32 = in0[v50];
      let v52: i32 = (v6 + k39);
      let v53: f32 = in0[v52];
      let v54: i32 = (k39 * 47i);
      let v55: i32 = (v54 + i1);
      let v56: f32 = in1[v55];
      let v57: i32 = (v54 + i1_1);
      let v58: f32 = in1[v57];
      let v59: i32 = (v54 + i1_2);
      let v60: f32 = in1[v59];
      let v61: i32 = (v54 + i1_3);
      let v62: f32 = in1[v61];
      let v63: i32 = (v54 + i1_4);
      let v64: f32 = in1[v63];
      let v65: i32 = (v54 + i1_5);
      let v66: f32 = in1[v65];
      let v67: i32 = (v54 + i1_6);
      let v68: f32 = in1[v67];
      let v69: i32 = (v54 + i1_7);
      let v70: f32 = in1[v69];
      c0_0 = fma(v41, v56, c0_0);
      c0_1 = fma(v41, v58, c0_1);
      c0_2 = fma(v41, v60, c0_2);
      c0_3 = fma(v41, v62, c0_3);
      c0_4 = fma(v41, v64, c0_4);
      c0_5 = fma(v41, v66, c0_5);
      c0_6 = fma(v41, v68, c0_6);
      c0_7 = fma(v41, v70, c0_7);
      c1_0 = fma(v43, v56, c1_0);
      c1_1 = fma(v43, v58, c1_1);
      c1_2 = fma(v43, v60, c1_2);
      c1_3 = fma(v43, v62, c1_3);
      c1_4 = fma(v43, v64, c1_4);
      c1_5 = fma(v43, v66, c1_5);
      c1_6 = fma(v43, v68, c1_6);
      c1_7 = fma(v43, v70, c1_7);
      c2_0 = fma(v45, v56, c2_0);
      c2_1 = fma(v45, v58, c2_1);
      c2_2 = fma(v45, v60, c2_2);
      c2_3 = fma(v45, v62, c2_3);
      c2_4 = fma(v45, v64, c2_4);
      c2_5 = fma(v45, v66, c2_5);
      c2_6 = fma(v45, v68, c2_6);
      c2_7 = fma(v45, v70, c2_7);
      c3_0 = fma(v47, v56, c3_0);
      c3_1 = fma(v47, v58, c3_1);
      c3_2 = fma(v47, v60, c3_2);
      c3_3 = fma(v47, v62, c3_3);
      c3_4 = fma(v47, v64, c3_4);
      c3_5 = fma(v47, v66, c3_5);
      c3_6 = fma(v47, v68, c3_6);
      c3_7 = fma(v47, v70, c3_7);
      c4_0 = fma(v49, v56, c4_0);
      c4_1 = fma(v49, v58, c4_1);
      c4_2 = fma(v49, v60, c4_2);
      c4_3 = fma(v49, v62, c4_3);
      c4_4 = fma(v49, v64, c4_4);
      c4_5 = fma(v49, v66, c4_5);
      c4_6 = fma(v49, v68, c4_6);
      c4_7 = fma(v49, v70, c4_7);
      c5_0 = fma(v51, v56, c5_0);
      c5_1 = fma(v51, v58, c5_1);
      c5_2 = fma(v51, v60, c5_2);
      c5_3 = fma(v51, v62, c5_3);
      c5_4 = fma(v51, v64, c5_4);
      c5_5 = fma(v51, v66, c5_5);
      c5_6 = fma(v51, v68, c5_6);
      c5_7 = fma(v51, v70, c5_7);
      c6_0 = fma(v53, v56, c6_0);
      c6_1 = fma(v53, v58, c6_1);
      c6_2 = fma(v53, v60, c6_2);
      c6_3 = fma(v53, v62, c6_3);
      c6_4 = fma(v53, v64, c6_4);
      c6_5 = fma(v53, v66, c6_5);
      c6_6 = fma(v53, v68, c6_6);
      c6_7 = fma(v53, v70, c6_7);
    }
    {
      let k71: i32 = r0 + 2i;
      let v72: i32 = (v0 + k71);
      let v73: f32 = in0[v72];
      let v74: i32 = (v1 + k71);
      let v75: f32 = in0[v74];
      let v76: i32 = (v2 + k71);
      let v77: f32 = in0[v76];
      let v78: i32 = (v3 + k71);
      let v79: f32 = in0[v78];
      let v80: i32 = (v4 + k71);
      let v81: f32 = in0[v80];
      let v82: i32 = (v5 + k71);
      let v83: f32 = in0[v82];
      let v84: i32 = (v6 + k71);
      let v85: f32 = in0[v84];
      let v86: i32 = (k71 * 47i);
      let v87: i32 = (v86 + i1);
      let v88: f32 = in1[v87];
      let v89: i32 = (v86 + i1_1);
      let v90: f32 = in1[v89];
      let v91: i32 = (v86 + i1_2);
      let v92: f32 = in1[v91];
      let v93: i32 = (v86 + i1_3);
      let v94: f32 = in1[v93];
      let v95: i32 = (v86 + i1_4);
      let v96: f32 = in1[v95];
      let v97: i32 = (v86 + i1_5);
      let v98: f32 = in1[v97];
      let v99: i32 = (v86 + i1_6);
      let v100: f32 = in1[v99];
      let v101: i32 = (v86 + i1_7);
      let v102: f32 = in1[v101];
      c0_0 = fma(v73, v88, c0_0);
      c0_1 = fma(v73, v90, c0_1);
      c0_2 = fma(v73, v92, c0_2);
      c0_3 = fma(v73, v94, c0_3);
      c0_4 = fma(v73, v96, c0_4);
      c0_5 = fma(v73, v98, c0_5);
      c0_6 = fma(v73, v100, c0_6);
      c0_7 = fma(v73, v102, c0_7);
      c1_0 = fma(v75, v88, c1_0);
      c1_1 = fma(v75, v90, c1_1);
      c1_2 = fma(v75, v92, c1_2);
      c1_3 = fma(v75, v94, c1_3);
      c1_4 = fma(v75, v96, c1_4);
      c1_5 = fma(v75, v98, c1_5);
      c1_6 = fma(v75, v100, c1_6);
      c1_7 = fma(v75, v102, c1_7);
      c2_0 = fma(v77, v88, c2_0);
      c2_1 = fma(v77, v90, c2_1);
      c2_2 = fma(v77, v92, c2_2);
      c2_3 = fma(v77, v94, c2_3);
      c2_4 = fma(v77, v96, c2_4);
      c2_5 = fma(v77, v98, c2_5);
      c2_6 = fma(v77, v100, c2_6);
      c2_7 = fma(v77, v102, c2_7);
      c3_0 = fma(v79, v88, c3_0);
      c3_1 = fma(v79, v90, c3_1);
      c3_2 = fma(v79, v92, c3_2);
      c3_3 = fma(v79, v94, c3_3);
      c3_4 = fma(v79, v96, c3_4);
      c3_5 = fma(v79, v98, c3_5);
      c3_6 = fma(v79, v100, c3_6);
      c3_7 = fma(v79, v102, c3_7);
      c4_0 = fma(v81, v88, c4_0);
      c4_1 = fma(v81, v90, c4_1);
      c4_2 = fma(v81, v92, c4_2);
      c4_3 = fma(v81, v94, c4_3);
      c4_4 = fma(v81, v96, c4_4);
      c4_5 = fma(v81, v98, c4_5);
      c4_6 = fma(v81, v100, c4_6);
      c4_7 = fma(v81, v102, c4_7);
      c5_0 = fma(v83, v88, c5_0);
      c5_1 = fma(v83, v90, c5_1);
      c5_2 = fma(v83, v92, c5_2);
      c5_3 = fma(v83, v94, c5_3);
      c5_4 = fma(v83, v96, c5_4);
      c5_5 = fma(v83, v98, c5_5);
      c5_6 = fma(v83, v100, c5_6);
      c5_7 = fma(v83, v102, c5_7);
      c6_0 = fma(v85, v88, c6_0);
      c6_1 = fma(v85, v90, c6_1);
      c6_2 = fma(v85, v92, c6_2);
      c6_3 = fma(v85, v94, c6_3);
      c6_4 = fma(v85, v96, c6_4);
      c6_5 = fma(v85, v98, c6_5);
      c6_6 = fma(v85, v100, c6_6);
      c6_7 = fma(v85, v102, c6_7);
    }
    {
      let k103: i32 = r0 + 3i;
      let v104: i32 = (v0 + k103);
      let v105: f32 = in0[v104];
      let v106: i32 = (v1 + k103);
      let v107: f32 = in0[v106];
      let v108: i32 = (v2 + k103);
      let v109: f32 = in0[v108];
      let v110: i32 = (v3 + k103);
      let v111: f32 = in0[v110];
      let v112: i32 = (v4 + k103);
      let v113: f32 = in0[v112];
      let v114: i32 = (v5 + k103);
      let v115: f32 = in0[v114];
      let v116: i32 = (v6 + k103);
      let v117: f32 = in0[v116];
      let v118: i32 = (k103 * 47i);
      let v119: i32 = (v118 + i1);
      let v120: f32 = in1[v119];
      let v121: i32 = (v118 + i1_1);
      let v122: f32 = in1[v121];
      let v123: i32 = (v118 + i1_2);
      let v124: f32 = in1[v123];
      let v125: i32 = (v118 + i1_3);
      let v126: f32 = in1[v125];
      let v127: i32 = (v118 + i1_4);
      let v128: f32 = in1[v127];
      let v129: i32 = (v118 + i1_5);
      let v130: f32 = in1[v129];
      let v131: i32 = (v118 + i1_6);
      let v132: f32 = in1[v131];
      let v133: i32 = (v118 + i1_7);
      let v134: f32 = in1[v133];
      c0_0 = fma(v105, v120, c0_0);
      c0_1 = fma(v105, v122, c0_1);
      c0_2 = fma(v105, v124, c0_2);
      c0_3 = fma(v105, v126, c0_3);
      c0_4 = fma(v105, v128, c0_4);
      c0_5 = fma(v105, v130, c0_5);
      c0_6 = fma(v105, v132, c0_6);
      c0_7 = fma(v105, v134, c0_7);
      c1_0 = fma(v107, v120, c1_0);
      c1_1 = fma(v107, v122, c1_1);
      c1_2 = fma(v107, v124, c1_2);
      c1_3 = fma(v107, v126, c1_3);
      c1_4 = fma(v107, v128, c1_4);
      c1_5 = fma(v107, v130, c1_5);
      c1_6 = fma(v107, v132, c1_6);
      c1_7 = fma(v107, v134, c1_7);
      c2_0 = fma(v109, v120, c2_0);
      c2_1 = fma(v109, v122, c2_1);
      c2_2 = fma(v109, v124, c2_2);
      c2_3 = fma(v109, v126, c2_3);
      c2_4 = fma(v109, v128, c2_4);
      c2_5 = fma(v109, v130, c2_5);
      c2_6 = fma(v109, v132, c2_6);
      c2_7 = fma(v109, v134, c2_7);
      c3_0 = fma(v111, v120, c3_0);
      c3_1 = fma(v111, v122, c3_1);
      c3_2 = fma(v111, v124, c3_2);
      c3_3 = fma(v111, v126, c3_3);
      c3_4 = fma(v111, v128, c3_4);
      c3_5 = fma(v111, v130, c3_5);
      c3_6 = fma(v111, v132, c3_6);
      c3_7 = fma(v111, v134, c3_7);
      c4_0 = fma(v113, v120, c4_0);
      c4_1 = fma(v113, v122, c4_1);
      c4_2 = fma(v113, v124, c4_2);
      c4_3 = fma(v113, v126, c4_3);
      c4_4 = fma(v113, v128, c4_4);
      c4_5 = fma(v113, v130, c4_5);
      c4_6 = fma(v113, v132, c4_6);
      c4_7 = fma(v113, v134, c4_7);
      c5_0 = fma(v115, v120, c5_0);
      c5_1 = fma(v115, v122, c5_1);
      c5_2 = fma(v115, v124, c5_2);
      c5_3 = fma(v115, v126, c5_3);
      c5_4 = fma(v115, v128, c5_4);
      c5_5 = fma(v115, v130, c5_5);
      c5_6 = fma(v115, v132, c5_6);
      c5_7 = fma(v115, v134, c5_7);
      c6_0 = fma(v117, v120, c6_0);
      c6_1 = fma(v117, v122, c6_1);
      c6_2 = fma(v117, v124, c6_2);
      c6_3 = fma(v117, v126, c6_3);
      c6_4 = fma(v117, v128, c6_4);
      c6_5 = fma(v117, v130, c6_5);
      c6_6 = fma(v117, v132, c6_6);
      c6_7 = fma(v117, v134, c6_7);
    }
  }
  {
    let k135: i32 = 68i;
    let v136: i32 = (v0 + k135);
    let v137: f32 = in0[v136];
    let v138: i32 = (v1 + k135);
    let v139: f32 = in0[v138];
    let v140: i32 = (v2 + k135);
    let v141: f32 = in0[v140];
    let v142: i32 = (v3 + k135);
    let v143: f32 = in0[v142];
    let v144: i32 = (v4 + k135);
    let v145: f32 = in0[v144];
    let v146: i32 = (v5 + k135);
    let v147: f32 = in0[v146];
    let v148: i32 = (v6 + k135);
    let v149: f32 = in0[v148];
    let v150: i32 = (k135 * 47i);
    let v151: i32 = (v150 + i1);
    let v152: f32 = in1[v151];
    let v153: i32 = (v150 + i1_1);
    let v154: f32 = in1[v153];
    let v155: i32 = (v150 + i1_2);
    let v156: f32 = in1[v155];
    let v157: i32 = (v150 + i1_3);
    let v158: f32 = in1[v157];
    let v159: i32 = (v150 + i1_4);
    let v160: f32 = in1[v159];
    let v161: i32 = (v150 + i1_5);
    let v162: f32 = in1[v161];
    let v163: i32 = (v150 + i1_6);
    let v164: f32 = in1[v163];
    let v165: i32 = (v150 + i1_7);
    let v166: f32 = in1[v165];
    c0_0 = fma(v137, v152, c0_0);
    c0_1 = fma(v137, v154, c0_1);
    c0_2 = fma(v137, v156, c0_2);
    c0_3 = fma(v137, v158, c0_3);
    c0_4 = fma(v137, v160, c0_4);
    c0_5 = fma(v137, v162, c0_5);
    c0_6 = fma(v137, v164, c0_6);
    c0_7 = fma(v137, v166, c0_7);
    c1_0 = fma(v139, v152, c1_0);
    c1_1 = fma(v139, v154, c1_1);
    c1_2 = fma(v139, v156, c1_2);
    c1_3 = fma(v139, v158, c1_3);
    c1_4 = fma(v139, v160, c1_4);
    c1_5 = fma(v139, v162, c1_5);
    c1_6 = fma(v139, v164, c1_6);
    c1_7 = fma(v139, v166, c1_7);
    c2_0 = fma(v141, v152, c2_0);
    c2_1 = fma(v141, v154, c2_1);
    c2_2 = fma(v141, v156, c2_2);
    c2_3 = fma(v141, v158, c2_3);
    c2_4 = fma(v141, v160, c2_4);
    c2_5 = fma(v141, v162, c2_5);
    c2_6 = fma(v141, v164, c2_6);
    c2_7 = fma(v141, v166, c2_7);
    c3_0 = fma(v143, v152, c3_0);
    c3_1 = fma(v143, v154, c3_1);
    c3_2 = fma(v143, v156, c3_2);
    c3_3 = fma(v143, v158, c3_3);
    c3_4 = fma(v143, v160, c3_4);
    c3_5 = fma(v143, v162, c3_5);
    c3_6 = fma(v143, v164, c3_6);
    c3_7 = fma(v143, v166, c3_7);
    c4_0 = fma(v145, v152, c4_0);
    c4_1 = fma(v145, v154, c4_1);
    c4_2 = fma(v145, v156, c4_2);
    c4_3 = fma(v145, v158, c4_3);
    c4_4 = fma(v145, v160, c4_4);
    c4_5 = fma(v145, v162, c4_5);
    c4_6 = fma(v145, v164, c4_6);
    c4_7 = fma(v145, v166, c4_7);
    c5_0 = fma(v147, v152, c5_0);
    c5_1 = fma(v147, v154, c5_1);
    c5_2 = fma(v147, v156, c5_2);
    c5_3 = fma(v147, v158, c5_3);
    c5_4 = fma(v147, v160, c5_4);
    c5_5 = fma(v147, v162, c5_5);
    c5_6 = fma(v147, v164, c5_6);
    c5_7 = fma(v147, v166, c5_7);
    c6_0 = fma(v149, v152, c6_0);
    c6_1 = fma(v149, v154, c6_1);
    c6_2 = fma(v149, v156, c6_2);
    c6_3 = fma(v149, v158, c6_3);
    c6_4 = fma(v149, v160, c6_4);
    c6_5 = fma(v149, v162, c6_5);
    c6_6 = fma(v149, v164, c6_6);
    c6_7 = fma(v149, v166, c6_7);
  }
  {
    let k167: i32 = 69i;
    let v168: i32 = (v0 + k167);
    let v169: f32 = in0[v168];
    let v170: i32 = (v1 + k167);
    let v171: f32 = in0[v170];
    let v172: i32 = (v2 + k167);
    let v173: f32 = in0[v172];
    let v174: i32 = (v3 + k167);
    let v175: f32 = in0[v174];
    let v176: i32 = (v4 + k167);
    let v177: f32 = in0[v176];
    let v178: i32 = (v5 + k167);
    let v179: f32 = in0[v178];
    let v180: i32 = (v6 + k167);
    let v181: f32 = in0[v180];
    let v182: i32 = (k167 * 47i);
    let v183: i32 = (v182 + i1);
    let v184: f32 = in1[v183];
    let v185: i32 = (v182 + i1_1);
    let v186: f32 = in1[v185];
    let v187: i32 = (v182 + i1_2);
    let v188: f32 = in1[v187];
    let v189: i32 = (v182 + i1_3);
    let v190: f32 = in1[v189];
    let v191: i32 = (v182 + i1_4);
    let v192: f32 = in1[v191];
    let v193: i32 = (v182 + i1_5);
    let v194: f32 = in1[v193];
    let v195: i32 = (v182 + i1_6);
    let v196: f32 = in1[v195];
    let v197: i32 = (v182 + i1_7);
    let v198: f32 = in1[v197];
    c0_0 = fma(v169, v184, c0_0);
    c0_1 = fma(v169, v186, c0_1);
    c0_2 = fma(v169, v188, c0_2);
    c0_3 = fma(v169, v190, c0_3);
    c0_4 = fma(v169, v192, c0_4);
    c0_5 = fma(v169, v194, c0_5);
    c0_6 = fma(v169, v196, c0_6);
    c0_7 = fma(v169, v198, c0_7);
    c1_0 = fma(v171, v184, c1_0);
    c1_1 = fma(v171, v186, c1_1);
    c1_2 = fma(v171, v188, c1_2);
    c1_3 = fma(v171, v190, c1_3);
    c1_4 = fma(v171, v192, c1_4);
    c1_5 = fma(v171, v194, c1_5);
    c1_6 = fma(v171, v196, c1_6);
    c1_7 = fma(v171, v198, c1_7);
    c2_0 = fma(v173, v184, c2_0);
    c2_1 = fma(v173, v186, c2_1);
    c2_2 = fma(v173, v188, c2_2);
    c2_3 = fma(v173, v190, c2_3);
    c2_4 = fma(v173, v192, c2_4);
    c2_5 = fma(v173, v194, c2_5);
    c2_6 = fma(v173, v196, c2_6);
    c2_7 = fma(v173, v198, c2_7);
    c3_0 = fma(v175, v184, c3_0);
    c3_1 = fma(v175, v186, c3_1);
    c3_2 = fma(v175, v188, c3_2);
    c3_3 = fma(v175, v190, c3_3);
    c3_4 = fma(v175, v192, c3_4);
    c3_5 = fma(v175, v194, c3_5);
    c3_6 = fma(v175, v196, c3_6);
    c3_7 = fma(v175, v198, c3_7);
    c4_0 = fma(v177, v184, c4_0);
    c4_1 = fma(v177, v186, c4_1);
    c4_2 = fma(v177, v188, c4_2);
    c4_3 = fma(v177, v190, c4_3);
    c4_4 = fma(v177, v192, c4_4);
    c4_5 = fma(v177, v194, c4_5);
    c4_6 = fma(v177, v196, c4_6);
    c4_7 = fma(v177, v198, c4_7);
    c5_0 = fma(v179, v184, c5_0);
    c5_1 = fma(v179, v186, c5_1);
    c5_2 = fma(v179, v188, c5_2);
    c5_3 = fma(v179, v190, c5_3);
    c5_4 = fma(v179, v192, c5_4);
    c5_5 = fma(v179, v194, c5_5);
    c5_6 = fma(v179, v196, c5_6);
    c5_7 = fma(v179, v198, c5_7);
    c6_0 = fma(v181, v184, c6_0);
    c6_1 = fma(v181, v186, c6_1);
    c6_2 = fma(v181, v188, c6_2);
    c6_3 = fma(v181, v190, c6_3);
    c6_4 = fma(v181, v192, c6_4);
    c6_5 = fma(v181, v194, c6_5);
    c6_6 = fma(v181, v196, c6_6);
    c6_7 = fma(v181, v198, c6_7);
  }
  {
    let v199: i32 = (i0 * 47i);
    let v200: i32 = (v199 + i1);
    let v201: f32 = in2[i1];
    let v202: f32 = (c0_0 + v201);
    let v203: f32 = kx_maxf(v202, 0.0f);
    out0[v200] = v203;
  }
  if (i1 + 1i < 47i) {
    let v204: i32 = (i0 * 47i);
    let v205: i32 = (v204 + i1_1);
    let v206: f32 = in2[i1_1];
    let v207: f32 = (c0_1 + v206);
    let v208: f32 = kx_maxf(v207, 0.0f);
    out0[v205] = v208;
  }
  if (i1 + 2i < 47i) {
    let v209: i32 = (i0 * 47i);
    let v210: i32 = (v209 + i1_2);
    let v211: f32 = in2[i1_2];
    let v212: f32 = (c0_2 + v211);
    let v213: f32 = kx_maxf(v212, 0.0f);
    out0[v210] = v213;
  }
  if (i1 + 3i < 47i) {
    let v214: i32 = (i0 * 47i);
    let v215: i32 = (v214 + i1_3);
    let v216: f32 = in2[i1_3];
    let v217: f32 = (c0_3 + v216);
    let v218: f32 = kx_maxf(v217, 0.0f);
    out0[v215] = v218;
  }
  if (i1 + 4i < 47i) {
    let v219: i32 = (i0 * 47i);
    let v220: i32 = (v219 + i1_4);
    let v221: f32 = in2[i1_4];
    let v222: f32 = (c0_4 + v221);
    let v223: f32 = kx_maxf(v222, 0.0f);
    out0[v220] = v223;
  }
  if (i1 + 5i < 47i) {
    let v224: i32 = (i0 * 47i);
    let v225: i32 = (v224 + i1_5);
    let v226: f32 = in2[i1_5];
    let v227: f32 = (c0_5 + v226);
    let v228: f32 = kx_maxf(v227, 0.0f);
    out0[v225] = v228;
  }
  if (i1 + 6i < 47i) {
    let v229: i32 = (i0 * 47i);
    let v230: i32 = (v229 + i1_6);
    let v231: f32 = in2[i1_6];
    let v232: f32 = (c0_6 + v231);
    let v233: f32 = kx_maxf(v232, 0.0f);
    out0[v230] = v233;
  }
  if (i1 + 7i < 47i) {
    let v234: i32 = (i0 * 47i);
    let v235: i32 = (v234 + i1_7);
    let v236: f32 = in2[i1_7];
    let v237: f32 = (c0_7 + v236);
    let v238: f32 = kx_maxf(v237, 0.0f);
    out0[v235] = v238;
  }
  if (i0 + 1i < 33i) {
    let v239: i32 = (i0_1 * 47i);
    let v240: i32 = (v239 + i1);
    let v241: f32 = in2[i1];
    let v242: f32 = (c1_0 + v241);
    let v243: f32 = kx_maxf(v242, 0.0f);
    out0[v240] = v243;
  }
  if (i0 + 1i < 33i && i1 + 1i < 47i) {
    let v244: i32 = (i0_1 * 47i);
    let v245: i32 = (v244 + i1_1);
    let v246: f32 = in2[i1_1];
    let v247: f32 = (c1_1 + v246);
    let v248: f32 = kx_maxf(v247, 0.0f);
    out0[v245] = v248;
  }
  if (i0 + 1i < 33i && i1 + 2i < 47i) {
    let v249: i32 = (i0_1 * 47i);
    let v250: i32 = (v249 + i1_2);
    let v251: f32 = in2[i1_2];
    let v252: f32 = (c1_2 + v251);
    let v253: f32 = kx_maxf(v252, 0.0f);
    out0[v250] = v253;
  }
  if (i0 + 1i < 33i && i1 + 3i < 47i) {
    let v254: i32 = (i0_1 * 47i);
    let v255: i32 = (v254 + i1_3);
    let v256: f32 = in2[i1_3];
    let v257: f32 = (c1_3 + v256);
    let v258: f32 = kx_maxf(v257, 0.0f);
    out0[v255] = v258;
  }
  if (i0 + 1i < 33i && i1 + 4i < 47i) {
    let v259: i32 = (i0_1 * 47i);
    let v260: i32 = (v259 + i1_4);
    let v261: f32 = in2[i1_4];
    let v262: f32 = (c1_4 + v261);
    let v263: f32 = kx_maxf(v262, 0.0f);
    out0[v260] = v263;
  }
  if (i0 + 1i < 33i && i1 + 5i < 47i) {
    let v264: i32 = (i0_1 * 47i);
    let v265: i32 = (v264 + i1_5);
    let v266: f32 = in2[i1_5];
    let v267: f32 = (c1_5 + v266);
    let v268: f32 = kx_maxf(v267, 0.0f);
    out0[v265] = v268;
  }
  if (i0 + 1i < 33i && i1 + 6i < 47i) {
    let v269: i32 = (i0_1 * 47i);
    let v270: i32 = (v269 + i1_6);
    let v271: f32 = in2[i1_6];
    let v272: f32 = (c1_6 + v271);
    let v273: f32 = kx_maxf(v272, 0.0f);
    out0[v270] = v273;
  }
  if (i0 + 1i < 33i && i1 + 7i < 47i) {
    let v274: i32 = (i0_1 * 47i);
    let v275: i32 = (v274 + i1_7);
    let v276: f32 = in2[i1_7];
    let v277: f32 = (c1_7 + v276);
    let v278: f32 = kx_maxf(v277, 0.0f);
    out0[v275] = v278;
  }
  if (i0 + 2i < 33i) {
    let v279: i32 = (i0_2 * 47i);
    let v280: i32 = (v279 + i1);
    let v281: f32 = in2[i1];
    let v282: f32 = (c2_0 + v281);
    let v283: f32 = kx_maxf(v282, 0.0f);
    out0[v280] = v283;
  }
  if (i0 + 2i < 33i && i1 + 1i < 47i) {
    let v284: i32 = (i0_2 * 47i);
    let v285: i32 = (v284 + i1_1);
    let v286: f32 = in2[i1_1];
    let v287: f32 = (c2_1 + v286);
    let v288: f32 = kx_maxf(v287, 0.0f);
    out0[v285] = v288;
  }
  if (i0 + 2i < 33i && i1 + 2i < 47i) {
    let v289: i32 = (i0_2 * 47i);
    let v290: i32 = (v289 + i1_2);
    let v291: f32 = in2[i1_2];
    let v292: f32 = (c2_2 + v291);
    let v293: f32 = kx_maxf(v292, 0.0f);
    out0[v290] = v293;
  }
  if (i0 + 2i < 33i && i1 + 3i < 47i) {
    let v294: i32 = (i0_2 * 47i);
    let v295: i32 = (v294 + i1_3);
    let v296: f32 = in2[i1_3];
    let v297: f32 = (c2_3 + v296);
    let v298: f32 = kx_maxf(v297, 0.0f);
    out0[v295] = v298;
  }
  if (i0 + 2i < 33i && i1 + 4i < 47i) {
    let v299: i32 = (i0_2 * 47i);
    let v300: i32 = (v299 + i1_4);
    let v301: f32 = in2[i1_4];
    let v302: f32 = (c2_4 + v301);
    let v303: f32 = kx_maxf(v302, 0.0f);
    out0[v300] = v303;
  }
  if (i0 + 2i < 33i && i1 + 5i < 47i) {
    let v304: i32 = (i0_2 * 47i);
    let v305: i32 = (v304 + i1_5);
    let v306: f32 = in2[i1_5];
    let v307: f32 = (c2_5 + v306);
    let v308: f32 = kx_maxf(v307, 0.0f);
    out0[v305] = v308;
  }
  if (i0 + 2i < 33i && i1 + 6i < 47i) {
    let v309: i32 = (i0_2 * 47i);
    let v310: i32 = (v309 + i1_6);
    let v311: f32 = in2[i1_6];
    let v312: f32 = (c2_6 + v311);
    let v313: f32 = kx_maxf(v312, 0.0f);
    out0[v310] = v313;
  }
  if (i0 + 2i < 33i && i1 + 7i < 47i) {
    let v314: i32 = (i0_2 * 47i);
    let v315: i32 = (v314 + i1_7);
    let v316: f32 = in2[i1_7];
    let v317: f32 = (c2_7 + v316);
    let v318: f32 = kx_maxf(v317, 0.0f);
    out0[v315] = v318;
  }
  if (i0 + 3i < 33i) {
    let v319: i32 = (i0_3 * 47i);
    let v320: i32 = (v319 + i1);
    let v321: f32 = in2[i1];
    let v322: f32 = (c3_0 + v321);
    let v323: f32 = kx_maxf(v322, 0.0f);
    out0[v320] = v323;
  }
  if (i0 + 3i < 33i && i1 + 1i < 47i) {
    let v324: i32 = (i0_3 * 47i);
    let v325: i32 = (v324 + i1_1);
    let v326: f32 = in2[i1_1];
    let v327: f32 = (c3_1 + v326);
    let v328: f32 = kx_maxf(v327, 0.0f);
    out0[v325] = v328;
  }
  if (i0 + 3i < 33i && i1 + 2i < 47i) {
    let v329: i32 = (i0_3 * 47i);
    let v330: i32 = (v329 + i1_2);
    let v331: f32 = in2[i1_2];
    let v332: f32 = (c3_2 + v331);
    let v333: f32 = kx_maxf(v332, 0.0f);
    out0[v330] = v333;
  }
  if (i0 + 3i < 33i && i1 + 3i < 47i) {
    let v334: i32 = (i0_3 * 47i);
    let v335: i32 = (v334 + i1_3);
    let v336: f32 = in2[i1_3];
    let v337: f32 = (c3_3 + v336);
    let v338: f32 = kx_maxf(v337, 0.0f);
    out0[v335] = v338;
  }
  if (i0 + 3i < 33i && i1 + 4i < 47i) {
    let v339: i32 = (i0_3 * 47i);
    let v340: i32 = (v339 + i1_4);
    let v341: f32 = in2[i1_4];
    let v342: f32 = (c3_4 + v341);
    let v343: f32 = kx_maxf(v342, 0.0f);
    out0[v340] = v343;
  }
  if (i0 + 3i < 33i && i1 + 5i < 47i) {
    let v344: i32 = (i0_3 * 47i);
    let v345: i32 = (v344 + i1_5);
    let v346: f32 = in2[i1_5];
    let v347: f32 = (c3_5 + v346);
    let v348: f32 = kx_maxf(v347, 0.0f);
    out0[v345] = v348;
  }
  if (i0 + 3i < 33i && i1 + 6i < 47i) {
    let v349: i32 = (i0_3 * 47i);
    let v350: i32 = (v349 + i1_6);
    let v351: f32 = in2[i1_6];
    let v352: f32 = (c3_6 + v351);
    let v353: f32 = kx_maxf(v352, 0.0f);
    out0[v350] = v353;
  }
  if (i0 + 3i < 33i && i1 + 7i < 47i) {
    let v354: i32 = (i0_3 * 47i);
    let v355: i32 = (v354 + i1_7);
    let v356: f32 = in2[i1_7];
    let v357: f32 = (c3_7 + v356);
    let v358: f32 = kx_maxf(v357, 0.0f);
    out0[v355] = v358;
  }
  if (i0 + 4i < 33i) {
    let v359: i32 = (i0_4 * 47i);
    let v360: i32 = (v359 + i1);
    let v361: f32 = in2[i1];
    let v362: f32 = (c4_0 + v361);
    let v363: f32 = kx_maxf(v362, 0.0f);
    out0[v360] = v363;
  }
  if (i0 + 4i < 33i && i1 + 1i < 47i) {
    let v364: i32 = (i0_4 * 47i);
    let v365: i32 = (v364 + i1_1);
    let v366: f32 = in2[i1_1];
    let v367: f32 = (c4_1 + v366);
    let v368: f32 = kx_maxf(v367, 0.0f);
    out0[v365] = v368;
  }
  if (i0 + 4i < 33i && i1 + 2i < 47i) {
    let v369: i32 = (i0_4 * 47i);
    let v370: i32 = (v369 + i1_2);
    let v371: f32 = in2[i1_2];
    let v372: f32 = (c4_2 + v371);
    let v373: f32 = kx_maxf(v372, 0.0f);
    out0[v370] = v373;
  }
  if (i0 + 4i < 33i && i1 + 3i < 47i) {
    let v374: i32 = (i0_4 * 47i);
    let v375: i32 = (v374 + i1_3);
    let v376: f32 = in2[i1_3];
    let v377: f32 = (c4_3 + v376);
    let v378: f32 = kx_maxf(v377, 0.0f);
    out0[v375] = v378;
  }
  if (i0 + 4i < 33i && i1 + 4i < 47i) {
    let v379: i32 = (i0_4 * 47i);
    let v380: i32 = (v379 + i1_4);
    let v381: f32 = in2[i1_4];
    let v382: f32 = (c4_4 + v381);
    let v383: f32 = kx_maxf(v382, 0.0f);
    out0[v380] = v383;
  }
  if (i0 + 4i < 33i && i1 + 5i < 47i) {
    let v384: i32 = (i0_4 * 47i);
    let v385: i32 = (v384 + i1_5);
    let v386: f32 = in2[i1_5];
    let v387: f32 = (c4_5 + v386);
    let v388: f32 = kx_maxf(v387, 0.0f);
    out0[v385] = v388;
  }
  if (i0 + 4i < 33i && i1 + 6i < 47i) {
    let v389: i32 = (i0_4 * 47i);
    let v390: i32 = (v389 + i1_6);
    let v391: f32 = in2[i1_6];
    let v392: f32 = (c4_6 + v391);
    let v393: f32 = kx_maxf(v392, 0.0f);
    out0[v390] = v393;
  }
  if (i0 + 4i < 33i && i1 + 7i < 47i) {
    let v394: i32 = (i0_4 * 47i);
    let v395: i32 = (v394 + i1_7);
    let v396: f32 = in2[i1_7];
    let v397: f32 = (c4_7 + v396);
    let v398: f32 = kx_maxf(v397, 0.0f);
    out0[v395] = v398;
  }
  if (i0 + 5i < 33i) {
    let v399: i32 = (i0_5 * 47i);
    let v400: i32 = (v399 + i1);
    let v401: f32 = in2[i1];
    let v402: f32 = (c5_0 + v401);
    let v403: f32 = kx_maxf(v402, 0.0f);
    out0[v400] = v403;
  }
  if (i0 + 5i < 33i && i1 + 1i < 47i) {
    let v404: i32 = (i0_5 * 47i);
    let v405: i32 = (v404 + i1_1);
    let v406: f32 = in2[i1_1];
    let v407: f32 = (c5_1 + v406);
    let v408: f32 = kx_maxf(v407, 0.0f);
    out0[v405] = v408;
  }
  if (i0 + 5i < 33i && i1 + 2i < 47i) {
    let v409: i32 = (i0_5 * 47i);
    let v410: i32 = (v409 + i1_2);
    let v411: f32 = in2[i1_2];
    let v412: f32 = (c5_2 + v411);
    let v413: f32 = kx_maxf(v412, 0.0f);
    out0[v410] = v413;
  }
  if (i0 + 5i < 33i && i1 + 3i < 47i) {
    let v414: i32 = (i0_5 * 47i);
    let v415: i32 = (v414 + i1_3);
    let v416: f32 = in2[i1_3];
    let v417: f32 = (c5_3 + v416);
    let v418: f32 = kx_maxf(v417, 0.0f);
    out0[v415] = v418;
  }
  if (i0 + 5i < 33i && i1 + 4i < 47i) {
    let v419: i32 = (i0_5 * 47i);
    let v420: i32 = (v419 + i1_4);
    let v421: f32 = in2[i1_4];
    let v422: f32 = (c5_4 + v421);
    let v423: f32 = kx_maxf(v422, 0.0f);
    out0[v420] = v423;
  }
  if (i0 + 5i < 33i && i1 + 5i < 47i) {
    let v424: i32 = (i0_5 * 47i);
    let v425: i32 = (v424 + i1_5);
    let v426: f32 = in2[i1_5];
    let v427: f32 = (c5_5 + v426);
    let v428: f32 = kx_maxf(v427, 0.0f);
    out0[v425] = v428;
  }
  if (i0 + 5i < 33i && i1 + 6i < 47i) {
    let v429: i32 = (i0_5 * 47i);
    let v430: i32 = (v429 + i1_6);
    let v431: f32 = in2[i1_6];
    let v432: f32 = (c5_6 + v431);
    let v433: f32 = kx_maxf(v432, 0.0f);
    out0[v430] = v433;
  }
  if (i0 + 5i < 33i && i1 + 7i < 47i) {
    let v434: i32 = (i0_5 * 47i);
    let v435: i32 = (v434 + i1_7);
    let v436: f32 = in2[i1_7];
    let v437: f32 = (c5_7 + v436);
    let v438: f32 = kx_maxf(v437, 0.0f);
    out0[v435] = v438;
  }
  if (i0 + 6i < 33i) {
    let v439: i32 = (i0_6 * 47i);
    let v440: i32 = (v439 + i1);
    let v441: f32 = in2[i1];
    let v442: f32 = (c6_0 + v441);
    let v443: f32 = kx_maxf(v442, 0.0f);
    out0[v440] = v443;
  }
  if (i0 + 6i < 33i && i1 + 1i < 47i) {
    let v444: i32 = (i0_6 * 47i);
    let v445: i32 = (v444 + i1_1);
    let v446: f32 = in2[i1_1];
    let v447: f32 = (c6_1 + v446);
    let v448: f32 = kx_maxf(v447, 0.0f);
    out0[v445] = v448;
  }
  if (i0 + 6i < 33i && i1 + 2i < 47i) {
    let v449: i32 = (i0_6 * 47i);
    let v450: i32 = (v449 + i1_2);
    let v451: f32 = in2[i1_2];
    let v452: f32 = (c6_2 + v451);
    let v453: f32 = kx_maxf(v452, 0.0f);
    out0[v450] = v453;
  }
  if (i0 + 6i < 33i && i1 + 3i < 47i) {
    let v454: i32 = (i0_6 * 47i);
    let v455: i32 = (v454 + i1_3);
    let v456: f32 = in2[i1_3];
    let v457: f32 = (c6_3 + v456);
    let v458: f32 = kx_maxf(v457, 0.0f);
    out0[v455] = v458;
  }
  if (i0 + 6i < 33i && i1 + 4i < 47i) {
    let v459: i32 = (i0_6 * 47i);
    let v460: i32 = (v459 + i1_4);
    let v461: f32 = in2[i1_4];
    let v462: f32 = (c6_4 + v461);
    let v463: f32 = kx_maxf(v462, 0.0f);
    out0[v460] = v463;
  }
  if (i0 + 6i < 33i && i1 + 5i < 47i) {
    let v464: i32 = (i0_6 * 47i);
    let v465: i32 = (v464 + i1_5);
    let v466: f32 = in2[i1_5];
    let v467: f32 = (c6_5 + v466);
    let v468: f32 = kx_maxf(v467, 0.0f);
    out0[v465] = v468;
  }
  if (i0 + 6i < 33i && i1 + 6i < 47i) {
    let v469: i32 = (i0_6 * 47i);
    let v470: i32 = (v469 + i1_6);
    let v471: f32 = in2[i1_6];
    let v472: f32 = (c6_6 + v471);
    let v473: f32 = kx_maxf(v472, 0.0f);
    out0[v470] = v473;
  }
  if (i0 + 6i < 33i && i1 + 7i < 47i) {
    let v474: i32 = (i0_6 * 47i);
    let v475: i32 = (v474 + i1_7);
    let v476: f32 = in2[i1_7];
    let v477: f32 = (c6_7 + v476);
    let v478: f32 = kx_maxf(v477, 0.0f);
    out0[v475] = v478;
  }
}
