// Running an executable on the webgpu device. A call is enqueued synchronously where it can be: the
// launches between host steps go into one command encoder and one submit; intermediates live in the
// executable's GPU slots (its buffer plan, 4 bytes per element); literals are uploaded once; outputs are
// fresh pooled buffers. A host step with shaders of its own (scatter_add, sort) is dispatched in the same pass;
// any other host step (a primitive without a WGSL kernel yet) is the documented fallback:
// read its inputs back, run the CPU rule (host-rules.ts), upload its outputs; the rest of the call
// then continues asynchronously and its outputs are `pending` until it has been submitted. Errors are
// checked asynchronously (error scopes) and surface when a value is read. Imports src/ir, src/lower and
// the runtime's own files.
import type { Tensor } from '../ir/core.js';
import { InternalError, UserError } from '../ir/errors.js';
import { allocData, F32_CTX } from '../ir/eval-types.js';
import { size } from '../ir/dtype.js';
import type { WgslKernel } from '../lower/codegen-wgsl.js';
import type { KType } from '../lower/kir.js';
import { EMPTY } from './buffer-plan.js';
import { hostRule } from './host-rules.js';
import type { Executable, Launch } from './executable-types.js';
import { checkInputs } from './run.js';
import type { WebGpuDevice } from './webgpu-device.js';
import { lostError } from './webgpu-device.js';
import type { GpuArray } from './webgpu-run.js';
import { allocGpuSync, disposeGpu, readGpu, wgslFor, wgslValidationError, writeGpu } from './webgpu-run.js';
import type { SplitReduce } from './webgpu-split.js';
import type { StepDispatch } from '../lower/wgsl-steps.js';
import type { DeviceProfile } from '../lower/wgsl-profile.js';
import { gpuStep } from '../lower/wgsl-steps.js';
import { splitFullReduce } from './webgpu-split.js';
import type { Kernel } from '../lower/kir.js';
import { emitWgsl } from '../lower/codegen-wgsl.js';

/** A value on the webgpu device, possibly still being computed. */
export interface GpuValue {
  readonly array: GpuArray;
  /** Resolves once every write of this value has been submitted; null when it already was. */
  readonly pending: Promise<void> | null;
  /** Settles once the work that wrote it was checked: rejects with its error (never left unhandled). */
  readonly checked: Promise<void>;
}

/** A float0 value has no data: a 1-element buffer standing in, with the value's shape. */
const float0Array = (d: WebGpuDevice, shape: readonly number[]): GpuArray => ({ ...allocGpuSync(d, 'u32', []), shape: [...shape], length: 0 });
const kType = (dtype: string): KType => (dtype === 'float0' ? 'u32' : (dtype as KType));
const quiet = <T>(p: Promise<T>): Promise<T> => { p.catch(() => undefined); return p; };

/** A value whose data is written now (an upload): nothing pending, nothing to check. */
export function uploadedValue(d: WebGpuDevice, t: Tensor, api = 'webgpu'): GpuValue {
  if (t.dtype === 'float0') return { array: float0Array(d, t.shape), pending: null, checked: Promise.resolve() };
  const array = allocGpuSync(d, t.dtype, t.shape, api);
  writeGpu(d, array, t);
  return { array, pending: null, checked: Promise.resolve() };
}

/**
 * Reads a value back (waits for its work, surfaces its errors). The copy and map are issued before the
 * run's error checks have settled, so the two wait on the queue together (one round trip of Dawn's
 * event polling, not two); a failed check still wins over the data read.
 */
export async function readValue(d: WebGpuDevice, v: GpuValue, dtype: Tensor['dtype']): Promise<Tensor> {
  if (v.pending) await v.pending;
  if (dtype === 'float0') {
    await v.checked;
    return { shape: [...v.array.shape], dtype, data: new Uint8Array(0) };
  }
  const read = readGpu(d, [v.array]);
  try {
    await v.checked;
  } catch (e) {
    read.catch(() => undefined);
    throw e;
  }
  const [t] = await read;
  return t!;
}

