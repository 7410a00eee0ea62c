# test/e2e/multiview-golden.test.ts (kernax dump examples/multiview.ts --print-after-all --format json) — case 'stax-multiviewJacParams-wgsl'
// kernax kernel k0: contract, pinned profile
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
  let grp: i32 = i32(wid.x + wid.y * 3u);
  let lf: i32 = (grp % 3i) * 64i + i32(lid);
  if (lf >= 140i) { return; }
  let og: i32 = grp / 3i;
  let i0: i32 = (lf / 28i);
  let i1: i32 = (lf / 2i) % 14i;
  let t2: i32 = lf % 2i;
  let t3: i32 = 0i;
  let i2: i32 = t2 * 7i;
  let i2_1: i32 = i2 + 1i;
  let i2_2: i32 = i2 + 2i;
  let i2_3: i32 = i2 + 3i;
  let i2_4: i32 = i2 + 4i;
  let i2_5: i32 = i2 + 5i;
  let i2_6: i32 = i2 + 6i;
  let i3: i32 = t3 * 5i;
  let i3_1: i32 = i3 + 1i;
  let i3_2: i32 = i3 + 2i;
  let i3_3: i32 = i3 + 3i;
  let i3_4: i32 = i3 + 4i;
  var c0_0: f32 = 0.0f;
  var c0_1: f32 = 0.0f;
  var c0_2: f32 = 0.0f;
  var c0_3: f32 = 0.0f;
  var c0_4: f32 = 0.0f;
  var c1_0: f32 = 0.0f;
  var c1_1: f32 = 0.0f;
  var c1_2: f32 = 0.0f;
  var c1_3: f32 = 0.0f;
  var c1_4: f32 = 0.0f;
  var c2_0: f32 = 0.0f;
  var c2_1: f32 = 0.0f;
  var c2_2: f32 = 0.0f;
  var c2_3: f32 = 0.0f;
  var c2_4: f32 = 0.0f;
  var c3_0: f32 = 0.0f;
  var c3_1: f32 = 0.0f;
  var c3_2: f32 = 0.0f;
  var c3_3: f32 = 0.0f;
  var c3_4: f32 = 0.0f;
  var c4_0: f32 = 0.0f;
  var c4_1: f32 = 0.0f;
  var c4_2: f32 = 0.0f;
  var c4_3: f32 = 0.0f;
  var c4_4: f32 = 0.0f;
  var c5_0: f32 = 0.0f;
  var c5_1: f32 = 0.0f;
  var c5_2: f32 = 0.0f;
  var c5_3: f32 = 0.0f;
  var c5_4: f32 = 0.0f;
  var c6_0: f32 = 0.0f;
  var c6_1: f32 = 0.0f;
  var c6_2: f32 = 0.0f;
  var c6_3: f32 = 0.0f;
  var c6_4: f32 = 0.0f;
  let v0: i32 = (i1 * 240i);
  let v1: i32 = (i2 * 15i);
  let v2: i32 = (i2_1 * 15i);
  let v3: i32 = (i2_2 * 15i);
  let v4: i32 = (i2_3 * 15i);
  let v5: i32 = (i2_4 * 15i);
  let v6: i32 = (i2_5 * 15i);
  let v7: i32 = (i2_6 * 15i);
  for (var r0: i32 = 0i; r0 < 3i; r0 = r0 + 1i) {
    for (var r1: i32 = 0i; r1 < 3i; r1 = r1 + 1i) {
      {
        let k8: i32 = 0i;
        let v9: i32 = (r1 * 240i);
        let v10: i32 = (v0 + v9);
        let v11: i32 = (k8 * 15i);
        let v12: i32 = (r0 * 5i);
        let v13: i32 = (v10 + v1);
        let v14: i32 = (v13 + v11);
        let v15: i32 = (v14 + v12);
        let v16: i32 = (v15 + i0);
        let v17: f32 = in1[v16];
        let v18: i32 = (v10 + v2);
        let v19: i32 = (v18 + v11);
        let v20: i32 = (v19 + v12);
        let v21: i32 = (v20 + i0);
        let v22: f32 = in1[v21];
        let v23: i32 = (v10 + v3);
        let v24: i32 = (v23 + v11);
        let v25: i32 = (v24 + v12);
        let v26: i32 = (v25 + i0);
        let v27: f32 = in1[v26];
        let v28: i32 = (v10 + v4);
        let v29: i32 = (v28 + v11);
        let v30: i32 = (v29 + v12);
        let v31: i32 = (v30 + i0);
        let v32: f32 = in1[v31];
        let v33: i32 = (v10 + v5);
        let v34: i32 = (v33 + v11);
        let v35: i32 = (v34 + v12);
        let v36: i32 = (v35 + i0);
        let v37: f32 = in1[v36];
        let v38: i32 = (v10 + v6);
        let v39: i32 = (v38 + v11);
        let v40: i32 = (v39 + v12);
        let v41: i32 = (v40 + i0);
        let v42: f32 = in1[v41];
        let v43: i32 = (v10 + v7);
        let v44: i32 = (v43 + v11);
        let v45: i32 = (v44 + v12);
        let v46: i32 = (v45 + i0);
        let v47: f32 = in1[v46];
        let v48: i32 = (r1 * 45i);
        let v49: i32 = (v48 + v11);
        let v50: i32 = (v49 + v12);
        let v51: i32 = (v50 + i3);
        let v52: f32 = in0[v51];
        let v53: i32 = (v50 + i3_1);
        let v54: f32 = in0[v53];
        let v55: i32 = (v50 + i3_2);
        let v56: f32 = in0[v55];
        let v57: i32 = (v50 + i3_3);
        let v58: f32 = in0[v57];
        let v59: i32 = (v50 + i3_4);
        let v60: f32 = in0[v59];
        c0_0 = fma(v17, v52, c0_0);
        c0_1 = fma(v17, v54, c0_1);
        c0_2 = fma(v17, v56, c0_2);
        c0_3 = fma(v17, v58, c0_3);
        c0_4 = fma(v17, v60, c0_4);
        c1_0 = fma(v22, v52, c1_0);
        c1_1 = fma(v22, v54, c1_1);
        c1_2 = fma(v22, v56, c1_2);
        c1_3 = fma(v22, v58, c1_3);
        c1_4 = fma(v22, v60, c1_4);
        c2_0 = fma(v27, v52, c2_0);
        c2_1 = fma(v27, v54, c2_1);
        c2_2 = fma(v27, v56, c2_2);
        c2_3 = fma(v27, v58, c2_3);
        c2_4 = fma(v27, v60, c2_4);
        c3_0 = fma(v32, v52, c3_0);
        c3_1 = fma(v32, v54, c3_1);
        c3_2 = fma(v32, v56, c3_2);
        c3_3 = fma(v32, v58, c3_3);
        c3_4 = fma(v32, v60, c3_4);
        c4_0 = fma(v37, v52, c4_0);
        c4_1 = fma(v37, v54, c4_1);
        c4_2 = fma(v37, v56, c4_2);
        c4_3 = fma(v37, v58, c4_3);
        c4_4 = fma(v37, v60, c4_4);
        c5_0 = fma(v42, v52, c5_0);
        c5_1 = fma(v42, v54, c5_1);
        c5_2 = fma(v42, v56, c5_2);
        c5_3 = fma(v42, v58, c5_3);
        c5_4 = fma(v42, v60, c5_4);
        c6_0 = fma(v47, v52, c6_0);
        c6_1 = fma(v47, v54, c6_1);
        c6_2 = fma(v47, v56, c6_2);
        c6_3 = fma(v47, v58, c6_3);
        c6_4 = fma(v47, v60, c6_4);
      }
      {
        let k61: i32 = 1i;
        let v62: i32 = (r1 * 240i);
        let v63: i32 = (v0 + v62);
        let v64: i32 = (k61 * 15i);
        let v65: i32 = (r0 * 5i);
        let v66: i32 = (v63 + v1);
        let v67: i32 = (v66 + v64);
        let v68: i32 = (v67 + v65);
        let v69: i32 = (v68 + i0);
        let v70: f32 = in1[v69];
        let v71: i32 = (v63 + v2);
        let v72: i32 = (v71 + v64);
        let v73: i32 = (v72 + v65);
        let v74: i32 = (v73 + i0);
        let v75: f32 = in1[v74];
        let v76: i32 = (v63 + v3);
        let v77: i32 = (v76 + v64);
        let v78: i32 = (v77 + v65);
        let v79: i32 = (v78 + i0);
        let v80: f32 = in1[v79];
        let v81: i32 = (v63 + v4);
        let v82: i32 = (v81 + v64);
        let v83: i32 = (v82 + v65);
        let v84: i32 = (v83 + i0);
        let v85: f32 = in1[v84];
        let v86: i32 = (v63 + v5);
        let v87: i32 = (v86 + v64);
        let v88: i32 = (v87 + v65);
        let v89: i32 = (v88 + i0);
        let v90: f32 = in1[v89];
        let v91: i32 = (v63 + v6);
        let v92: i32 = (v91 + v64);
        let v93: i32 = (v92 + v65);
        let v94: i32 = (v93 + i0);
        let v95: f32 = in1[v94];
        let v96: i32 = (v63 + v7);
        let v97: i32 = (v96 + v64);
        let v98: i32 = (v97 + v65);
        let v99: i32 = (v98 + i0);
        let v100: f32 = in1[v99];
        let v101: i32 = (r1 * 45i);
        let v102: i32 = (v101 + v64);
        let v103: i32 = (v102 + v65);
        let v104: i32 = (v103 + i3);
        let v105: f32 = in0[v104];
        let v106: i32 = (v103 + i3_1);
        let v107: f32 = in0[v106];
        let v108: i32 = (v103 + i3_2);
        let v109: f32 = in0[v108];
        let v110: i32 = (v103 + i3_3);
        let v111: f32 = in0[v110];
        let v112: i32 = (v103 + i3_4);
        let v113: f32 = in0[v112];
        c0_0 = fma(v70, v105, c0_0);
        c0_1 = fma(v70, v107, c0_1);
        c0_2 = fma(v70, v109, c0_2);
        c0_3 = fma(v70, v111, c0_3);
        c0_4 = fma(v70, v113, c0_4);
        c1_0 = fma(v75, v105, c1_0);
        c1_1 = fma(v75, v107, c1_1);
        c1_2 = fma(v75, v109, c1_2);
        c1_3 = fma(v75, v111, c1_3);
        c1_4 = fma(v75, v113, c1_4);
        c2_0 = fma(v80, v105, c2_0);
        c2_1 = fma(v80, v107, c2_1);
        c2_2 = fma(v80, v109, c2_2);
        c2_3 = fma(v80, v111, c2_3);
        c2_4 = fma(v80, v113, c2_4);
        c3_0 = fma(v85, v105, c3_0);
        c3_1 = fma(v85, v107, c3_1);
        c3_2 = fma(v85, v109, c3_2);
        c3_3 = fma(v85, v111, c3_3);
        c3_4 = fma(v85, v113, c3_4);
        c4_0 = fma(v90, v105, c4_0);
        c4_1 = fma(v90, v107, c4_1);
        c4_2 = fma(v90, v109, c4_2);
        c4_3 = fma(v90, v111, c4_3);
        c4_4 = fma(v90, v113, c4_4);
        c5_0 = fma(v95, v105, c5_0);
        c5_1 = fma(v95, v107, c5_1);
        c5_2 = fma(v95, v109, c5_2);
        c5_3 = fma(v95, v111, c5_3);
        c5_4 = fma(v95, v113, c5_4);
        c6_0 = fma(v100, v105, c6_0);
        c6_1 = fma(v100, v107, c6_1);
        c6_2 = fma(v100, v109, c6_2);
        c6_3 = fma(v100, v111, c6_3);
        c6_4 = fma(v100, v113, c6_4);
      }
      {
        let k114: i32 = 2i;
        let v115: i32 = (r1 * 240i);
        let v116: i32 = (v0 + v115);
        let v117: i32 = (k114 * 15i);
        let v118: i32 = (r0 * 5i);
        let v119: i32 = (v116 + v1);
        let v120: i32 = (v119 + v117);
        let v121: i32 = (v120 + v118);
        let v122: i32 = (v121 + i0);
        let v123: f32 = in1[v122];
        let v124: i32 = (v116 + v2);
        let v125: i32 = (v124 + v117);
        let v126: i32 = (v125 + v118);
        let v127: i32 = (v126 + i0);
        let v128: f32 = in1[v127];
        let v129: i32 = (v116 + v3);
        let v130: i32 = (v129 + v117);
        let v131: i32 = (v130 + v118);
        let v132: i32 = (v131 + i0);
        let v133: f32 = in1[v132];
        let v134: i32 = (v116 + v4);
        let v135: i32 = (v134 + v117);
        let v136: i32 = (v135 + v118);
        let v137: i32 = (v136 + i0);
        let v138: f32 = in1[v137];
        let v139: i32 = (v116 + v5);
        let v140: i32 = (v139 + v117);
        let v141: i32 = (v140 + v118);
        let v142: i32 = (v141 + i0);
        let v143: f32 = in1[v142];
        let v144: i32 = (v116 + v6);
        let v145: i32 = (v144 + v117);
        let v146: i32 = (v145 + v118);
        let v147: i32 = (v146 + i0);
        let v148: f32 = in1[v147];
        let v149: i32 = (v116 + v7);
        let v150: i32 = (v149 + v117);
        let v151: i32 = (v150 + v118);
        let v152: i32 = (v151 + i0);
        let v153: f32 = in1[v152];
        let v154: i32 = (r1 * 45i);
        let v155: i32 = (v154 + v117);
        let v156: i32 = (v155 + v118);
        let v157: i32 = (v156 + i3);
        let v158: f32 = in0[v157];
        let v159: i32 = (v156 + i3_1);
        let v160: f32 = in0[v159];
        let v161: i32 = (v156 + i3_2);
        let v162: f32 = in0[v161];
        let v163: i32 = (v156 + i3_3);
        let v164: f32 = in0[v163];
        let v165: i32 = (v156 + i3_4);
        let v166: f32 = in0[v165];
        c0_0 = fma(v123, v158, c0_0);
        c0_1 = fma(v123, v160, c0_1);
        c0_2 = fma(v123, v162, c0_2);
        c0_3 = fma(v123, v164, c0_3);
        c0_4 = fma(v123, v166, c0_4);
        c1_0 = fma(v128, v158, c1_0);
        c1_1 = fma(v128, v160, c1_1);
        c1_2 = fma(v128, v162, c1_2);
        c1_3 = fma(v128, v164, c1_3);
        c1_4 = fma(v128, v166, c1_4);
        c2_0 = fma(v133, v158, c2_0);
        c2_1 = fma(v133, v160, c2_1);
        c2_2 = fma(v133, v162, c2_2);
        c2_3 = fma(v133, v164, c2_3);
        c2_4 = fma(v133, v166, c2_4);
        c3_0 = fma(v138, v158, c3_0);
        c3_1 = fma(v138, v160, c3_1);
        c3_2 = fma(v138, v162, c3_2);
        c3_3 = fma(v138, v164, c3_3);
        c3_4 = fma(v138, v166, c3_4);
        c4_0 = fma(v143, v158, c4_0);
        c4_1 = fma(v143, v160, c4_1);
        c4_2 = fma(v143, v162, c4_2);
        c4_3 = fma(v143, v164, c4_3);
        c4_4 = fma(v143, v166, c4_4);
        c5_0 = fma(v148, v158, c5_0);
        c5_1 = fma(v148, v160, c5_1);
        c5_2 = fma(v148, v162, c5_2);
        c5_3 = fma(v148, v164, c5_3);
        c5_4 = fma(v148, v166, c5_4);
        c6_0 = fma(v153, v158, c6_0);
        c6_1 = fma(v153, v160, c6_1);
        c6_2 = fma(v153, v162, c6_2);
        c6_3 = fma(v153, v164, c6_3);
        c6_4 = fma(v153, v166, c6_4);
      }
    }
  }
  {
    let v167: i32 = (i0 * 980i);
    let v168: i32 = (i1 * 70i);
    let v169: i32 = (v167 + v168);
    let v170: i32 = (i2 * 5i);
    let v171: i32 = (v169 + v170);
    let v172: i32 = (v171 + i3);
    out0[v172] = c0_0;
  }
  {
    let v173: i32 = (i0 * 980i);
    let v174: i32 = (i1 * 70i);
    let v175: i32 = (v173 + v174);
    let v176: i32 = (i2 * 5i);
    let v177: i32 = (v175 + v176);
    let v178: i32 = (v177 + i3_1);
    out0[v178] = c0_1;
  }
  {
    let v179: i32 = (i0 * 980i);
    let v180: i32 = (i1 * 70i);
    let v181: i32 = (v179 + v180);
    let v182: i32 = (i2 * 5i);
    let v183: i32 = (v181 + v182);
    let v184: i32 = (v183 + i3_2);
    out0[v184] = c0_2;
  }
  {
    let v185: i32 = (i0 * 980i);
    let v186: i32 = (i1 * 70i);
    let v187: i32 = (v185 + v186);
    let v188: i32 = (i2 * 5i);
    let v189: i32 = (v187 + v188);
    let v190: i32 = (v189 + i3_3);
    out0[v190] = c0_3;
  }
  {
    let v191: i32 = (i0 * 980i);
    let v192: i32 = (i1 * 70i);
    let v193: i32 = (v191 + v192);
    let v194: i32 = (i2 * 5i);
    let v195: i32 = (v193 + v194);
    let v196: i32 = (v195 + i3_4);
    out0[v196] = c0_4;
  }
  {
    let v197: i32 = (i0 * 980i);
    let v198: i32 = (i1 * 70i);
    let v199: i32 = (v197 + v198);
    let v200: i32 = (i2_1 * 5i);
    let v201: i32 = (v199 + v200);
    let v202: i32 = (v201 + i3);
    out0[v202] = c1_0;
  }
  {
    let v203: i32 = (i0 * 980i);
    let v204: i32 = (i1 * 70i);
    let v205: i32 = (v203 + v204);
    let v206: i32 = (i2_1 * 5i);
    let v207: i32 = (v205 + v206);
    let v208: i32 = (v207 + i3_1);
    out0[v208] = c1_1;
  }
  {
    let v209: i32 = (i0 * 980i);
    let v210: i32 = (i1 * 70i);
    let v211: i32 = (v209 + v210);
    let v212: i32 = (i2_1 * 5i);
    let v213: i32 = (v211 + v212);
    let v214: i32 = (v213 + i3_2);
    out0[v214] = c1_2;
  }
  {
    let v215: i32 = (i0 * 980i);
    let v216: i32 = (i1 * 70i);
    let v217: i32 = (v215 + v216);
    let v218: i32 = (i2_1 * 5i);
    let v219: i32 = (v217 + v218);
    let v220: i32 = (v219 + i3_3);
    out0[v220] = c1_3;
  }
  {
    let v221: i32 = (i0 * 980i);
    let v222: i32 = (i1 * 70i);
    let v223: i32 = (v221 + v222);
    let v224: i32 = (i2_1 * 5i);
    let v225: i32 = (v223 + v224);
    let v226: i32 = (v225 + i3_4);
    out0[v226] = c1_4;
  }
  {
    let v227: i32 = (i0 * 980i);
    let v228: i32 = (i1 * 70i);
    let v229: i32 = (v227 + v228);
    let v230: i32 = (i2_2 * 5i);
    let v231: i32 = (v229 + v230);
    let v232: i32 = (v231 + i3);
    out0[v232] = c2_0;
  }
  {
    let v233: i32 = (i0 * 980i);
    let v234: i32 = (i1 * 70i);
    let v235: i32 = (v233 + v234);
    let v236: i32 = (i2_2 * 5i);
    let v237: i32 = (v235 + v236);
    let v238: i32 = (v237 + i3_1);
    out0[v238] = c2_1;
  }
  {
    let v239: i32 = (i0 * 980i);
    let v240: i32 = (i1 * 70i);
    let v241: i32 = (v239 + v240);
    let v242: i32 = (i2_2 * 5i);
    let v243: i32 = (v241 + v242);
    let v244: i32 = (v243 + i3_2);
    out0[v244] = c2_2;
  }
  {
    let v245: i32 = (i0 * 980i);
    let v246: i32 = (i1 * 70i);
    let v247: i32 = (v245 + v246);
    let v248: i32 = (i2_2 * 5i);
    let v249: i32 = (v247 + v248);
    let v250: i32 = (v249 + i3_3);
    out0[v250] = c2_3;
  }
  {
    let v251: i32 = (i0 * 980i);
    let v252: i32 = (i1 * 70i);
    let v253: i32 = (v251 + v252);
    let v254: i32 = (i2_2 * 5i);
    let v255: i32 = (v253 + v254);
    let v256: i32 = (v255 + i3_4);
    out0[v256] = c2_4;
  }
  {
    let v257: i32 = (i0 * 980i);
    let v258: i32 = (i1 * 70i);
    let v259: i32 = (v257 + v258);
    let v260: i32 = (i2_3 * 5i);
    let v261: i32 = (v259 + v260);
    let v262: i32 = (v261 + i3);
    out0[v262] = c3_0;
  }
  {
    let v263: i32 = (i0 * 980i);
    let v264: i32 = (i1 * 70i);
    let v265: i32 = (v263 + v264);
    let v266: i32 = (i2_3 * 5i);
    let v267: i32 = (v265 + v266);
    let v268: i32 = (v267 + i3_1);
    out0[v268] = c3_1;
  }
  {
    let v269: i32 = (i0 * 980i);
    let v270: i32 = (i1 * 70i);
    let v271: i32 = (v269 + v270);
    let v272: i32 = (i2_3 * 5i);
    let v273: i32 = (v271 + v272);
    let v274: i32 = (v273 + i3_2);
    out0[v274] = c3_2;
  }
  {
    let v275: i32 = (i0 * 980i);
    let v276: i32 = (i1 * 70i);
    let v277: i32 = (v275 + v276);
    let v278: i32 = (i2_3 * 5i);
    let v279: i32 = (v277 + v278);
    let v280: i32 = (v279 + i3_3);
    out0[v280] = c3_3;
  }
  {
    let v281: i32 = (i0 * 980i);
    let v282: i32 = (i1 * 70i);
    let v283: i32 = (v281 + v282);
    let v284: i32 = (i2_3 * 5i);
    let v285: i32 = (v283 + v284);
    let v286: i32 = (v285 + i3_4);
    out0[v286] = c3_4;
  }
  {
    let v287: i32 = (i0 * 980i);
    let v288: i32 = (i1 * 70i);
    let v289: i32 = (v287 + v288);
    let v290: i32 = (i2_4 * 5i);
    let v291: i32 = (v289 + v290);
    let v292: i32 = (v291 + i3);
    out0[v292] = c4_0;
  }
  {
    let v293: i32 = (i0 * 980i);
    let v294: i32 = (i1 * 70i);
    let v295: i32 = (v293 + v294);
    let v296: i32 = (i2_4 * 5i);
    let v297: i32 = (v295 + v296);
    let v298: i32 = (v297 + i3_1);
    out0[v298] = c4_1;
  }
  {
    let v299: i32 = (i0 * 980i);
    let v300: i32 = (i1 * 70i);
    let v301: i32 = (v299 + v300);
    let v302: i32 = (i2_4 * 5i);
    let v303: i32 = (v301 + v302);
    let v304: i32 = (v303 + i3_2);
    out0[v304] = c4_2;
  }
  {
    let v305: i32 = (i0 * 980i);
    let v306: i32 = (i1 * 70i);
    let v307: i32 = (v305 + v306);
    let v308: i32 = (i2_4 * 5i);
    let v309: i32 = (v307 + v308);
    let v310: i32 = (v309 + i3_3);
    out0[v310] = c4_3;
  }
  {
    let v311: i32 = (i0 * 980i);
    let v312: i32 = (i1 * 70i);
    let v313: i32 = (v311 + v312);
    let v314: i32 = (i2_4 * 5i);
    let v315: i32 = (v313 + v314);
    let v316: i32 = (v315 + i3_4);
    out0[v316] = c4_4;
  }
  {
    let v317: i32 = (i0 * 980i);
    let v318: i32 = (i1 * 70i);
    let v319: i32 = (v317 + v318);
    let v320: i32 = (i2_5 * 5i);
    let v321: i32 = (v319 + v320);
    let v322: i32 = (v321 + i3);
    out0[v322] = c5_0;
  }
  {
    let v323: i32 = (i0 * 980i);
    let v324: i32 = (i1 * 70i);
    let v325: i32 = (v323 + v324);
    let v326: i32 = (i2_5 * 5i);
    let v327: i32 = (v325 + v326);
    let v328: i32 = (v327 + i3_1);
    out0[v328] = c5_1;
  }
  {
    let v329: i32 = (i0 * 980i);
    let v330: i32 = (i1 * 70i);
    let v331: i32 = (v329 + v330);
    let v332: i32 = (i2_5 * 5i);
    let v333: i32 = (v331 + v332);
    let v334: i32 = (v333 + i3_2);
    out0[v334] = c5_2;
  }
  {
    let v335: i32 = (i0 * 980i);
    let v336: i32 = (i1 * 70i);
    let v337: i32 = (v335 + v336);
    let v338: i32 = (i2_5 * 5i);
    let v339: i32 = (v337 + v338);
    let v340: i32 = (v339 + i3_3);
    out0[v340] = c5_3;
  }
  {
    let v341: i32 = (i0 * 980i);
    let v342: i32 = (i1 * 70i);
    let v343: i32 = (v341 + v342);
    let v344: i32 = (i2_5 * 5i);
    let v345: i32 = (v343 + v344);
    let v346: i32 = (v345 + i3_4);
    out0[v346] = c5_4;
  }
  {
    let v347: i32 = (i0 * 980i);
    let v348: i32 = (i1 * 70i);
    let v349: i32 = (v347 + v348);
    let v350: i32 = (i2_6 * 5i);
    let v351: i32 = (v349 + v350);
    let v352: i32 = (v351 + i3);
    out0[v352] = c6_0;
  }
  {
    let v353: i32 = (i0 * 980i);
    let v354: i32 = (i1 * 70i);
    let v355: i32 = (v353 + v354);
    let v356: i32 = (i2_6 * 5i);
    let v357: i32 = (v355 + v356);
    let v358: i32 = (v357 + i3_1);
    out0[v358] = c6_1;
  }
  {
    let v359: i32 = (i0 * 980i);
    let v360: i32 = (i1 * 70i);
    let v361: i32 = (v359 + v360);
    let v362: i32 = (i2_6 * 5i);
    let v363: i32 = (v361 + v362);
    let v364: i32 = (v363 + i3_2);
    out0[v364] = c6_2;
  }
  {
    let v365: i32 = (i0 * 980i);
    let v366: i32 = (i1 * 70i);
    let v367: i32 = (v365 + v366);
    let v368: i32 = (i2_6 * 5i);
    let v369: i32 = (v367 + v368);
    let v370: i32 = (v369 + i3_3);
    out0[v370] = c6_3;
  }
  {
    let v371: i32 = (i0 * 980i);
    let v372: i32 = (i1 * 70i);
    let v373: i32 = (v371 + v372);
    let v374: i32 = (i2_6 * 5i);
    let v375: i32 = (v373 + v374);
    let v376: i32 = (v375 + i3_4);
    out0[v376] = c6_4;
  }
}

