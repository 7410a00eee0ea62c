// The kernel builder: every planned program's kernels, executed (through the Kernel IR interpreter on
// raw and simplified kernels, and through compileJs), equal the reference interpreter's result; the
// structure of the issue's one-kernel programs; kernel goldens (test/golden/kernels).
import { expect } from 'chai';
import type { Tensor, TypedArray } from '../../src/ir/core.js';
import { evalJaxpr } from '../../src/ir/eval.js';
import { F32_CTX } from '../../src/ir/eval-types.js';
import { buildKernels } from '../../src/lower/build-kernels.js';
import { compileJs } from '../../src/lower/codegen-js.js';
import type { Kernel, KType, Step } from '../../src/lower/kir.js';
import { printStep } from '../../src/lower/kir-print.js';
import { planFusion } from '../../src/lower/plan.js';
import { uniform } from '../transform/golden-programs.js';
import { goldenCases } from '../helpers/golden.js';
import type { LoopRunner, LowerProgram } from './plan-programs.js';
import { goldenPrograms, issuePrograms, runPlanned } from './plan-programs.js';

const ISSUE = issuePrograms();
const ALL: LowerProgram[] = [...ISSUE, ...goldenPrograms()];

function alloc(t: KType, n: number): TypedArray {
  return t === 'f32' ? new Float32Array(n) : t === 'i32' ? new Int32Array(n) : t === 'u32' ? new Uint32Array(n) : new Uint8Array(n);
}

const viaJs: LoopRunner = (k, ins) => {
  const outs = k.outputs.map((b) => alloc(b.dtype, b.shape.reduce((a, n) => a * n, 1)));
  compileJs(k)(ins, outs);
  return outs;
};

/** Exact for ints and bools, 1e-5 relative (1e-6 absolute near 0) for floats; NaN matches NaN. */
function expectClose(got: readonly Tensor[], want: readonly Tensor[], what: string): void {
  expect(got.length, what).to.equal(want.length);
  want.forEach((w, i) => {
    const g = got[i]!;
    expect(g.shape, `${what} out ${i} shape`).to.deep.equal(w.shape);
    expect(g.data.length, `${what} out ${i} size`).to.equal(w.data.length);
    for (let k = 0; k < w.data.length; k++) {
      const a = Number(w.data[k]);
      const b = Number(g.data[k]);
      if (Number.isNaN(a)) { expect(Number.isNaN(b), `${what} out ${i}[${k}]`).to.equal(true); continue; }
      if (w.dtype !== 'f32') { expect(b, `${what} out ${i}[${k}]`).to.equal(a); continue; }
      expect(Math.abs(a - b), `${what} out ${i}[${k}]: ${b} vs ${a}`).to.be.at.most(1e-5 * Math.abs(a) + 1e-6);
    }
  });
}

function check(prog: LowerProgram, run: LoopRunner | undefined, simplify: boolean, inputs = prog.inputs): void {
  const j = prog.closed.jaxpr;
  const built = buildKernels(j, planFusion(j), { simplify });
  const got = runPlanned(j, built, prog.closed.consts, inputs, run);
  expectClose(got, evalJaxpr(j, prog.closed.consts, inputs, F32_CTX), prog.name);
}

describe('buildKernels: numbers against the reference interpreter', () => {
  for (const prog of ALL) {
    it(`${prog.name}: raw kernels (Kernel IR interpreter)`, () => check(prog, undefined, false));
    it(`${prog.name}: simplified kernels (interpreter and compileJs)`, () => {
      check(prog, undefined, true);
      check(prog, viaJs, true);
    });
  }
  it('the issue programs on other random inputs (including large magnitudes for softmax)', () => {
    for (const [s, prog] of ISSUE.entries()) {
      const inputs = prog.inputs.map((t, k) => uniform(t.shape, 1000 + 17 * s + k, -20, 20));
      check(prog, undefined, true, inputs);
      check(prog, viaJs, true, inputs);
    }
  });
});

const loopKernels = (steps: readonly Step[]): Kernel[] => steps.filter((s): s is Kernel => s.kind !== 'host');
const built = (name: string) => {
  const prog = ISSUE.find((p) => p.name === name)!;
  return loopKernels(buildKernels(prog.closed.jaxpr, planFusion(prog.closed.jaxpr), { simplify: false }).kernels);
};

describe('buildKernels: kernel structure', () => {
  it('softmax over rows: parallel loop over rows, max and sum reductions at level 1, the store over the row', () => {
    const [k] = built('softmax_rows');
    expect(k!.loops).to.deep.equal([{ name: 'i0', extent: 6 }]);
    const reduces = k!.stmts.filter((s) => s.kind === 'reduce');
    expect(reduces.map((s) => s.kind === 'reduce' && [s.op, s.level, s.inner.map((l) => l.extent)])).to.deep.equal([['max', 1, [10]], ['sum', 1, [10]]]);
    const store = k!.stmts.at(-1)!;
    expect(store.kind).to.equal('store');
    expect([store.level, store.inner.map((l) => l.extent)]).to.deep.equal([1, [10]]);
  });

  it('layernorm: mean and variance reductions in the row kernel', () => {
    const [k] = built('layernorm');
    const reduces = k!.stmts.filter((s) => s.kind === 'reduce');
    expect(reduces.map((s) => s.kind === 'reduce' && s.op)).to.deep.equal(['sum', 'sum']);
    expect(k!.loops.map((l) => l.extent)).to.deep.equal([5]);
  });

  it('relu(x@w+b): one dot reduction at the innermost level, the epilogue in the store', () => {
    const [k] = built('relu_dense');
    expect(k!.loops.map((l) => l.extent)).to.deep.equal([4, 5]);
    const [red, store] = k!.stmts;
    expect(red!.kind === 'reduce' && [red.op, red.level, red.inner.map((l) => l.extent)]).to.deep.equal(['dot', 2, [6]]);
    expect(store!.kind === 'store' && store.value.op).to.equal('select');
  });

  it('hypot: one map, no reduction', () => {
    const [k] = built('hypot');
    expect(k!.stmts.map((s) => s.kind)).to.deep.equal(['store']);
  });
});

describe('buildKernels: goldens', () => {
  const cases: Record<string, () => string> = {};
  for (const prog of ALL) {
    cases[prog.name] = () => buildKernels(prog.closed.jaxpr, planFusion(prog.closed.jaxpr)).kernels.map(printStep).join('\n\n');
  }
  goldenCases('kernels', cases, { ext: 'kir', producer: 'test/lower/build-kernels.test.ts: printStep(buildKernels(optimized jaxpr, plan))' });
});
