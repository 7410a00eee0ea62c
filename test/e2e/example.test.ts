// The README's main example (examples/multiview.ts): its program entries trace to the right shapes, the
// multi-view model is the per-view model on each view, both styles compute the same function, the
// Jacobian is block-diagonal over views with the per-view Jacobian on the diagonal, jacfwd = jacrev; and
// the script itself runs, fast, and prints the story. The example imports 'kernax' (dist/), so does this.
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { jacfwd, jacrev, makeJaxpr, np, random } from 'kernax';
import type { Array as KArray } from 'kernax';
import * as ex from '../../examples/multiview.js';

type Value = Parameters<typeof ex.fn>[1];
const data = (a: unknown): Float32Array => (a as KArray).dataSync() as Float32Array;
const maxDiff = (a: unknown, b: unknown): number => {
  const x = data(a);
  const y = data(b);
  expect(x.length).to.equal(y.length);
  let m = 0;
  for (let i = 0; i < x.length; i++) m = Math.max(m, Math.abs(x[i]! - y[i]!));
  return m;
};
const view = (x: unknown, v: number): KArray => np.take(x as KArray, np.array([v], { dtype: 'int32' }), -1).reshape((x as KArray).shape.slice(0, -1)) as KArray;

describe('e2e: examples/multiview.ts', function () {
  this.timeout(120000);

  it('exports program entries whose traced shapes are those of the model program', () => {
    const outShape = (p: { fn: (...a: never[]) => unknown; args: readonly unknown[] }) => makeJaxpr(p.fn)(...p.args).jaxpr.outvars.map((o) => o.aval.shape);
    expect(outShape(ex.perView)).to.deep.equal([[1, 5, 12, 12]]);
    expect(outShape(ex.staxPerView)).to.deep.equal([[1, 12, 12, 5]]);
    expect(ex.multiview.transforms).to.equal('vmap{in_axes=4,out_axes=4,axis_size=5}');
    expect(ex.multiviewJac.transforms).to.equal('vmap{in_axes=4,out_axes=4,axis_size=5},jacrev');
    expect(ex.perView.transforms).to.equal('');
    const jp = makeJaxpr(ex.multiviewJacParams.fn)(...ex.multiviewJacParams.args).jaxpr;
    expect(jp.invars.map((v) => v.aval.shape)).to.deep.equal([[5], [5, 3, 3, 3], [5], [5, 5, 3, 3], [1, 3, 16, 16]]);
  });

  it('the multi-view model is the per-view model on each view, and the two styles agree', () => {
    const x = random.normal(random.key(3), [1, 3, 16, 16, 5]) as KArray;
    const y = ex.multiviewOf(ex.params)(x);
    expect(y.shape).to.deep.equal([1, 5, 12, 12, 5]);
    for (let v = 0; v < 5; v++) expect(maxDiff(view(y, v), ex.fn(ex.params, view(x, v)))).to.be.below(1e-6);
    // stax with the torch weights in its layout: HWIO kernels, [1,1,1,O] biases, NHWC images
    const p = ex.params as Record<string, KArray>;
    const sp = [[np.transpose(p['0.weight']!, [2, 3, 1, 0]), p['0.bias']!.reshape([1, 1, 1, 5])], [np.transpose(p['1.weight']!, [2, 3, 1, 0]), p['1.bias']!.reshape([1, 1, 1, 5])]];
    const ys = ex.staxMultiviewOf(sp as never)(np.transpose(x, [0, 2, 3, 1, 4]) as Value);
    expect(ys.shape).to.deep.equal([1, 12, 12, 5, 5]);
    expect(maxDiff(ys, np.transpose(y, [0, 2, 3, 1, 4]))).to.be.below(1e-5);
    expect(Math.max(...data(y).map(Math.abs))).to.be.above(0.1);
  });

  it('jacrev of the multi-view model is block-diagonal over views, the per-view jacrev on the diagonal; jacfwd agrees', () => {
    // a smaller image keeps the Jacobian small: [1,5,2,2,5] x [1,3,6,6,5]
    const x = random.normal(random.key(4), [1, 3, 6, 6, 5]) as KArray;
    const mv = ex.multiviewOf(ex.params);
    const J = jacrev(mv)(x) as KArray;
    expect(J.shape).to.deep.equal([1, 5, 2, 2, 5, 1, 3, 6, 6, 5]);
    const Jf = jacfwd(mv)(x) as KArray;
    expect(maxDiff(J, Jf)).to.be.below(1e-5);
    const j = data(J);
    const nOut = 20;
    const nIn = 108;
    let offDiag = 0;
    for (let o = 0; o < nOut; o++) for (let v = 0; v < 5; v++) for (let i = 0; i < nIn; i++) for (let w = 0; w < 5; w++) {
      if (v !== w) offDiag = Math.max(offDiag, Math.abs(j[((o * 5 + v) * nIn + i) * 5 + w]!));
    }
    expect(offDiag).to.equal(0);
    for (const v of [0, 3]) {
      const block = data(jacrev((xv: Value) => ex.fn(ex.params, xv))(view(x, v)));
      let d = 0;
      for (let o = 0; o < nOut; o++) for (let i = 0; i < nIn; i++) d = Math.max(d, Math.abs(j[((o * 5 + v) * nIn + i) * 5 + v]! - block[o * nIn + i]!));
      expect(d).to.be.below(1e-6);
      expect(Math.max(...block.map(Math.abs))).to.be.above(0.01);
    }
  });

  it('jacrev with respect to the parameters: the bias Jacobians are exact indicators', () => {
    const x = random.normal(random.key(5), [1, 3, 6, 6, 5]) as KArray;
    const J = jacrev((p: typeof ex.params) => ex.multiviewOf(p)(x))(ex.params) as Record<string, KArray>;
    expect(J['1.bias']!.shape).to.deep.equal([1, 5, 2, 2, 5, 5]);
    expect(J['0.weight']!.shape).to.deep.equal([1, 5, 2, 2, 5, 5, 3, 3, 3]);
    // d y[0,c,h,w,v] / d bias1[c'] = [c == c']
    const b = data(J['1.bias']);
    for (let c = 0; c < 5; c++) for (let k = 0; k < 20; k++) for (let cp = 0; cp < 5; cp++) expect(b[(c * 20 + k) * 5 + cp]).to.equal(c === cp ? 1 : 0);
  });

  it('runs as a script (npm run example) in well under a minute and tells the story', function () {
    const t0 = Date.now();
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'examples/multiview.ts'], { encoding: 'utf8' });
    expect(r.status, r.stderr).to.equal(0);
    expect(Date.now() - t0).to.be.below(60000);
    const out = r.stdout;
    for (const h of ['## 1. The model', '## 2. Many views with vmap', '## 3. Jacobians with jacrev', '## 6. The fusion plan', '## 8. Checked against the reference interpreter']) expect(out).to.contain(h);
    expect(out).to.contain('x [1, 3, 16, 16, 5] (batch, channels, H, W, views) → y [1, 5, 12, 12, 5]');
    expect(out).to.contain('x [1, 16, 16, 3, 5] (batch, H, W, channels, views) → y [1, 12, 12, 5, 5]');
    expect(out).to.contain('[1, 5, 12, 12, 5, 1, 3, 16, 16, 5]');
    expect(out).to.match(/## 7\. Time of the compiled calls, on cpu/);
    // Section 9 times webgpu when this machine has an adapter, and says why not otherwise.
    expect(out).to.match(/## 9\. The same calls on webgpu\n\n[^\n]*\n(WebGPU \(.*each time including|webgpu: no adapter here)/);
    const diffs = [...out.matchAll(/max \|compiled - interpreter\| = (\S+)/g)].map((m) => Number(m[1]));
    expect(diffs).to.have.length(3);
    for (const d of diffs) expect(d).to.be.below(1e-4);
  });
});
