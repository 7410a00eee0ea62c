// Kernel-builder rules of the fused primitives: elementwise ops become scalar Exprs over their inputs'
// values at the same (broadcast) index; layout ops (broadcast, reshape, transpose, squeeze, rev, slice,
// pad, concatenate, dynamic_slice, dynamic_update_slice, gather, iota) become index arithmetic, never copies; threefry2x32 (two
// outputs: the builder asks for one at a time, the interner shares their rounds) and random_bits (of the
// flat index) are Threefry-2x32 as u32 ops. Mirrors the
// dependency maps of plan-deps.ts. Imports only src/ir and src/lower.
import type { Atom, Eqn } from '../ir/core.js';
import { InternalError } from '../ir/errors.js';
import { complement } from '../ir/eval-layout.js';
import { THREEFRY_PARITY, THREEFRY_ROTATIONS } from '../ir/eval-random.js';
import type { Prim } from '../ir/primitives.js';
import type { BuildCtx, Index } from './build-ctx.js';
import { ktype, ravel } from './build-ctx.js';
import type { BinaryFn, Expr, KType, UnaryFn } from './kir.js';
import { reshapeGroups } from './plan-deps.js';

const UNARY: Partial<Record<Prim, UnaryFn>> = {
  neg: 'neg', abs: 'abs', sign: 'sign', exp: 'exp', log: 'log', log1p: 'log1p', expm1: 'expm1', sin: 'sin',
  cos: 'cos', tan: 'tan', tanh: 'tanh', logistic: 'logistic', sqrt: 'sqrt', rsqrt: 'rsqrt', floor: 'floor',
  ceil: 'ceil', erf: 'erf', erf_inv: 'erf_inv', is_finite: 'is_finite', not: 'not',
};
const BINARY: Partial<Record<Prim, BinaryFn>> = {
  pow: 'pow', add: 'add', add_any: 'add', sub: 'sub', mul: 'mul', div: 'div', rem: 'rem', max: 'max', min: 'min',
  atan2: 'atan2', eq: 'eq', ne: 'ne', lt: 'lt', le: 'le', gt: 'gt', ge: 'ge', and: 'and', or: 'or', xor: 'xor',
  shift_left: 'shl', shift_right_logical: 'shr_logical', shift_right_arithmetic: 'shr_arith',
};

/** An operand's index under lax broadcasting into an output of `outShape` indexed by `idx`. */
function operandIdx(cx: BuildCtx, a: Atom, outShape: readonly number[], idx: Index): Index {
  const shape = a.aval.shape;
  if (shape.length === 0) return [];
  return shape.map((n, d) => (n === 1 && outShape[d] !== 1 ? cx.K.c(0, 'i32') : idx[d]!));
}

const and = (cx: BuildCtx, conds: readonly Expr[]): Expr | undefined =>
  conds.reduce<Expr | undefined>((acc, c) => (acc ? cx.K.binary('and', acc, c) : c), undefined);

/** x^y by repeated squaring, one multiply per step as the reference's integer_pow; y < 0 is 1 / x^|y|. */
function integerPow(cx: BuildCtx, x: Expr, y: number): Expr {
  const one = cx.K.c(1, x.type);
  if (y === 0) return one;
  let acc: Expr | undefined;
  let base = x;
  for (let e = Math.abs(y); e > 0; e = Math.floor(e / 2)) {
    if (e % 2 === 1) acc = acc ? cx.K.binary('mul', acc, base) : base;
    if (e > 1) base = cx.K.binary('mul', base, base);
  }
  return y < 0 ? cx.K.binary('div', one, acc!) : acc!;
}

/** select_n(which, c0, c1, ...): which (bool or i32, clamped) picks a case. */
function selectN(cx: BuildCtx, which: Expr, cases: readonly Expr[]): Expr {
  if (which.type === 'bool') return cases.length === 1 ? cases[0]! : cx.K.select(which, cases[1]!, cases[0]!);
  let acc = cases[cases.length - 1]!;
  for (let k = cases.length - 2; k >= 0; k--) acc = cx.K.select(cx.K.binary('le', which, cx.K.c(k, which.type)), cases[k]!, acc);
  return acc;
}

