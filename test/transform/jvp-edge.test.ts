// JVP edge cases with JAX 0.10.2's values: kinks and ties (abs at 0, relu, max ties, reduce_max ties,
// sort routing), symbolic zeros staying symbolic, float0 inputs, jit, and JAX's jaxpr forms.
import { expect } from 'chai';
import { printJaxpr } from '../../src/ir/printer.js';
import { gradJaxpr } from '../../src/ir/transform/autodiff.js';
import { jvpJaxpr } from '../../src/ir/transform/jvp.js';
import { av, buildJaxpr, checkJvp, evalJvp } from './jvp-check.js';

/** The Jacobian-vector products along each basis vector of input 0 (a row of the gradient for scalar outputs). */
function basisTangents(jaxpr: Parameters<typeof evalJvp>[0], x: number[], out = 0): number[] {
  return x.map((_, i) => evalJvp(jaxpr, [x], [x.map((_, j) => (j === i ? 1 : 0))]).tangents[out]![0]!);
}

describe('jvp rules: kinks and ties (JAX values)', () => {
  it('grad(abs)(0) = 1 and the sign of the tangent flips below 0', () => {
    const j = buildJaxpr([av([3])], (b, x) => b.abs(x));
    expect(evalJvp(j, [[0, -2, 2]], [[1, 1, 1]]).tangents[0]).to.deep.equal([1, -1, 1]);
  });

  it('relu written as select(x > 0, x, 0) has derivative 0 at 0', () => {
    const j = buildJaxpr([av([3])], (b, x) => b.select(b.gt(x, 0), x, b.zeros(x.aval)));
    expect(evalJvp(j, [[0, -1, 2]], [[1, 1, 1]]).tangents[0]).to.deep.equal([0, 0, 1]);
  });

  it('maximum(x, 0.) at 0 has derivative 0.5; maximum(1, 1) splits (0.5, 0.5); min too', () => {
    const relu = buildJaxpr([av([])], (b, x) => b.max(x, 0));
    expect(evalJvp(relu, [0], [1]).tangents[0]).to.deep.equal([0.5]);
    expect(evalJvp(relu, [-1], [1]).tangents[0]).to.deep.equal([0]);
    for (const prim of ['max', 'min'] as const) {
      const j = buildJaxpr([av([]), av([])], (b, x, y) => b.bind1(prim, [x, y], {}));
      expect(evalJvp(j, [1, 1], [1, 0]).tangents[0]).to.deep.equal([0.5]);
      expect(evalJvp(j, [1, 1], [0, 1]).tangents[0]).to.deep.equal([0.5]);
      expect(evalJvp(j, [1, 1], [1, 1]).tangents[0]).to.deep.equal([1]);
    }
  });

  it('reduce_max and reduce_min split ties equally: grad(jnp.max)([1,3,3]) = [0, 0.5, 0.5]', () => {
    expect(basisTangents(buildJaxpr([av([3])], (b, x) => b.reduceMax(x, [0])), [1, 3, 3])).to.deep.equal([0, 0.5, 0.5]);
    expect(basisTangents(buildJaxpr([av([4])], (b, x) => b.reduceMin(x, [0])), [2, 2, 5, 2])).to.deep.equal([1 / 3, 1 / 3, 0, 1 / 3]);
  });

  it('grad(sort(x)[0]) routes to the argmin: [0, 1, 0] for [3, 1, 2]', () => {
    const j = buildJaxpr([av([3])], (b, x) => b.slice(b.sort([x], 0)[0]!, [0], [1]));
    expect(basisTangents(j, [3, 1, 2])).to.deep.equal([0, 1, 0]);
  });

  it('reduce_prod is exact at zeros: grad(prod)([2, 0, 3]) = [0, 6, 0], and at two zeros all 0', () => {
    const j = buildJaxpr([av([3])], (b, x) => b.reduceProd(x, [0]));
    expect(basisTangents(j, [2, 0, 3])).to.deep.equal([0, 6, 0]);
    expect(basisTangents(j, [0, 0, 3])).to.deep.equal([0, 0, 0]);
  });

  it('pow at x = 0: the y term uses log(1) (JAX\'s special case), not nan', () => {
    const j = buildJaxpr([av([]), av([])], (b, x, y) => b.pow(x, y));
    expect(evalJvp(j, [0, 2], [0, 1]).tangents[0]).to.deep.equal([0]);
    expect(evalJvp(j, [0, 2], [1, 0]).tangents[0]).to.deep.equal([0]);
    expect(evalJvp(j, [0, 1], [1, 0]).tangents[0]).to.deep.equal([1]);
  });

  it('sign, floor, round, integer_pow y=0 and stop_gradient give symbolic zeros', () => {
    const j = buildJaxpr([av([3])], (b, x) => [b.sign(x), b.floor(x), b.round(x), b.integerPow(x, 0), b.stopGradient(x), b.integerPow(x, 1)]);
    const r = jvpJaxpr(j, [true]);
    expect(r.outNonzero).to.deep.equal([false, false, false, false, false, true]);
  });

  it('stop_gradient(x)·x has tangent x·dx', () => {
    const j = buildJaxpr([av([2])], (b, x) => b.mul(b.stopGradient(x), x));
    expect(evalJvp(j, [[3, -2]], [[0.5, 2]]).tangents[0]).to.deep.equal([1.5, -4]);
  });
});

