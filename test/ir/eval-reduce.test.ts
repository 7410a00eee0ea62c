// Evaluation rules of the reductions, argmax/argmin, reduce_window and cumsum: numpy values, edge cases.
import { expect } from 'chai';
import type { Tensor } from '../../src/ir/core.js';
import type { DType } from '../../src/ir/dtype.js';
import type { EvalCtx, EvalRule } from '../../src/ir/eval-types.js';
import { F32_CTX, F64_CTX, tensorFrom } from '../../src/ir/eval-types.js';
import type { Pair, Params } from '../../src/ir/primitives.js';
import { structuralEvalRules, type StructuralPrim } from '../../src/ir/eval-structural.js';

const T = (shape: number[], dtype: DType, values: ArrayLike<number>): Tensor => tensorFrom(shape, dtype, values, F32_CTX);
const arange = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

function run<P extends StructuralPrim>(
  prim: P, inputs: Tensor[], params: Params[P], outShape: number[], outDtype?: DType, ctx: EvalCtx = F32_CTX,
): Tensor {
  const rule = structuralEvalRules[prim] as EvalRule<P>;
  const outs = rule(inputs, params, [{ shape: outShape, dtype: outDtype ?? inputs[0].dtype }], ctx);
  expect(outs[0].shape).to.deep.equal(outShape);
  return outs[0];
}
const vals = (t: Tensor): number[] => Array.from(t.data);

