// Evaluation rules of the reductions (reduce_sum/max/min/prod, argmax/argmin, reduce_window_sum/max,
// cumsum) and the per-dtype monoids they fold with. Imports only src/ir; must not import eval.ts.
import type { DType } from './dtype.js';
import type { Tensor } from './core.js';
import type { EvalRule } from './eval-types.js';
import { allocTensor, strides } from './eval-types.js';
import type { WindowParams } from './primitives.js';
import { complement, subView, viewOffsets } from './eval-layout.js';
import { check } from './errors.js';

/** A fold: `init` is the identity (and the value of an empty reduction), `step` combines. */
export interface Monoid {
  readonly init: number;
  readonly step: (acc: number, v: number) => number;
}

const INT32_MIN = -0x80000000;
const INT32_MAX = 0x7fffffff;

export type MonoidKind = 'sum' | 'prod' | 'max' | 'min';

/**
 * The monoid of a reduction for a dtype. Floats fold in double (the store rounds to f32 once); integers
 * wrap like XLA's (i32 `|0`, u32 `>>>0`); bool sum/max are `or`, prod/min are `and`. Math.max/min
 * propagate NaN, as XLA's max/min do.
 */
export function monoid(kind: MonoidKind, dtype: DType): Monoid {
  const bool = dtype === 'bool';
  const u32 = dtype === 'u32';
  const i32 = dtype === 'i32';
  switch (kind) {
    case 'sum':
      if (bool) return { init: 0, step: (a, v) => a | (v ? 1 : 0) };
      if (i32) return { init: 0, step: (a, v) => (a + v) | 0 };
      if (u32) return { init: 0, step: (a, v) => (a + v) >>> 0 };
      return { init: 0, step: (a, v) => a + v };
    case 'prod':
      if (bool) return { init: 1, step: (a, v) => a & (v ? 1 : 0) };
      if (i32) return { init: 1, step: (a, v) => Math.imul(a, v) };
      if (u32) return { init: 1, step: (a, v) => Math.imul(a, v) >>> 0 };
      return { init: 1, step: (a, v) => a * v };
    case 'max':
      return { init: bool || u32 ? 0 : i32 ? INT32_MIN : -Infinity, step: Math.max };
    case 'min':
      return { init: bool ? 1 : u32 ? 0xffffffff : i32 ? INT32_MAX : Infinity, step: Math.min };
  }
}

/** Output offsets (over kept axes) and inner offsets (over reduced axes) of a reduction of `x`. */
function reductionViews(x: Tensor, axes: readonly number[]): { outer: Float64Array; inner: Float64Array } {
  const kept = subView(x.shape, complement(x.shape.length, axes));
  const red = subView(x.shape, [...axes].sort((a, b) => a - b));
  return { outer: viewOffsets(kept.sizes, kept.str), inner: viewOffsets(red.sizes, red.str) };
}

function reduceRule<P extends 'reduce_sum' | 'reduce_max' | 'reduce_min' | 'reduce_prod'>(kind: MonoidKind): EvalRule<P> {
  return ([x], p, [oa], ctx) => {
    const out = allocTensor(oa, ctx);
    if (out.data.length === 0) return [out];
    const { init, step } = monoid(kind, x.dtype);
    const { outer, inner } = reductionViews(x, p.axes);
    const xd = x.data;
    for (let o = 0; o < outer.length; o++) {
      let acc = init;
      const base = outer[o];
      for (let j = 0; j < inner.length; j++) acc = step(acc, xd[base + inner[j]]);
      out.data[o] = acc;
    }
    return [out];
  };
}

/**
 * argmax/argmin over one axis: the first index of the extreme value; a NaN beats every number and
 * the first NaN wins (jax's `_compute_argminmax` comparator `v > best || v != v`).
 */
function argRule<P extends 'argmax' | 'argmin'>(better: (v: number, best: number) => boolean): EvalRule<P> {
  return ([x], p, [oa], ctx) => {
    check(p.axes.length === 1, () => `argmax/argmin: one axis expected, got [${p.axes}]`);
    const out = allocTensor(oa, ctx);
    const { outer, inner } = reductionViews(x, p.axes);
    const xd = x.data;
    for (let o = 0; o < outer.length; o++) {
      const base = outer[o];
      let bi = 0;
      let best = xd[base];
      for (let j = 1; j < inner.length && best === best; j++) {
        const v = xd[base + inner[j]];
        if (v !== v || better(v, best)) { best = v; bi = j; }
      }
      out.data[o] = bi;
    }
    return [out];
  };
}

