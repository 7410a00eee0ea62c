// The fold pass: constant folding. An eqn whose inputs are all literals and whose outputs are all
// scalars is evaluated now, with the same evaluation rules as the reference interpreter (src/ir/eval.ts,
// float32 precision), and its outputs become literals. Only scalar results fold: literals are scalars, and
// a folded array would have to become a const. Recurses into jit bodies. Imports only src/ir.
import type { Eqn, Jaxpr, Literal } from '../core.js';
import { lit } from '../core.js';
import { evalRules } from '../eval.js';
import { F32_CTX, scalarTensor, type EvalRule } from '../eval-types.js';
import { mapJitBodies, rebuild, substEqn, type Pass, type Subst } from './pass.js';

/** Whether `e` can fold: literal inputs, rank-0 outputs with data (not float0). */
function foldable(e: Eqn): boolean {
  return e.inputs.every((a) => a.kind === 'lit') && e.outputs.every((o) => o.aval.shape.length === 0 && o.aval.dtype !== 'float0');
}

/** The outputs of a foldable eqn, as literals of the output binders' avals (weak flags included). */
function evaluate(e: Eqn): Literal[] {
  const ins = e.inputs.map((a) => scalarTensor(a.kind === 'lit' ? a.value : NaN, a.aval.dtype, F32_CTX));
  // Indexed by the eqn's own primitive: the params type matches (TS cannot see the correlation).
  const rule = evalRules[e.prim] as EvalRule<typeof e.prim>;
  const outs = rule(ins, e.params as never, e.outputs.map((o) => o.aval), F32_CTX);
  return e.outputs.map((o, i) => lit(Number(outs[i]!.data[0]), o.aval));
}

/** `j` with every foldable eqn (after earlier folds) replaced by literals; `j` itself when none. */
export function foldJaxpr(j: Jaxpr): Jaxpr {
  const inner = mapJitBodies(j, foldJaxpr);
  const s: Subst = new Map();
  const eqns: Eqn[] = [];
  for (const e0 of inner.eqns) {
    const e = substEqn(s, e0);
    if (!foldable(e)) { eqns.push(e); continue; }
    const lits = evaluate(e);
    e.outputs.forEach((o, i) => s.set(o.id, lits[i]!));
  }
  return rebuild(inner, eqns, s, false);
}

export const foldPass: Pass = { name: 'fold', run: foldJaxpr };
