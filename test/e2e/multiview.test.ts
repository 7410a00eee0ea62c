// The model program's numbers (API.md): the multi-view CNN, its forward pass and its jacrev with respect
// to the input and to the parameters, in the torch style (NCHW) and the stax style (NHWC), for the
// affine seed model and the ReLU / Tanh variants, against test/fixtures/multiview-reference.json
// (scripts/multiview_reference.py: JAX 0.10.2 in float64, checked against JAX float32 and torch.func).
// Parameters come from the fixture, not kernax's initialiser. Two Jacobians are computed in full, once
// each (torch/Tanh wrt the input: 13.8M entries; stax/ReLU wrt the parameters); every variant is also
// checked through jacrev of the model restricted to the fixture's sampled output rows and through grad
// of its sum. KERNAX_E2E_FULL=1 adds jacfwd and jit(jacrev) of the full input Jacobian (minutes: the
// compiled call alone took 32 s on the JS CPU backend here).
import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import { Array, grad, jacfwd, jacrev, jit, nn, np, tree, vmap } from '../../src/index.js';
import type { Value } from '../../src/api/bind.js';
import * as random from '../../src/api/random.js';

type Style = 'torch' | 'stax';
type Act = 'affine' | 'relu' | 'tanh';
interface Ref { shape: number[]; data: number[] }
interface Stats { sum: number; sumsq: number; sumabs: number }
interface ParamJac extends Stats { name: string; shape: number[]; cols: number[][]; values: number[][] }
interface Variant { params: (Ref & { name: string })[]; y: Ref; jac_x: Stats & { values: number[][]; blocks: number[] }; jac_params: ParamJac[] }
interface StyleRef { x: Ref; out_shape: number[]; jac_x_shape: number[]; rows: number[]; cols: number[][]; affine: Variant; relu: Variant; tanh: Variant }
const REF = JSON.parse(readFileSync(new URL('../fixtures/multiview-reference.json', import.meta.url), 'utf8')) as Record<Style, StyleRef> & { views: number };
const V = REF.views;
const FULL = process.env['KERNAX_E2E_FULL'] === '1';

const vals = (x: unknown): Float32Array => (x as Array).dataSync() as Float32Array;
const fromRef = (r: Ref): Array => new Array(Float32Array.from(r.data), r.shape, 'f32');
const prod = (s: readonly number[]) => s.reduce((a, b) => a * b, 1);
/** |got − want| ≤ tol·max(1, |want|); an expected 0 (outside the receptive field or the view) must be exactly 0. */
function near(got: number, want: number, what: string, tol = 1e-5): void {
  if (want === 0) expect(got, `${what}: a structural zero`).to.equal(0);
  else if (!(Math.abs(got - want) <= tol * Math.max(1, Math.abs(want)))) expect.fail(`${what}: ${got}, expected ${want}`);
}
function stats(a: Float32Array): Stats {
  let sum = 0, sumsq = 0, sumabs = 0;
  for (const v of a) { sum += v; sumsq += v * v; sumabs += Math.abs(v); }
  return { sum, sumsq, sumabs };
}
/**
 * Sums of a float32 Jacobian, accumulated in float64 here and in the reference. Each entry is a float32
 * dot product of at most 45 terms (5 channels × 3×3 taps), so its error is below 45·2⁻²⁴ ≈ 3e-6 of the
 * sum of its terms' magnitudes: |ΔΣJ| ≤ 1e-5·Σ|J|, |ΔΣ|J|| ≤ 1e-5·Σ|J|, |ΔΣJ²| ≤ 2e-5·ΣJ².
 */
function sameStats(got: Stats, want: Stats, what: string): void {
  expect(Math.abs(got.sum - want.sum), `${what}: sum ${got.sum} vs ${want.sum}`).to.be.at.most(1e-5 * want.sumabs);
  expect(Math.abs(got.sumabs - want.sumabs), `${what}: sum |J| ${got.sumabs} vs ${want.sumabs}`).to.be.at.most(1e-5 * want.sumabs);
  expect(Math.abs(got.sumsq - want.sumsq), `${what}: sum J² ${got.sumsq} vs ${want.sumsq}`).to.be.at.most(2e-5 * want.sumsq);
}

