// nn.crossEntropy / nllLoss / mseLoss and optim.sgd / optim.adam against torch 2.13
// (test/fixtures/nn-reference.json, from scripts/nn_reference.py) and hand-computed steps.
import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import { Array, grad, nn, np, optim, random, UserError } from '../../src/index.js';
import type { Value } from '../../src/api/bind.js';

interface Ref { shape: number[]; data: number[] }
const REF = JSON.parse(readFileSync(new URL('../fixtures/nn-reference.json', import.meta.url), 'utf8'));
const L = REF.losses;
const O = REF.optim;
const vals = (x: unknown): number[] => [...(x as Array).dataSync()];
const f32 = (xs: readonly number[], shape = [xs.length]): Array => new Array(Float32Array.from(xs), shape, 'f32');
const fromRef = (r: Ref): Array => f32(r.data, r.shape);
function close(got: unknown, want: readonly number[], tol = 1e-5): void {
  const g = globalThis.Array.isArray(got) ? (got as number[]) : vals(got);
  expect(g.length).to.equal(want.length);
  g.forEach((v, i) => expect(Math.abs(v - want[i]!), `index ${i}: ${v} vs ${want[i]}`).to.be.at.most(tol * Math.max(1, Math.abs(want[i]!))));
}

describe('nn losses (torch semantics)', () => {
  const logits = fromRef(L.logits);
  const labels = new Array(Int32Array.from(L.labels), [4], 'i32');
  for (const r of ['mean', 'sum', 'none'] as const) {
    it(`crossEntropy, nllLoss and mseLoss with reduction '${r}' equal torch`, () => {
      close(nn.crossEntropy(logits, labels, { reduction: r }), L.ce[r].data);
      close(nn.nllLoss(nn.logSoftmax(logits, 1), labels, { reduction: r }), L.nll[r].data);
      close(nn.mseLoss(fromRef(L.a), fromRef(L.b), { reduction: r }), L.mse[r].data);
    });
  }

  it('mean is the default; ignoreIndex drops entries from the sum and the count', () => {
    expect(vals(nn.crossEntropy(logits, labels))).to.deep.equal(vals(nn.crossEntropy(logits, labels, { reduction: 'mean' })));
    const masked = new Array(Int32Array.from([0, -100, 4, -100]), [4], 'i32');
    const each = L.ce.none.data as number[];
    close(nn.crossEntropy(logits, masked), [(each[0]! + each[2]!) / 2]);
    close(nn.crossEntropy(logits, masked, { reduction: 'none' }), [each[0]!, 0, each[2]!, 0]);
  });

  it('a single sample [C] with a scalar label, and [N, C, d] with labels [N, d]', () => {
    const one = nn.crossEntropy(np.take(logits, 1, 0) as Value, new Array(Int32Array.from([3]), [], 'i32'));
    close(one, [L.ce.none.data[1]]);
    const spatial = np.reshape(np.transpose(logits), [1, 5, 4]);
    close(nn.crossEntropy(spatial, np.reshape(labels, [1, 4]), { reduction: 'none' }), L.ce.none.data);
  });

  it('the gradient of mean crossEntropy is (softmax − onehot) / N', () => {
    const g = grad((z: Value) => nn.crossEntropy(z, labels))(logits) as Array;
    const sm = vals(nn.softmax(logits, 1));
    const want = sm.map((p, i) => (p - (L.labels[Math.floor(i / 5)] === i % 5 ? 1 : 0)) / 4);
    close(g, want);
  });

  const errors: Record<string, [() => unknown, RegExp]> = {
    'float labels': [() => nn.crossEntropy(logits, f32([0, 1, 2, 3])), /nn\.crossEntropy: the target must be integer class labels — got f32\[4\], expected int32\[4\]/],
    'labels of the wrong shape': [() => nn.nllLoss(logits, new Array(Int32Array.from([0, 1]), [2], 'i32')), /nn\.nllLoss: the target does not match the input — got input f32\[4,5\] and target i32\[2\]/],
    'a label out of range': [() => nn.crossEntropy(logits, new Array(Int32Array.from([0, 5, 1, 1]), [4], 'i32')), /a target label is out of range — got 5, expected class indices in 0\.\.4/],
    'an unknown reduction': [() => nn.mseLoss(logits, logits, { reduction: 'avg' as never }), /nn\.mseLoss: unknown reduction/],
    'mseLoss of different shapes': [() => nn.mseLoss(logits, f32([1, 2])), /nn\.mseLoss: input and target must be float32 arrays of one shape — got f32\[4,5\] and f32\[2\]/],
  };
  for (const [name, [f, re]] of Object.entries(errors)) {
    it(`error: ${name}`, () => {
      expect(f).to.throw(UserError, re);
    });
  }
});

