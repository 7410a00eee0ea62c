// Interning constructors of Kernel IR expressions (kir.ts): each structurally distinct node is built once
// per interner, so equal nodes are `===` and share an id. Also the integer index helpers with local
// folding and a bottom-up rebuild (`mapExpr`) used by the simplifier. Imports only src/ir and kir.ts.
//
// Usage (engineer B): `const K = createInterner(); const x = K.load(0, K.iadd(K.imul(K.index('i0'), 1024), K.index('r0')), 'f32');`
// then build the Kernel and pass it through `simplifyKernel` (kir-simplify.ts) before printing/emitting:
// that folds index math and coalesces contiguous loops (an elementwise kernel over contiguous arrays
// becomes ONE flat loop). Ids are unique across ALL interners (a global counter), so nodes of two
// interners never collide; they are only not `===` to each other.
import { InternalError } from '../ir/errors.js';
import type { BinaryFn, Expr, KType, Loop, UnaryFn } from './kir.js';

const COMPARISONS: ReadonlySet<BinaryFn> = new Set<BinaryFn>(['eq', 'ne', 'lt', 'le', 'gt', 'ge']);

/** True for the comparison functions, whose result type is bool. */
export const isComparison = (fn: BinaryFn): boolean => COMPARISONS.has(fn);

let nextId = 1;

/** A constant's value normalised to its type (f32 rounded, ints wrapped, bool 0/1). */
export function normConst(value: number, type: KType): number {
  switch (type) {
    case 'f32': return Math.fround(value);
    case 'i32': return value | 0;
    case 'u32': return value >>> 0;
    case 'bool': return value !== 0 && !Number.isNaN(value) ? 1 : 0;
  }
}

const numKey = (v: number): string => (Object.is(v, -0) ? '-0' : String(v));

export interface KirBuilder {
  /** A constant of `type` (the value is normalised to the type). */
  c(value: number, type: KType): Expr;
  /** The i32 value of loop `loop` (a name or a Loop). */
  index(loop: string | Loop): Expr;
  /** Element `index` (flat, row-major) of kernel input `input`. */
  load(input: number, index: Expr, type: KType): Expr;
  unary(fn: UnaryFn, x: Expr): Expr;
  /** Operands must have the same type; comparisons give bool, everything else x.type. */
  binary(fn: BinaryFn, x: Expr, y: Expr): Expr;
  /** cond (bool) ? t : f; t and f must have the same type. */
  select(cond: Expr, t: Expr, f: Expr): Expr;
  /** convert_element_type semantics (float → int truncates and saturates, NaN → 0; → bool is x != 0). */
  cast(x: Expr, type: KType): Expr;
  /** 32-bit reinterpretation between f32, i32 and u32. */
  bitcast(x: Expr, type: KType): Expr;
  /** The result of the reduce statement with id `stmt`. */
  acc(stmt: number, type: KType): Expr;
  /** i32 index helpers with local folding (constants, x+0, x*1, x*0, x/1, x%1); numbers become i32 constants. */
  iadd(a: Expr | number, b: Expr | number): Expr;
  isub(a: Expr | number, b: Expr | number): Expr;
  imul(a: Expr | number, b: Expr | number): Expr;
  /** Truncating division; only for divisors known nonzero (index math). */
  idiv(a: Expr | number, b: Expr | number): Expr;
  imod(a: Expr | number, b: Expr | number): Expr;
  imin(a: Expr | number, b: Expr | number): Expr;
  imax(a: Expr | number, b: Expr | number): Expr;
  /** Σ terms (i32), folded left to right. */
  isum(terms: readonly (Expr | number)[]): Expr;
  /** Number of distinct nodes interned so far. */
  readonly size: number;
}

const constOf = (e: Expr): number | undefined => (e.op === 'const' ? e.value : undefined);

/** The i32 folds of the index helpers: constant folding, then identities (undefined: none applies). */
type IntFold = (a: number, b: number) => number;
type IntIdent = (K: Interner, a: Expr, b: Expr) => Expr | undefined;

