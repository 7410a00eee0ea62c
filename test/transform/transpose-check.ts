// Test helper: the dot-product test of transposeJaxpr on the reference interpreter in f64. Test-only.
import { expect } from 'chai';
import type { Atom, Jaxpr, Tensor, Var } from '../../src/ir/core.js';
import { newVar } from '../../src/ir/core.js';
import { size } from '../../src/ir/dtype.js';
import type { Aval, DType } from '../../src/ir/dtype.js';
import { Emitter } from '../../src/ir/emitter.js';
import { printJaxpr } from '../../src/ir/printer.js';
import { verifyJaxpr } from '../../src/ir/verify.js';
import { transposeJaxpr } from '../../src/ir/transform/transpose.js';
import { interpret } from '../../src/runtime/interpreter.js';
import { rng } from '../helpers/rng.js';
export { rng };

export const f32 = (...shape: number[]): Aval => ({ shape, dtype: 'f32' });
export const i32 = (...shape: number[]): Aval => ({ shape, dtype: 'i32' });

/** A jaxpr over fresh invars of `avals`, its body written with the Emitter. */
export function build(avals: readonly Aval[], f: (b: Emitter, ...xs: Var[]) => Atom | Atom[]): Jaxpr {
  const b = new Emitter();
  const ins = avals.map(newVar);
  const out = f(b, ...ins);
  return b.builder.build([], ins, Array.isArray(out) ? out : [out]);
}


/** An f32 tensor (held in f64, as the f64 interpreter does) of uniform values in [-1, 1). */
export function randTensor(shape: readonly number[], seed: number): Tensor {
  const r = rng(seed);
  return { shape: [...shape], dtype: 'f32', data: Float64Array.from({ length: size(shape) }, () => 2 * r() - 1) };
}

/** A tensor with the given values (f32 held in f64; ints in Int32Array; bools in Uint8Array). */
export function tensor(shape: readonly number[], values: readonly number[], dtype: DType = 'f32'): Tensor {
  const data = dtype === 'f32' ? Float64Array.from(values) : dtype === 'bool' ? Uint8Array.from(values) : dtype === 'u32' ? Uint32Array.from(values) : Int32Array.from(values);
  return { shape: [...shape], dtype, data };
}

const zerosLike = (t: Tensor): Tensor => ({ shape: t.shape, dtype: t.dtype, data: new Float64Array(t.data.length) });

function dot(a: Tensor, b: Tensor): { value: number; scale: number } {
  expect([...a.shape]).to.deep.equal([...b.shape]);
  let value = 0;
  let scale = 0;
  for (let i = 0; i < a.data.length; i++) {
    const p = Number(a.data[i]) * Number(b.data[i]);
    value += p;
    scale += Math.abs(p);
  }
  return { value, scale };
}

function expectClose(got: number, want: number, scale: number, what: string): void {
  const tol = 1e-9 * Math.max(1, scale);
  if (!(Math.abs(got - want) <= tol)) expect.fail(`${what}: ⟨ct, L·t⟩ = ${want} but ⟨Lᵀ·ct, t⟩ = ${got} (scale ${scale})`);
}

export interface CheckTransposeResult {
  /** The transposed jaxpr: (non-linear inputs..., cts...) → one cotangent per linear input. */
  readonly transposed: Jaxpr;
  /** Its printed text. */
  readonly text: string;
  /** The cotangents it computed, one per linear input. */
  readonly inCts: Tensor[];
}

/**
 * The dot-product test: for `jaxpr` linear in the inputs where `linear[i]`, evaluated at `inputs`
 * (the values of every invar: linear ones serve as the tangent t), checks ⟨ct, L·t⟩ = ⟨Lᵀ·ct, t⟩ for a
 * random ct, in total and per linear input (the others zeroed), to 1e-9 relative, on the f64
 * reference interpreter. Also verifies the transposed jaxpr and its cotangent avals.
 */
export function checkTranspose(jaxpr: Jaxpr, linear: readonly boolean[], inputs: readonly Tensor[], seed = 7): CheckTransposeResult {
  const transposed = transposeJaxpr(jaxpr, linear);
  const text = printJaxpr(transposed);
  verifyJaxpr(transposed, 'transposed jaxpr', { checkWeak: false });
  const run = (j: Jaxpr, ins: readonly Tensor[]) => interpret({ jaxpr: j, consts: [] }, ins, 'f64');
  const cts = jaxpr.outvars.map((o, k) => randTensor(o.aval.shape, seed * 1000 + k));
  const inCts = run(transposed, [...inputs.filter((_, i) => !linear[i]), ...cts]);
  const linIdx = inputs.map((_, i) => i).filter((i) => linear[i]);
  expect(inCts.length, 'one cotangent per linear input').to.equal(linIdx.length);
  linIdx.forEach((i, k) => {
    expect([...inCts[k]!.shape], `cotangent ${k} shape`).to.deep.equal([...jaxpr.invars[i]!.aval.shape]);
    expect(transposed.outvars[k]!.aval.dtype, `cotangent ${k} dtype`).to.equal(jaxpr.invars[i]!.aval.dtype);
  });
  const sides = (ins: readonly Tensor[], only: readonly number[]) => {
    const ys = run(jaxpr, ins);
    let lhs = 0;
    let scale = 0;
    ys.forEach((y, k) => { const d = dot(cts[k]!, y); lhs += d.value; scale += d.scale; });
    let rhs = 0;
    only.forEach((i) => { const d = dot(inCts[linIdx.indexOf(i)]!, inputs[i]!); rhs += d.value; scale += d.scale; });
    return { lhs, rhs, scale };
  };
  const all = sides(inputs, linIdx);
  expect(all.scale, 'the test is not vacuous (some nonzero products)').to.be.greaterThan(0);
  expectClose(all.rhs, all.lhs, all.scale, 'all linear inputs');
  if (linIdx.length > 1) {
    for (const i of linIdx) {
      const ins = inputs.map((t, j) => (linear[j] && j !== i ? zerosLike(t) : t));
      const one = sides(ins, [i]);
      expectClose(one.rhs, one.lhs, one.scale, `linear input ${i}`);
    }
  }
  return { transposed, text, inCts };
}