/** Releases a value's buffer to the pool once its writes have been submitted. */
export function disposeValue(d: WebGpuDevice, v: GpuValue): void {
  if (v.pending) void v.pending.then(() => disposeGpu(d, v.array), () => disposeGpu(d, v.array));
  else disposeGpu(d, v.array);
}

/** Releases temporaries (uploaded arguments) once the run that reads them has been submitted. */
export function releaseAfter(d: WebGpuDevice, temps: readonly GpuValue[], outs: readonly GpuValue[]): void {
  if (temps.length === 0) return;
  const pending = outs.find((o) => o.pending)?.pending;
  const free = () => temps.forEach((t) => disposeValue(d, t));
  if (pending) void pending.then(free, free);
  else free();
}

// ---- pipelines (cached by WGSL source), checked asynchronously

interface Pipe {
  readonly pipeline: GPUComputePipeline;
  readonly layout: GPUBindGroupLayout;
  readonly check: Promise<void>;
  /** Bind groups by the ids of their buffers (pooled buffers come back, so a call's groups recur). */
  readonly groups: Map<string, GPUBindGroup>;
}
const pipes = new WeakMap<WebGpuDevice, Map<string, Pipe>>();

function pipelineFor(d: WebGpuDevice, w: WgslKernel): Pipe {
  let m = pipes.get(d);
  if (!m) { m = new Map(); pipes.set(d, m); }
  const hit = m.get(w.code);
  if (hit) return hit;
  const dev = d.device;
  dev.pushErrorScope('validation');
  const module = dev.createShaderModule({ code: w.code });
  const entries: GPUBindGroupLayoutEntry[] = [];
  for (let i = 0; i < w.inputs + w.outputs; i++) entries.push({ binding: i, visibility: GPUShaderStage.COMPUTE, buffer: { type: i < w.inputs ? 'read-only-storage' : 'storage' } });
  const layout = dev.createBindGroupLayout({ entries });
  const pipeline = dev.createComputePipeline({ layout: dev.createPipelineLayout({ bindGroupLayouts: [layout] }), compute: { module, entryPoint: 'main' } });
  const check = quiet(dev.popErrorScope().then(async (err) => { if (err) throw await wgslValidationError(w, module, err); }));
  const p: Pipe = { pipeline, layout, check, groups: new Map() };
  m.set(w.code, p);
  return p;
}

// ---- per-executable GPU state: literals (uploaded once) and scratch slots (reused between calls)

interface Scratch { readonly slots: GpuArray[]; readonly empty: GpuArray; readonly partials: Map<Kernel, GpuArray>; busy: boolean }
// Keyed by device, then executable: executables are cached process-wide (eager ops, jit entries) and a
// buffer of one device must never be bound on another (a second device: createWebGpuDevice).
const literalsBy = new WeakMap<WebGpuDevice, WeakMap<Executable, GpuArray[]>>();
const scratchesBy = new WeakMap<WebGpuDevice, WeakMap<Executable, Scratch>>();
const perDevice = <T>(m: WeakMap<WebGpuDevice, WeakMap<Executable, T>>, d: WebGpuDevice): WeakMap<Executable, T> => {
  let w = m.get(d);
  if (!w) { w = new WeakMap(); m.set(d, w); }
  return w;
};

function literalArrays(d: WebGpuDevice, exe: Executable): GpuArray[] {
  const literals = perDevice(literalsBy, d);
  let l = literals.get(exe);
  if (!l) {
    l = exe.buffers.map((b) => (b.role === 'literal' && b.literal ? uploadedValue(d, b.literal).array : null)).filter((a): a is GpuArray => a !== null);
    literals.set(exe, l);
  }
  return l;
}

function newScratch(d: WebGpuDevice, exe: Executable): Scratch {
  return { slots: exe.plan.slotBytes.map((b) => allocGpuSync(d, 'u32', [Math.ceil(b / 4)])), empty: allocGpuSync(d, 'u32', [1]), partials: new Map(), busy: false };
}

const viewOf = (base: GpuArray, dtype: KType, shape: readonly number[]): GpuArray => ({ buffer: base.buffer, dtype, shape: [...shape], length: shape.reduce((a, b) => a * b, 1), disposed: false });

