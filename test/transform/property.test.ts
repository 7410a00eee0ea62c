// Property tests of the transforms on random programs (program-gen.ts): jvp against finite differences,
// vjp against jvp (the dot-product test), vmap against a loop, grad∘vmap against vmap∘grad, jacrev
// against jacfwd, verification and text round trips of every transformed jaxpr, and the simplify/cse/dce
// passes preserving the meaning of transformed programs. A failure prints the program text.
// The seed is fixed so that the suite is deterministic; KERNAX_FC_SEED=<n> explores others.
import { expect } from 'chai';
import fc from 'fast-check';
import type { Jaxpr, Tensor } from '../../src/ir/core.js';
import { size } from '../../src/ir/dtype.js';
import { Emitter } from '../../src/ir/emitter.js';
import { evalJaxpr } from '../../src/ir/eval.js';
import { F32_CTX, F64_CTX, tensorFrom } from '../../src/ir/eval-types.js';
import { parseJaxpr } from '../../src/ir/parser.js';
import { printJaxpr } from '../../src/ir/printer.js';
import { verifyJaxpr } from '../../src/ir/verify.js';
import { gradJaxpr, hessianJaxpr, jacfwdJaxpr, jacrevJaxpr, linearizeJaxpr, vjpJaxpr } from '../../src/ir/transform/autodiff.js';
import { emitJaxpr } from '../../src/ir/transform/compose.js';
import { cseJaxpr } from '../../src/ir/transform/cse.js';
import { dceJaxpr } from '../../src/ir/transform/dce.js';
import { jvpJaxpr } from '../../src/ir/transform/jvp.js';
import { simplifyJaxpr } from '../../src/ir/transform/simplify.js';
import { transposeJaxpr } from '../../src/ir/transform/transpose.js';
import type { BDim } from '../../src/ir/transform/vmap-rules-types.js';
import { batchedAval, vmapJaxpr } from '../../src/ir/transform/vmap.js';
import { checkJvp } from './jvp-check.js';
import { randomArgs } from './passes-check.js';
import { type Program, programArb, programInputs, randomValues } from './program-gen.js';
import { checkVmap } from './vmap-check.js';

const SEED = Number(process.env.KERNAX_FC_SEED ?? 20250607);
/** KERNAX_FC_SCALE=<k> multiplies every numRuns, for longer bug hunts. */
const SCALE = Number(process.env.KERNAX_FC_SCALE ?? 1);
const params = (numRuns: number): fc.Parameters<unknown> => ({ numRuns: Math.ceil(numRuns * SCALE), seed: SEED, endOnFailure: true });

type Gen = fc.GeneratorValue;

/** Runs `body`, prefixing any failure with the program text. */
function onProgram(p: Program, body: () => void): void {
  try {
    body();
  } catch (e) {
    if (e instanceof Error) e.message = `${e.message}\n--- on the program (${p.ops.join(', ')}):\n${p.text}`;
    throw e;
  }
}

/** Uniform values in [−1, 1) for `shape` (away from ties), held as f32 (precision 'f32') or f64. */
function randTensor(g: Gen, shape: readonly number[], precision: 'f32' | 'f64' = 'f64'): Tensor {
  const vals = randomValues(g(fc.integer, { min: 1, max: 2 ** 30 }), [size(shape)])[0]!;
  return tensorFrom(shape, 'f32', vals, precision === 'f64' ? F64_CTX : F32_CTX);
}

function dot(a: Tensor, b: Tensor): { value: number; scale: number } {
  let value = 0;
  let scale = 0;
  a.data.forEach((x, i) => { const p = x * Number(b.data[i]); value += p; scale += Math.abs(p); });
  return { value, scale };
}

/** Every entry of `got` equals `want` to `rtol` relative to the largest entry (scale ≥ 1). */
function expectAllClose(got: readonly Tensor[], want: readonly Tensor[], rtol: number, what: string): void {
  expect(got.length, `${what}: output count`).to.equal(want.length);
  got.forEach((t, k) => {
    const w = want[k]!;
    expect([...t.shape], `${what} ${k} shape`).to.deep.equal([...w.shape]);
    const scale = Math.max(1, ...Array.from(w.data, Math.abs));
    t.data.forEach((v, i) => {
      if (!(Math.abs(v - Number(w.data[i])) <= rtol * scale)) expect.fail(`${what} ${k}[flat ${i}]: ${v} vs ${w.data[i]} (scale ${scale})`);
    });
  });
}

