# jit(f).lower(...).compile({ device: 'webgpu' }).asText('wgsl'), PINNED_PROFILE — case 'mlp_value_and_grad'
// kernax kernel k0: contract, pinned profile
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
var<workgroup> kx_xs: array<f32, 64>;
var<workgroup> kx_ys: array<f32, 32>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
  let grp: i32 = i32(wid.x + wid.y * 1u);
  if (grp >= 1i) { return; }
  let ta0: i32 = 0i;
  let tb1: i32 = 0i;
  let la: i32 = i32(lid) / 8i;
  let lb: i32 = i32(lid) % 8i;
  let ba: i32 = ta0 * 16i;
  let bb: i32 = tb1 * 8i;
  var c0_0: f32 = 0.0f;
  var c1_0: f32 = 0.0f;
  for (var k0: i32 = 0i; k0 < 4i; k0 = k0 + 4i) {
    {
      let e: i32 = i32(lid);
      let kk: i32 = e % 4i;
      let pt: i32 = ba + e / 4i;
      let rk: i32 = k0 + kk;
      let v0: i32 = (pt * 4i);
      let v1: i32 = (v0 + rk);
      let v2: f32 = in1[v1];
      kx_xs[kk * 16i + e / 4i] = v2;
    }
    if (i32(lid) < 32i) {
      let e: i32 = i32(lid);
      let kk: i32 = e / 8i;
      let pt: i32 = bb + e % 8i;
      let rk: i32 = k0 + kk;
      let v3: i32 = (rk * 8i);
      let v4: i32 = (v3 + pt);
      let v5: f32 = in0[v4];
      kx_ys[e] = v5;
    }
    workgroupBarrier();
    {
      let x0: f32 = kx_xs[0i + la];
      let x1: f32 = kx_xs[0i + la + 8i];
      let y0: f32 = kx_ys[0i + lb];
      c0_0 = fma(x0, y0, c0_0);
      c1_0 = fma(x1, y0, c1_0);
    }
    {
      let x0: f32 = kx_xs[16i + la];
      let x1: f32 = kx_xs[16i + la + 8i];
      let y0: f32 = kx_ys[8i + lb];
      c0_0 = fma(x0, y0, c0_0);
      c1_0 = fma(x1, y0, c1_0);
    }
    {
      let x0: f32 = kx_xs[32i + la];
      let x1: f32 = kx_xs[32i + la + 8i];
      let y0: f32 = kx_ys[16i + lb];
      c0_0 = fma(x0, y0, c0_0);
      c1_0 = fma(x1, y0, c1_0);
    }
    {
      let x0: f32 = kx_xs[48i + la];
      let x1: f32 = kx_xs[48i + la + 8i];
      let y0: f32 = kx_ys[24i + lb];
      c0_0 = fma(x0, y0, c0_0);
      c1_0 = fma(x1, y0, c1_0);
    }
    workgroupBarrier();
  }
  {
    let oa: i32 = ba + la;
    let ob: i32 = bb + lb;
    let v6: i32 = (oa * 8i);
    let v7: i32 = (v6 + ob);
    out0[v7] = c0_0;
  }
  {
    let oa: i32 = ba + la + 8i;
    let ob: i32 = bb + lb;
    let v8: i32 = (oa * 8i);
    let v9: i32 = (v8 + ob);
    out0[v9] = c1_0;
  }
}

