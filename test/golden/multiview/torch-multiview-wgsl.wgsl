# test/e2e/multiview-golden.test.ts (kernax dump examples/multiview.ts --print-after-all --format json) — case 'torch-multiview-wgsl'
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
  let i1: i32 = (flat / 196i) % 5i;
  let i2: i32 = (flat / 14i) % 14i;
  let i3: i32 = flat % 14i;
  let v0: i32 = (i2 * 80i);
  let v1: i32 = (i3 * 5i);
  let v2: i32 = (i1 * 27i);
  var a0: f32 = 0.0f;
  for (var r0: i32 = 0i; r0 < 3i; r0 = r0 + 1i) {
    for (var r1: i32 = 0i; r1 < 3i; r1 = r1 + 1i) {
      for (var r2: i32 = 0i; r2 < 3i; r2 = r2 + 1i) {
        let v3: i32 = (r0 * 1280i);
        let v4: i32 = (v3 + v0);
        let v5: i32 = (r1 * 80i);
        let v6: i32 = (v4 + v5);
        let v7: i32 = (v6 + v1);
        let v8: i32 = (r2 * 5i);
        let v9: i32 = (v7 + v8);
        let v10: i32 = (v9 + i0);
        let v11: f32 = in1[v10];
        let v12: i32 = (r0 * 9i);
        let v13: i32 = (v2 + v12);
        let v14: i32 = (r1 * 3i);
        let v15: i32 = (v13 + v14);
        let v16: i32 = (v15 + r2);
        let v17: f32 = in0[v16];
        a0 = fma(v11, v17, a0);
      }
    }
  }
  let v18: i32 = (i0 * 980i);
  let v19: i32 = (i1 * 196i);
  let v20: i32 = (v18 + v19);
  let v21: i32 = (i2 * 14i);
  let v22: i32 = (v20 + v21);
  let v23: i32 = (v22 + i3);
  out0[v23] = a0;
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
  let i0: i32 = (flat / 720i);
  let i1: i32 = (flat / 60i) % 12i;
  let i2: i32 = (flat / 5i) % 12i;
  let i3: i32 = flat % 5i;
  let v0: i32 = (i3 * 980i);
  let v1: i32 = (i1 * 14i);
  let v2: i32 = (i0 * 45i);
  var a0: f32 = 0.0f;
  for (var r0: i32 = 0i; r0 < 5i; r0 = r0 + 1i) {
    for (var r1: i32 = 0i; r1 < 3i; r1 = r1 + 1i) {
      for (var r2: i32 = 0i; r2 < 3i; r2 = r2 + 1i) {
        let v3: i32 = (r0 * 196i);
        let v4: i32 = (v0 + v3);
        let v5: i32 = (v4 + v1);
        let v6: i32 = (r1 * 14i);
        let v7: i32 = (v5 + v6);
        let v8: i32 = (v7 + i2);
        let v9: i32 = (v8 + r2);
        let v10: f32 = in3[v9];
        let v11: f32 = in0[r0];
        let v12: f32 = (v10 + v11);
        let v13: i32 = (r0 * 9i);
        let v14: i32 = (v2 + v13);
        let v15: i32 = (r1 * 3i);
        let v16: i32 = (v14 + v15);
        let v17: i32 = (v16 + r2);
        let v18: f32 = in1[v17];
        a0 = fma(v12, v18, a0);
      }
    }
  }
  let v19: i32 = (i0 * 720i);
  let v20: i32 = (i1 * 60i);
  let v21: i32 = (v19 + v20);
  let v22: i32 = (i2 * 5i);
  let v23: i32 = (v21 + v22);
  let v24: i32 = (v23 + i3);
  let v25: f32 = in2[i0];
  let v26: f32 = (a0 + v25);
  out0[v24] = v26;
}