/** The GPU array of every logical buffer of a call. */
function bufferArrays(d: WebGpuDevice, exe: Executable, inputs: readonly GpuValue[], outs: readonly (GpuArray | null)[], s: Scratch): GpuArray[] {
  const lits = literalArrays(d, exe);
  let li = 0;
  const vals = exe.buffers.map((info, b): GpuArray => {
    const dt = kType(info.aval.dtype);
    if (info.role === 'literal') return lits[li++]!;
    if (info.role === 'input') return inputs[info.input!]!.array;
    if (info.role === 'output') return outs[b] ?? viewOf(s.empty, dt, info.aval.shape);
    const slot = exe.plan.slotOf[b]!;
    return slot === EMPTY || slot < 0 ? viewOf(s.empty, dt, info.aval.shape) : viewOf(s.slots[slot]!, dt, info.aval.shape);
  });
  exe.inputBuffers.forEach((b, i) => { vals[b] = inputs[i]!.array; });
  return vals;
}

// ---- a call

/** Runs `exe` (compiled for webgpu) on device values: fresh output values, the work enqueued. */
export function runExecutableWebGpu(d: WebGpuDevice, exe: Executable, inputs: readonly GpuValue[], api = 'executable'): GpuValue[] {
  if (exe.device !== 'webgpu') throw new InternalError(`runExecutableWebGpu: executable compiled for ${exe.device}`);
  if (d.lost) throw lostError(d);
  checkInputs(exe, inputs.map((v, i) => ({ shape: v.array.shape, dtype: exe.inAvals[i]!.dtype === 'float0' ? 'float0' : v.array.dtype, data: new Uint8Array(0) })), api);
  for (const v of inputs) if (v.array.disposed) throw disposedError(api);
  const dev = d.device;
  dev.pushErrorScope('out-of-memory');
  const outArrays = exe.outAvals.map((a) => (a.dtype === 'float0' ? float0Array(d, a.shape) : allocGpuSync(d, kType(a.dtype), a.shape, api)));
  const scratches = perDevice(scratchesBy, d);
  const own = scratches.get(exe);
  const s = own && !own.busy ? own : newScratch(d, exe);
  if (!own) scratches.set(exe, s);
  const allocCheck = dev.popErrorScope();
  const owned: (GpuArray | null)[] = exe.buffers.map(() => null);
  exe.outputs.forEach((o, i) => { if (!o.copy) owned[o.buffer] = outArrays[i]!; });
  const vals = bufferArrays(d, exe, inputs, owned, s);
  const checks: Promise<unknown>[] = [allocCheck.then((e) => { if (e) throw oomError(api, e.message); })];
  s.busy = true;
  const state = { suspended: false };
  const done = quiet(runLaunches(d, exe, inputs, vals, outArrays, checks, state, api, s));
  const release = () => { s.busy = false; if (s !== own && own) [...s.slots, ...s.partials.values()].forEach((a) => disposeGpu(d, a)); };
  if (!state.suspended) release();
  else void done.then(release, release);
  const checked = quiet(done.then(() => Promise.all(checks)).then(() => undefined));
  const pending = state.suspended ? done : null;
  return outArrays.map((array) => ({ array, pending, checked }));
}

async function runLaunches(d: WebGpuDevice, exe: Executable, inputs: readonly GpuValue[], vals: GpuArray[], outs: readonly GpuArray[], checks: Promise<unknown>[], state: { suspended: boolean }, api: string, s: Scratch): Promise<void> {
  const waits = inputs.flatMap((v) => (v.pending ? [v.pending] : []));
  if (waits.length) { state.suspended = true; await Promise.all(waits); }
  let i = 0;
  const L = exe.launches;
  for (;;) {
    const seg: Launch[] = [];
    while (i < L.length && onGpu(d, L[i]!)) seg.push(L[i++]!);
    const last = i >= L.length;
    submitSegment(d, exe, seg, vals, last ? outs : null, checks, inputs, api, s);
    if (last) return;
    state.suspended = true;
    await hostStep(d, exe, L[i++]!, vals);
  }
}

/**
 * Whether a launch runs as shaders on this adapter: a kernel unless (a fallback) it binds more storage
 * buffers than the adapter allows (it runs its compiled JS on the host); a host step where it has
 * shaders of its own (src/lower/wgsl-steps.ts: scatter_add, sort), otherwise it reads back.
 */
