// vmap rules of part B: dot_general and conv_general_dilated, checked against a per-lane loop and JAX 0.10.2's text.
import { expect } from 'chai';
import type { Jaxpr } from '../../src/ir/core.js';
import type { BDim } from '../../src/ir/transform/vmap-rules-types.js';
import { vmapJaxpr } from '../../src/ir/transform/vmap.js';
import { dotGeneralBatchDimNums } from '../../src/ir/transform/vmap-rules-b-contract.js';
import { layoutFree, normalizeJax } from '../helpers/jax-normalize.js';
import { checkVmap } from './vmap-check.js';
import { build, convParams, eqnsOf, f32, rand, withBatch } from './vmap-b-helpers.js';

/** checkVmap with inputs made from the unbatched avals of `j`, batched at `dims`. */
function loopCheck(j: Jaxpr, dims: readonly BDim[], size: number, outDims?: readonly BDim[]) {
  const inputs = j.invars.map((v, i) => rand(withBatch(v.aval.shape, dims[i] ?? null, size), v.aval.dtype, i + 3));
  return checkVmap(j, dims, size, inputs, outDims ? { outDims, tol: 1e-4 } : { tol: 1e-4 });
}

const sameText = (ours: string, jax: string) => expect(normalizeJax(layoutFree(ours))).to.equal(normalizeJax(jax));

