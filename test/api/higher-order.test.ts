// Higher-order acceptance tests of the public transforms on concrete arrays: nested derivatives against
// analytic values, Jacobians against each other, vmap∘grad against loops, block-diagonal Jacobians of a
// vmap with the mapped axis trailing (the multi-view model), closures over tracers of an enclosing
// transform, per-example gradients of a conv+dense model, weak types, pytrees, argnums and hasAux,
// linearize reuse. Expected numbers are analytic or checked against JAX 0.10.2.
import { expect } from 'chai';
import { Array, grad, hessian, jacfwd, jacrev, jit, jvp, lax, linearize, makeJaxpr, np, valueAndGrad, vjp, vmap } from '../../src/index.js';

type A = np.ArrayLike;
const vals = (x: unknown): number[] => [...(x as Array).dataSync()];
const shape = (x: unknown): number[] => [...(x as Array).shape];

/** Every value of `got` within `tol` (relative to max(1, |want|)) of `want`. */
function close(got: unknown, want: readonly number[], tol = 1e-5, what = 'value'): void {
  const g = vals(got);
  expect(g.length, `${what}: length`).to.equal(want.length);
  g.forEach((v, i) => {
    if (!(Math.abs(v - want[i]!) <= tol * Math.max(1, Math.abs(want[i]!)))) expect.fail(`${what}[${i}]: ${v}, expected ${want[i]}\n got  ${g}\n want ${want}`);
  });
}

/** Deterministic values in [−1, 1). */
function data(n: number, seed: number): number[] {
  let a = seed >>> 0;
  return globalThis.Array.from({ length: n }, () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.fround((((t ^ (t >>> 14)) >>> 0) / 4294967296) * 2 - 1);
  });
}
const rand = (s: readonly number[], seed: number) => np.reshape(np.array(data(s.reduce((a, d) => a * d, 1), seed)), [...s]);

/** Element of a row-major flat array of shape `s` at `idx`. */
const at = (flat: readonly number[], s: readonly number[], idx: readonly number[]) => flat[idx.reduce((k, i, d) => k * s[d]! + i, 0)]!;