// kernax kernel k1: contract, pinned profile
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
var<workgroup> kx_xs: array<f32, 128>;
var<workgroup> kx_ys: array<f32, 64>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
  let grp: i32 = i32(wid.x + wid.y * 1u);
  if (grp >= 1i) { return; }
  let ta0: i32 = 0i;
  let tb1: i32 = 0i;
  let la: i32 = i32(lid) / 8i;
  let lb: i32 = i32(lid) % 8i;
  let ba: i32 = ta0 * 16i;
  let bb: i32 = tb1 * 8i;
  var c0_0: f32 = 0.0f;
  var c1_0: f32 = 0.0f;
  for (var k0: i32 = 0i; k0 < 8i; k0 = k0 + 8i) {
    {
      let e: i32 = i32(lid);
      let kk: i32 = e % 8i;
      let pt: i32 = ba + e / 8i;
      let rk: i32 = k0 + kk;
      let v0: i32 = (pt * 8i);
      let v1: i32 = (v0 + rk);
      let v2: f32 = in2[v1];
      let v3: f32 = in0[rk];
      let v4: f32 = (v2 + v3);
      let v5: bool = (v4 <= 0.0f);
      let v6: f32 = select(v4, 0.0f, v5);
      kx_xs[kk * 16i + e / 8i] = v6;
    }
    {
      let e: i32 = i32(lid) + 64i;
      let kk: i32 = e % 8i;
      let pt: i32 = ba + e / 8i;
      let rk: i32 = k0 + kk;
      let v7: i32 = (pt * 8i);
      let v8: i32 = (v7 + rk);
      let v9: f32 = in2[v8];
      let v10: f32 = in0[rk];
      let v11: f32 = (v9 + v10);
      let v12: bool = (v11 <= 0.0f);
      let v13: f32 = select(v11, 0.0f, v12);
      kx_xs[kk * 16i + e / 8i] = v13;
    }
    {
      let e: i32 = i32(lid);
      let kk: i32 = e / 8i;
      let pt: i32 = min(bb + e % 8i, 1i);
      let rk: i32 = k0 + kk;
      let v14: i32 = (rk * 2i);
      let v15: i32 = (v14 + pt);
      let v16: f32 = in1[v15];
      kx_ys[e] = v16;
    }
    workgroupBarrier();
    {
      let x0: f32 = kx_xs[0i + la];
      let x1: f32 = kx_xs[0i + la + 8i];
      let y0: f32 = kx_ys[0i + lb];
      c0_0 = fma(x0, y0, c0_0);
      c1_0 = fma(x1, y0, c1_0);
    }
    {
      let x0: f32 = kx_xs[16i + la];
      let x1: f32 = kx_xs[16i + la + 8i];
      let y0: f32 = kx_ys[8i + lb];
      c0_0 = fma(x0, y0, c0_0);
      c1_0 = fma(x1, y0, c1_0);
    }
    {
      let x0: f32 = kx_xs[32i + la];
      let x1: f32 = kx_xs[32i + la + 8i];
      let y0: f32 = kx_ys[16i + lb];
      c0_0 = fma(x0, y0, c0_0);
      c1_0 = fma(x1, y0, c1_0);
    }
    {
      let x0: f32 = kx_xs[48i + la];
      let x1: f32 = kx_xs[48i + la + 8i];
      let y0: f32 = kx_ys[24i + lb];
      c0_0 = fma(x0, y0, c0_0);
      c1_0 = fma(x1, y0, c1_0);
    }
    {
      let x0: f32 = kx_xs[64i + la];
      let x1: f32 = kx_xs[64i + la + 8i];
      let y0: f32 = kx_ys[32i + lb];
      c0_0 = fma(x0, y0, c0_0);
      c1_0 = fma(x1, y0, c1_0);
    }
    {
      let x0: f32 = kx_xs[80i + la];
      let x1: f32 = kx_xs[80i + la + 8i];
      let y0: f32 = kx_ys[40i + lb];
      c0_0 = fma(x0, y0, c0_0);
      c1_0 = fma(x1, y0, c1_0);
    }
    {
      let x0: f32 = kx_xs[96i + la];
      let x1: f32 = kx_xs[96i + la + 8i];
      let y0: f32 = kx_ys[48i + lb];
      c0_0 = fma(x0, y0, c0_0);
      c1_0 = fma(x1, y0, c1_0);
    }
    {
      let x0: f32 = kx_xs[112i + la];
      let x1: f32 = kx_xs[112i + la + 8i];
      let y0: f32 = kx_ys[56i + lb];
      c0_0 = fma(x0, y0, c0_0);
      c1_0 = fma(x1, y0, c1_0);
    }
    workgroupBarrier();
  }
  if (bb + lb < 2i) {
    let oa: i32 = ba + la;
    let ob: i32 = bb + lb;
    let v17: i32 = (oa * 2i);
    let v18: i32 = (v17 + ob);
    out0[v18] = c0_0;
  }
  if (bb + lb < 2i) {
    let oa: i32 = ba + la + 8i;
    let ob: i32 = bb + lb;
    let v19: i32 = (oa * 2i);
    let v20: i32 = (v19 + ob);
    out0[v20] = c1_0;
  }
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

