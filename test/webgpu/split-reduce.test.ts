// Two-stage full reductions on the webgpu device (src/runtime/webgpu-split.ts): sum/max/min/prod/dot
// and a mean (a store after the reduce) over sizes that split evenly, that need the guarded last chunk
// (a prime length), over 2-D arrays, and below the split threshold; ints are exact; and lengths that are
// 16 × a prime, which SwiftShader's profile (splitVec 16) reduces 16 elements per iteration with a guarded
// last round. The split with vec > 1 is also checked on the CPU (compiled JS, no device) against the
// unsplit kernel. References are computed at module load (README, WebGPU). f32 sums:
// |got - want| <= (SPLIT_CHUNK + n/SPLIT_CHUNK)·2^-24·Σ|x|.
import { expect } from 'chai';
import { Array, jit, np } from '../../src/index.js';
import { splitFullReduce, splitParts, SPLIT_CHUNK, SPLIT_MIN } from '../../src/runtime/webgpu-split.js';
import { gpuDescribe, IN_ADAPTER_PROCESS, randomF32 } from './gpu-env.js';
import { makeJaxpr } from '../../src/index.js';
import type { Kernel } from '../../src/lower/kir.js';
import { compileJs } from '../../src/lower/codegen-js.js';
import { compileJaxpr } from '../../src/runtime/executable.js';

type V = np.Value;
interface Case { readonly name: string; readonly run: () => Promise<number>; readonly want: number; readonly tol: number }

const U = 2 ** -24;
function f32Case(name: string, shape: number[], f: (x: V) => V, ref: (d: Float32Array) => [number, number], seed: number): Case {
  const data = randomF32(shape, -1, 1, seed).data as Float32Array;
  const [want, tol] = ref(data);
  const jf = jit(f, { device: 'webgpu' });
  return { name, want, tol, run: async () => { const x = np.array(data, { device: 'webgpu' }).reshape(shape) as Array; const y = jf(x) as Array; const v = (await y.data())[0]!; x.dispose(); y.dispose(); return v; } };
}
const sumRef = (d: Float32Array): [number, number] => {
  let s = 0, a = 0;
  for (const v of d) { s += v; a += Math.abs(v); }
  return [s, (SPLIT_CHUNK + d.length / SPLIT_CHUNK + 16) * U * a];
};

function cases(): Case[] {
  const out: Case[] = [
    f32Case('sum of 2^20 (even split)', [1 << 20], (x) => np.sum(x), sumRef, 21),
    f32Case('sum of the prime 1000003 (guarded last chunk)', [1000003], (x) => np.sum(x), sumRef, 22),
    f32Case('sum of 1537×1023 (2-D, all axes)', [1537, 1023], (x) => np.sum(x), sumRef, 23),
    f32Case('mean of 3·2^18 (a store after the reduce)', [3 << 18], (x) => np.mean(x), (d) => { const [s, t] = sumRef(d); return [s / d.length, t / d.length]; }, 24),
    f32Case('min of 2^20+7', [(1 << 20) + 7], (x) => np.min(x), (d) => [d.reduce((m, v) => Math.min(m, v), Infinity), 0], 26),
    f32Case('sum of 4000 (below the split threshold)', [4000], (x) => np.sum(x), sumRef, 28),
  ];
  // max: plant 5 at the very last element (the guarded round of the last chunk).
  const m = randomF32([999999], -1, 1, 25).data as Float32Array;
  m[m.length - 1] = 5;
  const jmax = jit((x: V) => np.max(x), { device: 'webgpu' });
  out.push({ name: 'max of 999999 with the max planted last', want: 5, tol: 0, run: async () => (await (jmax(np.array(m, { device: 'webgpu' })) as Array).data())[0]! });
  // dot of two vectors of 2^20 + 3: 'dot' accumulates with fma; reference in float64.
  const n = (1 << 20) + 3, a = randomF32([n], -1, 1, 31).data as Float32Array, b = randomF32([n], -1, 1, 32).data as Float32Array;
  let dot = 0, mag = 0;
  for (let i = 0; i < n; i++) { dot += a[i]! * b[i]!; mag += Math.abs(a[i]! * b[i]!); }
  const jdot = jit((x: V, y: V) => np.dot(x, y), { device: 'webgpu' });
  out.push({ name: 'dot of two vectors of 2^20+3', want: dot, tol: (SPLIT_CHUNK + n / SPLIT_CHUNK + 16) * U * mag, run: async () => (await (jdot(np.array(a, { device: 'webgpu' }), np.array(b, { device: 'webgpu' })) as Array).data())[0]! });
  // 16 × a prime: rows of 16 elements per iteration on SwiftShader, the last round guarded.
  const P = 65537;
  out.push(f32Case('sum of 16·65537 (rows of 16, guarded)', [16 * P], (x) => np.sum(x), sumRef, 41));
  const m16 = randomF32([16 * P], -1, 1, 42).data as Float32Array;
  m16[m16.length - 1] = 7;
  const jmax16 = jit((x: V) => np.max(x), { device: 'webgpu' });
  out.push({ name: 'max of 16·65537 with the max planted last', want: 7, tol: 0, run: async () => (await (jmax16(np.array(m16, { device: 'webgpu' })) as Array).data())[0]! });
  const a16 = randomF32([16 * P], -1, 1, 43).data as Float32Array, b16 = randomF32([16 * P], -1, 1, 44).data as Float32Array;
  let dot16 = 0, mag16 = 0;
  for (let i = 0; i < a16.length; i++) { dot16 += a16[i]! * b16[i]!; mag16 += Math.abs(a16[i]! * b16[i]!); }
  out.push({ name: 'dot of two vectors of 16·65537', want: dot16, tol: (SPLIT_CHUNK + a16.length / SPLIT_CHUNK + 16) * U * mag16, run: async () => (await (jdot(np.array(a16, { device: 'webgpu' }), np.array(b16, { device: 'webgpu' })) as Array).data())[0]! });
  const i16 = Int32Array.from({ length: 16 * 24593 }, (_, i) => ((i * 7919) % 2000) - 1000);
  const i16sum = i16.reduce((s, v) => s + v, 0);
  out.push({ name: 'int32 sum of 16·24593 (exact)', want: i16sum, tol: 0, run: async () => (await (jit((x: V) => np.sum(x), { device: 'webgpu' })(np.array(i16, { device: 'webgpu', dtype: 'int32' })) as Array).data())[0]! });
  // int32 sum: exact (values in [-1000, 1000), no overflow).
  const ints = Int32Array.from({ length: 3 * (1 << 17) + 1 }, (_, i) => ((i * 7919) % 2000) - 1000);
  const isum = ints.reduce((s, v) => s + v, 0);
  const jis = jit((x: V) => np.sum(x), { device: 'webgpu' });
  out.push({ name: 'int32 sum of 3·2^17+1 (exact)', want: isum, tol: 0, run: async () => (await (jis(np.array(ints, { device: 'webgpu', dtype: 'int32' })) as Array).data())[0]! });
  return out;
}

