// The torch.func (functorch) tutorials as acceptance tests (REFERENCE.md §5), shrunk to run in seconds:
// Jacobians and Hessians of tanh(linear(x, W, b)) against the analytic values and each other; the
// neural tangent kernel by Jacobian contraction and by NTK-vector products; per-sample gradients in the
// tutorial's form (params, buffers, data, targets) with BatchNorm in eval mode; BatchNorm buffers in and
// out under vmap and grad; an ensemble whose members differ in their buffers; the footnotes (wᵀAw over a
// parameter pytree, linearize once then many jvps). Each result is compared against a loop over
// examples or models, an analytic formula or finite differences. (The plain ensembling tutorial, with
// parameters only, is nn-torch.test.ts's.)
import { expect } from 'chai';
import { Array, grad, hessian, jacfwd, jacrev, jit, jvp, linearize, nn, np, random, tree, vjp, vmap } from '../../src/index.js';
import type { Value } from '../../src/api/bind.js';

type Fn = (...a: never[]) => unknown;
const vals = (x: unknown): number[] => (globalThis.Array.isArray(x) ? x as number[] : [...(x as Array).dataSync()]);
const shape = (x: unknown): number[] => [...(x as Array).shape];
const take = (x: unknown, i: number): Array => np.take(x as Value, i, 0) as Array;
function close(got: unknown, want: readonly number[], tol = 1e-5, what = 'value'): void {
  const g = vals(got);
  expect(g.length, `${what}: length`).to.equal(want.length);
  g.forEach((v, i) => {
    if (!(Math.abs(v - want[i]!) <= tol * Math.max(1, Math.abs(want[i]!)))) expect.fail(`${what}[${i}]: ${v}, expected ${want[i]}`);
  });
}
const normal = (seed: number, s: number[], scale = 1): Array => np.multiply(random.normal(random.key(seed), s), scale) as Array;

// ------------------------------------------------------------------ Jacobians and Hessians tutorial

/** torch's F.linear then tanh: x [.., Din], W [Dout, Din], b [Dout]. */
const predict = (W: Value, b: Value, x: Value): Value => np.tanh(np.add(np.matmul(x, np.transpose(W)), b));
function setup(din: number, dout: number, seed: number) {
  const W = normal(seed, [dout, din], 1 / Math.sqrt(din));
  const b = normal(seed + 1, [dout], 0.5);
  const x = normal(seed + 2, [din]);
  const t = vals(predict(W, b, x));
  return { W, b, x, t, w: vals(W), xs: vals(x) };
}

