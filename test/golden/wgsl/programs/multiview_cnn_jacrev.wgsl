# jit(f).lower(...).compile({ device: 'webgpu' }).asText('wgsl'), PINNED_PROFILE — case 'multiview_cnn_jacrev'
// kernax kernel k0: serial, pinned profile
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
  let gid: i32 = i32(wid.x + wid.y * 1u);
  let flat: i32 = gid * 64i + i32(lid);
  if (flat >= 36i) { return; }
  let i0: i32 = (flat / 18i);
  let i1: i32 = (flat / 9i) % 2i;
  let i2: i32 = (flat / 3i) % 3i;
  let i3: i32 = flat % 3i;
  let v0: i32 = (i2 * 10i);
  let v1: i32 = (i3 * 2i);
  let v2: i32 = (i1 * 9i);
  var a0: f32 = 0.0f;
  for (var r0: i32 = 0i; r0 < 3i; r0 = r0 + 1i) {
    for (var r1: i32 = 0i; r1 < 3i; r1 = r1 + 1i) {
      let v3: i32 = (r0 * 10i);
      let v4: i32 = (v0 + v3);
      let v5: i32 = (v4 + v1);
      let v6: i32 = (r1 * 2i);
      let v7: i32 = (v5 + v6);
      let v8: i32 = (v7 + i0);
      let v9: f32 = in0[v8];
      let v10: i32 = (r0 * 3i);
      let v11: i32 = (v2 + v10);
      let v12: i32 = (v11 + r1);
      let v13: f32 = in1[v12];
      a0 = fma(v9, v13, a0);
    }
  }
  let v14: i32 = (i0 * 18i);
  let v15: i32 = (v14 + v2);
  let v16: i32 = (i2 * 3i);
  let v17: i32 = (v15 + v16);
  let v18: i32 = (v17 + i3);
  out0[v18] = a0;
}

// kernax kernel k1: serial, pinned profile
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
  let gid: i32 = i32(wid.x + wid.y * 2u);
  let flat: i32 = gid * 64i + i32(lid);
  if (flat >= 72i) { return; }
  let i0: i32 = (flat / 18i);
  let i1: i32 = (flat / 9i) % 2i;
  let i2: i32 = (flat / 3i) % 3i;
  let i3: i32 = flat % 3i;
  let v0: i32 = (i0 / 2i);
  let v1: i32 = (i0 % 2i);
  let v2: bool = (v0 == v1);
  let v3: f32 = select(0.0f, 1.0f, v2);
  let v4: i32 = (i1 * 9i);
  var a0: f32 = 0.0f;
  for (var r0: i32 = 0i; r0 < 3i; r0 = r0 + 1i) {
    for (var r1: i32 = 0i; r1 < 3i; r1 = r1 + 1i) {
      let v5: i32 = (i2 + r0);
      let v6: i32 = (v5 - 2i);
      let v7: bool = (v6 >= 0i);
      let v8: bool = (v6 < 1i);
      let v9: bool = (v7 & v8);
      let v10: i32 = (i3 + r1);
      let v11: i32 = (v10 - 2i);
      let v12: bool = (v11 >= 0i);
      let v13: bool = (v9 & v12);
      let v14: bool = (v11 < 1i);
      let v15: bool = (v13 & v14);
      let v16: f32 = select(0.0f, v3, v15);
      let v17: i32 = (r0 * 3i);
      let v18: i32 = (v4 - v17);
      let v19: i32 = (v18 - r1);
      let v20: i32 = (v19 + 8i);
      let v21: f32 = in0[v20];
      a0 = fma(v16, v21, a0);
    }
  }
  let v22: i32 = (i0 * 18i);
  let v23: i32 = (v22 + v4);
  let v24: i32 = (i2 * 3i);
  let v25: i32 = (v23 + v24);
  let v26: i32 = (v25 + i3);
  out0[v26] = a0;
}

// kernax kernel k2: serial, pinned profile
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
  let gid: i32 = i32(wid.x + wid.y * 2u);
  let flat: i32 = gid * 64i + i32(lid);
  if (flat >= 100i) { return; }
  let i0: i32 = (flat / 50i);
  let i1: i32 = (flat / 10i) % 5i;
  let i2: i32 = (flat / 2i) % 5i;
  let i3: i32 = flat % 2i;
  let v0: i32 = (i3 * 18i);
  let v1: i32 = (i0 * 36i);
  let v2: i32 = (v1 + v0);
  var a0: f32 = 0.0f;
  for (var r0: i32 = 0i; r0 < 2i; r0 = r0 + 1i) {
    for (var r1: i32 = 0i; r1 < 3i; r1 = r1 + 1i) {
      for (var r2: i32 = 0i; r2 < 3i; r2 = r2 + 1i) {
        let v3: i32 = (i1 + r1);
        let v4: i32 = (v3 - 2i);
        let v5: bool = (v4 >= 0i);
        let v6: bool = (v4 < 3i);
        let v7: bool = (v5 & v6);
        let v8: i32 = (i2 + r2);
        let v9: i32 = (v8 - 2i);
        let v10: bool = (v9 >= 0i);
        let v11: bool = (v7 & v10);
        let v12: bool = (v9 < 3i);
        let v13: bool = (v11 & v12);
        let v14: i32 = (r0 * 9i);
        let v15: i32 = (v0 + v14);
        let v16: i32 = (v4 % 3i);
        let v17: i32 = (v16 * 3i);
        let v18: i32 = (v15 + v17);
        let v19: i32 = (v9 % 3i);
        let v20: i32 = (v18 + v19);
        let v21: f32 = in1[v20];
        let v22: bool = (v21 <= 0.0f);
        let v23: i32 = (v2 + v14);
        let v24: i32 = (v23 + v17);
        let v25: i32 = (v24 + v19);
        let v26: f32 = in2[v25];
        let v27: f32 = select(v26, 0.0f, v22);
        let v28: f32 = select(0.0f, v27, v13);
        let v29: i32 = (r1 * 3i);
        let v30: i32 = (v14 - v29);
        let v31: i32 = (v30 - r2);
        let v32: i32 = (v31 + 8i);
        let v33: f32 = in0[v32];
        a0 = fma(v28, v33, a0);
      }
    }
  }
  let v34: i32 = (i0 * 50i);
  let v35: i32 = (i1 * 10i);
  let v36: i32 = (v34 + v35);
  let v37: i32 = (i2 * 2i);
  let v38: i32 = (v36 + v37);
  let v39: i32 = (v38 + i3);
  out0[v39] = a0;
}
