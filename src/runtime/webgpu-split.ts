// Two-stage full reductions on the webgpu device. A kernel with no parallel loops and one reduce over
// many elements (np.sum of a whole array) would run as ONE workgroup (one CPU thread on llvmpipe and
// SwiftShader); it is split into a kernel of partials over P interleaved chunks (element r·P + c goes to
// invocation c, a serial loop of at most SPLIT_CHUNK iterations: far below llvmpipe's 65535-iteration
// cap) and a kernel that reduces the P partials and runs the original stores. With `vec` > 1 (a profile
// field: SwiftShader, where a loop iteration costs far more than a load) each iteration of a partial
// reduces `vec` consecutive elements: the chunks interleave rows of `vec` elements instead of single
// elements. Imports src/lower, src/ir.
import type { Expr, Kernel, KType, Stmt } from '../lower/kir.js';
import type { KirBuilder } from '../lower/kir-build.js';
import { createInterner, mapExpr } from '../lower/kir-build.js';
import { InternalError } from '../ir/errors.js';

/** The two kernels standing for one full reduction: `partial` writes P values that `final` reads last. */
export interface SplitReduce {
  readonly partial: Kernel;
  readonly final: Kernel;
  readonly parts: number;
  readonly type: KType;
}

/** Reductions over fewer elements stay one kernel (the split's second launch would cost more). */
export const SPLIT_MIN = 1 << 16;
/** The most elements one invocation of the partials kernel reduces. */
export const SPLIT_CHUNK = 2048;
/** The most partials (the second kernel reduces them in one workgroup). */
export const SPLIT_MAX_PARTS = 1 << 16;

type Reduce = Extract<Stmt, { kind: 'reduce' }>;
const prod = (xs: readonly number[]): number => xs.reduce((a, b) => a * b, 1);

/**
 * The number of chunks P over the first reduction loop (extent `e0`, `total` elements in all): the
 * smallest divisor of e0 that brings a chunk to SPLIT_CHUNK elements when one is close to the least
 * P that does; otherwise that least P, the last round of chunks guarded (r·P + c < e0). Null when the
 * first loop is too short to split that finely.
 */
export function splitParts(e0: number, total: number): number | null {
  const least = Math.ceil(total / SPLIT_CHUNK);
  if (least > Math.min(e0, SPLIT_MAX_PARTS)) return null;
  for (let p = Math.max(2, least); p <= Math.min(e0, 2 * least, SPLIT_MAX_PARTS); p++) if (e0 % p === 0) return p;
  return Math.max(2, least);
}

/**
 * The split of `k`, or null when it is not a large full reduction (or binds one buffer too many). `vec`:
 * elements per loop iteration of the partials (used when it divides the reduction's only loop).
 */
export function splitFullReduce(k: Kernel, maxBuffers: number, vec = 1): SplitReduce | null {
  if (k.loops.length !== 0 || k.inputs.length + k.outputs.length + 1 > maxBuffers) return null;
  const reduces = k.stmts.filter((s): s is Reduce => s.kind === 'reduce');
  if (reduces.length !== 1) return null;
  const r = reduces[0]!;
  if (r.type === 'bool' || r.level !== 0 || r.inner.length === 0 || k.stmts.indexOf(r) !== 0) return null;
  const total = prod(r.inner.map((l) => l.extent));
  if (total < SPLIT_MIN) return null;
  const v = vec > 1 && r.inner.length === 1 && r.inner[0]!.extent % vec === 0 ? vec : 1;
  const parts = splitParts(r.inner[0]!.extent / v, total);
  if (parts === null) return null;
  return { partial: partialKernel(k, r, parts, v), final: finalKernel(k, r, parts), parts, type: r.type };
}

const COMBINE = { sum: 'add', dot: 'add', prod: 'mul', max: 'max', min: 'min' } as const;

