// The WGSL contraction template (dot_general / conv_general_dilated kernels): a Kernel IR kernel whose
// innermost level holds ONE f32 'dot' reduce (value `x * y`) and inner-loop-free stores (the epilogue) is
// printed with a register tile per invocation: up to TA×TB outputs over two kernel loops `a` (read by x
// only) and `b` (read by y only), so that each x value loaded in the contraction loop is used TB times
// and each y value TA times. x and y stay arbitrary expressions (fused prologue: transposes, padding
// selects, elementwise producers): they are emitted once per tile offset, with loop-invariant parts
// hoisted. GPUs (and the pinned profile) take the workgroup-memory layout of wgsl-contract-shared.ts
// where x and y each have a loop of their own; the layouts below use no workgroup memory and no barriers
// (barriers cost ~10× on SwiftShader; measured slower on llvmpipe too: see WEBGPU-ON-CPU.md). Tile rows
// past a loop's extent read a clamped index (in range) and skip their stores. Two lane layouts
// (wgsl-profile.ts ContractTuning): 'strided' (CPU adapters; GPUs' matrix-vector products) runs
// a workgroup's lanes over consecutive points of the innermost tiled loop with an invocation's tile rows
// `lanes` apart, so y's loads and the stores are consecutive across lanes and x's are uniform (measured
// 2-9× faster than 'packed' on llvmpipe); 'packed' (adjacent tile rows) is kept where fewer than 8 lanes
// would be busy. The innermost reduction loop is unrolled ContractTuning.unroll times (default 4; 1 on
// CPU adapters, measured faster), more where llvmpipe's per-invocation loop limit (LOOP_BUDGET) needs
// it; a kernel that cannot fit it is left to the generic path.
// Imports src/ir, kir*.ts, wgsl-*.ts.
import type { Expr, Kernel, Loop } from './kir.js';
import { loopsUsed } from './kir-build.js';
import { contractionShape } from './kir-contract.js';
import { size as prod } from '../ir/dtype.js';
import type { DeviceProfile } from './wgsl-profile.js';
import { contractTuning, GPU_STRIDED_CONTRACT } from './wgsl-profile.js';
import type { ReduceStmt, StoreStmt } from './wgsl-reduce.js';
import { LOOP_BUDGET, unravel } from './wgsl-reduce.js';
import type { Gen, Scope } from './wgsl-scope.js';
import { bare, block, emit, hoist, line, storeText } from './wgsl-scope.js';
import type { SharedLayout } from './wgsl-contract-shared.js';
import { sharedBody, sharedGroups, sharedLayout } from './wgsl-contract-shared.js';

/** One tiled kernel loop: its position in `k.loops` and the tile size along it. */
export interface TileDim {
  readonly loop: number;
  readonly size: number;
}

export interface ContractPlan {
  readonly reduce: ReduceStmt;
  readonly stores: readonly StoreStmt[];
  readonly x: Expr;
  readonly y: Expr;
  /** The tiled loops: x's (a) then y's (b); one of them may be absent (a matrix-vector product). */
  readonly tiles: readonly TileDim[];
  /** Copies of the body per iteration of the innermost reduction loop (= its extent: fully unrolled). */
  readonly unroll: number;
  /**
   * The strided layout: the workgroup's `lanes` invocations run consecutive points of kernel loop `loop`
   * (a tiled one), each with its tile's outputs `lanes` apart; absent: the packed layout (gridOf).
   */
  readonly lane?: { readonly loop: number; readonly lanes: number };
  /** The workgroup-memory layout (wgsl-contract-shared.ts); absent: the strided or packed layout. */
  readonly shared?: SharedLayout;
}

/** The most copies of the innermost reduction loop's body (past it the kernel uses the generic path). */
const MAX_CONTRACT_UNROLL = 32;
/** Innermost reduction loops up to this extent are unrolled completely (without a tuning's unroll). */
const FULL_UNROLL = 8;


