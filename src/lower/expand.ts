// Rewrites, before fusion planning, equations that have no loop kernel of their own into equations that
// do, so that they stop being host steps (on the webgpu device a host step is a read-back, the CPU rule
// and an upload in the middle of a call). Used wherever a jaxpr is planned (kernelLaunches, the CLI's
// plan stage, the plan goldens). Imports only src/ir.
//
// select_and_scatter_add(s, x) (max pooling's VJP) becomes two kernels: first the position each window
// picks, `sel = select_and_gather_add(pos + 1, x)` with `pos` the operand's flat iota (0 for a window of
// padding only: the pick is the very scan the reference makes, first largest, NaN rules included);
// then, at each operand position p, a sum over the window offsets k of the source of the window w that
// holds p at offset k, where that window picked p:
//
//   out[p] = Σ_k (w valid && sel[w] == p + 1 ? s[w] : 0),   w_d = (p_d + pad_lo_d - k_d·window_dilation_d) / stride_d
//
// (valid: the numerator is ≥ 0, divisible by the stride, and w_d < the pooled size). sel and s are read
// through gathers at computed indices inside the sum's loop, so the planner materialises sel (one
// window argmax per window) instead of recomputing it for every k. The sum runs over decreasing k — the
// reference's increasing window order at p — and, as the reference's, accumulates in double from +0
// (a reduce_sum) and rounds once. Windows that do not overlap (stride ≥ window, no dilation: the usual
// 2×2/2 pooling) hold p in one window at most, at offset (p + pad_lo) % stride: no sum, one select
// (a picked -0 still gives the reference's +0 + -0 = +0), and sel is recomputed in place (a window's
// argmax is as cheap as reading it back).
import type { Atom, Eqn, Jaxpr } from '../ir/core.js';
import { lit } from '../ir/core.js';
import { JaxprBuilder } from '../ir/builder.js';
import type { DType } from '../ir/dtype.js';
import { size } from '../ir/dtype.js';

/** Positions + 1 must be exact in the operand's dtype (f32 holds integers up to 2^24). */
const EXACT_POSITIONS: Partial<Record<DType, number>> = { f32: 1 << 24, i32: 0x7fffffff, u32: 0xffffffff };

type SelectScatter = Extract<Eqn, { prim: 'select_and_scatter_add' }>;

/** Whether `e` is a select_and_scatter_add this file rewrites (others stay host steps). */
export function expandsSelectScatter(e: Eqn): e is SelectScatter {
  if (e.prim !== 'select_and_scatter_add') return false;
  const [s, x] = e.inputs as [Atom, Atom];
  const limit = EXACT_POSITIONS[x.aval.dtype];
  const n = size(x.aval.shape);
  return limit !== undefined && n + 1 <= limit && n > 0 && size(s.aval.shape) > 0 && e.params.base_dilation.every((b) => b === 1);
}

/** `j` with every rewritable equation rewritten; `j` itself when there is none. */
export function expandForKernels(j: Jaxpr): Jaxpr {
  if (!j.eqns.some(expandsSelectScatter)) return j;
  const b = new JaxprBuilder();
  for (const e of j.eqns) {
    if (expandsSelectScatter(e)) selectScatter(b, e);
    else b.push(e);
  }
  return b.build(j.constvars, j.invars, j.outvars);
}

