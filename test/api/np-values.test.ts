import { expect } from 'chai';
import * as np from '../../src/api/np.js';
import { Array } from '../../src/api/array.js';
import type { Value } from '../../src/api/np.js';

const list = (x: Value): unknown => (x as Array).tolistSync();
const close = (x: Value, want: number[], tol = 1e-5): void => {
  const got = [...(x as Array).dataSync()];
  expect(got.length).to.equal(want.length);
  got.forEach((g, i) => expect(g).to.be.closeTo(want[i]!, tol));
};

describe('np creation', () => {
  it('array: nested numbers are float32, dtype option, bools, scalars', () => {
    const a = np.array([[1, 2], [3, 4]]);
    expect(a.dtype).to.equal('float32');
    expect(a.shape).to.deep.equal([2, 2]);
    expect(np.array([1, 2], { dtype: 'int32' }).dtype).to.equal('int32');
    expect(np.array([true, false]).dtype).to.equal('bool');
    const s = np.array(2);
    expect(s.shape).to.deep.equal([]);
    expect(s.dtype).to.equal('float32');
    const c = np.array(a);
    expect(c).to.not.equal(a);
    expect(list(c)).to.deep.equal([[1, 2], [3, 4]]);
    expect(np.asarray(a)).to.equal(a);
    expect(list(np.array(a, { dtype: 'int32' }))).to.deep.equal([[1, 2], [3, 4]]);
  });
  it('zeros, ones, full, *Like', () => {
    expect(list(np.zeros([2]))).to.deep.equal([0, 0]);
    expect(np.ones([2, 3], { dtype: 'int32' }).dtype).to.equal('int32');
    expect(list(np.full([2], 7))).to.deep.equal([7, 7]);
    expect(np.full([2], 7).dtype).to.equal('int32');
    expect(np.full([2], 0.5).dtype).to.equal('float32');
    const i = np.arange(3);
    expect(np.zerosLike(i).dtype).to.equal('int32');
    expect(list(np.onesLike(i))).to.deep.equal([1, 1, 1]);
    expect(list(np.fullLike(np.zeros([2]), 3))).to.deep.equal([3, 3]);
  });
  it('arange: int32 for integer args, float32 otherwise', () => {
    expect(list(np.arange(5))).to.deep.equal([0, 1, 2, 3, 4]);
    expect(np.arange(5).dtype).to.equal('int32');
    expect(list(np.arange(1, 7, 2))).to.deep.equal([1, 3, 5]);
    expect(list(np.arange(5, 0, -2))).to.deep.equal([5, 3, 1]);
    expect(list(np.arange(0, 1, 0.25))).to.deep.equal([0, 0.25, 0.5, 0.75]);
    expect(np.arange(0, 1, 0.25).dtype).to.equal('float32');
    expect(np.arange(3, { dtype: 'float32' }).dtype).to.equal('float32');
    expect(np.arange(3, 1).shape).to.deep.equal([0]);
  });
  it('linspace and eye', () => {
    expect(list(np.linspace(0, 1, 5))).to.deep.equal([0, 0.25, 0.5, 0.75, 1]);
    expect(list(np.linspace(0, 1, 4, { endpoint: false }))).to.deep.equal([0, 0.25, 0.5, 0.75]);
    expect(np.linspace(0, 1).shape).to.deep.equal([50]);
    expect(list(np.eye(2))).to.deep.equal([[1, 0], [0, 1]]);
    expect(list(np.eye(3, 4, { k: 1 }))).to.deep.equal([[0, 1, 0, 0], [0, 0, 1, 0], [0, 0, 0, 1]]);
    expect(list(np.eye(2, { k: -1, dtype: 'int32' }))).to.deep.equal([[0, 0], [1, 0]]);
  });
  it('astype truncates toward zero', () => {
    const y = np.astype(np.array([1.7, -1.7]), 'int32');
    expect(y.dtype).to.equal('int32');
    expect(list(y)).to.deep.equal([1, -1]);
  });
});

