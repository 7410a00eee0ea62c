// Batching rules of the contractions dot_general and conv_general_dilated (ports of JAX's
// `_dot_general_batch_rule` and `_conv_general_dilated_batch_rule`). Imports only src/ir.
import type { Atom } from '../core.js';
import { abstractEval } from '../abstract-eval.js';
import { InternalError, check } from '../errors.js';
import type { Emitter } from '../emitter.js';
import type { Params } from '../primitives.js';
import type { BDim, VmapRule } from './vmap-rules-types.js';

type DotDims = Params['dot_general']['dimension_numbers'];

/** Each dim ≥ `b` shifted up by one: the dims of an operand after a batch dim is inserted at `b`. */
export function bumpDims(ds: readonly number[], b: number): number[] {
  return ds.map((d) => (d >= b ? d + 1 : d));
}

/**
 * JAX's `_dot_general_batch_dim_nums`: both batched → the vmapped dims become a leading dot batch
 * dim (out bdim 0); one batched → it becomes one more free dim of that side, and the out bdim is its
 * position among the output's (batch, lhs free, rhs free) dims.
 */
export function dotGeneralBatchDimNums(ndims: readonly [number, number], lbd: BDim, rbd: BDim, dn: DotDims): { dn: DotDims; outDim: number } {
  const [lhsNdim, rhsNdim] = ndims;
  const [[lc, rc], [lb, rb]] = dn;
  const free = (n: number, batch: readonly number[], contract: readonly number[]) =>
    Array.from({ length: n }, (_, d) => d).filter((d) => !batch.includes(d) && !contract.includes(d));
  const countBelow = (ds: readonly number[], x: number) => ds.filter((d) => d < x).length;
  if (lbd !== null && rbd !== null) {
    return { dn: [[bumpDims(lc, lbd), bumpDims(rc, rbd)], [[lbd, ...bumpDims(lb, lbd)], [rbd, ...bumpDims(rb, rbd)]]], outDim: 0 };
  }
  if (lbd !== null) {
    // As JAX: the free dims are counted over the batched rank with the unbumped dimension numbers;
    // only dims below lbd matter, and those are not moved by the bump.
    const outDim = lb.length + countBelow(free(lhsNdim, lb, lc), lbd);
    return { dn: [[bumpDims(lc, lbd), [...rc]], [bumpDims(lb, lbd), [...rb]]], outDim };
  }
  if (rbd !== null) {
    const outDim = lhsNdim - lc.length + countBelow(free(rhsNdim, rb, rc), rbd);
    return { dn: [[[...lc], bumpDims(rc, rbd)], [[...lb], bumpDims(rb, rbd)]], outDim };
  }
  throw new InternalError('dotGeneralBatchDimNums: no batched operand');
}

// dot_general(x, y) per lane: a shared vmapped dim is a dot batch dim, a one-sided one a free dim.
export const dotGeneralVmap: VmapRule<'dot_general'> = (b, [lhs, rhs], [lbd, rbd], p) => {
  const { dn, outDim } = dotGeneralBatchDimNums([lhs!.aval.shape.length, rhs!.aval.shape.length], lbd ?? null, rbd ?? null, p.dimension_numbers);
  return { outs: [b.dotGeneral(lhs!, rhs!, dn, p.preferred_element_type)], dims: [outDim] };
};

// ---- conv_general_dilated -----------------------------------------------------------------------------

/** JAX's `_reshape_axis_into`: moves axis `src` next to `dst` (numbered with src removed) and merges them, src major. */
export function reshapeAxisInto(b: Emitter, src: number, dst: number, x: Atom): Atom {
  const shape = x.aval.shape;
  const perm = shape.map((_, i) => i).filter((i) => i !== src);
  perm.splice(dst, 0, src);
  const newShape = shape.filter((_, i) => i !== src);
  newShape[dst] = newShape[dst]! * shape[src]!;
  return b.reshape(b.transpose(x, perm), newShape);
}

/** JAX's `_reshape_axis_out_of`: splits axis `src` into (size1, rest). */
export function reshapeAxisOutOf(b: Emitter, src: number, size1: number, x: Atom): Atom {
  const shape = [...x.aval.shape];
  const size2 = shape[src]! / size1;
  check(Number.isInteger(size2), () => `reshapeAxisOutOf: ${shape[src]} is not a multiple of ${size1}`);
  shape.splice(src, 1, size1, size2);
  return b.reshape(x, shape);
}

type ConvParams = Params['conv_general_dilated'];

/** A batch of size 0: the unbatched output shape with a leading 0, filled with zeros (as JAX). */
function emptyBatchConv(b: Emitter, lhs: Atom, rhs: Atom, lbd: BDim, rbd: BDim, p: ConvParams): { outs: Atom[]; dims: BDim[] } {
  const unbatch = (x: Atom, d: BDim) => ({ ...x.aval, shape: x.aval.shape.filter((_, i) => i !== d) });
  const [out] = abstractEval('conv_general_dilated', [unbatch(lhs, lbd), unbatch(rhs, rbd)], p);
  return { outs: [b.full([0, ...out!.shape], 0, p.preferred_element_type)], dims: [0] };
}