/**
 * `for i0 in 0..P: out0[i0] = ⊕ over (r0 in 0..E0/(P·v), r1, ...) of ⊕_j value[r0 ↦ (r0·P + i0)·v + j]`
 * (v = 1: one element per iteration; v > 1 needs r0 to be the only reduction loop, E0 a multiple of v).
 */
function partialKernel(k: Kernel, r: Reduce, parts: number, v: number): Kernel {
  const K = createInterner();
  const r0 = r.inner[0]!;
  const rows = r0.extent / v;
  const extent = Math.ceil(rows / parts);
  const row = K.iadd(K.imul(K.index(r0.name), parts), K.index('i0'));
  const ok = extent * parts === rows ? undefined : K.binary('lt', row, K.c(rows, 'i32'));
  const vals = Array.from({ length: v }, (_, j) => {
    const at = v === 1 ? row : K.iadd(K.imul(row, v), j);
    const moved = mapExpr(K, r.value, (orig, rebuilt) => (orig.op === 'index' && orig.loop === r0.name ? at : rebuilt));
    return ok ? guarded(K, r, moved, ok) : moved;
  });
  const value = vals.reduce((acc, x) => K.binary(COMBINE[r.op], acc, x));
  // v > 1: the value is a combination of several products, so a 'dot' accumulates it as a 'sum'.
  const op = v > 1 && r.op === 'dot' ? 'sum' : r.op;
  const inner = [{ name: r0.name, extent }, ...r.inner.slice(1)];
  const stmts: Stmt[] = [
    { kind: 'reduce', id: r.id, level: 1, inner, op, type: r.type, value },
    { kind: 'store', level: 1, inner: [], output: 0, index: K.index('i0'), value: K.acc(r.id, r.type) },
  ];
  return { name: `${k.name}_part`, inputs: k.inputs, outputs: [{ dtype: r.type, shape: [parts] }], loops: [{ name: 'i0', extent: parts }], stmts };
}

/** The reduce's value where `ok`, its identity elsewhere (a 'dot' keeps its mul: both factors are guarded). */
function guarded(K: KirBuilder, r: Reduce, v: Expr, ok: Expr): Expr {
  const zero = K.c(0, r.type);
  if (r.op === 'dot') {
    if (v.op !== 'binary' || v.fn !== 'mul') throw new InternalError(`splitFullReduce: a 'dot' reduce needs a mul value`);
    return K.binary('mul', K.select(ok, v.x, zero), K.select(ok, v.y, zero));
  }
  return K.select(ok, v, K.c(identity(r.op, r.type), r.type));
}

function identity(op: Reduce['op'], t: KType): number {
  if (op === 'sum' || op === 'dot') return 0;
  if (op === 'prod') return 1;
  const lo = op === 'max';
  if (t === 'f32') return lo ? -Infinity : Infinity;
  if (t === 'i32') return lo ? -2147483648 : 2147483647;
  return lo ? 0 : 0xffffffff;
}

/** The partials reduced (a 'dot' becomes a 'sum' of partial dots), then the kernel's own stores. */
function finalKernel(k: Kernel, r: Reduce, parts: number): Kernel {
  const K = createInterner();
  const memo = new Map<number, Expr>();
  const copy = (e: Expr): Expr => mapExpr(K, e, (_, rebuilt) => rebuilt, memo);
  const load = K.load(k.inputs.length, K.index('r0'), r.type);
  const stmts: Stmt[] = [{ kind: 'reduce', id: r.id, level: 0, inner: [{ name: 'r0', extent: parts }], op: r.op === 'dot' ? 'sum' : r.op, type: r.type, value: load }];
  for (const s of k.stmts) if (s.kind === 'store') stmts.push({ ...s, index: copy(s.index), value: copy(s.value) });
  return { name: `${k.name}_final`, inputs: [...k.inputs, { dtype: r.type, shape: [parts] }], outputs: k.outputs, loops: [], stmts };
}
