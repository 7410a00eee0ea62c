// nn.stax against JAX 0.10.2's jax.example_libraries.stax (test/fixtures/nn-reference.json, made by
// scripts/nn_reference.py): initialisation from the same key to 1 ulp, forward values, the multi-view
// model under vmap, gradients against finite differences, and the layers' input errors.
import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import { Array, grad, nn, np, random, tree, UserError, vmap } from '../../src/index.js';
import type { Value } from '../../src/api/bind.js';
import { nextAfterF32 } from '../../src/api/random-truncated.js';

const S = nn.stax;
interface Ref { shape: number[]; data: number[] }
type RefTree = Ref | RefTree[];
const REF = JSON.parse(readFileSync(new URL('../fixtures/nn-reference.json', import.meta.url), 'utf8')).stax;

const vals = (x: unknown): number[] => [...(x as Array).dataSync()];
const fromRef = (r: Ref): Array => new Array(Float32Array.from(r.data), r.shape, 'f32');
const refLeaves = (t: RefTree): Ref[] => (globalThis.Array.isArray(t) ? t.flatMap(refLeaves) : [t]);
const ulps = (a: number, b: number): number => {
  const f = new Float32Array([a, b]);
  const i = new Int32Array(f.buffer);
  return Math.abs(i[0]! - i[1]!);
};
function close(got: unknown, want: readonly number[], tol = 1e-5): void {
  const g = vals(got);
  expect(g.length).to.equal(want.length);
  g.forEach((v, i) => expect(Math.abs(v - want[i]!), `index ${i}: ${v} vs ${want[i]}`).to.be.at.most(tol * Math.max(1, Math.abs(want[i]!))));
}
/**
 * Every leaf within 4 ulps of JAX's and almost all bit-exact. The uniform draw is exact (XLA fuses
 * `floats·range + lo` into an FMA, which random-truncated.ts emulates); kernax's lax.erf_inv is 1 ulp
 * off XLA's at a few inputs (e.g. 0.6890898), which the scaling by the stddev can make a few.
 */
function sameParams(params: unknown, ref: RefTree): void {
  const got = tree.leaves(params);
  const want = refLeaves(ref);
  expect(got.length).to.equal(want.length);
  let exact = 0;
  let total = 0;
  got.forEach((leaf, i) => {
    expect((leaf as Array).shape).to.deep.equal(want[i]!.shape);
    vals(leaf).forEach((v, j) => {
      const u = ulps(v, want[i]!.data[j]!);
      expect(u, `leaf ${i}[${j}]: ${v} vs ${want[i]!.data[j]}`).to.be.at.most(4);
      exact += u === 0 ? 1 : 0;
      total += 1;
    });
  });
  expect(exact / total).to.be.above(0.97);
}

const seedModel = () => S.serial(S.Conv(5, [3, 3]), S.Conv(5, [3, 3]));
const allModel = () => S.serial(
  S.Conv(4, [3, 3], [1, 1], 'SAME'), S.BatchNorm(), S.Relu, S.MaxPool([2, 2], [2, 2]), S.Conv(3, [2, 2], undefined, 'VALID'),
  S.Tanh, S.AvgPool([2, 2], [1, 1], 'SAME'), S.Flatten, S.Dense(6), S.Relu, S.Dense(3));

