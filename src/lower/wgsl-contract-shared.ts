// The workgroup-memory layout of the contraction template (wgsl-contract.ts), for GPUs: a workgroup of
// LA×LB invocations computes a block of (LA·TA)×(LB·TB) outputs of the two tiled loops `a` (read by x
// only) and `b` (read by y only), each invocation a TA×TB register tile whose rows are LA (columns LB)
// apart, so that neighbouring invocations store neighbouring outputs. The reduction loops, flattened into
// one index (a conv's channels × window), run in chunks of KT steps: the workgroup evaluates x over the
// block's a points and y over its b points for the chunk's KT steps — the fused prologue (transposes, padding selects, elementwise producers) once
// per element, not once per use — into workgroup memory, a barrier, then each invocation accumulates its
// tile from there (TA + TB reads per TA·TB fmas), and a barrier before the next chunk. Steps past the
// loop's extent are stored as 0 in both operands (0·0 adds nothing); block rows past a loop's extent read
// a clamped index and skip their stores. Barriers stay in uniform control flow: every loop bound is a
// constant and a workgroup past the grid returns as a whole. CPU implementations keep the strided layout
// (barriers cost ~10× there). Imports src/ir, kir*.ts, wgsl-*.ts.
import { size as prod } from '../ir/dtype.js';
import type { Expr, Kernel } from './kir.js';
import { children } from './kir-build.js';
import { linOf } from './kir-range.js';
import type { ContractPlan } from './wgsl-contract.js';
import type { ContractTuning, DeviceProfile } from './wgsl-profile.js';
import type { ReduceStmt } from './wgsl-reduce.js';
import { LOOP_BUDGET, unravel } from './wgsl-reduce.js';
import type { Gen, Scope } from './wgsl-scope.js';
import { bare, block, emit, hoist, line, storeText } from './wgsl-scope.js';

export interface SharedLayout {
  /** Invocations along a and along b (LA·LB per workgroup). */
  readonly la: number;
  readonly lb: number;
  /** Steps of the flattened reduction loops per chunk. */
  readonly kt: number;
}

/** Steps of the flattened reduction loops staged per chunk (fewer when the reduction is shorter). */
const KT = 16;

/**
 * Fewest points along each tiled loop for the shared layout: two per lane of an 8×8 workgroup. Below it
 * a staged element is used by too few invocations to pay for the staging and the barriers: the W6
 * Jacobian's convolutions (5 and 3 output channels, 45-step reductions over a one-hot prologue) took
 * 2.30 ms on an H100 in the shared layout against 0.44 ms in the strided one (NVIDIA H100, Dawn on
 * Vulkan, medians of 15; the convolutions alone 1.07 vs 0.17 and 1.27 vs 0.15 ms).
 */
export const SHARED_MIN_EXTENT = 16;

/**
 * The shared layout of a contraction over tiled loops `a` and `b` (kernel loop positions) under `tune`, or
 * undefined where it does not fit the profile (workgroup size or memory) or llvmpipe's loop budget, or a
 * tiled loop is shorter than SHARED_MIN_EXTENT. Returns the register tile sizes (at most the tuning's,
 * fewer where a loop has fewer points per lane).
 */
export function sharedLayout(k: Kernel, r: ReduceStmt, a: number, b: number, tune: ContractTuning, p: DeviceProfile): { layout: SharedLayout; ta: number; tb: number } | undefined {
  if (k.loops[a]!.extent < SHARED_MIN_EXTENT || k.loops[b]!.extent < SHARED_MIN_EXTENT) return undefined;
  const cap = Math.min(tune.lanes, p.maxComputeInvocationsPerWorkgroup, p.maxComputeWorkgroupSizeX);
  let lb = 1;
  while (lb * lb * 2 <= cap) lb *= 2; // lanes along b: the larger half of the power of two
  const la = Math.min(lb, Math.floor(cap / lb));
  if (la * lb < 16) return undefined;
  const ta = Math.max(1, Math.min(tune.tiles[0], Math.ceil(k.loops[a]!.extent / la)));
  const tb = Math.max(1, Math.min(tune.tiles[1], Math.ceil(k.loops[b]!.extent / lb)));
  const K = prod(r.inner.map((l) => l.extent));
  const kt = Math.min(KT, K);
  if (4 * kt * (la * ta + lb * tb) > p.maxComputeWorkgroupStorageSize) return undefined;
  if (Math.ceil(K / kt) > LOOP_BUDGET) return undefined;
  return { layout: { la, lb, kt }, ta, tb };
}

