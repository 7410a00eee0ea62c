# jit(f).lower(...).compile({ device: 'webgpu' }).asText('wgsl'), PINNED_PROFILE — case 'conv'
// kernax kernel k0: serial, pinned profile
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
  let gid: i32 = i32(wid.x + wid.y * 8u);
  let flat: i32 = gid * 64i + i32(lid);
  if (flat >= 512i) { return; }
  let i0: i32 = (flat / 256i);
  let i1: i32 = (flat / 64i) % 4i;
  let i2: i32 = (flat / 8i) % 8i;
  let i3: i32 = flat % 8i;
  let v0: i32 = (i0 * 192i);
  let v1: i32 = (i2 * 8i);
  let v2: i32 = (i1 * 27i);
  var a0: f32 = 0.0f;
  for (var r0: i32 = 0i; r0 < 3i; r0 = r0 + 1i) {
    for (var r1: i32 = 0i; r1 < 3i; r1 = r1 + 1i) {
      for (var r2: i32 = 0i; r2 < 3i; r2 = r2 + 1i) {
        let v3: i32 = (i2 + r1);
        let v4: i32 = (v3 - 1i);
        let v5: bool = (v4 >= 0i);
        let v6: bool = (v4 < 8i);
        let v7: bool = (v5 & v6);
        let v8: i32 = (i3 + r2);
        let v9: i32 = (v8 - 1i);
        let v10: bool = (v9 >= 0i);
        let v11: bool = (v7 & v10);
        let v12: bool = (v9 < 8i);
        let v13: bool = (v11 & v12);
        let v14: i32 = (r0 * 64i);
        let v15: i32 = (v0 + v14);
        let v16: i32 = (v15 + v1);
        let v17: i32 = (r1 * 8i);
        let v18: i32 = (v16 + v17);
        let v19: i32 = (v18 + i3);
        let v20: i32 = (v19 + r2);
        let v21: i32 = (v20 - 9i);
        let v22: f32 = in0[v21];
        let v23: f32 = select(0.0f, v22, v13);
        let v24: i32 = (r0 * 9i);
        let v25: i32 = (v2 + v24);
        let v26: i32 = (r1 * 3i);
        let v27: i32 = (v25 + v26);
        let v28: i32 = (v27 + r2);
        let v29: f32 = in1[v28];
        a0 = fma(v23, v29, a0);
      }
    }
  }
  let v30: i32 = (i0 * 256i);
  let v31: i32 = (i1 * 64i);
  let v32: i32 = (v30 + v31);
  let v33: i32 = (v32 + v1);
  let v34: i32 = (v33 + i3);
  out0[v34] = a0;
}