/**
 * Per dim d, the operand index read by (output index o, window index k), or -1 where it falls in
 * padding or in a base-dilation hole: p = o·stride + k·wdil - lo, read p / bdil when p % bdil == 0.
 */
export function windowTables(n: readonly number[], outShape: readonly number[], w: WindowParams): Int32Array[] {
  return n.map((size, d) => {
    const kd = w.window_dimensions[d];
    const t = new Int32Array(outShape[d] * kd);
    for (let o = 0; o < outShape[d]; o++) {
      for (let k = 0; k < kd; k++) {
        const pos = o * w.window_strides[d] + k * w.window_dilation[d] - w.padding[d][0];
        const bd = w.base_dilation[d];
        const q = pos / bd;
        t[o * kd + k] = pos >= 0 && pos % bd === 0 && q < size ? q : -1;
      }
    }
    return t;
  });
}

// out[o] = fold over the window k of x at o·stride + k·wdil - lo (dilated base); padding and holes are `init`.
function windowRule<P extends 'reduce_window_sum' | 'reduce_window_max'>(kind: MonoidKind): EvalRule<P> {
  return ([x], p, [oa], ctx) => {
    const out = allocTensor(oa, ctx);
    if (out.data.length === 0) return [out];
    const { init, step } = monoid(kind, x.dtype);
    const tables = windowTables(x.shape, oa.shape, p);
    const xs = strides(x.shape);
    const r = x.shape.length;
    const wn = p.window_dimensions.reduce((a, b) => a * b, 1);
    const oIdx = new Array<number>(r).fill(0);
    const kIdx = new Array<number>(r).fill(0);
    for (let o = 0; o < out.data.length; o++) {
      let acc = init;
      kIdx.fill(0);
      for (let k = 0; k < wn; k++) {
        let off = 0;
        for (let d = 0; d < r && off >= 0; d++) {
          const j = tables[d][oIdx[d] * p.window_dimensions[d] + kIdx[d]];
          off = j < 0 ? -1 : off + j * xs[d];
        }
        if (off >= 0) acc = step(acc, x.data[off]);
        bump(kIdx, p.window_dimensions);
      }
      out.data[o] = acc;
      bump(oIdx, oa.shape);
    }
    return [out];
  };
}

/** Advances a row-major multi-index (odometer); wraps to all zeros after the last index. */
export function bump(idx: number[], shape: readonly number[]): void {
  for (let d = shape.length - 1; d >= 0; d--) {
    if (++idx[d] < shape[d]) return;
    idx[d] = 0;
  }
}

// out[..., i, ...] = Σ_{j ≤ i} x[..., j, ...] (j ≥ i when reverse), accumulated in double for floats.
const cumsum: EvalRule<'cumsum'> = ([x], p, [oa], ctx) => {
  const out = allocTensor(oa, ctx);
  if (out.data.length === 0) return [out];
  const { init, step } = monoid('sum', x.dtype);
  const { outer } = reductionViews(x, [p.axis]);
  const n = x.shape[p.axis];
  const st = strides(x.shape)[p.axis];
  for (let o = 0; o < outer.length; o++) {
    let acc = init;
    for (let j = 0; j < n; j++) {
      const at = outer[o] + (p.reverse ? n - 1 - j : j) * st;
      acc = step(acc, x.data[at]);
      out.data[at] = acc;
    }
  }
  return [out];
};

export const reduceEvalRules = {
  reduce_sum: reduceRule<'reduce_sum'>('sum'),
  reduce_max: reduceRule<'reduce_max'>('max'),
  reduce_min: reduceRule<'reduce_min'>('min'),
  reduce_prod: reduceRule<'reduce_prod'>('prod'),
  argmax: argRule<'argmax'>((v, best) => v > best),
  argmin: argRule<'argmin'>((v, best) => v < best),
  reduce_window_sum: windowRule<'reduce_window_sum'>('sum'),
  reduce_window_max: windowRule<'reduce_window_max'>('max'),
  cumsum,
} as const;