/** The contraction shape of `k`, or undefined when it has none (the generic printer handles it). */
export function findContraction(k: Kernel, profile: DeviceProfile): ContractPlan | undefined {
  const n = k.loops.length;
  const shape = n === 0 || k.stmts.some((s) => s.level !== n) ? undefined : contractionShape(k);
  if (!shape) return undefined;
  const { reduce: r, stores, x, y } = shape;
  const ux = loopsUsed(x);
  const uy = loopsUsed(y);
  const pick = (own: ReadonlySet<string>, other: ReadonlySet<string>): number => {
    let best = -1;
    k.loops.forEach((l, j) => {
      if (l.extent > 1 && own.has(l.name) && !other.has(l.name) && (best < 0 || l.extent >= k.loops[best]!.extent)) best = j;
    });
    return best;
  };
  const a = pick(ux, uy);
  const b = pick(uy, ux);
  if (a < 0 && b < 0) return undefined;
  const tuned = contractTuning(profile);
  if (tuned.layout === 'shared' && a >= 0 && b >= 0) {
    const sh = sharedLayout(k, r, a, b, tuned, profile);
    if (sh) return { reduce: r, stores, x, y, tiles: [{ loop: a, size: sh.ta }, { loop: b, size: sh.tb }], unroll: 1, shared: sh.layout };
  }
  // a matrix-vector product, or a block the profile cannot hold: the strided layout
  const tune = tuned.layout === 'shared' ? { ...GPU_STRIDED_CONTRACT, lanes: tuned.lanes } : tuned;
  const [ta, tb] = tune.tiles;
  const tiles = [...(a >= 0 ? [{ loop: a, size: tileSize(k.loops[a]!.extent, ta) }] : []), ...(b >= 0 ? [{ loop: b, size: tileSize(k.loops[b]!.extent, tb) }] : [])];
  const unroll = unrollFor(r.inner, tune.unroll);
  if (unroll === undefined) return undefined;
  const lane = tune.layout === 'strided' ? stridedLane(k, tiles, tune.lanes) : undefined;
  return { reduce: r, stores, x, y, tiles, unroll, ...(lane ? { lane } : {}) };
}

/** Fewest lanes of the strided layout (past this many idle SIMD lanes the packed layout is kept). */
const MIN_LANES = 8;

/**
 * The strided layout's lane loop: the innermost tiled loop (the output's most contiguous one), with the
 * lanes its tiles can fill (a power of two up to `max`); undefined when fewer than MIN_LANES.
 */
function stridedLane(k: Kernel, tiles: readonly TileDim[], max: number): { loop: number; lanes: number } | undefined {
  const t = tiles.reduce((best, d) => (d.loop > best.loop ? d : best), tiles[0]!);
  const need = Math.ceil(k.loops[t.loop]!.extent / t.size);
  if (need < MIN_LANES) return undefined;
  let lanes = MIN_LANES;
  while (lanes < need && lanes < max) lanes *= 2;
  return { loop: t.loop, lanes };
}

/** The tile size in 2..max (or the extent, when smaller) wasting the fewest padded rows (ties: larger). */
export function tileSize(extent: number, max: number): number {
  if (extent <= max) return extent;
  let best = max;
  for (let t = max; t >= Math.max(2, Math.ceil(max / 2)); t--) {
    if (Math.ceil(extent / t) * t - extent < Math.ceil(extent / best) * best - extent) best = t;
  }
  return best;
}

/** Back-edges of the reduction loops with the innermost unrolled `u` times (its remainder unrolled). */
function loopIterations(inner: readonly Loop[], u: number): number {
  const ext = inner.map((l) => l.extent);
  let total = 0;
  for (let d = 0; d < ext.length - 1; d++) total += prod(ext.slice(0, d + 1));
  return total + prod(ext.slice(0, -1)) * Math.floor(ext[ext.length - 1]! / u);
}

/** `base`: the tuning's unroll (absent: 4, and loops up to FULL_UNROLL unrolled completely). */
function unrollFor(inner: readonly Loop[], base: number | undefined): number | undefined {
  const last = inner[inner.length - 1]!.extent;
  let u = last <= (base ?? FULL_UNROLL) ? last : (base ?? 4);
  while (u < MAX_CONTRACT_UNROLL && u < last && loopIterations(inner, u) > LOOP_BUDGET) u *= 2;
  return loopIterations(inner, Math.min(u, last)) > LOOP_BUDGET ? undefined : Math.min(u, last);
}