const FOLD_ADD: IntFold = (a, b) => a + b;
const FOLD_SUB: IntFold = (a, b) => a - b;
const FOLD_DIV: IntFold = (a, b) => (b === 0 ? -1 : (a / b) | 0);
const FOLD_REM: IntFold = (a, b) => (b === 0 ? a : a % b);
const IDENT_ADD: IntIdent = (_K, a, b) => (constOf(b) === 0 ? a : constOf(a) === 0 ? b : undefined);
const IDENT_SUB: IntIdent = (K, a, b) => (constOf(b) === 0 ? a : a === b ? K.c(0, 'i32') : undefined);
const IDENT_MUL: IntIdent = (K, a, b) => {
  if (constOf(a) === 0 || constOf(b) === 0) return K.c(0, 'i32');
  return constOf(b) === 1 ? a : constOf(a) === 1 ? b : undefined;
};
const IDENT_DIV: IntIdent = (_K, a, b) => (constOf(b) === 1 ? a : undefined);
const IDENT_REM: IntIdent = (K, _a, b) => (constOf(b) === 1 ? K.c(0, 'i32') : undefined);
const IDENT_MINMAX: IntIdent = (_K, a, b) => (a === b ? a : undefined);

/**
 * The interner behind createInterner. A class with prototype methods rather than a bundle of closures:
 * compilation creates hundreds of short-lived interners (one per kernel simplification, more in
 * codegen), and a fresh interner is then one object and one Map instead of ~25 closures.
 */
class Interner implements KirBuilder {
  private readonly table = new Map<string, Expr>();

  private add<E extends Expr>(key: string, e: E): E {
    this.table.set(key, e);
    return e;
  }

  get size(): number { return this.table.size; }

  c(value: number, type: KType): Expr {
    const v = normConst(value, type);
    const key = `c|${type}|${numKey(v)}`;
    return this.table.get(key) ?? this.add(key, { op: 'const', id: nextId++, type, value: v });
  }

  private asI(x: Expr | number): Expr {
    return typeof x === 'number' ? this.c(x, 'i32') : x;
  }

  index(loop: string | Loop): Expr {
    const name = typeof loop === 'string' ? loop : loop.name;
    const key = `i|${name}`;
    return this.table.get(key) ?? this.add(key, { op: 'index', id: nextId++, type: 'i32', loop: name });
  }

  load(input: number, index: Expr, type: KType): Expr {
    if (index.type !== 'i32') throw new InternalError(`kir load: index must be i32, got ${index.type}`);
    const key = `l|${type}|${input}|${index.id}`;
    return this.table.get(key) ?? this.add(key, { op: 'load', id: nextId++, type, input, index });
  }

  unary(fn: UnaryFn, x: Expr): Expr {
    const type: KType = fn === 'is_finite' ? 'bool' : x.type;
    const key = `u|${fn}|${x.id}`;
    return this.table.get(key) ?? this.add(key, { op: 'unary', id: nextId++, type, fn, x });
  }

  binary(fn: BinaryFn, x: Expr, y: Expr): Expr {
    if (x.type !== y.type) throw new InternalError(`kir binary ${fn}: operand types ${x.type} and ${y.type} differ`);
    const type: KType = COMPARISONS.has(fn) ? 'bool' : x.type;
    const key = `b|${fn}|${x.id}|${y.id}`;
    return this.table.get(key) ?? this.add(key, { op: 'binary', id: nextId++, type, fn, x, y });
  }

  select(cond: Expr, t: Expr, f: Expr): Expr {
    if (t.type !== f.type) throw new InternalError(`kir select: branch types ${t.type} and ${f.type} differ`);
    if (cond.type !== 'bool') throw new InternalError(`kir select: condition must be bool, got ${cond.type}`);
    if (t === f) return t;
    const key = `s|${cond.id}|${t.id}|${f.id}`;
    return this.table.get(key) ?? this.add(key, { op: 'select', id: nextId++, type: t.type, cond, t, f });
  }

  cast(x: Expr, type: KType): Expr {
    if (x.type === type) return x;
    const key = `k|${type}|${x.id}`;
    return this.table.get(key) ?? this.add(key, { op: 'cast', id: nextId++, type, x });
  }

  bitcast(x: Expr, type: KType): Expr {
    if (x.type === type) return x;
    if (x.type === 'bool' || type === 'bool') throw new InternalError(`kir bitcast: ${x.type} → ${type} is not a 32-bit bitcast`);
    const key = `t|${type}|${x.id}`;
    return this.table.get(key) ?? this.add(key, { op: 'bitcast', id: nextId++, type, x });
  }

