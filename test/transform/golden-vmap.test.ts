// vmap goldens: the text of vmapJaxpr on small programs (in/out dims 0, last, middle, null), each case
// checked against a loop over the batch; a coverage test that every primitive is batched somewhere.
import { expect } from 'chai';
import type { Jaxpr } from '../../src/ir/core.js';
import { PRIMS } from '../../src/ir/primitives.js';
import { printJaxpr } from '../../src/ir/printer.js';
import { gradJaxpr, jacrevJaxpr } from '../../src/ir/transform/autodiff.js';
import type { BDim } from '../../src/ir/transform/vmap-rules-types.js';
import { vmapJaxpr } from '../../src/ir/transform/vmap.js';
import { goldenCases } from '../helpers/golden.js';
import { normalizeJax } from '../helpers/jax-normalize.js';
import { batchedInputs, PROGRAMS, type ProgramName, type Range } from './golden-programs-extra.js';
import { checkVmap } from './vmap-check.js';

interface VmapCase {
  /** The per-example jaxpr. */
  readonly src: () => Jaxpr;
  readonly inDims: readonly BDim[];
  readonly size: number;
  /** Default: 0 for every output. */
  readonly outDims?: readonly BDim[];
  readonly ranges?: readonly (Range | undefined)[];
  readonly tol?: number;
}

const P = (name: ProgramName) => PROGRAMS[name].jaxpr;
const c = (name: ProgramName, inDims: BDim[], size: number, outDims?: BDim[], tol?: number): VmapCase =>
  ({ src: P(name), inDims, size, outDims, ranges: PROGRAMS[name].ranges, tol });

/** vmap(vmap(dot, (0, None)), (None, 0)) — torch's nested example: [N1, N0]. */
const innerDot = () => vmapJaxpr(P('dot')(), [0, null], 4, [0]).jaxpr;
/** Per-example gradients of a conv layer: grad wrt w of the loss on one example. */
const convGrad = () => gradJaxpr(P('conv_loss')(), [true, false]);
const tanhGrad = () => gradJaxpr(P('tanh_layer')(), [true, false]);

export const VMAP_CASES: Readonly<Record<string, VmapCase>> = {
  matvec_w_unbatched: c('matvec', [null, 0], 5),
  matvec_both_batched: c('matvec', [0, 0], 5),
  sum_in_axes_1: c('sum', [1], 3),
  times2_out_axes_1: c('times2', [0], 3, [1]),
  dot_in_axes_1_none: c('dot', [1, null], 5),
  matmul_in_axes_0_1: c('matmul', [0, 1], 5),
  matmul_last_out_middle: c('matmul', [2, null], 4, [1]),
  unary_chain_last: c('unary_chain', [2], 3, Array.from({ length: 18 }, () => 2)),
  binary_mixed_middle_and_null: c('binary_mixed', [1, null], 3, [0, 1, 2, 0, 1, 2, 0, 1, 2], 1e-5),
  binary_mixed_0_and_last: c('binary_mixed', [0, 2], 3),
  compare_select_mixed: c('compare_select', [null, 1, 0], 3, [0, 1, 2, 1, 0]),
  select_n_int_pred_only: c('select_n_int', [0, null, null, null], 3),
  select_n_int_cases_only: c('select_n_int', [null, 1, null, 0], 3),
  int_bits_mixed: c('int_bits', [0, null], 4, [1, 0, 0, 1]),
  layout_middle: c('layout', [1], 3, [3, 1]),
  reductions_last: c('reductions', [2], 3, [1, 0, 0, 1, 0]),
  pool_middle: c('pool', [1], 2),
  window_ad_mixed: c('window_ad', [null, 2, 0], 3, [1, 0]),
  conv_lhs_batched_axis4: c('conv', [4, null], 3, [4]),
  conv_rhs_batched: c('conv', [null, 0], 3),
  conv_both_batched: c('conv', [0, 1], 2, [1]),
  conv_nhwc_grouped_both: c('conv_nhwc', [3, 0], 2, [0]),
  slicing_mixed: c('slicing', [1, null], 3, [2, 0, 1]),
  dynamic_batched_index: c('dynamic', [null, 0, null], 3),
  dynamic_all_batched: c('dynamic', [2, 0, 1], 3, [1]),
  gather_scatter_batched_indices: c('gather_scatter', [null, 0, 1], 3),
  gather_scatter_batched_operand: c('gather_scatter', [1, null, null], 3, [2, 0]),
  take_batched_index: c('take', [null, 1], 3),
  scans_last: c('scans', [2, 0], 3, [2, 0, 1, 0, 2]),
  stop_grad_0: c('stop_grad', [0], 2),
  random_batched_key: c('random', [0, null], 3),
  nested_jit_mixed: c('nested_jit', [0, null], 3, [1]),
  unbatched_output_broadcast: { src: P('times2'), inDims: [null], size: 3, outDims: [0] },
  unbatched_output_out_null: { src: P('times2'), inDims: [null], size: 3, outDims: [null] },
  nested_vmap_dot: { src: innerDot, inDims: [null, 0], size: 5 },
  per_example_conv_grads: { src: convGrad, inDims: [null, 0], size: 6, ranges: PROGRAMS.conv_loss.ranges, tol: 1e-4 },
  per_example_tanh_grads: { src: tanhGrad, inDims: [null, 0], size: 5 },
  vmap_of_jacrev_softmax: { src: () => jacrevJaxpr(P('softmax')(), [true]), inDims: [1], size: 3, outDims: [4] },
};

const vmapped = (k: VmapCase) => vmapJaxpr(k.src(), k.inDims, k.size, k.outDims ?? k.src().outvars.map(() => 0)).jaxpr;

