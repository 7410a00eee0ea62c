// The webgpu device's failure paths (issue 6), run for real on each adapter: a kernel whose WGSL fails
// validation is an InternalError naming the kernel and the WGSL line (never a silent result) and the
// device keeps working; out-of-memory is a UserError with earlier results still readable (simulated:
// see below); device loss on a second device of its own makes every use a UserError within a bounded
// time while host copies stay readable and the shared device keeps working; a profile without the
// optional 'subgroups' feature still reduces correctly. Everything CPU-heavy (tracing, lowering,
// references) happens at module load, before the first pipeline (the SwiftShader crash: README, WebGPU).
import { expect } from 'chai';
import { Array, jit, lax, makeJaxpr, np, UserError } from '../../src/index.js';
import type { ArrayLike } from '../../src/api/convert.js';
import type { ClosedJaxpr, Tensor } from '../../src/ir/core.js';
import { InternalError } from '../../src/ir/errors.js';
import { emitWgsl } from '../../src/lower/codegen-wgsl.js';
import { createInterner } from '../../src/lower/kir-build.js';
import type { Kernel } from '../../src/lower/kir.js';
import type { Executable } from '../../src/runtime/executable-types.js';
import { compileJaxpr } from '../../src/runtime/executable.js';
import type { WebGpuDevice } from '../../src/runtime/webgpu-device.js';
import { createWebGpuDevice } from '../../src/runtime/webgpu-device.js';
import type { GpuValue } from '../../src/runtime/webgpu-exec.js';
import { readValue, runExecutableWebGpu, uploadedValue } from '../../src/runtime/webgpu-exec.js';
import { allocGpu, runKernelOnce } from '../../src/runtime/webgpu-run.js';
import { gpuDescribe, IN_ADAPTER_PROCESS, randomF32 } from './gpu-env.js';
import * as KS from './kernels.js';

type T = ArrayLike;
const X = [1, 2, 3, 4];
const XT: Tensor = { shape: [4], dtype: 'f32', data: Float32Array.from(X) };
const WANT = X.map((v) => 2 * v + 1);
const affine = (x: T) => lax.add(lax.mul(x, 2), 1);
const jitAffine = jit(affine, { device: 'webgpu' });
/** A fresh executable per use (literals 2 and 1 are uploaded per device and executable). */
const compile = (f: (x: T) => unknown, shape: number[]): Executable => compileJaxpr(makeJaxpr(f)(np.zeros(shape)) as ClosedJaxpr, { device: 'webgpu', fallback: false });

/** `exe` with every kernel's inputs declared i32 while its loads stay f32: WGSL that fails validation. */
const illTyped = (exe: Executable): Executable => ({
  ...exe,
  launches: exe.launches.map((l) => (l.kind === 'kernel' ? { ...l, kernel: { ...l.kernel, inputs: l.kernel.inputs.map((b) => ({ ...b, dtype: 'i32' as const })) } } : l)),
});

/** out0[i] = in0[i] + 1 with in0 declared i32 and loaded as f32 (the injected type error). */
function badKernel(n: number): Kernel {
  const K = createInterner();
  const i = K.index('i0');
  return { name: 'bad_load', inputs: [{ dtype: 'i32', shape: [n] }], outputs: [{ dtype: 'f32', shape: [n] }], loops: [{ name: 'i0', extent: n }], stmts: [{ kind: 'store', level: 1, inner: [], output: 0, index: i, value: K.binary('add', K.load(0, i, 'f32'), K.c(1, 'f32')) }] };
}

const NEG = (x: T) => lax.neg(x);
const SUM_N = 300_000;
interface Prepared { affine: Executable; bad: Executable; lossExe: Executable; negExe: Executable; sumIn: Tensor; sumWant: number; sumScale: number; rowIn: Tensor; rowWant: number[] }
let P: Prepared | null = null;
if (IN_ADAPTER_PROCESS) {
  jitAffine.lower(np.zeros([4])).compile({ device: 'webgpu' });
  const affineExe = compile(affine, [4]);
  const sumIn = randomF32([SUM_N], -1, 1, 61);
  const rowIn = randomF32([37, 1000], -1, 1, 62);
  let s = 0, sc = 0;
  for (const v of sumIn.data) { s += v; sc += Math.abs(v); }
  const rowWant: number[] = [];
  for (let r = 0; r < 37; r++) { let a = 0; for (let c = 0; c < 1000; c++) a += rowIn.data[r * 1000 + c]!; rowWant.push(a); }
  // lossExe's second output is a literal (a buffer uploaded per device and executable, copied out).
  P = { affine: affineExe, bad: illTyped(compile(affine, [4])), lossExe: compile((x: T) => [affine(x), 3], [4]), negExe: compile(NEG, [4]), sumIn, sumWant: s, sumScale: sc, rowIn, rowWant };
}