export function onGpu(d: WebGpuDevice, l: Launch): boolean {
  return l.kind === 'kernel' ? l.reads.length + l.writes.length <= d.profile.maxStorageBuffersPerShaderStage : gpuStepOf(d, l) !== null;
}

const gpuSteps = new WeakMap<DeviceProfile, WeakMap<Launch, readonly StepDispatch[] | null>>();

/** The dispatches a host step runs as on this device (memoised by profile); null: read back, CPU rule, upload. */
function gpuStepOf(d: WebGpuDevice, l: Extract<Launch, { kind: 'host' }>): readonly StepDispatch[] | null {
  let m = gpuSteps.get(d.profile);
  if (!m) { m = new WeakMap(); gpuSteps.set(d.profile, m); }
  let s = m.get(l);
  if (s === undefined) { s = gpuStep(l.prim, l.params, l.inAvals, d.profile); m.set(l, s); }
  return s;
}

function submitSegment(d: WebGpuDevice, exe: Executable, seg: readonly Launch[], vals: GpuArray[], outs: readonly GpuArray[] | null, checks: Promise<unknown>[], inputs: readonly GpuValue[], api: string, s: Scratch): void {
  if (d.lost) throw lostError(d);
  for (const v of inputs) if (v.array.disposed) throw disposedError(api);
  const copies = outs ? exe.outputs.flatMap((o, k) => (o.copy && outs[k]!.length > 0 ? [[vals[o.buffer]!, outs[k]!] as const] : [])) : [];
  if (seg.length === 0 && copies.length === 0) return;
  const dev = d.device;
  dev.pushErrorScope('validation');
  dev.pushErrorScope('out-of-memory');
  const enc = dev.createCommandEncoder();
  const pipeChecks: Promise<unknown>[] = [];
  if (seg.length) {
    const pass = enc.beginComputePass();
    for (const l of seg) {
      if (l.writes.some((b) => vals[b]!.length === 0)) continue;
      const ins = l.reads.map((b) => vals[b]!), outs = l.writes.map((b) => vals[b]!);
      if (l.kind === 'host') {
        for (const st of gpuStepOf(d, l)!) dispatch(d, pass, st.shader, [...st.reads.map((k) => ins[k]!), ...st.writes.map((k) => outs[k]!)], pipeChecks);
        continue;
      }
      const sp = splitOf(d, l.kernel);
      if (!sp) { dispatch(d, pass, wgslFor(d, l.kernel), [...ins, ...outs], pipeChecks); continue; }
      let part = s.partials.get(l.kernel);
      if (!part) { part = allocGpuSync(d, sp.split.type, [sp.split.parts], api); s.partials.set(l.kernel, part); }
      dispatch(d, pass, sp.partial, [...ins, part], pipeChecks);
      dispatch(d, pass, sp.final, [...ins, part, ...outs], pipeChecks);
    }
    pass.end();
  }
  for (const [src, dst] of copies) enc.copyBufferToBuffer(src.buffer, 0, dst.buffer, 0, 4 * dst.length);
  dev.queue.submit([enc.finish()]);
  const names = seg.map((l) => l.name).join(', ');
  checks.push(dev.popErrorScope().then((e) => { if (e) throw oomError(api, e.message); }));
  // A shader that failed validation also fails the submit ("invalid due to a previous error"): its own
  // check (the kernel's name, the WGSL line) is awaited first so that it is the error that surfaces.
  checks.push(...pipeChecks, dev.popErrorScope().then(async (e) => {
    if (!e) return;
    await Promise.all(pipeChecks);
    throw new InternalError(`WebGPU validation error running ${names || 'output copies'}: ${e.message}`);
  }));
  checks.forEach((c) => quiet(c));
}

/** One dispatch of a shader on `bound` (its inputs then its outputs, in binding order). */
function dispatch(d: WebGpuDevice, pass: GPUComputePassEncoder, w: WgslKernel, bound: readonly GpuArray[], checks: Promise<unknown>[]): void {
  const [x, y, z] = w.dispatch();
  if (x === 0) return;
  const p = pipelineFor(d, w);
  checks.push(p.check);
  pass.setPipeline(p.pipeline);
  pass.setBindGroup(0, bindGroup(d, p, bound));
  pass.dispatchWorkgroups(x, y, z);
}

