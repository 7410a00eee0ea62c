// Batching rules of slicing and indexing: slice, pad, concatenate, dynamic_slice, dynamic_update_slice,
// gather, scatter_add (ports of jax/_src/lax/slicing.py and lax.py batching rules). Imports only src/ir.
import type { Atom } from '../core.js';
import type { DType } from '../dtype.js';
import { isFloat } from '../dtype.js';
import type { Emitter } from '../emitter.js';
import type { GatherDimensionNumbers, Params, ScatterDimensionNumbers } from '../primitives.js';
import type { BDim, VmapRule } from './vmap-rules-types.js';
import { moveBdim } from './vmap-util.js';

type Out = { outs: Atom[]; dims: BDim[] };

const inc = (ds: readonly number[]): number[] => ds.map((d) => d + 1);
const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);
function insertAt<T>(xs: readonly T[], at: number, v: T): T[] {
  const out = [...xs];
  out.splice(at, 0, v);
  return out;
}
/** The batch size: the size of the first batched operand's batch dim. */
function batchSize(args: readonly Atom[], dims: readonly BDim[]): number {
  const i = dims.findIndex((d) => d !== null);
  return args[i]!.aval.shape[dims[i]!]!;
}

// slice per lane: the batch dim is sliced whole (start 0, limit B, stride 1).
export const sliceVmap: VmapRule<'slice'> = (b, [x], [bd], p) => {
  const d = bd!;
  const strides = p.strides === null ? null : insertAt(p.strides, d, 1);
  const out = b.bind1('slice', [x!], {
    start_indices: insertAt(p.start_indices, d, 0),
    limit_indices: insertAt(p.limit_indices, d, x!.aval.shape[d]!),
    strides,
  });
  return { outs: [out], dims: [d] };
};

// pad per lane: no padding on the batch dim; a batched padding value is put in through a mask.
export const padVmap: VmapRule<'pad'> = (b, [x0, pv], [xd0, pvd], p, size) => {
  const xd = xd0 ?? 0;
  const x = xd0 === null || xd0 === undefined ? moveBdim(b, x0!, null, 0, size) : x0!;
  const config = insertAt(p.padding_config, xd, [0, 0, 0] as const);
  if (pvd === null || pvd === undefined) return { outs: [b.bind1('pad', [x, pv!], { padding_config: config })], dims: [xd] };
  // JAX: pad with 0, pad an all-true mask with false, then select the batched value where the mask is false.
  const padded = b.pad(x, 0, config);
  const mask = b.pad(b.full(x.aval.shape, 1, 'bool'), b.lit(0, 'bool'), config);
  const value = b.broadcastInDim(pv!, padded.aval.shape, [xd]);
  return { outs: [b.select(mask, padded, value)], dims: [xd] };
};

// concatenate per lane: every operand gets its batch dim at 0 (unbatched ones broadcast), concat on dim+1.
export const concatenateVmap: VmapRule<'concatenate'> = (b, args, dims, p) => {
  const size = batchSize(args, dims);
  const xs = args.map((x, i) => moveBdim(b, x, dims[i] ?? null, 0, size));
  return { outs: [b.bind1('concatenate', xs, { dimension: p.dimension + 1 })], dims: [0] };
};

/**
 * JAX's `_batch_dynamic_slice_indices`: scalar starts (some batched) → one i32[B, n] index array, each
 * start a column (an unbatched start is broadcast). Starts of mixed int dtypes are converted to the first's.
 */
function batchStartIndices(b: Emitter, starts: readonly Atom[], dims: readonly BDim[], size: number): Atom {
  const dtype: DType = starts[0]!.aval.dtype;
  const cols = starts.map((s, i) => b.broadcastInDim(b.convert(s, dtype), [size, 1], dims[i] === null ? [] : [0]));
  return b.concatenate(cols, 1);
}