describe('np elementwise', () => {
  const a = np.array([[1, 2, 3], [4, 5, 6]]);
  const i = np.arange(6).reshape([2, 3]);
  it('broadcasting: ranks aligned on the right', () => {
    const r = np.add(np.array([[10], [20]]), np.array([1, 2, 3]));
    expect(r.shape).to.deep.equal([2, 3]);
    expect(list(r)).to.deep.equal([[11, 12, 13], [21, 22, 23]]);
    expect(list(np.subtract(a, np.array([1, 1, 1])))).to.deep.equal([[0, 1, 2], [3, 4, 5]]);
  });
  it('promotion with weak JS numbers (as JAX)', () => {
    const m = np.multiply(a, 2);
    expect(m.dtype).to.equal('float32');
    expect(m.weakType).to.equal(false);
    expect(np.multiply(i, 2).dtype).to.equal('int32');
    const f = np.multiply(i, 2.5);
    expect(f.dtype).to.equal('float32');
    expect(f.weakType).to.equal(true); // i32 ⊔ f* = f* in JAX's lattice
    expect(list(f)).to.deep.equal([[0, 2.5, 5], [7.5, 10, 12.5]]);
    expect(np.add(i, a).dtype).to.equal('float32');
    const w = np.add(2, 3);
    expect(w.dtype).to.equal('int32');
    expect(w.weakType).to.equal(true);
    expect(np.add(np.array([1, 2], { dtype: 'uint32' }), np.array([1, 2], { dtype: 'int32' })).dtype).to.equal('int32');
  });
  it('true division promotes ints to float32', () => {
    const d = np.divide(i, 4);
    expect(d.dtype).to.equal('float32');
    expect(list(d)).to.deep.equal([[0, 0.25, 0.5], [0.75, 1, 1.25]]);
  });
  it('floorDivide and remainder follow numpy signs', () => {
    // numpy: np.floor_divide([-7, 7, -7.5], 2) = [-4, 3, -4]; np.arange(-4, 4) % 3 = [2 0 1 2 0 1 2 0]
    expect(list(np.floorDivide(np.array([-7, 7, -7.5]), 2))).to.deep.equal([-4, 3, -4]);
    expect(list(np.floorDivide(np.arange(-3, 4), 2))).to.deep.equal([-2, -1, -1, 0, 0, 1, 1]);
    expect(list(np.floorDivide(np.array([7, -7], { dtype: 'int32' }), -2))).to.deep.equal([-4, 3]);
    expect(list(np.remainder(np.arange(-4, 4), 3))).to.deep.equal([2, 0, 1, 2, 0, 1, 2, 0]);
    expect(list(np.mod(np.array([-4.5, 4.5]), -2))).to.deep.equal([-0.5, -1.5]);
    expect(list(np.mod(np.arange(-2, 3), -3))).to.deep.equal([-2, -1, 0, -2, -1]);
  });
  it('power: integer exponents stay integer; float exponents', () => {
    const p = np.power(i, 2);
    expect(p.dtype).to.equal('int32');
    expect(list(p)).to.deep.equal([[0, 1, 4], [9, 16, 25]]);
    close(np.power(np.array([1, 2, 4]), 0.5), [1, Math.SQRT2, 2]);
    expect(list(np.power(np.arange(4), np.arange(4)))).to.deep.equal([1, 1, 4, 27]);
    expect(list(np.power(np.array([2]), -1))).to.deep.equal([0.5]);
  });
  it('unary math', () => {
    close(np.exp(np.arange(2)), [1, Math.E]);
    expect(np.exp(np.arange(2)).dtype).to.equal('float32');
    close(np.log(np.array([1, Math.E])), [0, 1]);
    close(np.log1p(np.array([0, 1])), [0, Math.LN2]);
    close(np.expm1(np.array([0, 1])), [0, Math.E - 1]);
    close(np.sin(np.array([0, Math.PI / 2])), [0, 1]);
    close(np.cos(np.array([0, Math.PI])), [1, -1]);
    close(np.tan(np.array([0, Math.PI / 4])), [0, 1]);
    close(np.tanh(np.array([0, 1])), [0, Math.tanh(1)]);
    close(np.sqrt(np.array([4, 9])), [2, 3]);
    expect(list(np.square(np.arange(3)))).to.deep.equal([0, 1, 4]);
    expect(list(np.negative(np.array([1, -2])))).to.deep.equal([-1, 2]);
    expect(list(np.abs(np.array([-3, 2], { dtype: 'int32' })))).to.deep.equal([3, 2]);
    expect(list(np.sign(np.array([-2, 0, 3])))).to.deep.equal([-1, 0, 1]);
    expect(list(np.floor(np.array([-1.5, 1.5])))).to.deep.equal([-2, 1]);
    expect(list(np.ceil(np.array([-1.5, 1.5])))).to.deep.equal([-1, 2]);
    expect(np.floor(np.arange(2)).dtype).to.equal('int32');
  });
  it('round is half to even', () => {
    // numpy: np.round([0.5, 1.5, 2.5, -0.5, -1.5]) = [0, 2, 2, -0, -2]
    expect(list(np.round(np.array([0.5, 1.5, 2.5, -0.5, -1.5, 0.4])))).to.deep.equal([0, 2, 2, -0, -2, 0]);
  });
  it('comparisons, logical ops, where, clip', () => {
    expect(list(np.greater(a, 2))).to.deep.equal([[false, false, true], [true, true, true]]);
    expect(list(np.lessEqual(a, 2))).to.deep.equal([[true, true, false], [false, false, false]]);
    expect(list(np.equal(np.array([1, 2]), np.array([1, 3])))).to.deep.equal([true, false]);
    expect(list(np.notEqual(np.array([1, 2]), 1))).to.deep.equal([false, true]);
    expect(list(np.less(np.array([1, 2]), 2))).to.deep.equal([true, false]);
    expect(list(np.greaterEqual(np.array([1, 2]), 2))).to.deep.equal([false, true]);
    expect(list(np.logicalAnd(np.array([1, 0, 2]), true))).to.deep.equal([true, false, true]);
    expect(list(np.logicalOr(np.array([1, 0]), np.array([0, 0])))).to.deep.equal([true, false]);
    expect(list(np.logicalNot(np.array([1, 0])))).to.deep.equal([false, true]);
    expect(list(np.where(np.greater(a, 2), a, 0))).to.deep.equal([[0, 0, 3], [4, 5, 6]]);
    expect(list(np.where(np.array([true, false]), np.array([[1], [2]]), -1))).to.deep.equal([[1, -1], [2, -1]]);
    expect(list(np.clip(a, 2, 5))).to.deep.equal([[2, 2, 3], [4, 5, 5]]);
    expect(list(np.clip(a, null, 2))).to.deep.equal([[1, 2, 2], [2, 2, 2]]);
    expect(list(np.maximum(np.array([1, 5]), 3))).to.deep.equal([3, 5]);
    expect(list(np.minimum(np.array([1, 5]), 3))).to.deep.equal([1, 3]);
  });
  it('isfinite, isnan, isinf; bool add is or', () => {
    const x = np.array([NaN, 1, -Infinity]);
    expect(list(np.isnan(x))).to.deep.equal([true, false, false]);
    expect(list(np.isinf(x))).to.deep.equal([false, false, true]);
    expect(list(np.isfinite(x))).to.deep.equal([false, true, false]);
    expect(list(np.isnan(np.arange(2)))).to.deep.equal([false, false]);
    expect(list(np.add(np.array([true, false]), np.array([true, false])))).to.deep.equal([true, false]);
  });
});

