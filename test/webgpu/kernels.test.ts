// Every hand-built kernel is executed on the WebGPU adapter of this process (Dawn on llvmpipe or on
// SwiftShader) and compared with the compiled CPU backend. All reference values are computed at module
// load, before any pipeline exists (Dawn on SwiftShader aborts under CPU-heavy JS between pipeline
// creation and dispatch: see README, WebGPU).
import { expect } from 'chai';
import type { Tensor } from '../../src/ir/core.js';
import type { Kernel, UnaryFn } from '../../src/lower/kir.js';
import { createInterner } from '../../src/lower/kir-build.js';
import { emitWgsl } from '../../src/lower/codegen-wgsl.js';
import { CPU_CONTRACT, PINNED_PROFILE } from '../../src/lower/wgsl-profile.js';
import { runKernelOnce } from '../../src/runtime/webgpu-run.js';
import { cpuRun, gpuDescribe, randomF32, tensor, ulpDiff } from './gpu-env.js';
import * as KS from './kernels.js';

interface Case { readonly kernel: Kernel; readonly inputs: Tensor[]; readonly want: Tensor[]; readonly strategy?: 'serial' | 'workgroup' }
const mk = (kernel: Kernel, inputs: Tensor[], strategy?: 'serial' | 'workgroup'): Case => ({ kernel, inputs, want: cpuRun(kernel, inputs), ...(strategy ? { strategy } : {}) });

/**
 * Stated bounds against the CPU path (f32 of the double-precision result): ulp, or for sin/cos/tan an
 * absolute error (SwiftShader's sin/cos/tan lose relative accuracy near their zeros).
 */
export const ULP_BOUNDS: Readonly<Partial<Record<UnaryFn, { lo: number; hi: number; ulp: number; abs?: number }>>> = {
  exp: { lo: -80, hi: 80, ulp: 64 },
  log: { lo: 1e-3, hi: 1e4, ulp: 4 },
  log1p: { lo: -0.9, hi: 100, ulp: 160 },
  expm1: { lo: -20, hi: 20, ulp: 256 },
  sin: { lo: -10, hi: 10, ulp: 4, abs: 5e-4 },
  cos: { lo: -10, hi: 10, ulp: 4, abs: 5e-4 },
  tan: { lo: -1.5, hi: 1.5, ulp: 2048, abs: 5e-4 },
  tanh: { lo: -10, hi: 10, ulp: 4 },
  logistic: { lo: -30, hi: 30, ulp: 32 },
  sqrt: { lo: 0, hi: 1e6, ulp: 2 },
  rsqrt: { lo: 1e-3, hi: 1e6, ulp: 2 },
  erf: { lo: -5, hi: 5, ulp: 8 },
  erf_inv: { lo: -0.999, hi: 0.999, ulp: 4 },
};
const N_ULP = 4096;
const ulpCases = Object.entries(ULP_BOUNDS).map(([fn, b]) => ({ fn, bound: b!.ulp, abs: b!.abs ?? 0, c: mk(KS.unaryMap(fn as UnaryFn, N_ULP), [randomF32([N_ULP], b!.lo, b!.hi, 7)]) }));

/**
 * tanh near its special points: ±0 (sign kept), subnormal and tiny x (tanh x = x), the polynomial/exp
 * switch at |x| = 0.55, saturation (9, 20, 1e30), ±Inf, NaN. 24 elements (a multiple of 4: the vec4 map
 * on CPU adapters); TANH_SPECIAL_ULP is the bound for the finite ones, sign and NaN are checked exactly.
 */
const tanhX = [0, -0, 1e-40, -1e-40, 1e-30, -3e-8, 1e-4, -2.5e-3, 0.1, 0.3, 0.5499, 0.55, 0.5501, -0.55, 0.7, -1, 2, 4.5, 9, -9.5, 20, 1e30, Infinity, -Infinity];
const tanhSpecial = mk(KS.unaryMap('tanh', tanhX.length + 1), [tensor('f32', [tanhX.length + 1], [...tanhX, NaN])]);
const TANH_SPECIAL_ULP = 4;
/** A dense sweep of tanh over [-0.7, 0.7] (the polynomial and the switch): TANH_NEAR0_ULP. */
const tanhNear0 = mk(KS.unaryMap('tanh', 4096), [randomF32([4096], -0.7, 0.7, 21)]);
const TANH_NEAR0_ULP = 4;

/**
 * A map kernel for the vec4 path of CPU adapters (wgsl-map-vec.ts): a vec4 input and a broadcast one
 * (scalar loads), the loop index as a value (iota), a bool output (vec4<u32>), and an output stored at
 * a reversed index (scalar stores). n = 4·k on the vec path; vecMapKernel(n) with n odd stays scalar.
 */
