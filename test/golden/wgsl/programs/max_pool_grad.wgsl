# jit(f).lower(...).compile({ device: 'webgpu' }).asText('wgsl'), PINNED_PROFILE — case 'max_pool_grad'
// kernax kernel k0: serial, pinned profile
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn kx_isnan(x: f32) -> bool { return (bitcast<u32>(x) & 0x7fffffffu) > 0x7f800000u; }
fn kx_maxf(a: f32, b: f32) -> f32 {
  if (kx_isnan(a)) { return a; }
  if (kx_isnan(b)) { return b; }
  if (a == b) { return bitcast<f32>(bitcast<u32>(a) & bitcast<u32>(b)); }
  return select(b, a, a > b);
}
var<private> kx_bits: vec3<u32> = vec3<u32>(0x7f800000u, 0xff800000u, 0x7fc00000u);
fn kx_pinf() -> f32 { return bitcast<f32>(kx_bits.x); }
fn kx_ninf() -> f32 { return bitcast<f32>(kx_bits.y); }
fn kx_nan() -> f32 { return bitcast<f32>(kx_bits.z); }
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
  let gid: i32 = i32(wid.x + wid.y * 1u);
  let flat: i32 = gid * 64i + i32(lid);
  if (flat >= 48i) { return; }
  let i0: i32 = (flat / 12i);
  let i1: i32 = (flat / 3i) % 4i;
  let i2: i32 = flat % 3i;
  let v0: i32 = (i0 * 48i);
  let v1: i32 = (i1 * 6i);
  var a0: f32 = kx_ninf();
  for (var r0: i32 = 0i; r0 < 2i; r0 = r0 + 1i) {
    for (var r1: i32 = 0i; r1 < 2i; r1 = r1 + 1i) {
      let v2: i32 = (r0 * 24i);
      let v3: i32 = (v0 + v2);
      let v4: i32 = (v3 + v1);
      let v5: i32 = (r1 * 3i);
      let v6: i32 = (v4 + v5);
      let v7: i32 = (v6 + i2);
      let v8: f32 = in0[v7];
      a0 = kx_maxf(a0, v8);
    }
  }
  let v9: i32 = (i0 * 12i);
  let v10: i32 = (i1 * 3i);
  let v11: i32 = (v9 + v10);
  let v12: i32 = (v11 + i2);
  out0[v12] = a0;
}

