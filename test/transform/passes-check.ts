// Test helpers of the pass tests: random inputs for a jaxpr's invars, and "two jaxprs mean the same"
// by evaluating both on the reference evaluator and comparing the outputs exactly.
import { expect } from 'chai';
import type { Jaxpr, Tensor } from '../../src/ir/core.js';
import type { Aval } from '../../src/ir/dtype.js';
import { size } from '../../src/ir/dtype.js';
import { evalJaxpr } from '../../src/ir/eval.js';
import { F32_CTX, tensorFrom } from '../../src/ir/eval-types.js';
import { parseJaxpr } from '../../src/ir/parser.js';
import { printJaxpr } from '../../src/ir/printer.js';
import { verifyJaxpr } from '../../src/ir/verify.js';
import { rng } from '../helpers/rng.js';
export { rng };


function randomTensor(a: Aval, r: () => number): Tensor {
  const n = size(a.shape);
  const value = (): number => {
    switch (a.dtype) {
      case 'f32': return Math.fround((r() - 0.5) * 6);
      case 'i32': return Math.floor(r() * 21) - 10;
      case 'u32': return Math.floor(r() * 2 ** 32);
      case 'bool': return r() < 0.5 ? 0 : 1;
      case 'float0': return 0;
    }
  };
  return tensorFrom(a.shape, a.dtype, Array.from({ length: a.dtype === 'float0' ? 0 : n }, value), F32_CTX);
}

/** Random arguments for the invars of `j` (its constvars must be empty). */
export function randomArgs(j: Jaxpr, seed: number): Tensor[] {
  const r = rng(seed);
  return j.invars.map((v) => randomTensor(v.aval, r));
}

const plain = (ts: readonly Tensor[]) => ts.map((t) => ({ shape: [...t.shape], dtype: t.dtype, data: Array.from(t.data) }));

/** Evaluates both jaxprs on `trials` random inputs and expects bit-equal outputs (-0 ≠ 0, NaN = NaN). */
export function expectSameMeaning(before: Jaxpr, after: Jaxpr, trials = 3): void {
  expect(after.invars.map((v) => v.aval)).to.deep.equal(before.invars.map((v) => v.aval));
  for (let s = 1; s <= trials; s++) {
    const args = randomArgs(before, s);
    expect(plain(evalJaxpr(after, [], args, F32_CTX)), `outputs on seed ${s}`).to.deep.equal(plain(evalJaxpr(before, [], args, F32_CTX)));
  }
}

/** Parses `text`, checks it verifies, and returns it. */
export function jaxpr(text: string): Jaxpr {
  const j = parseJaxpr(text);
  verifyJaxpr(j, 'test input');
  return j;
}

/** Runs `run` on `before`, verifies the result, expects its text, and checks it means the same. */
export function expectRewrite(run: (j: Jaxpr) => Jaxpr, before: Jaxpr, want: string): Jaxpr {
  const after = run(before);
  verifyJaxpr(after, 'test output');
  expect(printJaxpr(after)).to.equal(want);
  expectSameMeaning(before, after);
  return after;
}
