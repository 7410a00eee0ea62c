// Batching rules, part A: elementwise, layout, reductions, sort, cumsum and random primitives (JAX's
// batching.py generic batchers and the lax rules). Imports only src/ir. It imports ./vmap.js back for
// moveBdim (vmap.ts → vmap-rules.ts → here); moveBdim is used only inside rules, so loading vmap.ts first
// (the normal path) is safe, while importing this file before vmap.ts hits vmap-rules.ts's TDZ.
import type { Atom } from '../core.js';
import type { Emitter } from '../emitter.js';
import { InternalError } from '../errors.js';
import type { Prim } from '../primitives.js';
import type { BDim, VmapRule } from './vmap-rules-types.js';
import { moveBdim } from './vmap-util.js';

/** The primitives whose batching rules live in vmap-rules-b.ts. */
export type PrimsB =
  | 'dot_general' | 'conv_general_dilated' | 'slice' | 'pad' | 'concatenate' | 'dynamic_slice'
  | 'dynamic_update_slice' | 'gather' | 'scatter_add' | 'jit' | 'select_and_gather_add'
  | 'select_and_scatter_add' | 'reduce_window_sum' | 'reduce_window_max';

/** The primitives whose batching rules live here. */
export type PrimsA = Exclude<Prim, PrimsB>;

type Batched = { outs: Atom[]; dims: BDim[] };

const rank = (x: Atom): number => x.aval.shape.length;

/** The batch dim of a rule's one operand, which the driver guarantees is batched. */
function onlyDim(prim: Prim, dims: readonly BDim[]): number {
  const d = dims[0];
  if (d === null || d === undefined) throw new InternalError(`vmap rule of ${prim} called with an unbatched operand`);
  return d;
}

/** `x` with its batch dim at 0 (an unbatched `x` gets a new leading axis of `size`): JAX's `bdim_at_front`. */
function bdimAtFront(b: Emitter, x: Atom, d: BDim, size: number): Atom {
  return moveBdim(b, x, d, 0, size);
}

/** Same op, same bdim: JAX's `vectorized_batcher` for unary elementwise primitives. */
function vectorized<P extends Prim>(prim: P): VmapRule<P> {
  return (b, args, dims, params) => ({ outs: b.bind(prim, args, params), dims: [onlyDim(prim, dims)] });
}

/**
 * lax-broadcasting n-ary ops: JAX's `broadcast_batcher`. When every non-scalar operand is batched with
 * the same shape and bdim, bind as is; otherwise batch dims go to 0, unbatched non-scalars get a leading
 * size-1 dim, and a batched operand of lower rank (a batched scalar) gets trailing size-1 dims, so lax's
 * scalar and size-1 broadcasting lines them up. Unbatched rank-0 operands stay scalars.
 */
function broadcasting<P extends Prim>(prim: P): VmapRule<P> {
  return (b, args, dims, params): Batched => {
    const first = dims.findIndex((d) => d !== null);
    const shape = args[first]!.aval.shape;
    const dim = dims[first]!;
    const agree = args.every((x, i) => rank(x) === 0 || (dims[i] === dim && x.aval.shape.length === shape.length && x.aval.shape.every((s, j) => s === shape[j])));
    if (agree) {
      const outs = b.bind(prim, args, params);
      return { outs, dims: outs.map(() => dim) };
    }
    const fronted = args.map((x, i) => (rank(x) === 0 ? x : bdimAtFront(b, x, dims[i] ?? null, 1)));
    const nd = Math.max(...fronted.map(rank));
    const lined = fronted.map((x, i) => (dims[i] === null || rank(x) === nd ? x : expandTrailing(b, x, nd)));
    const outs = b.bind(prim, lined, params);
    return { outs, dims: outs.map(() => 0) };
  };
}

/** `x` with size-1 dims appended up to rank `nd` (lax.expand_dims, which binds broadcast_in_dim). */
function expandTrailing(b: Emitter, x: Atom, nd: number): Atom {
  const shape = [...x.aval.shape, ...new Array<number>(nd - rank(x)).fill(1)];
  return b.broadcastInDim(x, shape, x.aval.shape.map((_, i) => i));
}

/** add_any(x, y): JAX's `add_batched`, which puts both batch dims where the batched one has it. */
const addAny: VmapRule<'add_any'> = (b, [x, y], [dx, dy], _params, size) => {
  const [bx, by] = [dx ?? null, dy ?? null];
  if (bx === by) return { outs: [b.addAny(x!, y!)], dims: [bx] };
  if (bx === null) return { outs: [b.addAny(moveBdim(b, x!, null, by!, size), y!)], dims: [by] };
  if (by === null) return { outs: [b.addAny(x!, moveBdim(b, y!, null, bx, size))], dims: [bx] };
  return { outs: [b.addAny(moveBdim(b, x!, bx, by, size), y!)], dims: [by] };
};

