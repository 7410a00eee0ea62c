// The batching rules of part B (contractions, slicing and indexing, windowed primitives, jit): the table
// vmap-rules.ts merges with part A. Imports only src/ir. See vmap-rules-types.ts for the rule signature.
import type { VmapRule } from './vmap-rules-types.js';
import { convVmap, dotGeneralVmap } from './vmap-rules-b-contract.js';
import {
  concatenateVmap, dynamicSliceVmap, dynamicUpdateSliceVmap, gatherVmap, padVmap, scatterAddVmap, sliceVmap,
} from './vmap-rules-b-index.js';
import {
  jitVmap, reduceWindowMaxVmap, reduceWindowSumVmap, selectAndGatherAddVmap, selectAndScatterAddVmap,
} from './vmap-rules-b-window.js';

export type PrimsB =
  | 'dot_general' | 'conv_general_dilated' | 'slice' | 'pad' | 'concatenate' | 'dynamic_slice' | 'dynamic_update_slice'
  | 'gather' | 'scatter_add' | 'jit' | 'select_and_gather_add' | 'select_and_scatter_add' | 'reduce_window_sum' | 'reduce_window_max';

/**
 * Every rule gets the operands (at least one batched, its batch dim in `dims`), the params and the batch
 * size, and returns the outputs with their batch dims. In PRIMS order.
 */
export const vmapRulesB: { readonly [P in PrimsB]: VmapRule<P> } = {
  // windowed: a size-1, stride-1, unpadded window on the batch dim
  reduce_window_sum: reduceWindowSumVmap,
  reduce_window_max: reduceWindowMaxVmap,
  select_and_gather_add: selectAndGatherAddVmap,
  select_and_scatter_add: selectAndScatterAddVmap,
  // contractions: a shared batch dim is a dot batch dim / conv feature groups; a one-sided one a free dim / N / O
  dot_general: dotGeneralVmap,
  conv_general_dilated: convVmap,
  // slicing and indexing: the batch dim taken whole; batched indices become gather / scatter batch dims
  slice: sliceVmap,
  pad: padVmap,
  concatenate: concatenateVmap,
  dynamic_slice: dynamicSliceVmap,
  dynamic_update_slice: dynamicUpdateSliceVmap,
  gather: gatherVmap,
  scatter_add: scatterAddVmap,
  // higher-order: batch the body once, outputs at 0 or unbatched
  jit: jitVmap,
};
