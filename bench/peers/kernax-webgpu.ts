// kernax on the webgpu device (Dawn in Node; adapter from KERNAX_WEBGPU_BACKEND): W1–W4, W6 and W7 with readback
// (`await y.data()`) and without (`await y.blockUntilReady()`), plus a 10-kernel executable (one
// submit) against 10 one-kernel calls (10 submits). Imports the public API, bench/lib.
import { Array as KArray, grad, jacrev, jit, lax, nn, np } from '../../src/index.js';
import { mlpParams, multiviewCnn, sgdStep } from './kernax.js';
import type { Config } from '../lib/config.js';
import { KEY, wants } from '../lib/config.js';
import * as D from '../lib/data.js';
import { dawn } from '../lib/dawn.js';
import type { Recorder } from '../lib/timing.js';
import { timeCase } from '../lib/pair.js';

type V = np.Value;
export const PEER_KERNAX_WEBGPU = 'kernax-webgpu';
const PEER = PEER_KERNAX_WEBGPU;
const gpuArr = (data: Float32Array, shape: number[]): KArray => new KArray(data.slice(), shape, 'f32').to('webgpu');
const asArr = (v: unknown): KArray => { if (!(v instanceof KArray)) throw new Error('result is not an Array'); return v; };

/** Times one case twice: with readback of the result, and with the result made ready instead. */
async function both(cfg: Config, rec: Recorder, w: string, key: string, what: string, call: () => KArray, check: (r: Float32Array) => void): Promise<void> {
  const read = async (): Promise<Float32Array> => { const y = call(); const d = (await y.data()) as Float32Array; y.dispose(); return d; };
  // As jax-js's blockUntilReady: host steps run, the queue drained, the work checked (no read-back).
  const noRead = async (): Promise<void> => { const y = call(); await y.blockUntilReady(); y.dispose(); };
  await rec.run(w, `${key} +readback`, PEER, what, async () => ({ timing: await timeCase(`${key} +readback`, PEER, read, read, cfg.time, check) }));
  await rec.run(w, `${key} no readback`, PEER, what, async () => ({ timing: await timeCase(`${key} no readback`, PEER, read, noRead, cfg.time, check) }));
}

export async function runKernaxWebgpu(cfg: Config, rec: Recorder): Promise<void> {
  await dawn();
  const S = cfg.sizes, device = 'webgpu' as const;
  if (wants(cfg, 'W1')) {
    const f = (x: V): V => np.tanh(x.mul(1.5).add(0.5)).mul(np.exp(x.mul(x).neg())).add(np.sin(x));
    for (const n of S.w1) {
      const xs = D.randArray(n, -3, 3, 1), x = gpuArr(xs, [n]), fj = jit(f, { device });
      await both(cfg, rec, 'W1', KEY.w1(n), 'jit', () => asArr(fj(x)), (r) => D.checkW1(xs, r));
    }
  }
  if (wants(cfg, 'W2')) {
    for (const n of S.w2) {
      const a = D.randArray(n * n, -1, 1, 2), b = D.randArray(n * n, -1, 1, 3);
      const A = gpuArr(a, [n, n]), B = gpuArr(b, [n, n]), mm = jit((p: V, q: V) => np.matmul(p, q), { device });
      await both(cfg, rec, 'W2', KEY.w2(n), 'jit(matmul)', () => asArr(mm(A, B)), (r) => D.checkMatmul(a, b, n, r));
    }
  }
  if (wants(cfg, 'W3')) {
    const n = S.w3sum, [R, C] = S.w3softmax;
    const xs = D.randArray(n, 0, 1, 4), x = gpuArr(xs, [n]), s = jit((v: V) => np.sum(v), { device });
    await both(cfg, rec, 'W3', KEY.w3sum(n), 'jit(sum)', () => asArr(s(x)), (r) => D.checkSum(xs, r[0]!));
    const ys = D.randArray(R * C, -4, 4, 5), y = gpuArr(ys, [R, C]), sm = jit((v: V) => nn.softmax(v, -1), { device });
    await both(cfg, rec, 'W3', KEY.w3softmax([R, C]), 'jit(nn.softmax)', () => asArr(sm(y)), (r) => D.checkSoftmax(ys, R, C, r));
  }
  if (wants(cfg, 'W4')) await w4(cfg, rec);
  if (wants(cfg, 'W6')) await w6(cfg, rec);
  if (wants(cfg, 'W7')) await w7(cfg, rec);
  if (wants(cfg, 'W1')) await submits(cfg, rec);
}

type Params = Record<string, V>;

/**
 * W7: the fusion plan's host steps on webgpu — np.sort of rows (a shader on GPUs; on CPU adapters the
 * read-back and the CPU sort), the VJP of a row gather (scatter_add: two shaders), the VJP of a 2×2 max
 * pool (select_and_scatter_add: kernels, src/lower/expand.ts).
 */
