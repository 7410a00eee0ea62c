// Running Kernel IR kernels on the webgpu device: storage buffers from a size-class pool, pipelines and
// bind-group layouts cached by WGSL source, all launches of a call in one command encoder and one
// submit, async readback through a staging-buffer pool. Validation errors are InternalErrors naming the
// kernel and the WGSL line; out-of-memory and device loss are UserErrors. Imports src/ir, src/lower.
import type { Tensor, TypedArray } from '../ir/core.js';
import type { DType } from '../ir/dtype.js';
import { InternalError, UserError } from '../ir/errors.js';
import type { Kernel, KType } from '../lower/kir.js';
import type { WgslKernel, WgslOptions } from '../lower/codegen-wgsl.js';
import { emitWgsl } from '../lower/codegen-wgsl.js';
import type { WebGpuDevice } from './webgpu-device.js';
import { lostError } from './webgpu-device.js';

/** An array living in a GPU storage buffer (4 bytes per element; bool as u32). */
export interface GpuArray {
  readonly buffer: GPUBuffer;
  readonly dtype: KType;
  readonly shape: readonly number[];
  readonly length: number;
  disposed: boolean;
}

export interface GpuLaunch {
  readonly kernel: Kernel;
  readonly inputs: readonly GpuArray[];
  readonly outputs: readonly GpuArray[];
}

interface Cache {
  readonly pipelines: Map<string, Promise<GPUComputePipeline>>;
  readonly storage: Map<number, GPUBuffer[]>;
  readonly staging: Map<number, GPUBuffer[]>;
  readonly emitted: WeakMap<Kernel, WgslKernel>;
  /** Rejections of the reads in flight, called if the device is lost (one listener per device). */
  readonly onLoss: Set<(e: Error) => void>;
}
const caches = new WeakMap<WebGpuDevice, Cache>();
function cacheOf(d: WebGpuDevice): Cache {
  let c = caches.get(d);
  if (!c) {
    const onLoss = new Set<(e: Error) => void>();
    c = { pipelines: new Map(), storage: new Map(), staging: new Map(), emitted: new WeakMap(), onLoss };
    caches.set(d, c);
    void d.device.lost.then(() => { for (const reject of onLoss) reject(lostError(d)); onLoss.clear(); });
  }
  return c;
}

/** Reads in flight waiting on the device's loss listener (0 once they are done: none is left behind). */
export const readsInFlight = (d: WebGpuDevice): number => cacheOf(d).onLoss.size;

/**
 * `p`, or the device-lost UserError if the device is lost first (a read never hangs). The listener is
 * the device's one: a race against `device.lost` per read would leave a reaction on that never-settling
 * promise each time (~0.8 KB per read, measured: a training loop reading its loss leaked steadily).
 */
function untilLost<T>(d: WebGpuDevice, p: Promise<T>): Promise<T> {
  const onLoss = cacheOf(d).onLoss;
  // Lost already (the listener has run): a map in flight would end in a bare AbortError.
  if (d.lost) { p.catch(() => undefined); return Promise.reject(lostError(d)); }
  return new Promise<T>((resolve, reject) => {
    onLoss.add(reject);
    p.then((v) => { onLoss.delete(reject); resolve(v); }, (e: unknown) => {
      onLoss.delete(reject);
      if ((e as { name?: unknown } | null)?.name !== 'AbortError') { reject(e); return; }
      // A map aborted by a loss not yet reported: the loss error once it is (bounded wait; failures only).
      const t = setTimeout(() => reject(e), 1000);
      void d.device.lost.then(() => { clearTimeout(t); reject(lostError(d)); });
    });
  });
}

const sizeClass = (bytes: number): number => { let s = 256; while (s < bytes) s *= 2; return s; };
const elems = (shape: readonly number[]): number => shape.reduce((a, b) => a * b, 1);

