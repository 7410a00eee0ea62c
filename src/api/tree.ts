// `tree`: JAX's jax.tree namespace over pytrees (nested JS arrays and plain objects with sorted keys;
// null/undefined are empty subtrees; everything else is a leaf). Imports trace/pytree and ir errors.
import { UserError } from '../ir/errors.js';
import type { TreeDef } from '../trace/pytree.js';
import { flatten as flattenTree, numLeaves, treeEq, treeStr, unflatten as unflattenTree } from '../trace/pytree.js';
import { describe } from './convert.js';

export type { TreeDef } from '../trace/pytree.js';

/** The leaves of a pytree in order (object keys sorted) and its structure. */
export function flatten(tree: unknown): [unknown[], TreeDef] {
  return flattenTree(tree);
}

/** Rebuilds a pytree of structure `treedef` from `leaves` (as many as the structure has). */
export function unflatten(treedef: TreeDef, leaves: readonly unknown[]): unknown {
  if (!globalThis.Array.isArray(leaves)) {
    throw new UserError('tree/bad-leaves', 'tree.unflatten', 'leaves must be an array', describe(leaves), `an array of ${numLeaves(treedef)} leaves`);
  }
  return unflattenTree(treedef, leaves);
}

export const leaves = (tree: unknown): unknown[] => flattenTree(tree)[0];
export const structure = (tree: unknown): TreeDef => flattenTree(tree)[1];
/** JAX's PyTreeDef text: `[*, {'a': *, 'b': None}]`. */
export const structureStr = (treedef: TreeDef): string => treeStr(treedef);

/**
 * f applied leafwise: `map(f, tree, ...rest)` calls f(leaf, restLeaf1, ...) and rebuilds `tree`'s
 * structure. Every tree in `rest` must have exactly `tree`'s structure.
 */
export function map(f: (...xs: never[]) => unknown, tree: unknown, ...rest: unknown[]): unknown {
  if (typeof f !== 'function') {
    throw new UserError('args/not-a-function', 'tree.map', 'the first argument must be a function', describe(f), 'a function of the leaves');
  }
  const [ls, def] = flattenTree(tree);
  const others = rest.map((r) => {
    const [rl, rd] = flattenTree(r);
    if (!treeEq(def, rd)) {
      throw new UserError('tree/structure-mismatch', 'tree.map', 'tree structures differ', `${treeStr(def)} and ${treeStr(rd)}`, 'the same structure');
    }
    return rl;
  });
  const g = f as (...xs: unknown[]) => unknown;
  return unflattenTree(def, ls.map((l, i) => g(l, ...others.map((o) => o[i]))));
}

/** Folds f over the leaves, left to right, from `initial`. */
export function reduce<T>(f: (acc: T, leaf: never) => T, tree: unknown, initial: T): T {
  const g = f as (acc: T, leaf: unknown) => T;
  return flattenTree(tree)[0].reduce<T>((acc, l) => g(acc, l), initial);
}
