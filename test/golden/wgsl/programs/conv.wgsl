# jit(f).lower(...).compile({ device: 'webgpu' }).asText('wgsl'), PINNED_PROFILE — case 'conv'
// kernax kernel k0: contract, pinned profile
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
@compute @workgroup_size(16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
  let grp: i32 = i32(wid.x + wid.y * 1u);
  let lf: i32 = i32(lid);
  if (lf >= 16i) { return; }
  let t3: i32 = 0i;
  let i0: i32 = (lf / 8i);
  let i2: i32 = lf % 8i;
  let t1: i32 = 0i;
  let i3: i32 = t3 * 8i;
  let i3_1: i32 = i3 + 1i;
  let i3_2: i32 = i3 + 2i;
  let i3_3: i32 = i3 + 3i;
  let i3_4: i32 = i3 + 4i;
  let i3_5: i32 = i3 + 5i;
  let i3_6: i32 = i3 + 6i;
  let i3_7: i32 = i3 + 7i;
  let i1: i32 = t1 * 4i;
  let i1_1: i32 = i1 + 1i;
  let i1_2: i32 = i1 + 2i;
  let i1_3: i32 = i1 + 3i;
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
  let v0: i32 = (i0 * 192i);
  let v1: i32 = (i2 * 8i);
  let v2: i32 = (i1 * 27i);
  let v3: i32 = (i1_1 * 27i);
  let v4: i32 = (i1_2 * 27i);
  let v5: i32 = (i1_3 * 27i);
  for (var r0: i32 = 0i; r0 < 3i; r0 = r0 + 1i) {
    for (var r1: i32 = 0i; r1 < 3i; r1 = r1 + 1i) {
      {
        let k6: i32 = 0i;
        let v7: i32 = (i2 + r1);
        let v8: i32 = (v7 - 1i);
        let v9: bool = (v8 >= 0i);
        let v10: bool = (v8 < 8i);
        let v11: bool = (v9 & v10);
        let v12: i32 = (r0 * 64i);
        let v13: i32 = (v0 + v12);
        let v14: i32 = (v13 + v1);
        let v15: i32 = (r1 * 8i);
        let v16: i32 = (v14 + v15);
        let v17: i32 = (i3 + k6);
        let v18: i32 = (v17 - 1i);
        let v19: bool = (v18 >= 0i);
        let v20: bool = (v11 & v19);
        let v21: bool = (v18 < 8i);
        let v22: bool = (v20 & v21);
        let v23: i32 = (v16 + i3);
        let v24: i32 = (v23 + k6);
        let v25: i32 = (v24 - 9i);
        let v26: f32 = in0[v25];
        let v27: f32 = select(0.0f, v26, v22);
        let v28: i32 = (i3_1 + k6);
        let v29: i32 = (v28 - 1i);
        let v30: bool = (v29 >= 0i);
        let v31: bool = (v11 & v30);
        let v32: bool = (v29 < 8i);
        let v33: bool = (v31 & v32);
        let v34: i32 = (v16 + i3_1);
        let v35: i32 = (v34 + k6);
        let v36: i32 = (v35 - 9i);
        let v37: f32 = in0[v36];
        let v38: f32 = select(0.0f, v37, v33);
        let v39: i32 = (i3_2 + k6);
        let v40: i32 = (v39 - 1i);
        let v41: bool = (v40 >= 0i);
        let v42: bool = (v11 & v41);
        let v43: bool = (v40 < 8i);
        let v44: bool = (v42 & v43);
        let v45: i32 = (v16 + i3_2);
        let v46: i32 = (v45 + k6);
        let v47: i32 = (v46 - 9i);
        let v48: f32 = in0[v47];
        let v49: f32 = select(0.0f, v48, v44);
        let v50: i32 = (i3_3 + k6);
        let v51: i32 = (v50 - 1i);
        let v52: bool = (v51 >= 0i);
        let v53: bool = (v11 & v52);
        let v54: bool = (v51 < 8i);
        let v55: bool = (v53 & v54);
        let v56: i32 = (v16 + i3_3);
        let v57: i32 = (v56 + k6);
        let v58: i32 = (v57 - 9i);
        let v59: f32 = in0[v58];
        let v60: f32 = select(0.0f, v59, v55);
        let v61: i32 = (i3_4 + k6);
        let v62: i32 = (v61 - 1i);
        let v63: bool = (v62 >= 0i);
        let v64: bool = (v11 & v63);
        let v65: bool = (v62 < 8i);
        let v66: bool = (v64 & v65);
        let v67: i32 = (v16 + i3_4);
        let v68: i32 = (v67 + k6);
        let v69: i32 = (v68 - 9i);
        let v70: f32 = in0[v69];
        let v71: f32 = select(0.0f, v70, v66);
        let v72: i32 = (i3_5 + k6);
        let v73: i32 = (v72 - 1i);
        let v74: bool = (v73 >= 0i);
        let v75: bool = (v11 & v74);
        let v76: bool = (v73 < 8i);
        let v77: bool = (v75 & v76);
        let v78: i32 = (v16 + i3_5);
        let v79: i32 = (v78 + k6);
        let v80: i32 = (v79 - 9i);
        let v81: f32 = in0[v80];
        let v82: f32 = select(0.0f, v81, v77);
        let v83: i32 = (i3_6 + k6);
        let v84: i32 = (v83 - 1i);
        let v85: bool = (v84 >= 0i);
        let v86: bool = (v11 & v85);
        let v87: bool = (v84 < 8i);
        let v88: bool = (v86 & v87);
        let v89: i32 = (v16 + i3_6);
        let v90: i32 = (v89 + k6);
        let v91: i32 = (v90 - 9i);
        let v92: f32 = in0[v91];
        let v93: f32 = select(0.0f, v92, v88);
        let v94: i32 = (i3_7 + k6);
        let v95: i32 = (v94 - 1i);
        let v96: bool = (v95 >= 0i);
        let v97: bool = (v11 & v96);
        let v98: bool = (v95 < 8i);
        let v99: bool = (v97 & v98);
        let v100: i32 = (v16 + i3_7);
        let v101: i32 = (v100 + k6);
        let v102: i32 = (v101 - 9i);
        let v103: f32 = in0[v102];
        let v104: f32 = select(0.0f, v103, v99);
        let v105: i32 = (r0 * 9i);
        let v106: i32 = (r1 * 3i);
        let v107: i32 = (v2 + v105);
        let v108: i32 = (v107 + v106);
        let v109: i32 = (v108 + k6);
        let v110: f32 = in1[v109];
        let v111: i32 = (v3 + v105);
        let v112: i32 = (v111 + v106);
        let v113: i32 = (v112 + k6);
        let v114: f32 = in1[v113];
        let v115: i32 = (v4 + v105);
        let v116: i32 = (v115 + v106);
        let v117: i32 = (v116 + k6);
        let v118: f32 = in1[v117];
        let v119: i32 = (v5 + v105);
        let v120: i32 = (v119 + v106);
        let v121: i32 = (v120 + k6);
        let v122: f32 = in1[v121];
        c0_0 = fma(v27, v110, c0_0);
        c0_1 = fma(v27, v114, c0_1);
        c0_2 = fma(v27, v118, c0_2);
        c0_3 = fma(v27, v122, c0_3);
        c1_0 = fma(v38, v110, c1_0);
        c1_1 = fma(v38, v114, c1_1);
        c1_2 = fma(v38, v118, c1_2);
        c1_3 = fma(v38, v122, c1_3);
        c2_0 = fma(v49, v110, c2_0);
        c2_1 = fma(v49, v114, c2_1);
        c2_2 = fma(v49, v118, c2_2);
        c2_3 = fma(v49, v122, c2_3);
        c3_0 = fma(v60, v110, c3_0);
        c3_1 = fma(v60, v114, c3_1);
        c3_2 = fma(v60, v118, c3_2);
        c3_3 = fma(v60, v122, c3_3);
        c4_0 = fma(v71, v110, c4_0);
        c4_1 = fma(v71, v114, c4_1);
        c4_2 = fma(v71, v118, c4_2);
        c4_3 = fma(v71, v122, c4_3);
        c5_0 = fma(v82, v110, c5_0);
        c5_1 = fma(v82, v114, c5_1);
        c5_2 = fma(v82, v118, c5_2);
        c5_3 = fma(v82, v122, c5_3);
        c6_0 = fma(v93, v110, c6_0);
        c6_1 = fma(v93, v114, c6_1);
        c6_2 = fma(v93, v118, c6_2);
        c6_3 = fma(v93, v122, c6_3);
        c7_0 = fma(v104, v110, c7_0);
        c7_1 = fma(v104, v114, c7_1);
        c7_2 = fma(v104, v118, c7_2);
        c7_3 = fma(v104, v122, c7_3);
      }
      {
        let k123: i32 = 1i;
        let v124: i32 = (i2 + r1);
        let v125: i32 = (v124 - 1i);
        let v126: bool = (v125 >= 0i);
        let v127: bool = (v125 < 8i);
        let v128: bool = (v126 & v127);
        let v129: i32 = (r0 * 64i);
        let v130: i32 = (v0 + v129);
        let v131: i32 = (v130 + v1);
        let v132: i32 = (r1 * 8i);
        let v133: i32 = (v131 + v132);
        let v134: i32 = (i3 + k123);
        let v135: i32 = (v134 - 1i);
        let v136: bool = (v135 >= 0i);
        let v137: bool = (v128 & v136);
        let v138: bool = (v135 < 8i);
        let v139: bool = (v137 & v138);
        let v140: i32 = (v133 + i3);
        let v141: i32 = (v140 + k123);
        let v142: i32 = (v141 - 9i);
        let v143: f32 = in0[v142];
        let v144: f32 = select(0.0f, v143, v139);
        let v145: i32 = (i3_1 + k123);
        let v146: i32 = (v145 - 1i);
        let v147: bool = (v146 >= 0i);
        let v148: bool = (v128 & v147);
        let v149: bool = (v146 < 8i);
        let v150: bool = (v148 & v149);
        let v151: i32 = (v133 + i3_1);
        let v152: i32 = (v151 + k123);
        let v153: i32 = (v152 - 9i);
        let v154: f32 = in0[v153];
        let v155: f32 = select(0.0f, v154, v150);
        let v156: i32 = (i3_2 + k123);
        let v157: i32 = (v156 - 1i);
        let v158: bool = (v157 >= 0i);
        let v159: bool = (v128 & v158);
        let v160: bool = (v157 < 8i);
        let v161: bool = (v159 & v160);
        let v162: i32 = (v133 + i3_2);
        let v163: i32 = (v162 + k123);
        let v164: i32 = (v163 - 9i);
        let v165: f32 = in0[v164];
        let v166: f32 = select(0.0f, v165, v161);
        let v167: i32 = (i3_3 + k123);
        let v168: i32 = (v167 - 1i);
        let v169: bool = (v168 >= 0i);
        let v170: bool = (v128 & v169);
        let v171: bool = (v168 < 8i);
        let v172: bool = (v170 & v171);
        let v173: i32 = (v133 + i3_3);
        let v174: i32 = (v173 + k123);
        let v175: i32 = (v174 - 9i);
        let v176: f32 = in0[v175];
        let v177: f32 = select(0.0f, v176, v172);
        let v178: i32 = (i3_4 + k123);
        let v179: i32 = (v178 - 1i);
        let v180: bool = (v179 >= 0i);
        let v181: bool = (v128 & v180);
        let v182: bool = (v179 < 8i);
        let v183: bool = (v181 & v182);
        let v184: i32 = (v133 + i3_4);
        let v185: i32 = (v184 + k123);
        let v186: i32 = (v185 - 9i);
        let v187: f32 = in0[v186];
        let v188: f32 = select(0.0f, v187, v183);
        let v189: i32 = (i3_5 + k123);
        let v190: i32 = (v189 - 1i);
        let v191: bool = (v190 >= 0i);
        let v192: bool = (v128 & v191);
        let v193: bool = (v190 < 8i);
        let v194: bool = (v192 & v193);
        let v195: i32 = (v133 + i3_5);
        let v196: i32 = (v195 + k123);
        let v197: i32 = (v196 - 9i);
        let v198: f32 = in0[v197];
        let v199: f32 = select(0.0f, v198, v194);
        let v200: i32 = (i3_6 + k123);
        let v201: i32 = (v200 - 1i);
        let v202: bool = (v201 >= 0i);
        let v203: bool = (v128 & v202);
        let v204: bool = (v201 < 8i);
        let v205: bool = (v203 & v204);
        let v206: i32 = (v133 + i3_6);
        let v207: i32 = (v206 + k123);
        let v208: i32 = (v207 - 9i);
        let v209: f32 = in0[v208];
        let v210: f32 = select(0.0f, v209, v205);
        let v211: i32 = (i3_7 + k123);
        let v212: i32 = (v211 - 1i);
        let v213: bool = (v212 >= 0i);
        let v214: bool = (v128 & v213);
        let v215: bool = (v212 < 8i);
        let v216: bool = (v214 & v215);
        let v217: i32 = (v133 + i3_7);
        let v218: i32 = (v217 + k123);
        let v219: i32 = (v218 - 9i);
        let v220: f32 = in0[v219];
        let v221: f32 = select(0.0f, v220, v216);
        let v222: i32 = (r0 * 9i);
        let v223: i32 = (r1 * 3i);
        let v224: i32 = (v2 + v222);
        let v225: i32 = (v224 + v223);
        let v226: i32 = (v225 + k123);
        let v227: f32 = in1[v226];
        let v228: i32 = (v3 + v222);
        let v229: i32 = (v228 + v223);
        let v230: i32 = (v229 + k123);
        let v231: f32 = in1[v230];
        let v232: i32 = (v4 + v222);
        let v233: i32 = (v232 + v223);
        let v234: i32 = (v233 + k123);
        let v235: f32 = in1[v234];
        let v236: i32 = (v5 + v222);
        let v237: i32 = (v236 + v223);
        let v238: i32 = (v237 + k123);
        let v239: f32 = in1[v238];
        c0_0 = fma(v144, v227, c0_0);
        c0_1 = fma(v144, v231, c0_1);
        c0_2 = fma(v144, v235, c0_2);
        c0_3 = fma(v144, v239, c0_3);
        c1_0 = fma(v155, v227, c1_0);
        c1_1 = fma(v155, v231, c1_1);
        c1_2 = fma(v155, v235, c1_2);
        c1_3 = fma(v155, v239, c1_3);
        c2_0 = fma(v166, v227, c2_0);
        c2_1 = fma(v166, v231, c2_1);
        c2_2 = fma(v166, v235, c2_2);
        c2_3 = fma(v166, v239, c2_3);
        c3_0 = fma(v177, v227, c3_0);
        c3_1 = fma(v177, v231, c3_1);
        c3_2 = fma(v177, v235, c3_2);
        c3_3 = fma(v177, v239, c3_3);
        c4_0 = fma(v188, v227, c4_0);
        c4_1 = fma(v188, v231, c4_1);
        c4_2 = fma(v188, v235, c4_2);
        c4_3 = fma(v188, v239, c4_3);
        c5_0 = fma(v199, v227, c5_0);
        c5_1 = fma(v199, v231, c5_1);
        c5_2 = fma(v199, v235, c5_2);
        c5_3 = fma(v199, v239, c5_3);
        c6_0 = fma(v210, v227, c6_0);
        c6_1 = fma(v210, v231, c6_1);
        c6_2 = fma(v210, v235, c6_2);
        c6_3 = fma(v210, v239, c6_3);
        c7_0 = fma(v221, v227, c7_0);
        c7_1 = fma(v221, v231, c7_1);
        c7_2 = fma(v221, v235, c7_2);
        c7_3 = fma(v221, v239, c7_3);
      }
      {
        let k240: i32 = 2i;
        let v241: i32 = (i2 + r1);
        let v242: i32 = (v241 - 1i);
        let v243: bool = (v242 >= 0i);
        let v244: bool = (v242 < 8i);
        let v245: bool = (v243 & v244);
        let v246: i32 = (r0 * 64i);
        let v247: i32 = (v0 + v246);
        let v248: i32 = (v247 + v1);
        let v249: i32 = (r1 * 8i);
        let v250: i32 = (v248 + v249);
        let v251: i32 = (i3 + k240);
        let v252: i32 = (v251 - 1i);
        let v253: bool = (v252 >= 0i);
        let v254: bool = (v245 & v253);
        let v255: bool = (v252 < 8i);
        let v256: bool = (v254 & v255);
        let v257: i32 = (v250 + i3);
        let v258: i32 = (v257 + k240);
        let v259: i32 = (v258 - 9i);
        let v260: f32 = in0[v259];
        let v261: f32 = select(0.0f, v260, v256);
        let v262: i32 = (i3_1 + k240);
        let v263: i32 = (v262 - 1i);
        let v264: bool = (v263 >= 0i);
        let v265: bool = (v245 & v264);
        let v266: bool = (v263 < 8i);
        let v267: bool = (v265 & v266);
        let v268: i32 = (v250 + i3_1);
        let v269: i32 = (v268 + k240);
        let v270: i32 = (v269 - 9i);
        let v271: f32 = in0[v270];
        let v272: f32 = select(0.0f, v271, v267);
        let v273: i32 = (i3_2 + k240);
        let v274: i32 = (v273 - 1i);
        let v275: bool = (v274 >= 0i);
        let v276: bool = (v245 & v275);
        let v277: bool = (v274 < 8i);
        let v278: bool = (v276 & v277);
        let v279: i32 = (v250 + i3_2);
        let v280: i32 = (v279 + k240);
        let v281: i32 = (v280 - 9i);
        let v282: f32 = in0[v281];
        let v283: f32 = select(0.0f, v282, v278);
        let v284: i32 = (i3_3 + k240);
        let v285: i32 = (v284 - 1i);
        let v286: bool = (v285 >= 0i);
        let v287: bool = (v245 & v286);
        let v288: bool = (v285 < 8i);
        let v289: bool = (v287 & v288);
        let v290: i32 = (v250 + i3_3);
        let v291: i32 = (v290 + k240);
        let v292: i32 = (v291 - 9i);
        let v293: f32 = in0[v292];
        let v294: f32 = select(0.0f, v293, v289);
        let v295: i32 = (i3_4 + k240);
        let v296: i32 = (v295 - 1i);
        let v297: bool = (v296 >= 0i);
        let v298: bool = (v245 & v297);
        let v299: bool = (v296 < 8i);
        let v300: bool = (v298 & v299);
        let v301: i32 = (v250 + i3_4);
        let v302: i32 = (v301 + k240);
        let v303: i32 = (v302 - 9i);
        let v304: f32 = in0[v303];
        let v305: f32 = select(0.0f, v304, v300);
        let v306: i32 = (i3_5 + k240);
        let v307: i32 = (v306 - 1i);
        let v308: bool = (v307 >= 0i);
        let v309: bool = (v245 & v308);
        let v310: bool = (v307 < 8i);
        let v311: bool = (v309 & v310);
        let v312: i32 = (v250 + i3_5);
        let v313: i32 = (v312 + k240);
        let v314: i32 = (v313 - 9i);
        let v315: f32 = in0[v314];
        let v316: f32 = select(0.0f, v315, v311);
        let v317: i32 = (i3_6 + k240);
        let v318: i32 = (v317 - 1i);
        let v319: bool = (v318 >= 0i);
        let v320: bool = (v245 & v319);
        let v321: bool = (v318 < 8i);
        let v322: bool = (v320 & v321);
        let v323: i32 = (v250 + i3_6);
        let v324: i32 = (v323 + k240);
        let v325: i32 = (v324 - 9i);
        let v326: f32 = in0[v325];
        let v327: f32 = select(0.0f, v326, v322);
        let v328: i32 = (i3_7 + k240);
        let v329: i32 = (v328 - 1i);
        let v330: bool = (v329 >= 0i);
        let v331: bool = (v245 & v330);
        let v332: bool = (v329 < 8i);
        let v333: bool = (v331 & v332);
        let v334: i32 = (v250 + i3_7);
        let v335: i32 = (v334 + k240);
        let v336: i32 = (v335 - 9i);
        let v337: f32 = in0[v336];
        let v338: f32 = select(0.0f, v337, v333);
        let v339: i32 = (r0 * 9i);
        let v340: i32 = (r1 * 3i);
        let v341: i32 = (v2 + v339);
        let v342: i32 = (v341 + v340);
        let v343: i32 = (v342 + k240);
        let v344: f32 = in1[v343];
        let v345: i32 = (v3 + v339);
        let v346: i32 = (v345 + v340);
        let v347: i32 = (v346 + k240);
        let v348: f32 = in1[v347];
        let v349: i32 = (v4 + v339);
        let v350: i32 = (v349 + v340);
        let v351: i32 = (v350 + k240);
        let v352: f32 = in1[v351];
        let v353: i32 = (v5 + v339);
        let v354: i32 = (v353 + v340);
        let v355: i32 = (v354 + k240);
        let v356: f32 = in1[v355];
        c0_0 = fma(v261, v344, c0_0);
        c0_1 = fma(v261, v348, c0_1);
        c0_2 = fma(v261, v352, c0_2);
        c0_3 = fma(v261, v356, c0_3);
        c1_0 = fma(v272, v344, c1_0);
        c1_1 = fma(v272, v348, c1_1);
        c1_2 = fma(v272, v352, c1_2);
        c1_3 = fma(v272, v356, c1_3);
        c2_0 = fma(v283, v344, c2_0);
        c2_1 = fma(v283, v348, c2_1);
        c2_2 = fma(v283, v352, c2_2);
        c2_3 = fma(v283, v356, c2_3);
        c3_0 = fma(v294, v344, c3_0);
        c3_1 = fma(v294, v348, c3_1);
        c3_2 = fma(v294, v352, c3_2);
        c3_3 = fma(v294, v356, c3_3);
        c4_0 = fma(v305, v344, c4_0);
        c4_1 = fma(v305, v348, c4_1);
        c4_2 = fma(v305, v352, c4_2);
        c4_3 = fma(v305, v356, c4_3);
        c5_0 = fma(v316, v344, c5_0);
        c5_1 = fma(v316, v348, c5_1);
        c5_2 = fma(v316, v352, c5_2);
        c5_3 = fma(v316, v356, c5_3);
        c6_0 = fma(v327, v344, c6_0);
        c6_1 = fma(v327, v348, c6_1);
        c6_2 = fma(v327, v352, c6_2);
        c6_3 = fma(v327, v356, c6_3);
        c7_0 = fma(v338, v344, c7_0);
        c7_1 = fma(v338, v348, c7_1);
        c7_2 = fma(v338, v352, c7_2);
        c7_3 = fma(v338, v356, c7_3);
      }
    }
  }
  {
    let v357: i32 = (i0 * 256i);
    let v358: i32 = (i1 * 64i);
    let v359: i32 = (v357 + v358);
    let v360: i32 = (v359 + v1);
    let v361: i32 = (v360 + i3);
    out0[v361] = c0_0;
  }
  {
    let v362: i32 = (i0 * 256i);
    let v363: i32 = (i1_1 * 64i);
    let v364: i32 = (v362 + v363);
    let v365: i32 = (v364 + v1);
    let v366: i32 = (v365 + i3);
    out0[v366] = c0_1;
  }
  {
    let v367: i32 = (i0 * 256i);
    let v368: i32 = (i1_2 * 64i);
    let v369: i32 = (v367 + v368);
    let v370: i32 = (v369 + v1);
    let v371: i32 = (v370 + i3);
    out0[v371] = c0_2;
  }
  {
    let v372: i32 = (i0 * 256i);
    let v373: i32 = (i1_3 * 64i);
    let v374: i32 = (v372 + v373);
    let v375: i32 = (v374 + v1);
    let v376: i32 = (v375 + i3);
    out0[v376] = c0_3;
  }
  {
    let v377: i32 = (i0 * 256i);
    let v378: i32 = (i1 * 64i);
    let v379: i32 = (v377 + v378);
    let v380: i32 = (v379 + v1);
    let v381: i32 = (v380 + i3_1);
    out0[v381] = c1_0;
  }
  {
    let v382: i32 = (i0 * 256i);
    let v383: i32 = (i1_1 * 64i);
    let v384: i32 = (v382 + v383);
    let v385: i32 = (v384 + v1);
    let v386: i32 = (v385 + i3_1);
    out0[v386] = c1_1;
  }
  {
    let v387: i32 = (i0 * 256i);
    let v388: i32 = (i1_2 * 64i);
    let v389: i32 = (v387 + v388);
    let v390: i32 = (v389 + v1);
    let v391: i32 = (v390 + i3_1);
    out0[v391] = c1_2;
  }
  {
    let v392: i32 = (i0 * 256i);
    let v393: i32 = (i1_3 * 64i);
    let v394: i32 = (v392 + v393);
    let v395: i32 = (v394 + v1);
    let v396: i32 = (v395 + i3_1);
    out0[v396] = c1_3;
  }
  {
    let v397: i32 = (i0 * 256i);
    let v398: i32 = (i1 * 64i);
    let v399: i32 = (v397 + v398);
    let v400: i32 = (v399 + v1);
    let v401: i32 = (v400 + i3_2);
    out0[v401] = c2_0;
  }
  {
    let v402: i32 = (i0 * 256i);
    let v403: i32 = (i1_1 * 64i);
    let v404: i32 = (v402 + v403);
    let v405: i32 = (v404 + v1);
    let v406: i32 = (v405 + i3_2);
    out0[v406] = c2_1;
  }
  {
    let v407: i32 = (i0 * 256i);
    let v408: i32 = (i1_2 * 64i);
    let v409: i32 = (v407 + v408);
    let v410: i32 = (v409 + v1);
    let v411: i32 = (v410 + i3_2);
    out0[v411] = c2_2;
  }
  {
    let v412: i32 = (i0 * 256i);
    let v413: i32 = (i1_3 * 64i);
    let v414: i32 = (v412 + v413);
    let v415: i32 = (v414 + v1);
    let v416: i32 = (v415 + i3_2);
    out0[v416] = c2_3;
  }
  {
    let v417: i32 = (i0 * 256i);
    let v418: i32 = (i1 * 64i);
    let v419: i32 = (v417 + v418);
    let v420: i32 = (v419 + v1);
    let v421: i32 = (v420 + i3_3);
    out0[v421] = c3_0;
  }
  {
    let v422: i32 = (i0 * 256i);
    let v423: i32 = (i1_1 * 64i);
    let v424: i32 = (v422 + v423);
    let v425: i32 = (v424 + v1);
    let v426: i32 = (v425 + i3_3);
    out0[v426] = c3_1;
  }
  {
    let v427: i32 = (i0 * 256i);
    let v428: i32 = (i1_2 * 64i);
    let v429: i32 = (v427 + v428);
    let v430: i32 = (v429 + v1);
    let v431: i32 = (v430 + i3_3);
    out0[v431] = c3_2;
  }
  {
    let v432: i32 = (i0 * 256i);
    let v433: i32 = (i1_3 * 64i);
    let v434: i32 = (v432 + v433);
    let v435: i32 = (v434 + v1);
    let v436: i32 = (v435 + i3_3);
    out0[v436] = c3_3;
  }
  {
    let v437: i32 = (i0 * 256i);
    let v438: i32 = (i1 * 64i);
    let v439: i32 = (v437 + v438);
    let v440: i32 = (v439 + v1);
    let v441: i32 = (v440 + i3_4);
    out0[v441] = c4_0;
  }
  {
    let v442: i32 = (i0 * 256i);
    let v443: i32 = (i1_1 * 64i);
    let v444: i32 = (v442 + v443);
    let v445: i32 = (v444 + v1);
    let v446: i32 = (v445 + i3_4);
    out0[v446] = c4_1;
  }
  {
    let v447: i32 = (i0 * 256i);
    let v448: i32 = (i1_2 * 64i);
    let v449: i32 = (v447 + v448);
    let v450: i32 = (v449 + v1);
    let v451: i32 = (v450 + i3_4);
    out0[v451] = c4_2;
  }
  {
    let v452: i32 = (i0 * 256i);
    let v453: i32 = (i1_3 * 64i);
    let v454: i32 = (v452 + v453);
    let v455: i32 = (v454 + v1);
    let v456: i32 = (v455 + i3_4);
    out0[v456] = c4_3;
  }
  {
    let v457: i32 = (i0 * 256i);
    let v458: i32 = (i1 * 64i);
    let v459: i32 = (v457 + v458);
    let v460: i32 = (v459 + v1);
    let v461: i32 = (v460 + i3_5);
    out0[v461] = c5_0;
  }
  {
    let v462: i32 = (i0 * 256i);
    let v463: i32 = (i1_1 * 64i);
    let v464: i32 = (v462 + v463);
    let v465: i32 = (v464 + v1);
    let v466: i32 = (v465 + i3_5);
    out0[v466] = c5_1;
  }
  {
    let v467: i32 = (i0 * 256i);
    let v468: i32 = (i1_2 * 64i);
    let v469: i32 = (v467 + v468);
    let v470: i32 = (v469 + v1);
    let v471: i32 = (v470 + i3_5);
    out0[v471] = c5_2;
  }
  {
    let v472: i32 = (i0 * 256i);
    let v473: i32 = (i1_3 * 64i);
    let v474: i32 = (v472 + v473);
    let v475: i32 = (v474 + v1);
    let v476: i32 = (v475 + i3_5);
    out0[v476] = c5_3;
  }
  {
    let v477: i32 = (i0 * 256i);
    let v478: i32 = (i1 * 64i);
    let v479: i32 = (v477 + v478);
    let v480: i32 = (v479 + v1);
    let v481: i32 = (v480 + i3_6);
    out0[v481] = c6_0;
  }
  {
    let v482: i32 = (i0 * 256i);
    let v483: i32 = (i1_1 * 64i);
    let v484: i32 = (v482 + v483);
    let v485: i32 = (v484 + v1);
    let v486: i32 = (v485 + i3_6);
    out0[v486] = c6_1;
  }
  {
    let v487: i32 = (i0 * 256i);
    let v488: i32 = (i1_2 * 64i);
    let v489: i32 = (v487 + v488);
    let v490: i32 = (v489 + v1);
    let v491: i32 = (v490 + i3_6);
    out0[v491] = c6_2;
  }
  {
    let v492: i32 = (i0 * 256i);
    let v493: i32 = (i1_3 * 64i);
    let v494: i32 = (v492 + v493);
    let v495: i32 = (v494 + v1);
    let v496: i32 = (v495 + i3_6);
    out0[v496] = c6_3;
  }
  {
    let v497: i32 = (i0 * 256i);
    let v498: i32 = (i1 * 64i);
    let v499: i32 = (v497 + v498);
    let v500: i32 = (v499 + v1);
    let v501: i32 = (v500 + i3_7);
    out0[v501] = c7_0;
  }
  {
    let v502: i32 = (i0 * 256i);
    let v503: i32 = (i1_1 * 64i);
    let v504: i32 = (v502 + v503);
    let v505: i32 = (v504 + v1);
    let v506: i32 = (v505 + i3_7);
    out0[v506] = c7_1;
  }
  {
    let v507: i32 = (i0 * 256i);
    let v508: i32 = (i1_2 * 64i);
    let v509: i32 = (v507 + v508);
    let v510: i32 = (v509 + v1);
    let v511: i32 = (v510 + i3_7);
    out0[v511] = c7_2;
  }
  {
    let v512: i32 = (i0 * 256i);
    let v513: i32 = (i1_3 * 64i);
    let v514: i32 = (v512 + v513);
    let v515: i32 = (v514 + v1);
    let v516: i32 = (v515 + i3_7);
    out0[v516] = c7_3;
  }
}
