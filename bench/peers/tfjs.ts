// TensorFlow.js side of the bench: W1–W5 and W6's forward on its cpu and wasm backends (tfjs has no
// jit, vmap or Jacobian: eager kernels; per-example gradients loop over examples; the multi-view
// forward batches the views as NHWC images). The union package `@tensorflow/tfjs` is needed for
// gradients (tfjs-core alone registers none). Imports @tensorflow/tfjs(-backend-wasm) and bench/lib.
import type { Config, PeerName } from '../lib/config.js';
import { KEY, wants } from '../lib/config.js';
import * as D from '../lib/data.js';
import type { Recorder } from '../lib/timing.js';
import { timeit } from '../lib/timing.js';

type TF = typeof import('@tensorflow/tfjs');
type T = import('@tensorflow/tfjs').Tensor;

let tfMod: TF | null = null;
let noted = false;
async function load(): Promise<TF> {
  if (!tfMod) {
    // tfjs prints a hint about tfjs-node on import in Node: silence that one line.
    const warn = console.warn;
    console.warn = () => {};
    try { tfMod = await import('@tensorflow/tfjs'); await import('@tensorflow/tfjs-backend-wasm'); } finally { console.warn = warn; }
  }
  return tfMod;
}

export async function tfjsVersion(): Promise<string> {
  return (await load()).version.tfjs;
}

export async function runTfjs(cfg: Config, rec: Recorder, peer: PeerName): Promise<void> {
  const tf = await load();
  const backend = peer === 'tfjs-wasm' ? 'wasm' : 'cpu';
  if (!(await tf.setBackend(backend))) throw new Error(`tfjs: backend ${backend} unavailable`);
  await tf.ready();
  if (backend === 'wasm' && !noted) {
    noted = true;
    const wasm = await import('@tensorflow/tfjs-backend-wasm');
    rec.note(`tfjs wasm: ${wasm.getThreadsCount()} thread(s), SIMD ${String(await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT'))}`);
  }
  const ctx = { tf, cfg, rec, peer };
  if (wants(cfg, 'W1')) await w1(ctx);
  if (wants(cfg, 'W2')) await w2(ctx);
  if (wants(cfg, 'W3')) await w3(ctx);
  if (wants(cfg, 'W4')) await w4(ctx);
  if (wants(cfg, 'W5')) await w5(ctx);
  if (wants(cfg, 'W6')) await w6(ctx);
}

interface Ctx { tf: TF; cfg: Config; rec: Recorder; peer: PeerName }

/** Reads a tensor back and disposes it. */
async function read(t: T): Promise<Float32Array> {
  const d = (await t.data()) as Float32Array;
  t.dispose();
  return d;
}

async function w1({ tf, cfg, rec, peer }: Ctx): Promise<void> {
  const f = (x: T): T => tf.tidy(() => tf.add(tf.mul(tf.tanh(tf.add(tf.mul(x, 1.5), 0.5)), tf.exp(tf.neg(tf.mul(x, x)))), tf.sin(x)));
  for (const n of cfg.sizes.w1) {
    await rec.run('W1', KEY.w1(n), peer, 'eager (no jit in tfjs)', async () => {
      const xs = D.randArray(n, -3, 3, 1), x = tf.tensor1d(xs);
      const t = await timeit(() => read(f(x)), () => read(f(x)), cfg.time, (r) => D.checkW1(xs, r));
      x.dispose();
      return { timing: t, throughput: `${(n / t.median / 1e3).toFixed(1)} Melem/s` };
    });
  }
}

async function w2({ tf, cfg, rec, peer }: Ctx): Promise<void> {
  for (const n of cfg.sizes.w2) {
    await rec.run('W2', KEY.w2(n), peer, 'tf.matMul', async () => {
      const a = D.randArray(n * n, -1, 1, 2), b = D.randArray(n * n, -1, 1, 3);
      const A = tf.tensor2d(a, [n, n]), B = tf.tensor2d(b, [n, n]);
      const t = await timeit(() => read(tf.matMul(A, B)), () => read(tf.matMul(A, B)), cfg.time, (r) => D.checkMatmul(a, b, n, r));
      A.dispose(); B.dispose();
      return { timing: t, throughput: `${((2 * n ** 3) / (t.median * 1e6)).toFixed(2)} GFLOP/s` };
    });
  }
}

