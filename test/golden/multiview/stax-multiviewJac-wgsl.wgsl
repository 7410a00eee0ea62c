# test/e2e/multiview-golden.test.ts (kernax dump examples/multiview.ts --print-after-all --format json) — case 'stax-multiviewJac-wgsl'
// kernax kernel k0: contract, pinned profile
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
var<workgroup> kx_xs: array<f32, 512>;
var<workgroup> kx_ys: array<f32, 128>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
  let grp: i32 = i32(wid.x + wid.y * 65535u);
  if (grp >= 110348i) { return; }
  let tb3: i32 = 0i;
  let i1: i32 = (grp / 7882i);
  let i2: i32 = (grp / 563i) % 14i;
  let ta0: i32 = grp % 563i;
  let la: i32 = i32(lid) / 8i;
  let lb: i32 = i32(lid) % 8i;
  let ba: i32 = ta0 * 32i;
  let bb: i32 = tb3 * 8i;
  var c0_0: f32 = 0.0f;
  var c1_0: f32 = 0.0f;
  var c2_0: f32 = 0.0f;
  var c3_0: f32 = 0.0f;
  for (var k0: i32 = 0i; k0 < 45i; k0 = k0 + 16i) {
    {
      let e: i32 = i32(lid);
      let kk: i32 = e / 32i;
      let pt: i32 = min(ba + e % 32i, 17999i);
      let rk: i32 = k0 + kk;
      let r0: i32 = (rk / 9i);
      let r1: i32 = (rk / 3i) % 3i;
      let r2: i32 = rk % 3i;
      let v0: i32 = (i1 + r1);
      let v1: i32 = (v0 - 2i);
      let v2: bool = (v1 >= 0i);
      let v3: bool = (v1 < 12i);
      let v4: bool = (v2 & v3);
      let v5: i32 = (i2 + r2);
      let v6: i32 = (v5 - 2i);
      let v7: bool = (v6 >= 0i);
      let v8: bool = (v4 & v7);
      let v9: bool = (v6 < 12i);
      let v10: bool = (v8 & v9);
      let v11: i32 = (pt / 5i);
      let v12: i32 = (v1 % 12i);
      let v13: i32 = (v12 * 300i);
      let v14: i32 = (v6 % 12i);
      let v15: i32 = (v14 * 25i);
      let v16: i32 = (v13 + v15);
      let v17: i32 = (r0 * 5i);
      let v18: i32 = (v16 + v17);
      let v19: i32 = (pt % 5i);
      let v20: i32 = (v18 + v19);
      let v21: i32 = (v20 % 3600i);
      let v22: bool = (v11 == v21);
      let v23: f32 = select(0.0f, 1.0f, v22);
      let v24: f32 = select(0.0f, v23, v10);
      kx_xs[e] = select(0.0f, v24, rk < 45i);
    }
    {
      let e: i32 = i32(lid) + 64i;
      let kk: i32 = e / 32i;
      let pt: i32 = min(ba + e % 32i, 17999i);
      let rk: i32 = k0 + kk;
      let r0: i32 = (rk / 9i);
      let r1: i32 = (rk / 3i) % 3i;
      let r2: i32 = rk % 3i;
      let v25: i32 = (i1 + r1);
      let v26: i32 = (v25 - 2i);
      let v27: bool = (v26 >= 0i);
      let v28: bool = (v26 < 12i);
      let v29: bool = (v27 & v28);
      let v30: i32 = (i2 + r2);
      let v31: i32 = (v30 - 2i);
      let v32: bool = (v31 >= 0i);
      let v33: bool = (v29 & v32);
      let v34: bool = (v31 < 12i);
      let v35: bool = (v33 & v34);
      let v36: i32 = (pt / 5i);
      let v37: i32 = (v26 % 12i);
      let v38: i32 = (v37 * 300i);
      let v39: i32 = (v31 % 12i);
      let v40: i32 = (v39 * 25i);
      let v41: i32 = (v38 + v40);
      let v42: i32 = (r0 * 5i);
      let v43: i32 = (v41 + v42);
      let v44: i32 = (pt % 5i);
      let v45: i32 = (v43 + v44);
      let v46: i32 = (v45 % 3600i);
      let v47: bool = (v36 == v46);
      let v48: f32 = select(0.0f, 1.0f, v47);
      let v49: f32 = select(0.0f, v48, v35);
      kx_xs[e] = select(0.0f, v49, rk < 45i);
    }
    {
      let e: i32 = i32(lid) + 128i;
      let kk: i32 = e / 32i;
      let pt: i32 = min(ba + e % 32i, 17999i);
      let rk: i32 = k0 + kk;
      let r0: i32 = (rk / 9i);
      let r1: i32 = (rk / 3i) % 3i;
      let r2: i32 = rk % 3i;
      let v50: i32 = (i1 + r1);
      let v51: i32 = (v50 - 2i);
      let v52: bool = (v51 >= 0i);
      let v53: bool = (v51 < 12i);
      let v54: bool = (v52 & v53);
      let v55: i32 = (i2 + r2);
      let v56: i32 = (v55 - 2i);
      let v57: bool = (v56 >= 0i);
      let v58: bool = (v54 & v57);
      let v59: bool = (v56 < 12i);
      let v60: bool = (v58 & v59);
      let v61: i32 = (pt / 5i);
      let v62: i32 = (v51 % 12i);
      let v63: i32 = (v62 * 300i);
      let v64: i32 = (v56 % 12i);
      let v65: i32 = (v64 * 25i);
      let v66: i32 = (v63 + v65);
      let v67: i32 = (r0 * 5i);
      let v68: i32 = (v66 + v67);
      let v69: i32 = (pt % 5i);
      let v70: i32 = (v68 + v69);
      let v71: i32 = (v70 % 3600i);
      let v72: bool = (v61 == v71);
      let v73: f32 = select(0.0f, 1.0f, v72);
      let v74: f32 = select(0.0f, v73, v60);
      kx_xs[e] = select(0.0f, v74, rk < 45i);
    }
    {
      let e: i32 = i32(lid) + 192i;
      let kk: i32 = e / 32i;
      let pt: i32 = min(ba + e % 32i, 17999i);
      let rk: i32 = k0 + kk;
      let r0: i32 = (rk / 9i);
      let r1: i32 = (rk / 3i) % 3i;
      let r2: i32 = rk % 3i;
      let v75: i32 = (i1 + r1);
      let v76: i32 = (v75 - 2i);
      let v77: bool = (v76 >= 0i);
      let v78: bool = (v76 < 12i);
      let v79: bool = (v77 & v78);
      let v80: i32 = (i2 + r2);
      let v81: i32 = (v80 - 2i);
      let v82: bool = (v81 >= 0i);
      let v83: bool = (v79 & v82);
      let v84: bool = (v81 < 12i);
      let v85: bool = (v83 & v84);
      let v86: i32 = (pt / 5i);
      let v87: i32 = (v76 % 12i);
      let v88: i32 = (v87 * 300i);
      let v89: i32 = (v81 % 12i);
      let v90: i32 = (v89 * 25i);
      let v91: i32 = (v88 + v90);
      let v92: i32 = (r0 * 5i);
      let v93: i32 = (v91 + v92);
      let v94: i32 = (pt % 5i);
      let v95: i32 = (v93 + v94);
      let v96: i32 = (v95 % 3600i);
      let v97: bool = (v86 == v96);
      let v98: f32 = select(0.0f, 1.0f, v97);
      let v99: f32 = select(0.0f, v98, v85);
      kx_xs[e] = select(0.0f, v99, rk < 45i);
    }
    {
      let e: i32 = i32(lid) + 256i;
      let kk: i32 = e / 32i;
      let pt: i32 = min(ba + e % 32i, 17999i);
      let rk: i32 = k0 + kk;
      let r0: i32 = (rk / 9i);
      let r1: i32 = (rk / 3i) % 3i;
      let r2: i32 = rk % 3i;
      let v100: i32 = (i1 + r1);
      let v101: i32 = (v100 - 2i);
      let v102: bool = (v101 >= 0i);
      let v103: bool = (v101 < 12i);
      let v104: bool = (v102 & v103);
      let v105: i32 = (i2 + r2);
      let v106: i32 = (v105 - 2i);
      let v107: bool = (v106 >= 0i);
      let v108: bool = (v104 & v107);
      let v109: bool = (v106 < 12i);
      let v110: bool = (v108 & v109);
      let v111: i32 = (pt / 5i);
      let v112: i32 = (v101 % 12i);
      let v113: i32 = (v112 * 300i);
      let v114: i32 = (v106 % 12i);
      let v115: i32 = (v114 * 25i);
      let v116: i32 = (v113 + v115);
      let v117: i32 = (r0 * 5i);
      let v118: i32 = (v116 + v117);
      let v119: i32 = (pt % 5i);
      let v120: i32 = (v118 + v119);
      let v121: i32 = (v120 % 3600i);
      let v122: bool = (v111 == v121);
      let v123: f32 = select(0.0f, 1.0f, v122);
      let v124: f32 = select(0.0f, v123, v110);
      kx_xs[e] = select(0.0f, v124, rk < 45i);
    }
    {
      let e: i32 = i32(lid) + 320i;
      let kk: i32 = e / 32i;
      let pt: i32 = min(ba + e % 32i, 17999i);
      let rk: i32 = k0 + kk;
      let r0: i32 = (rk / 9i);
      let r1: i32 = (rk / 3i) % 3i;
      let r2: i32 = rk % 3i;
      let v125: i32 = (i1 + r1);
      let v126: i32 = (v125 - 2i);
      let v127: bool = (v126 >= 0i);
      let v128: bool = (v126 < 12i);
      let v129: bool = (v127 & v128);
      let v130: i32 = (i2 + r2);
      let v131: i32 = (v130 - 2i);
      let v132: bool = (v131 >= 0i);
      let v133: bool = (v129 & v132);
      let v134: bool = (v131 < 12i);
      let v135: bool = (v133 & v134);
      let v136: i32 = (pt / 5i);
      let v137: i32 = (v126 % 12i);
      let v138: i32 = (v137 * 300i);
      let v139: i32 = (v131 % 12i);
      let v140: i32 = (v139 * 25i);
      let v141: i32 = (v138 + v140);
      let v142: i32 = (r0 * 5i);
      let v143: i32 = (v141 + v142);
      let v144: i32 = (pt % 5i);
      let v145: i32 = (v143 + v144);
      let v146: i32 = (v145 % 3600i);
      let v147: bool = (v136 == v146);
      let v148: f32 = select(0.0f, 1.0f, v147);
      let v149: f32 = select(0.0f, v148, v135);
      kx_xs[e] = select(0.0f, v149, rk < 45i);
    }
    {
      let e: i32 = i32(lid) + 384i;
      let kk: i32 = e / 32i;
      let pt: i32 = min(ba + e % 32i, 17999i);
      let rk: i32 = k0 + kk;
      let r0: i32 = (rk / 9i);
      let r1: i32 = (rk / 3i) % 3i;
      let r2: i32 = rk % 3i;
      let v150: i32 = (i1 + r1);
      let v151: i32 = (v150 - 2i);
      let v152: bool = (v151 >= 0i);
      let v153: bool = (v151 < 12i);
      let v154: bool = (v152 & v153);
      let v155: i32 = (i2 + r2);
      let v156: i32 = (v155 - 2i);
      let v157: bool = (v156 >= 0i);
      let v158: bool = (v154 & v157);
      let v159: bool = (v156 < 12i);
      let v160: bool = (v158 & v159);
      let v161: i32 = (pt / 5i);
      let v162: i32 = (v151 % 12i);
      let v163: i32 = (v162 * 300i);
      let v164: i32 = (v156 % 12i);
      let v165: i32 = (v164 * 25i);
      let v166: i32 = (v163 + v165);
      let v167: i32 = (r0 * 5i);
      let v168: i32 = (v166 + v167);
      let v169: i32 = (pt % 5i);
      let v170: i32 = (v168 + v169);
      let v171: i32 = (v170 % 3600i);
      let v172: bool = (v161 == v171);
      let v173: f32 = select(0.0f, 1.0f, v172);
      let v174: f32 = select(0.0f, v173, v160);
      kx_xs[e] = select(0.0f, v174, rk < 45i);
    }
    {
      let e: i32 = i32(lid) + 448i;
      let kk: i32 = e / 32i;
      let pt: i32 = min(ba + e % 32i, 17999i);
      let rk: i32 = k0 + kk;
      let r0: i32 = (rk / 9i);
      let r1: i32 = (rk / 3i) % 3i;
      let r2: i32 = rk % 3i;
      let v175: i32 = (i1 + r1);
      let v176: i32 = (v175 - 2i);
      let v177: bool = (v176 >= 0i);
      let v178: bool = (v176 < 12i);
      let v179: bool = (v177 & v178);
      let v180: i32 = (i2 + r2);
      let v181: i32 = (v180 - 2i);
      let v182: bool = (v181 >= 0i);
      let v183: bool = (v179 & v182);
      let v184: bool = (v181 < 12i);
      let v185: bool = (v183 & v184);
      let v186: i32 = (pt / 5i);
      let v187: i32 = (v176 % 12i);
      let v188: i32 = (v187 * 300i);
      let v189: i32 = (v181 % 12i);
      let v190: i32 = (v189 * 25i);
      let v191: i32 = (v188 + v190);
      let v192: i32 = (r0 * 5i);
      let v193: i32 = (v191 + v192);
      let v194: i32 = (pt % 5i);
      let v195: i32 = (v193 + v194);
      let v196: i32 = (v195 % 3600i);
      let v197: bool = (v186 == v196);
      let v198: f32 = select(0.0f, 1.0f, v197);
      let v199: f32 = select(0.0f, v198, v185);
      kx_xs[e] = select(0.0f, v199, rk < 45i);
    }
    {
      let e: i32 = i32(lid);
      let kk: i32 = e / 8i;
      let pt: i32 = min(bb + e % 8i, 4i);
      let rk: i32 = k0 + kk;
      let r0: i32 = (rk / 9i);
      let r1: i32 = (rk / 3i) % 3i;
      let r2: i32 = rk % 3i;
      let v200: i32 = (r1 * (-75i));
      let v201: i32 = (r2 * 25i);
      let v202: i32 = (v200 - v201);
      let v203: i32 = (pt * 5i);
      let v204: i32 = (v202 + v203);
      let v205: i32 = (v204 + r0);
      let v206: i32 = (v205 + 200i);
      let v207: f32 = in0[v206];
      kx_ys[e] = select(0.0f, v207, rk < 45i);
    }
    {
      let e: i32 = i32(lid) + 64i;
      let kk: i32 = e / 8i;
      let pt: i32 = min(bb + e % 8i, 4i);
      let rk: i32 = k0 + kk;
      let r0: i32 = (rk / 9i);
      let r1: i32 = (rk / 3i) % 3i;
      let r2: i32 = rk % 3i;
      let v208: i32 = (r1 * (-75i));
      let v209: i32 = (r2 * 25i);
      let v210: i32 = (v208 - v209);
      let v211: i32 = (pt * 5i);
      let v212: i32 = (v210 + v211);
      let v213: i32 = (v212 + r0);
      let v214: i32 = (v213 + 200i);
      let v215: f32 = in0[v214];
      kx_ys[e] = select(0.0f, v215, rk < 45i);
    }
    workgroupBarrier();
    {
      let x0: f32 = kx_xs[0i + la];
      let x1: f32 = kx_xs[0i + la + 8i];
      let x2: f32 = kx_xs[0i + la + 16i];
      let x3: f32 = kx_xs[0i + la + 24i];
      let y0: f32 = kx_ys[0i + lb];
      c0_0 = fma(x0, y0, c0_0);
      c1_0 = fma(x1, y0, c1_0);
      c2_0 = fma(x2, y0, c2_0);
      c3_0 = fma(x3, y0, c3_0);
    }
    {
      let x0: f32 = kx_xs[32i + la];
      let x1: f32 = kx_xs[32i + la + 8i];
      let x2: f32 = kx_xs[32i + la + 16i];
      let x3: f32 = kx_xs[32i + la + 24i];
      let y0: f32 = kx_ys[8i + lb];
      c0_0 = fma(x0, y0, c0_0);
      c1_0 = fma(x1, y0, c1_0);
      c2_0 = fma(x2, y0, c2_0);
      c3_0 = fma(x3, y0, c3_0);
    }
    {
      let x0: f32 = kx_xs[64i + la];
      let x1: f32 = kx_xs[64i + la + 8i];
      let x2: f32 = kx_xs[64i + la + 16i];
      let x3: f32 = kx_xs[64i + la + 24i];
      let y0: f32 = kx_ys[16i + lb];
      c0_0 = fma(x0, y0, c0_0);
      c1_0 = fma(x1, y0, c1_0);
      c2_0 = fma(x2, y0, c2_0);
      c3_0 = fma(x3, y0, c3_0);
    }
    {
      let x0: f32 = kx_xs[96i + la];
      let x1: f32 = kx_xs[96i + la + 8i];
      let x2: f32 = kx_xs[96i + la + 16i];
      let x3: f32 = kx_xs[96i + la + 24i];
      let y0: f32 = kx_ys[24i + lb];
      c0_0 = fma(x0, y0, c0_0);
      c1_0 = fma(x1, y0, c1_0);
      c2_0 = fma(x2, y0, c2_0);
      c3_0 = fma(x3, y0, c3_0);
    }
    {
      let x0: f32 = kx_xs[128i + la];
      let x1: f32 = kx_xs[128i + la + 8i];
      let x2: f32 = kx_xs[128i + la + 16i];
      let x3: f32 = kx_xs[128i + la + 24i];
      let y0: f32 = kx_ys[32i + lb];
      c0_0 = fma(x0, y0, c0_0);
      c1_0 = fma(x1, y0, c1_0);
      c2_0 = fma(x2, y0, c2_0);
      c3_0 = fma(x3, y0, c3_0);
    }
    {
      let x0: f32 = kx_xs[160i + la];
      let x1: f32 = kx_xs[160i + la + 8i];
      let x2: f32 = kx_xs[160i + la + 16i];
      let x3: f32 = kx_xs[160i + la + 24i];
      let y0: f32 = kx_ys[40i + lb];
      c0_0 = fma(x0, y0, c0_0);
      c1_0 = fma(x1, y0, c1_0);
      c2_0 = fma(x2, y0, c2_0);
      c3_0 = fma(x3, y0, c3_0);
    }
    {
      let x0: f32 = kx_xs[192i + la];
      let x1: f32 = kx_xs[192i + la + 8i];
      let x2: f32 = kx_xs[192i + la + 16i];
      let x3: f32 = kx_xs[192i + la + 24i];
      let y0: f32 = kx_ys[48i + lb];
      c0_0 = fma(x0, y0, c0_0);
      c1_0 = fma(x1, y0, c1_0);
      c2_0 = fma(x2, y0, c2_0);
      c3_0 = fma(x3, y0, c3_0);
    }
    {
      let x0: f32 = kx_xs[224i + la];
      let x1: f32 = kx_xs[224i + la + 8i];
      let x2: f32 = kx_xs[224i + la + 16i];
      let x3: f32 = kx_xs[224i + la + 24i];
      let y0: f32 = kx_ys[56i + lb];
      c0_0 = fma(x0, y0, c0_0);
      c1_0 = fma(x1, y0, c1_0);
      c2_0 = fma(x2, y0, c2_0);
      c3_0 = fma(x3, y0, c3_0);
    }
    {
      let x0: f32 = kx_xs[256i + la];
      let x1: f32 = kx_xs[256i + la + 8i];
      let x2: f32 = kx_xs[256i + la + 16i];
      let x3: f32 = kx_xs[256i + la + 24i];
      let y0: f32 = kx_ys[64i + lb];
      c0_0 = fma(x0, y0, c0_0);
      c1_0 = fma(x1, y0, c1_0);
      c2_0 = fma(x2, y0, c2_0);
      c3_0 = fma(x3, y0, c3_0);
    }
    {
      let x0: f32 = kx_xs[288i + la];
      let x1: f32 = kx_xs[288i + la + 8i];
      let x2: f32 = kx_xs[288i + la + 16i];
      let x3: f32 = kx_xs[288i + la + 24i];
      let y0: f32 = kx_ys[72i + lb];
      c0_0 = fma(x0, y0, c0_0);
      c1_0 = fma(x1, y0, c1_0);
      c2_0 = fma(x2, y0, c2_0);
      c3_0 = fma(x3, y0, c3_0);
    }
    {
      let x0: f32 = kx_xs[320i + la];
      let x1: f32 = kx_xs[320i + la + 8i];
      let x2: f32 = kx_xs[320i + la + 16i];
      let x3: f32 = kx_xs[320i + la + 24i];
      let y0: f32 = kx_ys[80i + lb];
      c0_0 = fma(x0, y0, c0_0);
      c1_0 = fma(x1, y0, c1_0);
      c2_0 = fma(x2, y0, c2_0);
      c3_0 = fma(x3, y0, c3_0);
    }
    {
      let x0: f32 = kx_xs[352i + la];
      let x1: f32 = kx_xs[352i + la + 8i];
      let x2: f32 = kx_xs[352i + la + 16i];
      let x3: f32 = kx_xs[352i + la + 24i];
      let y0: f32 = kx_ys[88i + lb];
      c0_0 = fma(x0, y0, c0_0);
      c1_0 = fma(x1, y0, c1_0);
      c2_0 = fma(x2, y0, c2_0);
      c3_0 = fma(x3, y0, c3_0);
    }
    {
      let x0: f32 = kx_xs[384i + la];
      let x1: f32 = kx_xs[384i + la + 8i];
      let x2: f32 = kx_xs[384i + la + 16i];
      let x3: f32 = kx_xs[384i + la + 24i];
      let y0: f32 = kx_ys[96i + lb];
      c0_0 = fma(x0, y0, c0_0);
      c1_0 = fma(x1, y0, c1_0);
      c2_0 = fma(x2, y0, c2_0);
      c3_0 = fma(x3, y0, c3_0);
    }
    {
      let x0: f32 = kx_xs[416i + la];
      let x1: f32 = kx_xs[416i + la + 8i];
      let x2: f32 = kx_xs[416i + la + 16i];
      let x3: f32 = kx_xs[416i + la + 24i];
      let y0: f32 = kx_ys[104i + lb];
      c0_0 = fma(x0, y0, c0_0);
      c1_0 = fma(x1, y0, c1_0);
      c2_0 = fma(x2, y0, c2_0);
      c3_0 = fma(x3, y0, c3_0);
    }
    {
      let x0: f32 = kx_xs[448i + la];
      let x1: f32 = kx_xs[448i + la + 8i];
      let x2: f32 = kx_xs[448i + la + 16i];
      let x3: f32 = kx_xs[448i + la + 24i];
      let y0: f32 = kx_ys[112i + lb];
      c0_0 = fma(x0, y0, c0_0);
      c1_0 = fma(x1, y0, c1_0);
      c2_0 = fma(x2, y0, c2_0);
      c3_0 = fma(x3, y0, c3_0);
    }
    {
      let x0: f32 = kx_xs[480i + la];
      let x1: f32 = kx_xs[480i + la + 8i];
      let x2: f32 = kx_xs[480i + la + 16i];
      let x3: f32 = kx_xs[480i + la + 24i];
      let y0: f32 = kx_ys[120i + lb];
      c0_0 = fma(x0, y0, c0_0);
      c1_0 = fma(x1, y0, c1_0);
      c2_0 = fma(x2, y0, c2_0);
      c3_0 = fma(x3, y0, c3_0);
    }
    workgroupBarrier();
  }
  if (ba + la < 18000i && bb + lb < 5i) {
    let oa: i32 = ba + la;
    let ob: i32 = bb + lb;
    let v216: i32 = (oa * 980i);
    let v217: i32 = (i1 * 70i);
    let v218: i32 = (v216 + v217);
    let v219: i32 = (i2 * 5i);
    let v220: i32 = (v218 + v219);
    let v221: i32 = (v220 + ob);
    out0[v221] = c0_0;
  }
  if (ba + la + 8i < 18000i && bb + lb < 5i) {
    let oa: i32 = ba + la + 8i;
    let ob: i32 = bb + lb;
    let v222: i32 = (oa * 980i);
    let v223: i32 = (i1 * 70i);
    let v224: i32 = (v222 + v223);
    let v225: i32 = (i2 * 5i);
    let v226: i32 = (v224 + v225);
    let v227: i32 = (v226 + ob);
    out0[v227] = c1_0;
  }
  if (ba + la + 16i < 18000i && bb + lb < 5i) {
    let oa: i32 = ba + la + 16i;
    let ob: i32 = bb + lb;
    let v228: i32 = (oa * 980i);
    let v229: i32 = (i1 * 70i);
    let v230: i32 = (v228 + v229);
    let v231: i32 = (i2 * 5i);
    let v232: i32 = (v230 + v231);
    let v233: i32 = (v232 + ob);
    out0[v233] = c2_0;
  }
  if (ba + la + 24i < 18000i && bb + lb < 5i) {
    let oa: i32 = ba + la + 24i;
    let ob: i32 = bb + lb;
    let v234: i32 = (oa * 980i);
    let v235: i32 = (i1 * 70i);
    let v236: i32 = (v234 + v235);
    let v237: i32 = (i2 * 5i);
    let v238: i32 = (v236 + v237);
    let v239: i32 = (v238 + ob);
    out0[v239] = c3_0;
  }
}

