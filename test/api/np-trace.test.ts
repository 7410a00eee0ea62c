import { expect } from 'chai';
import * as np from '../../src/api/np.js';
import { makeJaxpr } from '../../src/api/tracing.js';
import { Tracer } from '../../src/trace/trace.js';

const f32 = (...shape: number[]) => ({ shape, dtype: 'float32' });
const i32 = (...shape: number[]) => ({ shape, dtype: 'int32' });
const text = (f: (...a: Tracer[]) => unknown, ...args: unknown[]): string => String(makeJaxpr(f as (...a: never[]) => unknown)(...args));

describe('np under makeJaxpr', () => {
  it('sin then mul by a weak literal (as JAX)', () => {
    expect(text((x) => np.sin(x).mul(2), f32(3))).to.equal('{ lambda ; a:f32[3]. let b:f32[3] = sin a; c:f32[3] = mul b 2.0:f32[] in (c,) }');
  });
  it('rank broadcasting inserts broadcast_in_dim to the promoted rank, as jnp', () => {
    const t = text((a, b) => np.add(a, b), f32(4), f32(2, 4));
    expect(t).to.contain('c:f32[1,4] = broadcast_in_dim[broadcast_dimensions=(1,)');
    expect(t).to.contain('d:f32[2,4] = add c b');
  });
  it('dtype promotion converts only the operand whose dtype differs', () => {
    const t = text((a, b) => np.multiply(a, b), i32(3), f32(3));
    expect(t).to.contain('c:f32[3] = convert_element_type[new_dtype=float32 weak_type=False] a');
    expect(t).to.contain('d:f32[3] = mul c b');
    expect(text((a) => np.multiply(a, 2), i32(3))).to.contain('mul a 2:i32[]');
  });
  it('reductions: mean with keepdims, sum of ints', () => {
    const t = text((x) => x.mean(-1, { keepdims: true }), f32(2, 3));
    expect(t).to.contain('b:f32[2] = reduce_sum[axes=(1,)] a');
    expect(t).to.contain('c:f32[2] = div b 3.0:f32[]');
    expect(t).to.contain('d:f32[2,1] = broadcast_in_dim[broadcast_dimensions=(0,)');
    expect(text((x) => np.sum(x.astype('int32')), f32(3))).to.contain('c:i32[] = reduce_sum[axes=(0,)] b');
  });
  it('matmul and einsum are one dot_general without transposes', () => {
    const m = text((x, y) => np.matmul(x, y), f32(5, 2, 3), f32(3, 4));
    expect(m).to.contain('dimension_numbers=(([2], [0]), ([], []))');
    expect(m).to.not.contain('transpose');
    const e = text((x, y) => np.einsum('bij,bjk->bik', x, y), f32(5, 2, 3), f32(5, 3, 4));
    expect(e).to.contain('dimension_numbers=(([2], [1]), ([0], [0]))');
    expect(e).to.not.contain('transpose');
    expect(e).to.not.contain('mul');
  });
  it('T, reshape and max chain', () => {
    const t = text((x) => x.T.reshape([-1]).max(), f32(2, 3));
    expect(t).to.contain('transpose[permutation=(1, 0)] a');
    expect(t).to.contain('c:f32[6] = reshape');
    expect(t).to.contain('d:f32[] = reduce_max[axes=(0,)] c');
  });
  it('argsort is a two-operand stable sort with one key', () => {
    expect(text((x) => np.argsort(x), f32(4))).to.contain('sort[dimension=0 is_stable=True num_keys=1]');
  });
  it('results are tracers with public dtypes', () => {
    let seen: unknown;
    makeJaxpr((x: Tracer) => { const y = np.greater(x, 0); seen = [y instanceof Tracer, y.dtype, y.shape]; return y; })(f32(2));
    expect(seen).to.deep.equal([true, 'bool', [2]]);
  });
});