/** The per-view model of a style and variant, with the fixture's parameters and input. */
function model(style: Style, act: Act): { perView: (p: unknown, v: Value) => Value; params: unknown; x: Array; ref: Variant } {
  const ref = REF[style][act];
  const x = fromRef(REF[style].x);
  if (style === 'torch') {
    const mid = act === 'relu' ? [nn.ReLU()] : act === 'tanh' ? [nn.Tanh()] : [];
    const [fn] = nn.makeFunctional(nn.Sequential(nn.Conv2d(3, 5, 3), ...mid, nn.Conv2d(5, 5, 3)), random.key(0));
    const params = Object.fromEntries(ref.params.map((p) => [p.name, fromRef(p)]));
    return { perView: (p, v) => fn(p as nn.StateDict, v), params, x, ref };
  }
  const S = nn.stax;
  const mid = act === 'relu' ? [S.Relu] : act === 'tanh' ? [S.Tanh] : [];
  const [, apply] = S.serial(S.Conv(5, [3, 3]), ...mid, S.Conv(5, [3, 3]));
  const params: Value[][] = globalThis.Array.from({ length: 2 + mid.length }, () => []);
  for (const p of ref.params) {
    const [, i, j] = /^\[(\d+)\]\[(\d+)\]$/.exec(p.name)!.map(Number);
    params[i!]![j!] = fromRef(p);
  }
  return { perView: (p, v) => apply(p as nn.stax.StaxParams, v), params, x, ref };
}
const multiview = (perView: (p: unknown, v: Value) => Value, p: unknown) => vmap((v: Value) => perView(p, v), { inAxes: 4, outAxes: 4 });
/** The model's output at the fixture's sampled rows (flat indices), so that jacrev of it is 24 rows of the Jacobian. */
const rowsOf = (style: Style) => (y: unknown): Value => np.take(y as Value, REF[style].rows);

const STYLES: Style[] = ['torch', 'stax'];
const ACTS: Act[] = ['affine', 'relu', 'tanh'];

describe('the model program: forward pass of the multi-view CNN (JAX 0.10.2)', () => {
  for (const style of STYLES) {
    for (const act of ACTS) {
      it(`${style} style, ${act}: ${style === 'torch' ? '[1,3,16,16,5] → [1,5,12,12,5]' : '[1,16,16,3,5] → [1,12,12,5,5]'}`, () => {
        const { perView, params, x, ref } = model(style, act);
        const y = multiview(perView, params)(x) as Array;
        expect(y.shape).to.deep.equal(REF[style].out_shape);
        const g = vals(y);
        ref.y.data.forEach((w, i) => near(g[i]!, w, `y[${i}]`));
      });
    }
  }
});

