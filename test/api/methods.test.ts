import { expect } from 'chai';
import * as np from '../../src/api/np.js';
import { Array } from '../../src/api/array.js';
import { makeJaxpr } from '../../src/api/tracing.js';
import { Tracer } from '../../src/trace/trace.js';

describe('numpy-style methods', () => {
  const x = np.array([[1, 2, 3], [4, 5, 6]]);
  it('chain on arrays: add, mul, sum', () => {
    // Array binary methods are typed Value (a tracer operand would make a tracer).
    expect((x.add(1).mul(2) as Array).sum(0).tolistSync()).to.deep.equal([14, 18, 22]);
    expect((x.sub(1).div(2) as Array).tolistSync()).to.deep.equal([[0, 0.5, 1], [1.5, 2, 2.5]]);
    expect((x.pow(2) as Array).max().item()).to.equal(36);
    expect(x.neg().min().item()).to.equal(-6);
  });
  it('layout methods: reshape, T, transpose, astype, squeeze, expandDims, flatten', () => {
    expect(x.reshape([3, 2]).tolistSync()).to.deep.equal([[1, 2], [3, 4], [5, 6]]);
    expect(x.T.shape).to.deep.equal([3, 2]);
    expect(x.transpose().tolistSync()).to.deep.equal([[1, 4], [2, 5], [3, 6]]);
    expect(x.astype('int32').dtype).to.equal('int32');
    expect(x.expandDims(0).squeeze().shape).to.deep.equal([2, 3]);
    expect(x.flatten().shape).to.deep.equal([6]);
  });
  it('reductions with axis and keepdims', () => {
    expect(x.mean(-1, { keepdims: true }).tolistSync()).to.deep.equal([[2], [5]]);
    expect(x.argmax(1).tolistSync()).to.deep.equal([2, 2]);
    expect((x.gt(3) as Array).any().item()).to.equal(true);
    expect(x.cumsum(0).tolistSync()).to.deep.equal([[1, 2, 3], [5, 7, 9]]);
  });
  it('math methods and matmul', () => {
    const y = np.array([1, 4, 9]);
    expect(y.sqrt().tolistSync()).to.deep.equal([1, 2, 3]);
    expect((y.exp().log().sub(y) as Array).abs().max().item()).to.be.lessThan(1e-5);
    expect((x.matmul(x.T) as Array).tolistSync()).to.deep.equal([[14, 32], [32, 77]]);
    expect(np.array([0.5, 1.5]).round().tolistSync()).to.deep.equal([0, 2]);
  });
  it('methods are not enumerable own or prototype properties of data', () => {
    expect(Object.keys(x)).to.not.include('add');
    expect(typeof (Array.prototype as unknown as Record<string, unknown>)['add']).to.equal('function');
    expect(typeof (Tracer.prototype as unknown as Record<string, unknown>)['add']).to.equal('function');
  });
  it('the same methods on tracers record equations', () => {
    let info: unknown;
    const cj = makeJaxpr((t: Tracer) => {
      const r = t.add(1).mul(2).sum(0);
      info = [r instanceof Tracer, r.dtype, t.T.shape, t.dtype];
      return r;
    })({ shape: [2, 3], dtype: 'float32' });
    expect(info).to.deep.equal([true, 'float32', [3, 2], 'float32']);
    expect(String(cj)).to.contain('add a 1.0:f32[]');
    expect(String(cj)).to.contain('reduce_sum[axes=(0,)]');
  });
});
