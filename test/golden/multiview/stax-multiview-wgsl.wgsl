# test/e2e/multiview-golden.test.ts (kernax dump examples/multiview.ts --print-after-all --format json) — case 'stax-multiview-wgsl'
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
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
  let grp: i32 = i32(wid.x + wid.y * 2u);
  let lf: i32 = (grp % 2i) * 64i + i32(lid);
  if (lf >= 120i) { return; }
  let og: i32 = grp / 2i;
  let i0: i32 = (lf / 10i);
  let t1: i32 = (lf / 5i) % 2i;
  let i3: i32 = lf % 5i;
  let t2: i32 = 0i;
  let i1: i32 = t1 * 6i;
  let i1_1: i32 = i1 + 1i;
  let i1_2: i32 = i1 + 2i;
  let i1_3: i32 = i1 + 3i;
  let i1_4: i32 = i1 + 4i;
  let i1_5: i32 = i1 + 5i;
  let i2: i32 = t2 * 5i;
  let i2_1: i32 = i2 + 1i;
  let i2_2: i32 = i2 + 2i;
  let i2_3: i32 = i2 + 3i;
  let i2_4: i32 = i2 + 4i;
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
  let v0: i32 = (i3 * 980i);
  let v1: i32 = (i0 * 70i);
  let v2: i32 = (v0 + v1);
  let v3: i32 = (i1 * 5i);
  let v4: i32 = (i1_1 * 5i);
  let v5: i32 = (i1_2 * 5i);
  let v6: i32 = (i1_3 * 5i);
  let v7: i32 = (i1_4 * 5i);
  let v8: i32 = (i1_5 * 5i);
  for (var r0: i32 = 0i; r0 < 5i; r0 = r0 + 1i) {
    for (var r1: i32 = 0i; r1 < 3i; r1 = r1 + 1i) {
      {
        let k9: i32 = 0i;
        let v10: i32 = (r1 * 70i);
        let v11: i32 = (v2 + v10);
        let v12: i32 = (k9 * 5i);
        let v13: f32 = in0[r0];
        let v14: i32 = (v11 + v3);
        let v15: i32 = (v14 + v12);
        let v16: i32 = (v15 + r0);
        let v17: f32 = in3[v16];
        let v18: f32 = (v17 + v13);
        let v19: i32 = (v11 + v4);
        let v20: i32 = (v19 + v12);
        let v21: i32 = (v20 + r0);
        let v22: f32 = in3[v21];
        let v23: f32 = (v22 + v13);
        let v24: i32 = (v11 + v5);
        let v25: i32 = (v24 + v12);
        let v26: i32 = (v25 + r0);
        let v27: f32 = in3[v26];
        let v28: f32 = (v27 + v13);
        let v29: i32 = (v11 + v6);
        let v30: i32 = (v29 + v12);
        let v31: i32 = (v30 + r0);
        let v32: f32 = in3[v31];
        let v33: f32 = (v32 + v13);
        let v34: i32 = (v11 + v7);
        let v35: i32 = (v34 + v12);
        let v36: i32 = (v35 + r0);
        let v37: f32 = in3[v36];
        let v38: f32 = (v37 + v13);
        let v39: i32 = (v11 + v8);
        let v40: i32 = (v39 + v12);
        let v41: i32 = (v40 + r0);
        let v42: f32 = in3[v41];
        let v43: f32 = (v42 + v13);
        let v44: i32 = (r1 * 75i);
        let v45: i32 = (k9 * 25i);
        let v46: i32 = (v44 + v45);
        let v47: i32 = (r0 * 5i);
        let v48: i32 = (v46 + v47);
        let v49: i32 = (v48 + i2);
        let v50: f32 = in1[v49];
        let v51: i32 = (v48 + i2_1);
        let v52: f32 = in1[v51];
        let v53: i32 = (v48 + i2_2);
        let v54: f32 = in1[v53];
        let v55: i32 = (v48 + i2_3);
        let v56: f32 = in1[v55];
        let v57: i32 = (v48 + i2_4);
        let v58: f32 = in1[v57];
        c0_0 = fma(v18, v50, c0_0);
        c0_1 = fma(v18, v52, c0_1);
        c0_2 = fma(v18, v54, c0_2);
        c0_3 = fma(v18, v56, c0_3);
        c0_4 = fma(v18, v58, c0_4);
        c1_0 = fma(v23, v50, c1_0);
        c1_1 = fma(v23, v52, c1_1);
        c1_2 = fma(v23, v54, c1_2);
        c1_3 = fma(v23, v56, c1_3);
        c1_4 = fma(v23, v58, c1_4);
        c2_0 = fma(v28, v50, c2_0);
        c2_1 = fma(v28, v52, c2_1);
        c2_2 = fma(v28, v54, c2_2);
        c2_3 = fma(v28, v56, c2_3);
        c2_4 = fma(v28, v58, c2_4);
        c3_0 = fma(v33, v50, c3_0);
        c3_1 = fma(v33, v52, c3_1);
        c3_2 = fma(v33, v54, c3_2);
        c3_3 = fma(v33, v56, c3_3);
        c3_4 = fma(v33, v58, c3_4);
        c4_0 = fma(v38, v50, c4_0);
        c4_1 = fma(v38, v52, c4_1);
        c4_2 = fma(v38, v54, c4_2);
        c4_3 = fma(v38, v56, c4_3);
        c4_4 = fma(v38, v58, c4_4);
        c5_0 = fma(v43, v50, c5_0);
        c5_1 = fma(v43, v52, c5_1);
        c5_2 = fma(v43, v54, c5_2);
        c5_3 = fma(v43, v56, c5_3);
        c5_4 = fma(v43, v58, c5_4);
      }
      {
        let k59: i32 = 1i;
        let v60: i32 = (r1 * 70i);
        let v61: i32 = (v2 + v60);
        let v62: i32 = (k59 * 5i);
        let v63: f32 = in0[r0];
        let v64: i32 = (v61 + v3);
        let v65: i32 = (v64 + v62);
        let v66: i32 = (v65 + r0);
        let v67: f32 = in3[v66];
        let v68: f32 = (v67 + v63);
        let v69: i32 = (v61 + v4);
        let v70: i32 = (v69 + v62);
        let v71: i32 = (v70 + r0);
        let v72: f32 = in3[v71];
        let v73: f32 = (v72 + v63);
        let v74: i32 = (v61 + v5);
        let v75: i32 = (v74 + v62);
        let v76: i32 = (v75 + r0);
        let v77: f32 = in3[v76];
        let v78: f32 = (v77 + v63);
        let v79: i32 = (v61 + v6);
        let v80: i32 = (v79 + v62);
        let v81: i32 = (v80 + r0);
        let v82: f32 = in3[v81];
        let v83: f32 = (v82 + v63);
        let v84: i32 = (v61 + v7);
        let v85: i32 = (v84 + v62);
        let v86: i32 = (v85 + r0);
        let v87: f32 = in3[v86];
        let v88: f32 = (v87 + v63);
        let v89: i32 = (v61 + v8);
        let v90: i32 = (v89 + v62);
        let v91: i32 = (v90 + r0);
        let v92: f32 = in3[v91];
        let v93: f32 = (v92 + v63);
        let v94: i32 = (r1 * 75i);
        let v95: i32 = (k59 * 25i);
        let v96: i32 = (v94 + v95);
        let v97: i32 = (r0 * 5i);
        let v98: i32 = (v96 + v97);
        let v99: i32 = (v98 + i2);
        let v100: f32 = in1[v99];
        let v101: i32 = (v98 + i2_1);
        let v102: f32 = in1[v101];
        let v103: i32 = (v98 + i2_2);
        let v104: f32 = in1[v103];
        let v105: i32 = (v98 + i2_3);
        let v106: f32 = in1[v105];
        let v107: i32 = (v98 + i2_4);
        let v108: f32 = in1[v107];
        c0_0 = fma(v68, v100, c0_0);
        c0_1 = fma(v68, v102, c0_1);
        c0_2 = fma(v68, v104, c0_2);
        c0_3 = fma(v68, v106, c0_3);
        c0_4 = fma(v68, v108, c0_4);
        c1_0 = fma(v73, v100, c1_0);
        c1_1 = fma(v73, v102, c1_1);
        c1_2 = fma(v73, v104, c1_2);
        c1_3 = fma(v73, v106, c1_3);
        c1_4 = fma(v73, v108, c1_4);
        c2_0 = fma(v78, v100, c2_0);
        c2_1 = fma(v78, v102, c2_1);
        c2_2 = fma(v78, v104, c2_2);
        c2_3 = fma(v78, v106, c2_3);
        c2_4 = fma(v78, v108, c2_4);
        c3_0 = fma(v83, v100, c3_0);
        c3_1 = fma(v83, v102, c3_1);
        c3_2 = fma(v83, v104, c3_2);
        c3_3 = fma(v83, v106, c3_3);
        c3_4 = fma(v83, v108, c3_4);
        c4_0 = fma(v88, v100, c4_0);
        c4_1 = fma(v88, v102, c4_1);
        c4_2 = fma(v88, v104, c4_2);
        c4_3 = fma(v88, v106, c4_3);
        c4_4 = fma(v88, v108, c4_4);
        c5_0 = fma(v93, v100, c5_0);
        c5_1 = fma(v93, v102, c5_1);
        c5_2 = fma(v93, v104, c5_2);
        c5_3 = fma(v93, v106, c5_3);
        c5_4 = fma(v93, v108, c5_4);
      }
      {
        let k109: i32 = 2i;
        let v110: i32 = (r1 * 70i);
        let v111: i32 = (v2 + v110);
        let v112: i32 = (k109 * 5i);
        let v113: f32 = in0[r0];
        let v114: i32 = (v111 + v3);
        let v115: i32 = (v114 + v112);
        let v116: i32 = (v115 + r0);
        let v117: f32 = in3[v116];
        let v118: f32 = (v117 + v113);
        let v119: i32 = (v111 + v4);
        let v120: i32 = (v119 + v112);
        let v121: i32 = (v120 + r0);
        let v122: f32 = in3[v121];
        let v123: f32 = (v122 + v113);
        let v124: i32 = (v111 + v5);
        let v125: i32 = (v124 + v112);
        let v126: i32 = (v125 + r0);
        let v127: f32 = in3[v126];
        let v128: f32 = (v127 + v113);
        let v129: i32 = (v111 + v6);
        let v130: i32 = (v129 + v112);
        let v131: i32 = (v130 + r0);
        let v132: f32 = in3[v131];
        let v133: f32 = (v132 + v113);
        let v134: i32 = (v111 + v7);
        let v135: i32 = (v134 + v112);
        let v136: i32 = (v135 + r0);
        let v137: f32 = in3[v136];
        let v138: f32 = (v137 + v113);
        let v139: i32 = (v111 + v8);
        let v140: i32 = (v139 + v112);
        let v141: i32 = (v140 + r0);
        let v142: f32 = in3[v141];
        let v143: f32 = (v142 + v113);
        let v144: i32 = (r1 * 75i);
        let v145: i32 = (k109 * 25i);
        let v146: i32 = (v144 + v145);
        let v147: i32 = (r0 * 5i);
        let v148: i32 = (v146 + v147);
        let v149: i32 = (v148 + i2);
        let v150: f32 = in1[v149];
        let v151: i32 = (v148 + i2_1);
        let v152: f32 = in1[v151];
        let v153: i32 = (v148 + i2_2);
        let v154: f32 = in1[v153];
        let v155: i32 = (v148 + i2_3);
        let v156: f32 = in1[v155];
        let v157: i32 = (v148 + i2_4);
        let v158: f32 = in1[v157];
        c0_0 = fma(v118, v150, c0_0);
        c0_1 = fma(v118, v152, c0_1);
        c0_2 = fma(v118, v154, c0_2);
        c0_3 = fma(v118, v156, c0_3);
        c0_4 = fma(v118, v158, c0_4);
        c1_0 = fma(v123, v150, c1_0);
        c1_1 = fma(v123, v152, c1_1);
        c1_2 = fma(v123, v154, c1_2);
        c1_3 = fma(v123, v156, c1_3);
        c1_4 = fma(v123, v158, c1_4);
        c2_0 = fma(v128, v150, c2_0);
        c2_1 = fma(v128, v152, c2_1);
        c2_2 = fma(v128, v154, c2_2);
        c2_3 = fma(v128, v156, c2_3);
        c2_4 = fma(v128, v158, c2_4);
        c3_0 = fma(v133, v150, c3_0);
        c3_1 = fma(v133, v152, c3_1);
        c3_2 = fma(v133, v154, c3_2);
        c3_3 = fma(v133, v156, c3_3);
        c3_4 = fma(v133, v158, c3_4);
        c4_0 = fma(v138, v150, c4_0);
        c4_1 = fma(v138, v152, c4_1);
        c4_2 = fma(v138, v154, c4_2);
        c4_3 = fma(v138, v156, c4_3);
        c4_4 = fma(v138, v158, c4_4);
        c5_0 = fma(v143, v150, c5_0);
        c5_1 = fma(v143, v152, c5_1);
        c5_2 = fma(v143, v154, c5_2);
        c5_3 = fma(v143, v156, c5_3);
        c5_4 = fma(v143, v158, c5_4);
      }
    }
  }
  {
    let v159: i32 = (i0 * 300i);
    let v160: i32 = (i1 * 25i);
    let v161: i32 = (v159 + v160);
    let v162: i32 = (i2 * 5i);
    let v163: i32 = (v161 + v162);
    let v164: i32 = (v163 + i3);
    let v165: f32 = in2[i2];
    let v166: f32 = (c0_0 + v165);
    out0[v164] = v166;
  }
  {
    let v167: i32 = (i0 * 300i);
    let v168: i32 = (i1 * 25i);
    let v169: i32 = (v167 + v168);
    let v170: i32 = (i2_1 * 5i);
    let v171: i32 = (v169 + v170);
    let v172: i32 = (v171 + i3);
    let v173: f32 = in2[i2_1];
    let v174: f32 = (c0_1 + v173);
    out0[v172] = v174;
  }
  {
    let v175: i32 = (i0 * 300i);
    let v176: i32 = (i1 * 25i);
    let v177: i32 = (v175 + v176);
    let v178: i32 = (i2_2 * 5i);
    let v179: i32 = (v177 + v178);
    let v180: i32 = (v179 + i3);
    let v181: f32 = in2[i2_2];
    let v182: f32 = (c0_2 + v181);
    out0[v180] = v182;
  }
  {
    let v183: i32 = (i0 * 300i);
    let v184: i32 = (i1 * 25i);
    let v185: i32 = (v183 + v184);
    let v186: i32 = (i2_3 * 5i);
    let v187: i32 = (v185 + v186);
    let v188: i32 = (v187 + i3);
    let v189: f32 = in2[i2_3];
    let v190: f32 = (c0_3 + v189);
    out0[v188] = v190;
  }
  {
    let v191: i32 = (i0 * 300i);
    let v192: i32 = (i1 * 25i);
    let v193: i32 = (v191 + v192);
    let v194: i32 = (i2_4 * 5i);
    let v195: i32 = (v193 + v194);
    let v196: i32 = (v195 + i3);
    let v197: f32 = in2[i2_4];
    let v198: f32 = (c0_4 + v197);
    out0[v196] = v198;
  }
  {
    let v199: i32 = (i0 * 300i);
    let v200: i32 = (i1_1 * 25i);
    let v201: i32 = (v199 + v200);
    let v202: i32 = (i2 * 5i);
    let v203: i32 = (v201 + v202);
    let v204: i32 = (v203 + i3);
    let v205: f32 = in2[i2];
    let v206: f32 = (c1_0 + v205);
    out0[v204] = v206;
  }
  {
    let v207: i32 = (i0 * 300i);
    let v208: i32 = (i1_1 * 25i);
    let v209: i32 = (v207 + v208);
    let v210: i32 = (i2_1 * 5i);
    let v211: i32 = (v209 + v210);
    let v212: i32 = (v211 + i3);
    let v213: f32 = in2[i2_1];
    let v214: f32 = (c1_1 + v213);
    out0[v212] = v214;
  }
  {
    let v215: i32 = (i0 * 300i);
    let v216: i32 = (i1_1 * 25i);
    let v217: i32 = (v215 + v216);
    let v218: i32 = (i2_2 * 5i);
    let v219: i32 = (v217 + v218);
    let v220: i32 = (v219 + i3);
    let v221: f32 = in2[i2_2];
    let v222: f32 = (c1_2 + v221);
    out0[v220] = v222;
  }
  {
    let v223: i32 = (i0 * 300i);
    let v224: i32 = (i1_1 * 25i);
    let v225: i32 = (v223 + v224);
    let v226: i32 = (i2_3 * 5i);
    let v227: i32 = (v225 + v226);
    let v228: i32 = (v227 + i3);
    let v229: f32 = in2[i2_3];
    let v230: f32 = (c1_3 + v229);
    out0[v228] = v230;
  }
  {
    let v231: i32 = (i0 * 300i);
    let v232: i32 = (i1_1 * 25i);
    let v233: i32 = (v231 + v232);
    let v234: i32 = (i2_4 * 5i);
    let v235: i32 = (v233 + v234);
    let v236: i32 = (v235 + i3);
    let v237: f32 = in2[i2_4];
    let v238: f32 = (c1_4 + v237);
    out0[v236] = v238;
  }
  {
    let v239: i32 = (i0 * 300i);
    let v240: i32 = (i1_2 * 25i);
    let v241: i32 = (v239 + v240);
    let v242: i32 = (i2 * 5i);
    let v243: i32 = (v241 + v242);
    let v244: i32 = (v243 + i3);
    let v245: f32 = in2[i2];
    let v246: f32 = (c2_0 + v245);
    out0[v244] = v246;
  }
  {
    let v247: i32 = (i0 * 300i);
    let v248: i32 = (i1_2 * 25i);
    let v249: i32 = (v247 + v248);
    let v250: i32 = (i2_1 * 5i);
    let v251: i32 = (v249 + v250);
    let v252: i32 = (v251 + i3);
    let v253: f32 = in2[i2_1];
    let v254: f32 = (c2_1 + v253);
    out0[v252] = v254;
  }
  {
    let v255: i32 = (i0 * 300i);
    let v256: i32 = (i1_2 * 25i);
    let v257: i32 = (v255 + v256);
    let v258: i32 = (i2_2 * 5i);
    let v259: i32 = (v257 + v258);
    let v260: i32 = (v259 + i3);
    let v261: f32 = in2[i2_2];
    let v262: f32 = (c2_2 + v261);
    out0[v260] = v262;
  }
  {
    let v263: i32 = (i0 * 300i);
    let v264: i32 = (i1_2 * 25i);
    let v265: i32 = (v263 + v264);
    let v266: i32 = (i2_3 * 5i);
    let v267: i32 = (v265 + v266);
    let v268: i32 = (v267 + i3);
    let v269: f32 = in2[i2_3];
    let v270: f32 = (c2_3 + v269);
    out0[v268] = v270;
  }
  {
    let v271: i32 = (i0 * 300i);
    let v272: i32 = (i1_2 * 25i);
    let v273: i32 = (v271 + v272);
    let v274: i32 = (i2_4 * 5i);
    let v275: i32 = (v273 + v274);
    let v276: i32 = (v275 + i3);
    let v277: f32 = in2[i2_4];
    let v278: f32 = (c2_4 + v277);
    out0[v276] = v278;
  }
  {
    let v279: i32 = (i0 * 300i);
    let v280: i32 = (i1_3 * 25i);
    let v281: i32 = (v279 + v280);
    let v282: i32 = (i2 * 5i);
    let v283: i32 = (v281 + v282);
    let v284: i32 = (v283 + i3);
    let v285: f32 = in2[i2];
    let v286: f32 = (c3_0 + v285);
    out0[v284] = v286;
  }
  {
    let v287: i32 = (i0 * 300i);
    let v288: i32 = (i1_3 * 25i);
    let v289: i32 = (v287 + v288);
    let v290: i32 = (i2_1 * 5i);
    let v291: i32 = (v289 + v290);
    let v292: i32 = (v291 + i3);
    let v293: f32 = in2[i2_1];
    let v294: f32 = (c3_1 + v293);
    out0[v292] = v294;
  }
  {
    let v295: i32 = (i0 * 300i);
    let v296: i32 = (i1_3 * 25i);
    let v297: i32 = (v295 + v296);
    let v298: i32 = (i2_2 * 5i);
    let v299: i32 = (v297 + v298);
    let v300: i32 = (v299 + i3);
    let v301: f32 = in2[i2_2];
    let v302: f32 = (c3_2 + v301);
    out0[v300] = v302;
  }
  {
    let v303: i32 = (i0 * 300i);
    let v304: i32 = (i1_3 * 25i);
    let v305: i32 = (v303 + v304);
    let v306: i32 = (i2_3 * 5i);
    let v307: i32 = (v305 + v306);
    let v308: i32 = (v307 + i3);
    let v309: f32 = in2[i2_3];
    let v310: f32 = (c3_3 + v309);
    out0[v308] = v310;
  }
  {
    let v311: i32 = (i0 * 300i);
    let v312: i32 = (i1_3 * 25i);
    let v313: i32 = (v311 + v312);
    let v314: i32 = (i2_4 * 5i);
    let v315: i32 = (v313 + v314);
    let v316: i32 = (v315 + i3);
    let v317: f32 = in2[i2_4];
    let v318: f32 = (c3_4 + v317);
    out0[v316] = v318;
  }
  {
    let v319: i32 = (i0 * 300i);
    let v320: i32 = (i1_4 * 25i);
    let v321: i32 = (v319 + v320);
    let v322: i32 = (i2 * 5i);
    let v323: i32 = (v321 + v322);
    let v324: i32 = (v323 + i3);
    let v325: f32 = in2[i2];
    let v326: f32 = (c4_0 + v325);
    out0[v324] = v326;
  }
  {
    let v327: i32 = (i0 * 300i);
    let v328: i32 = (i1_4 * 25i);
    let v329: i32 = (v327 + v328);
    let v330: i32 = (i2_1 * 5i);
    let v331: i32 = (v329 + v330);
    let v332: i32 = (v331 + i3);
    let v333: f32 = in2[i2_1];
    let v334: f32 = (c4_1 + v333);
    out0[v332] = v334;
  }
  {
    let v335: i32 = (i0 * 300i);
    let v336: i32 = (i1_4 * 25i);
    let v337: i32 = (v335 + v336);
    let v338: i32 = (i2_2 * 5i);
    let v339: i32 = (v337 + v338);
    let v340: i32 = (v339 + i3);
    let v341: f32 = in2[i2_2];
    let v342: f32 = (c4_2 + v341);
    out0[v340] = v342;
  }
  {
    let v343: i32 = (i0 * 300i);
    let v344: i32 = (i1_4 * 25i);
    let v345: i32 = (v343 + v344);
    let v346: i32 = (i2_3 * 5i);
    let v347: i32 = (v345 + v346);
    let v348: i32 = (v347 + i3);
    let v349: f32 = in2[i2_3];
    let v350: f32 = (c4_3 + v349);
    out0[v348] = v350;
  }
  {
    let v351: i32 = (i0 * 300i);
    let v352: i32 = (i1_4 * 25i);
    let v353: i32 = (v351 + v352);
    let v354: i32 = (i2_4 * 5i);
    let v355: i32 = (v353 + v354);
    let v356: i32 = (v355 + i3);
    let v357: f32 = in2[i2_4];
    let v358: f32 = (c4_4 + v357);
    out0[v356] = v358;
  }
  {
    let v359: i32 = (i0 * 300i);
    let v360: i32 = (i1_5 * 25i);
    let v361: i32 = (v359 + v360);
    let v362: i32 = (i2 * 5i);
    let v363: i32 = (v361 + v362);
    let v364: i32 = (v363 + i3);
    let v365: f32 = in2[i2];
    let v366: f32 = (c5_0 + v365);
    out0[v364] = v366;
  }
  {
    let v367: i32 = (i0 * 300i);
    let v368: i32 = (i1_5 * 25i);
    let v369: i32 = (v367 + v368);
    let v370: i32 = (i2_1 * 5i);
    let v371: i32 = (v369 + v370);
    let v372: i32 = (v371 + i3);
    let v373: f32 = in2[i2_1];
    let v374: f32 = (c5_1 + v373);
    out0[v372] = v374;
  }
  {
    let v375: i32 = (i0 * 300i);
    let v376: i32 = (i1_5 * 25i);
    let v377: i32 = (v375 + v376);
    let v378: i32 = (i2_2 * 5i);
    let v379: i32 = (v377 + v378);
    let v380: i32 = (v379 + i3);
    let v381: f32 = in2[i2_2];
    let v382: f32 = (c5_2 + v381);
    out0[v380] = v382;
  }
  {
    let v383: i32 = (i0 * 300i);
    let v384: i32 = (i1_5 * 25i);
    let v385: i32 = (v383 + v384);
    let v386: i32 = (i2_3 * 5i);
    let v387: i32 = (v385 + v386);
    let v388: i32 = (v387 + i3);
    let v389: f32 = in2[i2_3];
    let v390: f32 = (c5_3 + v389);
    out0[v388] = v390;
  }
  {
    let v391: i32 = (i0 * 300i);
    let v392: i32 = (i1_5 * 25i);
    let v393: i32 = (v391 + v392);
    let v394: i32 = (i2_4 * 5i);
    let v395: i32 = (v393 + v394);
    let v396: i32 = (v395 + i3);
    let v397: f32 = in2[i2_4];
    let v398: f32 = (c5_4 + v397);
    out0[v396] = v398;
  }
}
