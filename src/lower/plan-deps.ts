// The fusion planner's view of each primitive: its class (fused as index arithmetic / elementwise,
// a reduction that becomes a `reduce` statement, or a host step) and how an index into its output maps
// to dependency sets of indices into its inputs. A dependency set holds the loop symbols an index
// component may read: the kernel's output dims (0..rank-1) and fresh symbols for reduction loops.
// Imports only src/ir; must not import the kernel builder (build-*.ts), which mirrors these maps on Exprs.
import type { Eqn } from '../ir/core.js';
import type { Prim } from '../ir/primitives.js';
import { complement } from '../ir/eval-layout.js';

/** 'fuse': elementwise or layout, inlined into its consumers; 'reduce': a reduce statement; 'host': a host step. */
export type EqnClass = 'fuse' | 'reduce' | 'host';

/**
 * The class of every primitive. Host steps are primitives the Kernel IR does not express (yet): they
 * run the reference evaluation rule on the host.
 */
const PRIM_CLASS: { readonly [P in Prim]: EqnClass } = {
  neg: 'fuse',
  abs: 'fuse',
  sign: 'fuse',
  exp: 'fuse',
  log: 'fuse',
  log1p: 'fuse',
  expm1: 'fuse',
  sin: 'fuse',
  cos: 'fuse',
  tan: 'fuse',
  tanh: 'fuse',
  logistic: 'fuse',
  sqrt: 'fuse',
  rsqrt: 'fuse',
  floor: 'fuse',
  ceil: 'fuse',
  round: 'fuse',
  erf: 'fuse',
  erf_inv: 'fuse',
  is_finite: 'fuse',
  not: 'fuse',
  integer_pow: 'fuse',
  pow: 'fuse',
  add: 'fuse',
  add_any: 'fuse',
  sub: 'fuse',
  mul: 'fuse',
  div: 'fuse',
  rem: 'fuse',
  max: 'fuse',
  min: 'fuse',
  atan2: 'fuse',
  eq: 'fuse',
  ne: 'fuse',
  lt: 'fuse',
  le: 'fuse',
  gt: 'fuse',
  ge: 'fuse',
  and: 'fuse',
  or: 'fuse',
  xor: 'fuse',
  shift_left: 'fuse',
  shift_right_logical: 'fuse',
  shift_right_arithmetic: 'fuse',
  select_n: 'fuse',
  convert_element_type: 'fuse',
  bitcast_convert_type: 'fuse',
  broadcast_in_dim: 'fuse',
  reshape: 'fuse',
  transpose: 'fuse',
  squeeze: 'fuse',
  rev: 'fuse',
  reduce_sum: 'reduce',
  reduce_max: 'reduce',
  reduce_min: 'reduce',
  reduce_prod: 'reduce',
  argmax: 'reduce',
  argmin: 'reduce',
  reduce_window_sum: 'reduce',
  reduce_window_max: 'reduce',
  select_and_gather_add: 'reduce',
  select_and_scatter_add: 'host', // a window argmax inside a window sum; expand.ts rewrites it into two kernels (not with base dilation)
  dot_general: 'reduce',
  conv_general_dilated: 'reduce',
  slice: 'fuse',
  pad: 'fuse',
  concatenate: 'fuse',
  dynamic_slice: 'fuse',
  dynamic_update_slice: 'fuse', // a select between the update (at a loaded offset) and the operand
  gather: 'fuse',
  scatter_add: 'host', // data-dependent writes
  iota: 'fuse',
  cumsum: 'host', // a scan; a reduce over the axis where the axis is short (classify)
  sort: 'host', // a permutation
  stop_gradient: 'fuse',
  threefry2x32: 'fuse',
  random_bits: 'fuse', // Threefry of the flat index: u32 ops
  jit: 'host', // the `inline` pass removes these before planning
};

/**
 * Longest axis a cumsum is a kernel for: each output is a masked reduce over the whole axis (n² adds
 * where the host scan does n), which still beats a host step's read-back and upload on the webgpu
 * device for short axes; longer ones stay a host step.
 */
export const CUMSUM_KERNEL_MAX = 256;

