// The public transforms against JAX 0.10.2's numbers (REFERENCE.md §6) and against each other.
import { expect } from 'chai';
import { Array, grad, hessian, jacfwd, jacrev, jit, jvp, lax, linearize, linearTranspose, makeJaxpr, nn, np, valueAndGrad, vjp, vmap } from '../../src/index.js';

type A = np.ArrayLike;
const vals = (x: unknown): number[] => [...(x as Array).dataSync()];
const close = (got: unknown, want: number[], tol = 1e-5) => {
  const g = vals(got);
  expect(g.length).to.equal(want.length);
  g.forEach((v, i) => expect(Math.abs(v - want[i]!), `index ${i}: ${v} vs ${want[i]}`).to.be.at.most(tol * Math.max(1, Math.abs(want[i]!))));
};

describe('transforms: JAX semantics', () => {
  it('grad of sum(tanh(x)) is 1 - tanh²', () => {
    const x = np.array([0.5, -1, 2]);
    close(grad((v: A) => np.sum(np.tanh(v)))(x), [0.7864477, 0.41997434, 0.07065082]);
  });

  it('unbroadcast: grad wrt b of sum(x[2,4] + b) is [2,2,2,2]; a scalar s in sum(s*x) sums every axis', () => {
    const x = np.ones([2, 4]);
    close(grad((b: A) => np.sum(np.add(x, b)))(np.zeros([4])), [2, 2, 2, 2]);
    close(grad((s: A) => np.sum(np.multiply(s, x)))(np.array(3)), [8]);
    close(grad((b: A) => np.sum(np.add(np.ones([3, 4]), b)))(np.zeros([1, 4])), [3, 3, 3, 3]);
  });

  it('ties split 0.5/0.5; relu and abs at 0; max of [1,3,3]', () => {
    close(grad((x: A) => np.maximum(x, 0))(np.array(0)), [0.5]);
    const [gx, gy] = grad((x: A, y: A) => np.maximum(x, y), { argnums: [0, 1] })(np.array(1), np.array(1)) as unknown[];
    close(gx, [0.5]);
    close(gy, [0.5]);
    close(grad((x: A) => nn.relu(x))(np.array(0)), [0]);
    close(grad((x: A) => np.abs(x))(np.array(0)), [1]);
    close(grad((x: A) => np.max(x))(np.array([1, 3, 3])), [0, 0.5, 0.5]);
  });

  it('grad(sort(x)[0]) routes to the argmin', () => {
    close(grad((x: A) => np.sum(lax.slice(np.sort(x), [0], [1])))(np.array([3, 1, 2])), [0, 1, 0]);
  });

  it('the where-NaN trap is there as in JAX', () => {
    const g = grad((x: A) => np.where(np.greater(x, 0), np.sqrt(x), 0))(np.array(0));
    expect(Number.isNaN(vals(g)[0]!)).to.equal(true);
  });

  it('logsumexp and softmax are stable under grad', () => {
    close(grad((x: A) => nn.logsumexp(x))(np.array([1000, 1000])), [0.5, 0.5]);
    close(nn.softmax(np.array([1000, 0])), [1, 0]);
  });

  it('integer inputs: an error, or float0 zeros with allowInt', () => {
    expect(() => grad((x: A) => np.sum(np.multiply(x, 1.5)))(np.array([1, 2], { dtype: 'int32' }))).to.throw(/float/);
    const g = grad((x: A, y: A) => np.sum(np.multiply(y, 2)), { argnums: [0, 1], allowInt: true })(np.array([1, 2], { dtype: 'int32' }), np.array([1.5])) as Array[];
    expect(g[0]!.dtype).to.equal('float0');
    expect(g[0]!.shape).to.deep.equal([2]);
    close(g[1], [2]);
  });

  it('an unused input gets an exact zero', () => {
    const [, gy] = grad((x: A, _y: A) => np.sum(x), { argnums: [0, 1] })(np.ones([2]), np.ones([3])) as unknown[];
    expect(vals(gy)).to.deep.equal([0, 0, 0]);
  });

  it('valueAndGrad and hasAux layouts', () => {
    const [v, g] = valueAndGrad((x: A) => np.sum(np.multiply(x, x)))(np.array([1, 2])) as [Array, Array];
    close(v, [5]);
    close(g, [2, 4]);
    const [[v2, aux], g2] = valueAndGrad((x: A) => [np.sum(x), np.multiply(x, 10)], { hasAux: true })(np.array([1, 2])) as [[Array, Array], Array];
    close(v2, [3]);
    close(aux, [10, 20]);
    close(g2, [1, 1]);
  });

  it('jvp, linearize and vjp of sin(x)·x agree', () => {
    const f = (x: A) => np.multiply(np.sin(x), x);
    const x = np.array([0.1, 0.7, -2]);
    const t = np.array([1, 0.5, -1]);
    const xs = [0.1, 0.7, -2];
    const d = xs.map((v) => Math.cos(v) * v + Math.sin(v));
    const [, tout] = jvp(f, [x], [t]);
    close(tout, d.map((v, i) => v * [1, 0.5, -1][i]!));
    const [, fJvp] = linearize(f, [x]);
    close(fJvp(t), d.map((v, i) => v * [1, 0.5, -1][i]!));
    const [, vjpFn] = vjp(f, [x]) as [unknown, (ct: unknown) => unknown[]];
    close(vjpFn(t)[0], d.map((v, i) => v * [1, 0.5, -1][i]!));
  });

  it('linearTranspose of 2·sum(x, 0) is a broadcast of 2·ct', () => {
    const fT = linearTranspose((x: A) => np.multiply(np.sum(x, 0), 2), [np.zeros([3, 2])]);
    close(fT(np.array([1, -1]))[0], [2, -2, 2, -2, 2, -2]);
  });

  it('vmap: in/out axes, null axes, broadcast of unbatched outputs', () => {
    const x = np.array([[1, 2, 3], [4, 5, 6]]);
    close(vmap((v: A) => np.sum(v), { inAxes: 1 })(x), [5, 7, 9]);
    close(vmap((w: A, v: A) => np.dot(w, v), { inAxes: [null, 0] })(np.array([[1, 0, 0], [0, 1, 1]]), np.array([[1, 2, 3], [4, 5, 6]])), [1, 5, 4, 11]);
    close(vmap((_v: A) => np.array(5), { inAxes: 0 })(np.zeros([2])), [5, 5]);
    const y = vmap((v: A) => np.multiply(v, 2), { inAxes: 0, outAxes: 1 })(x) as Array;
    expect(y.shape).to.deep.equal([3, 2]);
    close(y, [2, 8, 4, 10, 6, 12]);
  });

  it('vmap with an unbatched key gives identical lanes', () => {
    const out = vmap((_x: A) => lax.randomBits(np.array([0, 0], { dtype: 'uint32' }), [1]), { inAxes: 0 })(np.zeros([3])) as Array;
    const v = vals(out);
    expect(v[0]).to.equal(v[1]);
    expect(v[1]).to.equal(v[2]);
  });

  it('jacrev and jacfwd: shapes out.shape + in.shape, equal values, any rank', () => {
    const f = (x: A) => np.reshape(np.multiply(np.sin(x), np.sum(x)), [2, 2]);
    const x = np.array([[0.3, -0.2], [1.1, 0.4]]);
    const jr = jacrev(f)(x) as Array;
    const jf = jacfwd(f)(x) as Array;
    expect(jr.shape).to.deep.equal([2, 2, 2, 2]);
    close(jf, vals(jr));
    const g = (x: A) => [np.sum(np.multiply(x, x)), np.multiply(x, 3)];
    const j = jacrev(g)(np.array([1, 2, 3])) as Array[];
    close(j[0], [2, 4, 6]);
    expect(j[1]!.shape).to.deep.equal([3, 3]);
  });

  it('hessian = jacfwd(jacrev) = jacrev(jacrev)', () => {
    const f = (x: A) => np.sum(np.multiply(np.multiply(x, x), np.sin(x)));
    const x = np.array([0.5, -1]);
    const h = hessian(f)(x) as Array;
    const hh = jacrev(jacrev(f))(x) as Array;
    expect(h.shape).to.deep.equal([2, 2]);
    close(h, vals(hh), 1e-4);
    const d2 = (v: number) => 2 * Math.sin(v) + 4 * v * Math.cos(v) - v * v * Math.sin(v);
    close(h, [d2(0.5), 0, 0, d2(-1)], 1e-4);
  });

  it('higher order: grad(grad), vmap(grad), grad(vmap) summed', () => {
    close(grad(grad((x: A) => np.sum(np.sin(x))))(np.array(0.3)), [-Math.sin(0.3)]);
    const gv = vmap(grad((x: A) => np.sum(np.multiply(x, x))))(np.array([[1, 2], [3, 4]]));
    close(gv, [2, 4, 6, 8]);
    const gs = grad((x: A) => np.sum(vmap((r: A) => np.sum(np.multiply(r, r)))(x) as A))(np.array([[1, 2], [3, 4]]));
    close(gs, [2, 4, 6, 8]);
  });

  it('transforms of functions that close over tracers of an enclosing transform', () => {
    // d/dy of grad_x(x·y)|x = d/dy y = 1
    const g = grad((y: A) => np.sum(grad((x: A) => np.sum(np.multiply(x, y)))(np.array([2])) as A))(np.array([3]));
    close(g, [1]);
  });

  it('transforms compose with jit and makeJaxpr', () => {
    const gj = jit((x: A) => grad((v: A) => np.sum(np.multiply(v, v)))(x));
    close(gj(np.array([1, 2])), [2, 4]);
    const text = String(makeJaxpr(grad((x: A) => np.sum(np.tanh(x))))({ shape: [3], dtype: 'float32' }));
    expect(text).to.contain('tanh');
    expect(text).to.contain('add_any');
  });
});
