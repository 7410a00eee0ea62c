// Kernel-builder rules of the reductions and contractions: reduce_sum/max/min/prod, argmax/argmin (two
// reduces: the extreme value, then the first index holding it), reduce_window_sum/max (a reduce over the
// window, padding and dilation as index arithmetic and selects), cumsum of a short axis (a masked sum
// over the axis), select_and_gather_add (max pooling's
// JVP: three reduces over the window and loads at the offset they pick), dot_general (a 'dot' over the
// contracting dims) and conv_general_dilated (a 'dot' over in-features and the window). Each becomes
// reduce statements whose accumulator the consumer reads. Mirrors plan-deps.ts's reduceInputDeps.
// Imports only src/ir and src/lower.
import type { Atom, Eqn } from '../ir/core.js';
import { InternalError } from '../ir/errors.js';
import { complement } from '../ir/eval-layout.js';
import { monoid } from '../ir/eval-reduce.js';
import type { BuildCtx, Index } from './build-ctx.js';
import { ktype, ravel } from './build-ctx.js';
import type { WindowParams } from '../ir/primitives.js';
import type { Expr, Loop, ReduceOp } from './kir.js';

/** Inner loops r0, r1, ... for the given extents; a unit extent gets no loop (its index is 0). */
function innerLoops(cx: BuildCtx, extents: readonly number[]): { loops: Loop[]; idx: Expr[] } {
  const loops: Loop[] = [];
  const idx = extents.map((n) => {
    if (n === 1) return cx.K.c(0, 'i32');
    const l = { name: `r${loops.length}`, extent: n };
    loops.push(l);
    return cx.K.index(l);
  });
  return { loops, idx };
}

const REDUCE_OP = { reduce_sum: 'sum', reduce_max: 'max', reduce_min: 'min', reduce_prod: 'prod' } as const;

function reduceValue(cx: BuildCtx, e: Extract<Eqn, { prim: 'reduce_sum' | 'reduce_max' | 'reduce_min' | 'reduce_prod' }>, idx: Index): Expr {
  const x = e.inputs[0]!;
  const shape = x.aval.shape;
  const axes = [...e.params.axes].sort((a, b) => a - b);
  const { loops, idx: r } = innerLoops(cx, axes.map((d) => shape[d]!));
  const xi: Expr[] = shape.map(() => cx.K.c(0, 'i32'));
  complement(shape.length, axes).forEach((d, k) => { xi[d] = idx[k]!; });
  axes.forEach((d, k) => { xi[d] = r[k]!; });
  const op: ReduceOp = REDUCE_OP[e.prim];
  return cx.reduce(op, ktype(x), loops, cx.valueAt(x, xi), idx);
}

/** NaN test from the bit pattern (a WGSL compiler may assume finite math and fold `x != x`). */
function isNan(cx: BuildCtx, x: Expr): Expr {
  const K = cx.K;
  return K.binary('gt', K.binary('and', K.bitcast(x, 'u32'), K.c(0x7fffffff, 'u32')), K.c(0x7f800000, 'u32'));
}

/**
 * argmax/argmin over one axis as src/ir/eval-reduce.ts: m = the max (min) of the row, NaN when any
 * element is NaN; the result is the least index whose element equals m (is NaN when m is): the first
 * extreme, the first NaN wins.
 */
function argValue(cx: BuildCtx, e: Extract<Eqn, { prim: 'argmax' | 'argmin' }>, idx: Index): Expr {
  const K = cx.K;
  const x = e.inputs[0]!;
  const shape = x.aval.shape;
  const axis = e.params.axes[0]!;
  if (e.params.axes.length !== 1) throw new InternalError(`kernel builder: ${e.prim} over [${e.params.axes}], one axis expected`);
  const n = shape[axis]!;
  const { loops, idx: r } = innerLoops(cx, [n]);
  const xi: Expr[] = shape.map(() => K.c(0, 'i32'));
  complement(shape.length, [axis]).forEach((d, k) => { xi[d] = idx[k]!; });
  xi[axis] = r[0]!;
  const t = ktype(x);
  const v = cx.valueAt(x, xi);
  const m = cx.reduce(e.prim === 'argmax' ? 'max' : 'min', t, loops, v, idx);
  const hit = t === 'f32' ? K.select(isNan(cx, m), isNan(cx, v), K.binary('eq', v, m)) : K.binary('eq', v, m);
  const it = ktype(e.outputs[0]!);
  return cx.reduce('min', it, loops, K.select(hit, K.cast(r[0]!, it), K.c(n, it)), idx);
}

