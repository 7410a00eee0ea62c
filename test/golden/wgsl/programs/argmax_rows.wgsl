# jit(f).lower(...).compile({ device: 'webgpu' }).asText('wgsl'), PINNED_PROFILE — case 'argmax_rows'
// kernax kernel k0: serial, pinned profile
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<i32>;
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
  if (flat >= 6i) { return; }
  let i0: i32 = flat;
  let v0: i32 = (i0 * 50i);
  var a0: f32 = kx_ninf();
  for (var r0: i32 = 0i; r0 < 50i; r0 = r0 + 1i) {
    let v1: i32 = (v0 + r0);
    let v2: f32 = in0[v1];
    a0 = kx_maxf(a0, v2);
  }
  let v3: u32 = bitcast<u32>(a0);
  let v4: u32 = (v3 & 2147483647u);
  let v5: bool = (v4 > 2139095040u);
  var a1: i32 = 2147483647i;
  for (var r0: i32 = 0i; r0 < 50i; r0 = r0 + 1i) {
    let v6: i32 = (v0 + r0);
    let v7: f32 = in0[v6];
    let v8: u32 = bitcast<u32>(v7);
    let v9: u32 = (v8 & 2147483647u);
    let v10: bool = (v9 > 2139095040u);
    let v11: bool = (v7 == a0);
    let v12: bool = select(v11, v10, v5);
    let v13: i32 = select(50i, r0, v12);
    a1 = min(a1, v13);
  }
  out0[i0] = a1;
}
