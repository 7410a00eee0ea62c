// The jaxpr verifier: SSA, every use bound before use, scalar literals, abstract eval agreeing with every
// binder, recursing into jit sub-jaxprs. Imports only src/ir files; must not import the printer (it has a
// tiny eqn formatter of its own, for messages only) or any transform.
import { abstractEval } from './abstract-eval.js';
import type { Atom, ClosedJaxpr, Eqn, Jaxpr, Var } from './core.js';
import { DTYPES, avalEq, avalStr, size, type Aval } from './dtype.js';
import { InternalError, UserError } from './errors.js';

const avalW = (a: Aval): string => `${avalStr(a)}${a.weak ? '~w' : ''}`;
const litStr = (v: number, a: Aval): string => (a.dtype === 'f32' && Number.isInteger(v) ? v.toFixed(1) : String(v));
const atomStr = (a: Atom): string => (a.kind === 'var' ? `v${a.id}` : `${litStr(a.value, a.aval)}:${avalStr(a.aval)}`);

function paramStr(e: Eqn): string {
  if (e.prim === 'jit') return `[name=${e.params.name}]`;
  const entries = Object.entries(e.params ?? {}).sort(([a], [b]) => (a < b ? -1 : 1));
  if (entries.length === 0) return '';
  const s = entries.map(([k, v]) => `${k}=${JSON.stringify(v) ?? String(v)}`).join(' ');
  return `[${s.length > 300 ? `${s.slice(0, 300)}…` : s}]`;
}

/** `v12:f32[3] = sin v11`: an eqn as one line with var ids, for error messages only. */
export function formatEqn(e: Eqn): string {
  const outs = Array.isArray(e.outputs) ? e.outputs.map((v) => `v${v.id}:${avalW(v.aval)}`).join(' ') : '<no outputs>';
  const ins = Array.isArray(e.inputs) ? e.inputs.map(atomStr).join(' ') : '<no inputs>';
  return `${outs} = ${e.prim}${paramStr(e)}${ins ? ` ${ins}` : ''}`;
}

function checkAval(a: unknown, what: string, ctx: string | undefined): asserts a is Aval {
  const av = a as Partial<Aval> | null;
  const ok =
    typeof av === 'object' && av !== null && Array.isArray(av.shape) &&
    av.shape.every((d) => Number.isInteger(d) && d >= 0) && (DTYPES as readonly string[]).includes(av.dtype as string);
  if (!ok) throw new InternalError(`${what} has a malformed aval ${JSON.stringify(a)}`, ctx);
}

function checkLiteral(a: Atom & { kind: 'lit' }, what: string, ctx: string | undefined): void {
  checkAval(a.aval, what, ctx);
  if (a.aval.shape.length !== 0) throw new InternalError(`${what}: literal ${atomStr(a)} is not a scalar`, ctx);
  const v = a.value;
  const d = a.aval.dtype;
  const ok =
    typeof v === 'number' &&
    (d === 'f32' || (Number.isInteger(v) && (d !== 'bool' || v === 0 || v === 1) && (d !== 'u32' || v >= 0)));
  if (!ok) throw new InternalError(`${what}: literal value ${String(v)} does not fit ${avalStr(a.aval)}`, ctx);
}

/** The scope of one jaxpr: binders by id. */
class Scope {
  private readonly bound = new Map<number, Var>();
  constructor(
    private readonly where: string,
    readonly checkWeak: boolean,
  ) {}

  bind(v: Var, role: string, ctx?: string): void {
    if (typeof v !== 'object' || v === null || v.kind !== 'var') throw new InternalError(`${this.where}: ${role} is not a Var: ${JSON.stringify(v)}`, ctx);
    checkAval(v.aval, `${this.where}: ${role} v${v.id}`, ctx);
    if (this.bound.has(v.id)) throw new InternalError(`${this.where}: ${role} v${v.id} is bound twice (SSA violated)`, ctx);
    this.bound.set(v.id, v);
  }

  use(a: Atom, role: string, ctx?: string): void {
    if (typeof a !== 'object' || a === null) throw new InternalError(`${this.where}: ${role} is not an atom: ${String(a)}`, ctx);
    if (a.kind === 'lit') return checkLiteral(a, `${this.where}: ${role}`, ctx);
    const b = this.bound.get(a.id);
    if (b === undefined) throw new InternalError(`${this.where}: ${role} v${a.id} is used before it is bound`, ctx);
    if (!avalEq(b.aval, a.aval, this.checkWeak))
      throw new InternalError(`${this.where}: ${role} v${a.id} is used as ${avalW(a.aval)} but bound as ${avalW(b.aval)}`, ctx);
  }
}