describe('eval rules: reductions', () => {
  const x = T([2, 3, 4], 'f32', arange(24));

  it('reduce_sum over several axes and reduce_max over one (numpy)', () => {
    expect(vals(run('reduce_sum', [x], { axes: [0, 2] }, [3]))).to.deep.equal([60, 92, 124]);
    expect(vals(run('reduce_max', [x], { axes: [1] }, [2, 4]))).to.deep.equal([8, 9, 10, 11, 20, 21, 22, 23]);
    expect(vals(run('reduce_sum', [x], { axes: [0, 1, 2] }, []))).to.deep.equal([276]);
  });

  it('reduce over no axes copies; rank-0 input', () => {
    expect(vals(run('reduce_min', [T([], 'f32', [2.5])], { axes: [] }, []))).to.deep.equal([2.5]);
    expect(vals(run('reduce_prod', [T([2], 'i32', [3, -4])], { axes: [] }, [2]))).to.deep.equal([3, -4]);
  });

  it('empty reductions give the identity of each dtype', () => {
    const ef = T([2, 0], 'f32', []);
    expect(vals(run('reduce_sum', [ef], { axes: [1] }, [2]))).to.deep.equal([0, 0]);
    expect(vals(run('reduce_prod', [ef], { axes: [1] }, [2]))).to.deep.equal([1, 1]);
    expect(vals(run('reduce_max', [ef], { axes: [1] }, [2]))).to.deep.equal([-Infinity, -Infinity]);
    expect(vals(run('reduce_min', [ef], { axes: [1] }, [2]))).to.deep.equal([Infinity, Infinity]);
    const ei = T([0], 'i32', []);
    expect(vals(run('reduce_max', [ei], { axes: [0] }, []))).to.deep.equal([-0x80000000]);
    expect(vals(run('reduce_min', [ei], { axes: [0] }, []))).to.deep.equal([0x7fffffff]);
    const eu = T([0], 'u32', []);
    expect(vals(run('reduce_max', [eu], { axes: [0] }, []))).to.deep.equal([0]);
    expect(vals(run('reduce_min', [eu], { axes: [0] }, []))).to.deep.equal([0xffffffff]);
    // Reducing the non-empty axis of an empty array gives an empty result.
    expect(vals(run('reduce_sum', [ef], { axes: [0] }, [0]))).to.deep.equal([]);
  });

  it('max and min propagate NaN; sum too', () => {
    const n = T([4], 'f32', [1, NaN, 3, -Infinity]);
    expect(Number.isNaN(run('reduce_max', [n], { axes: [0] }, []).data[0])).to.equal(true);
    expect(Number.isNaN(run('reduce_min', [n], { axes: [0] }, []).data[0])).to.equal(true);
    expect(Number.isNaN(run('reduce_sum', [n], { axes: [0] }, []).data[0])).to.equal(true);
    expect(vals(run('reduce_min', [T([2], 'f32', [1, -Infinity])], { axes: [0] }, []))).to.deep.equal([-Infinity]);
  });

  it('reduce_prod over rows (numpy)', () => {
    expect(vals(run('reduce_prod', [T([2, 3], 'f32', [3, 1, 4, 1, 5, 9])], { axes: [1] }, [2]))).to.deep.equal([12, 45]);
  });

  it('integer reductions wrap; u32 compares unsigned', () => {
    expect(vals(run('reduce_sum', [T([2], 'i32', [0x7fffffff, 1])], { axes: [0] }, []))).to.deep.equal([-0x80000000]);
    expect(vals(run('reduce_sum', [T([2], 'u32', [0xffffffff, 2])], { axes: [0] }, []))).to.deep.equal([1]);
    expect(vals(run('reduce_prod', [T([2], 'i32', [65536, 65537])], { axes: [0] }, []))).to.deep.equal([65536]);
    expect(vals(run('reduce_prod', [T([2], 'u32', [0x80000000, 3])], { axes: [0] }, []))).to.deep.equal([0x80000000]);
    expect(vals(run('reduce_max', [T([2], 'u32', [0x80000000, 5])], { axes: [0] }, []))).to.deep.equal([0x80000000]);
    expect(vals(run('reduce_min', [T([2], 'i32', [-7, 5])], { axes: [0] }, []))).to.deep.equal([-7]);
  });

  it('f32 sums accumulate in double and round once', () => {
    const v = T([3], 'f32', [1e8, 1, -1e8]);
    expect(vals(run('reduce_sum', [v], { axes: [0] }, []))).to.deep.equal([1]);
    const out = run('reduce_sum', [T([3], 'f32', [0.1, 0.2, 0.3])], { axes: [0] }, [], 'f32', F64_CTX);
    expect(out.data).to.be.instanceOf(Float64Array);
    expect(out.data[0]).to.equal(Math.fround(0.1) + Math.fround(0.2) + Math.fround(0.3));
  });

  it('bool reductions: max is any, min is all', () => {
    const b = T([2, 3], 'bool', [0, 1, 0, 1, 1, 1]);
    expect(vals(run('reduce_max', [b], { axes: [1] }, [2]))).to.deep.equal([1, 1]);
    expect(vals(run('reduce_min', [b], { axes: [1] }, [2]))).to.deep.equal([0, 1]);
    expect(vals(run('reduce_max', [T([2], 'bool', [0, 0])], { axes: [0] }, []))).to.deep.equal([0]);
  });
});

describe('eval rules: argmax/argmin', () => {
  const am = (axis: number) => ({ axes: [axis], index_dtype: 'i32' as const });
  it('ties pick the first index', () => {
    expect(vals(run('argmax', [T([5], 'f32', [1, 7, 3, 7, 2])], am(0), [], 'i32'))).to.deep.equal([1]);
    expect(vals(run('argmin', [T([5], 'i32', [4, 0, 3, 0, 2])], am(0), [], 'i32'))).to.deep.equal([1]);
  });

  it('NaN counts as the extreme for both, and the first NaN wins', () => {
    const n = T([5], 'f32', [1, NaN, Infinity, NaN, -Infinity]);
    expect(vals(run('argmax', [n], am(0), [], 'i32'))).to.deep.equal([1]);
    expect(vals(run('argmin', [n], am(0), [], 'i32'))).to.deep.equal([1]);
    expect(vals(run('argmax', [T([2], 'f32', [NaN, NaN])], am(0), [], 'i32'))).to.deep.equal([0]);
  });

  it('along an inner axis of a 2-D array', () => {
    const y = T([2, 3], 'f32', [0, 5, -1, 9, 9, NaN]);
    expect(vals(run('argmax', [y], am(1), [2], 'i32'))).to.deep.equal([1, 2]);
    expect(vals(run('argmin', [y], am(1), [2], 'i32'))).to.deep.equal([2, 2]);
    expect(vals(run('argmax', [y], am(0), [3], 'i32'))).to.deep.equal([1, 1, 1]);
  });
});