async function guarded<T>(d: WebGpuDevice, what: string, f: () => T): Promise<T> {
  if (d.lost) throw lostError(d);
  d.device.pushErrorScope('out-of-memory');
  const r = f();
  const err = await d.device.popErrorScope();
  if (d.lost) throw lostError(d);
  if (err) throw new UserError('webgpu-oom', 'webgpu', `out of GPU memory while ${what}`, err.message, 'an allocation that fits the adapter', 'free arrays (dispose) or use smaller shapes');
  return r;
}

/** A pooled storage buffer for an array of `shape`/`dtype` (contents undefined). */
export async function allocGpu(d: WebGpuDevice, dtype: KType, shape: readonly number[]): Promise<GpuArray> {
  const length = elems(shape);
  const bytes = sizeClass(4 * Math.max(1, length));
  if (4 * length > d.profile.maxBufferSize) {
    throw new UserError('webgpu-limit', 'webgpu', 'array too large for the adapter', `${4 * length} bytes (${dtype}[${shape.join(',')}])`, `at most ${d.profile.maxBufferSize} bytes (maxBufferSize)`);
  }
  const pool = cacheOf(d).storage.get(bytes <= d.profile.maxBufferSize ? bytes : 4 * Math.max(1, length));
  const size = bytes <= d.profile.maxBufferSize ? bytes : 4 * Math.max(1, length);
  const buffer = pool?.pop() ?? await guarded(d, `allocating ${size} bytes`, () => d.device.createBuffer({ size, usage: GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_SRC | GPUBufferUsage.COPY_DST }));
  return { buffer, dtype, shape: [...shape], length, disposed: false };
}

/**
 * The synchronous allocation of allocGpu (for runs enqueued without awaiting): the maxBufferSize check
 * is a UserError now; an out-of-memory error surfaces through the caller's error scope.
 */
export function allocGpuSync(d: WebGpuDevice, dtype: KType, shape: readonly number[], api = 'webgpu'): GpuArray {
  if (d.lost) throw lostError(d);
  const length = elems(shape);
  if (4 * length > d.profile.maxBufferSize) {
    throw new UserError('webgpu-limit', api, 'array too large for the WebGPU adapter', `${4 * length} bytes (${dtype}[${shape.join(',')}])`, `at most ${d.profile.maxBufferSize} bytes (the adapter's maxBufferSize)`, 'Use smaller shapes, or run this on the cpu device');
  }
  const rounded = sizeClass(4 * Math.max(1, length));
  const cls = rounded <= d.profile.maxBufferSize ? rounded : 4 * Math.max(1, length);
  const buffer = cacheOf(d).storage.get(cls)?.pop() ?? d.device.createBuffer({ size: cls, usage: GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_SRC | GPUBufferUsage.COPY_DST });
  return { buffer, dtype, shape: [...shape], length, disposed: false };
}

/** Writes host data into a live array's buffer (queue order: after the work already submitted). */
export function writeGpu(d: WebGpuDevice, a: GpuArray, t: Tensor): void {
  if (a.length > 0) d.device.queue.writeBuffer(a.buffer, 0, toU32Bytes(t) as GPUAllowSharedBufferSource);
}

/** Returns the array's buffer to the pool; reading it afterwards is a UserError. */
export function disposeGpu(d: WebGpuDevice, a: GpuArray): void {
  if (a.disposed) return;
  a.disposed = true;
  const pool = cacheOf(d).storage;
  const list = pool.get(a.buffer.size) ?? [];
  list.push(a.buffer);
  pool.set(a.buffer.size, list);
}

function toU32Bytes(t: Tensor): ArrayBufferView {
  if (t.dtype === 'bool') return Uint32Array.from(t.data as Uint8Array);
  if (t.dtype === 'f32' && !(t.data instanceof Float32Array)) return Float32Array.from(t.data);
  return t.data;
}

