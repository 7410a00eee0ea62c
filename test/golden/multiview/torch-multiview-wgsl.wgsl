# test/e2e/multiview-golden.test.ts (kernax dump examples/multiview.ts --print-after-all --format json) — case 'torch-multiview-wgsl'
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
  let i2: i32 = (lf / 2i) % 14i;
  let t3: i32 = lf % 2i;
  let t1: i32 = 0i;
  let i3: i32 = t3 * 7i;
  let i3_1: i32 = i3 + 1i;
  let i3_2: i32 = i3 + 2i;
  let i3_3: i32 = i3 + 3i;
  let i3_4: i32 = i3 + 4i;
  let i3_5: i32 = i3 + 5i;
  let i3_6: i32 = i3 + 6i;
  let i1: i32 = t1 * 5i;
  let i1_1: i32 = i1 + 1i;
  let i1_2: i32 = i1 + 2i;
  let i1_3: i32 = i1 + 3i;
  let i1_4: i32 = i1 + 4i;
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
  let v0: i32 = (i2 * 80i);
  let v1: i32 = (i3 * 5i);
  let v2: i32 = (i3_1 * 5i);
  let v3: i32 = (i3_2 * 5i);
  let v4: i32 = (i3_3 * 5i);
  let v5: i32 = (i3_4 * 5i);
  let v6: i32 = (i3_5 * 5i);
  let v7: i32 = (i3_6 * 5i);
  let v8: i32 = (i1 * 27i);
  let v9: i32 = (i1_1 * 27i);
  let v10: i32 = (i1_2 * 27i);
  let v11: i32 = (i1_3 * 27i);
  let v12: i32 = (i1_4 * 27i);
  for (var r0: i32 = 0i; r0 < 3i; r0 = r0 + 1i) {
    for (var r1: i32 = 0i; r1 < 3i; r1 = r1 + 1i) {
      {
        let k13: i32 = 0i;
        let v14: i32 = (r0 * 1280i);
        let v15: i32 = (v14 + v0);
        let v16: i32 = (r1 * 80i);
        let v17: i32 = (v15 + v16);
        let v18: i32 = (k13 * 5i);
        let v19: i32 = (v17 + v1);
        let v20: i32 = (v19 + v18);
        let v21: i32 = (v20 + i0);
        let v22: f32 = in1[v21];
        let v23: i32 = (v17 + v2);
        let v24: i32 = (v23 + v18);
        let v25: i32 = (v24 + i0);
        let v26: f32 = in1[v25];
        let v27: i32 = (v17 + v3);
        let v28: i32 = (v27 + v18);
        let v29: i32 = (v28 + i0);
        let v30: f32 = in1[v29];
        let v31: i32 = (v17 + v4);
        let v32: i32 = (v31 + v18);
        let v33: i32 = (v32 + i0);
        let v34: f32 = in1[v33];
        let v35: i32 = (v17 + v5);
        let v36: i32 = (v35 + v18);
        let v37: i32 = (v36 + i0);
        let v38: f32 = in1[v37];
        let v39: i32 = (v17 + v6);
        let v40: i32 = (v39 + v18);
        let v41: i32 = (v40 + i0);
        let v42: f32 = in1[v41];
        let v43: i32 = (v17 + v7);
        let v44: i32 = (v43 + v18);
        let v45: i32 = (v44 + i0);
        let v46: f32 = in1[v45];
        let v47: i32 = (r0 * 9i);
        let v48: i32 = (r1 * 3i);
        let v49: i32 = (v8 + v47);
        let v50: i32 = (v49 + v48);
        let v51: i32 = (v50 + k13);
        let v52: f32 = in0[v51];
        let v53: i32 = (v9 + v47);
        let v54: i32 = (v53 + v48);
        let v55: i32 = (v54 + k13);
        let v56: f32 = in0[v55];
        let v57: i32 = (v10 + v47);
        let v58: i32 = (v57 + v48);
        let v59: i32 = (v58 + k13);
        let v60: f32 = in0[v59];
        let v61: i32 = (v11 + v47);
        let v62: i32 = (v61 + v48);
        let v63: i32 = (v62 + k13);
        let v64: f32 = in0[v63];
        let v65: i32 = (v12 + v47);
        let v66: i32 = (v65 + v48);
        let v67: i32 = (v66 + k13);
        let v68: f32 = in0[v67];
        c0_0 = fma(v22, v52, c0_0);
        c0_1 = fma(v22, v56, c0_1);
        c0_2 = fma(v22, v60, c0_2);
        c0_3 = fma(v22, v64, c0_3);
        c0_4 = fma(v22, v68, c0_4);
        c1_0 = fma(v26, v52, c1_0);
        c1_1 = fma(v26, v56, c1_1);
        c1_2 = fma(v26, v60, c1_2);
        c1_3 = fma(v26, v64, c1_3);
        c1_4 = fma(v26, v68, c1_4);
        c2_0 = fma(v30, v52, c2_0);
        c2_1 = fma(v30, v56, c2_1);
        c2_2 = fma(v30, v60, c2_2);
        c2_3 = fma(v30, v64, c2_3);
        c2_4 = fma(v30, v68, c2_4);
        c3_0 = fma(v34, v52, c3_0);
        c3_1 = fma(v34, v56, c3_1);
        c3_2 = fma(v34, v60, c3_2);
        c3_3 = fma(v34, v64, c3_3);
        c3_4 = fma(v34, v68, c3_4);
        c4_0 = fma(v38, v52, c4_0);
        c4_1 = fma(v38, v56, c4_1);
        c4_2 = fma(v38, v60, c4_2);
        c4_3 = fma(v38, v64, c4_3);
        c4_4 = fma(v38, v68, c4_4);
        c5_0 = fma(v42, v52, c5_0);
        c5_1 = fma(v42, v56, c5_1);
        c5_2 = fma(v42, v60, c5_2);
        c5_3 = fma(v42, v64, c5_3);
        c5_4 = fma(v42, v68, c5_4);
        c6_0 = fma(v46, v52, c6_0);
        c6_1 = fma(v46, v56, c6_1);
        c6_2 = fma(v46, v60, c6_2);
        c6_3 = fma(v46, v64, c6_3);
        c6_4 = fma(v46, v68, c6_4);
      }
      {
        let k69: i32 = 1i;
        let v70: i32 = (r0 * 1280i);
        let v71: i32 = (v70 + v0);
        let v72: i32 = (r1 * 80i);
        let v73: i32 = (v71 + v72);
        let v74: i32 = (k69 * 5i);
        let v75: i32 = (v73 + v1);
        let v76: i32 = (v75 + v74);
        let v77: i32 = (v76 + i0);
        let v78: f32 = in1[v77];
        let v79: i32 = (v73 + v2);
        let v80: i32 = (v79 + v74);
        let v81: i32 = (v80 + i0);
        let v82: f32 = in1[v81];
        let v83: i32 = (v73 + v3);
        let v84: i32 = (v83 + v74);
        let v85: i32 = (v84 + i0);
        let v86: f32 = in1[v85];
        let v87: i32 = (v73 + v4);
        let v88: i32 = (v87 + v74);
        let v89: i32 = (v88 + i0);
        let v90: f32 = in1[v89];
        let v91: i32 = (v73 + v5);
        let v92: i32 = (v91 + v74);
        let v93: i32 = (v92 + i0);
        let v94: f32 = in1[v93];
        let v95: i32 = (v73 + v6);
        let v96: i32 = (v95 + v74);
        let v97: i32 = (v96 + i0);
        let v98: f32 = in1[v97];
        let v99: i32 = (v73 + v7);
        let v100: i32 = (v99 + v74);
        let v101: i32 = (v100 + i0);
        let v102: f32 = in1[v101];
        let v103: i32 = (r0 * 9i);
        let v104: i32 = (r1 * 3i);
        let v105: i32 = (v8 + v103);
        let v106: i32 = (v105 + v104);
        let v107: i32 = (v106 + k69);
        let v108: f32 = in0[v107];
        let v109: i32 = (v9 + v103);
        let v110: i32 = (v109 + v104);
        let v111: i32 = (v110 + k69);
        let v112: f32 = in0[v111];
        let v113: i32 = (v10 + v103);
        let v114: i32 = (v113 + v104);
        let v115: i32 = (v114 + k69);
        let v116: f32 = in0[v115];
        let v117: i32 = (v11 + v103);
        let v118: i32 = (v117 + v104);
        let v119: i32 = (v118 + k69);
        let v120: f32 = in0[v119];
        let v121: i32 = (v12 + v103);
        let v122: i32 = (v121 + v104);
        let v123: i32 = (v122 + k69);
        let v124: f32 = in0[v123];
        c0_0 = fma(v78, v108, c0_0);
        c0_1 = fma(v78, v112, c0_1);
        c0_2 = fma(v78, v116, c0_2);
        c0_3 = fma(v78, v120, c0_3);
        c0_4 = fma(v78, v124, c0_4);
        c1_0 = fma(v82, v108, c1_0);
        c1_1 = fma(v82, v112, c1_1);
        c1_2 = fma(v82, v116, c1_2);
        c1_3 = fma(v82, v120, c1_3);
        c1_4 = fma(v82, v124, c1_4);
        c2_0 = fma(v86, v108, c2_0);
        c2_1 = fma(v86, v112, c2_1);
        c2_2 = fma(v86, v116, c2_2);
        c2_3 = fma(v86, v120, c2_3);
        c2_4 = fma(v86, v124, c2_4);
        c3_0 = fma(v90, v108, c3_0);
        c3_1 = fma(v90, v112, c3_1);
        c3_2 = fma(v90, v116, c3_2);
        c3_3 = fma(v90, v120, c3_3);
        c3_4 = fma(v90, v124, c3_4);
        c4_0 = fma(v94, v108, c4_0);
        c4_1 = fma(v94, v112, c4_1);
        c4_2 = fma(v94, v116, c4_2);
        c4_3 = fma(v94, v120, c4_3);
        c4_4 = fma(v94, v124, c4_4);
        c5_0 = fma(v98, v108, c5_0);
        c5_1 = fma(v98, v112, c5_1);
        c5_2 = fma(v98, v116, c5_2);
        c5_3 = fma(v98, v120, c5_3);
        c5_4 = fma(v98, v124, c5_4);
        c6_0 = fma(v102, v108, c6_0);
        c6_1 = fma(v102, v112, c6_1);
        c6_2 = fma(v102, v116, c6_2);
        c6_3 = fma(v102, v120, c6_3);
        c6_4 = fma(v102, v124, c6_4);
      }
      {
        let k125: i32 = 2i;
        let v126: i32 = (r0 * 1280i);
        let v127: i32 = (v126 + v0);
        let v128: i32 = (r1 * 80i);
        let v129: i32 = (v127 + v128);
        let v130: i32 = (k125 * 5i);
        let v131: i32 = (v129 + v1);
        let v132: i32 = (v131 + v130);
        let v133: i32 = (v132 + i0);
        let v134: f32 = in1[v133];
        let v135: i32 = (v129 + v2);
        let v136: i32 = (v135 + v130);
        let v137: i32 = (v136 + i0);
        let v138: f32 = in1[v137];
        let v139: i32 = (v129 + v3);
        let v140: i32 = (v139 + v130);
        let v141: i32 = (v140 + i0);
        let v142: f32 = in1[v141];
        let v143: i32 = (v129 + v4);
        let v144: i32 = (v143 + v130);
        let v145: i32 = (v144 + i0);
        let v146: f32 = in1[v145];
        let v147: i32 = (v129 + v5);
        let v148: i32 = (v147 + v130);
        let v149: i32 = (v148 + i0);
        let v150: f32 = in1[v149];
        let v151: i32 = (v129 + v6);
        let v152: i32 = (v151 + v130);
        let v153: i32 = (v152 + i0);
        let v154: f32 = in1[v153];
        let v155: i32 = (v129 + v7);
        let v156: i32 = (v155 + v130);
        let v157: i32 = (v156 + i0);
        let v158: f32 = in1[v157];
        let v159: i32 = (r0 * 9i);
        let v160: i32 = (r1 * 3i);
        let v161: i32 = (v8 + v159);
        let v162: i32 = (v161 + v160);
        let v163: i32 = (v162 + k125);
        let v164: f32 = in0[v163];
        let v165: i32 = (v9 + v159);
        let v166: i32 = (v165 + v160);
        let v167: i32 = (v166 + k125);
        let v168: f32 = in0[v167];
        let v169: i32 = (v10 + v159);
        let v170: i32 = (v169 + v160);
        let v171: i32 = (v170 + k125);
        let v172: f32 = in0[v171];
        let v173: i32 = (v11 + v159);
        let v174: i32 = (v173 + v160);
        let v175: i32 = (v174 + k125);
        let v176: f32 = in0[v175];
        let v177: i32 = (v12 + v159);
        let v178: i32 = (v177 + v160);
        let v179: i32 = (v178 + k125);
        let v180: f32 = in0[v179];
        c0_0 = fma(v134, v164, c0_0);
        c0_1 = fma(v134, v168, c0_1);
        c0_2 = fma(v134, v172, c0_2);
        c0_3 = fma(v134, v176, c0_3);
        c0_4 = fma(v134, v180, c0_4);
        c1_0 = fma(v138, v164, c1_0);
        c1_1 = fma(v138, v168, c1_1);
        c1_2 = fma(v138, v172, c1_2);
        c1_3 = fma(v138, v176, c1_3);
        c1_4 = fma(v138, v180, c1_4);
        c2_0 = fma(v142, v164, c2_0);
        c2_1 = fma(v142, v168, c2_1);
        c2_2 = fma(v142, v172, c2_2);
        c2_3 = fma(v142, v176, c2_3);
        c2_4 = fma(v142, v180, c2_4);
        c3_0 = fma(v146, v164, c3_0);
        c3_1 = fma(v146, v168, c3_1);
        c3_2 = fma(v146, v172, c3_2);
        c3_3 = fma(v146, v176, c3_3);
        c3_4 = fma(v146, v180, c3_4);
        c4_0 = fma(v150, v164, c4_0);
        c4_1 = fma(v150, v168, c4_1);
        c4_2 = fma(v150, v172, c4_2);
        c4_3 = fma(v150, v176, c4_3);
        c4_4 = fma(v150, v180, c4_4);
        c5_0 = fma(v154, v164, c5_0);
        c5_1 = fma(v154, v168, c5_1);
        c5_2 = fma(v154, v172, c5_2);
        c5_3 = fma(v154, v176, c5_3);
        c5_4 = fma(v154, v180, c5_4);
        c6_0 = fma(v158, v164, c6_0);
        c6_1 = fma(v158, v168, c6_1);
        c6_2 = fma(v158, v172, c6_2);
        c6_3 = fma(v158, v176, c6_3);
        c6_4 = fma(v158, v180, c6_4);
      }
    }
  }
  {
    let v181: i32 = (i0 * 980i);
    let v182: i32 = (i1 * 196i);
    let v183: i32 = (v181 + v182);
    let v184: i32 = (i2 * 14i);
    let v185: i32 = (v183 + v184);
    let v186: i32 = (v185 + i3);
    out0[v186] = c0_0;
  }
  {
    let v187: i32 = (i0 * 980i);
    let v188: i32 = (i1_1 * 196i);
    let v189: i32 = (v187 + v188);
    let v190: i32 = (i2 * 14i);
    let v191: i32 = (v189 + v190);
    let v192: i32 = (v191 + i3);
    out0[v192] = c0_1;
  }
  {
    let v193: i32 = (i0 * 980i);
    let v194: i32 = (i1_2 * 196i);
    let v195: i32 = (v193 + v194);
    let v196: i32 = (i2 * 14i);
    let v197: i32 = (v195 + v196);
    let v198: i32 = (v197 + i3);
    out0[v198] = c0_2;
  }
  {
    let v199: i32 = (i0 * 980i);
    let v200: i32 = (i1_3 * 196i);
    let v201: i32 = (v199 + v200);
    let v202: i32 = (i2 * 14i);
    let v203: i32 = (v201 + v202);
    let v204: i32 = (v203 + i3);
    out0[v204] = c0_3;
  }
  {
    let v205: i32 = (i0 * 980i);
    let v206: i32 = (i1_4 * 196i);
    let v207: i32 = (v205 + v206);
    let v208: i32 = (i2 * 14i);
    let v209: i32 = (v207 + v208);
    let v210: i32 = (v209 + i3);
    out0[v210] = c0_4;
  }
  {
    let v211: i32 = (i0 * 980i);
    let v212: i32 = (i1 * 196i);
    let v213: i32 = (v211 + v212);
    let v214: i32 = (i2 * 14i);
    let v215: i32 = (v213 + v214);
    let v216: i32 = (v215 + i3_1);
    out0[v216] = c1_0;
  }
  {
    let v217: i32 = (i0 * 980i);
    let v218: i32 = (i1_1 * 196i);
    let v219: i32 = (v217 + v218);
    let v220: i32 = (i2 * 14i);
    let v221: i32 = (v219 + v220);
    let v222: i32 = (v221 + i3_1);
    out0[v222] = c1_1;
  }
  {
    let v223: i32 = (i0 * 980i);
    let v224: i32 = (i1_2 * 196i);
    let v225: i32 = (v223 + v224);
    let v226: i32 = (i2 * 14i);
    let v227: i32 = (v225 + v226);
    let v228: i32 = (v227 + i3_1);
    out0[v228] = c1_2;
  }
  {
    let v229: i32 = (i0 * 980i);
    let v230: i32 = (i1_3 * 196i);
    let v231: i32 = (v229 + v230);
    let v232: i32 = (i2 * 14i);
    let v233: i32 = (v231 + v232);
    let v234: i32 = (v233 + i3_1);
    out0[v234] = c1_3;
  }
  {
    let v235: i32 = (i0 * 980i);
    let v236: i32 = (i1_4 * 196i);
    let v237: i32 = (v235 + v236);
    let v238: i32 = (i2 * 14i);
    let v239: i32 = (v237 + v238);
    let v240: i32 = (v239 + i3_1);
    out0[v240] = c1_4;
  }
  {
    let v241: i32 = (i0 * 980i);
    let v242: i32 = (i1 * 196i);
    let v243: i32 = (v241 + v242);
    let v244: i32 = (i2 * 14i);
    let v245: i32 = (v243 + v244);
    let v246: i32 = (v245 + i3_2);
    out0[v246] = c2_0;
  }
  {
    let v247: i32 = (i0 * 980i);
    let v248: i32 = (i1_1 * 196i);
    let v249: i32 = (v247 + v248);
    let v250: i32 = (i2 * 14i);
    let v251: i32 = (v249 + v250);
    let v252: i32 = (v251 + i3_2);
    out0[v252] = c2_1;
  }
  {
    let v253: i32 = (i0 * 980i);
    let v254: i32 = (i1_2 * 196i);
    let v255: i32 = (v253 + v254);
    let v256: i32 = (i2 * 14i);
    let v257: i32 = (v255 + v256);
    let v258: i32 = (v257 + i3_2);
    out0[v258] = c2_2;
  }
  {
    let v259: i32 = (i0 * 980i);
    let v260: i32 = (i1_3 * 196i);
    let v261: i32 = (v259 + v260);
    let v262: i32 = (i2 * 14i);
    let v263: i32 = (v261 + v262);
    let v264: i32 = (v263 + i3_2);
    out0[v264] = c2_3;
  }
  {
    let v265: i32 = (i0 * 980i);
    let v266: i32 = (i1_4 * 196i);
    let v267: i32 = (v265 + v266);
    let v268: i32 = (i2 * 14i);
    let v269: i32 = (v267 + v268);
    let v270: i32 = (v269 + i3_2);
    out0[v270] = c2_4;
  }
  {
    let v271: i32 = (i0 * 980i);
    let v272: i32 = (i1 * 196i);
    let v273: i32 = (v271 + v272);
    let v274: i32 = (i2 * 14i);
    let v275: i32 = (v273 + v274);
    let v276: i32 = (v275 + i3_3);
    out0[v276] = c3_0;
  }
  {
    let v277: i32 = (i0 * 980i);
    let v278: i32 = (i1_1 * 196i);
    let v279: i32 = (v277 + v278);
    let v280: i32 = (i2 * 14i);
    let v281: i32 = (v279 + v280);
    let v282: i32 = (v281 + i3_3);
    out0[v282] = c3_1;
  }
  {
    let v283: i32 = (i0 * 980i);
    let v284: i32 = (i1_2 * 196i);
    let v285: i32 = (v283 + v284);
    let v286: i32 = (i2 * 14i);
    let v287: i32 = (v285 + v286);
    let v288: i32 = (v287 + i3_3);
    out0[v288] = c3_2;
  }
  {
    let v289: i32 = (i0 * 980i);
    let v290: i32 = (i1_3 * 196i);
    let v291: i32 = (v289 + v290);
    let v292: i32 = (i2 * 14i);
    let v293: i32 = (v291 + v292);
    let v294: i32 = (v293 + i3_3);
    out0[v294] = c3_3;
  }
  {
    let v295: i32 = (i0 * 980i);
    let v296: i32 = (i1_4 * 196i);
    let v297: i32 = (v295 + v296);
    let v298: i32 = (i2 * 14i);
    let v299: i32 = (v297 + v298);
    let v300: i32 = (v299 + i3_3);
    out0[v300] = c3_4;
  }
  {
    let v301: i32 = (i0 * 980i);
    let v302: i32 = (i1 * 196i);
    let v303: i32 = (v301 + v302);
    let v304: i32 = (i2 * 14i);
    let v305: i32 = (v303 + v304);
    let v306: i32 = (v305 + i3_4);
    out0[v306] = c4_0;
  }
  {
    let v307: i32 = (i0 * 980i);
    let v308: i32 = (i1_1 * 196i);
    let v309: i32 = (v307 + v308);
    let v310: i32 = (i2 * 14i);
    let v311: i32 = (v309 + v310);
    let v312: i32 = (v311 + i3_4);
    out0[v312] = c4_1;
  }
  {
    let v313: i32 = (i0 * 980i);
    let v314: i32 = (i1_2 * 196i);
    let v315: i32 = (v313 + v314);
    let v316: i32 = (i2 * 14i);
    let v317: i32 = (v315 + v316);
    let v318: i32 = (v317 + i3_4);
    out0[v318] = c4_2;
  }
  {
    let v319: i32 = (i0 * 980i);
    let v320: i32 = (i1_3 * 196i);
    let v321: i32 = (v319 + v320);
    let v322: i32 = (i2 * 14i);
    let v323: i32 = (v321 + v322);
    let v324: i32 = (v323 + i3_4);
    out0[v324] = c4_3;
  }
  {
    let v325: i32 = (i0 * 980i);
    let v326: i32 = (i1_4 * 196i);
    let v327: i32 = (v325 + v326);
    let v328: i32 = (i2 * 14i);
    let v329: i32 = (v327 + v328);
    let v330: i32 = (v329 + i3_4);
    out0[v330] = c4_4;
  }
  {
    let v331: i32 = (i0 * 980i);
    let v332: i32 = (i1 * 196i);
    let v333: i32 = (v331 + v332);
    let v334: i32 = (i2 * 14i);
    let v335: i32 = (v333 + v334);
    let v336: i32 = (v335 + i3_5);
    out0[v336] = c5_0;
  }
  {
    let v337: i32 = (i0 * 980i);
    let v338: i32 = (i1_1 * 196i);
    let v339: i32 = (v337 + v338);
    let v340: i32 = (i2 * 14i);
    let v341: i32 = (v339 + v340);
    let v342: i32 = (v341 + i3_5);
    out0[v342] = c5_1;
  }
  {
    let v343: i32 = (i0 * 980i);
    let v344: i32 = (i1_2 * 196i);
    let v345: i32 = (v343 + v344);
    let v346: i32 = (i2 * 14i);
    let v347: i32 = (v345 + v346);
    let v348: i32 = (v347 + i3_5);
    out0[v348] = c5_2;
  }
  {
    let v349: i32 = (i0 * 980i);
    let v350: i32 = (i1_3 * 196i);
    let v351: i32 = (v349 + v350);
    let v352: i32 = (i2 * 14i);
    let v353: i32 = (v351 + v352);
    let v354: i32 = (v353 + i3_5);
    out0[v354] = c5_3;
  }
  {
    let v355: i32 = (i0 * 980i);
    let v356: i32 = (i1_4 * 196i);
    let v357: i32 = (v355 + v356);
    let v358: i32 = (i2 * 14i);
    let v359: i32 = (v357 + v358);
    let v360: i32 = (v359 + i3_5);
    out0[v360] = c5_4;
  }
  {
    let v361: i32 = (i0 * 980i);
    let v362: i32 = (i1 * 196i);
    let v363: i32 = (v361 + v362);
    let v364: i32 = (i2 * 14i);
    let v365: i32 = (v363 + v364);
    let v366: i32 = (v365 + i3_6);
    out0[v366] = c6_0;
  }
  {
    let v367: i32 = (i0 * 980i);
    let v368: i32 = (i1_1 * 196i);
    let v369: i32 = (v367 + v368);
    let v370: i32 = (i2 * 14i);
    let v371: i32 = (v369 + v370);
    let v372: i32 = (v371 + i3_6);
    out0[v372] = c6_1;
  }
  {
    let v373: i32 = (i0 * 980i);
    let v374: i32 = (i1_2 * 196i);
    let v375: i32 = (v373 + v374);
    let v376: i32 = (i2 * 14i);
    let v377: i32 = (v375 + v376);
    let v378: i32 = (v377 + i3_6);
    out0[v378] = c6_2;
  }
  {
    let v379: i32 = (i0 * 980i);
    let v380: i32 = (i1_3 * 196i);
    let v381: i32 = (v379 + v380);
    let v382: i32 = (i2 * 14i);
    let v383: i32 = (v381 + v382);
    let v384: i32 = (v383 + i3_6);
    out0[v384] = c6_3;
  }
  {
    let v385: i32 = (i0 * 980i);
    let v386: i32 = (i1_4 * 196i);
    let v387: i32 = (v385 + v386);
    let v388: i32 = (i2 * 14i);
    let v389: i32 = (v387 + v388);
    let v390: i32 = (v389 + i3_6);
    out0[v390] = c6_4;
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
  let i1: i32 = (lf / 10i);
  let t2: i32 = (lf / 5i) % 2i;
  let i3: i32 = lf % 5i;
  let t0: i32 = 0i;
  let i2: i32 = t2 * 6i;
  let i2_1: i32 = i2 + 1i;
  let i2_2: i32 = i2 + 2i;
  let i2_3: i32 = i2 + 3i;
  let i2_4: i32 = i2 + 4i;
  let i2_5: i32 = i2 + 5i;
  let i0: i32 = t0 * 5i;
  let i0_1: i32 = i0 + 1i;
  let i0_2: i32 = i0 + 2i;
  let i0_3: i32 = i0 + 3i;
  let i0_4: i32 = i0 + 4i;
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
  let v1: i32 = (i1 * 14i);
  let v2: i32 = (i0 * 45i);
  let v3: i32 = (i0_1 * 45i);
  let v4: i32 = (i0_2 * 45i);
  let v5: i32 = (i0_3 * 45i);
  let v6: i32 = (i0_4 * 45i);
  for (var r0: i32 = 0i; r0 < 5i; r0 = r0 + 1i) {
    for (var r1: i32 = 0i; r1 < 3i; r1 = r1 + 1i) {
      {
        let k7: i32 = 0i;
        let v8: i32 = (r0 * 196i);
        let v9: i32 = (v0 + v8);
        let v10: i32 = (v9 + v1);
        let v11: i32 = (r1 * 14i);
        let v12: i32 = (v10 + v11);
        let v13: f32 = in0[r0];
        let v14: i32 = (v12 + i2);
        let v15: i32 = (v14 + k7);
        let v16: f32 = in3[v15];
        let v17: f32 = (v16 + v13);
        let v18: i32 = (v12 + i2_1);
        let v19: i32 = (v18 + k7);
        let v20: f32 = in3[v19];
        let v21: f32 = (v20 + v13);
        let v22: i32 = (v12 + i2_2);
        let v23: i32 = (v22 + k7);
        let v24: f32 = in3[v23];
        let v25: f32 = (v24 + v13);
        let v26: i32 = (v12 + i2_3);
        let v27: i32 = (v26 + k7);
        let v28: f32 = in3[v27];
        let v29: f32 = (v28 + v13);
        let v30: i32 = (v12 + i2_4);
        let v31: i32 = (v30 + k7);
        let v32: f32 = in3[v31];
        let v33: f32 = (v32 + v13);
        let v34: i32 = (v12 + i2_5);
        let v35: i32 = (v34 + k7);
        let v36: f32 = in3[v35];
        let v37: f32 = (v36 + v13);
        let v38: i32 = (r0 * 9i);
        let v39: i32 = (r1 * 3i);
        let v40: i32 = (v2 + v38);
        let v41: i32 = (v40 + v39);
        let v42: i32 = (v41 + k7);
        let v43: f32 = in1[v42];
        let v44: i32 = (v3 + v38);
        let v45: i32 = (v44 + v39);
        let v46: i32 = (v45 + k7);
        let v47: f32 = in1[v46];
        let v48: i32 = (v4 + v38);
        let v49: i32 = (v48 + v39);
        let v50: i32 = (v49 + k7);
        let v51: f32 = in1[v50];
        let v52: i32 = (v5 + v38);
        let v53: i32 = (v52 + v39);
        let v54: i32 = (v53 + k7);
        let v55: f32 = in1[v54];
        let v56: i32 = (v6 + v38);
        let v57: i32 = (v56 + v39);
        let v58: i32 = (v57 + k7);
        let v59: f32 = in1[v58];
        c0_0 = fma(v17, v43, c0_0);
        c0_1 = fma(v17, v47, c0_1);
        c0_2 = fma(v17, v51, c0_2);
        c0_3 = fma(v17, v55, c0_3);
        c0_4 = fma(v17, v59, c0_4);
        c1_0 = fma(v21, v43, c1_0);
        c1_1 = fma(v21, v47, c1_1);
        c1_2 = fma(v21, v51, c1_2);
        c1_3 = fma(v21, v55, c1_3);
        c1_4 = fma(v21, v59, c1_4);
        c2_0 = fma(v25, v43, c2_0);
        c2_1 = fma(v25, v47, c2_1);
        c2_2 = fma(v25, v51, c2_2);
        c2_3 = fma(v25, v55, c2_3);
        c2_4 = fma(v25, v59, c2_4);
        c3_0 = fma(v29, v43, c3_0);
        c3_1 = fma(v29, v47, c3_1);
        c3_2 = fma(v29, v51, c3_2);
        c3_3 = fma(v29, v55, c3_3);
        c3_4 = fma(v29, v59, c3_4);
        c4_0 = fma(v33, v43, c4_0);
        c4_1 = fma(v33, v47, c4_1);
        c4_2 = fma(v33, v51, c4_2);
        c4_3 = fma(v33, v55, c4_3);
        c4_4 = fma(v33, v59, c4_4);
        c5_0 = fma(v37, v43, c5_0);
        c5_1 = fma(v37, v47, c5_1);
        c5_2 = fma(v37, v51, c5_2);
        c5_3 = fma(v37, v55, c5_3);
        c5_4 = fma(v37, v59, c5_4);
      }
      {
        let k60: i32 = 1i;
        let v61: i32 = (r0 * 196i);
        let v62: i32 = (v0 + v61);
        let v63: i32 = (v62 + v1);
        let v64: i32 = (r1 * 14i);
        let v65: i32 = (v63 + v64);
        let v66: f32 = in0[r0];
        let v67: i32 = (v65 + i2);
        let v68: i32 = (v67 + k60);
        let v69: f32 = in3[v68];
        let v70: f32 = (v69 + v66);
        let v71: i32 = (v65 + i2_1);
        let v72: i32 = (v71 + k60);
        let v73: f32 = in3[v72];
        let v74: f32 = (v73 + v66);
        let v75: i32 = (v65 + i2_2);
        let v76: i32 = (v75 + k60);
        let v77: f32 = in3[v76];
        let v78: f32 = (v77 + v66);
        let v79: i32 = (v65 + i2_3);
        let v80: i32 = (v79 + k60);
        let v81: f32 = in3[v80];
        let v82: f32 = (v81 + v66);
        let v83: i32 = (v65 + i2_4);
        let v84: i32 = (v83 + k60);
        let v85: f32 = in3[v84];
        let v86: f32 = (v85 + v66);
        let v87: i32 = (v65 + i2_5);
        let v88: i32 = (v87 + k60);
        let v89: f32 = in3[v88];
        let v90: f32 = (v89 + v66);
        let v91: i32 = (r0 * 9i);
        let v92: i32 = (r1 * 3i);
        let v93: i32 = (v2 + v91);
        let v94: i32 = (v93 + v92);
        let v95: i32 = (v94 + k60);
        let v96: f32 = in1[v95];
        let v97: i32 = (v3 + v91);
        let v98: i32 = (v97 + v92);
        let v99: i32 = (v98 + k60);
        let v100: f32 = in1[v99];
        let v101: i32 = (v4 + v91);
        let v102: i32 = (v101 + v92);
        let v103: i32 = (v102 + k60);
        let v104: f32 = in1[v103];
        let v105: i32 = (v5 + v91);
        let v106: i32 = (v105 + v92);
        let v107: i32 = (v106 + k60);
        let v108: f32 = in1[v107];
        let v109: i32 = (v6 + v91);
        let v110: i32 = (v109 + v92);
        let v111: i32 = (v110 + k60);
        let v112: f32 = in1[v111];
        c0_0 = fma(v70, v96, c0_0);
        c0_1 = fma(v70, v100, c0_1);
        c0_2 = fma(v70, v104, c0_2);
        c0_3 = fma(v70, v108, c0_3);
        c0_4 = fma(v70, v112, c0_4);
        c1_0 = fma(v74, v96, c1_0);
        c1_1 = fma(v74, v100, c1_1);
        c1_2 = fma(v74, v104, c1_2);
        c1_3 = fma(v74, v108, c1_3);
        c1_4 = fma(v74, v112, c1_4);
        c2_0 = fma(v78, v96, c2_0);
        c2_1 = fma(v78, v100, c2_1);
        c2_2 = fma(v78, v104, c2_2);
        c2_3 = fma(v78, v108, c2_3);
        c2_4 = fma(v78, v112, c2_4);
        c3_0 = fma(v82, v96, c3_0);
        c3_1 = fma(v82, v100, c3_1);
        c3_2 = fma(v82, v104, c3_2);
        c3_3 = fma(v82, v108, c3_3);
        c3_4 = fma(v82, v112, c3_4);
        c4_0 = fma(v86, v96, c4_0);
        c4_1 = fma(v86, v100, c4_1);
        c4_2 = fma(v86, v104, c4_2);
        c4_3 = fma(v86, v108, c4_3);
        c4_4 = fma(v86, v112, c4_4);
        c5_0 = fma(v90, v96, c5_0);
        c5_1 = fma(v90, v100, c5_1);
        c5_2 = fma(v90, v104, c5_2);
        c5_3 = fma(v90, v108, c5_3);
        c5_4 = fma(v90, v112, c5_4);
      }
      {
        let k113: i32 = 2i;
        let v114: i32 = (r0 * 196i);
        let v115: i32 = (v0 + v114);
        let v116: i32 = (v115 + v1);
        let v117: i32 = (r1 * 14i);
        let v118: i32 = (v116 + v117);
        let v119: f32 = in0[r0];
        let v120: i32 = (v118 + i2);
        let v121: i32 = (v120 + k113);
        let v122: f32 = in3[v121];
        let v123: f32 = (v122 + v119);
        let v124: i32 = (v118 + i2_1);
        let v125: i32 = (v124 + k113);
        let v126: f32 = in3[v125];
        let v127: f32 = (v126 + v119);
        let v128: i32 = (v118 + i2_2);
        let v129: i32 = (v128 + k113);
        let v130: f32 = in3[v129];
        let v131: f32 = (v130 + v119);
        let v132: i32 = (v118 + i2_3);
        let v133: i32 = (v132 + k113);
        let v134: f32 = in3[v133];
        let v135: f32 = (v134 + v119);
        let v136: i32 = (v118 + i2_4);
        let v137: i32 = (v136 + k113);
        let v138: f32 = in3[v137];
        let v139: f32 = (v138 + v119);
        let v140: i32 = (v118 + i2_5);
        let v141: i32 = (v140 + k113);
        let v142: f32 = in3[v141];
        let v143: f32 = (v142 + v119);
        let v144: i32 = (r0 * 9i);
        let v145: i32 = (r1 * 3i);
        let v146: i32 = (v2 + v144);
        let v147: i32 = (v146 + v145);
        let v148: i32 = (v147 + k113);
        let v149: f32 = in1[v148];
        let v150: i32 = (v3 + v144);
        let v151: i32 = (v150 + v145);
        let v152: i32 = (v151 + k113);
        let v153: f32 = in1[v152];
        let v154: i32 = (v4 + v144);
        let v155: i32 = (v154 + v145);
        let v156: i32 = (v155 + k113);
        let v157: f32 = in1[v156];
        let v158: i32 = (v5 + v144);
        let v159: i32 = (v158 + v145);
        let v160: i32 = (v159 + k113);
        let v161: f32 = in1[v160];
        let v162: i32 = (v6 + v144);
        let v163: i32 = (v162 + v145);
        let v164: i32 = (v163 + k113);
        let v165: f32 = in1[v164];
        c0_0 = fma(v123, v149, c0_0);
        c0_1 = fma(v123, v153, c0_1);
        c0_2 = fma(v123, v157, c0_2);
        c0_3 = fma(v123, v161, c0_3);
        c0_4 = fma(v123, v165, c0_4);
        c1_0 = fma(v127, v149, c1_0);
        c1_1 = fma(v127, v153, c1_1);
        c1_2 = fma(v127, v157, c1_2);
        c1_3 = fma(v127, v161, c1_3);
        c1_4 = fma(v127, v165, c1_4);
        c2_0 = fma(v131, v149, c2_0);
        c2_1 = fma(v131, v153, c2_1);
        c2_2 = fma(v131, v157, c2_2);
        c2_3 = fma(v131, v161, c2_3);
        c2_4 = fma(v131, v165, c2_4);
        c3_0 = fma(v135, v149, c3_0);
        c3_1 = fma(v135, v153, c3_1);
        c3_2 = fma(v135, v157, c3_2);
        c3_3 = fma(v135, v161, c3_3);
        c3_4 = fma(v135, v165, c3_4);
        c4_0 = fma(v139, v149, c4_0);
        c4_1 = fma(v139, v153, c4_1);
        c4_2 = fma(v139, v157, c4_2);
        c4_3 = fma(v139, v161, c4_3);
        c4_4 = fma(v139, v165, c4_4);
        c5_0 = fma(v143, v149, c5_0);
        c5_1 = fma(v143, v153, c5_1);
        c5_2 = fma(v143, v157, c5_2);
        c5_3 = fma(v143, v161, c5_3);
        c5_4 = fma(v143, v165, c5_4);
      }
    }
  }
  {
    let v166: i32 = (i0 * 720i);
    let v167: i32 = (i1 * 60i);
    let v168: i32 = (v166 + v167);
    let v169: i32 = (i2 * 5i);
    let v170: i32 = (v168 + v169);
    let v171: i32 = (v170 + i3);
    let v172: f32 = in2[i0];
    let v173: f32 = (c0_0 + v172);
    out0[v171] = v173;
  }
  {
    let v174: i32 = (i0_1 * 720i);
    let v175: i32 = (i1 * 60i);
    let v176: i32 = (v174 + v175);
    let v177: i32 = (i2 * 5i);
    let v178: i32 = (v176 + v177);
    let v179: i32 = (v178 + i3);
    let v180: f32 = in2[i0_1];
    let v181: f32 = (c0_1 + v180);
    out0[v179] = v181;
  }
  {
    let v182: i32 = (i0_2 * 720i);
    let v183: i32 = (i1 * 60i);
    let v184: i32 = (v182 + v183);
    let v185: i32 = (i2 * 5i);
    let v186: i32 = (v184 + v185);
    let v187: i32 = (v186 + i3);
    let v188: f32 = in2[i0_2];
    let v189: f32 = (c0_2 + v188);
    out0[v187] = v189;
  }
  {
    let v190: i32 = (i0_3 * 720i);
    let v191: i32 = (i1 * 60i);
    let v192: i32 = (v190 + v191);
    let v193: i32 = (i2 * 5i);
    let v194: i32 = (v192 + v193);
    let v195: i32 = (v194 + i3);
    let v196: f32 = in2[i0_3];
    let v197: f32 = (c0_3 + v196);
    out0[v195] = v197;
  }
  {
    let v198: i32 = (i0_4 * 720i);
    let v199: i32 = (i1 * 60i);
    let v200: i32 = (v198 + v199);
    let v201: i32 = (i2 * 5i);
    let v202: i32 = (v200 + v201);
    let v203: i32 = (v202 + i3);
    let v204: f32 = in2[i0_4];
    let v205: f32 = (c0_4 + v204);
    out0[v203] = v205;
  }
  {
    let v206: i32 = (i0 * 720i);
    let v207: i32 = (i1 * 60i);
    let v208: i32 = (v206 + v207);
    let v209: i32 = (i2_1 * 5i);
    let v210: i32 = (v208 + v209);
    let v211: i32 = (v210 + i3);
    let v212: f32 = in2[i0];
    let v213: f32 = (c1_0 + v212);
    out0[v211] = v213;
  }
  {
    let v214: i32 = (i0_1 * 720i);
    let v215: i32 = (i1 * 60i);
    let v216: i32 = (v214 + v215);
    let v217: i32 = (i2_1 * 5i);
    let v218: i32 = (v216 + v217);
    let v219: i32 = (v218 + i3);
    let v220: f32 = in2[i0_1];
    let v221: f32 = (c1_1 + v220);
    out0[v219] = v221;
  }
  {
    let v222: i32 = (i0_2 * 720i);
    let v223: i32 = (i1 * 60i);
    let v224: i32 = (v222 + v223);
    let v225: i32 = (i2_1 * 5i);
    let v226: i32 = (v224 + v225);
    let v227: i32 = (v226 + i3);
    let v228: f32 = in2[i0_2];
    let v229: f32 = (c1_2 + v228);
    out0[v227] = v229;
  }
  {
    let v230: i32 = (i0_3 * 720i);
    let v231: i32 = (i1 * 60i);
    let v232: i32 = (v230 + v231);
    let v233: i32 = (i2_1 * 5i);
    let v234: i32 = (v232 + v233);
    let v235: i32 = (v234 + i3);
    let v236: f32 = in2[i0_3];
    let v237: f32 = (c1_3 + v236);
    out0[v235] = v237;
  }
  {
    let v238: i32 = (i0_4 * 720i);
    let v239: i32 = (i1 * 60i);
    let v240: i32 = (v238 + v239);
    let v241: i32 = (i2_1 * 5i);
    let v242: i32 = (v240 + v241);
    let v243: i32 = (v242 + i3);
    let v244: f32 = in2[i0_4];
    let v245: f32 = (c1_4 + v244);
    out0[v243] = v245;
  }
  {
    let v246: i32 = (i0 * 720i);
    let v247: i32 = (i1 * 60i);
    let v248: i32 = (v246 + v247);
    let v249: i32 = (i2_2 * 5i);
    let v250: i32 = (v248 + v249);
    let v251: i32 = (v250 + i3);
    let v252: f32 = in2[i0];
    let v253: f32 = (c2_0 + v252);
    out0[v251] = v253;
  }
  {
    let v254: i32 = (i0_1 * 720i);
    let v255: i32 = (i1 * 60i);
    let v256: i32 = (v254 + v255);
    let v257: i32 = (i2_2 * 5i);
    let v258: i32 = (v256 + v257);
    let v259: i32 = (v258 + i3);
    let v260: f32 = in2[i0_1];
    let v261: f32 = (c2_1 + v260);
    out0[v259] = v261;
  }
  {
    let v262: i32 = (i0_2 * 720i);
    let v263: i32 = (i1 * 60i);
    let v264: i32 = (v262 + v263);
    let v265: i32 = (i2_2 * 5i);
    let v266: i32 = (v264 + v265);
    let v267: i32 = (v266 + i3);
    let v268: f32 = in2[i0_2];
    let v269: f32 = (c2_2 + v268);
    out0[v267] = v269;
  }
  {
    let v270: i32 = (i0_3 * 720i);
    let v271: i32 = (i1 * 60i);
    let v272: i32 = (v270 + v271);
    let v273: i32 = (i2_2 * 5i);
    let v274: i32 = (v272 + v273);
    let v275: i32 = (v274 + i3);
    let v276: f32 = in2[i0_3];
    let v277: f32 = (c2_3 + v276);
    out0[v275] = v277;
  }
  {
    let v278: i32 = (i0_4 * 720i);
    let v279: i32 = (i1 * 60i);
    let v280: i32 = (v278 + v279);
    let v281: i32 = (i2_2 * 5i);
    let v282: i32 = (v280 + v281);
    let v283: i32 = (v282 + i3);
    let v284: f32 = in2[i0_4];
    let v285: f32 = (c2_4 + v284);
    out0[v283] = v285;
  }
  {
    let v286: i32 = (i0 * 720i);
    let v287: i32 = (i1 * 60i);
    let v288: i32 = (v286 + v287);
    let v289: i32 = (i2_3 * 5i);
    let v290: i32 = (v288 + v289);
    let v291: i32 = (v290 + i3);
    let v292: f32 = in2[i0];
    let v293: f32 = (c3_0 + v292);
    out0[v291] = v293;
  }
  {
    let v294: i32 = (i0_1 * 720i);
    let v295: i32 = (i1 * 60i);
    let v296: i32 = (v294 + v295);
    let v297: i32 = (i2_3 * 5i);
    let v298: i32 = (v296 + v297);
    let v299: i32 = (v298 + i3);
    let v300: f32 = in2[i0_1];
    let v301: f32 = (c3_1 + v300);
    out0[v299] = v301;
  }
  {
    let v302: i32 = (i0_2 * 720i);
    let v303: i32 = (i1 * 60i);
    let v304: i32 = (v302 + v303);
    let v305: i32 = (i2_3 * 5i);
    let v306: i32 = (v304 + v305);
    let v307: i32 = (v306 + i3);
    let v308: f32 = in2[i0_2];
    let v309: f32 = (c3_2 + v308);
    out0[v307] = v309;
  }
  {
    let v310: i32 = (i0_3 * 720i);
    let v311: i32 = (i1 * 60i);
    let v312: i32 = (v310 + v311);
    let v313: i32 = (i2_3 * 5i);
    let v314: i32 = (v312 + v313);
    let v315: i32 = (v314 + i3);
    let v316: f32 = in2[i0_3];
    let v317: f32 = (c3_3 + v316);
    out0[v315] = v317;
  }
  {
    let v318: i32 = (i0_4 * 720i);
    let v319: i32 = (i1 * 60i);
    let v320: i32 = (v318 + v319);
    let v321: i32 = (i2_3 * 5i);
    let v322: i32 = (v320 + v321);
    let v323: i32 = (v322 + i3);
    let v324: f32 = in2[i0_4];
    let v325: f32 = (c3_4 + v324);
    out0[v323] = v325;
  }
  {
    let v326: i32 = (i0 * 720i);
    let v327: i32 = (i1 * 60i);
    let v328: i32 = (v326 + v327);
    let v329: i32 = (i2_4 * 5i);
    let v330: i32 = (v328 + v329);
    let v331: i32 = (v330 + i3);
    let v332: f32 = in2[i0];
    let v333: f32 = (c4_0 + v332);
    out0[v331] = v333;
  }
  {
    let v334: i32 = (i0_1 * 720i);
    let v335: i32 = (i1 * 60i);
    let v336: i32 = (v334 + v335);
    let v337: i32 = (i2_4 * 5i);
    let v338: i32 = (v336 + v337);
    let v339: i32 = (v338 + i3);
    let v340: f32 = in2[i0_1];
    let v341: f32 = (c4_1 + v340);
    out0[v339] = v341;
  }
  {
    let v342: i32 = (i0_2 * 720i);
    let v343: i32 = (i1 * 60i);
    let v344: i32 = (v342 + v343);
    let v345: i32 = (i2_4 * 5i);
    let v346: i32 = (v344 + v345);
    let v347: i32 = (v346 + i3);
    let v348: f32 = in2[i0_2];
    let v349: f32 = (c4_2 + v348);
    out0[v347] = v349;
  }
  {
    let v350: i32 = (i0_3 * 720i);
    let v351: i32 = (i1 * 60i);
    let v352: i32 = (v350 + v351);
    let v353: i32 = (i2_4 * 5i);
    let v354: i32 = (v352 + v353);
    let v355: i32 = (v354 + i3);
    let v356: f32 = in2[i0_3];
    let v357: f32 = (c4_3 + v356);
    out0[v355] = v357;
  }
  {
    let v358: i32 = (i0_4 * 720i);
    let v359: i32 = (i1 * 60i);
    let v360: i32 = (v358 + v359);
    let v361: i32 = (i2_4 * 5i);
    let v362: i32 = (v360 + v361);
    let v363: i32 = (v362 + i3);
    let v364: f32 = in2[i0_4];
    let v365: f32 = (c4_4 + v364);
    out0[v363] = v365;
  }
  {
    let v366: i32 = (i0 * 720i);
    let v367: i32 = (i1 * 60i);
    let v368: i32 = (v366 + v367);
    let v369: i32 = (i2_5 * 5i);
    let v370: i32 = (v368 + v369);
    let v371: i32 = (v370 + i3);
    let v372: f32 = in2[i0];
    let v373: f32 = (c5_0 + v372);
    out0[v371] = v373;
  }
  {
    let v374: i32 = (i0_1 * 720i);
    let v375: i32 = (i1 * 60i);
    let v376: i32 = (v374 + v375);
    let v377: i32 = (i2_5 * 5i);
    let v378: i32 = (v376 + v377);
    let v379: i32 = (v378 + i3);
    let v380: f32 = in2[i0_1];
    let v381: f32 = (c5_1 + v380);
    out0[v379] = v381;
  }
  {
    let v382: i32 = (i0_2 * 720i);
    let v383: i32 = (i1 * 60i);
    let v384: i32 = (v382 + v383);
    let v385: i32 = (i2_5 * 5i);
    let v386: i32 = (v384 + v385);
    let v387: i32 = (v386 + i3);
    let v388: f32 = in2[i0_2];
    let v389: f32 = (c5_2 + v388);
    out0[v387] = v389;
  }
  {
    let v390: i32 = (i0_3 * 720i);
    let v391: i32 = (i1 * 60i);
    let v392: i32 = (v390 + v391);
    let v393: i32 = (i2_5 * 5i);
    let v394: i32 = (v392 + v393);
    let v395: i32 = (v394 + i3);
    let v396: f32 = in2[i0_3];
    let v397: f32 = (c5_3 + v396);
    out0[v395] = v397;
  }
  {
    let v398: i32 = (i0_4 * 720i);
    let v399: i32 = (i1 * 60i);
    let v400: i32 = (v398 + v399);
    let v401: i32 = (i2_5 * 5i);
    let v402: i32 = (v400 + v401);
    let v403: i32 = (v402 + i3);
    let v404: f32 = in2[i0_4];
    let v405: f32 = (c5_4 + v404);
    out0[v403] = v405;
  }
}
