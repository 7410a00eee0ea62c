// Simplification of Kernel IR with integer range analysis: constant folding of integer/bool ops,
// linear normal forms of index sums, (a·n + b)/n → a and (a·n + b)%n → b when 0 ≤ b < n, nested
// div/mod, ravel∘unravel identities ((x/n)·n + x%n → x), range-decided comparisons/min/max/selects;
// then loop coalescing (kir-coalesce.ts). Float arithmetic is never rewritten. Imports only kir*.ts.
import type { Expr, Kernel, Stmt } from './kir.js';
import { createInterner, mapExpr, type KirBuilder } from './kir-build.js';
import { addLin, buildLin, linOf, rangeOf, type Lin, type LoopExtents, type Range } from './kir-range.js';
import { coalesceKernel } from './kir-coalesce.js';

export { rangeOf, type Range, type LoopExtents } from './kir-range.js';

const I32_MAX = 2147483647;

/** The per-statement context: the interner, loop extents in scope and a range memo. */
interface Ctx {
  readonly K: KirBuilder;
  readonly ext: LoopExtents;
  readonly memo: Map<number, Range>;
}

const range = (cx: Ctx, e: Expr): Range => rangeOf(e, cx.ext, cx.memo)!;
const cst = (e: Expr): number | undefined => (e.op === 'const' ? e.value : undefined);
const isDivBy = (e: Expr, fn: 'div' | 'rem'): e is Extract<Expr, { op: 'binary' }> & { y: { op: 'const'; value: number } } =>
  e.op === 'binary' && e.fn === fn && e.type === 'i32' && e.y.op === 'const' && e.y.value > 0;

/** Splits lin(x) into the part divisible by n (Q, divided by n) and the rest R (as expressions). */
function splitBy(cx: Ctx, x: Expr, n: number): { q: Expr; r: Expr; qEmpty: boolean } {
  const l = linOf(x);
  const q: Lin = { terms: new Map(), k: 0 };
  const r: Lin = { terms: new Map(), k: 0 };
  for (const [a, c] of l.terms) (c % n === 0 ? q : r).terms.set(a, c % n === 0 ? c / n : c);
  const km = ((l.k % n) + n) % n;
  q.k = (l.k - km) / n;
  r.k = km;
  return { q: buildLin(cx.K, q), r: buildLin(cx.K, r), qEmpty: q.terms.size === 0 && q.k === 0 };
}

/** x / n for a constant n > 0. */
function divRule(cx: Ctx, x: Expr, n: number): Expr {
  const { K } = cx;
  if (n === 1) return x;
  const rx = range(cx, x);
  if (rx.lo > -n && rx.hi < n) return K.c(0, 'i32');
  if (isDivBy(x, 'div') && x.y.value * n <= I32_MAX) return divRule(cx, x.x, x.y.value * n);
  if (isDivBy(x, 'rem') && x.y.value % n === 0 && range(cx, x.x).lo >= 0) return remRule(cx, divRule(cx, x.x, n), x.y.value / n);
  if (rx.lo >= 0) {
    const s = splitBy(cx, x, n);
    if (!s.qEmpty && range(cx, s.r).lo >= 0) return K.iadd(s.q, divRule(cx, s.r, n));
  }
  return K.idiv(x, n);
}

/** x % n for a constant n > 0. */
function remRule(cx: Ctx, x: Expr, n: number): Expr {
  const { K } = cx;
  if (n === 1) return K.c(0, 'i32');
  const rx = range(cx, x);
  if (rx.lo >= 0 && rx.hi < n) return x;
  if (isDivBy(x, 'rem') && x.y.value % n === 0) return remRule(cx, x.x, n);
  if (rx.lo >= 0) {
    const s = splitBy(cx, x, n);
    if (!s.qEmpty && range(cx, s.r).lo >= 0) return remRule(cx, s.r, n);
  }
  return K.imod(x, n);
}

/** One ravel∘unravel merge in a linear form: c·a·(x/a) + c·(x%a) → c·x; c·a·((x/a)%b) + c·(x%a) → c·(x%(a·b)). */
function mergeOnce(cx: Ctx, l: Lin): boolean {
  for (const [v, cv] of l.terms) {
    if (!isDivBy(v, 'rem')) continue;
    const x = v.x;
    const a = v.y.value;
    for (const [u, cu] of l.terms) {
      if (cu !== Math.imul(cv, a)) continue;
      if (isDivBy(u, 'div') && u.x === x && u.y.value === a) {
        l.terms.delete(u);
        l.terms.delete(v);
        addLin(l, linOf(x), cv);
        return true;
      }
      if (!isDivBy(u, 'rem')) continue;
      const inner = u.x;
      const b = u.y.value;
      if (isDivBy(inner, 'div') && inner.x === x && inner.y.value === a && range(cx, x).lo >= 0 && a * b <= I32_MAX) {
        l.terms.delete(u);
        l.terms.delete(v);
        addLin(l, linOf(remRule(cx, x, a * b)), cv);
        return true;
      }
    }
  }
  return false;
}

