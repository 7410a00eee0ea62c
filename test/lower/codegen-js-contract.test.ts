// CPU codegen of contraction kernels (codegen-js-contract.ts, codegen-js-gemm.ts): matmuls in every
// operand layout, batched, odd and unit sizes, and convs with stride, dilation, padding, feature and
// batch groups, with fused prologues and epilogues, compiled (the jaxpr's plan → Kernel IR → JS) and
// compared with the reference interpreter BIT FOR BIT: each output still sums its exact double
// products in the reduction loops' order and rounds once, as the interpreter does. Also the plan
// itself (roles, tile, strip, block) on hand-built kernels.
import { expect } from 'chai';
import { lax, makeJaxpr, nn } from '../../src/index.js';
import type { ClosedJaxpr, Tensor } from '../../src/ir/core.js';
import { size } from '../../src/ir/dtype.js';
import { OPTIMIZE_PIPELINE, runPipeline } from '../../src/ir/transform/run-pipeline.js';
import { compileJaxpr, runExecutable } from '../../src/runtime/executable.js';
import { interpret } from '../../src/runtime/interpreter.js';
import { chooseBlock, findContract, PACK_A_MAX } from '../../src/lower/codegen-js-contract.js';
import { emitJs } from '../../src/lower/codegen-js.js';
import { createInterner } from '../../src/lower/kir-build.js';
import type { Kernel } from '../../src/lower/kir.js';
import type { Tracer } from '../../src/trace/trace.js';

type T = Tracer;
const f32 = (...shape: number[]) => ({ shape, dtype: 'float32' });

/** Values in [-2, 2) with many bits set (so that any change of summation order shows). */
function inputs(cj: ClosedJaxpr, seed: number): Tensor[] {
  let s = seed >>> 0;
  return cj.jaxpr.invars.map((v) => {
    const data = Float32Array.from({ length: size(v.aval.shape) }, () => {
      s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
      return (s / 4294967296) * 4 - 2;
    });
    return { shape: [...v.aval.shape], dtype: v.aval.dtype, data };
  });
}

/** Compiles the optimised jaxpr, checks that `packed` of its kernels use the packed product, and compares. */
function check(cj: ClosedJaxpr, packed: number): void {
  const xs = inputs(cj, 7);
  const want = interpret(cj, xs);
  const opt = runPipeline(cj.jaxpr, OPTIMIZE_PIPELINE);
  if (opt.kind !== 'one') throw new Error('unreachable');
  const exe = compileJaxpr(opt.jaxpr, { fallback: false });
  const sources = exe.launches.flatMap((l) => (l.kind === 'kernel' ? [l.source] : []));
  expect(sources.filter((s) => s.includes('$pa[')).length, 'kernels with a packed product').to.equal(packed);
  const got = runExecutable(exe, [...cj.consts, ...xs]);
  got.forEach((g, i) => {
    const w = want[i]!;
    expect([...g.shape]).to.deep.equal([...w.shape]);
    for (let k = 0; k < w.data.length; k++) {
      if (!Object.is(g.data[k], w.data[k])) expect.fail(`output ${i} element ${k}: got ${g.data[k]}, expected ${w.data[k]}`);
    }
  });
}

const mm = (dn: [[number[], number[]], [number[], number[]]]) => (a: T, b: T) => lax.dotGeneral(a, b, dn);

