# jit(f).lower(...).compile({ device: 'webgpu' }).asText('wgsl'), PINNED_PROFILE — case 'cumsum_rows'
// kernax kernel k0: serial, pinned profile
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
  let gid: i32 = i32(wid.x + wid.y * 1u);
  let flat: i32 = gid * 64i + i32(lid);
  if (flat >= 36i) { return; }
  let i0: i32 = (flat / 9i);
  let i1: i32 = flat % 9i;
  let v0: i32 = (i0 * 9i);
  var a0: f32 = 0.0f;
  for (var r0: i32 = 0i; r0 < 9i; r0 = r0 + 1i) {
    let v1: bool = (r0 <= i1);
    let v2: i32 = (v0 + r0);
    let v3: f32 = in0[v2];
    let v4: f32 = select(0.0f, v3, v1);
    a0 = (a0 + v4);
  }
  let v5: i32 = (v0 + i1);
  out0[v5] = a0;
}