/** Uploads a tensor (f32/i32/u32/bool) into a fresh pooled buffer. */
export async function uploadGpu(d: WebGpuDevice, t: Tensor): Promise<GpuArray> {
  if (t.dtype === 'float0') throw new UserError('webgpu-dtype', 'webgpu', 'dtype not supported on the webgpu device', 'float0', 'f32, i32, u32 or bool');
  const a = await allocGpu(d, t.dtype, t.shape);
  if (a.length > 0) d.device.queue.writeBuffer(a.buffer, 0, toU32Bytes(t) as GPUAllowSharedBufferSource);
  return a;
}

/** The shader of a kernel for this device (memoised per kernel object). */
export function wgslFor(d: WebGpuDevice, k: Kernel, opts: WgslOptions = {}): WgslKernel {
  const c = cacheOf(d);
  if (opts.strategy) return emitWgsl(k, d.profile, opts);
  let w = c.emitted.get(k);
  if (!w) { w = emitWgsl(k, d.profile); c.emitted.set(k, w); }
  return w;
}

async function pipelineFor(d: WebGpuDevice, w: WgslKernel): Promise<GPUComputePipeline> {
  const c = cacheOf(d);
  let p = c.pipelines.get(w.code);
  if (!p) {
    p = createPipeline(d, w);
    c.pipelines.set(w.code, p);
    p.catch(() => c.pipelines.delete(w.code));
  }
  return p;
}

async function createPipeline(d: WebGpuDevice, w: WgslKernel): Promise<GPUComputePipeline> {
  const dev = d.device;
  dev.pushErrorScope('validation');
  const module = dev.createShaderModule({ code: w.code });
  const entries: GPUBindGroupLayoutEntry[] = [];
  for (let i = 0; i < w.inputs + w.outputs; i++) {
    entries.push({ binding: i, visibility: GPUShaderStage.COMPUTE, buffer: { type: i < w.inputs ? 'read-only-storage' : 'storage' } });
  }
  const layout = dev.createBindGroupLayout({ entries });
  const pipeline = dev.createComputePipeline({ layout: dev.createPipelineLayout({ bindGroupLayouts: [layout] }), compute: { module, entryPoint: 'main' } });
  const err = await dev.popErrorScope();
  if (d.lost) throw lostError(d);
  if (err) throw await wgslValidationError(w, module, err);
  return pipeline;
}

/**
 * A shader that failed validation (a bug of the WGSL printer): an InternalError naming the kernel, with
 * each compilation message as `error at line N: <its first line>` followed by that WGSL line.
 */
export async function wgslValidationError(w: WgslKernel, module: GPUShaderModule, err: GPUError): Promise<InternalError> {
  const info = await module.getCompilationInfo();
  const lines = w.code.split('\n');
  // The first line of each message (the error's message already holds Tint's full text with its caret).
  const msgs = info.messages.map((m) => `${m.type} at line ${m.lineNum}: ${m.message.split('\n')[0]}\n    ${lines[m.lineNum - 1]?.trim() ?? ''}`);
  return new InternalError(`WGSL of kernel ${w.name} failed validation: ${err.message}`, msgs.join('\n') || w.code);
}

