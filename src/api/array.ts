// The user-facing concrete Array: immutable, owning one device buffer (cpu: a typed array; webgpu: a
// GPU value, read asynchronously). Moving between devices is explicit (`to`). Imports runtime and ir.
import type { Tensor, TypedArray } from '../ir/core.js';
import type { Aval, DType, PublicDType } from '../ir/dtype.js';
import { publicName, size } from '../ir/dtype.js';
import type { DeviceBuffer, DeviceKind } from '../runtime/buffer.js';
import { cpuBuffer, freeBuffer, gpuBuffer, gpuValueOf, isFreed, readBuffer, shareBuffer } from '../runtime/buffer.js';
import type { GpuValue } from '../runtime/webgpu-exec.js';
import { disposeValue, readValue, uploadedValue } from '../runtime/webgpu-exec.js';
import { UserError } from '../ir/errors.js';
import { checkDevice, defaultDeviceKind, webGpuDeviceSync } from './devices.js';
import { formatArray } from './format.js';
import { currentScope } from './scope.js';

export class Array {
  readonly aval: Aval;
  private readonly buffer: DeviceBuffer;

  /**
   * Takes ownership of `data` (the caller must not keep writing to it): host data lands on `device`
   * (default: the default device; webgpu uploads it), a GPU value is adopted as a webgpu array.
   * `poolable` (runtime use): nobody else holds `data`, so its memory may be reused once this array is
   * disposed or collected.
   */
  constructor(data: TypedArray | GpuValue, shape: readonly number[], dtype: DType, weak = false, device?: DeviceKind, poolable = false) {
    this.aval = weak ? { shape: [...shape], dtype, weak: true } : { shape: [...shape], dtype };
    if (ArrayBuffer.isView(data)) {
      const dev = device ?? defaultDeviceKind();
      if (dev === 'webgpu') {
        const d = webGpuDeviceSync('Array');
        const v = uploadedValue(d, { shape: this.aval.shape, dtype, data }, 'Array');
        this.buffer = gpuBuffer(v, 4 * size(shape), this, () => disposeValue(d, v));
      } else this.buffer = cpuBuffer(data, this, poolable);
    } else {
      const d = webGpuDeviceSync('Array');
      this.buffer = gpuBuffer(data, 4 * size(shape), this, () => disposeValue(d, data));
    }
    currentScope()?.track(this);
  }

  /** A host tensor as an array on `device` (the cpu unless said otherwise). */
  static fromTensor(t: Tensor, weak = false, device: DeviceKind = 'cpu'): Array {
    return new Array(t.data, t.shape, t.dtype, weak, device);
  }

  /** A cpu array owning an executable's fresh output (no one else holds its data: its memory is pooled). */
  static owning(t: Tensor, weak = false): Array {
    return new Array(t.data, t.shape, t.dtype, weak, 'cpu', true);
  }

  /** The GPU value of a webgpu array (runtime use: eager ops and jit). */
  gpuValue(api: string): GpuValue {
    return gpuValueOf(api, this.buffer, this.describe());
  }

  /**
   * This array on another device, as a new array (this one is unchanged). To webgpu: uploads now
   * (after `await initWebGpu()`); to cpu: reads back, so it is asynchronous. To its own device: itself.
   */
  to(device: 'webgpu'): Array;
  to(device: 'cpu'): Promise<Array>;
  to(device: DeviceKind): Array | Promise<Array>;
  to(device: DeviceKind): Array | Promise<Array> {
    const dev = checkDevice('Array.to', device);
    if (dev === 'cpu' && this.device === 'cpu') return Promise.resolve(this);
    if (dev === 'cpu') return this.data().then((d) => new Array(d, this.aval.shape, this.aval.dtype, !!this.aval.weak, 'cpu'));
    if (this.device === 'webgpu') return this;
    return new Array(this.tensor('Array.to').data.slice(), this.aval.shape, this.aval.dtype, !!this.aval.weak, 'webgpu');
  }