describe('np reductions', () => {
  const a = np.array([[1, 2, 3], [4, 5, 6]]);
  it('sum with axes, negative axes, keepdims; bool sums in int32', () => {
    expect(list(np.sum(a))).to.equal(21);
    expect(list(np.sum(a, 0))).to.deep.equal([5, 7, 9]);
    expect(list(np.sum(a, -1, { keepdims: true }))).to.deep.equal([[6], [15]]);
    expect(list(np.sum(a, [0, 1]))).to.equal(21);
    const b = np.sum(np.greater(a, 2));
    expect(b.dtype).to.equal('int32');
    expect(list(b)).to.equal(4);
    expect(np.sum(np.arange(3)).dtype).to.equal('int32');
    expect(list(np.sum(np.zeros([0, 2]), 0))).to.deep.equal([0, 0]);
  });
  it('mean, var (ddof), std, prod', () => {
    expect(list(np.mean(a))).to.equal(3.5);
    const mi = np.mean(np.arange(6).reshape([2, 3]), -1, { keepdims: true });
    expect(mi.dtype).to.equal('float32');
    expect(list(mi)).to.deep.equal([[1], [4]]);
    // numpy: np.var([[1,2,3],[4,5,6]]) = 2.9166667, ddof=1 along axis 1 = [1, 1]; std = 1.7078251
    close(np.var(a), [2.9166667]);
    expect(list(np.var(a, 1, { ddof: 1 }))).to.deep.equal([1, 1]);
    close(np.std(a), [1.7078251]);
    expect(list(np.prod(a, 1))).to.deep.equal([6, 120]);
  });
  it('max, min, argmax, argmin (flattened without axis), all, any', () => {
    expect(list(np.max(a, 1))).to.deep.equal([3, 6]);
    expect(list(np.min(a))).to.equal(1);
    expect(list(np.argmax(a))).to.equal(5);
    expect(list(np.argmax(np.array([[1, 9, 9], [7, 0, 2]]), 1))).to.deep.equal([1, 0]);
    expect(list(np.argmin(a, 0, { keepdims: true }))).to.deep.equal([[0, 0, 0]]);
    expect(np.argmin(a).dtype).to.equal('int32');
    expect(list(np.all(np.greater(a, 0), 1))).to.deep.equal([true, true]);
    expect(list(np.all(np.greater(a, 1)))).to.equal(false);
    expect(list(np.any(np.greater(a, 5)))).to.equal(true);
    expect(list(np.any(np.zeros([0])))).to.equal(false);
    expect(list(np.all(np.zeros([0])))).to.equal(true);
  });
  it('cumsum along an axis and flattened', () => {
    expect(list(np.cumsum(a, 1))).to.deep.equal([[1, 3, 6], [4, 9, 15]]);
    expect(list(np.cumsum(a))).to.deep.equal([1, 3, 6, 10, 15, 21]);
    expect(np.cumsum(np.array([true, true])).dtype).to.equal('int32');
  });
});
