// The simplify pass: algebraic simplification by the named rewrite rules of simplify-rules.ts, repeated
// to a fixed point, then dead-code elimination. Recurses into jit bodies. Imports only src/ir.
import type { Atom, Eqn, Jaxpr, Var } from '../core.js';
import { avalEq } from '../dtype.js';
import { InternalError, check } from '../errors.js';
import { dceJaxpr } from './dce.js';
import { mapJitBodies, rebuild, substEqn, useCounts, type Pass, type Subst } from './pass.js';
import { SIMPLIFY_RULES, type Replacement, type RuleCtx, type SimplifyRule } from './simplify-rules.js';

export { SIMPLIFY_RULES, splatLiteral, type Replacement, type RuleCtx, type SimplifyRule } from './simplify-rules.js';

/** More rewrites of one eqn than this means two rules undo each other: a bug. */
const MAX_REWRITES_PER_EQN = 64;
const MAX_SWEEPS = 256;

function firstMatch(e: Eqn, rules: readonly SimplifyRule[], ctx: RuleCtx): { r: SimplifyRule; res: Replacement } | undefined {
  for (const r of rules) {
    const res = r.match(e, ctx);
    if (res) return { r, res };
  }
  return undefined;
}

/** Rewrites `e` until no rule matches: its new form, or the atoms that replace its outputs. */
function rewriteEqn(e0: Eqn, rules: readonly SimplifyRule[], ctx: RuleCtx): { eqn: Eqn } | { atoms: readonly Atom[] } {
  let e = e0;
  for (let n = 0; n < MAX_REWRITES_PER_EQN; n++) {
    const hit = firstMatch(e, rules, ctx);
    if (!hit) return { eqn: e };
    const res = hit.res;
    if ('eqn' in res) {
      check(res.eqn.outputs === e.outputs || res.eqn.outputs.every((o, i) => o === e.outputs[i]), () => `simplify rule ${hit.r.name} changed the binders of a ${e.prim} eqn`);
      e = res.eqn;
      continue;
    }
    check(res.atoms.length === e.outputs.length && res.atoms.every((a, i) => avalEq(a.aval, e.outputs[i]!.aval, true)),
      () => `simplify rule ${hit.r.name} replaced the outputs of a ${e.prim} eqn by atoms of other avals`);
    return { atoms: res.atoms };
  }
  throw new InternalError(`simplify: rules keep rewriting a ${e.prim} eqn (last: ${e0.prim}); two rules undo each other`);
}

/** One forward sweep over `j`; returns `j` itself when no rule fired. */
function sweep(j: Jaxpr, rules: readonly SimplifyRule[]): Jaxpr {
  const counts = useCounts(j);
  const defs = new Map<number, Eqn>();
  const ctx: RuleCtx = {
    def: (a) => (a.kind === 'var' ? defs.get(a.id) : undefined),
    uses: (v: Var) => counts.get(v.id) ?? 0,
  };
  const s: Subst = new Map();
  const eqns: Eqn[] = [];
  let changed = false;
  for (const e0 of j.eqns) {
    const e = substEqn(s, e0);
    const res = rewriteEqn(e, rules, ctx);
    if ('atoms' in res) {
      e.outputs.forEach((o, i) => s.set(o.id, res.atoms[i]!));
      changed = true;
      continue;
    }
    if (res.eqn !== e) changed = true;
    for (const o of res.eqn.outputs) defs.set(o.id, res.eqn);
    eqns.push(res.eqn);
  }
  return rebuild(j, eqns, s, changed);
}

/**
 * `j` simplified: jit bodies first, then sweeps of `rules` until none fires, then DCE. Returns `j` itself
 * when nothing changed. `rules` is a parameter so tests can check that the order does not matter.
 */
export function simplifyJaxpr(j: Jaxpr, rules: readonly SimplifyRule[] = SIMPLIFY_RULES): Jaxpr {
  let cur = mapJitBodies(j, (body) => simplifyJaxpr(body, rules));
  for (let n = 0; ; n++) {
    if (n === MAX_SWEEPS) throw new InternalError(`simplify: no fixed point after ${MAX_SWEEPS} sweeps`);
    const next = sweep(cur, rules);
    if (next === cur) break;
    cur = next;
  }
  return dceJaxpr(cur);
}

export const simplifyPass: Pass = { name: 'simplify', run: (j) => simplifyJaxpr(j) };
