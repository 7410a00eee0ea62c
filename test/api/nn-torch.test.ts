// torch-style modules and functorch's functional API against torch 2.13 (test/fixtures/nn-reference.json,
// from scripts/nn_reference.py: parameters drawn with kernax's key schedule in jax.random, loaded into
// torch modules): init, forward, BatchNorm train/eval and buffers, vmap/grad, ensembling, errors.
import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import { Array, grad, nn, np, random, tree, UserError, vmap } from '../../src/index.js';
import type { Value } from '../../src/api/bind.js';

interface Ref { shape: number[]; data: number[] }
const REF = JSON.parse(readFileSync(new URL('../fixtures/nn-reference.json', import.meta.url), 'utf8')).torch_style;
const vals = (x: unknown): number[] => [...(x as Array).dataSync()];
const fromRef = (r: Ref): Array => new Array(Float32Array.from(r.data), r.shape, 'f32');
function close(got: unknown, want: readonly number[], tol = 1e-5): void {
  const g = vals(got);
  expect(g.length).to.equal(want.length);
  g.forEach((v, i) => expect(Math.abs(v - want[i]!), `index ${i}: ${v} vs ${want[i]}`).to.be.at.most(tol * Math.max(1, Math.abs(want[i]!))));
}
const sameDict = (got: nn.StateDict, want: Record<string, Ref>, tol?: number) => {
  expect(Object.keys(got).sort()).to.deep.equal(Object.keys(want).sort());
  for (const k of Object.keys(want)) {
    expect((got[k] as Array).shape, k).to.deep.equal(want[k]!.shape);
    if (tol === undefined) expect(vals(got[k]), k).to.deep.equal(want[k]!.data);
    else close(got[k], want[k]!.data, tol);
  }
};

const seedNet = () => nn.Sequential(nn.Conv2d(3, 5, 3), nn.ReLU(), nn.Conv2d(5, 5, 3));
const allNet = () => nn.Sequential(
  nn.Conv2d(2, 4, 3, { padding: 1 }), nn.BatchNorm2d(4), nn.ReLU(), nn.MaxPool2d(2),
  nn.Conv2d(4, 6, 3, { stride: 2, padding: 1, groups: 2 }), nn.Tanh(), nn.Flatten(), nn.Linear(24, 5));

describe('nn (torch style): initialisation and values (torch 2.13)', () => {
  it("parameters keyed by torch's names, drawn from the key exactly (one split row per parameter)", () => {
    const [, params] = nn.makeFunctional(seedNet(), random.key(0));
    sameDict(params, REF.seed.params);
    const b = 1 / Math.sqrt(27);
    expect(vals(params['0.bias']).every((v) => Math.abs(v) <= b)).to.equal(true);
    const [, again] = nn.makeFunctional(seedNet(), random.key(0));
    expect(vals(again['2.weight'])).to.deep.equal(vals(params['2.weight']));
    const [, other] = nn.makeFunctional(seedNet(), random.key(1));
    expect(vals(other['0.weight'])).to.not.deep.equal(vals(params['0.weight']));
  });

  it('Conv2d → ReLU → Conv2d forward equals torch', () => {
    const [fn, params] = nn.makeFunctional(seedNet(), random.key(0));
    const y = fn(params, fromRef(REF.seed.x)) as Array;
    expect(y.shape).to.deep.equal([2, 5, 4, 4]);
    close(y, REF.seed.y.data);
  });

  it('BatchNorm2d: train uses batch statistics and updates the buffers as torch; eval uses the running ones', () => {
    const [fn, params, buffers] = nn.makeFunctionalWithBuffers(allNet(), random.key(3));
    sameDict(params, REF.all.params);
    expect(Object.keys(buffers).sort()).to.deep.equal(['1.num_batches_tracked', '1.running_mean', '1.running_var']);
    expect((buffers['1.num_batches_tracked'] as Array).dtype).to.equal('int32');
    const x = fromRef(REF.all.x);
    const [y, nb] = fn(params, buffers, x, { train: true });
    close(y, REF.all.y_train.data);
    sameDict(nb, REF.all.buffers_after, 1e-6);
    expect(vals(buffers['1.running_var'])).to.deep.equal([1, 1, 1, 1]);
    const [ye, nb2] = fn(params, nb, x);
    close(ye, REF.all.y_eval.data);
    expect(nb2['1.running_mean']).to.equal(nb['1.running_mean']);
    close(nn.functionalCall(allNet(), { params, buffers: nb }, x), REF.all.y_eval.data);
  });

  it('dilated conv without bias and a padded, strided max pool equal torch', () => {
    const [fn, params] = nn.makeFunctional(nn.Sequential(nn.Conv2d(2, 3, 3, { dilation: 2, bias: false }), nn.Tanh(), nn.MaxPool2d(2, { stride: 1, padding: 1 })), random.key(8));
    expect(Object.keys(params)).to.deep.equal(['0.weight']);
    close(fn(params, fromRef(REF.dilated.x)), REF.dilated.y.data);
  });

  it('the multi-view model of API.md: [1,3,16,16,5] → [1,5,12,12,5], each view the per-view model', () => {
    const [fn, params] = nn.makeFunctional(seedNet(), random.key(0));
    const x = random.normal(random.key(0), [1, 3, 16, 16, 5]);
    const y = vmap((v: Value) => fn(params, v), { inAxes: 4, outAxes: 4 })(x) as Array;
    expect(y.shape).to.deep.equal([1, 5, 12, 12, 5]);
    for (const v of [1, 4]) close(np.take(y, [v], 4).reshape([1, 5, 12, 12]), vals(fn(params, np.take(x, [v], 4).reshape([1, 3, 16, 16]) as Value)));
  });
});

