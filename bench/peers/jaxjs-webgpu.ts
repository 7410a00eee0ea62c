// jax-js (@jax-js/jax) on its webgpu backend, given kernax's Dawn instance as navigator.gpu (same
// adapter, same process: bench/lib/dawn.ts). W1–W3 with readback and without (blockUntilReady).
// jax-js consumes its arguments: every reuse goes through `.ref`. Imports @jax-js/jax, bench/lib.
import type { Config } from '../lib/config.js';
import { KEY, wants } from '../lib/config.js';
import * as D from '../lib/data.js';
import { dawn } from '../lib/dawn.js';
import type { Recorder } from '../lib/timing.js';
import { timeit } from '../lib/timing.js';

type Jax = typeof import('@jax-js/jax');
type JArr = InstanceType<Jax['Array']>;
export const PEER_JAXJS_WEBGPU = 'jaxjs-webgpu';
const PEER = PEER_JAXJS_WEBGPU;

async function both(jax: Jax, cfg: Config, rec: Recorder, w: string, key: string, what: string, call: () => JArr, check: (r: Float32Array) => void): Promise<void> {
  const read = async (): Promise<Float32Array> => (await call().data()) as Float32Array;
  const noRead = async (): Promise<void> => { const y = call(); await jax.blockUntilReady(y); y.dispose(); };
  await rec.run(w, `${key} +readback`, PEER, what, async () => ({ timing: await timeit(read, read, cfg.time, check) }));
  await rec.run(w, `${key} no readback`, PEER, what, async () => ({ timing: await timeit(read, noRead, cfg.time, check) }));
}

export async function runJaxjsWebgpu(cfg: Config, rec: Recorder): Promise<void> {
  await dawn();
  const jax: Jax = await import('@jax-js/jax');
  const avail = await jax.init('webgpu');
  if (!avail.includes('webgpu')) throw new Error(`jax-js: webgpu unavailable (init → ${avail.join(',')})`);
  jax.defaultDevice('webgpu');
  const { numpy: np, nn, jit } = jax;
  const S = cfg.sizes;
  if (wants(cfg, 'W1')) {
    const f = (x: JArr): JArr => np.tanh(x.ref.mul(1.5).add(0.5)).mul(np.exp(x.ref.mul(x.ref).neg())).add(np.sin(x));
    for (const n of S.w1) {
      const xs = D.randArray(n, -3, 3, 1), x = np.array(xs), fj = jit(f);
      await both(jax, cfg, rec, 'W1', KEY.w1(n), 'jit', () => fj(x.ref), (r) => D.checkW1(xs, r));
      x.dispose(); fj.dispose();
    }
  }
  if (wants(cfg, 'W2')) {
    for (const n of S.w2) {
      const a = D.randArray(n * n, -1, 1, 2), b = D.randArray(n * n, -1, 1, 3);
      const A = np.array(a, { shape: [n, n] }), B = np.array(b, { shape: [n, n] }), mm = jit((p: JArr, q: JArr) => np.matmul(p, q));
      await both(jax, cfg, rec, 'W2', KEY.w2(n), 'jit(matmul)', () => mm(A.ref, B.ref), (r) => D.checkMatmul(a, b, n, r));
      A.dispose(); B.dispose(); mm.dispose();
    }
  }
  if (wants(cfg, 'W3')) {
    const n = S.w3sum, [R, C] = S.w3softmax;
    const xs = D.randArray(n, 0, 1, 4), x = np.array(xs), s = jit((v: JArr) => np.sum(v));
    await both(jax, cfg, rec, 'W3', KEY.w3sum(n), 'jit(sum)', () => s(x.ref), (r) => D.checkSum(xs, r[0]!));
    const ys = D.randArray(R * C, -4, 4, 5), y = np.array(ys, { shape: [R, C] }), sm = jit((v: JArr) => nn.softmax(v, -1));
    await both(jax, cfg, rec, 'W3', KEY.w3softmax([R, C]), 'jit(nn.softmax)', () => sm(y.ref), (r) => D.checkSoftmax(ys, R, C, r));
    x.dispose(); y.dispose(); s.dispose(); sm.dispose();
  }
}
