# test/e2e/multiview-golden.test.ts (kernax dump examples/multiview.ts --print-after-all --format json) — case 'torch-multiviewJacParams-wgsl'
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
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
  let grp: i32 = i32(wid.x + wid.y * 6891u);
  let lf: i32 = (grp % 6891i) * 64i + i32(lid);
  if (lf >= 441000i) { return; }
  let og: i32 = grp / 6891i;
  let t0: i32 = (lf / 196i);
  let i2: i32 = (lf / 14i) % 14i;
  let i3: i32 = lf % 14i;
  let t1: i32 = 0i;
  let i0: i32 = t0 * 8i;
  let i0_1: i32 = i0 + 1i;
  let i0_2: i32 = i0 + 2i;
  let i0_3: i32 = i0 + 3i;
  let i0_4: i32 = i0 + 4i;
  let i0_5: i32 = i0 + 5i;
  let i0_6: i32 = i0 + 6i;
  let i0_7: i32 = i0 + 7i;
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
  let v16: i32 = (i1 * 9i);
  let v17: i32 = (i1_1 * 9i);
  let v18: i32 = (i1_2 * 9i);
  let v19: i32 = (i1_3 * 9i);
  let v20: i32 = (i1_4 * 9i);
  for (var r0: i32 = 0i; r0 < 5i; r0 = r0 + 1i) {
    for (var r1: i32 = 0i; r1 < 3i; r1 = r1 + 1i) {
      {
        let k21: i32 = 0i;
        let v22: i32 = (i2 + r1);
        let v23: i32 = (v22 - 2i);
        let v24: bool = (v23 >= 0i);
        let v25: bool = (v23 < 12i);
        let v26: bool = (v24 & v25);
        let v27: i32 = (i3 + k21);
        let v28: i32 = (v27 - 2i);
        let v29: bool = (v28 >= 0i);
        let v30: bool = (v26 & v29);
        let v31: bool = (v28 < 12i);
        let v32: bool = (v30 & v31);
        let v33: i32 = (r0 * 720i);
        let v34: i32 = (v23 % 12i);
        let v35: i32 = (v34 * 60i);
        let v36: i32 = (v33 + v35);
        let v37: i32 = (v28 % 12i);
        let v38: i32 = (v37 * 5i);
        let v39: i32 = (v36 + v38);
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
        let v80: i32 = (r0 * 45i);
        let v81: i32 = (r1 * 3i);
        let v82: i32 = (v80 + v16);
        let v83: i32 = (v82 - v81);
        let v84: i32 = (v83 - k21);
        let v85: i32 = (v84 + 8i);
        let v86: f32 = in0[v85];
        let v87: i32 = (v80 + v17);
        let v88: i32 = (v87 - v81);
        let v89: i32 = (v88 - k21);
        let v90: i32 = (v89 + 8i);
        let v91: f32 = in0[v90];
        let v92: i32 = (v80 + v18);
        let v93: i32 = (v92 - v81);
        let v94: i32 = (v93 - k21);
        let v95: i32 = (v94 + 8i);
        let v96: f32 = in0[v95];
        let v97: i32 = (v80 + v19);
        let v98: i32 = (v97 - v81);
        let v99: i32 = (v98 - k21);
        let v100: i32 = (v99 + 8i);
        let v101: f32 = in0[v100];
        let v102: i32 = (v80 + v20);
        let v103: i32 = (v102 - v81);
        let v104: i32 = (v103 - k21);
        let v105: i32 = (v104 + 8i);
        let v106: f32 = in0[v105];
        c0_0 = fma(v44, v86, c0_0);
        c0_1 = fma(v44, v91, c0_1);
        c0_2 = fma(v44, v96, c0_2);
        c0_3 = fma(v44, v101, c0_3);
        c0_4 = fma(v44, v106, c0_4);
        c1_0 = fma(v49, v86, c1_0);
        c1_1 = fma(v49, v91, c1_1);
        c1_2 = fma(v49, v96, c1_2);
        c1_3 = fma(v49, v101, c1_3);
        c1_4 = fma(v49, v106, c1_4);
        c2_0 = fma(v54, v86, c2_0);
        c2_1 = fma(v54, v91, c2_1);
        c2_2 = fma(v54, v96, c2_2);
        c2_3 = fma(v54, v101, c2_3);
        c2_4 = fma(v54, v106, c2_4);
        c3_0 = fma(v59, v86, c3_0);
        c3_1 = fma(v59, v91, c3_1);
        c3_2 = fma(v59, v96, c3_2);
        c3_3 = fma(v59, v101, c3_3);
        c3_4 = fma(v59, v106, c3_4);
        c4_0 = fma(v64, v86, c4_0);
        c4_1 = fma(v64, v91, c4_1);
        c4_2 = fma(v64, v96, c4_2);
        c4_3 = fma(v64, v101, c4_3);
        c4_4 = fma(v64, v106, c4_4);
        c5_0 = fma(v69, v86, c5_0);
        c5_1 = fma(v69, v91, c5_1);
        c5_2 = fma(v69, v96, c5_2);
        c5_3 = fma(v69, v101, c5_3);
        c5_4 = fma(v69, v106, c5_4);
        c6_0 = fma(v74, v86, c6_0);
        c6_1 = fma(v74, v91, c6_1);
        c6_2 = fma(v74, v96, c6_2);
        c6_3 = fma(v74, v101, c6_3);
        c6_4 = fma(v74, v106, c6_4);
        c7_0 = fma(v79, v86, c7_0);
        c7_1 = fma(v79, v91, c7_1);
        c7_2 = fma(v79, v96, c7_2);
        c7_3 = fma(v79, v101, c7_3);
        c7_4 = fma(v79, v106, c7_4);
      }
      {
        let k107: i32 = 1i;
        let v108: i32 = (i2 + r1);
        let v109: i32 = (v108 - 2i);
        let v110: bool = (v109 >= 0i);
        let v111: bool = (v109 < 12i);
        let v112: bool = (v110 & v111);
        let v113: i32 = (i3 + k107);
        let v114: i32 = (v113 - 2i);
        let v115: bool = (v114 >= 0i);
        let v116: bool = (v112 & v115);
        let v117: bool = (v114 < 12i);
        let v118: bool = (v116 & v117);
        let v119: i32 = (r0 * 720i);
        let v120: i32 = (v109 % 12i);
        let v121: i32 = (v120 * 60i);
        let v122: i32 = (v119 + v121);
        let v123: i32 = (v114 % 12i);
        let v124: i32 = (v123 * 5i);
        let v125: i32 = (v122 + v124);
        let v126: i32 = (v125 + v1);
        let v127: i32 = (v126 % 3600i);
        let v128: bool = (v0 == v127);
        let v129: f32 = select(0.0f, 1.0f, v128);
        let v130: f32 = select(0.0f, v129, v118);
        let v131: i32 = (v125 + v3);
        let v132: i32 = (v131 % 3600i);
        let v133: bool = (v2 == v132);
        let v134: f32 = select(0.0f, 1.0f, v133);
        let v135: f32 = select(0.0f, v134, v118);
        let v136: i32 = (v125 + v5);
        let v137: i32 = (v136 % 3600i);
        let v138: bool = (v4 == v137);
        let v139: f32 = select(0.0f, 1.0f, v138);
        let v140: f32 = select(0.0f, v139, v118);
        let v141: i32 = (v125 + v7);
        let v142: i32 = (v141 % 3600i);
        let v143: bool = (v6 == v142);
        let v144: f32 = select(0.0f, 1.0f, v143);
        let v145: f32 = select(0.0f, v144, v118);
        let v146: i32 = (v125 + v9);
        let v147: i32 = (v146 % 3600i);
        let v148: bool = (v8 == v147);
        let v149: f32 = select(0.0f, 1.0f, v148);
        let v150: f32 = select(0.0f, v149, v118);
        let v151: i32 = (v125 + v11);
        let v152: i32 = (v151 % 3600i);
        let v153: bool = (v10 == v152);
        let v154: f32 = select(0.0f, 1.0f, v153);
        let v155: f32 = select(0.0f, v154, v118);
        let v156: i32 = (v125 + v13);
        let v157: i32 = (v156 % 3600i);
        let v158: bool = (v12 == v157);
        let v159: f32 = select(0.0f, 1.0f, v158);
        let v160: f32 = select(0.0f, v159, v118);
        let v161: i32 = (v125 + v15);
        let v162: i32 = (v161 % 3600i);
        let v163: bool = (v14 == v162);
        let v164: f32 = select(0.0f, 1.0f, v163);
        let v165: f32 = select(0.0f, v164, v118);
        let v166: i32 = (r0 * 45i);
        let v167: i32 = (r1 * 3i);
        let v168: i32 = (v166 + v16);
        let v169: i32 = (v168 - v167);
        let v170: i32 = (v169 - k107);
        let v171: i32 = (v170 + 8i);
        let v172: f32 = in0[v171];
        let v173: i32 = (v166 + v17);
        let v174: i32 = (v173 - v167);
        let v175: i32 = (v174 - k107);
        let v176: i32 = (v175 + 8i);
        let v177: f32 = in0[v176];
        let v178: i32 = (v166 + v18);
        let v179: i32 = (v178 - v167);
        let v180: i32 = (v179 - k107);
        let v181: i32 = (v180 + 8i);
        let v182: f32 = in0[v181];
        let v183: i32 = (v166 + v19);
        let v184: i32 = (v183 - v167);
        let v185: i32 = (v184 - k107);
        let v186: i32 = (v185 + 8i);
        let v187: f32 = in0[v186];
        let v188: i32 = (v166 + v20);
        let v189: i32 = (v188 - v167);
        let v190: i32 = (v189 - k107);
        let v191: i32 = (v190 + 8i);
        let v192: f32 = in0[v191];
        c0_0 = fma(v130, v172, c0_0);
        c0_1 = fma(v130, v177, c0_1);
        c0_2 = fma(v130, v182, c0_2);
        c0_3 = fma(v130, v187, c0_3);
        c0_4 = fma(v130, v192, c0_4);
        c1_0 = fma(v135, v172, c1_0);
        c1_1 = fma(v135, v177, c1_1);
        c1_2 = fma(v135, v182, c1_2);
        c1_3 = fma(v135, v187, c1_3);
        c1_4 = fma(v135, v192, c1_4);
        c2_0 = fma(v140, v172, c2_0);
        c2_1 = fma(v140, v177, c2_1);
        c2_2 = fma(v140, v182, c2_2);
        c2_3 = fma(v140, v187, c2_3);
        c2_4 = fma(v140, v192, c2_4);
        c3_0 = fma(v145, v172, c3_0);
        c3_1 = fma(v145, v177, c3_1);
        c3_2 = fma(v145, v182, c3_2);
        c3_3 = fma(v145, v187, c3_3);
        c3_4 = fma(v145, v192, c3_4);
        c4_0 = fma(v150, v172, c4_0);
        c4_1 = fma(v150, v177, c4_1);
        c4_2 = fma(v150, v182, c4_2);
        c4_3 = fma(v150, v187, c4_3);
        c4_4 = fma(v150, v192, c4_4);
        c5_0 = fma(v155, v172, c5_0);
        c5_1 = fma(v155, v177, c5_1);
        c5_2 = fma(v155, v182, c5_2);
        c5_3 = fma(v155, v187, c5_3);
        c5_4 = fma(v155, v192, c5_4);
        c6_0 = fma(v160, v172, c6_0);
        c6_1 = fma(v160, v177, c6_1);
        c6_2 = fma(v160, v182, c6_2);
        c6_3 = fma(v160, v187, c6_3);
        c6_4 = fma(v160, v192, c6_4);
        c7_0 = fma(v165, v172, c7_0);
        c7_1 = fma(v165, v177, c7_1);
        c7_2 = fma(v165, v182, c7_2);
        c7_3 = fma(v165, v187, c7_3);
        c7_4 = fma(v165, v192, c7_4);
      }
      {
        let k193: i32 = 2i;
        let v194: i32 = (i2 + r1);
        let v195: i32 = (v194 - 2i);
        let v196: bool = (v195 >= 0i);
        let v197: bool = (v195 < 12i);
        let v198: bool = (v196 & v197);
        let v199: i32 = (i3 + k193);
        let v200: i32 = (v199 - 2i);
        let v201: bool = (v200 >= 0i);
        let v202: bool = (v198 & v201);
        let v203: bool = (v200 < 12i);
        let v204: bool = (v202 & v203);
        let v205: i32 = (r0 * 720i);
        let v206: i32 = (v195 % 12i);
        let v207: i32 = (v206 * 60i);
        let v208: i32 = (v205 + v207);
        let v209: i32 = (v200 % 12i);
        let v210: i32 = (v209 * 5i);
        let v211: i32 = (v208 + v210);
        let v212: i32 = (v211 + v1);
        let v213: i32 = (v212 % 3600i);
        let v214: bool = (v0 == v213);
        let v215: f32 = select(0.0f, 1.0f, v214);
        let v216: f32 = select(0.0f, v215, v204);
        let v217: i32 = (v211 + v3);
        let v218: i32 = (v217 % 3600i);
        let v219: bool = (v2 == v218);
        let v220: f32 = select(0.0f, 1.0f, v219);
        let v221: f32 = select(0.0f, v220, v204);
        let v222: i32 = (v211 + v5);
        let v223: i32 = (v222 % 3600i);
        let v224: bool = (v4 == v223);
        let v225: f32 = select(0.0f, 1.0f, v224);
        let v226: f32 = select(0.0f, v225, v204);
        let v227: i32 = (v211 + v7);
        let v228: i32 = (v227 % 3600i);
        let v229: bool = (v6 == v228);
        let v230: f32 = select(0.0f, 1.0f, v229);
        let v231: f32 = select(0.0f, v230, v204);
        let v232: i32 = (v211 + v9);
        let v233: i32 = (v232 % 3600i);
        let v234: bool = (v8 == v233);
        let v235: f32 = select(0.0f, 1.0f, v234);
        let v236: f32 = select(0.0f, v235, v204);
        let v237: i32 = (v211 + v11);
        let v238: i32 = (v237 % 3600i);
        let v239: bool = (v10 == v238);
        let v240: f32 = select(0.0f, 1.0f, v239);
        let v241: f32 = select(0.0f, v240, v204);
        let v242: i32 = (v211 + v13);
        let v243: i32 = (v242 % 3600i);
        let v244: bool = (v12 == v243);
        let v245: f32 = select(0.0f, 1.0f, v244);
        let v246: f32 = select(0.0f, v245, v204);
        let v247: i32 = (v211 + v15);
        let v248: i32 = (v247 % 3600i);
        let v249: bool = (v14 == v248);
        let v250: f32 = select(0.0f, 1.0f, v249);
        let v251: f32 = select(0.0f, v250, v204);
        let v252: i32 = (r0 * 45i);
        let v253: i32 = (r1 * 3i);
        let v254: i32 = (v252 + v16);
        let v255: i32 = (v254 - v253);
        let v256: i32 = (v255 - k193);
        let v257: i32 = (v256 + 8i);
        let v258: f32 = in0[v257];
        let v259: i32 = (v252 + v17);
        let v260: i32 = (v259 - v253);
        let v261: i32 = (v260 - k193);
        let v262: i32 = (v261 + 8i);
        let v263: f32 = in0[v262];
        let v264: i32 = (v252 + v18);
        let v265: i32 = (v264 - v253);
        let v266: i32 = (v265 - k193);
        let v267: i32 = (v266 + 8i);
        let v268: f32 = in0[v267];
        let v269: i32 = (v252 + v19);
        let v270: i32 = (v269 - v253);
        let v271: i32 = (v270 - k193);
        let v272: i32 = (v271 + 8i);
        let v273: f32 = in0[v272];
        let v274: i32 = (v252 + v20);
        let v275: i32 = (v274 - v253);
        let v276: i32 = (v275 - k193);
        let v277: i32 = (v276 + 8i);
        let v278: f32 = in0[v277];
        c0_0 = fma(v216, v258, c0_0);
        c0_1 = fma(v216, v263, c0_1);
        c0_2 = fma(v216, v268, c0_2);
        c0_3 = fma(v216, v273, c0_3);
        c0_4 = fma(v216, v278, c0_4);
        c1_0 = fma(v221, v258, c1_0);
        c1_1 = fma(v221, v263, c1_1);
        c1_2 = fma(v221, v268, c1_2);
        c1_3 = fma(v221, v273, c1_3);
        c1_4 = fma(v221, v278, c1_4);
        c2_0 = fma(v226, v258, c2_0);
        c2_1 = fma(v226, v263, c2_1);
        c2_2 = fma(v226, v268, c2_2);
        c2_3 = fma(v226, v273, c2_3);
        c2_4 = fma(v226, v278, c2_4);
        c3_0 = fma(v231, v258, c3_0);
        c3_1 = fma(v231, v263, c3_1);
        c3_2 = fma(v231, v268, c3_2);
        c3_3 = fma(v231, v273, c3_3);
        c3_4 = fma(v231, v278, c3_4);
        c4_0 = fma(v236, v258, c4_0);
        c4_1 = fma(v236, v263, c4_1);
        c4_2 = fma(v236, v268, c4_2);
        c4_3 = fma(v236, v273, c4_3);
        c4_4 = fma(v236, v278, c4_4);
        c5_0 = fma(v241, v258, c5_0);
        c5_1 = fma(v241, v263, c5_1);
        c5_2 = fma(v241, v268, c5_2);
        c5_3 = fma(v241, v273, c5_3);
        c5_4 = fma(v241, v278, c5_4);
        c6_0 = fma(v246, v258, c6_0);
        c6_1 = fma(v246, v263, c6_1);
        c6_2 = fma(v246, v268, c6_2);
        c6_3 = fma(v246, v273, c6_3);
        c6_4 = fma(v246, v278, c6_4);
        c7_0 = fma(v251, v258, c7_0);
        c7_1 = fma(v251, v263, c7_1);
        c7_2 = fma(v251, v268, c7_2);
        c7_3 = fma(v251, v273, c7_3);
        c7_4 = fma(v251, v278, c7_4);
      }
    }
  }
  {
    let v279: i32 = (i0 * 980i);
    let v280: i32 = (i1 * 196i);
    let v281: i32 = (v279 + v280);
    let v282: i32 = (i2 * 14i);
    let v283: i32 = (v281 + v282);
    let v284: i32 = (v283 + i3);
    out0[v284] = c0_0;
  }
  {
    let v285: i32 = (i0 * 980i);
    let v286: i32 = (i1_1 * 196i);
    let v287: i32 = (v285 + v286);
    let v288: i32 = (i2 * 14i);
    let v289: i32 = (v287 + v288);
    let v290: i32 = (v289 + i3);
    out0[v290] = c0_1;
  }
  {
    let v291: i32 = (i0 * 980i);
    let v292: i32 = (i1_2 * 196i);
    let v293: i32 = (v291 + v292);
    let v294: i32 = (i2 * 14i);
    let v295: i32 = (v293 + v294);
    let v296: i32 = (v295 + i3);
    out0[v296] = c0_2;
  }
  {
    let v297: i32 = (i0 * 980i);
    let v298: i32 = (i1_3 * 196i);
    let v299: i32 = (v297 + v298);
    let v300: i32 = (i2 * 14i);
    let v301: i32 = (v299 + v300);
    let v302: i32 = (v301 + i3);
    out0[v302] = c0_3;
  }
  {
    let v303: i32 = (i0 * 980i);
    let v304: i32 = (i1_4 * 196i);
    let v305: i32 = (v303 + v304);
    let v306: i32 = (i2 * 14i);
    let v307: i32 = (v305 + v306);
    let v308: i32 = (v307 + i3);
    out0[v308] = c0_4;
  }
  {
    let v309: i32 = (i0_1 * 980i);
    let v310: i32 = (i1 * 196i);
    let v311: i32 = (v309 + v310);
    let v312: i32 = (i2 * 14i);
    let v313: i32 = (v311 + v312);
    let v314: i32 = (v313 + i3);
    out0[v314] = c1_0;
  }
  {
    let v315: i32 = (i0_1 * 980i);
    let v316: i32 = (i1_1 * 196i);
    let v317: i32 = (v315 + v316);
    let v318: i32 = (i2 * 14i);
    let v319: i32 = (v317 + v318);
    let v320: i32 = (v319 + i3);
    out0[v320] = c1_1;
  }
  {
    let v321: i32 = (i0_1 * 980i);
    let v322: i32 = (i1_2 * 196i);
    let v323: i32 = (v321 + v322);
    let v324: i32 = (i2 * 14i);
    let v325: i32 = (v323 + v324);
    let v326: i32 = (v325 + i3);
    out0[v326] = c1_2;
  }
  {
    let v327: i32 = (i0_1 * 980i);
    let v328: i32 = (i1_3 * 196i);
    let v329: i32 = (v327 + v328);
    let v330: i32 = (i2 * 14i);
    let v331: i32 = (v329 + v330);
    let v332: i32 = (v331 + i3);
    out0[v332] = c1_3;
  }
  {
    let v333: i32 = (i0_1 * 980i);
    let v334: i32 = (i1_4 * 196i);
    let v335: i32 = (v333 + v334);
    let v336: i32 = (i2 * 14i);
    let v337: i32 = (v335 + v336);
    let v338: i32 = (v337 + i3);
    out0[v338] = c1_4;
  }
  {
    let v339: i32 = (i0_2 * 980i);
    let v340: i32 = (i1 * 196i);
    let v341: i32 = (v339 + v340);
    let v342: i32 = (i2 * 14i);
    let v343: i32 = (v341 + v342);
    let v344: i32 = (v343 + i3);
    out0[v344] = c2_0;
  }
  {
    let v345: i32 = (i0_2 * 980i);
    let v346: i32 = (i1_1 * 196i);
    let v347: i32 = (v345 + v346);
    let v348: i32 = (i2 * 14i);
    let v349: i32 = (v347 + v348);
    let v350: i32 = (v349 + i3);
    out0[v350] = c2_1;
  }
  {
    let v351: i32 = (i0_2 * 980i);
    let v352: i32 = (i1_2 * 196i);
    let v353: i32 = (v351 + v352);
    let v354: i32 = (i2 * 14i);
    let v355: i32 = (v353 + v354);
    let v356: i32 = (v355 + i3);
    out0[v356] = c2_2;
  }
  {
    let v357: i32 = (i0_2 * 980i);
    let v358: i32 = (i1_3 * 196i);
    let v359: i32 = (v357 + v358);
    let v360: i32 = (i2 * 14i);
    let v361: i32 = (v359 + v360);
    let v362: i32 = (v361 + i3);
    out0[v362] = c2_3;
  }
  {
    let v363: i32 = (i0_2 * 980i);
    let v364: i32 = (i1_4 * 196i);
    let v365: i32 = (v363 + v364);
    let v366: i32 = (i2 * 14i);
    let v367: i32 = (v365 + v366);
    let v368: i32 = (v367 + i3);
    out0[v368] = c2_4;
  }
  {
    let v369: i32 = (i0_3 * 980i);
    let v370: i32 = (i1 * 196i);
    let v371: i32 = (v369 + v370);
    let v372: i32 = (i2 * 14i);
    let v373: i32 = (v371 + v372);
    let v374: i32 = (v373 + i3);
    out0[v374] = c3_0;
  }
  {
    let v375: i32 = (i0_3 * 980i);
    let v376: i32 = (i1_1 * 196i);
    let v377: i32 = (v375 + v376);
    let v378: i32 = (i2 * 14i);
    let v379: i32 = (v377 + v378);
    let v380: i32 = (v379 + i3);
    out0[v380] = c3_1;
  }
  {
    let v381: i32 = (i0_3 * 980i);
    let v382: i32 = (i1_2 * 196i);
    let v383: i32 = (v381 + v382);
    let v384: i32 = (i2 * 14i);
    let v385: i32 = (v383 + v384);
    let v386: i32 = (v385 + i3);
    out0[v386] = c3_2;
  }
  {
    let v387: i32 = (i0_3 * 980i);
    let v388: i32 = (i1_3 * 196i);
    let v389: i32 = (v387 + v388);
    let v390: i32 = (i2 * 14i);
    let v391: i32 = (v389 + v390);
    let v392: i32 = (v391 + i3);
    out0[v392] = c3_3;
  }
  {
    let v393: i32 = (i0_3 * 980i);
    let v394: i32 = (i1_4 * 196i);
    let v395: i32 = (v393 + v394);
    let v396: i32 = (i2 * 14i);
    let v397: i32 = (v395 + v396);
    let v398: i32 = (v397 + i3);
    out0[v398] = c3_4;
  }
  {
    let v399: i32 = (i0_4 * 980i);
    let v400: i32 = (i1 * 196i);
    let v401: i32 = (v399 + v400);
    let v402: i32 = (i2 * 14i);
    let v403: i32 = (v401 + v402);
    let v404: i32 = (v403 + i3);
    out0[v404] = c4_0;
  }
  {
    let v405: i32 = (i0_4 * 980i);
    let v406: i32 = (i1_1 * 196i);
    let v407: i32 = (v405 + v406);
    let v408: i32 = (i2 * 14i);
    let v409: i32 = (v407 + v408);
    let v410: i32 = (v409 + i3);
    out0[v410] = c4_1;
  }
  {
    let v411: i32 = (i0_4 * 980i);
    let v412: i32 = (i1_2 * 196i);
    let v413: i32 = (v411 + v412);
    let v414: i32 = (i2 * 14i);
    let v415: i32 = (v413 + v414);
    let v416: i32 = (v415 + i3);
    out0[v416] = c4_2;
  }
  {
    let v417: i32 = (i0_4 * 980i);
    let v418: i32 = (i1_3 * 196i);
    let v419: i32 = (v417 + v418);
    let v420: i32 = (i2 * 14i);
    let v421: i32 = (v419 + v420);
    let v422: i32 = (v421 + i3);
    out0[v422] = c4_3;
  }
  {
    let v423: i32 = (i0_4 * 980i);
    let v424: i32 = (i1_4 * 196i);
    let v425: i32 = (v423 + v424);
    let v426: i32 = (i2 * 14i);
    let v427: i32 = (v425 + v426);
    let v428: i32 = (v427 + i3);
    out0[v428] = c4_4;
  }
  {
    let v429: i32 = (i0_5 * 980i);
    let v430: i32 = (i1 * 196i);
    let v431: i32 = (v429 + v430);
    let v432: i32 = (i2 * 14i);
    let v433: i32 = (v431 + v432);
    let v434: i32 = (v433 + i3);
    out0[v434] = c5_0;
  }
  {
    let v435: i32 = (i0_5 * 980i);
    let v436: i32 = (i1_1 * 196i);
    let v437: i32 = (v435 + v436);
    let v438: i32 = (i2 * 14i);
    let v439: i32 = (v437 + v438);
    let v440: i32 = (v439 + i3);
    out0[v440] = c5_1;
  }
  {
    let v441: i32 = (i0_5 * 980i);
    let v442: i32 = (i1_2 * 196i);
    let v443: i32 = (v441 + v442);
    let v444: i32 = (i2 * 14i);
    let v445: i32 = (v443 + v444);
    let v446: i32 = (v445 + i3);
    out0[v446] = c5_2;
  }
  {
    let v447: i32 = (i0_5 * 980i);
    let v448: i32 = (i1_3 * 196i);
    let v449: i32 = (v447 + v448);
    let v450: i32 = (i2 * 14i);
    let v451: i32 = (v449 + v450);
    let v452: i32 = (v451 + i3);
    out0[v452] = c5_3;
  }
  {
    let v453: i32 = (i0_5 * 980i);
    let v454: i32 = (i1_4 * 196i);
    let v455: i32 = (v453 + v454);
    let v456: i32 = (i2 * 14i);
    let v457: i32 = (v455 + v456);
    let v458: i32 = (v457 + i3);
    out0[v458] = c5_4;
  }
  {
    let v459: i32 = (i0_6 * 980i);
    let v460: i32 = (i1 * 196i);
    let v461: i32 = (v459 + v460);
    let v462: i32 = (i2 * 14i);
    let v463: i32 = (v461 + v462);
    let v464: i32 = (v463 + i3);
    out0[v464] = c6_0;
  }
  {
    let v465: i32 = (i0_6 * 980i);
    let v466: i32 = (i1_1 * 196i);
    let v467: i32 = (v465 + v466);
    let v468: i32 = (i2 * 14i);
    let v469: i32 = (v467 + v468);
    let v470: i32 = (v469 + i3);
    out0[v470] = c6_1;
  }
  {
    let v471: i32 = (i0_6 * 980i);
    let v472: i32 = (i1_2 * 196i);
    let v473: i32 = (v471 + v472);
    let v474: i32 = (i2 * 14i);
    let v475: i32 = (v473 + v474);
    let v476: i32 = (v475 + i3);
    out0[v476] = c6_2;
  }
  {
    let v477: i32 = (i0_6 * 980i);
    let v478: i32 = (i1_3 * 196i);
    let v479: i32 = (v477 + v478);
    let v480: i32 = (i2 * 14i);
    let v481: i32 = (v479 + v480);
    let v482: i32 = (v481 + i3);
    out0[v482] = c6_3;
  }
  {
    let v483: i32 = (i0_6 * 980i);
    let v484: i32 = (i1_4 * 196i);
    let v485: i32 = (v483 + v484);
    let v486: i32 = (i2 * 14i);
    let v487: i32 = (v485 + v486);
    let v488: i32 = (v487 + i3);
    out0[v488] = c6_4;
  }
  {
    let v489: i32 = (i0_7 * 980i);
    let v490: i32 = (i1 * 196i);
    let v491: i32 = (v489 + v490);
    let v492: i32 = (i2 * 14i);
    let v493: i32 = (v491 + v492);
    let v494: i32 = (v493 + i3);
    out0[v494] = c7_0;
  }
  {
    let v495: i32 = (i0_7 * 980i);
    let v496: i32 = (i1_1 * 196i);
    let v497: i32 = (v495 + v496);
    let v498: i32 = (i2 * 14i);
    let v499: i32 = (v497 + v498);
    let v500: i32 = (v499 + i3);
    out0[v500] = c7_1;
  }
  {
    let v501: i32 = (i0_7 * 980i);
    let v502: i32 = (i1_2 * 196i);
    let v503: i32 = (v501 + v502);
    let v504: i32 = (i2 * 14i);
    let v505: i32 = (v503 + v504);
    let v506: i32 = (v505 + i3);
    out0[v506] = c7_2;
  }
  {
    let v507: i32 = (i0_7 * 980i);
    let v508: i32 = (i1_3 * 196i);
    let v509: i32 = (v507 + v508);
    let v510: i32 = (i2 * 14i);
    let v511: i32 = (v509 + v510);
    let v512: i32 = (v511 + i3);
    out0[v512] = c7_3;
  }
  {
    let v513: i32 = (i0_7 * 980i);
    let v514: i32 = (i1_4 * 196i);
    let v515: i32 = (v513 + v514);
    let v516: i32 = (i2 * 14i);
    let v517: i32 = (v515 + v516);
    let v518: i32 = (v517 + i3);
    out0[v518] = c7_4;
  }
}

