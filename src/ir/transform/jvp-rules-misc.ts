// JVP rules of selection, type conversion and jit (recursively differentiated with jvpJaxpr).
// Imports only src/ir.
import type { Atom } from '../core.js';
import { isFloat } from '../dtype.js';
import { jvpJaxpr } from './jvp.js';
import type { JvpRule } from './jvp-rules-types.js';
import type { Tangent } from './tangent.js';
import { isZero, zero } from './tangent.js';

/** select_n(which, *cases)' = select_n(which, *case tangents), zero cases instantiated once (JAX's _select_jvp). */
export const selectNJvp: JvpRule<'select_n'> = (b, [which, ...cases], [, ...caseTs]) => {
  const ans = b.selectN(which!, ...cases);
  const nz = caseTs.find((t) => !isZero(t));
  if (!nz) return { primalsOut: [ans], tangentsOut: [zero(ans.aval)] };
  const z = caseTs.some(isZero) ? b.zeros(nz.aval) : null;
  const ts = caseTs.map((t) => (isZero(t) ? z! : t));
  return { primalsOut: [ans], tangentsOut: [b.selectN(which!, ...ts)] };
};

/** float → float converts the tangent; to or from an integer/bool dtype the tangent is zero. */
export const convertElementTypeJvp: JvpRule<'convert_element_type'> = (b, [x], [g], params) => {
  const ans = b.bind1('convert_element_type', [x!], params);
  const t: Tangent = isFloat(params.new_dtype) && !isZero(g!) ? b.bind1('convert_element_type', [g!], params) : zero(ans.aval);
  return { primalsOut: [ans], tangentsOut: [t] };
};

/**
 * jit: the body is differentiated with jvpJaxpr for the nonzero input tangents, and one new jit eqn
 * takes (primals..., nonzero tangents...) and returns (outs..., nonzero out tangents...) (JAX's _pjit_jvp).
 */
export const jitJvp: JvpRule<'jit'> = (b, primals, tangents, params) => {
  const nonzero = tangents.map((t) => !isZero(t));
  const { jaxpr, outNonzero } = jvpJaxpr(params.jaxpr, nonzero);
  const tangentIns = tangents.filter((t): t is Atom => !isZero(t));
  const outs = b.bind('jit', [...primals, ...tangentIns], { name: params.name, jaxpr });
  const primalsOut = outs.slice(0, params.jaxpr.outvars.length);
  const rest = outs.slice(primalsOut.length);
  let k = 0;
  const tangentsOut = outNonzero.map((nz, i): Tangent => (nz ? rest[k++]! : zero(primalsOut[i]!.aval)));
  return { primalsOut, tangentsOut };
};
