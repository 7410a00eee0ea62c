// Test helpers for the part-B batching-rule tests: jaxprs built with the Emitter, deterministic inputs,
// conv params. Test-only.
import type { Atom, Jaxpr, Tensor } from '../../src/ir/core.js';
import { newVar } from '../../src/ir/core.js';
import type { Aval, DType } from '../../src/ir/dtype.js';
import { Emitter } from '../../src/ir/emitter.js';
import type { Eqn } from '../../src/ir/core.js';
import type { Params, Prim } from '../../src/ir/primitives.js';

/** A jaxpr with invars of the given avals, its eqns emitted by `f`. */
export function build(avals: readonly Aval[], f: (b: Emitter, ...xs: Atom[]) => Atom | Atom[]): Jaxpr {
  const invars = avals.map((a) => newVar(a));
  const b = new Emitter();
  const out = f(b, ...invars);
  return b.builder.build([], invars, Array.isArray(out) ? out : [out]);
}

export const f32 = (...shape: number[]): Aval => ({ shape, dtype: 'f32' });
export const i32 = (...shape: number[]): Aval => ({ shape, dtype: 'i32' });

/** Deterministic values: floats in about [-2, 2] (some exact ties), ints in [lo, hi), bools alternating. */
export function rand(shape: readonly number[], dtype: DType = 'f32', seed = 1, lo = 0, hi = 5): Tensor {
  const n = shape.reduce((a, d) => a * d, 1);
  let s = seed * 7919 + 17;
  const next = () => { s = (s * 1103515245 + 12345) % 2147483648; return s / 2147483648; };
  const vals = Array.from({ length: n }, () => next());
  switch (dtype) {
    case 'f32': return { shape, dtype, data: Float32Array.from(vals, (v) => Math.round((v * 4 - 2) * 8) / 8) };
    case 'i32': return { shape, dtype, data: Int32Array.from(vals, (v) => lo + Math.floor(v * (hi - lo))) };
    case 'u32': return { shape, dtype, data: Uint32Array.from(vals, (v) => lo + Math.floor(v * (hi - lo))) };
    default: return { shape, dtype, data: Uint8Array.from(vals, (v) => (v > 0.5 ? 1 : 0)) };
  }
}

/** A tensor from explicit values. */
export function tensor(shape: readonly number[], dtype: DType, values: readonly number[]): Tensor {
  const data = dtype === 'f32' ? Float32Array.from(values) : dtype === 'i32' ? Int32Array.from(values) : dtype === 'u32' ? Uint32Array.from(values) : Uint8Array.from(values);
  return { shape, dtype, data };
}

/** The shape with a batch dim of `size` inserted at `dim` (null: unchanged). */
export function withBatch(shape: readonly number[], dim: number | null, size: number): number[] {
  const s = [...shape];
  if (dim !== null) s.splice(dim, 0, size);
  return s;
}

/** Conv params with lax's defaults (NCHW/OIHW/NCHW for 2-D) and overrides. */
export function convParams(over: Partial<Params['conv_general_dilated']> = {}, spatial = 2): Params['conv_general_dilated'] {
  const spec = Array.from({ length: spatial + 2 }, (_, i) => i);
  const ones = Array.from({ length: spatial }, () => 1);
  return {
    window_strides: ones, padding: ones.map(() => [0, 0] as const), lhs_dilation: ones, rhs_dilation: ones,
    dimension_numbers: { lhs_spec: spec, rhs_spec: spec, out_spec: spec },
    feature_group_count: 1, batch_group_count: 1, preferred_element_type: 'f32', ...over,
  };
}

/** The eqns of `j` (top level) with primitive `prim`. */
export function eqnsOf<P extends Prim>(j: Jaxpr, prim: P): Extract<Eqn, { prim: P }>[] {
  return j.eqns.filter((e): e is Extract<Eqn, { prim: P }> => e.prim === prim);
}
