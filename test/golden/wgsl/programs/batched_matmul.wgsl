# jit(f).lower(...).compile({ device: 'webgpu' }).asText('wgsl'), PINNED_PROFILE — case 'batched_matmul'
// kernax kernel k0: contract, pinned profile
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
@compute @workgroup_size(8)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
  let grp: i32 = i32(wid.x + wid.y * 5u);
  let lf: i32 = i32(lid);
  if (lf >= 1i) { return; }
  let t1: i32 = 0i;
  let t2: i32 = 0i;
  let i0: i32 = grp;
  let i1: i32 = t1 * 6i;
  let i1_1: i32 = i1 + 1i;
  let i1_2: i32 = i1 + 2i;
  let i1_3: i32 = i1 + 3i;
  let i1_4: i32 = i1 + 4i;
  let i1_5: i32 = i1 + 5i;
  let i2: i32 = t2 * 4i;
  let i2_1: i32 = i2 + 1i;
  let i2_2: i32 = i2 + 2i;
  let i2_3: i32 = i2 + 3i;
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
  let v0: i32 = (i0 * 42i);
  let v1: i32 = (i1 * 7i);
  let v2: i32 = (v0 + v1);
  let v3: i32 = (i1_1 * 7i);
  let v4: i32 = (v0 + v3);
  let v5: i32 = (i1_2 * 7i);
  let v6: i32 = (v0 + v5);
  let v7: i32 = (i1_3 * 7i);
  let v8: i32 = (v0 + v7);
  let v9: i32 = (i1_4 * 7i);
  let v10: i32 = (v0 + v9);
  let v11: i32 = (i1_5 * 7i);
  let v12: i32 = (v0 + v11);
  let v13: i32 = (i0 * 28i);
  {
    let k14: i32 = 0i;
    let v15: i32 = (v2 + k14);
    let v16: f32 = in0[v15];
    let v17: i32 = (v4 + k14);
    let v18: f32 = in0[v17];
    let v19: i32 = (v6 + k14);
    let v20: f32 = in0[v19];
    let v21: i32 = (v8 + k14);
    let v22: f32 = in0[v21];
    let v23: i32 = (v10 + k14);
    let v24: f32 = in0[v23];
    let v25: i32 = (v12 + k14);
    let v26: f32 = in0[v25];
    let v27: i32 = (k14 * 4i);
    let v28: i32 = (v13 + v27);
    let v29: i32 = (v28 + i2);
    let v30: f32 = in1[v29];
    let v31: i32 = (v28 + i2_1);
    let v32: f32 = in1[v31];
    let v33: i32 = (v28 + i2_2);
    let v34: f32 = in1[v33];
    let v35: i32 = (v28 + i2_3);
    let v36: f32 = in1[v35];
    c0_0 = fma(v16, v30, c0_0);
    c0_1 = fma(v16, v32, c0_1);
    c0_2 = fma(v16, v34, c0_2);
    c0_3 = fma(v16, v36, c0_3);
    c1_0 = fma(v18, v30, c1_0);
    c1_1 = fma(v18, v32, c1_1);
    c1_2 = fma(v18, v34, c1_2);
    c1_3 = fma(v18, v36, c1_3);
    c2_0 = fma(v20, v30, c2_0);
    c2_1 = fma(v20, v32, c2_1);
    c2_2 = fma(v20, v34, c2_2);
    c2_3 = fma(v20, v36, c2_3);
    c3_0 = fma(v22, v30, c3_0);
    c3_1 = fma(v22, v32, c3_1);
    c3_2 = fma(v22, v34, c3_2);
    c3_3 = fma(v22, v36, c3_3);
    c4_0 = fma(v24, v30, c4_0);
    c4_1 = fma(v24, v32, c4_1);
    c4_2 = fma(v24, v34, c4_2);
    c4_3 = fma(v24, v36, c4_3);
    c5_0 = fma(v26, v30, c5_0);
    c5_1 = fma(v26, v32, c5_1);
    c5_2 = fma(v26, v34, c5_2);
    c5_3 = fma(v26, v36, c5_3);
  }
  {
    let k37: i32 = 1i;
    let v38: i32 = (v2 + k37);
    let v39: f32 = in0[v38];
    let v40: i32 = (v4 + k37);
    let v41: f32 = in0[v40];
    let v42: i32 = (v6 + k37);
    let v43: f32 = in0[v42];
    let v44: i32 = (v8 + k37);
    let v45: f32 = in0[v44];
    let v46: i32 = (v10 + k37);
    let v47: f32 = in0[v46];
    let v48: i32 = (v12 + k37);
    let v49: f32 = in0[v48];
    let v50: i32 = (k37 * 4i);
    let v51: i32 = (v13 + v50);
    let v52: i32 = (v51 + i2);
    let v53: f32 = in1[v52];
    let v54: i32 = (v51 + i2_1);
    let v55: f32 = in1[v54];
    let v56: i32 = (v51 + i2_2);
    let v57: f32 = in1[v56];
    let v58: i32 = (v51 + i2_3);
    let v59: f32 = in1[v58];
    c0_0 = fma(v39, v53, c0_0);
    c0_1 = fma(v39, v55, c0_1);
    c0_2 = fma(v39, v57, c0_2);
    c0_3 = fma(v39, v59, c0_3);
    c1_0 = fma(v41, v53, c1_0);
    c1_1 = fma(v41, v55, c1_1);
    c1_2 = fma(v41, v57, c1_2);
    c1_3 = fma(v41, v59, c1_3);
    c2_0 = fma(v43, v53, c2_0);
    c2_1 = fma(v43, v55, c2_1);
    c2_2 = fma(v43, v57, c2_2);
    c2_3 = fma(v43, v59, c2_3);
    c3_0 = fma(v45, v53, c3_0);
    c3_1 = fma(v45, v55, c3_1);
    c3_2 = fma(v45, v57, c3_2);
    c3_3 = fma(v45, v59, c3_3);
    c4_0 = fma(v47, v53, c4_0);
    c4_1 = fma(v47, v55, c4_1);
    c4_2 = fma(v47, v57, c4_2);
    c4_3 = fma(v47, v59, c4_3);
    c5_0 = fma(v49, v53, c5_0);
    c5_1 = fma(v49, v55, c5_1);
    c5_2 = fma(v49, v57, c5_2);
    c5_3 = fma(v49, v59, c5_3);
  }
  {
    let k60: i32 = 2i;
    let v61: i32 = (v2 + k60);
    let v62: f32 = in0[v61];
    let v63: i32 = (v4 + k60);
    let v64: f32 = in0[v63];
    let v65: i32 = (v6 + k60);
    let v66: f32 = in0[v65];
    let v67: i32 = (v8 + k60);
    let v68: f32 = in0[v67];
    let v69: i32 = (v10 + k60);
    let v70: f32 = in0[v69];
    let v71: i32 = (v12 + k60);
    let v72: f32 = in0[v71];
    let v73: i32 = (k60 * 4i);
    let v74: i32 = (v13 + v73);
    let v75: i32 = (v74 + i2);
    let v76: f32 = in1[v75];
    let v77: i32 = (v74 + i2_1);
    let v78: f32 = in1[v77];
    let v79: i32 = (v74 + i2_2);
    let v80: f32 = in1[v79];
    let v81: i32 = (v74 + i2_3);
    let v82: f32 = in1[v81];
    c0_0 = fma(v62, v76, c0_0);
    c0_1 = fma(v62, v78, c0_1);
    c0_2 = fma(v62, v80, c0_2);
    c0_3 = fma(v62, v82, c0_3);
    c1_0 = fma(v64, v76, c1_0);
    c1_1 = fma(v64, v78, c1_1);
    c1_2 = fma(v64, v80, c1_2);
    c1_3 = fma(v64, v82, c1_3);
    c2_0 = fma(v66, v76, c2_0);
    c2_1 = fma(v66, v78, c2_1);
    c2_2 = fma(v66, v80, c2_2);
    c2_3 = fma(v66, v82, c2_3);
    c3_0 = fma(v68, v76, c3_0);
    c3_1 = fma(v68, v78, c3_1);
    c3_2 = fma(v68, v80, c3_2);
    c3_3 = fma(v68, v82, c3_3);
    c4_0 = fma(v70, v76, c4_0);
    c4_1 = fma(v70, v78, c4_1);
    c4_2 = fma(v70, v80, c4_2);
    c4_3 = fma(v70, v82, c4_3);
    c5_0 = fma(v72, v76, c5_0);
    c5_1 = fma(v72, v78, c5_1);
    c5_2 = fma(v72, v80, c5_2);
    c5_3 = fma(v72, v82, c5_3);
  }
  {
    let k83: i32 = 3i;
    let v84: i32 = (v2 + k83);
    let v85: f32 = in0[v84];
    let v86: i32 = (v4 + k83);
    let v87: f32 = in0[v86];
    let v88: i32 = (v6 + k83);
    let v89: f32 = in0[v88];
    let v90: i32 = (v8 + k83);
    let v91: f32 = in0[v90];
    let v92: i32 = (v10 + k83);
    let v93: f32 = in0[v92];
    let v94: i32 = (v12 + k83);
    let v95: f32 = in0[v94];
    let v96: i32 = (k83 * 4i);
    let v97: i32 = (v13 + v96);
    let v98: i32 = (v97 + i2);
    let v99: f32 = in1[v98];
    let v100: i32 = (v97 + i2_1);
    let v101: f32 = in1[v100];
    let v102: i32 = (v97 + i2_2);
    let v103: f32 = in1[v102];
    let v104: i32 = (v97 + i2_3);
    let v105: f32 = in1[v104];
    c0_0 = fma(v85, v99, c0_0);
    c0_1 = fma(v85, v101, c0_1);
    c0_2 = fma(v85, v103, c0_2);
    c0_3 = fma(v85, v105, c0_3);
    c1_0 = fma(v87, v99, c1_0);
    c1_1 = fma(v87, v101, c1_1);
    c1_2 = fma(v87, v103, c1_2);
    c1_3 = fma(v87, v105, c1_3);
    c2_0 = fma(v89, v99, c2_0);
    c2_1 = fma(v89, v101, c2_1);
    c2_2 = fma(v89, v103, c2_2);
    c2_3 = fma(v89, v105, c2_3);
    c3_0 = fma(v91, v99, c3_0);
    c3_1 = fma(v91, v101, c3_1);
    c3_2 = fma(v91, v103, c3_2);
    c3_3 = fma(v91, v105, c3_3);
    c4_0 = fma(v93, v99, c4_0);
    c4_1 = fma(v93, v101, c4_1);
    c4_2 = fma(v93, v103, c4_2);
    c4_3 = fma(v93, v105, c4_3);
    c5_0 = fma(v95, v99, c5_0);
    c5_1 = fma(v95, v101, c5_1);
    c5_2 = fma(v95, v103, c5_2);
    c5_3 = fma(v95, v105, c5_3);
  }
  {
    let k106: i32 = 4i;
    let v107: i32 = (v2 + k106);
    let v108: f32 = in0[v107];
    let v109: i32 = (v4 + k106);
    let v110: f32 = in0[v109];
    let v111: i32 = (v6 + k106);
    let v112: f32 = in0[v111];
    let v113: i32 = (v8 + k106);
    let v114: f32 = in0[v113];
    let v115: i32 = (v10 + k106);
    let v116: f32 = in0[v115];
    let v117: i32 = (v12 + k106);
    let v118: f32 = in0[v117];
    let v119: i32 = (k106 * 4i);
    let v120: i32 = (v13 + v119);
    let v121: i32 = (v120 + i2);
    let v122: f32 = in1[v121];
    let v123: i32 = (v120 + i2_1);
    let v124: f32 = in1[v123];
    let v125: i32 = (v120 + i2_2);
    let v126: f32 = in1[v125];
    let v127: i32 = (v120 + i2_3);
    let v128: f32 = in1[v127];
    c0_0 = fma(v108, v122, c0_0);
    c0_1 = fma(v108, v124, c0_1);
    c0_2 = fma(v108, v126, c0_2);
    c0_3 = fma(v108, v128, c0_3);
    c1_0 = fma(v110, v122, c1_0);
    c1_1 = fma(v110, v124, c1_1);
    c1_2 = fma(v110, v126, c1_2);
    c1_3 = fma(v110, v128, c1_3);
    c2_0 = fma(v112, v122, c2_0);
    c2_1 = fma(v112, v124, c2_1);
    c2_2 = fma(v112, v126, c2_2);
    c2_3 = fma(v112, v128, c2_3);
    c3_0 = fma(v114, v122, c3_0);
    c3_1 = fma(v114, v124, c3_1);
    c3_2 = fma(v114, v126, c3_2);
    c3_3 = fma(v114, v128, c3_3);
    c4_0 = fma(v116, v122, c4_0);
    c4_1 = fma(v116, v124, c4_1);
    c4_2 = fma(v116, v126, c4_2);
    c4_3 = fma(v116, v128, c4_3);
    c5_0 = fma(v118, v122, c5_0);
    c5_1 = fma(v118, v124, c5_1);
    c5_2 = fma(v118, v126, c5_2);
    c5_3 = fma(v118, v128, c5_3);
  }
  {
    let k129: i32 = 5i;
    let v130: i32 = (v2 + k129);
    let v131: f32 = in0[v130];
    let v132: i32 = (v4 + k129);
    let v133: f32 = in0[v132];
    let v134: i32 = (v6 + k129);
    let v135: f32 = in0[v134];
    let v136: i32 = (v8 + k129);
    let v137: f32 = in0[v136];
    let v138: i32 = (v10 + k129);
    let v139: f32 = in0[v138];
    let v140: i32 = (v12 + k129);
    let v141: f32 = in0[v140];
    let v142: i32 = (k129 * 4i);
    let v143: i32 = (v13 + v142);
    let v144: i32 = (v143 + i2);
    let v145: f32 = in1[v144];
    let v146: i32 = (v143 + i2_1);
    let v147: f32 = in1[v146];
    let v148: i32 = (v143 + i2_2);
    let v149: f32 = in1[v148];
    let v150: i32 = (v143 + i2_3);
    let v151: f32 = in1[v150];
    c0_0 = fma(v131, v145, c0_0);
    c0_1 = fma(v131, v147, c0_1);
    c0_2 = fma(v131, v149, c0_2);
    c0_3 = fma(v131, v151, c0_3);
    c1_0 = fma(v133, v145, c1_0);
    c1_1 = fma(v133, v147, c1_1);
    c1_2 = fma(v133, v149, c1_2);
    c1_3 = fma(v133, v151, c1_3);
    c2_0 = fma(v135, v145, c2_0);
    c2_1 = fma(v135, v147, c2_1);
    c2_2 = fma(v135, v149, c2_2);
    c2_3 = fma(v135, v151, c2_3);
    c3_0 = fma(v137, v145, c3_0);
    c3_1 = fma(v137, v147, c3_1);
    c3_2 = fma(v137, v149, c3_2);
    c3_3 = fma(v137, v151, c3_3);
    c4_0 = fma(v139, v145, c4_0);
    c4_1 = fma(v139, v147, c4_1);
    c4_2 = fma(v139, v149, c4_2);
    c4_3 = fma(v139, v151, c4_3);
    c5_0 = fma(v141, v145, c5_0);
    c5_1 = fma(v141, v147, c5_1);
    c5_2 = fma(v141, v149, c5_2);
    c5_3 = fma(v141, v151, c5_3);
  }
  {
    let k152: i32 = 6i;
    let v153: i32 = (v2 + k152);
    let v154: f32 = in0[v153];
    let v155: i32 = (v4 + k152);
    let v156: f32 = in0[v155];
    let v157: i32 = (v6 + k152);
    let v158: f32 = in0[v157];
    let v159: i32 = (v8 + k152);
    let v160: f32 = in0[v159];
    let v161: i32 = (v10 + k152);
    let v162: f32 = in0[v161];
    let v163: i32 = (v12 + k152);
    let v164: f32 = in0[v163];
    let v165: i32 = (k152 * 4i);
    let v166: i32 = (v13 + v165);
    let v167: i32 = (v166 + i2);
    let v168: f32 = in1[v167];
    let v169: i32 = (v166 + i2_1);
    let v170: f32 = in1[v169];
    let v171: i32 = (v166 + i2_2);
    let v172: f32 = in1[v171];
    let v173: i32 = (v166 + i2_3);
    let v174: f32 = in1[v173];
    c0_0 = fma(v154, v168, c0_0);
    c0_1 = fma(v154, v170, c0_1);
    c0_2 = fma(v154, v172, c0_2);
    c0_3 = fma(v154, v174, c0_3);
    c1_0 = fma(v156, v168, c1_0);
    c1_1 = fma(v156, v170, c1_1);
    c1_2 = fma(v156, v172, c1_2);
    c1_3 = fma(v156, v174, c1_3);
    c2_0 = fma(v158, v168, c2_0);
    c2_1 = fma(v158, v170, c2_1);
    c2_2 = fma(v158, v172, c2_2);
    c2_3 = fma(v158, v174, c2_3);
    c3_0 = fma(v160, v168, c3_0);
    c3_1 = fma(v160, v170, c3_1);
    c3_2 = fma(v160, v172, c3_2);
    c3_3 = fma(v160, v174, c3_3);
    c4_0 = fma(v162, v168, c4_0);
    c4_1 = fma(v162, v170, c4_1);
    c4_2 = fma(v162, v172, c4_2);
    c4_3 = fma(v162, v174, c4_3);
    c5_0 = fma(v164, v168, c5_0);
    c5_1 = fma(v164, v170, c5_1);
    c5_2 = fma(v164, v172, c5_2);
    c5_3 = fma(v164, v174, c5_3);
  }
  {
    let v175: i32 = (i0 * 24i);
    let v176: i32 = (i1 * 4i);
    let v177: i32 = (v175 + v176);
    let v178: i32 = (v177 + i2);
    out0[v178] = c0_0;
  }
  {
    let v179: i32 = (i0 * 24i);
    let v180: i32 = (i1 * 4i);
    let v181: i32 = (v179 + v180);
    let v182: i32 = (v181 + i2_1);
    out0[v182] = c0_1;
  }
  {
    let v183: i32 = (i0 * 24i);
    let v184: i32 = (i1 * 4i);
    let v185: i32 = (v183 + v184);
    let v186: i32 = (v185 + i2_2);
    out0[v186] = c0_2;
  }
  {
    let v187: i32 = (i0 * 24i);
    let v188: i32 = (i1 * 4i);
    let v189: i32 = (v187 + v188);
    let v190: i32 = (v189 + i2_3);
    out0[v190] = c0_3;
  }
  {
    let v191: i32 = (i0 * 24i);
    let v192: i32 = (i1_1 * 4i);
    let v193: i32 = (v191 + v192);
    let v194: i32 = (v193 + i2);
    out0[v194] = c1_0;
  }
  {
    let v195: i32 = (i0 * 24i);
    let v196: i32 = (i1_1 * 4i);
    let v197: i32 = (v195 + v196);
    let v198: i32 = (v197 + i2_1);
    out0[v198] = c1_1;
  }
  {
    let v199: i32 = (i0 * 24i);
    let v200: i32 = (i1_1 * 4i);
    let v201: i32 = (v199 + v200);
    let v202: i32 = (v201 + i2_2);
    out0[v202] = c1_2;
  }
  {
    let v203: i32 = (i0 * 24i);
    let v204: i32 = (i1_1 * 4i);
    let v205: i32 = (v203 + v204);
    let v206: i32 = (v205 + i2_3);
    out0[v206] = c1_3;
  }
  {
    let v207: i32 = (i0 * 24i);
    let v208: i32 = (i1_2 * 4i);
    let v209: i32 = (v207 + v208);
    let v210: i32 = (v209 + i2);
    out0[v210] = c2_0;
  }
  {
    let v211: i32 = (i0 * 24i);
    let v212: i32 = (i1_2 * 4i);
    let v213: i32 = (v211 + v212);
    let v214: i32 = (v213 + i2_1);
    out0[v214] = c2_1;
  }
  {
    let v215: i32 = (i0 * 24i);
    let v216: i32 = (i1_2 * 4i);
    let v217: i32 = (v215 + v216);
    let v218: i32 = (v217 + i2_2);
    out0[v218] = c2_2;
  }
  {
    let v219: i32 = (i0 * 24i);
    let v220: i32 = (i1_2 * 4i);
    let v221: i32 = (v219 + v220);
    let v222: i32 = (v221 + i2_3);
    out0[v222] = c2_3;
  }
  {
    let v223: i32 = (i0 * 24i);
    let v224: i32 = (i1_3 * 4i);
    let v225: i32 = (v223 + v224);
    let v226: i32 = (v225 + i2);
    out0[v226] = c3_0;
  }
  {
    let v227: i32 = (i0 * 24i);
    let v228: i32 = (i1_3 * 4i);
    let v229: i32 = (v227 + v228);
    let v230: i32 = (v229 + i2_1);
    out0[v230] = c3_1;
  }
  {
    let v231: i32 = (i0 * 24i);
    let v232: i32 = (i1_3 * 4i);
    let v233: i32 = (v231 + v232);
    let v234: i32 = (v233 + i2_2);
    out0[v234] = c3_2;
  }
  {
    let v235: i32 = (i0 * 24i);
    let v236: i32 = (i1_3 * 4i);
    let v237: i32 = (v235 + v236);
    let v238: i32 = (v237 + i2_3);
    out0[v238] = c3_3;
  }
  {
    let v239: i32 = (i0 * 24i);
    let v240: i32 = (i1_4 * 4i);
    let v241: i32 = (v239 + v240);
    let v242: i32 = (v241 + i2);
    out0[v242] = c4_0;
  }
  {
    let v243: i32 = (i0 * 24i);
    let v244: i32 = (i1_4 * 4i);
    let v245: i32 = (v243 + v244);
    let v246: i32 = (v245 + i2_1);
    out0[v246] = c4_1;
  }
  {
    let v247: i32 = (i0 * 24i);
    let v248: i32 = (i1_4 * 4i);
    let v249: i32 = (v247 + v248);
    let v250: i32 = (v249 + i2_2);
    out0[v250] = c4_2;
  }
  {
    let v251: i32 = (i0 * 24i);
    let v252: i32 = (i1_4 * 4i);
    let v253: i32 = (v251 + v252);
    let v254: i32 = (v253 + i2_3);
    out0[v254] = c4_3;
  }
  {
    let v255: i32 = (i0 * 24i);
    let v256: i32 = (i1_5 * 4i);
    let v257: i32 = (v255 + v256);
    let v258: i32 = (v257 + i2);
    out0[v258] = c5_0;
  }
  {
    let v259: i32 = (i0 * 24i);
    let v260: i32 = (i1_5 * 4i);
    let v261: i32 = (v259 + v260);
    let v262: i32 = (v261 + i2_1);
    out0[v262] = c5_1;
  }
  {
    let v263: i32 = (i0 * 24i);
    let v264: i32 = (i1_5 * 4i);
    let v265: i32 = (v263 + v264);
    let v266: i32 = (v265 + i2_2);
    out0[v266] = c5_2;
  }
  {
    let v267: i32 = (i0 * 24i);
    let v268: i32 = (i1_5 * 4i);
    let v269: i32 = (v267 + v268);
    let v270: i32 = (v269 + i2_3);
    out0[v270] = c5_3;
  }
}
