// Test tensors built element by element: any dtype from a function of the flat index, and the f32
// inputs that break naive kernels (ties, NaN, ±Inf, ±0). Test-only; imports src/ir types and rng.
import type { Tensor } from '../../src/ir/core.js';
import type { DType } from '../../src/ir/dtype.js';
import { rng } from './rng.js';

const alloc = (dtype: DType, n: number) => (dtype === 'f32' ? new Float32Array(n) : dtype === 'i32' ? new Int32Array(n) : dtype === 'u32' ? new Uint32Array(n) : new Uint8Array(n));

/** A tensor whose element i (flat, row-major) is `values(i)`. */
export function tensor(dtype: DType, shape: number[], values: (i: number) => number): Tensor {
  const n = shape.reduce((a, b) => a * b, 1);
  const data = alloc(dtype, n);
  for (let i = 0; i < n; i++) data[i] = values(i);
  return { shape, dtype, data };
}

/** f32 values in [-2, 2) quantised to 0.5 (many ties), with NaN, ±Inf and ±0 sprinkled by `every`. */
export function tricky(shape: number[], seed: number, every = 7): Tensor {
  const r = rng(seed);
  const specials = [NaN, Infinity, -Infinity, 0, -0];
  return tensor('f32', shape, (i) => (i % every === every - 1 ? specials[Math.floor(r() * specials.length)]! : Math.floor(r() * 8) / 2 - 2));
}

/** f32 values uniform in [-2, 2). */
export const smooth = (shape: number[], seed: number): Tensor => { const r = rng(seed); return tensor('f32', shape, () => r() * 4 - 2); };
