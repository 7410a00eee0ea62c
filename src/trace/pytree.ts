// Pytrees: flatten/unflatten nested JS arrays and plain objects (keys sorted, as JAX sorts dict keys).
// Imports only src/ir (errors). Leaves are anything else: arrays, tracers, numbers, booleans, shape specs.
import { UserError } from '../ir/errors.js';

export type TreeDef =
  | { readonly kind: 'leaf' }
  | { readonly kind: 'none'; readonly value: null | undefined }
  | { readonly kind: 'list'; readonly children: readonly TreeDef[] }
  | { readonly kind: 'dict'; readonly keys: readonly string[]; readonly children: readonly TreeDef[] };

const LEAF: TreeDef = { kind: 'leaf' };

/** A `{shape, dtype}` object stands for an array of that type (JAX's ShapeDtypeStruct): it is a leaf. */
export function isShapeSpec(x: unknown): x is { shape: readonly number[]; dtype: string } {
  if (!isPlainObject(x)) return false;
  const keys = Object.keys(x);
  return keys.length === 2 && Array.isArray((x as { shape?: unknown }).shape) && typeof (x as { dtype?: unknown }).dtype === 'string';
}

export function isPlainObject(x: unknown): x is Record<string, unknown> {
  if (x === null || typeof x !== 'object') return false;
  const proto = Object.getPrototypeOf(x);
  return proto === Object.prototype || proto === null;
}

export function flatten(tree: unknown): [unknown[], TreeDef] {
  const leaves: unknown[] = [];
  const def = walk(tree, leaves);
  return [leaves, def];
}

function walk(x: unknown, leaves: unknown[]): TreeDef {
  if (x === null || x === undefined) return { kind: 'none', value: x };
  if (Array.isArray(x)) return { kind: 'list', children: x.map((c) => walk(c, leaves)) };
  if (isPlainObject(x) && !isShapeSpec(x)) {
    const keys = Object.keys(x).sort();
    return { kind: 'dict', keys, children: keys.map((k) => walk(x[k], leaves)) };
  }
  leaves.push(x);
  return LEAF;
}

export function unflatten(def: TreeDef, leaves: readonly unknown[]): unknown {
  let i = 0;
  const build = (d: TreeDef): unknown => {
    switch (d.kind) {
      case 'leaf': return leaves[i++];
      case 'none': return d.value;
      case 'list': return d.children.map(build);
      case 'dict': return Object.fromEntries(d.keys.map((k, j) => [k, build(d.children[j]!)]));
    }
  };
  const out = build(def);
  if (i !== leaves.length) {
    throw new UserError('tree/leaf-count', 'tree.unflatten', 'wrong number of leaves', String(leaves.length), String(i));
  }
  return out;
}

export function numLeaves(def: TreeDef): number {
  switch (def.kind) {
    case 'leaf': return 1;
    case 'none': return 0;
    case 'list':
    case 'dict': return def.children.reduce((n, c) => n + numLeaves(c), 0);
  }
}

export function treeEq(a: TreeDef, b: TreeDef): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'leaf') return true;
  if (a.kind === 'none') return true;
  const bc = (b as { children: readonly TreeDef[] }).children;
  if (a.children.length !== bc.length) return false;
  if (a.kind === 'dict' && (b.kind !== 'dict' || a.keys.some((k, i) => k !== b.keys[i]))) return false;
  return a.children.every((c, i) => treeEq(c, bc[i]!));
}

/** `PyTreeDef` text, as JAX prints it: `[*, {'a': *, 'b': *}]`. */
export function treeStr(def: TreeDef): string {
  switch (def.kind) {
    case 'leaf': return '*';
    case 'none': return 'None';
    case 'list': return `[${def.children.map(treeStr).join(', ')}]`;
    case 'dict': return `{${def.keys.map((k, i) => `'${k}': ${treeStr(def.children[i]!)}`).join(', ')}}`;
  }
}
