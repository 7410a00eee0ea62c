// The dce pass: dead-code elimination. Drops eqns none of whose outputs is used, recurses into jit
// bodies, and drops a jit call's unused outputs and the inputs its pruned body no longer reads.
// Imports only src/ir.
import type { Atom, Eqn, Jaxpr } from '../core.js';
import type { Prim } from '../primitives.js';
import type { Pass } from './pass.js';

/**
 * Primitives with effects, kept even when their outputs are dead. None exist yet: every primitive of
 * the IR is pure (random_bits and threefry2x32 are pure functions of their key).
 */
const EFFECTFUL: ReadonlySet<Prim> = new Set<Prim>();

export interface DceResult {
  readonly jaxpr: Jaxpr;
  /** Per invar of the input: whether the result still reads it. */
  readonly usedInputs: readonly boolean[];
}

/**
 * DCE of `j` when only the outputs marked in `usedOutputs` are needed (all by default). With
 * `pruneSignature` the result also loses the unused outvars and invars (jit bodies); without it the
 * signature is kept. Returns `j` itself (in `jaxpr`) when nothing changed.
 */
export function dceJaxprWith(j: Jaxpr, usedOutputs?: readonly boolean[], pruneSignature = false): DceResult {
  const want = (i: number) => !usedOutputs || !!usedOutputs[i];
  const live = new Set<number>();
  const mark = (a: Atom) => { if (a.kind === 'var') live.add(a.id); };
  j.outvars.forEach((a, i) => { if (want(i)) mark(a); });
  const kept: Eqn[] = [];
  let changed = false;
  for (let k = j.eqns.length - 1; k >= 0; k--) {
    const e = j.eqns[k]!;
    const used = e.outputs.map((o) => live.has(o.id));
    if (!used.some(Boolean) && !EFFECTFUL.has(e.prim)) { changed = true; continue; }
    const ne = e.prim === 'jit' ? dceCall(e, used) : e;
    if (ne !== e) changed = true;
    ne.inputs.forEach(mark);
    kept.push(ne);
  }
  const usedInputs = j.invars.map((v) => live.has(v.id));
  const outvars = pruneSignature ? j.outvars.filter((_, i) => want(i)) : j.outvars;
  const invars = pruneSignature ? j.invars.filter((_, i) => usedInputs[i]) : j.invars;
  if (!changed && outvars.length === j.outvars.length && invars.length === j.invars.length) return { jaxpr: j, usedInputs };
  return { jaxpr: { constvars: j.constvars, invars, eqns: kept.reverse(), outvars }, usedInputs };
}

/** A live jit call with its body pruned to the used outputs, and its unread inputs dropped. */
function dceCall(e: Extract<Eqn, { prim: 'jit' }>, used: readonly boolean[]): Eqn {
  const { jaxpr: body, usedInputs } = dceJaxprWith(e.params.jaxpr, used, true);
  if (body === e.params.jaxpr) return e;
  return {
    prim: 'jit',
    params: { ...e.params, jaxpr: body },
    inputs: e.inputs.filter((_, i) => usedInputs[i]),
    outputs: e.outputs.filter((_, i) => used[i]),
  };
}

/** DCE keeping the signature of `j`. */
export function dceJaxpr(j: Jaxpr): Jaxpr {
  return dceJaxprWith(j).jaxpr;
}

export const dcePass: Pass = { name: 'dce', run: dceJaxpr };
