// The signature of a transpose rule, and the explicit "not linear" sentinel. Imports only src/ir.
import type { Atom } from '../core.js';
import type { Emitter } from '../emitter.js';
import type { Params, Prim } from '../primitives.js';
import type { Tangent, UndefinedPrimal } from './tangent.js';

/**
 * A transpose rule: given the cotangents of the equation's outputs (not all symbolic zeros) and its
 * inputs — linear ones as UndefinedPrimal, the others as atoms — emit and return one cotangent per
 * input: an atom or symbolic zero for each UndefinedPrimal input, null for the others.
 * Cotangents of binary ops are unbroadcast to their input's shape.
 */
export type TransposeRule<P extends Prim> = (
  b: Emitter,
  cts: readonly Tangent[],
  inputs: readonly (Atom | UndefinedPrimal)[],
  params: Params[P],
) => (Tangent | null)[];

/** A primitive that is not linear in any input: it never appears on the linear path. */
export interface NotLinear { readonly kind: 'not-linear'; readonly reason: string }
export const notLinear = (reason: string): NotLinear => ({ kind: 'not-linear', reason });
