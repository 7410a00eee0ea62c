// Vectorised serial rows for CPU adapters (llvmpipe, SwiftShader): where one invocation runs a row's
// loops (the 'serial' strategy: softmax, layernorm, row sums), each loop iteration takes 4 consecutive
// elements of the row as one vec4 load, and the row's stores write vec4s. Each invocation is one SIMD
// lane of the CPU implementation, so the scalar loop made every load a gather across rows 4 KB apart;
// a vec4 gather moves 16 bytes per lane instead of 4. Reductions keep one accumulator per lane,
// combined at the end: ((l0 ⊕ l1) ⊕ l2) ⊕ l3 (for f32 sums a different rounding order than the scalar
// loop, as any reduction tree). Measured on Dawn, softmax 4096×1024: llvmpipe 13.2 → 7.3 ms,
// SwiftShader 92 → 44 ms. A buffer is bound as array<vec4<T>> only when every access to it is one lane
// of such a quad (index = 4·base + lane, base free of the lane loop); any other access keeps it scalar,
// and a statement without a lane loop runs as in the scalar template. Imports src/ir and src/lower.
import type { Expr, Kernel, Stmt } from './kir.js';
import { children, loopsUsed } from './kir-build.js';
import { linOf } from './kir-range.js';
import { STORAGE_TYPE } from './wgsl-expr.js';
import type { VecPlan } from './wgsl-map-vec.js';
import { LANES, vecLoadsOf } from './wgsl-map-vec.js';
import type { DeviceProfile } from './wgsl-profile.js';
import { mapVecWidth } from './wgsl-profile.js';
import type { ReduceStmt, StoreStmt } from './wgsl-reduce.js';
import { accType, combineText, initText, innerSet, publish, stepLine, unravel } from './wgsl-reduce.js';
import type { Gen, Scope } from './wgsl-scope.js';
import { block, emit, hoist, line, storeText } from './wgsl-scope.js';

export interface SerialVecPlan extends VecPlan {
  /** The IR loop each vectorised statement's lanes run along (its last inner loop, or the kernel's last loop for the deep stores). */
  readonly lane: ReadonlyMap<Stmt, string>;
  /** Whether the statements below the row level (all stores at full depth) run 4 points per iteration. */
  readonly deep: boolean;
}

/** Whether `index` is 4·base + lane loop `v` with base free of `v` (so lanes 0..3 are one aligned quad). */
function quadIndex(index: Expr, v: string): boolean {
  const l = linOf(index);
  if (l.k % 4 !== 0) return false;
  let unit = false;
  for (const [atom, c] of l.terms) {
    if (atom.op === 'index' && atom.loop === v) { unit = c === 1; if (!unit) return false; continue; }
    if (c % 4 !== 0 || Math.abs(c) > 2 ** 28 || loopsUsed(atom).has(v)) return false;
  }
  return unit;
}

/** The lane loop of `st` in a serial body whose rows are the loops above `W` (undefined: scalar). */
function laneLoop(k: Kernel, st: Stmt, W: number, deep: boolean): string | undefined {
  if (st.level > W) return deep ? k.loops[k.loops.length - 1]!.name : undefined;
  if (st.level < W || st.inner.length === 0) return undefined;
  const last = st.inner[st.inner.length - 1]!;
  return last.extent % 4 === 0 && last.extent > 0 ? last.name : undefined;
}

/**
 * The plan of serial kernel `k` whose rows are its loops above `W` on `p`, or null (not tuned for vec4,
 * no statement with a lane loop, or no buffer whose every access is a quad).
 */
