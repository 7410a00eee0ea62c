// Tests of the nn activations: values against JAX 0.10.2, numerical stability, dtypes, axes, and the
// traced structure (which mirrors JAX's jaxprs of softmax/logsumexp in the reference dumps).
//
// Expected values marked "JAX 0.10.2" were produced with /work/.venv-ref/bin/python (jax 0.10.2, CPU,
// x64 off) as `np.asarray(jax.nn.gelu(x)).tolist()` etc. for
// x = jnp.array([-2., -0.5, 0., 0.5, 2., 10., -10.]) and m = jnp.array([[1., 2., 3.], [-1., 0., 5.]]).
import { expect } from 'chai';
import { Array } from '../../src/api/array.js';
import type { Value } from '../../src/api/bind.js';
import { fromNested } from '../../src/api/convert.js';
import * as nn from '../../src/api/nn.js';
import { makeJaxpr } from '../../src/api/tracing.js';

const arr = (v: Value): Array => {
  expect(v).to.be.instanceOf(Array);
  return v as Array;
};
const data = (v: Value): number[] => globalThis.Array.from(arr(v).dataSync(), Number);

/**
 * |a - e| ≤ 1e-6·|e| + 1e-7. The absolute part covers XLA's f32 tanh/logistic (an ulp away from a
 * correctly rounded one, amplified by 1 + tanh cancelling in gelu) and XLA CPU flushing denormals.
 */
function close(actual: readonly number[], expected: readonly number[]): void {
  expect(actual.length).to.equal(expected.length);
  actual.forEach((a, i) => {
    const e = expected[i]!;
    if (!Number.isFinite(e)) {
      expect(a, `index ${i}`).to.deep.equal(e);
      return;
    }
    expect(Math.abs(a - e), `index ${i}: ${a} vs ${e}`).to.be.at.most(1e-6 * Math.abs(e) + 1e-7);
  });
}

const x = (): Array => fromNested('t', [-2, -0.5, 0, 0.5, 2, 10, -10]);
const m = (): Array => fromNested('t', [[1, 2, 3], [-1, 0, 5]]);
const prims = (f: (a: Value) => Value, a: Array): string[] => makeJaxpr(f as (...args: never[]) => unknown)(a).jaxpr.eqns.map((e) => e.prim);

describe('nn: elementwise activations (JAX 0.10.2 values)', () => {
  it('relu', () => {
    expect(data(nn.relu(x()))).to.deep.equal([0, 0, 0, 0.5, 2, 10, 0]);
  });

  it('relu keeps NaN and integer dtypes', () => {
    const r = data(nn.relu([Number.NaN, -1, 3]));
    expect(Number.isNaN(r[0])).to.equal(true);
    expect(r.slice(1)).to.deep.equal([0, 3]);
    const ints = arr(nn.relu(new Array(Int32Array.from([-3, 0, 4]), [3], 'i32')));
    expect(ints.dtype).to.equal('int32');
    expect(data(ints)).to.deep.equal([0, 0, 4]);
  });

  it('relu is a select on x ≤ 0, so its derivative at 0 is 0 (not the 0.5 of max)', () => {
    expect(prims(nn.relu, x())).to.deep.equal(['le', 'broadcast_in_dim', 'select_n']);
    expect(String(makeJaxpr(nn.relu)(x()))).to.contain('le a 0.0:f32[]');
  });

  it('gelu, approximate (default) and exact', () => {
    close(data(nn.gelu(x())), [-0.045402348041534424, -0.1542859971523285, 0, 0.3457140028476715, 1.9545977115631104, 10, -0]);
    close(data(nn.gelu(x(), { approximate: true })), data(nn.gelu(x())));
    close(data(nn.gelu(x(), { approximate: false })), [-0.045500267297029495, -0.1542687714099884, 0, 0.3457312285900116, 1.9544997215270996, 10, -7.619852977043458e-23]);
  });

  it('sigmoid and tanh', () => {
    close(data(nn.sigmoid(x())), [0.11920291930437088, 0.3775406777858734, 0.5, 0.622459352016449, 0.8807970285415649, 0.9999545812606812, 4.539787187241018e-05]);
    close(data(nn.tanh(x())), [-0.9640275835990906, -0.46211716532707214, 0, 0.46211716532707214, 0.9640275835990906, 1, -1]);
    expect(prims(nn.sigmoid, x())).to.deep.equal(['logistic']);
  });

  it('silu, elu and softplus', () => {
    close(data(nn.silu(x())), [-0.23840583860874176, -0.1887703388929367, 0, 0.3112296760082245, 1.7615940570831299, 9.99954605102539, -0.0004539787187241018]);
    close(data(nn.elu(x())), [-0.8646647334098816, -0.39346933364868164, 0, 0.5, 2, 10, -0.9999545812606812]);
    close(data(nn.elu(x(), 2)), [-1.7293294668197632, -0.7869386672973633, 0, 0.5, 2, 10, -1.9999091625213623]);
    close(data(nn.softplus(x())), [0.12692800164222717, 0.4740769863128662, 0.6931471824645996, 0.9740769863128662, 2.1269280910491943, 10.000045776367188, 4.5398901420412585e-05]);
  });

  it('softplus is stable at large magnitudes and infinities (JAX 0.10.2: [100, 0, inf, 0])', () => {
    close(data(nn.softplus([100, -100, Infinity, -Infinity])), [100, 0, Infinity, 0]);
    expect(Number.isNaN(data(nn.softplus([Number.NaN]))[0])).to.equal(true);
  });

  it('integer inputs of float functions become float32', () => {
    const s = arr(nn.sigmoid(new Array(Int32Array.from([0, 1]), [2], 'i32')));
    expect(s.dtype).to.equal('float32');
    close(data(s), [0.5, 0.7310585975646973]);
  });

  it('JS scalars are accepted', () => {
    expect(arr(nn.relu(-3)).item()).to.equal(0);
    close([Number(arr(nn.sigmoid(0)).item())], [0.5]);
  });
});

