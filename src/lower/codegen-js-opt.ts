// CPU codegen: the loop-level decisions of codegen-js.ts, all value-preserving rewrites of how a kernel's
// loops are printed (never of what they compute):
//  - store forwarding: a reduce whose summand also appears in a later store of the same row (softmax's
//    exp(x − max), computed by the sum and again by the normalised store) writes the summand into the
//    store's output in its own loop, and the store reads it back instead of recomputing it (exact: an f32
//    value round-trips through a Float32Array unchanged);
//  - unroll-and-jam: a matmul-shaped innermost loop (one reduce and its stores) computes JAM outputs per
//    pass over the reduction loops, in JAM independent accumulators (each sum keeps its order: exact).
//    Measured on 512² (CPU time, loaded machine): 206 ms → 66 ms with JAM = 8 (88 ms with 4; a 4×4
//    register block 60 ms; a reduction-outer row interchange 219 ms, no gain);
//  - unrolling with several accumulators for long flat reductions (see codegen-js.ts for the tolerance).
// Imports only src/ir and src/lower.
import type { Expr, Kernel, Loop, Stmt } from './kir.js';
import { children, createInterner, withChildren, type KirBuilder } from './kir-build.js';

type Reduce = Extract<Stmt, { kind: 'reduce' }>;
type Store = Extract<Stmt, { kind: 'store' }>;

/** Structural equality of `a` and `b` where b's loop `n` stands for a's loop `ren.get(n)` (or `n`). */
export function eqRenamed(a: Expr, b: Expr, ren: ReadonlyMap<string, string>, memo = new Map<number, number>()): boolean {
  if (memo.get(b.id) === a.id) return true;
  if (a.op !== b.op || a.type !== b.type) return false;
  let same: boolean;
  switch (b.op) {
    case 'const': same = Object.is((a as typeof b).value, b.value); break;
    case 'index': same = (a as typeof b).loop === (ren.get(b.loop) ?? b.loop); break;
    case 'acc': same = (a as typeof b).stmt === b.stmt; break;
    case 'load': same = (a as typeof b).input === b.input; break;
    case 'unary': same = (a as typeof b).fn === b.fn; break;
    case 'binary': same = (a as typeof b).fn === b.fn; break;
    default: same = true;
  }
  if (!same) return false;
  const ca = children(a);
  const cb = children(b);
  if (!cb.every((c, i) => eqRenamed(ca[i]!, c, ren, memo))) return false;
  memo.set(b.id, a.id);
  return true;
}

/**
 * `e` with index/acc leaves replaced (`sub(K, leaf)` gives the replacement, undefined keeps it). Subtrees
 * that do not change keep their nodes (and ids, so the emitter's hoisting and sharing still see them).
 */
export function substLeaves(e: Expr, sub: (K: KirBuilder, leaf: Extract<Expr, { op: 'index' | 'acc' }>) => Expr | undefined): Expr {
  const K = createInterner();
  const memo = new Map<number, Expr>();
  const go = (x: Expr): Expr => {
    const hit = memo.get(x.id);
    if (hit) return hit;
    let out: Expr;
    if (x.op === 'index' || x.op === 'acc') out = sub(K, x) ?? x;
    else {
      const ch = children(x);
      const nc = ch.map(go);
      out = nc.every((c, i) => c === ch[i]) ? x : withChildren(K, x, nc);
    }
    memo.set(x.id, out);
    return out;
  };
  return go(e);
}

/**
 * `e` at iteration `loop + u`: a load or index whose index is linear in `loop` (coefficient c) becomes
 * `index + c·u` over the SAME index node (so the emitter names it once for all copies; `shared` collects
 * those nodes); accumulators are renamed by `acc`.
 */
export function shiftLoop(e: Expr, loop: string, u: number, acc: (K: KirBuilder, x: Extract<Expr, { op: 'acc' }>) => Expr | undefined, shared: Set<Expr>): Expr {
  const K = createInterner();
  const shift = (idx: Expr): Expr => {
    const c = coefOf(idx, loop);
    if (c === undefined || c === 0 || u === 0) return idx;
    shared.add(idx);
    return K.iadd(idx, c * u);
  };
  const memo = new Map<number, Expr>();
  const go = (x: Expr): Expr => {
    const hit = memo.get(x.id);
    if (hit) return hit;
    let out: Expr;
    if (x.op === 'acc') out = acc(K, x) ?? x;
    else if (x.op === 'index') out = x.loop === loop && u > 0 ? K.iadd(x, u) : x;
    else if (x.op === 'load' && u > 0 && coefOf(x.index, loop)) out = K.load(x.input, shift(x.index), x.type);
    else {
      const ch = children(x);
      const nc = ch.map(go);
      out = nc.every((c, i) => c === ch[i]) ? x : withChildren(K, x, nc);
    }
    memo.set(x.id, out);
    return out;
  };
  return go(e);
}

/** The integer coefficient of loop `name` in a linear index expression; undefined when not linear. */
export function coefOf(e: Expr, name: string): number | undefined {
  switch (e.op) {
    case 'const': return 0;
    case 'index': return e.loop === name ? 1 : 0;
    case 'binary': {
      const x = coefOf(e.x, name);
      const y = coefOf(e.y, name);
      if (x === undefined || y === undefined) return undefined;
      if (e.fn === 'add') return x + y;
      if (e.fn === 'sub') return x - y;
      if (e.fn === 'mul' && e.y.op === 'const') return x * e.y.value;
      if (e.fn === 'mul' && e.x.op === 'const') return y * e.x.value;
      return x === 0 && y === 0 ? 0 : undefined;
    }
    default: return usesLoop(e, name) ? undefined : 0;
  }
}