describe('functorch tutorial: Jacobians and Hessians of predict(W, b, x) = tanh(linear(x, W, b))', () => {
  const D = 16;
  const { W, b, x, t, w, xs } = setup(D, D, 1);
  // analytic: J[o, j] = (1 − t_o²) W[o, j]
  const jx: number[] = [];
  for (let o = 0; o < D; o++) for (let j = 0; j < D; j++) jx.push((1 - t[o]! ** 2) * w[o * D + j]!);

  it('vmap(vjpFn)(eye(D)) equals the row-by-row vjp and the analytic Jacobian', () => {
    const [out, vjpFn] = vjp((v: Value) => predict(W, b, v), [x]) as [Array, (ct: unknown) => unknown[]];
    close(out, t);
    const unit = np.eye(D);
    const [ft] = vmap(vjpFn)(unit) as [Array];
    expect(shape(ft)).to.deep.equal([D, D]);
    const rows = globalThis.Array.from({ length: D }, (_, i) => vals((vjpFn(take(unit, i)) as [Array])[0]));
    close(ft, rows.flat(), 1e-6, 'vmap(vjp) vs rows');
    close(ft, jx, 1e-5, 'analytic');
  });

  it('jacrev with argnums 2 and with argnums [0, 1] (W and b)', () => {
    close(jacrev(predict as Fn, { argnums: 2 })(W, b, x), jx, 1e-5, 'jacrev argnums 2');
    const [jW, jb] = jacrev(predict as Fn, { argnums: [0, 1] })(W, b, x) as [Array, Array];
    expect(shape(jW)).to.deep.equal([D, D, D]);
    expect(shape(jb)).to.deep.equal([D, D]);
    const wantW: number[] = [];
    const wantB: number[] = [];
    for (let o = 0; o < D; o++) {
      for (let i = 0; i < D; i++) {
        wantB.push(o === i ? 1 - t[o]! ** 2 : 0);
        for (let j = 0; j < D; j++) wantW.push(o === i ? (1 - t[o]! ** 2) * xs[j]! : 0);
      }
    }
    close(jW, wantW, 1e-5, 'dpredict/dW');
    close(jb, wantB, 1e-5, 'dpredict/db');
  });

  it('hessian = jacfwd(jacrev) = jacrev(jacrev) = −2 t (1 − t²) W[o, j] W[o, k]', () => {
    const want: number[] = [];
    for (let o = 0; o < D; o++) for (let j = 0; j < D; j++) for (let k = 0; k < D; k++) want.push(-2 * t[o]! * (1 - t[o]! ** 2) * w[o * D + j]! * w[o * D + k]!);
    const h = hessian(predict as Fn, { argnums: 2 })(W, b, x);
    expect(shape(h)).to.deep.equal([D, D, D]);
    close(h, want, 1e-5, 'hessian');
    close(jacfwd(jacrev(predict as Fn, { argnums: 2 }), { argnums: 2 })(W, b, x), vals(h), 1e-6, 'jacfwd(jacrev)');
    close(jacrev(jacrev(predict as Fn, { argnums: 2 }), { argnums: 2 })(W, b, x), vals(h), 1e-6, 'jacrev(jacrev)');
  });

  for (const [din, dout] of [[32, 64], [64, 32]] as const) {
    it(`jacfwd equals jacrev for Din=${din}, Dout=${dout}`, () => {
      const s = setup(din, dout, 10 + din);
      const jr = jacrev(predict as Fn, { argnums: 2 })(s.W, s.b, s.x);
      expect(shape(jr)).to.deep.equal([dout, din]);
      close(jacfwd(predict as Fn, { argnums: 2 })(s.W, s.b, s.x), vals(jr), 1e-6, 'jacfwd');
      close(jr, globalThis.Array.from({ length: dout * din }, (_, k) => (1 - s.t[Math.floor(k / din)]! ** 2) * s.w[k]!), 1e-5, 'analytic');
    });
  }

  it('batch Jacobian: vmap(jacrev(predict, {argnums: 2}), {inAxes: [null, null, 0]}) = jacrev of the batch sum, rearranged', () => {
    const [B, din, dout] = [6, 7, 9];
    const s = setup(din, dout, 40);
    const xb = normal(43, [B, din]);
    const bj = vmap(jacrev(predict as Fn, { argnums: 2 }), { inAxes: [null, null, 0] })(s.W, s.b, xb);
    expect(shape(bj)).to.deep.equal([B, dout, din]);
    const summed = (W: Value, bb: Value, xx: Value) => np.sum(predict(W, bb, xx), 0);
    const js = jacrev(summed as Fn, { argnums: 2 })(s.W, s.b, xb); // [dout, B, din]
    expect(shape(js)).to.deep.equal([dout, B, din]);
    close(bj, vals(np.moveaxis(js as Value, 1, 0)), 1e-6, 'vs jacrev of the sum');
    for (const i of [0, 5]) close(take(bj, i), vals(jacrev(predict as Fn, { argnums: 2 })(s.W, s.b, take(xb, i))), 1e-6, `example ${i}`);
  });

  it('batch Hessian: vmap(hessian(predict, {argnums: 2})) equals a loop over examples', () => {
    const [B, din, dout] = [4, 5, 3];
    const s = setup(din, dout, 50);
    const xb = normal(53, [B, din]);
    const bh = vmap(hessian(predict as Fn, { argnums: 2 }), { inAxes: [null, null, 0] })(s.W, s.b, xb);
    expect(shape(bh)).to.deep.equal([B, dout, din, din]);
    const loop = globalThis.Array.from({ length: B }, (_, i) => vals(hessian(predict as Fn, { argnums: 2 })(s.W, s.b, take(xb, i)))).flat();
    close(bh, loop, 1e-6, 'vmap(hessian) vs loop');
    expect(loop.some((v) => Math.abs(v) > 1e-2), 'a nonzero Hessian').to.equal(true);
  });
});

// ------------------------------------------------------------------ neural tangent kernel tutorial