// kernax kernel k3: contract, pinned profile
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
var<workgroup> kx_xs: array<f32, 128>;
var<workgroup> kx_ys: array<f32, 128>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
  let grp: i32 = i32(wid.x + wid.y * 1u);
  if (grp >= 1i) { return; }
  let ta1: i32 = 0i;
  let tb0: i32 = 0i;
  let la: i32 = i32(lid) / 8i;
  let lb: i32 = i32(lid) % 8i;
  let ba: i32 = ta1 * 8i;
  let bb: i32 = tb0 * 8i;
  var c0_0: f32 = 0.0f;
  for (var k0: i32 = 0i; k0 < 16i; k0 = k0 + 16i) {
    {
      let e: i32 = i32(lid);
      let kk: i32 = e / 8i;
      let pt: i32 = min(ba + e % 8i, 1i);
      let rk: i32 = k0 + kk;
      let v0: i32 = (rk * 2i);
      let v1: i32 = (v0 + pt);
      let v2: f32 = in3[v1];
      let v3: f32 = in1[v1];
      let v4: f32 = (v2 - v3);
      let v5: f32 = (2.0f * v4);
      let v6: f32 = (0.03125f * v5);
      kx_xs[e] = v6;
    }
    {
      let e: i32 = i32(lid) + 64i;
      let kk: i32 = e / 8i;
      let pt: i32 = min(ba + e % 8i, 1i);
      let rk: i32 = k0 + kk;
      let v7: i32 = (rk * 2i);
      let v8: i32 = (v7 + pt);
      let v9: f32 = in3[v8];
      let v10: f32 = in1[v8];
      let v11: f32 = (v9 - v10);
      let v12: f32 = (2.0f * v11);
      let v13: f32 = (0.03125f * v12);
      kx_xs[e] = v13;
    }
    {
      let e: i32 = i32(lid);
      let kk: i32 = e / 8i;
      let pt: i32 = bb + e % 8i;
      let rk: i32 = k0 + kk;
      let v14: i32 = (rk * 8i);
      let v15: i32 = (v14 + pt);
      let v16: f32 = in2[v15];
      let v17: f32 = in0[pt];
      let v18: f32 = (v16 + v17);
      let v19: bool = (v18 <= 0.0f);
      let v20: f32 = select(v18, 0.0f, v19);
      kx_ys[e] = v20;
    }
    {
      let e: i32 = i32(lid) + 64i;
      let kk: i32 = e / 8i;
      let pt: i32 = bb + e % 8i;
      let rk: i32 = k0 + kk;
      let v21: i32 = (rk * 8i);
      let v22: i32 = (v21 + pt);
      let v23: f32 = in2[v22];
      let v24: f32 = in0[pt];
      let v25: f32 = (v23 + v24);
      let v26: bool = (v25 <= 0.0f);
      let v27: f32 = select(v25, 0.0f, v26);
      kx_ys[e] = v27;
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
    {
      let x0: f32 = kx_xs[56i + la];
      let y0: f32 = kx_ys[56i + lb];
      c0_0 = fma(x0, y0, c0_0);
    }
    {
      let x0: f32 = kx_xs[64i + la];
      let y0: f32 = kx_ys[64i + lb];
      c0_0 = fma(x0, y0, c0_0);
    }
    {
      let x0: f32 = kx_xs[72i + la];
      let y0: f32 = kx_ys[72i + lb];
      c0_0 = fma(x0, y0, c0_0);
    }
    {
      let x0: f32 = kx_xs[80i + la];
      let y0: f32 = kx_ys[80i + lb];
      c0_0 = fma(x0, y0, c0_0);
    }
    {
      let x0: f32 = kx_xs[88i + la];
      let y0: f32 = kx_ys[88i + lb];
      c0_0 = fma(x0, y0, c0_0);
    }
    {
      let x0: f32 = kx_xs[96i + la];
      let y0: f32 = kx_ys[96i + lb];
      c0_0 = fma(x0, y0, c0_0);
    }
    {
      let x0: f32 = kx_xs[104i + la];
      let y0: f32 = kx_ys[104i + lb];
      c0_0 = fma(x0, y0, c0_0);
    }
    {
      let x0: f32 = kx_xs[112i + la];
      let y0: f32 = kx_ys[112i + lb];
      c0_0 = fma(x0, y0, c0_0);
    }
    {
      let x0: f32 = kx_xs[120i + la];
      let y0: f32 = kx_ys[120i + lb];
      c0_0 = fma(x0, y0, c0_0);
    }
    workgroupBarrier();
  }
  if (ba + la < 2i) {
    let oa: i32 = ba + la;
    let ob: i32 = bb + lb;
    let v28: i32 = (ob * 2i);
    let v29: i32 = (v28 + oa);
    out0[v29] = c0_0;
  }
}