/** One dimension of a window walk (reduce_window's params, or a conv's with lhs_dilation as `bd`). */
interface WindowDim { readonly stride: number; readonly lo: number; readonly wdil: number; readonly bd: number; readonly size: number; readonly outSize: number; readonly window: number }

/**
 * The operand index read at output index `o` and window offset `k` of one dimension, as
 * src/ir/eval-reduce.ts's windowTables: p = o·stride + k·wdil − lo, read at p / bd; pushes onto `conds`
 * the tests that p is not padding or a dilation hole (only those that can fail).
 */
function windowPos(cx: BuildCtx, o: Expr, k: Expr, w: WindowDim, conds: Expr[]): Expr {
  const K = cx.K;
  const pos = K.iadd(K.isub(K.imul(o, w.stride), w.lo), K.imul(k, w.wdil));
  const maxPos = (w.outSize - 1) * w.stride - w.lo + (w.window - 1) * w.wdil;
  if (w.lo > 0) conds.push(K.binary('ge', pos, K.c(0, 'i32')));
  if (w.bd > 1) conds.push(K.binary('eq', K.imod(pos, w.bd), K.c(0, 'i32')));
  if (maxPos > (w.size - 1) * w.bd) conds.push(K.binary('lt', pos, K.c((w.size - 1) * w.bd + 1, 'i32')));
  return K.idiv(pos, w.bd);
}

const allOf = (cx: BuildCtx, conds: readonly Expr[]): Expr | undefined =>
  conds.reduce<Expr | undefined>((a, c) => (a ? cx.K.binary('and', a, c) : c), undefined);

/** windowPos over every dim of a reduce_window-style eqn: the operand index and the inside test. */
function windowIndex(cx: BuildCtx, p: WindowParams, shape: readonly number[], outShape: readonly number[], idx: Index, k: readonly Expr[]): { xi: Expr[]; cond: Expr | undefined } {
  const conds: Expr[] = [];
  const xi = shape.map((size, d) => windowPos(cx, idx[d]!, k[d]!, {
    stride: p.window_strides[d]!, lo: p.padding[d]![0], wdil: p.window_dilation[d]!, bd: p.base_dilation[d]!, size, outSize: outShape[d]!, window: p.window_dimensions[d]!,
  }, conds));
  return { xi, cond: allOf(cx, conds) };
}

/**
 * reduce_window_sum/max as src/ir/eval-reduce.ts: out[o] folds x over the window; positions in padding
 * or in a base-dilation hole contribute the fold's identity.
 */
function windowValue(cx: BuildCtx, e: Extract<Eqn, { prim: 'reduce_window_sum' | 'reduce_window_max' }>, idx: Index): Expr {
  const K = cx.K;
  const x = e.inputs[0]!;
  const { loops, idx: k } = innerLoops(cx, e.params.window_dimensions);
  const { xi, cond } = windowIndex(cx, e.params, x.aval.shape, e.outputs[0]!.aval.shape, idx, k);
  const kind = e.prim === 'reduce_window_sum' ? 'sum' : 'max';
  const t = ktype(x);
  const v = cx.valueAt(x, xi);
  return cx.reduce(kind, t, loops, cond ? K.select(cond, v, K.c(monoid(kind, t).init, t)) : v, idx);
}

/**
 * cumsum along a short axis (plan-deps.ts classify): out[.., i, ..] is a sum over the whole axis of x
 * masked to j ≤ i (j ≥ i when reverse), added in increasing j (the reference adds a reverse scan from
 * the end: the same sum, rounded in another order).
 */
function cumsumValue(cx: BuildCtx, e: Extract<Eqn, { prim: 'cumsum' }>, idx: Index): Expr {
  const K = cx.K;
  const x = e.inputs[0]!;
  const ax = e.params.axis;
  const { loops, idx: r } = innerLoops(cx, [x.aval.shape[ax]!]);
  const v = cx.valueAt(x, idx.map((i, d) => (d === ax ? r[0]! : i)));
  const t = ktype(x);
  const keep = K.binary(e.params.reverse ? 'ge' : 'le', r[0]!, idx[ax]!);
  return cx.reduce('sum', t, loops, K.select(keep, v, K.c(0, t)), idx);
}

