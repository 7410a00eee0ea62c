// Loop coalescing of Kernel IR: drops extent-1 loops and merges adjacent loops (o, p) into one loop of
// extent |o|·|p| when, after substituting o = j / |p| and p = j % |p| and simplifying, every index
// expression uses j only linearly (the ravel∘unravel identities cancelled). An elementwise kernel over
// contiguous arrays thus becomes one flat loop. Imports only kir*.ts.
import type { Expr, Kernel, Loop, Stmt } from './kir.js';
import { children, mapExpr, type KirBuilder } from './kir-build.js';
import { simplifyExpr, stmtExtents } from './kir-simplify.js';

const I32_MAX = 2147483647;

type Subst = ReadonlyMap<string, Expr>;

/** Substitutes loop indices in a statement, then simplifies it with the extents `ext`. */
function substStmt(K: KirBuilder, s: Stmt, sub: Subst, ext: ReadonlyMap<string, number>): Stmt {
  const memo = new Map<number, Expr>();
  const subst = (e: Expr): Expr => mapExpr(K, e, (_o, r) => (r.op === 'index' ? sub.get(r.loop) ?? r : r), memo);
  const smemo = new Map<number, Expr>();
  const value = simplifyExpr(K, subst(s.value), ext, smemo);
  if (s.kind === 'reduce') return { ...s, value };
  return { ...s, value, index: simplifyExpr(K, subst(s.index), ext, smemo) };
}

/** True when some div/rem node divides index(name) directly (the merge did not cancel). */
function usesNonLinearly(root: Expr, name: string, seen = new Set<number>()): boolean {
  if (seen.has(root.id)) return false;
  seen.add(root.id);
  if (root.op === 'binary' && (root.fn === 'div' || root.fn === 'rem') && root.x.op === 'index' && root.x.loop === name) return true;
  return children(root).some((c) => usesNonLinearly(c, name, seen));
}

const stmtUses = (s: Stmt, name: string): boolean =>
  usesNonLinearly(s.value, name) || (s.kind === 'store' && usesNonLinearly(s.index, name));

function mergeSubst(K: KirBuilder, o: Loop, p: Loop): Map<string, Expr> {
  const j = K.index(o.name);
  return new Map([[o.name, K.idiv(j, p.extent)], [p.name, K.imod(j, p.extent)]]);
}

/** Removes extent-1 kernel loops (their index is 0). */
function dropUnitKernelLoops(K: KirBuilder, k: Kernel): Kernel {
  let out = k;
  for (let p = out.loops.length - 1; p >= 0; p--) {
    if (out.loops[p]!.extent !== 1) continue;
    const name = out.loops[p]!.name;
    const loops = out.loops.filter((_, i) => i !== p);
    const cur = out;
    const stmts = cur.stmts.map((s) => {
      const t = substStmt(K, s, new Map([[name, K.c(0, 'i32')]]), stmtExtents({ ...cur, loops }, s));
      return t.level > p ? { ...t, level: t.level - 1 } : t;
    });
    out = { ...cur, loops, stmts };
  }
  return out;
}

/** Tries to merge kernel loops p and p+1; undefined when not possible. */
function mergeKernelLoops(K: KirBuilder, k: Kernel, p: number): Kernel | undefined {
  const o = k.loops[p]!;
  const q = k.loops[p + 1]!;
  if (o.extent * q.extent > I32_MAX || k.stmts.some((s) => s.level === p + 1)) return undefined;
  const loops = [...k.loops.slice(0, p), { name: o.name, extent: o.extent * q.extent }, ...k.loops.slice(p + 2)];
  const sub = mergeSubst(K, o, q);
  const merged = { ...k, loops };
  const stmts: Stmt[] = [];
  for (const s of k.stmts) {
    const t = substStmt(K, s, sub, stmtExtents(merged, s));
    if (stmtUses(t, o.name)) return undefined;
    stmts.push(t.level > p + 1 ? { ...t, level: t.level - 1 } : t);
  }
  return { ...merged, stmts };
}

/** Drops extent-1 inner loops of a statement and merges adjacent contiguous ones. */
function coalesceInner(K: KirBuilder, k: Kernel, s0: Stmt): Stmt {
  let s = s0;
  for (const l of s.inner.filter((l) => l.extent === 1)) {
    const inner = s.inner.filter((x) => x !== l);
    s = substStmt(K, { ...s, inner }, new Map([[l.name, K.c(0, 'i32')]]), stmtExtents(k, { ...s, inner }));
  }
  for (let p = 0; p + 1 < s.inner.length;) {
    const o = s.inner[p]!;
    const q = s.inner[p + 1]!;
    const inner = [...s.inner.slice(0, p), { name: o.name, extent: o.extent * q.extent }, ...s.inner.slice(p + 2)];
    const t = o.extent * q.extent <= I32_MAX ? substStmt(K, { ...s, inner }, mergeSubst(K, o, q), stmtExtents(k, { ...s, inner })) : undefined;
    if (t && !stmtUses(t, o.name)) s = t;
    else p++;
  }
  return s;
}

/** Coalesces kernel loops, then each statement's inner loops (expressions rebuilt in `K`). */
export function coalesceKernel(K: KirBuilder, k0: Kernel): Kernel {
  let k = dropUnitKernelLoops(K, k0);
  for (let p = 0; p + 1 < k.loops.length;) {
    const m = mergeKernelLoops(K, k, p);
    if (m) k = m;
    else p++;
  }
  const kk = k;
  return { ...kk, stmts: kk.stmts.map((s) => coalesceInner(K, kk, s)) };
}
