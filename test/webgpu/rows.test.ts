// Row reductions (a reduce inside parallel loops: softmax, layernorm, row sums/max/min over f32, i32 and
// bool) on the webgpu device: the strategy chosen per profile (serial rows, barrier-free, where the
// profile's `serialRows` says so and one invocation's loops fit SERIAL_BUDGET; the workgroup tree
// otherwise, e.g. rows longer than llvmpipe's loop cap allows), and the results of the adapter's choice
// and of both forced strategies against the compiled CPU backend. References at module load (README).
import { expect } from 'chai';
import type { Tensor } from '../../src/ir/core.js';
import type { Kernel } from '../../src/lower/kir.js';
import { createInterner } from '../../src/lower/kir-build.js';
import { emitWgsl, SERIAL_BUDGET, serialIterations } from '../../src/lower/codegen-wgsl.js';
import { PINNED_PROFILE } from '../../src/lower/wgsl-profile.js';
import { hostSortFor, serialRowsFor, tuningText } from '../../src/runtime/webgpu-device.js';
import { contractTuningFor, CPU_CONTRACT, DEFAULT_CONTRACT, SWIFTSHADER_CONTRACT } from '../../src/lower/wgsl-profile.js';
import { runKernelOnce } from '../../src/runtime/webgpu-run.js';
import { cpuRun, gpuDescribe, IN_ADAPTER_PROCESS, randomF32, tensor } from './gpu-env.js';
import * as KS from './kernels.js';

const CPU_ROWS = { ...PINNED_PROFILE, tuning: true, serialRows: true };

/** x - rowmax(x) with the store one loop deeper than the reduce (loops [rows, cols]; reduce at level 1). */
function centerRows(rows: number, cols: number): Kernel {
  const K = createInterner();
  const at = (j: string): ReturnType<typeof K.load> => K.load(0, K.iadd(K.imul(K.index('i0'), cols), K.index(j)), 'f32');
  const b = { dtype: 'f32' as const, shape: [rows, cols] };
  return {
    name: 'center_rows', inputs: [b], outputs: [b], loops: [{ name: 'i0', extent: rows }, { name: 'i1', extent: cols }],
    stmts: [
      { kind: 'reduce', id: 0, level: 1, inner: [{ name: 'r0', extent: cols }], op: 'max', type: 'f32', value: at('r0') },
      { kind: 'store', level: 2, inner: [], output: 0, index: K.iadd(K.imul(K.index('i0'), cols), K.index('i1')), value: K.binary('sub', at('i1'), K.acc(0, 'f32')) },
    ],
  };
}

/** Row sums of `cols` elements at `offset` in rows `stride` apart (a window of a wider row), one per output. */
function windowRows(rows: number, cols: number, stride: number, offset: number): Kernel {
  const K = createInterner();
  const v = K.load(0, K.iadd(K.iadd(K.imul(K.index('i0'), stride), offset), K.index('r0')), 'f32');
  return {
    name: 'window_rows', inputs: [{ dtype: 'f32', shape: [rows, stride] }], outputs: [{ dtype: 'f32', shape: [rows] }], loops: [{ name: 'i0', extent: rows }],
    stmts: [{ kind: 'reduce', id: 0, level: 1, inner: [{ name: 'r0', extent: cols }], op: 'sum', type: 'f32', value: v }, { kind: 'store', level: 1, inner: [], output: 0, index: K.index('i0'), value: K.acc(0, 'f32') }],
  };
}

/** Column sums of a [rows, cols] matrix (the reduced loop strides by `cols`), one invocation per column. */
function columnSums(rows: number, cols: number): Kernel {
  const K = createInterner();
  const v = K.load(0, K.iadd(K.imul(K.index('r0'), cols), K.index('i0')), 'f32');
  return {
    name: 'column_sums', inputs: [{ dtype: 'f32', shape: [rows, cols] }], outputs: [{ dtype: 'f32', shape: [cols] }], loops: [{ name: 'i0', extent: cols }],
    stmts: [{ kind: 'reduce', id: 0, level: 1, inner: [{ name: 'r0', extent: rows }], op: 'sum', type: 'f32', value: v }, { kind: 'store', level: 1, inner: [], output: 0, index: K.index('i0'), value: K.acc(0, 'f32') }],
  };
}

