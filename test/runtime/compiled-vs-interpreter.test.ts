// Every program of the transform goldens (test/transform/golden-programs.ts) and of the trace goldens
// (test/trace/trace-programs.ts, the cases of the trace goldens)
// runs through the reference interpreter and through the compiled CPU path — the optimised jaxpr
// (OPTIMIZE_PIPELINE, as jit) and the traced one — with the lowering strict (no host-mode fallback).
// Integer and bool outputs must be equal; float outputs agree within 1e-5 relative to the larger of
// |expected| and 1 (absolute 1e-5 near zero); NaN matches NaN.
import { expect } from 'chai';
import { makeJaxpr } from '../../src/index.js';
import type { ClosedJaxpr, Jaxpr, Tensor } from '../../src/ir/core.js';
import type { DType } from '../../src/ir/dtype.js';
import { size } from '../../src/ir/dtype.js';
import { OPTIMIZE_PIPELINE, runPipeline } from '../../src/ir/transform/run-pipeline.js';
import { compileJaxpr, runExecutable } from '../../src/runtime/executable.js';
import { interpret } from '../../src/runtime/interpreter.js';
import { PROGRAMS } from '../transform/golden-programs.js';
import { TRACE_CASES } from '../trace/trace-programs.js';

/** Deterministic inputs for a jaxpr's invars: f32 in (0.1, 0.9) (log, sqrt, erf_inv are defined), small ints. */
function inputsFor(j: Jaxpr, seed: number): Tensor[] {
  let s = seed >>> 0;
  const next = () => { s = (Math.imul(s, 1664525) + 1013904223) >>> 0; return s / 4294967296; };
  return j.invars.map((v) => {
    const n = size(v.aval.shape);
    const dt: DType = v.aval.dtype;
    const data = dt === 'float0' ? new Uint8Array(0) : dt === 'f32' ? Float32Array.from({ length: n }, () => 0.1 + 0.8 * next())
      : dt === 'i32' ? Int32Array.from({ length: n }, () => Math.floor(next() * 5))
        : dt === 'u32' ? Uint32Array.from({ length: n }, () => Math.floor(next() * 4294967296))
          : Uint8Array.from({ length: n }, () => (next() < 0.5 ? 1 : 0));
    return { shape: [...v.aval.shape], dtype: dt, data };
  });
}

const FLOAT_TOL = 1e-5;

/** The worst relative error of `got` against `want` (0 when equal; Infinity on a NaN/inf mismatch). */
function worstError(got: Tensor, want: Tensor): number {
  let worst = 0;
  for (let k = 0; k < want.data.length; k++) {
    const a = got.data[k]!;
    const b = want.data[k]!;
    if (Object.is(a, b) || (Number.isNaN(a) && Number.isNaN(b)) || a === b) continue;
    if (!Number.isFinite(a) || !Number.isFinite(b)) return Infinity;
    worst = Math.max(worst, Math.abs(a - b) / Math.max(1, Math.abs(b)));
  }
  return worst;
}

function compare(name: string, cj: ClosedJaxpr, inputs: readonly Tensor[]): void {
  const want = interpret(cj, inputs);
  const opt = runPipeline(cj.jaxpr, OPTIMIZE_PIPELINE);
  if (opt.kind !== 'one') throw new Error('unreachable');
  for (const [stage, j] of [['optimized', opt.jaxpr], ['traced', cj.jaxpr]] as const) {
    const got = runExecutable(compileJaxpr(j, { fallback: false }), [...cj.consts, ...inputs]);
    expect(got.length, `${name} (${stage}): outputs`).to.equal(want.length);
    got.forEach((g, i) => {
      const w = want[i]!;
      const where = `${name} (${stage}) output ${i}`;
      expect([g.dtype, [...g.shape]], where).to.deep.equal([w.dtype, [...w.shape]]);
      if (w.dtype === 'f32') expect(worstError(g, w), where).to.be.at.most(FLOAT_TOL);
      else expect([...g.data], where).to.deep.equal([...w.data]);
    });
  }
}

describe('compiled CPU path vs the reference interpreter', () => {
  describe('transform golden programs', () => {
    for (const prog of PROGRAMS) {
      it(prog.name, () => compare(prog.name, makeJaxpr(prog.fn)(...prog.args), prog.inputs));
    }
  });
  describe('transformed golden programs: jvp of each, grad of the scalar ones', () => {
    PROGRAMS.forEach((prog, k) => {
      const steps = prog.scalar ? ['jvp', 'grad'] : ['jvp'];
      for (const step of steps) {
        it(`${step}(${prog.name})`, () => {
          const cj = makeJaxpr(prog.fn)(...prog.args);
          const r = runPipeline(cj.jaxpr, step);
          if (r.kind !== 'one') throw new Error('unreachable');
          const tj = { jaxpr: r.jaxpr, consts: cj.consts };
          const extra = inputsFor(r.jaxpr, 2000 + k).slice(prog.inputs.length);
          compare(`${step}(${prog.name})`, tj, [...prog.inputs, ...extra]);
        });
      }
    });
  });
  describe('trace golden programs', () => {
    Object.entries(TRACE_CASES).forEach(([name, make], k) => {
      it(name, () => {
        const cj = make();
        compare(name, cj, inputsFor(cj.jaxpr, 1000 + k));
      });
    });
  });
});
