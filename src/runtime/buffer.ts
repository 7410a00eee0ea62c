// Device buffers and memory accounting, per device. A cpu buffer holds a typed array; a webgpu buffer
// holds a GpuValue (src/runtime/webgpu-exec.ts: a pooled GPUBuffer, possibly still being written).
// GPU handles never leave src/runtime. Imports src/ir and the runtime's own files.
import type { TypedArray } from '../ir/core.js';
import { UserError } from '../ir/errors.js';
import type { GpuValue } from './webgpu-exec.js';
import { giveHost, hostPoolStats } from './host-pool.js';

export type DeviceKind = 'cpu' | 'webgpu';

/** One device allocation. `data` (cpu) or `gpu` (webgpu) is null once freed. */
export interface DeviceBuffer {
  readonly device: DeviceKind;
  readonly bytes: number;
  data: TypedArray | null;
  gpu: GpuValue | null;
  /**
   * cpu: the data is this buffer's alone (an executable's fresh output no one else has seen), so its
   * memory goes back to the host pool when the buffer is freed or its owner collected. Cleared for good
   * by `shareBuffer` when the data escapes (a traced constant, `Array.tensor()`).
   */
  poolable: boolean;
}

export interface MemoryCounts { liveBuffers: number; liveBytes: number }
export interface MemoryStats extends MemoryCounts {
  /** The same counts per device. */
  readonly devices: { readonly [D in DeviceKind]: MemoryCounts };
  /** Host memory of freed results kept for reuse (not live), and how many allocations it served. */
  readonly hostPool: { readonly pooledBytes: number; readonly reused: number };
}

const stats = { liveBuffers: 0, liveBytes: 0 };
const perDevice: { [D in DeviceKind]: MemoryCounts } = { cpu: { liveBuffers: 0, liveBytes: 0 }, webgpu: { liveBuffers: 0, liveBytes: 0 } };

interface Held { freed: boolean; bytes: number; device: DeviceKind; onFree: (() => void) | null; buf: DeviceBuffer }
// Backstop: a buffer whose owner is collected without dispose() is released from the accounting (and a
// GPU buffer goes back to its pool).
const registry = new FinalizationRegistry<Held>((h) => release(h));
const held = new WeakMap<DeviceBuffer, Held>();

function release(h: Held): void {
  if (h.freed) return;
  h.freed = true;
  stats.liveBuffers--;
  stats.liveBytes -= h.bytes;
  perDevice[h.device].liveBuffers--;
  perDevice[h.device].liveBytes -= h.bytes;
  h.onFree?.();
  if (h.buf.poolable && h.buf.data) giveHost(h.buf.data);
}

function track(buf: DeviceBuffer, owner: object, onFree: (() => void) | null): DeviceBuffer {
  const h: Held = { freed: false, bytes: buf.bytes, device: buf.device, onFree, buf };
  held.set(buf, h);
  registry.register(owner, h, buf);
  stats.liveBuffers++;
  stats.liveBytes += h.bytes;
  perDevice[buf.device].liveBuffers++;
  perDevice[buf.device].liveBytes += h.bytes;
  return buf;
}

/**
 * Wraps host data as a CPU buffer owned by `owner` (the FinalizationRegistry watches the owner).
 * `poolable`: the data is exclusively this buffer's (see DeviceBuffer.poolable).
 */
export function cpuBuffer(data: TypedArray, owner: object, poolable = false): DeviceBuffer {
  return track({ device: 'cpu', bytes: data.byteLength, data, gpu: null, poolable }, owner, null);
}

/** The buffer's data escapes to a holder that may outlive it: its memory is never pooled. */
export function shareBuffer(buf: DeviceBuffer): void {
  buf.poolable = false;
}

/** Wraps a webgpu value owned by `owner`; `onFree` returns its GPU buffer to the pool. */
export function gpuBuffer(v: GpuValue, bytes: number, owner: object, onFree: () => void): DeviceBuffer {
  return track({ device: 'webgpu', bytes, data: null, gpu: v, poolable: false }, owner, onFree);
}

export function freeBuffer(buf: DeviceBuffer): void {
  const h = held.get(buf);
  if (h) {
    release(h);
    registry.unregister(buf);
  }
  buf.data = null;
  buf.gpu = null;
}

export const isFreed = (buf: DeviceBuffer): boolean => buf.data === null && buf.gpu === null;

const disposedError = (api: string, what: string): UserError =>
  new UserError('array/disposed', api, 'the array was disposed', `a disposed ${what}`, 'a live array', 'Keep it alive (do not dispose it, or return it from the scope) while it is in use');

export function readBuffer(api: string, buf: DeviceBuffer, what: string): TypedArray {
  if (buf.device === 'webgpu' && buf.gpu) {
    throw new UserError('array/async-device', api, 'a webgpu array cannot be read synchronously', `a ${what} on the webgpu device`, 'a cpu array', 'Read it with `await x.data()`, or move it with `await x.to(\'cpu\')`');
  }
  if (!buf.data) throw disposedError(api, what);
  return buf.data;
}

/** The webgpu value of a buffer (a UserError once disposed). */
export function gpuValueOf(api: string, buf: DeviceBuffer, what: string): GpuValue {
  if (!buf.gpu) throw disposedError(api, what);
  return buf.gpu;
}

/** Live buffers and bytes, in all and on each device; tests use it to prove loops do not leak. */
export function memoryStats(): MemoryStats {
  return { ...stats, devices: { cpu: { ...perDevice.cpu }, webgpu: { ...perDevice.webgpu } }, hostPool: hostPoolStats() };
}
