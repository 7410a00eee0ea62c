// The WGSL printer of the Kernel IR (kir.ts): one compute shader per kernel. Map kernels run one
// invocation per point of the parallel loops over a 1-D or 2-D grid of workgroups (past the 65535
// workgroups-per-dimension limit); kernels with reductions run either one invocation per point (serial
// reduce loops, e.g. a matmul) or one workgroup per point of the loops outside the reductions (a
// workgroup tree reduction, so a row softmax/layernorm stays one kernel). Imports src/ir and src/lower.
import { InternalError, UserError } from '../ir/errors.js';
import type { Kernel, Stmt } from './kir.js';
import type { DeviceProfile } from './wgsl-profile.js';
import { mapWorkgroupSize, reduceWorkgroupSize } from './wgsl-profile.js';
import { preludeFor } from './wgsl-prelude.js';
import { STORAGE_TYPE } from './wgsl-expr.js';
import type { Gen, Scope } from './wgsl-scope.js';
import { block, line, newGen, rootScope } from './wgsl-scope.js';
import type { ReduceStmt } from './wgsl-reduce.js';
import { accType, LOOP_BUDGET, MAX_UNROLL, serialReduce, serialStore, unravel, unrollFor, workgroupReduce, workgroupStore } from './wgsl-reduce.js';

export type WgslStrategy = 'map' | 'serial' | 'workgroup';

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
  /** Forces a strategy for kernels with reductions (tests); default: chosen by size. */
  readonly strategy?: 'serial' | 'workgroup';
}

const prod = (xs: readonly number[]): number => xs.reduce((a, b) => a * b, 1);
const I32_MAX = 2147483647;

/** The shader of `k` for a device with `profile`. */
export function emitWgsl(k: Kernel, profile: DeviceProfile, opts: WgslOptions = {}): WgslKernel {
  checkLimits(k, profile);
  const reduces = k.stmts.filter((s): s is ReduceStmt => s.kind === 'reduce');
  const strategy = chooseStrategy(k, reduces, opts);
  const W = strategy === 'workgroup' ? Math.min(...reduces.map((r) => r.level)) : k.loops.length;
  const g = newGen(k);
  const extents = k.loops.map((l) => l.extent);
  const points = strategy === 'workgroup' ? prod(extents.slice(0, W)) : prod(extents);
  const shared = reduces.filter((r) => r.level === W);
  const wg = strategy === 'workgroup' ? reduceWorkgroupSize(profile, 4 * shared.length) : mapWorkgroupSize(profile);
  const groups = strategy === 'workgroup' ? points : Math.ceil(points / wg);
  if (groups * wg > I32_MAX) throw new UserError('webgpu-limit', 'webgpu', `kernel ${k.name} is too large`, `${points} invocations`, `at most ${I32_MAX}`);
  const gx = Math.min(groups, profile.maxComputeWorkgroupsPerDimension);
  const gy = gx === 0 ? 0 : Math.ceil(groups / gx);
  if (gy > profile.maxComputeWorkgroupsPerDimension) throw new UserError('webgpu-limit', 'webgpu', `kernel ${k.name} needs too many workgroups`, `${groups}`, `at most ${profile.maxComputeWorkgroupsPerDimension}² (maxComputeWorkgroupsPerDimension)`);
  if (strategy === 'workgroup') checkLoops(k, W, wg);
  const body = rootScope('  ');
  k.loops.forEach((l, j) => g.loopVar.set(l.name, `i${j}`));
  if (strategy === 'workgroup') workgroupBody(g, body, W, wg, gx, points);
  else serialBody(g, body, wg, gx, points);
  const decls = [
    ...k.inputs.map((b, i) => `@group(0) @binding(${i}) var<storage, read> in${i}: array<${STORAGE_TYPE[b.dtype]}>;`),
    ...k.outputs.map((b, i) => `@group(0) @binding(${k.inputs.length + i}) var<storage, read_write> out${i}: array<${STORAGE_TYPE[b.dtype]}>;`),
    ...(strategy === 'workgroup' ? shared.map((r, j) => `var<workgroup> kx_red${j}: array<${accType(r.type)}, ${wg}>;`) : []),
  ];
  const prelude = preludeFor(g.helpers);
  const safeName = /^[A-Za-z0-9_]{1,64}$/.test(k.name) ? k.name : 'kernel';
  const code = [
    `// kernax kernel ${safeName}: ${strategy}, ${profile.name} profile`,
    ...decls,
    ...(prelude ? [prelude] : []),
    `@compute @workgroup_size(${wg})`,
    'fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32) {',
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

function chooseStrategy(k: Kernel, reduces: readonly ReduceStmt[], opts: WgslOptions): WgslStrategy {
  if (reduces.length === 0) return 'map';
  const n = k.loops.length;
  if (reduces.some((r) => r.level < n)) return 'workgroup';
  if (opts.strategy) return opts.strategy;
  const inner = Math.max(...reduces.map((r) => prod(r.inner.map((l) => l.extent))));
  const points = prod(k.loops.map((l) => l.extent));
  return inner >= 256 && points <= 16384 ? 'workgroup' : 'serial';
}

/** `let` lines of the flat invocation / group number (2-D grid). */
function flatId(s: Scope, name: string, gx: number): void {
  line(s, `let ${name}: i32 = i32(wid.x + wid.y * ${gx}u);`);
}

/** Statements in order of level (stable); stores above the innermost bound loop run once (guarded). */
function serialStmts(g: Gen, s: Scope, stmts: readonly Stmt[], bound: number): void {
  const sorted = [...stmts].sort((a, b) => a.level - b.level);
  for (const st of sorted) {
    if (st.kind === 'reduce') { serialReduce(g, s, st); continue; }
    if (st.level >= bound) { serialStore(g, s, st); continue; }
    const cond = Array.from({ length: bound - st.level }, (_, j) => `i${st.level + j} == 0i`).join(' && ');
    block(s, `if (${cond})`, (c) => serialStore(g, c, st));
  }
}

function serialBody(g: Gen, s: Scope, wg: number, gx: number, points: number): void {
  flatId(s, 'gid', gx);
  line(s, `let flat: i32 = gid * ${wg}i + i32(lid);`);
  line(s, `if (flat >= ${points}i) { return; }`);
  const ext = g.k.loops.map((l) => l.extent);
  unravel(s, 'flat', ext.map((_, j) => `i${j}`), ext);
  serialStmts(g, s, g.k.stmts, ext.length);
}

function workgroupBody(g: Gen, s: Scope, W: number, wg: number, gx: number, points: number): void {
  const ext = g.k.loops.map((l) => l.extent);
  flatId(s, 'grp', gx);
  line(s, `if (grp >= ${points}i) { return; }`);
  unravel(s, 'grp', ext.slice(0, W).map((_, j) => `i${j}`), ext.slice(0, W));
  for (const st of g.k.stmts) {
    if (st.level > W) continue;
    if (st.kind === 'reduce') {
      if (st.level !== W) throw new InternalError(`wgsl: reduce above the workgroup level in kernel ${g.k.name}`);
      workgroupReduce(g, s, st, wg);
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
