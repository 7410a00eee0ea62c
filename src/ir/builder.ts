// JaxprBuilder: the one mutable object of the IR, used by tracing and by every transform. Imports only src/ir.
import type { Atom, Eqn, Jaxpr, Var } from './core.js';
import { newVar } from './core.js';
import type { Params, Prim } from './primitives.js';
import { abstractEval } from './abstract-eval.js';

/** Collects equations; `bind` runs abstract evaluation so every binder's aval is right by construction. */
export class JaxprBuilder {
  private readonly eqns: Eqn[] = [];

  bind<P extends Prim>(prim: P, inputs: readonly Atom[], params: Params[P]): Var[] {
    const outAvals = abstractEval(prim, inputs.map((a) => a.aval), params);
    const outputs = outAvals.map(newVar);
    this.eqns.push({ prim, params, inputs: [...inputs], outputs } as Eqn);
    // A copy: callers may reshape their list (pop a permutation, say) without editing the equation.
    return [...outputs];
  }

  /** Appends an equation whose binders already exist (used when copying eqns unchanged). */
  push(eqn: Eqn): void {
    this.eqns.push(eqn);
  }

  get length(): number {
    return this.eqns.length;
  }

  build(constvars: readonly Var[], invars: readonly Var[], outvars: readonly Atom[]): Jaxpr {
    return { constvars: [...constvars], invars: [...invars], eqns: [...this.eqns], outvars: [...outvars] };
  }
}
