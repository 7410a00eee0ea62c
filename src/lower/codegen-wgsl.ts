// The WGSL printer of the Kernel IR (kir.ts): one compute shader per kernel. Map kernels run one
// invocation per point of the parallel loops over a 1-D or 2-D grid of workgroups (past the 65535
// workgroups-per-dimension limit); kernels with reductions run either one invocation per point (serial
// reduce loops, e.g. a matmul) or one workgroup per point of the loops outside the reductions (a
// workgroup tree reduction, so a row softmax/layernorm stays one kernel); contraction kernels (dot_general,
// conv) take the register-tiled template of wgsl-contract.ts. Imports src/ir and src/lower.
import { size as prod } from '../ir/dtype.js';
import { InternalError, UserError } from '../ir/errors.js';
import type { Kernel, Stmt } from './kir.js';
import type { DeviceProfile } from './wgsl-profile.js';
import { mapWorkgroupSize, reduceWorkgroupSize } from './wgsl-profile.js';
import { preludeFor } from './wgsl-prelude.js';
import type { Gen, Scope } from './wgsl-scope.js';
import { block, line, newGen, rootScope } from './wgsl-scope.js';
import type { ReduceStmt } from './wgsl-reduce.js';
import { contractBody, contractPoints, contractWorkgroupSize, findContraction } from './wgsl-contract.js';
import { sharedMemory } from './wgsl-contract-shared.js';
import { accType, LOOP_BUDGET, MAX_UNROLL, serialReduce, serialStore, unravel, unrollFor, workgroupReduce, workgroupStore } from './wgsl-reduce.js';
import { SUBGROUP_ENABLE, SUBGROUP_PARAMS, subgroupReduce, useSubgroups } from './wgsl-subgroup.js';
import type { VecPlan } from './wgsl-map-vec.js';
import { vecElem, vecMapBody, vecMapPlan } from './wgsl-map-vec.js';
import type { SerialVecPlan } from './wgsl-serial-vec.js';
import { quadDeep, quadReduce, quadStoreLoops, serialVecPlan } from './wgsl-serial-vec.js';

export type WgslStrategy = 'map' | 'serial' | 'workgroup' | 'contract';

export interface WgslKernel {
  readonly name: string;
  readonly code: string;
  readonly strategy: WgslStrategy;
  readonly workgroupSize: number;
  /** Workgroups to dispatch (x, y, 1); (0, 0, 0) when the kernel has no work. */
  dispatch(): readonly [number, number, number];
  /** Bindings: inputs are 0..inputs-1 (read-only storage), outputs follow (read-write storage). */
  readonly inputs: number;
  readonly outputs: number;
}

export interface WgslOptions {
  /** Forces a strategy for kernels with reductions (tests); default: chosen by size ('contract' where it applies). */
  readonly strategy?: 'serial' | 'workgroup' | 'contract';
}

const I32_MAX = 2147483647;

/** The shader of `k` for a device with `profile`. */
export function emitWgsl(k: Kernel, profile: DeviceProfile, opts: WgslOptions = {}): WgslKernel {
  checkLimits(k, profile);
  if (opts.strategy === undefined || opts.strategy === 'contract') {
    const plan = findContraction(k, profile);
    if (plan) {
      const wg = contractWorkgroupSize(k, plan, mapWorkgroupSize(profile));
      return emitKernel(k, profile, 'contract', contractPoints(k, plan, wg), wg, (g, s, _wg, gx) => contractBody(g, s, plan, wg, gx), plan.shared ? sharedMemory(plan, plan.shared) : []);
    }
    if (opts.strategy === 'contract') throw new InternalError(`wgsl: kernel ${k.name} is not a contraction`);
  }
  const reduces = k.stmts.filter((s): s is ReduceStmt => s.kind === 'reduce');
  const strategy = chooseStrategy(k, reduces, opts, profile);
  const vec = strategy === 'map' ? vecMapPlan(k, profile) : null;
  if (vec) {
    const vwg = mapKernelWorkgroupSize(profile);
    return emitKernel(k, profile, strategy, k.loops[0]!.extent / 4, vwg, (g, s, _wg, gx) => vecMapBody(g, s, vec, vwg, gx), [], vec);
  }
  const W = strategy === 'map' ? k.loops.length : Math.min(...reduces.map((r) => r.level));
  const extents = k.loops.map((l) => l.extent);
  const points = prod(extents.slice(0, W));
  const shared = reduces.filter((r) => r.level === W);
  const wg = strategy === 'workgroup' ? reduceWorkgroupSize(profile, 4 * shared.length) : strategy === 'map' ? mapKernelWorkgroupSize(profile) : mapWorkgroupSize(profile);
  if (strategy === 'workgroup') checkLoops(k, W, wg);
  const mem = strategy === 'workgroup' ? shared.map((r, j) => `var<workgroup> kx_red${j}: array<${accType(r.type)}, ${wg}>;`) : [];
  const quads = strategy === 'serial' ? serialVecPlan(k, W, profile) : null;
  return emitKernel(k, profile, strategy, points, wg, (g, body, _wg, gx) => {
    if (strategy === 'workgroup') workgroupBody(g, body, W, wg, gx, points, useSubgroups(profile));
    else serialBody(g, body, W, wg, gx, points, quads);
  }, mem, quads);
}