describe('codegen-js: packed contractions equal the interpreter bit for bit', () => {
  const cases: [string, () => ClosedJaxpr, number][] = [
    ['a·b, 37×53·53×29 (odd sizes, remainder panels)', () => makeJaxpr(mm([[[1], [0]], [[], []]]))(f32(37, 53), f32(53, 29)), 1],
    ['a·bᵀ (x·Wᵀ), 19×70 · 23×70', () => makeJaxpr(mm([[[1], [1]], [[], []]]))(f32(19, 70), f32(23, 70)), 1],
    ['aᵀ·b (xᵀ·g), 70×19 · 70×23', () => makeJaxpr(mm([[[0], [0]], [[], []]]))(f32(70, 19), f32(70, 23)), 1],
    ['aᵀ·bᵀ, 64×9 · 31×64', () => makeJaxpr(mm([[[0], [1]], [[], []]]))(f32(64, 9), f32(31, 64)), 1],
    ['batched 3×17×40 · 3×40×11', () => makeJaxpr(mm([[[2], [1]], [[0], [0]]]))(f32(3, 17, 40), f32(3, 40, 11)), 1],
    ['batched, batch dim last on the rhs: 4×12×30 · 30×9×4', () => makeJaxpr(mm([[[2], [0]], [[0], [2]]]))(f32(4, 12, 30), f32(30, 9, 4)), 1],
    ['two contracting dims 13×6×7 · 7×6×10', () => makeJaxpr(mm([[[1, 2], [1, 0]], [[], []]]))(f32(13, 6, 7), f32(7, 6, 10)), 1],
    // 256²: small and contiguous along the jammed and reduction loops, so the unroll-and-jam (faster in cache).
    ['a·b 256² (K ≥ 64: the jammed loops keep the sequential order too)', () => makeJaxpr(mm([[[1], [0]], [[], []]]))(f32(256, 256), f32(256, 256)), 0],
    ['aᵀ·b 256² (the lhs strided along the reduction: packed)', () => makeJaxpr(mm([[[0], [0]], [[], []]]))(f32(256, 256), f32(256, 256)), 1],
    ['a·b 520×256·256×136 (over the jam size limit: packed)', () => makeJaxpr(mm([[[1], [0]], [[], []]]))(f32(520, 256), f32(256, 136)), 1],
    ['M = 2, N = 2 with a long K', () => makeJaxpr(mm([[[1], [0]], [[], []]]))(f32(2, 1500), f32(1500, 2)), 1],
    ['a tall product that strip-mines its rows (M·K over the pack limit)', () => makeJaxpr(mm([[[1], [0]], [[], []]]))(f32(1000, 300), f32(300, 6)), 1],
    // K = 1: the reduction loop is coalesced away, leaving an elementwise product (no reduce).
    ['K = 1: an outer product', () => makeJaxpr(mm([[[1], [0]], [[], []]]))(f32(70, 1), f32(1, 90)), 0],
    ['relu(x·W + b) fused epilogue, and a prologue exp(x) on the lhs', () => makeJaxpr((x: T, w: T, b: T) => nn.relu(lax.add(lax.dot(lax.exp(x), w), b)))(f32(33, 20), f32(20, 18), f32(1, 18)), 1],
    ['conv NCHW 3×3 VALID', () => makeJaxpr((x: T, w: T) => lax.conv(x, w, [1, 1], 'VALID'))(f32(2, 3, 12, 11), f32(5, 3, 3, 3)), 1],
    ['conv stride 2, SAME padding, rhs dilation, NHWC/HWIO', () => makeJaxpr((x: T, w: T) => lax.convGeneralDilated(x, w, [2, 2], 'SAME', { dimensionNumbers: ['NHWC', 'HWIO', 'NHWC'], rhsDilation: [1, 2] }))(f32(2, 13, 13, 4), f32(3, 3, 4, 6)), 1],
    // Groups: both operands read the output-channel loop (its group), so there is no M/N split of it:
    // the kernel stays on the plain loops (NHWC: it is the innermost loop; NCHW: the tile has no N loop).
    ['conv with feature groups, NHWC (plain loops)', () => makeJaxpr((x: T, w: T) => lax.convGeneralDilated(x, w, [2, 2], 'SAME', { dimensionNumbers: ['NHWC', 'HWIO', 'NHWC'], featureGroupCount: 2, rhsDilation: [1, 2] }))(f32(2, 13, 13, 4), f32(3, 3, 2, 6)), 0],
    ['conv with feature groups, NCHW', () => makeJaxpr((x: T, w: T) => lax.convGeneralDilated(x, w, [1, 1], 'SAME', { featureGroupCount: 2 }))(f32(2, 4, 11, 11), f32(6, 2, 3, 3)), 0],
    ['transposed conv (lhs dilation, explicit padding)', () => makeJaxpr((x: T, w: T) => lax.convGeneralDilated(x, w, [1, 1], [[2, 2], [1, 2]], { lhsDilation: [2, 2] }))(f32(2, 3, 7, 6), f32(4, 3, 3, 3)), 1],
    ['conv with batch groups (a weight gradient shape)', () => makeJaxpr((x: T, w: T) => lax.convGeneralDilated(x, w, [1, 1], 'VALID', { batchGroupCount: 2 }))(f32(4, 3, 9, 9), f32(6, 3, 3, 3)), 0],
    ['conv + bias with tanh epilogue', () => makeJaxpr((x: T, w: T, b: T) => lax.tanh(lax.add(lax.conv(x, w, [1, 1], 'VALID'), b)))(f32(3, 2, 10, 10), f32(4, 2, 3, 3), f32(1, 4, 1, 1)), 1],
  ];
  for (const [name, make, packed] of cases) it(name, () => check(make(), packed));

  it('the W6 Jacobian program (one-hot prologue, reversed kernels, reshaped/transposed epilogue), smaller', () => {
    const cnn = (v: T, w1: T, w2: T): T => lax.conv(lax.conv(v, w1, [1, 1], 'VALID'), w2, [1, 1], 'VALID') as T;
    const f = (x: T, w1: T, w2: T) => lax.reduceSum(lax.mul(cnn(x, w1, w2), cnn(x, w1, w2)), [0, 1, 2, 3]);
    const cj = makeJaxpr(f)(f32(2, 3, 9, 9), f32(4, 3, 3, 3), f32(5, 4, 3, 3));
    check(cj, 2);
  });

  it('a matrix·vector product stays on the plain loops (N = 1)', () => check(makeJaxpr(mm([[[1], [0]], [[], []]]))(f32(64, 80), f32(80)), 0));
  it('a tiny product stays on the plain loops', () => check(makeJaxpr(mm([[[1], [0]], [[], []]]))(f32(3, 4), f32(4, 5)), 0));
  it('an empty dimension stays on the plain loops', () => check(makeJaxpr(mm([[[1], [0]], [[], []]]))(f32(0, 64), f32(64, 64)), 0));
  it('an empty contraction (K = 0) gives zeros on the plain loops', () => check(makeJaxpr(mm([[[1], [0]], [[], []]]))(f32(64, 0), f32(0, 64)), 0));
});

