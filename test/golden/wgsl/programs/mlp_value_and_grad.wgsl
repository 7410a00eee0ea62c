# jit(f).lower(...).compile({ device: 'webgpu' }).asText('wgsl'), PINNED_PROFILE — case 'mlp_value_and_grad'
// kernax kernel k0: serial, pinned profile
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
  let gid: i32 = i32(wid.x + wid.y * 2u);
  let flat: i32 = gid * 64i + i32(lid);
  if (flat >= 128i) { return; }
  let i0: i32 = (flat / 8i);
  let i1: i32 = flat % 8i;
  let v0: i32 = (i0 * 4i);
  var a0: f32 = 0.0f;
  for (var r0: i32 = 0i; r0 < 4i; r0 = r0 + 1i) {
    let v1: i32 = (v0 + r0);
    let v2: f32 = in1[v1];
    let v3: i32 = (r0 * 8i);
    let v4: i32 = (v3 + i1);
    let v5: f32 = in0[v4];
    a0 = fma(v2, v5, a0);
  }
  let v6: i32 = (i0 * 8i);
  let v7: i32 = (v6 + i1);
  out0[v7] = a0;
}

// kernax kernel k1: serial, pinned profile
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
  let gid: i32 = i32(wid.x + wid.y * 1u);
  let flat: i32 = gid * 64i + i32(lid);
  if (flat >= 32i) { return; }
  let i0: i32 = (flat / 2i);
  let i1: i32 = flat % 2i;
  let v0: i32 = (i0 * 8i);
  var a0: f32 = 0.0f;
  for (var r0: i32 = 0i; r0 < 8i; r0 = r0 + 1i) {
    let v1: i32 = (v0 + r0);
    let v2: f32 = in2[v1];
    let v3: f32 = in0[r0];
    let v4: f32 = (v2 + v3);
    let v5: bool = (v4 <= 0.0f);
    let v6: f32 = select(v4, 0.0f, v5);
    let v7: i32 = (r0 * 2i);
    let v8: i32 = (v7 + i1);
    let v9: f32 = in1[v8];
    a0 = fma(v6, v9, a0);
  }
  let v10: i32 = (i0 * 2i);
  let v11: i32 = (v10 + i1);
  out0[v11] = a0;
}

// kernax kernel k2: serial, pinned profile
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
  let gid: i32 = i32(wid.x + wid.y * 1u);
  let flat: i32 = gid * 64i + i32(lid);
  if (flat >= 1i) { return; }
  var a0: f32 = 0.0f;
  for (var r0: i32 = 0i; r0 < 32i; r0 = r0 + 1i) {
    let v0: f32 = in1[r0];
    let v1: f32 = in0[r0];
    let v2: f32 = (v0 - v1);
    let v3: f32 = (v2 * v2);
    a0 = (a0 + v3);
  }
  let v4: f32 = (a0 / 32.0f);
  out0[0i] = v4;
}

// kernax kernel k3: serial, pinned profile
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
  let gid: i32 = i32(wid.x + wid.y * 1u);
  let flat: i32 = gid * 64i + i32(lid);
  if (flat >= 16i) { return; }
  let i0: i32 = (flat / 2i);
  let i1: i32 = flat % 2i;
  let v0: f32 = in0[i0];
  var a0: f32 = 0.0f;
  for (var r0: i32 = 0i; r0 < 16i; r0 = r0 + 1i) {
    let v1: i32 = (r0 * 2i);
    let v2: i32 = (v1 + i1);
    let v3: f32 = in3[v2];
    let v4: f32 = in1[v2];
    let v5: f32 = (v3 - v4);
    let v6: f32 = (2.0f * v5);
    let v7: f32 = (0.03125f * v6);
    let v8: i32 = (r0 * 8i);
    let v9: i32 = (v8 + i0);
    let v10: f32 = in2[v9];
    let v11: f32 = (v10 + v0);
    let v12: bool = (v11 <= 0.0f);
    let v13: f32 = select(v11, 0.0f, v12);
    a0 = fma(v7, v13, a0);
  }
  let v14: i32 = (i0 * 2i);
  let v15: i32 = (v14 + i1);
  out0[v15] = a0;
}

// kernax kernel k4: serial, pinned profile
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read> in4: array<f32>;
@group(0) @binding(5) var<storage, read_write> out0: array<f32>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
  let gid: i32 = i32(wid.x + wid.y * 2u);
  let flat: i32 = gid * 64i + i32(lid);
  if (flat >= 128i) { return; }
  let i0: i32 = (flat / 8i);
  let i1: i32 = flat % 8i;
  let v0: i32 = (i0 * 2i);
  let v1: i32 = (i1 * 2i);
  var a0: f32 = 0.0f;
  for (var r0: i32 = 0i; r0 < 2i; r0 = r0 + 1i) {
    let v2: i32 = (v0 + r0);
    let v3: f32 = in4[v2];
    let v4: f32 = in2[v2];
    let v5: f32 = (v3 - v4);
    let v6: f32 = (2.0f * v5);
    let v7: f32 = (0.03125f * v6);
    let v8: i32 = (v1 + r0);
    let v9: f32 = in1[v8];
    a0 = fma(v7, v9, a0);
  }
  let v10: i32 = (i0 * 8i);
  let v11: i32 = (v10 + i1);
  let v12: f32 = in3[v11];
  let v13: f32 = in0[i1];
  let v14: f32 = (v12 + v13);
  let v15: bool = (v14 <= 0.0f);
  let v16: f32 = select(a0, 0.0f, v15);
  out0[v11] = v16;
}

// kernax kernel k5: serial, pinned profile
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
  let gid: i32 = i32(wid.x + wid.y * 1u);
  let flat: i32 = gid * 64i + i32(lid);
  if (flat >= 8i) { return; }
  let i0: i32 = flat;
  var a0: f32 = 0.0f;
  for (var r0: i32 = 0i; r0 < 16i; r0 = r0 + 1i) {
    let v0: i32 = (r0 * 8i);
    let v1: i32 = (v0 + i0);
    let v2: f32 = in0[v1];
    a0 = (a0 + v2);
  }
  out0[i0] = a0;
}

// kernax kernel k6: serial, pinned profile
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
  let gid: i32 = i32(wid.x + wid.y * 1u);
  let flat: i32 = gid * 64i + i32(lid);
  if (flat >= 32i) { return; }
  let i0: i32 = (flat / 8i);
  let i1: i32 = flat % 8i;
  var a0: f32 = 0.0f;
  for (var r0: i32 = 0i; r0 < 16i; r0 = r0 + 1i) {
    let v0: i32 = (r0 * 8i);
    let v1: i32 = (v0 + i1);
    let v2: f32 = in1[v1];
    let v3: i32 = (r0 * 4i);
    let v4: i32 = (v3 + i0);
    let v5: f32 = in0[v4];
    a0 = fma(v2, v5, a0);
  }
  let v6: i32 = (i0 * 8i);
  let v7: i32 = (v6 + i1);
  out0[v7] = a0;
}