/**
 * Map kernels: up to 256 invocations per workgroup (the adapter's cap; 128 in compatibility mode), as
 * jax-js. On Dawn/llvmpipe a 1e7-element x·2 takes 29–31 ms at 128–256 against 43 ms at 64.
 */
function mapKernelWorkgroupSize(p: DeviceProfile): number {
  return Math.max(mapWorkgroupSize(p), 2 ** Math.floor(Math.log2(Math.min(256, p.maxComputeInvocationsPerWorkgroup, p.maxComputeWorkgroupSizeX))));
}

/** The shader text around a body: bindings, workgroup memory, prelude, `main`, and its grid. */
function emitKernel(k: Kernel, profile: DeviceProfile, strategy: WgslStrategy, points: number, wg: number, fill: (g: Gen, s: Scope, wg: number, gx: number) => void, mem: readonly string[] = [], vec: VecPlan | null = null): WgslKernel {
  const g = newGen(k);
  const groups = strategy === 'workgroup' ? points : Math.ceil(points / wg);
  if (groups * wg > I32_MAX) throw new UserError('webgpu-limit', 'webgpu', `kernel ${k.name} is too large`, `${points} invocations`, `at most ${I32_MAX}`);
  const gx = Math.min(groups, profile.maxComputeWorkgroupsPerDimension);
  const gy = gx === 0 ? 0 : Math.ceil(groups / gx);
  if (gy > profile.maxComputeWorkgroupsPerDimension) throw new UserError('webgpu-limit', 'webgpu', `kernel ${k.name} needs too many workgroups`, `${groups}`, `at most ${profile.maxComputeWorkgroupsPerDimension}² (maxComputeWorkgroupsPerDimension)`);
  const body = rootScope('  ');
  k.loops.forEach((l, j) => g.loopVar.set(l.name, `i${j}`));
  fill(g, body, wg, gx);
  const decls = [
    ...k.inputs.map((b, i) => `@group(0) @binding(${i}) var<storage, read> in${i}: array<${vecElem(vec, 'in', i, b.dtype)}>;`),
    ...k.outputs.map((b, i) => `@group(0) @binding(${k.inputs.length + i}) var<storage, read_write> out${i}: array<${vecElem(vec, 'out', i, b.dtype)}>;`),
    ...mem,
  ];
  const prelude = preludeFor(g.helpers);
  const sub = strategy === 'workgroup' && useSubgroups(profile);
  const safeName = /^[A-Za-z0-9_]{1,64}$/.test(k.name) ? k.name : 'kernel';
  const code = [
    `// kernax kernel ${safeName}: ${strategy}, ${profile.name} profile`,
    ...(sub ? [SUBGROUP_ENABLE] : []),
    ...decls,
    ...(prelude ? [prelude] : []),
    `@compute @workgroup_size(${wg})`,
    `fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32${sub ? `, ${SUBGROUP_PARAMS}` : ''}) {`,
    ...body.lines,
    '}',
    '',
  ].join('\n');
  const grid = [gx, gy, gx === 0 ? 0 : 1] as const;
  return { name: k.name, code, strategy, workgroupSize: wg, dispatch: () => grid, inputs: k.inputs.length, outputs: k.outputs.length };
}

