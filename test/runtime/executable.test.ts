// Executables: the alpha-equivalent jaxpr hash, the buffer plan (liveness-based slot reuse), running
// through kernels and host steps, the executable cache and its compile counter, input checks.
import { expect } from 'chai';
import { lax, makeJaxpr, np, nn } from '../../src/index.js';
import type { Jaxpr, Tensor } from '../../src/ir/core.js';
import { canonicalJaxpr, hashJaxpr } from '../../src/ir/hash.js';
import { parseJaxpr } from '../../src/ir/parser.js';
import { EMPTY, EXTERNAL, planBuffers } from '../../src/runtime/buffer-plan.js';
import { compileCount, compileJaxpr, executableStats, getExecutable, runExecutable } from '../../src/runtime/executable.js';
import { interpret } from '../../src/runtime/interpreter.js';
import type { Tracer } from '../../src/trace/trace.js';

type T = Tracer;
const f32 = (...shape: number[]) => ({ shape, dtype: 'float32' });
const t32 = (shape: number[], values: number[]): Tensor => ({ shape, dtype: 'f32', data: Float32Array.from(values) });

describe('hashJaxpr: alpha-equivalent structural hash', () => {
  const A = '{ lambda ; a:f32[3] b:f32[3]. let c:f32[3] = mul a b; d:f32[3] = sin c in (d,) }';
  it('is independent of var names and ids', () => {
    const renamed = '{ lambda ; x:f32[3] y:f32[3]. let z:f32[3] = mul x y; w:f32[3] = sin z in (w,) }';
    expect(hashJaxpr(parseJaxpr(A))).to.equal(hashJaxpr(parseJaxpr(renamed)));
    // two traces of one function have different var ids but the same hash
    const f = (x: T) => lax.mul(lax.sin(x), 2.0);
    const j1 = makeJaxpr(f)(f32(3)).jaxpr;
    const j2 = makeJaxpr(f)(f32(3)).jaxpr;
    expect(j1.invars[0]!.id).to.not.equal(j2.invars[0]!.id);
    expect(hashJaxpr(j1)).to.equal(hashJaxpr(j2));
    expect(hashJaxpr(j1)).to.match(/^[0-9a-f]{28}$/);
  });
  it('distinguishes structure: operand order, prims, shapes, params, literals (value, dtype, weak)', () => {
    const variants = [
      '{ lambda ; a:f32[3] b:f32[3]. let c:f32[3] = mul b a; d:f32[3] = sin c in (d,) }',
      '{ lambda ; a:f32[3] b:f32[3]. let c:f32[3] = add a b; d:f32[3] = sin c in (d,) }',
      '{ lambda ; a:f32[4] b:f32[4]. let c:f32[4] = mul a b; d:f32[4] = sin c in (d,) }',
      '{ lambda ; a:f32[3] b:f32[3]. let c:f32[3] = mul a b; d:f32[3] = sin c in (c,) }',
      '{ lambda ; a:f32[3]. let c:f32[3] = mul a 2.0:f32[]; in (c,) }',
      '{ lambda ; a:f32[3]. let c:f32[3] = mul a 3.0:f32[]; in (c,) }',
      '{ lambda ; a:f32[2,3]. let c:f32[2] = reduce_sum[axes=(1,)] a in (c,) }',
      '{ lambda ; a:f32[3,2]. let c:f32[2] = reduce_sum[axes=(0,)] a in (c,) }',
    ];
    const hs = [A, ...variants].map((t) => hashJaxpr(parseJaxpr(t.replace('; in', ' in'))));
    expect(new Set(hs).size).to.equal(hs.length);
    const weak = makeJaxpr((x: T) => np.multiply(x, 2))(f32(3)).jaxpr;
    const strong = makeJaxpr((x: T) => lax.mul(x, np.array(2, { dtype: 'float32' })))(f32(3)).jaxpr;
    expect(canonicalJaxpr(weak)).to.not.equal(canonicalJaxpr(strong));
  });
  it('hashes nested jit bodies up to renaming', () => {
    const body = (s: string) => `{ lambda ; a:f32[3]. let b:f32[3] = jit[name=inner jaxpr={ lambda ; ${s}:f32[3]. let q:f32[3] = ${'sin'} ${s} in (q,) }] a in (b,) }`;
    expect(hashJaxpr(parseJaxpr(body('x')))).to.equal(hashJaxpr(parseJaxpr(body('y'))));
    const other = body('x').replace('sin', 'cos');
    expect(hashJaxpr(parseJaxpr(body('x')))).to.not.equal(hashJaxpr(parseJaxpr(other)));
  });
});

