// The evaluation rule of every primitive over host tensors, and evalJaxpr: the meaning of a jaxpr.
// Shared by the reference interpreter (runtime) and constant folding (ir/transform). Imports only src/ir.
import type { Atom, Jaxpr, Tensor, Var } from './core.js';
import type { EvalCtx, EvalRule } from './eval-types.js';
import { scalarTensor } from './eval-types.js';
import type { Params, Prim } from './primitives.js';
import { elementwiseEvalRules } from './eval-elementwise.js';
import { structuralEvalRules } from './eval-structural.js';
import { randomEvalRules } from './eval-random.js';
import { selectWindowEvalRules } from './eval-select-window.js';
import { abstractEval } from './abstract-eval.js';
import { InternalError } from './errors.js';

export const evalRules: { readonly [P in Prim]: EvalRule<P> } = {
  ...elementwiseEvalRules,
  ...structuralEvalRules,
  ...randomEvalRules,
  ...selectWindowEvalRules,
  jit: (inputs, params, _outAvals, ctx) => evalJaxpr(params.jaxpr, [], inputs, ctx),
};

/** Applies one primitive to concrete tensors. */
export function evalPrim<P extends Prim>(prim: P, inputs: readonly Tensor[], params: Params[P], ctx: EvalCtx): Tensor[] {
  const outAvals = abstractEval(prim, inputs.map((t) => ({ shape: t.shape, dtype: t.dtype })), params);
  const rule = evalRules[prim] as EvalRule<P>;
  return rule(inputs, params, outAvals, ctx);
}

/** Evaluates a jaxpr on concrete consts and inputs, equation by equation. */
export function evalJaxpr(jaxpr: Jaxpr, consts: readonly Tensor[], args: readonly Tensor[], ctx: EvalCtx): Tensor[] {
  const env = new Map<number, Tensor>();
  const bindAll = (vs: readonly Var[], ts: readonly Tensor[]) => vs.forEach((v, i) => env.set(v.id, ts[i]!));
  if (consts.length !== jaxpr.constvars.length || args.length !== jaxpr.invars.length) {
    throw new InternalError(`evalJaxpr: got ${consts.length} consts and ${args.length} args for ${jaxpr.constvars.length} constvars and ${jaxpr.invars.length} invars`);
  }
  bindAll(jaxpr.constvars, consts);
  bindAll(jaxpr.invars, args);
  const read = (a: Atom): Tensor => {
    if (a.kind === 'lit') return scalarTensor(a.value, a.aval.dtype, ctx);
    const t = env.get(a.id);
    if (!t) throw new InternalError(`evalJaxpr: unbound variable v${a.id}`);
    return t;
  };
  for (const eqn of jaxpr.eqns) {
    const rule = evalRules[eqn.prim] as EvalRule<typeof eqn.prim>;
    const outs = rule(eqn.inputs.map(read), eqn.params as never, eqn.outputs.map((v) => v.aval), ctx);
    bindAll(eqn.outputs, outs);
  }
  return jaxpr.outvars.map(read);
}
