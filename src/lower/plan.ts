// The fusion planner: a pure function from a (final, inlined) jaxpr to a FusionPlan, the list of
// kernels and host steps in launch order with the eqns each fuses and the materialised values each
// reads and writes. Imports only src/ir and plan-*.ts; the Kernel IR is built from the plan by
// build-kernels.ts.
//
// Rules (see plan-walk.ts for the tree walk):
// - materialised: the jaxpr's outputs, host steps' inputs and outputs, reductions that cannot be placed
//   in their consumer's loop nest (read inside another reduction's loops, or invariant in an enclosing
//   loop), reductions needed by more than one kernel, and fused values that several kernels need and
//   that are expensive to recompute; everything else is recomputed inside each consumer.
// - one kernel per materialised kernel-computed value, except that kernels with the same parallel loops
//   that share a placed reduction become one kernel with several outputs (softmax's row kernel and its
//   log-sum-exp, a reduction and its epilogue).
import type { Atom, Jaxpr, Var } from '../ir/core.js';
import { InternalError } from '../ir/errors.js';
import type { RootWalk, WalkCtx } from './plan-walk.js';
import { isExpensive, reductionCount, walkCtx, walkRoot } from './plan-walk.js';

/** One kernel or host step of a plan. */
export interface PlanKernel {
  /** k0, k1, ... in launch order. */
  readonly name: string;
  readonly kind: 'loop' | 'host';
  /** Indices of the jaxpr eqns it computes, ascending (recomputed eqns appear in several kernels). */
  readonly eqns: readonly number[];
  /** Materialised values it reads (jaxpr inputs, consts or other kernels' outputs), in jaxpr order. */
  readonly reads: readonly Var[];
  /** Values it writes, in jaxpr order (a host step: its eqn's outputs, in order). */
  readonly writes: readonly Var[];
}

export interface FusionPlan {
  readonly kernels: readonly PlanKernel[];
}

/** The plan of `j`. Deterministic: the same jaxpr (up to var ids) gives the same plan. */
export function planFusion(j: Jaxpr): FusionPlan {
  // Producers and eqn classes do not depend on the materialised set, which grows in place: one ctx.
  const mat = new Set<number>();
  const ctx = walkCtx(j, mat);
  initialMaterialised(ctx, mat);
  // A root's walk only changes when a value it computed (w.values) becomes materialised: keep the others.
  let cache = new Map<number, RootWalk>();
  for (let iter = 0; ; iter++) {
    if (iter > 10 * j.eqns.length + 10) throw new InternalError('planFusion: no fixed point');
    const walks = kernelRoots(ctx).map((v) => cache.get(v.id) ?? walkRoot(ctx, v));
    const groups = groupKernels(ctx, walks);
    const added = nextMaterialised(ctx, walks, groups);
    if (!added.length) return orderPlan(ctx, walks, groups);
    for (const id of added) mat.add(id);
    const fresh = new Set(added);
    cache = new Map(walks.filter((w) => ![...w.values].some((v) => fresh.has(v.id))).map((w) => [w.root.id, w]));
  }
}

/** The values to materialise next (none at the fixed point): violation cuts, else one expensive shared value, else shared reductions. */
function nextMaterialised(ctx: WalkCtx, walks: readonly RootWalk[], groups: readonly number[][]): number[] {
  const cuts = violationCuts(ctx, walks, groups);
  if (cuts.length) return cuts;
  const expensive = expensiveShared(ctx, walks, groups);
  if (expensive !== undefined) return [expensive];
  return sharedReductions(ctx, walks, groups);
}

function initialMaterialised(ctx: WalkCtx, mat: Set<number>): void {
  const j = ctx.jaxpr;
  for (const v of [...j.constvars, ...j.invars]) mat.add(v.id);
  for (const a of j.outvars) if (a.kind === 'var') mat.add(a.id);
  j.eqns.forEach((e, i) => {
    if (ctx.classes[i] !== 'host') return;
    for (const a of e.inputs) if (a.kind === 'var') mat.add(a.id);
    for (const v of e.outputs) mat.add(v.id);
  });
}

/** Materialised values computed by loop kernels, in eqn order. */
function kernelRoots(ctx: WalkCtx): Var[] {
  const roots: Var[] = [];
  ctx.jaxpr.eqns.forEach((e, i) => {
    if (ctx.classes[i] === 'host') return;
    for (const v of e.outputs) if (ctx.materialised.has(v.id)) roots.push(v);
  });
  return roots;
}

