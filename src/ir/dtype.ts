// Dtypes, avals and JAX's type-promotion lattice. Imports nothing of ours but errors.
import { UserError } from './errors.js';

/** The dtypes of the IR. `float0` is JAX's data-less dtype for gradients of integer inputs. */
export const DTYPES = ['f32', 'i32', 'u32', 'bool', 'float0'] as const;
export type DType = (typeof DTYPES)[number];

/** Abstract value: what the IR knows of an array. `weak` marks a weakly typed value (a JS number). */
export interface Aval {
  readonly shape: readonly number[];
  readonly dtype: DType;
  readonly weak?: boolean;
}

export function aval(shape: readonly number[], dtype: DType, weak = false): Aval {
  return weak ? { shape: [...shape], dtype, weak: true } : { shape: [...shape], dtype };
}

export const isFloat = (d: DType): boolean => d === 'f32';
export const isInt = (d: DType): boolean => d === 'i32' || d === 'u32';
export const isNumeric = (d: DType): boolean => d === 'f32' || d === 'i32' || d === 'u32';

export function size(shape: readonly number[]): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

export function shapeEq(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((d, i) => d === b[i]);
}

export function avalEq(a: Aval, b: Aval, checkWeak = false): boolean {
  return a.dtype === b.dtype && shapeEq(a.shape, b.shape) && (!checkWeak || !!a.weak === !!b.weak);
}

/** `f32[2,3]`, the short form used by the printer and in error messages. */
export function avalStr(a: Aval): string {
  return `${a.dtype}[${a.shape.join(',')}]`;
}

// ---- public dtype names (API.md) -------------------------------------------------------------

export const PUBLIC_DTYPES = { float32: 'f32', int32: 'i32', uint32: 'u32', bool: 'bool', float0: 'float0' } as const;
export type PublicDType = keyof typeof PUBLIC_DTYPES;

export function publicName(d: DType): PublicDType {
  return ({ f32: 'float32', i32: 'int32', u32: 'uint32', bool: 'bool', float0: 'float0' } as const)[d];
}

/** Accepts `'float32'` and `'f32'` alike; anything else is a UserError naming the API. */
export function parseDType(api: string, d: unknown): DType {
  if (typeof d === 'string') {
    if (d in PUBLIC_DTYPES) return PUBLIC_DTYPES[d as PublicDType];
    if ((DTYPES as readonly string[]).includes(d)) return d as DType;
  }
  throw new UserError('dtype/unknown', api, 'unknown dtype', String(d), `one of ${Object.keys(PUBLIC_DTYPES).join(', ')}`);
}

// ---- promotion ---------------------------------------------------------------------------------
// JAX's lattice (docs/type_promotion.rst) restricted to our dtypes, with x64 off:
//   bool → i* (weak int) → {u32, i32} ; i* → f* (weak float) → f32 ; i32 ⊔ u32 = i64 → canonicalised i32.
// A weak type yields to a strong one of its kind; the result is weak only when every operand is weak.

type Node = 'bool' | 'i*' | 'u32' | 'i32' | 'f*' | 'f32';
// u32 ⊔ i32 is i64 in JAX, canonicalised to i32 with x64 off: so u32 sits below i32 here.
const UP: Record<Node, readonly Node[]> = {
  bool: ['i*'],
  'i*': ['u32', 'i32'],
  u32: ['i32'],
  i32: ['f*'],
  'f*': ['f32'],
  f32: [],
};

function ancestors(n: Node): Set<Node> {
  const seen = new Set<Node>([n]);
  const stack: Node[] = [n];
  while (stack.length) for (const m of UP[stack.pop()!]) if (!seen.has(m)) { seen.add(m); stack.push(m); }
  return seen;
}

function node(api: string, d: DType, weak: boolean): Node {
  if (d === 'f32') return weak ? 'f*' : 'f32';
  if (d === 'i32') return weak ? 'i*' : 'i32';
  if (d === 'u32') return 'u32';
  if (d === 'bool') return 'bool';
  throw new UserError('dtype/float0', api, 'float0 values take part in no arithmetic', 'float0', 'a numeric or bool dtype');
}

/** Nodes in a topological order: the first common ancestor is the least upper bound. */
const ORDER: readonly Node[] = ['bool', 'i*', 'u32', 'i32', 'f*', 'f32'];
const RESULT: Record<Node, { dtype: DType; weak: boolean }> = {
  bool: { dtype: 'bool', weak: false },
  'i*': { dtype: 'i32', weak: true },
  u32: { dtype: 'u32', weak: false },
  i32: { dtype: 'i32', weak: false },
  'f*': { dtype: 'f32', weak: true },
  f32: { dtype: 'f32', weak: false },
};

/** The join of the operands' dtypes on JAX's lattice, and whether the result is weak. */
export function promoteTypes(api: string, ...avs: readonly { dtype: DType; weak?: boolean }[]): { dtype: DType; weak: boolean } {
  const sets = avs.map((a) => ancestors(node(api, a.dtype, !!a.weak)));
  const joined = ORDER.find((n) => sets.every((s) => s.has(n)))!;
  return RESULT[joined];
}