/**
 * The grid: the lane tile loop is the tiled loop with the most tiles; the operand that does not read it
 * is the uniform one. Invocations of a workgroup (lanes) run consecutive points of the loops the uniform
 * operand does not read (flattened, row-major); the workgroup id gives the loops it reads, so its index
 * is uniform across the workgroup (llvmpipe then loads it once for all its SIMD lanes instead of
 * gathering per lane).
 */
interface Grid {
  /** Kernel loops' extents, tiled loops in tiles. */
  readonly ext: readonly number[];
  readonly lanes: readonly number[];
  readonly others: readonly number[];
  /** Workgroups per point of the other loops (lane points / workgroup size, rounded up). */
  readonly q: number;
}

function gridOf(k: Kernel, p: ContractPlan, wg: number): Grid {
  const ext = k.loops.map((l, j) => {
    const t = p.tiles.find((d) => d.loop === j);
    return t ? Math.ceil(l.extent / (t.size * (p.lane?.loop === j ? p.lane.lanes : 1))) : l.extent;
  });
  // Strided: consecutive workgroups share the lane loop's chunk (its operand's columns stay in cache).
  const sl = p.lane?.loop;
  if (sl !== undefined) return { ext, lanes: [], others: [sl, ...ext.map((_, j) => j).filter((j) => j !== sl)], q: 1 };
  const lane = p.tiles.reduce((best, t) => (ext[t.loop]! > ext[best]! ? t.loop : best), p.tiles[0]!.loop);
  const name = k.loops[lane]!.name;
  const uniform = loopsUsed(loopsUsed(p.x).has(name) ? p.y : p.x);
  const lanes = ext.map((_, j) => j).filter((j) => !uniform.has(k.loops[j]!.name));
  const others = ext.map((_, j) => j).filter((j) => uniform.has(k.loops[j]!.name));
  return { ext, lanes, others, q: Math.ceil(prod(lanes.map((j) => ext[j]!)) / wg) };
}

/** Invocations per workgroup: the map size, or fewer when there are fewer lane points (at least 8). */
export function contractWorkgroupSize(k: Kernel, p: ContractPlan, mapSize: number): number {
  if (p.shared) return p.shared.la * p.shared.lb;
  if (p.lane) return p.lane.lanes;
  const g = gridOf(k, p, mapSize);
  const n = prod(g.lanes.map((j) => g.ext[j]!));
  let wg = 8;
  while (wg < n && wg < mapSize) wg *= 2;
  return Math.min(wg, mapSize);
}

/** Invocations to dispatch (a multiple of `wg`). */
export function contractPoints(k: Kernel, p: ContractPlan, wg: number): number {
  if (p.shared) return sharedGroups(k, p, p.shared) * wg;
  const g = gridOf(k, p, wg);
  return prod(g.others.map((j) => g.ext[j]!)) * g.q * wg;
}

/** A tile offset per tiled loop (0 for a loop the operand does not read). */
type Offset = readonly number[];

/** The offsets of all TA×TB outputs of the tile, row-major. */
function allOffsets(p: ContractPlan): Offset[] {
  let out: number[][] = [[]];
  for (const t of p.tiles) out = out.flatMap((o) => Array.from({ length: t.size }, (_, u) => [...o, u]));
  return out;
}

const accName = (o: Offset): string => `c${o.join('_')}`;
const offKey = (o: Offset): string => o.join(',');

/** The offsets an operand reading `used` loops differs by (others are folded to 0), as a map key → offset. */
function operandOffsets(k: Kernel, p: ContractPlan, used: ReadonlySet<string>): Map<string, Offset> {
  const m = new Map<string, Offset>();
  for (const o of allOffsets(p)) {
    const f = o.map((u, j) => (used.has(k.loops[p.tiles[j]!.loop]!.name) ? u : 0));
    m.set(offKey(f), f);
  }
  return m;
}

/** WGSL name of tiled loop `j`'s index at offset `u` (clamped into range when the tile can overhang). */
const tileVar = (p: ContractPlan, j: number, u: number): string => (u === 0 ? `i${p.tiles[j]!.loop}` : `i${p.tiles[j]!.loop}_${u}`);

function bindOffset(g: Gen, p: ContractPlan, o: Offset): void {
  p.tiles.forEach((t, j) => g.loopVar.set(g.k.loops[t.loop]!.name, tileVar(p, j, o[j]!)));
}