describe('jvp rules: symbolic zeros, float0, jit', () => {
  it('an output that does not depend on a differentiated input keeps a symbolic zero', () => {
    const j = buildJaxpr([av([3]), av([3])], (b, x, y) => [b.sin(y), b.mul(x, 2), b.add(y, 1)]);
    const r = jvpJaxpr(j, [true, false]);
    expect(r.outNonzero).to.deep.equal([false, true, false]);
    expect(r.jaxpr.invars.length).to.equal(3);
    expect(r.jaxpr.outvars.length).to.equal(4);
    // sin's tangent rule (cos) never ran: only the primal sin, add and the mul of x and its tangent.
    expect(r.jaxpr.eqns.map((e) => e.prim)).to.deep.equal(['sin', 'mul', 'mul', 'add']);
  });

  it('a lone tangent of add/sub is broadcast to the output shape, sub negated', () => {
    const j = buildJaxpr([av([1, 3]), av([2, 3])], (b, x, y) => [b.add(x, y), b.sub(y, x)]);
    const r = evalJvp(j, [[1, 2, 3], [1, 2, 3, 4, 5, 6]], [[1, 2, 3], null]);
    expect(r.tangents).to.deep.equal([[1, 2, 3, 1, 2, 3], [-1, -2, -3, -1, -2, -3]]);
  });

  it('float0 tangents of integer inputs count as zeros (a rule never sees them)', () => {
    const j = buildJaxpr([av([3], 'i32'), av([3])], (b, i, x) => [b.mul(b.convert(b.add(i, i), 'f32'), x), b.mul(i, i)]);
    const r = evalJvp(j, [[1, 2, 3], [0.5, 1, 2]], [null, [1, 1, 1]]);
    expect(r.tangents).to.deep.equal([[2, 4, 6], null]);
    const all = evalJvp(j, [[1, 2, 3], [0.5, 1, 2]], [0, [1, 0, 1]]);
    expect(all.jvp.jaxpr.invars.map((v) => v.aval.dtype)).to.deep.equal(['i32', 'f32', 'float0', 'f32']);
    expect(all.tangents).to.deep.equal([[2, 0, 6], null]);
  });

  it('jit becomes one jit eqn over (primals, nonzero tangents) with the same name', () => {
    const inner = buildJaxpr([av([3]), av([3]), av([], 'i32')], (b, x, y, i) => [b.mul(b.sin(x), y), b.add(i, 1), b.cos(y)]);
    const j = buildJaxpr([av([3]), av([3]), av([], 'i32')], (b, x, y, i) => b.bind('jit', [x, y, i], { name: 'inner', jaxpr: inner }));
    const r = jvpJaxpr(j, [true, false, true]);
    expect(r.outNonzero).to.deep.equal([true, false, false]);
    expect(r.jaxpr.eqns.length).to.equal(1);
    const e = r.jaxpr.eqns[0]!;
    if (e.prim !== 'jit') throw new Error('expected a jit eqn');
    expect(e.params.name).to.equal('inner');
    expect(e.inputs.length).to.equal(4);
    expect(e.outputs.length).to.equal(4);
    checkJvp(j, [[0.1, 0.2, 0.3], [1, 2, 3], 4], { nonzero: [true, false, true] });
  });

  it('tanh reads like JAX 0.10.2: mul(add(g, mul(g, ans)), sub(1, ans))', () => {
    const j = buildJaxpr([av([3])], (b, x) => b.tanh(x));
    expect(printJaxpr(jvpJaxpr(j, [true]).jaxpr)).to.equal([
      '{ lambda ; a:f32[3] b:f32[3]. let',
      '    c:f32[3] = tanh a',
      '    d:f32[3] = mul b c',
      '    e:f32[3] = add b d',
      '    f:f32[3] = sub 1.0:f32[] c',
      '    g:f32[3] = mul e f',
      '  in (c, g) }',
    ].join('\n'));
  });

  it('abs and reduce_max read like JAX 0.10.2', () => {
    expect(printJaxpr(jvpJaxpr(buildJaxpr([av([3])], (b, x) => b.abs(x)), [true]).jaxpr)).to.equal([
      '{ lambda ; a:f32[3] b:f32[3]. let',
      '    c:f32[3] = abs a',
      '    d:bool[3] = ge a 0.0:f32[]',
      '    e:f32[3] = neg b',
      '    f:f32[3] = select_n d e b',
      '  in (c, f) }',
    ].join('\n'));
    const rm = printJaxpr(jvpJaxpr(buildJaxpr([av([5, 2])], (b, x) => b.reduceMax(x, [0])), [true]).jaxpr);
    expect(rm.split('\n').map((l) => l.trim().split(' = ')[1]?.split(/[[ ]/)[0])).to.deep.equal(
      [undefined, 'reduce_max', 'reshape', 'eq', 'convert_element_type', 'reduce_sum', 'mul', 'reduce_sum', 'div', undefined]);
  });

  it('grad of sum(tanh(x)) through linearize and transpose is JAX 0.10.2\'s jaxpr (REFERENCE §1.2(b))', () => {
    const j = buildJaxpr([av([3])], (b, x) => b.reduceSum(b.tanh(x), [0]));
    expect(printJaxpr(gradJaxpr(j, [true]))).to.equal([
      '{ lambda ; a:f32[3]. let',
      '    b:f32[3] = tanh a',
      '    c:f32[3] = sub 1.0:f32[] b',
      '    _:f32[] = reduce_sum[axes=(0,)] b',
      '    d:f32[3] = broadcast_in_dim[broadcast_dimensions=() shape=(3,)] 1.0:f32[]',
      '    e:f32[3] = mul d c',
      '    f:f32[3] = mul e b',
      '    g:f32[3] = add_any e f',
      '  in (g,) }',
    ].join('\n'));
  });
});