function linRule(cx: Ctx, e: Expr): Expr {
  const l = linOf(e);
  while (mergeOnce(cx, l));
  return buildLin(cx.K, l);
}

/** Comparisons decided by ranges (integer operands only). */
function compareRule(cx: Ctx, e: Extract<Expr, { op: 'binary' }>): Expr {
  const { K } = cx;
  if (e.x.type === 'f32') return e;
  const x = range(cx, e.x);
  const y = range(cx, e.y);
  const yes = K.c(1, 'bool');
  const no = K.c(0, 'bool');
  switch (e.fn) {
    case 'lt': return x.hi < y.lo ? yes : x.lo >= y.hi ? no : e;
    case 'le': return x.hi <= y.lo ? yes : x.lo > y.hi ? no : e;
    case 'gt': return x.lo > y.hi ? yes : x.hi <= y.lo ? no : e;
    case 'ge': return x.lo >= y.hi ? yes : x.hi < y.lo ? no : e;
    case 'eq': return x.lo === x.hi && y.lo === y.hi && x.lo === y.lo ? yes : x.hi < y.lo || y.hi < x.lo ? no : e;
    case 'ne': return x.lo === x.hi && y.lo === y.hi && x.lo === y.lo ? no : x.hi < y.lo || y.hi < x.lo ? yes : e;
    default: return e;
  }
}

function boolRule(cx: Ctx, e: Extract<Expr, { op: 'binary' }>): Expr {
  const a = cst(e.x);
  const b = cst(e.y);
  if (e.fn === 'and') return a === 0 || b === 0 ? cx.K.c(0, 'bool') : a === 1 ? e.y : b === 1 ? e.x : e;
  if (e.fn === 'or') return a === 1 || b === 1 ? cx.K.c(1, 'bool') : a === 0 ? e.y : b === 0 ? e.x : e;
  return e;
}

function binaryRule(cx: Ctx, e: Extract<Expr, { op: 'binary' }>): Expr {
  if (e.type === 'bool' && e.x.type === 'bool') return boolRule(cx, e);
  if (e.type === 'bool') return compareRule(cx, e);
  if (e.type !== 'i32') return e;
  const n = cst(e.y);
  switch (e.fn) {
    case 'add': case 'sub': case 'mul': return linRule(cx, e);
    case 'div': return n !== undefined && n > 0 ? divRule(cx, e.x, n) : e;
    case 'rem': return n !== undefined && n > 0 ? remRule(cx, e.x, n) : e;
    case 'min': case 'max': {
      const x = range(cx, e.x);
      const y = range(cx, e.y);
      if (e.fn === 'min') return x.hi <= y.lo ? e.x : y.hi <= x.lo ? e.y : e;
      return x.lo >= y.hi ? e.x : y.lo >= x.hi ? e.y : e;
    }
    default: return e;
  }
}

/** Simplifies one expression in the scope of `ext` (loop extents), rebuilding it in `K`. */
export function simplifyExpr(K: KirBuilder, e: Expr, ext: LoopExtents, memo = new Map<number, Expr>()): Expr {
  const cx: Ctx = { K, ext, memo: new Map() };
  return mapExpr(K, e, (_orig, r) => {
    if (r.op === 'binary') return binaryRule(cx, r);
    if (r.op === 'select') {
      const c = cst(r.cond);
      return c === undefined ? r : c !== 0 ? r.t : r.f;
    }
    return r;
  }, memo);
}

/** The loop extents in scope of a statement (the kernel's loops and the statement's inner loops). */
export function stmtExtents(k: Kernel, s: Stmt): Map<string, number> {
  const m = new Map<string, number>();
  for (const l of k.loops) m.set(l.name, l.extent);
  for (const l of s.inner) m.set(l.name, l.extent);
  return m;
}

/** Simplifies every statement's expressions (no loop changes), rebuilding them in `K`. */
export function simplifyStmts(K: KirBuilder, k: Kernel): Kernel {
  const stmts = k.stmts.map((s): Stmt => {
    const ext = stmtExtents(k, s);
    const memo = new Map<number, Expr>();
    const value = simplifyExpr(K, s.value, ext, memo);
    if (s.kind === 'reduce') return { ...s, value };
    return { ...s, value, index: simplifyExpr(K, s.index, ext, memo) };
  });
  return { ...k, stmts };
}

/** Simplifies index math, then coalesces loops (drops extent-1 loops, merges contiguous ones). */
export function simplifyKernel(k: Kernel): Kernel {
  const K = createInterner();
  return coalesceKernel(K, simplifyStmts(K, k));
}
