import { expect } from 'chai';
import { Array, lax, memoryStats, np, scope, UserError } from '../../src/index.js';

describe('runtime memory', () => {
  it('dispose releases the buffer and reading it after is a UserError', () => {
    const before = memoryStats();
    const x = np.zeros([1000]);
    expect(memoryStats().liveBuffers).to.equal(before.liveBuffers + 1);
    expect(memoryStats().liveBytes).to.equal(before.liveBytes + 4000);
    x.dispose();
    expect(memoryStats()).to.deep.equal(before);
    expect(() => x.dataSync()).to.throw(UserError, /disposed/);
    expect(() => lax.neg(x)).to.throw(UserError, /disposed/);
    x.dispose(); // twice is harmless
    expect(memoryStats()).to.deep.equal(before);
  });

  it('`using` disposes at the end of the block', () => {
    const before = memoryStats().liveBuffers;
    {
      using y = np.ones([3]);
      expect(y.size).to.equal(3);
      expect(memoryStats().liveBuffers).to.equal(before + 1);
    }
    expect(memoryStats().liveBuffers).to.equal(before);
  });

  it('scope frees everything created inside except what it returns', () => {
    const before = memoryStats().liveBuffers;
    const x = np.array([1, 2, 3]);
    const out = scope(() => {
      let acc = x as Array;
      for (let i = 0; i < 10; i++) acc = lax.add(acc, 1) as Array;
      return { acc, n: 3 };
    });
    expect(memoryStats().liveBuffers).to.equal(before + 2); // x and the returned acc
    expect([...out.acc.dataSync()]).to.deep.equal([11, 12, 13]);
    expect(x.isDisposed).to.equal(false);
    out.acc.dispose();
    x.dispose();
    expect(memoryStats().liveBuffers).to.equal(before);
  });

  it('scope releases on a throw and leaves earlier arrays intact', () => {
    const before = memoryStats().liveBuffers;
    const keep = np.ones([2]);
    expect(() => scope(() => { np.ones([5]); throw new Error('boom'); })).to.throw('boom');
    expect(memoryStats().liveBuffers).to.equal(before + 1);
    expect([...keep.dataSync()]).to.deep.equal([1, 1]);
    keep.dispose();
  });

  it('ops never consume their inputs', () => {
    const x = np.array([1, 2]);
    const y = lax.add(x, x) as Array;
    lax.mul(y, x);
    expect([...x.dataSync()]).to.deep.equal([1, 2]);
    expect([...y.dataSync()]).to.deep.equal([2, 4]);
  });

  it('toString prints like numpy', () => {
    expect(np.array([[1, 2], [3, 4]]).toString()).to.equal('[[1. 2.]\n [3. 4.]]');
    expect(np.array([0.5, -1, 2]).toString()).to.equal('[ 0.5 -1.   2. ]');
    expect(np.array([[0.25, 10], [-3, 1]]).toString()).to.equal('[[ 0.25 10.  ]\n [-3.    1.  ]]');
    expect(np.array([1, 2, 3], { dtype: 'int32' }).toString()).to.equal('[1 2 3]');
    expect(np.array([true, false]).toString()).to.equal('[ True False]');
  });
});
