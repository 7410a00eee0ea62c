// jit: caching per (pytree structure, avals with weak flags, static args) as JAX (REFERENCE §6.8),
// executables shared by alpha-equivalent programs, the lower/compile stages, staging under a trace,
// and bad input (each a UserError); an error inside a call leaves caches and results intact.
import { expect } from 'chai';
import { Array, grad, jit, lax, makeJaxpr, np, nn, UserError } from '../../src/index.js';
import type { ArrayLike } from '../../src/api/convert.js';
import { eagerCacheSize } from '../../src/api/bind.js';
import { compileCount } from '../../src/runtime/executable.js';

type A = ArrayLike;
const vals = (x: unknown): number[] => [...(x as Array).dataSync()];
const close = (got: number[], want: number[], tol = 1e-6) => {
  expect(got.length).to.equal(want.length);
  got.forEach((g, i) => expect(g, `element ${i}`).to.be.closeTo(want[i]!, tol * Math.max(1, Math.abs(want[i]!))));
};

describe('jit: caching and retracing (REFERENCE §6.8)', () => {
  it('follows JAX trace counts: weak vs strong, shapes, dtypes', () => {
    let traces = 0;
    const g = jit((x: A) => { traces++; return np.multiply(x, 2); });
    g(1.5); g(2.5);
    expect(traces).to.equal(1);
    g(np.array(1.0, { dtype: 'float32' }));
    expect(traces).to.equal(2);
    g(np.zeros([3])); g(np.ones([3]));
    expect(traces).to.equal(3);
    g(np.zeros([4]));
    expect(traces).to.equal(4);
    g(np.zeros([4], { dtype: 'int32' }));
    expect(traces).to.equal(5);
    const r = g(3) as Array;
    expect(traces).to.equal(6);
    expect(g.cacheSize()).to.equal(6);
    expect([r.dtype, r.weakType, r.item()]).to.deep.equal(['int32', true, 6]);
    expect((g(2.5) as Array).weakType).to.equal(true);
  });

  it('pytree structure is part of the key, and outputs keep the structure', () => {
    const g = jit((p: { w: A; b: A }, xs: A[]) => ({ y: np.add(np.multiply(p.w, xs[0]!), p.b), n: xs.length }));
    const p = { w: np.array([1, 2]), b: np.array([0.5, 0.5]) };
    const out = g(p, [np.array([3, 4])]) as unknown as { y: Array; n: Array };
    expect(vals(out.y)).to.deep.equal([3.5, 8.5]);
    expect(out.n.item()).to.equal(1);
    g(p, [np.array([3, 4]), np.array([1, 1])]);
    expect(g.cacheSize()).to.equal(2);
    g({ w: np.array([5, 6]), b: np.array([1, 1]) }, [np.array([0, 1])]);
    expect(g.cacheSize()).to.equal(2);
  });

  it('staticArgnums: by value for numbers, strings, booleans and plain arrays/objects; by identity otherwise', () => {
    let traces = 0;
    const g = jit((x: A, k: unknown) => { traces++; return np.multiply(x, typeof k === 'number' ? k : 1); }, { staticArgnums: [1] });
    const x = np.array([1, 2]);
    expect(vals(g(x, 3))).to.deep.equal([3, 6]);
    g(x, 3);
    expect(traces).to.equal(1);
    expect(vals(g(x, 4))).to.deep.equal([4, 8]);
    expect(traces).to.equal(2);
    g(x, '3'); g(x, true); g(x, [1, { a: 2 }]); g(x, [1, { a: 2 }]); g(x, { b: 1, a: [2] }); g(x, { a: [2], b: 1 });
    expect(traces).to.equal(6);
    const fnA = () => 1;
    g(x, fnA); g(x, fnA); g(x, () => 1);
    expect(traces).to.equal(8);
    expect(g.cacheSize()).to.equal(8);
    // negative argnums count from the end
    const h = jit((a: A, n: number) => np.multiply(a, n), { staticArgnums: [-1] });
    expect(vals(h(x, 5))).to.deep.equal([5, 10]);
  });

  it('identical programs from different functions compile once (executable cache by hash)', () => {
    const f1 = jit((x: A) => np.add(np.sin(x), 1.25));
    const f2 = jit((y: A) => np.add(np.sin(y), 1.25));
    const x = np.array([0.5, 1, 2, 3, 4, 5, 6, 7.5]);
    const before = compileCount();
    const r1 = vals(f1(x));
    const mid = compileCount();
    const r2 = vals(f2(x));
    expect(mid - before).to.equal(1);
    expect(compileCount()).to.equal(mid);
    expect(r2).to.deep.equal(r1);
  });

  it('matches eager evaluation on a small model and its gradient', () => {
    const loss = (w: A, x: A) => np.mean(np.square(np.subtract(nn.softmax(np.tanh(np.matmul(x, w)), -1), 0.25)));
    const w = np.array([[0.1, -0.2, 0.3], [0.4, 0.5, -0.6]]);
    const x = np.array([[1, 2], [3, -1], [0.5, 0.25], [-2, 1]]);
    close(vals(jit(loss)(w, x)), vals(loss(w, x)), 1e-6);
    close(vals(jit(grad(loss))(w, x)), vals(grad(loss)(w, x)), 1e-5);
  });

  it('under an enclosing trace it binds one jit equation (staging)', () => {
    const inner = jit(function inner(a: A) { return np.multiply(np.sin(a), 2); });
    const cj = makeJaxpr((x: A) => np.add(inner(x), 1))({ shape: [3], dtype: 'float32' });
    const eqns = cj.jaxpr.eqns.map((e) => e.prim);
    expect(eqns).to.deep.equal(['jit', 'add']);
    expect(String(cj)).to.contain('jit[');
    expect(String(cj)).to.contain('name=inner');
  });
});

