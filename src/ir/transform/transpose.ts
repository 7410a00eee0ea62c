// transposeJaxpr: the transpose of a jaxpr linear in some of its inputs (JAX's backward_pass), as a
// Jaxpr → Jaxpr rewrite. Imports only src/ir.
import type { Atom, Eqn, Jaxpr, Var } from '../core.js';
import { newVar } from '../core.js';
import { Emitter } from '../emitter.js';
import { InternalError } from '../errors.js';
import type { Tangent, UndefinedPrimal } from './tangent.js';
import { addTangents, instantiate, isZero, tangentAval, undefinedPrimal, zero } from './tangent.js';
import { transposeRules } from './transpose-rules.js';
import type { TransposeRule } from './transpose-rules-types.js';

/**
 * `jaxpr` must be linear in the inputs where `linear[i]`. The result takes (non-linear inputs...,
 * one cotangent per output...) and returns one cotangent per linear input (zeros instantiated).
 * Equations that do not depend on linear inputs are evaluated forward first.
 */
export function transposeJaxpr(jaxpr: Jaxpr, linear: readonly boolean[]): Jaxpr {
  const b = new Emitter();
  const linearVars = new Set<number>();
  jaxpr.invars.forEach((v, i) => { if (linear[i]) linearVars.add(v.id); });
  const isLinear = (a: Atom) => a.kind === 'var' && linearVars.has(a.id);
  const linearEqns: Eqn[] = [];
  for (const eqn of jaxpr.eqns) {
    if (eqn.inputs.some(isLinear)) {
      linearEqns.push(eqn);
      eqn.outputs.forEach((o) => linearVars.add(o.id));
    } else {
      b.builder.push(eqn);
    }
  }
  const ctIns = jaxpr.outvars.map((o) => newVar(tangentAval(o.aval)));
  const cts = new Map<number, Tangent>();
  const addCt = (a: Atom, ct: Tangent) => {
    if (!isLinear(a) || a.kind !== 'var') return;
    const prev = cts.get(a.id);
    cts.set(a.id, prev ? addTangents(b, prev, ct) : ct);
  };
  jaxpr.outvars.forEach((o, i) => addCt(o, ctIns[i]!));
  for (let k = linearEqns.length - 1; k >= 0; k--) {
    const eqn = linearEqns[k]!;
    const outCts = eqn.outputs.map((o) => cts.get(o.id) ?? zero(o.aval));
    eqn.outputs.forEach((o) => cts.delete(o.id));
    if (outCts.every(isZero)) continue;
    const ins = eqn.inputs.map((a): Atom | UndefinedPrimal => (isLinear(a) ? undefinedPrimal(a.aval) : a));
    const inCts = applyRule(b, eqn, outCts, ins);
    eqn.inputs.forEach((a, i) => { const ct = inCts[i]; if (ct && isLinear(a)) addCt(a, ct); });
  }
  const nonLinearIns = jaxpr.invars.filter((_, i) => !linear[i]);
  const outs = jaxpr.invars.filter((_, i) => linear[i]).map((v: Var) => instantiate(b, cts.get(v.id) ?? zero(v.aval)));
  return b.builder.build(jaxpr.constvars, [...nonLinearIns, ...ctIns], outs);
}

function applyRule(b: Emitter, eqn: Eqn, cts: readonly Tangent[], ins: readonly (Atom | UndefinedPrimal)[]): (Tangent | null)[] {
  const rule = transposeRules[eqn.prim];
  if ('kind' in rule) {
    throw new InternalError(`transpose: ${eqn.prim} is not linear (${rule.reason}) but reached the linear path`);
  }
  // Indexed by the eqn's own primitive: the params type matches (TS cannot see the correlation).
  return (rule as TransposeRule<typeof eqn.prim>)(b, cts, ins, eqn.params as never);
}