// kernax kernel k4: contract, pinned profile
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read> in4: array<f32>;
@group(0) @binding(5) var<storage, read_write> out0: array<f32>;
var<workgroup> kx_xs: array<f32, 32>;
var<workgroup> kx_ys: array<f32, 16>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
  let grp: i32 = i32(wid.x + wid.y * 1u);
  if (grp >= 1i) { return; }
  let ta0: i32 = 0i;
  let tb1: i32 = 0i;
  let la: i32 = i32(lid) / 8i;
  let lb: i32 = i32(lid) % 8i;
  let ba: i32 = ta0 * 16i;
  let bb: i32 = tb1 * 8i;
  var c0_0: f32 = 0.0f;
  var c1_0: f32 = 0.0f;
  for (var k0: i32 = 0i; k0 < 2i; k0 = k0 + 2i) {
    if (i32(lid) < 32i) {
      let e: i32 = i32(lid);
      let kk: i32 = e % 2i;
      let pt: i32 = ba + e / 2i;
      let rk: i32 = k0 + kk;
      let v0: i32 = (pt * 2i);
      let v1: i32 = (v0 + rk);
      let v2: f32 = in4[v1];
      let v3: f32 = in2[v1];
      let v4: f32 = (v2 - v3);
      let v5: f32 = (2.0f * v4);
      let v6: f32 = (0.03125f * v5);
      kx_xs[kk * 16i + e / 2i] = v6;
    }
    if (i32(lid) < 16i) {
      let e: i32 = i32(lid);
      let kk: i32 = e % 2i;
      let pt: i32 = bb + e / 2i;
      let rk: i32 = k0 + kk;
      let v7: i32 = (pt * 2i);
      let v8: i32 = (v7 + rk);
      let v9: f32 = in1[v8];
      kx_ys[kk * 8i + e / 2i] = v9;
    }
    workgroupBarrier();
    {
      let x0: f32 = kx_xs[0i + la];
      let x1: f32 = kx_xs[0i + la + 8i];
      let y0: f32 = kx_ys[0i + lb];
      c0_0 = fma(x0, y0, c0_0);
      c1_0 = fma(x1, y0, c1_0);
    }
    {
      let x0: f32 = kx_xs[16i + la];
      let x1: f32 = kx_xs[16i + la + 8i];
      let y0: f32 = kx_ys[8i + lb];
      c0_0 = fma(x0, y0, c0_0);
      c1_0 = fma(x1, y0, c1_0);
    }
    workgroupBarrier();
  }
  {
    let oa: i32 = ba + la;
    let ob: i32 = bb + lb;
    let v10: i32 = (oa * 8i);
    let v11: i32 = (v10 + ob);
    let v12: f32 = in3[v11];
    let v13: f32 = in0[ob];
    let v14: f32 = (v12 + v13);
    let v15: bool = (v14 <= 0.0f);
    let v16: f32 = select(c0_0, 0.0f, v15);
    out0[v11] = v16;
  }
  {
    let oa: i32 = ba + la + 8i;
    let ob: i32 = bb + lb;
    let v17: i32 = (oa * 8i);
    let v18: i32 = (v17 + ob);
    let v19: f32 = in3[v18];
    let v20: f32 = in0[ob];
    let v21: f32 = (v19 + v20);
    let v22: bool = (v21 <= 0.0f);
    let v23: f32 = select(c1_0, 0.0f, v22);
    out0[v18] = v23;
  }
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