const CASES = IN_ADAPTER_PROCESS ? cases() : [];

describe('splitting full reductions (webgpu-split.ts, no device)', () => {
  it('picks an even divisor near the least chunk count, else the least count (guarded)', () => {
    expect(splitParts(1e7, 1e7)).to.equal(5000);
    expect(1e7 / 5000).to.be.at.most(SPLIT_CHUNK);
    expect(splitParts(1000003, 1000003)).to.equal(Math.ceil(1000003 / SPLIT_CHUNK));
    expect(splitParts(4, 4 << 20)).to.equal(null);
  });
  it('splits only large single-reduce kernels with no parallel loops', () => {
    const k = (n: number, loops: { name: string; extent: number }[] = []) => ({
      name: 'k', inputs: [{ dtype: 'f32' as const, shape: [n] }], outputs: [{ dtype: 'f32' as const, shape: [] }], loops,
      stmts: [{ kind: 'reduce' as const, id: 0, level: 0, inner: [{ name: 'r0', extent: n }], op: 'sum' as const, type: 'f32' as const, value: { op: 'load' as const, id: 1, type: 'f32' as const, input: 0, index: { op: 'index' as const, id: 0, type: 'i32' as const, loop: 'r0' } } }],
    });
    expect(splitFullReduce(k(SPLIT_MIN - 1), 8)).to.equal(null);
    expect(splitFullReduce(k(1 << 20, [{ name: 'i0', extent: 2 }]), 8)).to.equal(null);
    expect(splitFullReduce(k(1 << 20), 2)).to.equal(null);
    const s = splitFullReduce(k(1 << 20), 8)!;
    expect(s.parts).to.equal(512);
    expect(s.partial.loops).to.deep.equal([{ name: 'i0', extent: 512 }]);
    expect(s.final.inputs.at(-1)).to.deep.equal({ dtype: 'f32', shape: [512] });
  });
});

/** The single loop kernel of `f` at `x` (compiled for the CPU; the split works on Kernel IR). */
function kernelOf(f: (x: V) => V, x: Array): Kernel {
  const steps = compileJaxpr(makeJaxpr(f)(x).jaxpr, {}).launches.flatMap((l) => (l.kind === 'kernel' ? [l.kernel] : []));
  if (steps.length !== 1) throw new Error(`expected one kernel, got ${steps.length}`);
  return steps[0]!;
}

describe('splitting full reductions with 16 elements per iteration (vec, no device: compiled JS)', () => {
  const n = 16 * 4099;
  const ints = Int32Array.from({ length: n }, (_, i) => ((i * 7919) % 2000) - 1000);
  const small = Int32Array.from({ length: n }, (_, i) => (i % 97 === 0 ? -1 : 1));
  const run = (k: Kernel, ins: Int32Array[], out: Int32Array): Int32Array => { compileJs(k)(ins, [out]); return out; };
  for (const [name, f, data] of [
    ['sum', (x: V) => np.sum(x), ints], ['max', (x: V) => np.max(x), ints], ['min', (x: V) => np.min(x), ints],
    ['prod', (x: V) => np.prod(x), small], ['dot', (x: V) => np.dot(x, x), ints],
  ] as const) {
    it(`${name} of int32[16·4099]: partials then final equal the unsplit kernel (exactly)`, () => {
      const x = np.array(data, { dtype: 'int32' }) as Array;
      const k = kernelOf(f, x);
      const sp = splitFullReduce(k, 8, 16)!;
      expect(sp.partial.stmts[0]!.kind === 'reduce' && sp.partial.stmts[0]!.inner[0]!.extent).to.equal(Math.ceil(4099 / sp.parts));
      const parts = run(sp.partial, [data], new Int32Array(sp.parts));
      const got = run(sp.final, [data, parts], new Int32Array(1))[0];
      expect(got).to.equal(run(k, [data], new Int32Array(1))[0]);
      x.dispose();
    });
  }
});

gpuDescribe('two-stage full reductions on the webgpu device', () => {
  for (const c of CASES) {
    it(c.name, async () => {
      const got = await c.run();
      const err = Math.abs(got - c.want);
      if (!(err <= c.tol)) expect.fail(`${c.name}: got ${got}, want ${c.want} (|err| ${err} > ${c.tol})`);
    });
  }
});
