// Vectorised map kernels for CPU adapters (llvmpipe, SwiftShader): each invocation computes 4 consecutive
// elements of a 1-D map kernel, and the buffers read and written only at the loop index are bound as
// array<vec4<T>> (one 16-byte load/store per invocation instead of four). Measured on Dawn: W1's chain
// at 1e7 elements runs ~1.7× faster on llvmpipe and ~1.5–2× on SwiftShader than one element per
// invocation; scalar loads of 4 consecutive elements gain nothing. Imports src/ir and src/lower.
import type { Expr, Kernel } from './kir.js';
import { children } from './kir-build.js';
import type { DeviceProfile } from './wgsl-profile.js';
import { mapVecWidth } from './wgsl-profile.js';
import type { Gen, Scope } from './wgsl-scope.js';
import { emit, line, storeText } from './wgsl-scope.js';
import { STORAGE_TYPE } from './wgsl-expr.js';

/** Which buffers are bound as vec4 arrays (those accessed only at the loop index). */
export interface VecPlan {
  readonly inputs: ReadonlySet<number>;
  readonly outputs: ReadonlySet<number>;
}

/** The components of a vec4, lane by lane. */
export const LANES = ['x', 'y', 'z', 'w'] as const;

/** The plan of a map kernel `k` on `p`, or null (not tuned for vec4, not 1-D, extent not a multiple of 4, no vec buffer). */
export function vecMapPlan(k: Kernel, p: DeviceProfile): VecPlan | null {
  if (mapVecWidth(p) !== 4 || k.loops.length !== 1) return null;
  const loop = k.loops[0]!;
  const n = loop.extent;
  if (n === 0 || n % 4 !== 0 || k.stmts.some((s) => s.kind !== 'store' || s.inner.length > 0 || s.level !== 1)) return null;
  const isI = (e: Expr): boolean => e.op === 'index' && e.loop === loop.name;
  const inOk = k.inputs.map((b) => b.shape.reduce((a, c) => a * c, 1) === n);
  const outOk = k.outputs.map((b) => b.shape.reduce((a, c) => a * c, 1) === n);
  const seen = new Set<number>();
  const walk = (e: Expr): void => {
    if (seen.has(e.id)) return;
    seen.add(e.id);
    if (e.op === 'load' && !isI(e.index)) inOk[e.input] = false;
    children(e).forEach(walk);
  };
  for (const s of k.stmts) {
    if (s.kind !== 'store') continue;
    walk(s.value);
    walk(s.index);
    if (!isI(s.index)) outOk[s.output] = false;
  }
  const stored = new Map<number, number>();
  for (const s of k.stmts) if (s.kind === 'store') stored.set(s.output, (stored.get(s.output) ?? 0) + 1);
  const inputs = new Set(inOk.flatMap((ok, i) => (ok ? [i] : [])));
  // An output is vectorised only when exactly one store writes it (all four lanes at once).
  const outputs = new Set(outOk.flatMap((ok, i) => (ok && stored.get(i) === 1 ? [i] : [])));
  return inputs.size + outputs.size > 0 ? { inputs, outputs } : null;
}

/** The WGSL element type of buffer `b` under the plan (vec4 or scalar storage type). */
export function vecElem(plan: VecPlan | null, side: 'in' | 'out', i: number, dtype: keyof typeof STORAGE_TYPE): string {
  const v = side === 'in' ? plan?.inputs.has(i) : plan?.outputs.has(i);
  return v ? `vec4<${STORAGE_TYPE[dtype]}>` : STORAGE_TYPE[dtype];
}

/** The body: invocation q handles elements 4q..4q+3; lane j's loop index is `(e4 + j)`. */
export function vecMapBody(g: Gen, s: Scope, plan: VecPlan, wg: number, gx: number): void {
  const n = g.k.loops[0]!.extent;
  line(s, `let gid: i32 = i32(wid.x + wid.y * ${gx}u);`);
  line(s, `let q: i32 = gid * ${wg}i + i32(lid);`);
  line(s, `if (q >= ${n / 4}i) { return; }`);
  line(s, 'let e4: i32 = q * 4i;');
  for (const i of [...plan.inputs].sort((a, b) => a - b)) line(s, `let x${i}: vec4<${STORAGE_TYPE[g.k.inputs[i]!.dtype]}> = in${i}[q];`);
  const loads = vecLoads(g.k, plan);
  const vals: string[][] = g.k.stmts.map(() => []);
  LANES.forEach((c, j) => {
    const lane: Scope = { lines: s.lines, pad: s.pad, memo: new Map(s.memo) };
    for (const e of loads) lane.memo.set(e.id, e.type === 'bool' ? `(x${e.input}.${c} != 0u)` : `x${e.input}.${c}`);
    g.loopVar.set(g.k.loops[0]!.name, j === 0 ? 'e4' : `(e4 + ${j}i)`);
    g.k.stmts.forEach((st, si) => {
      if (st.kind !== 'store') return;
      const v = emit(g, lane, st.value);
      if (plan.outputs.has(st.output)) vals[si]!.push(storeText(g.k.outputs[st.output]!.dtype, v));
      else line(lane, `out${st.output}[${emit(g, lane, st.index)}] = ${storeText(g.k.outputs[st.output]!.dtype, v)};`);
    });
  });
  g.k.stmts.forEach((st, si) => {
    if (st.kind === 'store' && plan.outputs.has(st.output)) line(s, `out${st.output}[q] = vec4<${STORAGE_TYPE[g.k.outputs[st.output]!.dtype]}>(${vals[si]!.join(', ')});`);
  });
}

/** The load nodes of `k` that read vectorised inputs. */
function vecLoads(k: Kernel, plan: VecPlan): Extract<Expr, { op: 'load' }>[] {
  return vecLoadsOf(plan, k.stmts.flatMap((st) => (st.kind === 'store' ? [st.value, st.index] : [st.value])));
}

/** The load nodes reachable from `roots` that read inputs the plan binds as vec4 arrays (first reached first). */
export function vecLoadsOf(plan: VecPlan, roots: readonly Expr[]): Extract<Expr, { op: 'load' }>[] {
  const out: Extract<Expr, { op: 'load' }>[] = [];
  const seen = new Set<number>();
  const walk = (e: Expr): void => {
    if (seen.has(e.id)) return;
    seen.add(e.id);
    if (e.op === 'load' && plan.inputs.has(e.input)) out.push(e);
    children(e).forEach(walk);
  };
  roots.forEach(walk);
  return out;
}