/** The error a promise rejects with, or 'timeout' after `ms` (never a hang), or 'resolved'. */
async function failure(p: Promise<unknown>, ms = 10_000): Promise<unknown> {
  let timer: NodeJS.Timeout | undefined;
  const t = new Promise((r) => { timer = setTimeout(() => r('timeout'), ms); });
  try {
    return await Promise.race([p.then(() => 'resolved', (e: unknown) => e), t]);
  } finally {
    clearTimeout(timer);
  }
}
/** The error `f` throws synchronously, or the one its promise rejects with. */
async function failureOf(f: () => Promise<unknown>): Promise<unknown> {
  try { return await failure(f()); } catch (e) { return e; }
}
const run1 = (d: WebGpuDevice, exe: Executable, x: GpuValue): GpuValue => runExecutableWebGpu(d, exe, [x])[0]!;
const read = async (d: WebGpuDevice, v: GpuValue): Promise<number[]> => [...(await readValue(d, v, 'f32')).data];

/** The WGSL line an InternalError's detail points at, checked against the shader's own text. */
function expectLine(e: unknown, code: string, kernel: string): void {
  expect(e).to.be.instanceOf(InternalError);
  const msg = (e as Error).message;
  expect(msg).to.match(new RegExp(`^bug: WGSL of kernel ${kernel} failed validation`));
  const m = /error at line (\d+): ([^\n]+)\n {4}([^\n]+)/.exec(msg);
  expect(m, msg).to.not.equal(null);
  const line = code.split('\n')[Number(m![1]) - 1]!.trim();
  expect(m![3]).to.equal(line);
  expect(m![2]).to.match(/i32/); // the i32 binding read as f32: the injected error
  expect(line).to.match(/^let v\d+: f32 = /);
}

