// vmap rules of part B: slice, pad, concatenate, dynamic_slice, dynamic_update_slice, gather, scatter_add.
import { expect } from 'chai';
import type { Jaxpr } from '../../src/ir/core.js';
import type { GatherDimensionNumbers, ScatterDimensionNumbers } from '../../src/ir/primitives.js';
import type { BDim } from '../../src/ir/transform/vmap-rules-types.js';
import { vmapJaxpr } from '../../src/ir/transform/vmap.js';
import { makeJaxpr, np } from '../../src/index.js';
import { layoutFree, normalizeJax } from '../helpers/jax-normalize.js';
import { checkVmap } from './vmap-check.js';
import { build, eqnsOf, f32, i32, rand, tensor, withBatch } from './vmap-b-helpers.js';

/** checkVmap with generated inputs (ints in [lo, hi), so indices go out of bounds on both sides). */
function loopCheck(j: Jaxpr, dims: readonly BDim[], size: number, opts: { lo?: number; hi?: number; outDims?: BDim[] } = {}) {
  const inputs = j.invars.map((v, i) => rand(withBatch(v.aval.shape, dims[i] ?? null, size), v.aval.dtype, i + 5, opts.lo ?? -2, opts.hi ?? 7));
  return checkVmap(j, dims, size, inputs, opts.outDims ? { outDims: opts.outDims } : {});
}
const sameText = (ours: string, jax: string) => expect(normalizeJax(layoutFree(ours))).to.equal(normalizeJax(jax));
/** Every way to batch `n` operands at dims 0..rank (each operand may also be unbatched), not all unbatched. */
function placements(ranks: readonly number[]): BDim[][] {
  let acc: BDim[][] = [[]];
  for (const r of ranks) acc = acc.flatMap((p) => [null, ...Array.from({ length: r + 1 }, (_, i) => i)].map((d) => [...p, d]));
  return acc.filter((p) => p.some((d) => d !== null));
}

describe('vmap part B: slice, pad, concatenate', () => {
  it('slice: every bdim, with and without strides', () => {
    const plain = build([f32(5, 6)], (b, x) => b.slice(x!, [1, 2], [4, 6]));
    const strided = build([f32(5, 6)], (b, x) => b.slice(x!, [0, 1], [5, 6], [2, 3]));
    for (const d of [0, 1, 2]) {
      loopCheck(plain, [d], 3);
      const r = loopCheck(strided, [d], 3);
      expect(eqnsOf(r.jaxpr, 'slice')[0]!.params.strides![d]).to.equal(1);
    }
  });

  it('pad: operand batched anywhere; negative and interior padding', () => {
    const j = build([f32(4, 3), f32()], (b, x, v) => b.pad(x!, v!, [[1, -1, 1], [-1, 2, 0]]));
    for (const dims of [[0, null], [1, null], [2, null]] as BDim[][]) loopCheck(j, dims, 3);
  });

  it('pad: a batched padding value goes through a mask and a select, as JAX', () => {
    const j = build([f32(3), f32()], (b, x, v) => b.pad(x!, v!, [[1, 2, 1]]));
    const r = loopCheck(j, [null, 0], 4);
    sameText(r.text, `{ lambda ; a:f32[3] b:f32[4]. let
    c:f32[4,3] = broadcast_in_dim[broadcast_dimensions=(1,)] a
    d:f32[4,8] = pad[padding_config=((0, 0, 0), (1, 2, 1))] c 0.0:f32[]
    e:bool[4,3] = broadcast_in_dim True:bool[]
    f:bool[4,8] = pad[padding_config=((0, 0, 0), (1, 2, 1))] e False:bool[]
    g:f32[4,8] = broadcast_in_dim[broadcast_dimensions=(0,)] b
    h:f32[4,8] = select_n f g d
  in (h,) }`);
    const j2 = build([f32(4, 3), f32()], (b, x, v) => b.pad(x!, v!, [[1, -1, 1], [2, 0, 2]]));
    for (const dims of [[0, 0], [1, 0], [2, 0]] as BDim[][]) loopCheck(j2, dims, 3);
  });

  it('concatenate: mixed batched and unbatched operands at any bdim', () => {
    const j = build([f32(2, 3), f32(4, 3), f32(1, 3)], (b, x, y, z) => b.concatenate([x!, y!, z!], 0));
    for (const dims of [[0, null, 2], [null, 1, null], [2, 2, 2], [1, 0, null]] as BDim[][]) {
      const r = loopCheck(j, dims, 3);
      expect(eqnsOf(r.jaxpr, 'concatenate')[0]!.params.dimension).to.equal(1);
    }
    const bools = build([{ shape: [2], dtype: 'bool' }, { shape: [3], dtype: 'bool' }], (b, x, y) => b.concatenate([x!, y!], 0));
    loopCheck(bools, [null, 0], 2);
  });
});

