import { expect } from 'chai';
import * as np from '../../src/api/np.js';
import type { Array } from '../../src/api/array.js';
import type { Value } from '../../src/api/np.js';

const list = (x: Value): unknown => (x as Array).tolistSync();

describe('np shape', () => {
  const a = np.array([[1, 2, 3], [4, 5, 6]]);
  it('reshape with -1, ravel, transpose, swapaxes, moveaxis', () => {
    expect(list(np.reshape(a, [3, -1]))).to.deep.equal([[1, 2], [3, 4], [5, 6]]);
    expect(list(np.ravel(a))).to.deep.equal([1, 2, 3, 4, 5, 6]);
    expect(list(np.transpose(a))).to.deep.equal([[1, 4], [2, 5], [3, 6]]);
    expect(np.transpose(np.zeros([2, 3, 4]), [1, 0, 2]).shape).to.deep.equal([3, 2, 4]);
    expect(np.transpose(np.zeros([2, 3, 4])).shape).to.deep.equal([4, 3, 2]);
    expect(list(np.swapaxes(a, 0, -1))).to.deep.equal([[1, 4], [2, 5], [3, 6]]);
    expect(np.moveaxis(np.zeros([2, 3, 4]), 0, -1).shape).to.deep.equal([3, 4, 2]);
    expect(np.moveaxis(np.zeros([2, 3, 4]), [0, 1], [-1, -2]).shape).to.deep.equal([4, 3, 2]);
  });
  it('expandDims, squeeze, flip, broadcastTo, broadcastShapes', () => {
    expect(np.expandDims(a, [0, -1]).shape).to.deep.equal([1, 2, 3, 1]);
    expect(np.expandDims(a, 1).shape).to.deep.equal([2, 1, 3]);
    expect(np.squeeze(np.zeros([1, 3, 1])).shape).to.deep.equal([3]);
    expect(np.squeeze(np.zeros([1, 3, 1]), -1).shape).to.deep.equal([1, 3]);
    expect(list(np.flip(a, 1))).to.deep.equal([[3, 2, 1], [6, 5, 4]]);
    expect(list(np.flip(a))).to.deep.equal([[6, 5, 4], [3, 2, 1]]);
    expect(list(np.broadcastTo(np.array([1, 2]), [2, 2]))).to.deep.equal([[1, 2], [1, 2]]);
    expect(np.broadcastShapes([3, 1], [4], [2, 1, 1])).to.deep.equal([2, 3, 4]);
  });
  it('concatenate (promotes), stack, split', () => {
    expect(list(np.concatenate([a, np.arange(3).reshape([1, 3])], 0))).to.deep.equal([[1, 2, 3], [4, 5, 6], [0, 1, 2]]);
    expect(np.concatenate([np.arange(2), np.arange(2)]).dtype).to.equal('int32');
    expect(np.concatenate([np.arange(2), np.zeros([2])]).dtype).to.equal('float32');
    expect(list(np.concatenate([a, a], null))).to.deep.equal([1, 2, 3, 4, 5, 6, 1, 2, 3, 4, 5, 6]);
    expect(list(np.stack([np.array([1, 2]), np.array([3, 4])], 1))).to.deep.equal([[1, 3], [2, 4]]);
    expect(np.stack([a, a]).shape).to.deep.equal([2, 2, 3]);
    expect(np.split(np.arange(6), 3).map(list)).to.deep.equal([[0, 1], [2, 3], [4, 5]]);
    expect(np.split(np.arange(6), [1, 4]).map(list)).to.deep.equal([[0], [1, 2, 3], [4, 5]]);
    expect(np.split(a, 3, 1).map((x) => x.shape)).to.deep.equal([[2, 1], [2, 1], [2, 1]]);
  });
  it('pad: number, pair, per-axis pairs, constantValues', () => {
    expect(list(np.pad(np.array([1, 2]), [[1, 2]], { constantValues: 9 }))).to.deep.equal([9, 1, 2, 9, 9]);
    expect(list(np.pad(np.array([1, 2]), 1))).to.deep.equal([0, 1, 2, 0]);
    expect(list(np.pad(np.array([1, 2]), [0, 2]))).to.deep.equal([1, 2, 0, 0]);
    expect(np.pad(a, [[1, 1], [0, 2]]).shape).to.deep.equal([4, 5]);
    expect(list(np.pad(a, [[0, 1], [1, 0]]))).to.deep.equal([[0, 1, 2, 3], [0, 4, 5, 6], [0, 0, 0, 0]]);
  });
});

