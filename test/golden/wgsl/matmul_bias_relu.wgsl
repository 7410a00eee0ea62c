# emitWgsl (src/lower/codegen-wgsl.ts), PINNED_PROFILE — case 'matmul_bias_relu'
// kernax kernel matmul_bias_relu: serial, pinned profile
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn kx_isnan(x: f32) -> bool { return (bitcast<u32>(x) & 0x7fffffffu) > 0x7f800000u; }
fn kx_maxf(a: f32, b: f32) -> f32 {
  if (kx_isnan(a)) { return a; }
  if (kx_isnan(b)) { return b; }
  if (a == b) { return bitcast<f32>(bitcast<u32>(a) & bitcast<u32>(b)); }
  return select(b, a, a > b);
}
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
  let gid: i32 = i32(wid.x + wid.y * 25u);
  let flat: i32 = gid * 64i + i32(lid);
  if (flat >= 1551i) { return; }
  let i0: i32 = (flat / 47i);
  let i1: i32 = flat % 47i;
  let v0: i32 = (i0 * 70i);
  var a0: f32 = 0.0f;
  for (var r0: i32 = 0i; r0 < 70i; r0 = r0 + 1i) {
    let v1: i32 = (v0 + r0);
    let v2: f32 = in0[v1];
    let v3: i32 = (r0 * 47i);
    let v4: i32 = (v3 + i1);
    let v5: f32 = in1[v4];
    a0 = fma(v2, v5, a0);
  }
  let v6: i32 = (i0 * 47i);
  let v7: i32 = (v6 + i1);
  let v8: f32 = in2[i1];
  let v9: f32 = (a0 + v8);
  let v10: f32 = kx_maxf(v9, 0.0f);
  out0[v7] = v10;
}