/** Runs `cj` compiled and interpreted on the given inputs and compares bit for bit; returns the result. */
function checkOn(cj: ClosedJaxpr, xs: Tensor[]): Tensor[] {
  const want = interpret(cj, xs);
  const opt = runPipeline(cj.jaxpr, OPTIMIZE_PIPELINE);
  if (opt.kind !== 'one') throw new Error('unreachable');
  const exe = compileJaxpr(opt.jaxpr, { fallback: false });
  expect(exe.launches.some((l) => l.kind === 'kernel' && l.source.includes('$pa[')), 'a packed product').to.equal(true);
  const got = runExecutable(exe, [...cj.consts, ...xs]);
  got.forEach((g, i) => {
    for (let k = 0; k < want[i]!.data.length; k++) {
      if (!Object.is(g.data[k], want[i]!.data[k])) expect.fail(`output ${i} element ${k}: got ${g.data[k]}, expected ${want[i]!.data[k]}`);
    }
  });
  return got;
}

describe('codegen-js: zero panels of a packed product are skipped exactly', () => {
  // 40×60 · 60×30 (N not a multiple of the jam: packed): the lhs is zero except rows 5 and 33 (one-hot like a Jacobian's cotangent basis).
  const cj = () => makeJaxpr(mm([[[1], [0]], [[], []]]))(f32(40, 60), f32(60, 30));
  const lhs = (zero: number): Tensor => {
    const data = new Float32Array(40 * 60).fill(zero);
    for (let k = 0; k < 60; k++) data[5 * 60 + k] = (k % 7) - 3.25;
    data[33 * 60 + 17] = 1;
    return { shape: [40, 60], dtype: 'f32', data };
  };
  const rhs = (special?: number): Tensor => {
    const data = Float32Array.from({ length: 60 * 30 }, (_, i) => ((i * 37) % 101) / 16 - 3);
    if (special !== undefined) data[10 * 30 + 7] = special;
    return { shape: [60, 30], dtype: 'f32', data };
  };
  it('finite rhs: the zero rows give +0 and the others their sums', () => {
    const [out] = checkOn(cj(), [lhs(0), rhs()]);
    expect(Object.is(out!.data[0], 0)).to.equal(true);
    expect(out!.data[33 * 30 + 3]).to.equal(Math.fround(rhs().data[17 * 30 + 3]!));
  });
  it('−0 rows are skipped too and still give +0 (as 0 + (−0) = +0 in the sequential sum)', () => {
    const [out] = checkOn(cj(), [lhs(-0), rhs()]);
    expect(Object.is(out!.data[1 * 30 + 2], 0)).to.equal(true);
  });
  it('an infinite rhs value makes 0·∞ = NaN: zero rows are not skipped', () => {
    const [out] = checkOn(cj(), [lhs(0), rhs(Infinity)]);
    expect(out!.data[0 * 30 + 7]).to.be.NaN;
    expect(Object.is(out!.data[0 * 30 + 6], 0)).to.equal(true);
  });
  it('a NaN rhs value propagates into every row of its column', () => {
    const [out] = checkOn(cj(), [lhs(0), rhs(NaN)]);
    expect(out!.data[39 * 30 + 7]).to.be.NaN;
  });
});

