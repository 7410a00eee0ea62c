# jit(f).lower(...).compile({ device: 'webgpu' }).asText('wgsl'), PINNED_PROFILE — case 'take_grad'
// kernax kernel k0: map, pinned profile
@group(0) @binding(0) var<storage, read> in0: array<i32>;
@group(0) @binding(1) var<storage, read_write> out0: array<i32>;
@compute @workgroup_size(128)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
  let gid: i32 = i32(wid.x + wid.y * 1u);
  let flat: i32 = gid * 128i + i32(lid);
  if (flat >= 6i) { return; }
  let i0: i32 = flat;
  let v0: i32 = in0[i0];
  let v1: bool = (v0 < 0i);
  let v2: i32 = (v0 + 10i);
  let v3: i32 = select(v0, v2, v1);
  out0[i0] = v3;
}

// kernax kernel k1: map, pinned profile
@group(0) @binding(0) var<storage, read_write> out0: array<f32>;
@compute @workgroup_size(128)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
  let gid: i32 = i32(wid.x + wid.y * 1u);
  let flat: i32 = gid * 128i + i32(lid);
  if (flat >= 24i) { return; }
  let i0: i32 = flat;
  let v0: f32 = (1.0f * 2.0f);
  out0[i0] = v0;
}

// kernax kernel k2: map, pinned profile
@group(0) @binding(0) var<storage, read_write> out0: array<f32>;
@compute @workgroup_size(128)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
  let gid: i32 = i32(wid.x + wid.y * 1u);
  let flat: i32 = gid * 128i + i32(lid);
  if (flat >= 40i) { return; }
  let i0: i32 = flat;
  out0[i0] = 0.0f;
}

// k3: host step scatter_add, on webgpu 2 shaders of its own (src/lower/wgsl-steps.ts)

// kernax: scatter_add's output starts as its operand (40 elements)
@group(0) @binding(0) var<storage, read> in0: array<u32>;
@group(0) @binding(1) var<storage, read_write> out0: array<u32>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
  let flat: i32 = i32((wid.x + wid.y * 1u) * 64u + lid);
  if (flat >= 40i) { return; }
  out0[flat] = in0[flat];
}

// kernax: scatter_add of 24 update elements into 40 (mode clip), atomic adds
@group(0) @binding(0) var<storage, read> in0: array<i32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<atomic<u32>>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
  let flat: i32 = i32((wid.x + wid.y * 1u) * 64u + lid);
  if (flat >= 24i) { return; }
  let u0: i32 = (flat / 4i) % 6i;
  let u1: i32 = (flat / 1i) % 4i;
  let at: i32 = u0 * 1i;
  let s0: i32 = in0[at + 0i];
  let off: i32 = clamp(s0, 0i, 9i) * 4i + u1 * 1i;
  let v: f32 = in1[flat];
  var old: u32 = atomicLoad(&out0[off]);
  loop {
    let r = atomicCompareExchangeWeak(&out0[off], old, bitcast<u32>(bitcast<f32>(old) + v));
    if (r.exchanged) { break; }
    old = r.old_value;
  }
}
