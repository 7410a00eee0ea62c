// Subgroup workgroup reductions (src/lower/wgsl-subgroup.ts) on the webgpu device: on adapters with
// 'subgroups' (SwiftShader) the workgroup strategy's WGSL must use subgroup built-ins, and its results must
// agree with independent JS references (sums, max/min with NaN/Inf/±0 rows, i32, bool any/all, prod, full
// reductions) for row lengths below/at/above the workgroup size, many and few rows, and workgroups smaller
// than, equal to and several times the subgroup size; max/min agree bit for bit with the tree path. Without
// 'subgroups' (llvmpipe) the tree is taken. References at module load, before any pipeline (README).
import { expect } from 'chai';
import type { Tensor } from '../../src/ir/core.js';
import { createInterner } from '../../src/lower/kir-build.js';
import type { Kernel, KType } from '../../src/lower/kir.js';
import type { WebGpuDevice } from '../../src/runtime/webgpu-device.js';
import { runKernelOnce, wgslFor } from '../../src/runtime/webgpu-run.js';
import { gpuDescribe, IN_ADAPTER_PROCESS, randomF32, tensor } from './gpu-env.js';
import * as KS from './kernels.js';

type Op = 'sum' | 'max' | 'min' | 'prod';

/** A full reduction of n elements to a scalar (loops = []). */
function fullReduce(op: Op, n: number, t: KType): Kernel {
  const K = createInterner();
  return {
    name: `full_${op}_${t}`, inputs: [{ dtype: t, shape: [n] }], outputs: [{ dtype: t, shape: [] }], loops: [],
    stmts: [
      { kind: 'reduce', id: 0, level: 0, inner: [{ name: 'r0', extent: n }], op, type: t, value: K.load(0, K.index('r0'), t) },
      { kind: 'store', level: 0, inner: [], output: 0, index: K.c(0, 'i32'), value: K.acc(0, t) },
    ],
  };
}

/** Per row: the reference value (f64 for f32 sums/prods, JS max/min: NaN wins, max(-0, +0) = +0) and Σ|x| (the sum's scale). */
function reference(op: Op, t: KType, data: ArrayLike<number>, rows: number, cols: number): { want: number[]; scale: number[] } {
  const want: number[] = [], scale: number[] = [];
  for (let r = 0; r < rows; r++) {
    const xs = Array.from({ length: cols }, (_, c) => data[r * cols + c]!);
    scale.push(xs.reduce((a, x) => a + Math.abs(x), 0));
    if (t === 'bool') want.push(op === 'min' || op === 'prod' ? Number(xs.every((x) => x !== 0)) : Number(xs.some((x) => x !== 0)));
    else if (op === 'sum') want.push(t === 'i32' ? xs.reduce((a, x) => (a + x) | 0, 0) : xs.reduce((a, x) => a + x, 0));
    else if (op === 'prod') want.push(xs.reduce((a, x) => a * x, 1));
    else want.push(xs.reduce((a, x) => (op === 'max' ? Math.max(a, x) : Math.min(a, x)), op === 'max' ? -Infinity : Infinity));
  }
  return { want, scale };
}

interface Case { readonly name: string; readonly op: Op; readonly kernel: Kernel; readonly input: Tensor; readonly want: number[]; readonly scale: number[] }

function rowCase(name: string, op: Op, rows: number, cols: number, input: Tensor): Case {
  const t = input.dtype as KType;
  return { name: `${name} (${op} ${t} ${rows}×${cols})`, op, kernel: KS.rowReduce(op, rows, cols, t), input, ...reference(op, t, input.data, rows, cols) };
}
function fullCase(name: string, op: Op, input: Tensor): Case {
  const n = input.data.length, t = input.dtype as KType;
  return { name: `${name} (full ${op} ${t} ${n})`, op, kernel: fullReduce(op, n, t), input, ...reference(op, t, input.data, 1, n) };
}

/** Rows of special values, `cols` long (cols ≥ 4): NaN first/middle/last, ±Inf, all -Inf, ±0 mixes. */
function specialRows(cols: number): Tensor {
  const base = randomF32([10, cols], -5, 5, 91).data as Float32Array;
  const d = Float32Array.from(base);
  const row = (r: number): Float32Array => d.subarray(r * cols, (r + 1) * cols);
  row(1)[0] = NaN;
  row(2)[cols >> 1] = NaN;
  row(3)[cols - 1] = NaN;
  row(4)[cols >> 2] = Infinity; row(4)[cols - 2] = -Infinity;
  row(5).fill(-Infinity);
  row(6).forEach((_, i, a) => { a[i] = i % 2 === 0 ? -0 : 0; });
  row(7).fill(-0);
  row(8)[1] = NaN; row(8)[2] = Infinity; row(8)[3] = -Infinity;
  row(9).fill(Infinity); row(9)[cols - 1] = -Infinity;
  return { shape: [10, cols], dtype: 'f32', data: d };
}
const ints = (n: number, seed: number): number[] => Array.from({ length: n }, (_, i) => ((i * 7919 + seed * 104729) % 2001) - 1000);
const bigInts = (n: number): number[] => Array.from({ length: n }, (_, i) => (i % 3 === 0 ? 2147483000 : -7 * i));
const bools = (rows: number, cols: number, mode: 'any' | 'all'): Tensor =>
  tensor('bool', [rows, cols], Array.from({ length: rows * cols }, (_, i) => {
    const r = Math.floor(i / cols), c = i % cols;
    return mode === 'any' ? Number(r % 3 !== 0 && c === (r * 37) % cols) : Number(!(r % 3 !== 0 && c === (r * 41) % cols));
  }));