function checkLimits(k: Kernel, p: DeviceProfile): void {
  const n = k.inputs.length + k.outputs.length;
  if (n > p.maxStorageBuffersPerShaderStage) {
    throw new UserError('webgpu-limit', 'webgpu', `kernel ${k.name} binds too many storage buffers`, `${n}`, `at most ${p.maxStorageBuffersPerShaderStage} (maxStorageBuffersPerShaderStage)`);
  }
  for (const b of [...k.inputs, ...k.outputs]) {
    const bytes = 4 * prod(b.shape);
    if (bytes > p.maxStorageBufferBindingSize) {
      throw new UserError('webgpu-limit', 'webgpu', `a buffer of kernel ${k.name} is too large`, `${bytes} bytes (${b.dtype}[${b.shape.join(',')}])`, `at most ${p.maxStorageBufferBindingSize} bytes (maxStorageBufferBindingSize)`);
    }
  }
}

/** Refuses a workgroup kernel whose strided loops would pass llvmpipe's loop limit even unrolled. */
function checkLoops(k: Kernel, W: number, wg: number): void {
  for (const st of k.stmts) {
    if (st.level !== W) continue;
    const total = prod(st.inner.map((l) => l.extent));
    const iters = Math.ceil(total / (wg * unrollFor(total, wg)));
    if (iters > LOOP_BUDGET) throw new UserError('webgpu-limit', 'webgpu', `kernel ${k.name} reduces too many elements per workgroup`, `${total}`, `at most ${LOOP_BUDGET * MAX_UNROLL * wg}`);
  }
}

/**
 * 'serial' (one invocation per point of the loops outside the reductions, no barriers) or 'workgroup'
 * (one workgroup per such point, a tree in workgroup memory). Serial only where one invocation's loops
 * stay within SERIAL_BUDGET iterations (llvmpipe's silent loop cap); otherwise the unrolled workgroup
 * loops. Row reductions (a reduce inside parallel loops: softmax, layernorm) run serial where the
 * profile says so (`serialRows`, CPU adapters: barriers cost ~10× there) and there are enough rows.
 */
function chooseStrategy(k: Kernel, reduces: readonly ReduceStmt[], opts: WgslOptions, p: DeviceProfile): WgslStrategy {
  if (reduces.length === 0) return 'map';
  const n = k.loops.length;
  const W = Math.min(...reduces.map((r) => r.level));
  const fits = serialIterations(k, W) <= SERIAL_BUDGET;
  if (!fits) return 'workgroup';
  if (opts.strategy === 'serial' || opts.strategy === 'workgroup') return opts.strategy;
  const rows = prod(k.loops.slice(0, W).map((l) => l.extent));
  if (p.tuning && p.serialRows === true && rows >= SERIAL_ROWS_MIN) return 'serial';
  if (W < n) return 'workgroup';
  const inner = Math.max(...reduces.map((r) => prod(r.inner.map((l) => l.extent))));
  return inner >= 256 && rows <= 16384 ? 'workgroup' : 'serial';
}

/** The most loop iterations (back-edges, all loops together) one serial invocation may run. */
export const SERIAL_BUDGET = 32768;
/** Fewest points outside the reductions for serial rows (fewer: too few invocations to fill the threads). */
export const SERIAL_ROWS_MIN = 16;

/** Back-edges of nested loops over `ext`: e0 + e0·e1 + ... */
const nestIterations = (ext: readonly number[]): number => ext.reduce((acc, _, j) => acc + prod(ext.slice(0, j + 1)), 0);

