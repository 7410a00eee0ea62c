// The parser of the jaxpr text format (grammar in core.ts): text → Jaxpr with fresh Vars.
// Imports only ./core, ./dtype, ./lexer, ./params-codec, ./primitives; never the printer.
//
// - Whitespace-insensitive: accepts every layout the printer writes (one line with `; ` between eqns,
//   or one eqn per line; params on one line or one per line); `;` between eqns is optional.
// - Text has no const values: `parseJaxpr` returns a Jaxpr whose constvars are the binders before `;`.
// - Scoping mirrors the printer: a nested jaxpr is a scope of its own that may read names of the
//   enclosing scopes but may not rebind (shadow) them; an eqn's outputs are bound after its inputs
//   are read, and `_` binds a fresh var that no name can refer to.
// - No type checking (src/ir/verify.ts does that); an eqn's output vars carry their printed avals.
import { newVar, type Atom, type Eqn, type EqnOf, type Jaxpr, type Literal, type Var } from './core.js';
import { aval, type DType } from './dtype.js';
import { ParseError, showToken, tokenize, type Pos, type Token } from './lexer.js';
import { AVAL_DTYPES, paramCodecs, type Fail, type PField, type PValue } from './params-codec.js';
import { PRIMS, type Params, type Prim } from './primitives.js';

export { ParseError } from './lexer.js';

const KEYWORDS: ReadonlySet<string> = new Set(['lambda', 'let', 'in', 'inf', 'nan', 'True', 'False', 'None']);
const VAR_NAME = /^[a-z]+$/;
const LITERAL_NAMES: ReadonlySet<string> = new Set(['True', 'False', 'inf', 'nan']);
const isPrim = (s: string): s is Prim => (PRIMS as readonly string[]).includes(s);

type Scope = Map<string, Var | 'pending'>;

interface State {
  readonly src: string;
  readonly toks: readonly Token[];
  i: number;
  readonly scopes: Scope[];
}

/** Parses the text of one jaxpr. Malformed text throws ParseError (code 'parse/syntax'). */
export function parseJaxpr(text: string): Jaxpr {
  const st: State = { src: text, toks: tokenize(text), i: 0, scopes: [] };
  const j = jaxpr(st);
  expect(st, 'eof', undefined, 'end of input after the jaxpr');
  return j;
}

// ---- tokens ------------------------------------------------------------------------------------

const peek = (st: State, k = 0): Token => st.toks[Math.min(st.i + k, st.toks.length - 1)]!;
const next = (st: State): Token => { const t = peek(st); if (t.kind !== 'eof') st.i++; return t; };
const isPunct = (t: Token, p: string): boolean => t.kind === 'punct' && t.text === p;
const isName = (t: Token, n: string): boolean => t.kind === 'name' && t.text === n;

function fail(st: State, pos: Pos, what: string, got: string, expected: string): never {
  throw new ParseError(st.src, pos, what, got, expected);
}

function unexpected(st: State, t: Token, expected: string): never {
  return fail(st, t.pos, 'unexpected token', showToken(t), expected);
}

/** Consumes a token of `kind` (and `text`, if given), or throws. */
function expect(st: State, kind: Token['kind'], text: string | undefined, expected: string): Token {
  const t = peek(st);
  if (t.kind !== kind || (text !== undefined && t.text !== text)) unexpected(st, t, expected);
  return next(st);
}

const punct = (st: State, p: string, expected = `'${p}'`): Token => expect(st, 'punct', p, expected);

// ---- jaxprs ------------------------------------------------------------------------------------

function jaxpr(st: State): Jaxpr {
  punct(st, '{', "'{' starting a jaxpr");
  expect(st, 'name', 'lambda', "'lambda'");
  st.scopes.push(new Map());
  try {
    const constvars = binders(st, ';', "a binder or ';' after the constvars");
    const invars = binders(st, '.', "a binder or '.' after the invars");
    expect(st, 'name', 'let', "'let'");
    const eqns: Eqn[] = [];
    while (!isName(peek(st), 'in')) {
      if (isPunct(peek(st), ';') && eqns.length) next(st);
      eqns.push(eqn(st));
    }
    next(st);
    const outvars = atomList(st);
    punct(st, '}', "'}' closing the jaxpr");
    return { constvars, invars, eqns, outvars };
  } finally {
    st.scopes.pop();
  }
}

function binders(st: State, end: string, expected: string): Var[] {
  const out: Var[] = [];
  while (!isPunct(peek(st), end)) {
    if (peek(st).kind !== 'name') unexpected(st, peek(st), expected);
    const { name, v, pos } = binder(st);
    if (name === '_') fail(st, pos, 'a jaxpr binder cannot be _', "'_'", 'a name');
    bind(st, name, v, pos);
    out.push(v);
  }
  next(st);
  return out;
}

