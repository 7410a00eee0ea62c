// CPU codegen: the contraction plan of a matmul- or conv-shaped kernel (an f32 'dot' reduce at the
// innermost level whose stores read it): which kernel loops form the tile computed as one packed
// matrix product, the operand roles and the register-block shape. Pure analysis over Kernel IR; the
// emission is codegen-js-gemm.ts's. Imports only src/ir and src/lower.
//
// The product: the reduce's value is mul(x, y). A tile loop that y does not read is an M loop (x varies
// along it, or neither does), one that x does not read an N loop; a loop both read (a batch loop) stays
// outside the tile. Over one tile, A[m, k] = x and B[n, k] = y are evaluated once each into packed
// panels (im2col for a conv: every select/index computation of a padded, reversed, dilated window is
// done M·K times instead of M·N·K), then C[m, n] = Σ_k A[m, k]·B[n, k] is a register-blocked product.
import type { Expr, Kernel, Loop, Stmt } from './kir.js';
import { children } from './kir-build.js';
import { contractionShape } from './kir-contract.js';
import { size as prod } from '../ir/dtype.js';

type Reduce = Extract<Stmt, { kind: 'reduce' }>;
type Store = Extract<Stmt, { kind: 'store' }>;

/** Size limits of one tile (elements): A panels (Float32), B panels (Float32), C (Float64). */
export const PACK_A_MAX = 1 << 16;
export const PACK_B_MAX = 1 << 22;
export const TILE_C_MAX = 1 << 16;
/** Least multiply-adds for which a kernel is worth packing (below it the plain loops win). */
export const CONTRACT_MIN_WORK = 1 << 12;

export type Role = 'M' | 'N';

export interface Contract {
  readonly reduce: Reduce;
  readonly stores: readonly Store[];
  readonly x: Expr;
  readonly y: Expr;
  /** Index of the first tile loop: loops [t, n) are the tile, loops [0, t) stay outer. */
  readonly t: number;
  /** Iterations of loop t per tile (its extent when the tile holds it whole). */
  readonly strip: number;
  /** Role of each tile loop (index i is kernel loop t + i). */
  readonly roles: readonly Role[];
  /** Reduction length: the product of the reduce's inner extents. */
  readonly K: number;
  /** Largest M and N of one tile. */
  readonly M: number;
  readonly N: number;
  /** Register block: mr rows × nr columns of C per micro-kernel pass. */
  readonly mr: number;
  readonly nr: number;
  /** Frame depth where the A (x) and B (y) packs are evaluated (t + 1 = inside the strip loop). */
  readonly depthA: number;
  readonly depthB: number;
}

/** Loops read by `e` through index leaves, and the deepest level of a reduce it reads (acc leaves). */
function reads(e: Expr, level: ReadonlyMap<number, number>): { loops: Set<string>; accLevel: number } {
  const loops = new Set<string>();
  let accLevel = 0;
  const seen = new Set<number>();
  const go = (x: Expr): void => {
    if (seen.has(x.id)) return;
    seen.add(x.id);
    if (x.op === 'index') loops.add(x.loop);
    else if (x.op === 'acc') accLevel = Math.max(accLevel, level.get(x.stmt) ?? Infinity);
    else children(x).forEach(go);
  };
  go(e);
  return { loops, accLevel };
}


/** The largest tile from the innermost loop outwards within the size limits: [t, strip]. */
function chooseTile(loops: readonly Loop[], roles: readonly (Role | 'both')[], tmin: number, K: number): { t: number; strip: number } | undefined {
  const n = loops.length;
  let m = 1;
  let nn = 1;
  let best: { t: number; strip: number } | undefined;
  for (let t = n - 1; t >= tmin; t--) {
    const role = roles[t]!;
    if (role === 'both') break;
    const e = loops[t]!.extent;
    // The most iterations of loop t that keep every buffer within its limit (0: not even one).
    const most = role === 'M'
      ? Math.min(PACK_A_MAX / (m * K), TILE_C_MAX / (m * nn), nn * K <= PACK_B_MAX ? Infinity : 0)
      : Math.min(PACK_B_MAX / (nn * K), TILE_C_MAX / (m * nn), m * K <= PACK_A_MAX ? Infinity : 0);
    if (e <= most) {
      best = { t, strip: e };
      if (role === 'M') m *= e;
      else nn *= e;
      continue;
    }
    // Strip-mine loop t into equal strips of at most `most` iterations.
    if (most >= 2) best = { t, strip: Math.ceil(e / Math.ceil(e / Math.floor(most))) };
    break;
  }
  return best;
}