describe('np indexing and ordering', () => {
  const a = np.array([[1, 2, 3], [4, 5, 6]]);
  it('take along an axis, negative indices wrap, out-of-bounds clamp', () => {
    expect(list(np.take(a, [2, 0], 1))).to.deep.equal([[3, 1], [6, 4]]);
    expect(list(np.take(a, [-1], 1))).to.deep.equal([[3], [6]]);
    expect(list(np.take(a, [5, 7], 1))).to.deep.equal([[3, 3], [6, 6]]); // clamped to 2
    expect(list(np.take(a, [[0, 5], [7, -2]]))).to.deep.equal([[1, 6], [6, 5]]); // flattened
    expect(list(np.take(a, 1, 0))).to.deep.equal([4, 5, 6]);
    expect(np.take(np.zeros([2, 3, 4]), [[0, 1]], 1).shape).to.deep.equal([2, 1, 2, 4]);
  });
  it('sort and argsort (stable)', () => {
    expect(list(np.sort(np.array([[3, 1, 2], [0, -1, 5]])))).to.deep.equal([[1, 2, 3], [-1, 0, 5]]);
    expect(list(np.sort(np.array([[3, 1], [1, 2]]), 0))).to.deep.equal([[1, 1], [3, 2]]);
    // numpy: np.argsort([3, 1, 3, 1, 2], kind='stable') = [1, 3, 4, 0, 2]
    expect(list(np.argsort(np.array([3, 1, 3, 1, 2])))).to.deep.equal([1, 3, 4, 0, 2]);
    expect(list(np.argsort(np.array([2, 2, 2, 2])))).to.deep.equal([0, 1, 2, 3]);
    expect(list(np.argsort(np.array([[3, 1], [1, 2]]), 0))).to.deep.equal([[1, 0], [0, 1]]);
    expect(np.argsort(np.array([1])).dtype).to.equal('int32');
  });
});

describe('np contractions', () => {
  const a = np.array([[1, 2, 3], [4, 5, 6]]);
  const b = np.arange(12).reshape([3, 4]).astype('float32');
  it('matmul: 2-D, 1-D operands, batch broadcasting', () => {
    expect(list(np.matmul(a, a.T))).to.deep.equal([[14, 32], [32, 77]]);
    expect(list(np.matmul(np.array([1, 2, 3]), a.T))).to.deep.equal([14, 32]);
    expect(list(np.matmul(a, np.array([1, 2, 3])))).to.deep.equal([14, 32]);
    expect(list(np.matmul(np.array([1, 2, 3]), np.array([1, 2, 3])))).to.equal(14);
    const r = np.matmul(np.ones([2, 1, 3, 4]), np.ones([5, 4, 2]));
    expect(r.shape).to.deep.equal([2, 5, 3, 2]);
    expect([...(r as Array).dataSync()].every((v) => v === 4)).to.equal(true);
    const x = np.arange(24).reshape([2, 3, 4]).astype('float32');
    const y = np.arange(8).reshape([4, 2]).astype('float32');
    // numpy: (np.arange(24).reshape(2,3,4) @ np.arange(8).reshape(4,2))[1] = [[172,226],[220,290],[268,354]]
    expect((list(np.matmul(x, y)) as unknown[])[1]).to.deep.equal([[172, 226], [220, 290], [268, 354]]);
  });
  it('dot and outer', () => {
    expect(list(np.dot(a, b))).to.deep.equal([[32, 38, 44, 50], [68, 83, 98, 113]]);
    expect(list(np.dot(np.array([1, 2]), np.array([3, 4])))).to.equal(11);
    expect(list(np.dot(2, np.array([3, 4])))).to.deep.equal([6, 8]);
    expect(list(np.outer(np.array([1, 2]), np.array([1, 2, 3])))).to.deep.equal([[1, 2, 3], [2, 4, 6]]);
  });
  it('einsum matches matmul and numpy on the common specs', () => {
    expect(list(np.einsum('ij,jk->ik', a, b))).to.deep.equal(list(np.matmul(a, b)));
    expect(list(np.einsum('ij,jk', a, b))).to.deep.equal(list(np.matmul(a, b)));
    const x = np.arange(24).reshape([2, 3, 4]).astype('float32');
    const y = np.arange(40).reshape([2, 4, 5]).astype('float32');
    expect(list(np.einsum('bij,bjk->bik', x, y))).to.deep.equal(list(np.matmul(x, y)));
    expect(list(np.einsum('i,i->', np.array([1, 2, 3]), np.array([1, 2, 3])))).to.equal(14);
    expect(list(np.einsum('ij->ji', a))).to.deep.equal([[1, 4], [2, 5], [3, 6]]);
    expect(list(np.einsum('ij,ij->ij', a, a))).to.deep.equal([[1, 4, 9], [16, 25, 36]]);
    expect(list(np.einsum('ij->', a))).to.equal(21);
    expect(list(np.einsum('ij->j', a))).to.deep.equal([5, 7, 9]);
    expect(list(np.einsum('i,j->ij', np.array([1, 2]), np.array([1, 2, 3])))).to.deep.equal([[1, 2, 3], [2, 4, 6]]);
    // numpy: np.einsum('ij,jk,kl->il', a, a.T, a) = [[142,188,234],[340,449,558]]
    expect(list(np.einsum('ij,jk,kl->il', a, a.T, a))).to.deep.equal([[142, 188, 234], [340, 449, 558]]);
    expect(list(np.einsum('ij,kj->ik', a, a))).to.deep.equal([[14, 32], [32, 77]]);
  });
});