async function w7(cfg: Config, rec: Recorder): Promise<void> {
  const device = 'webgpu' as const;
  const [R, C] = cfg.sizes.w7.sort;
  const xs = D.randArray(R * C, -1, 1, 70), x = gpuArr(xs, [R, C]), sj = jit((v: V) => np.sort(v), { device });
  await both(cfg, rec, 'W7', KEY.w7sort([R, C]), 'jit(np.sort)', () => asArr(sj(x)), (r) => D.checkSortRows(xs, R, C, r));
  const g = cfg.sizes.w7.gather;
  const ws = D.randArray(g.vocab * g.dim, -1, 1, 71), idx = D.gatherRows(g.rows, g.vocab);
  const w = gpuArr(ws, [g.vocab, g.dim]), i = new KArray(idx, [g.rows], 'i32').to('webgpu');
  const gj = jit((t: V, k: V) => grad((v: V) => np.sum(np.tanh(np.take(v, k as never, 0))))(t), { device });
  await both(cfg, rec, 'W7', KEY.w7gather(g), 'jit(grad(sum(tanh(take))))', () => asArr(gj(w, i)), (r) => D.checkGatherVjp(ws, g.vocab, g.dim, idx, r));
  const ps = cfg.sizes.w7.pool;
  const pd = D.randArray(ps.reduce((a, b) => a * b, 1), -2, 2, 72), p = gpuArr(pd, [...ps]);
  const pj = jit(grad((u: V) => np.sum(np.cos(lax.reduceWindowMax(u, [1, 1, 2, 2], [1, 1, 2, 2])))), { device });
  await both(cfg, rec, 'W7', KEY.w7pool(ps), 'jit(grad(sum(cos(max pool))))', () => asArr(pj(p)), (r) => D.checkMaxPoolVjp(pd, ps, r));
}

/** W4: one SGD step of an MLP (jit(valueAndGrad + update)); +readback reads the loss, the params stay on the device. */
async function w4(cfg: Config, rec: Recorder): Promise<void> {
  const { device } = await dawn();
  const { sizes, batch: B, lr } = cfg.sizes.w4;
  const init = D.initMlp(sizes, 10), xs = D.randArray(B * sizes[0]!, 0, 1, 20), ys = D.oneHot(B, sizes.at(-1)!, 21);
  const step = sgdStep(sizes.length - 1, B, lr, 'webgpu');
  const x = gpuArr(xs, [B, sizes[0]!]), y = gpuArr(ys, [B, sizes.at(-1)!]);
  for (const readback of [true, false]) {
    let params: Params = mlpParams(init, gpuArr);
    const losses: number[] = [];
    const once = async (read: boolean): Promise<number> => {
      const [l, p2] = step(params, x, y) as [KArray, Params];
      for (const v of Object.values(params)) (v as KArray).dispose();
      params = p2;
      if (!read) { await device.queue.onSubmittedWorkDone(); l.dispose(); return NaN; }
      const v = (await l.data())[0]!;
      l.dispose();
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
    for (const v of Object.values(params)) (v as KArray).dispose();
  }
}

/** W6: the multi-view CNN forward and its Jacobian in the input (jit(jacrev(multiview))). */
async function w6(cfg: Config, rec: Recorder): Promise<void> {
  const s = cfg.sizes.w6, p = D.initCnn(s.hw, s.views);
  const { multiview } = multiviewCnn(p, gpuArr);
  const xs = D.randArray(3 * s.hw * s.hw * s.views, -1, 1, 66), x = gpuArr(xs, [1, 3, s.hw, s.hw, s.views]);
  const f = jit(multiview, { device: 'webgpu' }), j = jit(jacrev(multiview), { device: 'webgpu' });
  await both(cfg, rec, 'W6', KEY.w6fwd(s), 'jit(vmap(cnn, inAxes 4, outAxes 4))', () => asArr(f(x)), (r) => D.checkCnnForward(p, xs, r));
  await both({ ...cfg, time: { ...cfg.time, reps: Math.min(cfg.time.reps, 5) } }, rec, 'W6', KEY.w6jac(s), 'jit(jacrev(multiview))', () => asArr(j(x)), (r) => D.checkCnnJacobian(p, r));
}

/** Ten 64×64 matmuls chained in one jit (one executable, one submit) against ten jit calls. */
async function submits(cfg: Config, rec: Recorder): Promise<void> {
  const { device } = await dawn();
  const n = 64, w = gpuArr(D.randArray(n * n, -0.2, 0.2, 7), [n, n]), x = gpuArr(D.randArray(n * n, -1, 1, 8), [n, n]);
  const ten = jit((v: V, m: V) => { let h = v; for (let i = 0; i < 10; i++) h = np.matmul(h, m); return h; }, { device: 'webgpu' });
  const one = jit((v: V, m: V) => np.matmul(v, m), { device: 'webgpu' });
  const run10 = async (): Promise<void> => { const y = asArr(ten(x, w)); await device.queue.onSubmittedWorkDone(); y.dispose(); };
  const runSep = async (): Promise<void> => {
    let h = x;
    for (let i = 0; i < 10; i++) { const y = asArr(one(h, w)); if (h !== x) h.dispose(); h = y; }
    await device.queue.onSubmittedWorkDone();
    h.dispose();
  };
  const ok = (): void => undefined;
  const one1 = 'latency: 10 kernels, one executable (1 submit)', sep10 = 'latency: 10 kernels, 10 jit calls (10 submits)';
  await rec.run('W1', one1, PEER, 'jit(10 × matmul 64)', async () => ({ timing: await timeCase(one1, PEER, run10, run10, cfg.time, ok) }));
  await rec.run('W1', sep10, PEER, '10 × jit(matmul 64)', async () => ({ timing: await timeCase(sep10, PEER, runSep, runSep, cfg.time, ok) }));
}