function elementwise(cx: BuildCtx, e: Eqn, idx: Index): Expr {
  const outShape = e.outputs[0]!.aval.shape;
  const ins = e.inputs.map((a) => cx.valueAt(a, operandIdx(cx, a, outShape, idx)));
  const K = cx.K;
  const un = UNARY[e.prim];
  if (un) return K.unary(un, ins[0]!);
  const bin = BINARY[e.prim];
  if (bin) {
    const boolFn: BinaryFn = bin === 'add' ? 'or' : bin === 'mul' ? 'and' : bin;
    return K.binary(ins[0]!.type === 'bool' ? boolFn : bin, ins[0]!, ins[1]!);
  }
  switch (e.prim) {
    case 'round': return K.unary(e.params.rounding_method === 0 ? 'round_away' : 'round_even', ins[0]!);
    case 'integer_pow': return integerPow(cx, ins[0]!, e.params.y);
    case 'select_n': return selectN(cx, ins[0]!, ins.slice(1));
    case 'convert_element_type': return K.cast(ins[0]!, ktype(e.outputs[0]!));
    case 'bitcast_convert_type': return K.bitcast(ins[0]!, ktype(e.outputs[0]!));
    case 'stop_gradient': return ins[0]!;
    default: throw new InternalError(`kernel builder: ${e.prim} is not elementwise`);
  }
}

/** Reshape: within each group of dims, ravel the output coordinates and unravel them into the input's. */
function reshapeIdx(cx: BuildCtx, from: readonly number[], to: readonly number[], idx: Index): Index {
  const res: Expr[] = from.map(() => cx.K.c(0, 'i32'));
  for (const g of reshapeGroups(from, to)) {
    const flat = ravel(cx.K, g.to.map((d) => idx[d]!), g.to.map((d) => to[d]!));
    let stride = 1;
    for (let k = g.from.length - 1; k >= 0; k--) {
      const d = g.from[k]!;
      if (from[d] !== 1) res[d] = cx.K.imod(cx.K.idiv(flat, stride), from[d]!);
      stride *= from[d]!;
    }
  }
  return res;
}

/** pad: element j of x sits at lo + j·(interior + 1); elsewhere the padding value. */
function padValue(cx: BuildCtx, e: Extract<Eqn, { prim: 'pad' }>, idx: Index): Expr {
  const K = cx.K;
  const [x, pv] = e.inputs as [Atom, Atom];
  const outShape = e.outputs[0]!.aval.shape;
  const conds: Expr[] = [];
  const xIdx = e.params.padding_config.map(([lo, , interior], d) => {
    const n = x.aval.shape[d]!;
    const s = interior + 1;
    const pos = K.isub(idx[d]!, lo);
    if (lo > 0) conds.push(K.binary('ge', pos, K.c(0, 'i32')));
    if (outShape[d]! - 1 - lo > (n - 1) * s) conds.push(K.binary('lt', pos, K.c((n - 1) * s + 1, 'i32')));
    if (s > 1) conds.push(K.binary('eq', K.imod(pos, s), K.c(0, 'i32')));
    return K.idiv(pos, s);
  });
  const inside = cx.valueAt(x, xIdx);
  const cond = and(cx, conds);
  return cond ? K.select(cond, inside, cx.valueAt(pv, [])) : inside;
}

function concatValue(cx: BuildCtx, e: Extract<Eqn, { prim: 'concatenate' }>, idx: Index): Expr {
  const D = e.params.dimension;
  const offs: number[] = [];
  let at = 0;
  for (const a of e.inputs) offs.push(at), (at += a.aval.shape[D]!);
  const at_ = (k: number): Expr => {
    const a = e.inputs[k]!;
    return cx.valueAt(a, idx.map((x, d) => (d === D ? cx.K.isub(x, offs[k]!) : x)));
  };
  let acc = at_(e.inputs.length - 1);
  for (let k = e.inputs.length - 2; k >= 0; k--) {
    acc = cx.K.select(cx.K.binary('lt', idx[D]!, cx.K.c(offs[k + 1]!, 'i32')), at_(k), acc);
  }
  return acc;
}

/** A start index read from a rank-0 value (or a literal), as i32. */
const scalarIndex = (cx: BuildCtx, a: Atom, at: Index = []): Expr => cx.K.cast(cx.valueAt(a, at), 'i32');

