// Executables: a final jaxpr compiled for a device (fusion plan → kernels → compiled JS functions →
// buffer plan with liveness-based reuse), cached by the jaxpr's alpha-equivalent hash so that an
// identical program compiles once. Imports src/ir, src/lower and the runtime's own files.
import type { ClosedJaxpr, Jaxpr } from '../ir/core.js';
import { size } from '../ir/dtype.js';
import { InternalError } from '../ir/errors.js';
import { canonicalJaxpr, hashString } from '../ir/hash.js';
import { planBuffers } from './buffer-plan.js';
import type { Device, Executable, ExecutableStats } from './executable-types.js';
import { BufferTable, bytesOf, gpuBytesOf } from './executable-types.js';
import type { Built } from './launches-host.js';
import { hostLaunches } from './launches-host.js';
import { kernelLaunches } from './launches-kernels.js';
import type { Launch } from './executable-types.js';
import { gpuStep } from '../lower/wgsl-steps.js';
import type { DeviceProfile } from '../lower/wgsl-profile.js';
import { PINNED_PROFILE } from '../lower/wgsl-profile.js';

export type { Executable, ExecutableStats } from './executable-types.js';
export { runExecutable } from './run.js';

export interface CompileOptions {
  readonly device?: Device;
  /** 'kernels' (default): fused loop kernels; 'host': every equation a host step (the reference rules). */
  readonly mode?: 'kernels' | 'host';
  /**
   * In 'kernels' mode, when lowering fails with an InternalError (a kernel the lowering cannot build
   * yet), run the program in host mode instead and record the failure (see loweringFallbacks). Default
   * true; tests of the lowering pass false.
   */
  readonly fallback?: boolean;
}

const fallbacks: { readonly jaxpr: Jaxpr; readonly error: string }[] = [];

/** Programs that fell back to host mode because their lowering failed (each a bug to fix). */
export function loweringFallbacks(): readonly { readonly jaxpr: Jaxpr; readonly error: string }[] {
  return fallbacks;
}

function buildLaunches(j: Jaxpr, opts: CompileOptions): { table: BufferTable; built: Built } {
  if (opts.mode === 'host') {
    const table = new BufferTable(j);
    return { table, built: hostLaunches(j, table) };
  }
  try {
    const table = new BufferTable(j);
    return { table, built: kernelLaunches(j, table) };
  } catch (e) {
    if (!(e instanceof InternalError) || opts.fallback === false) throw e;
    fallbacks.push({ jaxpr: j, error: e.message.split('\n')[0]! });
    const table = new BufferTable(j);
    return { table, built: hostLaunches(j, table) };
  }
}

/** Compiles a jaxpr (its constvars, then invars, are the executable's inputs). Not cached: see getExecutable. */
export function compileJaxpr(src: ClosedJaxpr | Jaxpr, opts: CompileOptions = {}): Executable {
  const j = 'eqns' in src ? src : src.jaxpr;
  return compileHashed(j, opts, hashString(canonicalJaxpr(j)));
}

/** compileJaxpr with the jaxpr's hash already computed (getExecutable has it: no second canonical text). */
function compileHashed(j: Jaxpr, opts: CompileOptions, hash: string): Executable {
  const { table, built } = buildLaunches(j, opts);
  const outputs = table.outputs(j);
  const buffers = table.buffers;
  const external = new Set<number>();
  buffers.forEach((b, i) => { if (b.role !== 'intermediate') external.add(i); });
  for (const l of built.launches) for (const b of l.writes) if (buffers[b]!.role === 'input' || buffers[b]!.role === 'literal') throw new InternalError('compileJaxpr: a launch writes an input');
  const bytes = opts.device === 'webgpu' ? gpuBytesOf : bytesOf;
  const plan = planBuffers({ bytes: buffers.map((b) => bytes(b.aval)), external, launches: built.launches });
  const hostWritten = new Set(built.launches.flatMap((l) => (l.kind === 'host' ? l.writes : [])));
  const freshOutputs = buffers.flatMap((b, i) => (b.role === 'output' && !hostWritten.has(i) ? [{ buffer: i, dtype: b.aval.dtype, length: size(b.aval.shape) }] : []));
  return {
    device: opts.device ?? 'cpu',
    jaxpr: j,
    hash,
    inAvals: [...j.constvars, ...j.invars].map((v) => v.aval),
    outAvals: j.outvars.map((o) => o.aval),
    buffers,
    launches: built.launches,
    outputs,
    plan,
    text: built.text,
    scratch: null,
    inputBuffers: [...j.constvars, ...j.invars].map((v) => table.of(v)),
    freshOutputs,
  };
}

/**
 * Kernels, launches, physical buffers and peak bytes of one run; on webgpu, host steps with shaders of
 * their own on a device of `profile` (webgpu-exec.ts's onGpu) are not host steps.
 */
export function executableStats(exe: Executable, profile: DeviceProfile = PINNED_PROFILE): ExecutableStats {
  const hostStepOnGpu = (l: Extract<Launch, { kind: 'host' }>): boolean => gpuStep(l.prim, l.params, l.inAvals, profile) !== null;
  const kernels = new Set(exe.launches.flatMap((l) => (l.kind === 'kernel' ? [l.kernel] : []))).size;
  const bytes = exe.device === 'webgpu' ? gpuBytesOf : bytesOf;
  const outBytes = exe.outputs.reduce((a, o) => a + bytes(exe.buffers[o.buffer]!.aval), 0);
  const hostSteps = exe.launches.filter((l) => l.kind === 'host' && !(exe.device === 'webgpu' && hostStepOnGpu(l))).length;
  return { kernels, launches: exe.launches.length, hostSteps, buffers: exe.plan.slotBytes.length + exe.outputs.length, peakBytes: exe.plan.scratchBytes + outBytes };
}

// ---- the executable cache, by alpha-equivalent hash

interface CacheEntry { readonly canonical: string; readonly exe: Executable }
const cache = new Map<string, CacheEntry[]>();
let compilations = 0;

/** The cached executable of `j` for these options, compiling it on first sight of its structure. */
export function getExecutable(j: Jaxpr, opts: CompileOptions = {}): Executable {
  const canonical = canonicalJaxpr(j);
  const hash = hashString(canonical);
  const key = `${opts.device ?? 'cpu'}/${opts.mode ?? 'kernels'}/${opts.fallback === false ? 'strict' : ''}/${hash}`;
  const bucket = cache.get(key) ?? [];
  const hit = bucket.find((e) => e.canonical === canonical);
  if (hit) return hit.exe;
  const exe = compileHashed(j, opts, hash);
  compilations++;
  bucket.push({ canonical, exe });
  cache.set(key, bucket);
  return exe;
}

/** How many executables were compiled by getExecutable so far (tests prove caching with it). */
export function compileCount(): number {
  return compilations;
}

/** Executables held by the cache. */
export function executableCacheSize(): number {
  let n = 0;
  for (const b of cache.values()) n += b.length;
  return n;
}
