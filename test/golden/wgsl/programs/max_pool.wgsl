# jit(f).lower(...).compile({ device: 'webgpu' }).asText('wgsl'), PINNED_PROFILE — case 'max_pool'
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