function binder(st: State): { name: string; v: Var; pos: Pos } {
  const nameTok = next(st);
  if (nameTok.text !== '_' && (!VAR_NAME.test(nameTok.text) || KEYWORDS.has(nameTok.text))) {
    fail(st, nameTok.pos, 'bad variable name', showToken(nameTok), 'lowercase letters (not a keyword) or _');
  }
  punct(st, ':', `':' after the name ${nameTok.text}`);
  return { name: nameTok.text, v: newVar(avalAfterColon(st)), pos: nameTok.pos };
}

function avalAfterColon(st: State): ReturnType<typeof aval> {
  const d = expect(st, 'name', undefined, 'a dtype (f32, i32, u32, bool, float0)');
  if (!AVAL_DTYPES.has(d.text)) fail(st, d.pos, 'unknown dtype', showToken(d), 'f32, i32, u32, bool or float0');
  punct(st, '[', "'[' starting a shape");
  const shape: number[] = [];
  while (!isPunct(peek(st), ']')) {
    if (shape.length) punct(st, ',', "',' or ']' in a shape");
    const t = expect(st, 'int', undefined, 'a dimension (an int ≥ 0)');
    const n = Number(t.text);
    if (!Number.isSafeInteger(n) || n < 0 || t.text.startsWith('-')) fail(st, t.pos, 'bad dimension', showToken(t), 'an int ≥ 0');
    shape.push(n);
  }
  next(st);
  return aval(shape, d.text as DType);
}

function lookupScope(st: State, name: string): Var | 'pending' | undefined {
  for (let i = st.scopes.length - 1; i >= 0; i--) {
    const v = st.scopes[i]!.get(name);
    if (v !== undefined) return v;
  }
  return undefined;
}

function bind(st: State, name: string, v: Var | 'pending', pos: Pos): void {
  const prior = lookupScope(st, name);
  if (prior !== undefined && !(prior === 'pending' && v !== 'pending')) {
    fail(st, pos, 'name bound twice', `'${name}'`, 'a name not bound before in this jaxpr or an enclosing one');
  }
  const scope = st.scopes[st.scopes.length - 1]!;
  if (prior === 'pending') scope.delete(name);
  scope.set(name, v);
}

// ---- eqns --------------------------------------------------------------------------------------

function eqn(st: State): Eqn {
  const outs: { name: string; v: Var; pos: Pos }[] = [];
  while (!isPunct(peek(st), '=')) {
    if (peek(st).kind !== 'name') unexpected(st, peek(st), "an output binder or '='");
    const b = binder(st);
    if (b.name !== '_') bind(st, b.name, 'pending', b.pos);
    outs.push(b);
  }
  next(st);
  const primTok = expect(st, 'name', undefined, 'a primitive name');
  if (!isPrim(primTok.text)) fail(st, primTok.pos, 'unknown primitive', showToken(primTok), 'a primitive of src/ir/primitives.ts');
  const fields = isPunct(peek(st), '[') ? paramFields(st) : [];
  const inputs = eqnInputs(st);
  for (const b of outs) if (b.name !== '_') bind(st, b.name, b.v, b.pos);
  return makeEqn(st, primTok.text, fields, primTok.pos, inputs, outs.map((b) => b.v));
}

function makeEqn<P extends Prim>(st: State, prim: P, fields: readonly PField[], at: Pos, inputs: Atom[], outputs: Var[]): Eqn {
  const onFail: Fail = (pos, what, got, expected) => fail(st, pos ?? at, what, got, expected);
  const params: Params[P] = paramCodecs[prim].decode(fields, at, onFail);
  const e: EqnOf<P> = { prim, params, inputs, outputs };
  // EqnOf<P> for one P is a member of the Eqn union; tsc cannot see it through the generic P.
  return e as Eqn;
}

/** Atoms up to the end of the eqn: `;`, the next eqn's binder (`name:`), or `in`. */
function eqnInputs(st: State): Atom[] {
  const out: Atom[] = [];
  for (;;) {
    const t = peek(st);
    const colonNext = isPunct(peek(st, 1), ':');
    if (t.kind === 'int' || t.kind === 'float' || (t.kind === 'name' && LITERAL_NAMES.has(t.text) && colonNext)) {
      out.push(literal(st));
    } else if (t.kind === 'name' && !colonNext && !isName(t, 'in')) {
      out.push(useVar(st));
    } else {
      return out;
    }
  }
}

