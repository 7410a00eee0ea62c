// The state of building one loop kernel: the interner, the kernel inputs (materialised values), the
// reduce statements created so far, and `valueAt`, which inlines a value's producers at an index (a list
// of i32 index Exprs, one per dim) down to loads. Rules per primitive live in build-ops.ts (fused
// ops) and build-reduce.ts (reduce statements). Imports only src/ir and src/lower.
import type { Atom, Eqn, Jaxpr, Var } from '../ir/core.js';
import { InternalError } from '../ir/errors.js';
import type { KirBuilder } from './kir-build.js';
import { createInterner, loopsUsed } from './kir-build.js';
import type { Expr, KType, Loop, ReduceOp, Stmt } from './kir.js';

export type Index = readonly Expr[];

export interface BuildCtx {
  readonly K: KirBuilder;
  readonly jaxpr: Jaxpr;
  /** var id → kernel input number. */
  readonly inputs: ReadonlyMap<number, number>;
  readonly producer: ReadonlyMap<number, number>;
  readonly stmts: Stmt[];
  /** The value of `a` at `idx` (a scalar Expr). */
  valueAt(a: Atom, idx: Index): Expr;
  /**
   * Adds (or finds) the reduce statement `op` over `inner` loops of `value`, placed at the shallowest
   * level that defines `outIdx` (the reduction's output index); returns its accumulator.
   */
  reduce(op: ReduceOp, type: KType, inner: readonly Loop[], value: Expr, outIdx: Index): Expr;
}

/** A value's dtype as a kernel type (float0 never reaches a kernel). */
export function ktype(a: Atom): KType {
  const d = a.aval.dtype;
  if (d === 'float0') throw new InternalError('kernel builder: float0 value in a loop kernel');
  return d;
}

/** The parallel loop name of the k-th non-unit dim of a kernel's outputs. */
export const loopName = (k: number): string => `i${k}`;

/** Level of an index: 1 + the deepest parallel loop it reads; inner loops are a planner bug. */
export function levelOf(idx: Index): number {
  let level = 0;
  for (const e of idx) {
    for (const name of loopsUsed(e)) {
      if (!name.startsWith('i')) throw new InternalError(`kernel builder: a reduction's index reads loop ${name} of an enclosing statement`);
      level = Math.max(level, Number(name.slice(1)) + 1);
    }
  }
  return level;
}

/** Σ idx_d · stride_d, row-major over `shape` (unit dims skipped: their index is 0). */
export function ravel(K: KirBuilder, idx: Index, shape: readonly number[]): Expr {
  const terms: Expr[] = [];
  let stride = 1;
  for (let d = shape.length - 1; d >= 0; d--) {
    if (shape[d] !== 1) terms.unshift(K.imul(idx[d]!, stride));
    stride *= shape[d]!;
  }
  return K.isum(terms);
}

/** The value of output `out` (its position in `e.outputs`; 0 for single-output eqns) of fused eqn `e` at `idx`. */
export type FuseRule = (cx: BuildCtx, e: Eqn, idx: Index, out: number) => Expr;
export type ReduceRule = (cx: BuildCtx, e: Eqn, idx: Index) => Expr;

const producers = new WeakMap<Jaxpr, ReadonlyMap<number, number>>();

/** var id → index of its eqn; shared by the build contexts of every kernel of one jaxpr (jaxprs are immutable). */
function producersOf(j: Jaxpr): ReadonlyMap<number, number> {
  let m = producers.get(j);
  if (!m) {
    const p = new Map<number, number>();
    j.eqns.forEach((e, i) => e.outputs.forEach((v) => p.set(v.id, i)));
    producers.set(j, (m = p));
  }
  return m;
}

/** A fresh build context over kernel inputs `reads` (kernel input k is reads[k]). */
export function createBuildCtx(j: Jaxpr, reads: readonly Var[], fuse: FuseRule, reduceRule: ReduceRule, isReduce: (e: Eqn) => boolean): BuildCtx {
  const K = createInterner();
  const inputs = new Map(reads.map((v, k) => [v.id, k]));
  const producer = producersOf(j);
  const memo = new Map<string, Expr>();
  const stmts: Stmt[] = [];
  const reduceKeys = new Map<string, number>();
  let nextStmt = 0;
  const cx: BuildCtx = {
    K, jaxpr: j, inputs, producer, stmts,
    valueAt(a, idx) {
      if (a.kind === 'lit') return K.c(a.value, ktype(a));
      const input = inputs.get(a.id);
      if (input !== undefined) return K.load(input, ravel(K, idx, a.aval.shape), ktype(a));
      const key = `${a.id}|${idx.map((x) => x.id).join(',')}`;
      const hit = memo.get(key);
      if (hit) return hit;
      const ei = producer.get(a.id);
      if (ei === undefined) throw new InternalError(`kernel builder: v${a.id} is neither read nor produced`);
      const e = j.eqns[ei]!;
      const v = isReduce(e) ? reduceRule(cx, e, idx) : fuse(cx, e, idx, e.outputs.length === 1 ? 0 : e.outputs.findIndex((o) => o.id === a.id));
      memo.set(key, v);
      return v;
    },
    reduce(op, type, inner, value, outIdx) {
      const level = levelOf(outIdx);
      const key = `${op}|${type}|${level}|${inner.map((l) => `${l.name}:${l.extent}`).join(',')}|${value.id}`;
      let id = reduceKeys.get(key);
      if (id === undefined) {
        id = nextStmt++;
        reduceKeys.set(key, id);
        stmts.push({ kind: 'reduce', id, level, inner, op, type, value });
      }
      return K.acc(id, type);
    },
  };
  return cx;
}