/** The class of an equation; anything touching float0 (no data) runs on the host. */
export function classify(e: Eqn): EqnClass {
  const float0 = e.outputs.some((v) => v.aval.dtype === 'float0') || e.inputs.some((a) => a.aval.dtype === 'float0');
  if (float0) return 'host';
  if (e.prim === 'cumsum') return e.inputs[0]!.aval.shape[e.params.axis]! <= CUMSUM_KERNEL_MAX ? 'reduce' : 'host';
  return PRIM_CLASS[e.prim];
}

/** Loop symbols an index component may depend on. */
export type Dep = ReadonlySet<number>;
/** One dependency set per dim of a value. */
export type DepIdx = readonly Dep[];

export const NO_DEP: Dep = new Set<number>();

export function unionDeps(ds: Iterable<Dep>): Dep {
  const out = new Set<number>();
  for (const d of ds) for (const s of d) out.add(s);
  return out;
}

/** The index of an operand broadcast (lax-style) into an output indexed by `out`. */
function broadcastDeps(shape: readonly number[], outShape: readonly number[], out: DepIdx): DepIdx {
  if (shape.length === 0) return [];
  return shape.map((n, d) => (n === 1 && outShape[d] !== 1 ? NO_DEP : out[d]!));
}

/**
 * Groups of dims that reshape maps onto each other: `[2,3,4] → [6,4]` gives `[[0,1],[0]], [[2],[1]]`.
 * Size-1 dims join the current group. Shared with the kernel builder.
 */
export function reshapeGroups(from: readonly number[], to: readonly number[]): { from: number[]; to: number[] }[] {
  const all = { from: from.map((_n, d) => d), to: to.map((_n, d) => d) };
  if (from.includes(0) || to.includes(0)) return [all];
  const groups: { from: number[]; to: number[] }[] = [];
  let i = 0;
  let j = 0;
  while (i < from.length || j < to.length) {
    const g = { from: [] as number[], to: [] as number[] };
    let pf = 1;
    let pt = 1;
    if (i < from.length) pf *= from[i]!, g.from.push(i++);
    if (j < to.length) pt *= to[j]!, g.to.push(j++);
    while (pf !== pt) {
      if (pf < pt && i < from.length) pf *= from[i]!, g.from.push(i++);
      else if (pt < pf && j < to.length) pt *= to[j]!, g.to.push(j++);
      else return [all];
    }
    groups.push(g);
  }
  return groups;
}

function reshapeDeps(from: readonly number[], to: readonly number[], out: DepIdx): DepIdx {
  const res: Dep[] = from.map(() => NO_DEP);
  for (const g of reshapeGroups(from, to)) {
    const u = unionDeps(g.to.map((d) => out[d]!));
    for (const d of g.from) res[d] = from[d] === 1 ? NO_DEP : u;
  }
  return res;
}

const shapeOf = (e: Eqn, k: number): readonly number[] => e.inputs[k]!.aval.shape;

/** For a 'fuse' equation: the dependency index of each input given its output's. */
export function fuseInputDeps(e: Eqn, out: DepIdx): DepIdx[] {
  const outShape = e.outputs[0]!.aval.shape;
  const scalar = (): DepIdx => [];
  switch (e.prim) {
    case 'broadcast_in_dim': {
      const x = shapeOf(e, 0);
      return [x.map((n, k) => (n === 1 ? NO_DEP : out[e.params.broadcast_dimensions[k]!]!))];
    }
    case 'reshape': return [reshapeDeps(shapeOf(e, 0), outShape, out)];
    case 'transpose': {
      const res: Dep[] = shapeOf(e, 0).map(() => NO_DEP);
      e.params.permutation.forEach((p, d) => { res[p] = out[d]!; });
      return [res];
    }
    case 'squeeze': {
      const kept = complement(shapeOf(e, 0).length, e.params.dimensions);
      const res: Dep[] = shapeOf(e, 0).map(() => NO_DEP);
      kept.forEach((d, k) => { res[d] = out[k]!; });
      return [res];
    }
    case 'rev': case 'slice': return [out];
    case 'pad': return [out, scalar()];
    case 'concatenate': return e.inputs.map(() => out);
    case 'dynamic_slice': return e.inputs.map((_a, k) => (k === 0 ? out : scalar()));
    case 'dynamic_update_slice': return e.inputs.map((_a, k) => (k <= 1 ? out : scalar()));
    case 'gather': {
      // Every operand dim may depend on every output dim (through the loaded start indices).
      const all = unionDeps(out);
      const batch = complement(outShape.length, e.params.dimension_numbers.offset_dims);
      const idxShape = shapeOf(e, 1);
      return [shapeOf(e, 0).map(() => all), idxShape.map((_n, d) => (d < batch.length ? out[batch[d]!]! : NO_DEP))];
    }
    case 'iota': return [];
    case 'random_bits': {
      const B = shapeOf(e, 0).length - 1;
      return [[...out.slice(0, B), NO_DEP]];
    }
    default: return e.inputs.map((a) => broadcastDeps(a.aval.shape, outShape, out));
  }
}

