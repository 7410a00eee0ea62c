// Batch-dimension helpers shared by vmap.ts and the batching rules (kept apart to avoid an import cycle).
// Imports only src/ir.
import type { Atom } from '../core.js';
import type { Aval } from '../dtype.js';
import type { Emitter } from '../emitter.js';
import type { BDim } from './vmap-rules-types.js';

/** The aval with a batch dimension of `size` inserted at `dim`. */
export function batchedAval(a: Aval, dim: number, size: number): Aval {
  const shape = [...a.shape];
  shape.splice(dim, 0, size);
  return { ...a, shape };
}

/** Moves the batch dim of `x` from `from` to `to` (null `from`: broadcast a new axis of `size`). */
export function moveBdim(b: Emitter, x: Atom, from: BDim, to: number, size: number): Atom {
  if (from === null) {
    const shape = [...x.aval.shape];
    shape.splice(to, 0, size);
    const dims = x.aval.shape.map((_, i) => (i < to ? i : i + 1));
    return b.broadcastInDim(x, shape, dims);
  }
  if (from === to) return x;
  const perm = x.aval.shape.map((_, i) => i).filter((i) => i !== from);
  perm.splice(to, 0, from);
  return b.transpose(x, perm);
}