// kernax kernel k2: serial, pinned profile
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
  let v1: i32 = (i1 * 196i);
  var a0: f32 = 0.0f;
  for (var r0: i32 = 0i; r0 < 5i; r0 = r0 + 1i) {
    for (var r1: i32 = 0i; r1 < 196i; r1 = r1 + 1i) {
      let v2: i32 = (r0 * 980i);
      let v3: i32 = (v0 + v2);
      let v4: i32 = (v3 + v1);
      let v5: i32 = (v4 + r1);
      let v6: f32 = in0[v5];
      a0 = (a0 + v6);
    }
  }
  let v7: i32 = (i0 * 5i);
  let v8: i32 = (v7 + i1);
  out0[v8] = a0;
}

// kernax kernel k3: contract, pinned profile
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
  let i1: i32 = lf % 5i;
  let t4: i32 = 0i;
  let i2: i32 = (og / 3i);
  let i3: i32 = og % 3i;
  let i4: i32 = t4 * 3i;
  let i4_1: i32 = i4 + 1i;
  let i4_2: i32 = i4 + 2i;
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
  let v0: i32 = (i2 * 1280i);
  let v1: i32 = (i3 * 80i);
  let v2: i32 = (v0 + v1);
  let v3: i32 = (i4 * 5i);
  let v4: i32 = (i4_1 * 5i);
  let v5: i32 = (i4_2 * 5i);
  let v6: i32 = (i1 * 196i);
  let v7: i32 = (i0 * 4900i);
  let v8: i32 = (i0_1 * 4900i);
  let v9: i32 = (i0_2 * 4900i);
  let v10: i32 = (i0_3 * 4900i);
  let v11: i32 = (i0_4 * 4900i);
  let v12: i32 = (i0_5 * 4900i);
  let v13: i32 = (i0_6 * 4900i);
  let v14: i32 = (i0_7 * 4900i);
  for (var r0: i32 = 0i; r0 < 5i; r0 = r0 + 1i) {
    for (var r1: i32 = 0i; r1 < 14i; r1 = r1 + 1i) {
      for (var r2: i32 = 0i; r2 < 12i; r2 = r2 + 4i) {
        {
          let k15: i32 = r2;
          let v16: i32 = (r1 * 80i);
          let v17: i32 = (v2 + v16);
          let v18: i32 = (k15 * 5i);
          let v19: i32 = (v17 + v3);
          let v20: i32 = (v19 + v18);
          let v21: i32 = (v20 + r0);
          let v22: f32 = in0[v21];
          let v23: i32 = (v17 + v4);
          let v24: i32 = (v23 + v18);
          let v25: i32 = (v24 + r0);
          let v26: f32 = in0[v25];
          let v27: i32 = (v17 + v5);
          let v28: i32 = (v27 + v18);
          let v29: i32 = (v28 + r0);
          let v30: f32 = in0[v29];
          let v31: i32 = (r0 * 980i);
          let v32: i32 = (r1 * 14i);
          let v33: i32 = (v7 + v31);
          let v34: i32 = (v33 + v6);
          let v35: i32 = (v34 + v32);
          let v36: i32 = (v35 + k15);
          let v37: f32 = in1[v36];
          let v38: i32 = (v8 + v31);
          let v39: i32 = (v38 + v6);
          let v40: i32 = (v39 + v32);
          let v41: i32 = (v40 + k15);
          let v42: f32 = in1[v41];
          let v43: i32 = (v9 + v31);
          let v44: i32 = (v43 + v6);
          let v45: i32 = (v44 + v32);
          let v46: i32 = (v45 + k15);
          let v47: f32 = in1[v46];
          let v48: i32 = (v10 + v31);
          let v49: i32 = (v48 + v6);
          let v50: i32 = (v49 + v32);
          let v51: i32 = (v50 + k15);
          let v52: f32 = in1[v51];
          let v53: i32 = (v11 + v31);
          let v54: i32 = (v53 + v6);
          let v55: i32 = (v54 + v32);
          let v56: i32 = (v55 + k15);
          let v57: f32 = in1[v56];
          let v58: i32 = (v12 + v31);
          let v59: i32 = (v58 + v6);
          let v60: i32 = (v59 + v32);
          let v61: i32 = (v60 + k15);
          let v62: f32 = in1[v61];
          let v63: i32 = (v13 + v31);
          let v64: i32 = (v63 + v6);
          let v65: i32 = (v64 + v32);
          let v66: i32 = (v65 + k15);
          let v67: f32 = in1[v66];
          let v68: i32 = (v14 + v31);
          let v69: i32 = (v68 + v6);
          let v70: i32 = (v69 + v32);
          let v71: i32 = (v70 + k15);
          let v72: f32 = in1[v71];
          c0_0 = fma(v22, v37, c0_0);
          c0_1 = fma(v22, v42, c0_1);
          c0_2 = fma(v22, v47, c0_2);
          c0_3 = fma(v22, v52, c0_3);
          c0_4 = fma(v22, v57, c0_4);
          c0_5 = fma(v22, v62, c0_5);
          c0_6 = fma(v22, v67, c0_6);
          c0_7 = fma(v22, v72, c0_7);
          c1_0 = fma(v26, v37, c1_0);
          c1_1 = fma(v26, v42, c1_1);
          c1_2 = fma(v26, v47, c1_2);
          c1_3 = fma(v26, v52, c1_3);
          c1_4 = fma(v26, v57, c1_4);
          c1_5 = fma(v26, v62, c1_5);
          c1_6 = fma(v26, v67, c1_6);
          c1_7 = fma(v26, v72, c1_7);
          c2_0 = fma(v30, v37, c2_0);
          c2_1 = fma(v30, v42, c2_1);
          c2_2 = fma(v30, v47, c2_2);
          c2_3 = fma(v30, v52, c2_3);
          c2_4 = fma(v30, v57, c2_4);
          c2_5 = fma(v30, v62, c2_5);
          c2_6 = fma(v30, v67, c2_6);
          c2_7 = fma(v30, v72, c2_7);
        }
        {
          let k73: i32 = r2 + 1i;
          let v74: i32 = (r1 * 80i);
          let v75: i32 = (v2 + v74);
          let v76: i32 = (k73 * 5i);
          let v77: i32 = (v75 + v3);
          let v78: i32 = (v77 + v76);
          let v79: i32 = (v78 + r0);
          let v80: f32 = in0[v79];
          let v81: i32 = (v75 + v4);
          let v82: i32 = (v81 + v76);
          let v83: i32 = (v82 + r0);
          let v84: f32 = in0[v83];
          let v85: i32 = (v75 + v5);
          let v86: i32 = (v85 + v76);
          let v87: i32 = (v86 + r0);
          let v88: f32 = in0[v87];
          let v89: i32 = (r0 * 980i);
          let v90: i32 = (r1 * 14i);
          let v91: i32 = (v7 + v89);
          let v92: i32 = (v91 + v6);
          let v93: i32 = (v92 + v90);
          let v94: i32 = (v93 + k73);
          let v95: f32 = in1[v94];
          let v96: i32 = (v8 + v89);
          let v97: i32 = (v96 + v6);
          let v98: i32 = (v97 + v90);
          let v99: i32 = (v98 + k73);
          let v100: f32 = in1[v99];
          let v101: i32 = (v9 + v89);
          let v102: i32 = (v101 + v6);
          let v103: i32 = (v102 + v90);
          let v104: i32 = (v103 + k73);
          let v105: f32 = in1[v104];
          let v106: i32 = (v10 + v89);
          let v107: i32 = (v106 + v6);
          let v108: i32 = (v107 + v90);
          let v109: i32 = (v108 + k73);
          let v110: f32 = in1[v109];
          let v111: i32 = (v11 + v89);
          let v112: i32 = (v111 + v6);
          let v113: i32 = (v112 + v90);
          let v114: i32 = (v113 + k73);
          let v115: f32 = in1[v114];
          let v116: i32 = (v12 + v89);
          let v117: i32 = (v116 + v6);
          let v118: i32 = (v117 + v90);
          let v119: i32 = (v118 + k73);
          let v120: f32 = in1[v119];
          let v121: i32 = (v13 + v89);
          let v122: i32 = (v121 + v6);
          let v123: i32 = (v122 + v90);
          let v124: i32 = (v123 + k73);
          let v125: f32 = in1[v124];
          let v126: i32 = (v14 + v89);
          let v127: i32 = (v126 + v6);
          let v128: i32 = (v127 + v90);
          let v129: i32 = (v128 + k73);
          let v130: f32 = in1[v129];
          c0_0 = fma(v80, v95, c0_0);
          c0_1 = fma(v80, v100, c0_1);
          c0_2 = fma(v80, v105, c0_2);
          c0_3 = fma(v80, v110, c0_3);
          c0_4 = fma(v80, v115, c0_4);
          c0_5 = fma(v80, v120, c0_5);
          c0_6 = fma(v80, v125, c0_6);
          c0_7 = fma(v80, v130, c0_7);
          c1_0 = fma(v84, v95, c1_0);
          c1_1 = fma(v84, v100, c1_1);
          c1_2 = fma(v84, v105, c1_2);
          c1_3 = fma(v84, v110, c1_3);
          c1_4 = fma(v84, v115, c1_4);
          c1_5 = fma(v84, v120, c1_5);
          c1_6 = fma(v84, v125, c1_6);
          c1_7 = fma(v84, v130, c1_7);
          c2_0 = fma(v88, v95, c2_0);
          c2_1 = fma(v88, v100, c2_1);
          c2_2 = fma(v88, v105, c2_2);
          c2_3 = fma(v88, v110, c2_3);
          c2_4 = fma(v88, v115, c2_4);
          c2_5 = fma(v88, v120, c2_5);
          c2_6 = fma(v88, v125, c2_6);
          c2_7 = fma(v88, v130, c2_7);
        }
        {
          let k131: i32 = r2 + 2i;
          let v132: i32 = (r1 * 80i);
          let v133: i32 = (v2 + v132);
          let v134: i32 = (k131 * 5i);
          let v135: i32 = (v133 + v3);
          let v136: i32 = (v135 + v134);
          let v137: i32 = (v136 + r0);
          let v138: f32 = in0[v137];
          let v139: i32 = (v133 + v4);
          let v140: i32 = (v139 + v134);
          let v141: i32 = (v140 + r0);
          let v142: f32 = in0[v141];
          let v143: i32 = (v133 + v5);
          let v144: i32 = (v143 + v134);
          let v145: i32 = (v144 + r0);
          let v146: f32 = in0[v145];
          let v147: i32 = (r0 * 980i);
          let v148: i32 = (r1 * 14i);
          let v149: i32 = (v7 + v147);
          let v150: i32 = (v149 + v6);
          let v151: i32 = (v150 + v148);
          let v152: i32 = (v151 + k131);
          let v153: f32 = in1[v152];
          let v154: i32 = (v8 + v147);
          let v155: i32 = (v154 + v6);
          let v156: i32 = (v155 + v148);
          let v157: i32 = (v156 + k131);
          let v158: f32 = in1[v157];
          let v159: i32 = (v9 + v147);
          let v160: i32 = (v159 + v6);
          let v161: i32 = (v160 + v148);
          let v162: i32 = (v161 + k131);
          let v163: f32 = in1[v162];
          let v164: i32 = (v10 + v147);
          let v165: i32 = (v164 + v6);
          let v166: i32 = (v165 + v148);
          let v167: i32 = (v166 + k131);
          let v168: f32 = in1[v167];
          let v169: i32 = (v11 + v147);
          let v170: i32 = (v169 + v6);
          let v171: i32 = (v170 + v148);
          let v172: i32 = (v171 + k131);
          let v173: f32 = in1[v172];
          let v174: i32 = (v12 + v147);
          let v175: i32 = (v174 + v6);
          let v176: i32 = (v175 + v148);
          let v177: i32 = (v176 + k131);
          let v178: f32 = in1[v177];
          let v179: i32 = (v13 + v147);
          let v180: i32 = (v179 + v6);
          let v181: i32 = (v180 + v148);
          let v182: i32 = (v181 + k131);
          let v183: f32 = in1[v182];
          let v184: i32 = (v14 + v147);
          let v185: i32 = (v184 + v6);
          let v186: i32 = (v185 + v148);
          let v187: i32 = (v186 + k131);
          let v188: f32 = in1[v187];
          c0_0 = fma(v138, v153, c0_0);
          c0_1 = fma(v138, v158, c0_1);
          c0_2 = fma(v138, v163, c0_2);
          c0_3 = fma(v138, v168, c0_3);
          c0_4 = fma(v138, v173, c0_4);
          c0_5 = fma(v138, v178, c0_5);
          c0_6 = fma(v138, v183, c0_6);
          c0_7 = fma(v138, v188, c0_7);
          c1_0 = fma(v142, v153, c1_0);
          c1_1 = fma(v142, v158, c1_1);
          c1_2 = fma(v142, v163, c1_2);
          c1_3 = fma(v142, v168, c1_3);
          c1_4 = fma(v142, v173, c1_4);
          c1_5 = fma(v142, v178, c1_5);
          c1_6 = fma(v142, v183, c1_6);
          c1_7 = fma(v142, v188, c1_7);
          c2_0 = fma(v146, v153, c2_0);
          c2_1 = fma(v146, v158, c2_1);
          c2_2 = fma(v146, v163, c2_2);
          c2_3 = fma(v146, v168, c2_3);
          c2_4 = fma(v146, v173, c2_4);
          c2_5 = fma(v146, v178, c2_5);
          c2_6 = fma(v146, v183, c2_6);
          c2_7 = fma(v146, v188, c2_7);
        }
        {
          let k189: i32 = r2 + 3i;
          let v190: i32 = (r1 * 80i);
          let v191: i32 = (v2 + v190);
          let v192: i32 = (k189 * 5i);
          let v193: i32 = (v191 + v3);
          let v194: i32 = (v193 + v192);
          let v195: i32 = (v194 + r0);
          let v196: f32 = in0[v195];
          let v197: i32 = (v191 + v4);
          let v198: i32 = (v197 + v192);
          let v199: i32 = (v198 + r0);
          let v200: f32 = in0[v199];
          let v201: i32 = (v191 + v5);
          let v202: i32 = (v201 + v192);
          let v203: i32 = (v202 + r0);
          let v204: f32 = in0[v203];
          let v205: i32 = (r0 * 980i);
          let v206: i32 = (r1 * 14i);
          let v207: i32 = (v7 + v205);
          let v208: i32 = (v207 + v6);
          let v209: i32 = (v208 + v206);
          let v210: i32 = (v209 + k189);
          let v211: f32 = in1[v210];
          let v212: i32 = (v8 + v205);
          let v213: i32 = (v212 + v6);
          let v214: i32 = (v213 + v206);
          let v215: i32 = (v214 + k189);
          let v216: f32 = in1[v215];
          let v217: i32 = (v9 + v205);
          let v218: i32 = (v217 + v6);
          let v219: i32 = (v218 + v206);
          let v220: i32 = (v219 + k189);
          let v221: f32 = in1[v220];
          let v222: i32 = (v10 + v205);
          let v223: i32 = (v222 + v6);
          let v224: i32 = (v223 + v206);
          let v225: i32 = (v224 + k189);
          let v226: f32 = in1[v225];
          let v227: i32 = (v11 + v205);
          let v228: i32 = (v227 + v6);
          let v229: i32 = (v228 + v206);
          let v230: i32 = (v229 + k189);
          let v231: f32 = in1[v230];
          let v232: i32 = (v12 + v205);
          let v233: i32 = (v232 + v6);
          let v234: i32 = (v233 + v206);
          let v235: i32 = (v234 + k189);
          let v236: f32 = in1[v235];
          let v237: i32 = (v13 + v205);
          let v238: i32 = (v237 + v6);
          let v239: i32 = (v238 + v206);
          let v240: i32 = (v239 + k189);
          let v241: f32 = in1[v240];
          let v242: i32 = (v14 + v205);
          let v243: i32 = (v242 + v6);
          let v244: i32 = (v243 + v206);
          let v245: i32 = (v244 + k189);
          let v246: f32 = in1[v245];
          c0_0 = fma(v196, v211, c0_0);
          c0_1 = fma(v196, v216, c0_1);
          c0_2 = fma(v196, v221, c0_2);
          c0_3 = fma(v196, v226, c0_3);
          c0_4 = fma(v196, v231, c0_4);
          c0_5 = fma(v196, v236, c0_5);
          c0_6 = fma(v196, v241, c0_6);
          c0_7 = fma(v196, v246, c0_7);
          c1_0 = fma(v200, v211, c1_0);
          c1_1 = fma(v200, v216, c1_1);
          c1_2 = fma(v200, v221, c1_2);
          c1_3 = fma(v200, v226, c1_3);
          c1_4 = fma(v200, v231, c1_4);
          c1_5 = fma(v200, v236, c1_5);
          c1_6 = fma(v200, v241, c1_6);
          c1_7 = fma(v200, v246, c1_7);
          c2_0 = fma(v204, v211, c2_0);
          c2_1 = fma(v204, v216, c2_1);
          c2_2 = fma(v204, v221, c2_2);
          c2_3 = fma(v204, v226, c2_3);
          c2_4 = fma(v204, v231, c2_4);
          c2_5 = fma(v204, v236, c2_5);
          c2_6 = fma(v204, v241, c2_6);
          c2_7 = fma(v204, v246, c2_7);
        }
      }
      {
        let k247: i32 = 12i;
        let v248: i32 = (r1 * 80i);
        let v249: i32 = (v2 + v248);
        let v250: i32 = (k247 * 5i);
        let v251: i32 = (v249 + v3);
        let v252: i32 = (v251 + v250);
        let v253: i32 = (v252 + r0);
        let v254: f32 = in0[v253];
        let v255: i32 = (v249 + v4);
        let v256: i32 = (v255 + v250);
        let v257: i32 = (v256 + r0);
        let v258: f32 = in0[v257];
        let v259: i32 = (v249 + v5);
        let v260: i32 = (v259 + v250);
        let v261: i32 = (v260 + r0);
        let v262: f32 = in0[v261];
        let v263: i32 = (r0 * 980i);
        let v264: i32 = (r1 * 14i);
        let v265: i32 = (v7 + v263);
        let v266: i32 = (v265 + v6);
        let v267: i32 = (v266 + v264);
        let v268: i32 = (v267 + k247);
        let v269: f32 = in1[v268];
        let v270: i32 = (v8 + v263);
        let v271: i32 = (v270 + v6);
        let v272: i32 = (v271 + v264);
        let v273: i32 = (v272 + k247);
        let v274: f32 = in1[v273];
        let v275: i32 = (v9 + v263);
        let v276: i32 = (v275 + v6);
        let v277: i32 = (v276 + v264);
        let v278: i32 = (v277 + k247);
        let v279: f32 = in1[v278];
        let v280: i32 = (v10 + v263);
        let v281: i32 = (v280 + v6);
        let v282: i32 = (v281 + v264);
        let v283: i32 = (v282 + k247);
        let v284: f32 = in1[v283];
        let v285: i32 = (v11 + v263);
        let v286: i32 = (v285 + v6);
        let v287: i32 = (v286 + v264);
        let v288: i32 = (v287 + k247);
        let v289: f32 = in1[v288];
        let v290: i32 = (v12 + v263);
        let v291: i32 = (v290 + v6);
        let v292: i32 = (v291 + v264);
        let v293: i32 = (v292 + k247);
        let v294: f32 = in1[v293];
        let v295: i32 = (v13 + v263);
        let v296: i32 = (v295 + v6);
        let v297: i32 = (v296 + v264);
        let v298: i32 = (v297 + k247);
        let v299: f32 = in1[v298];
        let v300: i32 = (v14 + v263);
        let v301: i32 = (v300 + v6);
        let v302: i32 = (v301 + v264);
        let v303: i32 = (v302 + k247);
        let v304: f32 = in1[v303];
        c0_0 = fma(v254, v269, c0_0);
        c0_1 = fma(v254, v274, c0_1);
        c0_2 = fma(v254, v279, c0_2);
        c0_3 = fma(v254, v284, c0_3);
        c0_4 = fma(v254, v289, c0_4);
        c0_5 = fma(v254, v294, c0_5);
        c0_6 = fma(v254, v299, c0_6);
        c0_7 = fma(v254, v304, c0_7);
        c1_0 = fma(v258, v269, c1_0);
        c1_1 = fma(v258, v274, c1_1);
        c1_2 = fma(v258, v279, c1_2);
        c1_3 = fma(v258, v284, c1_3);
        c1_4 = fma(v258, v289, c1_4);
        c1_5 = fma(v258, v294, c1_5);
        c1_6 = fma(v258, v299, c1_6);
        c1_7 = fma(v258, v304, c1_7);
        c2_0 = fma(v262, v269, c2_0);
        c2_1 = fma(v262, v274, c2_1);
        c2_2 = fma(v262, v279, c2_2);
        c2_3 = fma(v262, v284, c2_3);
        c2_4 = fma(v262, v289, c2_4);
        c2_5 = fma(v262, v294, c2_5);
        c2_6 = fma(v262, v299, c2_6);
        c2_7 = fma(v262, v304, c2_7);
      }
      {
        let k305: i32 = 13i;
        let v306: i32 = (r1 * 80i);
        let v307: i32 = (v2 + v306);
        let v308: i32 = (k305 * 5i);
        let v309: i32 = (v307 + v3);
        let v310: i32 = (v309 + v308);
        let v311: i32 = (v310 + r0);
        let v312: f32 = in0[v311];
        let v313: i32 = (v307 + v4);
        let v314: i32 = (v313 + v308);
        let v315: i32 = (v314 + r0);
        let v316: f32 = in0[v315];
        let v317: i32 = (v307 + v5);
        let v318: i32 = (v317 + v308);
        let v319: i32 = (v318 + r0);
        let v320: f32 = in0[v319];
        let v321: i32 = (r0 * 980i);
        let v322: i32 = (r1 * 14i);
        let v323: i32 = (v7 + v321);
        let v324: i32 = (v323 + v6);
        let v325: i32 = (v324 + v322);
        let v326: i32 = (v325 + k305);
        let v327: f32 = in1[v326];
        let v328: i32 = (v8 + v321);
        let v329: i32 = (v328 + v6);
        let v330: i32 = (v329 + v322);
        let v331: i32 = (v330 + k305);
        let v332: f32 = in1[v331];
        let v333: i32 = (v9 + v321);
        let v334: i32 = (v333 + v6);
        let v335: i32 = (v334 + v322);
        let v336: i32 = (v335 + k305);
        let v337: f32 = in1[v336];
        let v338: i32 = (v10 + v321);
        let v339: i32 = (v338 + v6);
        let v340: i32 = (v339 + v322);
        let v341: i32 = (v340 + k305);
        let v342: f32 = in1[v341];
        let v343: i32 = (v11 + v321);
        let v344: i32 = (v343 + v6);
        let v345: i32 = (v344 + v322);
        let v346: i32 = (v345 + k305);
        let v347: f32 = in1[v346];
        let v348: i32 = (v12 + v321);
        let v349: i32 = (v348 + v6);
        let v350: i32 = (v349 + v322);
        let v351: i32 = (v350 + k305);
        let v352: f32 = in1[v351];
        let v353: i32 = (v13 + v321);
        let v354: i32 = (v353 + v6);
        let v355: i32 = (v354 + v322);
        let v356: i32 = (v355 + k305);
        let v357: f32 = in1[v356];
        let v358: i32 = (v14 + v321);
        let v359: i32 = (v358 + v6);
        let v360: i32 = (v359 + v322);
        let v361: i32 = (v360 + k305);
        let v362: f32 = in1[v361];
        c0_0 = fma(v312, v327, c0_0);
        c0_1 = fma(v312, v332, c0_1);
        c0_2 = fma(v312, v337, c0_2);
        c0_3 = fma(v312, v342, c0_3);
        c0_4 = fma(v312, v347, c0_4);
        c0_5 = fma(v312, v352, c0_5);
        c0_6 = fma(v312, v357, c0_6);
        c0_7 = fma(v312, v362, c0_7);
        c1_0 = fma(v316, v327, c1_0);
        c1_1 = fma(v316, v332, c1_1);
        c1_2 = fma(v316, v337, c1_2);
        c1_3 = fma(v316, v342, c1_3);
        c1_4 = fma(v316, v347, c1_4);
        c1_5 = fma(v316, v352, c1_5);
        c1_6 = fma(v316, v357, c1_6);
        c1_7 = fma(v316, v362, c1_7);
        c2_0 = fma(v320, v327, c2_0);
        c2_1 = fma(v320, v332, c2_1);
        c2_2 = fma(v320, v337, c2_2);
        c2_3 = fma(v320, v342, c2_3);
        c2_4 = fma(v320, v347, c2_4);
        c2_5 = fma(v320, v352, c2_5);
        c2_6 = fma(v320, v357, c2_6);
        c2_7 = fma(v320, v362, c2_7);
      }
    }
  }
  {
    let v363: i32 = (i0 * 135i);
    let v364: i32 = (i1 * 27i);
    let v365: i32 = (v363 + v364);
    let v366: i32 = (i2 * 9i);
    let v367: i32 = (v365 + v366);
    let v368: i32 = (i3 * 3i);
    let v369: i32 = (v367 + v368);
    let v370: i32 = (v369 + i4);
    out0[v370] = c0_0;
  }
  {
    let v371: i32 = (i0_1 * 135i);
    let v372: i32 = (i1 * 27i);
    let v373: i32 = (v371 + v372);
    let v374: i32 = (i2 * 9i);
    let v375: i32 = (v373 + v374);
    let v376: i32 = (i3 * 3i);
    let v377: i32 = (v375 + v376);
    let v378: i32 = (v377 + i4);
    out0[v378] = c0_1;
  }
  {
    let v379: i32 = (i0_2 * 135i);
    let v380: i32 = (i1 * 27i);
    let v381: i32 = (v379 + v380);
    let v382: i32 = (i2 * 9i);
    let v383: i32 = (v381 + v382);
    let v384: i32 = (i3 * 3i);
    let v385: i32 = (v383 + v384);
    let v386: i32 = (v385 + i4);
    out0[v386] = c0_2;
  }
  {
    let v387: i32 = (i0_3 * 135i);
    let v388: i32 = (i1 * 27i);
    let v389: i32 = (v387 + v388);
    let v390: i32 = (i2 * 9i);
    let v391: i32 = (v389 + v390);
    let v392: i32 = (i3 * 3i);
    let v393: i32 = (v391 + v392);
    let v394: i32 = (v393 + i4);
    out0[v394] = c0_3;
  }
  {
    let v395: i32 = (i0_4 * 135i);
    let v396: i32 = (i1 * 27i);
    let v397: i32 = (v395 + v396);
    let v398: i32 = (i2 * 9i);
    let v399: i32 = (v397 + v398);
    let v400: i32 = (i3 * 3i);
    let v401: i32 = (v399 + v400);
    let v402: i32 = (v401 + i4);
    out0[v402] = c0_4;
  }
  {
    let v403: i32 = (i0_5 * 135i);
    let v404: i32 = (i1 * 27i);
    let v405: i32 = (v403 + v404);
    let v406: i32 = (i2 * 9i);
    let v407: i32 = (v405 + v406);
    let v408: i32 = (i3 * 3i);
    let v409: i32 = (v407 + v408);
    let v410: i32 = (v409 + i4);
    out0[v410] = c0_5;
  }
  {
    let v411: i32 = (i0_6 * 135i);
    let v412: i32 = (i1 * 27i);
    let v413: i32 = (v411 + v412);
    let v414: i32 = (i2 * 9i);
    let v415: i32 = (v413 + v414);
    let v416: i32 = (i3 * 3i);
    let v417: i32 = (v415 + v416);
    let v418: i32 = (v417 + i4);
    out0[v418] = c0_6;
  }
  {
    let v419: i32 = (i0_7 * 135i);
    let v420: i32 = (i1 * 27i);
    let v421: i32 = (v419 + v420);
    let v422: i32 = (i2 * 9i);
    let v423: i32 = (v421 + v422);
    let v424: i32 = (i3 * 3i);
    let v425: i32 = (v423 + v424);
    let v426: i32 = (v425 + i4);
    out0[v426] = c0_7;
  }
  {
    let v427: i32 = (i0 * 135i);
    let v428: i32 = (i1 * 27i);
    let v429: i32 = (v427 + v428);
    let v430: i32 = (i2 * 9i);
    let v431: i32 = (v429 + v430);
    let v432: i32 = (i3 * 3i);
    let v433: i32 = (v431 + v432);
    let v434: i32 = (v433 + i4_1);
    out0[v434] = c1_0;
  }
  {
    let v435: i32 = (i0_1 * 135i);
    let v436: i32 = (i1 * 27i);
    let v437: i32 = (v435 + v436);
    let v438: i32 = (i2 * 9i);
    let v439: i32 = (v437 + v438);
    let v440: i32 = (i3 * 3i);
    let v441: i32 = (v439 + v440);
    let v442: i32 = (v441 + i4_1);
    out0[v442] = c1_1;
  }
  {
    let v443: i32 = (i0_2 * 135i);
    let v444: i32 = (i1 * 27i);
    let v445: i32 = (v443 + v444);
    let v446: i32 = (i2 * 9i);
    let v447: i32 = (v445 + v446);
    let v448: i32 = (i3 * 3i);
    let v449: i32 = (v447 + v448);
    let v450: i32 = (v449 + i4_1);
    out0[v450] = c1_2;
  }
  {
    let v451: i32 = (i0_3 * 135i);
    let v452: i32 = (i1 * 27i);
    let v453: i32 = (v451 + v452);
    let v454: i32 = (i2 * 9i);
    let v455: i32 = (v453 + v454);
    let v456: i32 = (i3 * 3i);
    let v457: i32 = (v455 + v456);
    let v458: i32 = (v457 + i4_1);
    out0[v458] = c1_3;
  }
  {
    let v459: i32 = (i0_4 * 135i);
    let v460: i32 = (i1 * 27i);
    let v461: i32 = (v459 + v460);
    let v462: i32 = (i2 * 9i);
    let v463: i32 = (v461 + v462);
    let v464: i32 = (i3 * 3i);
    let v465: i32 = (v463 + v464);
    let v466: i32 = (v465 + i4_1);
    out0[v466] = c1_4;
  }
  {
    let v467: i32 = (i0_5 * 135i);
    let v468: i32 = (i1 * 27i);
    let v469: i32 = (v467 + v468);
    let v470: i32 = (i2 * 9i);
    let v471: i32 = (v469 + v470);
    let v472: i32 = (i3 * 3i);
    let v473: i32 = (v471 + v472);
    let v474: i32 = (v473 + i4_1);
    out0[v474] = c1_5;
  }
  {
    let v475: i32 = (i0_6 * 135i);
    let v476: i32 = (i1 * 27i);
    let v477: i32 = (v475 + v476);
    let v478: i32 = (i2 * 9i);
    let v479: i32 = (v477 + v478);
    let v480: i32 = (i3 * 3i);
    let v481: i32 = (v479 + v480);
    let v482: i32 = (v481 + i4_1);
    out0[v482] = c1_6;
  }
  {
    let v483: i32 = (i0_7 * 135i);
    let v484: i32 = (i1 * 27i);
    let v485: i32 = (v483 + v484);
    let v486: i32 = (i2 * 9i);
    let v487: i32 = (v485 + v486);
    let v488: i32 = (i3 * 3i);
    let v489: i32 = (v487 + v488);
    let v490: i32 = (v489 + i4_1);
    out0[v490] = c1_7;
  }
  {
    let v491: i32 = (i0 * 135i);
    let v492: i32 = (i1 * 27i);
    let v493: i32 = (v491 + v492);
    let v494: i32 = (i2 * 9i);
    let v495: i32 = (v493 + v494);
    let v496: i32 = (i3 * 3i);
    let v497: i32 = (v495 + v496);
    let v498: i32 = (v497 + i4_2);
    out0[v498] = c2_0;
  }
  {
    let v499: i32 = (i0_1 * 135i);
    let v500: i32 = (i1 * 27i);
    let v501: i32 = (v499 + v500);
    let v502: i32 = (i2 * 9i);
    let v503: i32 = (v501 + v502);
    let v504: i32 = (i3 * 3i);
    let v505: i32 = (v503 + v504);
    let v506: i32 = (v505 + i4_2);
    out0[v506] = c2_1;
  }
  {
    let v507: i32 = (i0_2 * 135i);
    let v508: i32 = (i1 * 27i);
    let v509: i32 = (v507 + v508);
    let v510: i32 = (i2 * 9i);
    let v511: i32 = (v509 + v510);
    let v512: i32 = (i3 * 3i);
    let v513: i32 = (v511 + v512);
    let v514: i32 = (v513 + i4_2);
    out0[v514] = c2_2;
  }
  {
    let v515: i32 = (i0_3 * 135i);
    let v516: i32 = (i1 * 27i);
    let v517: i32 = (v515 + v516);
    let v518: i32 = (i2 * 9i);
    let v519: i32 = (v517 + v518);
    let v520: i32 = (i3 * 3i);
    let v521: i32 = (v519 + v520);
    let v522: i32 = (v521 + i4_2);
    out0[v522] = c2_3;
  }
  {
    let v523: i32 = (i0_4 * 135i);
    let v524: i32 = (i1 * 27i);
    let v525: i32 = (v523 + v524);
    let v526: i32 = (i2 * 9i);
    let v527: i32 = (v525 + v526);
    let v528: i32 = (i3 * 3i);
    let v529: i32 = (v527 + v528);
    let v530: i32 = (v529 + i4_2);
    out0[v530] = c2_4;
  }
  {
    let v531: i32 = (i0_5 * 135i);
    let v532: i32 = (i1 * 27i);
    let v533: i32 = (v531 + v532);
    let v534: i32 = (i2 * 9i);
    let v535: i32 = (v533 + v534);
    let v536: i32 = (i3 * 3i);
    let v537: i32 = (v535 + v536);
    let v538: i32 = (v537 + i4_2);
    out0[v538] = c2_5;
  }
  {
    let v539: i32 = (i0_6 * 135i);
    let v540: i32 = (i1 * 27i);
    let v541: i32 = (v539 + v540);
    let v542: i32 = (i2 * 9i);
    let v543: i32 = (v541 + v542);
    let v544: i32 = (i3 * 3i);
    let v545: i32 = (v543 + v544);
    let v546: i32 = (v545 + i4_2);
    out0[v546] = c2_6;
  }
  {
    let v547: i32 = (i0_7 * 135i);
    let v548: i32 = (i1 * 27i);
    let v549: i32 = (v547 + v548);
    let v550: i32 = (i2 * 9i);
    let v551: i32 = (v549 + v550);
    let v552: i32 = (i3 * 3i);
    let v553: i32 = (v551 + v552);
    let v554: i32 = (v553 + i4_2);
    out0[v554] = c2_7;
  }
}