/**
 * select_and_gather_add(t, x) (max pooling's JVP) as src/ir/eval-select-window.ts: per window, t at the
 * position the scan `best = first inside; x > best.x ? x : best` picks (0 for a window of padding only).
 * That is the first inside offset when x is NaN there; otherwise the first offset holding the largest
 * non-NaN x. Three reduces over the window (first inside offset, non-NaN max, first offset at it) and
 * loads of x and t at offsets decoded from the accumulators.
 */
function selectGatherValue(cx: BuildCtx, e: Extract<Eqn, { prim: 'select_and_gather_add' }>, idx: Index): Expr {
  const K = cx.K;
  const p = e.params;
  const [t, x] = e.inputs as [Atom, Atom];
  const shape = x.aval.shape;
  const outShape = e.outputs[0]!.aval.shape;
  const wd = p.window_dimensions;
  const W = wd.reduce((a, b) => a * b, 1);
  const { loops, idx: k } = innerLoops(cx, wd);
  const flatK = ravel(K, k, wd);
  const decode = (f: Expr): Expr[] => {
    let stride = W;
    return wd.map((n) => { stride /= n; return n === 1 ? K.c(0, 'i32') : K.imod(K.idiv(f, stride), n); });
  };
  const { xi, cond } = windowIndex(cx, p, shape, outShape, idx, k);
  const tx = ktype(x);
  const xv = cx.valueAt(x, xi);
  const none = K.c(W, 'i32');
  // Without padding or holes every offset is inside: the first is 0.
  const first = cond ? cx.reduce('min', 'i32', loops, K.select(cond, flatK, none), idx) : K.c(0, 'i32');
  const ok = tx === 'f32' ? (cond ? K.binary('and', cond, K.unary('not', isNan(cx, xv))) : K.unary('not', isNan(cx, xv))) : cond;
  const m = cx.reduce('max', tx, loops, ok ? K.select(ok, xv, K.c(monoid('max', tx).init, tx)) : xv, idx);
  const hit = ok ? K.binary('and', ok, K.binary('eq', xv, m)) : K.binary('eq', xv, m);
  const atMax = cx.reduce('min', 'i32', loops, K.select(hit, flatK, none), idx);
  const sel = tx === 'f32' ? K.select(isNan(cx, cx.valueAt(x, windowIndex(cx, p, shape, outShape, idx, decode(first)).xi)), first, atMax) : atMax;
  const tt = ktype(t);
  return K.select(K.binary('lt', sel, none), cx.valueAt(t, windowIndex(cx, p, shape, outShape, idx, decode(sel)).xi), K.c(0, tt));
}

/** lhs·rhs in the output's type (inputs cast to it when they differ). */
function product(cx: BuildCtx, out: Atom, l: Expr, r: Expr): Expr {
  const t = ktype(out);
  return cx.K.binary(t === 'bool' ? 'and' : 'mul', cx.K.cast(l, t), cx.K.cast(r, t));
}

function dotValue(cx: BuildCtx, e: Extract<Eqn, { prim: 'dot_general' }>, idx: Index): Expr {
  const [lhs, rhs] = e.inputs as [Atom, Atom];
  const [[lc, rc], [lb, rb]] = e.params.dimension_numbers;
  const ls = lhs.aval.shape;
  const rs = rhs.aval.shape;
  const { loops, idx: r } = innerLoops(cx, lc.map((d) => ls[d]!));
  const li: Expr[] = ls.map(() => cx.K.c(0, 'i32'));
  const ri: Expr[] = rs.map(() => cx.K.c(0, 'i32'));
  lb.forEach((d, k) => { li[d] = idx[k]!; ri[rb[k]!] = idx[k]!; });
  lc.forEach((d, k) => { li[d] = r[k]!; ri[rc[k]!] = r[k]!; });
  const lf = complement(ls.length, [...lc, ...lb]);
  const rf = complement(rs.length, [...rc, ...rb]);
  lf.forEach((d, k) => { li[d] = idx[lb.length + k]!; });
  rf.forEach((d, k) => { ri[d] = idx[lb.length + lf.length + k]!; });
  const out = e.outputs[0]!;
  const value = product(cx, out, cx.valueAt(lhs, li), cx.valueAt(rhs, ri));
  return cx.reduce(ktype(out) === 'bool' ? 'max' : 'dot', ktype(out), loops, value, idx);
}

