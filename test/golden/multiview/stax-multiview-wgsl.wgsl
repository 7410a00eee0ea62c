# test/e2e/multiview-golden.test.ts (kernax dump examples/multiview.ts --print-after-all --format json) — case 'stax-multiview-wgsl'
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
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
  let gid: i32 = i32(wid.x + wid.y * 57u);
  let flat: i32 = gid * 64i + i32(lid);
  if (flat >= 3600i) { return; }
  let i0: i32 = (flat / 300i);
  let i1: i32 = (flat / 25i) % 12i;
  let i2: i32 = (flat / 5i) % 5i;
  let i3: i32 = flat % 5i;
  let v0: i32 = (i3 * 980i);
  let v1: i32 = (i0 * 70i);
  let v2: i32 = (v0 + v1);
  let v3: i32 = (i1 * 5i);
  var a0: f32 = 0.0f;
  for (var r0: i32 = 0i; r0 < 5i; r0 = r0 + 1i) {
    for (var r1: i32 = 0i; r1 < 3i; r1 = r1 + 1i) {
      for (var r2: i32 = 0i; r2 < 3i; r2 = r2 + 1i) {
        let v4: i32 = (r1 * 70i);
        let v5: i32 = (v2 + v4);
        let v6: i32 = (v5 + v3);
        let v7: i32 = (r2 * 5i);
        let v8: i32 = (v6 + v7);
        let v9: i32 = (v8 + r0);
        let v10: f32 = in3[v9];
        let v11: f32 = in0[r0];
        let v12: f32 = (v10 + v11);
        let v13: i32 = (r1 * 75i);
        let v14: i32 = (r2 * 25i);
        let v15: i32 = (v13 + v14);
        let v16: i32 = (r0 * 5i);
        let v17: i32 = (v15 + v16);
        let v18: i32 = (v17 + i2);
        let v19: f32 = in1[v18];
        a0 = fma(v12, v19, a0);
      }
    }
  }
  let v20: i32 = (i0 * 300i);
  let v21: i32 = (i1 * 25i);
  let v22: i32 = (v20 + v21);
  let v23: i32 = (i2 * 5i);
  let v24: i32 = (v22 + v23);
  let v25: i32 = (v24 + i3);
  let v26: f32 = in2[i2];
  let v27: f32 = (a0 + v26);
  out0[v25] = v27;
}
