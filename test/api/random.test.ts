// Tests of the `random` namespace: bit-exact agreement with JAX 0.10.2 (threefry, partitionable mode),
// statistics of the samplers, determinism, and tracing under makeJaxpr.
//
// Expected values marked "JAX 0.10.2" were produced with /work/.venv-ref/bin/python (jax 0.10.2,
// jaxlib 0.10.2, CPU, x64 off, jax_threefry_partitionable=True) by calls of the form
// `np.asarray(jax.random.uniform(jax.random.PRNGKey(1701), (5,))).tolist()`; the first few are also in
// /work/shared/reference/jax-0.10.2-dumps.txt (PART C/D).
import { expect } from 'chai';
import { Array } from '../../src/api/array.js';
import type { Value } from '../../src/api/bind.js';
import { fromNested } from '../../src/api/convert.js';
import * as lax from '../../src/api/lax.js';
import * as random from '../../src/api/random.js';
import { interpret } from '../../src/api/interpret.js';
import { makeJaxpr } from '../../src/api/tracing.js';

const arr = (v: Value): Array => {
  expect(v).to.be.instanceOf(Array);
  return v as Array;
};
const list = (v: Value): unknown => arr(v).tolistSync();
const data = (v: Value): number[] => globalThis.Array.from(arr(v).dataSync(), Number);

/** Relative tolerance 1e-6 (JAX's f32 erf_inv/tanh may differ from ours by an ulp). */
function close(actual: readonly number[], expected: readonly number[], rel = 1e-6): void {
  expect(actual.length).to.equal(expected.length);
  actual.forEach((a, i) => {
    const e = expected[i]!;
    expect(Math.abs(a - e), `index ${i}: ${a} vs ${e}`).to.be.at.most(rel * Math.abs(e) + 1e-12);
  });
}

const i32 = (v: number): Array => new Array(Int32Array.from([v]), [], 'i32');
const k0 = random.key(0);
const k1701 = random.key(1701);

describe('random: keys', () => {
  it('key(seed) is [0, seed] as uint32[2]', () => {
    const k = arr(random.key(1701));
    expect(k.dtype).to.equal('uint32');
    expect(k.shape).to.deep.equal([2]);
    expect(data(k)).to.deep.equal([0, 1701]);
    expect(data(random.PRNGKey(0))).to.deep.equal([0, 0]);
  });

  it('seeds wrap modulo 2^32 as in JAX with x64 off', () => {
    // JAX 0.10.2: PRNGKey(-1), PRNGKey(4294967295), PRNGKey(2**32), PRNGKey(-2**31-1)
    expect(data(random.key(-1))).to.deep.equal([0, 4294967295]);
    expect(data(random.key(4294967295))).to.deep.equal([0, 4294967295]);
    expect(data(random.key(2147483648))).to.deep.equal([0, 2147483648]);
    expect(data(random.key(2 ** 32))).to.deep.equal([0, 0]);
    expect(data(random.key(-(2 ** 31) - 1))).to.deep.equal([0, 2147483647]);
  });

  it('an int32 seed array is reinterpreted as uint32', () => {
    // JAX 0.10.2: PRNGKey(jnp.int32(-5)) = [0, 4294967291]
    expect(data(random.key(i32(-5)))).to.deep.equal([0, 4294967291]);
    expect(data(random.key(new Array(Uint32Array.from([7]), [], 'u32')))).to.deep.equal([0, 7]);
  });

  it('split matches JAX', () => {
    expect(list(random.split(k0))).to.deep.equal([[1797259609, 2579123966], [928981903, 3453687069]]);
    expect(list(random.split(k1701))).to.deep.equal([[741045208, 1847055613], [85238482, 2594297577]]);
    // JAX 0.10.2: split(PRNGKey(0), 3), split(PRNGKey(0), (2, 2))
    expect(list(random.split(k0, 3))).to.deep.equal([[1797259609, 2579123966], [928981903, 3453687069], [4146024105, 2718843009]]);
    expect(list(random.split(k0, [2, 2]))).to.deep.equal([
      [[1797259609, 2579123966], [928981903, 3453687069]],
      [[4146024105, 2718843009], [2467461003, 3840466878]],
    ]);
  });

  it('split shapes: num=1, num=0 and the default', () => {
    expect(arr(random.split(k0, 1)).shape).to.deep.equal([1, 2]);
    expect(list(random.split(k0, 1))).to.deep.equal([[1797259609, 2579123966]]);
    expect(arr(random.split(k0, 0)).shape).to.deep.equal([0, 2]);
    expect(arr(random.split(k0)).dtype).to.equal('uint32');
  });

  it('foldIn matches JAX', () => {
    expect(data(random.foldIn(k0, 1))).to.deep.equal([928981903, 3453687069]);
    // JAX 0.10.2: fold_in(PRNGKey(1701), 42), fold_in(PRNGKey(0), 4294967295), fold_in(PRNGKey(0), jnp.int32(-1))
    expect(data(random.foldIn(k1701, 42))).to.deep.equal([2758454417, 2296811494]);
    expect(data(random.foldIn(k0, 4294967295))).to.deep.equal([743310391, 3789761811]);
    expect(data(random.foldIn(k0, i32(-1)))).to.deep.equal([743310391, 3789761811]);
  });
});

