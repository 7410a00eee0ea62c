// Bad input to the transforms: each a UserError naming the API, what was wrong, what was got and expected.
import { expect } from 'chai';
import { grad, hessian, jacfwd, jacrev, jvp, linearize, valueAndGrad, vjp, vmap, np, UserError } from '../../src/index.js';

type A = np.ArrayLike;
const sq = (x: A) => np.sum(np.multiply(x, x));

function expectUserError(fn: () => unknown, api: string, code: string, pattern?: RegExp): void {
  let err: unknown;
  try { fn(); } catch (e) { err = e; }
  expect(err, `expected a UserError from ${api}`).to.be.instanceOf(UserError);
  const u = err as UserError;
  expect(u.code).to.equal(code);
  expect(u.message.startsWith(`${api}`), u.message).to.equal(true);
  expect(u.message).to.contain(' — got ');
  if (pattern) expect(u.message).to.match(pattern);
}

describe('transforms: bad input', () => {
  const x = np.array([1, 2, 3]);
  const xi = np.array([1, 2, 3], { dtype: 'int32' });

  it('grad', () => {
    expectUserError(() => grad((v: A) => np.multiply(v, 2))(x), 'grad', 'grad/non-scalar-output', /f32\[3\]/);
    expectUserError(() => grad(sq)(xi), 'grad', 'grad/int-input', /allowInt/);
    expectUserError(() => grad(sq, { argnums: 1 })(x), 'valueAndGrad', 'args/argnums-out-of-range', /-1\.\.0/);
    expectUserError(() => grad(sq, { argnums: 1.5 })(x, x), 'valueAndGrad', 'args/argnums-out-of-range');
    expectUserError(() => grad(sq, { hasAux: true })(x), 'valueAndGrad', 'args/has-aux');
    expectUserError(() => grad(42 as never)(x), 'valueAndGrad', 'args/not-a-function');
    expectUserError(() => valueAndGrad((v: A) => [np.sum(v), np.sum(v)])(x), 'grad', 'grad/non-scalar-output');
    expectUserError(() => grad((v: A) => np.sum(np.greater(v, 0)))(x), 'grad', 'grad/non-scalar-output', /i32\[\]/);
    expectUserError(() => grad(sq)('abc'), 'valueAndGrad', 'args/bad-leaf');
  });

  it('jvp / linearize / vjp', () => {
    expectUserError(() => jvp(sq, x as never, [x]), 'jvp', 'args/primals');
    expectUserError(() => jvp(sq, [x], [x, x]), 'jvp', 'args/tangents');
    expectUserError(() => jvp(sq, [x], [np.ones([4])]), 'jvp', 'args/tangent-shape', /f32\[4\]/);
    expectUserError(() => jvp(sq, [x], [xi]), 'jvp', 'args/tangent-dtype');
    expectUserError(() => jvp((p: { a: A }) => sq(p.a), [{ a: x }], [[x]]), 'jvp', 'args/tangent-structure');
    const [, f] = linearize(sq, [x]);
    expectUserError(() => f(np.ones([2])), 'linearize (the returned jvp function)', 'args/tangent-shape');
    const [, vjpFn] = vjp((v: A) => np.multiply(v, 2), [x]) as [unknown, (ct: unknown) => unknown];
    expectUserError(() => vjpFn(np.ones([2])), 'vjp (the returned function)', 'vjp/ct-aval');
    expectUserError(() => vjpFn([np.ones([3])]), 'vjp (the returned function)', 'vjp/ct-structure');
  });

  it('vmap', () => {
    const m = np.ones([3, 4]);
    expectUserError(() => vmap(sq, { inAxes: 2 })(m), 'vmap', 'vmap/axis-out-of-range', /-2\.\.1/);
    expectUserError(() => vmap(sq, { inAxes: 0 })(np.array(2)), 'vmap', 'vmap/axis-out-of-range', /scalar/);
    expectUserError(() => vmap((a: A, b: A) => np.add(a, b))(m, np.ones([4, 3])), 'vmap', 'vmap/inconsistent-sizes');
    expectUserError(() => vmap(sq, { inAxes: null })(m), 'vmap', 'vmap/no-mapped-axis');
    expectUserError(() => vmap(sq, { inAxes: [0, 0] })(m), 'vmap', 'vmap/axes-structure');
    expectUserError(() => vmap((v: A) => np.multiply(v, 2), { outAxes: null })(m), 'vmap', 'vmap/out-axes-none');
    expectUserError(() => vmap((v: A) => np.multiply(v, 2), { outAxes: 3 })(m), 'vmap', 'vmap/axis-out-of-range');
    expectUserError(() => vmap(sq, { axisSize: 5 })(m), 'vmap', 'vmap/inconsistent-sizes');
    expectUserError(() => vmap(sq, { inAxes: null, axisSize: -1 })(m), 'vmap', 'vmap/axis-size');
  });

  it('jacobians', () => {
    expectUserError(() => jacrev(sq)(xi), 'jacrev', 'jac/int-input');
    expectUserError(() => jacfwd((v: A) => np.argmax(v))(x), 'jacfwd', 'jac/int-output');
    expectUserError(() => jacrev(sq, { argnums: 3 })(x), 'jacrev', 'args/argnums-out-of-range');
    expectUserError(() => hessian(sq, { argnums: [] })(x), 'hessian', 'args/argnums');
  });
});