// kernax kernel k6: contract, pinned profile
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
var<workgroup> kx_xs: array<f32, 128>;
var<workgroup> kx_ys: array<f32, 128>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
  let grp: i32 = i32(wid.x + wid.y * 1u);
  if (grp >= 1i) { return; }
  let ta1: i32 = 0i;
  let tb0: i32 = 0i;
  let la: i32 = i32(lid) / 8i;
  let lb: i32 = i32(lid) % 8i;
  let ba: i32 = ta1 * 8i;
  let bb: i32 = tb0 * 8i;
  var c0_0: f32 = 0.0f;
  for (var k0: i32 = 0i; k0 < 16i; k0 = k0 + 16i) {
    {
      let e: i32 = i32(lid);
      let kk: i32 = e / 8i;
      let pt: i32 = ba + e % 8i;
      let rk: i32 = k0 + kk;
      let v0: i32 = (rk * 8i);
      let v1: i32 = (v0 + pt);
      let v2: f32 = in1[v1];
      kx_xs[e] = v2;
    }
    {
      let e: i32 = i32(lid) + 64i;
      let kk: i32 = e / 8i;
      let pt: i32 = ba + e % 8i;
      let rk: i32 = k0 + kk;
      let v3: i32 = (rk * 8i);
      let v4: i32 = (v3 + pt);
      let v5: f32 = in1[v4];
      kx_xs[e] = v5;
    }
    {
      let e: i32 = i32(lid);
      let kk: i32 = e / 8i;
      let pt: i32 = min(bb + e % 8i, 3i);
      let rk: i32 = k0 + kk;
      let v6: i32 = (rk * 4i);
      let v7: i32 = (v6 + pt);
      let v8: f32 = in0[v7];
      kx_ys[e] = v8;
    }
    {
      let e: i32 = i32(lid) + 64i;
      let kk: i32 = e / 8i;
      let pt: i32 = min(bb + e % 8i, 3i);
      let rk: i32 = k0 + kk;
      let v9: i32 = (rk * 4i);
      let v10: i32 = (v9 + pt);
      let v11: f32 = in0[v10];
      kx_ys[e] = v11;
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
    {
      let x0: f32 = kx_xs[56i + la];
      let y0: f32 = kx_ys[56i + lb];
      c0_0 = fma(x0, y0, c0_0);
    }
    {
      let x0: f32 = kx_xs[64i + la];
      let y0: f32 = kx_ys[64i + lb];
      c0_0 = fma(x0, y0, c0_0);
    }
    {
      let x0: f32 = kx_xs[72i + la];
      let y0: f32 = kx_ys[72i + lb];
      c0_0 = fma(x0, y0, c0_0);
    }
    {
      let x0: f32 = kx_xs[80i + la];
      let y0: f32 = kx_ys[80i + lb];
      c0_0 = fma(x0, y0, c0_0);
    }
    {
      let x0: f32 = kx_xs[88i + la];
      let y0: f32 = kx_ys[88i + lb];
      c0_0 = fma(x0, y0, c0_0);
    }
    {
      let x0: f32 = kx_xs[96i + la];
      let y0: f32 = kx_ys[96i + lb];
      c0_0 = fma(x0, y0, c0_0);
    }
    {
      let x0: f32 = kx_xs[104i + la];
      let y0: f32 = kx_ys[104i + lb];
      c0_0 = fma(x0, y0, c0_0);
    }
    {
      let x0: f32 = kx_xs[112i + la];
      let y0: f32 = kx_ys[112i + lb];
      c0_0 = fma(x0, y0, c0_0);
    }
    {
      let x0: f32 = kx_xs[120i + la];
      let y0: f32 = kx_ys[120i + lb];
      c0_0 = fma(x0, y0, c0_0);
    }
    workgroupBarrier();
  }
  if (bb + lb < 4i) {
    let oa: i32 = ba + la;
    let ob: i32 = bb + lb;
    let v12: i32 = (ob * 8i);
    let v13: i32 = (v12 + oa);
    out0[v13] = c0_0;
  }
}
