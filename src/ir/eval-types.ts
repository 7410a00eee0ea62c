// The shared signature of evaluation rules over typed arrays, and the index/allocation helpers they
// use. Imports only ./dtype, ./core and ./primitives (types); must not import any rule file.
import type { Aval, DType } from './dtype.js';
import type { Tensor, TypedArray } from './core.js';
import type { Params, Prim } from './primitives.js';
import { check } from './errors.js';

/** 'f64' computes and stores float dtypes in Float64Array (finite-difference checks); 'f32' rounds to float32. */
export type Precision = 'f32' | 'f64';

export interface EvalCtx {
  readonly precision: Precision;
}

export const F32_CTX: EvalCtx = { precision: 'f32' };
export const F64_CTX: EvalCtx = { precision: 'f64' };

/**
 * An evaluation rule: fresh output tensors from the inputs, the params and the output avals (from
 * abstract evaluation). Inputs are never mutated; outputs never alias inputs.
 */
export type EvalRule<P extends Prim> = (
  inputs: readonly Tensor[],
  params: Params[P],
  outAvals: readonly Aval[],
  ctx: EvalCtx,
) => Tensor[];

function shapeSize(shape: readonly number[]): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

/** A zeroed typed array of `n` elements for `dtype` (float0 holds no data). */
export function allocData(dtype: DType, n: number, ctx: EvalCtx): TypedArray {
  switch (dtype) {
    case 'f32': return ctx.precision === 'f64' ? new Float64Array(n) : new Float32Array(n);
    case 'i32': return new Int32Array(n);
    case 'u32': return new Uint32Array(n);
    case 'bool': return new Uint8Array(n);
    case 'float0': return new Uint8Array(0);
  }
}

/** A fresh zeroed tensor for `aval`: f32 → Float32Array (Float64Array under 'f64'), i32, u32, bool → Uint8Array 0/1. */
export function allocTensor(aval: Aval, ctx: EvalCtx): Tensor {
  return { shape: [...aval.shape], dtype: aval.dtype, data: allocData(aval.dtype, shapeSize(aval.shape), ctx) };
}

/** A tensor of the given shape and dtype holding a copy of `values` (converted by the typed array's store). */
export function tensorFrom(shape: readonly number[], dtype: DType, values: ArrayLike<number>, ctx: EvalCtx): Tensor {
  const t = allocTensor({ shape, dtype }, ctx);
  check(dtype === 'float0' || values.length === t.data.length, () => `tensorFrom: ${values.length} values for shape [${shape}]`);
  if (dtype !== 'float0') t.data.set(values);
  return t;
}

/** A rank-0 tensor holding `value` (bool: nonzero → 1). */
export function scalarTensor(value: number, dtype: DType, ctx: EvalCtx): Tensor {
  const t = allocTensor({ shape: [], dtype }, ctx);
  if (dtype === 'bool') t.data[0] = value !== 0 ? 1 : 0;
  else if (dtype !== 'float0') t.data[0] = value;
  return t;
}

/** Row-major strides: strides(shape)[i] = product of shape[i+1..]. */
export function strides(shape: readonly number[]): number[] {
  const s = new Array<number>(shape.length);
  let acc = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    s[i] = acc;
    acc *= shape[i]!;
  }
  return s;
}

/** The multi-index of a row-major flat index. */
export function unravel(flat: number, shape: readonly number[]): number[] {
  const idx = new Array<number>(shape.length);
  for (let i = shape.length - 1; i >= 0; i--) {
    const d = shape[i]!;
    idx[i] = flat % d;
    flat = Math.floor(flat / d);
  }
  return idx;
}

/** The row-major flat index of a multi-index. */
export function ravel(idx: readonly number[], shape: readonly number[]): number {
  let flat = 0;
  for (let i = 0; i < shape.length; i++) flat = flat * shape[i]! + idx[i]!;
  return flat;
}

/**
 * Maps an output flat index to an input flat index under lax broadcasting: the input is rank 0,
 * or has the output's rank with each dim equal to the output's or 1. Use `broadcastIndexer` in loops.
 */
export function broadcastIndex(outFlat: number, outShape: readonly number[], inShape: readonly number[]): number {
  return broadcastIndexer(outShape, inShape)(outFlat);
}

/** A precomputed out-flat → in-flat map for one operand (identity when shapes agree, 0 for scalars). */
export function broadcastIndexer(outShape: readonly number[], inShape: readonly number[]): (outFlat: number) => number {
  if (inShape.length === 0 || shapeSize(inShape) === 1) return () => 0;
  check(inShape.length === outShape.length, () => `broadcast: rank ${inShape.length} into rank ${outShape.length}`);
  if (inShape.every((d, i) => d === outShape[i])) return (i) => i;
  const inStr = strides(inShape);
  const outStr = strides(outShape);
  const dims: number[] = [];
  for (let i = 0; i < outShape.length; i++) {
    check(inShape[i] === outShape[i] || inShape[i] === 1, () => `broadcast: [${inShape}] into [${outShape}]`);
    if (inShape[i] !== 1) dims.push(i);
  }
  return (outFlat) => {
    let r = 0;
    for (const i of dims) r += (Math.floor(outFlat / outStr[i]!) % outShape[i]!) * inStr[i]!;
    return r;
  };
}

/** The lax-broadcast output shape of operand shapes (rank-0 and size-1 dims stretch). */
export function broadcastShapes(shapes: readonly (readonly number[])[]): number[] {
  const ranked = shapes.filter((s) => s.length > 0);
  if (ranked.length === 0) return [];
  const rank = ranked[0]!.length;
  const out: number[] = [];
  for (let i = 0; i < rank; i++) {
    const ds = ranked.map((s) => {
      check(s.length === rank, () => `broadcast: ranks differ among [${shapes.map((x) => `[${x}]`).join(', ')}]`);
      return s[i]!;
    });
    const big = ds.find((d) => d !== 1);
    out.push(big ?? 1);
  }
  return out;
}