describe('planBuffers: liveness-based reuse', () => {
  it('a chain of intermediates reuses two slots; inputs and outputs are never placed', () => {
    // 0 (input) → 1 → 2 → 3 → 4 (output), all 400 bytes
    const launches = [{ reads: [0], writes: [1] }, { reads: [1], writes: [2] }, { reads: [2], writes: [3] }, { reads: [3], writes: [4] }];
    const p = planBuffers({ bytes: [400, 400, 400, 400, 400], external: new Set([0, 4]), launches });
    expect(p.slotOf).to.deep.equal([EXTERNAL, 0, 1, 0, EXTERNAL]);
    expect(p.slotBytes).to.deep.equal([400, 400]);
    expect(p.scratchBytes).to.equal(800);
    expect(p.liveBytesPeak).to.equal(800);
  });
  it('a launch never writes into a slot it reads, and takes the best-fitting free slot of at least its size', () => {
    // 1 (1000 B) and 2 (100 B) are read by launch 2, so 3 (80 B) takes a new slot; 4 (900 B) then takes 1's.
    const launches = [{ reads: [0], writes: [1] }, { reads: [0], writes: [2] }, { reads: [1, 2], writes: [3] }, { reads: [3], writes: [4] }, { reads: [4], writes: [5] }];
    const p = planBuffers({ bytes: [4, 1000, 100, 80, 900, 4], external: new Set([0, 5]), launches });
    expect(p.slotOf[3]).to.not.equal(p.slotOf[1]);
    expect(p.slotOf[3]).to.not.equal(p.slotOf[2]);
    expect(p.slotOf[4]).to.equal(p.slotOf[1]);
    expect(p.slotBytes).to.deep.equal([1000, 100, 80]);
    expect(p.liveBytesPeak).to.equal(1180);
  });
  it('a bigger buffer does not fit a smaller freed slot; zero-byte buffers take no slot; dead outputs free at once', () => {
    const launches = [{ reads: [0], writes: [1, 2] }, { reads: [1], writes: [3] }, { reads: [3], writes: [4] }];
    const p = planBuffers({ bytes: [4, 40, 0, 80, 4], external: new Set([0, 4]), launches });
    expect(p.slotOf[2]).to.equal(EMPTY);
    expect(p.slotOf[3]).to.not.equal(p.slotOf[1]);
    expect(p.slotBytes).to.deep.equal([40, 80]);
  });
});