describe('optim: pure optimisers over parameter pytrees', () => {
  const run = (opt: optim.Optimizer<unknown>): number[][] => {
    let params: unknown = { w: f32(O.p0) };
    let state = opt.init(params);
    return (O.grads as number[][]).map((g) => {
      [params, state] = opt.update({ w: f32(g) }, state, params);
      return vals((params as { w: Array }).w);
    });
  };
  const cases: [string, () => optim.Optimizer<unknown>][] = [
    ['sgd', () => optim.sgd({ lr: 0.1 }) as optim.Optimizer<unknown>],
    ['sgd_momentum', () => optim.sgd({ lr: 0.1, momentum: 0.9 }) as optim.Optimizer<unknown>],
    ['adam', () => optim.adam({ lr: 0.01 }) as optim.Optimizer<unknown>],
  ];
  for (const [name, make] of cases) {
    it(`${name}: three steps equal torch.optim`, () => {
      run(make()).forEach((p, i) => close(p, O[name][i], 1e-6));
    });
  }

  it('hand-computed steps: sgd momentum buffers and adam’s first step lr·g/(|g|+eps)', () => {
    const opt = optim.sgd({ lr: 0.5, momentum: 0.5 });
    const p0 = { a: f32([1, 2]), b: [f32([3])] };
    let s = opt.init(p0);
    let [p, s1] = opt.update({ a: f32([1, -1]), b: [f32([2])] }, s, p0);
    close((p as typeof p0).a, [0.5, 2.5]);
    close((p as typeof p0).b[0], [2]);
    s = s1;
    [p, s1] = opt.update({ a: f32([1, -1]), b: [f32([2])] }, s, p);
    close((p as typeof p0).a, [-0.25, 3.25]); // buf = 0.5·1 + 1 = 1.5
    const ad = optim.adam({ lr: 0.1, b1: 0.9, b2: 0.99, eps: 1e-8 });
    const [q, st] = ad.update([f32([0.5, -2, 1e-3])], ad.init([f32([0, 0, 0])]), [f32([0, 0, 0])]);
    close((q as Array[])[0], [-0.1, 0.1, -0.1 * 1e-3 / (1e-3 + 1e-8)], 1e-5);
    expect(st.count).to.equal(1);
    close((st.mu as Array[])[0], [0.05, -0.2, 1e-4], 1e-6);
    void s1;
  });

  it('a training loop (linear regression with grad and adam) drives the loss down', () => {
    const x = random.normal(random.key(0), [16, 3]);
    const y = np.matmul(x, f32([1, -2, 0.5], [3, 1]));
    const loss = (p: { w: Value; b: Value }) => nn.mseLoss(np.add(np.matmul(x, p.w), p.b), y);
    const opt = optim.adam({ lr: 0.1 });
    let params: unknown = { w: np.zeros([3, 1]), b: np.zeros([1]) };
    let state = opt.init(params);
    const first = (loss(params as { w: Value; b: Value }) as Array).item() as number;
    for (let i = 0; i < 30; i++) [params, state] = opt.update(grad(loss as (p: never) => unknown)(params), state, params);
    const last = (loss(params as { w: Value; b: Value }) as Array).item() as number;
    expect(last).to.be.below(first / 10);
  });

  it('errors: bad hyperparameters and grads that do not match params', () => {
    expect(() => optim.sgd({ lr: -1 })).to.throw(UserError, /optim\.sgd: lr is out of range — got .*-1/);
    expect(() => optim.adam({ lr: 0.1, b1: 1 })).to.throw(UserError, /optim\.adam: b1 is out of range/);
    const opt = optim.sgd({ lr: 0.1 });
    expect(() => opt.update([f32([1])], opt.init([f32([1]), f32([2])]), [f32([1]), f32([2])])).to.throw(UserError, /optim\.sgd: grads must be a pytree of arrays shaped like params/);
  });
});