const CASES: Case[] = IN_ADAPTER_PROCESS ? [
  rowCase('one element', 'sum', 1, 1, randomF32([1, 1], -1, 1, 1)),
  rowCase('rows shorter than the workgroup', 'sum', 3, 5, randomF32([3, 5], -1, 1, 2)),
  rowCase('odd rows below wg', 'sum', 7, 127, randomF32([7, 127], -1, 1, 3)),
  rowCase('rows of exactly wg', 'sum', 5, 128, randomF32([5, 128], -1, 1, 4)),
  rowCase('odd rows above wg', 'sum', 9, 129, randomF32([9, 129], -1, 1, 5)),
  rowCase('many short rows', 'sum', 700, 33, randomF32([700, 33], -1, 1, 6)),
  rowCase('long rows (unrolled strided loop)', 'sum', 2, 70001, randomF32([2, 70001], -1, 1, 7)),
  rowCase('NaN/Inf rows', 'sum', 10, 301, specialRows(301)),
  rowCase('NaN/Inf/±0 rows', 'max', 10, 301, specialRows(301)),
  rowCase('NaN/Inf/±0 rows', 'min', 10, 301, specialRows(301)),
  rowCase('NaN/Inf/±0 short rows', 'max', 10, 5, specialRows(5)),
  rowCase('NaN/Inf/±0 short rows', 'min', 10, 5, specialRows(5)),
  rowCase('NaN/Inf/±0 long rows', 'max', 10, 1000, specialRows(1000)),
  rowCase('random rows', 'max', 33, 1001, randomF32([33, 1001], -9, 9, 8)),
  rowCase('prod near 1', 'prod', 6, 259, randomF32([6, 259], 0.95, 1.05, 9)),
  rowCase('i32', 'sum', 13, 259, tensor('i32', [13, 259], ints(13 * 259, 1))),
  rowCase('i32 wrapping', 'sum', 3, 300, tensor('i32', [3, 300], bigInts(900))),
  rowCase('i32', 'max', 13, 259, tensor('i32', [13, 259], ints(13 * 259, 2))),
  rowCase('i32', 'min', 64, 1001, tensor('i32', [64, 1001], ints(64 * 1001, 3))),
  rowCase('bool any', 'max', 200, 129, bools(200, 129, 'any')),
  rowCase('bool all', 'min', 200, 129, bools(200, 129, 'all')),
  fullCase('full', 'sum', randomF32([100000], -1, 1, 10)),
  fullCase('full, one element', 'sum', randomF32([1], -1, 1, 11)),
  fullCase('full, odd', 'sum', randomF32([127], -1, 1, 12)),
  fullCase('full with a NaN', 'max', tensor('f32', [5000], Array.from({ length: 5000 }, (_, i) => (i === 4321 ? NaN : Math.sin(i))))),
  fullCase('full', 'min', tensor('i32', [3001], ints(3001, 4))),
] : [];

/** Cases also run with small workgroups (wg < subgroup size: one partial subgroup; wg = a few subgroups). */
const SMALL_WG = new Set(['odd rows above wg (sum f32 9×129)', 'NaN/Inf/±0 rows (max f32 10×301)', 'NaN/Inf/±0 rows (min f32 10×301)', 'bool all (min bool 200×129)', 'i32 (sum i32 13×259)', 'full (sum f32 100000)']);

function compare(c: Case, got: Tensor): void {
  expect(got.data.length).to.equal(c.want.length);
  c.want.forEach((w, i) => {
    const g = got.data[i]!;
    if (c.input.dtype === 'f32' && (c.op === 'sum' || c.op === 'prod')) {
      const ok = Number.isNaN(w) ? Number.isNaN(g) : !Number.isFinite(w) ? g === w : Math.abs(g - w) <= 1e-5 * Math.max(1, c.scale[i]!);
      if (!ok) expect.fail(`${c.name}[${i}]: got ${g}, expected ${w}`);
    } else if (!Object.is(g, c.input.dtype === 'f32' ? Math.fround(w) : w)) expect.fail(`${c.name}[${i}]: got ${Object.is(g, -0) ? '-0' : g}, expected ${Object.is(w, -0) ? '-0' : w}`);
  });
}

