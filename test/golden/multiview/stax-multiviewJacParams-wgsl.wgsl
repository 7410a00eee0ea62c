# test/e2e/multiview-golden.test.ts (kernax dump examples/multiview.ts --print-after-all --format json) — case 'stax-multiviewJacParams-wgsl'
// kernax kernel k0: serial, pinned profile
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
  let gid: i32 = i32(wid.x + wid.y * 77u);
  let flat: i32 = gid * 64i + i32(lid);
  if (flat >= 4900i) { return; }
  let i0: i32 = (flat / 980i);
  let i1: i32 = (flat / 70i) % 14i;
  let i2: i32 = (flat / 5i) % 14i;
  let i3: i32 = flat % 5i;
  let v0: i32 = (i1 * 240i);
  let v1: i32 = (i2 * 15i);
  var a0: f32 = 0.0f;
  for (var r0: i32 = 0i; r0 < 3i; r0 = r0 + 1i) {
    for (var r1: i32 = 0i; r1 < 3i; r1 = r1 + 1i) {
      for (var r2: i32 = 0i; r2 < 3i; r2 = r2 + 1i) {
        let v2: i32 = (r1 * 240i);
        let v3: i32 = (v0 + v2);
        let v4: i32 = (v3 + v1);
        let v5: i32 = (r2 * 15i);
        let v6: i32 = (v4 + v5);
        let v7: i32 = (r0 * 5i);
        let v8: i32 = (v6 + v7);
        let v9: i32 = (v8 + i0);
        let v10: f32 = in1[v9];
        let v11: i32 = (r1 * 45i);
        let v12: i32 = (v11 + v5);
        let v13: i32 = (v12 + v7);
        let v14: i32 = (v13 + i3);
        let v15: f32 = in0[v14];
        a0 = fma(v10, v15, a0);
      }
    }
  }
  let v16: i32 = (i0 * 980i);
  let v17: i32 = (i1 * 70i);
  let v18: i32 = (v16 + v17);
  let v19: i32 = (i2 * 5i);
  let v20: i32 = (v18 + v19);
  let v21: i32 = (v20 + i3);
  out0[v21] = a0;
}

// kernax kernel k1: serial, pinned profile
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
  let gid: i32 = i32(wid.x + wid.y * 65535u);
  let flat: i32 = gid * 64i + i32(lid);
  if (flat >= 17640000i) { return; }
  let i0: i32 = (flat / 980i);
  let i1: i32 = (flat / 70i) % 14i;
  let i2: i32 = (flat / 5i) % 14i;
  let i3: i32 = flat % 5i;
  let v0: i32 = (i0 / 5i);
  let v1: i32 = (i0 % 5i);
  let v2: i32 = (i3 * 5i);
  var a0: f32 = 0.0f;
  for (var r0: i32 = 0i; r0 < 5i; r0 = r0 + 1i) {
    for (var r1: i32 = 0i; r1 < 3i; r1 = r1 + 1i) {
      for (var r2: i32 = 0i; r2 < 3i; r2 = r2 + 1i) {
        let v3: i32 = (i1 + r1);
        let v4: i32 = (v3 - 2i);
        let v5: bool = (v4 >= 0i);
        let v6: bool = (v4 < 12i);
        let v7: bool = (v5 & v6);
        let v8: i32 = (i2 + r2);
        let v9: i32 = (v8 - 2i);
        let v10: bool = (v9 >= 0i);
        let v11: bool = (v7 & v10);
        let v12: bool = (v9 < 12i);
        let v13: bool = (v11 & v12);
        let v14: i32 = (v4 % 12i);
        let v15: i32 = (v14 * 300i);
        let v16: i32 = (v9 % 12i);
        let v17: i32 = (v16 * 25i);
        let v18: i32 = (v15 + v17);
        let v19: i32 = (r0 * 5i);
        let v20: i32 = (v18 + v19);
        let v21: i32 = (v20 + v1);
        let v22: i32 = (v21 % 3600i);
        let v23: bool = (v0 == v22);
        let v24: f32 = select(0.0f, 1.0f, v23);
        let v25: f32 = select(0.0f, v24, v13);
        let v26: i32 = (r1 * (-75i));
        let v27: i32 = (r2 * 25i);
        let v28: i32 = (v26 - v27);
        let v29: i32 = (v28 + v2);
        let v30: i32 = (v29 + r0);
        let v31: i32 = (v30 + 200i);
        let v32: f32 = in0[v31];
        a0 = fma(v25, v32, a0);
      }
    }
  }
  let v33: i32 = (i0 * 980i);
  let v34: i32 = (i1 * 70i);
  let v35: i32 = (v33 + v34);
  let v36: i32 = (i2 * 5i);
  let v37: i32 = (v35 + v36);
  let v38: i32 = (v37 + i3);
  out0[v38] = a0;
}