describe('functorch tutorial: the neural tangent kernel of a tiny CNN', () => {
  const K = 3;
  const net = nn.Sequential(nn.Conv2d(3, 4, 3), nn.ReLU(), nn.Conv2d(4, 4, 3), nn.Flatten(), nn.Linear(64, K));
  const [fn, params] = nn.makeFunctional(net, random.key(3));
  /** The model on one example: x [3, 8, 8] → [K]. */
  const fnetSingle = (p: nn.StateDict, x: Value): Value => np.reshape(fn(p, np.expandDims(x, 0)), [K]);
  const x1 = normal(60, [4, 3, 8, 8]);
  const x2 = normal(61, [3, 3, 8, 8]);
  const [N1, N2] = [4, 3];

  /** Method 1: per-example parameter Jacobians, flattened per leaf, contracted with einsum. */
  function ntkByJacobians(mode: 'full' | 'trace' | 'diagonal'): Value {
    const jac = (x: Value) => (tree.leaves(vmap(jacrev(fnetSingle as Fn), { inAxes: [null, 0] })(params, x)) as Array[])
      .map((j) => np.reshape(j, [j.shape[0]!, K, -1]));
    const [j1, j2] = [jac(x1), jac(x2)];
    const spec = { full: 'Naf,Mbf->NMab', trace: 'Naf,Maf->NM', diagonal: 'Naf,Maf->NMa' }[mode];
    return j1.map((a, l) => np.einsum(spec, a, j2[l]!)).reduce((s, v) => np.add(s, v));
  }
  /** Method 2: NTK-vector products, vmap over the basis of vjp then jvp, nested vmaps over the examples. */
  function ntkByProducts(): Value {
    const getNtk = (a: Value, c: Value) => {
      const [, vjpFn] = vjp((p: nn.StateDict) => fnetSingle(p, a), [params]) as [unknown, (ct: unknown) => unknown[]];
      const slice = (vec: Value) => jvp((p: nn.StateDict) => fnetSingle(p, c), [params], [vjpFn(vec)[0]])[1];
      return vmap(slice)(np.eye(K));
    };
    return vmap(vmap(getNtk, { inAxes: [null, 0] }), { inAxes: [0, null] })(x1, x2) as Value;
  }
  let full: number[];
  before(function () {
    this.timeout(60_000);
    full = vals(ntkByJacobians('full'));
  });

  it("'full' [N1, N2, K, K] equals a loop of per-example jacrev and the NTK-vector products", () => {
    expect(full.length).to.equal(N1 * N2 * K * K);
    const flatJac = (x: Value) => (tree.leaves(jacrev(fnetSingle as Fn)(params, x)) as Array[]).map((j) => vals(np.reshape(j, [K, -1])));
    for (const [n, m] of [[0, 0], [3, 2], [1, 2]] as const) {
      const [a, c] = [flatJac(take(x1, n)), flatJac(take(x2, m))];
      const want: number[] = [];
      for (let i = 0; i < K; i++) {
        for (let j = 0; j < K; j++) {
          let s = 0;
          a.forEach((ja, l) => { const P = ja.length / K; for (let f = 0; f < P; f++) s += ja[i * P + f]! * c[l]![j * P + f]!; });
          want.push(s);
        }
      }
      close(full.slice(((n * N2) + m) * K * K, ((n * N2) + m + 1) * K * K), want, 1e-4, `NTK(${n}, ${m})`);
    }
    const prod = ntkByProducts();
    expect(shape(prod)).to.deep.equal([N1, N2, K, K]);
    close(prod, full, 1e-4, 'NTK-vector products vs Jacobian contraction');
  });

  it("'trace' [N1, N2] and 'diagonal' [N1, N2, K] are the trace and the diagonal of 'full'", () => {
    const tr = ntkByJacobians('trace');
    const dg = ntkByJacobians('diagonal');
    expect(shape(tr)).to.deep.equal([N1, N2]);
    expect(shape(dg)).to.deep.equal([N1, N2, K]);
    const diag = globalThis.Array.from({ length: N1 * N2 * K }, (_, q) => full[Math.floor(q / K) * K * K + (q % K) * (K + 1)]!);
    close(dg, diag, 1e-5, 'diagonal');
    close(tr, globalThis.Array.from({ length: N1 * N2 }, (_, q) => diag[q * K]! + diag[q * K + 1]! + diag[q * K + 2]!), 1e-5, 'trace');
  });
});

// ------------------------------------------------------------------ per-sample gradients, BatchNorm, ensembles