export function serialVecPlan(k: Kernel, W: number, p: DeviceProfile): SerialVecPlan | null {
  if (mapVecWidth(p) !== 4) return null;
  const n = k.loops.length;
  const deepStmts = k.stmts.filter((st) => st.level > W);
  const deep = deepStmts.length > 0 && k.loops[n - 1]!.extent % 4 === 0
    && deepStmts.every((st) => st.kind === 'store' && st.level === n && st.inner.length === 0);
  const lane = new Map<Stmt, string>();
  for (const st of k.stmts) {
    const v = laneLoop(k, st, W, deep);
    if (v !== undefined) lane.set(st, v);
  }
  if (lane.size === 0) return null;
  const inOk = k.inputs.map(() => true);
  const outOk = k.outputs.map(() => true);
  for (const st of k.stmts) {
    const v = lane.get(st);
    const seen = new Set<number>();
    const walk = (e: Expr): void => {
      if (seen.has(e.id)) return;
      seen.add(e.id);
      if (e.op === 'load' && (v === undefined || !quadIndex(e.index, v))) inOk[e.input] = false;
      children(e).forEach(walk);
    };
    walk(st.value);
    if (st.kind === 'store') {
      walk(st.index);
      if (v === undefined || !quadIndex(st.index, v)) outOk[st.output] = false;
    }
  }
  const inputs = new Set(inOk.flatMap((ok, i) => (ok ? [i] : [])));
  const outputs = new Set(outOk.flatMap((ok, i) => (ok ? [i] : [])));
  return inputs.size + outputs.size > 0 ? { inputs, outputs, lane, deep } : null;
}

/** The WGSL text of (index - lane) / 4 for a quad index over lane loop `v` whose quad number is `quad`. */
function quadText(g: Gen, s: Scope, index: Expr, v: string, quad: string): string {
  const l = linOf(index);
  const parts: string[] = [];
  for (const [atom, c] of l.terms) {
    if (atom.op === 'index' && atom.loop === v) continue;
    const a = emit(g, s, atom), c4 = c / 4;
    parts.push(c4 === 1 ? a : c4 > 0 ? `(${a} * ${c4}i)` : `(${a} * (${c4}i))`);
  }
  const k4 = l.k / 4;
  if (k4 !== 0) parts.push(k4 > 0 ? `${k4}i` : `(${k4}i)`);
  parts.push(quad);
  return parts.join(' + ');
}

/**
 * One iteration over a quad of lane loop `v` (quad number `quad`) in scope `c`: the lane-invariant parts
 * of `roots` once, each vec4 load once, then `perLane(lane scope, j)` for lanes 0..3 with `v` bound to
 * `quad·4 + j`. Restores `v`'s binding afterwards.
 */
function quadIteration(g: Gen, c: Scope, plan: SerialVecPlan, v: string, quad: string, roots: readonly Expr[], perLane: (lane: Scope, j: number) => void): void {
  const only = new Set([v]);
  for (const r of roots) hoist(g, c, r, only);
  // the vec4 of each load, by load id (only its components enter the lanes' memos)
  const quads = vecLoadsOf(plan, roots).map((e) => {
    const name = `v${g.temps++}`;
    line(c, `let ${name}: vec4<${STORAGE_TYPE[g.k.inputs[e.input]!.dtype]}> = in${e.input}[${quadText(g, c, e.index, v, quad)}];`);
    return { e, name };
  });
  const prev = g.loopVar.get(v);
  LANES.forEach((comp, j) => {
    const lane: Scope = { lines: c.lines, pad: c.pad, memo: new Map(c.memo) };
    for (const { e, name } of quads) lane.memo.set(e.id, e.type === 'bool' ? `(${name}.${comp} != 0u)` : `${name}.${comp}`);
    g.loopVar.set(v, j === 0 ? `(${quad} * 4i)` : `(${quad} * 4i + ${j}i)`);
    perLane(lane, j);
  });
  if (prev === undefined) g.loopVar.delete(v); else g.loopVar.set(v, prev);
}

/** The 4 lane values of a store, written as one vec4 (vec4-bound output) or as 4 scalar stores. */
function quadStore(g: Gen, c: Scope, plan: SerialVecPlan, st: StoreStmt, v: string, quad: string): void {
  const dtype = g.k.outputs[st.output]!.dtype;
  const vals: string[] = [];
  quadIteration(g, c, plan, v, quad, [st.value, st.index], (lane) => {
    const val = storeText(dtype, emit(g, lane, st.value));
    if (plan.outputs.has(st.output)) vals.push(val);
    else line(lane, `out${st.output}[${emit(g, lane, st.index)}] = ${val};`);
  });
  if (plan.outputs.has(st.output)) line(c, `out${st.output}[${quadText(g, c, st.index, v, quad)}] = vec4<${STORAGE_TYPE[dtype]}>(${vals.join(', ')});`);
}

