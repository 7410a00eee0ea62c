// Traces and tracers: recording ops into a jaxpr. Imports only src/ir.
// There is no global interpreter stack: a Trace is an object that owns a builder; an op finds the trace
// of its operands (the innermost one) and records into it. Values from an enclosing trace are lifted into
// explicit inputs ("closure conversion"), concrete arrays become constvars, JS numbers literals.
import type { Atom, Jaxpr, Tensor, Var } from '../ir/core.js';
import { lit, newVar } from '../ir/core.js';
import type { Aval } from '../ir/dtype.js';
import { avalStr } from '../ir/dtype.js';
import { JaxprBuilder } from '../ir/builder.js';
import { InternalError, UserError } from '../ir/errors.js';
import type { Params, Prim } from '../ir/primitives.js';

/**
 * The traces whose functions are running, innermost last. Only ops with no tracer operands consult it
 * (omnistaging, as JAX: inside a traced function every op is staged, `iota` and ops on closed-over
 * concrete arrays included); ops with tracer operands record into the innermost trace among them.
 */
const active: Trace[] = [];

export class Trace {
  readonly builder = new JaxprBuilder();
  readonly level: number;
  /** Set false when the traced function has returned: its tracers must not be used again. */
  active = true;
  private readonly constVars = new Map<object, Var>();
  readonly constValues: Tensor[] = [];
  private readonly liftedVars = new Map<Tracer, Var>();
  /** Tracers of enclosing traces used here, in order of first use; each became an explicit input. */
  readonly lifted: Tracer[] = [];

  constructor(readonly name: string) {
    this.level = active.length + 1;
    active.push(this);
  }

  /** Ends the trace; its tracers are dead from now on. */
  finish(): void {
    this.active = false;
    const i = active.lastIndexOf(this);
    if (i >= 0) active.splice(i, 1);
  }

  /** The atom standing for a tracer here: its own var, or an input lifted from an enclosing trace. */
  atomOf(t: Tracer): Atom {
    t.assertAlive();
    if (t.trace === this) return t.atom;
    if (t.trace.level > this.level) {
      throw new InternalError(`tracer of inner trace '${t.trace.name}' used in outer trace '${this.name}'`);
    }
    let v = this.liftedVars.get(t);
    if (!v) {
      v = newVar(t.aval);
      this.liftedVars.set(t, v);
      this.lifted.push(t);
    }
    return v;
  }

  /** The constvar of a concrete value, one per distinct object. */
  constOf(key: object, value: Tensor, aval: Aval): Var {
    let v = this.constVars.get(key);
    if (!v) {
      v = newVar(aval);
      this.constVars.set(key, v);
      this.constValues.push(value);
    }
    return v;
  }

  literal(value: number, aval: Aval): Atom {
    return lit(value, aval);
  }

  bind<P extends Prim>(prim: P, inputs: readonly Atom[], params: Params[P]): Tracer[] {
    return this.builder.bind(prim, inputs, params).map((v) => new Tracer(this, v));
  }

  /**
   * The finished jaxpr. Concrete consts are constvars; lifted tracers become explicit leading invars
   * (in the order of `lifted`), before the traced function's own inputs.
   */
  build(invars: readonly Var[], outvars: readonly Atom[]): { jaxpr: Jaxpr; consts: Tensor[]; constKeys: object[]; lifted: Tracer[] } {
    const liftedVars = this.lifted.map((t) => this.liftedVars.get(t)!);
    const jaxpr = this.builder.build([...this.constVars.values()], [...liftedVars, ...invars], outvars);
    return { jaxpr, consts: [...this.constValues], constKeys: [...this.constVars.keys()], lifted: [...this.lifted] };
  }
}

/**
 * An abstract array inside a trace. It has a shape and dtype but no value; the numpy-style methods are
 * added by src/api (see api/methods.ts).
 */
export class Tracer {
  constructor(readonly trace: Trace, readonly atom: Atom) {}

  get aval(): Aval { return this.atom.aval; }
  get shape(): number[] { return [...this.atom.aval.shape]; }
  get ndim(): number { return this.atom.aval.shape.length; }
  get size(): number { return this.atom.aval.shape.reduce((a, b) => a * b, 1); }

  assertAlive(): void {
    if (!this.trace.active) {
      throw new UserError(
        'trace/escaped-tracer',
        'kernax',
        'a tracer escaped its trace',
        `a tracer of ${avalStr(this.aval)} from the finished trace of ${this.trace.name}`,
        'only values created inside the function being traced',
        'Return it from the traced function instead of storing it outside',
      );
    }
  }

  [Symbol.toPrimitive](): never {
    throw new UserError(
      'trace/concretization',
      'kernax',
      'a traced array has no value, so it cannot be used as a JS number, string or condition',
      `a tracer of ${avalStr(this.aval)}`,
      'a concrete value',
      'Use np.where(cond, x, y) for data-dependent choices instead of `?:`, `if` or comparisons like `x > 0`',
    );
  }

  toString(): string {
    return `Traced<${avalStr(this.aval)}>`;
  }
}

export const isTracer = (x: unknown): x is Tracer => x instanceof Tracer;

/**
 * The trace an op on these values records into: the innermost live trace among its tracer operands,
 * else the innermost running trace (omnistaging), else null (the op runs eagerly).
 */
export function innermostTrace(values: readonly unknown[]): Trace | null {
  let best: Trace | null = active[active.length - 1] ?? null;
  for (const v of values) {
    if (v instanceof Tracer) {
      v.assertAlive();
      if (!best || v.trace.level > best.level) best = v.trace;
    }
  }
  return best;
}