// kernax kernel k1: contract, pinned profile
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
  let grp: i32 = i32(wid.x + wid.y * 6891u);
  let lf: i32 = (grp % 6891i) * 64i + i32(lid);
  if (lf >= 441000i) { return; }
  let og: i32 = grp / 6891i;
  let t0: i32 = (lf / 196i);
  let i1: i32 = (lf / 14i) % 14i;
  let i2: i32 = lf % 14i;
  let t3: i32 = 0i;
  let i0: i32 = t0 * 8i;
  let i0_1: i32 = i0 + 1i;
  let i0_2: i32 = i0 + 2i;
  let i0_3: i32 = i0 + 3i;
  let i0_4: i32 = i0 + 4i;
  let i0_5: i32 = i0 + 5i;
  let i0_6: i32 = i0 + 6i;
  let i0_7: i32 = i0 + 7i;
  let i3: i32 = t3 * 5i;
  let i3_1: i32 = i3 + 1i;
  let i3_2: i32 = i3 + 2i;
  let i3_3: i32 = i3 + 3i;
  let i3_4: i32 = i3 + 4i;
  var c0_0: f32 = 0.0f;
  var c0_1: f32 = 0.0f;
  var c0_2: f32 = 0.0f;
  var c0_3: f32 = 0.0f;
  var c0_4: f32 = 0.0f;
  var c1_0: f32 = 0.0f;
  var c1_1: f32 = 0.0f;
  var c1_2: f32 = 0.0f;
  var c1_3: f32 = 0.0f;
  var c1_4: f32 = 0.0f;
  var c2_0: f32 = 0.0f;
  var c2_1: f32 = 0.0f;
  var c2_2: f32 = 0.0f;
  var c2_3: f32 = 0.0f;
  var c2_4: f32 = 0.0f;
  var c3_0: f32 = 0.0f;
  var c3_1: f32 = 0.0f;
  var c3_2: f32 = 0.0f;
  var c3_3: f32 = 0.0f;
  var c3_4: f32 = 0.0f;
  var c4_0: f32 = 0.0f;
  var c4_1: f32 = 0.0f;
  var c4_2: f32 = 0.0f;
  var c4_3: f32 = 0.0f;
  var c4_4: f32 = 0.0f;
  var c5_0: f32 = 0.0f;
  var c5_1: f32 = 0.0f;
  var c5_2: f32 = 0.0f;
  var c5_3: f32 = 0.0f;
  var c5_4: f32 = 0.0f;
  var c6_0: f32 = 0.0f;
  var c6_1: f32 = 0.0f;
  var c6_2: f32 = 0.0f;
  var c6_3: f32 = 0.0f;
  var c6_4: f32 = 0.0f;
  var c7_0: f32 = 0.0f;
  var c7_1: f32 = 0.0f;
  var c7_2: f32 = 0.0f;
  var c7_3: f32 = 0.0f;
  var c7_4: f32 = 0.0f;
  let v0: i32 = (i0 / 5i);
  let v1: i32 = (i0 % 5i);
  let v2: i32 = (i0_1 / 5i);
  let v3: i32 = (i0_1 % 5i);
  let v4: i32 = (i0_2 / 5i);
  let v5: i32 = (i0_2 % 5i);
  let v6: i32 = (i0_3 / 5i);
  let v7: i32 = (i0_3 % 5i);
  let v8: i32 = (i0_4 / 5i);
  let v9: i32 = (i0_4 % 5i);
  let v10: i32 = (i0_5 / 5i);
  let v11: i32 = (i0_5 % 5i);
  let v12: i32 = (i0_6 / 5i);
  let v13: i32 = (i0_6 % 5i);
  let v14: i32 = (i0_7 / 5i);
  let v15: i32 = (i0_7 % 5i);
  let v16: i32 = (i3 * 5i);
  let v17: i32 = (i3_1 * 5i);
  let v18: i32 = (i3_2 * 5i);
  let v19: i32 = (i3_3 * 5i);
  let v20: i32 = (i3_4 * 5i);
  for (var r0: i32 = 0i; r0 < 5i; r0 = r0 + 1i) {
    for (var r1: i32 = 0i; r1 < 3i; r1 = r1 + 1i) {
      {
        let k21: i32 = 0i;
        let v22: i32 = (i1 + r1);
        let v23: i32 = (v22 - 2i);
        let v24: bool = (v23 >= 0i);
        let v25: bool = (v23 < 12i);
        let v26: bool = (v24 & v25);
        let v27: i32 = (i2 + k21);
        let v28: i32 = (v27 - 2i);
        let v29: bool = (v28 >= 0i);
        let v30: bool = (v26 & v29);
        let v31: bool = (v28 < 12i);
        let v32: bool = (v30 & v31);
        let v33: i32 = (v23 % 12i);
        let v34: i32 = (v33 * 300i);
        let v35: i32 = (v28 % 12i);
        let v36: i32 = (v35 * 25i);
        let v37: i32 = (v34 + v36);
        let v38: i32 = (r0 * 5i);
        let v39: i32 = (v37 + v38);
        let v40: i32 = (v39 + v1);
        let v41: i32 = (v40 % 3600i);
        let v42: bool = (v0 == v41);
        let v43: f32 = select(0.0f, 1.0f, v42);
        let v44: f32 = select(0.0f, v43, v32);
        let v45: i32 = (v39 + v3);
        let v46: i32 = (v45 % 3600i);
        let v47: bool = (v2 == v46);
        let v48: f32 = select(0.0f, 1.0f, v47);
        let v49: f32 = select(0.0f, v48, v32);
        let v50: i32 = (v39 + v5);
        let v51: i32 = (v50 % 3600i);
        let v52: bool = (v4 == v51);
        let v53: f32 = select(0.0f, 1.0f, v52);
        let v54: f32 = select(0.0f, v53, v32);
        let v55: i32 = (v39 + v7);
        let v56: i32 = (v55 % 3600i);
        let v57: bool = (v6 == v56);
        let v58: f32 = select(0.0f, 1.0f, v57);
        let v59: f32 = select(0.0f, v58, v32);
        let v60: i32 = (v39 + v9);
        let v61: i32 = (v60 % 3600i);
        let v62: bool = (v8 == v61);
        let v63: f32 = select(0.0f, 1.0f, v62);
        let v64: f32 = select(0.0f, v63, v32);
        let v65: i32 = (v39 + v11);
        let v66: i32 = (v65 % 3600i);
        let v67: bool = (v10 == v66);
        let v68: f32 = select(0.0f, 1.0f, v67);
        let v69: f32 = select(0.0f, v68, v32);
        let v70: i32 = (v39 + v13);
        let v71: i32 = (v70 % 3600i);
        let v72: bool = (v12 == v71);
        let v73: f32 = select(0.0f, 1.0f, v72);
        let v74: f32 = select(0.0f, v73, v32);
        let v75: i32 = (v39 + v15);
        let v76: i32 = (v75 % 3600i);
        let v77: bool = (v14 == v76);
        let v78: f32 = select(0.0f, 1.0f, v77);
        let v79: f32 = select(0.0f, v78, v32);
        let v80: i32 = (r1 * (-75i));
        let v81: i32 = (k21 * 25i);
        let v82: i32 = (v80 - v81);
        let v83: i32 = (v82 + v16);
        let v84: i32 = (v83 + r0);
        let v85: i32 = (v84 + 200i);
        let v86: f32 = in0[v85];
        let v87: i32 = (v82 + v17);
        let v88: i32 = (v87 + r0);
        let v89: i32 = (v88 + 200i);
        let v90: f32 = in0[v89];
        let v91: i32 = (v82 + v18);
        let v92: i32 = (v91 + r0);
        let v93: i32 = (v92 + 200i);
        let v94: f32 = in0[v93];
        let v95: i32 = (v82 + v19);
        let v96: i32 = (v95 + r0);
        let v97: i32 = (v96 + 200i);
        let v98: f32 = in0[v97];
        let v99: i32 = (v82 + v20);
        let v100: i32 = (v99 + r0);
        let v101: i32 = (v100 + 200i);
        let v102: f32 = in0[v101];
        c0_0 = fma(v44, v86, c0_0);
        c0_1 = fma(v44, v90, c0_1);
        c0_2 = fma(v44, v94, c0_2);
        c0_3 = fma(v44, v98, c0_3);
        c0_4 = fma(v44, v102, c0_4);
        c1_0 = fma(v49, v86, c1_0);
        c1_1 = fma(v49, v90, c1_1);
        c1_2 = fma(v49, v94, c1_2);
        c1_3 = fma(v49, v98, c1_3);
        c1_4 = fma(v49, v102, c1_4);
        c2_0 = fma(v54, v86, c2_0);
        c2_1 = fma(v54, v90, c2_1);
        c2_2 = fma(v54, v94, c2_2);
        c2_3 = fma(v54, v98, c2_3);
        c2_4 = fma(v54, v102, c2_4);
        c3_0 = fma(v59, v86, c3_0);
        c3_1 = fma(v59, v90, c3_1);
        c3_2 = fma(v59, v94, c3_2);
        c3_3 = fma(v59, v98, c3_3);
        c3_4 = fma(v59, v102, c3_4);
        c4_0 = fma(v64, v86, c4_0);
        c4_1 = fma(v64, v90, c4_1);
        c4_2 = fma(v64, v94, c4_2);
        c4_3 = fma(v64, v98, c4_3);
        c4_4 = fma(v64, v102, c4_4);
        c5_0 = fma(v69, v86, c5_0);
        c5_1 = fma(v69, v90, c5_1);
        c5_2 = fma(v69, v94, c5_2);
        c5_3 = fma(v69, v98, c5_3);
        c5_4 = fma(v69, v102, c5_4);
        c6_0 = fma(v74, v86, c6_0);
        c6_1 = fma(v74, v90, c6_1);
        c6_2 = fma(v74, v94, c6_2);
        c6_3 = fma(v74, v98, c6_3);
        c6_4 = fma(v74, v102, c6_4);
        c7_0 = fma(v79, v86, c7_0);
        c7_1 = fma(v79, v90, c7_1);
        c7_2 = fma(v79, v94, c7_2);
        c7_3 = fma(v79, v98, c7_3);
        c7_4 = fma(v79, v102, c7_4);
      }
      {
        let k103: i32 = 1i;
        let v104: i32 = (i1 + r1);
        let v105: i32 = (v104 - 2i);
        let v106: bool = (v105 >= 0i);
        let v107: bool = (v105 < 12i);
        let v108: bool = (v106 & v107);
        let v109: i32 = (i2 + k103);
        let v110: i32 = (v109 - 2i);
        let v111: bool = (v110 >= 0i);
        let v112: bool = (v108 & v111);
        let v113: bool = (v110 < 12i);
        let v114: bool = (v112 & v113);
        let v115: i32 = (v105 % 12i);
        let v116: i32 = (v115 * 300i);
        let v117: i32 = (v110 % 12i);
        let v118: i32 = (v117 * 25i);
        let v119: i32 = (v116 + v118);
        let v120: i32 = (r0 * 5i);
        let v121: i32 = (v119 + v120);
        let v122: i32 = (v121 + v1);
        let v123: i32 = (v122 % 3600i);
        let v124: bool = (v0 == v123);
        let v125: f32 = select(0.0f, 1.0f, v124);
        let v126: f32 = select(0.0f, v125, v114);
        let v127: i32 = (v121 + v3);
        let v128: i32 = (v127 % 3600i);
        let v129: bool = (v2 == v128);
        let v130: f32 = select(0.0f, 1.0f, v129);
        let v131: f32 = select(0.0f, v130, v114);
        let v132: i32 = (v121 + v5);
        let v133: i32 = (v132 % 3600i);
        let v134: bool = (v4 == v133);
        let v135: f32 = select(0.0f, 1.0f, v134);
        let v136: f32 = select(0.0f, v135, v114);
        let v137: i32 = (v121 + v7);
        let v138: i32 = (v137 % 3600i);
        let v139: bool = (v6 == v138);
        let v140: f32 = select(0.0f, 1.0f, v139);
        let v141: f32 = select(0.0f, v140, v114);
        let v142: i32 = (v121 + v9);
        let v143: i32 = (v142 % 3600i);
        let v144: bool = (v8 == v143);
        let v145: f32 = select(0.0f, 1.0f, v144);
        let v146: f32 = select(0.0f, v145, v114);
        let v147: i32 = (v121 + v11);
        let v148: i32 = (v147 % 3600i);
        let v149: bool = (v10 == v148);
        let v150: f32 = select(0.0f, 1.0f, v149);
        let v151: f32 = select(0.0f, v150, v114);
        let v152: i32 = (v121 + v13);
        let v153: i32 = (v152 % 3600i);
        let v154: bool = (v12 == v153);
        let v155: f32 = select(0.0f, 1.0f, v154);
        let v156: f32 = select(0.0f, v155, v114);
        let v157: i32 = (v121 + v15);
        let v158: i32 = (v157 % 3600i);
        let v159: bool = (v14 == v158);
        let v160: f32 = select(0.0f, 1.0f, v159);
        let v161: f32 = select(0.0f, v160, v114);
        let v162: i32 = (r1 * (-75i));
        let v163: i32 = (k103 * 25i);
        let v164: i32 = (v162 - v163);
        let v165: i32 = (v164 + v16);
        let v166: i32 = (v165 + r0);
        let v167: i32 = (v166 + 200i);
        let v168: f32 = in0[v167];
        let v169: i32 = (v164 + v17);
        let v170: i32 = (v169 + r0);
        let v171: i32 = (v170 + 200i);
        let v172: f32 = in0[v171];
        let v173: i32 = (v164 + v18);
        let v174: i32 = (v173 + r0);
        let v175: i32 = (v174 + 200i);
        let v176: f32 = in0[v175];
        let v177: i32 = (v164 + v19);
        let v178: i32 = (v177 + r0);
        let v179: i32 = (v178 + 200i);
        let v180: f32 = in0[v179];
        let v181: i32 = (v164 + v20);
        let v182: i32 = (v181 + r0);
        let v183: i32 = (v182 + 200i);
        let v184: f32 = in0[v183];
        c0_0 = fma(v126, v168, c0_0);
        c0_1 = fma(v126, v172, c0_1);
        c0_2 = fma(v126, v176, c0_2);
        c0_3 = fma(v126, v180, c0_3);
        c0_4 = fma(v126, v184, c0_4);
        c1_0 = fma(v131, v168, c1_0);
        c1_1 = fma(v131, v172, c1_1);
        c1_2 = fma(v131, v176, c1_2);
        c1_3 = fma(v131, v180, c1_3);
        c1_4 = fma(v131, v184, c1_4);
        c2_0 = fma(v136, v168, c2_0);
        c2_1 = fma(v136, v172, c2_1);
        c2_2 = fma(v136, v176, c2_2);
        c2_3 = fma(v136, v180, c2_3);
        c2_4 = fma(v136, v184, c2_4);
        c3_0 = fma(v141, v168, c3_0);
        c3_1 = fma(v141, v172, c3_1);
        c3_2 = fma(v141, v176, c3_2);
        c3_3 = fma(v141, v180, c3_3);
        c3_4 = fma(v141, v184, c3_4);
        c4_0 = fma(v146, v168, c4_0);
        c4_1 = fma(v146, v172, c4_1);
        c4_2 = fma(v146, v176, c4_2);
        c4_3 = fma(v146, v180, c4_3);
        c4_4 = fma(v146, v184, c4_4);
        c5_0 = fma(v151, v168, c5_0);
        c5_1 = fma(v151, v172, c5_1);
        c5_2 = fma(v151, v176, c5_2);
        c5_3 = fma(v151, v180, c5_3);
        c5_4 = fma(v151, v184, c5_4);
        c6_0 = fma(v156, v168, c6_0);
        c6_1 = fma(v156, v172, c6_1);
        c6_2 = fma(v156, v176, c6_2);
        c6_3 = fma(v156, v180, c6_3);
        c6_4 = fma(v156, v184, c6_4);
        c7_0 = fma(v161, v168, c7_0);
        c7_1 = fma(v161, v172, c7_1);
        c7_2 = fma(v161, v176, c7_2);
        c7_3 = fma(v161, v180, c7_3);
        c7_4 = fma(v161, v184, c7_4);
      }
      {
        let k185: i32 = 2i;
        let v186: i32 = (i1 + r1);
        let v187: i32 = (v186 - 2i);
        let v188: bool = (v187 >= 0i);
        let v189: bool = (v187 < 12i);
        let v190: bool = (v188 & v189);
        let v191: i32 = (i2 + k185);
        let v192: i32 = (v191 - 2i);
        let v193: bool = (v192 >= 0i);
        let v194: bool = (v190 & v193);
        let v195: bool = (v192 < 12i);
        let v196: bool = (v194 & v195);
        let v197: i32 = (v187 % 12i);
        let v198: i32 = (v197 * 300i);
        let v199: i32 = (v192 % 12i);
        let v200: i32 = (v199 * 25i);
        let v201: i32 = (v198 + v200);
        let v202: i32 = (r0 * 5i);
        let v203: i32 = (v201 + v202);
        let v204: i32 = (v203 + v1);
        let v205: i32 = (v204 % 3600i);
        let v206: bool = (v0 == v205);
        let v207: f32 = select(0.0f, 1.0f, v206);
        let v208: f32 = select(0.0f, v207, v196);
        let v209: i32 = (v203 + v3);
        let v210: i32 = (v209 % 3600i);
        let v211: bool = (v2 == v210);
        let v212: f32 = select(0.0f, 1.0f, v211);
        let v213: f32 = select(0.0f, v212, v196);
        let v214: i32 = (v203 + v5);
        let v215: i32 = (v214 % 3600i);
        let v216: bool = (v4 == v215);
        let v217: f32 = select(0.0f, 1.0f, v216);
        let v218: f32 = select(0.0f, v217, v196);
        let v219: i32 = (v203 + v7);
        let v220: i32 = (v219 % 3600i);
        let v221: bool = (v6 == v220);
        let v222: f32 = select(0.0f, 1.0f, v221);
        let v223: f32 = select(0.0f, v222, v196);
        let v224: i32 = (v203 + v9);
        let v225: i32 = (v224 % 3600i);
        let v226: bool = (v8 == v225);
        let v227: f32 = select(0.0f, 1.0f, v226);
        let v228: f32 = select(0.0f, v227, v196);
        let v229: i32 = (v203 + v11);
        let v230: i32 = (v229 % 3600i);
        let v231: bool = (v10 == v230);
        let v232: f32 = select(0.0f, 1.0f, v231);
        let v233: f32 = select(0.0f, v232, v196);
        let v234: i32 = (v203 + v13);
        let v235: i32 = (v234 % 3600i);
        let v236: bool = (v12 == v235);
        let v237: f32 = select(0.0f, 1.0f, v236);
        let v238: f32 = select(0.0f, v237, v196);
        let v239: i32 = (v203 + v15);
        let v240: i32 = (v239 % 3600i);
        let v241: bool = (v14 == v240);
        let v242: f32 = select(0.0f, 1.0f, v241);
        let v243: f32 = select(0.0f, v242, v196);
        let v244: i32 = (r1 * (-75i));
        let v245: i32 = (k185 * 25i);
        let v246: i32 = (v244 - v245);
        let v247: i32 = (v246 + v16);
        let v248: i32 = (v247 + r0);
        let v249: i32 = (v248 + 200i);
        let v250: f32 = in0[v249];
        let v251: i32 = (v246 + v17);
        let v252: i32 = (v251 + r0);
        let v253: i32 = (v252 + 200i);
        let v254: f32 = in0[v253];
        let v255: i32 = (v246 + v18);
        let v256: i32 = (v255 + r0);
        let v257: i32 = (v256 + 200i);
        let v258: f32 = in0[v257];
        let v259: i32 = (v246 + v19);
        let v260: i32 = (v259 + r0);
        let v261: i32 = (v260 + 200i);
        let v262: f32 = in0[v261];
        let v263: i32 = (v246 + v20);
        let v264: i32 = (v263 + r0);
        let v265: i32 = (v264 + 200i);
        let v266: f32 = in0[v265];
        c0_0 = fma(v208, v250, c0_0);
        c0_1 = fma(v208, v254, c0_1);
        c0_2 = fma(v208, v258, c0_2);
        c0_3 = fma(v208, v262, c0_3);
        c0_4 = fma(v208, v266, c0_4);
        c1_0 = fma(v213, v250, c1_0);
        c1_1 = fma(v213, v254, c1_1);
        c1_2 = fma(v213, v258, c1_2);
        c1_3 = fma(v213, v262, c1_3);
        c1_4 = fma(v213, v266, c1_4);
        c2_0 = fma(v218, v250, c2_0);
        c2_1 = fma(v218, v254, c2_1);
        c2_2 = fma(v218, v258, c2_2);
        c2_3 = fma(v218, v262, c2_3);
        c2_4 = fma(v218, v266, c2_4);
        c3_0 = fma(v223, v250, c3_0);
        c3_1 = fma(v223, v254, c3_1);
        c3_2 = fma(v223, v258, c3_2);
        c3_3 = fma(v223, v262, c3_3);
        c3_4 = fma(v223, v266, c3_4);
        c4_0 = fma(v228, v250, c4_0);
        c4_1 = fma(v228, v254, c4_1);
        c4_2 = fma(v228, v258, c4_2);
        c4_3 = fma(v228, v262, c4_3);
        c4_4 = fma(v228, v266, c4_4);
        c5_0 = fma(v233, v250, c5_0);
        c5_1 = fma(v233, v254, c5_1);
        c5_2 = fma(v233, v258, c5_2);
        c5_3 = fma(v233, v262, c5_3);
        c5_4 = fma(v233, v266, c5_4);
        c6_0 = fma(v238, v250, c6_0);
        c6_1 = fma(v238, v254, c6_1);
        c6_2 = fma(v238, v258, c6_2);
        c6_3 = fma(v238, v262, c6_3);
        c6_4 = fma(v238, v266, c6_4);
        c7_0 = fma(v243, v250, c7_0);
        c7_1 = fma(v243, v254, c7_1);
        c7_2 = fma(v243, v258, c7_2);
        c7_3 = fma(v243, v262, c7_3);
        c7_4 = fma(v243, v266, c7_4);
      }
    }
  }
  {
    let v267: i32 = (i0 * 980i);
    let v268: i32 = (i1 * 70i);
    let v269: i32 = (v267 + v268);
    let v270: i32 = (i2 * 5i);
    let v271: i32 = (v269 + v270);
    let v272: i32 = (v271 + i3);
    out0[v272] = c0_0;
  }
  {
    let v273: i32 = (i0 * 980i);
    let v274: i32 = (i1 * 70i);
    let v275: i32 = (v273 + v274);
    let v276: i32 = (i2 * 5i);
    let v277: i32 = (v275 + v276);
    let v278: i32 = (v277 + i3_1);
    out0[v278] = c0_1;
  }
  {
    let v279: i32 = (i0 * 980i);
    let v280: i32 = (i1 * 70i);
    let v281: i32 = (v279 + v280);
    let v282: i32 = (i2 * 5i);
    let v283: i32 = (v281 + v282);
    let v284: i32 = (v283 + i3_2);
    out0[v284] = c0_2;
  }
  {
    let v285: i32 = (i0 * 980i);
    let v286: i32 = (i1 * 70i);
    let v287: i32 = (v285 + v286);
    let v288: i32 = (i2 * 5i);
    let v289: i32 = (v287 + v288);
    let v290: i32 = (v289 + i3_3);
    out0[v290] = c0_3;
  }
  {
    let v291: i32 = (i0 * 980i);
    let v292: i32 = (i1 * 70i);
    let v293: i32 = (v291 + v292);
    let v294: i32 = (i2 * 5i);
    let v295: i32 = (v293 + v294);
    let v296: i32 = (v295 + i3_4);
    out0[v296] = c0_4;
  }
  {
    let v297: i32 = (i0_1 * 980i);
    let v298: i32 = (i1 * 70i);
    let v299: i32 = (v297 + v298);
    let v300: i32 = (i2 * 5i);
    let v301: i32 = (v299 + v300);
    let v302: i32 = (v301 + i3);
    out0[v302] = c1_0;
  }
  {
    let v303: i32 = (i0_1 * 980i);
    let v304: i32 = (i1 * 70i);
    let v305: i32 = (v303 + v304);
    let v306: i32 = (i2 * 5i);
    let v307: i32 = (v305 + v306);
    let v308: i32 = (v307 + i3_1);
    out0[v308] = c1_1;
  }
  {
    let v309: i32 = (i0_1 * 980i);
    let v310: i32 = (i1 * 70i);
    let v311: i32 = (v309 + v310);
    let v312: i32 = (i2 * 5i);
    let v313: i32 = (v311 + v312);
    let v314: i32 = (v313 + i3_2);
    out0[v314] = c1_2;
  }
  {
    let v315: i32 = (i0_1 * 980i);
    let v316: i32 = (i1 * 70i);
    let v317: i32 = (v315 + v316);
    let v318: i32 = (i2 * 5i);
    let v319: i32 = (v317 + v318);
    let v320: i32 = (v319 + i3_3);
    out0[v320] = c1_3;
  }
  {
    let v321: i32 = (i0_1 * 980i);
    let v322: i32 = (i1 * 70i);
    let v323: i32 = (v321 + v322);
    let v324: i32 = (i2 * 5i);
    let v325: i32 = (v323 + v324);
    let v326: i32 = (v325 + i3_4);
    out0[v326] = c1_4;
  }
  {
    let v327: i32 = (i0_2 * 980i);
    let v328: i32 = (i1 * 70i);
    let v329: i32 = (v327 + v328);
    let v330: i32 = (i2 * 5i);
    let v331: i32 = (v329 + v330);
    let v332: i32 = (v331 + i3);
    out0[v332] = c2_0;
  }
  {
    let v333: i32 = (i0_2 * 980i);
    let v334: i32 = (i1 * 70i);
    let v335: i32 = (v333 + v334);
    let v336: i32 = (i2 * 5i);
    let v337: i32 = (v335 + v336);
    let v338: i32 = (v337 + i3_1);
    out0[v338] = c2_1;
  }
  {
    let v339: i32 = (i0_2 * 980i);
    let v340: i32 = (i1 * 70i);
    let v341: i32 = (v339 + v340);
    let v342: i32 = (i2 * 5i);
    let v343: i32 = (v341 + v342);
    let v344: i32 = (v343 + i3_2);
    out0[v344] = c2_2;
  }
  {
    let v345: i32 = (i0_2 * 980i);
    let v346: i32 = (i1 * 70i);
    let v347: i32 = (v345 + v346);
    let v348: i32 = (i2 * 5i);
    let v349: i32 = (v347 + v348);
    let v350: i32 = (v349 + i3_3);
    out0[v350] = c2_3;
  }
  {
    let v351: i32 = (i0_2 * 980i);
    let v352: i32 = (i1 * 70i);
    let v353: i32 = (v351 + v352);
    let v354: i32 = (i2 * 5i);
    let v355: i32 = (v353 + v354);
    let v356: i32 = (v355 + i3_4);
    out0[v356] = c2_4;
  }
  {
    let v357: i32 = (i0_3 * 980i);
    let v358: i32 = (i1 * 70i);
    let v359: i32 = (v357 + v358);
    let v360: i32 = (i2 * 5i);
    let v361: i32 = (v359 + v360);
    let v362: i32 = (v361 + i3);
    out0[v362] = c3_0;
  }
  {
    let v363: i32 = (i0_3 * 980i);
    let v364: i32 = (i1 * 70i);
    let v365: i32 = (v363 + v364);
    let v366: i32 = (i2 * 5i);
    let v367: i32 = (v365 + v366);
    let v368: i32 = (v367 + i3_1);
    out0[v368] = c3_1;
  }
  {
    let v369: i32 = (i0_3 * 980i);
    let v370: i32 = (i1 * 70i);
    let v371: i32 = (v369 + v370);
    let v372: i32 = (i2 * 5i);
    let v373: i32 = (v371 + v372);
    let v374: i32 = (v373 + i3_2);
    out0[v374] = c3_2;
  }
  {
    let v375: i32 = (i0_3 * 980i);
    let v376: i32 = (i1 * 70i);
    let v377: i32 = (v375 + v376);
    let v378: i32 = (i2 * 5i);
    let v379: i32 = (v377 + v378);
    let v380: i32 = (v379 + i3_3);
    out0[v380] = c3_3;
  }
  {
    let v381: i32 = (i0_3 * 980i);
    let v382: i32 = (i1 * 70i);
    let v383: i32 = (v381 + v382);
    let v384: i32 = (i2 * 5i);
    let v385: i32 = (v383 + v384);
    let v386: i32 = (v385 + i3_4);
    out0[v386] = c3_4;
  }
  {
    let v387: i32 = (i0_4 * 980i);
    let v388: i32 = (i1 * 70i);
    let v389: i32 = (v387 + v388);
    let v390: i32 = (i2 * 5i);
    let v391: i32 = (v389 + v390);
    let v392: i32 = (v391 + i3);
    out0[v392] = c4_0;
  }
  {
    let v393: i32 = (i0_4 * 980i);
    let v394: i32 = (i1 * 70i);
    let v395: i32 = (v393 + v394);
    let v396: i32 = (i2 * 5i);
    let v397: i32 = (v395 + v396);
    let v398: i32 = (v397 + i3_1);
    out0[v398] = c4_1;
  }
  {
    let v399: i32 = (i0_4 * 980i);
    let v400: i32 = (i1 * 70i);
    let v401: i32 = (v399 + v400);
    let v402: i32 = (i2 * 5i);
    let v403: i32 = (v401 + v402);
    let v404: i32 = (v403 + i3_2);
    out0[v404] = c4_2;
  }
  {
    let v405: i32 = (i0_4 * 980i);
    let v406: i32 = (i1 * 70i);
    let v407: i32 = (v405 + v406);
    let v408: i32 = (i2 * 5i);
    let v409: i32 = (v407 + v408);
    let v410: i32 = (v409 + i3_3);
    out0[v410] = c4_3;
  }
  {
    let v411: i32 = (i0_4 * 980i);
    let v412: i32 = (i1 * 70i);
    let v413: i32 = (v411 + v412);
    let v414: i32 = (i2 * 5i);
    let v415: i32 = (v413 + v414);
    let v416: i32 = (v415 + i3_4);
    out0[v416] = c4_4;
  }
  {
    let v417: i32 = (i0_5 * 980i);
    let v418: i32 = (i1 * 70i);
    let v419: i32 = (v417 + v418);
    let v420: i32 = (i2 * 5i);
    let v421: i32 = (v419 + v420);
    let v422: i32 = (v421 + i3);
    out0[v422] = c5_0;
  }
  {
    let v423: i32 = (i0_5 * 980i);
    let v424: i32 = (i1 * 70i);
    let v425: i32 = (v423 + v424);
    let v426: i32 = (i2 * 5i);
    let v427: i32 = (v425 + v426);
    let v428: i32 = (v427 + i3_1);
    out0[v428] = c5_1;
  }
  {
    let v429: i32 = (i0_5 * 980i);
    let v430: i32 = (i1 * 70i);
    let v431: i32 = (v429 + v430);
    let v432: i32 = (i2 * 5i);
    let v433: i32 = (v431 + v432);
    let v434: i32 = (v433 + i3_2);
    out0[v434] = c5_2;
  }
  {
    let v435: i32 = (i0_5 * 980i);
    let v436: i32 = (i1 * 70i);
    let v437: i32 = (v435 + v436);
    let v438: i32 = (i2 * 5i);
    let v439: i32 = (v437 + v438);
    let v440: i32 = (v439 + i3_3);
    out0[v440] = c5_3;
  }
  {
    let v441: i32 = (i0_5 * 980i);
    let v442: i32 = (i1 * 70i);
    let v443: i32 = (v441 + v442);
    let v444: i32 = (i2 * 5i);
    let v445: i32 = (v443 + v444);
    let v446: i32 = (v445 + i3_4);
    out0[v446] = c5_4;
  }
  {
    let v447: i32 = (i0_6 * 980i);
    let v448: i32 = (i1 * 70i);
    let v449: i32 = (v447 + v448);
    let v450: i32 = (i2 * 5i);
    let v451: i32 = (v449 + v450);
    let v452: i32 = (v451 + i3);
    out0[v452] = c6_0;
  }
  {
    let v453: i32 = (i0_6 * 980i);
    let v454: i32 = (i1 * 70i);
    let v455: i32 = (v453 + v454);
    let v456: i32 = (i2 * 5i);
    let v457: i32 = (v455 + v456);
    let v458: i32 = (v457 + i3_1);
    out0[v458] = c6_1;
  }
  {
    let v459: i32 = (i0_6 * 980i);
    let v460: i32 = (i1 * 70i);
    let v461: i32 = (v459 + v460);
    let v462: i32 = (i2 * 5i);
    let v463: i32 = (v461 + v462);
    let v464: i32 = (v463 + i3_2);
    out0[v464] = c6_2;
  }
  {
    let v465: i32 = (i0_6 * 980i);
    let v466: i32 = (i1 * 70i);
    let v467: i32 = (v465 + v466);
    let v468: i32 = (i2 * 5i);
    let v469: i32 = (v467 + v468);
    let v470: i32 = (v469 + i3_3);
    out0[v470] = c6_3;
  }
  {
    let v471: i32 = (i0_6 * 980i);
    let v472: i32 = (i1 * 70i);
    let v473: i32 = (v471 + v472);
    let v474: i32 = (i2 * 5i);
    let v475: i32 = (v473 + v474);
    let v476: i32 = (v475 + i3_4);
    out0[v476] = c6_4;
  }
  {
    let v477: i32 = (i0_7 * 980i);
    let v478: i32 = (i1 * 70i);
    let v479: i32 = (v477 + v478);
    let v480: i32 = (i2 * 5i);
    let v481: i32 = (v479 + v480);
    let v482: i32 = (v481 + i3);
    out0[v482] = c7_0;
  }
  {
    let v483: i32 = (i0_7 * 980i);
    let v484: i32 = (i1 * 70i);
    let v485: i32 = (v483 + v484);
    let v486: i32 = (i2 * 5i);
    let v487: i32 = (v485 + v486);
    let v488: i32 = (v487 + i3_1);
    out0[v488] = c7_1;
  }
  {
    let v489: i32 = (i0_7 * 980i);
    let v490: i32 = (i1 * 70i);
    let v491: i32 = (v489 + v490);
    let v492: i32 = (i2 * 5i);
    let v493: i32 = (v491 + v492);
    let v494: i32 = (v493 + i3_2);
    out0[v494] = c7_2;
  }
  {
    let v495: i32 = (i0_7 * 980i);
    let v496: i32 = (i1 * 70i);
    let v497: i32 = (v495 + v496);
    let v498: i32 = (i2 * 5i);
    let v499: i32 = (v497 + v498);
    let v500: i32 = (v499 + i3_3);
    out0[v500] = c7_3;
  }
  {
    let v501: i32 = (i0_7 * 980i);
    let v502: i32 = (i1 * 70i);
    let v503: i32 = (v501 + v502);
    let v504: i32 = (i2 * 5i);
    let v505: i32 = (v503 + v504);
    let v506: i32 = (v505 + i3_4);
    out0[v506] = c7_4;
  }
}