/** A random pytree of the same structure (a tangent or a direction). */
function like(p: nn.StateDict, seed: number): nn.StateDict {
  return Object.fromEntries(Object.entries(p).map(([k, v], i) => [k, normal(seed + i, shape(v))]));
}
/** Σ over the leaves of ⟨a, b⟩. */
const dotTree = (a: nn.StateDict, b: nn.StateDict): number => Object.keys(a).reduce((s, k) => {
  const bk = vals(b[k]);
  return s + vals(a[k]).reduce((t, v, i) => t + v * bk[i]!, 0);
}, 0);

describe('functorch tutorial: per-sample gradients in the form vmap(grad(loss), {inAxes: [null, null, 0, 0]})', () => {
  // conv → BatchNorm (eval) → relu → conv → relu → max-pool → flatten → linear; log-softmax + nll loss
  const net = nn.Sequential(nn.Conv2d(1, 4, 3), nn.BatchNorm2d(4), nn.ReLU(), nn.Conv2d(4, 4, 3), nn.ReLU(), nn.MaxPool2d(2), nn.Flatten(), nn.Linear(36, 5));
  const [fnB, params, fresh] = nn.makeFunctionalWithBuffers(net, random.key(20));
  const [, buffers] = fnB(params, fresh, normal(21, [8, 1, 10, 10]), { train: true }); // non-trivial running statistics
  const B = 5;
  const data = normal(22, [B, 1, 10, 10]);
  const targets = new Array(Int32Array.from([4, 0, 2, 2, 1]), [B], 'i32');
  const computeLoss = (p: nn.StateDict, b: nn.StateDict, x: Value, t: Value): Value => {
    const [y] = fnB(p, b, np.expandDims(x, 0));
    return nn.nllLoss(nn.logSoftmax(y, -1), np.expandDims(t, 0));
  };

  it('equals the loop over examples, and their mean is the gradient of the batch loss', () => {
    const per = vmap(grad(computeLoss as Fn), { inAxes: [null, null, 0, 0] })(params, buffers, data, targets) as nn.StateDict;
    expect(Object.keys(per).sort()).to.deep.equal(Object.keys(params).sort());
    for (const k of Object.keys(params)) expect(shape(per[k]), k).to.deep.equal([B, ...shape(params[k])]);
    for (let i = 0; i < B; i++) {
      const gi = grad(computeLoss as Fn)(params, buffers, take(data, i), take(targets, i)) as nn.StateDict;
      for (const k of Object.keys(params)) close(take(per[k], i), vals(gi[k]), 1e-5, `example ${i}, ${k}`);
    }
    const batchLoss = (p: nn.StateDict) => nn.nllLoss(nn.logSoftmax(fnB(p, buffers, data)[0], -1), targets);
    const g = grad(batchLoss as Fn)(params) as nn.StateDict;
    for (const k of Object.keys(params)) close(np.mean(per[k]!, 0), vals(g[k]), 1e-5, `mean of per-sample ${k}`);
    expect(vals(per['0.weight']).some((v) => Math.abs(v) > 1e-3), 'non-trivial gradients').to.equal(true);
  });

  it('the gradient agrees with central differences (eval mode: BatchNorm is affine in its input)', () => {
    const lossAt = (p: nn.StateDict) => (computeLoss(p, buffers, take(data, 1), take(targets, 1)) as Array).item() as number;
    const g = grad(computeLoss as Fn)(params, buffers, take(data, 1), take(targets, 1)) as nn.StateDict;
    const d = like(params, 500);
    const h = 1e-3;
    const shift = (s: number) => Object.fromEntries(Object.keys(params).map((k) => [k, np.add(params[k]!, np.multiply(d[k]!, s))])) as nn.StateDict;
    const fd = (lossAt(shift(h)) - lossAt(shift(-h))) / (2 * h);
    expect(Math.abs(fd - dotTree(g, d)), `${fd} vs ${dotTree(g, d)}`).to.be.at.most(2e-2 * Math.max(1, Math.abs(fd)));
  });
});

