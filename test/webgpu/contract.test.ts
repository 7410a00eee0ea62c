// The WGSL contraction template (src/lower/wgsl-contract.ts): structural tests (which kernels take it,
// tile sizes, the loop budget; no adapter needed) and, per adapter, dot_general / conv programs run with
// jit(f, { device: 'webgpu' }) against the reference interpreter on shapes that are not multiples of the
// tile, transposed operands, batch dims, size 1, long contractions (unrolled loop and remainder), convs
// with stride/dilation/padding/groups and fused prologue/epilogue. Everything CPU-heavy (tracing,
// lowering, reference values) happens at module load, before the first pipeline (README, WebGPU).
import { expect } from 'chai';
import { Array, interpret, jacrev, jit, lax, makeJaxpr, nn, np, vmap } from '../../src/index.js';
import type { Tensor } from '../../src/ir/core.js';
import { emitWgsl } from '../../src/lower/codegen-wgsl.js';
import { createInterner } from '../../src/lower/kir-build.js';
import type { Kernel } from '../../src/lower/kir.js';
import { findContraction, tileSize } from '../../src/lower/wgsl-contract.js';
import { SHARED_MIN_EXTENT } from '../../src/lower/wgsl-contract-shared.js';
import { contractTuning, contractTuningFor, CPU_CONTRACT, DEFAULT_CONTRACT, GPU_STRIDED_CONTRACT, PINNED_PROFILE, SWIFTSHADER_CONTRACT } from '../../src/lower/wgsl-profile.js';
import type { Tracer } from '../../src/trace/trace.js';
import { uniform } from '../transform/golden-programs.js';
import { gpuDescribe, IN_ADAPTER_PROCESS } from './gpu-env.js';
import * as KS from './kernels.js';

type T = Tracer;
const TOL = process.env.KERNAX_WEBGPU_BACKEND === 'vulkan' ? 2e-3 : 1e-4;

/** x[m,k] · w[k,n] with the contraction over k, as a kernel of k's extent `kk` (for the loop budget). */
function matvecLong(kk: number): Kernel {
  const K = createInterner();
  const v = K.binary('mul', K.load(0, K.iadd(K.imul(K.index('i0'), kk), K.index('r0')), 'f32'), K.load(1, K.index('r0'), 'f32'));
  return {
    name: 'matvec_long', inputs: [{ dtype: 'f32', shape: [4, kk] }, { dtype: 'f32', shape: [kk] }], outputs: [{ dtype: 'f32', shape: [4] }], loops: [{ name: 'i0', extent: 4 }],
    stmts: [{ kind: 'reduce', id: 0, level: 1, inner: [{ name: 'r0', extent: kk }], op: 'dot', type: 'f32', value: v }, { kind: 'store', level: 1, inner: [], output: 0, index: K.index('i0'), value: K.acc(0, 'f32') }],
  };
}

/** The strided layout with GPU-sized tiles (real GPUs' template before the workgroup-memory one; CPU adapters' layout). */
const STRIDED8 = { ...PINNED_PROFILE, tuning: true, contract: GPU_STRIDED_CONTRACT };