/** select_n(which, ...cases): JAX's `_select_batch_rule`, avoiding transposes in the common cases. */
const selectN: VmapRule<'select_n'> = (b, args, dims, _params, size) => {
  const [which, ...cases] = args as [Atom, ...Atom[]];
  const [wd, ...cds] = dims as [BDim, ...BDim[]];
  const c0 = cases[0]!;
  if (cds.every((d) => d === wd)) {
    // which batched alongside the cases; a batched scalar which is broadcast to the cases' shape.
    const w = rank(which) === rank(c0) ? which : b.broadcastInDim(which, c0.aval.shape, [wd!]);
    return { outs: [b.selectN(w, ...cases)], dims: [wd] };
  }
  if (rank(which) === 0 && cds.every((d) => d !== null)) {
    const d0 = cds[0]!;
    if (cds.every((d) => d === d0)) return { outs: [b.selectN(which, ...cases)], dims: [d0] };
    const moved = cases.map((c, i) => moveBdim(b, c, cds[i]!, d0, size));
    return { outs: [b.selectN(which, ...moved)], dims: [d0] };
  }
  let w = rank(which) > 0 ? bdimAtFront(b, which, wd, size) : which;
  let cs = cases.every((c) => rank(c) === 0) ? cases : cases.map((c, i) => bdimAtFront(b, c, cds[i] ?? null, size));
  const cr = rank(cs[0]!);
  if (rank(w) > 0 && rank(w) < cr) w = b.broadcastInDim(w, cs[0]!.aval.shape, [0]);
  if (rank(w) > cr) cs = cs.map((c) => b.broadcastInDim(c, w.aval.shape, []));
  return { outs: [b.selectN(w, ...cs)], dims: [0] };
};

type Reducer = 'reduce_sum' | 'reduce_max' | 'reduce_min' | 'reduce_prod' | 'argmax' | 'argmin';

/** Reductions: axes at or past the bdim shift by one; the out bdim is the bdim's place among the kept axes. */
function reducer<P extends Reducer>(prim: P): VmapRule<P> {
  return (b, args, dims, params) => {
    const d = onlyDim(prim, dims);
    const axes = params.axes.map((a) => (a < d ? a : a + 1));
    const outDim = d - axes.filter((a) => a < d).length;
    return { outs: b.bind(prim, args, { ...params, axes }), dims: [outDim] };
  };
}

/** A primitive that never reaches a batching rule, with the reason. */
function neverBatched<P extends Prim>(prim: P, reason: string): VmapRule<P> {
  return () => {
    throw new InternalError(`vmap rule of ${prim} is not applicable: ${reason}`);
  };
}

/** sort: every operand's bdim moved to the first batched one's (unbatched ones broadcast there); the sort dim shifts past it. */
const sort: VmapRule<'sort'> = (b, args, dims, params, size) => {
  const nb = dims.find((d) => d !== null)!;
  const moved = args.map((x, i) => moveBdim(b, x, dims[i] ?? null, nb, size));
  const dimension = params.dimension + (nb <= params.dimension ? 1 : 0);
  const outs = b.bind('sort', moved, { ...params, dimension });
  return { outs, dims: outs.map(() => nb) };
};

/** random_bits(keys u32[..., 2]): vectorized over the key batch; a bdim after the key words moves to 0. */
const randomBits: VmapRule<'random_bits'> = (b, [keys], dims, params, size) => {
  const d = onlyDim('random_bits', dims);
  const k = d === rank(keys!) - 1 ? moveBdim(b, keys!, d, 0, size) : keys!;
  return { outs: b.bind('random_bits', [k], params), dims: [d === rank(keys!) - 1 ? 0 : d] };
};

