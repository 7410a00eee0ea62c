// The canonical printer of jaxprs (the grammar is in core.ts). Imports only ./core, ./dtype, ./lexer,
// ./params-codec, ./primitives; never the parser.
//
// Canonical choices (golden files depend on them):
// - names a..z, ba, bb, ... (base 26, `a` the zero digit) by first appearance: constvars, invars, then
//   per eqn its outputs and then the binders of its sub-jaxprs; nested jaxprs continue the counter.
//   Names that would read as keywords or literals (`in`, `let`, `inf`, `nan`, `lambda`) are skipped.
// - `_` for an eqn output used nowhere (no eqn, no outvars, no nested jaxpr); `_` takes no name.
// - every param printed, sorted by key (params-codec.ts); typed literals `2.0:f32[]`.
// - layout: a jaxpr prints on one line when it holds no sub-jaxpr and the line (from the column where
//   it starts) is at most 80 characters, eqns joined by `; `. Otherwise one eqn per line, indented 4
//   deeper than the jaxpr's `{`, and `in (...) }` on its own line indented 2. An eqn whose one-line form
//   exceeds 100 characters, or that holds a sub-jaxpr, prints its params one per line, indented 2 deeper
//   than the eqn, with `]` back at the eqn's indent (JAX's dot_general layout). A sub-jaxpr param is laid
//   out by the same rules from the column where it starts.
import type { Atom, ClosedJaxpr, Eqn, Jaxpr, Literal, Var } from './core.js';
import { avalStr } from './dtype.js';
import { formatFloat32 } from './lexer.js';
import { paramCodecs, type PField, type PValue } from './params-codec.js';
import type { Params, Prim } from './primitives.js';

const ONE_LINE_JAXPR = 80;
const ONE_LINE_EQN = 100;
const SKIPPED_NAMES: ReadonlySet<string> = new Set(['in', 'let', 'inf', 'nan', 'lambda']);

/** Gives variables their printed names. Nested scopes see the names of their parents. */
export interface Namer {
  /** The name of a var, giving it the next free name in the current scope if it has none. */
  name(v: Var): string;
  /** Gives `v` the next free name in the current scope, even if an outer scope names it. */
  bind(v: Var): string;
  /** Runs `f` inside a nested scope. */
  scoped<T>(f: () => T): T;
}

/** The n-th name: a..z, ba..zz, baa..., i.e. base 26 with `a` as the zero digit. */
export function nameOf(n: number): string {
  const letter = String.fromCharCode(97 + (n % 26));
  return n < 26 ? letter : nameOf(Math.floor(n / 26)) + letter;
}

export function createNamer(): Namer {
  let counter = 0;
  const scopes: Map<number, string>[] = [new Map()];
  const fresh = (): string => {
    let s = nameOf(counter++);
    while (SKIPPED_NAMES.has(s)) s = nameOf(counter++);
    return s;
  };
  const bind = (v: Var): string => {
    const s = fresh();
    scopes[scopes.length - 1]!.set(v.id, s);
    return s;
  };
  return {
    bind,
    name: (v) => {
      for (let i = scopes.length - 1; i >= 0; i--) {
        const s = scopes[i]!.get(v.id);
        if (s !== undefined) return s;
      }
      return bind(v);
    },
    scoped: (f) => {
      scopes.push(new Map());
      try {
        return f();
      } finally {
        scopes.pop();
      }
    },
  };
}

// ---- atoms -------------------------------------------------------------------------------------

/** The value part of a literal: `2.0`, `-inf`, `3`, `True`. */
export function literalValueText(l: Literal): string {
  switch (l.aval.dtype) {
    case 'f32': return formatFloat32(l.value);
    case 'bool': return l.value ? 'True' : 'False';
    default: return String(l.value);
  }
}

/** An atom as it appears among an eqn's inputs: `b`, `2.0:f32[]`. */
export function printAtom(a: Atom, namer: Namer = createNamer()): string {
  return a.kind === 'lit' ? `${literalValueText(a)}:${avalStr(a.aval)}` : namer.name(a);
}

// ---- documents: names are given while building them, layout happens after --------------------

interface JaxprDoc {
  readonly header: string;
  readonly eqns: readonly EqnDoc[];
  readonly outs: string;
  readonly hasSub: boolean;
}

type ValueDoc = { readonly text: string } | { readonly jaxpr: JaxprDoc };

interface EqnDoc {
  readonly lhs: string;
  readonly prim: string;
  readonly params: readonly { readonly key: string; readonly value: ValueDoc }[];
  readonly args: string;
  readonly hasSub: boolean;
}

function usedVarIds(j: Jaxpr, into: Set<number> = new Set()): Set<number> {
  for (const e of j.eqns) {
    for (const a of e.inputs) if (a.kind === 'var') into.add(a.id);
    for (const f of eqnFields(e)) forEachJaxpr(f.value, (s) => usedVarIds(s, into));
  }
  for (const a of j.outvars) if (a.kind === 'var') into.add(a.id);
  return into;
}

function forEachJaxpr(v: PValue, f: (j: Jaxpr) => void): void {
  if (v.kind === 'jaxpr') f(v.jaxpr);
  else if (v.kind === 'tuple' || v.kind === 'list') v.items.forEach((x) => forEachJaxpr(x, f));
  else if (v.kind === 'record') v.fields.forEach((x) => forEachJaxpr(x.value, f));
}

/** The params of an eqn as fields; narrowing on `prim` types the params for its codec. */
export function eqnFields(e: Eqn): readonly PField[] {
  return encodeParams(e.prim, e.params);
}

