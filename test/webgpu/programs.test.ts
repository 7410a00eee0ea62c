// The compiled-program suite on the webgpu device: every program of test/transform/golden-programs.ts,
// the jvp of each (all-f32 programs) and the grad of the scalar ones, run through
// jit(f, { device: 'webgpu' }) and compared against the reference interpreter. Everything CPU-heavy
// (tracing, the pass pipeline, lowering, reference values) happens at module load, before the first
// pipeline exists (the SwiftShader crash: README, WebGPU); the tests only upload, run and read back.
// Tolerance: ints and bools exact; f32 |got - want| <= TOL * max(1, |want|) with TOL 1e-4 on llvmpipe and
// 2e-3 on SwiftShader (its sin/cos builtins are off by up to 5e-4 absolute); NaN matches NaN.
import { expect } from 'chai';
import { Array, grad, interpret, jit, jvp, makeJaxpr } from '../../src/index.js';
import type { Tensor } from '../../src/ir/core.js';
import { PROGRAMS, uniform } from '../transform/golden-programs.js';
import { gpuDescribe, IN_ADAPTER_PROCESS } from './gpu-env.js';

interface Case { readonly name: string; readonly run: (...a: unknown[]) => unknown; readonly inputs: readonly Tensor[]; readonly want: readonly Tensor[] }

const TOL = process.env.KERNAX_WEBGPU_BACKEND === 'vulkan' ? 2e-3 : 1e-4;

function prepare(name: string, f: (...a: never[]) => unknown, inputs: readonly Tensor[]): Case {
  const args = inputs.map((t) => Array.fromTensor({ ...t, data: t.data.slice() }));
  const cj = makeJaxpr(f)(...args);
  const want = interpret(cj, args).map((a) => a.tensor());
  const run = jit(f, { device: 'webgpu' }) as unknown as (...a: unknown[]) => unknown;
  // Warm the jit cache now: trace, optimise and lower for webgpu (no GPU objects are created).
  (run as unknown as ReturnType<typeof jit>).lower(...args).compile({ device: 'webgpu' });
  args.forEach((a) => a.dispose());
  return { name, run, inputs, want };
}

function cases(): Case[] {
  const out: Case[] = [];
  PROGRAMS.forEach((p, k) => {
    out.push(prepare(p.name, p.fn, p.inputs));
    if (p.inputs.every((t) => t.dtype === 'f32')) {
      const n = p.inputs.length;
      const tangents = p.inputs.map((t, i) => uniform(t.shape, 7000 + 31 * k + i));
      const f = (...xs: unknown[]) => jvp(p.fn as (...a: unknown[]) => unknown, xs.slice(0, n), xs.slice(n));
      out.push(prepare(`jvp(${p.name})`, f as (...a: never[]) => unknown, [...p.inputs, ...tangents]));
    }
    if (p.scalar) out.push(prepare(`grad(${p.name})`, grad(p.fn as (...a: unknown[]) => unknown) as (...a: never[]) => unknown, p.inputs));
  });
  return out;
}

function worstError(got: Tensor, want: Tensor): number {
  let worst = 0;
  for (let k = 0; k < want.data.length; k++) {
    const a = got.data[k]!;
    const b = want.data[k]!;
    if (a === b || (Number.isNaN(a) && Number.isNaN(b))) continue;
    if (!Number.isFinite(a) || !Number.isFinite(b)) return Infinity;
    worst = Math.max(worst, Math.abs(a - b) / Math.max(1, Math.abs(b)));
  }
  return worst;
}

const CASES = IN_ADAPTER_PROCESS ? cases() : [];
let worstSeen = { err: 0, name: '' };

gpuDescribe('compiled programs on the webgpu device vs the reference interpreter', () => {
  for (const c of IN_ADAPTER_PROCESS ? CASES : []) {
    it(c.name, async () => {
      const args = c.inputs.map((t) => Array.fromTensor({ ...t, data: t.data.slice() }, false, 'webgpu'));
      const outs = ([] as unknown[]).concat(c.run(...args)).flat(8) as Array[];
      expect(outs.length, `${c.name}: outputs`).to.equal(c.want.length);
      for (let i = 0; i < outs.length; i++) {
        const o = outs[i]!;
        const w = c.want[i]!;
        expect(o.device, `${c.name} output ${i}`).to.equal('webgpu');
        const got: Tensor = { shape: o.shape, dtype: w.dtype, data: await o.data() };
        expect([...got.shape], `${c.name} output ${i}: shape`).to.deep.equal([...w.shape]);
        if (w.dtype === 'f32') {
          const e = worstError(got, w);
          if (e > worstSeen.err) worstSeen = { err: e, name: `${c.name} output ${i}` };
          expect(e, `${c.name} output ${i}`).to.be.at.most(TOL);
        } else expect([...got.data], `${c.name} output ${i}`).to.deep.equal([...w.data]);
      }
      [...args, ...outs].forEach((a) => a.dispose());
    });
  }
  after(() => { if (worstSeen.name) console.log(`      worst f32 error (${process.env.KERNAX_WEBGPU_BACKEND}): ${worstSeen.err.toExponential(2)} at ${worstSeen.name}`); });
});
