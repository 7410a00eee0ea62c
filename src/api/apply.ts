// Running a jaxpr on values: each equation goes through bind, so the same code evaluates eagerly on
// concrete arrays and records into the enclosing trace on tracers. This is how a transformed jaxpr is
// "bound into" its caller. Imports ir, trace and the op core.
import type { Atom, Jaxpr } from '../ir/core.js';
import { InternalError } from '../ir/errors.js';
import { Array } from './array.js';
import type { Operand, Value } from './bind.js';
import { bind, Scalar } from './bind.js';
import { typedFrom } from './convert.js';

/**
 * Evaluates `jaxpr` with its constvars bound to `consts` and invars to `args`. Intermediate concrete
 * arrays are disposed; inputs are never touched.
 */
export function applyJaxpr(jaxpr: Jaxpr, consts: readonly Operand[], args: readonly Operand[]): Value[] {
  if (consts.length !== jaxpr.constvars.length || args.length !== jaxpr.invars.length) {
    throw new InternalError(`applyJaxpr: ${consts.length} consts and ${args.length} args for ${jaxpr.constvars.length} constvars and ${jaxpr.invars.length} invars`);
  }
  const env = new Map<number, Operand>();
  jaxpr.constvars.forEach((v, i) => env.set(v.id, consts[i]!));
  jaxpr.invars.forEach((v, i) => env.set(v.id, args[i]!));
  const created: Array[] = [];
  const read = (a: Atom): Operand => {
    if (a.kind === 'lit') return new Scalar(a.value, a.aval);
    const x = env.get(a.id);
    if (!x) throw new InternalError(`applyJaxpr: unbound variable ${a.id}`);
    return x;
  };
  for (const eqn of jaxpr.eqns) {
    const outs = bind(eqn.prim, eqn.inputs.map(read), eqn.params as never);
    eqn.outputs.forEach((o, i) => env.set(o.id, outs[i]!));
    for (const o of outs) if (o instanceof Array) created.push(o);
  }
  const results = jaxpr.outvars.map((a) => toValue(read(a)));
  const keep = new Set<unknown>(results);
  for (const x of created) if (!keep.has(x)) x.dispose();
  return results;
}

/** A literal output becomes a concrete rank-0 array. */
function toValue(x: Operand): Value {
  if (!(x instanceof Scalar)) return x;
  return new Array(typedFrom(x.aval.dtype, [x.value]), [], x.aval.dtype, !!x.aval.weak);
}
