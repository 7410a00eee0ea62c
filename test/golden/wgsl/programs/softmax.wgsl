# jit(f).lower(...).compile({ device: 'webgpu' }).asText('wgsl'), PINNED_PROFILE — case 'softmax'
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
  if (flat >= 8i) { return; }
  let i0: i32 = flat;
  let v0: i32 = (i0 * 128i);
  var a0: f32 = kx_ninf();
  for (var r0: i32 = 0i; r0 < 128i; r0 = r0 + 1i) {
    let v1: i32 = (v0 + r0);
    let v2: f32 = in0[v1];
    a0 = kx_maxf(a0, v2);
  }
  let v3: f32 = kx_maxf(kx_ninf(), a0);
  var a1: f32 = 0.0f;
  for (var r0: i32 = 0i; r0 < 128i; r0 = r0 + 1i) {
    let v4: i32 = (v0 + r0);
    let v5: f32 = in0[v4];
    let v6: f32 = (v5 - v3);
    let v7: f32 = exp(v6);
    a1 = (a1 + v7);
  }
  for (var r0: i32 = 0i; r0 < 128i; r0 = r0 + 1i) {
    let v8: i32 = (v0 + r0);
    let v9: f32 = in0[v8];
    let v10: f32 = (v9 - v3);
    let v11: f32 = exp(v10);
    let v12: f32 = (v11 / a1);
    out0[v8] = v12;
  }
}