describe('the model program: the input Jacobian in full (torch style, Tanh; 3600 × 3840 entries, computed once)', function () {
  this.timeout(180_000);
  const { perView, params, x, ref } = model('torch', 'tanh');
  const mv = multiview(perView, params);
  const R = REF.torch;
  const outSize = prod(R.out_shape);
  const inSize = prod(R.x.shape);
  let J: Float32Array;
  before(function () {
    this.timeout(180_000);
    const j = jacrev(mv)(x) as Array;
    expect(j.shape).to.deep.equal(R.jac_x_shape);
    J = vals(j);
  });

  it('sampled entries, sum, sum of squares, sum of |J| and the diagonal view blocks equal the reference', () => {
    R.rows.forEach((r, k) => R.cols[k]!.forEach((c, m) => near(J[r * inSize + c]!, ref.jac_x.values[k]![m]!, `J[${r}, ${c}]`)));
    sameStats(stats(J), ref.jac_x, 'J');
    const blocks = new Float64Array(V);
    for (let o = 0; o < outSize; o++) for (let i = 0; i < inSize; i++) if (o % V === i % V) blocks[o % V] += J[o * inSize + i]!;
    blocks.forEach((b, v) => expect(Math.abs(b - ref.jac_x.blocks[v]!), `block ${v}: ${b} vs ${ref.jac_x.blocks[v]}`).to.be.at.most(1e-5 * ref.jac_x.sumabs));
  });

  it('is block-diagonal over views: block (v, v) is vmap(jacrev(per-view model)), every other entry exactly 0', () => {
    const blocks = vmap(jacrev((v: Value) => perView(params, v)), { inAxes: 4, outAxes: 4 })(x) as Array;
    expect(blocks.shape).to.deep.equal([1, 5, 12, 12, V, 1, 3, 16, 16]);
    const B = vals(blocks);
    const perIn = inSize / V;
    let offDiagonal = 0, worst = 0, nonzero = 0;
    for (let o = 0; o < outSize; o++) {
      const v = o % V;
      for (let i = 0; i < inSize; i++) {
        const got = J[o * inSize + i]!;
        if (i % V !== v) { if (got !== 0) offDiagonal++; continue; }
        const want = B[o * perIn + (i - v) / V]!;
        worst = Math.max(worst, Math.abs(got - want));
        if (want !== 0) nonzero++;
      }
    }
    expect(offDiagonal, 'nonzero entries outside the diagonal view blocks').to.equal(0);
    expect(worst, 'largest difference from vmap(jacrev(per-view))').to.be.at.most(1e-6);
    // each output sees a 3×5×5 receptive field (3 · 25 = 75 inputs): 3600 · 75 = 270000 nonzero entries
    expect(nonzero).to.equal(outSize * 75);
  });

  it('jacfwd equals jacrev: jacfwd through 40 one-hot input directions gives those columns of J', () => {
    const cols = globalThis.Array.from({ length: 40 }, (_, k) => (k * 97 + 13) % inSize);
    const basis = new Float32Array(cols.length * inSize);
    cols.forEach((c, k) => { basis[k * inSize + c] = 1; });
    const dirs = new Array(basis, [cols.length, inSize], 'f32');
    // x + Σ_k t_k e_k: exact at t = 0, and its tangents are the one-hot directions exactly
    const g = (t: Value) => mv(np.add(x, np.reshape(np.matmul(t, dirs), R.x.shape)));
    const jf = jacfwd(g)(np.zeros([cols.length])) as Array;
    expect(jf.shape).to.deep.equal([...R.out_shape, cols.length]);
    const F = vals(jf);
    for (let o = 0; o < outSize; o++) cols.forEach((c, k) => near(F[o * cols.length + k]!, J[o * inSize + c]!, `jacfwd column ${c}, row ${o}`, 1e-6));
  });

  it('jit(jacrev(·)) of the model restricted to the sampled rows gives the rows of the eager J', () => {
    const jj = jit(jacrev((v: Value) => rowsOf('torch')(mv(v))))(x) as Array;
    expect(jj.shape).to.deep.equal([R.rows.length, ...R.x.shape]);
    const G = vals(jj);
    R.rows.forEach((r, k) => { for (let i = 0; i < inSize; i++) near(G[k * inSize + i]!, J[r * inSize + i]!, `jit row ${r}, column ${i}`, 1e-6); });
  });

  (FULL ? it : it.skip)('[KERNAX_E2E_FULL] full jacfwd and full jit(jacrev) equal the eager jacrev', function () {
    this.timeout(600_000);
    const F = vals(jacfwd(mv)(x));
    const G = vals(jit(jacrev(mv))(x));
    for (let k = 0; k < J.length; k++) {
      near(F[k]!, J[k]!, `jacfwd[${k}]`, 1e-6);
      near(G[k]!, J[k]!, `jit(jacrev)[${k}]`, 1e-6);
    }
  });
});