// kernax kernel k1: contract, pinned profile
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
var<workgroup> kx_xs: array<f32, 512>;
var<workgroup> kx_ys: array<f32, 128>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
  let grp: i32 = i32(wid.x + wid.y * 65535u);
  if (grp >= 144640i) { return; }
  let tb3: i32 = 0i;
  let i1: i32 = (grp / 9040i);
  let i2: i32 = (grp / 565i) % 16i;
  let i4: i32 = (grp / 113i) % 5i;
  let ta0: i32 = grp % 113i;
  let la: i32 = i32(lid) / 8i;
  let lb: i32 = i32(lid) % 8i;
  let ba: i32 = ta0 * 32i;
  let bb: i32 = tb3 * 8i;
  var c0_0: f32 = 0.0f;
  var c1_0: f32 = 0.0f;
  var c2_0: f32 = 0.0f;
  var c3_0: f32 = 0.0f;
  let v0: i32 = (i4 * 980i);
  let v1: i32 = (i1 * 70i);
  let v2: i32 = (i2 * 5i);
  for (var k0: i32 = 0i; k0 < 45i; k0 = k0 + 16i) {
    {
      let e: i32 = i32(lid);
      let kk: i32 = e / 32i;
      let pt: i32 = min(ba + e % 32i, 3599i);
      let rk: i32 = k0 + kk;
      let r0: i32 = (rk / 9i);
      let r1: i32 = (rk / 3i) % 3i;
      let r2: i32 = rk % 3i;
      let v3: i32 = (i1 + r1);
      let v4: i32 = (v3 - 2i);
      let v5: bool = (v4 >= 0i);
      let v6: bool = (v4 < 14i);
      let v7: bool = (v5 & v6);
      let v8: i32 = (i2 + r2);
      let v9: i32 = (v8 - 2i);
      let v10: bool = (v9 >= 0i);
      let v11: bool = (v7 & v10);
      let v12: bool = (v9 < 14i);
      let v13: bool = (v11 & v12);
      let v14: i32 = (pt * 4900i);
      let v15: i32 = (v14 + v0);
      let v16: i32 = (v15 + v1);
      let v17: i32 = (r1 * 70i);
      let v18: i32 = (v16 + v17);
      let v19: i32 = (v18 + v2);
      let v20: i32 = (r2 * 5i);
      let v21: i32 = (v19 + v20);
      let v22: i32 = (v21 + r0);
      let v23: i32 = (v22 - 150i);
      let v24: f32 = in1[v23];
      let v25: f32 = select(0.0f, v24, v13);
      kx_xs[e] = select(0.0f, v25, rk < 45i);
    }
    {
      let e: i32 = i32(lid) + 64i;
      let kk: i32 = e / 32i;
      let pt: i32 = min(ba + e % 32i, 3599i);
      let rk: i32 = k0 + kk;
      let r0: i32 = (rk / 9i);
      let r1: i32 = (rk / 3i) % 3i;
      let r2: i32 = rk % 3i;
      let v26: i32 = (i1 + r1);
      let v27: i32 = (v26 - 2i);
      let v28: bool = (v27 >= 0i);
      let v29: bool = (v27 < 14i);
      let v30: bool = (v28 & v29);
      let v31: i32 = (i2 + r2);
      let v32: i32 = (v31 - 2i);
      let v33: bool = (v32 >= 0i);
      let v34: bool = (v30 & v33);
      let v35: bool = (v32 < 14i);
      let v36: bool = (v34 & v35);
      let v37: i32 = (pt * 4900i);
      let v38: i32 = (v37 + v0);
      let v39: i32 = (v38 + v1);
      let v40: i32 = (r1 * 70i);
      let v41: i32 = (v39 + v40);
      let v42: i32 = (v41 + v2);
      let v43: i32 = (r2 * 5i);
      let v44: i32 = (v42 + v43);
      let v45: i32 = (v44 + r0);
      let v46: i32 = (v45 - 150i);
      let v47: f32 = in1[v46];
      let v48: f32 = select(0.0f, v47, v36);
      kx_xs[e] = select(0.0f, v48, rk < 45i);
    }
    {
      let e: i32 = i32(lid) + 128i;
      let kk: i32 = e / 32i;
      let pt: i32 = min(ba + e % 32i, 3599i);
      let rk: i32 = k0 + kk;
      let r0: i32 = (rk / 9i);
      let r1: i32 = (rk / 3i) % 3i;
      let r2: i32 = rk % 3i;
      let v49: i32 = (i1 + r1);
      let v50: i32 = (v49 - 2i);
      let v51: bool = (v50 >= 0i);
      let v52: bool = (v50 < 14i);
      let v53: bool = (v51 & v52);
      let v54: i32 = (i2 + r2);
      let v55: i32 = (v54 - 2i);
      let v56: bool = (v55 >= 0i);
      let v57: bool = (v53 & v56);
      let v58: bool = (v55 < 14i);
      let v59: bool = (v57 & v58);
      let v60: i32 = (pt * 4900i);
      let v61: i32 = (v60 + v0);
      let v62: i32 = (v61 + v1);
      let v63: i32 = (r1 * 70i);
      let v64: i32 = (v62 + v63);
      let v65: i32 = (v64 + v2);
      let v66: i32 = (r2 * 5i);
      let v67: i32 = (v65 + v66);
      let v68: i32 = (v67 + r0);
      let v69: i32 = (v68 - 150i);
      let v70: f32 = in1[v69];
      let v71: f32 = select(0.0f, v70, v59);
      kx_xs[e] = select(0.0f, v71, rk < 45i);
    }
    {
      let e: i32 = i32(lid) + 192i;
      let kk: i32 = e / 32i;
      let pt: i32 = min(ba + e % 32i, 3599i);
      let rk: i32 = k0 + kk;
      let r0: i32 = (rk / 9i);
      let r1: i32 = (rk / 3i) % 3i;
      let r2: i32 = rk % 3i;
      let v72: i32 = (i1 + r1);
      let v73: i32 = (v72 - 2i);
      let v74: bool = (v73 >= 0i);
      let v75: bool = (v73 < 14i);
      let v76: bool = (v74 & v75);
      let v77: i32 = (i2 + r2);
      let v78: i32 = (v77 - 2i);
      let v79: bool = (v78 >= 0i);
      let v80: bool = (v76 & v79);
      let v81: bool = (v78 < 14i);
      let v82: bool = (v80 & v81);
      let v83: i32 = (pt * 4900i);
      let v84: i32 = (v83 + v0);
      let v85: i32 = (v84 + v1);
      let v86: i32 = (r1 * 70i);
      let v87: i32 = (v85 + v86);
      let v88: i32 = (v87 + v2);
      let v89: i32 = (r2 * 5i);
      let v90: i32 = (v88 + v89);
      let v91: i32 = (v90 + r0);
      let v92: i32 = (v91 - 150i);
      let v93: f32 = in1[v92];
      let v94: f32 = select(0.0f, v93, v82);
      kx_xs[e] = select(0.0f, v94, rk < 45i);
    }
    {
      let e: i32 = i32(lid) + 256i;
      let kk: i32 = e / 32i;
      let pt: i32 = min(ba + e % 32i, 3599i);
      let rk: i32 = k0 + kk;
      let r0: i32 = (rk / 9i);
      let r1: i32 = (rk / 3i) % 3i;
      let r2: i32 = rk % 3i;
      let v95: i32 = (i1 + r1);
      let v96: i32 = (v95 - 2i);
      let v97: bool = (v96 >= 0i);
      let v98: bool = (v96 < 14i);
      let v99: bool = (v97 & v98);
      let v100: i32 = (i2 + r2);
      let v101: i32 = (v100 - 2i);
      let v102: bool = (v101 >= 0i);
      let v103: bool = (v99 & v102);
      let v104: bool = (v101 < 14i);
      let v105: bool = (v103 & v104);
      let v106: i32 = (pt * 4900i);
      let v107: i32 = (v106 + v0);
      let v108: i32 = (v107 + v1);
      let v109: i32 = (r1 * 70i);
      let v110: i32 = (v108 + v109);
      let v111: i32 = (v110 + v2);
      let v112: i32 = (r2 * 5i);
      let v113: i32 = (v111 + v112);
      let v114: i32 = (v113 + r0);
      let v115: i32 = (v114 - 150i);
      let v116: f32 = in1[v115];
      let v117: f32 = select(0.0f, v116, v105);
      kx_xs[e] = select(0.0f, v117, rk < 45i);
    }
    {
      let e: i32 = i32(lid) + 320i;
      let kk: i32 = e / 32i;
      let pt: i32 = min(ba + e % 32i, 3599i);
      let rk: i32 = k0 + kk;
      let r0: i32 = (rk / 9i);
      let r1: i32 = (rk / 3i) % 3i;
      let r2: i32 = rk % 3i;
      let v118: i32 = (i1 + r1);
      let v119: i32 = (v118 - 2i);
      let v120: bool = (v119 >= 0i);
      let v121: bool = (v119 < 14i);
      let v122: bool = (v120 & v121);
      let v123: i32 = (i2 + r2);
      let v124: i32 = (v123 - 2i);
      let v125: bool = (v124 >= 0i);
      let v126: bool = (v122 & v125);
      let v127: bool = (v124 < 14i);
      let v128: bool = (v126 & v127);
      let v129: i32 = (pt * 4900i);
      let v130: i32 = (v129 + v0);
      let v131: i32 = (v130 + v1);
      let v132: i32 = (r1 * 70i);
      let v133: i32 = (v131 + v132);
      let v134: i32 = (v133 + v2);
      let v135: i32 = (r2 * 5i);
      let v136: i32 = (v134 + v135);
      let v137: i32 = (v136 + r0);
      let v138: i32 = (v137 - 150i);
      let v139: f32 = in1[v138];
      let v140: f32 = select(0.0f, v139, v128);
      kx_xs[e] = select(0.0f, v140, rk < 45i);
    }
    {
      let e: i32 = i32(lid) + 384i;
      let kk: i32 = e / 32i;
      let pt: i32 = min(ba + e % 32i, 3599i);
      let rk: i32 = k0 + kk;
      let r0: i32 = (rk / 9i);
      let r1: i32 = (rk / 3i) % 3i;
      let r2: i32 = rk % 3i;
      let v141: i32 = (i1 + r1);
      let v142: i32 = (v141 - 2i);
      let v143: bool = (v142 >= 0i);
      let v144: bool = (v142 < 14i);
      let v145: bool = (v143 & v144);
      let v146: i32 = (i2 + r2);
      let v147: i32 = (v146 - 2i);
      let v148: bool = (v147 >= 0i);
      let v149: bool = (v145 & v148);
      let v150: bool = (v147 < 14i);
      let v151: bool = (v149 & v150);
      let v152: i32 = (pt * 4900i);
      let v153: i32 = (v152 + v0);
      let v154: i32 = (v153 + v1);
      let v155: i32 = (r1 * 70i);
      let v156: i32 = (v154 + v155);
      let v157: i32 = (v156 + v2);
      let v158: i32 = (r2 * 5i);
      let v159: i32 = (v157 + v158);
      let v160: i32 = (v159 + r0);
      let v161: i32 = (v160 - 150i);
      let v162: f32 = in1[v161];
      let v163: f32 = select(0.0f, v162, v151);
      kx_xs[e] = select(0.0f, v163, rk < 45i);
    }
    {
      let e: i32 = i32(lid) + 448i;
      let kk: i32 = e / 32i;
      let pt: i32 = min(ba + e % 32i, 3599i);
      let rk: i32 = k0 + kk;
      let r0: i32 = (rk / 9i);
      let r1: i32 = (rk / 3i) % 3i;
      let r2: i32 = rk % 3i;
      let v164: i32 = (i1 + r1);
      let v165: i32 = (v164 - 2i);
      let v166: bool = (v165 >= 0i);
      let v167: bool = (v165 < 14i);
      let v168: bool = (v166 & v167);
      let v169: i32 = (i2 + r2);
      let v170: i32 = (v169 - 2i);
      let v171: bool = (v170 >= 0i);
      let v172: bool = (v168 & v171);
      let v173: bool = (v170 < 14i);
      let v174: bool = (v172 & v173);
      let v175: i32 = (pt * 4900i);
      let v176: i32 = (v175 + v0);
      let v177: i32 = (v176 + v1);
      let v178: i32 = (r1 * 70i);
      let v179: i32 = (v177 + v178);
      let v180: i32 = (v179 + v2);
      let v181: i32 = (r2 * 5i);
      let v182: i32 = (v180 + v181);
      let v183: i32 = (v182 + r0);
      let v184: i32 = (v183 - 150i);
      let v185: f32 = in1[v184];
      let v186: f32 = select(0.0f, v185, v174);
      kx_xs[e] = select(0.0f, v186, rk < 45i);
    }
    {
      let e: i32 = i32(lid);
      let kk: i32 = e / 8i;
      let pt: i32 = min(bb + e % 8i, 2i);
      let rk: i32 = k0 + kk;
      let r0: i32 = (rk / 9i);
      let r1: i32 = (rk / 3i) % 3i;
      let r2: i32 = rk % 3i;
      let v187: i32 = (r1 * (-45i));
      let v188: i32 = (r2 * 15i);
      let v189: i32 = (v187 - v188);
      let v190: i32 = (pt * 5i);
      let v191: i32 = (v189 + v190);
      let v192: i32 = (v191 + r0);
      let v193: i32 = (v192 + 120i);
      let v194: f32 = in0[v193];
      kx_ys[e] = select(0.0f, v194, rk < 45i);
    }
    {
      let e: i32 = i32(lid) + 64i;
      let kk: i32 = e / 8i;
      let pt: i32 = min(bb + e % 8i, 2i);
      let rk: i32 = k0 + kk;
      let r0: i32 = (rk / 9i);
      let r1: i32 = (rk / 3i) % 3i;
      let r2: i32 = rk % 3i;
      let v195: i32 = (r1 * (-45i));
      let v196: i32 = (r2 * 15i);
      let v197: i32 = (v195 - v196);
      let v198: i32 = (pt * 5i);
      let v199: i32 = (v197 + v198);
      let v200: i32 = (v199 + r0);
      let v201: i32 = (v200 + 120i);
      let v202: f32 = in0[v201];
      kx_ys[e] = select(0.0f, v202, rk < 45i);
    }
    workgroupBarrier();
    {
      let x0: f32 = kx_xs[0i + la];
      let x1: f32 = kx_xs[0i + la + 8i];
      let x2: f32 = kx_xs[0i + la + 16i];
      let x3: f32 = kx_xs[0i + la + 24i];
      let y0: f32 = kx_ys[0i + lb];
      c0_0 = fma(x0, y0, c0_0);
      c1_0 = fma(x1, y0, c1_0);
      c2_0 = fma(x2, y0, c2_0);
      c3_0 = fma(x3, y0, c3_0);
    }
    {
      let x0: f32 = kx_xs[32i + la];
      let x1: f32 = kx_xs[32i + la + 8i];
      let x2: f32 = kx_xs[32i + la + 16i];
      let x3: f32 = kx_xs[32i + la + 24i];
      let y0: f32 = kx_ys[8i + lb];
      c0_0 = fma(x0, y0, c0_0);
      c1_0 = fma(x1, y0, c1_0);
      c2_0 = fma(x2, y0, c2_0);
      c3_0 = fma(x3, y0, c3_0);
    }
    {
      let x0: f32 = kx_xs[64i + la];
      let x1: f32 = kx_xs[64i + la + 8i];
      let x2: f32 = kx_xs[64i + la + 16i];
      let x3: f32 = kx_xs[64i + la + 24i];
      let y0: f32 = kx_ys[16i + lb];
      c0_0 = fma(x0, y0, c0_0);
      c1_0 = fma(x1, y0, c1_0);
      c2_0 = fma(x2, y0, c2_0);
      c3_0 = fma(x3, y0, c3_0);
    }
    {
      let x0: f32 = kx_xs[96i + la];
      let x1: f32 = kx_xs[96i + la + 8i];
      let x2: f32 = kx_xs[96i + la + 16i];
      let x3: f32 = kx_xs[96i + la + 24i];
      let y0: f32 = kx_ys[24i + lb];
      c0_0 = fma(x0, y0, c0_0);
      c1_0 = fma(x1, y0, c1_0);
      c2_0 = fma(x2, y0, c2_0);
      c3_0 = fma(x3, y0, c3_0);
    }
    {
      let x0: f32 = kx_xs[128i + la];
      let x1: f32 = kx_xs[128i + la + 8i];
      let x2: f32 = kx_xs[128i + la + 16i];
      let x3: f32 = kx_xs[128i + la + 24i];
      let y0: f32 = kx_ys[32i + lb];
      c0_0 = fma(x0, y0, c0_0);
      c1_0 = fma(x1, y0, c1_0);
      c2_0 = fma(x2, y0, c2_0);
      c3_0 = fma(x3, y0, c3_0);
    }
    {
      let x0: f32 = kx_xs[160i + la];
      let x1: f32 = kx_xs[160i + la + 8i];
      let x2: f32 = kx_xs[160i + la + 16i];
      let x3: f32 = kx_xs[160i + la + 24i];
      let y0: f32 = kx_ys[40i + lb];
      c0_0 = fma(x0, y0, c0_0);
      c1_0 = fma(x1, y0, c1_0);
      c2_0 = fma(x2, y0, c2_0);
      c3_0 = fma(x3, y0, c3_0);
    }
    {
      let x0: f32 = kx_xs[192i + la];
      let x1: f32 = kx_xs[192i + la + 8i];
      let x2: f32 = kx_xs[192i + la + 16i];
      let x3: f32 = kx_xs[192i + la + 24i];
      let y0: f32 = kx_ys[48i + lb];
      c0_0 = fma(x0, y0, c0_0);
      c1_0 = fma(x1, y0, c1_0);
      c2_0 = fma(x2, y0, c2_0);
      c3_0 = fma(x3, y0, c3_0);
    }
    {
      let x0: f32 = kx_xs[224i + la];
      let x1: f32 = kx_xs[224i + la + 8i];
      let x2: f32 = kx_xs[224i + la + 16i];
      let x3: f32 = kx_xs[224i + la + 24i];
      let y0: f32 = kx_ys[56i + lb];
      c0_0 = fma(x0, y0, c0_0);
      c1_0 = fma(x1, y0, c1_0);
      c2_0 = fma(x2, y0, c2_0);
      c3_0 = fma(x3, y0, c3_0);
    }
    {
      let x0: f32 = kx_xs[256i + la];
      let x1: f32 = kx_xs[256i + la + 8i];
      let x2: f32 = kx_xs[256i + la + 16i];
      let x3: f32 = kx_xs[256i + la + 24i];
      let y0: f32 = kx_ys[64i + lb];
      c0_0 = fma(x0, y0, c0_0);
      c1_0 = fma(x1, y0, c1_0);
      c2_0 = fma(x2, y0, c2_0);
      c3_0 = fma(x3, y0, c3_0);
    }
    {
      let x0: f32 = kx_xs[288i + la];
      let x1: f32 = kx_xs[288i + la + 8i];
      let x2: f32 = kx_xs[288i + la + 16i];
      let x3: f32 = kx_xs[288i + la + 24i];
      let y0: f32 = kx_ys[72i + lb];
      c0_0 = fma(x0, y0, c0_0);
      c1_0 = fma(x1, y0, c1_0);
      c2_0 = fma(x2, y0, c2_0);
      c3_0 = fma(x3, y0, c3_0);
    }
    {
      let x0: f32 = kx_xs[320i + la];
      let x1: f32 = kx_xs[320i + la + 8i];
      let x2: f32 = kx_xs[320i + la + 16i];
      let x3: f32 = kx_xs[320i + la + 24i];
      let y0: f32 = kx_ys[80i + lb];
      c0_0 = fma(x0, y0, c0_0);
      c1_0 = fma(x1, y0, c1_0);
      c2_0 = fma(x2, y0, c2_0);
      c3_0 = fma(x3, y0, c3_0);
    }
    {
      let x0: f32 = kx_xs[352i + la];
      let x1: f32 = kx_xs[352i + la + 8i];
      let x2: f32 = kx_xs[352i + la + 16i];
      let x3: f32 = kx_xs[352i + la + 24i];
      let y0: f32 = kx_ys[88i + lb];
      c0_0 = fma(x0, y0, c0_0);
      c1_0 = fma(x1, y0, c1_0);
      c2_0 = fma(x2, y0, c2_0);
      c3_0 = fma(x3, y0, c3_0);
    }
    {
      let x0: f32 = kx_xs[384i + la];
      let x1: f32 = kx_xs[384i + la + 8i];
      let x2: f32 = kx_xs[384i + la + 16i];
      let x3: f32 = kx_xs[384i + la + 24i];
      let y0: f32 = kx_ys[96i + lb];
      c0_0 = fma(x0, y0, c0_0);
      c1_0 = fma(x1, y0, c1_0);
      c2_0 = fma(x2, y0, c2_0);
      c3_0 = fma(x3, y0, c3_0);
    }
    {
      let x0: f32 = kx_xs[416i + la];
      let x1: f32 = kx_xs[416i + la + 8i];
      let x2: f32 = kx_xs[416i + la + 16i];
      let x3: f32 = kx_xs[416i + la + 24i];
      let y0: f32 = kx_ys[104i + lb];
      c0_0 = fma(x0, y0, c0_0);
      c1_0 = fma(x1, y0, c1_0);
      c2_0 = fma(x2, y0, c2_0);
      c3_0 = fma(x3, y0, c3_0);
    }
    {
      let x0: f32 = kx_xs[448i + la];
      let x1: f32 = kx_xs[448i + la + 8i];
      let x2: f32 = kx_xs[448i + la + 16i];
      let x3: f32 = kx_xs[448i + la + 24i];
      let y0: f32 = kx_ys[112i + lb];
      c0_0 = fma(x0, y0, c0_0);
      c1_0 = fma(x1, y0, c1_0);
      c2_0 = fma(x2, y0, c2_0);
      c3_0 = fma(x3, y0, c3_0);
    }
    {
      let x0: f32 = kx_xs[480i + la];
      let x1: f32 = kx_xs[480i + la + 8i];
      let x2: f32 = kx_xs[480i + la + 16i];
      let x3: f32 = kx_xs[480i + la + 24i];
      let y0: f32 = kx_ys[120i + lb];
      c0_0 = fma(x0, y0, c0_0);
      c1_0 = fma(x1, y0, c1_0);
      c2_0 = fma(x2, y0, c2_0);
      c3_0 = fma(x3, y0, c3_0);
    }
    workgroupBarrier();
  }
  if (ba + la < 3600i && bb + lb < 3i) {
    let oa: i32 = ba + la;
    let ob: i32 = bb + lb;
    let v203: i32 = (oa * 3840i);
    let v204: i32 = (i1 * 240i);
    let v205: i32 = (v203 + v204);
    let v206: i32 = (i2 * 15i);
    let v207: i32 = (v205 + v206);
    let v208: i32 = (ob * 5i);
    let v209: i32 = (v207 + v208);
    let v210: i32 = (v209 + i4);
    out0[v210] = c0_0;
  }
  if (ba + la + 8i < 3600i && bb + lb < 3i) {
    let oa: i32 = ba + la + 8i;
    let ob: i32 = bb + lb;
    let v211: i32 = (oa * 3840i);
    let v212: i32 = (i1 * 240i);
    let v213: i32 = (v211 + v212);
    let v214: i32 = (i2 * 15i);
    let v215: i32 = (v213 + v214);
    let v216: i32 = (ob * 5i);
    let v217: i32 = (v215 + v216);
    let v218: i32 = (v217 + i4);
    out0[v218] = c1_0;
  }
  if (ba + la + 16i < 3600i && bb + lb < 3i) {
    let oa: i32 = ba + la + 16i;
    let ob: i32 = bb + lb;
    let v219: i32 = (oa * 3840i);
    let v220: i32 = (i1 * 240i);
    let v221: i32 = (v219 + v220);
    let v222: i32 = (i2 * 15i);
    let v223: i32 = (v221 + v222);
    let v224: i32 = (ob * 5i);
    let v225: i32 = (v223 + v224);
    let v226: i32 = (v225 + i4);
    out0[v226] = c2_0;
  }
  if (ba + la + 24i < 3600i && bb + lb < 3i) {
    let oa: i32 = ba + la + 24i;
    let ob: i32 = bb + lb;
    let v227: i32 = (oa * 3840i);
    let v228: i32 = (i1 * 240i);
    let v229: i32 = (v227 + v228);
    let v230: i32 = (i2 * 15i);
    let v231: i32 = (v229 + v230);
    let v232: i32 = (ob * 5i);
    let v233: i32 = (v231 + v232);
    let v234: i32 = (v233 + i4);
    out0[v234] = c3_0;
  }
}