function atomList(st: State): Atom[] {
  punct(st, '(', "'(' starting the outputs");
  const out: Atom[] = [];
  while (!isPunct(peek(st), ')')) {
    if (out.length) punct(st, ',', "',' or ')' in the outputs");
    if (isPunct(peek(st), ')')) break;
    const t = peek(st);
    if (t.kind === 'int' || t.kind === 'float' || LITERAL_NAMES.has(t.text)) out.push(literal(st));
    else if (t.kind === 'name') out.push(useVar(st));
    else unexpected(st, t, 'a variable or a literal');
  }
  next(st);
  return out;
}

function useVar(st: State): Var {
  const t = next(st);
  const v = lookupScope(st, t.text);
  if (v === undefined || v === 'pending') {
    const what = v === 'pending' ? 'variable used by the eqn that binds it' : 'unbound variable';
    fail(st, t.pos, what, showToken(t), 'a variable bound earlier');
  }
  return v;
}

const I32 = [-(2 ** 31), 2 ** 31 - 1] as const;
const U32 = [0, 2 ** 32 - 1] as const;

function literal(st: State): Literal {
  const t = next(st);
  punct(st, ':', "':' and a dtype after a literal");
  const a = avalAfterColon(st);
  if (a.shape.length) fail(st, t.pos, 'non-scalar literal', `${t.text}:${a.dtype}[${a.shape.join(',')}]`, 'a scalar type such as f32[]');
  return { kind: 'lit', value: literalValue(st, t, a.dtype), aval: a };
}

function literalValue(st: State, t: Token, d: DType): number {
  const wrong = (expected: string): never => fail(st, t.pos, `bad ${d} literal`, showToken(t), expected);
  if (d === 'f32') {
    if (t.kind === 'name' && (t.text === 'inf' || t.text === 'nan')) return t.text === 'inf' ? Infinity : NaN;
    if (t.text === '-inf') return -Infinity;
    return t.kind === 'int' || t.kind === 'float' ? Math.fround(Number(t.text)) : wrong('a number, inf or nan');
  }
  if (d === 'bool') return t.text === 'True' ? 1 : t.text === 'False' ? 0 : wrong('True or False');
  const [lo, hi] = d === 'u32' ? U32 : d === 'i32' ? I32 : [0, 0];
  const n = t.kind === 'int' ? Number(t.text) : NaN;
  return Number.isInteger(n) && n >= lo && n <= hi ? n + 0 : wrong(`an int in ${lo}..${hi}`);
}

// ---- param values ------------------------------------------------------------------------------

function paramFields(st: State): PField[] {
  punct(st, '[');
  const out: PField[] = [];
  while (!isPunct(peek(st), ']')) {
    const k = expect(st, 'name', undefined, "a param name or ']'");
    punct(st, '=', `'=' after the param name ${k.text}`);
    out.push({ key: k.text, value: value(st), pos: k.pos });
  }
  next(st);
  return out;
}

function value(st: State): PValue {
  const t = peek(st);
  const pos = t.pos;
  if (isPunct(t, '{')) return { kind: 'jaxpr', jaxpr: jaxpr(st), pos };
  if (isPunct(t, '(')) return { kind: 'tuple', items: items(st, ')'), pos };
  if (isPunct(t, '[')) return { kind: 'list', items: items(st, ']'), pos };
  next(st);
  if (t.kind === 'int') return { kind: 'int', value: Number(t.text) + 0, pos };
  if (t.kind === 'float') return { kind: 'float', value: t.text === '-inf' ? -Infinity : Number(t.text), pos };
  if (t.kind === 'str') return { kind: 'str', text: t.text, pos };
  if (t.kind !== 'name') return unexpected(st, t, 'a param value');
  if (t.text === 'inf' || t.text === 'nan') return { kind: 'float', value: t.text === 'inf' ? Infinity : NaN, pos };
  if (!isPunct(peek(st), '(')) return { kind: 'ident', text: t.text, pos };
  next(st);
  const fields: PField[] = [];
  while (!isPunct(peek(st), ')')) {
    if (fields.length) punct(st, ',', "',' or ')' in a record");
    const k = expect(st, 'name', undefined, 'a field name');
    punct(st, '=', `'=' after the field name ${k.text}`);
    fields.push({ key: k.text, value: value(st), pos: k.pos });
  }
  next(st);
  return { kind: 'record', name: t.text, fields, pos };
}

/** Comma-separated values up to `close`; a trailing comma is allowed (`(0,)`). */
function items(st: State, close: string): PValue[] {
  next(st);
  const out: PValue[] = [];
  while (!isPunct(peek(st), close)) {
    if (out.length) {
      punct(st, ',', `',' or '${close}'`);
      if (isPunct(peek(st), close)) break;
    }
    out.push(value(st));
  }
  next(st);
  return out;
}
