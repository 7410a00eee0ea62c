// JVP rules of the non-linear reductions and of the window primitives: reduce_max/min (JAX's chooser
// rule), reduce_prod (JAX's pairwise tree), reduce_window_max and the select-and-gather/scatter pair.
// The linear layout ops use linearJvp directly in the table. Imports only src/ir.
import type { Atom } from '../core.js';
import type { Emitter } from '../emitter.js';
import type { JvpRule } from './jvp-rules-types.js';
import { standardJvp } from './jvp-rules-util.js';
import { instantiate, zero } from './tangent.js';

/**
 * JAX's `_reduce_chooser_jvp_rule`: loc = (x == ans broadcast back), the tangent is
 * sum(g·loc) / sum(loc) over the axes, so ties share the tangent equally.
 */
function chooserJvp<P extends 'reduce_max' | 'reduce_min'>(prim: P): JvpRule<P> {
  return standardJvp(prim, (b, g, ans, [x], { axes }) => {
    const kept = x!.aval.shape.map((d, i) => (axes.includes(i) ? 1 : d));
    const loc = b.convert(b.eq(x!, b.reshape(ans, kept)), g.aval.dtype);
    const counts = b.reduceSum(loc, axes);
    return b.div(b.reduceSum(b.mul(g, loc), axes), counts);
  });
}
export const reduceMaxJvp = chooserJvp('reduce_max');
export const reduceMinJvp = chooserJvp('reduce_min');

/** Rows [lo, hi) of the leading dim of `v`. */
function rows(b: Emitter, v: Atom, lo: number, hi: number): Atom {
  const rest = v.aval.shape.slice(1);
  return b.slice(v, [lo, ...rest.map(() => 0)], [hi, ...rest]);
}

/**
 * JAX's `_reduce_prod_jvp_rule` (`_reduce_jvp` with mul): the reduced axes are moved to the front and
 * flattened to n, then halves are multiplied pairwise (an odd half padded with 1, its tangent with 0)
 * with d(a·b) = da·b + a·db, until one row is left. Exact at zeros, unlike dividing the product by x.
 * The primal output is the tree's product, as in JAX.
 */
export const reduceProdJvp: JvpRule<'reduce_prod'> = (b, [x], [t], { axes }) => {
  const shape = x!.aval.shape;
  const nonAxes = shape.map((_, i) => i).filter((i) => !axes.includes(i));
  const rest = nonAxes.map((i) => shape[i]!);
  const n = axes.reduce((acc, i) => acc * shape[i]!, 1);
  if (n === 0) {
    const one = b.full(rest, 1, x!.aval.dtype, !!x!.aval.weak);
    return { primalsOut: [one], tangentsOut: [zero(one.aval)] };
  }
  const flat = (v: Atom) => b.reshape(b.transpose(v, [...axes, ...nonAxes]), [n, ...rest]);
  let xs = flat(x!);
  let ts = flat(instantiate(b, t!));
  while (xs.aval.shape[0]! > 1) {
    const m = xs.aval.shape[0]!;
    const n1 = Math.ceil(m / 2);
    const [x1, t1] = [rows(b, xs, 0, n1), rows(b, ts, 0, n1)];
    let [x2, t2] = [rows(b, xs, n1, m), rows(b, ts, n1, m)];
    if (m - n1 !== n1) {
      const config = [[0, 1, 0] as const, ...rest.map(() => [0, 0, 0] as const)];
      [x2, t2] = [b.pad(x2, 1, config), b.pad(t2, 0, config)];
    }
    xs = b.mul(x1, x2);
    ts = b.addAny(b.mul(t1, x2), b.mul(x1, t2));
  }
  return { primalsOut: [b.squeeze(xs, [0])], tangentsOut: [b.squeeze(ts, [0])] };
};

/** JAX's `_reduce_window_chooser_jvp_rule`: per window, the tangent at the operand's max. */
export const reduceWindowMaxJvp = standardJvp('reduce_window_max', (b, g, _ans, [x], p) => b.bind1('select_and_gather_add', [g, x!], p));

/** Linear in the tangents operand; the operand only chooses positions. */
export const selectAndGatherAddJvp = standardJvp('select_and_gather_add', (b, g, _ans, [, x], p) => b.bind1('select_and_gather_add', [g, x!], p), null);

/** Linear in the source; the operand only chooses positions. */
export const selectAndScatterAddJvp = standardJvp('select_and_scatter_add', (b, g, _ans, [, x], p) => b.bind1('select_and_scatter_add', [g, x!], p), null);