/**
 * Both jaxprs give bit-equal f32 outputs on random arguments, NaN = NaN, except that −0 = +0: the
 * simplify rule reduce-unit-axes turns reduce_sum over size-1 axes into a reshape, which keeps a −0 that
 * the sum (0 + −0 = +0) would not — as XLA's algebraic simplifier does.
 */
function expectSameMeaningUpToZeroSign(before: Jaxpr, after: Jaxpr): void {
  expect(after.invars.map((v) => v.aval)).to.deep.equal(before.invars.map((v) => v.aval));
  for (let s = 1; s <= 2; s++) {
    const args = randomArgs(before, s);
    const want = evalJaxpr(before, [], args, F32_CTX);
    const got = evalJaxpr(after, [], args, F32_CTX);
    expect(got.length).to.equal(want.length);
    got.forEach((t, k) => {
      expect([...t.shape], `output ${k} shape`).to.deep.equal([...want[k]!.shape]);
      expect(t.dtype, `output ${k} dtype`).to.equal(want[k]!.dtype);
      t.data.forEach((v, i) => {
        const w = want[k]!.data[i]!;
        if (!(v === w || (Number.isNaN(v) && Number.isNaN(w)))) expect.fail(`output ${k}[flat ${i}] on seed ${s}: ${v} after the pass, ${w} before`);
      });
    });
  }
}

const all = (j: Jaxpr) => j.invars.map(() => true);