/** x - rowmax(x) + x[row, 0]: in0 is also read at a row's first element (not a quad), out0 only in quads. */
function centerPlusFirst(rows: number, cols: number): Kernel {
  const K = createInterner();
  const at = (j: ReturnType<typeof K.index>): ReturnType<typeof K.load> => K.load(0, K.iadd(K.imul(K.index('i0'), cols), j), 'f32');
  const first = K.load(0, K.imul(K.index('i0'), cols), 'f32');
  const b = { dtype: 'f32' as const, shape: [rows, cols] };
  return {
    name: 'center_plus_first', inputs: [b], outputs: [b], loops: [{ name: 'i0', extent: rows }, { name: 'i1', extent: cols }],
    stmts: [
      { kind: 'reduce', id: 0, level: 1, inner: [{ name: 'r0', extent: cols }], op: 'max', type: 'f32', value: at(K.index('r0')) },
      { kind: 'store', level: 2, inner: [], output: 0, index: K.iadd(K.imul(K.index('i0'), cols), K.index('i1')), value: K.binary('add', K.binary('sub', at(K.index('i1')), K.acc(0, 'f32')), first) },
    ],
  };
}

const VEC_ROWS = { ...CPU_ROWS, mapVec: 4 as const };
const binding = (code: string, buf: string): string => new RegExp(`var<storage, read(?:_write)?> ${buf}: (array<[^;]*>);`).exec(code)?.[1] ?? 'none';

describe('serial rows over quads (wgsl-serial-vec.ts: vec4 loads and stores where every access is an aligned quad)', () => {
  it('softmax, layernorm and row sums read 4 consecutive elements per iteration, one accumulator per lane', () => {
    for (const k of [KS.softmaxRows(4096, 1024), KS.layernormRows(300, 384), KS.rowReduce('sum', 64, 1000), centerRows(64, 32)]) {
      const w = emitWgsl(k, VEC_ROWS);
      expect(w.strategy, k.name).to.equal('serial');
      expect(binding(w.code, 'in0'), k.name).to.equal('array<vec4<f32>>');
      expect(w.code, k.name).to.match(/\.w\b/);
    }
    const sm = emitWgsl(KS.softmaxRows(4096, 1024), VEC_ROWS).code;
    expect(binding(sm, 'out0')).to.equal('array<vec4<f32>>');
    expect(sm).to.contain('r0 < 256i');
    expect(sm).to.contain('let a1: f32 = (((a1_0 + a1_1) + a1_2) + a1_3);');
    // a row sum's output is one element per row: scalar, while its input is read in quads
    expect(binding(emitWgsl(KS.rowReduce('sum', 64, 1000), VEC_ROWS).code, 'out0')).to.equal('array<f32>');
  });
  it('stays scalar where a quad would not be 4 aligned consecutive elements of one row', () => {
    const scalar = (k: Kernel): void => {
      const w = emitWgsl(k, VEC_ROWS);
      expect(w.strategy, k.name).to.equal('serial');
      expect(w.code, k.name).not.to.contain('vec4');
    };
    scalar(KS.softmaxRows(17, 333)); // rows of 333
    scalar(windowRows(64, 1024, 1025, 0)); // rows 1025 apart: row starts not aligned
    scalar(windowRows(64, 1024, 1028, 1)); // a window starting at column 1
    scalar(columnSums(512, 64)); // the reduced loop walks a column
    scalar(KS.rowReduce('sum', 64, 1001));
  });
  it('a buffer with any non-quad access stays scalar; the others are still vec4', () => {
    const w = emitWgsl(centerPlusFirst(64, 32), VEC_ROWS);
    expect(binding(w.code, 'in0')).to.equal('array<f32>');
    expect(binding(w.code, 'out0')).to.equal('array<vec4<f32>>');
    expect(w.code).to.contain('(q * 4i + 3i)');
  });
  it('off without tuning or without mapVec 4 (the pinned goldens and GPUs keep the scalar rows)', () => {
    expect(emitWgsl(KS.softmaxRows(4096, 1024), CPU_ROWS).code).not.to.contain('vec4');
    expect(emitWgsl(KS.softmaxRows(4096, 1024), { ...VEC_ROWS, tuning: false }).code).not.to.contain('vec4');
  });
});

