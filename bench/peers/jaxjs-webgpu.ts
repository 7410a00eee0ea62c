// jax-js (@jax-js/jax) on its webgpu backend, given kernax's Dawn instance as navigator.gpu (same
// adapter, same process: bench/lib/dawn.ts). W1–W4 and W6 with readback and without (blockUntilReady).
// jax-js consumes its arguments: every reuse goes through `.ref`. Imports @jax-js/jax, bench/lib.
import type { Config } from '../lib/config.js';
import { KEY, wants } from '../lib/config.js';
import * as D from '../lib/data.js';
import { dawn } from '../lib/dawn.js';
import type { Recorder } from '../lib/timing.js';
import { timeCase } from '../lib/pair.js';
import { mlpParams, multiviewCnn, sgdStep } from './jaxjs.js';

type Jax = typeof import('@jax-js/jax');
type JArr = InstanceType<Jax['Array']>;
export const PEER_JAXJS_WEBGPU = 'jaxjs-webgpu';
const PEER = PEER_JAXJS_WEBGPU;

async function both(jax: Jax, cfg: Config, rec: Recorder, w: string, key: string, what: string, call: () => JArr, check: (r: Float32Array) => void): Promise<void> {
  const read = async (): Promise<Float32Array> => (await call().data()) as Float32Array;
  const noRead = async (): Promise<void> => { const y = call(); await jax.blockUntilReady(y); y.dispose(); };
  await rec.run(w, `${key} +readback`, PEER, what, async () => ({ timing: await timeCase(`${key} +readback`, PEER, read, read, cfg.time, check) }));
  await rec.run(w, `${key} no readback`, PEER, what, async () => ({ timing: await timeCase(`${key} no readback`, PEER, read, noRead, cfg.time, check) }));
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
  if (wants(cfg, 'W4')) await w4(jax, cfg, rec);
  if (wants(cfg, 'W6')) await w6(jax, cfg, rec);
  if (wants(cfg, 'W7')) await w7(jax, cfg, rec);
}

/** W7 as kernax-webgpu.ts: np.sort of rows, the VJP of a row gather (np.take), the VJP of a 2×2 max pool. */
async function w7(jax: Jax, cfg: Config, rec: Recorder): Promise<void> {
  const { numpy: np, lax, jit, grad } = jax;
  const [R, C] = cfg.sizes.w7.sort;
  const xs = D.randArray(R * C, -1, 1, 70), x = np.array(xs, { shape: [R, C] }), sj = jit((v: JArr) => np.sort(v, -1));
  await both(jax, cfg, rec, 'W7', KEY.w7sort([R, C]), 'jit(np.sort)', () => sj(x.ref), (r) => D.checkSortRows(xs, R, C, r));
  const g = cfg.sizes.w7.gather;
  const ws = D.randArray(g.vocab * g.dim, -1, 1, 71), idx = D.gatherRows(g.rows, g.vocab);
  const w = np.array(ws, { shape: [g.vocab, g.dim] }), i = np.array(idx, { dtype: np.int32 });
  const gj = jit((t: JArr, k: JArr) => grad((v: JArr) => np.tanh(np.take(v, k, 0)).sum())(t));
  await both(jax, cfg, rec, 'W7', KEY.w7gather(g), 'jit(grad(sum(tanh(take))))', () => gj(w.ref, i.ref), (r) => D.checkGatherVjp(ws, g.vocab, g.dim, idx, r));
  const ps = cfg.sizes.w7.pool;
  const pd = D.randArray(ps.reduce((a, b) => a * b, 1), -2, 2, 72), p = np.array(pd, { shape: [...ps] });
  const pj = jit((v: JArr) => grad((u: JArr) => np.cos(lax.reduceWindow(u, (a: JArr) => a.max(), [1, 1, 2, 2], [1, 1, 2, 2])).sum())(v));
  await both(jax, cfg, rec, 'W7', KEY.w7pool(ps), 'jit(grad(sum(cos(max pool))))', () => pj(p.ref), (r) => D.checkMaxPoolVjp(pd, ps, r));
  x.dispose(); w.dispose(); i.dispose(); p.dispose(); sj.dispose(); gj.dispose(); pj.dispose();
}