describe('transforms: properties on random programs', function () {
  this.timeout(60000);

  it('1. jvp agrees with central finite differences in f64', () => {
    fc.assert(fc.property(programArb(), fc.integer({ min: 1, max: 1 << 30 }), (p, seed) => onProgram(p, () => {
      checkJvp(p.jaxpr, programInputs(p), { seed, rtol: 1e-5, atol: 1e-6 });
    })), params(60));
  });

  it('2. vjp is the transpose of jvp: ⟨ct, J·t⟩ = ⟨Jᵀ·ct, t⟩ in f64', () => {
    fc.assert(fc.property(programArb(), fc.gen(), (p, g) => onProgram(p, () => {
      const j = p.jaxpr;
      const xs = programInputs(p);
      const ts = j.invars.map((v) => randTensor(g, v.aval.shape));
      const cts = j.outvars.map((o) => randTensor(g, o.aval.shape));
      const jvp = jvpJaxpr(j, all(j), true).jaxpr;
      const vjp = vjpJaxpr(j, all(j));
      verifyJaxpr(jvp, 'jvp');
      verifyJaxpr(vjp, 'vjp');
      const n = j.outvars.length;
      const jt = evalJaxpr(jvp, [], [...xs, ...ts], F64_CTX).slice(n);
      const vOut = evalJaxpr(vjp, [], [...xs, ...cts], F64_CTX);
      const jtct = vOut.slice(n);
      const lhs = cts.reduce((acc, c, k) => { const d = dot(c, jt[k]!); return { value: acc.value + d.value, scale: acc.scale + d.scale }; }, { value: 0, scale: 0 });
      const rhs = ts.reduce((acc, t, k) => { const d = dot(jtct[k]!, t); return { value: acc.value + d.value, scale: acc.scale + d.scale }; }, { value: 0, scale: 0 });
      const tol = 1e-9 * Math.max(1, lhs.scale, rhs.scale);
      if (!(Math.abs(lhs.value - rhs.value) <= tol)) expect.fail(`⟨ct, J·t⟩ = ${lhs.value} but ⟨Jᵀ·ct, t⟩ = ${rhs.value}\n${printJaxpr(vjp)}`);
      // The vjp's primal outputs are the program's.
      expectAllClose(vOut.slice(0, n), evalJaxpr(j, [], xs, F64_CTX), 1e-12, 'vjp primal output');
    })), params(60));
  });

  it('3. vmap agrees with a loop over the batch, for random in and out dims', () => {
    fc.assert(fc.property(programArb(), fc.gen(), (p, g) => onProgram(p, () => {
      const j = p.jaxpr;
      const n = g(fc.integer, { min: 1, max: 3 });
      const inDims: BDim[] = j.invars.map((v) => (g(fc.integer, { min: 0, max: 3 }) === 0 ? null : g(fc.integer, { min: 0, max: v.aval.shape.length })));
      if (!inDims.some((d) => d !== null)) inDims[0] = 0;
      const outDims = j.outvars.map((o) => g(fc.integer, { min: 0, max: o.aval.shape.length }));
      const ins = j.invars.map((v, i) => randTensor(g, inDims[i] === null ? v.aval.shape : batchedAval(v.aval, inDims[i]!, n).shape, 'f32'));
      checkVmap(j, inDims, n, ins, { outDims, tol: 1e-4 });
    })), params(60));
  });

  it('4. grad of the summed vmap equals vmap of grad (scalar output per lane)', () => {
    fc.assert(fc.property(programArb({ scalarOutput: true }), fc.gen(), (p, g) => onProgram(p, () => {
      const j = p.jaxpr;
      const n = g(fc.integer, { min: 1, max: 3 });
      const inDims: BDim[] = j.invars.map((v) => (g(fc.boolean) ? null : g(fc.integer, { min: 0, max: v.aval.shape.length })));
      if (!inDims.some((d) => d !== null)) inDims[0] = 0;
      // grad(x ↦ Σ_lanes vmap(f)(x))
      const vm = vmapJaxpr(j, inDims, n, [0]).jaxpr;
      const b = new Emitter();
      const out = emitJaxpr(b, vm, [], vm.invars)[0]!;
      const summed = b.builder.build([], vm.invars, [b.reduceSum(out, [0])]);
      const g1 = gradJaxpr(summed, all(summed));
      // vmap(grad f), with the per-lane gradients of unbatched inputs summed over the lanes.
      const outDims = inDims.map((d) => d ?? 0);
      const g2v = vmapJaxpr(gradJaxpr(j, all(j)), inDims, n, outDims).jaxpr;
      const b2 = new Emitter();
      const gs = emitJaxpr(b2, g2v, [], g2v.invars).map((x, i) => (inDims[i] === null ? b2.reduceSum(x, [0]) : x));
      const g2 = b2.builder.build([], g2v.invars, gs);
      verifyJaxpr(g1, 'grad(sum ∘ vmap f)');
      verifyJaxpr(g2, 'vmap(grad f)');
      const xs = vm.invars.map((v) => randTensor(g, v.aval.shape));
      expectAllClose(evalJaxpr(g1, [], xs, F64_CTX), evalJaxpr(g2, [], xs, F64_CTX), 1e-9, 'gradient');
    })), params(50));
  });

  it('5. jacrev equals jacfwd to 1e-9 in f64', () => {
    fc.assert(fc.property(programArb(), fc.gen(), (p, g) => onProgram(p, () => {
      const j = p.jaxpr;
      const wrt = j.invars.map(() => g(fc.integer, { min: 0, max: 3 }) !== 0);
      if (!wrt.some(Boolean)) wrt[0] = true;
      const jr = jacrevJaxpr(j, wrt);
      const jf = jacfwdJaxpr(j, wrt);
      verifyJaxpr(jr, 'jacrev');
      verifyJaxpr(jf, 'jacfwd');
      const xs = programInputs(p);
      const r = evalJaxpr(jr, [], xs, F64_CTX);
      const f = evalJaxpr(jf, [], xs, F64_CTX);
      const nIn = wrt.filter(Boolean).length;
      expect(r.length, 'one Jacobian per (output, input) pair').to.equal(j.outvars.length * nIn);
      r.forEach((t, k) => {
        const o = j.outvars[Math.floor(k / nIn)]!;
        const v = j.invars.filter((_, i) => wrt[i])[k % nIn]!;
        expect([...t.shape], `Jacobian ${k} shape`).to.deep.equal([...o.aval.shape, ...v.aval.shape]);
      });
      expectAllClose(r, f, 1e-9, 'jacrev vs jacfwd');
    })), params(50));
  });

  it('5b. hessian (jacfwd ∘ jacrev) equals jacrev ∘ jacrev and is symmetric, in f64', () => {
    fc.assert(fc.property(programArb({ scalarOutput: true, maxSteps: 8 }), (p) => onProgram(p, () => {
      const j = p.jaxpr;
      const h = hessianJaxpr(j, all(j));
      const rr = jacrevJaxpr(jacrevJaxpr(j, all(j)), all(j));
      verifyJaxpr(h, 'hessian');
      verifyJaxpr(rr, 'jacrev ∘ jacrev');
      const xs = programInputs(p);
      const hv = evalJaxpr(h, [], xs, F64_CTX);
      expectAllClose(hv, evalJaxpr(rr, [], xs, F64_CTX), 1e-9, 'hessian vs jacrev(jacrev)');
      // block (a, b) is the transpose of block (b, a)
      const n = j.invars.length;
      for (let a = 0; a < n; a++) for (let c = 0; c < n; c++) {
        const sa = size(j.invars[a]!.aval.shape);
        const sc = size(j.invars[c]!.aval.shape);
        const hab = hv[a * n + c]!.data;
        const hba = hv[c * n + a]!.data;
        const scale = Math.max(1, ...Array.from(hab, Math.abs));
        for (let r = 0; r < sa; r++) for (let k = 0; k < sc; k++) {
          if (!(Math.abs(hab[r * sc + k]! - hba[k * sa + r]!) <= 1e-9 * scale)) expect.fail(`hessian block (${a}, ${c})[${r}, ${k}] = ${hab[r * sc + k]} but block (${c}, ${a})[${k}, ${r}] = ${hba[k * sa + r]}`);
        }
      }
    })), params(20));
  });

  /** The transformed jaxprs of a program, by name. */
  function transformed(p: Program, g: Gen): [string, Jaxpr][] {
    const j = p.jaxpr;
    const lin = linearizeJaxpr(j, all(j));
    const inDims = j.invars.map((v) => g(fc.integer, { min: 0, max: v.aval.shape.length }));
    const linT = transposeJaxpr(lin.linear, lin.linear.invars.map((_, i) => i >= lin.numResiduals));
    const scalar = (() => {
      const b = new Emitter();
      const outs = emitJaxpr(b, j, [], j.invars);
      return b.builder.build([], j.invars, [b.reduceSum(outs[0]!, outs[0]!.aval.shape.map((_, i) => i))]);
    })();
    return [
      ['jvp', jvpJaxpr(j, all(j)).jaxpr],
      ['vjp', vjpJaxpr(j, all(j))],
      ['grad', gradJaxpr(scalar, all(scalar))],
      ['vmap', vmapJaxpr(j, inDims, 2, j.outvars.map(() => 0)).jaxpr],
      ['jacrev', jacrevJaxpr(j, all(j))],
      ['jacfwd', jacfwdJaxpr(j, all(j))],
      ['linearize (known)', lin.known],
      ['linearize (linear)', lin.linear],
      ['transpose of the linear part', linT],
    ];
  }

  it('6. every transformed jaxpr verifies, and print → parse → print reproduces its text', () => {
    fc.assert(fc.property(programArb(), fc.gen(), (p, g) => onProgram(p, () => {
      for (const [name, t] of transformed(p, g)) {
        verifyJaxpr(t, name);
        const text = printJaxpr(t);
        const back = parseJaxpr(text);
        verifyJaxpr(back, `${name} (parsed)`, { checkWeak: false });
        expect(printJaxpr(back), `${name}: the printed text parses back to itself`).to.equal(text);
      }
    })), params(20));
  });

  it('7. simplify, cse and dce preserve the meaning of transformed programs exactly', () => {
    fc.assert(fc.property(programArb(), fc.gen(), (p, g) => onProgram(p, () => {
      for (const [name, t] of transformed(p, g)) {
        const passes: [string, (j: Jaxpr) => Jaxpr][] = [
          ['simplify', simplifyJaxpr],
          ['cse', cseJaxpr],
          ['dce', dceJaxpr],
          ['simplify,cse,dce', (x) => dceJaxpr(cseJaxpr(simplifyJaxpr(x)))],
        ];
        for (const [pass, run] of passes) {
          const after = run(t);
          try {
            verifyJaxpr(after, `${pass} of ${name}`);
            expectSameMeaningUpToZeroSign(t, after);
          } catch (e) {
            if (e instanceof Error) e.message = `${pass} of ${name}: ${e.message}\n--- before:\n${printJaxpr(t)}\n--- after:\n${printJaxpr(after)}`;
            throw e;
          }
        }
      }
    })), params(15));
  });
});