/** A scope writing into `s`'s lines with `s`'s and `extra`'s temporaries in view. */
const merged = (s: Scope, extra: Scope): Scope => ({ lines: s.lines, pad: s.pad, memo: new Map([...s.memo, ...extra.memo]) });

/** The body of the template's `main` (after the invocation id): unravel, accumulate, epilogue. */
export function contractBody(g: Gen, s: Scope, p: ContractPlan, wg: number, gx: number): void {
  if (p.shared) { sharedBody(g, s, p, p.shared, gx); return; }
  const k = g.k;
  const { ext, lanes, others, q } = gridOf(k, p, wg);
  const tiled = new Set(p.tiles.map((t) => t.loop));
  const name = (j: number): string => (tiled.has(j) ? `t${j}` : `i${j}`);
  const sizes = (js: readonly number[]): number[] => js.map((j) => ext[j]!);
  line(s, `let grp: i32 = i32(wid.x + wid.y * ${gx}u);`);
  if (!p.lane) {
    line(s, `let lf: i32 = ${q > 1 ? `(grp % ${q}i) * ${wg}i + ` : ''}i32(lid);`);
    line(s, `if (lf >= ${prod(sizes(lanes))}i) { return; }`);
  }
  if (q > 1 && others.length > 0) line(s, `let og: i32 = grp / ${q}i;`);
  for (const [js, v] of [[lanes, 'lf'], [others, q > 1 ? 'og' : 'grp']] as const) {
    const live = js.filter((j) => ext[j]! > 1);
    js.filter((j) => ext[j]! === 1).forEach((j) => line(s, `let ${name(j)}: i32 = 0i;`));
    if (live.length > 0) unravel(s, v, live.map(name), sizes(live));
  }
  p.tiles.forEach((t, j) => tileIndices(s, p, j, k.loops[t.loop]!.extent));
  k.loops.forEach((l, j) => { if (!tiled.has(j)) g.loopVar.set(l.name, `i${j}`); });
  for (const o of allOffsets(p)) line(s, `var ${accName(o)}: f32 = 0.0f;`);
  contractLoops(g, s, p);
  epilogue(g, s, p);
}

/** Whether tile row `u` of tiled loop `j` can fall past the loop's extent (clamped loads, guarded stores). */
function ragged(p: ContractPlan, j: number, u: number, extent: number): boolean {
  const t = p.tiles[j]!;
  if (p.lane?.loop === t.loop) return extent % (t.size * p.lane.lanes) !== 0;
  return u > 0 && extent % t.size !== 0;
}

/** Tiled loop `j`'s indices: `i<loop>` and `i<loop>_<u>` (row u of the tile), clamped where ragged. */
function tileIndices(s: Scope, p: ContractPlan, j: number, L: number): void {
  const t = p.tiles[j]!;
  const at = (u: number): string => tileVar(p, j, u);
  const clamp = (u: number, e: string): string => (ragged(p, j, u, L) ? `min(${e}, ${L - 1}i)` : e);
  if (p.lane?.loop === t.loop) {
    const w = p.lane.lanes;
    line(s, `let b${t.loop}: i32 = t${t.loop} * ${t.size * w}i + i32(lid);`);
    for (let u = 0; u < t.size; u++) line(s, `let ${at(u)}: i32 = ${clamp(u, u === 0 ? `b${t.loop}` : `b${t.loop} + ${u * w}i`)};`);
    return;
  }
  line(s, `let i${t.loop}: i32 = t${t.loop} * ${t.size}i;`);
  for (let u = 1; u < t.size; u++) line(s, `let ${at(u)}: i32 = ${clamp(u, `i${t.loop} + ${u}i`)};`);
}

interface Operand {
  readonly e: Expr;
  /** Offset key → the scope (memo) of its loop-invariant temporaries at that offset. */
  readonly pre: Map<string, { off: Offset; scope: Scope }>;
}

