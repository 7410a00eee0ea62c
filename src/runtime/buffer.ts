// Device buffers and memory accounting. Imports only src/ir. GPU handles will live here too (later issue).
import type { TypedArray } from '../ir/core.js';
import { UserError } from '../ir/errors.js';

export type DeviceKind = 'cpu';

/** One device allocation. `data` is null once freed. */
export interface DeviceBuffer {
  readonly device: DeviceKind;
  readonly bytes: number;
  data: TypedArray | null;
}

const stats = { liveBuffers: 0, liveBytes: 0 };

interface Held { freed: boolean; bytes: number }
// Backstop: a buffer whose owner is collected without dispose() is released from the accounting.
const registry = new FinalizationRegistry<Held>((h) => release(h));
const held = new WeakMap<DeviceBuffer, Held>();

function release(h: Held): void {
  if (h.freed) return;
  h.freed = true;
  stats.liveBuffers--;
  stats.liveBytes -= h.bytes;
}

/** Wraps host data as a CPU buffer owned by `owner` (the FinalizationRegistry watches the owner). */
export function cpuBuffer(data: TypedArray, owner: object): DeviceBuffer {
  const buf: DeviceBuffer = { device: 'cpu', bytes: data.byteLength, data };
  const h: Held = { freed: false, bytes: data.byteLength };
  held.set(buf, h);
  registry.register(owner, h, buf);
  stats.liveBuffers++;
  stats.liveBytes += h.bytes;
  return buf;
}

export function freeBuffer(buf: DeviceBuffer): void {
  const h = held.get(buf);
  if (h) {
    release(h);
    registry.unregister(buf);
  }
  buf.data = null;
}

export function readBuffer(api: string, buf: DeviceBuffer, what: string): TypedArray {
  if (!buf.data) {
    throw new UserError('array/disposed', api, 'the array was disposed', `a disposed ${what}`, 'a live array', 'Keep it alive (do not dispose it, or return it from the scope) while it is in use');
  }
  return buf.data;
}

/** Live buffers and bytes on each device; tests use it to prove loops do not leak. */
export function memoryStats(): { liveBuffers: number; liveBytes: number } {
  return { ...stats };
}
