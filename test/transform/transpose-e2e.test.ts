// End-to-end: grad through the public API (jvp → partial eval → these transpose rules) against values
// and eqns pasted from JAX 0.10.2.
import { expect } from 'chai';
import { grad, lax, makeJaxpr, np } from '../../src/index.js';
import type { Array as KArray } from '../../src/index.js';
import { printJaxpr } from '../../src/ir/printer.js';

type Fn = (...args: never[]) => unknown;
const flat = (a: unknown): number[] => ((a as KArray).tolistSync() as unknown[]).flat(Infinity as 1) as number[];
const close = (got: readonly number[], want: readonly number[], tol = 1e-5) => {
  expect(got.length).to.equal(want.length);
  got.forEach((g, i) => expect(Math.abs(g - want[i]!), `[${i}]: ${g} vs ${want[i]}`).to.be.at.most(tol * (1 + Math.abs(want[i]!))));
};

describe('transpose rules end to end (grad vs JAX 0.10.2)', () => {
  it('grad wrt b of sum(x[2,4] + b): JAX\'s eqns', () => {
    const g = grad(((b: never, x: never) => np.sum(np.add(x, b))) as Fn);
    const text = printJaxpr(makeJaxpr(g as Fn)({ shape: [4], dtype: 'float32' }, { shape: [2, 4], dtype: 'float32' }).jaxpr);
    // JAX: e = broadcast_in_dim 1.0; f = reduce_sum[axes=(0,)] e; g = reshape[(1, 4)] f; h = reduce_sum[axes=(0,)] g
    expect(text).to.contain('    f:f32[4] = reduce_sum[axes=(0,)] e\n'
      + '    g:f32[1,4] = reshape[new_sizes=(1, 4)] f\n'
      + '    h:f32[4] = reduce_sum[axes=(0,)] g\n'
      + '  in (h,) }');
    close(flat((g as (...a: unknown[]) => unknown)(np.ones([4]), np.ones([2, 4]))), [2, 2, 2, 2], 0);
  });

  it('max pooling (SAME) and sum pooling (strided, padded)', () => {
    const sq = (a: never) => np.sum(np.multiply(a, a));
    const f = (x: never) => np.add(sq(lax.reduceWindowMax(x, [2, 3], [2, 1], 'SAME') as never), sq(lax.reduceWindowSum(x, [2, 2], [1, 2], [[1, 0], [0, 1]]) as never));
    const x = np.reshape(np.sin(np.arange(30)), [5, 6]);
    close(flat((grad(f as Fn) as (a: unknown) => unknown)(x)), [
      4.121026039123535, 5.8039679527282715, 7.004622936248779, 7.004622936248779, -9.950929641723633, -9.950929641723633,
      2.960414409637451, 2.960414409637451, 16.9246826171875, 11.812768936157227, -13.19414234161377, -12.106100082397461,
      -0.9127014875411987, -0.07236742973327637, 18.80937957763672, 12.86573600769043, -9.795369148254395, -9.795369148254395,
      -4.713111877441406, -4.713111877441406, 13.718063354492188, 15.391374588012695, -6.722047328948975, -6.704344749450684,
      -3.2780802249908447, -3.542783737182617, 8.462187767028809, 12.675326347351074, -1.953788161277771, -2.4955997467041016,
    ]);
  });

  it('NHWC/HWIO conv with stride 2, padding, rhs dilation and feature_group_count 2', () => {
    const conv = (x: unknown, w: unknown) => lax.convGeneralDilated(x as never, w as never, [2, 2], [[1, 1], [0, 1]],
      { rhsDilation: [1, 2], dimensionNumbers: ['NHWC', 'HWIO', 'NHWC'], featureGroupCount: 2 });
    const f = (x: never, w: never) => { const y = conv(x, w); return np.sum(np.multiply(y as never, y as never)); };
    const g = grad(f as Fn, { argnums: [0, 1] }) as (...a: unknown[]) => unknown[];
    const [gx, gw] = g(np.reshape(np.divide(np.arange(200), 50), [2, 5, 5, 4]), np.reshape(np.divide(np.arange(108), 100), [3, 3, 2, 6]));
    const fx = flat(gx);
    const fw = flat(gw);
    close([fx.reduce((a, v) => a + v, 0), fw.reduce((a, v) => a + v, 0)], [8661.692, 39721.344], 1e-5);
    close(fx.slice(0, 5), [8.209559, 9.540552, 10.035887, 11.540975, 0], 1e-5);
  });
});
