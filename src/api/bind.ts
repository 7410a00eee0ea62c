// bind: the one door from the op surface into the IR. On tracers it records an equation into the
// innermost trace; on concrete arrays it evaluates the primitive eagerly on the CPU. Imports trace, runtime, ir.
import type { Atom, Tensor } from '../ir/core.js';
import type { Aval, DType } from '../ir/dtype.js';
import { evalRules } from '../ir/eval.js';
import { abstractEval } from '../ir/abstract-eval.js';
import type { EvalRule } from '../ir/eval-types.js';
import { scalarTensor } from '../ir/eval-types.js';
import type { Params, Prim } from '../ir/primitives.js';
import { Trace, Tracer, innermostTrace } from '../trace/trace.js';
import { Array } from './array.js';

/** A scalar constant with a chosen aval: what a JS number becomes once its dtype is decided. */
export class Scalar {
  constructor(readonly value: number, readonly aval: Aval) {}
}

/** What a primitive may be applied to. */
export type Operand = Array | Tracer | Scalar;
/** A value produced by an op: concrete or traced. */
export type Value = Array | Tracer;

export const EVAL_CTX = { precision: 'f32' } as const;

function atomIn(trace: Trace, x: Operand): Atom {
  if (x instanceof Tracer) return trace.atomOf(x);
  if (x instanceof Scalar) return trace.literal(x.value, x.aval);
  return trace.constOf(x, x.tensor(), { shape: x.aval.shape, dtype: x.aval.dtype });
}

function tensorOf(x: Array | Scalar): Tensor {
  return x instanceof Scalar ? scalarTensor(x.value, x.aval.dtype, EVAL_CTX) : x.tensor();
}

/** Applies a primitive to operands: traced when any operand is a tracer, eager otherwise. */
export function bind<P extends Prim>(prim: P, operands: readonly Operand[], params: Params[P]): Value[] {
  const trace = innermostTrace(operands);
  if (trace) return trace.bind(prim, operands.map((x) => atomIn(trace, x)), params);
  const concrete = operands as readonly (Array | Scalar)[];
  // Abstract eval first: the same shape/dtype errors as under a trace, and the weak flags of the results.
  const outAvals = abstractEval(prim, concrete.map((x) => x.aval), params);
  const rule = evalRules[prim] as EvalRule<P>;
  const outs = rule(concrete.map(tensorOf), params, outAvals, EVAL_CTX);
  return outs.map((t, i) => Array.fromTensor(t, !!outAvals[i]!.weak));
}

export function bind1<P extends Prim>(prim: P, operands: readonly Operand[], params: Params[P]): Value {
  return bind(prim, operands, params)[0]!;
}

export function avalOf(x: Operand): Aval {
  return x.aval;
}

export function scalar(value: number, dtype: DType, weak = false): Scalar {
  return new Scalar(value, weak ? { shape: [], dtype, weak: true } : { shape: [], dtype });
}