describe('higher-order transforms through the public API', () => {
  it('grad(grad(f)) and grad³ match the analytic derivatives', () => {
    const f = (x: A) => np.multiply(np.sin(x), np.multiply(x, x));
    const d2 = (v: number) => 2 * Math.sin(v) + 4 * v * Math.cos(v) - v * v * Math.sin(v);
    for (const v of [0.3, -1.2, 2]) close(grad(grad(f))(np.array(v)), [d2(v)], 1e-5, `f''(${v})`);
    const th = (x: A) => np.tanh(x);
    const t = Math.tanh(0.7);
    close(grad(grad(th))(np.array(0.7)), [-2 * t * (1 - t * t)], 1e-5, 'tanh\'\'');
    close(grad(grad(grad((x: A) => np.sin(x))))(np.array(0.4)), [-Math.cos(0.4)], 1e-5, 'sin\'\'\'');
    // a second derivative through a reduction and a broadcast: d²/dx² Σ exp(2x)·x = (4 + 4x)·exp(2x) per entry
    const g = (x: A) => np.sum(grad((y: A) => np.sum(np.multiply(np.exp(np.multiply(y, 2)), y)))(x) as A);
    const xs = [0.1, -0.5];
    close(grad(g)(np.array(xs)), xs.map((v) => (4 + 4 * v) * Math.exp(2 * v)), 1e-5, 'through sum');
  });

  it('jacfwd(jacrev(f)) = hessian(f) = jacrev(jacrev(f)) = the analytic Hessian', () => {
    const M = [[1, 2, 0], [-1, 0.5, 3], [0, 1, -2]];
    const m = np.array(M);
    // f(x) = ½ xᵀ M x + Σ exp(x) + x0·x1·x2 → H = (M + Mᵀ)/2 + diag(exp x) + the triple product's cross terms
    const f = (x: A) => {
      const quad = np.multiply(np.sum(np.multiply(x, np.matmul(m, x))), 0.5);
      const prod = np.prod(x);
      return np.add(np.add(quad, np.sum(np.exp(x))), prod);
    };
    const x = [0.3, -0.7, 1.1];
    const want: number[] = [];
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 3; j++) {
        const cross = i === j ? 0 : x[3 - i - j]!;
        want.push((M[i]![j]! + M[j]![i]!) / 2 + (i === j ? Math.exp(x[i]!) : 0) + cross);
      }
    }
    const xa = np.array(x);
    const h = hessian(f)(xa);
    expect(shape(h)).to.deep.equal([3, 3]);
    close(h, want, 1e-5, 'hessian');
    close(jacfwd(jacrev(f))(xa), want, 1e-5, 'jacfwd(jacrev)');
    close(jacrev(jacrev(f))(xa), want, 1e-5, 'jacrev(jacrev)');
    close(jacfwd(jacfwd(f))(xa), want, 1e-5, 'jacfwd(jacfwd)');
    close(jacrev(jacfwd(f))(xa), want, 1e-5, 'jacrev(jacfwd)');
  });

  it('vmap(grad(f)) equals a loop of grad(f) over the rows; grad of the summed vmap too', () => {
    const w = rand([3], 11);
    const f = (r: A) => np.sum(np.tanh(np.multiply(r, w)));
    const xs = data(12, 3);
    const batch = np.reshape(np.array(xs), [4, 3]);
    const perRow = [0, 1, 2, 3].flatMap((i) => vals(grad(f)(np.array(xs.slice(3 * i, 3 * i + 3)))));
    const vg = vmap(grad(f))(batch);
    expect(shape(vg)).to.deep.equal([4, 3]);
    close(vg, perRow, 1e-6, 'vmap(grad f)');
    close(grad((x: A) => np.sum(vmap(f)(x) as A))(batch), perRow, 1e-6, 'grad(sum ∘ vmap f)');
    // The same over a mapped axis 1 (columns), with out axis 1.
    const cols = np.transpose(batch);
    const vg1 = vmap(grad(f), { inAxes: 1, outAxes: 1 })(cols);
    expect(shape(vg1)).to.deep.equal([3, 4]);
    close(vg1, vals(np.transpose(vg as A)), 1e-6, 'vmap(grad f) on axis 1');
    close(grad((x: A) => np.sum(vmap(f, { inAxes: 1 })(x) as A))(cols), vals(vg1), 1e-6, 'grad(sum ∘ vmap f) on axis 1');
  });

  it('the Jacobian of a vmap with a trailing mapped axis is block-diagonal; its blocks are vmap(jacrev(f))', () => {
    // f: f32[2,3] → f32[2] per view, nonlinear in x; V = 3 views on the last axis (inAxes/outAxes last).
    const a = rand([2, 3], 5);
    const f = (x: A) => np.sum(np.multiply(np.sin(np.multiply(x, a)), x), 1);
    const V = 3;
    const x = rand([2, 3, V], 8);
    const multi = vmap(f, { inAxes: -1, outAxes: -1 });
    expect(shape(multi(x))).to.deep.equal([2, V]);
    const jr = jacrev(multi)(x);
    const jf = jacfwd(multi)(x);
    expect(shape(jr)).to.deep.equal([2, V, 2, 3, V]);
    close(jf, vals(jr), 1e-6, 'jacfwd vs jacrev of the multi-view function');
    const blocks = vmap(jacrev(f), { inAxes: -1, outAxes: -1 })(x);
    expect(shape(blocks)).to.deep.equal([2, 2, 3, V]);
    const J = vals(jr);
    const B = vals(blocks);
    const js = [2, V, 2, 3, V];
    for (let o = 0; o < 2; o++) for (let v = 0; v < V; v++) for (let i = 0; i < 2; i++) for (let k = 0; k < 3; k++) for (let w = 0; w < V; w++) {
      const got = at(J, js, [o, v, i, k, w]);
      if (v !== w) expect(got, `off-diagonal block (${v}, ${w}) at [${o}, ${i}, ${k}]`).to.equal(0);
      else expect(Math.abs(got - at(B, [2, 2, 3, V], [o, i, k, v])), `diagonal block ${v} at [${o}, ${i}, ${k}]`).to.be.at.most(1e-6);
    }
  });

  it('block-diagonal Jacobian of a multi-view conv model (views on axis 4, as the project model)', () => {
    const w = rand([2, 2, 2, 2], 21);
    const per = (x: A) => np.tanh(lax.conv(x, w, [1, 1], 'VALID')); // f32[1,2,3,3] → f32[1,2,2,2]
    const V = 2;
    const x = rand([1, 2, 3, 3, V], 22);
    const multi = vmap(per, { inAxes: 4, outAxes: 4 });
    const jr = jacrev(multi)(x);
    const os = [1, 2, 2, 2, V];
    const is = [1, 2, 3, 3, V];
    expect(shape(jr)).to.deep.equal([...os, ...is]);
    const blocks = vmap(jacrev(per), { inAxes: 4, outAxes: 4 })(x); // f32[1,2,2,2, V, 1,2,3,3]
    expect(shape(blocks)).to.deep.equal([1, 2, 2, 2, V, 1, 2, 3, 3]);
    const J = vals(jr);
    const B = vals(blocks);
    const outSize = 8;
    const inSize = 18;
    let nonzero = 0;
    for (let o = 0; o < outSize; o++) for (let v = 0; v < V; v++) for (let i = 0; i < inSize; i++) for (let u = 0; u < V; u++) {
      const got = J[((o * V + v) * inSize + i) * V + u]!;
      if (v !== u) expect(got, `off-diagonal (${v}, ${u})`).to.equal(0);
      else {
        const want = B[(o * V + v) * inSize + i]!;
        if (want !== 0) nonzero++;
        expect(Math.abs(got - want), `block ${v} [${o}, ${i}]`).to.be.at.most(1e-6);
      }
    }
    expect(nonzero, 'the diagonal blocks are not all zero').to.be.greaterThan(100);
    close(jacfwd(multi)(x), J, 1e-5, 'jacfwd of the multi-view conv');
  });

  it('transforms of functions that close over tracers of an enclosing transform', () => {
    const x0 = np.array([0.5, -0.3]);
    const ys = np.array([0.2, 1.5, -0.7]);
    // grad inside vmap, closing over the vmapped value y: d/dx Σ sin(x·y) = cos(x·y)·y
    const gv = vmap((y: A) => grad((x: A) => np.sum(np.sin(np.multiply(x, y))))(x0))(ys);
    expect(shape(gv)).to.deep.equal([3, 2]);
    close(gv, [0.2, 1.5, -0.7].flatMap((y) => [0.5, -0.3].map((x) => Math.cos(x * y) * y)), 1e-6, 'vmap(y ↦ grad_x)');
    // vmap inside grad, closing over the differentiated value: d/dy Σ_rows Σ (row·y) = Σ_rows row
    const M = np.array([[1, 2], [3, -4], [0.5, 0.25]]);
    const gy = grad((y: A) => np.sum(vmap((r: A) => np.sum(np.multiply(np.sin(r), y)))(M) as A))(np.array([0.1, 0.2]));
    close(gy, [Math.sin(1) + Math.sin(3) + Math.sin(0.5), Math.sin(2) + Math.sin(-4) + Math.sin(0.25)], 1e-6, 'grad(y ↦ vmap)');
    // jacrev inside jit, closing over the jitted argument s
    const f = (x: A, s: A) => np.multiply(np.sin(x), s);
    const jj = jit((x: A, s: A) => jacrev((v: A) => f(v, s))(x));
    const xv = np.array([0.3, 0.9]);
    const jac = jj(xv, np.array(2));
    close(jac, [2 * Math.cos(0.3), 0, 0, 2 * Math.cos(0.9)], 1e-6, 'jit(jacrev) closing over s');
    close(jac, vals(jacrev((v: A) => f(v, np.array(2)))(xv)), 1e-6, 'jit(jacrev) = jacrev');
    // grad of a function that closes over an outer grad's tracer, and a vmap of a jvp inside grad
    const h = grad((s: A) => np.sum(vmap((x: A) => jvp((u: A) => np.multiply(np.sin(u), s), [x], [np.array(1)])[1] as A)(xv) as A))(np.array(3));
    close(h, [Math.cos(0.3) + Math.cos(0.9)], 1e-6, 'grad(s ↦ Σ vmap(jvp))');
  });

  it('per-example gradients of a tiny conv+dense model: vmap(grad(loss), {inAxes: [null, 0, 0]}) vs a loop', () => {
    const params = { conv: rand([2, 1, 2, 2], 31), dense: rand([8, 3], 32), bias: rand([3], 33) };
    type P = typeof params;
    const loss = (p: P, x: A, y: A) => {
      const h = np.tanh(lax.conv(np.reshape(x, [1, 1, 3, 3]), p.conv, [1, 1], 'VALID')); // [1,2,2,2]
      const logits = np.add(np.matmul(np.reshape(h, [1, 8]), p.dense), p.bias); // [1,3]
      const d = np.subtract(np.reshape(logits, [3]), y);
      return np.sum(np.multiply(d, d));
    };
    const B = 4;
    const xs = data(B * 9, 40);
    const ys = data(B * 3, 41);
    const perEx = vmap(grad(loss), { inAxes: [null, 0, 0] })(params, np.reshape(np.array(xs), [B, 3, 3]), np.reshape(np.array(ys), [B, 3])) as P;
    expect(shape(perEx.conv)).to.deep.equal([B, 2, 1, 2, 2]);
    expect(shape(perEx.dense)).to.deep.equal([B, 8, 3]);
    expect(shape(perEx.bias)).to.deep.equal([B, 3]);
    const loop = globalThis.Array.from({ length: B }, (_, i) =>
      grad(loss)(params, np.reshape(np.array(xs.slice(9 * i, 9 * i + 9)), [3, 3]), np.array(ys.slice(3 * i, 3 * i + 3))) as P);
    close(perEx.conv, loop.flatMap((g) => vals(g.conv)), 1e-5, 'conv gradients');
    close(perEx.dense, loop.flatMap((g) => vals(g.dense)), 1e-5, 'dense gradients');
    close(perEx.bias, loop.flatMap((g) => vals(g.bias)), 1e-5, 'bias gradients');
    expect(vals(perEx.bias).some((v) => Math.abs(v) > 1e-3), 'non-trivial gradients').to.equal(true);
  });

  it('weak types survive transforms: grad at a JS number is a weak f32; f32 * 2 keeps 2.0:f32[]', () => {
    // JAX 0.10.2: jax.grad(lambda x: x*x)(2.5) → Array(5., dtype=float32, weak_type=True)
    const g = grad((x: A) => np.multiply(x, x))(2.5) as Array;
    expect(g.dtype).to.equal('float32');
    expect(g.weakType, 'weak like the JS number argument').to.equal(true);
    close(g, [5]);
    const [v, g2] = valueAndGrad((x: A) => np.multiply(np.sin(x), 2))(0.5) as [Array, Array];
    expect([v.weakType, g2.weakType]).to.deep.equal([true, true]);
    close(g2, [2 * Math.cos(0.5)]);
    // A strong f32 argument gives a strong gradient, even when multiplied by a JS number.
    const strong = grad((x: A) => np.multiply(np.sin(x), 2))(np.array(2.5)) as Array;
    expect(strong.weakType).to.equal(false);
    expect(strong.dtype).to.equal('float32');
    // JAX 0.10.2: make_jaxpr(grad(lambda x: sum(x*2)))(f32[3]): b = mul a 2.0:f32[] ... d = mul c 2.0:f32[]
    const text = String(makeJaxpr(grad((x: A) => np.sum(np.multiply(x, 2))))({ shape: [3], dtype: 'float32' }));
    expect(text).to.contain('mul a 2.0:f32[]');
    expect(text.match(/2\.0:f32\[\]/g)?.length, text).to.equal(2);
    expect(text).not.to.match(/i32|convert_element_type/);
    // under vmap and jvp too
    const vj = String(makeJaxpr(vmap((x: A) => jvp((u: A) => np.multiply(u, 2), [x], [np.array(1)])[1]))({ shape: [3], dtype: 'float32' }));
    expect(vj).to.contain('2.0:f32[]');
    expect(vj).not.to.contain('i32');
  });

  it('jvp and vjp with pytree primals: objects and nested lists', () => {
    const f = (p: { a: A; b: A }) => np.multiply(p.a, np.sin(p.b));
    const p = { a: np.array([1, 2]), b: np.array([0.5, -1]) };
    const t = { a: np.array([0.1, 0.2]), b: np.array([1, -1]) };
    const [out, tout] = jvp(f, [p], [t]);
    close(out, [Math.sin(0.5), 2 * Math.sin(-1)]);
    close(tout, [0.1 * Math.sin(0.5) + Math.cos(0.5), 0.2 * Math.sin(-1) - 2 * Math.cos(-1)]);
    const [, vjpFn] = vjp(f, [p]) as [unknown, (ct: unknown) => unknown[]];
    const [ct] = vjpFn(np.array([1, 10])) as [{ a: Array; b: Array }];
    expect(Object.keys(ct).sort()).to.deep.equal(['a', 'b']);
    close(ct.a, [Math.sin(0.5), 10 * Math.sin(-1)]);
    close(ct.b, [Math.cos(0.5), 20 * Math.cos(-1)]);
    // nested lists in and out: g([x, [y, z]]) = [x·y, {s: Σ z·x}]
    const g = ([x, [y, z]]: [A, [A, A]]) => [np.multiply(x, y), { s: np.sum(np.multiply(z, x)) }];
    const prim = [np.array([1, 2]), [np.array([3, 4]), np.array([5, 6])]];
    const tan = [np.array([1, 0]), [np.array([0, 1]), np.array([1, 1])]];
    const [o2, t2] = jvp(g as never, [prim], [tan]) as [[Array, { s: Array }], [Array, { s: Array }]];
    close(o2[0], [3, 8]);
    close(o2[1].s, [17]);
    close(t2[0], [3, 2]); // dx·y + x·dy
    close(t2[1].s, [5 + 1 + 2]); // Σ dz·x + z·dx = (1 + 2) + 5
    const [, vjpG] = vjp(g as never, [prim]) as [unknown, (ct: unknown) => unknown[]];
    const [[cx, [cy, cz]]] = vjpG([np.array([1, 1]), { s: np.array(2) }]) as [[Array, [Array, Array]]];
    close(cx, [3 + 10, 4 + 12]);
    close(cy, [1, 2]);
    close(cz, [2, 4]);
  });

  it('jacrev and jacfwd with argnums [0, 1] and hasAux', () => {
    const f = (x: A, y: A) => [np.multiply(np.sin(x), y), { n: np.sum(y) }];
    const x = np.array([0.2, 0.4]);
    const y = np.array([3, -1]);
    for (const jac of [jacrev, jacfwd]) {
      const [[jx, jy], aux] = jac(f as never, { argnums: [0, 1], hasAux: true })(x, y) as [[Array, Array], { n: Array }];
      expect(shape(jx)).to.deep.equal([2, 2]);
      close(jx, [3 * Math.cos(0.2), 0, 0, -Math.cos(0.4)]);
      close(jy, [Math.sin(0.2), 0, 0, Math.sin(0.4)]);
      close(aux.n, [2]);
    }
    // argnums [1] (an array) still gives a list of one Jacobian
    const [[only]] = jacrev(f as never, { argnums: [1], hasAux: true })(x, y) as [[Array]];
    close(only, [Math.sin(0.2), 0, 0, Math.sin(0.4)]);
  });

  it('linearize once, then several jvps, equals jvp each time', () => {
    const f = (x: A, y: A) => np.multiply(np.exp(np.sin(x)), np.tanh(y));
    const x = np.array([0.1, -0.8, 1.3]);
    const y = np.array([0.5, 0.2, -0.4]);
    const [out, fJvp] = linearize(f, [x, y]);
    close(out, vals(f(x, y)));
    for (let k = 0; k < 4; k++) {
      const tx = rand([3], 50 + k);
      const ty = rand([3], 60 + k);
      const [o, t] = jvp(f, [x, y], [tx, ty]);
      close(o, vals(out));
      close(fJvp(tx, ty), vals(t), 1e-6, `jvp ${k}`);
    }
    // linear in the tangents: fJvp(2t) = 2 fJvp(t), fJvp(0) = 0
    const t1 = rand([3], 70);
    close(fJvp(np.multiply(t1, 2), np.zeros([3])), vals(np.multiply(fJvp(t1, np.zeros([3])) as A, 2)), 1e-6, 'homogeneous');
    expect(vals(fJvp(np.zeros([3]), np.zeros([3])))).to.deep.equal([0, 0, 0]);
  });
});