/** The reduction loops: outer ones as `for`, the innermost unrolled `p.unroll` times, plus its remainder. */
function contractLoops(g: Gen, s: Scope, p: ContractPlan): void {
  const inner = p.reduce.inner;
  const rset = new Set(inner.map((l) => l.name));
  const tileNames = new Set(p.tiles.map((t) => g.k.loops[t.loop]!.name));
  const operand = (e: Expr): Operand => {
    hoist(g, s, e, new Set([...rset, ...tileNames]));
    const pre = new Map<string, { off: Offset; scope: Scope }>();
    for (const [key, off] of operandOffsets(g.k, p, loopsUsed(e))) {
      const scope: Scope = { lines: s.lines, pad: s.pad, memo: new Map(s.memo) };
      bindOffset(g, p, off);
      hoist(g, scope, e, rset);
      pre.set(key, { off, scope });
    }
    return { e, pre };
  };
  const ops = [operand(p.x), operand(p.y)] as const;
  const outer = inner.slice(0, -1);
  const last = inner[inner.length - 1]!;
  const open = (sc: Scope, d: number): void => {
    if (d < outer.length) {
      const r = `r${d}`;
      g.loopVar.set(outer[d]!.name, r);
      block(sc, `for (var ${r}: i32 = 0i; ${r} < ${outer[d]!.extent}i; ${r} = ${r} + 1i)`, (c) => open(c, d + 1));
      return;
    }
    innermost(g, sc, p, ops, last, outer.length);
  };
  open(s, 0);
}

function innermost(g: Gen, s: Scope, p: ContractPlan, ops: readonly [Operand, Operand], last: Loop, d: number): void {
  const u = p.unroll;
  const full = Math.floor(last.extent / u) * u;
  const r = `r${d}`;
  if (full === u) {
    for (let c = 0; c < u; c++) bare(s, (b) => step(g, b, p, ops, last, `${c}i`));
  } else if (full > 0) {
    block(s, `for (var ${r}: i32 = 0i; ${r} < ${full}i; ${r} = ${r} + ${u}i)`, (lp) => {
      for (let c = 0; c < u; c++) bare(lp, (b) => step(g, b, p, ops, last, c === 0 ? r : `${r} + ${c}i`));
    });
  }
  for (let c = full; c < last.extent; c++) bare(s, (b) => step(g, b, p, ops, last, `${c}i`));
}

/** One element of the contraction: every operand value at every offset, then the tile's fma lines. */
function step(g: Gen, b: Scope, p: ContractPlan, ops: readonly [Operand, Operand], last: Loop, at: string): void {
  const rv = `k${g.temps++}`;
  line(b, `let ${rv}: i32 = ${at};`);
  g.loopVar.set(last.name, rv);
  const tileNames = new Set(p.tiles.map((t) => g.k.loops[t.loop]!.name));
  const texts = ops.map((op) => {
    hoist(g, b, op.e, tileNames);
    const m = new Map<string, string>();
    for (const [key, { off, scope }] of op.pre) {
      bindOffset(g, p, off);
      m.set(key, emit(g, merged(b, scope), op.e));
    }
    return { m, used: loopsUsed(op.e) };
  });
  for (const o of allOffsets(p)) {
    const [xt, yt] = texts.map(({ m, used }) => m.get(offKey(o.map((u, j) => (used.has(g.k.loops[p.tiles[j]!.loop]!.name) ? u : 0))))!);
    line(b, `${accName(o)} = fma(${xt}, ${yt}, ${accName(o)});`);
  }
}

/** The stores of every output of the tile, guarded where the tile overhangs its loop. */
function epilogue(g: Gen, s: Scope, p: ContractPlan): void {
  for (const o of allOffsets(p)) {
    const conds = p.tiles.flatMap((t, j) => {
      const L = g.k.loops[t.loop]!.extent;
      if (!ragged(p, j, o[j]!, L)) return [];
      const off = o[j]! * (p.lane?.loop === t.loop ? p.lane.lanes : 1);
      return [`${p.lane?.loop === t.loop ? `b${t.loop}` : tileVar(p, j, 0)}${off > 0 ? ` + ${off}i` : ''} < ${L}i`];
    });
    (conds.length ? (f: (c: Scope) => void) => block(s, `if (${conds.join(' && ')})`, f) : (f: (c: Scope) => void) => bare(s, f))((c) => {
      bindOffset(g, p, o);
      g.acc.set(p.reduce.id, accName(o));
      for (const st of p.stores) {
        const idx = emit(g, c, st.index);
        const v = emit(g, c, st.value);
        line(c, `out${st.output}[${idx}] = ${storeText(g.k.outputs[st.output]!.dtype, v)};`);
      }
    });
  }
}