describe('row-reduction strategy (codegen-wgsl chooseStrategy)', () => {
  it('serial rows on a serialRows profile: one kernel, no barrier, one invocation per row', () => {
    for (const k of [KS.softmaxRows(4096, 1024), KS.layernormRows(300, 384), KS.rowReduce('sum', 16, 4096), centerRows(64, 33)]) {
      const w = emitWgsl(k, CPU_ROWS);
      expect(w.strategy, k.name).to.equal('serial');
      expect(w.code).not.to.contain('workgroupBarrier');
      const rows = k.loops[0]!.extent;
      expect(w.dispatch()[0] * w.workgroupSize).to.be.within(rows, rows + w.workgroupSize - 1);
    }
  });
  it('the pinned profile keeps the workgroup tree (goldens unchanged)', () => {
    expect(emitWgsl(KS.softmaxRows(4096, 1024), PINNED_PROFILE).strategy).to.equal('workgroup');
    expect(emitWgsl(centerRows(64, 33), PINNED_PROFILE).strategy).to.equal('workgroup');
    // serialRows is only read with tuning on
    expect(emitWgsl(KS.softmaxRows(4096, 1024), { ...PINNED_PROFILE, serialRows: true }).strategy).to.equal('workgroup');
  });
  it('few rows stay on the workgroup tree (too few invocations)', () => {
    expect(emitWgsl(KS.softmaxRows(8, 2048), CPU_ROWS).strategy).to.equal('workgroup');
  });
  it('rows longer than the loop budget fall back to the workgroup tree, even when serial is forced', () => {
    const k = KS.softmaxRows(64, 20000); // 3 passes × 20000 > SERIAL_BUDGET
    expect(serialIterations(k, 1)).to.equal(60000);
    expect(serialIterations(k, 1)).to.be.above(SERIAL_BUDGET);
    expect(emitWgsl(k, CPU_ROWS).strategy).to.equal('workgroup');
    expect(emitWgsl(k, CPU_ROWS, { strategy: 'serial' }).strategy).to.equal('workgroup');
    expect(emitWgsl(KS.rowReduce('sum', 700, 40000), CPU_ROWS).strategy).to.equal('workgroup');
    // just under: 32768 iterations
    expect(emitWgsl(KS.rowReduce('sum', 64, SERIAL_BUDGET), CPU_ROWS).strategy).to.equal('serial');
    expect(emitWgsl(KS.rowReduce('sum', 64, SERIAL_BUDGET + 1), CPU_ROWS).strategy).to.equal('workgroup');
  });
  it('serialIterations counts nested loops and the deeper loops of a row', () => {
    expect(serialIterations(centerRows(5, 33), 1)).to.equal(33 + 33 * 1);
    expect(serialIterations(KS.layernormRows(3, 100), 1)).to.be.at.least(300);
  });
  it('hostSortFor: sort stays a host step on CPU implementations, a shader on GPUs; KERNAX_WEBGPU_SORT overrides', () => {
    const env = process.env.KERNAX_WEBGPU_SORT;
    delete process.env.KERNAX_WEBGPU_SORT;
    try {
      expect(hostSortFor('swiftshader SwiftShader driver 5.0.0 google')).to.equal(true);
      expect(hostSortFor('llvmpipe (LLVM 19.1.7, 256 bits) mesa')).to.equal(true);
      expect(hostSortFor('hopper NVIDIA H100 80GB HBM3 nvidia')).to.equal(false);
      process.env.KERNAX_WEBGPU_SORT = 'shader';
      expect(hostSortFor('llvmpipe')).to.equal(false);
      process.env.KERNAX_WEBGPU_SORT = 'host';
      expect(hostSortFor('hopper NVIDIA H100 80GB HBM3 nvidia')).to.equal(true);
    } finally {
      if (env === undefined) delete process.env.KERNAX_WEBGPU_SORT;
      else process.env.KERNAX_WEBGPU_SORT = env;
    }
  });
  it('serialRowsFor: on for CPU implementations, off for GPUs', () => {
    const env = process.env.KERNAX_WEBGPU_ROWS;
    delete process.env.KERNAX_WEBGPU_ROWS;
    try {
      expect(serialRowsFor('swiftshader SwiftShader driver 5.0.0 google')).to.equal(true);
      expect(serialRowsFor('llvmpipe (LLVM 19.1.7, 256 bits) mesa')).to.equal(true);
      expect(serialRowsFor('hopper NVIDIA H100 80GB HBM3 nvidia')).to.equal(false);
      // Dawn's adapter info as it really comes (vendor/architecture empty on OpenGL ES; the driver only in `device`).
      const gles = { vendor: '', architecture: '', device: 'llvmpipe-llvm-15-0-6-256-bits-', description: 'OpenGL version OpenGL ES 3.2 Mesa 22.3.6', isFallbackAdapter: false };
      const swiftshader = { vendor: 'google', architecture: 'swiftshader', device: 'swiftshader-device-subzero-', description: 'SwiftShader driver 5.0.0', isFallbackAdapter: true };
      const h100 = { vendor: 'nvidia', architecture: 'hopper', device: '', description: 'NVIDIA H100 80GB HBM3', isFallbackAdapter: false };
      expect(serialRowsFor(tuningText(gles))).to.equal(true);
      expect(contractTuningFor(tuningText(gles))).to.deep.equal(CPU_CONTRACT);
      expect(serialRowsFor(tuningText(swiftshader))).to.equal(true);
      expect(contractTuningFor(tuningText(swiftshader))).to.deep.equal(SWIFTSHADER_CONTRACT);
      // a fallback adapter of another name is a CPU implementation too
      expect(contractTuningFor(tuningText({ ...swiftshader, architecture: '', device: '', description: 'some driver' }))).to.deep.equal(CPU_CONTRACT);
      expect(serialRowsFor(tuningText(h100))).to.equal(false);
      expect(contractTuningFor(tuningText(h100))).to.deep.equal(DEFAULT_CONTRACT);
      process.env.KERNAX_WEBGPU_ROWS = 'workgroup';
      expect(serialRowsFor('swiftshader')).to.equal(false);
    } finally {
      if (env === undefined) delete process.env.KERNAX_WEBGPU_ROWS; else process.env.KERNAX_WEBGPU_ROWS = env;
    }
  });
});

