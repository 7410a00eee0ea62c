// The fusion planner: the issue's kernel counts, plan goldens (test/golden/plan), names shared with the
// jaxpr printer, structural invariants of every plan, and edge cases (column reductions, pass-through
// outputs, host steps).
import { expect } from 'chai';
import { lax, makeJaxpr, np } from '../../src/index.js';
import type { Jaxpr, Var } from '../../src/ir/core.js';
import { printJaxpr } from '../../src/ir/printer.js';
import type { FusionPlan } from '../../src/lower/plan.js';
import { planFusion, printPlan } from '../../src/lower/plan.js';
import type { Tracer } from '../../src/trace/trace.js';
import { goldenCases } from '../helpers/golden.js';
import { primsOf } from '../transform/golden-programs.js';
import type { LowerProgram } from './plan-programs.js';
import { goldenPrograms, issuePrograms, optimize } from './plan-programs.js';

type T = Tracer;
const f32 = (...shape: number[]) => ({ shape, dtype: 'float32' });
const loops = (p: FusionPlan) => p.kernels.filter((k) => k.kind === 'loop').length;
const hosts = (p: FusionPlan) => p.kernels.filter((k) => k.kind === 'host').length;
const planOf = (f: (...a: never[]) => unknown, ...specs: unknown[]): { j: Jaxpr; p: FusionPlan } => {
  const j = optimize(makeJaxpr(f)(...specs)).jaxpr;
  return { j, p: planFusion(j) };
};

const ISSUE = issuePrograms();
const GOLDEN = goldenPrograms();
const ALL: LowerProgram[] = [...ISSUE, ...GOLDEN];

describe('planFusion: the issue kernel counts', () => {
  const want: Record<string, [number, 'exactly' | 'at most']> = {
    softmax_rows: [1, 'exactly'],
    layernorm: [1, 'exactly'],
    hypot: [1, 'exactly'],
    relu_dense: [1, 'exactly'],
    attention: [3, 'at most'],
    mlp_value_and_grad: [12, 'at most'],
  };
  for (const prog of ISSUE) {
    it(`${prog.name}: ${want[prog.name]![1]} ${want[prog.name]![0]} kernel(s), no host step`, () => {
      const p = planFusion(prog.closed.jaxpr);
      const [n, how] = want[prog.name]!;
      if (how === 'exactly') expect(loops(p)).to.equal(n);
      else expect(loops(p)).to.be.at.most(n).and.at.least(1);
      expect(hosts(p)).to.equal(0);
    });
  }

  it('attention: the scores are materialised (read inside the row reductions), the rest is one kernel', () => {
    const p = planFusion(ISSUE.find((q) => q.name === 'attention')!.closed.jaxpr);
    expect(loops(p)).to.equal(2);
    expect(p.kernels[0]!.writes.map((v) => v.aval.shape)).to.deep.equal([[4, 6]]);
    expect(p.kernels[1]!.reads).to.include(p.kernels[0]!.writes[0]);
  });

  it('the MLP valueAndGrad plan fuses the forward softmax rows with the backward epilogue (9 kernels)', () => {
    const prog = ISSUE.find((q) => q.name === 'mlp_value_and_grad')!;
    const p = planFusion(prog.closed.jaxpr);
    expect(loops(p)).to.equal(9);
    expect(p.kernels.some((k) => k.writes.length === 2)).to.equal(true);
  });
});

describe('planFusion: invariants of every plan', () => {
  for (const prog of ALL) {
    it(`${prog.name}: launch order, reads, writes and coverage`, () => {
      const j = prog.closed.jaxpr;
      const p = planFusion(j);
      const avail = new Set<number>([...j.constvars, ...j.invars].map((v) => v.id));
      const written = new Set<number>();
      p.kernels.forEach((k, i) => {
        expect(k.name).to.equal(`k${i}`);
        for (const r of k.reads) expect(avail.has(r.id), `${k.name} reads a value not yet written`).to.equal(true);
        for (const w of k.writes) {
          expect(written.has(w.id), `${k.name} writes a value twice`).to.equal(false);
          written.add(w.id);
          avail.add(w.id);
        }
        expect(k.eqns.length).to.be.greaterThan(0);
        expect([...k.eqns].sort((a, b) => a - b)).to.deep.equal(k.eqns);
      });
      for (const a of j.outvars) if (a.kind === 'var') expect(avail.has(a.id), 'an output is never written').to.equal(true);
      const covered = new Set(p.kernels.flatMap((k) => k.eqns));
      expect(covered.size, 'every eqn of the optimised jaxpr is computed somewhere').to.equal(j.eqns.length);
    });
  }

  it('is deterministic: tracing again gives the same plan text', () => {
    for (const prog of ISSUE) {
      const again = issuePrograms().find((q) => q.name === prog.name)!;
      expect(printPlan(planFusion(again.closed.jaxpr), again.closed.jaxpr)).to.equal(printPlan(planFusion(prog.closed.jaxpr), prog.closed.jaxpr));
    }
  });

  it('names values as the jaxpr printer does', () => {
    for (const prog of ALL) {
      const j = prog.closed.jaxpr;
      const text = printJaxpr(j);
      const plan = printPlan(planFusion(j), j);
      const lines = [...plan.matchAll(/^ {2}(.+? = [a-z_0-9]+)/gm)].map((m) => m[1]!);
      expect(lines.length).to.be.greaterThan(0);
      // `c:f32[4] = mul` appears verbatim in the printed jaxpr (binders and prim, params elided).
      for (const l of lines) expect(text.replace(/\[[^\]]*=[^\]]*\]/g, ''), `${prog.name}: ${l}`).to.include(l);
    }
  });

  it('plans every primitive of the golden programs', () => {
    const seen = new Set<string>();
    for (const prog of GOLDEN) primsOf(prog.closed.jaxpr, seen);
    for (const prim of ['dot_general', 'conv_general_dilated', 'gather', 'pad', 'concatenate', 'dynamic_slice', 'sort', 'cumsum', 'scatter_add', 'reduce_max', 'iota', 'select_n', 'rev']) {
      expect(seen.has(prim), prim).to.equal(true);
    }
  });
});

