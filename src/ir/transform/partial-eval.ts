// partialEvalJaxpr: split a jaxpr into a known part (run now) and an unknown part (run later), JAX's
// partial_eval_jaxpr_nounits. Used to split a JVP jaxpr into primal+residuals and a linear jaxpr.
// Imports only src/ir.
import type { Atom, Eqn, Jaxpr, Var } from '../core.js';
import { newVar } from '../core.js';
import { JaxprBuilder } from '../builder.js';

export interface PartialEvalResult {
  /** constvars: the input's; invars: known inputs; outvars: known outputs, then residuals. */
  readonly known: Jaxpr;
  /** invars: residuals, then unknown inputs; outvars: unknown outputs. */
  readonly unknown: Jaxpr;
  readonly outUnknown: readonly boolean[];
  readonly numResiduals: number;
}

/**
 * An equation is known when all its inputs are; known values that unknown equations (or unknown
 * outputs) read become residuals. A `jit` call with mixed inputs is split recursively into a known
 * and an unknown call. `instantiate[i]` forces output i to be unknown (its value then travels as a residual).
 */
export function partialEvalJaxpr(jaxpr: Jaxpr, unknownIns: readonly boolean[], instantiate: boolean | readonly boolean[] = false): PartialEvalResult {
  const unknownVars = new Set<number>();
  jaxpr.invars.forEach((v, i) => { if (unknownIns[i]) unknownVars.add(v.id); });
  const isUnknown = (a: Atom) => a.kind === 'var' && unknownVars.has(a.id);
  const known = new JaxprBuilder();
  const unknown = new JaxprBuilder();
  const residuals: Var[] = [];
  const residualIds = new Set<number>();
  const knownInUnknown = (a: Atom): void => {
    if (a.kind === 'var' && !unknownVars.has(a.id) && !residualIds.has(a.id)) {
      residualIds.add(a.id);
      residuals.push(a);
    }
  };
  for (const eqn of jaxpr.eqns) {
    const mask = eqn.inputs.map(isUnknown);
    if (!mask.some(Boolean)) { known.push(eqn); continue; }
    if (eqn.prim === 'jit' && !mask.every(Boolean)) {
      splitCall(eqn, mask, known, unknown, (v) => { residualIds.add(v.id); residuals.push(v); }, unknownVars);
      continue;
    }
    eqn.inputs.forEach(knownInUnknown);
    unknown.push(eqn);
    eqn.outputs.forEach((o) => unknownVars.add(o.id));
  }
  const inst = (i: number) => (typeof instantiate === 'boolean' ? instantiate : !!instantiate[i]);
  const outUnknown = jaxpr.outvars.map((o, i) => isUnknown(o) || inst(i));
  const unknownOuts = jaxpr.outvars.filter((_, i) => outUnknown[i]);
  unknownOuts.forEach(knownInUnknown);
  const knownOuts = jaxpr.outvars.filter((_, i) => !outUnknown[i]);
  const knownIns = jaxpr.invars.filter((_, i) => !unknownIns[i]);
  const unknownInvars = jaxpr.invars.filter((_, i) => unknownIns[i]);
  return {
    known: known.build(jaxpr.constvars, knownIns, [...knownOuts, ...residuals]),
    unknown: unknown.build([], [...residuals, ...unknownInvars], unknownOuts),
    outUnknown,
    numResiduals: residuals.length,
  };
}

/** Splits a mixed `jit` call into a known call (outputs + residuals) and an unknown call. */
function splitCall(eqn: Extract<Eqn, { prim: 'jit' }>, mask: readonly boolean[], known: JaxprBuilder, unknown: JaxprBuilder, addResidual: (v: Var) => void, unknownVars: Set<number>): void {
  const pe = partialEvalJaxpr(eqn.params.jaxpr, mask);
  const knownOutVars = eqn.outputs.filter((_, i) => !pe.outUnknown[i]);
  const resVars = pe.known.outvars.slice(knownOutVars.length).map((a) => newVar(a.aval));
  known.push({ prim: 'jit', params: { name: eqn.params.name, jaxpr: { ...pe.known, constvars: [], invars: [...pe.known.constvars, ...pe.known.invars] } }, inputs: eqn.inputs.filter((_, i) => !mask[i]), outputs: [...knownOutVars, ...resVars] });
  resVars.forEach(addResidual);
  const unknownOutVars = eqn.outputs.filter((_, i) => pe.outUnknown[i]);
  unknown.push({ prim: 'jit', params: { name: eqn.params.name, jaxpr: pe.unknown }, inputs: [...resVars, ...eqn.inputs.filter((_, i) => mask[i])], outputs: unknownOutVars });
  unknownOutVars.forEach((o) => unknownVars.add(o.id));
}
