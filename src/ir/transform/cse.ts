// The cse pass: common-subexpression elimination. Two eqns with the same primitive, structurally equal
// params (jit bodies up to renaming) and the same inputs (literals by value and aval) compute the same
// values, so the later one is dropped and its outputs read the earlier one's. Recurses into jit bodies.
// Imports only src/ir.
import type { Atom, Eqn, Jaxpr, Var } from '../core.js';
import type { Aval } from '../dtype.js';
import { mapJitBodies, rebuild, substEqn, type Pass, type Subst } from './pass.js';

/** A number as a key: -0 differs from 0 (x·-0 ≠ x·0), NaN equals NaN. */
const numKey = (x: number): string => (Object.is(x, -0) ? '-0' : String(x));
const avalKey = (a: Aval): string => `${a.dtype}[${a.shape.join(',')}]${a.weak ? 'w' : ''}`;

const isJaxpr = (x: object): x is Jaxpr => 'eqns' in x && 'invars' in x && 'outvars' in x && 'constvars' in x;

/** A key of a jaxpr up to alpha-renaming: vars numbered by first appearance, avals with weak flags. */
function jaxprKey(j: Jaxpr): string {
  const names = new Map<number, number>();
  const bind = (v: Var) => { names.set(v.id, names.size); return `%${names.size - 1}:${avalKey(v.aval)}`; };
  const atom = (a: Atom): string => (a.kind === 'lit' ? `${numKey(a.value)}:${avalKey(a.aval)}` : `%${names.get(a.id) ?? `free${a.id}`}`);
  const head = `${j.constvars.map(bind).join(' ')};${j.invars.map(bind).join(' ')}`;
  const eqns = j.eqns.map((e) => {
    const ins = e.inputs.map(atom).join(' ');
    return `${e.prim}${valueKey(e.params)}(${ins})->${e.outputs.map(bind).join(' ')}`;
  });
  return `{${head}.${eqns.join(';')} in ${j.outvars.map(atom).join(' ')}}`;
}

/** A canonical string of a params value: objects by sorted keys, jaxprs up to renaming. */
export function valueKey(v: unknown): string {
  if (v === null || v === undefined) return String(v);
  if (typeof v === 'number') return numKey(v);
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `[${v.map(valueKey).join(',')}]`;
  if (typeof v === 'object') {
    if (isJaxpr(v)) return jaxprKey(v);
    const entries = Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, x]) => `${k}=${valueKey(x)}`).join(',')}}`;
  }
  return String(v);
}

const inputKey = (a: Atom): string => (a.kind === 'lit' ? `${numKey(a.value)}:${avalKey(a.aval)}` : `v${a.id}`);

/** The key under which an eqn (inputs already substituted) is equal to another. */
function eqnKey(e: Eqn): string {
  return `${e.prim}${valueKey(e.params)}(${e.inputs.map(inputKey).join(' ')})->${e.outputs.map((o) => avalKey(o.aval)).join(' ')}`;
}

/** `j` with common subexpressions eliminated, in `j` and in its jit bodies; `j` itself when none. */
export function cseJaxpr(j: Jaxpr): Jaxpr {
  const inner = mapJitBodies(j, cseJaxpr);
  const seen = new Map<string, readonly Var[]>();
  const s: Subst = new Map();
  const eqns: Eqn[] = [];
  for (const e0 of inner.eqns) {
    const e = substEqn(s, e0);
    const key = eqnKey(e);
    const prev = seen.get(key);
    if (prev) { e.outputs.forEach((o, i) => s.set(o.id, prev[i]!)); continue; }
    seen.set(key, e.outputs);
    eqns.push(e);
  }
  return rebuild(inner, eqns, s, false);
}

export const csePass: Pass = { name: 'cse', run: cseJaxpr };
