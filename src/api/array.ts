// The user-facing concrete Array: immutable, owning one device buffer. Imports runtime and ir.
import type { Tensor, TypedArray } from '../ir/core.js';
import type { Aval, DType, PublicDType } from '../ir/dtype.js';
import { publicName, size } from '../ir/dtype.js';
import type { DeviceBuffer } from '../runtime/buffer.js';
import { cpuBuffer, freeBuffer, readBuffer } from '../runtime/buffer.js';
import { UserError } from '../ir/errors.js';
import { formatArray } from './format.js';
import { currentScope } from './scope.js';

export class Array {
  readonly aval: Aval;
  private readonly buffer: DeviceBuffer;

  /** Takes ownership of `data` (the caller must not keep writing to it). */
  constructor(data: TypedArray, shape: readonly number[], dtype: DType, weak = false) {
    this.aval = weak ? { shape: [...shape], dtype, weak: true } : { shape: [...shape], dtype };
    this.buffer = cpuBuffer(data, this);
    currentScope()?.track(this);
  }

  static fromTensor(t: Tensor, weak = false): Array {
    return new Array(t.data, t.shape, t.dtype, weak);
  }

  get shape(): number[] { return [...this.aval.shape]; }
  get dtype(): PublicDType { return publicName(this.aval.dtype); }
  get ndim(): number { return this.aval.shape.length; }
  get size(): number { return size(this.aval.shape); }
  get weakType(): boolean { return !!this.aval.weak; }
  get device(): string { return this.buffer.device; }
  get isDisposed(): boolean { return this.buffer.data === null; }

  /** The host view of this array (shared, read-only by contract): for the interpreter and eager ops. */
  tensor(api = 'Array'): Tensor {
    return { shape: this.aval.shape, dtype: this.aval.dtype, data: readBuffer(api, this.buffer, this.describe()) };
  }

  /** A copy of the data. */
  dataSync(): TypedArray {
    return readBuffer('Array.dataSync', this.buffer, this.describe()).slice();
  }

  async data(): Promise<TypedArray> {
    return readBuffer('Array.data', this.buffer, this.describe()).slice();
  }

  /** Nested JS arrays of numbers (booleans for bool), as numpy's tolist. */
  async tolist(): Promise<unknown> {
    return this.tolistSync();
  }

  tolistSync(): unknown {
    const data = readBuffer('Array.tolist', this.buffer, this.describe());
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
    return formatArray(this.tensor());
  }

  describe(): string {
    return `${this.aval.dtype}[${this.aval.shape.join(',')}]`;
  }
}

export const isArray = (x: unknown): x is Array => x instanceof Array;