  acc(stmt: number, type: KType): Expr {
    const key = `a|${type}|${stmt}`;
    return this.table.get(key) ?? this.add(key, { op: 'acc', id: nextId++, type, stmt });
  }

  private intOp(fn: BinaryFn, fold: IntFold, ident: IntIdent, a0: Expr | number, b0: Expr | number): Expr {
    const a = this.asI(a0);
    const b = this.asI(b0);
    if (a.type !== 'i32' || b.type !== 'i32') throw new InternalError(`kir ${fn}: index helpers take i32, got ${a.type}, ${b.type}`);
    const ca = constOf(a);
    const cb = constOf(b);
    if (ca !== undefined && cb !== undefined) return this.c(fold(ca, cb), 'i32');
    return ident(this, a, b) ?? this.binary(fn, a, b);
  }

  iadd(a: Expr | number, b: Expr | number): Expr { return this.intOp('add', FOLD_ADD, IDENT_ADD, a, b); }
  isub(a: Expr | number, b: Expr | number): Expr { return this.intOp('sub', FOLD_SUB, IDENT_SUB, a, b); }
  imul(a: Expr | number, b: Expr | number): Expr { return this.intOp('mul', Math.imul, IDENT_MUL, a, b); }
  idiv(a: Expr | number, b: Expr | number): Expr { return this.intOp('div', FOLD_DIV, IDENT_DIV, a, b); }
  imod(a: Expr | number, b: Expr | number): Expr { return this.intOp('rem', FOLD_REM, IDENT_REM, a, b); }
  imin(a: Expr | number, b: Expr | number): Expr { return this.intOp('min', Math.min, IDENT_MINMAX, a, b); }
  imax(a: Expr | number, b: Expr | number): Expr { return this.intOp('max', Math.max, IDENT_MINMAX, a, b); }

  isum(terms: readonly (Expr | number)[]): Expr {
    let s = this.c(0, 'i32');
    for (const t of terms) s = this.iadd(s, t);
    return s;
  }
}

/** A fresh interner (a KirBuilder whose nodes are unique per structure). */
export function createInterner(): KirBuilder {
  return new Interner();
}

/** The direct children of a node. */
export function children(e: Expr): readonly Expr[] {
  switch (e.op) {
    case 'const': case 'index': case 'acc': return [];
    case 'load': return [e.index];
    case 'unary': case 'cast': case 'bitcast': return [e.x];
    case 'binary': return [e.x, e.y];
    case 'select': return [e.cond, e.t, e.f];
  }
}

/** Rebuilds `e` in `K` with new children `ch` (same order as `children(e)`). */
export function withChildren(K: KirBuilder, e: Expr, ch: readonly Expr[]): Expr {
  switch (e.op) {
    case 'const': return K.c(e.value, e.type);
    case 'index': return K.index(e.loop);
    case 'acc': return K.acc(e.stmt, e.type);
    case 'load': return K.load(e.input, ch[0]!, e.type);
    case 'unary': return K.unary(e.fn, ch[0]!);
    case 'binary': return K.binary(e.fn, ch[0]!, ch[1]!);
    case 'select': return K.select(ch[0]!, ch[1]!, ch[2]!);
    case 'cast': return K.cast(ch[0]!, e.type);
    case 'bitcast': return K.bitcast(ch[0]!, e.type);
  }
}

/**
 * Bottom-up rewrite: `f(node, rebuilt)` receives each node after its children were rewritten (rebuilt
 * in `K`) and returns its replacement. Memoised by node id, so DAG sharing is preserved.
 */
export function mapExpr(K: KirBuilder, root: Expr, f: (orig: Expr, rebuilt: Expr) => Expr, memo = new Map<number, Expr>()): Expr {
  const go = (e: Expr): Expr => {
    const hit = memo.get(e.id);
    if (hit) return hit;
    const rebuilt = withChildren(K, e, children(e).map(go));
    const out = f(e, rebuilt);
    memo.set(e.id, out);
    return out;
  };
  return go(root);
}

/** The loop names an expression reads (through index nodes), in first-visit order. */
export function loopsUsed(e: Expr, out = new Set<string>(), seen = new Set<number>()): Set<string> {
  if (seen.has(e.id)) return out;
  seen.add(e.id);
  if (e.op === 'index') out.add(e.loop);
  for (const c of children(e)) loopsUsed(c, out, seen);
  return out;
}