describe('jit: lower / compile / asText / stats', () => {
  const f = (x: A, w: A) => nn.relu(np.matmul(x, w));
  const x = np.array([[1, -2, 3], [0.5, 0.5, -1]]);
  const w = np.array([[1, 0], [0, 1], [1, 1]]);

  it('lower gives the traced and optimised jaxprs; compile gives texts, stats and a callable', () => {
    const g = jit(f);
    const lowered = g.lower(x, w);
    expect(lowered.asText('jaxpr')).to.equal(String(makeJaxpr(f)(x, w)));
    expect(lowered.asText('optimized')).to.match(/^\{ lambda ; a:f32\[2,3\] b:f32\[3,2\]\. let/);
    expect(lowered.asText('optimized')).to.contain('dot_general');
    const compiled = lowered.compile({ device: 'cpu' });
    expect(compiled.asText('plan')).to.be.a('string').and.not.equal('');
    expect(compiled.asText('kernels')).to.be.a('string').and.not.equal('');
    expect(compiled.asText('js')).to.be.a('string');
    const s = compiled.stats();
    expect(Object.keys(s).sort()).to.deep.equal(['buffers', 'hostSteps', 'kernels', 'launches', 'peakBytes']);
    expect(s.launches).to.be.at.least(1);
    expect(s.peakBytes).to.be.at.least(2 * 2 * 4);
    expect(vals(compiled.call(x, w))).to.deep.equal([4, 1, 0, 0]);
    // lower and call share the trace cache
    g(x, w);
    expect(g.cacheSize()).to.equal(1);
  });

  it('runs fused kernels: a row softmax is one kernel launch', () => {
    const c = jit((x: A) => nn.softmax(x, -1)).lower(np.ones([4, 16])).compile();
    expect(c.stats()).to.deep.equal({ kernels: 1, launches: 1, hostSteps: 0, buffers: 1, peakBytes: 4 * 16 * 4 });
    expect(c.asText('kernels').match(/^kernel /gm)).to.have.length(1);
    close(vals(c.call(np.ones([4, 16]))), globalThis.Array.from({ length: 64 }, () => 1 / 16));
  });

  it('bad stage names, devices and signatures are UserErrors', () => {
    const lowered = jit(f).lower(x, w);
    expect(() => lowered.asText('plan' as never)).to.throw(UserError, /unknown stage — got "plan", expected 'jaxpr', 'optimized'/);
    const compiled = lowered.compile();
    expect(() => compiled.asText('wat' as never)).to.throw(UserError, /unknown stage — got "wat"/);
    expect(() => compiled.asText('wgsl')).to.throw(UserError, /not available for device cpu/);
    expect(() => lowered.compile({ device: 'tpu' })).to.throw(UserError, /unsupported device/);
    expect(() => compiled.call(w, x)).to.throw(UserError, /^jit\.compiled: the arguments do not match the compiled signature — got f32\[3,2\], f32\[2,3\], expected f32\[2,3\], f32\[3,2\]/);
    expect(() => compiled.call(x, np.array([[1, 0], [0, 1], [1, 1]], { dtype: 'int32' }))).to.throw(UserError, /do not match the compiled signature/);
  });
});

describe('jit: bad input', () => {
  const x = np.array([1, 2, 3]);
  it('staticArgnums out of range or not integers', () => {
    const g = jit((a: A, n: number) => np.multiply(a, n), { staticArgnums: [2] });
    expect(() => g(x, 2)).to.throw(UserError, /^jit: staticArgnums entry is out of range — got 2, expected an integer in -2\.\.1 for 2 arguments/);
    expect(() => jit((a: A) => a, { staticArgnums: [0.5] })).to.throw(UserError, /staticArgnums must be an array of integers/);
    expect(() => jit(42 as never)).to.throw(UserError, /the first argument must be a function/);
  });

  it('unhashable static args: arrays, tracers, typed arrays, cycles', () => {
    const g = jit((a: A, k: unknown) => np.multiply(a, 2), { staticArgnums: [1] });
    expect(() => g(x, np.array([1]))).to.throw(UserError, /^jit: static argument 1 is an array — got Array f32\[1\]/);
    expect(() => g(x, new Float32Array(2))).to.throw(UserError, /static argument 1 is a typed array/);
    const cyc: Record<string, unknown> = {};
    cyc.self = cyc;
    expect(() => g(x, cyc)).to.throw(UserError, /static argument 1 is cyclic/);
    expect(() => makeJaxpr((t: A) => g(x, t))({ shape: [], dtype: 'float32' })).to.throw(UserError, /static argument 1 is a traced value/);
    expect(g.cacheSize()).to.equal(0);
  });

  it('an error inside a call leaves the caches and earlier results intact', () => {
    let fail = false;
    const g = jit((a: A) => { if (fail) throw new Error('boom'); return np.multiply(np.sin(a), 2); });
    const r1 = g(x) as Array;
    const before = vals(r1);
    const compiled = compileCount();
    // a disposed input fails inside the call, after the cache lookup
    const dead = np.array([4, 5, 6]);
    dead.dispose();
    expect(() => g(dead)).to.throw(UserError, /disposed/);
    // a tracing failure for a new signature does not enter the cache
    fail = true;
    expect(() => g(np.array([1, 2]))).to.throw('boom');
    expect(g.cacheSize()).to.equal(1);
    // the cached signature still runs (no retrace: fail is set), and earlier results are unchanged
    const r2 = g(x) as Array;
    expect(vals(r2)).to.deep.equal(before);
    expect(vals(r1)).to.deep.equal(before);
    expect(compileCount()).to.equal(compiled);
    // a wrongly typed call to a compiled signature leaves it working too
    const c = g.lower(x).compile();
    expect(() => c.call(np.array([1, 2]))).to.throw(UserError);
    expect(vals(c.call(x))).to.deep.equal(before);
  });
});

describe('eager ops run through cached executables', () => {
  it('compile once per (prim, params, avals) signature', () => {
    const a = np.array([1.5, -2, 3]);
    lax.mul(a, a);
    const size = eagerCacheSize();
    const before = compileCount();
    const r = lax.mul(np.array([4, 5, 6]), np.array([0.5, 2, -1]));
    expect(vals(r)).to.deep.equal([2, 10, -6]);
    expect(eagerCacheSize()).to.equal(size);
    expect(compileCount()).to.equal(before);
    lax.mul(np.array([1, 2, 3, 4]), np.array([1, 2, 3, 4]));
    expect(eagerCacheSize()).to.equal(size + 1);
  });
  it('keep weak flags and errors as before', () => {
    const r = np.multiply(np.array([1, 2], { dtype: 'int32' }), 2);
    expect([r.dtype, r.weakType, vals(r)]).to.deep.equal(['int32', false, [2, 4]]);
    expect(() => lax.add(np.zeros([2]), np.zeros([3]))).to.throw(UserError);
  });
});
