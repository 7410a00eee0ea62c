// Typed arrays as array data: np.array(Float32Array) and typed arrays as operands.
import { expect } from 'chai';
import { Array, np, UserError } from '../../src/index.js';

describe('typed arrays as input', () => {
  it('np.array copies a typed array with its natural dtype (Float64Array → float32, as JAX with x64 off)', () => {
    const f = new Float32Array([1.5, -2]);
    const a = np.array(f) as Array;
    f[0] = 9;
    expect(a.dtype).to.equal('float32');
    expect([...a.dataSync()]).to.deep.equal([1.5, -2]);
    expect((np.array(new Float64Array([0.1])) as Array).dtype).to.equal('float32');
    expect((np.array(new Int32Array([3])) as Array).dtype).to.equal('int32');
    expect((np.array(new Uint32Array([3])) as Array).dtype).to.equal('uint32');
    expect([...(np.array(new Uint8Array([0, 2]), { dtype: 'bool' }) as Array).dataSync()]).to.deep.equal([0, 1]);
  });

  it('a typed array is an operand of any op', () => {
    expect([...(np.add(new Float32Array([1, 2]), 1) as Array).dataSync()]).to.deep.equal([2, 3]);
  });

  it('a Uint8Array without a dtype is a UserError naming the API', () => {
    expect(() => np.array(new Uint8Array([1]))).to.throw(UserError, /^np\.array: this typed array has no matching dtype — got Uint8Array/);
  });
});
