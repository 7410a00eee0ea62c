// The signature of a JVP rule. Imports only src/ir.
import type { Atom } from '../core.js';
import type { Emitter } from '../emitter.js';
import type { Params, Prim } from '../primitives.js';
import type { Tangent } from './tangent.js';

/**
 * A JVP rule: given the primal inputs (atoms in the new jaxpr) and their tangents (at least one is
 * not a symbolic zero), emit the primal outputs and their tangents with `b`. Integer/bool outputs get
 * symbolic zero tangents (of dtype float0). Tangent dtype matches primal dtype for floats.
 */
export type JvpRule<P extends Prim> = (
  b: Emitter,
  primals: readonly Atom[],
  tangents: readonly Tangent[],
  params: Params[P],
) => { primalsOut: Atom[]; tangentsOut: Tangent[] };
