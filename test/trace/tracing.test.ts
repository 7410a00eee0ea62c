import { expect } from 'chai';
import { Array, lax, makeJaxpr, evalShape, np, UserError } from '../../src/index.js';
import type { Tracer } from '../../src/trace/trace.js';

const spec = (shape: number[], dtype = 'float32') => ({ shape, dtype });

describe('tracing', () => {
  it('traces an elementwise function with a weak literal, as JAX prints it', () => {
    const cj = makeJaxpr((x: Tracer) => lax.mul(lax.sin(x), 2.0))(spec([3]));
    expect(String(cj)).to.equal('{ lambda ; a:f32[3]. let b:f32[3] = sin a; c:f32[3] = mul b 2.0:f32[] in (c,) }');
  });

  it('flattens pytree arguments with sorted object keys', () => {
    const cj = makeJaxpr((p: { w: Tracer; b: Tracer }, xs: Tracer[]) => lax.add(lax.mul(p.w, xs[0]!), p.b))({ w: spec([2]), b: spec([2]) }, [spec([2])]);
    // b comes before w: keys are flattened in sorted order.
    expect(cj.jaxpr.invars.length).to.equal(3);
    expect(String(cj)).to.equal('{ lambda ; a:f32[2] b:f32[2] c:f32[2]. let\n    d:f32[2] = mul b c\n    e:f32[2] = add d a\n  in (e,) }');
  });

  it('closed-over concrete arrays become constvars', () => {
    const w = np.array([[1, 2, 3], [4, 5, 6]]);
    const cj = makeJaxpr((v: Tracer) => lax.dot(w, v))(spec([3]));
    expect(String(cj)).to.match(/^\{ lambda a:f32\[2,3\]; b:f32\[3\]\. let/);
    expect(cj.consts.length).to.equal(1);
    expect([...cj.consts[0]!.data]).to.deep.equal([1, 2, 3, 4, 5, 6]);
  });

  it('JS numbers are weak: i32 * 2 stays i32, i32 * 2.5 would need a float', () => {
    const cj = makeJaxpr((x: Tracer) => lax.mul(x, 2))(spec([3], 'int32'));
    expect(String(cj)).to.contain('mul a 2:i32[]');
    const g = makeJaxpr((x: Tracer, s: Tracer) => lax.mul(x, s))(spec([3]), 2.5);
    expect(g.jaxpr.invars[1]!.aval).to.deep.equal({ shape: [], dtype: 'f32', weak: true });
  });

  it('a tracer used as a number or string throws and points to np.where', () => {
    for (const use of [(x: Tracer) => +x, (x: Tracer) => `${x}`, (x: Tracer) => (x as unknown as number) > 0]) {
      expect(() => makeJaxpr(use)(spec([3]))).to.throw(UserError, /np\.where/);
    }
  });

  it('a tracer that escapes its trace throws when used', () => {
    let leaked: Tracer | undefined;
    makeJaxpr((x: Tracer) => { leaked = x; return x; })(spec([2]));
    expect(() => lax.sin(leaked!)).to.throw(UserError, /escaped/);
  });

  it('nested makeJaxpr: closed-over outer tracers become explicit leading inputs', () => {
    let inner = '';
    makeJaxpr((x: Tracer) => {
      inner = String(makeJaxpr((y: Tracer) => lax.add(x, y))(spec([2])));
      return x;
    })(spec([2]));
    expect(inner).to.equal('{ lambda ; a:f32[2] b:f32[2]. let c:f32[2] = add a b in (c,) }');
  });

  it('staticArgnums keep arguments out of the trace', () => {
    const cj = makeJaxpr((x: Tracer, n: number) => lax.integerPow(x, n), { staticArgnums: [1] })(spec([2]), 3);
    expect(String(cj)).to.equal('{ lambda ; a:f32[2]. let b:f32[2] = integer_pow[y=3] a in (b,) }');
    expect(() => makeJaxpr((x: Tracer) => x, { staticArgnums: [4] })(spec([2]))).to.throw(UserError, /staticArgnums/);
  });

  it('outputs may be literals, consts or inputs', () => {
    const w = np.ones([2]);
    const cj = makeJaxpr((x: Tracer) => [x, 1.5, w])(spec([2]));
    expect(String(cj)).to.equal('{ lambda a:f32[2]; b:f32[2]. let  in (b, 1.5:f32[], a) }');
  });

  it('evalShape returns shapes and dtypes without computing', () => {
    const out = evalShape((x: Tracer) => ({ s: lax.reduceSum(x, [0]), y: lax.convertElementType(x, 'int32') }), spec([4, 3]));
    expect(out).to.deep.equal({ s: { shape: [3], dtype: 'float32' }, y: { shape: [4, 3], dtype: 'int32' } });
  });

  it('bad arguments are UserErrors naming makeJaxpr', () => {
    expect(() => makeJaxpr((x: unknown) => x)('hello')).to.throw(UserError, /^makeJaxpr: argument leaf 0 is not an array — got string hello/);
    expect(() => makeJaxpr(42 as never)).to.throw(UserError, /^makeJaxpr: the first argument must be a function/);
    expect(() => makeJaxpr((x: unknown) => x)({ shape: [-1], dtype: 'float32' })).to.throw(UserError, /invalid shape/);
    expect(() => makeJaxpr((x: unknown) => x)({ shape: [2], dtype: 'float64' })).to.throw(UserError, /unknown dtype/);
    expect(() => makeJaxpr(() => 'str')()).to.throw(UserError, /output leaf 0/);
  });

  it('eager ops on concrete arrays compute values', () => {
    const x = np.array([1, 2, 3]);
    const y = lax.mul(lax.add(x, 1), 2) as Array;
    expect([...y.dataSync()]).to.deep.equal([4, 6, 8]);
  });
});