// dynamic_slice per lane. Unbatched starts: slice the batch dim whole. Batched starts: a gather (as JAX).
export const dynamicSliceVmap: VmapRule<'dynamic_slice'> = (b, [x, ...starts], [xd0, ...sd], p, size) => {
  const xd = xd0 ?? null;
  if (sd.every((d) => d === null)) {
    const d = xd!;
    const zero = b.lit(0, starts[0]?.aval.dtype ?? 'i32');
    const out = b.dynamicSlice(x!, insertAt(starts, d, zero), insertAt(p.slice_sizes, d, size));
    return { outs: [out], dims: [d] };
  }
  const n = p.slice_sizes.length;
  const dn: GatherDimensionNumbers = { offset_dims: range(n), collapsed_slice_dims: [], start_index_map: range(n), operand_batching_dims: [], start_indices_batching_dims: [] };
  const idx = batchStartIndices(b, starts, sd.map((d) => d ?? null), size);
  return gatherBatch(b, x!, idx, xd, 0, { dimension_numbers: dn, slice_sizes: p.slice_sizes, mode: 'clip', fill_value: null }, size);
};

/** The scatter (overwrite) that JAX emits, from scatter_add: the update summed into -0 (the additive identity), selected by a hit mask. */
function scatterOverwrite(b: Emitter, x: Atom, idx: Atom, u: Atom, dn: ScatterDimensionNumbers): Atom {
  const dtype = x.aval.dtype;
  const work: DType = dtype === 'bool' ? 'i32' : dtype;
  const base = b.full(x.aval.shape, isFloat(work) ? -0 : 0, work);
  const summed = b.scatterAdd(base, idx, dtype === 'bool' ? b.convert(u, work) : u, dn, 'clip');
  const hits = b.scatterAdd(b.full(x.aval.shape, 0, 'i32'), idx, b.full(u.aval.shape, 1, 'i32'), dn, 'clip');
  const mask = b.ne(hits, 0);
  return b.select(mask, dtype === 'bool' ? b.ne(summed, 0) : summed, x);
}

// dynamic_update_slice per lane. Unbatched starts: update the batch dim whole. Batched starts: a scatter (as JAX).
export const dynamicUpdateSliceVmap: VmapRule<'dynamic_update_slice'> = (b, [x0, u0, ...starts], [xd0, ud0, ...sd], _p, size) => {
  const xd = xd0 ?? null;
  const ud = ud0 ?? null;
  if (sd.every((d) => d === null)) {
    const d = xd ?? ud!;
    const x = moveBdim(b, x0!, xd, d, size);
    const u = moveBdim(b, u0!, ud, d, size);
    const zero = b.lit(0, starts[0]?.aval.dtype ?? 'i32');
    return { outs: [b.dynamicUpdateSlice(x, u, insertAt(starts, d, zero))], dims: [d] };
  }
  // JAX: vmap of scatter with update_window_dims = scatter_dims_to_operand_dims = all dims, mode clip;
  // with batched indices that is the both-batched scatter case, operand and updates moved to the front.
  const n = u0!.aval.shape.length - (ud === null ? 0 : 1);
  const dims = inc(range(n));
  const dn: ScatterDimensionNumbers = { update_window_dims: dims, inserted_window_dims: [], scatter_dims_to_operand_dims: dims, operand_batching_dims: [0], scatter_indices_batching_dims: [0] };
  const idx = batchStartIndices(b, starts, sd.map((d) => d ?? null), size);
  const x = moveBdim(b, x0!, xd, 0, size);
  const u = moveBdim(b, u0!, ud, 0, size);
  return { outs: [scatterOverwrite(b, x, idx, u, dn)], dims: [0] };
};