describe('nn.stax: initialisation and values (JAX 0.10.2 stax)', () => {
  it('random.truncatedNormal is bit-exact with jax.random.truncated_normal', () => {
    expect(vals(random.truncatedNormal(random.key(0), -2, 2, [7]))).to.deep.equal(REF.truncated_normal.data);
    const asym = random.truncatedNormal(random.key(3), -1, 0.5, [2, 3]) as Array;
    expect(asym.shape).to.deep.equal([2, 3]);
    expect(vals(asym)).to.deep.equal(REF.truncated_normal_asym.data);
  });

  it('truncatedNormal stays inside the open interval, even for a narrow one', () => {
    const v = vals(random.truncatedNormal(random.key(1), 0.5, 0.5000001, [200]));
    v.forEach((x) => {
      expect(x).to.be.at.least(nextAfterF32(0.5, Infinity));
      expect(x).to.be.at.most(nextAfterF32(0.5000001, -Infinity));
    });
    expect(nextAfterF32(-2, Infinity)).to.equal(-(2 - 2 ** -23));
    expect(nextAfterF32(2, -Infinity)).to.equal(2 - 2 ** -23);
  });

  it("the seed's model: init(key(42), [1,16,16,3]) gives JAX's shapes and parameters, apply its output", () => {
    const [init, apply] = seedModel();
    const [shape, params] = init(random.key(42), [1, 16, 16, 3]);
    expect(shape).to.deep.equal(REF.seed.out_shape);
    expect((params as Array[][]).map((p) => p.map((a) => a.shape))).to.deep.equal([[[3, 3, 3, 5], [1, 1, 1, 5]], [[3, 3, 5, 5], [1, 1, 1, 5]]]);
    sameParams(params, REF.seed.params);
    const y = apply(params, fromRef(REF.seed.x)) as Array;
    expect(y.shape).to.deep.equal([1, 12, 12, 5]);
    close(y, REF.seed.y.data);
  });

  it('every layer (Conv SAME, BatchNorm, Relu, MaxPool, Conv VALID, Tanh, AvgPool SAME, Flatten, Dense) matches JAX', () => {
    const [init, apply] = allModel();
    const [shape, params] = init(random.key(1), [2, 8, 8, 2]);
    expect(shape).to.deep.equal([2, 3]);
    sameParams(params, REF.all.params);
    close(apply(params, fromRef(REF.all.x)), REF.all.y.data);
  });

  it('Dropout: rate is the keep probability; serial splits the apply key once per layer', () => {
    const [init, apply] = S.serial(S.Dense(4), S.Dropout(0.7), S.Dense(2));
    const [shape, params] = init(random.key(5), [3, 4]);
    expect(shape).to.deep.equal([3, 2]);
    sameParams(params, REF.dropout.params);
    close(apply(params, fromRef(REF.dropout.x), { rng: random.key(9) }), REF.dropout.y.data);
    const [, drop] = S.Dropout(0.5);
    const x = np.ones([1000]);
    const y = vals(drop([], x, { rng: random.key(0) }));
    expect(y.every((v) => v === 0 || v === 2)).to.equal(true);
    const kept = y.filter((v) => v === 2).length;
    expect(kept).to.be.within(430, 570);
    const [, test] = S.Dropout(0.5, 'test');
    expect(vals(test([], x))).to.deep.equal(vals(x));
  });

  it('parallel: one key per layer, a list of shapes and a list of outputs', () => {
    const [init, apply] = S.parallel(S.Dense(2), S.Dense(3));
    const [shapes, params] = init(random.key(2), [[1, 4], [1, 5]]);
    expect(shapes).to.deep.equal(REF.parallel.out_shapes);
    sameParams(params, REF.parallel.params);
    const ys = apply(params, [np.ones([1, 4]), np.ones([1, 5])]);
    expect(ys.map((y) => (y as Array).shape)).to.deep.equal([[1, 2], [1, 3]]);
    const [w, b] = (params as Value[][])[0]!;
    close(ys[0], vals(np.add(np.sum(w!, 0), b!)));
  });

  it('serial with FanOut, parallel and FanInSum (a residual block) sums the branches', () => {
    const [init, apply] = S.serial(S.FanOut(2), S.parallel(S.Dense(3), S.Identity), S.FanInSum);
    const [shape, params] = init(random.key(4), [2, 3]);
    expect(shape).to.deep.equal([2, 3]);
    const x = random.normal(random.key(5), [2, 3]);
    const [, dense] = S.Dense(3);
    close(apply(params, x), vals(np.add(dense((params as Value[][][])[1]![0]!, x), x)));
  });

  it('the multi-view model: vmap over a trailing views axis, [1,16,16,3,5] → [1,12,12,5,5]', () => {
    const [init, apply] = seedModel();
    const [, params] = init(random.key(42), [1, 16, 16, 3]);
    const x = random.normal(random.key(0), [1, 16, 16, 3, 5]);
    const multiview = vmap((v: Value) => apply(params, v), { inAxes: 4, outAxes: 4 });
    const y = multiview(x) as Array;
    expect(y.shape).to.deep.equal([1, 12, 12, 5, 5]);
    for (const v of [0, 3]) {
      const view = np.take(x, [v], 4).reshape([1, 16, 16, 3]);
      close(np.take(y, [v], 4).reshape([1, 12, 12, 5]), vals(apply(params, view)));
    }
  });
});

