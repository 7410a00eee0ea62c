// Transpose rules of slice, pad, concatenate, dynamic_slice, dynamic_update_slice, gather and
// scatter_add: the dot-product test on the f64 reference interpreter, and JAX's emitted eqns.
import { expect } from 'chai';
import type { GatherDimensionNumbers, ScatterDimensionNumbers } from '../../src/ir/primitives.js';
import { build, checkTranspose, f32, i32, randTensor, tensor } from './transpose-check.js';

const zeros = (...shape: number[]) => tensor(shape, new Array<number>(shape.reduce((a, d) => a * d, 1)).fill(0));

describe('transpose rules: slice and pad', () => {
  it('slice with unit strides pads back with (start, dim − limit)', () => {
    const r = checkTranspose(build([f32(5, 4)], (b, x) => b.slice(x, [1, 0], [4, 3])), [true], [randTensor([5, 4], 1)]);
    expect(r.text).to.contain('padding_config=((1, 1, 0), (0, 1, 0))');
  });

  it('strided slices use the real limit (JAX: pad (1,1,1), (0,0,2) for [1:6:2, 0:4:3] of f32[7,4])', () => {
    const r = checkTranspose(build([f32(7, 4)], (b, x) => b.slice(x, [1, 0], [6, 4], [2, 3])), [true], [randTensor([7, 4], 2)]);
    expect(r.text).to.contain('padding_config=((1, 1, 1), (0, 0, 2))');
    checkTranspose(build([f32(9)], (b, x) => b.slice(x, [2], [9], [3])), [true], [randTensor([9], 3)]);
  });

  it('an empty slice', () => {
    const j = build([f32(4), f32(4)], (b, x, y) => [b.slice(x, [2], [2]), b.neg(y)]);
    checkTranspose(j, [true, true], [randTensor([4], 1), randTensor([4], 2)]);
  });

  it('pad with negative and interior padding, linear in the operand (JAX: un-pad then strided slice)', () => {
    const j = build([f32(3, 4)], (b, x) => b.pad(x, 0, [[1, -1, 1], [0, 2, 0]]));
    const r = checkTranspose(j, [true], [randTensor([3, 4], 1)]);
    expect(r.text).to.contain('padding_config=((-1, 1, 0), (0, -2, 0))');
    expect(r.text).to.contain('strides=(2, 1)');
  });

  it('pad linear in both the operand and the padding value', () => {
    const j = build([f32(3, 4), f32()], (b, x, v) => b.pad(x, v, [[2, -1, 2], [-1, 3, 1]]));
    checkTranspose(j, [true, true], [randTensor([3, 4], 1), randTensor([], 2)]);
  });

  it('pad linear in the padding value only (operand zero)', () => {
    const j = build([f32(2), f32()], (b, x, v) => b.pad(x, v, [[1, 2, 1]]));
    const r = checkTranspose(j, [false, true], [zeros(2), randTensor([], 3)]);
    expect(r.inCts.length).to.equal(1);
  });

  it('concatenate: slices for the linear operands only', () => {
    const j = build([f32(3, 4), f32(3, 2), f32(3, 1)], (b, x, y, z) => b.concatenate([x, y, z], 1));
    checkTranspose(j, [true, true, true], [randTensor([3, 4], 1), randTensor([3, 2], 2), randTensor([3, 1], 3)]);
    const r = checkTranspose(j, [true, false, true], [randTensor([3, 4], 1), zeros(3, 2), randTensor([3, 1], 3)]);
    expect(r.text.match(/= slice/g)).to.have.length(2);
  });
});

describe('transpose rules: dynamic slices', () => {
  const idx = (v: number) => tensor([], [v], 'i32');

  it('dynamic_slice, in bounds and clamped', () => {
    const j = build([f32(5, 4), i32(), i32()], (b, x, i, k) => b.dynamicSlice(x, [i, k], [2, 3]));
    for (const [a, c] of [[1, 0], [4, 3], [-2, 1]] as const)
      checkTranspose(j, [true, false, false], [randTensor([5, 4], a + 10), idx(a), idx(c)]);
  });

  it('dynamic_update_slice, linear in the operand and the update, clamped start', () => {
    const j = build([f32(6), f32(2), i32()], (b, x, u, i) => b.dynamicUpdateSlice(x, u, [i]));
    for (const s of [1, 5, -3]) {
      checkTranspose(j, [true, true, false], [randTensor([6], s + 10), randTensor([2], s + 20), idx(s)]);
    }
    checkTranspose(j, [false, true, false], [zeros(6), randTensor([2], 4), idx(2)]);
  });
});

