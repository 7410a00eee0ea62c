// Integer range analysis and linear forms of Kernel IR index expressions (used by kir-simplify.ts and
// kir-coalesce.ts). Ranges are inclusive integer intervals of the VALUE a node takes (i32 wrap is
// accounted for: an interval that could overflow becomes the full i32 range). Imports only kir*.ts.
import type { Expr } from './kir.js';
import type { KirBuilder } from './kir-build.js';

export interface Range {
  readonly lo: number;
  readonly hi: number;
}

export type LoopExtents = ReadonlyMap<string, number> | { readonly [name: string]: number };

const I32: Range = { lo: -2147483648, hi: 2147483647 };
const U32: Range = { lo: 0, hi: 4294967295 };
const BOOL: Range = { lo: 0, hi: 1 };

const extentOf = (ext: LoopExtents, name: string): number | undefined =>
  ext instanceof Map ? ext.get(name) : (ext as { readonly [name: string]: number })[name];

/** Clamps an exact interval to i32, or gives the full range when the value could have wrapped. */
const i32 = (lo: number, hi: number): Range => (lo < I32.lo || hi > I32.hi || Number.isNaN(lo) || Number.isNaN(hi) ? I32 : { lo, hi });

function mulRange(a: Range, b: Range): Range {
  const p = [a.lo * b.lo, a.lo * b.hi, a.hi * b.lo, a.hi * b.hi];
  return i32(Math.min(...p), Math.max(...p));
}

function remRange(a: Range, c: number): Range {
  const m = Math.abs(c) - 1;
  if (a.lo >= 0) return { lo: 0, hi: Math.min(a.hi, m) };
  if (a.hi <= 0) return { lo: Math.max(a.lo, -m), hi: 0 };
  return { lo: -m, hi: m };
}

function binaryRange(e: Extract<Expr, { op: 'binary' }>, x: Range, y: Range): Range {
  const yc = e.y.op === 'const' ? e.y.value : undefined;
  switch (e.fn) {
    case 'add': return i32(x.lo + y.lo, x.hi + y.hi);
    case 'sub': return i32(x.lo - y.hi, x.hi - y.lo);
    case 'mul': return mulRange(x, y);
    case 'div': return yc !== undefined && yc > 0 ? { lo: Math.trunc(x.lo / yc), hi: Math.trunc(x.hi / yc) } : I32;
    case 'rem': return yc !== undefined && yc !== 0 ? remRange(x, yc) : I32;
    case 'min': return { lo: Math.min(x.lo, y.lo), hi: Math.min(x.hi, y.hi) };
    case 'max': return { lo: Math.max(x.lo, y.lo), hi: Math.max(x.hi, y.hi) };
    case 'and': return yc !== undefined && yc >= 0 ? { lo: 0, hi: yc } : I32;
    default: return I32;
  }
}

/**
 * The range of an integer or bool expression (undefined for f32). Loops missing from `ext` are
 * unknown (full i32 range).
 */
export function rangeOf(e: Expr, ext: LoopExtents, memo = new Map<number, Range>()): Range | undefined {
  if (e.type === 'f32') return undefined;
  const hit = memo.get(e.id);
  if (hit) return hit;
  const full = e.type === 'bool' ? BOOL : e.type === 'u32' ? U32 : I32;
  let r: Range = full;
  if (e.op === 'const') r = { lo: e.value, hi: e.value };
  else if (e.op === 'index') {
    const n = extentOf(ext, e.loop);
    r = n === undefined ? I32 : { lo: 0, hi: Math.max(n - 1, 0) };
  } else if (e.op === 'binary' && e.type === 'i32') {
    r = binaryRange(e, rangeOf(e.x, ext, memo)!, rangeOf(e.y, ext, memo)!);
  } else if (e.op === 'select') {
    const t = rangeOf(e.t, ext, memo)!;
    const f = rangeOf(e.f, ext, memo)!;
    r = { lo: Math.min(t.lo, f.lo), hi: Math.max(t.hi, f.hi) };
  } else if (e.op === 'cast' && e.type === 'i32' && e.x.type !== 'f32') {
    const x = rangeOf(e.x, ext, memo)!;
    r = x.hi <= I32.hi ? x : I32;
  } else if (e.op === 'unary' && e.fn === 'neg' && e.type === 'i32') {
    const x = rangeOf(e.x, ext, memo)!;
    r = i32(-x.hi, -x.lo);
  }
  memo.set(e.id, r);
  return r;
}