/** Runs the launches in order: one command encoder, one compute pass, one submit. */
export async function runKernelsWebGpu(d: WebGpuDevice, launches: readonly GpuLaunch[], opts: WgslOptions = {}): Promise<void> {
  if (d.lost) throw lostError(d);
  for (const l of launches) for (const a of [...l.inputs, ...l.outputs]) {
    if (a.disposed) throw new UserError('webgpu-disposed', 'webgpu', `kernel ${l.kernel.name} reads a disposed array`, 'a disposed array', 'a live array');
  }
  const shaders = launches.map((l) => wgslFor(d, l.kernel, opts));
  const pipes = await Promise.all(shaders.map((w) => pipelineFor(d, w)));
  const dev = d.device;
  dev.pushErrorScope('validation');
  dev.pushErrorScope('out-of-memory');
  const enc = dev.createCommandEncoder();
  const pass = enc.beginComputePass();
  launches.forEach((l, i) => {
    const [x, y, z] = shaders[i]!.dispatch();
    if (x === 0 || l.outputs.some((o) => o.length === 0)) return;
    const entries = [...l.inputs, ...l.outputs].map((a, b) => ({ binding: b, resource: { buffer: a.buffer } }));
    pass.setPipeline(pipes[i]!);
    pass.setBindGroup(0, dev.createBindGroup({ layout: pipes[i]!.getBindGroupLayout(0), entries }));
    pass.dispatchWorkgroups(x, y, z);
  });
  pass.end();
  dev.queue.submit([enc.finish()]);
  const oom = await dev.popErrorScope();
  const val = await dev.popErrorScope();
  if (d.lost) throw lostError(d);
  if (oom) throw new UserError('webgpu-oom', 'webgpu', 'out of GPU memory while running kernels', oom.message, 'a program that fits the adapter');
  if (val) throw new InternalError(`WebGPU validation error running ${launches.map((l) => l.kernel.name).join(', ')}: ${val.message}`);
}

function fromU32(dtype: DType, bytes: ArrayBuffer, n: number): TypedArray {
  switch (dtype) {
    case 'f32': return new Float32Array(bytes, 0, n).slice();
    case 'i32': return new Int32Array(bytes, 0, n).slice();
    case 'u32': return new Uint32Array(bytes, 0, n).slice();
    default: return Uint8Array.from(new Uint32Array(bytes, 0, n), (v) => (v !== 0 ? 1 : 0));
  }
}

/** Reads arrays back (one submit of copies into pooled staging buffers, then mapAsync). */
export async function readGpu(d: WebGpuDevice, arrays: readonly GpuArray[]): Promise<Tensor[]> {
  if (d.lost) throw lostError(d);
  for (const a of arrays) if (a.disposed) throw new UserError('webgpu-disposed', 'webgpu', 'reading a disposed array', 'a disposed array', 'a live array');
  const c = cacheOf(d).staging;
  const stages = await Promise.all(arrays.map(async (a) => {
    const size = sizeClass(4 * Math.max(1, a.length));
    return c.get(size)?.pop() ?? guarded(d, 'allocating a staging buffer', () => d.device.createBuffer({ size, usage: GPUBufferUsage.MAP_READ | GPUBufferUsage.COPY_DST }));
  }));
  const enc = d.device.createCommandEncoder();
  arrays.forEach((a, i) => { if (a.length > 0) enc.copyBufferToBuffer(a.buffer, 0, stages[i]!, 0, 4 * a.length); });
  d.device.queue.submit([enc.finish()]);
  const out = await untilLost(d, Promise.all(stages.map((s) => s.mapAsync(GPUMapMode.READ)))).then(() => arrays.map((a, i) => {
    const s = stages[i]!;
    const t: Tensor = { shape: [...a.shape], dtype: a.dtype, data: a.length > 0 ? fromU32(a.dtype, s.getMappedRange(), a.length) : fromU32(a.dtype, new ArrayBuffer(4), 0) };
    s.unmap();
    return t;
  }));
  stages.forEach((s) => { const l = c.get(s.size) ?? []; l.push(s); c.set(s.size, l); });
  return out;
}

/** Convenience: uploads `inputs`, runs one kernel, reads its outputs back, frees the buffers. */
export async function runKernelOnce(d: WebGpuDevice, k: Kernel, inputs: readonly Tensor[], opts: WgslOptions = {}): Promise<Tensor[]> {
  const ins = await Promise.all(inputs.map((t) => uploadGpu(d, t)));
  const outs = await Promise.all(k.outputs.map((b) => allocGpu(d, b.dtype, b.shape)));
  try {
    await runKernelsWebGpu(d, [{ kernel: k, inputs: ins, outputs: outs }], opts);
    return await readGpu(d, outs);
  } finally {
    [...ins, ...outs].forEach((a) => disposeGpu(d, a));
  }
}