function usesLoop(e: Expr, name: string, seen = new Set<number>()): boolean {
  if (seen.has(e.id)) return false;
  seen.add(e.id);
  if (e.op === 'index') return e.loop === name;
  return children(e).some((c) => usesLoop(c, name, seen));
}

/** A reduce's summand that a later store of the same row recomputes (see the header). */
export interface Forward {
  readonly store: Store;
  /** The node of the store's value equal to the reduce's value (under the loop renaming). */
  readonly node: Expr;
  /** The store's index in the reduce's loop names. */
  readonly index: Expr;
}

const COSTLY = new Set(['unary', 'binary', 'select', 'cast']);

/** The store forwarding of reduce `r` (statements `stmts` of the kernel), if one applies. */
export function findForward(k: Kernel, r: Reduce): Forward | undefined {
  if (r.type !== 'f32' || r.op === 'dot' || !COSTLY.has(r.value.op)) return undefined;
  const later = k.stmts.slice(k.stmts.indexOf(r) + 1);
  for (const s of later) {
    if (s.kind !== 'store' || s.level !== r.level || k.outputs[s.output]!.dtype !== 'f32') continue;
    if (s.inner.length !== r.inner.length || s.inner.some((l, i) => l.extent !== r.inner[i]!.extent)) continue;
    if (k.stmts.some((o) => o !== s && o.kind === 'store' && o.output === s.output)) continue;
    // Every inner loop must index the store (distinct iterations write distinct elements).
    if (s.inner.some((l) => !coefOf(s.index, l.name))) continue;
    const ren = new Map(s.inner.map((l, i) => [l.name, r.inner[i]!.name]));
    const node = findEqual(s.value, r.value, ren);
    if (!node) continue;
    return { store: s, node, index: substLeaves(s.index, (K, x) => (x.op === 'index' && ren.has(x.loop) ? K.index(ren.get(x.loop)!) : undefined)) };
  }
  return undefined;
}

function findEqual(root: Expr, want: Expr, ren: ReadonlyMap<string, string>, seen = new Set<number>()): Expr | undefined {
  if (seen.has(root.id)) return undefined;
  seen.add(root.id);
  if (eqRenamed(want, root, ren)) return root;
  for (const c of children(root)) {
    const hit = findEqual(c, want, ren, seen);
    if (hit) return hit;
  }
  return undefined;
}

/**
 * Unroll-and-jam of the innermost kernel loop (matmul-shaped kernels): when its level holds one reduce
 * and stores without inner loops, JAM consecutive iterations share one pass over the reduction loops
 * with JAM independent accumulators (loads not depending on the loop are read once). Each output's
 * reduction keeps its own order: exact.
 */
export function findJam(k: Kernel, jam: number): { reduce: Reduce; stores: Store[]; loop: Loop } | undefined {
  const n = k.loops.length;
  const loop = k.loops[n - 1];
  if (!loop || loop.extent < jam) return undefined;
  const [r, ...rest] = k.stmts.filter((s) => s.level === n);
  if (!r || r.kind !== 'reduce' || r.inner.length === 0) return undefined;
  if (rest.some((s) => s.kind !== 'store' || s.inner.length > 0)) return undefined;
  return { reduce: r, stores: rest as Store[], loop };
}

/** Most multiply-adds of a kernel for which the unroll-and-jam may be preferred to the packed path. */
export const JAM_MAX_WORK = 1 << 24;

/**
 * Whether the unroll-and-jam suits a matmul better than packing (codegen-js-contract.ts): a small,
 * in-cache product (at most JAM_MAX_WORK multiply-adds, one reduction loop, the jammed loop a multiple
 * of `jam`) whose every load is read contiguously along the jammed loop or the reduction loop. Measured
 * (CPU time, same process, medians of 9): 256² 7.6 ms jammed vs 10.3 packed; 320² 14.6 vs 15.8; 384²
 * even; 512² 67.8 vs 60.8; a transposed operand (strided along the reduction) is 2× slower jammed.
 */
export function jamSuits(k: Kernel, jm: { reduce: Reduce; loop: Loop }, jam: number): boolean {
  const { reduce: r, loop } = jm;
  if (loop.extent % jam !== 0 || r.inner.length !== 1) return false;
  const work = [...k.loops, ...r.inner].reduce((a, l) => a * l.extent, 1);
  if (work > JAM_MAX_WORK) return false;
  const red = r.inner[0]!.name;
  const loads: Extract<Expr, { op: 'load' }>[] = [];
  const seen = new Set<number>();
  const go = (e: Expr): void => {
    if (seen.has(e.id)) return;
    seen.add(e.id);
    if (e.op === 'load') loads.push(e);
    children(e).forEach(go);
  };
  go(r.value);
  return loads.every((l) => {
    const cj = coefOf(l.index, loop.name);
    return cj === 1 || (cj === 0 && coefOf(l.index, red) === 1);
  });
}