describe('vmap part B: dot_general', () => {
  // x:[4,2,3] · y:[4,3,6] with dot batch dim 0 and contraction (2, 1).
  const bmm = build([f32(4, 2, 3), f32(4, 3, 6)], (b, x, y) => b.dotGeneral(x!, y!, [[[2], [1]], [[0], [0]]]));
  const matvec = build([f32(2, 3), f32(3)], (b, w, v) => b.dotGeneral(w!, v!, [[[1], [0]], [[], []]]));
  const matmul = build([f32(2, 3), f32(3, 4)], (b, x, y) => b.dotGeneral(x!, y!, [[[1], [0]], [[], []]]));

  it('REFERENCE §1.2(c): vmap matvec in_axes=(None,0) is a free dim then a transpose, as JAX', () => {
    const r = loopCheck(matvec, [null, 0], 5);
    sameText(r.text, `{ lambda ; a:f32[2,3] b:f32[5,3]. let
    c:f32[2,5] = dot_general[
      dimension_numbers=(([1], [1]), ([], []))
      preferred_element_type=float32
    ] a b
    d:f32[5,2] = transpose[permutation=(1, 0)] c
  in (d,) }`);
  });

  it('REFERENCE §1.2(c): vmap matvec with both batched is a leading dot batch dim, as JAX', () => {
    const r = loopCheck(matvec, [0, 0], 5);
    sameText(r.text, `{ lambda ; a:f32[5,2,3] b:f32[5,3]. let
    c:f32[5,2] = dot_general[
      dimension_numbers=(([2], [1]), ([0], [0]))
      preferred_element_type=float32
    ] a b
  in (c,) }`);
  });

  it('REFERENCE §6.2: vmap(matmul, in_axes=(0,1)) gives (([2],[0]),([0],[1])), as JAX', () => {
    const r = loopCheck(matmul, [0, 1], 5);
    // JAX 0.10.2 (jnp.matmul, preferred_element_type printed as float32 by kernax, always set).
    sameText(r.text, `{ lambda ; a:f32[5,2,3] b:f32[3,5,4]. let
    c:f32[5,2,4] = dot_general[
      dimension_numbers=(([2], [0]), ([0], [1]))
      preferred_element_type=float32
    ] a b
  in (c,) }`);
  });

  it('vmap(dot, in_axes=(1,None)) contracts axis 0 with no transpose, as JAX', () => {
    const dot = build([f32(3), f32(3)], (b, x, y) => b.dotGeneral(x!, y!, [[[0], [0]], [[], []]]));
    const r = loopCheck(dot, [1, null], 5);
    sameText(r.text, `{ lambda ; a:f32[3,5] b:f32[3]. let
    c:f32[5] = dot_general[
      dimension_numbers=(([0], [0]), ([], []))
      preferred_element_type=float32
    ] a b
  in (c,) }`);
  });

  // JAX 0.10.2 texts of vmap over lax.dot_general(x, y, (((2,),(1,)),((0,),(0,)))) (kernax adds preferred_element_type).
  const bmmCases: [string, BDim[], number[], string][] = [
    ['lhs at 1', [1, null], [0], `{ lambda ; a:f32[4,5,2,3] b:f32[4,3,6]. let
    c:f32[4,5,2,6] = dot_general[dimension_numbers=(([3], [1]), ([0], [0])) preferred_element_type=float32] a b
    d:f32[5,4,2,6] = transpose[permutation=(1, 0, 2, 3)] c
  in (d,) }`],
    ['rhs at 2', [null, 2], [0], `{ lambda ; a:f32[4,2,3] b:f32[4,3,5,6]. let
    c:f32[4,2,5,6] = dot_general[dimension_numbers=(([2], [1]), ([0], [0])) preferred_element_type=float32] a b
    d:f32[5,4,2,6] = transpose[permutation=(2, 0, 1, 3)] c
  in (d,) }`],
    ['lhs at 3, rhs at 0', [3, 0], [0], `{ lambda ; a:f32[4,2,3,5] b:f32[5,4,3,6]. let
    c:f32[5,4,2,6] = dot_general[dimension_numbers=(([2], [2]), ([3, 0], [0, 1])) preferred_element_type=float32] a b
  in (c,) }`],
    ['lhs at 2, out_axes 2', [2, null], [2], `{ lambda ; a:f32[4,2,5,3] b:f32[4,3,6]. let
    c:f32[4,2,5,6] = dot_general[dimension_numbers=(([3], [1]), ([0], [0])) preferred_element_type=float32] a b
  in (c,) }`],
  ];
  for (const [name, dims, outDims, jax] of bmmCases) {
    it(`batched matmul, ${name}: the loop and JAX's text`, () => {
      const r = loopCheck(bmm, dims, 5, outDims);
      sameText(r.text, jax);
    });
  }

  it('every placement of the vmapped dims (lhs, rhs, both) and out dim agrees with the loop', () => {
    for (const ld of [null, 0, 1, 2, 3]) {
      for (const rd of [null, 0, 1, 2, 3]) {
        if (ld === null && rd === null) continue;
        for (const od of [0, 1, 3]) loopCheck(bmm, [ld, rd], 3, [od]);
      }
    }
  });

  it('out bdims of the one-sided cases are the position among the free dims', () => {
    const dn = [[[2], [1]], [[0], [0]]] as const;
    expect(dotGeneralBatchDimNums([4, 3], 3, null, dn).outDim).to.equal(2);
    expect(dotGeneralBatchDimNums([4, 3], 1, null, dn).outDim).to.equal(1);
    expect(dotGeneralBatchDimNums([3, 4], null, 3, dn).outDim).to.equal(3);
    expect(dotGeneralBatchDimNums([3, 4], null, 0, dn).outDim).to.equal(2);
    expect(dotGeneralBatchDimNums([3, 4], 2, 1, dn)).to.deep.equal({ dn: [[[3], [2]], [[2, 0], [1, 0]]], outDim: 0 });
  });

  it('integer dot with a preferred element type keeps it', () => {
    const j = build([{ shape: [2, 3], dtype: 'i32' }, { shape: [3], dtype: 'i32' }], (b, x, y) => b.dotGeneral(x!, y!, [[[1], [0]], [[], []]], 'i32'));
    const r = loopCheck(j, [0, null], 4);
    expect(eqnsOf(r.jaxpr, 'dot_general')[0]!.params.preferred_element_type).to.equal('i32');
  });

  it('nested vmap of a dot (vmap(vmap(dot, (0,None)), (None,0))) is an outer product, as JAX', () => {
    const dot = build([f32(3), f32(3)], (b, x, y) => b.dotGeneral(x!, y!, [[[0], [0]], [[], []]]));
    const inner = vmapJaxpr(dot, [0, null], 2, [0]).jaxpr;
    const r = loopCheck(inner, [null, 0], 4);
    sameText(r.text, `{ lambda ; a:f32[2,3] b:f32[4,3]. let
    c:f32[2,4] = dot_general[
      dimension_numbers=(([1], [1]), ([], []))
      preferred_element_type=float32
    ] a b
    d:f32[4,2] = transpose[permutation=(1, 0)] c
  in (d,) }`);
    // Both levels batching both operands: two leading dot batch dims.
    const both = vmapJaxpr(bmm, [1, 2], 2, [0]).jaxpr;
    const r2 = loopCheck(both, [3, 0], 3, [1]);
    expect(eqnsOf(r2.jaxpr, 'dot_general')[0]!.params.dimension_numbers[1][0]).to.have.length(3);
  });
});

