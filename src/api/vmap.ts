// vmap: batching a user function by tracing it at unbatched avals and rewriting the jaxpr.
import type { Aval } from '../ir/dtype.js';
import { avalStr } from '../ir/dtype.js';
import { UserError } from '../ir/errors.js';
import { vmapJaxpr } from '../ir/transform/vmap.js';
import type { TreeDef } from '../trace/pytree.js';
import { flatten, treeStr, unflatten } from '../trace/pytree.js';
import { applyJaxpr } from './apply.js';
import { describeLeaf, leafAval } from './tracing.js';
import { traceForTransform } from './transform-trace.js';

export type AxisSpec = number | null | undefined | readonly AxisSpec[] | { readonly [k: string]: AxisSpec };

export interface VmapOptions {
  readonly inAxes?: AxisSpec;
  readonly outAxes?: AxisSpec;
  readonly axisSize?: number;
}

/**
 * Broadcasts a pytree prefix of axes over a tree: an axis at a node applies to every leaf below it.
 * `what` names the option in errors.
 */
export function broadcastPrefix(api: string, what: string, spec: AxisSpec, def: TreeDef, path = ''): (number | null)[] {
  if (spec === null || spec === undefined || typeof spec === 'number') {
    const n = countLeaves(def);
    return Array.from({ length: n }, () => (spec === undefined ? null : spec));
  }
  const bad = () => new UserError('vmap/axes-structure', api, `${what}${path} does not match the arguments' structure`, JSON.stringify(spec), `a number, null, or a prefix of ${treeStr(def)}`);
  if (Array.isArray(spec)) {
    if (def.kind !== 'list' || def.children.length !== spec.length) throw bad();
    return def.children.flatMap((c, i) => broadcastPrefix(api, what, spec[i], c, `${path}[${i}]`));
  }
  if (def.kind !== 'dict') throw bad();
  const obj = spec as { readonly [k: string]: AxisSpec };
  if (Object.keys(obj).sort().join() !== def.keys.join()) throw bad();
  return def.children.flatMap((c, i) => broadcastPrefix(api, what, obj[def.keys[i]!], c, `${path}.${def.keys[i]}`));
}

function countLeaves(def: TreeDef): number {
  return def.kind === 'leaf' ? 1 : def.kind === 'none' ? 0 : def.children.reduce((n, c) => n + countLeaves(c), 0);
}

function normAxis(api: string, what: string, axis: number, rank: number, got: string): number {
  if (!Number.isInteger(axis) || axis < -rank || axis >= rank) {
    throw new UserError('vmap/axis-out-of-range', api, `${what} is out of range`, `${axis} for ${got}`, rank === 0 ? 'null for a rank-0 value (a scalar cannot be mapped)' : `an axis in ${-rank}..${rank - 1}`);
  }
  return axis < 0 ? axis + rank : axis;
}

/** The batch size from the mapped leaves (all equal), or `axisSize`. */
function batchSize(api: string, avals: readonly Aval[], axes: readonly (number | null)[], axisSize: number | undefined): number {
  const sizes = axes.map((a, i) => (a === null ? null : avals[i]!.shape[a]!));
  const mapped = sizes.filter((s): s is number => s !== null);
  if (axisSize !== undefined && (!Number.isInteger(axisSize) || axisSize < 0)) {
    throw new UserError('vmap/axis-size', api, 'axisSize must be a non-negative integer', String(axisSize), 'e.g. 8');
  }
  if (mapped.length === 0) {
    if (axisSize === undefined) throw new UserError('vmap/no-mapped-axis', api, 'every inAxes entry is null, so the batch size is unknown', 'no mapped inputs', 'axisSize to be given when nothing is mapped');
    return axisSize;
  }
  const n = mapped[0]!;
  const detail = sizes.map((s, i) => (s === null ? null : `leaf ${i}: ${avalStr(avals[i]!)} axis ${axes[i]} → ${s}`)).filter(Boolean).join('; ');
  if (mapped.some((s) => s !== n) || (axisSize !== undefined && axisSize !== n)) {
    throw new UserError('vmap/inconsistent-sizes', api, 'vmap got inconsistent sizes for the mapped axes', axisSize !== undefined ? `${detail}; axisSize ${axisSize}` : detail, 'one size for every mapped axis');
  }
  return n;
}

/** vmap(f) has f's signature: the same pytrees, with the mapped axes added. */
export function vmap<F extends (...args: never[]) => unknown>(f: F, opts: VmapOptions = {}): (...args: Parameters<F>) => ReturnType<F> {
  const api = 'vmap';
  if (typeof f !== 'function') throw new UserError('args/not-a-function', api, 'the first argument must be a function', describeLeaf(f), 'a function');
  return ((...args: unknown[]) => {
    const [leaves, def] = flatten([...args]);
    const inSpec = opts.inAxes === undefined ? 0 : opts.inAxes;
    const spec = Array.isArray(inSpec) ? inSpec : inSpec;
    const axesRaw = broadcastPrefix(api, 'inAxes', spec, def);
    const avals = leaves.map((l, i) => leafAval(api, l, `argument leaf ${i}`));
    const axes = axesRaw.map((a, i) => (a === null ? null : normAxis(api, `inAxes for argument leaf ${i}`, a, avals[i]!.shape.length, avalStr(avals[i]!))));
    const n = batchSize(api, avals, axes, opts.axisSize);
    const inner = avals.map((a, i) => (axes[i] === null ? a : { ...a, shape: a.shape.filter((_, d) => d !== axes[i]) }));
    const t = traceForTransform(api, f as unknown as (...a: unknown[]) => unknown, args, inner);
    const outSpec = opts.outAxes === undefined ? 0 : opts.outAxes;
    const outAxesRaw = broadcastPrefix(api, 'outAxes', outSpec, t.outTree);
    const outAxes = outAxesRaw.map((a, i) => {
      if (a === null) return null;
      const rank = t.jaxpr.outvars[i]!.aval.shape.length + 1;
      return normAxis(api, `outAxes for output leaf ${i}`, a, rank, `an output of rank ${rank} after batching`);
    });
    const inDims = [...Array.from({ length: t.numStatic }, () => null), ...axes];
    const { jaxpr } = vmapJaxpr(t.jaxpr, inDims, n, outAxes);
    return unflatten(t.outTree, applyJaxpr(jaxpr, [], t.operands));
  }) as (...args: Parameters<F>) => ReturnType<F>;
}