/** The loops of `st.inner` (r0, r1, ...), the last one over quads, around `body(scope, quad)`. */
function quadLoops(g: Gen, s: Scope, st: ReduceStmt | StoreStmt, body: (c: Scope, quad: string) => void): void {
  const names = st.inner.map((_, j) => `r${j}`);
  const last = st.inner.length - 1;
  st.inner.forEach((l, j) => { if (j < last) g.loopVar.set(l.name, names[j]!); });
  const open = (sc: Scope, j: number): void => {
    const r = names[j]!;
    const ext = j === last ? st.inner[j]!.extent / 4 : st.inner[j]!.extent;
    block(sc, `for (var ${r}: i32 = 0i; ${r} < ${ext}i; ${r} = ${r} + 1i)`, (c) => (j === last ? body(c, r) : open(c, j + 1)));
  };
  open(s, 0);
  st.inner.forEach((l, j) => { if (j < last) g.loopVar.delete(l.name); });
}

/** A serial reduce over quads: one accumulator per lane, combined in lane order after the loops. */
export function quadReduce(g: Gen, s: Scope, plan: SerialVecPlan, st: ReduceStmt): void {
  const v = plan.lane.get(st)!;
  const id = g.acc.size;
  const a = `a${id}`;
  const t = accType(st.type);
  hoist(g, s, st.value, innerSet(st.inner));
  LANES.forEach((_, j) => line(s, `var ${a}_${j}: ${t} = ${initText(st.op, st.type, g.helpers)};`));
  quadLoops(g, s, st, (c, quad) => quadIteration(g, c, plan, v, quad, [st.value], (lane, j) => stepLine(g, lane, st, `${a}_${j}`)));
  const c01 = combineText(st.op, st.type, `${a}_0`, `${a}_1`, g.helpers);
  const c012 = combineText(st.op, st.type, c01, `${a}_2`, g.helpers);
  line(s, `let ${a}: ${t} = ${combineText(st.op, st.type, c012, `${a}_3`, g.helpers)};`);
  publish(g, s, st, a);
}

/** A serial store with inner loops, over quads of its last one. */
export function quadStoreLoops(g: Gen, s: Scope, plan: SerialVecPlan, st: StoreStmt): void {
  const v = plan.lane.get(st)!;
  hoist(g, s, st.index, innerSet(st.inner));
  hoist(g, s, st.value, innerSet(st.inner));
  quadLoops(g, s, st, (c, quad) => quadStore(g, c, plan, st, v, quad));
}

/** The stores below the row level, 4 points of the kernel's last loop per iteration of `t`. */
export function quadDeep(g: Gen, s: Scope, plan: SerialVecPlan, W: number): void {
  const ext = g.k.loops.map((l) => l.extent).slice(W);
  const n = g.k.loops.length;
  const quads = ext.slice(0, -1).concat([ext[ext.length - 1]! / 4]);
  const names = ext.map((_, j) => (W + j === n - 1 ? 'q' : `i${W + j}`));
  const deep = g.k.stmts.filter((st): st is StoreStmt => st.level > W && st.kind === 'store');
  const loops = new Set(g.k.loops.slice(W).map((l) => l.name));
  for (const st of deep) { hoist(g, s, st.index, loops); hoist(g, s, st.value, loops); }
  block(s, `for (var t: i32 = 0i; t < ${quads.reduce((a, b) => a * b, 1)}i; t = t + 1i)`, (c) => {
    unravel(c, 't', names, quads);
    for (const st of deep) quadStore(g, c, plan, st, g.k.loops[n - 1]!.name, 'q');
  });
}