export const vmapRulesA: { readonly [P in PrimsA]: VmapRule<P> } = {
  neg: vectorized('neg'), // -x, lane by lane
  abs: vectorized('abs'),
  sign: vectorized('sign'),
  exp: vectorized('exp'),
  log: vectorized('log'),
  log1p: vectorized('log1p'),
  expm1: vectorized('expm1'),
  sin: vectorized('sin'),
  cos: vectorized('cos'),
  tan: vectorized('tan'),
  tanh: vectorized('tanh'),
  logistic: vectorized('logistic'),
  sqrt: vectorized('sqrt'),
  rsqrt: vectorized('rsqrt'),
  floor: vectorized('floor'),
  ceil: vectorized('ceil'),
  round: vectorized('round'),
  erf: vectorized('erf'),
  erf_inv: vectorized('erf_inv'),
  is_finite: vectorized('is_finite'),
  not: vectorized('not'),
  integer_pow: vectorized('integer_pow'), // x^y elementwise, y a param
  pow: broadcasting('pow'), // f(x, y) with lax broadcasting: batch dims aligned first
  add: broadcasting('add'),
  add_any: addAny, // x + y of equal shapes: the unbatched one broadcast along the batch dim
  sub: broadcasting('sub'),
  mul: broadcasting('mul'),
  div: broadcasting('div'),
  rem: broadcasting('rem'),
  max: broadcasting('max'),
  min: broadcasting('min'),
  atan2: broadcasting('atan2'),
  eq: broadcasting('eq'),
  ne: broadcasting('ne'),
  lt: broadcasting('lt'),
  le: broadcasting('le'),
  gt: broadcasting('gt'),
  ge: broadcasting('ge'),
  and: broadcasting('and'),
  or: broadcasting('or'),
  xor: broadcasting('xor'),
  shift_left: broadcasting('shift_left'),
  shift_right_logical: broadcasting('shift_right_logical'),
  shift_right_arithmetic: broadcasting('shift_right_arithmetic'),
  select_n: selectN, // which and cases brought to one bdim; a scalar which may stay scalar
  convert_element_type: vectorized('convert_element_type'),
  bitcast_convert_type: vectorized('bitcast_convert_type'), // 32-bit ↔ 32-bit: shape unchanged
  broadcast_in_dim: (b, [x], dims, p, size) => {
    // bdim to 0; shape (B, *shape); broadcast_dimensions (0, *(dims + 1))
    const y = moveBdim(b, x!, onlyDim('broadcast_in_dim', dims), 0, size);
    return { outs: [b.broadcastInDim(y, [size, ...p.shape], [0, ...p.broadcast_dimensions.map((d) => d + 1)])], dims: [0] };
  },
  reshape: (b, [x], dims, p, size) => {
    // bdim to 0; new_sizes (B, *new_sizes): row-major order within each lane is unchanged
    const y = moveBdim(b, x!, onlyDim('reshape', dims), 0, size);
    return { outs: [b.bind1('reshape', [y], { new_sizes: [size, ...p.new_sizes] })], dims: [0] };
  },
  transpose: (b, [x], dims, p) => {
    // permutation (bdim, *(p_i shifted past bdim)): the batch dim ends up at 0
    const d = onlyDim('transpose', dims);
    const permutation = [d, ...p.permutation.map((i) => (i < d ? i : i + 1))];
    return { outs: [b.bind1('transpose', [x!], { permutation })], dims: [0] };
  },
  squeeze: (b, [x], dims, p, size) => {
    // bdim to 0; squeezed dims + 1
    const y = moveBdim(b, x!, onlyDim('squeeze', dims), 0, size);
    return { outs: [b.bind1('squeeze', [y], { dimensions: p.dimensions.map((d) => d + 1) })], dims: [0] };
  },
  rev: (b, [x], dims, p) => {
    // reversed dims at or past the bdim shift by one; bdim unchanged
    const d = onlyDim('rev', dims);
    return { outs: [b.bind1('rev', [x!], { dimensions: p.dimensions.map((i) => (i >= d ? i + 1 : i)) })], dims: [d] };
  },
  reduce_sum: reducer('reduce_sum'), // Σ over axes shifted past the bdim
  reduce_max: reducer('reduce_max'),
  reduce_min: reducer('reduce_min'),
  reduce_prod: reducer('reduce_prod'),
  argmax: reducer('argmax'),
  argmin: reducer('argmin'),
  iota: neverBatched('iota', 'it has no operands, so vmap copies it unbatched'),
  cumsum: (b, [x], dims, p) => {
    // axis shifted past the bdim; bdim unchanged
    const d = onlyDim('cumsum', dims);
    return { outs: [b.cumsum(x!, p.axis < d ? p.axis : p.axis + 1, p.reverse)], dims: [d] };
  },
  sort: sort, // all operands at one bdim; the sort dimension shifted past it
  stop_gradient: vectorized('stop_gradient'),
  threefry2x32: broadcasting('threefry2x32'), // elementwise over lax-broadcast operands, two outputs
  random_bits: randomBits, // one draw per key: keys' batch dims carry to the output
};