/** JAX's `_gather_batching_rule` (operand and/or indices batched). */
function gatherBatch(b: Emitter, op: Atom, idx: Atom, obd: BDim, ibd: BDim, p: Params['gather'], size: number): Out {
  const dn = p.dimension_numbers;
  if (obd !== null && ibd === null) {
    const x = moveBdim(b, op, obd, 0, size);
    const ndn: GatherDimensionNumbers = {
      offset_dims: [0, ...inc(dn.offset_dims)],
      collapsed_slice_dims: inc(dn.collapsed_slice_dims),
      start_index_map: inc(dn.start_index_map),
      operand_batching_dims: inc(dn.operand_batching_dims),
      start_indices_batching_dims: [...dn.start_indices_batching_dims],
    };
    return { outs: [b.gather(x, idx, ndn, [x.aval.shape[0]!, ...p.slice_sizes], p.mode, p.fill_value)], dims: [0] };
  }
  if (obd === null && ibd !== null) {
    const i = moveBdim(b, idx, ibd, 0, size);
    const ndn: GatherDimensionNumbers = { ...dn, offset_dims: inc(dn.offset_dims), start_indices_batching_dims: inc(dn.start_indices_batching_dims) };
    return { outs: [b.gather(op, i, ndn, p.slice_sizes, p.mode, p.fill_value)], dims: [0] };
  }
  const x = moveBdim(b, op, obd, 0, size);
  const i = moveBdim(b, idx, ibd, 0, size);
  const ndn: GatherDimensionNumbers = {
    offset_dims: inc(dn.offset_dims),
    collapsed_slice_dims: inc(dn.collapsed_slice_dims),
    start_index_map: inc(dn.start_index_map),
    operand_batching_dims: [0, ...inc(dn.operand_batching_dims)],
    start_indices_batching_dims: [0, ...inc(dn.start_indices_batching_dims)],
  };
  const sizes = [x.aval.shape[0] === 0 ? 0 : 1, ...p.slice_sizes];
  return { outs: [b.gather(x, i, ndn, sizes, p.mode, p.fill_value)], dims: [0] };
}

// gather per lane: operand-only → the batch is one more offset dim; indices-only → one more index
// batch dim; both → a gather batching dim pair (operand_batching_dims / start_indices_batching_dims).
export const gatherVmap: VmapRule<'gather'> = (b, [op, idx], [obd, ibd], p, size) =>
  gatherBatch(b, op!, idx!, obd ?? null, ibd ?? null, p, size);

// scatter_add per lane (JAX's `_scatter_batching_rule`): operand and updates at the front (broadcast when
// unbatched); unbatched indices → the batch is one more window dim; batched → a scatter batching dim pair.
export const scatterAddVmap: VmapRule<'scatter_add'> = (b, [op, idx, upd], [obd, ibd, ubd], p, size) => {
  const dn = p.dimension_numbers;
  const x = moveBdim(b, op!, obd ?? null, 0, size);
  const u = moveBdim(b, upd!, ubd ?? null, 0, size);
  if (ibd === null || ibd === undefined) {
    const ndn: ScatterDimensionNumbers = {
      update_window_dims: [0, ...inc(dn.update_window_dims)],
      inserted_window_dims: inc(dn.inserted_window_dims),
      scatter_dims_to_operand_dims: inc(dn.scatter_dims_to_operand_dims),
      operand_batching_dims: inc(dn.operand_batching_dims),
      scatter_indices_batching_dims: [...dn.scatter_indices_batching_dims],
    };
    return { outs: [b.scatterAdd(x, idx!, u, ndn, p.mode)], dims: [0] };
  }
  const i = moveBdim(b, idx!, ibd, 0, size);
  const ndn: ScatterDimensionNumbers = {
    update_window_dims: inc(dn.update_window_dims),
    inserted_window_dims: inc(dn.inserted_window_dims),
    scatter_dims_to_operand_dims: inc(dn.scatter_dims_to_operand_dims),
    operand_batching_dims: [0, ...inc(dn.operand_batching_dims)],
    scatter_indices_batching_dims: [0, ...inc(dn.scatter_indices_batching_dims)],
  };
  return { outs: [b.scatterAdd(x, i, u, ndn, p.mode)], dims: [0] };
};
