# test/e2e/multiview-golden.test.ts (kernax dump examples/multiview.ts --print-after-all --format json) — case 'torch-multiviewJac-wgsl'
// kernax kernel k0: contract, pinned profile
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

// kernax kernel k1: contract, pinned profile
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
  let grp: i32 = i32(wid.x + wid.y * 9000u);
  let lf: i32 = (grp % 9000i) * 64i + i32(lid);
  if (lf >= 576000i) { return; }
  let og: i32 = grp / 9000i;
  let t0: i32 = (lf / 1280i);
  let i2: i32 = (lf / 80i) % 16i;
  let i3: i32 = (lf / 5i) % 16i;
  let i4: i32 = lf % 5i;
  let t1: i32 = 0i;
  let i0: i32 = t0 * 8i;
  let i0_1: i32 = i0 + 1i;
  let i0_2: i32 = i0 + 2i;
  let i0_3: i32 = i0 + 3i;
  let i0_4: i32 = i0 + 4i;
  let i0_5: i32 = i0 + 5i;
  let i0_6: i32 = i0 + 6i;
  let i0_7: i32 = i0 + 7i;
  let i1: i32 = t1 * 3i;
  let i1_1: i32 = i1 + 1i;
  let i1_2: i32 = i1 + 2i;
  var c0_0: f32 = 0.0f;
  var c0_1: f32 = 0.0f;
  var c0_2: f32 = 0.0f;
  var c1_0: f32 = 0.0f;
  var c1_1: f32 = 0.0f;
  var c1_2: f32 = 0.0f;
  var c2_0: f32 = 0.0f;
  var c2_1: f32 = 0.0f;
  var c2_2: f32 = 0.0f;
  var c3_0: f32 = 0.0f;
  var c3_1: f32 = 0.0f;
  var c3_2: f32 = 0.0f;
  var c4_0: f32 = 0.0f;
  var c4_1: f32 = 0.0f;
  var c4_2: f32 = 0.0f;
  var c5_0: f32 = 0.0f;
  var c5_1: f32 = 0.0f;
  var c5_2: f32 = 0.0f;
  var c6_0: f32 = 0.0f;
  var c6_1: f32 = 0.0f;
  var c6_2: f32 = 0.0f;
  var c7_0: f32 = 0.0f;
  var c7_1: f32 = 0.0f;
  var c7_2: f32 = 0.0f;
  let v0: i32 = (i4 * 980i);
  let v1: i32 = (i2 * 14i);
  let v2: i32 = (i0 * 4900i);
  let v3: i32 = (v2 + v0);
  let v4: i32 = (i0_1 * 4900i);
  let v5: i32 = (v4 + v0);
  let v6: i32 = (i0_2 * 4900i);
  let v7: i32 = (v6 + v0);
  let v8: i32 = (i0_3 * 4900i);
  let v9: i32 = (v8 + v0);
  let v10: i32 = (i0_4 * 4900i);
  let v11: i32 = (v10 + v0);
  let v12: i32 = (i0_5 * 4900i);
  let v13: i32 = (v12 + v0);
  let v14: i32 = (i0_6 * 4900i);
  let v15: i32 = (v14 + v0);
  let v16: i32 = (i0_7 * 4900i);
  let v17: i32 = (v16 + v0);
  let v18: i32 = (i1 * 9i);
  let v19: i32 = (i1_1 * 9i);
  let v20: i32 = (i1_2 * 9i);
  for (var r0: i32 = 0i; r0 < 5i; r0 = r0 + 1i) {
    for (var r1: i32 = 0i; r1 < 3i; r1 = r1 + 1i) {
      {
        let k21: i32 = 0i;
        let v22: i32 = (i2 + r1);
        let v23: i32 = (v22 - 2i);
        let v24: bool = (v23 >= 0i);
        let v25: bool = (v23 < 14i);
        let v26: bool = (v24 & v25);
        let v27: i32 = (i3 + k21);
        let v28: i32 = (v27 - 2i);
        let v29: bool = (v28 >= 0i);
        let v30: bool = (v26 & v29);
        let v31: bool = (v28 < 14i);
        let v32: bool = (v30 & v31);
        let v33: i32 = (r0 * 196i);
        let v34: i32 = (r1 * 14i);
        let v35: i32 = (v3 + v33);
        let v36: i32 = (v35 + v1);
        let v37: i32 = (v36 + v34);
        let v38: i32 = (v37 + i3);
        let v39: i32 = (v38 + k21);
        let v40: i32 = (v39 - 30i);
        let v41: f32 = in1[v40];
        let v42: f32 = select(0.0f, v41, v32);
        let v43: i32 = (v5 + v33);
        let v44: i32 = (v43 + v1);
        let v45: i32 = (v44 + v34);
        let v46: i32 = (v45 + i3);
        let v47: i32 = (v46 + k21);
        let v48: i32 = (v47 - 30i);
        let v49: f32 = in1[v48];
        let v50: f32 = select(0.0f, v49, v32);
        let v51: i32 = (v7 + v33);
        let v52: i32 = (v51 + v1);
        let v53: i32 = (v52 + v34);
        let v54: i32 = (v53 + i3);
        let v55: i32 = (v54 + k21);
        let v56: i32 = (v55 - 30i);
        let v57: f32 = in1[v56];
        let v58: f32 = select(0.0f, v57, v32);
        let v59: i32 = (v9 + v33);
        let v60: i32 = (v59 + v1);
        let v61: i32 = (v60 + v34);
        let v62: i32 = (v61 + i3);
        let v63: i32 = (v62 + k21);
        let v64: i32 = (v63 - 30i);
        let v65: f32 = in1[v64];
        let v66: f32 = select(0.0f, v65, v32);
        let v67: i32 = (v11 + v33);
        let v68: i32 = (v67 + v1);
        let v69: i32 = (v68 + v34);
        let v70: i32 = (v69 + i3);
        let v71: i32 = (v70 + k21);
        let v72: i32 = (v71 - 30i);
        let v73: f32 = in1[v72];
        let v74: f32 = select(0.0f, v73, v32);
        let v75: i32 = (v13 + v33);
        let v76: i32 = (v75 + v1);
        let v77: i32 = (v76 + v34);
        let v78: i32 = (v77 + i3);
        let v79: i32 = (v78 + k21);
        let v80: i32 = (v79 - 30i);
        let v81: f32 = in1[v80];
        let v82: f32 = select(0.0f, v81, v32);
        let v83: i32 = (v15 + v33);
        let v84: i32 = (v83 + v1);
        let v85: i32 = (v84 + v34);
        let v86: i32 = (v85 + i3);
        let v87: i32 = (v86 + k21);
        let v88: i32 = (v87 - 30i);
        let v89: f32 = in1[v88];
        let v90: f32 = select(0.0f, v89, v32);
        let v91: i32 = (v17 + v33);
        let v92: i32 = (v91 + v1);
        let v93: i32 = (v92 + v34);
        let v94: i32 = (v93 + i3);
        let v95: i32 = (v94 + k21);
        let v96: i32 = (v95 - 30i);
        let v97: f32 = in1[v96];
        let v98: f32 = select(0.0f, v97, v32);
        let v99: i32 = (r0 * 27i);
        let v100: i32 = (r1 * 3i);
        let v101: i32 = (v99 + v18);
        let v102: i32 = (v101 - v100);
        let v103: i32 = (v102 - k21);
        let v104: i32 = (v103 + 8i);
        let v105: f32 = in0[v104];
        let v106: i32 = (v99 + v19);
        let v107: i32 = (v106 - v100);
        let v108: i32 = (v107 - k21);
        let v109: i32 = (v108 + 8i);
        let v110: f32 = in0[v109];
        let v111: i32 = (v99 + v20);
        let v112: i32 = (v111 - v100);
        let v113: i32 = (v112 - k21);
        let v114: i32 = (v113 + 8i);
        let v115: f32 = in0[v114];
        c0_0 = fma(v42, v105, c0_0);
        c0_1 = fma(v42, v110, c0_1);
        c0_2 = fma(v42, v115, c0_2);
        c1_0 = fma(v50, v105, c1_0);
        c1_1 = fma(v50, v110, c1_1);
        c1_2 = fma(v50, v115, c1_2);
        c2_0 = fma(v58, v105, c2_0);
        c2_1 = fma(v58, v110, c2_1);
        c2_2 = fma(v58, v115, c2_2);
        c3_0 = fma(v66, v105, c3_0);
        c3_1 = fma(v66, v110, c3_1);
        c3_2 = fma(v66, v115, c3_2);
        c4_0 = fma(v74, v105, c4_0);
        c4_1 = fma(v74, v110, c4_1);
        c4_2 = fma(v74, v115, c4_2);
        c5_0 = fma(v82, v105, c5_0);
        c5_1 = fma(v82, v110, c5_1);
        c5_2 = fma(v82, v115, c5_2);
        c6_0 = fma(v90, v105, c6_0);
        c6_1 = fma(v90, v110, c6_1);
        c6_2 = fma(v90, v115, c6_2);
        c7_0 = fma(v98, v105, c7_0);
        c7_1 = fma(v98, v110, c7_1);
        c7_2 = fma(v98, v115, c7_2);
      }
      {
        let k116: i32 = 1i;
        let v117: i32 = (i2 + r1);
        let v118: i32 = (v117 - 2i);
        let v119: bool = (v118 >= 0i);
        let v120: bool = (v118 < 14i);
        let v121: bool = (v119 & v120);
        let v122: i32 = (i3 + k116);
        let v123: i32 = (v122 - 2i);
        let v124: bool = (v123 >= 0i);
        let v125: bool = (v121 & v124);
        let v126: bool = (v123 < 14i);
        let v127: bool = (v125 & v126);
        let v128: i32 = (r0 * 196i);
        let v129: i32 = (r1 * 14i);
        let v130: i32 = (v3 + v128);
        let v131: i32 = (v130 + v1);
        let v132: i32 = (v131 + v129);
        let v133: i32 = (v132 + i3);
        let v134: i32 = (v133 + k116);
        let v135: i32 = (v134 - 30i);
        let v136: f32 = in1[v135];
        let v137: f32 = select(0.0f, v136, v127);
        let v138: i32 = (v5 + v128);
        let v139: i32 = (v138 + v1);
        let v140: i32 = (v139 + v129);
        let v141: i32 = (v140 + i3);
        let v142: i32 = (v141 + k116);
        let v143: i32 = (v142 - 30i);
        let v144: f32 = in1[v143];
        let v145: f32 = select(0.0f, v144, v127);
        let v146: i32 = (v7 + v128);
        let v147: i32 = (v146 + v1);
        let v148: i32 = (v147 + v129);
        let v149: i32 = (v148 + i3);
        let v150: i32 = (v149 + k116);
        let v151: i32 = (v150 - 30i);
        let v152: f32 = in1[v151];
        let v153: f32 = select(0.0f, v152, v127);
        let v154: i32 = (v9 + v128);
        let v155: i32 = (v154 + v1);
        let v156: i32 = (v155 + v129);
        let v157: i32 = (v156 + i3);
        let v158: i32 = (v157 + k116);
        let v159: i32 = (v158 - 30i);
        let v160: f32 = in1[v159];
        let v161: f32 = select(0.0f, v160, v127);
        let v162: i32 = (v11 + v128);
        let v163: i32 = (v162 + v1);
        let v164: i32 = (v163 + v129);
        let v165: i32 = (v164 + i3);
        let v166: i32 = (v165 + k116);
        let v167: i32 = (v166 - 30i);
        let v168: f32 = in1[v167];
        let v169: f32 = select(0.0f, v168, v127);
        let v170: i32 = (v13 + v128);
        let v171: i32 = (v170 + v1);
        let v172: i32 = (v171 + v129);
        let v173: i32 = (v172 + i3);
        let v174: i32 = (v173 + k116);
        let v175: i32 = (v174 - 30i);
        let v176: f32 = in1[v175];
        let v177: f32 = select(0.0f, v176, v127);
        let v178: i32 = (v15 + v128);
        let v179: i32 = (v178 + v1);
        let v180: i32 = (v179 + v129);
        let v181: i32 = (v180 + i3);
        let v182: i32 = (v181 + k116);
        let v183: i32 = (v182 - 30i);
        let v184: f32 = in1[v183];
        let v185: f32 = select(0.0f, v184, v127);
        let v186: i32 = (v17 + v128);
        let v187: i32 = (v186 + v1);
        let v188: i32 = (v187 + v129);
        let v189: i32 = (v188 + i3);
        let v190: i32 = (v189 + k116);
        let v191: i32 = (v190 - 30i);
        let v192: f32 = in1[v191];
        let v193: f32 = select(0.0f, v192, v127);
        let v194: i32 = (r0 * 27i);
        let v195: i32 = (r1 * 3i);
        let v196: i32 = (v194 + v18);
        let v197: i32 = (v196 - v195);
        let v198: i32 = (v197 - k116);
        let v199: i32 = (v198 + 8i);
        let v200: f32 = in0[v199];
        let v201: i32 = (v194 + v19);
        let v202: i32 = (v201 - v195);
        let v203: i32 = (v202 - k116);
        let v204: i32 = (v203 + 8i);
        let v205: f32 = in0[v204];
        let v206: i32 = (v194 + v20);
        let v207: i32 = (v206 - v195);
        let v208: i32 = (v207 - k116);
        let v209: i32 = (v208 + 8i);
        let v210: f32 = in0[v209];
        c0_0 = fma(v137, v200, c0_0);
        c0_1 = fma(v137, v205, c0_1);
        c0_2 = fma(v137, v210, c0_2);
        c1_0 = fma(v145, v200, c1_0);
        c1_1 = fma(v145, v205, c1_1);
        c1_2 = fma(v145, v210, c1_2);
        c2_0 = fma(v153, v200, c2_0);
        c2_1 = fma(v153, v205, c2_1);
        c2_2 = fma(v153, v210, c2_2);
        c3_0 = fma(v161, v200, c3_0);
        c3_1 = fma(v161, v205, c3_1);
        c3_2 = fma(v161, v210, c3_2);
        c4_0 = fma(v169, v200, c4_0);
        c4_1 = fma(v169, v205, c4_1);
        c4_2 = fma(v169, v210, c4_2);
        c5_0 = fma(v177, v200, c5_0);
        c5_1 = fma(v177, v205, c5_1);
        c5_2 = fma(v177, v210, c5_2);
        c6_0 = fma(v185, v200, c6_0);
        c6_1 = fma(v185, v205, c6_1);
        c6_2 = fma(v185, v210, c6_2);
        c7_0 = fma(v193, v200, c7_0);
        c7_1 = fma(v193, v205, c7_1);
        c7_2 = fma(v193, v210, c7_2);
      }
      {
        let k211: i32 = 2i;
        let v212: i32 = (i2 + r1);
        let v213: i32 = (v212 - 2i);
        let v214: bool = (v213 >= 0i);
        let v215: bool = (v213 < 14i);
        let v216: bool = (v214 & v215);
        let v217: i32 = (i3 + k211);
        let v218: i32 = (v217 - 2i);
        let v219: bool = (v218 >= 0i);
        let v220: bool = (v216 & v219);
        let v221: bool = (v218 < 14i);
        let v222: bool = (v220 & v221);
        let v223: i32 = (r0 * 196i);
        let v224: i32 = (r1 * 14i);
        let v225: i32 = (v3 + v223);
        let v226: i32 = (v225 + v1);
        let v227: i32 = (v226 + v224);
        let v228: i32 = (v227 + i3);
        let v229: i32 = (v228 + k211);
        let v230: i32 = (v229 - 30i);
        let v231: f32 = in1[v230];
        let v232: f32 = select(0.0f, v231, v222);
        let v233: i32 = (v5 + v223);
        let v234: i32 = (v233 + v1);
        let v235: i32 = (v234 + v224);
        let v236: i32 = (v235 + i3);
        let v237: i32 = (v236 + k211);
        let v238: i32 = (v237 - 30i);
        let v239: f32 = in1[v238];
        let v240: f32 = select(0.0f, v239, v222);
        let v241: i32 = (v7 + v223);
        let v242: i32 = (v241 + v1);
        let v243: i32 = (v242 + v224);
        let v244: i32 = (v243 + i3);
        let v245: i32 = (v244 + k211);
        let v246: i32 = (v245 - 30i);
        let v247: f32 = in1[v246];
        let v248: f32 = select(0.0f, v247, v222);
        let v249: i32 = (v9 + v223);
        let v250: i32 = (v249 + v1);
        let v251: i32 = (v250 + v224);
        let v252: i32 = (v251 + i3);
        let v253: i32 = (v252 + k211);
        let v254: i32 = (v253 - 30i);
        let v255: f32 = in1[v254];
        let v256: f32 = select(0.0f, v255, v222);
        let v257: i32 = (v11 + v223);
        let v258: i32 = (v257 + v1);
        let v259: i32 = (v258 + v224);
        let v260: i32 = (v259 + i3);
        let v261: i32 = (v260 + k211);
        let v262: i32 = (v261 - 30i);
        let v263: f32 = in1[v262];
        let v264: f32 = select(0.0f, v263, v222);
        let v265: i32 = (v13 + v223);
        let v266: i32 = (v265 + v1);
        let v267: i32 = (v266 + v224);
        let v268: i32 = (v267 + i3);
        let v269: i32 = (v268 + k211);
        let v270: i32 = (v269 - 30i);
        let v271: f32 = in1[v270];
        let v272: f32 = select(0.0f, v271, v222);
        let v273: i32 = (v15 + v223);
        let v274: i32 = (v273 + v1);
        let v275: i32 = (v274 + v224);
        let v276: i32 = (v275 + i3);
        let v277: i32 = (v276 + k211);
        let v278: i32 = (v277 - 30i);
        let v279: f32 = in1[v278];
        let v280: f32 = select(0.0f, v279, v222);
        let v281: i32 = (v17 + v223);
        let v282: i32 = (v281 + v1);
        let v283: i32 = (v282 + v224);
        let v284: i32 = (v283 + i3);
        let v285: i32 = (v284 + k211);
        let v286: i32 = (v285 - 30i);
        let v287: f32 = in1[v286];
        let v288: f32 = select(0.0f, v287, v222);
        let v289: i32 = (r0 * 27i);
        let v290: i32 = (r1 * 3i);
        let v291: i32 = (v289 + v18);
        let v292: i32 = (v291 - v290);
        let v293: i32 = (v292 - k211);
        let v294: i32 = (v293 + 8i);
        let v295: f32 = in0[v294];
        let v296: i32 = (v289 + v19);
        let v297: i32 = (v296 - v290);
        let v298: i32 = (v297 - k211);
        let v299: i32 = (v298 + 8i);
        let v300: f32 = in0[v299];
        let v301: i32 = (v289 + v20);
        let v302: i32 = (v301 - v290);
        let v303: i32 = (v302 - k211);
        let v304: i32 = (v303 + 8i);
        let v305: f32 = in0[v304];
        c0_0 = fma(v232, v295, c0_0);
        c0_1 = fma(v232, v300, c0_1);
        c0_2 = fma(v232, v305, c0_2);
        c1_0 = fma(v240, v295, c1_0);
        c1_1 = fma(v240, v300, c1_1);
        c1_2 = fma(v240, v305, c1_2);
        c2_0 = fma(v248, v295, c2_0);
        c2_1 = fma(v248, v300, c2_1);
        c2_2 = fma(v248, v305, c2_2);
        c3_0 = fma(v256, v295, c3_0);
        c3_1 = fma(v256, v300, c3_1);
        c3_2 = fma(v256, v305, c3_2);
        c4_0 = fma(v264, v295, c4_0);
        c4_1 = fma(v264, v300, c4_1);
        c4_2 = fma(v264, v305, c4_2);
        c5_0 = fma(v272, v295, c5_0);
        c5_1 = fma(v272, v300, c5_1);
        c5_2 = fma(v272, v305, c5_2);
        c6_0 = fma(v280, v295, c6_0);
        c6_1 = fma(v280, v300, c6_1);
        c6_2 = fma(v280, v305, c6_2);
        c7_0 = fma(v288, v295, c7_0);
        c7_1 = fma(v288, v300, c7_1);
        c7_2 = fma(v288, v305, c7_2);
      }
    }
  }
  {
    let v306: i32 = (i0 * 3840i);
    let v307: i32 = (i1 * 1280i);
    let v308: i32 = (v306 + v307);
    let v309: i32 = (i2 * 80i);
    let v310: i32 = (v308 + v309);
    let v311: i32 = (i3 * 5i);
    let v312: i32 = (v310 + v311);
    let v313: i32 = (v312 + i4);
    out0[v313] = c0_0;
  }
  {
    let v314: i32 = (i0 * 3840i);
    let v315: i32 = (i1_1 * 1280i);
    let v316: i32 = (v314 + v315);
    let v317: i32 = (i2 * 80i);
    let v318: i32 = (v316 + v317);
    let v319: i32 = (i3 * 5i);
    let v320: i32 = (v318 + v319);
    let v321: i32 = (v320 + i4);
    out0[v321] = c0_1;
  }
  {
    let v322: i32 = (i0 * 3840i);
    let v323: i32 = (i1_2 * 1280i);
    let v324: i32 = (v322 + v323);
    let v325: i32 = (i2 * 80i);
    let v326: i32 = (v324 + v325);
    let v327: i32 = (i3 * 5i);
    let v328: i32 = (v326 + v327);
    let v329: i32 = (v328 + i4);
    out0[v329] = c0_2;
  }
  {
    let v330: i32 = (i0_1 * 3840i);
    let v331: i32 = (i1 * 1280i);
    let v332: i32 = (v330 + v331);
    let v333: i32 = (i2 * 80i);
    let v334: i32 = (v332 + v333);
    let v335: i32 = (i3 * 5i);
    let v336: i32 = (v334 + v335);
    let v337: i32 = (v336 + i4);
    out0[v337] = c1_0;
  }
  {
    let v338: i32 = (i0_1 * 3840i);
    let v339: i32 = (i1_1 * 1280i);
    let v340: i32 = (v338 + v339);
    let v341: i32 = (i2 * 80i);
    let v342: i32 = (v340 + v341);
    let v343: i32 = (i3 * 5i);
    let v344: i32 = (v342 + v343);
    let v345: i32 = (v344 + i4);
    out0[v345] = c1_1;
  }
  {
    let v346: i32 = (i0_1 * 3840i);
    let v347: i32 = (i1_2 * 1280i);
    let v348: i32 = (v346 + v347);
    let v349: i32 = (i2 * 80i);
    let v350: i32 = (v348 + v349);
    let v351: i32 = (i3 * 5i);
    let v352: i32 = (v350 + v351);
    let v353: i32 = (v352 + i4);
    out0[v353] = c1_2;
  }
  {
    let v354: i32 = (i0_2 * 3840i);
    let v355: i32 = (i1 * 1280i);
    let v356: i32 = (v354 + v355);
    let v357: i32 = (i2 * 80i);
    let v358: i32 = (v356 + v357);
    let v359: i32 = (i3 * 5i);
    let v360: i32 = (v358 + v359);
    let v361: i32 = (v360 + i4);
    out0[v361] = c2_0;
  }
  {
    let v362: i32 = (i0_2 * 3840i);
    let v363: i32 = (i1_1 * 1280i);
    let v364: i32 = (v362 + v363);
    let v365: i32 = (i2 * 80i);
    let v366: i32 = (v364 + v365);
    let v367: i32 = (i3 * 5i);
    let v368: i32 = (v366 + v367);
    let v369: i32 = (v368 + i4);
    out0[v369] = c2_1;
  }
  {
    let v370: i32 = (i0_2 * 3840i);
    let v371: i32 = (i1_2 * 1280i);
    let v372: i32 = (v370 + v371);
    let v373: i32 = (i2 * 80i);
    let v374: i32 = (v372 + v373);
    let v375: i32 = (i3 * 5i);
    let v376: i32 = (v374 + v375);
    let v377: i32 = (v376 + i4);
    out0[v377] = c2_2;
  }
  {
    let v378: i32 = (i0_3 * 3840i);
    let v379: i32 = (i1 * 1280i);
    let v380: i32 = (v378 + v379);
    let v381: i32 = (i2 * 80i);
    let v382: i32 = (v380 + v381);
    let v383: i32 = (i3 * 5i);
    let v384: i32 = (v382 + v383);
    let v385: i32 = (v384 + i4);
    out0[v385] = c3_0;
  }
  {
    let v386: i32 = (i0_3 * 3840i);
    let v387: i32 = (i1_1 * 1280i);
    let v388: i32 = (v386 + v387);
    let v389: i32 = (i2 * 80i);
    let v390: i32 = (v388 + v389);
    let v391: i32 = (i3 * 5i);
    let v392: i32 = (v390 + v391);
    let v393: i32 = (v392 + i4);
    out0[v393] = c3_1;
  }
  {
    let v394: i32 = (i0_3 * 3840i);
    let v395: i32 = (i1_2 * 1280i);
    let v396: i32 = (v394 + v395);
    let v397: i32 = (i2 * 80i);
    let v398: i32 = (v396 + v397);
    let v399: i32 = (i3 * 5i);
    let v400: i32 = (v398 + v399);
    let v401: i32 = (v400 + i4);
    out0[v401] = c3_2;
  }
  {
    let v402: i32 = (i0_4 * 3840i);
    let v403: i32 = (i1 * 1280i);
    let v404: i32 = (v402 + v403);
    let v405: i32 = (i2 * 80i);
    let v406: i32 = (v404 + v405);
    let v407: i32 = (i3 * 5i);
    let v408: i32 = (v406 + v407);
    let v409: i32 = (v408 + i4);
    out0[v409] = c4_0;
  }
  {
    let v410: i32 = (i0_4 * 3840i);
    let v411: i32 = (i1_1 * 1280i);
    let v412: i32 = (v410 + v411);
    let v413: i32 = (i2 * 80i);
    let v414: i32 = (v412 + v413);
    let v415: i32 = (i3 * 5i);
    let v416: i32 = (v414 + v415);
    let v417: i32 = (v416 + i4);
    out0[v417] = c4_1;
  }
  {
    let v418: i32 = (i0_4 * 3840i);
    let v419: i32 = (i1_2 * 1280i);
    let v420: i32 = (v418 + v419);
    let v421: i32 = (i2 * 80i);
    let v422: i32 = (v420 + v421);
    let v423: i32 = (i3 * 5i);
    let v424: i32 = (v422 + v423);
    let v425: i32 = (v424 + i4);
    out0[v425] = c4_2;
  }
  {
    let v426: i32 = (i0_5 * 3840i);
    let v427: i32 = (i1 * 1280i);
    let v428: i32 = (v426 + v427);
    let v429: i32 = (i2 * 80i);
    let v430: i32 = (v428 + v429);
    let v431: i32 = (i3 * 5i);
    let v432: i32 = (v430 + v431);
    let v433: i32 = (v432 + i4);
    out0[v433] = c5_0;
  }
  {
    let v434: i32 = (i0_5 * 3840i);
    let v435: i32 = (i1_1 * 1280i);
    let v436: i32 = (v434 + v435);
    let v437: i32 = (i2 * 80i);
    let v438: i32 = (v436 + v437);
    let v439: i32 = (i3 * 5i);
    let v440: i32 = (v438 + v439);
    let v441: i32 = (v440 + i4);
    out0[v441] = c5_1;
  }
  {
    let v442: i32 = (i0_5 * 3840i);
    let v443: i32 = (i1_2 * 1280i);
    let v444: i32 = (v442 + v443);
    let v445: i32 = (i2 * 80i);
    let v446: i32 = (v444 + v445);
    let v447: i32 = (i3 * 5i);
    let v448: i32 = (v446 + v447);
    let v449: i32 = (v448 + i4);
    out0[v449] = c5_2;
  }
  {
    let v450: i32 = (i0_6 * 3840i);
    let v451: i32 = (i1 * 1280i);
    let v452: i32 = (v450 + v451);
    let v453: i32 = (i2 * 80i);
    let v454: i32 = (v452 + v453);
    let v455: i32 = (i3 * 5i);
    let v456: i32 = (v454 + v455);
    let v457: i32 = (v456 + i4);
    out0[v457] = c6_0;
  }
  {
    let v458: i32 = (i0_6 * 3840i);
    let v459: i32 = (i1_1 * 1280i);
    let v460: i32 = (v458 + v459);
    let v461: i32 = (i2 * 80i);
    let v462: i32 = (v460 + v461);
    let v463: i32 = (i3 * 5i);
    let v464: i32 = (v462 + v463);
    let v465: i32 = (v464 + i4);
    out0[v465] = c6_1;
  }
  {
    let v466: i32 = (i0_6 * 3840i);
    let v467: i32 = (i1_2 * 1280i);
    let v468: i32 = (v466 + v467);
    let v469: i32 = (i2 * 80i);
    let v470: i32 = (v468 + v469);
    let v471: i32 = (i3 * 5i);
    let v472: i32 = (v470 + v471);
    let v473: i32 = (v472 + i4);
    out0[v473] = c6_2;
  }
  {
    let v474: i32 = (i0_7 * 3840i);
    let v475: i32 = (i1 * 1280i);
    let v476: i32 = (v474 + v475);
    let v477: i32 = (i2 * 80i);
    let v478: i32 = (v476 + v477);
    let v479: i32 = (i3 * 5i);
    let v480: i32 = (v478 + v479);
    let v481: i32 = (v480 + i4);
    out0[v481] = c7_0;
  }
  {
    let v482: i32 = (i0_7 * 3840i);
    let v483: i32 = (i1_1 * 1280i);
    let v484: i32 = (v482 + v483);
    let v485: i32 = (i2 * 80i);
    let v486: i32 = (v484 + v485);
    let v487: i32 = (i3 * 5i);
    let v488: i32 = (v486 + v487);
    let v489: i32 = (v488 + i4);
    out0[v489] = c7_1;
  }
  {
    let v490: i32 = (i0_7 * 3840i);
    let v491: i32 = (i1_2 * 1280i);
    let v492: i32 = (v490 + v491);
    let v493: i32 = (i2 * 80i);
    let v494: i32 = (v492 + v493);
    let v495: i32 = (i3 * 5i);
    let v496: i32 = (v494 + v495);
    let v497: i32 = (v496 + i4);
    out0[v497] = c7_2;
  }
}
