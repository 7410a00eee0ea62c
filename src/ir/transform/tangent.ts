// Symbolic zeros and undefined primals: the markers jvp and transpose pass around. Imports only src/ir.
import type { Atom } from '../core.js';
import type { Aval } from '../dtype.js';
import type { Emitter } from '../emitter.js';

/** A tangent or cotangent known to be zero: never materialised unless a rule must. */
export interface Zero { readonly kind: 'zero'; readonly aval: Aval }
/** A tangent/cotangent: an atom, or a symbolic zero. */
export type Tangent = Atom | Zero;
/** A linear input during transposition: its value is what is being solved for. */
export interface UndefinedPrimal { readonly kind: 'undefined'; readonly aval: Aval }

export const zero = (aval: Aval): Zero => ({ kind: 'zero', aval: tangentAval(aval) });
export const undefinedPrimal = (aval: Aval): UndefinedPrimal => ({ kind: 'undefined', aval });
export const isZero = (t: Tangent | null | undefined): t is Zero => !!t && t.kind === 'zero';
export const isUndefined = (x: Atom | UndefinedPrimal): x is UndefinedPrimal => x.kind === 'undefined';

/** Tangents of integer and boolean values are float0 (JAX's data-less dtype). */
export function tangentAval(a: Aval): Aval {
  return a.dtype === 'f32' ? a : { shape: a.shape, dtype: 'float0' };
}

/** Materialises a symbolic zero (as a broadcast literal), or returns the atom. */
export function instantiate(b: Emitter, t: Tangent): Atom {
  if (t.kind !== 'zero') return t;
  if (t.aval.dtype === 'float0') return b.full(t.aval.shape, 0, 'float0');
  return b.zeros(t.aval);
}

/** Adds two tangents, keeping symbolic zeros symbolic. */
export function addTangents(b: Emitter, x: Tangent, y: Tangent): Tangent {
  if (isZero(x)) return y;
  if (isZero(y)) return x;
  return b.addAny(x, y);
}