/** Both batched: the batch folds into the feature groups (or the batch groups), and into the out features. */
function convBothBatched(b: Emitter, lhs: Atom, rhs: Atom, lbd: number, rbd: number, p: ConvParams): { outs: Atom[]; dims: BDim[] } {
  const { lhs_spec: ls, rhs_spec: rs, out_spec: os } = p.dimension_numbers;
  const size = lhs.aval.shape[lbd]!;
  const grouped = p.batch_group_count > 1
    ? { x: reshapeAxisInto(b, lbd, ls[0]!, lhs), p: { ...p, batch_group_count: p.batch_group_count * size } }
    : { x: reshapeAxisInto(b, lbd, ls[1]!, lhs), p: { ...p, feature_group_count: p.feature_group_count * size } };
  const w = reshapeAxisInto(b, rbd, rs[0]!, rhs);
  const out = b.conv(grouped.x, w, grouped.p);
  return { outs: [reshapeAxisOutOf(b, os[1]!, size, out)], dims: [os[1]!] };
}

/** Only the lhs batched: the batch folds into N (within each batch group when batch_group_count > 1). */
function convLhsBatched(b: Emitter, lhs: Atom, rhs: Atom, lbd: number, p: ConvParams): { outs: Atom[]; dims: BDim[] } {
  const { lhs_spec: ls, out_spec: os } = p.dimension_numbers;
  const size = lhs.aval.shape[lbd]!;
  const n = ls[0]!;
  let x: Atom;
  if (p.batch_group_count === 1) {
    x = reshapeAxisInto(b, lbd, n, lhs);
  } else {
    // N = (groups, N/groups): put the vmapped dim inside each group so groups stay outermost.
    x = reshapeAxisOutOf(b, n + (lbd <= n ? 1 : 0), p.batch_group_count, lhs);
    x = reshapeAxisInto(b, lbd + (n < lbd ? 1 : 0), n + 1, x);
    x = reshapeAxisInto(b, n, n, x);
  }
  const out = b.conv(x, rhs, p);
  return { outs: [reshapeAxisOutOf(b, os[0]!, size, out)], dims: [os[0]!] };
}

/** Only the rhs batched: the batch folds into O (within each group when there are groups). */
function convRhsBatched(b: Emitter, lhs: Atom, rhs: Atom, rbd: number, p: ConvParams): { outs: Atom[]; dims: BDim[] } {
  const { rhs_spec: rs, out_spec: os } = p.dimension_numbers;
  const size = rhs.aval.shape[rbd]!;
  const o = rs[0]!;
  if (p.feature_group_count === 1 && p.batch_group_count === 1) {
    const out = b.conv(lhs, reshapeAxisInto(b, rbd, o, rhs), p);
    return { outs: [reshapeAxisOutOf(b, os[1]!, size, out)], dims: [os[1]!] };
  }
  // Groups must stay outermost in O: factor them out, fold the batch into the rest, put them back.
  const groups = p.feature_group_count > 1 ? p.feature_group_count : p.batch_group_count;
  let w = reshapeAxisOutOf(b, o + (rbd <= o ? 1 : 0), groups, rhs);
  w = reshapeAxisInto(b, rbd + (o < rbd ? 1 : 0), o + 1, w);
  w = reshapeAxisInto(b, o, o, w);
  let out = b.conv(lhs, w, p);
  out = reshapeAxisOutOf(b, os[1]!, groups, out);
  out = reshapeAxisOutOf(b, os[1]! + 1, size, out);
  out = reshapeAxisInto(b, os[1]!, os[1]! + 1, out);
  return { outs: [out], dims: [os[1]!] };
}

// conv per lane: lhs-only → fold into N; rhs-only → fold into O; both → B·feature_group_count groups.
export const convVmap: VmapRule<'conv_general_dilated'> = (b, [lhs, rhs], [lbd0, rbd0], p) => {
  const lbd = lbd0 ?? null;
  const rbd = rbd0 ?? null;
  if ((lbd !== null && lhs!.aval.shape[lbd] === 0) || (rbd !== null && rhs!.aval.shape[rbd] === 0)) {
    return emptyBatchConv(b, lhs!, rhs!, lbd, rbd, p);
  }
  if (lbd !== null && rbd !== null) return convBothBatched(b, lhs!, rhs!, lbd, rbd, p);
  if (lbd !== null) return convLhsBatched(b, lhs!, rhs!, lbd, p);
  if (rbd !== null) return convRhsBatched(b, lhs!, rhs!, rbd, p);
  throw new InternalError('convVmap: no batched operand');
};