/** Appends the rewrite of `e`; its last equation binds `e`'s own output var. */
function selectScatter(b: JaxprBuilder, e: SelectScatter): void {
  const [s, x] = e.inputs as [Atom, Atom];
  const p = e.params;
  const shape = x.aval.shape;
  const dtype = x.aval.dtype;
  const pooled = s.aval.shape;
  const r = shape.length;
  const wd = p.window_dimensions;
  const K = size(wd);
  // Windows that do not overlap (stride ≥ window, no dilation): one window can hold p, at most.
  const disjoint = shape.every((_n, d) => p.window_dilation[d] === 1 && p.window_strides[d]! >= wd[d]!);
  const zs = disjoint ? [...shape] : [...shape, K];
  const int = (v: number): Atom => lit(v, { shape: [], dtype: 'i32' });
  const op = (prim: 'add' | 'sub' | 'mul' | 'div' | 'rem' | 'eq' | 'ge' | 'lt' | 'and', a: Atom, c: Atom): Atom => b.bind(prim, [a, c], {})[0]!;
  const all = (conds: Atom[]): Atom | null => conds.reduce<Atom | null>((acc, c) => (acc ? op('and', acc, c) : c), null);

  const [flat] = b.bind('iota', [], { dtype, shape: [size(shape)], dimension: 0 });
  const [pos1] = b.bind('reshape', [op('add', flat!, lit(1, { shape: [], dtype }))], { new_sizes: [...shape] });
  const [sel] = b.bind('select_and_gather_add', [pos1!, x], p);

  // k runs down from K - 1 (row-major over the window) as the sum's index runs up.
  const kFlat = disjoint ? int(0) : op('sub', int(K - 1), b.bind('iota', [], { dtype: 'i32', shape: zs, dimension: r })[0]!);
  const conds: Atom[] = [];
  const starts: Atom[] = [];
  let inner = K;
  shape.forEach((_n, d) => {
    inner /= wd[d]!;
    const pd = b.bind('iota', [], { dtype: 'i32', shape: zs, dimension: d })[0]!;
    const lo = p.padding[d]![0]!;
    let num = lo === 0 ? pd : op('add', pd, int(lo));
    // Overlapping windows: the window holding p at offset k_d (k runs over the sum's axis).
    const kd = disjoint || wd[d] === 1 ? null : op('rem', inner === 1 ? kFlat : op('div', kFlat, int(inner)), int(wd[d]!));
    if (kd) num = op('sub', num, p.window_dilation[d] === 1 ? kd : op('mul', kd, int(p.window_dilation[d]!)));
    const st = p.window_strides[d]!;
    const w = st === 1 ? num : op('div', num, int(st));
    conds.push(op('ge', num, int(0)), op('lt', w, int(pooled[d]!)));
    // p lies in window w at offset num % stride: that offset must be k_d (overlapping), or inside the window (disjoint).
    if (!disjoint && st !== 1) conds.push(op('eq', op('rem', num, int(st)), int(0)));
    if (disjoint && st > wd[d]!) conds.push(op('lt', op('rem', num, int(st)), int(wd[d]!)));
    starts.push(b.bind('reshape', [w], { new_sizes: [...zs, 1] })[0]!);
  });
  const [idx] = r === 1 ? [starts[0]!] : b.bind('concatenate', starts, { dimension: zs.length });
  const dims = shape.map((_n, d) => d);
  const gather = (a: Atom): Atom => b.bind('gather', [a, idx!], {
    dimension_numbers: { offset_dims: [], collapsed_slice_dims: dims, start_index_map: dims, operand_batching_dims: [], start_indices_batching_dims: [] },
    slice_sizes: shape.map(() => 1), mode: 'clip', fill_value: null,
  })[0]!;
  const posZ = disjoint ? pos1! : b.bind('broadcast_in_dim', [pos1!], { shape: zs, broadcast_dimensions: dims })[0]!;
  const hit = all([...conds, op('eq', gather(sel!), posZ)])!;
  const [zeros] = b.bind('broadcast_in_dim', [lit(0, { shape: [], dtype })], { shape: zs, broadcast_dimensions: [] });
  const src = gather(s);
  if (disjoint) {
    // One term: the reference's +0 + s, so a picked -0 gives +0. Zero is tested on the bits, which no
    // finite-math compiler can fold (a float != 0 may be, for NaN).
    let keep = hit;
    if (dtype === 'f32') {
      const [u] = b.bind('bitcast_convert_type', [src], { new_dtype: 'u32' });
      const mag = b.bind('and', [u!, lit(0x7fffffff, { shape: [], dtype: 'u32' })], {})[0]!;
      keep = op('and', hit, b.bind('ne', [mag, lit(0, { shape: [], dtype: 'u32' })], {})[0]!);
    }
    b.push({ prim: 'select_n', params: {}, inputs: [keep, zeros!, src], outputs: [e.outputs[0]!] });
    return;
  }
  const [terms] = b.bind('select_n', [hit, zeros!, src], {});
  b.push({ prim: 'reduce_sum', params: { axes: [r] }, inputs: [terms!], outputs: [e.outputs[0]!] });
}