interface Case { readonly name: string; readonly kernel: Kernel; readonly inputs: Tensor[]; readonly want: Tensor[]; readonly rel?: number }
const mk = (name: string, kernel: Kernel, inputs: Tensor[], rel?: number): Case => ({ name, kernel, inputs, want: cpuRun(kernel, inputs), ...(rel ? { rel } : {}) });
const ints = (n: number, seed: number): number[] => Array.from({ length: n }, (_, i) => ((i * 7919 + seed * 104729) % 2001) - 1000);
const bools = (n: number, every: number): number[] => Array.from({ length: n }, (_, i) => (i % every === every - 1 ? 1 : 0));

const CASES: Case[] = IN_ADAPTER_PROCESS ? [
  mk('softmax 1000×1024 (many rows)', KS.softmaxRows(1000, 1024), [randomF32([1000, 1024], -6, 6, 31)], 1e-5),
  mk('softmax 17×333 (odd rows)', KS.softmaxRows(17, 333), [randomF32([17, 333], -6, 6, 32)], 1e-5),
  mk('softmax 3×5 (few, short rows)', KS.softmaxRows(3, 5), [randomF32([3, 5], -6, 6, 33)], 1e-5),
  mk('softmax 40×12000 (past the serial budget: workgroup)', KS.softmaxRows(40, 12000), [randomF32([40, 12000], -6, 6, 34)], 1e-5),
  mk('layernorm 257×97', KS.layernormRows(257, 97), [randomF32([257, 97], -3, 3, 35)], 1e-4),
  mk('center rows 129×31 (store one loop deeper)', centerRows(129, 31), [randomF32([129, 31], -3, 3, 36)]),
  mk('row sum 20×70000 (past the loop cap: workgroup)', KS.rowReduce('sum', 20, 70000), [randomF32([20, 70000], -1, 1, 37)], 1e-4),
  mk('row sum i32 301×259', KS.rowReduce('sum', 301, 259, 'i32'), [tensor('i32', [301, 259], ints(301 * 259, 1))]),
  mk('row min i32 64×1001', KS.rowReduce('min', 64, 1001, 'i32'), [tensor('i32', [64, 1001], ints(64 * 1001, 2))]),
  mk('row max i32 1×65537', KS.rowReduce('max', 1, 65537, 'i32'), [tensor('i32', [1, 65537], ints(65537, 3))]),
  mk('row any (bool max) 200×129', KS.rowReduce('max', 200, 129, 'bool'), [tensor('bool', [200, 129], bools(200 * 129, 250))]),
  mk('layernorm 257×96 (quads)', KS.layernormRows(257, 96), [randomF32([257, 96], -3, 3, 38)], 1e-4),
  mk('center rows 129×32 (quads, store one loop deeper)', centerRows(129, 32), [randomF32([129, 32], -3, 3, 39)]),
  mk('center plus first 65×64 (in0 scalar, out0 quads)', centerPlusFirst(65, 64), [randomF32([65, 64], -3, 3, 40)]),
  // Sums of 1024 values in [-1, 1): the order of the f32 additions differs from the CPU backend's (an H100
  // was 1.2e-5 off at one row of 70); a window read at a wrong offset is off by far more than 1e-4.
  mk('window rows 70×1024 of 1028 at column 1 (scalar)', windowRows(70, 1024, 1028, 1), [randomF32([70, 1028], -1, 1, 41)], 1e-4),
  mk('window rows 70×1024 of 1028 at column 4 (quads)', windowRows(70, 1024, 1028, 4), [randomF32([70, 1028], -1, 1, 42)], 1e-4),
  mk('column sums 300×64', columnSums(300, 64), [randomF32([300, 64], -1, 1, 43)], 1e-5),
  mk('row sum i32 301×260 (quads)', KS.rowReduce('sum', 301, 260, 'i32'), [tensor('i32', [301, 260], ints(301 * 260, 4))]),
  mk('row min i32 64×1000 (quads)', KS.rowReduce('min', 64, 1000, 'i32'), [tensor('i32', [64, 1000], ints(64 * 1000, 5))]),
  mk('row max f32 with NaN in one lane, ±0 (quads)', KS.rowReduce('max', 32, 64), [tensor('f32', [32, 64], Array.from({ length: 32 * 64 }, (_, i) => {
    const r = i >> 6, c = i & 63;
    if (r % 4 === 1 && c === 4 * (r % 16) + ((r >> 2) % 4)) return NaN; // one NaN per row, in lanes 0..3 across rows
    if (r % 4 === 2) return c % 2 === 0 ? -0 : 0; // max(-0, +0) is +0 whichever lane holds which
    if (r % 4 === 3) return c % 3 === 0 ? -0 : -1;
    return Math.sin(i);
  }))]),
  mk('row any (bool max) 200×128 (quads)', KS.rowReduce('max', 200, 128, 'bool'), [tensor('bool', [200, 128], bools(200 * 128, 250))]),
  mk('row all (bool min) 200×128 (quads)', KS.rowReduce('min', 200, 128, 'bool'), [tensor('bool', [200, 128], bools(200 * 128, 1).map((_, i) => (i % 389 === 0 ? 0 : 1)))]),
  mk('row all (bool min) 200×129', KS.rowReduce('min', 200, 129, 'bool'), [tensor('bool', [200, 129], bools(200 * 129, 1).map((_, i) => (i % 389 === 0 ? 0 : 1)))]),
] : [];