function dynamicSliceValue(cx: BuildCtx, e: Extract<Eqn, { prim: 'dynamic_slice' }>, idx: Index): Expr {
  const [x, ...starts] = e.inputs as [Atom, ...Atom[]];
  const xIdx = x.aval.shape.map((n, d) => {
    const s = cx.K.imin(cx.K.imax(scalarIndex(cx, starts[d]!), 0), n - e.params.slice_sizes[d]!);
    return cx.K.iadd(s, idx[d]!);
  });
  return cx.valueAt(x, xIdx);
}

/**
 * dynamic_update_slice: the update where the output index falls inside the window at the clamped starts
 * (XLA: start clamped to [0, dim - update dim]), the operand elsewhere — a select, no copy.
 */
function dynamicUpdateSliceValue(cx: BuildCtx, e: Extract<Eqn, { prim: 'dynamic_update_slice' }>, idx: Index): Expr {
  const K = cx.K;
  const [x, u, ...starts] = e.inputs as [Atom, Atom, ...Atom[]];
  const conds: Expr[] = [];
  const uIdx = x.aval.shape.map((n, d) => {
    const m = u.aval.shape[d]!;
    if (m === n) return idx[d]!; // the window is the whole dim: its start clamps to 0
    const pos = K.isub(idx[d]!, K.imin(K.imax(scalarIndex(cx, starts[d]!), 0), n - m));
    conds.push(K.binary('ge', pos, K.c(0, 'i32')), K.binary('lt', pos, K.c(m, 'i32')));
    return pos;
  });
  const inside = cx.valueAt(u, uIdx);
  const cond = and(cx, conds);
  return cond ? K.select(cond, inside, cx.valueAt(x, idx)) : inside;
}

/** XLA gather (see src/ir/eval-index.ts): starts loaded from the indices, clamped ('clip') or filled ('fill'). */
function gatherValue(cx: BuildCtx, e: Extract<Eqn, { prim: 'gather' }>, idx: Index): Expr {
  const K = cx.K;
  const [op, ind] = e.inputs as [Atom, Atom];
  const dn = e.params.dimension_numbers;
  const outRank = e.outputs[0]!.aval.shape.length;
  const batchPos = complement(outRank, dn.offset_dims);
  const windowDims = complement(op.aval.shape.length, [...dn.collapsed_slice_dims, ...dn.operand_batching_dims]);
  const g = batchPos.map((d) => idx[d]!);
  const conds: Expr[] = [];
  const opIdx: Expr[] = op.aval.shape.map(() => K.c(0, 'i32'));
  dn.start_index_map.forEach((d, k) => {
    const s = scalarIndex(cx, ind, [...g, K.c(k, 'i32')]);
    const hi = op.aval.shape[d]! - e.params.slice_sizes[d]!;
    if (e.params.mode === 'fill') conds.push(K.binary('ge', s, K.c(0, 'i32')), K.binary('le', s, K.c(hi, 'i32')));
    opIdx[d] = K.imin(K.imax(s, 0), hi);
  });
  dn.operand_batching_dims.forEach((d, i) => { opIdx[d] = K.iadd(opIdx[d]!, g[dn.start_indices_batching_dims[i]!]!); });
  windowDims.forEach((d, k) => { opIdx[d] = K.iadd(opIdx[d]!, idx[dn.offset_dims[k]!]!); });
  const v = cx.valueAt(op, opIdx);
  const cond = and(cx, conds);
  if (!cond) return v;
  const t: KType = v.type;
  const fill = e.params.fill_value ?? (t === 'i32' ? -0x80000000 : t === 'u32' ? 0xffffffff : t === 'bool' ? 1 : NaN);
  return K.select(cond, v, K.c(fill, t));
}

/** Threefry-2x32 (20 rounds) of (k0, k1; x0, x1) as src/ir/eval-random.ts's threefry2x32Block, in u32 ops. */
function threefry(cx: BuildCtx, k0: Expr, k1: Expr, x0: Expr, x1: Expr): [Expr, Expr] {
  const K = cx.K;
  const u = (v: number): Expr => K.c(v, 'u32');
  const add = (p: Expr, q: Expr): Expr => K.binary('add', p, q);
  const rotl = (v: Expr, r: number): Expr => K.binary('or', K.binary('shl', v, u(r)), K.binary('shr_logical', v, u(32 - r)));
  const ks = [k0, k1, K.binary('xor', K.binary('xor', k0, k1), u(THREEFRY_PARITY))];
  let a = x0.op === 'const' && x0.value === 0 ? ks[0]! : add(x0, ks[0]!);
  let b = add(x1, ks[1]!);
  for (let group = 0; group < 5; group++) {
    for (const r of THREEFRY_ROTATIONS[group % 2]!) {
      a = add(a, b);
      b = K.binary('xor', rotl(b, r), a);
    }
    a = add(a, ks[(group + 1) % 3]!);
    b = add(add(b, ks[(group + 2) % 3]!), u(group + 1));
  }
  return [a, b];
}