describe('eval rules: reduce_window', () => {
  const w = (dims: number[], strides: number[], padding: Pair[], base: number[], win: number[]) =>
    ({ window_dimensions: dims, window_strides: strides, padding, base_dilation: base, window_dilation: win });
  const x = T([6], 'f32', [1, 2, 3, 4, 5, 6]);

  it('1-D sum with stride and padding (numpy-built reference)', () => {
    expect(vals(run('reduce_window_sum', [x], w([2], [2], [[1, 1]], [1], [1]), [4]))).to.deep.equal([1, 5, 9, 6]);
  });

  it('base and window dilation: holes count as the init value', () => {
    const p = w([3], [1], [[0, 1]], [2], [2]);
    expect(vals(run('reduce_window_sum', [x], p, [8]))).to.deep.equal([6, 0, 9, 0, 12, 0, 15, 0]);
    expect(vals(run('reduce_window_max', [x], p, [8]))).to.deep.equal([3, -Infinity, 4, -Infinity, 5, -Infinity, 6, -Infinity]);
  });

  it('2-D max pooling, with padding and negative padding (numpy-built reference)', () => {
    const y = T([4, 4], 'f32', [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3]);
    expect(vals(run('reduce_window_max', [y], w([2, 2], [2, 2], [[0, 0], [0, 0]], [1, 1], [1, 1]), [2, 2]))).to.deep.equal([9, 6, 9, 9]);
    expect(vals(run('reduce_window_max', [y], w([3, 2], [2, 1], [[1, 0], [0, -1]], [1, 1], [1, 1]), [2, 2]))).to.deep.equal([9, 9, 9, 9]);
    const s = run('reduce_window_sum', [y], w([2, 2], [1, 2], [[1, 1], [0, 1]], [2, 1], [1, 2]), [8, 2]);
    expect(vals(s)).to.deep.equal([7, 4, 7, 4, 7, 2, 7, 2, 10, 5, 10, 5, 18, 9, 18, 9]);
  });

  it('a window entirely in padding gives -Inf (f32) / INT32_MIN (i32) for max, 0 for sum', () => {
    const p = w([1], [1], [[1, 0]], [1], [1]);
    expect(vals(run('reduce_window_max', [T([2], 'f32', [1, 2])], p, [3]))).to.deep.equal([-Infinity, 1, 2]);
    expect(vals(run('reduce_window_max', [T([2], 'i32', [1, 2])], p, [3]))).to.deep.equal([-0x80000000, 1, 2]);
    expect(vals(run('reduce_window_sum', [T([2], 'i32', [1, 2])], p, [3]))).to.deep.equal([0, 1, 2]);
  });
});

describe('eval rules: cumsum', () => {
  const z = T([3, 4], 'f32', arange(12));
  it('forward along axis 1 and reverse along axis 0 (numpy)', () => {
    expect(vals(run('cumsum', [z], { axis: 1, reverse: false }, [3, 4]))).to.deep.equal([0, 1, 3, 6, 4, 9, 15, 22, 8, 17, 27, 38]);
    expect(vals(run('cumsum', [z], { axis: 0, reverse: true }, [3, 4]))).to.deep.equal([12, 15, 18, 21, 12, 14, 16, 18, 8, 9, 10, 11]);
  });

  it('wraps for i32, accumulates in double for f32, and handles empty axes', () => {
    expect(vals(run('cumsum', [T([3], 'i32', [0x7fffffff, 1, 1])], { axis: 0, reverse: false }, [3]))).to.deep.equal([0x7fffffff, -0x80000000, -0x7fffffff]);
    expect(vals(run('cumsum', [T([3], 'f32', [1e8, 1, -1e8])], { axis: 0, reverse: false }, [3]))).to.deep.equal([1e8, 1e8, 1]);
    expect(vals(run('cumsum', [T([2, 0], 'f32', [])], { axis: 1, reverse: false }, [2, 0]))).to.deep.equal([]);
  });
});
