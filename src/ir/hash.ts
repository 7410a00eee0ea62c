// Alpha-equivalent structural hashing of jaxprs: the key under which compiled executables are cached.
// Vars are numbered by first binding (so var ids and printed names never matter), literals are keyed
// by value and aval (weak flag included), params canonically (objects by sorted keys, nested jit
// bodies recursively up to renaming). Imports only src/ir.
import type { Atom, Jaxpr, Var } from './core.js';
import type { Aval } from './dtype.js';

/** A number as a key: -0 differs from 0 (x·-0 ≠ x·0), NaN equals NaN. */
const numKey = (x: number): string => (Object.is(x, -0) ? '-0' : String(x));

/** `f32[2,3]`, with `~w` for a weak type. */
export const avalKey = (a: Aval): string => `${a.dtype}[${a.shape.join(',')}]${a.weak ? '~w' : ''}`;

const isJaxpr = (x: object): x is Jaxpr => 'eqns' in x && 'invars' in x && 'outvars' in x && 'constvars' in x;

/** A canonical string of a params value: objects by sorted keys, jaxprs up to renaming. */
export function paramsKey(v: unknown): string {
  if (v === null || v === undefined) return String(v);
  if (typeof v === 'number') return numKey(v);
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'boolean') return v ? 'T' : 'F';
  if (Array.isArray(v)) return `[${v.map(paramsKey).join(',')}]`;
  if (typeof v === 'object') {
    if (isJaxpr(v)) return canonicalJaxpr(v);
    const entries = Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, x]) => `${k}=${paramsKey(x)}`).join(',')}}`;
  }
  return String(v);
}

/**
 * The canonical text of a jaxpr up to alpha-renaming: two jaxprs have the same text exactly when
 * they are the same program with vars renamed. Free vars (never bound: not well formed) keep their id.
 */
export function canonicalJaxpr(j: Jaxpr): string {
  const names = new Map<number, number>();
  const bind = (v: Var): string => {
    names.set(v.id, names.size);
    return `%${names.size - 1}:${avalKey(v.aval)}`;
  };
  const atom = (a: Atom): string => {
    if (a.kind === 'lit') return `${numKey(a.value)}:${avalKey(a.aval)}`;
    const n = names.get(a.id);
    return n === undefined ? `free${a.id}:${avalKey(a.aval)}` : `%${n}`;
  };
  const head = `${j.constvars.map(bind).join(' ')};${j.invars.map(bind).join(' ')}`;
  const eqns = j.eqns.map((e) => {
    const ins = e.inputs.map(atom).join(' ');
    return `${e.prim}${paramsKey(e.params)}(${ins})->${e.outputs.map(bind).join(' ')}`;
  });
  return `{${head}.${eqns.join(';')} in ${j.outvars.map(atom).join(' ')}}`;
}

/** cyrb53-style 53-bit hash of a string with a seed, as 14 hex digits. */
function hash53(s: string, seed: number): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/** A 106-bit digest of a string (two independently seeded 53-bit hashes), 28 hex digits. */
export function hashString(s: string): string {
  return hash53(s, 0) + hash53(s, 0x9e3779b9);
}

/** The structural, alpha-equivalent hash of a jaxpr (nested jit bodies included). */
export function hashJaxpr(j: Jaxpr): string {
  return hashString(canonicalJaxpr(j));
}