/** Primitives of eqns with at least one input that depends on a batched input, through nested jits. */
function batchedPrims(j: Jaxpr, batched: ReadonlySet<number>, into: Set<string>): void {
  const b = new Set(batched);
  for (const e of j.eqns) {
    const flags = e.inputs.map((a) => a.kind === 'var' && b.has(a.id));
    if (!flags.some(Boolean)) continue;
    into.add(e.prim);
    if (e.prim === 'jit') batchedPrims(e.params.jaxpr, new Set(e.params.jaxpr.invars.filter((_, i) => flags[i]).map((v) => v.id)), into);
    e.outputs.forEach((o) => b.add(o.id));
  }
}

describe('vmap goldens', () => {
  goldenCases('vmap', Object.fromEntries(Object.entries(VMAP_CASES).map(([n, k]) => [n, () => printJaxpr(vmapped(k))])),
    { producer: 'test/transform/golden-vmap.test.ts' });

  for (const [name, k] of Object.entries(VMAP_CASES)) {
    it(`vmap/${name} equals a loop over the batch`, () => {
      const src = k.src();
      const outDims = k.outDims ?? src.outvars.map(() => 0);
      const res = checkVmap(src, k.inDims, k.size, batchedInputs(src, k.inDims, k.size, k.ranges), { outDims, tol: k.tol });
      expect(res.text).to.equal(printJaxpr(vmapped(k)));
    });
  }

  it('every primitive is batched in some case (iota has no operands)', () => {
    const seen = new Set<string>();
    for (const k of Object.values(VMAP_CASES)) {
      const src = k.src();
      batchedPrims(src, new Set(src.invars.filter((_, i) => (k.inDims[i] ?? null) !== null).map((v) => v.id)), seen);
    }
    expect(PRIMS.filter((p) => p !== 'iota' && !seen.has(p))).to.deep.equal([]);
    expect(printJaxpr(P('scans')())).to.contain('iota');
  });

  it('per-example conv gradients use feature groups, not gathers or dense matrices', () => {
    const text = printJaxpr(vmapped(VMAP_CASES.per_example_conv_grads!));
    expect(text).to.match(/conv_general_dilated\[[^\]]*feature_group_count=6/);
    expect(text).not.to.match(/gather|dot_general|iota/);
  });

  it('nested vmap of dot gives [N1, N0]', () => {
    const j = vmapped(VMAP_CASES.nested_vmap_dot!);
    expect([...j.outvars[0]!.aval.shape]).to.deep.equal([5, 4]);
  });

  // JAX 0.10.2's texts (reference/jax-0.10.2-dumps.txt), layout aside.
  const JAX: Readonly<Record<string, string>> = {
    matvec_w_unbatched: `{ lambda ; a:f32[2,3] b:f32[5,3]. let
    c:f32[2,5] = dot_general[dimension_numbers=(([1], [1]), ([], [])) preferred_element_type=float32] a b
    d:f32[5,2] = transpose[permutation=(1, 0)] c
  in (d,) }`,
    matvec_both_batched: `{ lambda ; a:f32[5,2,3] b:f32[5,3]. let
    c:f32[5,2] = dot_general[dimension_numbers=(([2], [1]), ([0], [0])) preferred_element_type=float32] a b
  in (c,) }`,
    sum_in_axes_1: `{ lambda ; a:f32[2,3]. let
    b:f32[3] = reduce_sum[axes=(np.int64(0),) out_sharding=None] a
  in (b,) }`,
    times2_out_axes_1: `{ lambda ; a:f32[3,2]. let
    b:f32[3,2] = mul a 2.0:f32[]
    c:f32[2,3] = transpose[permutation=(1, 0)] b
  in (c,) }`,
    dot_in_axes_1_none: `{ lambda ; a:f32[3,5] b:f32[3]. let
    c:f32[5] = dot_general[dimension_numbers=(([0], [0]), ([], [])) preferred_element_type=float32] a b
  in (c,) }`,
    matmul_in_axes_0_1: `{ lambda ; a:f32[5,2,3] b:f32[3,5,4]. let
    c:f32[5,2,4] = dot_general[dimension_numbers=(([2], [0]), ([0], [1])) preferred_element_type=float32] a b
  in (c,) }`,
    per_example_tanh_grads: `{ lambda ; a:f32[3,2] b:f32[5,3]. let
    c:f32[5,2] = dot_general[dimension_numbers=(([1], [0]), ([], [])) preferred_element_type=float32] b a
    d:f32[5,2] = tanh c
    e:f32[5,2] = sub 1.0:f32[] d
    _:f32[5] = reduce_sum[axes=(np.int64(1),) out_sharding=None] d
    f:f32[2] = broadcast_in_dim 1.0:f32[]
    g:f32[1,2] = broadcast_in_dim[broadcast_dimensions=(np.int64(1),)] f
    h:f32[5,2] = mul g e
    i:f32[5,2] = mul h d
    j:f32[5,2] = add_any h i
    k:f32[5,2,3] = dot_general[dimension_numbers=(([], []), ([0], [0])) preferred_element_type=float32] j b
    l:f32[5,3,2] = transpose[permutation=(0, 2, 1)] k
  in (l,) }`,
  };
  // per_example_conv_grads agrees with JAX 0.10.2 eqn for eqn, except that JAX writes the
  // transpose + reshape before the grouped conv as one reshape[dimensions=(1, 0, 2, 3, 4)].
  for (const [name, jaxText] of Object.entries(JAX)) {
    it(`vmap/${name} has JAX's structure`, () => {
      expect(normalizeJax(printJaxpr(vmapped(VMAP_CASES[name]!)))).to.equal(normalizeJax(jaxText));
    });
  }
});