function compare(c: Case, got: Tensor, want: Tensor): void {
  expect(got.shape).to.deep.equal(want.shape);
  expect(got.dtype).to.equal(want.dtype);
  for (let i = 0; i < want.data.length; i++) {
    const g = got.data[i]!, w = want.data[i]!;
    if (c.rel === undefined) { if (!Object.is(g, w)) expect.fail(`${c.name}[${i}]: got ${Object.is(g, -0) ? '-0' : g}, expected ${Object.is(w, -0) ? '-0' : w}`); }
    else if (!(Math.abs(g - w) <= c.rel * Math.max(1, Math.abs(w)))) expect.fail(`${c.name}[${i}]: got ${g}, expected ${w} (rel ${c.rel})`);
  }
}

gpuDescribe('row reductions on the webgpu device vs the CPU backend', (dev) => {
  it('the adapter profile tunes for CPU adapters (serial rows, CPU contraction tiles, vec4 maps; SwiftShader: 16 elements per split-reduction iteration) and not for GPUs', () => {
    // Every field of the adapter's info, not only the ones the tuning reads.
    const cpu = /swiftshader|llvmpipe|lavapipe/i.test(JSON.stringify(dev().adapterInfo)) || dev().adapterInfo.isFallbackAdapter;
    const swiftshader = /swiftshader/i.test(JSON.stringify(dev().adapterInfo));
    if (!process.env.KERNAX_WEBGPU_CONTRACT) expect(dev().profile.contract).to.deep.equal(swiftshader ? SWIFTSHADER_CONTRACT : cpu ? CPU_CONTRACT : DEFAULT_CONTRACT);
    expect(dev().profile.mapVec).to.equal(cpu ? 4 : 1);
    expect(dev().profile.splitVec).to.equal(/swiftshader/i.test(JSON.stringify(dev().adapterInfo)) ? 16 : 1);
    if (process.env.KERNAX_WEBGPU_ROWS) return;
    expect(dev().profile.serialRows).to.equal(cpu);
  });
  for (const c of CASES) {
    for (const strategy of [undefined, 'serial', 'workgroup'] as const) {
      it(`${c.name}${strategy ? `, forced ${strategy}` : ''}`, async () => {
        const got = await runKernelOnce(dev(), c.kernel, c.inputs, strategy ? { strategy } : {});
        got.forEach((t, i) => compare(c, t, c.want[i]!));
      });
    }
  }
});