describe('executables', () => {
  const x = t32([2, 3], [0.5, -1, 2, 3, -0.25, 1]);
  const mlp = makeJaxpr((a: T, w: T) => nn.softmax(np.tanh(np.matmul(a, w)), -1))(f32(2, 3), f32(3, 4));
  const w = t32([3, 4], [0.1, 0.2, -0.3, 0.4, 0.5, -0.6, 0.7, 0.8, -0.9, 1, 0.2, 0.3]);

  for (const mode of ['kernels', 'host'] as const) {
    it(`runs a program like the interpreter (${mode} mode)`, () => {
      const exe = compileJaxpr(mlp, { mode });
      const got = runExecutable(exe, [x, w]);
      const want = interpret(mlp, [x, w]);
      expect(got.map((t) => t.shape)).to.deep.equal(want.map((t) => t.shape));
      got.forEach((t, i) => [...t.data].forEach((v, k) => expect(v).to.be.closeTo(want[i]!.data[k]!, 1e-6)));
      // a second run gives the same numbers (scratch is reused, results are fresh)
      const again = runExecutable(exe, [x, w]);
      expect(again[0]!.data).to.not.equal(got[0]!.data);
      expect([...again[0]!.data]).to.deep.equal([...got[0]!.data]);
    });
  }

  it('host mode: intermediates share slots, stats count launches, buffers and bytes', () => {
    const cj = makeJaxpr((a: T) => lax.sin(lax.cos(lax.exp(lax.neg(a)))))(f32(100));
    const exe = compileJaxpr(cj, { mode: 'host' });
    // neg → exp → cos → sin: three intermediates, two slots suffice
    expect(exe.plan.slotBytes).to.deep.equal([400, 400]);
    expect(executableStats(exe)).to.deep.equal({ kernels: 0, launches: 4, hostSteps: 4, buffers: 3, peakBytes: 1200 });
  });

  it('kernel mode: materialised intermediates (host-step chains) share slots too', () => {
    // cumsum over 300 elements: longer than a cumsum kernel takes (CUMSUM_KERNEL_MAX), so host steps
    const cj = makeJaxpr((a: T) => lax.cumsum(lax.cumsum(lax.cumsum(lax.cumsum(a, 0), 0), 0), 0))(f32(300));
    const exe = compileJaxpr(cj, { fallback: false });
    expect(exe.launches.map((l) => l.kind)).to.deep.equal(['host', 'host', 'host', 'host']);
    expect(exe.plan.slotBytes).to.deep.equal([1200, 1200]);
    expect(executableStats(exe)).to.deep.equal({ kernels: 0, launches: 4, hostSteps: 4, buffers: 3, peakBytes: 3600 });
    const ones = t32([300], new Array(300).fill(1));
    const got = runExecutable(exe, [ones])[0]!;
    expect([...got.data]).to.deep.equal([...interpret(cj, [ones])[0]!.data]);
  });

  it('a failure in the middle of a run leaves the executable and earlier results intact', () => {
    const cj = makeJaxpr((a: T) => lax.exp(lax.cumsum(lax.sin(a), 0)))(f32(300)); // a kernel, a host step (long cumsum), a kernel
    const exe = compileJaxpr(cj, { fallback: false });
    const a = t32([300], Array.from({ length: 300 }, (_, i) => i / 50));
    const first = runExecutable(exe, [a])[0]!;
    const snapshot = [...first.data];
    type Mutable = { fn: (i: unknown[], o: unknown[]) => void };
    const k = exe.launches.find((l) => l.kind === 'kernel') as unknown as Mutable;
    const fn = k.fn;
    k.fn = () => { throw new Error('kernel failed'); };
    expect(() => runExecutable(exe, [a])).to.throw('kernel failed');
    k.fn = fn;
    expect(exe.scratch?.busy).to.equal(false);
    expect([...first.data]).to.deep.equal(snapshot);
    expect([...runExecutable(exe, [a])[0]!.data]).to.deep.equal(snapshot);
  });

  it('outputs that are inputs, literals or repeated are fresh copies', () => {
    const j: Jaxpr = parseJaxpr('{ lambda ; a:f32[2]. let b:f32[2] = neg a in (a, b, b, 3.0:f32[]) }');
    const a = t32([2], [1, 2]);
    const outs = runExecutable(compileJaxpr(j), [a]);
    expect(outs.map((t) => [...t.data])).to.deep.equal([[1, 2], [-1, -2], [-1, -2], [3]]);
    expect(outs[0]!.data).to.not.equal(a.data);
    expect(outs[1]!.data).to.not.equal(outs[2]!.data);
  });

  it('wrong inputs are a UserError naming the position and types', () => {
    const exe = compileJaxpr(mlp);
    expect(() => runExecutable(exe, [x])).to.throw(/wrong number of inputs — got 1, expected 2 inputs/);
    expect(() => runExecutable(exe, [x, t32([4, 3], new Array(12).fill(0))], 'jit')).to.throw(/^jit: input 1 has the wrong shape or dtype — got f32\[4,3\], expected f32\[3,4\]/);
    const i = { shape: [3, 4], dtype: 'i32' as const, data: new Int32Array(12) };
    expect(() => runExecutable(exe, [x, i])).to.throw(/got i32\[3,4\], expected f32\[3,4\]/);
  });

  it('getExecutable compiles an alpha-equivalent jaxpr once', () => {
    const f = (a: T) => lax.mul(lax.sin(a), 7.5);
    const before = compileCount();
    const e1 = getExecutable(makeJaxpr(f)(f32(5)).jaxpr);
    const e2 = getExecutable(makeJaxpr(f)(f32(5)).jaxpr);
    expect(e2).to.equal(e1);
    expect(compileCount()).to.equal(before + 1);
    getExecutable(makeJaxpr(f)(f32(6)).jaxpr);
    expect(compileCount()).to.equal(before + 2);
  });
});