describe('vmap part B: conv_general_dilated', () => {
  // x: N=2, C=4, 6x5; w: O=6, I=4/g, 3x2.
  const conv = (groups = 1, bgc = 1, over = {}) => build(
    [f32(2 * bgc, 4, 6, 5), f32(6, 4 / groups, 3, 2)],
    (b, x, w) => b.conv(x!, w!, convParams({ feature_group_count: groups, batch_group_count: bgc, ...over })),
  );

  it('lhs-only: folds into N (REFERENCE: fold into N), for every lhs bdim', () => {
    for (const d of [0, 1, 2, 4]) {
      const r = loopCheck(conv(), [d, null], 3);
      const c = eqnsOf(r.jaxpr, 'conv_general_dilated')[0]!;
      expect(c.inputs[0]!.aval.shape[0]).to.equal(6);
      expect(c.params.feature_group_count).to.equal(1);
    }
  });

  it('rhs-only: folds into O, for every rhs bdim; matches JAX\'s vmap conv dump', () => {
    for (const d of [0, 1, 3, 4]) {
      const r = loopCheck(conv(), [null, d], 3);
      expect(eqnsOf(r.jaxpr, 'conv_general_dilated')[0]!.inputs[1]!.aval.shape[0]).to.equal(18);
    }
    const j = build([f32(1, 2, 5, 5), f32(4, 2, 3, 3)], (b, x, w) => b.conv(x!, w!, convParams()));
    const r = loopCheck(j, [null, 0], 3);
    sameText(r.text, `{ lambda ; a:f32[1,2,5,5] b:f32[3,4,2,3,3]. let
    c:f32[12,2,3,3] = reshape[dimensions=None new_sizes=(12, 2, 3, 3) sharding=None] b
    d:f32[1,12,3,3] = conv_general_dilated[batch_group_count=1 dimension_numbers=ConvDimensionNumbers(lhs_spec=(0, 1, 2, 3), rhs_spec=(0, 1, 2, 3), out_spec=(0, 1, 2, 3)) feature_group_count=1 lhs_dilation=(1, 1) out_sharding=None padding=((0, 0), (0, 0)) precision=None preferred_element_type=None rhs_dilation=(1, 1) window_strides=(1, 1)] a c
    e:f32[1,3,4,3,3] = reshape[dimensions=None new_sizes=(1, 3, 4, 3, 3) sharding=None] d
    f:f32[3,1,4,3,3] = transpose[permutation=(1, 0, 2, 3, 4)] e
  in (f,) }`);
  });

  it('both batched (per-example gradients): feature_group_count = B·groups, for every placement', () => {
    for (const [ld, rd] of [[0, 0], [2, 1], [4, 3]] as const) {
      for (const g of [1, 2]) {
        const r = loopCheck(conv(g), [ld, rd], 3);
        const c = eqnsOf(r.jaxpr, 'conv_general_dilated')[0]!;
        expect(c.params.feature_group_count).to.equal(3 * g);
        expect(c.params.batch_group_count).to.equal(1);
        expect(c.inputs[0]!.aval.shape[1]).to.equal(12);
      }
    }
  });

  it('both batched, B=6 (REFERENCE §2: feature_group_count=6)', () => {
    const r = loopCheck(conv(), [0, 0], 6);
    expect(eqnsOf(r.jaxpr, 'conv_general_dilated')[0]!.params.feature_group_count).to.equal(6);
  });

  it('feature groups with one side batched', () => {
    for (const dims of [[0, null], [3, null], [null, 0], [null, 2]] as BDim[][]) loopCheck(conv(2), dims, 3);
  });

  it('batch_group_count > 1 in every case (lhs-only, rhs-only, both → batch_group_count·B)', () => {
    for (const dims of [[0, null], [2, null], [null, 0], [null, 1]] as BDim[][]) loopCheck(conv(1, 2), dims, 3);
    const r = loopCheck(conv(1, 2), [1, 2], 3);
    expect(eqnsOf(r.jaxpr, 'conv_general_dilated')[0]!.params.batch_group_count).to.equal(6);
  });

  it('strides, padding, dilations and NHWC/HWIO dimension numbers', () => {
    const p = convParams({
      window_strides: [2, 1], padding: [[1, 2], [0, 1]], lhs_dilation: [1, 2], rhs_dilation: [2, 1],
      dimension_numbers: { lhs_spec: [0, 3, 1, 2], rhs_spec: [3, 2, 0, 1], out_spec: [0, 3, 1, 2] }, feature_group_count: 2,
    });
    const j = build([f32(2, 6, 5, 4), f32(3, 2, 2, 6)], (b, x, w) => b.conv(x!, w!, p));
    for (const dims of [[0, null], [4, null], [null, 0], [null, 4], [2, 3], [0, 0]] as BDim[][]) loopCheck(j, dims, 2);
  });

  it('an empty batch gives zeros of the batched shape', () => {
    const r = vmapJaxpr(conv(), [0, null], 0, [0]);
    expect([...r.jaxpr.outvars[0]!.aval.shape]).to.deep.equal([0, 2, 6, 4, 4]);
    expect(eqnsOf(r.jaxpr, 'conv_general_dilated')).to.have.length(0);
  });

  it('nested vmap of conv (both operands batched at both levels)', () => {
    const inner = vmapJaxpr(conv(), [0, 0], 2, [0]).jaxpr;
    const r = loopCheck(inner, [1, 0], 3);
    expect(eqnsOf(r.jaxpr, 'conv_general_dilated')[0]!.params.feature_group_count).to.equal(6);
    const inner2 = vmapJaxpr(conv(), [null, 1], 2, [1]).jaxpr;
    loopCheck(inner2, [2, null], 3, [2]);
  });
});