type Params = Record<string, JArr>;

/** W4 as bench/peers/jaxjs.ts does it; +readback reads the loss, no readback waits for the params. */
async function w4(jax: Jax, cfg: Config, rec: Recorder): Promise<void> {
  const { numpy: np, tree } = jax;
  const { sizes, batch: B, lr } = cfg.sizes.w4;
  const init = D.initMlp(sizes, 10), xs = D.randArray(B * sizes[0]!, 0, 1, 20), ys = D.oneHot(B, sizes.at(-1)!, 21);
  const step = sgdStep(jax, sizes.length - 1, B, lr);
  const x = np.array(xs, { shape: [B, sizes[0]!] }), y = np.array(ys, { shape: [B, sizes.at(-1)!] });
  for (const readback of [true, false]) {
    let params = mlpParams(jax, init);
    const losses: number[] = [];
    const once = async (read: boolean): Promise<number> => {
      const [l, p2] = step(params, x.ref, y.ref) as unknown as [JArr, Params];
      params = p2;
      if (!read) { await jax.blockUntilReady(params); l.dispose(); return NaN; }
      const v = ((await l.data()) as Float32Array)[0]!;
      losses.push(v);
      return v;
    };
    const flops = 3 * 2 * B * sizes.slice(1).reduce((s, n, i) => s + sizes[i]! * n, 0);
    const key = `${KEY.w4(cfg.sizes.w4)} ${readback ? '+readback' : 'no readback'}`;
    await rec.run('W4', key, PEER, 'jit(valueAndGrad + SGD update)', async () => {
      const t = await timeCase(key, PEER, () => once(true), () => once(readback), cfg.time, (l0) => D.close('W4 first loss', l0, D.mlpLoss(init, xs, ys, B), 1e-4));
      await once(true);
      if (!(losses.at(-1)! < losses[0]!)) throw new D.CheckError(`W4: loss did not decrease: ${losses[0]} -> ${losses.at(-1)}`);
      return { timing: t, throughput: `${(1000 / t.median).toFixed(1)} steps/s, ${(flops / (t.median * 1e6)).toFixed(2)} GFLOP/s` };
    });
    tree.dispose(params);
  }
  x.dispose(); y.dispose(); step.dispose();
}

/** W6 as bench/peers/jaxjs.ts does it: forward, and jacfwd over the flattened input, transposed. */
async function w6(jax: Jax, cfg: Config, rec: Recorder): Promise<void> {
  const { numpy: np, jit, jacfwd } = jax;
  const s = cfg.sizes.w6, p = D.initCnn(s.hw, s.views);
  const nin = 3 * s.hw * s.hw * s.views;
  const { W1, b1, W2, b2, multiview, flat } = multiviewCnn(jax, p);
  const xs = D.randArray(nin, -1, 1, 66);
  const x = np.array(xs, { shape: [1, 3, s.hw, s.hw, s.views] }), f = jit(multiview);
  await both(jax, cfg, rec, 'W6', KEY.w6fwd(s), 'jit(moveaxis(vmap(cnn, 4)))', () => f(x.ref), (r) => D.checkCnnForward(p, xs, r));
  const xf = np.array(xs), j = jit((v: JArr) => np.transpose(jacfwd(flat)(v)));
  await both(jax, { ...cfg, time: { ...cfg.time, reps: Math.min(cfg.time.reps, 5) } }, rec, 'W6', KEY.w6jac(s), 'jit(transpose(jacfwd(flattened multiview)))', () => j(xf.ref), (r) => D.checkCnnJacobian(p, r));
  x.dispose(); xf.dispose(); f.dispose(); j.dispose(); W1.dispose(); b1.dispose(); W2.dispose(); b2.dispose();
}