function vecMapKernel(n: number): Kernel {
  const K = createInterner();
  const i = K.index('i0');
  const x = K.load(0, i, 'f32');
  const b = K.load(1, K.c(0, 'i32'), 'f32');
  const iota = K.cast(i, 'f32');
  const f = { dtype: 'f32' as const, shape: [n] };
  return {
    name: 'vec_map', inputs: [f, { dtype: 'f32', shape: [1] }], outputs: [f, { dtype: 'bool', shape: [n] }, { dtype: 'i32', shape: [n] }], loops: [{ name: 'i0', extent: n }],
    stmts: [
      { kind: 'store', level: 1, inner: [], output: 0, index: i, value: K.binary('add', K.binary('mul', x, b), iota) },
      { kind: 'store', level: 1, inner: [], output: 1, index: i, value: K.binary('gt', x, b) },
      { kind: 'store', level: 1, inner: [], output: 2, index: K.isub(n - 1, i), value: K.binary('add', i, K.c(1, 'i32')) },
    ],
  };
}

const I32_MIN = -2147483648;
const ia = [7, -7, 7, -7, 5, I32_MIN, I32_MIN, 0, 123, -1, 2147483647, 1];
const ib = [2, 2, -2, -2, 0, -1, 1, 0, 0, -1, -1, 0];
const ua = [7, 0xffffffff, 5, 0, 0x80000000, 9];
const ub = [2, 3, 0, 0, 1, 0];
const specials = [NaN, Infinity, -Infinity, 0, -0, 1, -1, 3.4028234663852886e38, 1e-40, -2.5];
const others = [1, NaN, 2, -0, 0, NaN, Infinity, -Infinity, 0, 3];
const normalSpecials = specials.map((v) => (v === 1e-40 ? 1e-30 : v));

const cases: Record<string, Case> = {
  fusedChain: mk(KS.fusedChain(37, 53), [randomF32([37, 53], -2, 2, 3), randomF32([37, 53], -2, 2, 4)]),
  // 65535 * 64 + 100 elements: more workgroups than one dimension holds → a 2-D grid.
  bigGrid: mk(KS.unaryMap('neg', 65535 * 64 + 100), [randomF32([65535 * 64 + 100], -1, 1, 5)]),
  rowSumSerial: mk(KS.rowReduce('sum', 33, 300), [randomF32([33, 300], -1, 1, 6)], 'serial'),
  rowSumWorkgroup: mk(KS.rowReduce('sum', 33, 300), [randomF32([33, 300], -1, 1, 6)], 'workgroup'),
  rowMaxWorkgroup: mk(KS.rowReduce('max', 5, 1000), [tensor('f32', [5, 1000], Array.from({ length: 5000 }, (_, i) => (i === 2500 ? NaN : Math.sin(i))))], 'workgroup'),
  rowMinI32: mk(KS.rowReduce('min', 4, 513, 'i32'), [tensor('i32', [4, 513], Array.from({ length: 4 * 513 }, (_, i) => (i * 7919) % 1000 - 500))], 'workgroup'),
  rowProdSerial: mk(KS.rowReduce('prod', 8, 10), [randomF32([8, 10], 0.5, 1.5, 8)], 'serial'),
  softmax: mk(KS.softmaxRows(64, 1000), [randomF32([64, 1000], -5, 5, 9)]),
  layernorm: mk(KS.layernormRows(16, 384), [randomF32([16, 384], -3, 3, 10)]),
  matmul: mk(KS.matmulBiasRelu(33, 70, 47), [randomF32([33, 70], -1, 1, 11), randomF32([70, 47], -1, 1, 12), randomF32([47], -1, 1, 13)]),
  matmulWorkgroup: mk(KS.matmulBiasRelu(9, 300, 7), [randomF32([9, 300], -1, 1, 14), randomF32([300, 7], -1, 1, 15), randomF32([7], -1, 1, 16)], 'workgroup'),
  fullSum: mk(KS.fullSum(100000), [randomF32([100000], 0, 1, 17)]),
  divI32: mk(KS.binaryMap('div', ia.length, 'i32'), [tensor('i32', [ia.length], ia), tensor('i32', [ib.length], ib)]),
  remI32: mk(KS.binaryMap('rem', ia.length, 'i32'), [tensor('i32', [ia.length], ia), tensor('i32', [ib.length], ib)]),
  divU32: mk(KS.binaryMap('div', ua.length, 'u32'), [tensor('u32', [ua.length], ua), tensor('u32', [ub.length], ub)]),
  remU32: mk(KS.binaryMap('rem', ua.length, 'u32'), [tensor('u32', [ua.length], ua), tensor('u32', [ub.length], ub)]),
  shlI32: mk(KS.binaryMap('shl', 5, 'i32'), [tensor('i32', [5], [1, 1, -1, 3, 1]), tensor('i32', [5], [0, 31, 32, -1, 5])]),
  shrArithI32: mk(KS.binaryMap('shr_arith', 4, 'i32'), [tensor('i32', [4], [-8, -8, 8, I32_MIN]), tensor('i32', [4], [1, 40, 40, 31])]),
  nanInf: mk(KS.nanInf(specials.length), [tensor('f32', [specials.length], specials), tensor('f32', [others.length], others)]),
  // Comparisons with NaN (IEEE: only != is true): SwiftShader compiled f32 `!=` as an ordered compare.
  // (No subnormal here: SwiftShader flushes them to zero, so 1e-40 == 0 there.)
  ...Object.fromEntries((['eq', 'ne', 'lt', 'le', 'gt', 'ge'] as const).map((fn) => [`${fn}F32`, mk(KS.binaryMap(fn, specials.length, 'f32'), [tensor('f32', [specials.length], normalSpecials), tensor('f32', [others.length], others)])])),
  neF32Self: mk(KS.binaryMap('ne', specials.length, 'f32'), [tensor('f32', [specials.length], normalSpecials), tensor('f32', [specials.length], normalSpecials)]),
  f32ToI32: mk(KS.castMap('f32', 'i32', specials.length), [tensor('f32', [specials.length], specials)]),
  f32ToU32: mk(KS.castMap('f32', 'u32', specials.length), [tensor('f32', [specials.length], specials)]),
  f32ToBool: mk(KS.castMap('f32', 'bool', specials.length), [tensor('f32', [specials.length], specials)]),
  vecMap: mk(vecMapKernel(4 * 300), [randomF32([4 * 300], -2, 2, 22), tensor('f32', [1], [0.25])]),
  vecMapOdd: mk(vecMapKernel(301), [randomF32([301], -2, 2, 23), tensor('f32', [1], [-0.5])]),
  powI32: mk(KS.binaryMap('pow', 5, 'i32'), [tensor('i32', [5], [2, 3, -1, 2, 7]), tensor('i32', [5], [10, 21, -3, -1, 0])]),
};