/** The most bind groups kept per pipeline (past it the cache starts over). */
const MAX_GROUPS = 256;
const bufferIds = new WeakMap<GPUBuffer, number>();
let nextBufferId = 0;
const bufferId = (b: GPUBuffer): number => {
  let id = bufferIds.get(b);
  if (id === undefined) { id = nextBufferId++; bufferIds.set(b, id); }
  return id;
};

/**
 * The bind group of `bound` for pipeline `p`, cached: buffers are never destroyed while pooled (they
 * return to the size-class pool), so a bind group over the same buffers stays valid and a repeated call
 * (its outputs drawn from the pool again) reuses its groups instead of creating one per dispatch.
 */
function bindGroup(d: WebGpuDevice, p: Pipe, bound: readonly GpuArray[]): GPUBindGroup {
  const key = bound.map((a) => bufferId(a.buffer)).join(',');
  const hit = p.groups.get(key);
  if (hit) return hit;
  if (p.groups.size >= MAX_GROUPS) p.groups.clear();
  const g = d.device.createBindGroup({ layout: p.layout, entries: bound.map((a, k) => ({ binding: k, resource: { buffer: a.buffer } })) });
  p.groups.set(key, g);
  return g;
}

// ---- two-stage full reductions (webgpu-split.ts), shaders memoised per kernel

interface SplitShaders { readonly split: SplitReduce; readonly partial: WgslKernel; readonly final: WgslKernel }
const splits = new WeakMap<Kernel, SplitShaders | null>();

function splitOf(d: WebGpuDevice, k: Kernel): SplitShaders | null {
  let sp = splits.get(k);
  if (sp === undefined) {
    const p = d.profile;
    const split = p.tuning ? splitFullReduce(k, p.maxStorageBuffersPerShaderStage, p.splitVec ?? 1) : null;
    // The partials' final reduction runs serially (no barriers) where rows do (CPU adapters).
    sp = split && { split, partial: emitWgsl(split.partial, p, { strategy: 'serial' }), final: emitWgsl(split.final, p, p.serialRows ? { strategy: 'serial' } : {}) };
    splits.set(k, sp);
  }
  return sp;
}

/** The fallback for a launch without a WGSL kernel here: read back, run the CPU rule (or the kernel's JS), upload. */
async function hostStep(d: WebGpuDevice, exe: Executable, l: Launch, vals: GpuArray[]): Promise<void> {
  const reads = l.reads.filter((b) => exe.buffers[b]!.aval.dtype !== 'float0');
  const got = await readGpu(d, reads.map((b) => vals[b]!));
  const ins: Tensor[] = l.reads.map((b) => {
    const aval = exe.buffers[b]!.aval;
    const k = reads.indexOf(b);
    return { shape: aval.shape, dtype: aval.dtype, data: k < 0 ? new Uint8Array(0) : got[k]!.data };
  });
  let outs: Tensor[];
  if (l.kind === 'kernel') {
    outs = l.writes.map((b) => { const a = exe.buffers[b]!.aval; return { shape: a.shape, dtype: a.dtype, data: allocData(a.dtype, size(a.shape), F32_CTX) }; });
    l.fn(ins.map((t) => t.data), outs.map((t) => t.data));
  } else {
    outs = hostRule(l.prim, l.params, ins)(ins, l.params as never, l.outAvals, F32_CTX);
  }
  l.writes.forEach((b, k) => { if (exe.buffers[b]!.aval.dtype !== 'float0') writeGpu(d, vals[b]!, outs[k]!); });
}

const oomError = (api: string, msg: string): UserError =>
  new UserError('webgpu-oom', api, 'out of GPU memory', msg, 'a program that fits the adapter', 'dispose arrays you no longer need, or use smaller shapes');

const disposedError = (api: string): UserError =>
  new UserError('array/disposed', api, 'the array was disposed', 'a disposed webgpu array', 'a live array', 'Keep it alive (do not dispose it) while it is in use');
