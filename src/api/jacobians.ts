// jacfwd, jacrev and hessian: Jacobians of pytree functions laid out as JAX's (output structure
// outside, argnums structure inside, leaves of shape out.shape + in.shape).
import { avalStr } from '../ir/dtype.js';
import type { Jaxpr } from '../ir/core.js';
import { UserError } from '../ir/errors.js';
import { hessianJaxpr, jacfwdJaxpr, jacrevJaxpr } from '../ir/transform/autodiff.js';
import type { TreeDef } from '../trace/pytree.js';
import { flatten, numLeaves, treeStr, unflatten } from '../trace/pytree.js';
import { applyJaxpr } from './apply.js';
import type { Value } from './bind.js';
import { normalizeArgnums, traceForTransform, wrtMask } from './transform-trace.js';

export interface JacOptions {
  readonly argnums?: number | readonly number[];
  readonly hasAux?: boolean;
}

type JacRewrite = (j: Jaxpr, wrt: readonly boolean[]) => Jaxpr;

/** Nests flat per-(output, input-leaf) blocks: outer = output tree, inner = argnums' trees. */
function nest(outTree: TreeDef, args: readonly unknown[], argnums: number | readonly number[], nums: readonly number[], blocks: readonly Value[], depth: number): unknown {
  const nIn = nums.reduce((n, a) => n + flatten(args[a])[0].length, 0);
  const nOut = numLeaves(outTree);
  const perOut = Array.from({ length: nOut }, (_, i) => {
    let k = i * nIn ** depth;
    const inner = (): unknown => {
      const trees = nums.map((a) => {
        const [l, d] = flatten(args[a]);
        return unflatten(d, l.map(() => blocks[k++]!));
      });
      return typeof argnums === 'number' ? trees[0] : trees;
    };
    if (depth === 1) return inner();
    // hessian: blocks are (out, in_i, in_j); rebuild the in_i level around the in_j trees.
    const outer = nums.map((a) => {
      const [l, d] = flatten(args[a]);
      return unflatten(d, l.map(() => inner()));
    });
    return typeof argnums === 'number' ? outer[0] : outer;
  });
  return unflatten(outTree, perOut);
}

function jacobian(api: string, rewrite: JacRewrite, depth: number, f: (...a: never[]) => unknown, opts: JacOptions) {
  return (...args: unknown[]) => {
    const argnums = opts.argnums ?? 0;
    const nums = normalizeArgnums(api, argnums, args.length);
    const t = traceForTransform(api, f as (...a: unknown[]) => unknown, args);
    let outTree = t.outTree;
    let auxTree: TreeDef | null = null;
    if (opts.hasAux) {
      if (outTree.kind !== 'list' || outTree.children.length !== 2) throw new UserError('args/has-aux', api, 'with hasAux the function must return a pair [output, aux]', treeStr(outTree), '[output, aux]');
      auxTree = outTree.children[1]!;
      outTree = outTree.children[0]!;
    }
    const nOut = numLeaves(outTree);
    const mask = wrtMask(t, nums);
    mask.forEach((m, i) => {
      const a = t.jaxpr.invars[i]!.aval;
      if (m && a.dtype !== 'f32') throw new UserError('jac/int-input', api, 'Jacobians need float inputs', `${avalStr(a)} at argument leaf ${i - t.numStatic}`, 'float32 arrays');
    });
    t.jaxpr.outvars.slice(0, nOut).forEach((o, i) => {
      if (o.aval.dtype !== 'f32') throw new UserError('jac/int-output', api, 'Jacobians need float outputs', `${avalStr(o.aval)} at output leaf ${i}`, 'float32 outputs');
    });
    const diffJaxpr = { ...t.jaxpr, outvars: t.jaxpr.outvars.slice(0, nOut) };
    const blocks = applyJaxpr(rewrite(diffJaxpr, mask), [], t.operands);
    const jac = nest(outTree, args, argnums, nums, blocks, depth);
    if (!auxTree) return jac;
    const aux = applyJaxpr({ ...t.jaxpr, outvars: t.jaxpr.outvars.slice(nOut) }, [], t.operands);
    return [jac, unflatten(auxTree, aux)];
  };
}

export const jacfwd = (f: (...a: never[]) => unknown, opts: JacOptions = {}) => jacobian('jacfwd', jacfwdJaxpr, 1, f, opts);
export const jacrev = (f: (...a: never[]) => unknown, opts: JacOptions = {}) => jacobian('jacrev', jacrevJaxpr, 1, f, opts);
export const hessian = (f: (...a: never[]) => unknown, opts: { argnums?: number | readonly number[] } = {}) => jacobian('hessian', hessianJaxpr, 2, f, opts);
