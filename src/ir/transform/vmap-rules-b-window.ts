// Batching rules of the windowed primitives (reduce_window_sum/max, select_and_gather_add,
// select_and_scatter_add; jax/_src/lax/windowed_reductions.py) and of jit (pjit's batching: batch the
// body). Imports only src/ir. Imports ./vmap.js back (vmap.ts → vmap-rules.ts → here): import vmap.ts,
// not this file, first.
import type { Atom } from '../core.js';
import type { Emitter } from '../emitter.js';
import type { WindowParams } from '../primitives.js';
import type { BDim, VmapRule } from './vmap-rules-types.js';
import { moveBdim } from './vmap-util.js';
import { vmapJaxpr } from './vmap.js';

/** The window params with a trivial window (size 1, stride 1, no padding, no dilation) on dim `d`. */
export function windowWithBatchDim(p: WindowParams, d: number): WindowParams {
  const ins = <T>(xs: readonly T[], v: T): T[] => [...xs.slice(0, d), v, ...xs.slice(d)];
  return {
    window_dimensions: ins(p.window_dimensions, 1),
    window_strides: ins(p.window_strides, 1),
    padding: ins(p.padding, [0, 0] as const),
    base_dilation: ins(p.base_dilation, 1),
    window_dilation: ins(p.window_dilation, 1),
  };
}

// Σ over each window per lane: a size-1 window on the batch dim, which stays where it is.
export const reduceWindowSumVmap: VmapRule<'reduce_window_sum'> = (b, [x], [d], p) =>
  ({ outs: [b.reduceWindowSum(x!, windowWithBatchDim(p, d!))], dims: [d!] });

// max over each window per lane: a size-1 window on the batch dim.
export const reduceWindowMaxVmap: VmapRule<'reduce_window_max'> = (b, [x], [d], p) =>
  ({ outs: [b.reduceWindowMax(x!, windowWithBatchDim(p, d!))], dims: [d!] });

/** Both operands with the batch dim at 0 (an unbatched one broadcast), as JAX's `bdim_at_front`. */
function atFront(b: Emitter, args: readonly Atom[], dims: readonly BDim[], size: number): Atom[] {
  return args.map((x, i) => moveBdim(b, x, dims[i] ?? null, 0, size));
}

// (t, x) per lane: t at the argmax of x in each window; batch at the front with a size-1 window.
export const selectAndGatherAddVmap: VmapRule<'select_and_gather_add'> = (b, args, dims, p, size) => {
  const [t, x] = atFront(b, args, dims, size);
  return { outs: [b.bind1('select_and_gather_add', [t!, x!], windowWithBatchDim(p, 0))], dims: [0] };
};

// (source, x) per lane: source scattered to the argmax of x in each window; batch at the front.
export const selectAndScatterAddVmap: VmapRule<'select_and_scatter_add'> = (b, args, dims, p, size) => {
  const [s, x] = atFront(b, args, dims, size);
  return { outs: [b.bind1('select_and_scatter_add', [s!, x!], windowWithBatchDim(p, 0))], dims: [0] };
};

// jit per lane = jit of the batched body. The body's batched outputs put their batch dim at 0 and its
// unbatched outputs stay unbatched: a first batching learns which outputs are batched.
export const jitVmap: VmapRule<'jit'> = (b, args, dims, p, size) => {
  const inDims = args.map((_, i) => dims[i] ?? null);
  const probe = vmapJaxpr(p.jaxpr, inDims, size, p.jaxpr.outvars.map(() => 0));
  const outDims: BDim[] = probe.outBatched.map((batched) => (batched ? 0 : null));
  const body = outDims.every((d) => d === 0) ? probe.jaxpr : vmapJaxpr(p.jaxpr, inDims, size, outDims).jaxpr;
  return { outs: b.bind('jit', args, { name: p.name, jaxpr: body }), dims: outDims };
};