/** The parallel loop extents of a root's kernel when its reductions set them (unit dims dropped). */
const nestKey = (w: RootWalk): string => w.root.aval.shape.slice(0, w.level).filter((n) => n !== 1).join(',');

/** Same parallel loops and a shared placed reduction (a row kernel and its epilogue). */
const shareReduction = (a: RootWalk, b: RootWalk): boolean =>
  nestKey(a) === nestKey(b) && [...a.reductions].some((r) => b.reductions.has(r));

/** Two elementwise maps over the same shape that read a common value (several outputs, one pass). */
const sameMap = (a: RootWalk, b: RootWalk): boolean =>
  a.reductions.size === 0 && b.reductions.size === 0 &&
  a.root.aval.shape.filter((n) => n !== 1).join(',') === b.root.aval.shape.filter((n) => n !== 1).join(',') &&
  [...a.reads].some((r) => b.reads.has(r));

/**
 * Groups of root indices that become one multi-output kernel (shareReduction or sameMap), with no
 * path between them through other kernels or host steps.
 */
function groupKernels(ctx: WalkCtx, walks: readonly RootWalk[]): number[][] {
  const groupOf = walks.map((_w, i) => i);
  const find = (i: number): number => (groupOf[i] === i ? i : (groupOf[i] = find(groupOf[i]!)));
  const rootIndex = new Map(walks.map((w, i) => [w.root.id, i]));
  // A host step's output depends on the kernels that write its inputs (a kernel, the host step, a
  // kernel reading its output: grouping the two kernels would make a cycle).
  const hostInputs = new Map<number, readonly Atom[]>();
  ctx.jaxpr.eqns.forEach((e, i) => { if (ctx.classes[i] === 'host') for (const v of e.outputs) hostInputs.set(v.id, e.inputs); });
  const writersOf = (r: Atom, out: Set<number>, seen = new Set<number>()): void => {
    if (r.kind === 'lit' || seen.has(r.id)) return;
    seen.add(r.id);
    const k = rootIndex.get(r.id);
    if (k !== undefined) out.add(k);
    else for (const a of hostInputs.get(r.id) ?? []) writersOf(a, out, seen);
  };
  const reaches = (from: number, to: number): boolean => {
    const seen = new Set<number>();
    const stack = [from];
    while (stack.length) {
      const g = stack.pop()!;
      if (g === to) return true;
      if (seen.has(g)) continue;
      seen.add(g);
      walks.forEach((w, i) => {
        if (find(i) !== g) return;
        const ks = new Set<number>();
        for (const r of w.reads) writersOf(r, ks);
        for (const k of ks) if (find(k) !== g) stack.push(find(k));
      });
    }
    return false;
  };
  for (let b = 0; b < walks.length; b++) {
    for (let a = 0; a < b; a++) {
      const wa = walks[a]!;
      const wb = walks[b]!;
      if (find(a) === find(b)) continue;
      if (!(shareReduction(wa, wb) || sameMap(wa, wb))) continue;
      const ga = find(a);
      const gb = find(b);
      if (reaches(ga, gb) || reaches(gb, ga)) continue;
      groupOf[Math.max(ga, gb)] = Math.min(ga, gb);
    }
  }
  const groups = new Map<number, number[]>();
  walks.forEach((_w, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), i]));
  return [...groups.values()];
}

/** The groups (multi-output kernels) whose trees hold each fused value and each placed reduction. */
function usersByGroup(walks: readonly RootWalk[], groups: readonly number[][]) {
  const values = new Map<number, Set<number>>();
  const reductions = new Map<number, Set<number>>();
  groups.forEach((g, gi) => {
    for (const i of g) {
      for (const v of walks[i]!.values) values.set(v.id, (values.get(v.id) ?? new Set()).add(gi));
      for (const r of walks[i]!.reductions) reductions.set(r, (reductions.get(r) ?? new Set()).add(gi));
    }
  });
  return { values, reductions };
}

/**
 * The latest fused value that several kernels need and that is expensive to recompute, if any (one at
 * a time: materialising it may leave its producers with a single user, and its consumers' trees cut
 * there no longer hold the reductions below it).
 */
function expensiveShared(ctx: WalkCtx, walks: readonly RootWalk[], groups: readonly number[][]): number | undefined {
  const { values } = usersByGroup(walks, groups);
  let best: { ei: number; v: Var } | undefined;
  for (const w of walks) {
    for (const v of w.values) {
      if ((values.get(v.id)?.size ?? 0) < 2 || !isExpensive(ctx, v)) continue;
      const ei = ctx.producer.get(v.id)!;
      if (!best || ei > best.ei) best = { ei, v };
    }
  }
  return best?.v.id;
}

