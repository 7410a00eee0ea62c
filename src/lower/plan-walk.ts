// The planner's walk over one kernel's expression tree: from a materialised value down through its
// fused producers to materialised values, tracking which loops each index reads, where each reduction
// would be placed, and which reductions cannot be placed (they must be materialised). Also the cost of a
// fused value (for the recompute-or-materialise choice). Imports only src/ir and plan-deps.ts.
import type { Atom, Eqn, Jaxpr, Var } from '../ir/core.js';
import { InternalError } from '../ir/errors.js';
import type { Prim } from '../ir/primitives.js';
import type { Dep, DepIdx, EqnClass } from './plan-deps.js';
import { NO_DEP, classify, fuseInputDeps, reduceInputDeps, unionDeps } from './plan-deps.js';

/** What the walks share: producers, classes and the current materialised set (var ids). */
export interface WalkCtx {
  readonly jaxpr: Jaxpr;
  readonly classes: readonly EqnClass[];
  /** var id → index of the eqn producing it. */
  readonly producer: ReadonlyMap<number, number>;
  /** Ids of materialised vars (sources included). */
  readonly materialised: ReadonlySet<number>;
}

export function walkCtx(j: Jaxpr, materialised: ReadonlySet<number>): WalkCtx {
  const producer = new Map<number, number>();
  j.eqns.forEach((e, i) => e.outputs.forEach((v) => producer.set(v.id, i)));
  return { jaxpr: j, classes: j.eqns.map(classify), producer, materialised };
}

export interface Violation {
  readonly eqn: number;
  readonly path: readonly Var[];
}

export interface RootWalk {
  readonly root: Var;
  /** Eqns whose values the kernel computes (the root's producer included). */
  readonly eqns: Set<number>;
  /** Materialised vars it loads. */
  readonly reads: Set<Var>;
  /** Reduction eqns placed as reduce statements inside the kernel. */
  readonly reductions: Set<number>;
  /** Non-materialised vars it computes. */
  readonly values: Set<Var>;
  /**
   * Reduction eqns that cannot be placed (read inside another reduction's loops, or invariant in an
   * enclosing loop), each with the fused values on the path from the root down to it.
   */
  readonly violations: Violation[];
  /** The deepest level of a placed reduction (0 when none): the kernel's parallel loops are the root's first dims up to it. */
  level: number;
}

const depKey = (idx: DepIdx): string => idx.map((d) => [...d].sort((a, b) => a - b).join(',')).join(';');

/** Walks the tree of the materialised, kernel-computed value `root`. */
export function walkRoot(ctx: WalkCtx, root: Var): RootWalk {
  const shape = root.aval.shape;
  const rank = shape.length;
  let next = rank;
  const fresh = (): number => next++;
  const w: RootWalk = { root, eqns: new Set(), reads: new Set(), reductions: new Set(), values: new Set(), violations: [], level: 0 };
  const path: Var[] = [];
  const memo = new Set<string>();

  const visit = (a: Atom, idx: DepIdx, inner: Dep): void => {
    if (a.kind === 'lit') return;
    if (ctx.materialised.has(a.id)) w.reads.add(a);
    else visitProducer(a, idx, inner);
  };
  const visitProducer = (v: Var, idx: DepIdx, inner: Dep): void => {
    const key = `${v.id}|${depKey(idx)}|${depKey([inner])}`;
    if (memo.has(key)) return;
    memo.add(key);
    const ei = ctx.producer.get(v.id);
    if (ei === undefined) throw new InternalError(`planFusion: v${v.id} has no producer and is not materialised`);
    const e = ctx.jaxpr.eqns[ei]!;
    const cls = ctx.classes[ei]!;
    if (cls === 'host') throw new InternalError(`planFusion: host step output v${v.id} is not materialised`);
    w.eqns.add(ei);
    if (v !== root) w.values.add(v);
    if (cls === 'fuse') {
      path.push(v);
      // A gather reads its operand at computed indices, any element any number of times: a reduction
      // below it is not recomputed per read but materialised (its loads count as inside a loop).
      fuseInputDeps(e, idx).forEach((d, k) => visit(e.inputs[k]!, d, e.prim === 'gather' && k === 0 ? unionDeps([inner, ...d]) : inner));
      path.pop();
      return;
    }
    const violation = (): void => void w.violations.push({ eqn: ei, path: path.filter((p) => p !== root) });
    const deps = unionDeps(idx);
    if ([...deps].some((s) => inner.has(s))) return violation();
    const level = Math.max(0, ...[...deps].filter((s) => s < rank).map((s) => s + 1));
    for (let p = 0; p < level; p++) if (shape[p] !== 1 && !deps.has(p)) return violation();
    w.level = Math.max(w.level, level);
    w.reductions.add(ei);
    const ins = reduceInputDeps(e, idx, fresh);
    const innerNext = unionDeps([inner, new Set([...unionDeps(ins.flat())].filter((s) => s >= rank))]);
    path.push(v);
    ins.forEach((d, k) => visit(e.inputs[k]!, d, innerNext));
    path.pop();
  };

  const ei = ctx.producer.get(root.id);
  if (ei === undefined) throw new InternalError(`planFusion: kernel root v${root.id} has no producer`);
  const rootIdx: DepIdx = shape.map((n, d) => (n === 1 ? NO_DEP : new Set([d])));
  visitProducer(root, rootIdx, NO_DEP);
  return w;
}