function encodeParams<P extends Prim>(prim: P, params: Params[P]): readonly PField[] {
  return paramCodecs[prim].encode(params);
}

const binder = (name: string, v: Var): string => `${name}:${avalStr(v.aval)}`;

function jaxprDoc(j: Jaxpr, namer: Namer, used: ReadonlySet<number> | null): JaxprDoc {
  return namer.scoped(() => {
    const consts = j.constvars.map((v) => binder(namer.bind(v), v));
    const ins = j.invars.map((v) => binder(namer.bind(v), v));
    const eqns = j.eqns.map((e) => eqnDoc(e, namer, used));
    const outs = j.outvars.map((a) => printAtom(a, namer));
    return {
      header: `{ lambda ${consts.join(' ')}; ${ins.join(' ')}. let`,
      eqns,
      outs: tupleText(outs),
      hasSub: eqns.some((e) => e.hasSub),
    };
  });
}

function eqnDoc(e: Eqn, namer: Namer, used: ReadonlySet<number> | null): EqnDoc {
  const args = e.inputs.map((a) => printAtom(a, namer)).join(' ');
  const outs = e.outputs.map((v) => binder(used && !used.has(v.id) ? '_' : namer.bind(v), v));
  const params = eqnFields(e).map((f) => ({ key: f.key, value: valueDoc(f.value, namer, used) }));
  return { lhs: `${outs.join(' ')} =`, prim: e.prim, params, args, hasSub: params.some((p) => 'jaxpr' in p.value) };
}

function valueDoc(v: PValue, namer: Namer, used: ReadonlySet<number> | null): ValueDoc {
  if (v.kind === 'jaxpr') return { jaxpr: jaxprDoc(v.jaxpr, namer, used) };
  return { text: valueText(v, (j) => jaxprOneLine(jaxprDoc(j, namer, used))) };
}

const tupleText = (items: readonly string[]): string => (items.length === 1 ? `(${items[0]},)` : `(${items.join(', ')})`);

/** A param value on one line. Jaxprs nested in tuples or records (none of ours yet) print on one line. */
function valueText(v: PValue, jaxpr: (j: Jaxpr) => string): string {
  switch (v.kind) {
    case 'int': return String(v.value);
    case 'float': return formatFloat32(v.value);
    case 'ident': return v.text;
    case 'str': return JSON.stringify(v.text);
    case 'tuple': return tupleText(v.items.map((x) => valueText(x, jaxpr)));
    case 'list': return `[${v.items.map((x) => valueText(x, jaxpr)).join(', ')}]`;
    case 'record': return `${v.name}(${v.fields.map((f) => `${f.key}=${valueText(f.value, jaxpr)}`).join(', ')})`;
    case 'jaxpr': return jaxpr(v.jaxpr);
  }
}

// ---- layout ------------------------------------------------------------------------------------

function jaxprOneLine(d: JaxprDoc): string {
  return `${d.header} ${d.eqns.map(eqnOneLine).join('; ')} in ${d.outs} }`;
}

function eqnOneLine(e: EqnDoc): string {
  const params = e.params.map((p) => `${p.key}=${'text' in p.value ? p.value.text : jaxprOneLine(p.value.jaxpr)}`);
  return `${e.lhs} ${e.prim}${params.length ? `[${params.join(' ')}]` : ''}${e.args ? ` ${e.args}` : ''}`;
}

/** `indent`: the indentation of the line the jaxpr starts on; `col`: the column where its `{` is. */
function layoutJaxpr(d: JaxprDoc, indent: number, col: number): string {
  if (!d.hasSub) {
    const one = jaxprOneLine(d);
    if (col + one.length <= ONE_LINE_JAXPR) return one;
  }
  const pad = ' '.repeat(indent + 4);
  const eqns = d.eqns.map((e) => `\n${pad}${layoutEqn(e, indent + 4)}`).join('');
  return `${d.header}${eqns}\n${' '.repeat(indent + 2)}in ${d.outs} }`;
}

function layoutEqn(e: EqnDoc, indent: number): string {
  if (!e.hasSub) {
    const one = eqnOneLine(e);
    if (one.length <= ONE_LINE_EQN) return one;
  }
  const pad = ' '.repeat(indent + 2);
  const params = e.params.map((p) => {
    const head = `${p.key}=`;
    const value = 'text' in p.value ? p.value.text : layoutJaxpr(p.value.jaxpr, indent + 2, indent + 2 + head.length);
    return `\n${pad}${head}${value}`;
  });
  return `${e.lhs} ${e.prim}[${params.join('')}\n${' '.repeat(indent)}]${e.args ? ` ${e.args}` : ''}`;
}

// ---- entry points ------------------------------------------------------------------------------

/** The canonical text of a jaxpr. Deterministic: names by first appearance, no ids. */
export function printJaxpr(j: Jaxpr): string {
  return layoutJaxpr(jaxprDoc(j, createNamer(), usedVarIds(j)), 0, 0);
}

/** A closed jaxpr prints as its jaxpr: constvars before `;`, const values are not printed. */
export function printClosedJaxpr(cj: ClosedJaxpr): string {
  return printJaxpr(cj.jaxpr);
}

/**
 * One eqn, for messages: `c:f32[3] = add a b`. Inputs are named before outputs; pass one namer to
 * several calls to keep names consistent between them. Every output is named (no `_`).
 */
export function printEqn(e: Eqn, namer: Namer = createNamer()): string {
  for (const a of e.inputs) if (a.kind === 'var') namer.name(a);
  return layoutEqn(eqnDoc(e, namer, null), 0);
}
