// The inline pass: replaces every `jit` call eqn by its body, with the body's binders renamed to fresh
// vars (one body may be called several times, and SSA needs distinct binders). Imports only src/ir.
import type { Atom, Eqn, Jaxpr } from '../core.js';
import { newVar } from '../core.js';
import { check } from '../errors.js';
import { rebuild, substAtom, substEqn, type Pass, type Subst } from './pass.js';

/** Appends the body of a jit call to `out`, reading its invars from `args`; returns the body's outputs. */
function inlineCall(body: Jaxpr, args: readonly Atom[], out: Eqn[]): Atom[] {
  check(body.constvars.length === 0, 'inline: a jit body must be closed over no constvars');
  check(body.invars.length === args.length, () => `inline: jit body takes ${body.invars.length} inputs, got ${args.length}`);
  const s: Subst = new Map();
  body.invars.forEach((v, i) => s.set(v.id, args[i]!));
  for (const e of inlineJaxpr(body).eqns) {
    const outputs = e.outputs.map((o) => {
      const fresh = newVar(o.aval);
      s.set(o.id, fresh);
      return fresh;
    });
    out.push({ ...substEqn(s, e), outputs });
  }
  return body.outvars.map((a) => substAtom(s, a));
}

/** `j` with every jit call (at any depth) inlined; `j` itself when it holds none. */
export function inlineJaxpr(j: Jaxpr): Jaxpr {
  if (!j.eqns.some((e) => e.prim === 'jit')) return j;
  const s: Subst = new Map();
  const eqns: Eqn[] = [];
  for (const e0 of j.eqns) {
    const e = substEqn(s, e0);
    if (e.prim !== 'jit') { eqns.push(e); continue; }
    const outs = inlineCall(e.params.jaxpr, e.inputs, eqns);
    e.outputs.forEach((o, i) => s.set(o.id, outs[i]!));
  }
  return rebuild(j, eqns, s, true);
}

export const inlinePass: Pass = { name: 'inline', run: inlineJaxpr };
