// Tracing a user function for a transform: flat leaves, argnums bookkeeping, and the closed jaxpr whose
// leading inputs are the consts and lifted outer tracers (never differentiated nor batched).
import type { Aval } from '../ir/dtype.js';
import type { Jaxpr } from '../ir/core.js';
import { UserError } from '../ir/errors.js';
import { closeOverConsts } from '../ir/transform/compose.js';
import type { TreeDef } from '../trace/pytree.js';
import { flatten, unflatten } from '../trace/pytree.js';
import type { Tracer } from '../trace/trace.js';
import type { Array } from './array.js';
import type { Operand } from './bind.js';
import { toOperand } from './convert.js';
import { describeLeaf, leafAval, traceFlat } from './tracing.js';

export interface TransformTrace {
  /** No constvars: invars are (consts..., lifted..., leaves...). */
  readonly jaxpr: Jaxpr;
  /** The operands for those invars. */
  readonly operands: Operand[];
  /** How many leading invars are consts or lifted tracers. */
  readonly numStatic: number;
  readonly leafAvals: Aval[];
  readonly outTree: TreeDef;
  /** For each positional argument, the range [start, end) of its leaves. */
  readonly argLeafRanges: [number, number][];
}

export function leafRanges(args: readonly unknown[]): [number, number][] {
  let at = 0;
  return args.map((a) => {
    const n = flatten(a)[0].length;
    at += n;
    return [at - n, at];
  });
}

/** Traces `f(...args)`; leaves may be given other avals (vmap traces at unbatched avals). */
export function traceForTransform(api: string, f: (...a: unknown[]) => unknown, args: readonly unknown[], avals?: readonly Aval[]): TransformTrace {
  if (typeof f !== 'function') throw new UserError('args/not-a-function', api, 'the function argument is not a function', describeLeaf(f), 'a function');
  const [leaves, inTree] = flatten([...args]);
  const leafAvals = avals ? [...avals] : leaves.map((l, i) => leafAval(api, l, `argument leaf ${i}`));
  const ft = traceFlat(api, f.name || 'fn', leafAvals, (tracers: Tracer[]) => f(...(unflatten(inTree, tracers) as unknown[])));
  const jaxpr = closeOverConsts(ft.jaxpr);
  const operands: Operand[] = [...(ft.constKeys as Array[]), ...ft.lifted, ...leaves.map((l, i) => toOperand(api, l, `argument leaf ${i}`))];
  return { jaxpr, operands, numStatic: ft.constKeys.length + ft.lifted.length, leafAvals, outTree: ft.outTree, argLeafRanges: leafRanges(args) };
}

/** Normalised argnums: a sorted-as-given list of valid positions, or a UserError. */
export function normalizeArgnums(api: string, argnums: number | readonly number[], nargs: number): number[] {
  const list = typeof argnums === 'number' ? [argnums] : [...argnums];
  if (!globalThis.Array.isArray(list) || list.length === 0 && typeof argnums !== 'number') {
    throw new UserError('args/argnums', api, 'argnums must be a number or a non-empty array of numbers', String(argnums), 'e.g. 0 or [0, 1]');
  }
  return list.map((i) => {
    if (!Number.isInteger(i) || i < -nargs || i >= nargs) {
      throw new UserError('args/argnums-out-of-range', api, 'argnums is out of range', String(i), `an integer in ${-nargs}..${nargs - 1} for ${nargs} positional arguments`);
    }
    return i < 0 ? i + nargs : i;
  });
}

/** The invar mask (over the transform jaxpr's invars) of the leaves of the chosen arguments. */
export function wrtMask(t: TransformTrace, argnums: readonly number[]): boolean[] {
  const mask = t.jaxpr.invars.map(() => false);
  for (const a of argnums) {
    const [s, e] = t.argLeafRanges[a]!;
    for (let i = s; i < e; i++) mask[t.numStatic + i] = true;
  }
  return mask;
}
