// Abstract-eval rules of layout primitives (broadcast_in_dim, reshape, transpose, squeeze, rev, slice, pad,
// concatenate, iota) and of reductions, windows, cumsum and sort. Imports only ./abstract-eval-check, ./dtype
// and ./primitives (types).
import {
  aval, allWeak, arity, avalsStr, axesParam, boolParam, dilateDim, dtypeParam, fail, intParam, intsParam,
  permutationParam, requireKind, requireScalar, strideDim, tupleStr, tuplesParam, type AbstractEvalRule, type DTypeKind,
} from './abstract-eval-check.js';
import { avalStr, size, type Aval } from './dtype.js';
import type { Prim } from './primitives.js';

const one = (prim: Prim, inputs: readonly Aval[]): Aval => {
  arity(prim, inputs, 1);
  return inputs[0]!;
};

export const broadcastInDim: AbstractEvalRule<'broadcast_in_dim'> = (inputs, params) => {
  const x = one('broadcast_in_dim', inputs);
  const shape = intsParam('broadcast_in_dim', 'shape', params.shape, undefined, 0);
  const bd = intsParam('broadcast_in_dim', 'broadcast_dimensions', params.broadcast_dimensions, x.shape.length);
  axesParam('broadcast_in_dim', 'broadcast_dimensions', bd, shape.length, true, `target shape ${tupleStr(shape)}`);
  x.shape.forEach((d, i) => {
    const t = shape[bd[i]!]!;
    if (d !== t && d !== 1)
      fail('broadcast_in_dim', 'shape/mismatch', `operand dim ${i} cannot broadcast to target dim ${bd[i]}`, `${avalStr(x)} to ${tupleStr(shape)} with broadcast_dimensions=${tupleStr(bd)}`, `operand dim ${i} equal to ${t} or 1`);
  });
  return [aval(shape, x.dtype, !!x.weak)];
};

export const reshape: AbstractEvalRule<'reshape'> = (inputs, params) => {
  const x = one('reshape', inputs);
  const ns = intsParam('reshape', 'new_sizes', params.new_sizes, undefined, 0);
  if (size(ns) !== size(x.shape))
    fail('reshape', 'shape/mismatch', 'new_sizes must keep the number of elements', `${avalStr(x)} to ${tupleStr(ns)}`, `a shape of ${size(x.shape)} elements`);
  return [aval(ns, x.dtype, !!x.weak)];
};

export const transpose: AbstractEvalRule<'transpose'> = (inputs, params) => {
  const x = one('transpose', inputs);
  const p = permutationParam('transpose', 'permutation', params.permutation, x.shape.length);
  return [aval(p.map((a) => x.shape[a]!), x.dtype, !!x.weak)];
};

export const squeeze: AbstractEvalRule<'squeeze'> = (inputs, params) => {
  const x = one('squeeze', inputs);
  const dims = axesParam('squeeze', 'dimensions', params.dimensions, x.shape.length, false, avalStr(x));
  for (const d of dims)
    if (x.shape[d] !== 1) fail('squeeze', 'shape/mismatch', `dimension ${d} is not of size 1`, `dimensions=${tupleStr(dims)} for ${avalStr(x)}`, 'dimensions of size 1');
  return [aval(x.shape.filter((_, i) => !dims.includes(i)), x.dtype, !!x.weak)];
};

export const rev: AbstractEvalRule<'rev'> = (inputs, params) => {
  const x = one('rev', inputs);
  axesParam('rev', 'dimensions', params.dimensions, x.shape.length, false, avalStr(x));
  return [aval(x.shape, x.dtype, !!x.weak)];
};

/** reduce_sum/max/min/prod: distinct axes in range; the output drops them. */
export function reduce<P extends 'reduce_sum' | 'reduce_max' | 'reduce_min' | 'reduce_prod'>(prim: P, kind: DTypeKind): AbstractEvalRule<P> {
  return (inputs, params) => {
    const x = one(prim, inputs);
    requireKind(prim, x, kind);
    const axes = axesParam(prim, 'axes', params.axes, x.shape.length, false, avalStr(x));
    return [aval(x.shape.filter((_, i) => !axes.includes(i)), x.dtype, !!x.weak)];
  };
}

