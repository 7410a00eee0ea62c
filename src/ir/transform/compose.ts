// Composing jaxprs: emitting one jaxpr's equations into a builder with its binders renamed. Imports only src/ir.
import type { Atom, Eqn, Jaxpr, Var } from '../core.js';
import { newVar } from '../core.js';
import type { Emitter } from '../emitter.js';
import { InternalError } from '../errors.js';

/**
 * Emits `jaxpr`'s equations into `b` with fresh binders, its constvars bound to `consts` and invars to
 * `args`; returns the atoms of its outputs. Nested jaxprs in params are left as they are (they are
 * closed, their binders local).
 */
export function emitJaxpr(b: Emitter, jaxpr: Jaxpr, consts: readonly Atom[], args: readonly Atom[]): Atom[] {
  if (consts.length !== jaxpr.constvars.length || args.length !== jaxpr.invars.length) {
    throw new InternalError(`emitJaxpr: ${consts.length} consts and ${args.length} args for ${jaxpr.constvars.length} constvars and ${jaxpr.invars.length} invars`);
  }
  const env = new Map<number, Atom>();
  jaxpr.constvars.forEach((v, i) => env.set(v.id, consts[i]!));
  jaxpr.invars.forEach((v, i) => env.set(v.id, args[i]!));
  const read = (a: Atom): Atom => (a.kind === 'lit' ? a : env.get(a.id) ?? a);
  for (const eqn of jaxpr.eqns) {
    const outputs: Var[] = eqn.outputs.map((o) => newVar(o.aval));
    b.builder.push({ ...eqn, inputs: eqn.inputs.map(read), outputs } as Eqn);
    eqn.outputs.forEach((o, i) => env.set(o.id, outputs[i]!));
  }
  return jaxpr.outvars.map(read);
}

/** The same jaxpr with its constvars turned into leading invars. */
export function closeOverConsts(jaxpr: Jaxpr): Jaxpr {
  if (jaxpr.constvars.length === 0) return jaxpr;
  return { ...jaxpr, constvars: [], invars: [...jaxpr.constvars, ...jaxpr.invars] };
}