/** d/dε f(p + ε·d) at 0 by central differences, against ⟨grad f(p), d⟩. */
function checkDirectional(f: (p: unknown) => Value, p: unknown, seed: number): void {
  const h = 1e-3;
  const ls = tree.leaves(p) as Array[];
  const dirs = ls.map((l, i) => random.normal(random.key(seed + i), l.shape));
  const [, def] = tree.flatten(p);
  const shift = (s: number) => tree.unflatten(def, ls.map((l, i) => np.add(l, np.multiply(dirs[i]!, s))));
  const fd = ((f(shift(h)) as Array).item() as number - ((f(shift(-h)) as Array).item() as number)) / (2 * h);
  const g = tree.leaves(grad(f as (p: never) => unknown)(p)) as Array[];
  const an = g.reduce((acc, gi, i) => acc + ((np.sum(np.multiply(gi, dirs[i]!)) as Array).item() as number), 0);
  expect(Math.abs(fd - an), `finite difference ${fd} vs gradient ${an}`).to.be.at.most(1e-2 * Math.max(1, Math.abs(an)));
}

describe('nn (torch style): gradients, BatchNorm under vmap and grad, ensembling', () => {
  const x = random.normal(random.key(21), [2, 2, 6, 6]);
  const nets: Record<string, () => nn.Module> = {
    'Conv2d (strided, padded, grouped, dilated) and Linear': () => nn.Sequential(nn.Conv2d(2, 4, 3, { stride: 2, padding: 1, groups: 2 }), nn.Conv2d(4, 2, 2, { dilation: 2 }), nn.Flatten(), nn.Linear(2, 3)),
    'ReLU, MaxPool2d, Tanh': () => nn.Sequential(nn.Conv2d(2, 3, 2), nn.ReLU(), nn.MaxPool2d(2), nn.Tanh(), nn.Flatten(), nn.Linear(12, 2)),
    'BatchNorm2d in train mode': () => nn.Sequential(nn.BatchNorm2d(2), nn.Conv2d(2, 2, 3), nn.Flatten(), nn.Linear(32, 2)),
  };
  for (const [name, make] of Object.entries(nets)) {
    it(`${name}: wrt the parameters and the input`, () => {
      const [fn, params, buffers] = nn.makeFunctionalWithBuffers(make(), random.key(4));
      const loss = (p: unknown, v: Value) => np.sum(np.square(fn(p as nn.StateDict, buffers, v, { train: true })[0]));
      checkDirectional((p) => loss(p, x), params, 300);
      checkDirectional((v) => loss(params, v as Value), x, 400);
    });
  }

  it('BatchNorm buffers in and out under vmap: per-group statistics equal a loop', () => {
    const [fn, params, buffers] = nn.makeFunctionalWithBuffers(nn.Sequential(nn.Conv2d(2, 3, 1), nn.BatchNorm2d(3)), random.key(5));
    const xs = random.normal(random.key(6), [3, 4, 2, 5, 5]);
    const [ys, nbs] = vmap((v: Value) => fn(params, buffers, v, { train: true }), { inAxes: 0 })(xs) as [Array, Record<string, Array>];
    expect(ys.shape).to.deep.equal([3, 4, 3, 5, 5]);
    expect(nbs['1.running_mean']!.shape).to.deep.equal([3, 3]);
    for (let g = 0; g < 3; g++) {
      const [y, nb] = fn(params, buffers, np.take(xs, g, 0) as Value, { train: true });
      close(np.take(ys, g, 0), vals(y));
      close(np.take(nbs['1.running_var']!, g, 0), vals(nb['1.running_var']));
      expect(vals(np.take(nbs['1.num_batches_tracked']!, g, 0))).to.deep.equal([1]);
    }
    const [ye] = vmap((v: Value) => fn(params, buffers, v), { inAxes: 0 })(xs) as [Array, unknown];
    close(np.take(ye, 0, 0), vals(fn(params, buffers, np.take(xs, 0, 0) as Value)[0]));
  });

  it('BatchNorm under grad: the new buffers come back as aux, the gradient ignores them', () => {
    const [fn, params, buffers] = nn.makeFunctionalWithBuffers(nn.Sequential(nn.Conv2d(2, 2, 1), nn.BatchNorm2d(2), nn.Tanh()), random.key(7));
    const x = random.normal(random.key(8), [4, 2, 3, 3]);
    const loss = (p: nn.StateDict) => {
      const [y, nb] = fn(p, buffers, x, { train: true });
      return [np.sum(np.square(y)), nb];
    };
    const [g, nb] = grad(loss as (p: never) => unknown, { hasAux: true })(params) as [nn.StateDict, nn.StateDict];
    expect(Object.keys(g).sort()).to.deep.equal(['0.bias', '0.weight', '1.bias', '1.weight']);
    close(nb['1.running_mean'], vals(fn(params, buffers, x, { train: true })[1]['1.running_mean']));
    // BatchNorm removes the per-channel shift, so the conv bias has a zero gradient.
    close(g['0.bias'], [0, 0], 1e-4);
  });

  it('stackModuleState + vmap ensembling equals a loop, for different and for the same minibatch', () => {
    const net = nn.Sequential(nn.Conv2d(1, 2, 3), nn.ReLU(), nn.Flatten(), nn.Linear(8, 3));
    const made = [0, 1, 2].map((s) => nn.makeFunctionalWithBuffers(net, random.key(s)));
    const fn = made[0]![0];
    const { params, buffers } = nn.stackModuleState(made.map(([, p, b]) => ({ params: p, buffers: b })));
    expect((params['0.weight'] as Array).shape).to.deep.equal([3, 2, 1, 3, 3]);
    const model = (p: nn.StateDict, b: nn.StateDict, v: Value) => fn(p, b, v)[0];
    const batches = random.normal(random.key(9), [3, 5, 1, 4, 4]);
    const diff = vmap(model)(params, buffers, batches) as Array;
    const same = vmap(model, { inAxes: [0, 0, null] })(params, buffers, np.take(batches, 0, 0)) as Array;
    expect(diff.shape).to.deep.equal([3, 5, 3]);
    made.forEach(([f, p, b], i) => {
      close(np.take(diff, i, 0), vals(f(p, b, np.take(batches, i, 0) as Value)[0]));
      close(np.take(same, i, 0), vals(f(p, b, np.take(batches, 0, 0) as Value)[0]));
    });
  });

  it('per-sample gradients: vmap(grad(loss)) with unmapped parameters equals a loop', () => {
    const [fn, params] = nn.makeFunctional(nn.Sequential(nn.Conv2d(1, 2, 3), nn.ReLU(), nn.MaxPool2d(2), nn.Flatten(), nn.Linear(8, 3)), random.key(10));
    const data = random.normal(random.key(11), [4, 1, 6, 6]);
    const labels = new Array(Int32Array.from([0, 2, 1, 2]), [4], 'i32');
    const loss = (p: nn.StateDict, x: Value, t: Value) => nn.crossEntropy(fn(p, np.expandDims(x, 0)), np.expandDims(t, 0));
    const per = vmap(grad(loss as (...a: never[]) => unknown), { inAxes: [null, 0, 0] })(params, data, labels) as nn.StateDict;
    for (let i = 0; i < 4; i++) {
      const gi = grad(loss as (...a: never[]) => unknown)(params, np.take(data, i, 0), np.take(labels, i, 0)) as nn.StateDict;
      for (const k of Object.keys(params)) close(np.take(per[k]!, i, 0), vals(gi[k]), 1e-4);
    }
  });
});