const FN: Record<Op, string> = { sum: 'subgroupAdd', max: 'subgroupMax', min: 'subgroupMin', prod: 'subgroupMul' };
const withProfile = (d: WebGpuDevice, over: Partial<WebGpuDevice['profile']>): WebGpuDevice => ({ ...d, profile: { ...d.profile, ...over } });

gpuDescribe('subgroup workgroup reductions on the webgpu device', (dev) => {
  const variants = new Map<string, WebGpuDevice>();
  const variant = (name: string, make: () => WebGpuDevice): WebGpuDevice => { let v = variants.get(name); if (!v) { v = make(); variants.set(name, v); } return v; };
  const hasSub = (): boolean => dev().profile.features.includes('subgroups');
  const tree = (): WebGpuDevice => variant('tree', () => withProfile(dev(), { features: dev().profile.features.filter((f) => f !== 'subgroups') }));

  it('SwiftShader exposes subgroups and takes the subgroup path; llvmpipe takes the tree', () => {
    const d = dev();
    const code = wgslFor(d, KS.softmaxRows(64, 1000), { strategy: 'workgroup' }).code;
    if (/swiftshader/i.test(`${d.adapterInfo.architecture} ${d.adapterInfo.description}`)) expect(d.profile.features).to.include('subgroups');
    if (d.backend === 'opengles') expect(d.profile.features).not.to.include('subgroups');
    if (hasSub()) {
      expect(code).to.contain('enable subgroups;');
      expect(code).to.contain('subgroupAdd(');
      expect(code.split('workgroupBarrier();').length - 1).to.equal(2);
    } else {
      expect(code).not.to.contain('subgroup');
      expect(code).to.contain('if (lid < 64u)');
    }
  });

  for (const c of CASES) {
    it(`${c.name}, workgroup strategy`, async () => {
      const code = wgslFor(dev(), c.kernel, { strategy: 'workgroup' }).code;
      const fn = c.input.dtype === 'bool' ? (c.op === 'min' ? 'subgroupMin' : 'subgroupMax') : FN[c.op];
      if (hasSub()) expect(code).to.contain(`${fn}(`); else expect(code).not.to.contain('subgroup');
      const [got] = await runKernelOnce(dev(), c.kernel, [c.input], { strategy: 'workgroup' });
      compare(c, got!);
    });
    it(`${c.name}, the adapter's own choice`, async () => {
      const [got] = await runKernelOnce(dev(), c.kernel, [c.input]);
      compare(c, got!);
    });
    if ((c.op === 'max' || c.op === 'min') && c.input.dtype === 'f32') {
      it(`${c.name}: the subgroup path and the tree agree bit for bit`, async () => {
        const [a] = await runKernelOnce(dev(), c.kernel, [c.input], { strategy: 'workgroup' });
        const [b] = await runKernelOnce(tree(), c.kernel, [c.input], { strategy: 'workgroup' });
        expect(new Uint32Array((a!.data as Float32Array).buffer)).to.deep.equal(new Uint32Array((b!.data as Float32Array).buffer));
      });
    }
    if (!SMALL_WG.has(c.name)) continue;
    for (const wg of [1, 2, 8, 32]) {
      it(`${c.name}, workgroup of ${wg}`, async () => {
        const d = variant(`wg${wg}`, () => withProfile(dev(), { maxComputeInvocationsPerWorkgroup: wg, maxComputeWorkgroupSizeX: wg }));
        const w = wgslFor(d, c.kernel, { strategy: 'workgroup' });
        expect(w.workgroupSize).to.equal(wg);
        if (hasSub()) expect(w.code).to.contain('subgroupElect()'); else expect(w.code).not.to.contain('subgroup');
        const [got] = await runKernelOnce(d, c.kernel, [c.input], { strategy: 'workgroup' });
        compare(c, got!);
      });
    }
  }

  it('softmax and layernorm rows through subgroups agree with the tree', async () => {
    const x = SOFTMAX_IN!;
    for (const k of [KS.softmaxRows(37, 1000), KS.layernormRows(37, 1000)]) {
      const [a] = await runKernelOnce(dev(), k, [x], { strategy: 'workgroup' });
      const [b] = await runKernelOnce(tree(), k, [x], { strategy: 'workgroup' });
      for (let i = 0; i < a!.data.length; i++) {
        if (!(Math.abs(a!.data[i]! - b!.data[i]!) <= 1e-5 * Math.max(1, Math.abs(b!.data[i]!)))) expect.fail(`${k.name}[${i}]: ${a!.data[i]} vs ${b!.data[i]}`);
      }
    }
  });
});
const SOFTMAX_IN = IN_ADAPTER_PROCESS ? randomF32([37, 1000], -6, 6, 13) : null;