describe('functorch tutorial: BatchNorm buffers in and out under vmap and grad', () => {
  const net = nn.Sequential(nn.Conv2d(2, 3, 3), nn.BatchNorm2d(3), nn.Tanh(), nn.Flatten(), nn.Linear(27, 2));
  const [fnB, params, buffers] = nn.makeFunctionalWithBuffers(net, random.key(30));
  const [conv] = nn.makeFunctional(nn.Sequential(nn.Conv2d(2, 3, 3)), random.key(0));
  const x = normal(31, [4, 2, 5, 5]);

  it("train mode under grad: the new buffers come back as aux with torch's update; the gradient matches central differences", () => {
    const loss = (p: nn.StateDict) => {
      const [y, nb] = fnB(p, buffers, x, { train: true });
      return [np.mean(np.square(y)), nb];
    };
    const [g, nb] = grad(loss as Fn, { hasAux: true })(params) as [nn.StateDict, nn.StateDict];
    const h = vals(np.transpose(conv({ '0.weight': params['0.weight']!, '0.bias': params['0.bias']! }, x), [1, 0, 2, 3])); // [3, 4·3·3]
    const n = h.length / 3;
    const mean = [0, 1, 2].map((c) => h.slice(c * n, (c + 1) * n).reduce((a, v) => a + v, 0) / n);
    const varU = [0, 1, 2].map((c) => h.slice(c * n, (c + 1) * n).reduce((a, v) => a + (v - mean[c]!) ** 2, 0) / (n - 1));
    close(nb['1.running_mean'], mean.map((m) => 0.1 * m), 1e-5, 'running_mean = 0.9·0 + 0.1·mean');
    close(nb['1.running_var'], varU.map((v) => 0.9 + 0.1 * v), 1e-5, 'running_var = 0.9·1 + 0.1·unbiased var');
    expect(vals(nb['1.num_batches_tracked'])).to.deep.equal([1]);
    expect(vals(buffers['1.running_var'])).to.deep.equal([1, 1, 1], 'the input buffers are not mutated');
    const d = like(params, 600);
    const at = (s: number) => ((loss(Object.fromEntries(Object.keys(params).map((k) => [k, np.add(params[k]!, np.multiply(d[k]!, s))])))[0] as Array).item() as number);
    const fd = (at(1e-3) - at(-1e-3)) / 2e-3; // truncation error O(h²): 1.10953 vs 1.10984 here
    expect(Math.abs(fd - dotTree(g, d)), `${fd} vs ${dotTree(g, d)}`).to.be.at.most(2e-3 * Math.max(1, Math.abs(fd)));
  });

  it('train mode under vmap(grad(·, {hasAux})): per-group gradients and buffers equal a loop', () => {
    const groups = normal(32, [3, 4, 2, 5, 5]);
    const loss = (p: nn.StateDict, xx: Value) => {
      const [y, nb] = fnB(p, buffers, xx, { train: true });
      return [np.mean(np.square(y)), nb];
    };
    const [gs, nbs] = vmap(grad(loss as Fn, { hasAux: true }), { inAxes: [null, 0] })(params, groups) as [nn.StateDict, nn.StateDict];
    expect(shape(nbs['1.running_mean'])).to.deep.equal([3, 3]);
    for (let i = 0; i < 3; i++) {
      const [g, nb] = grad(loss as Fn, { hasAux: true })(params, take(groups, i)) as [nn.StateDict, nn.StateDict];
      for (const k of Object.keys(g)) close(take(gs[k], i), vals(g[k]), 1e-5, `group ${i} ${k}`);
      for (const k of Object.keys(nb)) close(take(nbs[k], i), vals(nb[k]), 1e-6, `group ${i} ${k}`);
    }
  });

  it('an ensemble whose members differ in their running statistics: vmap over stacked params and buffers (eval) equals the loop', () => {
    const members = [0, 1, 2].map((s) => {
      const [, p, b0] = nn.makeFunctionalWithBuffers(net, random.key(40 + s));
      const [, b] = fnB(p, b0, normal(50 + s, [6, 2, 5, 5], 1 + s), { train: true });
      return { params: p, buffers: b };
    });
    const stacked = nn.stackModuleState(members);
    expect(shape(stacked.buffers!['1.running_var'])).to.deep.equal([3, 3]);
    expect(shape(stacked.buffers!['1.num_batches_tracked'])).to.deep.equal([3]);
    const batches = normal(55, [3, 4, 2, 5, 5]);
    const [ys, nbs] = vmap(fnB)(stacked.params, stacked.buffers!, batches) as [Array, nn.StateDict];
    const [same] = vmap(fnB, { inAxes: [0, 0, null] })(stacked.params, stacked.buffers!, take(batches, 0)) as unknown as [Array];
    expect(shape(ys)).to.deep.equal([3, 4, 2]);
    members.forEach((m, i) => {
      close(take(ys, i), vals(fnB(m.params, m.buffers!, take(batches, i))[0]), 1e-5, `member ${i}, its minibatch`);
      close(take(same, i), vals(fnB(m.params, m.buffers!, take(batches, 0))[0]), 1e-5, `member ${i}, the shared minibatch`);
      close(take(nbs['1.running_mean'], i), vals(m.buffers!['1.running_mean']), 0, 'eval mode leaves the buffers as they were');
    });
    // the members really differ in their buffers (else this would not test the mapped buffers)
    expect(vals(take(stacked.buffers!['1.running_var'], 0))).to.not.deep.equal(vals(take(stacked.buffers!['1.running_var'], 2)));
  });
});