/** Loop iterations of one invocation of the serial body at level W (its stmts, then the deeper loops). */
export function serialIterations(k: Kernel, W: number): number {
  const own = (st: Stmt): number => nestIterations(st.inner.map((l) => l.extent));
  const top = k.stmts.filter((st) => st.level <= W).reduce((a, st) => a + own(st), 0);
  const deep = k.stmts.filter((st) => st.level > W);
  if (deep.length === 0) return top;
  const d = prod(k.loops.slice(W).map((l) => l.extent));
  return top + d * (1 + deep.reduce((a, st) => a + own(st), 0));
}

/** `let` lines of the flat invocation / group number (2-D grid). */
function flatId(s: Scope, name: string, gx: number): void {
  line(s, `let ${name}: i32 = i32(wid.x + wid.y * ${gx}u);`);
}

/** Statements in order of level (stable); stores above the innermost bound loop run once (guarded). */
function serialStmts(g: Gen, s: Scope, stmts: readonly Stmt[], bound: number, quads: SerialVecPlan | null = null): void {
  const sorted = [...stmts].sort((a, b) => a.level - b.level);
  for (const st of sorted) {
    const quad = quads?.lane.has(st) === true;
    if (st.kind === 'reduce') { if (quad) quadReduce(g, s, quads!, st); else serialReduce(g, s, st); continue; }
    if (st.level >= bound) { if (quad) quadStoreLoops(g, s, quads!, st); else serialStore(g, s, st); continue; }
    const cond = Array.from({ length: bound - st.level }, (_, j) => `i${st.level + j} == 0i`).join(' && ');
    block(s, `if (${cond})`, (c) => serialStore(g, c, st));
  }
}

/**
 * One invocation per point of the loops above level W; the loops below W run serially inside it (over
 * quads of 4 consecutive elements where `quads` says so: wgsl-serial-vec.ts).
 */
function serialBody(g: Gen, s: Scope, W: number, wg: number, gx: number, points: number, quads: SerialVecPlan | null): void {
  flatId(s, 'gid', gx);
  line(s, `let flat: i32 = gid * ${wg}i + i32(lid);`);
  line(s, `if (flat >= ${points}i) { return; }`);
  const ext = g.k.loops.map((l) => l.extent);
  unravel(s, 'flat', ext.slice(0, W).map((_, j) => `i${j}`), ext.slice(0, W));
  serialStmts(g, s, g.k.stmts.filter((st) => st.level <= W), W, quads);
  const deep = g.k.stmts.filter((st) => st.level > W);
  if (deep.length === 0) return;
  if (quads?.deep === true) { quadDeep(g, s, quads, W); return; }
  const dext = ext.slice(W);
  block(s, `for (var t: i32 = 0i; t < ${prod(dext)}i; t = t + 1i)`, (c) => {
    unravel(c, 't', dext.map((_, j) => `i${W + j}`), dext);
    serialStmts(g, c, deep, ext.length);
  });
}

function workgroupBody(g: Gen, s: Scope, W: number, wg: number, gx: number, points: number, sub = false): void {
  const ext = g.k.loops.map((l) => l.extent);
  flatId(s, 'grp', gx);
  line(s, `if (grp >= ${points}i) { return; }`);
  unravel(s, 'grp', ext.slice(0, W).map((_, j) => `i${j}`), ext.slice(0, W));
  for (const st of g.k.stmts) {
    if (st.level > W) continue;
    if (st.kind === 'reduce') {
      if (st.level !== W) throw new InternalError(`wgsl: reduce above the workgroup level in kernel ${g.k.name}`);
      (sub ? subgroupReduce : workgroupReduce)(g, s, st, wg);
    } else if (st.level === W) workgroupStore(g, s, st, wg);
    else {
      const cond = Array.from({ length: W - st.level }, (_, j) => `i${st.level + j} == 0i`).join(' && ');
      block(s, `if (${cond})`, (c) => workgroupStore(g, c, st, wg));
    }
  }
  const deep = g.k.stmts.filter((st) => st.level > W);
  if (deep.length === 0) return;
  const dext = ext.slice(W);
  block(s, `for (var t: i32 = i32(lid); t < ${prod(dext)}i; t = t + ${wg}i)`, (c) => {
    unravel(c, 't', dext.map((_, j) => `i${W + j}`), dext);
    serialStmts(g, c, deep, ext.length);
  });
}
