// jvpJaxpr: forward-mode differentiation as a Jaxpr → Jaxpr rewrite. Imports only src/ir.
// The rule of each primitive lives in jvp-rules*.ts; this file walks the jaxpr and threads tangents.
import type { Atom, Eqn, Jaxpr, Var } from '../core.js';
import { newVar } from '../core.js';
import { Emitter } from '../emitter.js';
import type { Tangent } from './tangent.js';
import { instantiate, isZero, tangentAval, zero } from './tangent.js';
import { jvpRules } from './jvp-rules.js';
import type { JvpRule } from './jvp-rules-types.js';

export interface JvpResult {
  /** (primals..., tangents of nonzero inputs...) → (outs..., tangents of nonzero-or-instantiated outs...). */
  readonly jaxpr: Jaxpr;
  /** Which outputs have a tangent output in `jaxpr`. */
  readonly outNonzero: readonly boolean[];
}

/**
 * Differentiates `jaxpr` forward. `nonzero[i]` says whether input i has a tangent input; constvars have
 * zero tangents. Outputs get a tangent output when nonzero, or always where `instantiate` says so.
 * Tangent inputs and outputs of integer values have dtype float0.
 */
export function jvpJaxpr(jaxpr: Jaxpr, nonzero: readonly boolean[], instantiateOut: boolean | readonly boolean[] = false): JvpResult {
  const b = new Emitter();
  const primalEnv = new Map<number, Atom>();
  const tangentEnv = new Map<number, Tangent>();
  for (const v of jaxpr.constvars) primalEnv.set(v.id, v);
  jaxpr.invars.forEach((v) => primalEnv.set(v.id, v));
  const tangentIns: Var[] = [];
  jaxpr.invars.forEach((v, i) => {
    if (nonzero[i]) {
      const t = newVar(tangentAval(v.aval));
      tangentIns.push(t);
      tangentEnv.set(v.id, t);
    }
  });
  const primal = (a: Atom): Atom => (a.kind === 'lit' ? a : primalEnv.get(a.id) ?? a);
  const tangent = (a: Atom): Tangent => (a.kind === 'lit' ? zero(a.aval) : tangentEnv.get(a.id) ?? zero(a.aval));
  for (const eqn of jaxpr.eqns) {
    const ps = eqn.inputs.map(primal);
    const ts = eqn.inputs.map(tangent);
    const { primalsOut, tangentsOut } = ts.every(isZero) ? reemit(b, eqn, ps) : applyRule(b, eqn, ps, ts);
    eqn.outputs.forEach((o, i) => {
      primalEnv.set(o.id, primalsOut[i]!);
      if (!isZero(tangentsOut[i]!)) tangentEnv.set(o.id, tangentsOut[i]!);
    });
  }
  const outs = jaxpr.outvars.map(primal);
  const outTs = jaxpr.outvars.map(tangent);
  const inst = (i: number) => (typeof instantiateOut === 'boolean' ? instantiateOut : !!instantiateOut[i]);
  const outNonzero = outTs.map((t, i) => !isZero(t) || inst(i));
  const tangentOuts = outTs.filter((_, i) => outNonzero[i]).map((t) => instantiate(b, t));
  return { jaxpr: b.builder.build(jaxpr.constvars, [...jaxpr.invars, ...tangentIns], [...outs, ...tangentOuts]), outNonzero };
}

/** An equation with only zero tangents in: copied, zero tangents out. */
function reemit(b: Emitter, eqn: Eqn, ps: readonly Atom[]): { primalsOut: Atom[]; tangentsOut: Tangent[] } {
  const outs = b.bind(eqn.prim, ps, eqn.params as never);
  return { primalsOut: outs, tangentsOut: outs.map((o) => zero(o.aval)) };
}

function applyRule(b: Emitter, eqn: Eqn, ps: readonly Atom[], ts: readonly Tangent[]): { primalsOut: Atom[]; tangentsOut: Tangent[] } {
  // The rule table is indexed by the eqn's own primitive, so its params type matches (TS cannot see the correlation).
  const rule = jvpRules[eqn.prim] as JvpRule<typeof eqn.prim>;
  return rule(b, ps, ts, eqn.params as never);
}