// ---- linear forms ----------------------------------------------------------------------------------

/** Σ coef·atom + k over i32, coefficients modulo 2^32 (add/sub/mul are ring ops, so this is exact). */
export interface Lin {
  readonly terms: Map<Expr, number>;
  k: number;
}

function addTerm(l: Lin, atom: Expr, coef: number): void {
  const c = ((l.terms.get(atom) ?? 0) + coef) | 0;
  if (c === 0) l.terms.delete(atom);
  else l.terms.set(atom, c);
}

/** Adds s·other into l. */
export function addLin(l: Lin, other: Lin, s: number): void {
  for (const [a, c] of other.terms) addTerm(l, a, Math.imul(c, s));
  l.k = (l.k + Math.imul(other.k, s)) | 0;
}

/** The linear form of an i32 expression (atoms: everything that is not add/sub/mul-by-constant/const). */
export function linOf(e: Expr): Lin {
  const l: Lin = { terms: new Map(), k: 0 };
  if (e.op === 'const') l.k = e.value;
  else if (e.op === 'binary' && (e.fn === 'add' || e.fn === 'sub')) {
    addLin(l, linOf(e.x), 1);
    addLin(l, linOf(e.y), e.fn === 'add' ? 1 : -1);
  } else if (e.op === 'binary' && e.fn === 'mul' && (e.x.op === 'const' || e.y.op === 'const')) {
    const [c, x] = e.x.op === 'const' ? [e.x.value, e.y] : [(e.y as { value: number }).value, e.x];
    addLin(l, linOf(x), c);
  } else addTerm(l, e, 1);
  return l;
}

const keyMemo = new WeakMap<Expr, string>();

/** A structural key (independent of ids) for deterministic ordering. */
export function keyOf(e: Expr): string {
  const hit = keyMemo.get(e);
  if (hit !== undefined) return hit;
  let s: string;
  switch (e.op) {
    case 'const': s = `${e.value}`; break;
    case 'index': s = e.loop; break;
    case 'acc': s = `a${e.stmt}`; break;
    case 'load': s = `L${e.input}[${keyOf(e.index)}]`; break;
    case 'unary': s = `${e.fn}(${keyOf(e.x)})`; break;
    case 'binary': s = `${e.fn}(${keyOf(e.x)},${keyOf(e.y)})`; break;
    case 'select': s = `sel(${keyOf(e.cond)},${keyOf(e.t)},${keyOf(e.f)})`; break;
    case 'cast': s = `${e.type}(${keyOf(e.x)})`; break;
    case 'bitcast': s = `bits${e.type}(${keyOf(e.x)})`; break;
  }
  keyMemo.set(e, s);
  return s;
}

/** Rebuilds a linear form: terms by decreasing |coef| then key; negative terms subtracted; constant last. */
export function buildLin(K: KirBuilder, l: Lin): Expr {
  const terms = [...l.terms].sort(([a, ca], [b, cb]) => Math.abs(cb) - Math.abs(ca) || (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0));
  let acc: Expr | undefined;
  for (const [atom, c] of terms) {
    const neg = c < 0 && c !== -2147483648 && acc !== undefined;
    const t = K.imul(atom, neg ? -c : c);
    acc = acc === undefined ? t : neg ? K.isub(acc, t) : K.iadd(acc, t);
  }
  if (acc === undefined) return K.c(l.k, 'i32');
  if (l.k < 0) return K.isub(acc, -l.k);
  return K.iadd(acc, l.k);
}