/**
 * For a 'reduce' equation: the dependency index of each input given its output's, and the fresh
 * symbols of its reduction loops (taken from `fresh`).
 */
export function reduceInputDeps(e: Eqn, out: DepIdx, fresh: () => number): DepIdx[] {
  const one = (): Dep => new Set([fresh()]);
  switch (e.prim) {
    case 'reduce_sum': case 'reduce_max': case 'reduce_min': case 'reduce_prod': case 'argmax': case 'argmin': {
      const x = shapeOf(e, 0);
      const kept = complement(x.length, e.params.axes);
      const res: Dep[] = x.map(() => NO_DEP);
      kept.forEach((d, k) => { res[d] = out[k]!; });
      for (const d of e.params.axes) res[d] = one();
      return [res];
    }
    case 'reduce_window_sum': case 'reduce_window_max':
      return [e.params.window_dimensions.map((n, d) => (n === 1 ? out[d]! : unionDeps([out[d]!, one()])))];
    case 'cumsum': return [shapeOf(e, 0).map((_n, d) => (d === e.params.axis ? one() : out[d]!))];
    case 'select_and_gather_add': {
      // Both operands are read over the window (t at a data-dependent offset in it: the same symbols).
      const w = e.params.window_dimensions.map((n, d) => (n === 1 ? out[d]! : unionDeps([out[d]!, one()])));
      return [w, w];
    }
    case 'dot_general': {
      const [[lc, rc], [lb, rb]] = e.params.dimension_numbers;
      const lhs = shapeOf(e, 0);
      const rhs = shapeOf(e, 1);
      const l: Dep[] = lhs.map(() => NO_DEP);
      const r: Dep[] = rhs.map(() => NO_DEP);
      lb.forEach((d, k) => { l[d] = out[k]!; r[rb[k]!] = out[k]!; });
      lc.forEach((d, k) => { const s = one(); l[d] = s; r[rc[k]!] = s; });
      const lf = complement(lhs.length, [...lc, ...lb]);
      const rf = complement(rhs.length, [...rc, ...rb]);
      lf.forEach((d, k) => { l[d] = out[lb.length + k]!; });
      rf.forEach((d, k) => { r[d] = out[lb.length + lf.length + k]!; });
      return [l, r];
    }
    case 'conv_general_dilated': {
      const { lhs_spec: ls, rhs_spec: rs, out_spec: os } = e.params.dimension_numbers;
      const l: Dep[] = ls.map(() => NO_DEP);
      const r: Dep[] = rs.map(() => NO_DEP);
      const inFeat = one();
      const batch = out[os[0]!]!;
      const feat = out[os[1]!]!;
      l[ls[0]!] = unionDeps([batch, feat]);
      l[ls[1]!] = unionDeps([feat, inFeat]);
      r[rs[0]!] = feat;
      r[rs[1]!] = inFeat;
      for (let s = 2; s < ls.length; s++) {
        const w = one();
        l[ls[s]!] = unionDeps([out[os[s]!]!, w]);
        r[rs[s]!] = w;
      }
      return [l, r];
    }
    default:
      return e.inputs.map((a) => a.aval.shape.map(() => NO_DEP));
  }
}