(IN_ADAPTER_PROCESS ? describe.skip : describe)('WGSL contraction template: structure (pinned profile)', () => {
  it('takes matmul kernels, tiling x\'s row loop and y\'s column loop (packed layout when the lanes would idle)', () => {
    const p = findContraction(KS.matmulBiasRelu(33, 70, 47), STRIDED8)!;
    expect(p.tiles).to.deep.equal([{ loop: 0, size: 7 }, { loop: 1, size: 8 }]);
    expect(p.unroll).to.equal(4);
    expect(p.lane).to.equal(undefined);
    const w = emitWgsl(KS.matmulBiasRelu(33, 70, 47), STRIDED8);
    expect(w.strategy).to.equal('contract');
    // 6 column tiles of 8: fewer than 8 lanes, so the packed layout: 5 row tiles of 7 (uniform per workgroup).
    expect(w.workgroupSize).to.equal(8);
    expect(w.dispatch()).to.deep.equal([5, 1, 1]);
    expect(w.code).to.match(/let i1_7: i32 = min\(i1 \+ 7i, 46i\);/);
    expect(w.code).to.match(/if \(i1 \+ 7i < 47i\)/);
    expect(w.code).not.to.match(/workgroupBarrier/);
  });

  it('strided layout: lanes run consecutive columns, an invocation\'s columns are `lanes` apart', () => {
    // 300 columns in tiles of 6 (no waste): 50 tiles → 64 lanes (at most GPU_STRIDED_CONTRACT's 64), 384 columns per workgroup.
    const p = findContraction(KS.matmulBiasRelu(20, 30, 300), STRIDED8)!;
    expect(p.tiles).to.deep.equal([{ loop: 0, size: 5 }, { loop: 1, size: 6 }]);
    expect(p.lane).to.deep.equal({ loop: 1, lanes: 64 });
    const w = emitWgsl(KS.matmulBiasRelu(20, 30, 300), STRIDED8);
    expect(w.workgroupSize).to.equal(64);
    expect(w.dispatch()).to.deep.equal([4, 1, 1]);
    expect(w.code).to.match(/let b1: i32 = t1 \* 384i \+ i32\(lid\);/);
    expect(w.code).to.match(/let i1: i32 = min\(b1, 299i\);/);
    expect(w.code).to.match(/let i1_5: i32 = min\(b1 \+ 320i, 299i\);/);
    expect(w.code).to.match(/if \(b1 < 300i\)/);
    expect(w.code).to.match(/if \(b1 \+ 320i < 300i\)/);
    // A multiple of the chunk: neither clamps nor guards.
    const even = emitWgsl(KS.matmulBiasRelu(16, 8, 512), STRIDED8).code;
    expect(even).to.match(/let i1_7: i32 = b1 \+ 448i;/);
    expect(even).not.to.match(/min\(b1|if \(b1/);
  });

  it('adapter tuning: llvmpipe gets 16×32 tiles over 8 lanes without unrolling, SwiftShader 16×16 over 8 unrolled twice; the pinned profile ignores tuning', () => {
    const cpu = { ...PINNED_PROFILE, name: 'adapter' as const, maxComputeInvocationsPerWorkgroup: 256, maxComputeWorkgroupSizeX: 256, tuning: true, contract: contractTuningFor('llvmpipe') };
    expect(contractTuningFor('llvmpipe (LLVM 19.1.7, 256 bits)')).to.deep.equal(CPU_CONTRACT);
    expect(contractTuningFor('swiftshader Vulkan')).to.deep.equal(SWIFTSHADER_CONTRACT);
    const ss = emitWgsl(KS.matmulBiasRelu(64, 16, 512), { ...cpu, contract: contractTuningFor('swiftshader') });
    expect(ss.workgroupSize).to.equal(8);
    expect(ss.code.match(/= fma\(/g)).to.have.length(2 * 16 * 16);
    expect(ss.code).to.match(/for \(var r0: i32 = 0i; r0 < 16i; r0 = r0 \+ 2i\)/);
    expect(contractTuningFor('nvidia hopper')).to.deep.equal(DEFAULT_CONTRACT);
    const p = findContraction(KS.matmulBiasRelu(64, 16, 512), cpu)!;
    expect(p.tiles).to.deep.equal([{ loop: 0, size: 16 }, { loop: 1, size: 32 }]);
    expect(p.lane).to.deep.equal({ loop: 1, lanes: 8 });
    expect(p.unroll).to.equal(1);
    const w = emitWgsl(KS.matmulBiasRelu(64, 16, 512), cpu);
    // 2 column chunks of 256 (32 columns 8 apart per lane) × 4 row tiles; the chunk is the slowest workgroup index.
    expect(w.workgroupSize).to.equal(8);
    expect(w.dispatch()).to.deep.equal([8, 1, 1]);
    expect(w.code).to.match(/let t1: i32 = \(grp \/ 4i\);/);
    expect(w.code).to.match(/let i1_31: i32 = b1 \+ 248i;/);
    expect(w.code).to.match(/for \(var r0: i32 = 0i; r0 < 16i; r0 = r0 \+ 1i\)/);
    expect(w.code.match(/= fma\(/g)).to.have.length(16 * 32);
    // Short contractions too stay a loop (one copy of the 512 fmas: SwiftShader compiles 16×32×k unrolled
    // copies in seconds), unlike the default template, which unrolls up to 8 steps completely.
    const short = emitWgsl(KS.matmulBiasRelu(64, 5, 512), cpu).code;
    expect(short).to.match(/for \(var r0: i32 = 0i; r0 < 5i; r0 = r0 \+ 1i\)/);
    expect(short.match(/= fma\(/g)).to.have.length(16 * 32);
    expect(findContraction(KS.matmulBiasRelu(64, 5, 512), STRIDED8)!.unroll).to.equal(5);
    expect(findContraction(KS.matmulBiasRelu(64, 1, 512), cpu)!.unroll).to.equal(1);
    // W4's x^T·g shape (784×128 · 128×512): 16-row tiles of the 784 rows (49 tiles), 2 chunks of 256 columns.
    const xt = findContraction(KS.matmulBiasRelu(784, 128, 512), cpu)!;
    expect(xt.tiles).to.deep.equal([{ loop: 0, size: 16 }, { loop: 1, size: 32 }]);
    expect(emitWgsl(KS.matmulBiasRelu(784, 128, 512), cpu).dispatch()).to.deep.equal([98, 1, 1]);
    // The loop budget (8192 iterations) still wins over the tuning's unroll: 100000 steps need 16 per iteration.
    expect(findContraction(matvecLong(100000), cpu)!.unroll).to.equal(16);
    expect(findContraction(matvecLong(8192), cpu)!.unroll).to.equal(1);
    expect(findContraction(matvecLong(8193), cpu)!.unroll).to.equal(2);
    expect(findContraction(matvecLong(1000000), cpu)).to.equal(undefined);
    expect(findContraction(KS.matmulBiasRelu(64, 16, 512), { ...cpu, tuning: false })!.shared).to.deep.equal({ la: 8, lb: 8, kt: 16 });
    // Lanes stay within the adapter's limit.
    expect(contractTuning({ ...cpu, maxComputeInvocationsPerWorkgroup: 16, contract: { ...CPU_CONTRACT, lanes: 256 } }).lanes).to.equal(16);
  });

  it('GPU layout (pinned profile, real GPUs): 8×8 invocations of 4×4 tiles, operands staged 16 steps at a time in workgroup memory', () => {
    const p = findContraction(KS.matmulBiasRelu(70, 37, 45), PINNED_PROFILE)!;
    expect(p.shared).to.deep.equal({ la: 8, lb: 8, kt: 16 });
    expect(p.tiles).to.deep.equal([{ loop: 0, size: 4 }, { loop: 1, size: 4 }]);
    const w = emitWgsl(KS.matmulBiasRelu(70, 37, 45), PINNED_PROFILE);
    expect(w.workgroupSize).to.equal(64);
    // blocks of 32×32: 3 along the 70 rows × 2 along the 45 columns
    expect(w.dispatch()).to.deep.equal([6, 1, 1]);
    expect(w.code).to.contain('var<workgroup> kx_xs: array<f32, 512>;');
    expect(w.code).to.contain('var<workgroup> kx_ys: array<f32, 512>;');
    expect(w.code.match(/workgroupBarrier\(\);/g)).to.have.length(2);
    expect(w.code.match(/= fma\(/g)).to.have.length(16 * 4 * 4);
    expect(w.code).to.match(/for \(var k0: i32 = 0i; k0 < 37i; k0 = k0 \+ 16i\)/);
    // x (row-major, contiguous along the contraction) is read with consecutive invocations on k; y on its columns
    expect(w.code).to.contain('kx_xs[kk * 32i + e / 16i] = select(0.0f,');
    expect(w.code).to.match(/let pt: i32 = min\(bb \+ e % 32i, 44i\);/);
    // the chunk past k = 37 holds zeros; rows past 70 and columns past 45 are clamped on load and not stored
    expect(w.code).to.contain('rk < 37i)');
    expect(w.code).to.contain('if (ba + la + 24i < 70i && bb + lb + 24i < 45i) {');
    // uniform control flow around the barriers: a workgroup past the grid returns as a whole
    expect(w.code).to.match(/if \(grp >= 6i\) \{ return; \}/);
    expect(w.code).not.to.match(/if \(flat|lf >=/);
    // exact multiples of the block and of the chunk: no clamps, guards or zero fill
    const even = emitWgsl(KS.matmulBiasRelu(64, 32, 64), PINNED_PROFILE).code;
    expect(even).not.to.match(/min\(b[ab]|select\(0\.0f|if \(ba/);
  });

  it('GPU layout falls back to the strided one for matrix-vector products, loops shorter than SHARED_MIN_EXTENT and where the profile cannot hold the block', () => {
    const mv = findContraction(matvecLong(1000), PINNED_PROFILE)!;
    expect(mv.shared).to.equal(undefined);
    expect(mv.tiles).to.deep.equal([{ loop: 0, size: 4 }]);
    expect(emitWgsl(matvecLong(1000), PINNED_PROFILE).code).not.to.contain('var<workgroup>');
    // 4 KB of workgroup memory are needed for two 16×32 chunks
    const small = { ...PINNED_PROFILE, maxComputeWorkgroupStorageSize: 2048 };
    expect(findContraction(KS.matmulBiasRelu(70, 37, 45), small)!.shared).to.equal(undefined);
    expect(emitWgsl(KS.matmulBiasRelu(70, 37, 45), small).code).not.to.contain('var<workgroup>');
    // fewer invocations per workgroup: 4×8
    expect(findContraction(KS.matmulBiasRelu(70, 37, 45), { ...PINNED_PROFILE, maxComputeInvocationsPerWorkgroup: 32 })!.shared).to.deep.equal({ la: 4, lb: 8, kt: 16 });
    // small loops get smaller register tiles (2 rows per invocation for 16 rows over 8)
    expect(findContraction(KS.matmulBiasRelu(16, 5, 300), PINNED_PROFILE)!.tiles).to.deep.equal([{ loop: 0, size: 2 }, { loop: 1, size: 4 }]);
    expect(findContraction(KS.matmulBiasRelu(16, 5, 300), PINNED_PROFILE)!.shared!.kt).to.equal(5);
    // a tiled loop shorter than SHARED_MIN_EXTENT (15 rows; 5 columns, a convolution's output channels): strided
    expect(SHARED_MIN_EXTENT).to.equal(16);
    // the boundary: 16 points along both tiled loops is shared, 15 along either is not
    expect(findContraction(KS.matmulBiasRelu(16, 37, 16), PINNED_PROFILE)!.shared).to.deep.equal({ la: 8, lb: 8, kt: 16 });
    for (const [m, n] of [[15, 300], [300, 5], [5, 5], [16, 15], [15, 16]] as const) {
      const c = findContraction(KS.matmulBiasRelu(m, 37, n), PINNED_PROFILE)!;
      expect(c.shared, `${m}x37x${n}`).to.equal(undefined);
      expect(emitWgsl(KS.matmulBiasRelu(m, 37, n), PINNED_PROFILE).code, `${m}x37x${n}`).not.to.contain('var<workgroup>');
    }
  });

  it('leaves other kernels to the generic path, and forcing it on them is an internal error', () => {
    for (const k of [KS.softmaxRows(4, 10), KS.rowReduce('sum', 3, 30), KS.fullSum(100), KS.unaryMap('exp', 8)]) {
      expect(findContraction(k, PINNED_PROFILE), k.name).to.equal(undefined);
      expect(emitWgsl(k, PINNED_PROFILE).strategy, k.name).not.to.equal('contract');
    }
    expect(() => emitWgsl(KS.softmaxRows(4, 10), PINNED_PROFILE, { strategy: 'contract' })).to.throw(/not a contraction/);
    expect(emitWgsl(KS.matmulBiasRelu(8, 8, 8), PINNED_PROFILE, { strategy: 'serial' }).strategy).to.equal('serial');
  });

  it('respects llvmpipe\'s loop budget: unrolls long contractions, falls back past the budget', () => {
    expect(findContraction(matvecLong(100000), PINNED_PROFILE)!.unroll).to.equal(16);
    const w = emitWgsl(matvecLong(100000), PINNED_PROFILE);
    expect(w.strategy).to.equal('contract');
    expect(w.code).to.match(/r0 < 100000i; r0 = r0 \+ 16i/);
    expect(findContraction(matvecLong(1000000), PINNED_PROFILE)).to.equal(undefined);
    expect(emitWgsl(matvecLong(1000000), PINNED_PROFILE).strategy).not.to.equal('contract');
  });

  it('picks tiles that waste the fewest padded rows', () => {
    expect([1, 3, 4, 5, 6, 7, 8, 9, 33, 47].map((e) => tileSize(e, 4))).to.deep.equal([1, 3, 4, 3, 3, 4, 4, 3, 3, 4]);
    expect([9, 16, 17, 33, 47, 300].map((e) => tileSize(e, 8))).to.deep.equal([5, 8, 6, 7, 8, 6]);
  });
});

interface Case { readonly name: string; readonly run: (...a: unknown[]) => unknown; readonly inputs: readonly Tensor[]; readonly want: readonly Tensor[]; readonly contract: number; readonly kernels: readonly Kernel[] }

function prepare(name: string, f: (...a: never[]) => unknown, inputs: readonly Tensor[]): Case {
  const args = inputs.map((t) => Array.fromTensor({ ...t, data: t.data.slice() }));
  const want = interpret(makeJaxpr(f)(...args), args).map((a) => a.tensor());
  const run = jit(f, { device: 'webgpu' }) as unknown as (...a: unknown[]) => unknown;
  const compiled = (run as unknown as ReturnType<typeof jit>).lower(...args).compile({ device: 'webgpu' });
  const text = compiled.asText('wgsl');
  const kernels = compiled.executable.launches.flatMap((l) => (l.kind === 'kernel' ? [l.kernel] : []));
  args.forEach((a) => a.dispose());
  return { name, run, inputs, want, contract: (text.match(/: contract, /g) ?? []).length, kernels };
}

const u = (shape: number[], seed: number): Tensor => uniform(shape, seed);
const dg = (dn: Parameters<typeof lax.dotGeneral>[2]) => (a: T, b: T) => lax.dotGeneral(a, b, dn);
const MM = [[[1], [0]], [[], []]] as const;

function cases(): Case[] {
  const c: Case[] = [];
  const mm = (m: number, k: number, n: number, s: number) => c.push(prepare(`matmul ${m}x${k}x${n}`, dg(MM as never), [u([m, k], s), u([k, n], s + 1)]));
  mm(33, 70, 47, 1); mm(1, 1, 1, 3); mm(1, 9, 1, 5); mm(5, 3, 130, 7); mm(130, 17, 2, 9); mm(64, 64, 64, 11); mm(3, 3001, 5, 13);
  // Strided layout (CPU tuning 16×32 over 8 lanes, 256 columns a chunk): ragged last chunk, ragged row
  // tiles, an even fit; contraction loops of 13, 67 and 130 steps (not unrolled on CPU adapters, unrolled
  // 4 with a remainder elsewhere).
  mm(70, 9, 257, 14); mm(37, 5, 300, 15); mm(32, 12, 256, 16); mm(50, 67, 520, 60); mm(17, 130, 263, 61);
  // W4-like transposed operands, strided on CPU adapters: x^T·g (contraction over the 67 batch rows), g·W^T.
  c.push(prepare('x^T g, strided (lhs contracting dim 0)', dg([[[0], [0]], [[], []]]), [u([67, 45], 62), u([67, 300], 63)]));
  c.push(prepare('g W^T, strided (rhs contracting dim 1)', dg([[[1], [1]], [[], []]]), [u([45, 13], 64), u([290, 13], 65)]));
  c.push(prepare('batched matmul, strided columns', dg([[[2], [1]], [[0], [0]]]), [u([3, 20, 7], 17), u([3, 7, 130], 18)]));
  c.push(prepare('x^T w (lhs contracting dim 0)', dg([[[0], [0]], [[], []]]), [u([19, 13], 20), u([19, 9], 21)]));
  c.push(prepare('x w^T (rhs contracting dim 1)', dg([[[1], [1]], [[], []]]), [u([13, 19], 22), u([9, 19], 23)]));
  c.push(prepare('x^T w^T', dg([[[0], [1]], [[], []]]), [u([19, 13], 24), u([9, 19], 25)]));
  c.push(prepare('batched matmul', dg([[[2], [1]], [[0], [0]]]), [u([5, 6, 7], 26), u([5, 7, 9], 27)]));
  c.push(prepare('batch dim last, two contracting dims', dg([[[0, 1], [1, 2]], [[3], [0]]]), [u([3, 4, 5, 2], 28), u([2, 3, 4, 6], 29)]));
  c.push(prepare('matvec', dg(MM as never), [u([37, 11], 30), u([11], 31)]));
  c.push(prepare('vecmat', dg([[[0], [0]], [[], []]]), [u([11], 32), u([11, 37], 33)]));
  c.push(prepare('prologue/epilogue: relu(tanh(x) @ exp(w) + b) * 2', (x: T, w: T, b: T) => np.multiply(nn.relu(np.add(np.matmul(np.tanh(x), np.exp(w)), b)), 2), [u([21, 10], 34), u([10, 18], 35), u([18], 36)]));
  c.push(prepare('two outputs of one matmul', (x: T, w: T) => { const y = np.matmul(x, w); return [y, np.square(y)]; }, [u([9, 6], 37), u([6, 10], 38)]));
  c.push(prepare('conv VALID', (x: T, w: T) => lax.conv(x, w, [1, 1], 'VALID'), [u([2, 3, 9, 11], 40), u([5, 3, 3, 3], 41)]));
  c.push(prepare('conv SAME stride 2', (x: T, w: T) => lax.conv(x, w, [2, 2], 'SAME'), [u([1, 2, 9, 8], 42), u([6, 2, 3, 2], 43)]));
  c.push(prepare('conv NHWC grouped, rhs dilation', (x: T, w: T) => lax.convGeneralDilated(x, w, [2, 2], 'SAME', { dimensionNumbers: ['NHWC', 'HWIO', 'NHWC'], featureGroupCount: 2, rhsDilation: [1, 2] }), [u([1, 7, 6, 4], 44), u([3, 3, 2, 6], 45)]));
  c.push(prepare('conv 1-D lhs dilation, padding', (x: T, w: T) => lax.convGeneralDilated(x, w, [1], [[2, 1]], { lhsDilation: [2] }), [u([2, 2, 9], 46), u([3, 2, 3], 47)]));
  c.push(prepare('conv weight grad', (w: T, x: T) => { const f = (ww: T) => np.sum(np.square(lax.conv(x, ww, [1, 1], 'SAME'))); return jacrev(f)(w); }, [u([4, 3, 3, 3], 48), u([2, 3, 8, 7], 49)]));
  const W1 = u([5, 3, 3, 3], 50), b1 = u([1, 5, 1, 1], 51), W2 = u([5, 5, 3, 3], 52), b2 = u([1, 5, 1, 1], 53);
  const cnn = (v: T, w1: T, c1: T, w2: T, c2: T) => lax.conv(lax.conv(v, w1, [1, 1], 'VALID').add(c1), w2, [1, 1], 'VALID').add(c2);
  const jac = (x: T, w1: T, c1: T, w2: T, c2: T) => jacrev((v: T) => vmap((vv: T) => cnn(vv, w1, c1, w2, c2), { inAxes: 4, outAxes: 4 })(v))(x);
  c.push(prepare('W6 multiview cnn jacrev (small)', jac, [u([1, 3, 7, 7, 2], 54), W1, b1, W2, b2]));
  // The same shapes with both tiled loops at least SHARED_MIN_EXTENT long, so that the shared layout (GPUs,
  // KERNAX_WEBGPU_CONTRACT=shared) runs them: transposed operands, batches, convolutions over 16+ channels.
  c.push(prepare('x^T w, 20x17 outputs', dg([[[0], [0]], [[], []]]), [u([19, 20], 70), u([19, 17], 71)]));
  c.push(prepare('x w^T, 20x17 outputs', dg([[[1], [1]], [[], []]]), [u([20, 19], 72), u([17, 19], 73)]));
  c.push(prepare('batched matmul, 20x18 outputs', dg([[[2], [1]], [[0], [0]]]), [u([3, 20, 7], 74), u([3, 7, 18], 75)]));
  c.push(prepare('conv VALID, 16 channels, 18 columns', (x: T, w: T) => lax.conv(x, w, [1, 1], 'VALID'), [u([2, 3, 9, 20], 76), u([16, 3, 3, 3], 77)]));
  c.push(prepare('conv 1-D lhs dilation, padding, 17 channels', (x: T, w: T) => lax.convGeneralDilated(x, w, [1], [[2, 1]], { lhsDilation: [2] }), [u([2, 2, 9], 78), u([17, 2, 3], 79)]));
  return c;
}

function worstError(got: Tensor, want: Tensor): number {
  let worst = 0;
  for (let k = 0; k < want.data.length; k++) {
    const a = got.data[k]!;
    const b = want.data[k]!;
    if (a === b) continue;
    if (!Number.isFinite(a) || !Number.isFinite(b)) return Infinity;
    worst = Math.max(worst, Math.abs(a - b) / Math.max(1, Math.abs(b)));
  }
  return worst;
}

const CASES = IN_ADAPTER_PROCESS ? cases() : [];
// The cases the shared layout leaves to the strided one: no loop to tile (1x1x1, 1x9x1), matrix-vector
// products, the grouped conv (its x reads the output-channel loop too, through the group: no loop is y's
// alone), and every case with a tiled loop shorter than SHARED_MIN_EXTENT.
const SHARED_OFF = ['matmul 1x1x1', 'matmul 1x9x1', 'matmul 5x3x130', 'matmul 130x17x2', 'matmul 3x3001x5', 'x^T w (lhs contracting dim 0)', 'x w^T (rhs contracting dim 1)', 'x^T w^T', 'batched matmul',
  'batch dim last, two contracting dims', 'matvec', 'vecmat', 'two outputs of one matmul', 'conv VALID', 'conv SAME stride 2', 'conv NHWC grouped, rhs dilation', 'conv 1-D lhs dilation, padding', 'conv weight grad', 'W6 multiview cnn jacrev (small)'];

gpuDescribe('WGSL contraction template on the webgpu device vs the reference interpreter', (dev) => {
  for (const c of CASES) {
    it(c.name, async () => {
      const args = c.inputs.map((t) => Array.fromTensor({ ...t, data: t.data.slice() }, false, 'webgpu'));
      const outs = ([] as unknown[]).concat(c.run(...args)).flat(8) as Array[];
      expect(outs.length, `${c.name}: outputs`).to.equal(c.want.length);
      for (let i = 0; i < outs.length; i++) {
        const w = c.want[i]!;
        const got: Tensor = { shape: outs[i]!.shape, dtype: w.dtype, data: await outs[i]!.data() };
        expect([...got.shape], `${c.name} output ${i}: shape`).to.deep.equal([...w.shape]);
        expect(worstError(got, w), `${c.name} output ${i}`).to.be.at.most(TOL);
      }
      [...args, ...outs].forEach((a) => a.dispose());
    });
  }
  it('every case above but the 1×1×1 and 1×9×1 matmuls (no loop to tile) runs at least one kernel on the contraction template', () => {
    const off = CASES.filter((c) => c.contract === 0).map((c) => c.name);
    expect(off).to.deep.equal(['matmul 1x1x1', 'matmul 1x9x1']);
  });
  it('the GPU template\'s workgroup-memory layout ran where this adapter\'s template is the shared one (a GPU, or KERNAX_WEBGPU_CONTRACT=shared): in every case with a loop of x\'s own and one of y\'s, each at least SHARED_MIN_EXTENT long; nowhere on the strided template', () => {
    // the kernels as this device prints them (its profile), not the pinned text
    const off = CASES.filter((c) => !c.kernels.some((k) => emitWgsl(k, dev().profile).code.includes('var<workgroup> kx_xs'))).map((c) => c.name);
    if (contractTuning(dev().profile).layout === 'shared') expect(off).to.deep.equal(SHARED_OFF);
    else expect(off).to.have.length(CASES.length);
  });
});
