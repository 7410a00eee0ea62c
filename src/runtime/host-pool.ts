// Host memory pool: ArrayBuffers of disposed (or collected) executable outputs, reused for later
// outputs of the same byte size. Fresh memory is expensive on the first touch (the kernel maps and
// zeroes each page: ~13 µs per 4 KiB page measured on these VMs, 13 ms for a 4 MB output — as much as
// a whole W1 kernel), pooled memory is not. Only buffers nobody else can still see come back here
// (src/runtime/buffer.ts decides). Imports src/ir and executable-types.ts (element sizes).
import type { TypedArray } from '../ir/core.js';
import type { DType } from '../ir/dtype.js';
import { BYTES } from './executable-types.js';

/** Below this size V8 allocates cheaply on its own heap: not pooled. */
const MIN_BYTES = 64 * 1024;
/** The most memory the pool keeps: beyond it the buffers returned longest ago are let go (to the GC). */
let MAX_POOLED_BYTES = 256 * 2 ** 20;

/** Sets the pool's size limit (tests; the default is 256 MiB), letting go of the oldest buffers past it. */
export function setHostPoolLimit(bytes: number): void {
  MAX_POOLED_BYTES = bytes;
  evictDownTo(MAX_POOLED_BYTES);
}

/** Free buffers by byte size (most recently returned last), and all of them in the order returned. */
const free = new Map<number, ArrayBuffer[]>();
const order = new Set<ArrayBuffer>();
let pooledBytes = 0;
let reused = 0;

/** A typed view of `n` elements of `dtype` at the start of `buf`. */
export function hostView(dtype: DType, buf: ArrayBuffer, n: number): TypedArray {
  switch (dtype) {
    case 'f32': return new Float32Array(buf, 0, n);
    case 'i32': return new Int32Array(buf, 0, n);
    case 'u32': return new Uint32Array(buf, 0, n);
    case 'bool': return new Uint8Array(buf, 0, n);
    case 'float0': return new Uint8Array(0);
  }
}

/** A zeroed typed array of `n` elements: pooled memory when a buffer of that size is free. */
export function takeHost(dtype: DType, n: number): TypedArray {
  const bytes = BYTES[dtype] * n;
  const list = bytes >= MIN_BYTES ? free.get(bytes) : undefined;
  const buf = list?.pop();
  if (!buf) return hostView(dtype, new ArrayBuffer(bytes), n);
  order.delete(buf);
  pooledBytes -= bytes;
  reused++;
  const out = hostView(dtype, buf, n);
  out.fill(0);
  return out;
}

/** Gives `data`'s memory back for reuse; the caller guarantees no one reads or writes it any more. */
export function giveHost(data: TypedArray): void {
  const buf = data.buffer;
  const bytes = buf.byteLength;
  if (bytes < MIN_BYTES || bytes > MAX_POOLED_BYTES || data.byteOffset !== 0 || data.byteLength !== bytes || !(buf instanceof ArrayBuffer) || order.has(buf)) return;
  evictDownTo(MAX_POOLED_BYTES - bytes);
  let list = free.get(bytes);
  if (!list) free.set(bytes, (list = []));
  list.push(buf);
  order.add(buf);
  pooledBytes += bytes;
}

/** Lets the pool's oldest buffers go until it holds at most `limit` bytes. */
function evictDownTo(limit: number): void {
  for (const old of order) {
    if (pooledBytes <= limit) break;
    evict(old);
  }
}

/** Lets one pooled buffer go. */
function evict(buf: ArrayBuffer): void {
  const list = free.get(buf.byteLength)!;
  list.splice(list.indexOf(buf), 1);
  if (list.length === 0) free.delete(buf.byteLength);
  order.delete(buf);
  pooledBytes -= buf.byteLength;
}

/** What the pool holds and how often it served an allocation (memoryStats reports it). */
export function hostPoolStats(): { pooledBytes: number; reused: number } {
  return { pooledBytes, reused };
}