const gdn = (offset: number[], collapsed: number[], sim: number[], ob: number[] = [], ib: number[] = []): GatherDimensionNumbers =>
  ({ offset_dims: offset, collapsed_slice_dims: collapsed, start_index_map: sim, operand_batching_dims: ob, start_indices_batching_dims: ib });
const sdn = (uwd: number[], iwd: number[], sdod: number[], ob: number[] = [], ib: number[] = []): ScatterDimensionNumbers =>
  ({ update_window_dims: uwd, inserted_window_dims: iwd, scatter_dims_to_operand_dims: sdod, operand_batching_dims: ob, scatter_indices_batching_dims: ib });

describe('transpose rules: gather and scatter_add', () => {
  it('x[idx] with repeated and out-of-bounds (clipped) indices', () => {
    const j = build([f32(5, 3), i32(4, 1)], (b, x, i) => b.gather(x, i, gdn([1], [0], [0]), [1, 3], 'clip'));
    const r = checkTranspose(j, [true, false], [randTensor([5, 3], 1), tensor([4, 1], [2, 0, 2, 9], 'i32')]);
    expect(r.text).to.contain('scatter_add');
    expect(r.text).to.contain('update_window_dims=(1,)');
  });

  it('x[:, idx] and x[i, j]', () => {
    const a = build([f32(3, 5), i32(4, 1)], (b, x, i) => b.gather(x, i, gdn([0], [1], [1]), [3, 1], 'clip'));
    checkTranspose(a, [true, false], [randTensor([3, 5], 2), tensor([4, 1], [4, 1, 1, 0], 'i32')]);
    const c = build([f32(4, 5), i32(3, 2)], (b, x, i) => b.gather(x, i, gdn([], [0, 1], [0, 1]), [1, 1], 'clip'));
    checkTranspose(c, [true, false], [randTensor([4, 5], 3), tensor([3, 2], [1, 2, 3, 4, 1, 2], 'i32')]);
  });

  it('gather of windows in fill mode drops out-of-bounds windows', () => {
    const j = build([f32(6, 3), i32(3, 1)], (b, x, i) => b.gather(x, i, gdn([1, 2], [], [0]), [2, 3], 'fill', 0));
    checkTranspose(j, [true, false], [randTensor([6, 3], 4), tensor([3, 1], [1, 5, -1], 'i32')]);
  });

  it('gather with batching dims', () => {
    const j = build([f32(2, 5, 3), i32(2, 4, 1)], (b, x, i) => b.gather(x, i, gdn([2], [1], [1], [0], [0]), [1, 1, 3], 'clip'));
    checkTranspose(j, [true, false], [randTensor([2, 5, 3], 5), tensor([2, 4, 1], [0, 4, 4, 2, 1, 1, 3, 0], 'i32')]);
  });

  it('scatter_add linear in the operand and the updates (updates get a gather)', () => {
    const j = build([f32(5, 3), i32(4, 1), f32(4, 3)], (b, x, i, u) => b.scatterAdd(x, i, u, sdn([1], [0], [0]), 'clip'));
    const r = checkTranspose(j, [true, false, true], [randTensor([5, 3], 1), tensor([4, 1], [3, 3, 0, 7], 'i32'), randTensor([4, 3], 2)]);
    expect(r.text).to.contain('gather');
    expect(r.text).to.contain('offset_dims=(1,)');
  });

  it('scatter_add in fill mode with an out-of-bounds index, and with batching dims', () => {
    const j = build([f32(5), i32(3, 1), f32(3)], (b, x, i, u) => b.scatterAdd(x, i, u, sdn([], [0], [0]), 'fill'));
    checkTranspose(j, [true, false, true], [randTensor([5], 3), tensor([3, 1], [1, 8, 1], 'i32'), randTensor([3], 4)]);
    const k = build([f32(2, 4), i32(2, 3, 1), f32(2, 3)], (b, x, i, u) => b.scatterAdd(x, i, u, sdn([], [1], [1], [0], [0]), 'clip'));
    checkTranspose(k, [false, false, true], [zeros(2, 4), tensor([2, 3, 1], [0, 3, 3, 1, 2, 0], 'i32'), randTensor([2, 3], 5)]);
  });
});