// kernax kernel k2: contract, pinned profile
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
  let grp: i32 = i32(wid.x + wid.y * 216u);
  let lf: i32 = (grp % 36i) * 64i + i32(lid);
  if (lf >= 2250i) { return; }
  let og: i32 = grp / 36i;
  let t0: i32 = (lf / 5i);
  let i3: i32 = lf % 5i;
  let i1: i32 = (og / 2i);
  let t2: i32 = og % 2i;
  let i2: i32 = t2 * 5i;
  let i2_1: i32 = min(i2 + 1i, 8i);
  let i2_2: i32 = min(i2 + 2i, 8i);
  let i2_3: i32 = min(i2 + 3i, 8i);
  let i2_4: i32 = min(i2 + 4i, 8i);
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
  let v0: i32 = (i1 * 240i);
  let v1: i32 = (i2 * 5i);
  let v2: i32 = (i2_1 * 5i);
  let v3: i32 = (i2_2 * 5i);
  let v4: i32 = (i2_3 * 5i);
  let v5: i32 = (i2_4 * 5i);
  let v6: i32 = (i0 * 4900i);
  let v7: i32 = (i0_1 * 4900i);
  let v8: i32 = (i0_2 * 4900i);
  let v9: i32 = (i0_3 * 4900i);
  let v10: i32 = (i0_4 * 4900i);
  let v11: i32 = (i0_5 * 4900i);
  let v12: i32 = (i0_6 * 4900i);
  let v13: i32 = (i0_7 * 4900i);
  for (var r0: i32 = 0i; r0 < 5i; r0 = r0 + 1i) {
    for (var r1: i32 = 0i; r1 < 14i; r1 = r1 + 1i) {
      for (var r2: i32 = 0i; r2 < 12i; r2 = r2 + 4i) {
        {
          let k14: i32 = r2;
          let v15: i32 = (r1 * 240i);
          let v16: i32 = (v0 + v15);
          let v17: i32 = (k14 * 15i);
          let v18: i32 = (v16 + v17);
          let v19: i32 = (v18 + v1);
          let v20: i32 = (v19 + r0);
          let v21: f32 = in0[v20];
          let v22: i32 = (v18 + v2);
          let v23: i32 = (v22 + r0);
          let v24: f32 = in0[v23];
          let v25: i32 = (v18 + v3);
          let v26: i32 = (v25 + r0);
          let v27: f32 = in0[v26];
          let v28: i32 = (v18 + v4);
          let v29: i32 = (v28 + r0);
          let v30: f32 = in0[v29];
          let v31: i32 = (v18 + v5);
          let v32: i32 = (v31 + r0);
          let v33: f32 = in0[v32];
          let v34: i32 = (r0 * 980i);
          let v35: i32 = (r1 * 70i);
          let v36: i32 = (k14 * 5i);
          let v37: i32 = (v6 + v34);
          let v38: i32 = (v37 + v35);
          let v39: i32 = (v38 + v36);
          let v40: i32 = (v39 + i3);
          let v41: f32 = in1[v40];
          let v42: i32 = (v7 + v34);
          let v43: i32 = (v42 + v35);
          let v44: i32 = (v43 + v36);
          let v45: i32 = (v44 + i3);
          let v46: f32 = in1[v45];
          let v47: i32 = (v8 + v34);
          let v48: i32 = (v47 + v35);
          let v49: i32 = (v48 + v36);
          let v50: i32 = (v49 + i3);
          let v51: f32 = in1[v50];
          let v52: i32 = (v9 + v34);
          let v53: i32 = (v52 + v35);
          let v54: i32 = (v53 + v36);
          let v55: i32 = (v54 + i3);
          let v56: f32 = in1[v55];
          let v57: i32 = (v10 + v34);
          let v58: i32 = (v57 + v35);
          let v59: i32 = (v58 + v36);
          let v60: i32 = (v59 + i3);
          let v61: f32 = in1[v60];
          let v62: i32 = (v11 + v34);
          let v63: i32 = (v62 + v35);
          let v64: i32 = (v63 + v36);
          let v65: i32 = (v64 + i3);
          let v66: f32 = in1[v65];
          let v67: i32 = (v12 + v34);
          let v68: i32 = (v67 + v35);
          let v69: i32 = (v68 + v36);
          let v70: i32 = (v69 + i3);
          let v71: f32 = in1[v70];
          let v72: i32 = (v13 + v34);
          let v73: i32 = (v72 + v35);
          let v74: i32 = (v73 + v36);
          let v75: i32 = (v74 + i3);
          let v76: f32 = in1[v75];
          c0_0 = fma(v21, v41, c0_0);
          c0_1 = fma(v21, v46, c0_1);
          c0_2 = fma(v21, v51, c0_2);
          c0_3 = fma(v21, v56, c0_3);
          c0_4 = fma(v21, v61, c0_4);
          c0_5 = fma(v21, v66, c0_5);
          c0_6 = fma(v21, v71, c0_6);
          c0_7 = fma(v21, v76, c0_7);
          c1_0 = fma(v24, v41, c1_0);
          c1_1 = fma(v24, v46, c1_1);
          c1_2 = fma(v24, v51, c1_2);
          c1_3 = fma(v24, v56, c1_3);
          c1_4 = fma(v24, v61, c1_4);
          c1_5 = fma(v24, v66, c1_5);
          c1_6 = fma(v24, v71, c1_6);
          c1_7 = fma(v24, v76, c1_7);
          c2_0 = fma(v27, v41, c2_0);
          c2_1 = fma(v27, v46, c2_1);
          c2_2 = fma(v27, v51, c2_2);
          c2_3 = fma(v27, v56, c2_3);
          c2_4 = fma(v27, v61, c2_4);
          c2_5 = fma(v27, v66, c2_5);
          c2_6 = fma(v27, v71, c2_6);
          c2_7 = fma(v27, v76, c2_7);
          c3_0 = fma(v30, v41, c3_0);
          c3_1 = fma(v30, v46, c3_1);
          c3_2 = fma(v30, v51, c3_2);
          c3_3 = fma(v30, v56, c3_3);
          c3_4 = fma(v30, v61, c3_4);
          c3_5 = fma(v30, v66, c3_5);
          c3_6 = fma(v30, v71, c3_6);
          c3_7 = fma(v30, v76, c3_7);
          c4_0 = fma(v33, v41, c4_0);
          c4_1 = fma(v33, v46, c4_1);
          c4_2 = fma(v33, v51, c4_2);
          c4_3 = fma(v33, v56, c4_3);
          c4_4 = fma(v33, v61, c4_4);
          c4_5 = fma(v33, v66, c4_5);
          c4_6 = fma(v33, v71, c4_6);
          c4_7 = fma(v33, v76, c4_7);
        }
        {
          let k77: i32 = r2 + 1i;
          let v78: i32 = (r1 * 240i);
          let v79: i32 = (v0 + v78);
          let v80: i32 = (k77 * 15i);
          let v81: i32 = (v79 + v80);
          let v82: i32 = (v81 + v1);
          let v83: i32 = (v82 + r0);
          let v84: f32 = in0[v83];
          let v85: i32 = (v81 + v2);
          let v86: i32 = (v85 + r0);
          let v87: f32 = in0[v86];
          let v88: i32 = (v81 + v3);
          let v89: i32 = (v88 + r0);
          let v90: f32 = in0[v89];
          let v91: i32 = (v81 + v4);
          let v92: i32 = (v91 + r0);
          let v93: f32 = in0[v92];
          let v94: i32 = (v81 + v5);
          let v95: i32 = (v94 + r0);
          let v96: f32 = in0[v95];
          let v97: i32 = (r0 * 980i);
          let v98: i32 = (r1 * 70i);
          let v99: i32 = (k77 * 5i);
          let v100: i32 = (v6 + v97);
          let v101: i32 = (v100 + v98);
          let v102: i32 = (v101 + v99);
          let v103: i32 = (v102 + i3);
          let v104: f32 = in1[v103];
          let v105: i32 = (v7 + v97);
          let v106: i32 = (v105 + v98);
          let v107: i32 = (v106 + v99);
          let v108: i32 = (v107 + i3);
          let v109: f32 = in1[v108];
          let v110: i32 = (v8 + v97);
          let v111: i32 = (v110 + v98);
          let v112: i32 = (v111 + v99);
          let v113: i32 = (v112 + i3);
          let v114: f32 = in1[v113];
          let v115: i32 = (v9 + v97);
          let v116: i32 = (v115 + v98);
          let v117: i32 = (v116 + v99);
          let v118: i32 = (v117 + i3);
          let v119: f32 = in1[v118];
          let v120: i32 = (v10 + v97);
          let v121: i32 = (v120 + v98);
          let v122: i32 = (v121 + v99);
          let v123: i32 = (v122 + i3);
          let v124: f32 = in1[v123];
          let v125: i32 = (v11 + v97);
          let v126: i32 = (v125 + v98);
          let v127: i32 = (v126 + v99);
          let v128: i32 = (v127 + i3);
          let v129: f32 = in1[v128];
          let v130: i32 = (v12 + v97);
          let v131: i32 = (v130 + v98);
          let v132: i32 = (v131 + v99);
          let v133: i32 = (v132 + i3);
          let v134: f32 = in1[v133];
          let v135: i32 = (v13 + v97);
          let v136: i32 = (v135 + v98);
          let v137: i32 = (v136 + v99);
          let v138: i32 = (v137 + i3);
          let v139: f32 = in1[v138];
          c0_0 = fma(v84, v104, c0_0);
          c0_1 = fma(v84, v109, c0_1);
          c0_2 = fma(v84, v114, c0_2);
          c0_3 = fma(v84, v119, c0_3);
          c0_4 = fma(v84, v124, c0_4);
          c0_5 = fma(v84, v129, c0_5);
          c0_6 = fma(v84, v134, c0_6);
          c0_7 = fma(v84, v139, c0_7);
          c1_0 = fma(v87, v104, c1_0);
          c1_1 = fma(v87, v109, c1_1);
          c1_2 = fma(v87, v114, c1_2);
          c1_3 = fma(v87, v119, c1_3);
          c1_4 = fma(v87, v124, c1_4);
          c1_5 = fma(v87, v129, c1_5);
          c1_6 = fma(v87, v134, c1_6);
          c1_7 = fma(v87, v139, c1_7);
          c2_0 = fma(v90, v104, c2_0);
          c2_1 = fma(v90, v109, c2_1);
          c2_2 = fma(v90, v114, c2_2);
          c2_3 = fma(v90, v119, c2_3);
          c2_4 = fma(v90, v124, c2_4);
          c2_5 = fma(v90, v129, c2_5);
          c2_6 = fma(v90, v134, c2_6);
          c2_7 = fma(v90, v139, c2_7);
          c3_0 = fma(v93, v104, c3_0);
          c3_1 = fma(v93, v109, c3_1);
          c3_2 = fma(v93, v114, c3_2);
          c3_3 = fma(v93, v119, c3_3);
          c3_4 = fma(v93, v124, c3_4);
          c3_5 = fma(v93, v129, c3_5);
          c3_6 = fma(v93, v134, c3_6);
          c3_7 = fma(v93, v139, c3_7);
          c4_0 = fma(v96, v104, c4_0);
          c4_1 = fma(v96, v109, c4_1);
          c4_2 = fma(v96, v114, c4_2);
          c4_3 = fma(v96, v119, c4_3);
          c4_4 = fma(v96, v124, c4_4);
          c4_5 = fma(v96, v129, c4_5);
          c4_6 = fma(v96, v134, c4_6);
          c4_7 = fma(v96, v139, c4_7);
        }
        {
          let k140: i32 = r2 + 2i;
          let v141: i32 = (r1 * 240i);
          let v142: i32 = (v0 + v141);
          let v143: i32 = (k140 * 15i);
          let v144: i32 = (v142 + v143);
          let v145: i32 = (v144 + v1);
          let v146: i32 = (v145 + r0);
          let v147: f32 = in0[v146];
          let v148: i32 = (v144 + v2);
          let v149: i32 = (v148 + r0);
          let v150: f32 = in0[v149];
          let v151: i32 = (v144 + v3);
          let v152: i32 = (v151 + r0);
          let v153: f32 = in0[v152];
          let v154: i32 = (v144 + v4);
          let v155: i32 = (v154 + r0);
          let v156: f32 = in0[v155];
          let v157: i32 = (v144 + v5);
          let v158: i32 = (v157 + r0);
          let v159: f32 = in0[v158];
          let v160: i32 = (r0 * 980i);
          let v161: i32 = (r1 * 70i);
          let v162: i32 = (k140 * 5i);
          let v163: i32 = (v6 + v160);
          let v164: i32 = (v163 + v161);
          let v165: i32 = (v164 + v162);
          let v166: i32 = (v165 + i3);
          let v167: f32 = in1[v166];
          let v168: i32 = (v7 + v160);
          let v169: i32 = (v168 + v161);
          let v170: i32 = (v169 + v162);
          let v171: i32 = (v170 + i3);
          let v172: f32 = in1[v171];
          let v173: i32 = (v8 + v160);
          let v174: i32 = (v173 + v161);
          let v175: i32 = (v174 + v162);
          let v176: i32 = (v175 + i3);
          let v177: f32 = in1[v176];
          let v178: i32 = (v9 + v160);
          let v179: i32 = (v178 + v161);
          let v180: i32 = (v179 + v162);
          let v181: i32 = (v180 + i3);
          let v182: f32 = in1[v181];
          let v183: i32 = (v10 + v160);
          let v184: i32 = (v183 + v161);
          let v185: i32 = (v184 + v162);
          let v186: i32 = (v185 + i3);
          let v187: f32 = in1[v186];
          let v188: i32 = (v11 + v160);
          let v189: i32 = (v188 + v161);
          let v190: i32 = (v189 + v162);
          let v191: i32 = (v190 + i3);
          let v192: f32 = in1[v191];
          let v193: i32 = (v12 + v160);
          let v194: i32 = (v193 + v161);
          let v195: i32 = (v194 + v162);
          let v196: i32 = (v195 + i3);
          let v197: f32 = in1[v196];
          let v198: i32 = (v13 + v160);
          let v199: i32 = (v198 + v161);
          let v200: i32 = (v199 + v162);
          let v201: i32 = (v200 + i3);
          let v202: f32 = in1[v201];
          c0_0 = fma(v147, v167, c0_0);
          c0_1 = fma(v147, v172, c0_1);
          c0_2 = fma(v147, v177, c0_2);
          c0_3 = fma(v147, v182, c0_3);
          c0_4 = fma(v147, v187, c0_4);
          c0_5 = fma(v147, v192, c0_5);
          c0_6 = fma(v147, v197, c0_6);
          c0_7 = fma(v147, v202, c0_7);
          c1_0 = fma(v150, v167, c1_0);
          c1_1 = fma(v150, v172, c1_1);
          c1_2 = fma(v150, v177, c1_2);
          c1_3 = fma(v150, v182, c1_3);
          c1_4 = fma(v150, v187, c1_4);
          c1_5 = fma(v150, v192, c1_5);
          c1_6 = fma(v150, v197, c1_6);
          c1_7 = fma(v150, v202, c1_7);
          c2_0 = fma(v153, v167, c2_0);
          c2_1 = fma(v153, v172, c2_1);
          c2_2 = fma(v153, v177, c2_2);
          c2_3 = fma(v153, v182, c2_3);
          c2_4 = fma(v153, v187, c2_4);
          c2_5 = fma(v153, v192, c2_5);
          c2_6 = fma(v153, v197, c2_6);
          c2_7 = fma(v153, v202, c2_7);
          c3_0 = fma(v156, v167, c3_0);
          c3_1 = fma(v156, v172, c3_1);
          c3_2 = fma(v156, v177, c3_2);
          c3_3 = fma(v156, v182, c3_3);
          c3_4 = fma(v156, v187, c3_4);
          c3_5 = fma(v156, v192, c3_5);
          c3_6 = fma(v156, v197, c3_6);
          c3_7 = fma(v156, v202, c3_7);
          c4_0 = fma(v159, v167, c4_0);
          c4_1 = fma(v159, v172, c4_1);
          c4_2 = fma(v159, v177, c4_2);
          c4_3 = fma(v159, v182, c4_3);
          c4_4 = fma(v159, v187, c4_4);
          c4_5 = fma(v159, v192, c4_5);
          c4_6 = fma(v159, v197, c4_6);
          c4_7 = fma(v159, v202, c4_7);
        }
        {
          let k203: i32 = r2 + 3i;
          let v204: i32 = (r1 * 240i);
          let v205: i32 = (v0 + v204);
          let v206: i32 = (k203 * 15i);
          let v207: i32 = (v205 + v206);
          let v208: i32 = (v207 + v1);
          let v209: i32 = (v208 + r0);
          let v210: f32 = in0[v209];
          let v211: i32 = (v207 + v2);
          let v212: i32 = (v211 + r0);
          let v213: f32 = in0[v212];
          let v214: i32 = (v207 + v3);
          let v215: i32 = (v214 + r0);
          let v216: f32 = in0[v215];
          let v217: i32 = (v207 + v4);
          let v218: i32 = (v217 + r0);
          let v219: f32 = in0[v218];
          let v220: i32 = (v207 + v5);
          let v221: i32 = (v220 + r0);
          let v222: f32 = in0[v221];
          let v223: i32 = (r0 * 980i);
          let v224: i32 = (r1 * 70i);
          let v225: i32 = (k203 * 5i);
          let v226: i32 = (v6 + v223);
          let v227: i32 = (v226 + v224);
          let v228: i32 = (v227 + v225);
          let v229: i32 = (v228 + i3);
          let v230: f32 = in1[v229];
          let v231: i32 = (v7 + v223);
          let v232: i32 = (v231 + v224);
          let v233: i32 = (v232 + v225);
          let v234: i32 = (v233 + i3);
          let v235: f32 = in1[v234];
          let v236: i32 = (v8 + v223);
          let v237: i32 = (v236 + v224);
          let v238: i32 = (v237 + v225);
          let v239: i32 = (v238 + i3);
          let v240: f32 = in1[v239];
          let v241: i32 = (v9 + v223);
          let v242: i32 = (v241 + v224);
          let v243: i32 = (v242 + v225);
          let v244: i32 = (v243 + i3);
          let v245: f32 = in1[v244];
          let v246: i32 = (v10 + v223);
          let v247: i32 = (v246 + v224);
          let v248: i32 = (v247 + v225);
          let v249: i32 = (v248 + i3);
          let v250: f32 = in1[v249];
          let v251: i32 = (v11 + v223);
          let v252: i32 = (v251 + v224);
          let v253: i32 = (v252 + v225);
          let v254: i32 = (v253 + i3);
          let v255: f32 = in1[v254];
          let v256: i32 = (v12 + v223);
          let v257: i32 = (v256 + v224);
          let v258: i32 = (v257 + v225);
          let v259: i32 = (v258 + i3);
          let v260: f32 = in1[v259];
          let v261: i32 = (v13 + v223);
          let v262: i32 = (v261 + v224);
          let v263: i32 = (v262 + v225);
          let v264: i32 = (v263 + i3);
          let v265: f32 = in1[v264];
          c0_0 = fma(v210, v230, c0_0);
          c0_1 = fma(v210, v235, c0_1);
          c0_2 = fma(v210, v240, c0_2);
          c0_3 = fma(v210, v245, c0_3);
          c0_4 = fma(v210, v250, c0_4);
          c0_5 = fma(v210, v255, c0_5);
          c0_6 = fma(v210, v260, c0_6);
          c0_7 = fma(v210, v265, c0_7);
          c1_0 = fma(v213, v230, c1_0);
          c1_1 = fma(v213, v235, c1_1);
          c1_2 = fma(v213, v240, c1_2);
          c1_3 = fma(v213, v245, c1_3);
          c1_4 = fma(v213, v250, c1_4);
          c1_5 = fma(v213, v255, c1_5);
          c1_6 = fma(v213, v260, c1_6);
          c1_7 = fma(v213, v265, c1_7);
          c2_0 = fma(v216, v230, c2_0);
          c2_1 = fma(v216, v235, c2_1);
          c2_2 = fma(v216, v240, c2_2);
          c2_3 = fma(v216, v245, c2_3);
          c2_4 = fma(v216, v250, c2_4);
          c2_5 = fma(v216, v255, c2_5);
          c2_6 = fma(v216, v260, c2_6);
          c2_7 = fma(v216, v265, c2_7);
          c3_0 = fma(v219, v230, c3_0);
          c3_1 = fma(v219, v235, c3_1);
          c3_2 = fma(v219, v240, c3_2);
          c3_3 = fma(v219, v245, c3_3);
          c3_4 = fma(v219, v250, c3_4);
          c3_5 = fma(v219, v255, c3_5);
          c3_6 = fma(v219, v260, c3_6);
          c3_7 = fma(v219, v265, c3_7);
          c4_0 = fma(v222, v230, c4_0);
          c4_1 = fma(v222, v235, c4_1);
          c4_2 = fma(v222, v240, c4_2);
          c4_3 = fma(v222, v245, c4_3);
          c4_4 = fma(v222, v250, c4_4);
          c4_5 = fma(v222, v255, c4_5);
          c4_6 = fma(v222, v260, c4_6);
          c4_7 = fma(v222, v265, c4_7);
        }
      }
      {
        let k266: i32 = 12i;
        let v267: i32 = (r1 * 240i);
        let v268: i32 = (v0 + v267);
        let v269: i32 = (k266 * 15i);
        let v270: i32 = (v268 + v269);
        let v271: i32 = (v270 + v1);
        let v272: i32 = (v271 + r0);
        let v273: f32 = in0[v272];
        let v274: i32 = (v270 + v2);
        let v275: i32 = (v274 + r0);
        let v276: f32 = in0[v275];
        let v277: i32 = (v270 + v3);
        let v278: i32 = (v277 + r0);
        let v279: f32 = in0[v278];
        let v280: i32 = (v270 + v4);
        let v281: i32 = (v280 + r0);
        let v282: f32 = in0[v281];
        let v283: i32 = (v270 + v5);
        let v284: i32 = (v283 + r0);
        let v285: f32 = in0[v284];
        let v286: i32 = (r0 * 980i);
        let v287: i32 = (r1 * 70i);
        let v288: i32 = (k266 * 5i);
        let v289: i32 = (v6 + v286);
        let v290: i32 = (v289 + v287);
        let v291: i32 = (v290 + v288);
        let v292: i32 = (v291 + i3);
        let v293: f32 = in1[v292];
        let v294: i32 = (v7 + v286);
        let v295: i32 = (v294 + v287);
        let v296: i32 = (v295 + v288);
        let v297: i32 = (v296 + i3);
        let v298: f32 = in1[v297];
        let v299: i32 = (v8 + v286);
        let v300: i32 = (v299 + v287);
        let v301: i32 = (v300 + v288);
        let v302: i32 = (v301 + i3);
        let v303: f32 = in1[v302];
        let v304: i32 = (v9 + v286);
        let v305: i32 = (v304 + v287);
        let v306: i32 = (v305 + v288);
        let v307: i32 = (v306 + i3);
        let v308: f32 = in1[v307];
        let v309: i32 = (v10 + v286);
        let v310: i32 = (v309 + v287);
        let v311: i32 = (v310 + v288);
        let v312: i32 = (v311 + i3);
        let v313: f32 = in1[v312];
        let v314: i32 = (v11 + v286);
        let v315: i32 = (v314 + v287);
        let v316: i32 = (v315 + v288);
        let v317: i32 = (v316 + i3);
        let v318: f32 = in1[v317];
        let v319: i32 = (v12 + v286);
        let v320: i32 = (v319 + v287);
        let v321: i32 = (v320 + v288);
        let v322: i32 = (v321 + i3);
        let v323: f32 = in1[v322];
        let v324: i32 = (v13 + v286);
        let v325: i32 = (v324 + v287);
        let v326: i32 = (v325 + v288);
        let v327: i32 = (v326 + i3);
        let v328: f32 = in1[v327];
        c0_0 = fma(v273, v293, c0_0);
        c0_1 = fma(v273, v298, c0_1);
        c0_2 = fma(v273, v303, c0_2);
        c0_3 = fma(v273, v308, c0_3);
        c0_4 = fma(v273, v313, c0_4);
        c0_5 = fma(v273, v318, c0_5);
        c0_6 = fma(v273, v323, c0_6);
        c0_7 = fma(v273, v328, c0_7);
        c1_0 = fma(v276, v293, c1_0);
        c1_1 = fma(v276, v298, c1_1);
        c1_2 = fma(v276, v303, c1_2);
        c1_3 = fma(v276, v308, c1_3);
        c1_4 = fma(v276, v313, c1_4);
        c1_5 = fma(v276, v318, c1_5);
        c1_6 = fma(v276, v323, c1_6);
        c1_7 = fma(v276, v328, c1_7);
        c2_0 = fma(v279, v293, c2_0);
        c2_1 = fma(v279, v298, c2_1);
        c2_2 = fma(v279, v303, c2_2);
        c2_3 = fma(v279, v308, c2_3);
        c2_4 = fma(v279, v313, c2_4);
        c2_5 = fma(v279, v318, c2_5);
        c2_6 = fma(v279, v323, c2_6);
        c2_7 = fma(v279, v328, c2_7);
        c3_0 = fma(v282, v293, c3_0);
        c3_1 = fma(v282, v298, c3_1);
        c3_2 = fma(v282, v303, c3_2);
        c3_3 = fma(v282, v308, c3_3);
        c3_4 = fma(v282, v313, c3_4);
        c3_5 = fma(v282, v318, c3_5);
        c3_6 = fma(v282, v323, c3_6);
        c3_7 = fma(v282, v328, c3_7);
        c4_0 = fma(v285, v293, c4_0);
        c4_1 = fma(v285, v298, c4_1);
        c4_2 = fma(v285, v303, c4_2);
        c4_3 = fma(v285, v308, c4_3);
        c4_4 = fma(v285, v313, c4_4);
        c4_5 = fma(v285, v318, c4_5);
        c4_6 = fma(v285, v323, c4_6);
        c4_7 = fma(v285, v328, c4_7);
      }
      {
        let k329: i32 = 13i;
        let v330: i32 = (r1 * 240i);
        let v331: i32 = (v0 + v330);
        let v332: i32 = (k329 * 15i);
        let v333: i32 = (v331 + v332);
        let v334: i32 = (v333 + v1);
        let v335: i32 = (v334 + r0);
        let v336: f32 = in0[v335];
        let v337: i32 = (v333 + v2);
        let v338: i32 = (v337 + r0);
        let v339: f32 = in0[v338];
        let v340: i32 = (v333 + v3);
        let v341: i32 = (v340 + r0);
        let v342: f32 = in0[v341];
        let v343: i32 = (v333 + v4);
        let v344: i32 = (v343 + r0);
        let v345: f32 = in0[v344];
        let v346: i32 = (v333 + v5);
        let v347: i32 = (v346 + r0);
        let v348: f32 = in0[v347];
        let v349: i32 = (r0 * 980i);
        let v350: i32 = (r1 * 70i);
        let v351: i32 = (k329 * 5i);
        let v352: i32 = (v6 + v349);
        let v353: i32 = (v352 + v350);
        let v354: i32 = (v353 + v351);
        let v355: i32 = (v354 + i3);
        let v356: f32 = in1[v355];
        let v357: i32 = (v7 + v349);
        let v358: i32 = (v357 + v350);
        let v359: i32 = (v358 + v351);
        let v360: i32 = (v359 + i3);
        let v361: f32 = in1[v360];
        let v362: i32 = (v8 + v349);
        let v363: i32 = (v362 + v350);
        let v364: i32 = (v363 + v351);
        let v365: i32 = (v364 + i3);
        let v366: f32 = in1[v365];
        let v367: i32 = (v9 + v349);
        let v368: i32 = (v367 + v350);
        let v369: i32 = (v368 + v351);
        let v370: i32 = (v369 + i3);
        let v371: f32 = in1[v370];
        let v372: i32 = (v10 + v349);
        let v373: i32 = (v372 + v350);
        let v374: i32 = (v373 + v351);
        let v375: i32 = (v374 + i3);
        let v376: f32 = in1[v375];
        let v377: i32 = (v11 + v349);
        let v378: i32 = (v377 + v350);
        let v379: i32 = (v378 + v351);
        let v380: i32 = (v379 + i3);
        let v381: f32 = in1[v380];
        let v382: i32 = (v12 + v349);
        let v383: i32 = (v382 + v350);
        let v384: i32 = (v383 + v351);
        let v385: i32 = (v384 + i3);
        let v386: f32 = in1[v385];
        let v387: i32 = (v13 + v349);
        let v388: i32 = (v387 + v350);
        let v389: i32 = (v388 + v351);
        let v390: i32 = (v389 + i3);
        let v391: f32 = in1[v390];
        c0_0 = fma(v336, v356, c0_0);
        c0_1 = fma(v336, v361, c0_1);
        c0_2 = fma(v336, v366, c0_2);
        c0_3 = fma(v336, v371, c0_3);
        c0_4 = fma(v336, v376, c0_4);
        c0_5 = fma(v336, v381, c0_5);
        c0_6 = fma(v336, v386, c0_6);
        c0_7 = fma(v336, v391, c0_7);
        c1_0 = fma(v339, v356, c1_0);
        c1_1 = fma(v339, v361, c1_1);
        c1_2 = fma(v339, v366, c1_2);
        c1_3 = fma(v339, v371, c1_3);
        c1_4 = fma(v339, v376, c1_4);
        c1_5 = fma(v339, v381, c1_5);
        c1_6 = fma(v339, v386, c1_6);
        c1_7 = fma(v339, v391, c1_7);
        c2_0 = fma(v342, v356, c2_0);
        c2_1 = fma(v342, v361, c2_1);
        c2_2 = fma(v342, v366, c2_2);
        c2_3 = fma(v342, v371, c2_3);
        c2_4 = fma(v342, v376, c2_4);
        c2_5 = fma(v342, v381, c2_5);
        c2_6 = fma(v342, v386, c2_6);
        c2_7 = fma(v342, v391, c2_7);
        c3_0 = fma(v345, v356, c3_0);
        c3_1 = fma(v345, v361, c3_1);
        c3_2 = fma(v345, v366, c3_2);
        c3_3 = fma(v345, v371, c3_3);
        c3_4 = fma(v345, v376, c3_4);
        c3_5 = fma(v345, v381, c3_5);
        c3_6 = fma(v345, v386, c3_6);
        c3_7 = fma(v345, v391, c3_7);
        c4_0 = fma(v348, v356, c4_0);
        c4_1 = fma(v348, v361, c4_1);
        c4_2 = fma(v348, v366, c4_2);
        c4_3 = fma(v348, v371, c4_3);
        c4_4 = fma(v348, v376, c4_4);
        c4_5 = fma(v348, v381, c4_5);
        c4_6 = fma(v348, v386, c4_6);
        c4_7 = fma(v348, v391, c4_7);
      }
    }
  }
  {
    let v392: i32 = (i0 * 135i);
    let v393: i32 = (i1 * 45i);
    let v394: i32 = (v392 + v393);
    let v395: i32 = (i2 * 5i);
    let v396: i32 = (v394 + v395);
    let v397: i32 = (v396 + i3);
    out0[v397] = c0_0;
  }
  {
    let v398: i32 = (i0_1 * 135i);
    let v399: i32 = (i1 * 45i);
    let v400: i32 = (v398 + v399);
    let v401: i32 = (i2 * 5i);
    let v402: i32 = (v400 + v401);
    let v403: i32 = (v402 + i3);
    out0[v403] = c0_1;
  }
  {
    let v404: i32 = (i0_2 * 135i);
    let v405: i32 = (i1 * 45i);
    let v406: i32 = (v404 + v405);
    let v407: i32 = (i2 * 5i);
    let v408: i32 = (v406 + v407);
    let v409: i32 = (v408 + i3);
    out0[v409] = c0_2;
  }
  {
    let v410: i32 = (i0_3 * 135i);
    let v411: i32 = (i1 * 45i);
    let v412: i32 = (v410 + v411);
    let v413: i32 = (i2 * 5i);
    let v414: i32 = (v412 + v413);
    let v415: i32 = (v414 + i3);
    out0[v415] = c0_3;
  }
  {
    let v416: i32 = (i0_4 * 135i);
    let v417: i32 = (i1 * 45i);
    let v418: i32 = (v416 + v417);
    let v419: i32 = (i2 * 5i);
    let v420: i32 = (v418 + v419);
    let v421: i32 = (v420 + i3);
    out0[v421] = c0_4;
  }
  {
    let v422: i32 = (i0_5 * 135i);
    let v423: i32 = (i1 * 45i);
    let v424: i32 = (v422 + v423);
    let v425: i32 = (i2 * 5i);
    let v426: i32 = (v424 + v425);
    let v427: i32 = (v426 + i3);
    out0[v427] = c0_5;
  }
  {
    let v428: i32 = (i0_6 * 135i);
    let v429: i32 = (i1 * 45i);
    let v430: i32 = (v428 + v429);
    let v431: i32 = (i2 * 5i);
    let v432: i32 = (v430 + v431);
    let v433: i32 = (v432 + i3);
    out0[v433] = c0_6;
  }
  {
    let v434: i32 = (i0_7 * 135i);
    let v435: i32 = (i1 * 45i);
    let v436: i32 = (v434 + v435);
    let v437: i32 = (i2 * 5i);
    let v438: i32 = (v436 + v437);
    let v439: i32 = (v438 + i3);
    out0[v439] = c0_7;
  }
  if (i2 + 1i < 9i) {
    let v440: i32 = (i0 * 135i);
    let v441: i32 = (i1 * 45i);
    let v442: i32 = (v440 + v441);
    let v443: i32 = (i2_1 * 5i);
    let v444: i32 = (v442 + v443);
    let v445: i32 = (v444 + i3);
    out0[v445] = c1_0;
  }
  if (i2 + 1i < 9i) {
    let v446: i32 = (i0_1 * 135i);
    let v447: i32 = (i1 * 45i);
    let v448: i32 = (v446 + v447);
    let v449: i32 = (i2_1 * 5i);
    let v450: i32 = (v448 + v449);
    let v451: i32 = (v450 + i3);
    out0[v451] = c1_1;
  }
  if (i2 + 1i < 9i) {
    let v452: i32 = (i0_2 * 135i);
    let v453: i32 = (i1 * 45i);
    let v454: i32 = (v452 + v453);
    let v455: i32 = (i2_1 * 5i);
    let v456: i32 = (v454 + v455);
    let v457: i32 = (v456 + i3);
    out0[v457] = c1_2;
  }
  if (i2 + 1i < 9i) {
    let v458: i32 = (i0_3 * 135i);
    let v459: i32 = (i1 * 45i);
    let v460: i32 = (v458 + v459);
    let v461: i32 = (i2_1 * 5i);
    let v462: i32 = (v460 + v461);
    let v463: i32 = (v462 + i3);
    out0[v463] = c1_3;
  }
  if (i2 + 1i < 9i) {
    let v464: i32 = (i0_4 * 135i);
    let v465: i32 = (i1 * 45i);
    let v466: i32 = (v464 + v465);
    let v467: i32 = (i2_1 * 5i);
    let v468: i32 = (v466 + v467);
    let v469: i32 = (v468 + i3);
    out0[v469] = c1_4;
  }
  if (i2 + 1i < 9i) {
    let v470: i32 = (i0_5 * 135i);
    let v471: i32 = (i1 * 45i);
    let v472: i32 = (v470 + v471);
    let v473: i32 = (i2_1 * 5i);
    let v474: i32 = (v472 + v473);
    let v475: i32 = (v474 + i3);
    out0[v475] = c1_5;
  }
  if (i2 + 1i < 9i) {
    let v476: i32 = (i0_6 * 135i);
    let v477: i32 = (i1 * 45i);
    let v478: i32 = (v476 + v477);
    let v479: i32 = (i2_1 * 5i);
    let v480: i32 = (v478 + v479);
    let v481: i32 = (v480 + i3);
    out0[v481] = c1_6;
  }
  if (i2 + 1i < 9i) {
    let v482: i32 = (i0_7 * 135i);
    let v483: i32 = (i1 * 45i);
    let v484: i32 = (v482 + v483);
    let v485: i32 = (i2_1 * 5i);
    let v486: i32 = (v484 + v485);
    let v487: i32 = (v486 + i3);
    out0[v487] = c1_7;
  }
  if (i2 + 2i < 9i) {
    let v488: i32 = (i0 * 135i);
    let v489: i32 = (i1 * 45i);
    let v490: i32 = (v488 + v489);
    let v491: i32 = (i2_2 * 5i);
    let v492: i32 = (v490 + v491);
    let v493: i32 = (v492 + i3);
    out0[v493] = c2_0;
  }
  if (i2 + 2i < 9i) {
    let v494: i32 = (i0_1 * 135i);
    let v495: i32 = (i1 * 45i);
    let v496: i32 = (v494 + v495);
    let v497: i32 = (i2_2 * 5i);
    let v498: i32 = (v496 + v497);
    let v499: i32 = (v498 + i3);
    out0[v499] = c2_1;
  }
  if (i2 + 2i < 9i) {
    let v500: i32 = (i0_2 * 135i);
    let v501: i32 = (i1 * 45i);
    let v502: i32 = (v500 + v501);
    let v503: i32 = (i2_2 * 5i);
    let v504: i32 = (v502 + v503);
    let v505: i32 = (v504 + i3);
    out0[v505] = c2_2;
  }
  if (i2 + 2i < 9i) {
    let v506: i32 = (i0_3 * 135i);
    let v507: i32 = (i1 * 45i);
    let v508: i32 = (v506 + v507);
    let v509: i32 = (i2_2 * 5i);
    let v510: i32 = (v508 + v509);
    let v511: i32 = (v510 + i3);
    out0[v511] = c2_3;
  }
  if (i2 + 2i < 9i) {
    let v512: i32 = (i0_4 * 135i);
    let v513: i32 = (i1 * 45i);
    let v514: i32 = (v512 + v513);
    let v515: i32 = (i2_2 * 5i);
    let v516: i32 = (v514 + v515);
    let v517: i32 = (v516 + i3);
    out0[v517] = c2_4;
  }
  if (i2 + 2i < 9i) {
    let v518: i32 = (i0_5 * 135i);
    let v519: i32 = (i1 * 45i);
    let v520: i32 = (v518 + v519);
    let v521: i32 = (i2_2 * 5i);
    let v522: i32 = (v520 + v521);
    let v523: i32 = (v522 + i3);
    out0[v523] = c2_5;
  }
  if (i2 + 2i < 9i) {
    let v524: i32 = (i0_6 * 135i);
    let v525: i32 = (i1 * 45i);
    let v526: i32 = (v524 + v525);
    let v527: i32 = (i2_2 * 5i);
    let v528: i32 = (v526 + v527);
    let v529: i32 = (v528 + i3);
    out0[v529] = c2_6;
  }
  if (i2 + 2i < 9i) {
    let v530: i32 = (i0_7 * 135i);
    let v531: i32 = (i1 * 45i);
    let v532: i32 = (v530 + v531);
    let v533: i32 = (i2_2 * 5i);
    let v534: i32 = (v532 + v533);
    let v535: i32 = (v534 + i3);
    out0[v535] = c2_7;
  }
  if (i2 + 3i < 9i) {
    let v536: i32 = (i0 * 135i);
    let v537: i32 = (i1 * 45i);
    let v538: i32 = (v536 + v537);
    let v539: i32 = (i2_3 * 5i);
    let v540: i32 = (v538 + v539);
    let v541: i32 = (v540 + i3);
    out0[v541] = c3_0;
  }
  if (i2 + 3i < 9i) {
    let v542: i32 = (i0_1 * 135i);
    let v543: i32 = (i1 * 45i);
    let v544: i32 = (v542 + v543);
    let v545: i32 = (i2_3 * 5i);
    let v546: i32 = (v544 + v545);
    let v547: i32 = (v546 + i3);
    out0[v547] = c3_1;
  }
  if (i2 + 3i < 9i) {
    let v548: i32 = (i0_2 * 135i);
    let v549: i32 = (i1 * 45i);
    let v550: i32 = (v548 + v549);
    let v551: i32 = (i2_3 * 5i);
    let v552: i32 = (v550 + v551);
    let v553: i32 = (v552 + i3);
    out0[v553] = c3_2;
  }
  if (i2 + 3i < 9i) {
    let v554: i32 = (i0_3 * 135i);
    let v555: i32 = (i1 * 45i);
    let v556: i32 = (v554 + v555);
    let v557: i32 = (i2_3 * 5i);
    let v558: i32 = (v556 + v557);
    let v559: i32 = (v558 + i3);
    out0[v559] = c3_3;
  }
  if (i2 + 3i < 9i) {
    let v560: i32 = (i0_4 * 135i);
    let v561: i32 = (i1 * 45i);
    let v562: i32 = (v560 + v561);
    let v563: i32 = (i2_3 * 5i);
    let v564: i32 = (v562 + v563);
    let v565: i32 = (v564 + i3);
    out0[v565] = c3_4;
  }
  if (i2 + 3i < 9i) {
    let v566: i32 = (i0_5 * 135i);
    let v567: i32 = (i1 * 45i);
    let v568: i32 = (v566 + v567);
    let v569: i32 = (i2_3 * 5i);
    let v570: i32 = (v568 + v569);
    let v571: i32 = (v570 + i3);
    out0[v571] = c3_5;
  }
  if (i2 + 3i < 9i) {
    let v572: i32 = (i0_6 * 135i);
    let v573: i32 = (i1 * 45i);
    let v574: i32 = (v572 + v573);
    let v575: i32 = (i2_3 * 5i);
    let v576: i32 = (v574 + v575);
    let v577: i32 = (v576 + i3);
    out0[v577] = c3_6;
  }
  if (i2 + 3i < 9i) {
    let v578: i32 = (i0_7 * 135i);
    let v579: i32 = (i1 * 45i);
    let v580: i32 = (v578 + v579);
    let v581: i32 = (i2_3 * 5i);
    let v582: i32 = (v580 + v581);
    let v583: i32 = (v582 + i3);
    out0[v583] = c3_7;
  }
  if (i2 + 4i < 9i) {
    let v584: i32 = (i0 * 135i);
    let v585: i32 = (i1 * 45i);
    let v586: i32 = (v584 + v585);
    let v587: i32 = (i2_4 * 5i);
    let v588: i32 = (v586 + v587);
    let v589: i32 = (v588 + i3);
    out0[v589] = c4_0;
  }
  if (i2 + 4i < 9i) {
    let v590: i32 = (i0_1 * 135i);
    let v591: i32 = (i1 * 45i);
    let v592: i32 = (v590 + v591);
    let v593: i32 = (i2_4 * 5i);
    let v594: i32 = (v592 + v593);
    let v595: i32 = (v594 + i3);
    out0[v595] = c4_1;
  }
  if (i2 + 4i < 9i) {
    let v596: i32 = (i0_2 * 135i);
    let v597: i32 = (i1 * 45i);
    let v598: i32 = (v596 + v597);
    let v599: i32 = (i2_4 * 5i);
    let v600: i32 = (v598 + v599);
    let v601: i32 = (v600 + i3);
    out0[v601] = c4_2;
  }
  if (i2 + 4i < 9i) {
    let v602: i32 = (i0_3 * 135i);
    let v603: i32 = (i1 * 45i);
    let v604: i32 = (v602 + v603);
    let v605: i32 = (i2_4 * 5i);
    let v606: i32 = (v604 + v605);
    let v607: i32 = (v606 + i3);
    out0[v607] = c4_3;
  }
  if (i2 + 4i < 9i) {
    let v608: i32 = (i0_4 * 135i);
    let v609: i32 = (i1 * 45i);
    let v610: i32 = (v608 + v609);
    let v611: i32 = (i2_4 * 5i);
    let v612: i32 = (v610 + v611);
    let v613: i32 = (v612 + i3);
    out0[v613] = c4_4;
  }
  if (i2 + 4i < 9i) {
    let v614: i32 = (i0_5 * 135i);
    let v615: i32 = (i1 * 45i);
    let v616: i32 = (v614 + v615);
    let v617: i32 = (i2_4 * 5i);
    let v618: i32 = (v616 + v617);
    let v619: i32 = (v618 + i3);
    out0[v619] = c4_5;
  }
  if (i2 + 4i < 9i) {
    let v620: i32 = (i0_6 * 135i);
    let v621: i32 = (i1 * 45i);
    let v622: i32 = (v620 + v621);
    let v623: i32 = (i2_4 * 5i);
    let v624: i32 = (v622 + v623);
    let v625: i32 = (v624 + i3);
    out0[v625] = c4_6;
  }
  if (i2 + 4i < 9i) {
    let v626: i32 = (i0_7 * 135i);
    let v627: i32 = (i1 * 45i);
    let v628: i32 = (v626 + v627);
    let v629: i32 = (i2_4 * 5i);
    let v630: i32 = (v628 + v629);
    let v631: i32 = (v630 + i3);
    out0[v631] = c4_7;
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
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
  let grp: i32 = i32(wid.x + wid.y * 324u);
  let lf: i32 = (grp % 36i) * 64i + i32(lid);
  if (lf >= 2250i) { return; }
  let og: i32 = grp / 36i;
  let t0: i32 = (lf / 5i);
  let i4: i32 = lf % 5i;
  let t3: i32 = 0i;
  let i1: i32 = (og / 3i);
  let i2: i32 = og % 3i;
  let i3: i32 = t3 * 5i;
  let i3_1: i32 = i3 + 1i;
  let i3_2: i32 = i3 + 2i;
  let i3_3: i32 = i3 + 3i;
  let i3_4: i32 = i3 + 4i;
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
  let v0: i32 = (i1 * 70i);
  let v1: i32 = (i2 * 5i);
  let v2: f32 = in0[i3];
  let v3: f32 = in0[i3_1];
  let v4: f32 = in0[i3_2];
  let v5: f32 = in0[i3_3];
  let v6: f32 = in0[i3_4];
  let v7: i32 = (i4 * 5i);
  for (var r0: i32 = 0i; r0 < 5i; r0 = r0 + 1i) {
    for (var r1: i32 = 0i; r1 < 12i; r1 = r1 + 1i) {
      for (var r2: i32 = 0i; r2 < 12i; r2 = r2 + 4i) {
        {
          let k8: i32 = r2;
          let v9: i32 = (r0 * 980i);
          let v10: i32 = (v9 + v0);
          let v11: i32 = (r1 * 70i);
          let v12: i32 = (v10 + v11);
          let v13: i32 = (v12 + v1);
          let v14: i32 = (k8 * 5i);
          let v15: i32 = (v13 + v14);
          let v16: i32 = (v15 + i3);
          let v17: f32 = in1[v16];
          let v18: f32 = (v17 + v2);
          let v19: i32 = (v15 + i3_1);
          let v20: f32 = in1[v19];
          let v21: f32 = (v20 + v3);
          let v22: i32 = (v15 + i3_2);
          let v23: f32 = in1[v22];
          let v24: f32 = (v23 + v4);
          let v25: i32 = (v15 + i3_3);
          let v26: f32 = in1[v25];
          let v27: f32 = (v26 + v5);
          let v28: i32 = (v15 + i3_4);
          let v29: f32 = in1[v28];
          let v30: f32 = (v29 + v6);
          let v31: i32 = (r1 * 300i);
          let v32: i32 = (k8 * 25i);
          let v33: i32 = (v31 + v32);
          let v34: i32 = (v33 + v7);
          let v35: i32 = (v34 + r0);
          let v36: bool = (i0 == v35);
          let v37: f32 = select(0.0f, 1.0f, v36);
          let v38: bool = (i0_1 == v35);
          let v39: f32 = select(0.0f, 1.0f, v38);
          let v40: bool = (i0_2 == v35);
          let v41: f32 = select(0.0f, 1.0f, v40);
          let v42: bool = (i0_3 == v35);
          let v43: f32 = select(0.0f, 1.0f, v42);
          let v44: bool = (i0_4 == v35);
          let v45: f32 = select(0.0f, 1.0f, v44);
          let v46: bool = (i0_5 == v35);
          let v47: f32 = select(0.0f, 1.0f, v46);
          let v48: bool = (i0_6 == v35);
          let v49: f32 = select(0.0f, 1.0f, v48);
          let v50: bool = (i0_7 == v35);
          let v51: f32 = select(0.0f, 1.0f, v50);
          c0_0 = fma(v18, v37, c0_0);
          c0_1 = fma(v18, v39, c0_1);
          c0_2 = fma(v18, v41, c0_2);
          c0_3 = fma(v18, v43, c0_3);
          c0_4 = fma(v18, v45, c0_4);
          c0_5 = fma(v18, v47, c0_5);
          c0_6 = fma(v18, v49, c0_6);
          c0_7 = fma(v18, v51, c0_7);
          c1_0 = fma(v21, v37, c1_0);
          c1_1 = fma(v21, v39, c1_1);
          c1_2 = fma(v21, v41, c1_2);
          c1_3 = fma(v21, v43, c1_3);
          c1_4 = fma(v21, v45, c1_4);
          c1_5 = fma(v21, v47, c1_5);
          c1_6 = fma(v21, v49, c1_6);
          c1_7 = fma(v21, v51, c1_7);
          c2_0 = fma(v24, v37, c2_0);
          c2_1 = fma(v24, v39, c2_1);
          c2_2 = fma(v24, v41, c2_2);
          c2_3 = fma(v24, v43, c2_3);
          c2_4 = fma(v24, v45, c2_4);
          c2_5 = fma(v24, v47, c2_5);
          c2_6 = fma(v24, v49, c2_6);
          c2_7 = fma(v24, v51, c2_7);
          c3_0 = fma(v27, v37, c3_0);
          c3_1 = fma(v27, v39, c3_1);
          c3_2 = fma(v27, v41, c3_2);
          c3_3 = fma(v27, v43, c3_3);
          c3_4 = fma(v27, v45, c3_4);
          c3_5 = fma(v27, v47, c3_5);
          c3_6 = fma(v27, v49, c3_6);
          c3_7 = fma(v27, v51, c3_7);
          c4_0 = fma(v30, v37, c4_0);
          c4_1 = fma(v30, v39, c4_1);
          c4_2 = fma(v30, v41, c4_2);
          c4_3 = fma(v30, v43, c4_3);
          c4_4 = fma(v30, v45, c4_4);
          c4_5 = fma(v30, v47, c4_5);
          c4_6 = fma(v30, v49, c4_6);
          c4_7 = fma(v30, v51, c4_7);
        }
        {
          let k52: i32 = r2 + 1i;
          let v53: i32 = (r0 * 980i);
          let v54: i32 = (v53 + v0);
          let v55: i32 = (r1 * 70i);
          let v56: i32 = (v54 + v55);
          let v57: i32 = (v56 + v1);
          let v58: i32 = (k52 * 5i);
          let v59: i32 = (v57 + v58);
          let v60: i32 = (v59 + i3);
          let v61: f32 = in1[v60];
          let v62: f32 = (v61 + v2);
          let v63: i32 = (v59 + i3_1);
          let v64: f32 = in1[v63];
          let v65: f32 = (v64 + v3);
          let v66: i32 = (v59 + i3_2);
          let v67: f32 = in1[v66];
          let v68: f32 = (v67 + v4);
          let v69: i32 = (v59 + i3_3);
          let v70: f32 = in1[v69];
          let v71: f32 = (v70 + v5);
          let v72: i32 = (v59 + i3_4);
          let v73: f32 = in1[v72];
          let v74: f32 = (v73 + v6);
          let v75: i32 = (r1 * 300i);
          let v76: i32 = (k52 * 25i);
          let v77: i32 = (v75 + v76);
          let v78: i32 = (v77 + v7);
          let v79: i32 = (v78 + r0);
          let v80: bool = (i0 == v79);
          let v81: f32 = select(0.0f, 1.0f, v80);
          let v82: bool = (i0_1 == v79);
          let v83: f32 = select(0.0f, 1.0f, v82);
          let v84: bool = (i0_2 == v79);
          let v85: f32 = select(0.0f, 1.0f, v84);
          let v86: bool = (i0_3 == v79);
          let v87: f32 = select(0.0f, 1.0f, v86);
          let v88: bool = (i0_4 == v79);
          let v89: f32 = select(0.0f, 1.0f, v88);
          let v90: bool = (i0_5 == v79);
          let v91: f32 = select(0.0f, 1.0f, v90);
          let v92: bool = (i0_6 == v79);
          let v93: f32 = select(0.0f, 1.0f, v92);
          let v94: bool = (i0_7 == v79);
          let v95: f32 = select(0.0f, 1.0f, v94);
          c0_0 = fma(v62, v81, c0_0);
          c0_1 = fma(v62, v83, c0_1);
          c0_2 = fma(v62, v85, c0_2);
          c0_3 = fma(v62, v87, c0_3);
          c0_4 = fma(v62, v89, c0_4);
          c0_5 = fma(v62, v91, c0_5);
          c0_6 = fma(v62, v93, c0_6);
          c0_7 = fma(v62, v95, c0_7);
          c1_0 = fma(v65, v81, c1_0);
          c1_1 = fma(v65, v83, c1_1);
          c1_2 = fma(v65, v85, c1_2);
          c1_3 = fma(v65, v87, c1_3);
          c1_4 = fma(v65, v89, c1_4);
          c1_5 = fma(v65, v91, c1_5);
          c1_6 = fma(v65, v93, c1_6);
          c1_7 = fma(v65, v95, c1_7);
          c2_0 = fma(v68, v81, c2_0);
          c2_1 = fma(v68, v83, c2_1);
          c2_2 = fma(v68, v85, c2_2);
          c2_3 = fma(v68, v87, c2_3);
          c2_4 = fma(v68, v89, c2_4);
          c2_5 = fma(v68, v91, c2_5);
          c2_6 = fma(v68, v93, c2_6);
          c2_7 = fma(v68, v95, c2_7);
          c3_0 = fma(v71, v81, c3_0);
          c3_1 = fma(v71, v83, c3_1);
          c3_2 = fma(v71, v85, c3_2);
          c3_3 = fma(v71, v87, c3_3);
          c3_4 = fma(v71, v89, c3_4);
          c3_5 = fma(v71, v91, c3_5);
          c3_6 = fma(v71, v93, c3_6);
          c3_7 = fma(v71, v95, c3_7);
          c4_0 = fma(v74, v81, c4_0);
          c4_1 = fma(v74, v83, c4_1);
          c4_2 = fma(v74, v85, c4_2);
          c4_3 = fma(v74, v87, c4_3);
          c4_4 = fma(v74, v89, c4_4);
          c4_5 = fma(v74, v91, c4_5);
          c4_6 = fma(v74, v93, c4_6);
          c4_7 = fma(v74, v95, c4_7);
        }
        {
          let k96: i32 = r2 + 2i;
          let v97: i32 = (r0 * 980i);
          let v98: i32 = (v97 + v0);
          let v99: i32 = (r1 * 70i);
          let v100: i32 = (v98 + v99);
          let v101: i32 = (v100 + v1);
          let v102: i32 = (k96 * 5i);
          let v103: i32 = (v101 + v102);
          let v104: i32 = (v103 + i3);
          let v105: f32 = in1[v104];
          let v106: f32 = (v105 + v2);
          let v107: i32 = (v103 + i3_1);
          let v108: f32 = in1[v107];
          let v109: f32 = (v108 + v3);
          let v110: i32 = (v103 + i3_2);
          let v111: f32 = in1[v110];
          let v112: f32 = (v111 + v4);
          let v113: i32 = (v103 + i3_3);
          let v114: f32 = in1[v113];
          let v115: f32 = (v114 + v5);
          let v116: i32 = (v103 + i3_4);
          let v117: f32 = in1[v116];
          let v118: f32 = (v117 + v6);
          let v119: i32 = (r1 * 300i);
          let v120: i32 = (k96 * 25i);
          let v121: i32 = (v119 + v120);
          let v122: i32 = (v121 + v7);
          let v123: i32 = (v122 + r0);
          let v124: bool = (i0 == v123);
          let v125: f32 = select(0.0f, 1.0f, v124);
          let v126: bool = (i0_1 == v123);
          let v127: f32 = select(0.0f, 1.0f, v126);
          let v128: bool = (i0_2 == v123);
          let v129: f32 = select(0.0f, 1.0f, v128);
          let v130: bool = (i0_3 == v123);
          let v131: f32 = select(0.0f, 1.0f, v130);
          let v132: bool = (i0_4 == v123);
          let v133: f32 = select(0.0f, 1.0f, v132);
          let v134: bool = (i0_5 == v123);
          let v135: f32 = select(0.0f, 1.0f, v134);
          let v136: bool = (i0_6 == v123);
          let v137: f32 = select(0.0f, 1.0f, v136);
          let v138: bool = (i0_7 == v123);
          let v139: f32 = select(0.0f, 1.0f, v138);
          c0_0 = fma(v106, v125, c0_0);
          c0_1 = fma(v106, v127, c0_1);
          c0_2 = fma(v106, v129, c0_2);
          c0_3 = fma(v106, v131, c0_3);
          c0_4 = fma(v106, v133, c0_4);
          c0_5 = fma(v106, v135, c0_5);
          c0_6 = fma(v106, v137, c0_6);
          c0_7 = fma(v106, v139, c0_7);
          c1_0 = fma(v109, v125, c1_0);
          c1_1 = fma(v109, v127, c1_1);
          c1_2 = fma(v109, v129, c1_2);
          c1_3 = fma(v109, v131, c1_3);
          c1_4 = fma(v109, v133, c1_4);
          c1_5 = fma(v109, v135, c1_5);
          c1_6 = fma(v109, v137, c1_6);
          c1_7 = fma(v109, v139, c1_7);
          c2_0 = fma(v112, v125, c2_0);
          c2_1 = fma(v112, v127, c2_1);
          c2_2 = fma(v112, v129, c2_2);
          c2_3 = fma(v112, v131, c2_3);
          c2_4 = fma(v112, v133, c2_4);
          c2_5 = fma(v112, v135, c2_5);
          c2_6 = fma(v112, v137, c2_6);
          c2_7 = fma(v112, v139, c2_7);
          c3_0 = fma(v115, v125, c3_0);
          c3_1 = fma(v115, v127, c3_1);
          c3_2 = fma(v115, v129, c3_2);
          c3_3 = fma(v115, v131, c3_3);
          c3_4 = fma(v115, v133, c3_4);
          c3_5 = fma(v115, v135, c3_5);
          c3_6 = fma(v115, v137, c3_6);
          c3_7 = fma(v115, v139, c3_7);
          c4_0 = fma(v118, v125, c4_0);
          c4_1 = fma(v118, v127, c4_1);
          c4_2 = fma(v118, v129, c4_2);
          c4_3 = fma(v118, v131, c4_3);
          c4_4 = fma(v118, v133, c4_4);
          c4_5 = fma(v118, v135, c4_5);
          c4_6 = fma(v118, v137, c4_6);
          c4_7 = fma(v118, v139, c4_7);
        }
        {
          let k140: i32 = r2 + 3i;
          let v141: i32 = (r0 * 980i);
          let v142: i32 = (v141 + v0);
          let v143: i32 = (r1 * 70i);
          let v144: i32 = (v142 + v143);
          let v145: i32 = (v144 + v1);
          let v146: i32 = (k140 * 5i);
          let v147: i32 = (v145 + v146);
          let v148: i32 = (v147 + i3);
          let v149: f32 = in1[v148];
          let v150: f32 = (v149 + v2);
          let v151: i32 = (v147 + i3_1);
          let v152: f32 = in1[v151];
          let v153: f32 = (v152 + v3);
          let v154: i32 = (v147 + i3_2);
          let v155: f32 = in1[v154];
          let v156: f32 = (v155 + v4);
          let v157: i32 = (v147 + i3_3);
          let v158: f32 = in1[v157];
          let v159: f32 = (v158 + v5);
          let v160: i32 = (v147 + i3_4);
          let v161: f32 = in1[v160];
          let v162: f32 = (v161 + v6);
          let v163: i32 = (r1 * 300i);
          let v164: i32 = (k140 * 25i);
          let v165: i32 = (v163 + v164);
          let v166: i32 = (v165 + v7);
          let v167: i32 = (v166 + r0);
          let v168: bool = (i0 == v167);
          let v169: f32 = select(0.0f, 1.0f, v168);
          let v170: bool = (i0_1 == v167);
          let v171: f32 = select(0.0f, 1.0f, v170);
          let v172: bool = (i0_2 == v167);
          let v173: f32 = select(0.0f, 1.0f, v172);
          let v174: bool = (i0_3 == v167);
          let v175: f32 = select(0.0f, 1.0f, v174);
          let v176: bool = (i0_4 == v167);
          let v177: f32 = select(0.0f, 1.0f, v176);
          let v178: bool = (i0_5 == v167);
          let v179: f32 = select(0.0f, 1.0f, v178);
          let v180: bool = (i0_6 == v167);
          let v181: f32 = select(0.0f, 1.0f, v180);
          let v182: bool = (i0_7 == v167);
          let v183: f32 = select(0.0f, 1.0f, v182);
          c0_0 = fma(v150, v169, c0_0);
          c0_1 = fma(v150, v171, c0_1);
          c0_2 = fma(v150, v173, c0_2);
          c0_3 = fma(v150, v175, c0_3);
          c0_4 = fma(v150, v177, c0_4);
          c0_5 = fma(v150, v179, c0_5);
          c0_6 = fma(v150, v181, c0_6);
          c0_7 = fma(v150, v183, c0_7);
          c1_0 = fma(v153, v169, c1_0);
          c1_1 = fma(v153, v171, c1_1);
          c1_2 = fma(v153, v173, c1_2);
          c1_3 = fma(v153, v175, c1_3);
          c1_4 = fma(v153, v177, c1_4);
          c1_5 = fma(v153, v179, c1_5);
          c1_6 = fma(v153, v181, c1_6);
          c1_7 = fma(v153, v183, c1_7);
          c2_0 = fma(v156, v169, c2_0);
          c2_1 = fma(v156, v171, c2_1);
          c2_2 = fma(v156, v173, c2_2);
          c2_3 = fma(v156, v175, c2_3);
          c2_4 = fma(v156, v177, c2_4);
          c2_5 = fma(v156, v179, c2_5);
          c2_6 = fma(v156, v181, c2_6);
          c2_7 = fma(v156, v183, c2_7);
          c3_0 = fma(v159, v169, c3_0);
          c3_1 = fma(v159, v171, c3_1);
          c3_2 = fma(v159, v173, c3_2);
          c3_3 = fma(v159, v175, c3_3);
          c3_4 = fma(v159, v177, c3_4);
          c3_5 = fma(v159, v179, c3_5);
          c3_6 = fma(v159, v181, c3_6);
          c3_7 = fma(v159, v183, c3_7);
          c4_0 = fma(v162, v169, c4_0);
          c4_1 = fma(v162, v171, c4_1);
          c4_2 = fma(v162, v173, c4_2);
          c4_3 = fma(v162, v175, c4_3);
          c4_4 = fma(v162, v177, c4_4);
          c4_5 = fma(v162, v179, c4_5);
          c4_6 = fma(v162, v181, c4_6);
          c4_7 = fma(v162, v183, c4_7);
        }
      }
    }
  }
  {
    let v184: i32 = (i0 * 225i);
    let v185: i32 = (i1 * 75i);
    let v186: i32 = (v184 + v185);
    let v187: i32 = (i2 * 25i);
    let v188: i32 = (v186 + v187);
    let v189: i32 = (i3 * 5i);
    let v190: i32 = (v188 + v189);
    let v191: i32 = (v190 + i4);
    out0[v191] = c0_0;
  }
  {
    let v192: i32 = (i0_1 * 225i);
    let v193: i32 = (i1 * 75i);
    let v194: i32 = (v192 + v193);
    let v195: i32 = (i2 * 25i);
    let v196: i32 = (v194 + v195);
    let v197: i32 = (i3 * 5i);
    let v198: i32 = (v196 + v197);
    let v199: i32 = (v198 + i4);
    out0[v199] = c0_1;
  }
  {
    let v200: i32 = (i0_2 * 225i);
    let v201: i32 = (i1 * 75i);
    let v202: i32 = (v200 + v201);
    let v203: i32 = (i2 * 25i);
    let v204: i32 = (v202 + v203);
    let v205: i32 = (i3 * 5i);
    let v206: i32 = (v204 + v205);
    let v207: i32 = (v206 + i4);
    out0[v207] = c0_2;
  }
  {
    let v208: i32 = (i0_3 * 225i);
    let v209: i32 = (i1 * 75i);
    let v210: i32 = (v208 + v209);
    let v211: i32 = (i2 * 25i);
    let v212: i32 = (v210 + v211);
    let v213: i32 = (i3 * 5i);
    let v214: i32 = (v212 + v213);
    let v215: i32 = (v214 + i4);
    out0[v215] = c0_3;
  }
  {
    let v216: i32 = (i0_4 * 225i);
    let v217: i32 = (i1 * 75i);
    let v218: i32 = (v216 + v217);
    let v219: i32 = (i2 * 25i);
    let v220: i32 = (v218 + v219);
    let v221: i32 = (i3 * 5i);
    let v222: i32 = (v220 + v221);
    let v223: i32 = (v222 + i4);
    out0[v223] = c0_4;
  }
  {
    let v224: i32 = (i0_5 * 225i);
    let v225: i32 = (i1 * 75i);
    let v226: i32 = (v224 + v225);
    let v227: i32 = (i2 * 25i);
    let v228: i32 = (v226 + v227);
    let v229: i32 = (i3 * 5i);
    let v230: i32 = (v228 + v229);
    let v231: i32 = (v230 + i4);
    out0[v231] = c0_5;
  }
  {
    let v232: i32 = (i0_6 * 225i);
    let v233: i32 = (i1 * 75i);
    let v234: i32 = (v232 + v233);
    let v235: i32 = (i2 * 25i);
    let v236: i32 = (v234 + v235);
    let v237: i32 = (i3 * 5i);
    let v238: i32 = (v236 + v237);
    let v239: i32 = (v238 + i4);
    out0[v239] = c0_6;
  }
  {
    let v240: i32 = (i0_7 * 225i);
    let v241: i32 = (i1 * 75i);
    let v242: i32 = (v240 + v241);
    let v243: i32 = (i2 * 25i);
    let v244: i32 = (v242 + v243);
    let v245: i32 = (i3 * 5i);
    let v246: i32 = (v244 + v245);
    let v247: i32 = (v246 + i4);
    out0[v247] = c0_7;
  }
  {
    let v248: i32 = (i0 * 225i);
    let v249: i32 = (i1 * 75i);
    let v250: i32 = (v248 + v249);
    let v251: i32 = (i2 * 25i);
    let v252: i32 = (v250 + v251);
    let v253: i32 = (i3_1 * 5i);
    let v254: i32 = (v252 + v253);
    let v255: i32 = (v254 + i4);
    out0[v255] = c1_0;
  }
  {
    let v256: i32 = (i0_1 * 225i);
    let v257: i32 = (i1 * 75i);
    let v258: i32 = (v256 + v257);
    let v259: i32 = (i2 * 25i);
    let v260: i32 = (v258 + v259);
    let v261: i32 = (i3_1 * 5i);
    let v262: i32 = (v260 + v261);
    let v263: i32 = (v262 + i4);
    out0[v263] = c1_1;
  }
  {
    let v264: i32 = (i0_2 * 225i);
    let v265: i32 = (i1 * 75i);
    let v266: i32 = (v264 + v265);
    let v267: i32 = (i2 * 25i);
    let v268: i32 = (v266 + v267);
    let v269: i32 = (i3_1 * 5i);
    let v270: i32 = (v268 + v269);
    let v271: i32 = (v270 + i4);
    out0[v271] = c1_2;
  }
  {
    let v272: i32 = (i0_3 * 225i);
    let v273: i32 = (i1 * 75i);
    let v274: i32 = (v272 + v273);
    let v275: i32 = (i2 * 25i);
    let v276: i32 = (v274 + v275);
    let v277: i32 = (i3_1 * 5i);
    let v278: i32 = (v276 + v277);
    let v279: i32 = (v278 + i4);
    out0[v279] = c1_3;
  }
  {
    let v280: i32 = (i0_4 * 225i);
    let v281: i32 = (i1 * 75i);
    let v282: i32 = (v280 + v281);
    let v283: i32 = (i2 * 25i);
    let v284: i32 = (v282 + v283);
    let v285: i32 = (i3_1 * 5i);
    let v286: i32 = (v284 + v285);
    let v287: i32 = (v286 + i4);
    out0[v287] = c1_4;
  }
  {
    let v288: i32 = (i0_5 * 225i);
    let v289: i32 = (i1 * 75i);
    let v290: i32 = (v288 + v289);
    let v291: i32 = (i2 * 25i);
    let v292: i32 = (v290 + v291);
    let v293: i32 = (i3_1 * 5i);
    let v294: i32 = (v292 + v293);
    let v295: i32 = (v294 + i4);
    out0[v295] = c1_5;
  }
  {
    let v296: i32 = (i0_6 * 225i);
    let v297: i32 = (i1 * 75i);
    let v298: i32 = (v296 + v297);
    let v299: i32 = (i2 * 25i);
    let v300: i32 = (v298 + v299);
    let v301: i32 = (i3_1 * 5i);
    let v302: i32 = (v300 + v301);
    let v303: i32 = (v302 + i4);
    out0[v303] = c1_6;
  }
  {
    let v304: i32 = (i0_7 * 225i);
    let v305: i32 = (i1 * 75i);
    let v306: i32 = (v304 + v305);
    let v307: i32 = (i2 * 25i);
    let v308: i32 = (v306 + v307);
    let v309: i32 = (i3_1 * 5i);
    let v310: i32 = (v308 + v309);
    let v311: i32 = (v310 + i4);
    out0[v311] = c1_7;
  }
  {
    let v312: i32 = (i0 * 225i);
    let v313: i32 = (i1 * 75i);
    let v314: i32 = (v312 + v313);
    let v315: i32 = (i2 * 25i);
    let v316: i32 = (v314 + v315);
    let v317: i32 = (i3_2 * 5i);
    let v318: i32 = (v316 + v317);
    let v319: i32 = (v318 + i4);
    out0[v319] = c2_0;
  }
  {
    let v320: i32 = (i0_1 * 225i);
    let v321: i32 = (i1 * 75i);
    let v322: i32 = (v320 + v321);
    let v323: i32 = (i2 * 25i);
    let v324: i32 = (v322 + v323);
    let v325: i32 = (i3_2 * 5i);
    let v326: i32 = (v324 + v325);
    let v327: i32 = (v326 + i4);
    out0[v327] = c2_1;
  }
  {
    let v328: i32 = (i0_2 * 225i);
    let v329: i32 = (i1 * 75i);
    let v330: i32 = (v328 + v329);
    let v331: i32 = (i2 * 25i);
    let v332: i32 = (v330 + v331);
    let v333: i32 = (i3_2 * 5i);
    let v334: i32 = (v332 + v333);
    let v335: i32 = (v334 + i4);
    out0[v335] = c2_2;
  }
  {
    let v336: i32 = (i0_3 * 225i);
    let v337: i32 = (i1 * 75i);
    let v338: i32 = (v336 + v337);
    let v339: i32 = (i2 * 25i);
    let v340: i32 = (v338 + v339);
    let v341: i32 = (i3_2 * 5i);
    let v342: i32 = (v340 + v341);
    let v343: i32 = (v342 + i4);
    out0[v343] = c2_3;
  }
  {
    let v344: i32 = (i0_4 * 225i);
    let v345: i32 = (i1 * 75i);
    let v346: i32 = (v344 + v345);
    let v347: i32 = (i2 * 25i);
    let v348: i32 = (v346 + v347);
    let v349: i32 = (i3_2 * 5i);
    let v350: i32 = (v348 + v349);
    let v351: i32 = (v350 + i4);
    out0[v351] = c2_4;
  }
  {
    let v352: i32 = (i0_5 * 225i);
    let v353: i32 = (i1 * 75i);
    let v354: i32 = (v352 + v353);
    let v355: i32 = (i2 * 25i);
    let v356: i32 = (v354 + v355);
    let v357: i32 = (i3_2 * 5i);
    let v358: i32 = (v356 + v357);
    let v359: i32 = (v358 + i4);
    out0[v359] = c2_5;
  }
  {
    let v360: i32 = (i0_6 * 225i);
    let v361: i32 = (i1 * 75i);
    let v362: i32 = (v360 + v361);
    let v363: i32 = (i2 * 25i);
    let v364: i32 = (v362 + v363);
    let v365: i32 = (i3_2 * 5i);
    let v366: i32 = (v364 + v365);
    let v367: i32 = (v366 + i4);
    out0[v367] = c2_6;
  }
  {
    let v368: i32 = (i0_7 * 225i);
    let v369: i32 = (i1 * 75i);
    let v370: i32 = (v368 + v369);
    let v371: i32 = (i2 * 25i);
    let v372: i32 = (v370 + v371);
    let v373: i32 = (i3_2 * 5i);
    let v374: i32 = (v372 + v373);
    let v375: i32 = (v374 + i4);
    out0[v375] = c2_7;
  }
  {
    let v376: i32 = (i0 * 225i);
    let v377: i32 = (i1 * 75i);
    let v378: i32 = (v376 + v377);
    let v379: i32 = (i2 * 25i);
    let v380: i32 = (v378 + v379);
    let v381: i32 = (i3_3 * 5i);
    let v382: i32 = (v380 + v381);
    let v383: i32 = (v382 + i4);
    out0[v383] = c3_0;
  }
  {
    let v384: i32 = (i0_1 * 225i);
    let v385: i32 = (i1 * 75i);
    let v386: i32 = (v384 + v385);
    let v387: i32 = (i2 * 25i);
    let v388: i32 = (v386 + v387);
    let v389: i32 = (i3_3 * 5i);
    let v390: i32 = (v388 + v389);
    let v391: i32 = (v390 + i4);
    out0[v391] = c3_1;
  }
  {
    let v392: i32 = (i0_2 * 225i);
    let v393: i32 = (i1 * 75i);
    let v394: i32 = (v392 + v393);
    let v395: i32 = (i2 * 25i);
    let v396: i32 = (v394 + v395);
    let v397: i32 = (i3_3 * 5i);
    let v398: i32 = (v396 + v397);
    let v399: i32 = (v398 + i4);
    out0[v399] = c3_2;
  }
  {
    let v400: i32 = (i0_3 * 225i);
    let v401: i32 = (i1 * 75i);
    let v402: i32 = (v400 + v401);
    let v403: i32 = (i2 * 25i);
    let v404: i32 = (v402 + v403);
    let v405: i32 = (i3_3 * 5i);
    let v406: i32 = (v404 + v405);
    let v407: i32 = (v406 + i4);
    out0[v407] = c3_3;
  }
  {
    let v408: i32 = (i0_4 * 225i);
    let v409: i32 = (i1 * 75i);
    let v410: i32 = (v408 + v409);
    let v411: i32 = (i2 * 25i);
    let v412: i32 = (v410 + v411);
    let v413: i32 = (i3_3 * 5i);
    let v414: i32 = (v412 + v413);
    let v415: i32 = (v414 + i4);
    out0[v415] = c3_4;
  }
  {
    let v416: i32 = (i0_5 * 225i);
    let v417: i32 = (i1 * 75i);
    let v418: i32 = (v416 + v417);
    let v419: i32 = (i2 * 25i);
    let v420: i32 = (v418 + v419);
    let v421: i32 = (i3_3 * 5i);
    let v422: i32 = (v420 + v421);
    let v423: i32 = (v422 + i4);
    out0[v423] = c3_5;
  }
  {
    let v424: i32 = (i0_6 * 225i);
    let v425: i32 = (i1 * 75i);
    let v426: i32 = (v424 + v425);
    let v427: i32 = (i2 * 25i);
    let v428: i32 = (v426 + v427);
    let v429: i32 = (i3_3 * 5i);
    let v430: i32 = (v428 + v429);
    let v431: i32 = (v430 + i4);
    out0[v431] = c3_6;
  }
  {
    let v432: i32 = (i0_7 * 225i);
    let v433: i32 = (i1 * 75i);
    let v434: i32 = (v432 + v433);
    let v435: i32 = (i2 * 25i);
    let v436: i32 = (v434 + v435);
    let v437: i32 = (i3_3 * 5i);
    let v438: i32 = (v436 + v437);
    let v439: i32 = (v438 + i4);
    out0[v439] = c3_7;
  }
  {
    let v440: i32 = (i0 * 225i);
    let v441: i32 = (i1 * 75i);
    let v442: i32 = (v440 + v441);
    let v443: i32 = (i2 * 25i);
    let v444: i32 = (v442 + v443);
    let v445: i32 = (i3_4 * 5i);
    let v446: i32 = (v444 + v445);
    let v447: i32 = (v446 + i4);
    out0[v447] = c4_0;
  }
  {
    let v448: i32 = (i0_1 * 225i);
    let v449: i32 = (i1 * 75i);
    let v450: i32 = (v448 + v449);
    let v451: i32 = (i2 * 25i);
    let v452: i32 = (v450 + v451);
    let v453: i32 = (i3_4 * 5i);
    let v454: i32 = (v452 + v453);
    let v455: i32 = (v454 + i4);
    out0[v455] = c4_1;
  }
  {
    let v456: i32 = (i0_2 * 225i);
    let v457: i32 = (i1 * 75i);
    let v458: i32 = (v456 + v457);
    let v459: i32 = (i2 * 25i);
    let v460: i32 = (v458 + v459);
    let v461: i32 = (i3_4 * 5i);
    let v462: i32 = (v460 + v461);
    let v463: i32 = (v462 + i4);
    out0[v463] = c4_2;
  }
  {
    let v464: i32 = (i0_3 * 225i);
    let v465: i32 = (i1 * 75i);
    let v466: i32 = (v464 + v465);
    let v467: i32 = (i2 * 25i);
    let v468: i32 = (v466 + v467);
    let v469: i32 = (i3_4 * 5i);
    let v470: i32 = (v468 + v469);
    let v471: i32 = (v470 + i4);
    out0[v471] = c4_3;
  }
  {
    let v472: i32 = (i0_4 * 225i);
    let v473: i32 = (i1 * 75i);
    let v474: i32 = (v472 + v473);
    let v475: i32 = (i2 * 25i);
    let v476: i32 = (v474 + v475);
    let v477: i32 = (i3_4 * 5i);
    let v478: i32 = (v476 + v477);
    let v479: i32 = (v478 + i4);
    out0[v479] = c4_4;
  }
  {
    let v480: i32 = (i0_5 * 225i);
    let v481: i32 = (i1 * 75i);
    let v482: i32 = (v480 + v481);
    let v483: i32 = (i2 * 25i);
    let v484: i32 = (v482 + v483);
    let v485: i32 = (i3_4 * 5i);
    let v486: i32 = (v484 + v485);
    let v487: i32 = (v486 + i4);
    out0[v487] = c4_5;
  }
  {
    let v488: i32 = (i0_6 * 225i);
    let v489: i32 = (i1 * 75i);
    let v490: i32 = (v488 + v489);
    let v491: i32 = (i2 * 25i);
    let v492: i32 = (v490 + v491);
    let v493: i32 = (i3_4 * 5i);
    let v494: i32 = (v492 + v493);
    let v495: i32 = (v494 + i4);
    out0[v495] = c4_6;
  }
  {
    let v496: i32 = (i0_7 * 225i);
    let v497: i32 = (i1 * 75i);
    let v498: i32 = (v496 + v497);
    let v499: i32 = (i2 * 25i);
    let v500: i32 = (v498 + v499);
    let v501: i32 = (i3_4 * 5i);
    let v502: i32 = (v500 + v501);
    let v503: i32 = (v502 + i4);
    out0[v503] = c4_7;
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