// kernax kernel k2: serial, pinned profile
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
  let gid: i32 = i32(wid.x + wid.y * 7594u);
  let flat: i32 = gid * 64i + i32(lid);
  if (flat >= 486000i) { return; }
  let i0: i32 = (flat / 135i);
  let i1: i32 = (flat / 45i) % 3i;
  let i2: i32 = (flat / 5i) % 9i;
  let i3: i32 = flat % 5i;
  let v0: i32 = (i1 * 240i);
  let v1: i32 = (i2 * 5i);
  let v2: i32 = (i0 * 4900i);
  var a0: f32 = 0.0f;
  for (var r0: i32 = 0i; r0 < 5i; r0 = r0 + 1i) {
    for (var r1: i32 = 0i; r1 < 14i; r1 = r1 + 1i) {
      for (var r2: i32 = 0i; r2 < 14i; r2 = r2 + 1i) {
        let v3: i32 = (r1 * 240i);
        let v4: i32 = (v0 + v3);
        let v5: i32 = (r2 * 15i);
        let v6: i32 = (v4 + v5);
        let v7: i32 = (v6 + v1);
        let v8: i32 = (v7 + r0);
        let v9: f32 = in0[v8];
        let v10: i32 = (r0 * 980i);
        let v11: i32 = (v2 + v10);
        let v12: i32 = (r1 * 70i);
        let v13: i32 = (v11 + v12);
        let v14: i32 = (r2 * 5i);
        let v15: i32 = (v13 + v14);
        let v16: i32 = (v15 + i3);
        let v17: f32 = in1[v16];
        a0 = fma(v9, v17, a0);
      }
    }
  }
  let v18: i32 = (i0 * 135i);
  let v19: i32 = (i1 * 45i);
  let v20: i32 = (v18 + v19);
  let v21: i32 = (v20 + v1);
  let v22: i32 = (v21 + i3);
  out0[v22] = a0;
}

// kernax kernel k3: serial, pinned profile
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
  let gid: i32 = i32(wid.x + wid.y * 282u);
  let flat: i32 = gid * 64i + i32(lid);
  if (flat >= 18000i) { return; }
  let i0: i32 = (flat / 5i);
  let i1: i32 = flat % 5i;
  let v0: i32 = (i0 * 4900i);
  var a0: f32 = 0.0f;
  for (var r0: i32 = 0i; r0 < 980i; r0 = r0 + 1i) {
    let v1: i32 = (r0 * 5i);
    let v2: i32 = (v0 + v1);
    let v3: i32 = (v2 + i1);
    let v4: f32 = in0[v3];
    a0 = (a0 + v4);
  }
  let v5: i32 = (i0 * 5i);
  let v6: i32 = (v5 + i1);
  out0[v6] = a0;
}

// kernax kernel k4: serial, pinned profile
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
  let gid: i32 = i32(wid.x + wid.y * 12657u);
  let flat: i32 = gid * 64i + i32(lid);
  if (flat >= 810000i) { return; }
  let i0: i32 = (flat / 225i);
  let i1: i32 = (flat / 75i) % 3i;
  let i2: i32 = (flat / 25i) % 3i;
  let i3: i32 = (flat / 5i) % 5i;
  let i4: i32 = flat % 5i;
  let v0: i32 = (i1 * 70i);
  let v1: i32 = (i2 * 5i);
  let v2: f32 = in0[i3];
  let v3: i32 = (i4 * 5i);
  var a0: f32 = 0.0f;
  for (var r0: i32 = 0i; r0 < 5i; r0 = r0 + 1i) {
    for (var r1: i32 = 0i; r1 < 12i; r1 = r1 + 1i) {
      for (var r2: i32 = 0i; r2 < 12i; r2 = r2 + 1i) {
        let v4: i32 = (r0 * 980i);
        let v5: i32 = (v4 + v0);
        let v6: i32 = (r1 * 70i);
        let v7: i32 = (v5 + v6);
        let v8: i32 = (v7 + v1);
        let v9: i32 = (r2 * 5i);
        let v10: i32 = (v8 + v9);
        let v11: i32 = (v10 + i3);
        let v12: f32 = in1[v11];
        let v13: f32 = (v12 + v2);
        let v14: i32 = (r1 * 300i);
        let v15: i32 = (r2 * 25i);
        let v16: i32 = (v14 + v15);
        let v17: i32 = (v16 + v3);
        let v18: i32 = (v17 + r0);
        let v19: bool = (i0 == v18);
        let v20: f32 = select(0.0f, 1.0f, v19);
        a0 = fma(v13, v20, a0);
      }
    }
  }
  let v21: i32 = (i0 * 225i);
  let v22: i32 = (i1 * 75i);
  let v23: i32 = (v21 + v22);
  let v24: i32 = (i2 * 25i);
  let v25: i32 = (v23 + v24);
  let v26: i32 = (i3 * 5i);
  let v27: i32 = (v25 + v26);
  let v28: i32 = (v27 + i4);
  out0[v28] = a0;
}

// kernax kernel k5: serial, pinned profile
@group(0) @binding(0) var<storage, read_write> out0: array<f32>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
  let gid: i32 = i32(wid.x + wid.y * 282u);
  let flat: i32 = gid * 64i + i32(lid);
  if (flat >= 18000i) { return; }
  let i0: i32 = (flat / 5i);
  let i1: i32 = flat % 5i;
  let v0: i32 = (i1 * 5i);
  var a0: f32 = 0.0f;
  for (var r0: i32 = 0i; r0 < 5i; r0 = r0 + 1i) {
    for (var r1: i32 = 0i; r1 < 144i; r1 = r1 + 1i) {
      let v1: i32 = (r1 * 25i);
      let v2: i32 = (v1 + v0);
      let v3: i32 = (v2 + r0);
      let v4: bool = (i0 == v3);
      let v5: f32 = select(0.0f, 1.0f, v4);
      a0 = (a0 + v5);
    }
  }
  let v6: i32 = (i0 * 5i);
  let v7: i32 = (v6 + i1);
  out0[v7] = a0;
}
