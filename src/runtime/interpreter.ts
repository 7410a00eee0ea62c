// The reference interpreter: the oracle every backend is checked against. Imports only src/ir.
import type { ClosedJaxpr, Tensor } from '../ir/core.js';
import { avalStr } from '../ir/dtype.js';
import { UserError } from '../ir/errors.js';
import { evalJaxpr } from '../ir/eval.js';
import type { Precision } from '../ir/eval-types.js';

/** Converts a tensor's float data to the interpreter's precision (f64 keeps every bit of an f32 input). */
function atPrecision(t: Tensor, precision: Precision): Tensor {
  if (t.dtype !== 'f32') return t;
  if (precision === 'f64' && !(t.data instanceof Float64Array)) return { ...t, data: Float64Array.from(t.data) };
  if (precision === 'f32' && !(t.data instanceof Float32Array)) return { ...t, data: Float32Array.from(t.data) };
  return t;
}

/**
 * Evaluates a closed jaxpr exactly, primitive by primitive. With `precision: 'f64'` float values are
 * carried in float64 throughout (for finite-difference checks).
 */
export function interpret(cj: ClosedJaxpr, inputs: readonly Tensor[], precision: Precision = 'f32'): Tensor[] {
  const { invars } = cj.jaxpr;
  if (inputs.length !== invars.length) {
    throw new UserError('interpret/arity', 'interpret', 'wrong number of inputs', String(inputs.length), `${invars.length} inputs`);
  }
  inputs.forEach((t, i) => {
    const want = invars[i]!.aval;
    if (t.dtype !== want.dtype || t.shape.length !== want.shape.length || t.shape.some((d, j) => d !== want.shape[j])) {
      throw new UserError('interpret/aval', 'interpret', `input ${i} has the wrong type`, `${t.dtype}[${t.shape.join(',')}]`, avalStr(want));
    }
  });
  const ctx = { precision };
  return evalJaxpr(cj.jaxpr, cj.consts.map((c) => atPrecision(c, precision)), inputs.map((t) => atPrecision(t, precision)), ctx);
}