// kernax kernel k1: serial, pinned profile
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn kx_isnan(x: f32) -> bool { return (bitcast<u32>(x) & 0x7fffffffu) > 0x7f800000u; }
fn kx_maxf(a: f32, b: f32) -> f32 {
  if (kx_isnan(a)) { return a; }
  if (kx_isnan(b)) { return b; }
  if (a == b) { return bitcast<f32>(bitcast<u32>(a) & bitcast<u32>(b)); }
  return select(b, a, a > b);
}
var<private> kx_bits: vec3<u32> = vec3<u32>(0x7f800000u, 0xff800000u, 0x7fc00000u);
fn kx_pinf() -> f32 { return bitcast<f32>(kx_bits.x); }
fn kx_ninf() -> f32 { return bitcast<f32>(kx_bits.y); }
fn kx_nan() -> f32 { return bitcast<f32>(kx_bits.z); }
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
  let gid: i32 = i32(wid.x + wid.y * 1u);
  let flat: i32 = gid * 64i + i32(lid);
  if (flat >= 48i) { return; }
  let i0: i32 = (flat / 12i);
  let i1: i32 = (flat / 3i) % 4i;
  let i2: i32 = flat % 3i;
  let v0: i32 = (i0 * 48i);
  let v1: i32 = (i1 * 6i);
  var a0: f32 = kx_ninf();
  for (var r0: i32 = 0i; r0 < 2i; r0 = r0 + 1i) {
    for (var r1: i32 = 0i; r1 < 2i; r1 = r1 + 1i) {
      let v2: i32 = (r0 * 24i);
      let v3: i32 = (v0 + v2);
      let v4: i32 = (v3 + v1);
      let v5: i32 = (r1 * 3i);
      let v6: i32 = (v4 + v5);
      let v7: i32 = (v6 + i2);
      let v8: f32 = in0[v7];
      let v9: u32 = bitcast<u32>(v8);
      let v10: u32 = (v9 & 2147483647u);
      let v11: bool = (v10 > 2139095040u);
      let v12: bool = !(v11);
      let v13: f32 = select(kx_ninf(), v8, v12);
      a0 = kx_maxf(a0, v13);
    }
  }
  var a1: i32 = 2147483647i;
  for (var r0: i32 = 0i; r0 < 2i; r0 = r0 + 1i) {
    for (var r1: i32 = 0i; r1 < 2i; r1 = r1 + 1i) {
      let v14: i32 = (r0 * 24i);
      let v15: i32 = (v0 + v14);
      let v16: i32 = (v15 + v1);
      let v17: i32 = (r1 * 3i);
      let v18: i32 = (v16 + v17);
      let v19: i32 = (v18 + i2);
      let v20: f32 = in0[v19];
      let v21: u32 = bitcast<u32>(v20);
      let v22: u32 = (v21 & 2147483647u);
      let v23: bool = (v22 > 2139095040u);
      let v24: bool = !(v23);
      let v25: bool = (v20 == a0);
      let v26: bool = (v24 & v25);
      let v27: i32 = (r0 * 2i);
      let v28: i32 = (v27 + r1);
      let v29: i32 = select(4i, v28, v26);
      a1 = min(a1, v29);
    }
  }
  let v30: i32 = (i0 * 12i);
  let v31: i32 = (i1 * 3i);
  let v32: i32 = (v30 + v31);
  let v33: i32 = (v32 + i2);
  let v34: i32 = (v0 + v1);
  let v35: i32 = (v34 + i2);
  let v36: f32 = in0[v35];
  let v37: u32 = bitcast<u32>(v36);
  let v38: u32 = (v37 & 2147483647u);
  let v39: bool = (v38 > 2139095040u);
  let v40: i32 = select(a1, 0i, v39);
  let v41: bool = (v40 < 4i);
  let v42: i32 = (v40 / 2i);
  let v43: i32 = (v42 % 2i);
  let v44: i32 = (v43 * 24i);
  let v45: i32 = (v0 + v44);
  let v46: i32 = (v45 + v1);
  let v47: i32 = (v40 % 2i);
  let v48: i32 = (v47 * 3i);
  let v49: i32 = (v46 + v48);
  let v50: i32 = (v49 + i2);
  let v51: i32 = (v50 % 192i);
  let v52: f32 = f32(v51);
  let v53: f32 = (v52 + 1.0f);
  let v54: f32 = select(0.0f, v53, v41);
  out0[v33] = v54;
}

// kernax kernel k2: map, pinned profile
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
@compute @workgroup_size(128)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
  let gid: i32 = i32(wid.x + wid.y * 2u);
  let flat: i32 = gid * 128i + i32(lid);
  if (flat >= 192i) { return; }
  let i0: i32 = (flat / 24i);
  let i1: i32 = (flat / 3i) % 8i;
  let i2: i32 = flat % 3i;
  let v0: i32 = (i0 * 24i);
  let v1: i32 = (i1 * 3i);
  let v2: i32 = (v0 + v1);
  let v3: i32 = (v2 + i2);
  let v4: i32 = (i0 / 2i);
  let v5: i32 = (v4 * 12i);
  let v6: i32 = (i1 / 2i);
  let v7: i32 = (v6 * 3i);
  let v8: i32 = (v5 + v7);
  let v9: i32 = (v8 + i2);
  let v10: f32 = in1[v9];
  let v11: f32 = f32(v3);
  let v12: f32 = (v11 + 1.0f);
  let v13: bool = (v10 == v12);
  let v14: f32 = (-1.0f);
  let v15: f32 = in0[v9];
  let v16: f32 = sin(v15);
  let v17: f32 = (v14 * v16);
  let v18: u32 = bitcast<u32>(v17);
  let v19: u32 = (v18 & 2147483647u);
  let v20: bool = (v19 != 0u);
  let v21: bool = (v13 & v20);
  let v22: f32 = select(0.0f, v17, v21);
  out0[v3] = v22;
}