describe('random: samplers (JAX golden values)', () => {
  it('bits', () => {
    const b = arr(random.bits(k1701, [3]));
    expect(b.dtype).to.equal('uint32');
    expect(data(b)).to.deep.equal([1111271205, 2679469115, 974515252]);
    expect(data(random.bits(k0, [4]))).to.deep.equal([4070199207, 4202968722, 1427181096, 2012915765]);
    // JAX 0.10.2: bits(PRNGKey(0), (2, 3))
    expect(list(random.bits(k0, [2, 3]))).to.deep.equal([[4070199207, 4202968722, 1427181096], [2012915765, 2447653815, 710830403]]);
    expect(arr(random.bits(k0)).shape).to.deep.equal([]);
  });

  it('uniform is bit-exact', () => {
    const u = arr(random.uniform(k0, [4]));
    expect(u.dtype).to.equal('float32');
    expect(data(u)).to.deep.equal([0.947667, 0.9785799, 0.33229148, 0.46866846].map(Math.fround));
    // JAX 0.10.2: uniform(PRNGKey(1701), (5,)), uniform(PRNGKey(1701), (3,), minval=-2., maxval=3.), uniform(PRNGKey(0))
    expect(data(random.uniform(k1701, [5]))).to.deep.equal([0.2587379217147827, 0.6238625049591064, 0.2268970012664795, 0.12153208255767822, 0.49533283710479736]);
    expect(data(random.uniform(k1701, [3], { minval: -2, maxval: 3 }))).to.deep.equal([-0.7063103914260864, 1.1193125247955322, -0.8655149936676025]);
    expect(arr(random.uniform(k0)).item()).to.equal(0.9476670026779175);
  });

  it('uniform with array bounds broadcasts them', () => {
    const lo = fromNested('t', [0, 10, 100]);
    const u = arr(random.uniform(k1701, [2, 3], { minval: lo, maxval: lax.add(lo, 1) }));
    expect(u.shape).to.deep.equal([2, 3]);
    data(u).forEach((v, i) => {
      const base = [0, 10, 100][i % 3]!;
      expect(v).to.be.at.least(base).and.below(base + 1);
    });
  });

  it('normal matches JAX within 1e-6 relative', () => {
    close(data(random.normal(k0, [4])), [1.6226422, 2.0252647, -0.43359444, -0.07861735]);
    // JAX 0.10.2: normal(PRNGKey(1701), (2, 3)), normal(PRNGKey(0))
    close(data(random.normal(k1701, [2, 3])), [-0.6472411155700684, 0.3156411051750183, -0.7491047382354736, -1.167362093925476, -0.01169903390109539, 1.7437922954559326]);
    close([Number(arr(random.normal(k0)).item())], [1.622642159461975]);
    expect(arr(random.normal(k1701, [2, 3])).shape).to.deep.equal([2, 3]);
  });

  it('bernoulli matches JAX', () => {
    // JAX 0.10.2: bernoulli(PRNGKey(0), 0.3, (8,)), bernoulli(PRNGKey(1701), jnp.array([.1, .5, .9]))
    const b = arr(random.bernoulli(k0, 0.3, [8]));
    expect(b.dtype).to.equal('bool');
    expect(list(b)).to.deep.equal([false, false, false, false, false, true, false, false]);
    expect(list(random.bernoulli(k1701, fromNested('t', [0.1, 0.5, 0.9])))).to.deep.equal([false, false, true]);
    expect(arr(random.bernoulli(k0)).shape).to.deep.equal([]);
  });

  it('bernoulli with p = 0 and p = 1', () => {
    expect(data(random.bernoulli(k0, 0, [50])).every((v) => v === 0)).to.equal(true);
    expect(data(random.bernoulli(k0, 1, [50])).every((v) => v === 1)).to.equal(true);
  });

  it('randint matches JAX', () => {
    // JAX 0.10.2: randint(PRNGKey(0), (6,), 0, 10), randint(PRNGKey(1701), (6,), -5, 5),
    // randint(PRNGKey(0), (4,), 3, 3), randint(PRNGKey(0), (4,), -2**31, 2**31-1)
    const r = arr(random.randint(k0, [6], 0, 10));
    expect(r.dtype).to.equal('int32');
    expect(data(r)).to.deep.equal([9, 0, 2, 3, 1, 7]);
    expect(data(random.randint(k1701, [6], -5, 5))).to.deep.equal([-3, 3, 2, -1, -3, -2]);
    expect(data(random.randint(k0, [4], 3, 3))).to.deep.equal([3, 3, 3, 3]);
    expect(data(random.randint(k0, [4], -2147483648, 2147483647))).to.deep.equal([-2116156571, -2057756336, 349724616, -593401283]);
  });

  it('randint with array bounds equals randint with the same JS bounds', () => {
    const lo = new Array(Int32Array.from([-5]), [], 'i32');
    const hi = new Array(Int32Array.from([5, 5, 5, 5, 5, 5]), [6], 'i32');
    expect(data(random.randint(k1701, [6], lo, hi))).to.deep.equal([-3, 3, 2, -1, -3, -2]);
  });

  it('randint into uint32 clips negative bounds to 0', () => {
    const r = arr(random.randint(k0, [100], -5, 7, { dtype: 'uint32' }));
    expect(r.dtype).to.equal('uint32');
    expect(data(r).every((v) => v >= 0 && v < 7)).to.equal(true);
    expect(data(r)).to.deep.equal(data(random.randint(k0, [100], 0, 7)));
  });

  it('randint edge cases match JAX', () => {
    // JAX 0.10.2: randint(PRNGKey(0), (5,), -5, 7, dtype=uint32);
    // randint(PRNGKey(0), (4,), jnp.uint32(0), jnp.uint32(4000000000)) (maxval beyond int32: span + 1);
    // randint(PRNGKey(1701), (2, 3), jnp.array([0, 10, 100]), jnp.array([[5], [20]])) (maxval ≤ minval gives minval)
    const u32 = (v: number): Array => new Array(Uint32Array.from([v]), [], 'u32');
    expect(data(random.randint(k0, [5], -5, 7, { dtype: 'uint32' }))).to.deep.equal([1, 2, 6, 2, 6]);
    expect(data(random.randint(k0, [4], u32(0), u32(4000000000)))).to.deep.equal([31327077, 89727312, 349724616, 1554082365]);
    const lo = new Array(Int32Array.from([0, 10, 100]), [3], 'i32');
    const hi = new Array(Int32Array.from([5, 20]), [2, 1], 'i32');
    expect(list(random.randint(k1701, [2, 3], lo, hi))).to.deep.equal([[2, 10, 100], [14, 12, 100]]);
  });

  it('uniform with an array minval matches JAX', () => {
    // JAX 0.10.2: uniform(PRNGKey(0), (2,), minval=jnp.array([1., 2.]), maxval=3.)
    expect(data(random.uniform(k0, [2], { minval: fromNested('t', [1, 2]), maxval: 3 }))).to.deep.equal([2.895334005355835, 2.9785799980163574]);
  });

  it('permutation matches JAX', () => {
    // JAX 0.10.2: permutation(PRNGKey(0), 10), permutation(PRNGKey(1701), 5),
    // permutation(PRNGKey(0), jnp.array([10., 20., 30., 40.])), permutation(PRNGKey(0), 2000)[:8]
    expect(data(random.permutation(k0, 10))).to.deep.equal([0, 1, 8, 5, 6, 4, 3, 2, 7, 9]);
    expect(data(random.permutation(k1701, 5))).to.deep.equal([1, 4, 0, 2, 3]);
    expect(data(random.permutation(k0, fromNested('t', [10, 20, 30, 40])))).to.deep.equal([10, 20, 40, 30]);
    expect(data(random.permutation(k0, 2000)).slice(0, 8)).to.deep.equal([988, 23, 1144, 1675, 1700, 884, 311, 1604]);
  });

  it('permutation along an axis, shared and independent, matches JAX', () => {
    // JAX 0.10.2: permutation(PRNGKey(1701), jnp.arange(12).reshape(3, 4), axis=1[, independent=True])
    const m = lax.reshape(lax.iota('i32', 12), [3, 4]);
    expect(list(random.permutation(k1701, m, { axis: 1 }))).to.deep.equal([[1, 0, 2, 3], [5, 4, 6, 7], [9, 8, 10, 11]]);
    expect(list(random.permutation(k1701, m, { axis: -1, independent: true }))).to.deep.equal([[1, 0, 2, 3], [6, 5, 4, 7], [9, 8, 11, 10]]);
  });

  it('permutation of a matrix permutes whole rows (JAX: identity for this key)', () => {
    const m = lax.reshape(lax.convertElementType(lax.iota('i32', 6), 'f32') as Value, [3, 2]);
    expect(list(random.permutation(k0, m))).to.deep.equal([[0, 1], [2, 3], [4, 5]]);
    const rows = list(random.permutation(k1701, lax.reshape(lax.iota('i32', 20), [10, 2]))) as number[][];
    expect(rows.map((r) => r[1]! - r[0]!)).to.deep.equal(globalThis.Array(10).fill(1));
    expect(rows.map((r) => r[0]! / 2).sort((a, b) => a - b)).to.deep.equal([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});

describe('random: statistics and determinism', () => {
  const N = 10000;
  const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
  const variance = (xs: readonly number[]): number => {
    const m = mean(xs);
    return xs.reduce((a, b) => a + (b - m) ** 2, 0) / xs.length;
  };

  it('uniform: in [0, 1), mean 1/2, variance 1/12', () => {
    const u = data(random.uniform(random.key(7), [N]));
    expect(u.every((v) => v >= 0 && v < 1)).to.equal(true);
    expect(Math.abs(mean(u) - 0.5)).to.be.below(0.015);
    expect(Math.abs(variance(u) - 1 / 12)).to.be.below(0.005);
  });

  it('uniform in [minval, maxval)', () => {
    const u = data(random.uniform(random.key(8), [N], { minval: -3, maxval: -2 }));
    expect(u.every((v) => v >= -3 && v < -2)).to.equal(true);
    expect(Math.abs(mean(u) + 2.5)).to.be.below(0.015);
  });

  it('normal: mean 0, variance 1, finite', () => {
    const z = data(random.normal(random.key(9), [N]));
    expect(z.every(Number.isFinite)).to.equal(true);
    expect(Math.abs(mean(z))).to.be.below(0.05);
    expect(Math.abs(variance(z) - 1)).to.be.below(0.05);
    expect(z.filter((v) => Math.abs(v) < 1).length / N).to.be.within(0.66, 0.70);
  });

  it('bernoulli: frequency p', () => {
    const b = data(random.bernoulli(random.key(10), 0.3, [N]));
    expect(Math.abs(mean(b) - 0.3)).to.be.below(0.02);
  });

  it('randint: every value in [minval, maxval) appears, roughly uniformly', () => {
    const r = data(random.randint(random.key(11), [N], -3, 7));
    const counts = new Map<number, number>();
    for (const v of r) counts.set(v, (counts.get(v) ?? 0) + 1);
    expect([...counts.keys()].sort((a, b) => a - b)).to.deep.equal([-3, -2, -1, 0, 1, 2, 3, 4, 5, 6]);
    for (const c of counts.values()) expect(c).to.be.within(N / 10 - 150, N / 10 + 150);
  });

  it('permutation is a permutation, deterministic per key, different across keys', () => {
    const p = data(random.permutation(random.key(12), 500));
    expect([...p].sort((a, b) => a - b)).to.deep.equal(globalThis.Array.from({ length: 500 }, (_, i) => i));
    expect(data(random.permutation(random.key(12), 500))).to.deep.equal(p);
    expect(data(random.permutation(random.key(13), 500))).to.not.deep.equal(p);
    expect(data(random.permutation(k0, 1))).to.deep.equal([0]);
    expect(data(random.permutation(k0, 0))).to.deep.equal([]);
  });

  it('the same key gives the same draws; split keys give different ones', () => {
    expect(data(random.normal(random.key(3), [5]))).to.deep.equal(data(random.normal(random.key(3), [5])));
    const [a, b] = [0, 1].map((i) => lax.reshape(lax.slice(random.split(random.key(3)), [i, 0], [i + 1, 2]), [2]));
    expect(data(random.bits(a!, [4]))).to.not.deep.equal(data(random.bits(b!, [4])));
  });
});

describe('random: under makeJaxpr', () => {
  const eqnPrims = (f: (k: Value) => unknown): string[] => makeJaxpr(f as (...a: never[]) => unknown)(k0).jaxpr.eqns.map((e) => e.prim);

  it('normal traces random_bits → uniform bit tricks → erf_inv', () => {
    const text = String(makeJaxpr((k: Value) => random.normal(k, [2]))(k0));
    expect(text).to.contain('random_bits[bit_width=32 shape=(2,)]');
    expect(eqnPrims((k) => random.normal(k, [2]))).to.deep.equal([
      'random_bits', 'shift_right_logical', 'or', 'bitcast_convert_type', 'sub', 'mul', 'add', 'max', 'erf_inv', 'mul',
    ]);
  });

  it('split and foldIn trace threefry2x32', () => {
    expect(eqnPrims((k) => random.split(k))).to.include('threefry2x32');
    expect(eqnPrims((k) => random.foldIn(k, 3))).to.include('threefry2x32');
  });

  it('randint and permutation trace', () => {
    expect(eqnPrims((k) => random.randint(k, [3], 0, 10)).filter((p) => p === 'random_bits')).to.have.length(2);
    expect(eqnPrims((k) => random.permutation(k, 5))).to.include('sort');
  });

  it('traced key(seed) builds [0, seed]', () => {
    const cj = makeJaxpr((s: Value) => random.key(s))(i32(3));
    expect(cj.jaxpr.outvars[0]!.aval).to.deep.equal({ shape: [2], dtype: 'u32' });
    expect(cj.jaxpr.eqns.map((e) => e.prim)).to.include('convert_element_type');
  });

  it('traced samplers compute what the eager ones do', () => {
    const fs: ((k: Value) => Value)[] = [
      (k) => random.uniform(k, [3]),
      (k) => random.normal(k, [2, 2]),
      (k) => random.split(k, 3),
      (k) => random.foldIn(k, 42),
      (k) => random.randint(k, [5], -4, 9),
      (k) => random.bernoulli(k, 0.5, [6]),
      (k) => random.permutation(k, 7),
    ];
    for (const f of fs) {
      const [out] = interpret(makeJaxpr(f as (...a: never[]) => unknown)(k1701), [k1701]);
      expect(data(out!)).to.deep.equal(data(f(k1701)));
    }
  });
});
