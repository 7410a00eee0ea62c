// The signature of a batching rule. Imports only src/ir.
import type { Atom } from '../core.js';
import type { Emitter } from '../emitter.js';
import type { Params, Prim } from '../primitives.js';

/** Where an operand's batch dimension is, or null when it is not batched. */
export type BDim = number | null;

/**
 * A batching rule: given the operands (batched ones carry the batch dimension at `dims[i]`; at least
 * one is batched) and the batch size, emit the batched equation(s) and return the outputs with their
 * batch dims.
 */
export type VmapRule<P extends Prim> = (
  b: Emitter,
  args: readonly Atom[],
  dims: readonly BDim[],
  params: Params[P],
  axisSize: number,
) => { outs: Atom[]; dims: BDim[] };
