// JVP rules of the contractions (bilinear) and of sort (JAX's iota-permutation rule). The linear
// slicing/indexing ops use linearJvp directly in the table. Imports only src/ir.
import type { GatherDimensionNumbers } from '../primitives.js';
import type { JvpRule } from './jvp-rules-types.js';
import { standardJvp } from './jvp-rules-util.js';
import { isZero, zero } from './tangent.js';

/** d dot(x, y) = dot(dx, y) + dot(x, dy) (JAX's defbilinear). */
export const dotGeneralJvp = standardJvp(
  'dot_general',
  (b, g, _ans, [, y], p) => b.bind1('dot_general', [g, y!], p),
  (b, g, _ans, [x], p) => b.bind1('dot_general', [x!, g], p),
);

/** d conv(x, w) = conv(dx, w) + conv(x, dw) (JAX's defbilinear). */
export const convJvp = standardJvp(
  'conv_general_dilated',
  (b, g, _ans, [, w], p) => b.bind1('conv_general_dilated', [g, w!], p),
  (b, g, _ans, [x], p) => b.bind1('conv_general_dilated', [x!, g], p),
);

/**
 * JAX's `_sort_jvp`: an iota along `dimension` is sorted with the operands (same num_keys) to get the
 * permutation, and each nonzero tangent is gathered with it (take_along_axis: the other dims are
 * gather batching dims).
 */
export const sortJvp: JvpRule<'sort'> = (b, primals, tangents, { dimension, is_stable, num_keys }) => {
  const shape = primals[0]!.aval.shape;
  const outs = b.sort([...primals, b.iota('u32', shape, dimension)], dimension, num_keys, is_stable);
  const perm = outs.pop()!;
  const batch = shape.map((_, i) => i).filter((i) => i !== dimension);
  const dn: GatherDimensionNumbers = {
    offset_dims: [], collapsed_slice_dims: [dimension], start_index_map: [dimension],
    operand_batching_dims: batch, start_indices_batching_dims: batch,
  };
  const idx = b.broadcastInDim(perm, [...shape, 1], shape.map((_, i) => i));
  const tangentsOut = tangents.map((t, i) => (isZero(t) ? zero(outs[i]!.aval) : b.gather(t, idx, dn, shape.map(() => 1), 'clip')));
  return { primalsOut: outs, tangentsOut };
};
