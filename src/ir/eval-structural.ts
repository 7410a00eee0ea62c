// The evaluation rules of the structural primitives (layout, reductions, contractions, indexing,
// generators and sort), as one table keyed in PRIMS order. Imports only src/ir; must not import eval.ts.
import type { EvalRule } from './eval-types.js';
import { layoutEvalRules as L } from './eval-layout.js';
import { reduceEvalRules as R } from './eval-reduce.js';
import { contractEvalRules as C } from './eval-contract.js';
import { indexEvalRules as I } from './eval-index.js';

/** The primitives whose meaning over typed arrays this table defines. */
export type StructuralPrim =
  | 'broadcast_in_dim' | 'reshape' | 'transpose' | 'squeeze' | 'rev'
  | 'reduce_sum' | 'reduce_max' | 'reduce_min' | 'reduce_prod' | 'argmax' | 'argmin'
  | 'reduce_window_sum' | 'reduce_window_max'
  | 'dot_general' | 'conv_general_dilated'
  | 'slice' | 'pad' | 'concatenate' | 'dynamic_slice' | 'dynamic_update_slice' | 'gather' | 'scatter_add'
  | 'iota' | 'cumsum' | 'sort';

/**
 * Every rule: (inputs, params, outAvals, ctx) → fresh outputs shaped as outAvals. Floats accumulate
 * in double and round once on store (f32) or not at all ('f64'); integers wrap; see each file.
 */
export const structuralEvalRules: { readonly [P in StructuralPrim]: EvalRule<P> } = {
  broadcast_in_dim: L.broadcast_in_dim,
  reshape: L.reshape,
  transpose: L.transpose,
  squeeze: L.squeeze,
  rev: L.rev,
  reduce_sum: R.reduce_sum,
  reduce_max: R.reduce_max,
  reduce_min: R.reduce_min,
  reduce_prod: R.reduce_prod,
  argmax: R.argmax,
  argmin: R.argmin,
  reduce_window_sum: R.reduce_window_sum,
  reduce_window_max: R.reduce_window_max,
  dot_general: C.dot_general,
  conv_general_dilated: C.conv_general_dilated,
  slice: L.slice,
  pad: L.pad,
  concatenate: L.concatenate,
  dynamic_slice: I.dynamic_slice,
  dynamic_update_slice: I.dynamic_update_slice,
  gather: I.gather,
  scatter_add: I.scatter_add,
  iota: L.iota,
  cumsum: R.cumsum,
  sort: I.sort,
};