describe('codegen-js: packs unroll their short innermost reduction loops', () => {
  it('a 3×3 window is unrolled: the pack has 9 stores and no r1/r2 loop, bounds checks hoisted', () => {
    const cj = makeJaxpr((x: T, w: T) => lax.conv(x, w, [1, 1], 'SAME'))(f32(2, 4, 10, 10), f32(5, 4, 3, 3));
    const opt = runPipeline(cj.jaxpr, OPTIMIZE_PIPELINE);
    if (opt.kind !== 'one') throw new Error('unreachable');
    const src = compileJaxpr(opt.jaxpr, { fallback: false }).launches.flatMap((l) => (l.kind === 'kernel' ? [l.source] : [])).join('\n');
    const stores = src.split('\n').filter((l) => /\$pa\[\$qa( \+ \d+)?\] =/.test(l));
    expect(stores.length).to.equal(9);
    expect(src).to.not.match(/for \(let r[12] = /);
    check(cj, 1);
  });
});

/** out[i0, i1] = Σ_r x[i0, r]·y[r, i1] (+ an acc of level `accLevel` in the lhs when given). */
function matmulKernel(m: number, kd: number, n: number): Kernel {
  const K = createInterner();
  const [i, j, r] = [K.index('i0'), K.index('i1'), K.index('r0')];
  const prod = K.binary('mul', K.load(0, K.iadd(K.imul(i, kd), r), 'f32'), K.load(1, K.iadd(K.imul(r, n), j), 'f32'));
  return {
    name: 'mm', inputs: [{ dtype: 'f32', shape: [m, kd] }, { dtype: 'f32', shape: [kd, n] }], outputs: [{ dtype: 'f32', shape: [m, n] }],
    loops: [{ name: 'i0', extent: m }, { name: 'i1', extent: n }],
    stmts: [
      { kind: 'reduce', id: 0, level: 2, inner: [{ name: 'r0', extent: kd }], op: 'dot', type: 'f32', value: prod },
      { kind: 'store', level: 2, inner: [], output: 0, index: K.iadd(K.imul(i, n), j), value: K.acc(0, 'f32') },
    ],
  };
}

describe('codegen-js: the contraction plan', () => {
  it('a 1024² matmul: B packed once (whole), A in strips of rows within the pack limit', () => {
    const c = findContract(matmulKernel(1024, 1024, 1024))!;
    expect([c.t, c.roles, c.K, c.N, c.depthB]).to.deep.equal([0, ['M', 'N'], 1024, 1024, 0]);
    expect(c.strip * 1024).to.be.at.most(PACK_A_MAX);
    expect(c.strip).to.equal(64);
    expect(c.depthA).to.equal(1);
    const src = emitJs(matmulKernel(1024, 1024, 1024));
    expect(src).to.contain('+= 64) {');
  });
  it('a small matmul is one tile with no strip loop', () => {
    const c = findContract(matmulKernel(40, 30, 20))!;
    expect([c.t, c.strip, c.M, c.N, c.depthA, c.depthB]).to.deep.equal([0, 40, 40, 20, 0, 0]);
  });
  it('int dots, matrix·vector and tiny kernels have no plan', () => {
    expect(findContract(matmulKernel(1, 64, 64))).to.equal(undefined);
    expect(findContract(matmulKernel(64, 64, 1))).to.equal(undefined);
    expect(findContract(matmulKernel(3, 4, 5))).to.equal(undefined);
  });
  it('register blocks: exact fits for small N, 4 × 3 for large tiles (measured best)', () => {
    expect(chooseBlock(1280, 3)).to.deep.equal({ mr: 4, nr: 3 });
    expect(chooseBlock(1372, 5).nr).to.equal(5);
    expect(chooseBlock(64, 1024)).to.deep.equal({ mr: 4, nr: 3 });
    expect(chooseBlock(2, 2)).to.deep.equal({ mr: 2, nr: 2 });
  });
});
