// vmapJaxpr: batching as a Jaxpr → Jaxpr rewrite. Imports only src/ir.
import type { Atom, Eqn, Jaxpr } from '../core.js';
import { newVar } from '../core.js';
import { Emitter } from '../emitter.js';
import { InternalError, UserError } from '../errors.js';
import type { BDim, VmapRule } from './vmap-rules-types.js';
import { batchedAval, moveBdim } from './vmap-util.js';
import { vmapRules } from './vmap-rules.js';

export { batchedAval, moveBdim } from './vmap-util.js';

/**
 * Batches `jaxpr`: input i gets a batch dim at `inDims[i]` (null: unbatched), constvars are unbatched,
 * and output j is returned with its batch dim at `outDims[j]` (an unbatched output is broadcast; null
 * keeps an unbatched output as is). Returns the jaxpr and, per output, whether it was batched.
 */
export function vmapJaxpr(jaxpr: Jaxpr, inDims: readonly BDim[], axisSize: number, outDims: readonly BDim[]): { jaxpr: Jaxpr; outBatched: boolean[] } {
  const b = new Emitter();
  const env = new Map<number, { atom: Atom; dim: BDim }>();
  for (const v of jaxpr.constvars) env.set(v.id, { atom: v, dim: null });
  const invars = jaxpr.invars.map((v, i) => {
    const d = inDims[i] ?? null;
    const nv = d === null ? v : newVar(batchedAval(v.aval, d, axisSize));
    env.set(v.id, { atom: nv, dim: d });
    return nv;
  });
  const read = (a: Atom) => (a.kind === 'lit' ? { atom: a, dim: null } : env.get(a.id) ?? { atom: a, dim: null });
  for (const eqn of jaxpr.eqns) {
    const ins = eqn.inputs.map(read);
    const res = ins.every((x) => x.dim === null)
      ? { outs: b.bind(eqn.prim, ins.map((x) => x.atom), eqn.params as never), dims: eqn.outputs.map(() => null) }
      : applyRule(b, eqn, ins.map((x) => x.atom), ins.map((x) => x.dim), axisSize);
    if (res.outs.length !== eqn.outputs.length) throw new InternalError(`vmap rule of ${eqn.prim} returned ${res.outs.length} outputs for ${eqn.outputs.length}`);
    eqn.outputs.forEach((o, i) => env.set(o.id, { atom: res.outs[i]!, dim: res.dims[i] ?? null }));
  }
  const outs = jaxpr.outvars.map(read);
  const outBatched = outs.map((o) => o.dim !== null);
  const outAtoms = outs.map((o, i) => {
    const to = outDims[i] ?? null;
    if (to === null) {
      if (o.dim !== null) throw new UserError('vmap/out-axes-none', 'vmap', `outAxes is null for output ${i}, but that output is batched`, `a batched ${o.atom.aval.dtype}[${o.atom.aval.shape.join(',')}]`, 'an integer out axis for a batched output', 'null is allowed only for outputs that do not depend on the mapped inputs');
      return o.atom;
    }
    return moveBdim(b, o.atom, o.dim, to, axisSize);
  });
  return { jaxpr: b.builder.build(jaxpr.constvars, invars, outAtoms), outBatched };
}

function applyRule(b: Emitter, eqn: Eqn, args: readonly Atom[], dims: readonly BDim[], size: number): { outs: Atom[]; dims: BDim[] } {
  // Indexed by the eqn's own primitive: the params type matches (TS cannot see the correlation).
  const rule = vmapRules[eqn.prim] as VmapRule<typeof eqn.prim>;
  return rule(b, args, dims, eqn.params as never, size);
}
