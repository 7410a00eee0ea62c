// jit(f, { device: 'webgpu' }) where f closes over arrays: cpu arrays become consts uploaded once per
// jit entry (not per call); webgpu arrays are bound in place (tracing never reads them back, so it works
// on a value still being computed); a disposed closed-over array is a UserError at the call; a weak JS
// number argument is a kernel input, so a new value reuses the executable and its shaders.
// References are plain JS arithmetic on small arrays, computed at module load.
import { expect } from 'chai';
import { Array, grad, jit, np, UserError } from '../../src/index.js';
import { lastWebGpuProbe } from '../../src/runtime/webgpu-device.js';
import { gpuDescribe } from './gpu-env.js';

type V = np.Value;
const X = [0.5, -1, 2, 3.25];
const W = [2, 3, -1, 0.5];
const B = [0.25, 0.25, -0.5, 1];
const close = (got: ArrayLike<number>, want: readonly number[]): void => {
  expect(got.length).to.equal(want.length);
  want.forEach((w, i) => expect(got[i]!, `element ${i}`).to.be.closeTo(w, 1e-5 * Math.max(1, Math.abs(w))));
};
const gpu = (xs: readonly number[]): Array => np.array([...xs], { device: 'webgpu' });

/** Counts queue.writeBuffer calls (uploads) while `f` runs. */
async function countWrites(f: () => Promise<void>): Promise<number> {
  const p = lastWebGpuProbe();
  if (!p?.ok) throw new Error('no device');
  const q = p.device.device.queue;
  const orig = q.writeBuffer.bind(q);
  let n = 0;
  q.writeBuffer = ((...a: Parameters<GPUQueue['writeBuffer']>) => { n++; return orig(...a); }) as GPUQueue['writeBuffer'];
  try { await f(); } finally { q.writeBuffer = orig; }
  return n;
}

gpuDescribe('jit on webgpu over closed-over arrays', () => {
  it('closes over cpu arrays: correct, and the consts are uploaded once, not per call', async () => {
    const w = np.array(W), b = np.array(B);
    const f = jit((x: V) => x.mul(w).add(b), { device: 'webgpu' });
    const x = gpu(X);
    const y0 = f(x) as Array;
    close(await y0.data(), X.map((v, i) => v * W[i]! + B[i]!));
    const writes = await countWrites(async () => {
      for (let k = 0; k < 3; k++) { const y = f(x) as Array; close(await y.data(), X.map((v, i) => v * W[i]! + B[i]!)); y.dispose(); }
    });
    expect(writes).to.equal(0);
    expect(f.cacheSize()).to.equal(1);
    y0.dispose(); x.dispose();
  });

  it('closes over webgpu arrays without reading them back, also over a value still pending', async () => {
    const w = gpu(W);
    const b = (jit((v: V) => v.mul(2), { device: 'webgpu' })(gpu(B)) as Array); // not awaited: pending
    const f = jit((x: V) => x.mul(w).add(b), { device: 'webgpu' });
    const y = f(gpu(X)) as Array;
    expect(y.device).to.equal('webgpu');
    close(await y.data(), X.map((v, i) => v * W[i]! + 2 * B[i]!));
    const writes = await countWrites(async () => { const z = f(gpu(X)) as Array; await z.data(); z.dispose(); });
    expect(writes).to.equal(1); // the argument only
  });

  it('a closed-over webgpu array returned as an output, and one used under grad', async () => {
    const w = gpu(W);
    const both = jit((x: V) => [x.add(1), w], { device: 'webgpu' });
    const [a, c] = both(gpu(X)) as [Array, Array];
    close(await a.data(), X.map((v) => v + 1));
    close(await c.data(), W);
    const g = jit(grad((x: V) => np.sum(x.mul(x).mul(w))), { device: 'webgpu' });
    close(await (g(gpu(X)) as Array).data(), X.map((v, i) => 2 * v * W[i]!));
  });

  it('a disposed closed-over webgpu array is a UserError at the call', () => {
    const w = gpu(W);
    const f = jit((x: V) => x.mul(w), { device: 'webgpu' });
    (f(gpu(X)) as Array).dispose();
    w.dispose();
    expect(() => f(gpu(X))).to.throw(UserError, /disposed/);
  });

  it('a closed-over webgpu array used by a cpu jit call is a UserError naming the async read', () => {
    const w = gpu(W);
    const f = jit((x: V) => x.mul(w));
    expect(() => f(np.array(X))).to.throw(UserError, /cannot be read synchronously/);
  });

  it('a weak JS number argument is an input: new values reuse the entry and upload only the scalar', async () => {
    const f = jit((x: V, s: number) => x.mul(s).add(s), { device: 'webgpu' });
    const x = gpu(X);
    close(await (f(x, 2.5) as Array).data(), X.map((v) => v * 2.5 + 2.5));
    const text = f.lower(x, 2.5).compile({ device: 'webgpu' }).asText('wgsl');
    expect(text).to.not.match(/2\.5/);
    for (const s of [3.5, -1.25]) {
      const writes = await countWrites(async () => close(await (f(x, s) as Array).data(), X.map((v) => v * s + s)));
      expect(writes).to.equal(1);
    }
    expect(f.cacheSize()).to.equal(1);
  });
});
