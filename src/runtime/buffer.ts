// Device buffers and memory accounting, per device. A cpu buffer holds a typed array; a webgpu buffer
// holds a GpuValue (src/runtime/webgpu-exec.ts: a pooled GPUBuffer, possibly still being written).
// GPU handles never leave src/runtime. Imports src/ir and the runtime's own files.
import type { TypedArray } from '../ir/core.js';
import { UserError } from '../ir/errors.js';
import type { GpuValue } from './webgpu-exec.js';

export type DeviceKind = 'cpu' | 'webgpu';

/** One device allocation. `data` (cpu) or `gpu` (webgpu) is null once freed. */
export interface DeviceBuffer {
  readonly device: DeviceKind;
  readonly bytes: number;
  data: TypedArray | null;
  gpu: GpuValue | null;
}

export interface MemoryCounts { liveBuffers: number; liveBytes: number }
export interface MemoryStats extends MemoryCounts {
  /** The same counts per device. */
  readonly devices: { readonly [D in DeviceKind]: MemoryCounts };
}

const stats = { liveBuffers: 0, liveBytes: 0 };
const perDevice: { [D in DeviceKind]: MemoryCounts } = { cpu: { liveBuffers: 0, liveBytes: 0 }, webgpu: { liveBuffers: 0, liveBytes: 0 } };

interface Held { freed: boolean; bytes: number; device: DeviceKind; onFree: (() => void) | null }
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
}

function track(buf: DeviceBuffer, owner: object, onFree: (() => void) | null): DeviceBuffer {
  const h: Held = { freed: false, bytes: buf.bytes, device: buf.device, onFree };
  held.set(buf, h);
  registry.register(owner, h, buf);
  stats.liveBuffers++;
  stats.liveBytes += h.bytes;
  perDevice[buf.device].liveBuffers++;
  perDevice[buf.device].liveBytes += h.bytes;
  return buf;
}

/** Wraps host data as a CPU buffer owned by `owner` (the FinalizationRegistry watches the owner). */
export function cpuBuffer(data: TypedArray, owner: object): DeviceBuffer {
  return track({ device: 'cpu', bytes: data.byteLength, data, gpu: null }, owner, null);
}

/** Wraps a webgpu value owned by `owner`; `onFree` returns its GPU buffer to the pool. */
export function gpuBuffer(v: GpuValue, bytes: number, owner: object, onFree: () => void): DeviceBuffer {
  return track({ device: 'webgpu', bytes, data: null, gpu: v }, owner, onFree);
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
  return { ...stats, devices: { cpu: { ...perDevice.cpu }, webgpu: { ...perDevice.webgpu } } };
}