describe('nn (torch style): errors name the layer and the layout', () => {
  const [fn, params] = nn.makeFunctional(nn.Sequential(nn.Conv2d(3, 5, 3)), random.key(0));
  const cases: Record<string, [() => unknown, RegExp]> = {
    'Conv2d on a channels-last, unbatched input (the issue example)': [() => fn(params, np.zeros([16, 16, 3])), /^nn\.Conv2d\(3→5\): input does not match the layer — got f32\[16,16,3\], expected \[N, 3, H, W\]$/],
    'Conv2d on the wrong channel count': [() => fn(params, np.zeros([1, 4, 8, 8])), /nn\.Conv2d\(3→5\).*got f32\[1,4,8,8\], expected \[N, 3, H, W\]/],
    'Conv2d on an input smaller than the kernel': [() => fn(params, np.zeros([1, 3, 2, 8])), /nn\.Conv2d\(3→5\).*got f32\[1,3,2,8\], expected .*≥ \[3, 3\]/],
    'Conv2d with groups not dividing the channels': [() => nn.Conv2d(3, 4, 3, { groups: 2 }), /nn\.Conv2d\(3→4\): groups must divide/],
    'Conv2d with a bad kernel size': [() => nn.Conv2d(3, 4, 0), /kernelSize must be an integer or a pair of integers ≥ 1/],
    'Linear on the wrong feature count': [() => nn.makeFunctional(nn.Linear(4, 2), random.key(0))[0](nn.makeFunctional(nn.Linear(4, 2), random.key(0))[1], np.zeros([3, 5])), /nn\.Linear\(4→2\).*got f32\[3,5\], expected \[\.\.\., 4\]/],
    'BatchNorm2d on the wrong channel count': [() => { const [f, p, b] = nn.makeFunctionalWithBuffers(nn.BatchNorm2d(4), random.key(0)); return f(p, b, np.zeros([2, 3, 4, 4])); }, /nn\.BatchNorm2d\(4\).*expected \[N, 4, H, W\]/],
    'BatchNorm2d training on one value per channel': [() => { const [f, p, b] = nn.makeFunctionalWithBuffers(nn.BatchNorm2d(2), random.key(0)); return f(p, b, np.zeros([1, 2, 1, 1]), { train: true }); }, /more than one value per channel/],
    'MaxPool2d on a rank-2 input': [() => nn.makeFunctional(nn.MaxPool2d(2), random.key(0))[0]({}, np.zeros([4, 4])), /nn\.MaxPool2d\(2×2\).*got f32\[4,4\], expected \[N, C, H, W\] or \[C, H, W\]/],
    'a missing parameter': [() => fn({ '0.weight': params['0.weight']! }, np.zeros([1, 3, 8, 8])), /nn\.Conv2d\(3→5\): parameter '0\.bias' is missing/],
    'Sequential of something that is not a module': [() => nn.Sequential(nn.ReLU(), 3 as never), /nn\.Sequential: argument 1 is not a module/],
    'makeFunctional of something that is not a module': [() => nn.makeFunctional({} as never, random.key(0)), /nn\.makeFunctional: the network is not a module/],
    'stackModuleState of states with other keys': [() => nn.stackModuleState([{ params }, { params: { a: np.zeros([2]) } }]), /state 1 has other params than state 0/],
    'stackModuleState of an empty list': [() => nn.stackModuleState([]), /needs a non-empty list/],
  };
  for (const [name, [f, re]] of Object.entries(cases)) {
    it(name, () => {
      expect(f).to.throw(UserError, re);
    });
  }
});