/** d/dε f(p + ε·d) at 0 by central differences, against ⟨grad f(p), d⟩. */
function checkDirectional(f: (p: unknown) => Value, p: unknown, seed: number, h = 1e-3, tol = 1e-2): void {
  const ls = tree.leaves(p) as Array[];
  const dirs = ls.map((l, i) => random.normal(random.key(seed + i), l.shape));
  const [, def] = tree.flatten(p);
  const shift = (s: number) => tree.unflatten(def, ls.map((l, i) => np.add(l, np.multiply(dirs[i]!, s))));
  const fd = ((f(shift(h)) as Array).item() as number - ((f(shift(-h)) as Array).item() as number)) / (2 * h);
  const g = tree.leaves(grad(f as (p: never) => unknown)(p)) as Array[];
  const an = g.reduce((acc, gi, i) => acc + ((np.sum(np.multiply(gi, dirs[i]!)) as Array).item() as number), 0);
  expect(Math.abs(fd - an), `finite difference ${fd} vs gradient ${an}`).to.be.at.most(tol * Math.max(1, Math.abs(an)));
}

describe('nn.stax: gradients through every layer (finite differences)', () => {
  const x = random.normal(random.key(11), [2, 6, 6, 2]);
  const layers: Record<string, () => nn.stax.Layer> = {
    'Conv SAME strided': () => S.serial(S.Conv(3, [3, 3], [2, 2], 'SAME'), S.Flatten, S.Dense(2)),
    BatchNorm: () => S.serial(S.BatchNorm(), S.Conv(2, [2, 2]), S.Flatten, S.Dense(2)),
    'Relu and MaxPool': () => S.serial(S.Conv(3, [2, 2]), S.Relu, S.MaxPool([2, 2], [2, 2]), S.Flatten, S.Dense(2)),
    'Tanh and AvgPool SAME': () => S.serial(S.Conv(3, [2, 2]), S.Tanh, S.AvgPool([3, 3], [2, 2], 'SAME'), S.Flatten, S.Dense(2)),
  };
  for (const [name, make] of Object.entries(layers)) {
    it(`${name}: wrt the parameters and the input`, () => {
      const [init, apply] = make();
      const [, params] = init(random.key(3), x.shape);
      const loss = (p: unknown, v: Value) => np.sum(np.square(apply(p as nn.stax.StaxParams, v)));
      checkDirectional((p) => loss(p, x), params, 100);
      checkDirectional((v) => loss(params, v as Value), x, 200);
    });
  }
});

describe('nn.stax: errors name the layer and the layout', () => {
  const [init, apply] = S.Conv(5, [3, 3]);
  const [, params] = init(random.key(0), [1, 16, 16, 3]);
  const cases: Record<string, [() => unknown, RegExp]> = {
    'Conv on channels-first input': [() => apply(params, np.zeros([1, 3, 16, 16])), /^nn\.stax\.Conv\(5, \[3, 3\]\): input does not match the layer — got f32\[1,3,16,16\], expected \[N, H, W, 3\]$/],
    'Conv on a rank-3 input': [() => apply(params, np.zeros([16, 16, 3])), /got f32\[16,16,3\], expected \[N, H, W, 3\]/],
    'Conv init on a rank-3 shape': [() => init(random.key(0), [16, 16, 3]), /nn\.stax\.Conv.*got input shape \[16, 16, 3\], expected \[N, H, W, C\]/],
    'Dense on the wrong feature count': [() => { const [i, a] = S.Dense(2); const [, p] = i(random.key(0), [1, 4]); return a(p, np.zeros([1, 5])); }, /nn\.stax\.Dense\(2\): .*got f32\[1,5\], expected \[\.\.\., 4\]/],
    'serial of something that is not a layer': [() => S.serial(S.Relu, 3 as never), /nn\.stax\.serial: layer 1 is not an \(init, apply\) pair/],
    'Dropout with a rate above 1': [() => S.Dropout(1.5), /nn\.stax\.Dropout: rate is the keep probability — got .*1\.5/],
    'Dropout in train mode without rng': [() => S.Dropout(0.5)[1]([], np.ones([2])), /nn\.stax\.Dropout: in 'train' mode apply needs a PRNG key/],
    'MaxPool on a rank-2 input': [() => S.MaxPool([2, 2])[1]([], np.ones([4, 4])), /nn\.stax\.MaxPool\(\[2, 2\]\).*expected \[N, H, W, C\]/],
    'parallel with too few inputs': [() => S.parallel(S.Relu, S.Relu)[1]([[], []], [np.ones([2])]), /nn\.stax\.parallel.*expected a list of 2 inputs/],
    'BatchNorm on an input of the wrong rank': [() => { const [i, a] = S.BatchNorm(); const [, p] = i(random.key(0), [2, 4, 4, 3]); return a(p, np.ones([2, 3])); }, /nn\.stax\.BatchNorm.*got f32\[2,3\], expected rank 4/],
  };
  for (const [name, [f, re]] of Object.entries(cases)) {
    it(name, () => {
      expect(f).to.throw(UserError, re);
    });
  }
});
