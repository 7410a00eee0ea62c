// JVP rule families (JAX's defjvp2, deflinear, defjvp_zero) and the float0 guard of the rule table.
// Imports only src/ir.
import type { Atom } from '../core.js';
import type { Emitter } from '../emitter.js';
import { InternalError } from '../errors.js';
import type { Params, Prim } from '../primitives.js';
import type { JvpRule } from './jvp-rules-types.js';
import type { Tangent } from './tangent.js';
import { addTangents, instantiate, isZero, tangentAval, zero } from './tangent.js';

export type JvpOut = { primalsOut: Atom[]; tangentsOut: Tangent[] };

/** One operand's contribution to the output tangent: `g` is its (nonzero) tangent, `ans` the primal output. */
export type JvpTerm<P extends Prim> = (b: Emitter, g: Atom, ans: Atom, primals: readonly Atom[], params: Params[P]) => Atom;

/**
 * JAX's `defjvp2`: bind `prim` once, then sum (add_any) the terms of the operands whose tangent is
 * nonzero; `null` marks an operand that does not contribute (an index, a predicate).
 */
export function standardJvp<P extends Prim>(prim: P, ...terms: (JvpTerm<P> | null)[]): JvpRule<P> {
  return (b, primals, tangents, params) => {
    const ans = b.bind1(prim, primals, params);
    let out: Tangent = zero(ans.aval);
    terms.forEach((term, i) => {
      const g = tangents[i]!;
      if (term && !isZero(g)) out = addTangents(b, out, term(b, g, ans, primals, params));
    });
    return { primalsOut: [ans], tangentsOut: [out] };
  };
}

/** JAX's `defjvp_zero`: the primitive is bound on the primals; every output tangent is a symbolic zero. */
export function zeroJvp<P extends Prim>(prim: P): JvpRule<P> {
  return (b, primals, _tangents, params) => {
    const outs = b.bind(prim, primals, params);
    return { primalsOut: outs, tangentsOut: outs.map((o) => zero(o.aval)) };
  };
}

/**
 * A primitive linear in the operands at `linear` ('all': every operand; the others, such as indices, are passed as primals):
 * the tangent is the primitive applied to the tangents, zeros instantiated (JAX's `linear_jvp`).
 * `tangentParams` adjusts the params of the tangent equation (gather's fill value).
 */
export function linearJvp<P extends Prim>(prim: P, linear: readonly number[] | 'all' = [0], tangentParams?: (p: Params[P]) => Params[P]): JvpRule<P> {
  return (b, primals, tangents, params) => {
    const outs = b.bind(prim, primals, params);
    const isLinear = (i: number) => linear === 'all' || linear.includes(i);
    if (tangents.every((t, i) => !isLinear(i) || isZero(t))) return { primalsOut: outs, tangentsOut: outs.map((o) => zero(o.aval)) };
    const ins = primals.map((p, i) => (isLinear(i) ? instantiate(b, tangents[i]!) : p));
    const touts = b.bind(prim, ins, tangentParams ? tangentParams(params) : params);
    return { primalsOut: outs, tangentsOut: touts };
  };
}

/**
 * Wraps a rule so that float0 tangents (of integer and boolean operands) count as symbolic zeros, the
 * primitive is simply rebound when no other tangent is left, and every returned tangent is checked to
 * have its primal output's tangent aval (float0 outputs must get symbolic zeros).
 */
export function float0AsZero<P extends Prim>(prim: P, rule: JvpRule<P>): JvpRule<P> {
  return (b, primals, tangents, params) => {
    const ts = tangents.map((t) => (!isZero(t) && t.aval.dtype === 'float0' ? zero(t.aval) : t));
    const res = ts.every(isZero) ? zeroJvp(prim)(b, primals, ts, params) : rule(b, primals, ts, params);
    res.tangentsOut.forEach((t, i) => {
      const want = tangentAval(res.primalsOut[i]!.aval);
      const ok = t.aval.dtype === want.dtype && t.aval.shape.length === want.shape.length && t.aval.shape.every((d, k) => d === want.shape[k]);
      if (!ok || (want.dtype === 'float0' && !isZero(t)))
        throw new InternalError(`jvp rule of ${prim}: tangent ${i} is ${t.kind} ${t.aval.dtype}[${t.aval.shape.join(',')}], expected ${want.dtype}[${want.shape.join(',')}]`);
    });
    return res;
  };
}