/** Relative tolerance of float results (f32 accumulation on the GPU against double on the CPU). */
const REL: Record<string, number> = { softmax: 1e-5, layernorm: 1e-4, matmul: 1e-5, matmulWorkgroup: 1e-5, fullSum: 1e-5, rowSumSerial: 1e-5, rowSumWorkgroup: 1e-5, fusedChain: 1e-5, rowProdSerial: 1e-5 };

function compare(name: string, got: Tensor, want: Tensor): void {
  expect(got.dtype).to.equal(want.dtype);
  expect(got.shape).to.deep.equal(want.shape);
  const rel = REL[name];
  for (let i = 0; i < want.data.length; i++) {
    const g = got.data[i]!;
    const w = want.data[i]!;
    // SwiftShader flushes f32 subnormals to zero (compares them equal to 0): subnormal vs ±0 is accepted.
    if (g !== w && (g === 0 || w === 0) && Math.max(Math.abs(g), Math.abs(w)) < 1.1754943508222875e-38) continue;
    if (rel === undefined || Number.isNaN(w)) {
      if (!Object.is(g, w) && !(g === w)) expect.fail(`${name}[${i}]: got ${g}, expected ${w}`);
    } else if (Math.abs(g - w) > rel * Math.max(1, Math.abs(w))) expect.fail(`${name}[${i}]: got ${g}, expected ${w} (rel ${rel})`);
  }
}