async function w3({ tf, cfg, rec, peer }: Ctx): Promise<void> {
  const n = cfg.sizes.w3sum, [R, C] = cfg.sizes.w3softmax;
  await rec.run('W3', KEY.w3sum(n), peer, 'tf.sum', async () => {
    const xs = D.randArray(n, 0, 1, 4), x = tf.tensor1d(xs);
    const t = await timeit(async () => (await read(tf.sum(x)))[0]!, () => read(tf.sum(x)), cfg.time, (r) => D.checkSum(xs, r));
    x.dispose();
    return { timing: t, throughput: `${((n * 4) / (t.median * 1e6)).toFixed(2)} GB/s` };
  });
  await rec.run('W3', KEY.w3softmax([R, C]), peer, 'tf.softmax', async () => {
    const xs = D.randArray(R * C, -4, 4, 5), x = tf.tensor2d(xs, [R, C]);
    const t = await timeit(() => read(tf.softmax(x, -1)), () => read(tf.softmax(x, -1)), cfg.time, (r) => D.checkSoftmax(xs, R, C, r));
    x.dispose();
    return { timing: t, throughput: `${((R * C * 8) / (t.median * 1e6)).toFixed(2)} GB/s(in+out)` };
  });
}

function mlpVars(tf: TF, p: D.MlpData): import('@tensorflow/tfjs').Variable[] {
  const out: import('@tensorflow/tfjs').Variable[] = [];
  p.ws.forEach((w, i) => {
    out.push(tf.variable(tf.tensor2d(w, [p.sizes[i]!, p.sizes[i + 1]!])));
    out.push(tf.variable(tf.tensor1d(p.bs[i]!)));
  });
  return out;
}
function predict(tf: TF, p: T[], x: T): T {
  let h = x;
  for (let i = 0; i < p.length; i += 2) {
    h = tf.add(tf.matMul(h, p[i]!), p[i + 1]!);
    if (i + 2 < p.length) h = tf.relu(h);
  }
  return h;
}
/** Mean softmax cross-entropy over the batch (logSoftmax · onehot, as the other peers write it). */
const lossFn = (tf: TF, p: T[], x: T, y: T): T => tf.neg(tf.mean(tf.sum(tf.mul(tf.logSoftmax(predict(tf, p, x)), y), 1)));

async function w4({ tf, cfg, rec, peer }: Ctx): Promise<void> {
  const { sizes, batch: B, lr } = cfg.sizes.w4;
  await rec.run('W4', KEY.w4(cfg.sizes.w4), peer, 'optimizer.minimize (sgd)', async () => {
    const init = D.initMlp(sizes, 10), xs = D.randArray(B * sizes[0]!, 0, 1, 20), ys = D.oneHot(B, sizes.at(-1)!, 21);
    const params = mlpVars(tf, init), x = tf.tensor2d(xs, [B, sizes[0]!]), y = tf.tensor2d(ys, [B, sizes.at(-1)!]);
    const opt = tf.train.sgd(lr);
    const losses: number[] = [];
    const run = async (): Promise<number> => {
      const cost = opt.minimize(() => lossFn(tf, params, x, y) as import('@tensorflow/tfjs').Scalar, true, params);
      if (!cost) throw new Error('minimize returned no cost');
      await Promise.all(params.map((p) => p.data()));
      const v = (await read(cost))[0]!;
      losses.push(v);
      return v;
    };
    const t = await timeit(run, run, cfg.time, (l0) => D.close('W4 first loss', l0, D.mlpLoss(init, xs, ys, B), 1e-4));
    if (!(losses.at(-1)! < losses[0]!)) throw new D.CheckError(`W4: loss did not decrease: ${losses[0]} -> ${losses.at(-1)}`);
    tf.dispose([...params, x, y]); opt.dispose();
    const flops = 3 * 2 * B * sizes.slice(1).reduce((s, n, i) => s + sizes[i]! * n, 0);
    return { timing: t, throughput: `${(1000 / t.median).toFixed(1)} steps/s, ${(flops / (t.median * 1e6)).toFixed(2)} GFLOP/s` };
  });
}

