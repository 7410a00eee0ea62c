# jit(f).lower(...).compile({ device: 'webgpu' }).asText('wgsl'), PINNED_PROFILE — case 'random_normal'
// kernax kernel k0: map, pinned profile
@group(0) @binding(0) var<storage, read> in0: array<u32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn kx_isinf(x: f32) -> bool { return (bitcast<u32>(x) & 0x7fffffffu) == 0x7f800000u; }
fn kx_log1p(x: f32) -> f32 {
  let u = 1.0 + x;
  if (u == 1.0 || kx_isinf(u)) { return select(x, u, kx_isinf(u)); }
  return log(u) * (x / (u - 1.0));
}
var<private> kx_bits: vec3<u32> = vec3<u32>(0x7f800000u, 0xff800000u, 0x7fc00000u);
fn kx_pinf() -> f32 { return bitcast<f32>(kx_bits.x); }
fn kx_ninf() -> f32 { return bitcast<f32>(kx_bits.y); }
fn kx_nan() -> f32 { return bitcast<f32>(kx_bits.z); }
fn kx_erf_inv(x: f32) -> f32 {
  let ax = abs(x);
  if (ax == 1.0) { return x * kx_pinf(); }
  if (!(ax < 1.0)) { return kx_nan(); }
  let w = -kx_log1p(-(x * x));
  var p: f32;
  if (w < 5.0) {
    let v = w - 2.5;
    p = 2.81022636e-8;
    p = fma(p, v, 3.43273939e-7);
    p = fma(p, v, -3.5233877e-6);
    p = fma(p, v, -4.39150654e-6);
    p = fma(p, v, 0.00021858087);
    p = fma(p, v, -0.00125372503);
    p = fma(p, v, -0.00417768164);
    p = fma(p, v, 0.246640727);
    p = fma(p, v, 1.50140941);
  } else {
    let v = sqrt(w) - 3.0;
    p = -0.000200214257;
    p = fma(p, v, 0.000100950558);
    p = fma(p, v, 0.00134934322);
    p = fma(p, v, -0.00367342844);
    p = fma(p, v, 0.00573950773);
    p = fma(p, v, -0.0076224613);
    p = fma(p, v, 0.00943887047);
    p = fma(p, v, 1.00167406);
    p = fma(p, v, 2.83297682);
  }
  return p * x;
}
fn kx_isnan(x: f32) -> bool { return (bitcast<u32>(x) & 0x7fffffffu) > 0x7f800000u; }
fn kx_maxf(a: f32, b: f32) -> f32 {
  if (kx_isnan(a)) { return a; }
  if (kx_isnan(b)) { return b; }
  if (a == b) { return bitcast<f32>(bitcast<u32>(a) & bitcast<u32>(b)); }
  return select(b, a, a > b);
}
@compute @workgroup_size(128)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
  let gid: i32 = i32(wid.x + wid.y * 1u);
  let flat: i32 = gid * 128i + i32(lid);
  if (flat >= 16i) { return; }
  let i0: i32 = flat;
  let v0: u32 = in0[0i];
  let v1: u32 = bitcast<u32>(i0);
  let v2: u32 = in0[1i];
  let v3: u32 = (v1 + v2);
  let v4: u32 = (v0 + v3);
  let v5: u32 = (v3 << 13u);
  let v6: u32 = (v3 >> 19u);
  let v7: u32 = (v5 | v6);
  let v8: u32 = (v7 ^ v4);
  let v9: u32 = (v4 + v8);
  let v10: u32 = (v8 << 15u);
  let v11: u32 = (v8 >> 17u);
  let v12: u32 = (v10 | v11);
  let v13: u32 = (v12 ^ v9);
  let v14: u32 = (v9 + v13);
  let v15: u32 = (v13 << 26u);
  let v16: u32 = (v13 >> 6u);
  let v17: u32 = (v15 | v16);
  let v18: u32 = (v17 ^ v14);
  let v19: u32 = (v14 + v18);
  let v20: u32 = (v19 + v2);
  let v21: u32 = (v18 << 6u);
  let v22: u32 = (v18 >> 26u);
  let v23: u32 = (v21 | v22);
  let v24: u32 = (v23 ^ v19);
  let v25: u32 = (v0 ^ v2);
  let v26: u32 = (v25 ^ 466688986u);
  let v27: u32 = (v24 + v26);
  let v28: u32 = (v27 + 1u);
  let v29: u32 = (v20 + v28);
  let v30: u32 = (v28 << 17u);
  let v31: u32 = (v28 >> 15u);
  let v32: u32 = (v30 | v31);
  let v33: u32 = (v32 ^ v29);
  let v34: u32 = (v29 + v33);
  let v35: u32 = (v33 << 29u);
  let v36: u32 = (v33 >> 3u);
  let v37: u32 = (v35 | v36);
  let v38: u32 = (v37 ^ v34);
  let v39: u32 = (v34 + v38);
  let v40: u32 = (v38 << 16u);
  let v41: u32 = (v38 >> 16u);
  let v42: u32 = (v40 | v41);
  let v43: u32 = (v42 ^ v39);
  let v44: u32 = (v39 + v43);
  let v45: u32 = (v44 + v26);
  let v46: u32 = (v43 << 24u);
  let v47: u32 = (v43 >> 8u);
  let v48: u32 = (v46 | v47);
  let v49: u32 = (v48 ^ v44);
  let v50: u32 = (v49 + v0);
  let v51: u32 = (v50 + 2u);
  let v52: u32 = (v45 + v51);
  let v53: u32 = (v51 << 13u);
  let v54: u32 = (v51 >> 19u);
  let v55: u32 = (v53 | v54);
  let v56: u32 = (v55 ^ v52);
  let v57: u32 = (v52 + v56);
  let v58: u32 = (v56 << 15u);
  let v59: u32 = (v56 >> 17u);
  let v60: u32 = (v58 | v59);
  let v61: u32 = (v60 ^ v57);
  let v62: u32 = (v57 + v61);
  let v63: u32 = (v61 << 26u);
  let v64: u32 = (v61 >> 6u);
  let v65: u32 = (v63 | v64);
  let v66: u32 = (v65 ^ v62);
  let v67: u32 = (v62 + v66);
  let v68: u32 = (v67 + v0);
  let v69: u32 = (v66 << 6u);
  let v70: u32 = (v66 >> 26u);
  let v71: u32 = (v69 | v70);
  let v72: u32 = (v71 ^ v67);
  let v73: u32 = (v72 + v2);
  let v74: u32 = (v73 + 3u);
  let v75: u32 = (v68 + v74);
  let v76: u32 = (v74 << 17u);
  let v77: u32 = (v74 >> 15u);
  let v78: u32 = (v76 | v77);
  let v79: u32 = (v78 ^ v75);
  let v80: u32 = (v75 + v79);
  let v81: u32 = (v79 << 29u);
  let v82: u32 = (v79 >> 3u);
  let v83: u32 = (v81 | v82);
  let v84: u32 = (v83 ^ v80);
  let v85: u32 = (v80 + v84);
  let v86: u32 = (v84 << 16u);
  let v87: u32 = (v84 >> 16u);
  let v88: u32 = (v86 | v87);
  let v89: u32 = (v88 ^ v85);
  let v90: u32 = (v85 + v89);
  let v91: u32 = (v90 + v2);
  let v92: u32 = (v89 << 24u);
  let v93: u32 = (v89 >> 8u);
  let v94: u32 = (v92 | v93);
  let v95: u32 = (v94 ^ v90);
  let v96: u32 = (v95 + v26);
  let v97: u32 = (v96 + 4u);
  let v98: u32 = (v91 + v97);
  let v99: u32 = (v97 << 13u);
  let v100: u32 = (v97 >> 19u);
  let v101: u32 = (v99 | v100);
  let v102: u32 = (v101 ^ v98);
  let v103: u32 = (v98 + v102);
  let v104: u32 = (v102 << 15u);
  let v105: u32 = (v102 >> 17u);
  let v106: u32 = (v104 | v105);
  let v107: u32 = (v106 ^ v103);
  let v108: u32 = (v103 + v107);
  let v109: u32 = (v107 << 26u);
  let v110: u32 = (v107 >> 6u);
  let v111: u32 = (v109 | v110);
  let v112: u32 = (v111 ^ v108);
  let v113: u32 = (v108 + v112);
  let v114: u32 = (v113 + v26);
  let v115: u32 = (v112 << 6u);
  let v116: u32 = (v112 >> 26u);
  let v117: u32 = (v115 | v116);
  let v118: u32 = (v117 ^ v113);
  let v119: u32 = (v118 + v0);
  let v120: u32 = (v119 + 5u);
  let v121: u32 = (v114 ^ v120);
  let v122: u32 = (v121 >> 9u);
  let v123: u32 = (v122 | 1065353216u);
  let v124: f32 = bitcast<f32>(v123);
  let v125: f32 = (v124 - 1.0f);
  let v126: f32 = (v125 * 2.0f);
  let v127: f32 = (v126 + (-0.9999999403953552f));
  let v128: f32 = kx_maxf((-0.9999999403953552f), v127);
  let v129: f32 = kx_erf_inv(v128);
  let v130: f32 = (1.4142135381698608f * v129);
  out0[i0] = v130;
}
