# jit(f).lower(...).compile({ device: 'webgpu' }).asText('wgsl'), PINNED_PROFILE — case 'sort_argsort_rows'
// kernax kernel k0: map, pinned profile
@group(0) @binding(0) var<storage, read_write> out0: array<i32>;
@compute @workgroup_size(128)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
  let gid: i32 = i32(wid.x + wid.y * 2u);
  let flat: i32 = gid * 128i + i32(lid);
  if (flat >= 200i) { return; }
  let i0: i32 = (flat / 50i);
  let i1: i32 = flat % 50i;
  let v0: i32 = (i0 * 50i);
  let v1: i32 = (v0 + i1);
  out0[v1] = i1;
}

// k1: host step sort, on webgpu a shader of its own (src/lower/wgsl-steps.ts)

// kernax: sort of 2 operand(s) along dim 1 of [4,50] (1 key(s)): 4 row(s) of 50, bitonic over 64
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<i32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
@group(0) @binding(3) var<storage, read_write> out1: array<i32>;
var<workgroup> kx_perm: array<i32, 64>;
var<workgroup> kx_key: array<f32, 64>;
fn kx_isnan(x: f32) -> bool { return (bitcast<u32>(x) & 0x7fffffffu) > 0x7f800000u; }
// Whether position a of the row sorts before position b: the keys, then the position; padding last. xa, xb: the first key at a and b.
fn kx_before(base: i32, a: i32, b: i32, xa: f32, xb: f32) -> bool {
  if (b >= 50i) { return a < 50i || a < b; }
  if (a >= 50i) { return false; }
  {
    let x = xa;
    let y = xb;
    let nx = kx_isnan(x);
    let ny = kx_isnan(y);
    if (nx != ny) { return ny; }
    if (!nx) {
      if (x < y) { return true; }
      if (y < x) { return false; }
    }
  }
  return a < b;
}
@compute @workgroup_size(32)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
  let row: i32 = i32(wid.x + wid.y * 4u);
  if (row >= 4i) { return; }
  let base: i32 = ((row / 1i) % 4i) * 50i;
  for (var j: i32 = i32(lid); j < 64i; j = j + 32i) { kx_perm[j] = j; if (j < 50i) { kx_key[j] = in0[base + j * 1i]; } }
  workgroupBarrier();
  for (var k: i32 = 2i; k <= 64i; k = k * 2i) {
    for (var h: i32 = k / 2i; h > 0i; h = h / 2i) {
      for (var t: i32 = i32(lid); t < 32i; t = t + 32i) {
        let i: i32 = (t / h) * 2i * h + t % h;
        let a: i32 = kx_perm[i];
        let b: i32 = kx_perm[i + h];
        let up: bool = (i & k) == 0i;
        let xa = kx_key[i];
        let xb = kx_key[i + h];
        var swap: bool;
        if (up) { swap = kx_before(base, b, a, xb, xa); } else { swap = kx_before(base, a, b, xa, xb); }
        if (swap) { kx_perm[i] = b; kx_perm[i + h] = a; kx_key[i] = xb; kx_key[i + h] = xa; }
      }
      workgroupBarrier();
    }
  }
  for (var j: i32 = i32(lid); j < 50i; j = j + 32i) {
    let q: i32 = kx_perm[j];
    out0[base + j * 1i] = in0[base + q * 1i];
    out1[base + j * 1i] = in1[base + q * 1i];
  }
}