/**
 * The register block for a tile of m × n: the shape with the least estimated time per multiply-add of
 * the padded tile (mr·nr accumulators plus mr + nr loads per k; more than ~20 live values spill).
 * Measured on 512² and 1024² (CPU time, same process): 4×3 at 4.6 and 5.3 GFLOP/s beats 3×4, 5×3, 2×8
 * (4.1–4.7) and 4×4 (3.6, 4.2: 24 live doubles spill).
 */
export function chooseBlock(m: number, n: number): { mr: number; nr: number } {
  let best = { mr: 1, nr: 1, cost: Infinity };
  for (let mr = 1; mr <= 8; mr++) {
    for (let nr = 1; nr <= 8; nr++) {
      if (mr * nr > 16) continue;
      const padded = Math.ceil(m / mr) * mr * Math.ceil(n / nr) * nr;
      const perStep = mr * nr + 0.5 * (mr + nr) + Math.max(0, mr * nr + mr + nr - 20);
      const cost = (padded / (mr * nr)) * perStep;
      if (cost < best.cost) best = { mr, nr, cost };
    }
  }
  return { mr: best.mr, nr: best.nr };
}

/** The contraction plan of kernel `k`, or undefined when it is not a (large enough) product. */
export function findContract(k: Kernel): Contract | undefined {
  const shape = contractionShape(k);
  if (!shape) return undefined;
  const { reduce, x, y } = shape;
  const level = new Map(k.stmts.flatMap((s) => (s.kind === 'reduce' ? [[s.id, s.level] as const] : [])));
  const rx = reads(x, level);
  const ry = reads(y, level);
  const roles = k.loops.map((l): Role | 'both' => (!ry.loops.has(l.name) ? 'M' : !rx.loops.has(l.name) ? 'N' : 'both'));
  const lastBoth = roles.lastIndexOf('both');
  const tmin = Math.max(lastBoth + 1, rx.accLevel, ry.accLevel);
  const K = prod(reduce.inner.map((l) => l.extent));
  if (K === 0 || k.loops.some((l) => l.extent === 0) || !Number.isFinite(tmin)) return undefined;
  const fullM = prod(k.loops.filter((_, i) => i >= tmin && roles[i] === 'M').map((l) => l.extent));
  const fullN = prod(k.loops.filter((_, i) => i >= tmin && roles[i] === 'N').map((l) => l.extent));
  if (fullM < 2 || fullN < 2 || prod(k.loops.map((l) => l.extent)) * K < CONTRACT_MIN_WORK) return undefined;
  const tile = chooseTile(k.loops, roles, tmin, K);
  if (!tile) return undefined;
  const { t, strip } = tile;
  const tileRoles = roles.slice(t) as Role[];
  const ext = (i: number): number => (i === t ? strip : k.loops[i]!.extent);
  const M = prod(tileRoles.map((r, i) => (r === 'M' ? ext(t + i) : 1)));
  const N = prod(tileRoles.map((r, i) => (r === 'N' ? ext(t + i) : 1)));
  if (M < 2 || N < 2) return undefined;
  const stripped = strip < k.loops[t]!.extent;
  const depth = (r: { loops: Set<string>; accLevel: number }): number => {
    let d = r.accLevel;
    k.loops.forEach((l, i) => {
      if (i < t && r.loops.has(l.name)) d = Math.max(d, i + 1);
    });
    return stripped && r.loops.has(k.loops[t]!.name) ? t + 1 : d;
  };
  const depthA = stripped && tileRoles[0] === 'M' ? t + 1 : depth(rx);
  const depthB = stripped && tileRoles[0] === 'N' ? t + 1 : depth(ry);
  return { ...shape, t, strip, roles: tileRoles, K, M, N, ...chooseBlock(M, N), depthA, depthB };
}