describe('nn: softmax, logSoftmax, logsumexp', () => {
  it('softmax over the last axis and over axis 0', () => {
    close(data(nn.softmax(m())), [0.09003057330846786, 0.2447284758090973, 0.6652409434318542, 0.0024561150930821896, 0.006676412653177977, 0.9908674955368042]);
    close(data(nn.softmax(m(), 0)), [0.8807970285415649, 0.8807970285415649, 0.11920291185379028, 0.11920291185379028, 0.11920291185379028, 0.8807970285415649]);
    expect(arr(nn.softmax(m())).shape).to.deep.equal([2, 3]);
  });

  it('softmax over several axes and all axes sums to 1', () => {
    const all = data(nn.softmax(m(), null));
    close([all.reduce((a, b) => a + b, 0)], [1]);
    close(data(nn.softmax(m(), [0, 1])), all);
    close(data(nn.softmax(m(), [-1, -2])), all);
  });

  it('logSoftmax', () => {
    close(data(nn.logSoftmax(m())), [-2.4076058864593506, -1.4076058864593506, -0.40760594606399536, -6.009174346923828, -5.009174346923828, -0.009174451231956482]);
    // JAX 0.10.2: log_softmax([1000, 0]) = [0, -1000]; log_softmax([-inf, 0]) = [-inf, 0]
    close(data(nn.logSoftmax([1000, 0])), [0, -1000]);
    close(data(nn.logSoftmax([-Infinity, 0])), [-Infinity, 0]);
  });

  it('logsumexp over all axes, one axis, keepdims', () => {
    close([Number(arr(nn.logsumexp(m())).item())], [5.192811965942383]);
    close(data(nn.logsumexp(m(), 1)), [3.4076058864593506, 5.009174346923828]);
    const k = arr(nn.logsumexp(m(), 0, { keepdims: true }));
    expect(k.shape).to.deep.equal([1, 3]);
    close(data(k), [1.1269280910491943, 2.1269280910491943, 5.126927852630615]);
    expect(arr(nn.logsumexp(m(), null, { keepdims: true })).shape).to.deep.equal([1, 1]);
    expect(arr(nn.logsumexp(m())).shape).to.deep.equal([]);
  });

  it('is stable: large inputs and all -inf slices', () => {
    close([Number(arr(nn.logsumexp([1000, 1000])).item())], [1000.6932]);
    expect(arr(nn.logsumexp([-Infinity, -Infinity])).item()).to.equal(-Infinity);
    close(data(nn.logsumexp(fromNested('t', [[-Infinity, -Infinity], [0, 0]]), 1)), [-Infinity, Math.LN2]);
    expect(data(nn.softmax([1000, 0]))).to.deep.equal([1, 0]);
    close(data(nn.softmax([-1000, -1000])), [0.5, 0.5]);
  });

  it('softmax traces as JAX: max, -inf floor, stop_gradient, exp, sum, div', () => {
    expect(prims((a) => nn.softmax(a), fromNested('t', [1, 2, 3]))).to.deep.equal([
      'reduce_max', 'max', 'broadcast_in_dim', 'stop_gradient', 'sub', 'exp', 'reduce_sum', 'broadcast_in_dim', 'div',
    ]);
  });

  it('logsumexp traces as JAX: the max guarded by is_finite/select_n under stop_gradient', () => {
    const text = String(makeJaxpr((a: Value) => nn.logsumexp(a))(fromNested('t', [1, 2, 3])));
    expect(text).to.contain('max -inf:f32[] b');
    expect(text).to.contain('e:f32[] = select_n d 0.0:f32[] c');
    expect(prims((a) => nn.logsumexp(a), fromNested('t', [1, 2, 3]))).to.deep.equal([
      'reduce_max', 'max', 'is_finite', 'select_n', 'stop_gradient', 'broadcast_in_dim', 'sub', 'exp', 'reduce_sum', 'abs', 'log', 'add',
    ]);
  });

  it('logSoftmax traces as JAX', () => {
    expect(prims((a) => nn.logSoftmax(a), fromNested('t', [1, 2, 3]))).to.deep.equal([
      'reduce_max', 'max', 'broadcast_in_dim', 'stop_gradient', 'sub', 'exp', 'reduce_sum', 'broadcast_in_dim', 'log', 'sub',
    ]);
  });
});
