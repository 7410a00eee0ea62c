// Emission state of the WGSL printer: nested scopes of lines whose `let` temporaries are memoised per
// expression node (a child scope sees its parents'), loop-invariant hoisting of subexpressions out of a
// statement's inner loops, and the text of loads/stores (bool stored as u32). Generated names only
// (v0, v1, ... in emission order, i<k>/r<k> for loops, a<k> for accumulators). Imports src/ir, kir*.ts.
import { InternalError } from '../ir/errors.js';
import { children, loopsUsed } from './kir-build.js';
import type { Expr, Kernel, KType } from './kir.js';
import { WGSL_TYPE, constText, nodeText } from './wgsl-expr.js';

export interface Scope {
  readonly lines: string[];
  readonly pad: string;
  readonly memo: Map<number, string>;
}

export interface Gen {
  readonly k: Kernel;
  /** Helpers used (names from wgsl-prelude.ts). */
  readonly helpers: Set<string>;
  /** IR loop name → WGSL identifier, for the loops in scope. */
  readonly loopVar: Map<string, string>;
  /** Reduce statement id → WGSL identifier of its (bool-typed where the IR's is) result. */
  readonly acc: Map<number, string>;
  readonly deps: Map<number, ReadonlySet<string>>;
  temps: number;
}

export function newGen(k: Kernel): Gen {
  return { k, helpers: new Set(), loopVar: new Map(), acc: new Map(), deps: new Map(), temps: 0 };
}

export const rootScope = (pad: string): Scope => ({ lines: [], pad, memo: new Map() });

/** A nested scope: its lines are the caller's to place (inside a `{ }` it writes). */
export const childScope = (s: Scope): Scope => ({ lines: [], pad: `${s.pad}  `, memo: new Map(s.memo) });

export const line = (s: Scope, text: string): void => { s.lines.push(s.pad + text); };

/** Writes `header {`, the child's lines, `}` into `s`. */
export function block(s: Scope, header: string, fill: (c: Scope) => void): void {
  const c = childScope(s);
  fill(c);
  line(s, header ? `${header} {` : '{');
  s.lines.push(...c.lines);
  line(s, '}');
}

/** `{ ... }`: a bare block (its temporaries are its own). */
export function bare(s: Scope, fill: (c: Scope) => void): void {
  block(s, '', fill);
}

/** The WGSL text of `e` in scope `s`, emitting `let` temporaries for its non-trivial nodes. */
export function emit(g: Gen, s: Scope, e: Expr): string {
  const hit = s.memo.get(e.id);
  if (hit !== undefined) return hit;
  switch (e.op) {
    case 'const': return constText(e.value, e.type, g.helpers);
    case 'index': {
      const v = g.loopVar.get(e.loop);
      if (v === undefined) throw new InternalError(`wgsl: loop index not in scope in kernel ${g.k.name}`);
      return v;
    }
    case 'acc': {
      const a = g.acc.get(e.stmt);
      if (a === undefined) throw new InternalError(`wgsl: accumulator read before its reduce in kernel ${g.k.name}`);
      return a;
    }
    case 'load': {
      const idx = emit(g, s, e.index);
      const raw = `in${e.input}[${idx}]`;
      return bind(g, s, e, e.type === 'bool' ? `(${raw} != 0u)` : raw);
    }
    default:
      return bind(g, s, e, nodeText(e, children(e).map((c) => emit(g, s, c)), g.helpers));
  }
}

function bind(g: Gen, s: Scope, e: Expr, text: string): string {
  const name = `v${g.temps++}`;
  line(s, `let ${name}: ${WGSL_TYPE[e.type]} = ${text};`);
  s.memo.set(e.id, name);
  return name;
}

function depsOf(g: Gen, e: Expr): ReadonlySet<string> {
  let d = g.deps.get(e.id);
  if (!d) {
    d = loopsUsed(e);
    g.deps.set(e.id, d);
  }
  return d;
}

/** Emits into `s` the maximal subexpressions of `e` that read none of the loops `inner` (loop-invariant). */
export function hoist(g: Gen, s: Scope, e: Expr, inner: ReadonlySet<string>): void {
  if (inner.size === 0 || s.memo.has(e.id) || e.op === 'const' || e.op === 'index' || e.op === 'acc') return;
  const d = depsOf(g, e);
  if (![...d].some((n) => inner.has(n))) {
    emit(g, s, e);
    return;
  }
  for (const c of children(e)) hoist(g, s, c, inner);
}

/** The text stored into a buffer of `type` for the value text `v`. */
export const storeText = (type: KType, v: string): string => (type === 'bool' ? `select(0u, 1u, ${v})` : v);