  get shape(): number[] { return [...this.aval.shape]; }
  get dtype(): PublicDType { return publicName(this.aval.dtype); }
  get ndim(): number { return this.aval.shape.length; }
  get size(): number { return size(this.aval.shape); }
  get weakType(): boolean { return !!this.aval.weak; }
  get device(): DeviceKind { return this.buffer.device; }
  get isDisposed(): boolean { return isFreed(this.buffer); }

  /**
   * The host view of this array (shared, read-only by contract). The holder may keep it past this
   * array's life, so the memory is never reused for another array.
   */
  tensor(api = 'Array'): Tensor {
    const t = this.hostTensor(api);
    shareBuffer(this.buffer);
    return t;
  }

  /**
   * The host view for a use that ends before control returns to the caller (an eager op's or a jit
   * call's input, formatting): the array keeps its claim on the memory.
   */
  hostTensor(api = 'Array'): Tensor {
    return { shape: this.aval.shape, dtype: this.aval.dtype, data: readBuffer(api, this.buffer, this.describe()) };
  }

  /** A copy of the data. */
  dataSync(): TypedArray {
    return readBuffer('Array.dataSync', this.buffer, this.describe()).slice();
  }

  /**
   * This array, once the work computing it has finished (jax's `block_until_ready`): on webgpu its host
   * steps have run and its writes were submitted and done on the queue, and a failure of that work
   * rejects here; on cpu it is ready already. For timing without a read-back.
   */
  async blockUntilReady(): Promise<this> {
    if (this.buffer.device !== 'webgpu') return this;
    const v = this.gpuValue('Array.blockUntilReady');
    if (v.pending) await v.pending;
    await webGpuDeviceSync('Array.blockUntilReady').device.queue.onSubmittedWorkDone();
    await v.checked;
    return this;
  }

  /** A copy of the data; on webgpu it waits for the array's work and reads it back. */
  async data(): Promise<TypedArray> {
    if (this.buffer.device === 'webgpu') {
      const v = this.gpuValue('Array.data');
      return (await readValue(webGpuDeviceSync('Array.data'), v, this.aval.dtype)).data;
    }
    return readBuffer('Array.data', this.buffer, this.describe()).slice();
  }

  /** Nested JS arrays of numbers (booleans for bool), as numpy's tolist. */
  async tolist(): Promise<unknown> {
    return this.nested(this.buffer.device === 'webgpu' ? await this.data() : readBuffer('Array.tolist', this.buffer, this.describe()));
  }

  tolistSync(): unknown {
    return this.nested(readBuffer('Array.tolistSync', this.buffer, this.describe()));
  }

  private nested(data: TypedArray): unknown {
    const conv = this.aval.dtype === 'bool' ? (x: number) => x !== 0 : (x: number) => x;
    const build = (dim: number, off: number, stride: number): unknown => {
      if (dim === this.ndim) return conv(data[off] ?? 0);
      const n = this.aval.shape[dim]!;
      const inner = stride / n;
      return globalThis.Array.from({ length: n }, (_, i) => build(dim + 1, off + i * inner, inner));
    };
    return build(0, 0, this.size);
  }

  /** The single value of a size-1 array. */
  item(): number | boolean {
    if (this.size !== 1) {
      throw new UserError('array/not-scalar', 'Array.item', 'only a size-1 array has one value', `shape [${this.shape}]`, 'an array of size 1');
    }
    const v = readBuffer('Array.item', this.buffer, this.describe())[0]!;
    return this.aval.dtype === 'bool' ? v !== 0 : v;
  }

  dispose(): void {
    freeBuffer(this.buffer);
  }

  [Symbol.dispose](): void {
    this.dispose();
  }

  /** A size-1 array converts to its number (as numpy's); anything else is an error. */
  [Symbol.toPrimitive](hint: string): number | string {
    if (hint === 'string') return this.toString();
    const v = this.item();
    return typeof v === 'boolean' ? Number(v) : v;
  }

  toString(): string {
    if (this.isDisposed) return `Array(disposed, ${this.describe()})`;
    if (this.buffer.device === 'webgpu') return `Array(webgpu, ${this.describe()})`;
    return formatArray(this.hostTensor());
  }

  describe(): string {
    return `${this.aval.dtype}[${this.aval.shape.join(',')}]`;
  }
}

export const isArray = (x: unknown): x is Array => x instanceof Array;
