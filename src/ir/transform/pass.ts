// The Pass type, runPasses (the ordered pass list with verify and print-after-each hooks), and the small
// rewrite helpers every pass shares (substitution, use counts, mapping over jit bodies). Imports only src/ir;
// must not import any pass (passes import this file).
import type { Atom, Eqn, Jaxpr } from '../core.js';
import { verifyJaxpr, type VerifyOptions } from '../verify.js';

/**
 * A pass: a pure Jaxpr → Jaxpr function with a name. It returns the SAME object when it changes
 * nothing, so "nothing changed" is `===`; a changed jaxpr shares the unchanged eqns of its input.
 */
export interface Pass {
  readonly name: string;
  run(j: Jaxpr): Jaxpr;
}

export interface RunPassesOptions {
  /** Verify the jaxpr after each pass (an InternalError names the pass that broke it). */
  readonly verify?: boolean;
  /** Options for the verifier (e.g. `checkWeak: false` for jaxprs parsed from JAX's text). */
  readonly verifyOptions?: VerifyOptions;
  /** Called after each pass with its name and its result: print-after-each. */
  readonly onAfter?: (name: string, j: Jaxpr) => void;
}

/** Runs `passes` in order. */
export function runPasses(j: Jaxpr, passes: readonly Pass[], opts: RunPassesOptions = {}): Jaxpr {
  let cur = j;
  for (const p of passes) {
    cur = p.run(cur);
    if (opts.verify) verifyJaxpr(cur, `after pass ${p.name}`, opts.verifyOptions);
    opts.onAfter?.(p.name, cur);
  }
  return cur;
}

// ---- rewrite helpers --------------------------------------------------------------------------

/** A substitution: var id → the atom that replaces it. */
export type Subst = Map<number, Atom>;

/** The atom that replaces `a` (substitutions never chain: each entry maps to a final atom). */
export function substAtom(s: Subst, a: Atom): Atom {
  return a.kind === 'var' ? s.get(a.id) ?? a : a;
}

/** `atoms` with the substitution applied; the same array when nothing changes. */
export function substAtoms<A extends readonly Atom[]>(s: Subst, atoms: A): A | Atom[] {
  if (s.size === 0) return atoms;
  let out: Atom[] | undefined;
  atoms.forEach((a, i) => {
    const b = substAtom(s, a);
    if (b !== a) (out ??= [...atoms])[i] = b;
  });
  return out ?? atoms;
}

/** `eqn` with its inputs substituted; the same object when nothing changes. Jit bodies are closed. */
export function substEqn(s: Subst, eqn: Eqn): Eqn {
  const inputs = substAtoms(s, eqn.inputs);
  return inputs === eqn.inputs ? eqn : { ...eqn, inputs };
}

/** `j` with new eqns and outvars (substituted), or `j` itself when neither changed. */
export function rebuild(j: Jaxpr, eqns: readonly Eqn[], s: Subst, changed: boolean): Jaxpr {
  const outvars = substAtoms(s, j.outvars);
  if (!changed && outvars === j.outvars && eqns.length === j.eqns.length && eqns.every((e, i) => e === j.eqns[i])) return j;
  return { constvars: j.constvars, invars: j.invars, eqns, outvars };
}

/**
 * Applies `f` to the body of every jit eqn of `j` (one level: `f` recurses itself if it wants to).
 * Returns `j` when every body comes back unchanged.
 */
export function mapJitBodies(j: Jaxpr, f: (body: Jaxpr) => Jaxpr): Jaxpr {
  let changed = false;
  const eqns = j.eqns.map((e): Eqn => {
    if (e.prim !== 'jit') return e;
    const body = f(e.params.jaxpr);
    if (body === e.params.jaxpr) return e;
    changed = true;
    return { ...e, params: { ...e.params, jaxpr: body } };
  });
  return changed ? { ...j, eqns } : j;
}

/** How many times each var is read: by eqn inputs and outvars (jit bodies are closed and read nothing). */
export function useCounts(j: Jaxpr): Map<number, number> {
  const n = new Map<number, number>();
  const use = (a: Atom) => { if (a.kind === 'var') n.set(a.id, (n.get(a.id) ?? 0) + 1); };
  for (const e of j.eqns) e.inputs.forEach(use);
  j.outvars.forEach(use);
  return n;
}

/** The eqn that binds each var. */
export function definitions(j: Jaxpr): Map<number, Eqn> {
  const d = new Map<number, Eqn>();
  for (const e of j.eqns) for (const o of e.outputs) d.set(o.id, e);
  return d;
}