const TRANSCENDENTAL: ReadonlySet<Prim> = new Set<Prim>([
  'exp', 'log', 'log1p', 'expm1', 'sin', 'cos', 'tan', 'tanh', 'logistic', 'erf', 'erf_inv', 'pow', 'atan2',
]);
/** Elementwise in form, but ~120 ops each (Threefry's 20 rounds): never worth recomputing. */
const HEAVY: ReadonlySet<Prim> = new Set<Prim>(['random_bits', 'threefry2x32']);
const LAYOUT: ReadonlySet<Prim> = new Set<Prim>([
  'broadcast_in_dim', 'reshape', 'transpose', 'squeeze', 'rev', 'slice', 'pad', 'concatenate', 'dynamic_slice',
  'dynamic_update_slice', 'gather', 'iota', 'stop_gradient', 'convert_element_type',
]);

/**
 * The number of reduction eqns in the tree of fused value `v` (down to materialised values), not
 * counting eqn `except`.
 */
export function reductionCount(ctx: WalkCtx, v: Var, except = -1): number {
  const seen = new Set<number>([except]);
  let n = 0;
  const go = (a: Atom): void => {
    if (a.kind === 'lit' || ctx.materialised.has(a.id)) return;
    const ei = ctx.producer.get(a.id);
    if (ei === undefined || seen.has(ei)) return;
    seen.add(ei);
    if (ctx.classes[ei] === 'reduce') n++;
    ctx.jaxpr.eqns[ei]!.inputs.forEach(go);
  };
  go(v);
  return n;
}

/** Ops above which a shared fused value is materialised rather than recomputed. */
export const MAX_RECOMPUTE_OPS = 8;

/**
 * Whether recomputing fused value `v` in each consuming kernel is expensive: its tree (down to
 * materialised values) holds a reduction, a chain of two or more transcendentals, or more than
 * MAX_RECOMPUTE_OPS elementwise ops.
 */
export function isExpensive(ctx: WalkCtx, v: Var): boolean {
  const seen = new Set<number>();
  let ops = 0;
  let trans = 0;
  let reduction = false;
  const go = (a: Atom): void => {
    if (a.kind === 'lit' || ctx.materialised.has(a.id)) return;
    const ei = ctx.producer.get(a.id);
    if (ei === undefined || seen.has(ei)) return;
    seen.add(ei);
    const e: Eqn = ctx.jaxpr.eqns[ei]!;
    if (ctx.classes[ei] === 'reduce') reduction = true;
    if (!LAYOUT.has(e.prim)) ops += HEAVY.has(e.prim) ? MAX_RECOMPUTE_OPS + 1 : 1;
    if (TRANSCENDENTAL.has(e.prim)) trans++;
    e.inputs.forEach(go);
  };
  go(v);
  return reduction || trans >= 2 || ops > MAX_RECOMPUTE_OPS;
}
