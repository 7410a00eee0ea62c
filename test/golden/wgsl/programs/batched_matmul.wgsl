# jit(f).lower(...).compile({ device: 'webgpu' }).asText('wgsl'), PINNED_PROFILE — case 'batched_matmul'
// kernax kernel k0: contract, pinned profile
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
var<workgroup> kx_xs: array<f32, 56>;
var<workgroup> kx_ys: array<f32, 56>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
  let grp: i32 = i32(wid.x + wid.y * 5u);
  if (grp >= 5i) { return; }
  let ta1: i32 = 0i;
  let tb2: i32 = 0i;
  let i0: i32 = grp;
  let la: i32 = i32(lid) / 8i;
  let lb: i32 = i32(lid) % 8i;
  let ba: i32 = ta1 * 8i;
  let bb: i32 = tb2 * 8i;
  var c0_0: f32 = 0.0f;
  let v0: i32 = (i0 * 42i);
  let v1: i32 = (i0 * 28i);
  for (var k0: i32 = 0i; k0 < 7i; k0 = k0 + 7i) {
    if (i32(lid) < 56i) {
      let e: i32 = i32(lid);
      let kk: i32 = e % 7i;
      let pt: i32 = min(ba + e / 7i, 5i);
      let rk: i32 = k0 + kk;
      let v2: i32 = (pt * 7i);
      let v3: i32 = (v0 + v2);
      let v4: i32 = (v3 + rk);
      let v5: f32 = in0[v4];
      kx_xs[kk * 8i + e / 7i] = v5;
    }
    if (i32(lid) < 56i) {
      let e: i32 = i32(lid);
      let kk: i32 = e / 8i;
      let pt: i32 = min(bb + e % 8i, 3i);
      let rk: i32 = k0 + kk;
      let v6: i32 = (rk * 4i);
      let v7: i32 = (v1 + v6);
      let v8: i32 = (v7 + pt);
      let v9: f32 = in1[v8];
      kx_ys[e] = v9;
    }
    workgroupBarrier();
    {
      let x0: f32 = kx_xs[0i + la];
      let y0: f32 = kx_ys[0i + lb];
      c0_0 = fma(x0, y0, c0_0);
    }
    {
      let x0: f32 = kx_xs[8i + la];
      let y0: f32 = kx_ys[8i + lb];
      c0_0 = fma(x0, y0, c0_0);
    }
    {
      let x0: f32 = kx_xs[16i + la];
      let y0: f32 = kx_ys[16i + lb];
      c0_0 = fma(x0, y0, c0_0);
    }
    {
      let x0: f32 = kx_xs[24i + la];
      let y0: f32 = kx_ys[24i + lb];
      c0_0 = fma(x0, y0, c0_0);
    }
    {
      let x0: f32 = kx_xs[32i + la];
      let y0: f32 = kx_ys[32i + lb];
      c0_0 = fma(x0, y0, c0_0);
    }
    {
      let x0: f32 = kx_xs[40i + la];
      let y0: f32 = kx_ys[40i + lb];
      c0_0 = fma(x0, y0, c0_0);
    }
    {
      let x0: f32 = kx_xs[48i + la];
      let y0: f32 = kx_ys[48i + lb];
      c0_0 = fma(x0, y0, c0_0);
    }
    workgroupBarrier();
  }
  if (ba + la < 6i && bb + lb < 4i) {
    let oa: i32 = ba + la;
    let ob: i32 = bb + lb;
    let v10: i32 = (i0 * 24i);
    let v11: i32 = (oa * 4i);
    let v12: i32 = (v10 + v11);
    let v13: i32 = (v12 + ob);
    out0[v13] = c0_0;
  }
}