// ------------------------------------------------------------------ the footnotes

describe("functorch tutorials' footnotes", () => {
  it('wᵀAw over a parameter pytree: grad is (A + Aᵀ)w per leaf, hessian the blocks of A + Aᵀ', () => {
    const p = { a: normal(70, [3]), b: normal(71, [2, 2]) };
    const A = normal(72, [7, 7]);
    const quad = (q: { a: Value; b: Value }) => {
      const w = np.concatenate([np.reshape(q.a, [-1]), np.reshape(q.b, [-1])]);
      return np.sum(np.multiply(w, np.matmul(A, w)));
    };
    const w = [...vals(p.a), ...vals(p.b)];
    const a = vals(A);
    const S = (i: number, j: number) => a[i * 7 + j]! + a[j * 7 + i]!;
    const want = w.map((_, i) => w.reduce((s, wj, j) => s + S(i, j) * wj, 0));
    const g = grad(quad as Fn)(p) as { a: Array; b: Array };
    expect(shape(g.b)).to.deep.equal([2, 2]);
    close(g.a, want.slice(0, 3), 1e-5, 'grad a');
    close(g.b, want.slice(3), 1e-5, 'grad b');
    const h = hessian(quad as Fn)(p) as { a: { a: Array; b: Array }; b: { a: Array; b: Array } };
    expect(shape(h.a.b)).to.deep.equal([3, 2, 2]);
    expect(shape(h.b.a)).to.deep.equal([2, 2, 3]);
    const block = (r0: number, r1: number, c0: number, c1: number) => { const o: number[] = []; for (let i = r0; i < r1; i++) for (let j = c0; j < c1; j++) o.push(S(i, j)); return o; };
    close(h.a.a, block(0, 3, 0, 3), 1e-5, 'H aa');
    close(h.a.b, block(0, 3, 3, 7), 1e-5, 'H ab');
    close(h.b.a, block(3, 7, 0, 3), 1e-5, 'H ba');
    close(h.b.b, block(3, 7, 3, 7), 1e-5, 'H bb');
  });

  it('linearize once, then many Jacobian-vector products of a CNN in its parameters, equal jvp each time (and under vmap)', () => {
    const [fn, params] = nn.makeFunctional(nn.Sequential(nn.Conv2d(3, 4, 3), nn.Tanh(), nn.Conv2d(4, 2, 3), nn.Flatten(), nn.Linear(8, 3)), random.key(80));
    const x = normal(81, [2, 3, 6, 6]);
    const f = (p: nn.StateDict) => fn(p, x);
    const [out, fJvp] = linearize(f as Fn, [params]);
    close(out, vals(f(params)), 1e-6, 'primal out');
    const tangents = [0, 1, 2, 3].map((k) => like(params, 900 + 10 * k));
    const each = tangents.map((t, k) => {
      const [, want] = jvp(f as Fn, [params], [t]);
      const got = fJvp(t);
      close(got, vals(want), 1e-5, `tangent ${k}`);
      return vals(got);
    });
    expect(each[0]!.some((v) => Math.abs(v) > 1e-3)).to.equal(true);
    const stackedT = Object.fromEntries(Object.keys(params).map((k) => [k, np.stack(tangents.map((t) => t[k]!))]));
    close(vmap(fJvp)(stackedT), each.flat(), 1e-5, 'vmap over the linearized function');
    close(jit(fJvp)(tangents[2]), each[2]!, 1e-5, 'jit of the linearized function');
  });
});