/** The tiled loops (a then b) and their block sizes. */
function blocks(p: ContractPlan, s: SharedLayout): { a: number; b: number; ba: number; bb: number } {
  const [ta, tb] = p.tiles;
  return { a: ta!.loop, b: tb!.loop, ba: s.la * ta!.size, bb: s.lb * tb!.size };
}

/** Workgroups: one per block of a × block of b × point of the other kernel loops. */
export function sharedGroups(k: Kernel, p: ContractPlan, s: SharedLayout): number {
  const { a, b, ba, bb } = blocks(p, s);
  return k.loops.reduce((acc, l, j) => acc * (j === a ? Math.ceil(l.extent / ba) : j === b ? Math.ceil(l.extent / bb) : l.extent), 1);
}

/** Workgroup memory of the layout: x's and y's chunk. */
export function sharedMemory(p: ContractPlan, s: SharedLayout): string[] {
  const { ba, bb } = blocks(p, s);
  return [`var<workgroup> kx_xs: array<f32, ${s.kt * ba}>;`, `var<workgroup> kx_ys: array<f32, ${s.kt * bb}>;`];
}

/** The body of `main` for the shared layout. */
export function sharedBody(g: Gen, s: Scope, p: ContractPlan, sh: SharedLayout, gx: number): void {
  const k = g.k;
  const { a, b, ba, bb } = blocks(p, sh);
  const [ta, tb] = [p.tiles[0]!.size, p.tiles[1]!.size];
  const A = k.loops[a]!, B = k.loops[b]!;
  const groups = sharedGroups(k, p, sh);
  line(s, `let grp: i32 = i32(wid.x + wid.y * ${gx}u);`);
  line(s, `if (grp >= ${groups}i) { return; }`);
  // grid: the other loops (in order), then a's block, then b's block (fastest)
  const others = k.loops.map((_, j) => j).filter((j) => j !== a && j !== b);
  const gnames = [...others.map((j) => `i${j}`), `ta${a}`, `tb${b}`];
  const gext = [...others.map((j) => k.loops[j]!.extent), Math.ceil(A.extent / ba), Math.ceil(B.extent / bb)];
  gnames.forEach((nm, j) => { if (gext[j] === 1) line(s, `let ${nm}: i32 = 0i;`); });
  const live = gnames.flatMap((nm, j) => (gext[j]! > 1 ? [j] : []));
  if (live.length > 0) unravel(s, 'grp', live.map((j) => gnames[j]!), live.map((j) => gext[j]!));
  others.forEach((j) => g.loopVar.set(k.loops[j]!.name, `i${j}`));
  line(s, `let la: i32 = i32(lid) / ${sh.lb}i;`);
  line(s, `let lb: i32 = i32(lid) % ${sh.lb}i;`);
  line(s, `let ba: i32 = ta${a} * ${ba}i;`);
  line(s, `let bb: i32 = tb${b} * ${bb}i;`);
  for (let u = 0; u < ta; u++) for (let v = 0; v < tb; v++) line(s, `var c${u}_${v}: f32 = 0.0f;`);
  const r = p.reduce;
  // the reduction loops, flattened into one index of K steps (unravelled where an operand is staged)
  const inner = r.inner, lastLoop = inner[inner.length - 1]!;
  const L = prod(inner.map((l) => l.extent)), kt = sh.kt;
  hoist(g, s, p.x, new Set([...inner.map((l) => l.name), A.name]));
  hoist(g, s, p.y, new Set([...inner.map((l) => l.name), B.name]));
  // Each operand's chunk is read with consecutive invocations on its contiguous loop: the reduction step
  // where the operand's loads step by 1 along it (x of a row-major matmul), else the tiled loop.
  const stage = (c: Scope, which: 'x' | 'y'): void => {
    const [loop, size, base, arr, e] = which === 'x' ? [A, ba, 'ba', 'kx_xs', p.x] as const : [B, bb, 'bb', 'kx_ys', p.y] as const;
    const n = kt * size, lanes = sh.la * sh.lb;
    const kFirst = unitStride(e, lastLoop.name) && !unitStride(e, loop.name);
    for (let j = 0; j * lanes < n; j++) {
      const at = j === 0 ? 'i32(lid)' : `i32(lid) + ${j * lanes}i`;
      const fill = (cc: Scope): void => {
        line(cc, `let e: i32 = ${at};`);
        line(cc, `let kk: i32 = ${kFirst ? `e % ${kt}i` : `e / ${size}i`};`);
        const q = kFirst ? `e / ${kt}i` : `e % ${size}i`;
        line(cc, `let pt: i32 = ${loop.extent % size === 0 ? `${base} + ${q}` : `min(${base} + ${q}, ${loop.extent - 1}i)`};`);
        line(cc, 'let rk: i32 = k0 + kk;');
        g.loopVar.set(loop.name, 'pt');
        if (inner.length === 1) g.loopVar.set(lastLoop.name, 'rk');
        else {
          unravel(cc, 'rk', inner.map((_, d) => `r${d}`), inner.map((l) => l.extent));
          inner.forEach((l, d) => g.loopVar.set(l.name, `r${d}`));
        }
        const v = emit(g, cc, e);
        line(cc, `${arr}[${kFirst ? `kk * ${size}i + e / ${kt}i` : 'e'}] = ${L % kt === 0 ? v : `select(0.0f, ${v}, rk < ${L}i)`};`);
      };
      if ((j + 1) * lanes > n) block(c, `if (${at} < ${n}i)`, fill); else bare(c, fill);
    }
  };
  const chunk = (c: Scope): void => {
    stage(c, 'x');
    stage(c, 'y');
    line(c, 'workgroupBarrier();');
    for (let kk = 0; kk < kt; kk++) {
      bare(c, (cc) => {
        for (let u = 0; u < ta; u++) line(cc, `let x${u}: f32 = kx_xs[${kk * ba}i + la${u > 0 ? ` + ${u * sh.la}i` : ''}];`);
        for (let v = 0; v < tb; v++) line(cc, `let y${v}: f32 = kx_ys[${kk * bb}i + lb${v > 0 ? ` + ${v * sh.lb}i` : ''}];`);
        for (let u = 0; u < ta; u++) for (let v = 0; v < tb; v++) line(cc, `c${u}_${v} = fma(x${u}, y${v}, c${u}_${v});`);
      });
    }
    line(c, 'workgroupBarrier();');
  };
  block(s, `for (var k0: i32 = 0i; k0 < ${L}i; k0 = k0 + ${kt}i)`, chunk);
  // epilogue: output (ba + la + u·LA, bb + lb + v·LB), stored where inside both loops
  for (let u = 0; u < ta; u++) {
    for (let v = 0; v < tb; v++) {
      const ai = `ba + la${u > 0 ? ` + ${u * sh.la}i` : ''}`, bi = `bb + lb${v > 0 ? ` + ${v * sh.lb}i` : ''}`;
      const conds = [...(A.extent % ba !== 0 ? [`${ai} < ${A.extent}i`] : []), ...(B.extent % bb !== 0 ? [`${bi} < ${B.extent}i`] : [])];
      (conds.length ? (f: (c: Scope) => void) => block(s, `if (${conds.join(' && ')})`, f) : (f: (c: Scope) => void) => bare(s, f))((c) => {
        line(c, `let oa: i32 = ${ai};`);
        line(c, `let ob: i32 = ${bi};`);
        g.loopVar.set(A.name, 'oa');
        g.loopVar.set(B.name, 'ob');
        g.acc.set(r.id, `c${u}_${v}`);
        for (const st of p.stores) {
          const idx = emit(g, c, st.index);
          const val = emit(g, c, st.value);
          line(c, `out${st.output}[${idx}] = ${storeText(k.outputs[st.output]!.dtype, val)};`);
        }
      });
    }
  }
}

/** Whether some load of `e` steps by ±1 along loop `name` (its index's linear form has coefficient ±1 there). */
function unitStride(e: Expr, name: string): boolean {
  const seen = new Set<number>();
  let found = false;
  const walk = (x: Expr): void => {
    if (found || seen.has(x.id)) return;
    seen.add(x.id);
    if (x.op === 'load') {
      for (const [atom, c] of linOf(x.index).terms) if (atom.op === 'index' && atom.loop === name && Math.abs(c) === 1) found = true;
    }
    children(x).forEach(walk);
  };
  walk(e);
  return found;
}
