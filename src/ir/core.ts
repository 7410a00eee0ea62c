// The jaxpr IR: plain, deeply readonly data. Imports only ./dtype and ./primitives (types).
//
// Grammar of the text form (printer.ts writes it, parser.ts reads it):
//   jaxpr   ::= "{ lambda " binder* " ; " binder* " . let " eqn* " in (" atoms ") }"
//   binder  ::= name ":" dtype "[" dims "]"
//   eqn     ::= binder+ " = " prim ("[" key "=" value ... "]")? atom*
//   atom    ::= name | literal        literal ::= number ":" dtype "[]"
import type { Aval } from './dtype.js';
import type { Params, Prim } from './primitives.js';

export interface Var {
  readonly kind: 'var';
  /** Unique within a process; printing renames by first appearance, so ids never reach text. */
  readonly id: number;
  readonly aval: Aval;
}

/** A scalar constant inlined in an equation. `value` is a JS number (0/1 for bool). */
export interface Literal {
  readonly kind: 'lit';
  readonly value: number;
  readonly aval: Aval;
}

export type Atom = Var | Literal;

export type EqnOf<P extends Prim> = {
  readonly prim: P;
  readonly params: Params[P];
  readonly inputs: readonly Atom[];
  readonly outputs: readonly Var[];
};

/** An equation. Narrowing on `eqn.prim` types `eqn.params`. */
export type Eqn = { [P in Prim]: EqnOf<P> }[Prim];

export interface Jaxpr {
  readonly constvars: readonly Var[];
  readonly invars: readonly Var[];
  readonly eqns: readonly Eqn[];
  readonly outvars: readonly Atom[];
}

export type TypedArray = Float32Array | Float64Array | Int32Array | Uint32Array | Uint8Array;

/** A concrete array on the host: what consts hold and what evaluation rules compute on. */
export interface Tensor {
  readonly shape: readonly number[];
  readonly dtype: Aval['dtype'];
  readonly data: TypedArray;
}

export interface ClosedJaxpr {
  readonly jaxpr: Jaxpr;
  readonly consts: readonly Tensor[];
}

let nextId = 1;
export function newVar(aval: Aval): Var {
  return { kind: 'var', id: nextId++, aval };
}

export function lit(value: number, aval: Aval): Literal {
  return { kind: 'lit', value, aval };
}

export const isVar = (a: Atom): a is Var => a.kind === 'var';
