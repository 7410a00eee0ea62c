# test/e2e/multiview-golden.test.ts (kernax dump examples/multiview.ts --print-after-all --format json) — case 'stax-multiviewJac-wgsl'
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
  let i1: i32 = (lf / 80i) % 16i;
  let i2: i32 = (lf / 5i) % 16i;
  let i4: i32 = lf % 5i;
  let t3: i32 = 0i;
  let i0: i32 = t0 * 8i;
  let i0_1: i32 = i0 + 1i;
  let i0_2: i32 = i0 + 2i;
  let i0_3: i32 = i0 + 3i;
  let i0_4: i32 = i0 + 4i;
  let i0_5: i32 = i0 + 5i;
  let i0_6: i32 = i0 + 6i;
  let i0_7: i32 = i0 + 7i;
  let i3: i32 = t3 * 3i;
  let i3_1: i32 = i3 + 1i;
  let i3_2: i32 = i3 + 2i;
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
  let v1: i32 = (i1 * 70i);
  let v2: i32 = (i2 * 5i);
  let v3: i32 = (i0 * 4900i);
  let v4: i32 = (v3 + v0);
  let v5: i32 = (v4 + v1);
  let v6: i32 = (i0_1 * 4900i);
  let v7: i32 = (v6 + v0);
  let v8: i32 = (v7 + v1);
  let v9: i32 = (i0_2 * 4900i);
  let v10: i32 = (v9 + v0);
  let v11: i32 = (v10 + v1);
  let v12: i32 = (i0_3 * 4900i);
  let v13: i32 = (v12 + v0);
  let v14: i32 = (v13 + v1);
  let v15: i32 = (i0_4 * 4900i);
  let v16: i32 = (v15 + v0);
  let v17: i32 = (v16 + v1);
  let v18: i32 = (i0_5 * 4900i);
  let v19: i32 = (v18 + v0);
  let v20: i32 = (v19 + v1);
  let v21: i32 = (i0_6 * 4900i);
  let v22: i32 = (v21 + v0);
  let v23: i32 = (v22 + v1);
  let v24: i32 = (i0_7 * 4900i);
  let v25: i32 = (v24 + v0);
  let v26: i32 = (v25 + v1);
  let v27: i32 = (i3 * 5i);
  let v28: i32 = (i3_1 * 5i);
  let v29: i32 = (i3_2 * 5i);
  for (var r0: i32 = 0i; r0 < 5i; r0 = r0 + 1i) {
    for (var r1: i32 = 0i; r1 < 3i; r1 = r1 + 1i) {
      {
        let k30: i32 = 0i;
        let v31: i32 = (i1 + r1);
        let v32: i32 = (v31 - 2i);
        let v33: bool = (v32 >= 0i);
        let v34: bool = (v32 < 14i);
        let v35: bool = (v33 & v34);
        let v36: i32 = (i2 + k30);
        let v37: i32 = (v36 - 2i);
        let v38: bool = (v37 >= 0i);
        let v39: bool = (v35 & v38);
        let v40: bool = (v37 < 14i);
        let v41: bool = (v39 & v40);
        let v42: i32 = (r1 * 70i);
        let v43: i32 = (k30 * 5i);
        let v44: i32 = (v5 + v42);
        let v45: i32 = (v44 + v2);
        let v46: i32 = (v45 + v43);
        let v47: i32 = (v46 + r0);
        let v48: i32 = (v47 - 150i);
        let v49: f32 = in1[v48];
        let v50: f32 = select(0.0f, v49, v41);
        let v51: i32 = (v8 + v42);
        let v52: i32 = (v51 + v2);
        let v53: i32 = (v52 + v43);
        let v54: i32 = (v53 + r0);
        let v55: i32 = (v54 - 150i);
        let v56: f32 = in1[v55];
        let v57: f32 = select(0.0f, v56, v41);
        let v58: i32 = (v11 + v42);
        let v59: i32 = (v58 + v2);
        let v60: i32 = (v59 + v43);
        let v61: i32 = (v60 + r0);
        let v62: i32 = (v61 - 150i);
        let v63: f32 = in1[v62];
        let v64: f32 = select(0.0f, v63, v41);
        let v65: i32 = (v14 + v42);
        let v66: i32 = (v65 + v2);
        let v67: i32 = (v66 + v43);
        let v68: i32 = (v67 + r0);
        let v69: i32 = (v68 - 150i);
        let v70: f32 = in1[v69];
        let v71: f32 = select(0.0f, v70, v41);
        let v72: i32 = (v17 + v42);
        let v73: i32 = (v72 + v2);
        let v74: i32 = (v73 + v43);
        let v75: i32 = (v74 + r0);
        let v76: i32 = (v75 - 150i);
        let v77: f32 = in1[v76];
        let v78: f32 = select(0.0f, v77, v41);
        let v79: i32 = (v20 + v42);
        let v80: i32 = (v79 + v2);
        let v81: i32 = (v80 + v43);
        let v82: i32 = (v81 + r0);
        let v83: i32 = (v82 - 150i);
        let v84: f32 = in1[v83];
        let v85: f32 = select(0.0f, v84, v41);
        let v86: i32 = (v23 + v42);
        let v87: i32 = (v86 + v2);
        let v88: i32 = (v87 + v43);
        let v89: i32 = (v88 + r0);
        let v90: i32 = (v89 - 150i);
        let v91: f32 = in1[v90];
        let v92: f32 = select(0.0f, v91, v41);
        let v93: i32 = (v26 + v42);
        let v94: i32 = (v93 + v2);
        let v95: i32 = (v94 + v43);
        let v96: i32 = (v95 + r0);
        let v97: i32 = (v96 - 150i);
        let v98: f32 = in1[v97];
        let v99: f32 = select(0.0f, v98, v41);
        let v100: i32 = (r1 * (-45i));
        let v101: i32 = (k30 * 15i);
        let v102: i32 = (v100 - v101);
        let v103: i32 = (v102 + v27);
        let v104: i32 = (v103 + r0);
        let v105: i32 = (v104 + 120i);
        let v106: f32 = in0[v105];
        let v107: i32 = (v102 + v28);
        let v108: i32 = (v107 + r0);
        let v109: i32 = (v108 + 120i);
        let v110: f32 = in0[v109];
        let v111: i32 = (v102 + v29);
        let v112: i32 = (v111 + r0);
        let v113: i32 = (v112 + 120i);
        let v114: f32 = in0[v113];
        c0_0 = fma(v50, v106, c0_0);
        c0_1 = fma(v50, v110, c0_1);
        c0_2 = fma(v50, v114, c0_2);
        c1_0 = fma(v57, v106, c1_0);
        c1_1 = fma(v57, v110, c1_1);
        c1_2 = fma(v57, v114, c1_2);
        c2_0 = fma(v64, v106, c2_0);
        c2_1 = fma(v64, v110, c2_1);
        c2_2 = fma(v64, v114, c2_2);
        c3_0 = fma(v71, v106, c3_0);
        c3_1 = fma(v71, v110, c3_1);
        c3_2 = fma(v71, v114, c3_2);
        c4_0 = fma(v78, v106, c4_0);
        c4_1 = fma(v78, v110, c4_1);
        c4_2 = fma(v78, v114, c4_2);
        c5_0 = fma(v85, v106, c5_0);
        c5_1 = fma(v85, v110, c5_1);
        c5_2 = fma(v85, v114, c5_2);
        c6_0 = fma(v92, v106, c6_0);
        c6_1 = fma(v92, v110, c6_1);
        c6_2 = fma(v92, v114, c6_2);
        c7_0 = fma(v99, v106, c7_0);
        c7_1 = fma(v99, v110, c7_1);
        c7_2 = fma(v99, v114, c7_2);
      }
      {
        let k115: i32 = 1i;
        let v116: i32 = (i1 + r1);
        let v117: i32 = (v116 - 2i);
        let v118: bool = (v117 >= 0i);
        let v119: bool = (v117 < 14i);
        let v120: bool = (v118 & v119);
        let v121: i32 = (i2 + k115);
        let v122: i32 = (v121 - 2i);
        let v123: bool = (v122 >= 0i);
        let v124: bool = (v120 & v123);
        let v125: bool = (v122 < 14i);
        let v126: bool = (v124 & v125);
        let v127: i32 = (r1 * 70i);
        let v128: i32 = (k115 * 5i);
        let v129: i32 = (v5 + v127);
        let v130: i32 = (v129 + v2);
        let v131: i32 = (v130 + v128);
        let v132: i32 = (v131 + r0);
        let v133: i32 = (v132 - 150i);
        let v134: f32 = in1[v133];
        let v135: f32 = select(0.0f, v134, v126);
        let v136: i32 = (v8 + v127);
        let v137: i32 = (v136 + v2);
        let v138: i32 = (v137 + v128);
        let v139: i32 = (v138 + r0);
        let v140: i32 = (v139 - 150i);
        let v141: f32 = in1[v140];
        let v142: f32 = select(0.0f, v141, v126);
        let v143: i32 = (v11 + v127);
        let v144: i32 = (v143 + v2);
        let v145: i32 = (v144 + v128);
        let v146: i32 = (v145 + r0);
        let v147: i32 = (v146 - 150i);
        let v148: f32 = in1[v147];
        let v149: f32 = select(0.0f, v148, v126);
        let v150: i32 = (v14 + v127);
        let v151: i32 = (v150 + v2);
        let v152: i32 = (v151 + v128);
        let v153: i32 = (v152 + r0);
        let v154: i32 = (v153 - 150i);
        let v155: f32 = in1[v154];
        let v156: f32 = select(0.0f, v155, v126);
        let v157: i32 = (v17 + v127);
        let v158: i32 = (v157 + v2);
        let v159: i32 = (v158 + v128);
        let v160: i32 = (v159 + r0);
        let v161: i32 = (v160 - 150i);
        let v162: f32 = in1[v161];
        let v163: f32 = select(0.0f, v162, v126);
        let v164: i32 = (v20 + v127);
        let v165: i32 = (v164 + v2);
        let v166: i32 = (v165 + v128);
        let v167: i32 = (v166 + r0);
        let v168: i32 = (v167 - 150i);
        let v169: f32 = in1[v168];
        let v170: f32 = select(0.0f, v169, v126);
        let v171: i32 = (v23 + v127);
        let v172: i32 = (v171 + v2);
        let v173: i32 = (v172 + v128);
        let v174: i32 = (v173 + r0);
        let v175: i32 = (v174 - 150i);
        let v176: f32 = in1[v175];
        let v177: f32 = select(0.0f, v176, v126);
        let v178: i32 = (v26 + v127);
        let v179: i32 = (v178 + v2);
        let v180: i32 = (v179 + v128);
        let v181: i32 = (v180 + r0);
        let v182: i32 = (v181 - 150i);
        let v183: f32 = in1[v182];
        let v184: f32 = select(0.0f, v183, v126);
        let v185: i32 = (r1 * (-45i));
        let v186: i32 = (k115 * 15i);
        let v187: i32 = (v185 - v186);
        let v188: i32 = (v187 + v27);
        let v189: i32 = (v188 + r0);
        let v190: i32 = (v189 + 120i);
        let v191: f32 = in0[v190];
        let v192: i32 = (v187 + v28);
        let v193: i32 = (v192 + r0);
        let v194: i32 = (v193 + 120i);
        let v195: f32 = in0[v194];
        let v196: i32 = (v187 + v29);
        let v197: i32 = (v196 + r0);
        let v198: i32 = (v197 + 120i);
        let v199: f32 = in0[v198];
        c0_0 = fma(v135, v191, c0_0);
        c0_1 = fma(v135, v195, c0_1);
        c0_2 = fma(v135, v199, c0_2);
        c1_0 = fma(v142, v191, c1_0);
        c1_1 = fma(v142, v195, c1_1);
        c1_2 = fma(v142, v199, c1_2);
        c2_0 = fma(v149, v191, c2_0);
        c2_1 = fma(v149, v195, c2_1);
        c2_2 = fma(v149, v199, c2_2);
        c3_0 = fma(v156, v191, c3_0);
        c3_1 = fma(v156, v195, c3_1);
        c3_2 = fma(v156, v199, c3_2);
        c4_0 = fma(v163, v191, c4_0);
        c4_1 = fma(v163, v195, c4_1);
        c4_2 = fma(v163, v199, c4_2);
        c5_0 = fma(v170, v191, c5_0);
        c5_1 = fma(v170, v195, c5_1);
        c5_2 = fma(v170, v199, c5_2);
        c6_0 = fma(v177, v191, c6_0);
        c6_1 = fma(v177, v195, c6_1);
        c6_2 = fma(v177, v199, c6_2);
        c7_0 = fma(v184, v191, c7_0);
        c7_1 = fma(v184, v195, c7_1);
        c7_2 = fma(v184, v199, c7_2);
      }
      {
        let k200: i32 = 2i;
        let v201: i32 = (i1 + r1);
        let v202: i32 = (v201 - 2i);
        let v203: bool = (v202 >= 0i);
        let v204: bool = (v202 < 14i);
        let v205: bool = (v203 & v204);
        let v206: i32 = (i2 + k200);
        let v207: i32 = (v206 - 2i);
        let v208: bool = (v207 >= 0i);
        let v209: bool = (v205 & v208);
        let v210: bool = (v207 < 14i);
        let v211: bool = (v209 & v210);
        let v212: i32 = (r1 * 70i);
        let v213: i32 = (k200 * 5i);
        let v214: i32 = (v5 + v212);
        let v215: i32 = (v214 + v2);
        let v216: i32 = (v215 + v213);
        let v217: i32 = (v216 + r0);
        let v218: i32 = (v217 - 150i);
        let v219: f32 = in1[v218];
        let v220: f32 = select(0.0f, v219, v211);
        let v221: i32 = (v8 + v212);
        let v222: i32 = (v221 + v2);
        let v223: i32 = (v222 + v213);
        let v224: i32 = (v223 + r0);
        let v225: i32 = (v224 - 150i);
        let v226: f32 = in1[v225];
        let v227: f32 = select(0.0f, v226, v211);
        let v228: i32 = (v11 + v212);
        let v229: i32 = (v228 + v2);
        let v230: i32 = (v229 + v213);
        let v231: i32 = (v230 + r0);
        let v232: i32 = (v231 - 150i);
        let v233: f32 = in1[v232];
        let v234: f32 = select(0.0f, v233, v211);
        let v235: i32 = (v14 + v212);
        let v236: i32 = (v235 + v2);
        let v237: i32 = (v236 + v213);
        let v238: i32 = (v237 + r0);
        let v239: i32 = (v238 - 150i);
        let v240: f32 = in1[v239];
        let v241: f32 = select(0.0f, v240, v211);
        let v242: i32 = (v17 + v212);
        let v243: i32 = (v242 + v2);
        let v244: i32 = (v243 + v213);
        let v245: i32 = (v244 + r0);
        let v246: i32 = (v245 - 150i);
        let v247: f32 = in1[v246];
        let v248: f32 = select(0.0f, v247, v211);
        let v249: i32 = (v20 + v212);
        let v250: i32 = (v249 + v2);
        let v251: i32 = (v250 + v213);
        let v252: i32 = (v251 + r0);
        let v253: i32 = (v252 - 150i);
        let v254: f32 = in1[v253];
        let v255: f32 = select(0.0f, v254, v211);
        let v256: i32 = (v23 + v212);
        let v257: i32 = (v256 + v2);
        let v258: i32 = (v257 + v213);
        let v259: i32 = (v258 + r0);
        let v260: i32 = (v259 - 150i);
        let v261: f32 = in1[v260];
        let v262: f32 = select(0.0f, v261, v211);
        let v263: i32 = (v26 + v212);
        let v264: i32 = (v263 + v2);
        let v265: i32 = (v264 + v213);
        let v266: i32 = (v265 + r0);
        let v267: i32 = (v266 - 150i);
        let v268: f32 = in1[v267];
        let v269: f32 = select(0.0f, v268, v211);
        let v270: i32 = (r1 * (-45i));
        let v271: i32 = (k200 * 15i);
        let v272: i32 = (v270 - v271);
        let v273: i32 = (v272 + v27);
        let v274: i32 = (v273 + r0);
        let v275: i32 = (v274 + 120i);
        let v276: f32 = in0[v275];
        let v277: i32 = (v272 + v28);
        let v278: i32 = (v277 + r0);
        let v279: i32 = (v278 + 120i);
        let v280: f32 = in0[v279];
        let v281: i32 = (v272 + v29);
        let v282: i32 = (v281 + r0);
        let v283: i32 = (v282 + 120i);
        let v284: f32 = in0[v283];
        c0_0 = fma(v220, v276, c0_0);
        c0_1 = fma(v220, v280, c0_1);
        c0_2 = fma(v220, v284, c0_2);
        c1_0 = fma(v227, v276, c1_0);
        c1_1 = fma(v227, v280, c1_1);
        c1_2 = fma(v227, v284, c1_2);
        c2_0 = fma(v234, v276, c2_0);
        c2_1 = fma(v234, v280, c2_1);
        c2_2 = fma(v234, v284, c2_2);
        c3_0 = fma(v241, v276, c3_0);
        c3_1 = fma(v241, v280, c3_1);
        c3_2 = fma(v241, v284, c3_2);
        c4_0 = fma(v248, v276, c4_0);
        c4_1 = fma(v248, v280, c4_1);
        c4_2 = fma(v248, v284, c4_2);
        c5_0 = fma(v255, v276, c5_0);
        c5_1 = fma(v255, v280, c5_1);
        c5_2 = fma(v255, v284, c5_2);
        c6_0 = fma(v262, v276, c6_0);
        c6_1 = fma(v262, v280, c6_1);
        c6_2 = fma(v262, v284, c6_2);
        c7_0 = fma(v269, v276, c7_0);
        c7_1 = fma(v269, v280, c7_1);
        c7_2 = fma(v269, v284, c7_2);
      }
    }
  }
  {
    let v285: i32 = (i0 * 3840i);
    let v286: i32 = (i1 * 240i);
    let v287: i32 = (v285 + v286);
    let v288: i32 = (i2 * 15i);
    let v289: i32 = (v287 + v288);
    let v290: i32 = (i3 * 5i);
    let v291: i32 = (v289 + v290);
    let v292: i32 = (v291 + i4);
    out0[v292] = c0_0;
  }
  {
    let v293: i32 = (i0 * 3840i);
    let v294: i32 = (i1 * 240i);
    let v295: i32 = (v293 + v294);
    let v296: i32 = (i2 * 15i);
    let v297: i32 = (v295 + v296);
    let v298: i32 = (i3_1 * 5i);
    let v299: i32 = (v297 + v298);
    let v300: i32 = (v299 + i4);
    out0[v300] = c0_1;
  }
  {
    let v301: i32 = (i0 * 3840i);
    let v302: i32 = (i1 * 240i);
    let v303: i32 = (v301 + v302);
    let v304: i32 = (i2 * 15i);
    let v305: i32 = (v303 + v304);
    let v306: i32 = (i3_2 * 5i);
    let v307: i32 = (v305 + v306);
    let v308: i32 = (v307 + i4);
    out0[v308] = c0_2;
  }
  {
    let v309: i32 = (i0_1 * 3840i);
    let v310: i32 = (i1 * 240i);
    let v311: i32 = (v309 + v310);
    let v312: i32 = (i2 * 15i);
    let v313: i32 = (v311 + v312);
    let v314: i32 = (i3 * 5i);
    let v315: i32 = (v313 + v314);
    let v316: i32 = (v315 + i4);
    out0[v316] = c1_0;
  }
  {
    let v317: i32 = (i0_1 * 3840i);
    let v318: i32 = (i1 * 240i);
    let v319: i32 = (v317 + v318);
    let v320: i32 = (i2 * 15i);
    let v321: i32 = (v319 + v320);
    let v322: i32 = (i3_1 * 5i);
    let v323: i32 = (v321 + v322);
    let v324: i32 = (v323 + i4);
    out0[v324] = c1_1;
  }
  {
    let v325: i32 = (i0_1 * 3840i);
    let v326: i32 = (i1 * 240i);
    let v327: i32 = (v325 + v326);
    let v328: i32 = (i2 * 15i);
    let v329: i32 = (v327 + v328);
    let v330: i32 = (i3_2 * 5i);
    let v331: i32 = (v329 + v330);
    let v332: i32 = (v331 + i4);
    out0[v332] = c1_2;
  }
  {
    let v333: i32 = (i0_2 * 3840i);
    let v334: i32 = (i1 * 240i);
    let v335: i32 = (v333 + v334);
    let v336: i32 = (i2 * 15i);
    let v337: i32 = (v335 + v336);
    let v338: i32 = (i3 * 5i);
    let v339: i32 = (v337 + v338);
    let v340: i32 = (v339 + i4);
    out0[v340] = c2_0;
  }
  {
    let v341: i32 = (i0_2 * 3840i);
    let v342: i32 = (i1 * 240i);
    let v343: i32 = (v341 + v342);
    let v344: i32 = (i2 * 15i);
    let v345: i32 = (v343 + v344);
    let v346: i32 = (i3_1 * 5i);
    let v347: i32 = (v345 + v346);
    let v348: i32 = (v347 + i4);
    out0[v348] = c2_1;
  }
  {
    let v349: i32 = (i0_2 * 3840i);
    let v350: i32 = (i1 * 240i);
    let v351: i32 = (v349 + v350);
    let v352: i32 = (i2 * 15i);
    let v353: i32 = (v351 + v352);
    let v354: i32 = (i3_2 * 5i);
    let v355: i32 = (v353 + v354);
    let v356: i32 = (v355 + i4);
    out0[v356] = c2_2;
  }
  {
    let v357: i32 = (i0_3 * 3840i);
    let v358: i32 = (i1 * 240i);
    let v359: i32 = (v357 + v358);
    let v360: i32 = (i2 * 15i);
    let v361: i32 = (v359 + v360);
    let v362: i32 = (i3 * 5i);
    let v363: i32 = (v361 + v362);
    let v364: i32 = (v363 + i4);
    out0[v364] = c3_0;
  }
  {
    let v365: i32 = (i0_3 * 3840i);
    let v366: i32 = (i1 * 240i);
    let v367: i32 = (v365 + v366);
    let v368: i32 = (i2 * 15i);
    let v369: i32 = (v367 + v368);
    let v370: i32 = (i3_1 * 5i);
    let v371: i32 = (v369 + v370);
    let v372: i32 = (v371 + i4);
    out0[v372] = c3_1;
  }
  {
    let v373: i32 = (i0_3 * 3840i);
    let v374: i32 = (i1 * 240i);
    let v375: i32 = (v373 + v374);
    let v376: i32 = (i2 * 15i);
    let v377: i32 = (v375 + v376);
    let v378: i32 = (i3_2 * 5i);
    let v379: i32 = (v377 + v378);
    let v380: i32 = (v379 + i4);
    out0[v380] = c3_2;
  }
  {
    let v381: i32 = (i0_4 * 3840i);
    let v382: i32 = (i1 * 240i);
    let v383: i32 = (v381 + v382);
    let v384: i32 = (i2 * 15i);
    let v385: i32 = (v383 + v384);
    let v386: i32 = (i3 * 5i);
    let v387: i32 = (v385 + v386);
    let v388: i32 = (v387 + i4);
    out0[v388] = c4_0;
  }
  {
    let v389: i32 = (i0_4 * 3840i);
    let v390: i32 = (i1 * 240i);
    let v391: i32 = (v389 + v390);
    let v392: i32 = (i2 * 15i);
    let v393: i32 = (v391 + v392);
    let v394: i32 = (i3_1 * 5i);
    let v395: i32 = (v393 + v394);
    let v396: i32 = (v395 + i4);
    out0[v396] = c4_1;
  }
  {
    let v397: i32 = (i0_4 * 3840i);
    let v398: i32 = (i1 * 240i);
    let v399: i32 = (v397 + v398);
    let v400: i32 = (i2 * 15i);
    let v401: i32 = (v399 + v400);
    let v402: i32 = (i3_2 * 5i);
    let v403: i32 = (v401 + v402);
    let v404: i32 = (v403 + i4);
    out0[v404] = c4_2;
  }
  {
    let v405: i32 = (i0_5 * 3840i);
    let v406: i32 = (i1 * 240i);
    let v407: i32 = (v405 + v406);
    let v408: i32 = (i2 * 15i);
    let v409: i32 = (v407 + v408);
    let v410: i32 = (i3 * 5i);
    let v411: i32 = (v409 + v410);
    let v412: i32 = (v411 + i4);
    out0[v412] = c5_0;
  }
  {
    let v413: i32 = (i0_5 * 3840i);
    let v414: i32 = (i1 * 240i);
    let v415: i32 = (v413 + v414);
    let v416: i32 = (i2 * 15i);
    let v417: i32 = (v415 + v416);
    let v418: i32 = (i3_1 * 5i);
    let v419: i32 = (v417 + v418);
    let v420: i32 = (v419 + i4);
    out0[v420] = c5_1;
  }
  {
    let v421: i32 = (i0_5 * 3840i);
    let v422: i32 = (i1 * 240i);
    let v423: i32 = (v421 + v422);
    let v424: i32 = (i2 * 15i);
    let v425: i32 = (v423 + v424);
    let v426: i32 = (i3_2 * 5i);
    let v427: i32 = (v425 + v426);
    let v428: i32 = (v427 + i4);
    out0[v428] = c5_2;
  }
  {
    let v429: i32 = (i0_6 * 3840i);
    let v430: i32 = (i1 * 240i);
    let v431: i32 = (v429 + v430);
    let v432: i32 = (i2 * 15i);
    let v433: i32 = (v431 + v432);
    let v434: i32 = (i3 * 5i);
    let v435: i32 = (v433 + v434);
    let v436: i32 = (v435 + i4);
    out0[v436] = c6_0;
  }
  {
    let v437: i32 = (i0_6 * 3840i);
    let v438: i32 = (i1 * 240i);
    let v439: i32 = (v437 + v438);
    let v440: i32 = (i2 * 15i);
    let v441: i32 = (v439 + v440);
    let v442: i32 = (i3_1 * 5i);
    let v443: i32 = (v441 + v442);
    let v444: i32 = (v443 + i4);
    out0[v444] = c6_1;
  }
  {
    let v445: i32 = (i0_6 * 3840i);
    let v446: i32 = (i1 * 240i);
    let v447: i32 = (v445 + v446);
    let v448: i32 = (i2 * 15i);
    let v449: i32 = (v447 + v448);
    let v450: i32 = (i3_2 * 5i);
    let v451: i32 = (v449 + v450);
    let v452: i32 = (v451 + i4);
    out0[v452] = c6_2;
  }
  {
    let v453: i32 = (i0_7 * 3840i);
    let v454: i32 = (i1 * 240i);
    let v455: i32 = (v453 + v454);
    let v456: i32 = (i2 * 15i);
    let v457: i32 = (v455 + v456);
    let v458: i32 = (i3 * 5i);
    let v459: i32 = (v457 + v458);
    let v460: i32 = (v459 + i4);
    out0[v460] = c7_0;
  }
  {
    let v461: i32 = (i0_7 * 3840i);
    let v462: i32 = (i1 * 240i);
    let v463: i32 = (v461 + v462);
    let v464: i32 = (i2 * 15i);
    let v465: i32 = (v463 + v464);
    let v466: i32 = (i3_1 * 5i);
    let v467: i32 = (v465 + v466);
    let v468: i32 = (v467 + i4);
    out0[v468] = c7_1;
  }
  {
    let v469: i32 = (i0_7 * 3840i);
    let v470: i32 = (i1 * 240i);
    let v471: i32 = (v469 + v470);
    let v472: i32 = (i2 * 15i);
    let v473: i32 = (v471 + v472);
    let v474: i32 = (i3_2 * 5i);
    let v475: i32 = (v473 + v474);
    let v476: i32 = (v475 + i4);
    out0[v476] = c7_2;
  }
}