describe('vmap part B: dynamic_slice and dynamic_update_slice', () => {
  const ds = build([f32(5, 4), i32(), i32()], (b, x, i, j) => b.dynamicSlice(x!, [i!, j!], [2, 3]));
  const dus = build([f32(5, 4), f32(2, 3), i32(), i32()], (b, x, u, i, j) => b.dynamicUpdateSlice(x!, u!, [i!, j!]));

  it('dynamic_slice: operand-only batched slices the batch dim whole', () => {
    for (const d of [0, 1, 2]) {
      const r = loopCheck(ds, [d, null, null], 3);
      expect(eqnsOf(r.jaxpr, 'dynamic_slice')).to.have.length(1);
      expect(eqnsOf(r.jaxpr, 'gather')).to.have.length(0);
    }
  });

  it('dynamic_slice: batched starts lower to gather, clamped like the loop (out-of-range starts)', () => {
    for (const dims of [[null, 0, null], [null, null, 0], [null, 0, 0], [1, 0, null], [0, 0, 0], [2, null, 0]] as BDim[][]) {
      const r = loopCheck(ds, dims, 4);
      expect(eqnsOf(r.jaxpr, 'gather')).to.have.length(1);
      expect(eqnsOf(r.jaxpr, 'dynamic_slice')).to.have.length(0);
    }
  });

  it('x[i] with a batched i (dynamic_slice then squeeze) is JAX\'s gather', () => {
    // The normalisation eqns (lt/add/select_n) are jnp's, reproduced here so the texts line up.
    const j = build([f32(5), i32()], (b, x, i) => {
      const k = b.select(b.lt(i!, 0), b.add(i!, 5), i!);
      return b.squeeze(b.dynamicSlice(x!, [k], [1]), [0]);
    });
    const r = loopCheck(j, [null, 0], 3);
    sameText(r.text, `{ lambda ; a:f32[5] b:i32[3]. let
    c:bool[3] = lt b 0:i32[]
    d:i32[3] = add b 5:i32[]
    e:i32[3] = select_n c b d
    f:i32[3,1] = broadcast_in_dim[broadcast_dimensions=(0,)] e
    g:f32[3,1] = gather[
      dimension_numbers=GatherDimensionNumbers(offset_dims=(1,), collapsed_slice_dims=(), start_index_map=(0,), operand_batching_dims=(), start_indices_batching_dims=())
      fill_value=None
      indices_are_sorted=False
      mode=GatherScatterMode.CLIP
      slice_sizes=(1,)
      unique_indices=False
    ] a f
    h:f32[3] = squeeze[dimensions=(1,)] g
  in (h,) }`);
  });

  it('x[i] with x and i batched uses gather batching dims, as JAX', () => {
    const j = build([f32(5), i32()], (b, x, i) => b.squeeze(b.dynamicSlice(x!, [i!], [1]), [0]));
    const r = loopCheck(j, [0, 0], 3);
    const g = eqnsOf(r.jaxpr, 'gather')[0]!;
    expect(g.params.dimension_numbers).to.deep.equal({ offset_dims: [1], collapsed_slice_dims: [], start_index_map: [1], operand_batching_dims: [0], start_indices_batching_dims: [0] });
    expect(g.params.slice_sizes).to.deep.equal([1, 1]);
  });

  it('dynamic_update_slice: unbatched starts update the batch dim whole (operand, update or both batched)', () => {
    for (const dims of [[0, null, null, null], [2, null, null, null], [null, 0, null, null], [null, 2, null, null], [1, 0, null, null]] as BDim[][]) {
      const r = loopCheck(dus, dims, 3);
      expect(eqnsOf(r.jaxpr, 'dynamic_update_slice')).to.have.length(1);
    }
  });

  it('dynamic_update_slice: batched starts become a scatter (clamped as the loop)', () => {
    for (const dims of [[null, null, 0, null], [null, null, 0, 0], [1, null, null, 0], [null, 2, 0, null], [0, 0, 0, 0]] as BDim[][]) {
      const r = loopCheck(dus, dims, 4);
      expect(eqnsOf(r.jaxpr, 'scatter_add').length).to.be.greaterThan(0);
      expect(eqnsOf(r.jaxpr, 'dynamic_update_slice')).to.have.length(0);
    }
  });

  it('dynamic_update_slice with batched starts keeps -0.0, ints and bools exactly', () => {
    const j = build([f32(4), f32(2), i32()], (b, x, u, i) => b.dynamicUpdateSlice(x!, u!, [i!]));
    const r = checkVmap(j, [null, 0, 0], 2, [tensor([4], 'f32', [1, 2, 3, 4]), tensor([2, 2], 'f32', [-0, 5, 6, -0]), tensor([2], 'i32', [0, 9])]);
    expect(Array.from(r.outs[0]!.data)).to.deep.equal([-0, 5, 3, 4, 1, 2, 6, -0]);
    expect(Object.is(r.outs[0]!.data[0], -0)).to.equal(true);
    expect(Object.is(r.outs[0]!.data[7], -0)).to.equal(true);
    const ji = build([i32(4), i32(2), i32()], (b, x, u, i) => b.dynamicUpdateSlice(x!, u!, [i!]));
    loopCheck(ji, [0, null, 0], 3);
    const jb = build([{ shape: [4], dtype: 'bool' }, { shape: [2], dtype: 'bool' }, i32()], (b, x, u, i) => b.dynamicUpdateSlice(x!, u!, [i!]));
    const rb = checkVmap(jb, [null, null, 0], 3, [tensor([4], 'bool', [0, 0, 0, 0]), tensor([2], 'bool', [1, 1]), tensor([3], 'i32', [-1, 1, 3])]);
    expect(Array.from(rb.outs[0]!.data)).to.deep.equal([1, 1, 0, 0, 0, 1, 1, 0, 0, 0, 1, 1]);
  });
});