describe('the model program: the parameter Jacobian in full (stax style, ReLU, computed once)', function () {
  this.timeout(180_000);
  const { perView, params, x, ref } = model('stax', 'relu');
  const outShape = REF.stax.out_shape;
  const outSize = prod(outShape);
  let jp: unknown;
  before(function () {
    this.timeout(180_000);
    jp = jacrev((p: unknown) => multiview(perView, p)(x))(params);
  });

  it("a pytree of the parameters' structure, each leaf out.shape + leaf.shape; sampled entries and per-leaf sums", () => {
    const leaves = tree.leaves(jp) as Array[];
    expect(tree.structureStr(tree.structure(jp))).to.equal(tree.structureStr(tree.structure(params)));
    expect(leaves.length).to.equal(ref.jac_params.length);
    leaves.forEach((leaf, l) => {
      const pr = ref.jac_params[l]!;
      expect(leaf.shape, pr.name).to.deep.equal([...outShape, ...pr.shape]);
      const L = vals(leaf);
      const n = prod(pr.shape);
      REF.stax.rows.forEach((r, k) => pr.cols[k]!.forEach((c, m) => near(L[r * n + c]!, pr.values[k]![m]!, `${pr.name}: J[${r}, ${c}]`)));
      sameStats(stats(L), pr, pr.name);
    });
  });

  it('jacfwd wrt the parameters equals jacrev', () => {
    const jf = tree.leaves(jacfwd((p: unknown) => multiview(perView, p)(x))(params)) as Array[];
    (tree.leaves(jp) as Array[]).forEach((leaf, l) => {
      const A = vals(leaf);
      const B = vals(jf[l]);
      expect(B.length).to.equal(A.length);
      for (let k = 0; k < A.length; k++) near(B[k]!, A[k]!, `leaf ${l}[${k}]`, 1e-5);
    });
    expect(outSize).to.equal(3600);
  });
});

describe('the model program: every style and variant through 24 sampled rows and grad of the sum', () => {
  for (const style of STYLES) {
    for (const act of ACTS) {
      it(`${style} style, ${act}: rows of jacrev wrt the input and the parameters; Σ J and the view blocks by grad`, () => {
        const { perView, params, x, ref } = model(style, act);
        const R = REF[style];
        const inSize = prod(R.x.shape);
        const rows = rowsOf(style);
        const jx = jacrev((v: Value) => rows(multiview(perView, params)(v)))(x) as Array;
        expect(jx.shape).to.deep.equal([R.rows.length, ...R.x.shape]);
        const JX = vals(jx);
        R.rows.forEach((r, k) => {
          R.cols[k]!.forEach((c, m) => near(JX[k * inSize + c]!, ref.jac_x.values[k]![m]!, `J[${r}, ${c}]`));
          for (let i = 0; i < inSize; i++) if (i % V !== r % V && JX[k * inSize + i] !== 0) expect.fail(`row ${r} is nonzero in view ${i % V}`);
        });
        const jp = tree.leaves(jacrev((p: unknown) => rows(multiview(perView, p)(x)))(params)) as Array[];
        jp.forEach((leaf, l) => {
          const pr = ref.jac_params[l]!;
          const n = prod(pr.shape);
          expect(leaf.shape, pr.name).to.deep.equal([R.rows.length, ...pr.shape]);
          const L = vals(leaf);
          R.rows.forEach((r, k) => pr.cols[k]!.forEach((c, m) => near(L[k * n + c]!, pr.values[k]![m]!, `${pr.name}: J[${r}, ${c}]`)));
        });
        // Σ_o ∂y_o/∂x_i, summed per input view, is the view's diagonal block sum (the others are 0).
        // grad accumulates up to ~150 float32 terms per entry: tolerance 2e-5·Σ|J|.
        const sumY = (p: unknown, v: Value) => np.sum(multiview(perView, p)(v));
        const gx = vals(grad((v: Value) => sumY(params, v))(x));
        const blocks = new Float64Array(V);
        gx.forEach((g, i) => { blocks[i % V] += g; });
        blocks.forEach((b, v) => expect(Math.abs(b - ref.jac_x.blocks[v]!), `block ${v}`).to.be.at.most(2e-5 * ref.jac_x.sumabs));
        const total = blocks.reduce((a, b) => a + b, 0);
        expect(Math.abs(total - ref.jac_x.sum)).to.be.at.most(2e-5 * ref.jac_x.sumabs);
        // the same for the parameters: Σ over the outputs of each leaf's Jacobian (thousands of terms: 1e-4)
        (tree.leaves(grad((p: unknown) => sumY(p, x))(params)) as Array[]).forEach((g, l) => {
          const pr = ref.jac_params[l]!;
          expect(Math.abs(stats(vals(g)).sum - pr.sum), `Σ J ${pr.name}`).to.be.at.most(1e-4 * pr.sumabs);
        });
      });
    }
  }
});
