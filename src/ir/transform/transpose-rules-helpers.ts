// Helpers shared by the transpose rule files: input narrowing and the rule-family builders.
// Imports only src/ir.
import type { Atom } from '../core.js';
import type { Emitter } from '../emitter.js';
import { InternalError } from '../errors.js';
import type { Params, Prim } from '../primitives.js';
import type { Tangent, UndefinedPrimal } from './tangent.js';
import { isUndefined, isZero, zero } from './tangent.js';
import type { TransposeRule } from './transpose-rules-types.js';

/** An equation input during transposition: a linear (undefined) one, or a known atom. */
export type In = Atom | UndefinedPrimal;

/** The atom of an input that must be known (non-linear) for `prim` to be linear in the others. */
export function defined(prim: Prim, x: In | undefined, what: string): Atom {
  if (!x || isUndefined(x)) throw new InternalError(`transpose: ${prim} is not linear in its ${what}, which must be known`);
  return x;
}

/** Every input after the first must be known (indices, padding configs...). */
function knownRest(prim: Prim, rest: readonly In[]): Atom[] {
  return rest.map((x, i) => defined(prim, x, `input ${i + 1}`));
}

/**
 * The rule of a primitive linear in its first input only (the others, e.g. start indices, must be
 * known): `f` maps the nonzero cotangent to the first input's cotangent; the others get null.
 */
export function linearInFirst<P extends Prim>(
  prim: P,
  f: (b: Emitter, ct: Atom, x: UndefinedPrimal, params: Params[P], rest: readonly Atom[]) => Tangent,
): TransposeRule<P> {
  return (b, cts, inputs, params) => {
    const [x, ...rest] = inputs;
    const out: (Tangent | null)[] = inputs.map(() => null);
    if (!x || !isUndefined(x)) throw new InternalError(`transpose: ${prim} is linear in its first input only`);
    const known = knownRest(prim, rest);
    const ct = cts[0]!;
    out[0] = isZero(ct) ? zero(x.aval) : f(b, ct, x, params, known);
    return out;
  };
}

/** The cotangent of each undefined input from `f(ct, i)`; null for known inputs, zeros for a zero ct. */
export function perUndefined(
  inputs: readonly In[],
  ct: Tangent,
  f: (ct: Atom, x: UndefinedPrimal, i: number) => Tangent,
): (Tangent | null)[] {
  return inputs.map((x, i) => {
    if (!isUndefined(x)) return null;
    return isZero(ct) ? zero(x.aval) : f(ct, x, i);
  });
}

export const range = (start: number, stop: number): number[] => Array.from({ length: Math.max(0, stop - start) }, (_, i) => start + i);

/** The indices that sort `xs` ascending (numpy's argsort on distinct ints). */
export const argsort = (xs: readonly number[]): number[] => xs.map((_, i) => i).sort((a, c) => xs[a]! - xs[c]!);

/** `0..n-1` without the axes in `removed` (JAX's `remaining`). */
export const remaining = (n: number, ...removed: (readonly number[])[]): number[] =>
  range(0, n).filter((i) => !removed.some((r) => r.includes(i)));

/** lax.expand_dims: inserts size-1 dims at `dims` (output positions) as a broadcast_in_dim, as JAX does. */
export function expandDims(b: Emitter, x: Atom, dims: readonly number[]): Atom {
  if (dims.length === 0) return x;
  const rank = x.aval.shape.length + dims.length;
  const shape: number[] = [];
  const kept: number[] = [];
  let k = 0;
  for (let i = 0; i < rank; i++) {
    if (dims.includes(i)) shape.push(1);
    else { shape.push(x.aval.shape[k++]!); kept.push(i); }
  }
  return b.broadcastInDim(x, shape, kept);
}