gpuDescribe('webgpu failure paths', (dev) => {
  describe('a WGSL validation error is an InternalError with the kernel and the line', () => {
    it('through an executable (the jit/eager path): data() rejects with the shader error, not a silent result', async () => {
      const d = dev(), p = P!;
      const x = uploadedValue(d, XT);
      const e = await failure(read(d, run1(d, p.bad, x)));
      const k = p.bad.launches.find((l) => l.kind === 'kernel')!;
      if (k.kind !== 'kernel') throw new Error('no kernel');
      expectLine(e, emitWgsl(k.kernel, d.profile).code, k.kernel.name);
      // The same broken executable again: the same error (the cached pipeline keeps its check).
      expectLine(await failure(read(d, run1(d, p.bad, x))), emitWgsl(k.kernel, d.profile).code, k.kernel.name);
      // The device, its pools and caches keep working.
      expect(await read(d, run1(d, p.affine, x))).to.deep.equal(WANT);
    });

    it('through runKernelOnce (the kernel runner): rejects before dispatching, then a jit call still works', async () => {
      const d = dev();
      const bad = badKernel(4);
      const e = await failure(runKernelOnce(d, bad, [{ shape: [4], dtype: 'i32', data: Int32Array.from(X) }]));
      expectLine(e, emitWgsl(bad, d.profile).code, 'bad_load');
      const [ok] = await runKernelOnce(d, KS.unaryMap('neg', 4), [XT]);
      expect([...ok!.data]).to.deep.equal(X.map((v) => -v));
      const y = jitAffine(np.array(X, { device: 'webgpu' })) as Array;
      expect([...(await y.data())]).to.deep.equal(WANT);
      y.dispose();
    });
  });

  // Out of memory cannot be provoked safely here: llvmpipe and SwiftShader allocate GPU buffers in host
  // memory up to maxBufferSize (2 GiB / 1 GiB), so a real failure means exhausting the machine's RAM. The
  // test makes the device's out-of-memory error scopes report a GPUOutOfMemoryError (Dawn's own class)
  // and checks kernax's translation on every path that opens one.
  describe('out of memory (error scopes made to report a GPUOutOfMemoryError)', () => {
    let restore: (() => void) | null = null;
    const simulateOom = (d: WebGpuDevice): void => {
      const dev = d.device, push = dev.pushErrorScope.bind(dev), pop = dev.popErrorScope.bind(dev);
      const stack: GPUErrorFilter[] = [];
      dev.pushErrorScope = (f: GPUErrorFilter) => { stack.push(f); push(f); };
      dev.popErrorScope = async () => {
        const f = stack.pop();
        const real = await pop();
        return f === 'out-of-memory' ? new GPUOutOfMemoryError('simulated: not enough memory left') : real;
      };
      restore = () => { dev.pushErrorScope = push; dev.popErrorScope = pop; };
    };
    afterEach(() => { restore?.(); restore = null; });

    it('an executable run is a UserError on read; a result computed before stays readable', async () => {
      const d = dev(), p = P!;
      const x = uploadedValue(d, XT);
      const before = run1(d, p.affine, x); // computed, not read yet
      simulateOom(d);
      const e = await failure(read(d, run1(d, p.affine, x)));
      expect(e).to.be.instanceOf(UserError);
      expect((e as Error).message).to.match(/^executable: out of GPU memory — got simulated: not enough memory left, expected a program that fits the adapter\. dispose arrays/);
      restore!(); restore = null;
      expect(await read(d, before)).to.deep.equal(WANT);
    });

    it('a jit call on webgpu arrays: data() rejects with a UserError; an earlier array stays readable', async () => {
      const d = dev();
      const x = np.array(X, { device: 'webgpu' });
      const earlier = jitAffine(x) as Array;
      simulateOom(d);
      const y = jitAffine(x) as Array;
      const e = await failure(y.data());
      expect(e).to.be.instanceOf(UserError);
      expect((e as Error).message).to.match(/out of GPU memory — got simulated/);
      restore!(); restore = null;
      expect([...(await earlier.data())]).to.deep.equal(WANT);
      expect([...(await x.data())]).to.deep.equal(X);
      [x, earlier, y].forEach((a) => a.dispose());
    });

    it('allocGpu and the kernel runner: UserErrors naming the allocation / the kernels', async () => {
      const d = dev();
      simulateOom(d);
      const e1 = await failure(allocGpu({ ...d }, 'f32', [3, 1000, 7])); // a view of d with empty pools: a new buffer
      expect(e1).to.be.instanceOf(UserError);
      expect((e1 as Error).message).to.match(/^webgpu: out of GPU memory while allocating 131072 bytes — got simulated/);
      const e2 = await failure(runKernelOnce(d, KS.unaryMap('neg', 4), [XT]));
      expect(e2).to.be.instanceOf(UserError);
      expect((e2 as Error).message).to.match(/out of GPU memory/);
      restore!(); restore = null;
      const [ok] = await runKernelOnce(d, KS.unaryMap('neg', 4), [XT]);
      expect([...ok!.data]).to.deep.equal(X.map((v) => -v));
    });
  });

  describe('device loss (a second device of its own, destroyed)', () => {
    it('every use is a UserError naming the loss, within a bounded time; host copies stay readable; the shared device works', async () => {
      const d = dev(), p = P!;
      const d2 = await createWebGpuDevice(d);
      expect(d2.device).to.not.equal(d.device);
      const x = uploadedValue(d2, XT);
      const host = await readValue(d2, run1(d2, p.lossExe, x), 'f32'); // read back: a host copy
      expect([...host.data]).to.deep.equal(WANT);
      const unread = run1(d2, p.lossExe, x);
      d2.device.destroy();
      // Right after destroy() (the loss not yet reported): a run and its read still end in the loss error.
      const early = await failureOf(() => read(d2, run1(d2, p.lossExe, x)));
      const lost = /^webgpu: the WebGPU device was lost — got destroyed: .*expected a live device\. arrays already read back stay readable/;
      expect(early).to.be.instanceOf(UserError);
      expect((early as Error).message).to.match(lost);
      expect(d2.lost).to.match(/^destroyed/);
      for (const use of [
        () => read(d2, unread), // data() of an unread array
        () => read(d2, run1(d2, p.lossExe, x)), // a jit call
        () => read(d2, run1(d2, p.negExe, x)), // an eager op
        async () => uploadedValue(d2, XT), // an upload
        () => runKernelOnce(d2, KS.unaryMap('neg', 4), [XT]),
        () => allocGpu(d2, 'f32', [8]),
      ]) {
        const e = await failureOf(use);
        expect(e).to.be.instanceOf(UserError);
        expect((e as Error).message).to.match(lost);
      }
      expect([...host.data]).to.deep.equal(WANT);
      // The shared device: the same executable (its literal was uploaded on d2 first) still runs.
      const both = runExecutableWebGpu(d, p.lossExe, [uploadedValue(d, XT)]);
      expect(await read(d, both[0]!)).to.deep.equal(WANT);
      expect(await read(d, both[1]!)).to.deep.equal([3]);
      const y = jitAffine(np.array(X, { device: 'webgpu' })) as Array;
      expect([...(await y.data())]).to.deep.equal(WANT);
      y.dispose();
    });

    it('the array API on a lost device (the shared one marked lost, then restored): jit, eager op, data() are UserErrors', async () => {
      const d = dev();
      const x = np.array(X, { device: 'webgpu' });
      const unread = lax.neg(x) as Array;
      const readFirst = jitAffine(x) as Array;
      const hostCopy = await readFirst.to('cpu');
      d.lost = 'destroyed: simulated by the test';
      try {
        const lost = /the WebGPU device was lost — got destroyed: simulated by the test/;
        expect(() => jitAffine(x)).to.throw(UserError, lost);
        expect(() => lax.neg(x)).to.throw(UserError, lost);
        expect(() => np.array(X, { device: 'webgpu' })).to.throw(UserError, lost);
        const e = await failure(unread.data());
        expect(e).to.be.instanceOf(UserError);
        expect((e as Error).message).to.match(lost);
        expect([...hostCopy.dataSync()]).to.deep.equal(WANT);
      } finally {
        d.lost = null;
      }
      expect([...(await unread.data())]).to.deep.equal(X.map((v) => -v));
      [x, unread, readFirst, hostCopy].forEach((a) => a.dispose());
    });
  });

  describe("optional features are used only when present ('subgroups' forced off)", () => {
    const withoutSubgroups = (d: WebGpuDevice): WebGpuDevice => ({ ...d, profile: { ...d.profile, features: d.profile.features.filter((f) => f !== 'subgroups') } });
    let plain: WebGpuDevice | null = null;
    const noSub = (): WebGpuDevice => (plain ??= withoutSubgroups(dev()));

    it('the device requests only the optional features the adapter has', () => {
      const d = dev();
      const requested = [...d.device.features];
      for (const f of ['shader-f16', 'subgroups', 'timestamp-query']) expect(requested.includes(f), f).to.equal(d.features.includes(f));
    });

    it('a row sum (workgroup strategy) and a full sum compile without subgroups and agree with float64 sums', async () => {
      const p = P!;
      const row = KS.rowReduce('sum', 37, 1000);
      const code = emitWgsl(row, noSub().profile, { strategy: 'workgroup' }).code;
      expect(code).to.not.contain('subgroup');
      expect(emitWgsl(row, dev().profile, { strategy: 'workgroup' }).code.includes('enable subgroups;')).to.equal(dev().features.includes('subgroups'));
      const [rows] = await runKernelOnce(noSub(), row, [p.rowIn], { strategy: 'workgroup' });
      p.rowWant.forEach((w, i) => expect(rows!.data[i]!).to.be.closeTo(w, 1e-4));
      const full: Kernel = (() => {
        const K = createInterner();
        return { name: 'full_sum', inputs: [{ dtype: 'f32', shape: [SUM_N] }], outputs: [{ dtype: 'f32', shape: [] }], loops: [], stmts: [{ kind: 'reduce', id: 0, level: 0, inner: [{ name: 'r0', extent: SUM_N }], op: 'sum', type: 'f32', value: K.load(0, K.index('r0'), 'f32') }, { kind: 'store', level: 0, inner: [], output: 0, index: K.c(0, 'i32'), value: K.acc(0, 'f32') }] };
      })();
      expect(emitWgsl(full, noSub().profile, { strategy: 'workgroup' }).code).to.not.contain('subgroup');
      const [s] = await runKernelOnce(noSub(), full, [p.sumIn], { strategy: 'workgroup' });
      expect(Math.abs(s!.data[0]! - p.sumWant)).to.be.at.most(1e-5 * p.sumScale);
    });
  });
});