describe('WGSL map kernels: vec4 on CPU adapters', () => {
  const cpu = { ...PINNED_PROFILE, tuning: true, contract: CPU_CONTRACT, mapVec: 4 as const };
  it('binds identity-indexed buffers as vec4 and keeps broadcast loads and other stores scalar', () => {
    const code = emitWgsl(vecMapKernel(16), cpu).code;
    expect(code).to.contain('var<storage, read> in0: array<vec4<f32>>;');
    expect(code).to.contain('var<storage, read> in1: array<f32>;');
    expect(code).to.contain('var<storage, read_write> out1: array<vec4<u32>>;');
    expect(code).to.contain('var<storage, read_write> out2: array<i32>;');
    expect(code).to.contain('if (q >= 4i) { return; }');
    expect(code).to.match(/out0\[q\] = vec4<f32>\(v\d+, v\d+, v\d+, v\d+\);/);
    expect(code).to.contain('= (15i - (e4 + 3i));');
    expect(code.match(/out2\[v\d+\] = /g)).to.have.length(4);
    expect(emitWgsl(vecMapKernel(16), cpu).dispatch()).to.deep.equal([1, 1, 1]);
    // 4·128·5 elements, 128 per workgroup, at most 3 workgroups per dimension: a 3×2 grid of 5 workgroups.
    const big = emitWgsl(KS.unaryMap('neg', 4 * 128 * 5), { ...cpu, maxComputeWorkgroupsPerDimension: 3 });
    expect(big.dispatch()).to.deep.equal([3, 2, 1]);
    expect(big.code).to.contain('let gid: i32 = i32(wid.x + wid.y * 3u);');
    expect(big.code).to.contain('if (q >= 640i) { return; }');
  });
  it('stays scalar on the pinned profile, without tuning, on other adapters, and for extents not divisible by 4', () => {
    for (const [p, n] of [[PINNED_PROFILE, 16], [{ ...cpu, tuning: false }, 16], [{ ...cpu, mapVec: undefined }, 16], [{ ...cpu, mapVec: 1 as const }, 16], [cpu, 18]] as const) {
      const code = emitWgsl(vecMapKernel(n), p).code;
      expect(code).to.not.contain('vec4');
      expect(code).to.contain(`if (flat >= ${n}i) { return; }`);
    }
    expect(emitWgsl(KS.unaryMap('exp', 16), { ...PINNED_PROFILE, tuning: true, mapVec: 4 }).code).to.contain('array<vec4<f32>>');
  });
});

gpuDescribe('webgpu kernels (Dawn)', (dev) => {
  for (const [name, c] of Object.entries(cases)) {
    it(`${name} matches the CPU backend`, async () => {
      const got = await runKernelOnce(dev(), c.kernel, c.inputs, c.strategy ? { strategy: c.strategy } : {});
      got.forEach((t, i) => compare(name, t, c.want[i]!));
    });
  }
  it('tanh: exact sign, NaN and saturation, small ulp error near 0 and at its special points', async () => {
    const [got] = await runKernelOnce(dev(), tanhSpecial.kernel, tanhSpecial.inputs);
    const g = got!.data, w = tanhSpecial.want[0]!.data;
    const bad: string[] = [];
    let worst = 0;
    for (let i = 0; i < tanhX.length; i++) {
      const x = tanhX[i]!;
      // SwiftShader flushes subnormals: tanh(±1e-40) may be ±0 there (sign still kept).
      const flushed = Math.abs(x) < 1.1754943508222875e-38 && g[i] === 0;
      const d = flushed ? 0 : ulpDiff(g[i]!, w[i]!);
      worst = Math.max(worst, d);
      if (d > TANH_SPECIAL_ULP || Math.sign(1 / g[i]!) !== Math.sign(1 / w[i]!)) bad.push(`tanh(${x}) = ${g[i]}, want ${w[i]} (${d} ulp)`);
    }
    expect(g[tanhX.indexOf(Infinity)]).to.equal(1);
    expect(g[tanhX.indexOf(-Infinity)]).to.equal(-1);
    expect(g[tanhX.indexOf(1e30)]).to.equal(1);
    expect(Object.is(g[1], -0)).to.equal(true);
    expect(g[tanhX.length]).to.be.NaN;
    const [near] = await runKernelOnce(dev(), tanhNear0.kernel, tanhNear0.inputs);
    let worstNear = 0;
    for (let i = 0; i < 4096; i++) worstNear = Math.max(worstNear, ulpDiff(near!.data[i]!, tanhNear0.want[0]!.data[i]!));
    console.log(`      tanh (${dev().backend}): specials ≤ ${worst} ulp, [-0.7, 0.7] ≤ ${worstNear} ulp`);
    expect(bad).to.deep.equal([]);
    expect(worstNear).to.be.at.most(TANH_NEAR0_ULP);
  });
  it('transcendental functions stay within their stated ulp bounds', async () => {
    const report: string[] = [];
    const bad: string[] = [];
    for (const u of ulpCases) {
      const [got] = await runKernelOnce(dev(), u.c.kernel, u.c.inputs);
      let worst = 0;
      let at = 0;
      for (let i = 0; i < N_ULP; i++) {
        const g = got!.data[i]!;
        const w = u.c.want[0]!.data[i]!;
        const d = Math.abs(g - w) <= u.abs ? 0 : ulpDiff(g, w);
        if (d > worst) { worst = d; at = u.c.inputs[0]!.data[i]!; }
      }
      report.push(`${u.fn}: ${worst} ulp${worst > 0 ? ` (at ${at})` : ''}`);
      if (worst > u.bound) bad.push(`${u.fn}: ${worst} ulp > ${u.bound} at x=${at}`);
    }
    console.log(`      max ulp error (${dev().backend}): ${report.join(', ')}`);
    expect(bad).to.deep.equal([]);
  });
});