/**
 * random_bits(keys u32[..., 2]) as src/ir/eval-random.ts: element (key k, flat index n over `shape`) is
 * y0 ^ y1 of threefry2x32(key k, (0, n)) (n < 2^31: kernel indices are i32, so the high word is 0).
 */
function randomBitsValue(cx: BuildCtx, e: Extract<Eqn, { prim: 'random_bits' }>, idx: Index): Expr {
  const K = cx.K;
  const keys = e.inputs[0]!;
  const B = keys.aval.shape.length - 1;
  const at = idx.slice(0, B);
  const k0 = cx.valueAt(keys, [...at, K.c(0, 'i32')]);
  const k1 = cx.valueAt(keys, [...at, K.c(1, 'i32')]);
  const n = K.bitcast(ravel(K, idx.slice(B), e.params.shape), 'u32');
  const [y0, y1] = threefry(cx, k0, k1, K.c(0, 'u32'), n);
  return K.binary('xor', y0, y1);
}

/** threefry2x32(k0, k1, x0, x1) → (y0, y1), operands broadcast as lax: output `out` of the block. */
function threefryValue(cx: BuildCtx, e: Extract<Eqn, { prim: 'threefry2x32' }>, idx: Index, out: number): Expr {
  const outShape = e.outputs[0]!.aval.shape;
  const [k0, k1, x0, x1] = e.inputs.map((a) => cx.valueAt(a, operandIdx(cx, a, outShape, idx))) as [Expr, Expr, Expr, Expr];
  return threefry(cx, k0, k1, x0, x1)[out]!;
}

/** The value of output `out` of fused eqn `e` at `idx` (only threefry2x32 has two outputs). */
export function fuseValue(cx: BuildCtx, e: Eqn, idx: Index, out = 0): Expr {
  const K = cx.K;
  const x = e.inputs[0];
  switch (e.prim) {
    case 'broadcast_in_dim': {
      const bd = e.params.broadcast_dimensions;
      return cx.valueAt(x!, x!.aval.shape.map((n, k) => (n === 1 ? K.c(0, 'i32') : idx[bd[k]!]!)));
    }
    case 'reshape': return cx.valueAt(x!, reshapeIdx(cx, x!.aval.shape, e.params.new_sizes, idx));
    case 'transpose': {
      const xi: Expr[] = x!.aval.shape.map(() => K.c(0, 'i32'));
      e.params.permutation.forEach((p, d) => { xi[p] = idx[d]!; });
      return cx.valueAt(x!, xi);
    }
    case 'squeeze': {
      const xi: Expr[] = x!.aval.shape.map(() => K.c(0, 'i32'));
      complement(xi.length, e.params.dimensions).forEach((d, k) => { xi[d] = idx[k]!; });
      return cx.valueAt(x!, xi);
    }
    case 'rev': return cx.valueAt(x!, idx.map((i, d) => (e.params.dimensions.includes(d) ? K.isub(x!.aval.shape[d]! - 1, i) : i)));
    case 'slice': {
      const st = e.params.strides;
      return cx.valueAt(x!, idx.map((i, d) => K.iadd(e.params.start_indices[d]!, K.imul(i, st ? st[d]! : 1))));
    }
    case 'pad': return padValue(cx, e, idx);
    case 'concatenate': return concatValue(cx, e, idx);
    case 'dynamic_slice': return dynamicSliceValue(cx, e, idx);
    case 'dynamic_update_slice': return dynamicUpdateSliceValue(cx, e, idx);
    case 'gather': return gatherValue(cx, e, idx);
    case 'iota': return K.cast(idx[e.params.dimension] ?? K.c(0, 'i32'), ktype(e.outputs[0]!));
    case 'random_bits': return randomBitsValue(cx, e, idx);
    case 'threefry2x32': return threefryValue(cx, e, idx, out);
    default: return elementwise(cx, e, idx);
  }
}