describe('vmap part B: gather and scatter_add', () => {
  // op:[5,4,3], idx:[2,2] (index vector last) → out [2, 3] after collapsing dims 0 and 1 (x[i, j, :]).
  const gdn: GatherDimensionNumbers = { offset_dims: [1], collapsed_slice_dims: [0, 1], start_index_map: [0, 1], operand_batching_dims: [], start_indices_batching_dims: [] };
  const gath = (mode: 'clip' | 'fill') => build([f32(5, 4, 3), i32(2, 2)], (b, x, i) => b.gather(x!, i!, gdn, [1, 1, 3], mode, mode === 'fill' ? -7 : null));
  // An existing batching-dim pair: op:[2,5,3] with idx:[2,4,1] batched on dim 0 → out [2,4,3].
  const bdn: GatherDimensionNumbers = { offset_dims: [2], collapsed_slice_dims: [1], start_index_map: [1], operand_batching_dims: [0], start_indices_batching_dims: [0] };
  const gathB = build([f32(2, 5, 3), i32(2, 4, 1)], (b, x, i) => b.gather(x!, i!, bdn, [1, 1, 3], 'clip'));

  it('gather: operand-only, indices-only and both, every bdim, clip and fill', () => {
    for (const mode of ['clip', 'fill'] as const) for (const dims of placements([3, 2])) loopCheck(gath(mode), dims, 3);
  });

  it('gather with existing batching dims, every placement', () => {
    for (const dims of placements([3, 3])) loopCheck(gathB, dims, 2);
  });

  it('gather: the three cases use an offset dim, an index batch dim, a batching-dim pair', () => {
    const op = loopCheck(gath('clip'), [1, null], 3).jaxpr;
    expect(eqnsOf(op, 'gather')[0]!.params.dimension_numbers.offset_dims).to.deep.equal([0, 2]);
    expect(eqnsOf(op, 'gather')[0]!.params.slice_sizes).to.deep.equal([3, 1, 1, 3]);
    const ix = loopCheck(gath('clip'), [null, 2], 3).jaxpr;
    expect(eqnsOf(ix, 'gather')[0]!.params.dimension_numbers.offset_dims).to.deep.equal([2]);
    const both = loopCheck(gath('clip'), [0, 1], 3).jaxpr;
    const dn = eqnsOf(both, 'gather')[0]!.params.dimension_numbers;
    expect([dn.operand_batching_dims, dn.start_indices_batching_dims, dn.collapsed_slice_dims]).to.deep.equal([[0], [0], [1, 2]]);
  });

  it('numpy-style indexing (np.take) under vmap with batched indices, against the loop', () => {
    const j = makeJaxpr((x: unknown, i: unknown) => np.take(x as never, i as never, 1))({ shape: [3, 5], dtype: 'float32' }, { shape: [2], dtype: 'int32' }).jaxpr;
    for (const dims of [[null, 0], [null, 1], [0, 0], [2, 1], [1, null]] as BDim[][]) {
      const r = loopCheck(j, dims, 4, { lo: -6, hi: 7 });
      expect(eqnsOf(r.jaxpr, 'gather')).to.have.length(1);
    }
  });

  const sdn: ScatterDimensionNumbers = { update_window_dims: [1], inserted_window_dims: [0, 1], scatter_dims_to_operand_dims: [0, 1], operand_batching_dims: [], scatter_indices_batching_dims: [] };
  const scat = (mode: 'clip' | 'fill') => build([f32(5, 4, 3), i32(3, 2), f32(3, 3)], (b, x, i, u) => b.scatterAdd(x!, i!, u!, sdn, mode));

  it('scatter_add: every placement of operand, indices and updates, clip and fill', () => {
    for (const mode of ['clip', 'fill'] as const) for (const dims of placements([3, 2, 2])) loopCheck(scat(mode), dims, 2, { lo: -1, hi: 6 });
  });

  it('scatter_add: repeated indices accumulate per lane', () => {
    const j = build([f32(3), i32(2, 1), f32(2)], (b, x, i, u) => b.scatterAdd(x!, i!, u!, { update_window_dims: [], inserted_window_dims: [0], scatter_dims_to_operand_dims: [0], operand_batching_dims: [], scatter_indices_batching_dims: [] }, 'clip'));
    const r = checkVmap(j, [null, 0, 0], 2, [tensor([3], 'f32', [0, 0, 0]), tensor([2, 2, 1], 'i32', [1, 1, 0, 2]), tensor([2, 2], 'f32', [1, 2, 3, 4])]);
    expect(Array.from(r.outs[0]!.data)).to.deep.equal([0, 3, 0, 3, 0, 4]);
  });

  it('scatter_add with existing batching dims', () => {
    const dn: ScatterDimensionNumbers = { update_window_dims: [2], inserted_window_dims: [1], scatter_dims_to_operand_dims: [1], operand_batching_dims: [0], scatter_indices_batching_dims: [0] };
    const j = build([f32(2, 5, 3), i32(2, 4, 1), f32(2, 4, 3)], (b, x, i, u) => b.scatterAdd(x!, i!, u!, dn, 'clip'));
    for (const dims of [[0, null, null], [null, 1, null], [null, null, 3], [3, 0, 1], [null, 3, 0]] as BDim[][]) loopCheck(j, dims, 2);
  });

  it('vmap of vmap of a gather (nested batching dims)', () => {
    const inner = vmapJaxpr(gath('clip'), [0, 0], 2, [0]).jaxpr;
    const r = loopCheck(inner, [1, 2], 3);
    expect(eqnsOf(r.jaxpr, 'gather')[0]!.params.dimension_numbers.operand_batching_dims).to.deep.equal([0, 1]);
  });
});