describe('planFusion: edge cases', () => {
  it('maps before and after a host step that read the same input stay two kernels (grouping them would be a cycle)', () => {
    // mul(x, 2) feeds a host step (a cumsum longer than a kernel takes); add(cumsum, x) reads its result:
    // both are maps over x's shape reading x, but one kernel for both would wait on itself.
    const { p } = planOf((x: T) => lax.add(lax.cumsum(lax.mul(x, 2), 0), x), f32(300));
    expect([loops(p), hosts(p)]).to.deep.equal([2, 1]);
    expect(p.kernels.map((k) => k.kind)).to.deep.equal(['loop', 'host', 'loop']);
  });

  it('a column reduction read by every row is materialised (no recomputation per row)', () => {
    const { p } = planOf((x: T) => np.divide(x, np.sum(x, 0)), f32(4, 3));
    expect(loops(p)).to.equal(2);
    expect(p.kernels[0]!.writes[0]!.aval.shape).to.deep.equal([3]);
  });

  it('a row reduction used by its own row is fused (one kernel)', () => {
    const { p } = planOf((x: T) => np.subtract(x, np.max(x, 1, { keepdims: true })), f32(4, 3));
    expect(loops(p)).to.equal(1);
  });

  it('a sum of row sums materialises the inner reduction', () => {
    const { p } = planOf((x: T) => np.sum(np.exp(np.sum(x, 1))), f32(4, 3));
    expect(loops(p)).to.equal(2);
  });

  it('an output that is an input needs no kernel; a duplicated output is written once', () => {
    const { j, p } = planOf((x: T, y: T) => { const s = lax.sin(y); return [x, s, s]; }, f32(2), f32(2));
    expect(loops(p)).to.equal(1);
    expect(p.kernels[0]!.writes).to.have.length(1);
    expect(printPlan(p, j)).to.match(/# 1 kernel, 0 host steps, 1 buffer$/);
  });

  it('host steps read materialised inputs and their outputs feed later kernels', () => {
    // a cumsum longer than CUMSUM_KERNEL_MAX is a host step (a short one is a kernel)
    const { j, p } = planOf((x: T) => lax.mul(lax.cumsum(lax.sin(x), 0), 2.0), f32(300));
    expect(p.kernels.map((k) => k.kind)).to.deep.equal(['loop', 'host', 'loop']);
    expect(p.kernels[1]!.reads).to.deep.equal(p.kernels[0]!.writes);
    expect(p.kernels[2]!.reads).to.deep.equal(p.kernels[1]!.writes);
    expect(printPlan(p, j).split('\n').at(-1)).to.equal('# 2 kernels, 1 host step, 3 buffers');
  });

  it('a cheap value used by two kernels is recomputed, an expensive one materialised', () => {
    const cheap = planOf((x: T) => { const t = np.multiply(x, 2); return [np.sum(t), np.max(t)]; }, f32(6));
    expect(loops(cheap.p)).to.equal(2);
    expect(cheap.p.kernels.every((k) => k.reads.length === 1)).to.equal(true);
    const dear = planOf((x: T) => { const t = np.exp(np.sin(np.tanh(x))); return [np.sum(t), np.max(t)]; }, f32(6));
    expect(loops(dear.p)).to.equal(3);
    const shared: Var = dear.p.kernels[0]!.writes[0]!;
    expect(dear.p.kernels[1]!.reads).to.deep.equal([shared]);
  });

  it('an empty jaxpr (identity) plans no step', () => {
    const { j, p } = planOf((x: T) => x, f32(3));
    expect(p.kernels).to.deep.equal([]);
    expect(printPlan(p, j)).to.equal('# 0 kernels, 0 host steps, 0 buffers');
  });
});

describe('planFusion: goldens', () => {
  const cases: Record<string, () => string> = {};
  for (const prog of ALL) cases[prog.name] = () => printPlan(planFusion(prog.closed.jaxpr), prog.closed.jaxpr);
  goldenCases('plan', cases, { ext: 'plan', producer: 'test/lower/plan.test.ts: printPlan(planFusion(optimized jaxpr))' });
});