// kernax kernel k4: serial, pinned profile
@group(0) @binding(0) var<storage, read_write> out0: array<f32>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
  let gid: i32 = i32(wid.x + wid.y * 282u);
  let flat: i32 = gid * 64i + i32(lid);
  if (flat >= 18000i) { return; }
  let i0: i32 = (flat / 5i);
  let i1: i32 = flat % 5i;
  let v0: i32 = (i1 * 720i);
  var a0: f32 = 0.0f;
  for (var r0: i32 = 0i; r0 < 5i; r0 = r0 + 1i) {
    for (var r1: i32 = 0i; r1 < 144i; r1 = r1 + 1i) {
      let v1: i32 = (r1 * 5i);
      let v2: i32 = (v0 + v1);
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

// kernax kernel k5: contract, pinned profile
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
  let i1: i32 = lf % 5i;
  let t2: i32 = 0i;
  let i3: i32 = (og / 3i);
  let i4: i32 = og % 3i;
  let i2: i32 = t2 * 5i;
  let i2_1: i32 = i2 + 1i;
  let i2_2: i32 = i2 + 2i;
  let i2_3: i32 = i2 + 3i;
  let i2_4: i32 = i2 + 4i;
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
  let v0: i32 = (i3 * 14i);
  let v1: i32 = (i2 * 196i);
  let v2: f32 = in0[i2];
  let v3: i32 = (i2_1 * 196i);
  let v4: f32 = in0[i2_1];
  let v5: i32 = (i2_2 * 196i);
  let v6: f32 = in0[i2_2];
  let v7: i32 = (i2_3 * 196i);
  let v8: f32 = in0[i2_3];
  let v9: i32 = (i2_4 * 196i);
  let v10: f32 = in0[i2_4];
  let v11: i32 = (i1 * 720i);
  for (var r0: i32 = 0i; r0 < 5i; r0 = r0 + 1i) {
    for (var r1: i32 = 0i; r1 < 12i; r1 = r1 + 1i) {
      for (var r2: i32 = 0i; r2 < 12i; r2 = r2 + 4i) {
        {
          let k12: i32 = r2;
          let v13: i32 = (r0 * 980i);
          let v14: i32 = (r1 * 14i);
          let v15: i32 = (v13 + v1);
          let v16: i32 = (v15 + v0);
          let v17: i32 = (v16 + v14);
          let v18: i32 = (v17 + i4);
          let v19: i32 = (v18 + k12);
          let v20: f32 = in1[v19];
          let v21: f32 = (v20 + v2);
          let v22: i32 = (v13 + v3);
          let v23: i32 = (v22 + v0);
          let v24: i32 = (v23 + v14);
          let v25: i32 = (v24 + i4);
          let v26: i32 = (v25 + k12);
          let v27: f32 = in1[v26];
          let v28: f32 = (v27 + v4);
          let v29: i32 = (v13 + v5);
          let v30: i32 = (v29 + v0);
          let v31: i32 = (v30 + v14);
          let v32: i32 = (v31 + i4);
          let v33: i32 = (v32 + k12);
          let v34: f32 = in1[v33];
          let v35: f32 = (v34 + v6);
          let v36: i32 = (v13 + v7);
          let v37: i32 = (v36 + v0);
          let v38: i32 = (v37 + v14);
          let v39: i32 = (v38 + i4);
          let v40: i32 = (v39 + k12);
          let v41: f32 = in1[v40];
          let v42: f32 = (v41 + v8);
          let v43: i32 = (v13 + v9);
          let v44: i32 = (v43 + v0);
          let v45: i32 = (v44 + v14);
          let v46: i32 = (v45 + i4);
          let v47: i32 = (v46 + k12);
          let v48: f32 = in1[v47];
          let v49: f32 = (v48 + v10);
          let v50: i32 = (r1 * 60i);
          let v51: i32 = (v11 + v50);
          let v52: i32 = (k12 * 5i);
          let v53: i32 = (v51 + v52);
          let v54: i32 = (v53 + r0);
          let v55: bool = (i0 == v54);
          let v56: f32 = select(0.0f, 1.0f, v55);
          let v57: bool = (i0_1 == v54);
          let v58: f32 = select(0.0f, 1.0f, v57);
          let v59: bool = (i0_2 == v54);
          let v60: f32 = select(0.0f, 1.0f, v59);
          let v61: bool = (i0_3 == v54);
          let v62: f32 = select(0.0f, 1.0f, v61);
          let v63: bool = (i0_4 == v54);
          let v64: f32 = select(0.0f, 1.0f, v63);
          let v65: bool = (i0_5 == v54);
          let v66: f32 = select(0.0f, 1.0f, v65);
          let v67: bool = (i0_6 == v54);
          let v68: f32 = select(0.0f, 1.0f, v67);
          let v69: bool = (i0_7 == v54);
          let v70: f32 = select(0.0f, 1.0f, v69);
          c0_0 = fma(v21, v56, c0_0);
          c0_1 = fma(v21, v58, c0_1);
          c0_2 = fma(v21, v60, c0_2);
          c0_3 = fma(v21, v62, c0_3);
          c0_4 = fma(v21, v64, c0_4);
          c0_5 = fma(v21, v66, c0_5);
          c0_6 = fma(v21, v68, c0_6);
          c0_7 = fma(v21, v70, c0_7);
          c1_0 = fma(v28, v56, c1_0);
          c1_1 = fma(v28, v58, c1_1);
          c1_2 = fma(v28, v60, c1_2);
          c1_3 = fma(v28, v62, c1_3);
          c1_4 = fma(v28, v64, c1_4);
          c1_5 = fma(v28, v66, c1_5);
          c1_6 = fma(v28, v68, c1_6);
          c1_7 = fma(v28, v70, c1_7);
          c2_0 = fma(v35, v56, c2_0);
          c2_1 = fma(v35, v58, c2_1);
          c2_2 = fma(v35, v60, c2_2);
          c2_3 = fma(v35, v62, c2_3);
          c2_4 = fma(v35, v64, c2_4);
          c2_5 = fma(v35, v66, c2_5);
          c2_6 = fma(v35, v68, c2_6);
          c2_7 = fma(v35, v70, c2_7);
          c3_0 = fma(v42, v56, c3_0);
          c3_1 = fma(v42, v58, c3_1);
          c3_2 = fma(v42, v60, c3_2);
          c3_3 = fma(v42, v62, c3_3);
          c3_4 = fma(v42, v64, c3_4);
          c3_5 = fma(v42, v66, c3_5);
          c3_6 = fma(v42, v68, c3_6);
          c3_7 = fma(v42, v70, c3_7);
          c4_0 = fma(v49, v56, c4_0);
          c4_1 = fma(v49, v58, c4_1);
          c4_2 = fma(v49, v60, c4_2);
          c4_3 = fma(v49, v62, c4_3);
          c4_4 = fma(v49, v64, c4_4);
          c4_5 = fma(v49, v66, c4_5);
          c4_6 = fma(v49, v68, c4_6);
          c4_7 = fma(v49, v70, c4_7);
        }
        {
          let k71: i32 = r2 + 1i;
          let v72: i32 = (r0 * 980i);
          let v73: i32 = (r1 * 14i);
          let v74: i32 = (v72 + v1);
          let v75: i32 = (v74 + v0);
          let v76: i32 = (v75 + v73);
          let v77: i32 = (v76 + i4);
          let v78: i32 = (v77 + k71);
          let v79: f32 = in1[v78];
          let v80: f32 = (v79 + v2);
          let v81: i32 = (v72 + v3);
          let v82: i32 = (v81 + v0);
          let v83: i32 = (v82 + v73);
          let v84: i32 = (v83 + i4);
          let v85: i32 = (v84 + k71);
          let v86: f32 = in1[v85];
          let v87: f32 = (v86 + v4);
          let v88: i32 = (v72 + v5);
          let v89: i32 = (v88 + v0);
          let v90: i32 = (v89 + v73);
          let v91: i32 = (v90 + i4);
          let v92: i32 = (v91 + k71);
          let v93: f32 = in1[v92];
          let v94: f32 = (v93 + v6);
          let v95: i32 = (v72 + v7);
          let v96: i32 = (v95 + v0);
          let v97: i32 = (v96 + v73);
          let v98: i32 = (v97 + i4);
          let v99: i32 = (v98 + k71);
          let v100: f32 = in1[v99];
          let v101: f32 = (v100 + v8);
          let v102: i32 = (v72 + v9);
          let v103: i32 = (v102 + v0);
          let v104: i32 = (v103 + v73);
          let v105: i32 = (v104 + i4);
          let v106: i32 = (v105 + k71);
          let v107: f32 = in1[v106];
          let v108: f32 = (v107 + v10);
          let v109: i32 = (r1 * 60i);
          let v110: i32 = (v11 + v109);
          let v111: i32 = (k71 * 5i);
          let v112: i32 = (v110 + v111);
          let v113: i32 = (v112 + r0);
          let v114: bool = (i0 == v113);
          let v115: f32 = select(0.0f, 1.0f, v114);
          let v116: bool = (i0_1 == v113);
          let v117: f32 = select(0.0f, 1.0f, v116);
          let v118: bool = (i0_2 == v113);
          let v119: f32 = select(0.0f, 1.0f, v118);
          let v120: bool = (i0_3 == v113);
          let v121: f32 = select(0.0f, 1.0f, v120);
          let v122: bool = (i0_4 == v113);
          let v123: f32 = select(0.0f, 1.0f, v122);
          let v124: bool = (i0_5 == v113);
          let v125: f32 = select(0.0f, 1.0f, v124);
          let v126: bool = (i0_6 == v113);
          let v127: f32 = select(0.0f, 1.0f, v126);
          let v128: bool = (i0_7 == v113);
          let v129: f32 = select(0.0f, 1.0f, v128);
          c0_0 = fma(v80, v115, c0_0);
          c0_1 = fma(v80, v117, c0_1);
          c0_2 = fma(v80, v119, c0_2);
          c0_3 = fma(v80, v121, c0_3);
          c0_4 = fma(v80, v123, c0_4);
          c0_5 = fma(v80, v125, c0_5);
          c0_6 = fma(v80, v127, c0_6);
          c0_7 = fma(v80, v129, c0_7);
          c1_0 = fma(v87, v115, c1_0);
          c1_1 = fma(v87, v117, c1_1);
          c1_2 = fma(v87, v119, c1_2);
          c1_3 = fma(v87, v121, c1_3);
          c1_4 = fma(v87, v123, c1_4);
          c1_5 = fma(v87, v125, c1_5);
          c1_6 = fma(v87, v127, c1_6);
          c1_7 = fma(v87, v129, c1_7);
          c2_0 = fma(v94, v115, c2_0);
          c2_1 = fma(v94, v117, c2_1);
          c2_2 = fma(v94, v119, c2_2);
          c2_3 = fma(v94, v121, c2_3);
          c2_4 = fma(v94, v123, c2_4);
          c2_5 = fma(v94, v125, c2_5);
          c2_6 = fma(v94, v127, c2_6);
          c2_7 = fma(v94, v129, c2_7);
          c3_0 = fma(v101, v115, c3_0);
          c3_1 = fma(v101, v117, c3_1);
          c3_2 = fma(v101, v119, c3_2);
          c3_3 = fma(v101, v121, c3_3);
          c3_4 = fma(v101, v123, c3_4);
          c3_5 = fma(v101, v125, c3_5);
          c3_6 = fma(v101, v127, c3_6);
          c3_7 = fma(v101, v129, c3_7);
          c4_0 = fma(v108, v115, c4_0);
          c4_1 = fma(v108, v117, c4_1);
          c4_2 = fma(v108, v119, c4_2);
          c4_3 = fma(v108, v121, c4_3);
          c4_4 = fma(v108, v123, c4_4);
          c4_5 = fma(v108, v125, c4_5);
          c4_6 = fma(v108, v127, c4_6);
          c4_7 = fma(v108, v129, c4_7);
        }
        {
          let k130: i32 = r2 + 2i;
          let v131: i32 = (r0 * 980i);
          let v132: i32 = (r1 * 14i);
          let v133: i32 = (v131 + v1);
          let v134: i32 = (v133 + v0);
          let v135: i32 = (v134 + v132);
          let v136: i32 = (v135 + i4);
          let v137: i32 = (v136 + k130);
          let v138: f32 = in1[v137];
          let v139: f32 = (v138 + v2);
          let v140: i32 = (v131 + v3);
          let v141: i32 = (v140 + v0);
          let v142: i32 = (v141 + v132);
          let v143: i32 = (v142 + i4);
          let v144: i32 = (v143 + k130);
          let v145: f32 = in1[v144];
          let v146: f32 = (v145 + v4);
          let v147: i32 = (v131 + v5);
          let v148: i32 = (v147 + v0);
          let v149: i32 = (v148 + v132);
          let v150: i32 = (v149 + i4);
          let v151: i32 = (v150 + k130);
          let v152: f32 = in1[v151];
          let v153: f32 = (v152 + v6);
          let v154: i32 = (v131 + v7);
          let v155: i32 = (v154 + v0);
          let v156: i32 = (v155 + v132);
          let v157: i32 = (v156 + i4);
          let v158: i32 = (v157 + k130);
          let v159: f32 = in1[v158];
          let v160: f32 = (v159 + v8);
          let v161: i32 = (v131 + v9);
          let v162: i32 = (v161 + v0);
          let v163: i32 = (v162 + v132);
          let v164: i32 = (v163 + i4);
          let v165: i32 = (v164 + k130);
          let v166: f32 = in1[v165];
          let v167: f32 = (v166 + v10);
          let v168: i32 = (r1 * 60i);
          let v169: i32 = (v11 + v168);
          let v170: i32 = (k130 * 5i);
          let v171: i32 = (v169 + v170);
          let v172: i32 = (v171 + r0);
          let v173: bool = (i0 == v172);
          let v174: f32 = select(0.0f, 1.0f, v173);
          let v175: bool = (i0_1 == v172);
          let v176: f32 = select(0.0f, 1.0f, v175);
          let v177: bool = (i0_2 == v172);
          let v178: f32 = select(0.0f, 1.0f, v177);
          let v179: bool = (i0_3 == v172);
          let v180: f32 = select(0.0f, 1.0f, v179);
          let v181: bool = (i0_4 == v172);
          let v182: f32 = select(0.0f, 1.0f, v181);
          let v183: bool = (i0_5 == v172);
          let v184: f32 = select(0.0f, 1.0f, v183);
          let v185: bool = (i0_6 == v172);
          let v186: f32 = select(0.0f, 1.0f, v185);
          let v187: bool = (i0_7 == v172);
          let v188: f32 = select(0.0f, 1.0f, v187);
          c0_0 = fma(v139, v174, c0_0);
          c0_1 = fma(v139, v176, c0_1);
          c0_2 = fma(v139, v178, c0_2);
          c0_3 = fma(v139, v180, c0_3);
          c0_4 = fma(v139, v182, c0_4);
          c0_5 = fma(v139, v184, c0_5);
          c0_6 = fma(v139, v186, c0_6);
          c0_7 = fma(v139, v188, c0_7);
          c1_0 = fma(v146, v174, c1_0);
          c1_1 = fma(v146, v176, c1_1);
          c1_2 = fma(v146, v178, c1_2);
          c1_3 = fma(v146, v180, c1_3);
          c1_4 = fma(v146, v182, c1_4);
          c1_5 = fma(v146, v184, c1_5);
          c1_6 = fma(v146, v186, c1_6);
          c1_7 = fma(v146, v188, c1_7);
          c2_0 = fma(v153, v174, c2_0);
          c2_1 = fma(v153, v176, c2_1);
          c2_2 = fma(v153, v178, c2_2);
          c2_3 = fma(v153, v180, c2_3);
          c2_4 = fma(v153, v182, c2_4);
          c2_5 = fma(v153, v184, c2_5);
          c2_6 = fma(v153, v186, c2_6);
          c2_7 = fma(v153, v188, c2_7);
          c3_0 = fma(v160, v174, c3_0);
          c3_1 = fma(v160, v176, c3_1);
          c3_2 = fma(v160, v178, c3_2);
          c3_3 = fma(v160, v180, c3_3);
          c3_4 = fma(v160, v182, c3_4);
          c3_5 = fma(v160, v184, c3_5);
          c3_6 = fma(v160, v186, c3_6);
          c3_7 = fma(v160, v188, c3_7);
          c4_0 = fma(v167, v174, c4_0);
          c4_1 = fma(v167, v176, c4_1);
          c4_2 = fma(v167, v178, c4_2);
          c4_3 = fma(v167, v180, c4_3);
          c4_4 = fma(v167, v182, c4_4);
          c4_5 = fma(v167, v184, c4_5);
          c4_6 = fma(v167, v186, c4_6);
          c4_7 = fma(v167, v188, c4_7);
        }
        {
          let k189: i32 = r2 + 3i;
          let v190: i32 = (r0 * 980i);
          let v191: i32 = (r1 * 14i);
          let v192: i32 = (v190 + v1);
          let v193: i32 = (v192 + v0);
          let v194: i32 = (v193 + v191);
          let v195: i32 = (v194 + i4);
          let v196: i32 = (v195 + k189);
          let v197: f32 = in1[v196];
          let v198: f32 = (v197 + v2);
          let v199: i32 = (v190 + v3);
          let v200: i32 = (v199 + v0);
          let v201: i32 = (v200 + v191);
          let v202: i32 = (v201 + i4);
          let v203: i32 = (v202 + k189);
          let v204: f32 = in1[v203];
          let v205: f32 = (v204 + v4);
          let v206: i32 = (v190 + v5);
          let v207: i32 = (v206 + v0);
          let v208: i32 = (v207 + v191);
          let v209: i32 = (v208 + i4);
          let v210: i32 = (v209 + k189);
          let v211: f32 = in1[v210];
          let v212: f32 = (v211 + v6);
          let v213: i32 = (v190 + v7);
          let v214: i32 = (v213 + v0);
          let v215: i32 = (v214 + v191);
          let v216: i32 = (v215 + i4);
          let v217: i32 = (v216 + k189);
          let v218: f32 = in1[v217];
          let v219: f32 = (v218 + v8);
          let v220: i32 = (v190 + v9);
          let v221: i32 = (v220 + v0);
          let v222: i32 = (v221 + v191);
          let v223: i32 = (v222 + i4);
          let v224: i32 = (v223 + k189);
          let v225: f32 = in1[v224];
          let v226: f32 = (v225 + v10);
          let v227: i32 = (r1 * 60i);
          let v228: i32 = (v11 + v227);
          let v229: i32 = (k189 * 5i);
          let v230: i32 = (v228 + v229);
          let v231: i32 = (v230 + r0);
          let v232: bool = (i0 == v231);
          let v233: f32 = select(0.0f, 1.0f, v232);
          let v234: bool = (i0_1 == v231);
          let v235: f32 = select(0.0f, 1.0f, v234);
          let v236: bool = (i0_2 == v231);
          let v237: f32 = select(0.0f, 1.0f, v236);
          let v238: bool = (i0_3 == v231);
          let v239: f32 = select(0.0f, 1.0f, v238);
          let v240: bool = (i0_4 == v231);
          let v241: f32 = select(0.0f, 1.0f, v240);
          let v242: bool = (i0_5 == v231);
          let v243: f32 = select(0.0f, 1.0f, v242);
          let v244: bool = (i0_6 == v231);
          let v245: f32 = select(0.0f, 1.0f, v244);
          let v246: bool = (i0_7 == v231);
          let v247: f32 = select(0.0f, 1.0f, v246);
          c0_0 = fma(v198, v233, c0_0);
          c0_1 = fma(v198, v235, c0_1);
          c0_2 = fma(v198, v237, c0_2);
          c0_3 = fma(v198, v239, c0_3);
          c0_4 = fma(v198, v241, c0_4);
          c0_5 = fma(v198, v243, c0_5);
          c0_6 = fma(v198, v245, c0_6);
          c0_7 = fma(v198, v247, c0_7);
          c1_0 = fma(v205, v233, c1_0);
          c1_1 = fma(v205, v235, c1_1);
          c1_2 = fma(v205, v237, c1_2);
          c1_3 = fma(v205, v239, c1_3);
          c1_4 = fma(v205, v241, c1_4);
          c1_5 = fma(v205, v243, c1_5);
          c1_6 = fma(v205, v245, c1_6);
          c1_7 = fma(v205, v247, c1_7);
          c2_0 = fma(v212, v233, c2_0);
          c2_1 = fma(v212, v235, c2_1);
          c2_2 = fma(v212, v237, c2_2);
          c2_3 = fma(v212, v239, c2_3);
          c2_4 = fma(v212, v241, c2_4);
          c2_5 = fma(v212, v243, c2_5);
          c2_6 = fma(v212, v245, c2_6);
          c2_7 = fma(v212, v247, c2_7);
          c3_0 = fma(v219, v233, c3_0);
          c3_1 = fma(v219, v235, c3_1);
          c3_2 = fma(v219, v237, c3_2);
          c3_3 = fma(v219, v239, c3_3);
          c3_4 = fma(v219, v241, c3_4);
          c3_5 = fma(v219, v243, c3_5);
          c3_6 = fma(v219, v245, c3_6);
          c3_7 = fma(v219, v247, c3_7);
          c4_0 = fma(v226, v233, c4_0);
          c4_1 = fma(v226, v235, c4_1);
          c4_2 = fma(v226, v237, c4_2);
          c4_3 = fma(v226, v239, c4_3);
          c4_4 = fma(v226, v241, c4_4);
          c4_5 = fma(v226, v243, c4_5);
          c4_6 = fma(v226, v245, c4_6);
          c4_7 = fma(v226, v247, c4_7);
        }
      }
    }
  }
  {
    let v248: i32 = (i0 * 225i);
    let v249: i32 = (i1 * 45i);
    let v250: i32 = (v248 + v249);
    let v251: i32 = (i2 * 9i);
    let v252: i32 = (v250 + v251);
    let v253: i32 = (i3 * 3i);
    let v254: i32 = (v252 + v253);
    let v255: i32 = (v254 + i4);
    out0[v255] = c0_0;
  }
  {
    let v256: i32 = (i0_1 * 225i);
    let v257: i32 = (i1 * 45i);
    let v258: i32 = (v256 + v257);
    let v259: i32 = (i2 * 9i);
    let v260: i32 = (v258 + v259);
    let v261: i32 = (i3 * 3i);
    let v262: i32 = (v260 + v261);
    let v263: i32 = (v262 + i4);
    out0[v263] = c0_1;
  }
  {
    let v264: i32 = (i0_2 * 225i);
    let v265: i32 = (i1 * 45i);
    let v266: i32 = (v264 + v265);
    let v267: i32 = (i2 * 9i);
    let v268: i32 = (v266 + v267);
    let v269: i32 = (i3 * 3i);
    let v270: i32 = (v268 + v269);
    let v271: i32 = (v270 + i4);
    out0[v271] = c0_2;
  }
  {
    let v272: i32 = (i0_3 * 225i);
    let v273: i32 = (i1 * 45i);
    let v274: i32 = (v272 + v273);
    let v275: i32 = (i2 * 9i);
    let v276: i32 = (v274 + v275);
    let v277: i32 = (i3 * 3i);
    let v278: i32 = (v276 + v277);
    let v279: i32 = (v278 + i4);
    out0[v279] = c0_3;
  }
  {
    let v280: i32 = (i0_4 * 225i);
    let v281: i32 = (i1 * 45i);
    let v282: i32 = (v280 + v281);
    let v283: i32 = (i2 * 9i);
    let v284: i32 = (v282 + v283);
    let v285: i32 = (i3 * 3i);
    let v286: i32 = (v284 + v285);
    let v287: i32 = (v286 + i4);
    out0[v287] = c0_4;
  }
  {
    let v288: i32 = (i0_5 * 225i);
    let v289: i32 = (i1 * 45i);
    let v290: i32 = (v288 + v289);
    let v291: i32 = (i2 * 9i);
    let v292: i32 = (v290 + v291);
    let v293: i32 = (i3 * 3i);
    let v294: i32 = (v292 + v293);
    let v295: i32 = (v294 + i4);
    out0[v295] = c0_5;
  }
  {
    let v296: i32 = (i0_6 * 225i);
    let v297: i32 = (i1 * 45i);
    let v298: i32 = (v296 + v297);
    let v299: i32 = (i2 * 9i);
    let v300: i32 = (v298 + v299);
    let v301: i32 = (i3 * 3i);
    let v302: i32 = (v300 + v301);
    let v303: i32 = (v302 + i4);
    out0[v303] = c0_6;
  }
  {
    let v304: i32 = (i0_7 * 225i);
    let v305: i32 = (i1 * 45i);
    let v306: i32 = (v304 + v305);
    let v307: i32 = (i2 * 9i);
    let v308: i32 = (v306 + v307);
    let v309: i32 = (i3 * 3i);
    let v310: i32 = (v308 + v309);
    let v311: i32 = (v310 + i4);
    out0[v311] = c0_7;
  }
  {
    let v312: i32 = (i0 * 225i);
    let v313: i32 = (i1 * 45i);
    let v314: i32 = (v312 + v313);
    let v315: i32 = (i2_1 * 9i);
    let v316: i32 = (v314 + v315);
    let v317: i32 = (i3 * 3i);
    let v318: i32 = (v316 + v317);
    let v319: i32 = (v318 + i4);
    out0[v319] = c1_0;
  }
  {
    let v320: i32 = (i0_1 * 225i);
    let v321: i32 = (i1 * 45i);
    let v322: i32 = (v320 + v321);
    let v323: i32 = (i2_1 * 9i);
    let v324: i32 = (v322 + v323);
    let v325: i32 = (i3 * 3i);
    let v326: i32 = (v324 + v325);
    let v327: i32 = (v326 + i4);
    out0[v327] = c1_1;
  }
  {
    let v328: i32 = (i0_2 * 225i);
    let v329: i32 = (i1 * 45i);
    let v330: i32 = (v328 + v329);
    let v331: i32 = (i2_1 * 9i);
    let v332: i32 = (v330 + v331);
    let v333: i32 = (i3 * 3i);
    let v334: i32 = (v332 + v333);
    let v335: i32 = (v334 + i4);
    out0[v335] = c1_2;
  }
  {
    let v336: i32 = (i0_3 * 225i);
    let v337: i32 = (i1 * 45i);
    let v338: i32 = (v336 + v337);
    let v339: i32 = (i2_1 * 9i);
    let v340: i32 = (v338 + v339);
    let v341: i32 = (i3 * 3i);
    let v342: i32 = (v340 + v341);
    let v343: i32 = (v342 + i4);
    out0[v343] = c1_3;
  }
  {
    let v344: i32 = (i0_4 * 225i);
    let v345: i32 = (i1 * 45i);
    let v346: i32 = (v344 + v345);
    let v347: i32 = (i2_1 * 9i);
    let v348: i32 = (v346 + v347);
    let v349: i32 = (i3 * 3i);
    let v350: i32 = (v348 + v349);
    let v351: i32 = (v350 + i4);
    out0[v351] = c1_4;
  }
  {
    let v352: i32 = (i0_5 * 225i);
    let v353: i32 = (i1 * 45i);
    let v354: i32 = (v352 + v353);
    let v355: i32 = (i2_1 * 9i);
    let v356: i32 = (v354 + v355);
    let v357: i32 = (i3 * 3i);
    let v358: i32 = (v356 + v357);
    let v359: i32 = (v358 + i4);
    out0[v359] = c1_5;
  }
  {
    let v360: i32 = (i0_6 * 225i);
    let v361: i32 = (i1 * 45i);
    let v362: i32 = (v360 + v361);
    let v363: i32 = (i2_1 * 9i);
    let v364: i32 = (v362 + v363);
    let v365: i32 = (i3 * 3i);
    let v366: i32 = (v364 + v365);
    let v367: i32 = (v366 + i4);
    out0[v367] = c1_6;
  }
  {
    let v368: i32 = (i0_7 * 225i);
    let v369: i32 = (i1 * 45i);
    let v370: i32 = (v368 + v369);
    let v371: i32 = (i2_1 * 9i);
    let v372: i32 = (v370 + v371);
    let v373: i32 = (i3 * 3i);
    let v374: i32 = (v372 + v373);
    let v375: i32 = (v374 + i4);
    out0[v375] = c1_7;
  }
  {
    let v376: i32 = (i0 * 225i);
    let v377: i32 = (i1 * 45i);
    let v378: i32 = (v376 + v377);
    let v379: i32 = (i2_2 * 9i);
    let v380: i32 = (v378 + v379);
    let v381: i32 = (i3 * 3i);
    let v382: i32 = (v380 + v381);
    let v383: i32 = (v382 + i4);
    out0[v383] = c2_0;
  }
  {
    let v384: i32 = (i0_1 * 225i);
    let v385: i32 = (i1 * 45i);
    let v386: i32 = (v384 + v385);
    let v387: i32 = (i2_2 * 9i);
    let v388: i32 = (v386 + v387);
    let v389: i32 = (i3 * 3i);
    let v390: i32 = (v388 + v389);
    let v391: i32 = (v390 + i4);
    out0[v391] = c2_1;
  }
  {
    let v392: i32 = (i0_2 * 225i);
    let v393: i32 = (i1 * 45i);
    let v394: i32 = (v392 + v393);
    let v395: i32 = (i2_2 * 9i);
    let v396: i32 = (v394 + v395);
    let v397: i32 = (i3 * 3i);
    let v398: i32 = (v396 + v397);
    let v399: i32 = (v398 + i4);
    out0[v399] = c2_2;
  }
  {
    let v400: i32 = (i0_3 * 225i);
    let v401: i32 = (i1 * 45i);
    let v402: i32 = (v400 + v401);
    let v403: i32 = (i2_2 * 9i);
    let v404: i32 = (v402 + v403);
    let v405: i32 = (i3 * 3i);
    let v406: i32 = (v404 + v405);
    let v407: i32 = (v406 + i4);
    out0[v407] = c2_3;
  }
  {
    let v408: i32 = (i0_4 * 225i);
    let v409: i32 = (i1 * 45i);
    let v410: i32 = (v408 + v409);
    let v411: i32 = (i2_2 * 9i);
    let v412: i32 = (v410 + v411);
    let v413: i32 = (i3 * 3i);
    let v414: i32 = (v412 + v413);
    let v415: i32 = (v414 + i4);
    out0[v415] = c2_4;
  }
  {
    let v416: i32 = (i0_5 * 225i);
    let v417: i32 = (i1 * 45i);
    let v418: i32 = (v416 + v417);
    let v419: i32 = (i2_2 * 9i);
    let v420: i32 = (v418 + v419);
    let v421: i32 = (i3 * 3i);
    let v422: i32 = (v420 + v421);
    let v423: i32 = (v422 + i4);
    out0[v423] = c2_5;
  }
  {
    let v424: i32 = (i0_6 * 225i);
    let v425: i32 = (i1 * 45i);
    let v426: i32 = (v424 + v425);
    let v427: i32 = (i2_2 * 9i);
    let v428: i32 = (v426 + v427);
    let v429: i32 = (i3 * 3i);
    let v430: i32 = (v428 + v429);
    let v431: i32 = (v430 + i4);
    out0[v431] = c2_6;
  }
  {
    let v432: i32 = (i0_7 * 225i);
    let v433: i32 = (i1 * 45i);
    let v434: i32 = (v432 + v433);
    let v435: i32 = (i2_2 * 9i);
    let v436: i32 = (v434 + v435);
    let v437: i32 = (i3 * 3i);
    let v438: i32 = (v436 + v437);
    let v439: i32 = (v438 + i4);
    out0[v439] = c2_7;
  }
  {
    let v440: i32 = (i0 * 225i);
    let v441: i32 = (i1 * 45i);
    let v442: i32 = (v440 + v441);
    let v443: i32 = (i2_3 * 9i);
    let v444: i32 = (v442 + v443);
    let v445: i32 = (i3 * 3i);
    let v446: i32 = (v444 + v445);
    let v447: i32 = (v446 + i4);
    out0[v447] = c3_0;
  }
  {
    let v448: i32 = (i0_1 * 225i);
    let v449: i32 = (i1 * 45i);
    let v450: i32 = (v448 + v449);
    let v451: i32 = (i2_3 * 9i);
    let v452: i32 = (v450 + v451);
    let v453: i32 = (i3 * 3i);
    let v454: i32 = (v452 + v453);
    let v455: i32 = (v454 + i4);
    out0[v455] = c3_1;
  }
  {
    let v456: i32 = (i0_2 * 225i);
    let v457: i32 = (i1 * 45i);
    let v458: i32 = (v456 + v457);
    let v459: i32 = (i2_3 * 9i);
    let v460: i32 = (v458 + v459);
    let v461: i32 = (i3 * 3i);
    let v462: i32 = (v460 + v461);
    let v463: i32 = (v462 + i4);
    out0[v463] = c3_2;
  }
  {
    let v464: i32 = (i0_3 * 225i);
    let v465: i32 = (i1 * 45i);
    let v466: i32 = (v464 + v465);
    let v467: i32 = (i2_3 * 9i);
    let v468: i32 = (v466 + v467);
    let v469: i32 = (i3 * 3i);
    let v470: i32 = (v468 + v469);
    let v471: i32 = (v470 + i4);
    out0[v471] = c3_3;
  }
  {
    let v472: i32 = (i0_4 * 225i);
    let v473: i32 = (i1 * 45i);
    let v474: i32 = (v472 + v473);
    let v475: i32 = (i2_3 * 9i);
    let v476: i32 = (v474 + v475);
    let v477: i32 = (i3 * 3i);
    let v478: i32 = (v476 + v477);
    let v479: i32 = (v478 + i4);
    out0[v479] = c3_4;
  }
  {
    let v480: i32 = (i0_5 * 225i);
    let v481: i32 = (i1 * 45i);
    let v482: i32 = (v480 + v481);
    let v483: i32 = (i2_3 * 9i);
    let v484: i32 = (v482 + v483);
    let v485: i32 = (i3 * 3i);
    let v486: i32 = (v484 + v485);
    let v487: i32 = (v486 + i4);
    out0[v487] = c3_5;
  }
  {
    let v488: i32 = (i0_6 * 225i);
    let v489: i32 = (i1 * 45i);
    let v490: i32 = (v488 + v489);
    let v491: i32 = (i2_3 * 9i);
    let v492: i32 = (v490 + v491);
    let v493: i32 = (i3 * 3i);
    let v494: i32 = (v492 + v493);
    let v495: i32 = (v494 + i4);
    out0[v495] = c3_6;
  }
  {
    let v496: i32 = (i0_7 * 225i);
    let v497: i32 = (i1 * 45i);
    let v498: i32 = (v496 + v497);
    let v499: i32 = (i2_3 * 9i);
    let v500: i32 = (v498 + v499);
    let v501: i32 = (i3 * 3i);
    let v502: i32 = (v500 + v501);
    let v503: i32 = (v502 + i4);
    out0[v503] = c3_7;
  }
  {
    let v504: i32 = (i0 * 225i);
    let v505: i32 = (i1 * 45i);
    let v506: i32 = (v504 + v505);
    let v507: i32 = (i2_4 * 9i);
    let v508: i32 = (v506 + v507);
    let v509: i32 = (i3 * 3i);
    let v510: i32 = (v508 + v509);
    let v511: i32 = (v510 + i4);
    out0[v511] = c4_0;
  }
  {
    let v512: i32 = (i0_1 * 225i);
    let v513: i32 = (i1 * 45i);
    let v514: i32 = (v512 + v513);
    let v515: i32 = (i2_4 * 9i);
    let v516: i32 = (v514 + v515);
    let v517: i32 = (i3 * 3i);
    let v518: i32 = (v516 + v517);
    let v519: i32 = (v518 + i4);
    out0[v519] = c4_1;
  }
  {
    let v520: i32 = (i0_2 * 225i);
    let v521: i32 = (i1 * 45i);
    let v522: i32 = (v520 + v521);
    let v523: i32 = (i2_4 * 9i);
    let v524: i32 = (v522 + v523);
    let v525: i32 = (i3 * 3i);
    let v526: i32 = (v524 + v525);
    let v527: i32 = (v526 + i4);
    out0[v527] = c4_2;
  }
  {
    let v528: i32 = (i0_3 * 225i);
    let v529: i32 = (i1 * 45i);
    let v530: i32 = (v528 + v529);
    let v531: i32 = (i2_4 * 9i);
    let v532: i32 = (v530 + v531);
    let v533: i32 = (i3 * 3i);
    let v534: i32 = (v532 + v533);
    let v535: i32 = (v534 + i4);
    out0[v535] = c4_3;
  }
  {
    let v536: i32 = (i0_4 * 225i);
    let v537: i32 = (i1 * 45i);
    let v538: i32 = (v536 + v537);
    let v539: i32 = (i2_4 * 9i);
    let v540: i32 = (v538 + v539);
    let v541: i32 = (i3 * 3i);
    let v542: i32 = (v540 + v541);
    let v543: i32 = (v542 + i4);
    out0[v543] = c4_4;
  }
  {
    let v544: i32 = (i0_5 * 225i);
    let v545: i32 = (i1 * 45i);
    let v546: i32 = (v544 + v545);
    let v547: i32 = (i2_4 * 9i);
    let v548: i32 = (v546 + v547);
    let v549: i32 = (i3 * 3i);
    let v550: i32 = (v548 + v549);
    let v551: i32 = (v550 + i4);
    out0[v551] = c4_5;
  }
  {
    let v552: i32 = (i0_6 * 225i);
    let v553: i32 = (i1 * 45i);
    let v554: i32 = (v552 + v553);
    let v555: i32 = (i2_4 * 9i);
    let v556: i32 = (v554 + v555);
    let v557: i32 = (i3 * 3i);
    let v558: i32 = (v556 + v557);
    let v559: i32 = (v558 + i4);
    out0[v559] = c4_6;
  }
  {
    let v560: i32 = (i0_7 * 225i);
    let v561: i32 = (i1 * 45i);
    let v562: i32 = (v560 + v561);
    let v563: i32 = (i2_4 * 9i);
    let v564: i32 = (v562 + v563);
    let v565: i32 = (i3 * 3i);
    let v566: i32 = (v564 + v565);
    let v567: i32 = (v566 + i4);
    out0[v567] = c4_7;
  }
}
