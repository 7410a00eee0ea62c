// vmap rules of part B: reduce_window_sum/max, select_and_gather_add, select_and_scatter_add, jit.
import { expect } from 'chai';
import type { Jaxpr } from '../../src/ir/core.js';
import type { WindowParams } from '../../src/ir/primitives.js';
import type { BDim } from '../../src/ir/transform/vmap-rules-types.js';
import { vmapJaxpr } from '../../src/ir/transform/vmap.js';
import { checkVmap } from './vmap-check.js';
import { build, eqnsOf, f32, rand, tensor, withBatch } from './vmap-b-helpers.js';

function loopCheck(j: Jaxpr, dims: readonly BDim[], size: number, outDims?: readonly BDim[]) {
  const inputs = j.invars.map((v, i) => rand(withBatch(v.aval.shape, dims[i] ?? null, size), v.aval.dtype, i + 11));
  return checkVmap(j, dims, size, inputs, outDims ? { outDims } : {});
}

// 2-D windows over [5,6]: 2x3 windows, strides (2,1), padding, dilations.
const win: WindowParams = { window_dimensions: [2, 3], window_strides: [2, 1], padding: [[1, 0], [0, 2]], base_dilation: [1, 2], window_dilation: [2, 1] };
const pool: WindowParams = { window_dimensions: [2, 2], window_strides: [2, 1], padding: [[0, 1], [1, 0]], base_dilation: [1, 1], window_dilation: [1, 1] };

describe('vmap part B: windowed reductions', () => {
  it('reduce_window_sum and reduce_window_max: a size-1 window on the batch dim, every bdim', () => {
    const s = build([f32(5, 6)], (b, x) => b.reduceWindowSum(x!, win));
    const m = build([f32(5, 6)], (b, x) => b.reduceWindowMax(x!, win));
    for (const d of [0, 1, 2]) {
      const r = loopCheck(s, [d], 3);
      const p = eqnsOf(r.jaxpr, 'reduce_window_sum')[0]!.params;
      expect([p.window_dimensions[d], p.window_strides[d], p.padding[d], p.base_dilation[d], p.window_dilation[d]]).to.deep.equal([1, 1, [0, 0], 1, 1]);
      loopCheck(m, [d], 3, [1]);
    }
  });

  it('select_and_gather_add (t, x): mixed batched operands', () => {
    const j = build([f32(5, 6), f32(5, 6)], (b, t, x) => b.bind1('select_and_gather_add', [t!, x!], pool));
    for (const dims of [[0, null], [null, 1], [2, 0], [1, 1]] as BDim[][]) {
      const r = loopCheck(j, dims, 3);
      expect(eqnsOf(r.jaxpr, 'select_and_gather_add')[0]!.params.window_dimensions).to.deep.equal([1, 2, 2]);
    }
  });

  it('select_and_scatter_add (source, x): mixed batched operands, ties go to the first max', () => {
    const j = build([f32(3, 6), f32(5, 6)], (b, s, x) => b.bind1('select_and_scatter_add', [s!, x!], pool));
    for (const dims of [[0, null], [null, 2], [1, 0], [2, 2]] as BDim[][]) loopCheck(j, dims, 3);
    const k = build([f32(2), f32(4)], (b, s, x) => b.bind1('select_and_scatter_add', [s!, x!], { window_dimensions: [2], window_strides: [2], padding: [[0, 0]], base_dilation: [1], window_dilation: [1] }));
    const r = checkVmap(k, [0, 0], 2, [tensor([2, 2], 'f32', [1, 2, 3, 4]), tensor([2, 4], 'f32', [5, 5, 0, 9, 1, 2, 7, 7])]);
    expect(Array.from(r.outs[0]!.data)).to.deep.equal([1, 0, 0, 2, 0, 3, 4, 0]);
  });
});

describe('vmap part B: jit', () => {
  // jit body: (x, y) ↦ (sin(x)·y, y + 1, 2·3): one output depends on both, one on y only, one on nothing.
  const body = build([f32(3), f32(3)], (b, x, y) => [b.mul(b.sin(x!), y!), b.add(y!, 1), b.full([2], 6, 'f32')]);
  const outer = build([f32(3), f32(3)], (b, x, y) => b.bind('jit', [x!, y!], { name: 'f', jaxpr: body }));

  it('one jit eqn whose body keeps batched outputs at 0 and unbatched ones unbatched', () => {
    const r = vmapJaxpr(outer, [1, null], 4, [0, null, null]);
    expect(r.outBatched).to.deep.equal([true, false, false]);
    const jits = eqnsOf(r.jaxpr, 'jit');
    expect(jits).to.have.length(1);
    expect(jits[0]!.params.name).to.equal('f');
    expect(jits[0]!.outputs.map((o) => [...o.aval.shape])).to.deep.equal([[4, 3], [3], [2]]);
    expect(jits[0]!.params.jaxpr.invars.map((v) => [...v.aval.shape])).to.deep.equal([[3, 4], [3]]);
  });

  it('matches the loop for every placement (unbatched outputs broadcast by the driver)', () => {
    for (const dims of [[0, null], [1, null], [null, 0], [1, 0]] as BDim[][]) loopCheck(outer, dims, 3, [0, 1, 0]);
  });

  it('nested jit inside jit, and vmap of vmap through jit', () => {
    const mid = build([f32(3), f32(3)], (b, x, y) => b.bind('jit', [x!, y!], { name: 'g', jaxpr: outer }));
    loopCheck(mid, [0, 1], 2, [0, 0, 0]);
    const once = vmapJaxpr(mid, [0, null], 2, [0, null, null]).jaxpr;
    const r = loopCheck(once, [null, 0], 3, [1, 0, null]);
    expect(eqnsOf(r.jaxpr, 'jit')).to.have.length(1);
  });
});