/** argmax/argmin: one non-empty axis, dropped; dtype index_dtype. */
export function argReduce<P extends 'argmax' | 'argmin'>(prim: P): AbstractEvalRule<P> {
  return (inputs, params) => {
    const x = one(prim, inputs);
    requireKind(prim, x, 'numeric-or-bool');
    const axes = axesParam(prim, 'axes', params.axes, x.shape.length, false, avalStr(x));
    if (axes.length !== 1) fail(prim, 'params/invalid', 'axes must hold exactly one axis', tupleStr(axes), 'one axis');
    const ax = axes[0]!;
    if (x.shape[ax] === 0) fail(prim, 'shape/mismatch', 'the reduced axis must be non-empty', `axis ${ax} of ${avalStr(x)}`, 'a dim of size ≥ 1');
    const idt = dtypeParam(prim, 'index_dtype', params.index_dtype);
    if (idt !== 'i32' && idt !== 'u32') fail(prim, 'params/invalid', 'index_dtype must be an integer dtype', idt, 'i32 or u32');
    return [aval(x.shape.filter((_, i) => i !== ax), idt)];
  };
}

/** reduce_window_*: out = floor((dilate(d, base) + lo + hi - dilate(w, wdil)) / stride) + 1. */
export function reduceWindow<P extends 'reduce_window_sum' | 'reduce_window_max' | 'select_and_gather_add' | 'select_and_scatter_add'>(prim: P, kind: DTypeKind): AbstractEvalRule<P> {
  return (inputs, params) => {
    const x = one(prim, inputs);
    requireKind(prim, x, kind);
    const r = x.shape.length;
    const win = intsParam(prim, 'window_dimensions', params.window_dimensions, r, 1);
    const strides = intsParam(prim, 'window_strides', params.window_strides, r, 1);
    const pads = tuplesParam(prim, 'padding', params.padding, r, 2);
    const bdil = intsParam(prim, 'base_dilation', params.base_dilation, r, 1);
    const wdil = intsParam(prim, 'window_dilation', params.window_dilation, r, 1);
    const shape = x.shape.map((d, i) => {
      const padded = dilateDim(d, bdil[i]!) + pads[i]![0]! + pads[i]![1]!;
      if (padded < 0) fail(prim, 'params/invalid', 'negative padding is larger than the dimension', `padding ${tupleStr(pads[i]!)} for dim ${i} of ${avalStr(x)}`, 'a padded size ≥ 0');
      return strideDim(padded, dilateDim(win[i]!, wdil[i]!), strides[i]!);
    });
    return [aval(shape, x.dtype, !!x.weak)];
  };
}

export const slice: AbstractEvalRule<'slice'> = (inputs, params) => {
  const x = one('slice', inputs);
  const r = x.shape.length;
  const start = intsParam('slice', 'start_indices', params.start_indices, r);
  const limit = intsParam('slice', 'limit_indices', params.limit_indices, r);
  const strides = params.strides === null ? x.shape.map(() => 1) : intsParam('slice', 'strides', params.strides, r, 1);
  const shape = x.shape.map((d, i) => {
    const s = start[i]!;
    const l = limit[i]!;
    if (s < 0 || s > l || l > d)
      fail('slice', 'params/invalid', `start/limit of dim ${i} out of bounds`, `start_indices=${tupleStr(start)} limit_indices=${tupleStr(limit)} for ${avalStr(x)}`, `0 ≤ start ≤ limit ≤ ${d}`);
    return Math.ceil((l - s) / strides[i]!);
  });
  return [aval(shape, x.dtype, !!x.weak)];
};

/** pad(operand, value): out = lo + hi + d + max(d - 1, 0) * interior per dim. */
export const pad: AbstractEvalRule<'pad'> = (inputs, params) => {
  arity('pad', inputs, 2);
  const [x, v] = inputs as [Aval, Aval];
  requireScalar('pad', v, 'padding value');
  if (v.dtype !== x.dtype) fail('pad', 'dtype/mismatch', 'operand and padding value dtypes must be equal', avalsStr(inputs), 'equal dtypes');
  const cfg = tuplesParam('pad', 'padding_config', params.padding_config, x.shape.length, 3);
  const shape = x.shape.map((d, i) => {
    const [lo, hi, interior] = cfg[i] as [number, number, number];
    if (interior < 0) fail('pad', 'params/invalid', 'interior padding must be ≥ 0', `${interior} for dim ${i}`, 'an interior ≥ 0');
    const n = lo + hi + d + Math.max(d - 1, 0) * interior;
    if (n < 0) fail('pad', 'params/invalid', `dim ${i} would have a negative size after padding`, `(${lo}, ${hi}, ${interior}) for ${avalStr(x)}`, 'a padded size ≥ 0');
    return n;
  });
  return [aval(shape, x.dtype, allWeak(inputs))];
};