/**
 * What to materialise for each reduction that cannot be placed: the reduction itself, unless a fused
 * value on the path from the kernel's root to it is needed by several kernels and holds several
 * other reductions (a softmax-backward epilogue): then that value, nearest the root. Such values are
 * cut first (one round), since cutting them may leave the reductions placeable.
 */
function violationCuts(ctx: WalkCtx, walks: readonly RootWalk[], groups: readonly number[][]): number[] {
  const { values } = usersByGroup(walks, groups);
  const valueCuts = new Set<number>();
  const reductionCuts = new Set<number>();
  for (const w of walks) {
    for (const { eqn, path } of w.violations) {
      const x = path.find((v) => (values.get(v.id)?.size ?? 0) > 1 && reductionCount(ctx, v, eqn) > 1);
      if (x) valueCuts.add(x.id);
      else for (const v of ctx.jaxpr.eqns[eqn]!.outputs) reductionCuts.add(v.id);
    }
  }
  return [...(valueCuts.size ? valueCuts : reductionCuts)];
}

/** Placed reductions that several kernels need. */
function sharedReductions(ctx: WalkCtx, walks: readonly RootWalk[], groups: readonly number[][]): number[] {
  const { reductions } = usersByGroup(walks, groups);
  const shared: number[] = [];
  for (const [ei, us] of [...reductions].sort((a, b) => a[0] - b[0])) {
    if (us.size > 1) for (const v of ctx.jaxpr.eqns[ei]!.outputs) if (!ctx.materialised.has(v.id)) shared.push(v.id);
  }
  return shared;
}

/** Launch order: a topological order of kernels and host steps, earliest-written eqn first among the ready. */
function orderPlan(ctx: WalkCtx, walks: readonly RootWalk[], groups: readonly number[][]): FusionPlan {
  const j = ctx.jaxpr;
  const ord = varOrder(j);
  const byOrd = (a: Var, b: Var) => ord.get(a.id)! - ord.get(b.id)!;
  type Item = { kind: 'loop' | 'host'; eqns: number[]; reads: Var[]; writes: Var[] };
  const items: Item[] = groups.map((g) => {
    const writes = g.map((i) => walks[i]!.root).sort(byOrd);
    const eqns = new Set<number>();
    const reads = new Set<Var>();
    for (const i of g) {
      walks[i]!.eqns.forEach((e) => eqns.add(e));
      walks[i]!.reads.forEach((r) => reads.add(r));
    }
    return { kind: 'loop', eqns: [...eqns].sort((a, b) => a - b), reads: uniqueVars([...reads]).sort(byOrd), writes };
  });
  j.eqns.forEach((e, i) => {
    if (ctx.classes[i] !== 'host') return;
    const reads = uniqueVars(e.inputs.filter((a): a is Var => a.kind === 'var')).sort(byOrd);
    items.push({ kind: 'host', eqns: [i], reads, writes: [...e.outputs] });
  });
  const writer = new Map<number, number>();
  items.forEach((it, k) => it.writes.forEach((v) => writer.set(v.id, k)));
  const firstEqn = (it: Item) => Math.min(...it.writes.map((v) => ctx.producer.get(v.id)!));
  const done = new Set<number>();
  const out: PlanKernel[] = [];
  while (done.size < items.length) {
    let best = -1;
    items.forEach((it, k) => {
      if (done.has(k)) return;
      const ready = it.reads.every((r) => { const w = writer.get(r.id); return w === undefined || w === k || done.has(w); });
      if (ready && (best < 0 || firstEqn(it) < firstEqn(items[best]!))) best = k;
    });
    if (best < 0) throw new InternalError('planFusion: cyclic kernel dependencies');
    done.add(best);
    const it = items[best]!;
    out.push({ name: `k${out.length}`, kind: it.kind, eqns: it.eqns, reads: it.reads, writes: it.writes });
  }
  return { kernels: out };
}

function uniqueVars(vs: readonly Var[]): Var[] {
  const seen = new Set<number>();
  return vs.filter((v) => (seen.has(v.id) ? false : (seen.add(v.id), true)));
}

/** Position of each var in the jaxpr: constvars, invars, then eqn outputs. */
function varOrder(j: Jaxpr): Map<number, number> {
  const ord = new Map<number, number>();
  for (const v of [...j.constvars, ...j.invars]) ord.set(v.id, ord.size);
  for (const e of j.eqns) for (const v of e.outputs) ord.set(v.id, ord.size);
  return ord;
}
export { printPlan, jaxprNames } from './plan-print.js';
