# test/e2e/multiview-golden.test.ts (kernax dump examples/multiview.ts --print-after-all --format json) — case 'stax-multiviewJac-wgsl'
// kernax kernel k0: serial, pinned profile
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

// kernax kernel k1: serial, pinned profile
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
  let gid: i32 = i32(wid.x + wid.y * 65535u);
  let flat: i32 = gid * 64i + i32(lid);
  if (flat >= 13824000i) { return; }
  let i0: i32 = (flat / 3840i);
  let i1: i32 = (flat / 240i) % 16i;
  let i2: i32 = (flat / 15i) % 16i;
  let i3: i32 = (flat / 5i) % 3i;
  let i4: i32 = flat % 5i;
  let v0: i32 = (i0 * 4900i);
  let v1: i32 = (i4 * 980i);
  let v2: i32 = (v0 + v1);
  let v3: i32 = (i1 * 70i);
  let v4: i32 = (v2 + v3);
  let v5: i32 = (i2 * 5i);
  let v6: i32 = (i3 * 5i);
  var a0: f32 = 0.0f;
  for (var r0: i32 = 0i; r0 < 5i; r0 = r0 + 1i) {
    for (var r1: i32 = 0i; r1 < 3i; r1 = r1 + 1i) {
      for (var r2: i32 = 0i; r2 < 3i; r2 = r2 + 1i) {
        let v7: i32 = (i1 + r1);
        let v8: i32 = (v7 - 2i);
        let v9: bool = (v8 >= 0i);
        let v10: bool = (v8 < 14i);
        let v11: bool = (v9 & v10);
        let v12: i32 = (i2 + r2);
        let v13: i32 = (v12 - 2i);
        let v14: bool = (v13 >= 0i);
        let v15: bool = (v11 & v14);
        let v16: bool = (v13 < 14i);
        let v17: bool = (v15 & v16);
        let v18: i32 = (r1 * 70i);
        let v19: i32 = (v4 + v18);
        let v20: i32 = (v19 + v5);
        let v21: i32 = (r2 * 5i);
        let v22: i32 = (v20 + v21);
        let v23: i32 = (v22 + r0);
        let v24: i32 = (v23 - 150i);
        let v25: f32 = in1[v24];
        let v26: f32 = select(0.0f, v25, v17);
        let v27: i32 = (r1 * (-45i));
        let v28: i32 = (r2 * 15i);
        let v29: i32 = (v27 - v28);
        let v30: i32 = (v29 + v6);
        let v31: i32 = (v30 + r0);
        let v32: i32 = (v31 + 120i);
        let v33: f32 = in0[v32];
        a0 = fma(v26, v33, a0);
      }
    }
  }
  let v34: i32 = (i0 * 3840i);
  let v35: i32 = (i1 * 240i);
  let v36: i32 = (v34 + v35);
  let v37: i32 = (i2 * 15i);
  let v38: i32 = (v36 + v37);
  let v39: i32 = (v38 + v6);
  let v40: i32 = (v39 + i4);
  out0[v40] = a0;
}