export const concatenate: AbstractEvalRule<'concatenate'> = (inputs, params) => {
  arity('concatenate', inputs, 1, Infinity);
  const x0 = inputs[0]!;
  const dim = intParam('concatenate', 'dimension', params.dimension);
  if (dim < 0 || dim >= x0.shape.length)
    fail('concatenate', 'params/invalid', 'dimension out of range', `${dim} for ${avalStr(x0)}`, `an axis in 0..${x0.shape.length - 1}`);
  for (const a of inputs) {
    if (a.dtype !== x0.dtype) fail('concatenate', 'dtype/mismatch', 'operand dtypes must be equal', avalsStr(inputs), 'equal dtypes');
    if (a.shape.length !== x0.shape.length || a.shape.some((d, i) => i !== dim && d !== x0.shape[i]))
      fail('concatenate', 'shape/mismatch', `operands must agree on every dim but ${dim}`, avalsStr(inputs), 'equal shapes off the concatenated dimension');
  }
  const shape = x0.shape.map((d, i) => (i === dim ? inputs.reduce((n, a) => n + a.shape[dim]!, 0) : d));
  return [aval(shape, x0.dtype, allWeak(inputs))];
};

export const iota: AbstractEvalRule<'iota'> = (inputs, params) => {
  arity('iota', inputs, 0);
  const dtype = dtypeParam('iota', 'dtype', params.dtype);
  if (dtype !== 'f32' && dtype !== 'i32' && dtype !== 'u32') fail('iota', 'params/invalid', 'dtype must be numeric', dtype, 'f32, i32 or u32');
  const shape = intsParam('iota', 'shape', params.shape, undefined, 0);
  const dim = intParam('iota', 'dimension', params.dimension);
  if (dim < 0 || dim >= shape.length) fail('iota', 'params/invalid', 'dimension out of range', `${dim} for shape ${tupleStr(shape)}`, `an axis in 0..${shape.length - 1}`);
  return [aval(shape, dtype)];
};

export const cumsum: AbstractEvalRule<'cumsum'> = (inputs, params) => {
  const x = one('cumsum', inputs);
  requireKind('cumsum', x, 'numeric');
  const ax = intParam('cumsum', 'axis', params.axis);
  if (ax < 0 || ax >= x.shape.length) fail('cumsum', 'params/invalid', 'axis out of range', `${ax} for ${avalStr(x)}`, `an axis in 0..${x.shape.length - 1}`);
  boolParam('cumsum', 'reverse', params.reverse);
  return [aval(x.shape, x.dtype, !!x.weak)];
};

/** sort(...operands): equal shapes, any dtypes; one output per operand; the first num_keys are keys. */
export const sort: AbstractEvalRule<'sort'> = (inputs, params) => {
  arity('sort', inputs, 1, Infinity);
  const x0 = inputs[0]!;
  if (inputs.some((a) => a.shape.length !== x0.shape.length || a.shape.some((d, i) => d !== x0.shape[i])))
    fail('sort', 'shape/mismatch', 'operands must have equal shapes', avalsStr(inputs), 'equal shapes');
  for (const a of inputs) requireKind('sort', a, 'numeric-or-bool');
  const dim = intParam('sort', 'dimension', params.dimension);
  if (dim < 0 || dim >= x0.shape.length) fail('sort', 'params/invalid', 'dimension out of range', `${dim} for ${avalStr(x0)}`, `an axis in 0..${x0.shape.length - 1}`);
  const nk = intParam('sort', 'num_keys', params.num_keys);
  if (nk < 1 || nk > inputs.length) fail('sort', 'params/invalid', 'num_keys out of range', `${nk} for ${inputs.length} operand(s)`, `1..${inputs.length}`);
  boolParam('sort', 'is_stable', params.is_stable);
  return inputs.map((a) => aval(a.shape, a.dtype, !!a.weak));
};