async function w5({ tf, cfg, rec, peer }: Ctx): Promise<void> {
  const { sizes, batch: B } = cfg.sizes.w5;
  const init = D.initMlp(sizes, 30), xs = D.randArray(B * sizes[0]!, 0, 1, 40), ys = D.oneHot(B, sizes[2]!, 41);
  const p = mlpVars(tf, init);
  const gradsFn = tf.grads((w1: T, b1: T, w2: T, b2: T, x: T, y: T) => lossFn(tf, [w1, b1, w2, b2], x, y));
  const grads = async (x: T, y: T): Promise<Float32Array[]> => {
    const g = gradsFn([p[0]!, p[1]!, p[2]!, p[3]!, x, y]);
    const out = await Promise.all(g.slice(0, 4).map((a) => a.data() as Promise<Float32Array>));
    tf.dispose(g);
    return out;
  };
  await rec.run('W5', KEY.w5(cfg.sizes.w5), peer, 'loop of tf.grads over examples (no vmap)', async () => {
    const xi: T[] = [], yi: T[] = [];
    for (let b = 0; b < B; b++) {
      xi.push(tf.tensor2d(xs.slice(b * sizes[0]!, (b + 1) * sizes[0]!), [1, sizes[0]!]));
      yi.push(tf.tensor2d(ys.slice(b * sizes[2]!, (b + 1) * sizes[2]!), [1, sizes[2]!]));
    }
    const all = async (): Promise<Float32Array[]> => {
      const per: Float32Array[][] = [];
      for (let b = 0; b < B; b++) per.push(await grads(xi[b]!, yi[b]!));
      return [0, 1, 2, 3].map((leaf) => {
        const n = per[0]![leaf]!.length, o = new Float32Array(B * n);
        per.forEach((g, b) => o.set(g[leaf]!, b * n));
        return o;
      });
    };
    const t = await timeit(all, all, cfg.time, (g) => D.checkPerExample(init, xs, ys, B, g));
    tf.dispose([...xi, ...yi]);
    return { timing: t, throughput: `${((B * 1000) / t.median).toFixed(0)} examples/s` };
  });
  await rec.run('W5', KEY.w5ref(cfg.sizes.w5), peer, 'tf.grads of the batch-mean loss', async () => {
    const X = tf.tensor2d(xs, [B, sizes[0]!]), Y = tf.tensor2d(ys, [B, sizes[2]!]);
    const t = await timeit(() => grads(X, Y), () => grads(X, Y), cfg.time, (g) => {
      if (g.length !== 4) throw new D.CheckError(`W5 ref: ${g.length} gradient leaves`);
    });
    tf.dispose([X, Y]);
    return { timing: t, throughput: `${((B * 1000) / t.median).toFixed(0)} examples/s` };
  });
  tf.dispose(p);
}

/** Views as a batch of NHWC images: [1,3,H,W,V] → [V,H,W,3], HWIO kernels, and back. */
async function w6({ tf, cfg, rec, peer }: Ctx): Promise<void> {
  const s = cfg.sizes.w6, p = D.initCnn(s.hw, s.views);
  const hwio = (w: Float32Array, o: number, i: number): T => tf.transpose(tf.tensor4d(w, [o, i, 3, 3]), [2, 3, 1, 0]);
  const W1 = hwio(p.w1, 5, 3), W2 = hwio(p.w2, 5, 5), b1 = tf.tensor1d(p.b1), b2 = tf.tensor1d(p.b2);
  const xs = D.randArray(3 * s.hw * s.hw * s.views, -1, 1, 66);
  const f = (x: T): T => tf.tidy(() => {
    const v = tf.transpose(tf.reshape(x, [3, s.hw, s.hw, s.views]), [3, 1, 2, 0]) as import('@tensorflow/tfjs').Tensor4D;
    const h = tf.add(tf.conv2d(v, W1 as import('@tensorflow/tfjs').Tensor4D, 1, 'valid'), b1) as import('@tensorflow/tfjs').Tensor4D;
    const o = tf.add(tf.conv2d(h, W2 as import('@tensorflow/tfjs').Tensor4D, 1, 'valid'), b2);
    return tf.reshape(tf.transpose(o, [3, 1, 2, 0]), [1, 5, s.hw - 4, s.hw - 4, s.views]);
  });
  await rec.run('W6', KEY.w6fwd(s), peer, 'views as NHWC batch, tf.conv2d ×2', async () => {
    const x = tf.tensor(xs, [1, 3, s.hw, s.hw, s.views]);
    const t = await timeit(() => read(f(x)), () => read(f(x)), cfg.time, (r) => D.checkCnnForward(p, xs, r));
    x.dispose();
    return { timing: t };
  });
  tf.dispose([W1, W2, b1, b2]);
}