function verifyEqn(e: Eqn, i: number, scope: Scope, where: string): void {
  const line = formatEqn(e);
  const ctx = `${where}, eqn ${i}: ${line}`;
  if (!Array.isArray(e.inputs) || !Array.isArray(e.outputs)) throw new InternalError(`${where}: eqn ${i} lacks inputs or outputs`, ctx);
  e.inputs.forEach((a, k) => scope.use(a, `eqn ${i} (${e.prim}) input ${k}`, ctx));
  if (e.prim === 'jit') verifyJaxpr(e.params.jaxpr, `${where} > jit[name=${e.params.name}] (eqn ${i})`, { checkWeak: scope.checkWeak });
  let want: Aval[];
  try {
    want = abstractEval(e.prim, e.inputs.map((a) => a.aval), e.params);
  } catch (err) {
    if (!(err instanceof UserError)) throw err;
    throw new InternalError(`${where}: eqn ${i} (${e.prim}) fails abstract eval: ${err.message}`, ctx);
  }
  if (want.length !== e.outputs.length)
    throw new InternalError(`${where}: eqn ${i} (${e.prim}) binds ${e.outputs.length} outputs but abstract eval gives ${want.length}`, ctx);
  e.outputs.forEach((v, k) => {
    scope.bind(v, `eqn ${i} (${e.prim}) output ${k}`, ctx);
    if (!avalEq(v.aval, want[k]!, scope.checkWeak))
      throw new InternalError(`${where}: eqn ${i} (${e.prim}) output ${k} is bound as ${avalW(v.aval)} but abstract eval gives ${avalW(want[k]!)}`, ctx);
  });
}

export interface VerifyOptions {
  /**
   * Compare weak flags too (default true). Off for jaxprs parsed from JAX's text, which does not print
   * weak types, so a `convert_element_type[weak_type=True]` binder cannot carry its flag.
   */
  readonly checkWeak?: boolean;
}

/**
 * Checks a jaxpr's invariants and throws an InternalError naming the first violation and showing the
 * offending eqn. `where` names the jaxpr in messages (e.g. the pass that produced it).
 */
export function verifyJaxpr(jaxpr: Jaxpr, where = 'jaxpr', opts: VerifyOptions = {}): void {
  if (typeof jaxpr !== 'object' || jaxpr === null || ![jaxpr.constvars, jaxpr.invars, jaxpr.eqns, jaxpr.outvars].every(Array.isArray))
    throw new InternalError(`${where}: not a Jaxpr (constvars, invars, eqns, outvars must be arrays)`);
  const scope = new Scope(where, opts.checkWeak ?? true);
  jaxpr.constvars.forEach((v, k) => scope.bind(v, `constvar ${k}`));
  jaxpr.invars.forEach((v, k) => scope.bind(v, `invar ${k}`));
  jaxpr.eqns.forEach((e, i) => verifyEqn(e, i, scope, where));
  jaxpr.outvars.forEach((a, k) => scope.use(a, `outvar ${k}`, `${where}: outvars (${jaxpr.outvars.map(atomStr).join(', ')})`));
}

/** verifyJaxpr, and the consts match the constvars' avals (shape, dtype, data length). */
export function verifyClosedJaxpr(cj: ClosedJaxpr, where = 'closed jaxpr', opts: VerifyOptions = {}): void {
  const { jaxpr, consts } = cj;
  verifyJaxpr(jaxpr, where, opts);
  if (consts.length !== jaxpr.constvars.length)
    throw new InternalError(`${where}: ${consts.length} consts for ${jaxpr.constvars.length} constvars`);
  consts.forEach((c, k) => {
    const v = jaxpr.constvars[k]!;
    const got = `${c.dtype}[${c.shape.join(',')}]`;
    if (!avalEq({ shape: c.shape, dtype: c.dtype }, v.aval))
      throw new InternalError(`${where}: const ${k} is ${got} but constvar v${v.id} is ${avalStr(v.aval)}`);
    if (c.dtype !== 'float0' && c.data.length !== size(c.shape))
      throw new InternalError(`${where}: const ${k} (${got}) holds ${c.data.length} elements, expected ${size(c.shape)}`);
  });
}