/**
 * conv_general_dilated as src/ir/eval-contract.ts: output (n, o, y...) sums over in-features i and
 * window positions k of lhs[batch, f·I + i, (y·stride − lo + k·rhs_dil) / lhs_dil] · rhs[o, i, k], where
 * f = o / (O/G) is o's feature group and batch = h·(N/BG) + n with h = o / (O/BG); positions in padding
 * or in a dilation hole contribute 0.
 */
function convValue(cx: BuildCtx, e: Extract<Eqn, { prim: 'conv_general_dilated' }>, idx: Index): Expr {
  const K = cx.K;
  const p = e.params;
  const [lhs, rhs] = e.inputs as [Atom, Atom];
  const { lhs_spec: ls, rhs_spec: rs, out_spec: os } = p.dimension_numbers;
  const lsh = lhs.aval.shape;
  const rsh = rhs.aval.shape;
  const O = rsh[rs[0]!]!;
  const I = rsh[rs[1]!]!;
  const nsp = ls.length - 2;
  const { loops, idx: r } = innerLoops(cx, [I, ...rs.slice(2).map((d) => rsh[d]!)]);
  const n = idx[os[0]!]!;
  const o = idx[os[1]!]!;
  const f = p.feature_group_count > 1 ? K.idiv(o, O / p.feature_group_count) : K.c(0, 'i32');
  const h = p.batch_group_count > 1 ? K.idiv(o, O / p.batch_group_count) : K.c(0, 'i32');
  const li: Expr[] = lsh.map(() => K.c(0, 'i32'));
  const ri: Expr[] = rsh.map(() => K.c(0, 'i32'));
  li[ls[0]!] = K.iadd(K.imul(h, lsh[ls[0]!]! / p.batch_group_count), n);
  li[ls[1]!] = K.iadd(K.imul(f, I), r[0]!);
  ri[rs[0]!] = o;
  ri[rs[1]!] = r[0]!;
  const conds: Expr[] = [];
  const outShape = e.outputs[0]!.aval.shape;
  for (let d = 0; d < nsp; d++) {
    const k = r[1 + d]!;
    ri[rs[2 + d]!] = k;
    li[ls[2 + d]!] = windowPos(cx, idx[os[2 + d]!]!, k, {
      stride: p.window_strides[d]!, lo: p.padding[d]![0], wdil: p.rhs_dilation[d]!, bd: p.lhs_dilation[d]!,
      size: lsh[ls[2 + d]!]!, outSize: outShape[os[2 + d]!]!, window: rsh[rs[2 + d]!]!,
    }, conds);
  }
  const out = e.outputs[0]!;
  let l = cx.valueAt(lhs, li);
  const cond = allOf(cx, conds);
  if (cond) l = K.select(cond, l, K.c(0, l.type));
  const value = product(cx, out, l, cx.valueAt(rhs, ri));
  return cx.reduce(ktype(out) === 'bool' ? 'max' : 'dot', ktype(out), loops, value, idx);
}

/** The accumulator of reduction eqn `e`'s output at `idx` (adding its reduce statement). */
export function reductionValue(cx: BuildCtx, e: Eqn, idx: Index): Expr {
  switch (e.prim) {
    case 'reduce_sum': case 'reduce_max': case 'reduce_min': case 'reduce_prod': return reduceValue(cx, e, idx);
    case 'argmax': case 'argmin': return argValue(cx, e, idx);
    case 'reduce_window_sum': case 'reduce_window_max': return windowValue(cx, e, idx);
    case 'cumsum': return cumsumValue(cx, e, idx);
    case 'select_and_gather_add': return selectGatherValue(cx, e, idx);
    case 'dot_general': return dotValue(cx, e, idx);
    case 'conv_general_dilated': return convValue(cx, e, idx);
    default: throw new InternalError(`kernel builder: ${e.prim} is not a reduction`);
  }
}
