// kernax's side of the bench: W1–W6 through `jit` (the compiled CPU path once it exists; the reference
// interpreter before). Every case builds a fresh jit, so its first call includes trace and compile.
// Imports the public API (src/index.ts) and bench/lib.
import { Array as KArray, jit, jacfwd, jacrev, lax, nn, np, tree, valueAndGrad, grad, vmap } from '../../src/index.js';
import type { Config } from '../lib/config.js';
import { KEY, wants } from '../lib/config.js';
import type { MlpData } from '../lib/data.js';
import * as D from '../lib/data.js';
import type { Recorder } from '../lib/timing.js';
import { timeit } from '../lib/timing.js';

type V = np.Value;
type Params = Record<string, V>;
const PEER = 'kernax';

const arr = (data: Float32Array, shape: number[]): KArray => new KArray(data.slice(), shape, 'f32');

/**
 * Forces every leaf of a result back to the host (a copy, `await x.data()`) and, unless `keep`, disposes
 * it — as the peers do (jax-js's `data()` consumes its array; the TF.js rows dispose theirs), so that the
 * memory of a result comes back for the next call.
 */
async function host(t: unknown, keep = false): Promise<Float32Array[]> {
  const out: Float32Array[] = [];
  for (const l of tree.leaves(t)) {
    if (!(l instanceof KArray)) throw new Error(`result leaf is not an Array: ${String(l)}`);
    out.push((await l.data()) as Float32Array);
    if (!keep) l.dispose();
  }
  return out;
}

/** The MLP's parameters as arrays made by `mk` (host arrays here; kernax-webgpu.ts passes device arrays). */
export function mlpParams(p: MlpData, mk: (d: Float32Array, shape: number[]) => KArray = arr): Params {
  const o: Params = {};
  p.ws.forEach((w, i) => { o[`w${i + 1}`] = mk(w, [p.sizes[i]!, p.sizes[i + 1]!]); o[`b${i + 1}`] = mk(p.bs[i]!, [p.sizes[i + 1]!]); });
  return o;
}

export function predict(p: Params, x: V, layers: number): V {
  let h = x;
  for (let i = 1; i <= layers; i++) {
    h = np.matmul(h, p[`w${i}`]!).add(p[`b${i}`]!);
    if (i < layers) h = nn.relu(h);
  }
  return h;
}

/** W4's step: jit(valueAndGrad of the batch-mean cross-entropy, then p − lr·g), on `device`. */
export function sgdStep(layers: number, B: number, lr: number, device: 'cpu' | 'webgpu' = 'cpu') {
  const loss = (p: Params, x: V, y: V): V => nn.logSoftmax(predict(p, x, layers), -1).mul(y).sum().mul(-1 / B);
  return jit((p: Params, x: V, y: V) => {
    const [l, g] = valueAndGrad(loss)(p, x, y) as [V, Params];
    const p2: Params = {};
    for (const k of Object.keys(p)) p2[k] = p[k]!.sub(g[k]!.mul(lr));
    return [l, p2];
  }, { device });
}

/** W6's model: two convolutions written for one image, vmapped over the trailing views axis. */
export function multiviewCnn(p: D.CnnData, mk: (d: Float32Array, shape: number[]) => KArray = arr) {
  const W1 = mk(p.w1, [5, 3, 3, 3]), b1 = mk(p.b1, [1, 5, 1, 1]), W2 = mk(p.w2, [5, 5, 3, 3]), b2 = mk(p.b2, [1, 5, 1, 1]);
  const cnn = (v: V): V => lax.conv(lax.conv(v, W1, [1, 1], 'VALID').add(b1), W2, [1, 1], 'VALID').add(b2);
  return { W1, b1, W2, b2, multiview: vmap(cnn, { inAxes: 4, outAxes: 4 }) };
}

export async function runKernax(cfg: Config, rec: Recorder): Promise<void> {
  const S = cfg.sizes, T = cfg.time;
  if (wants(cfg, 'W1')) {
    const f = (x: V): V => np.tanh(x.mul(1.5).add(0.5)).mul(np.exp(x.mul(x).neg())).add(np.sin(x));
    for (const n of S.w1) {
      await rec.run('W1', KEY.w1(n), PEER, 'jit', async () => {
        const xs = D.randArray(n, -3, 3, 1), x = arr(xs, [n]), fj = jit(f);
        const t = await timeit(async () => (await host(fj(x)))[0]!, () => host(fj(x)), T, (r) => D.checkW1(xs, r));
        return { timing: t, throughput: `${(n / t.median / 1e3).toFixed(1)} Melem/s` };
      });
    }
  }
  if (wants(cfg, 'W2')) {
    for (const n of S.w2) {
      await rec.run('W2', KEY.w2(n), PEER, 'jit(matmul)', async () => {
        const a = D.randArray(n * n, -1, 1, 2), b = D.randArray(n * n, -1, 1, 3);
        const A = arr(a, [n, n]), B = arr(b, [n, n]), mm = jit((x: V, y: V) => np.matmul(x, y));
        const t = await timeit(async () => (await host(mm(A, B)))[0]!, () => host(mm(A, B)), T, (r) => D.checkMatmul(a, b, n, r));
        return { timing: t, throughput: `${((2 * n ** 3) / (t.median * 1e6)).toFixed(2)} GFLOP/s` };
      });
    }
  }
  if (wants(cfg, 'W3')) await w3(cfg, rec);
  if (wants(cfg, 'W4')) await w4(cfg, rec);
  if (wants(cfg, 'W5')) await w5(cfg, rec);
  if (wants(cfg, 'W6')) await w6(cfg, rec);
}

async function w3(cfg: Config, rec: Recorder): Promise<void> {
  const n = cfg.sizes.w3sum, [R, C] = cfg.sizes.w3softmax;
  await rec.run('W3', KEY.w3sum(n), PEER, 'jit(sum)', async () => {
    const xs = D.randArray(n, 0, 1, 4), x = arr(xs, [n]), s = jit((v: V) => np.sum(v));
    const t = await timeit(async () => (await host(s(x)))[0]![0]!, () => host(s(x)), cfg.time, (r) => D.checkSum(xs, r));
    return { timing: t, throughput: `${((n * 4) / (t.median * 1e6)).toFixed(2)} GB/s` };
  });
  await rec.run('W3', KEY.w3softmax([R, C]), PEER, 'jit(nn.softmax)', async () => {
    const xs = D.randArray(R * C, -4, 4, 5), x = arr(xs, [R, C]), sm = jit((v: V) => nn.softmax(v, -1));
    const t = await timeit(async () => (await host(sm(x)))[0]!, () => host(sm(x)), cfg.time, (r) => D.checkSoftmax(xs, R, C, r));
    return { timing: t, throughput: `${((R * C * 8) / (t.median * 1e6)).toFixed(2)} GB/s(in+out)` };
  });
}

async function w4(cfg: Config, rec: Recorder): Promise<void> {
  const { sizes, batch: B, lr } = cfg.sizes.w4;
  await rec.run('W4', KEY.w4(cfg.sizes.w4), PEER, 'jit(valueAndGrad + SGD update); "first" runs after a timed lower().compile()', async () => {
    const init = D.initMlp(sizes, 10), xs = D.randArray(B * sizes[0]!, 0, 1, 20), ys = D.oneHot(B, sizes.at(-1)!, 21);
    const step = sgdStep(sizes.length - 1, B, lr);
    let params = mlpParams(init);
    const x = arr(xs, [B, sizes[0]!]), y = arr(ys, [B, sizes.at(-1)!]);
    // The compile alone (trace, valueAndGrad's transforms, passes, plan, kernel build, JS codegen and
    // new Function), on this fresh jit; the first call below then only runs (its time: first run).
    const c0 = performance.now();
    step.lower(params, x, y).compile();
    const compileMs = performance.now() - c0;
    const losses: number[] = [];
    const run = async (): Promise<number> => {
      const [l, p2] = step(params, x, y) as [KArray, Params];
      await host(p2, true);
      for (const v of Object.values(params)) (v as KArray).dispose();
      params = p2;
      const v = (await host(l))[0]![0]!;
      losses.push(v);
      return v;
    };
    const t = await timeit(run, run, cfg.time, (l0) => D.close('W4 first loss', l0, D.mlpLoss(init, xs, ys, B), 1e-4));
    if (!(losses.at(-1)! < losses[0]!)) throw new D.CheckError(`W4: loss did not decrease: ${losses[0]} -> ${losses.at(-1)}`);
    const flops = 3 * 2 * B * sizes.slice(1).reduce((s, n, i) => s + sizes[i]! * n, 0);
    return { timing: t, compileMs, throughput: `${(1000 / t.median).toFixed(1)} steps/s, ${(flops / (t.median * 1e6)).toFixed(2)} GFLOP/s; compile ${compileMs.toFixed(0)} ms` };
  });
}

async function w5(cfg: Config, rec: Recorder): Promise<void> {
  const { sizes, batch: B } = cfg.sizes.w5;
  const init = D.initMlp(sizes, 30), xs = D.randArray(B * sizes[0]!, 0, 1, 40), ys = D.oneHot(B, sizes[2]!, 41);
  const params = mlpParams(init), X = arr(xs, [B, sizes[0]!]), Y = arr(ys, [B, sizes[2]!]);
  const lossSingle = (p: Params, x: V, y: V): V => nn.logSoftmax(predict(p, x, 2), -1).mul(y).sum().neg();
  const order = (g: unknown): unknown => { const o = g as Params; return [o['w1'], o['b1'], o['w2'], o['b2']]; };
  await rec.run('W5', KEY.w5(cfg.sizes.w5), PEER, 'jit(vmap(grad))', async () => {
    const perEx = jit(vmap(grad(lossSingle), { inAxes: [null, 0, 0] }));
    const t = await timeit(() => host(order(perEx(params, X, Y))), () => host(perEx(params, X, Y)), cfg.time, (g) => D.checkPerExample(init, xs, ys, B, g));
    return { timing: t, throughput: `${((B * 1000) / t.median).toFixed(0)} examples/s` };
  });
  await rec.run('W5', KEY.w5ref(cfg.sizes.w5), PEER, 'jit(grad) of the batch-mean loss', async () => {
    const loss = (p: Params, x: V, y: V): V => nn.logSoftmax(predict(p, x, 2), -1).mul(y).sum().mul(-1 / B);
    const gb = jit(grad(loss));
    const t = await timeit(() => host(gb(params, X, Y)), () => host(gb(params, X, Y)), cfg.time, (g) => {
      if (g.length !== 4) throw new D.CheckError(`W5 ref: ${g.length} gradient leaves`);
    });
    return { timing: t, throughput: `${((B * 1000) / t.median).toFixed(0)} examples/s` };
  });
}

async function w6(cfg: Config, rec: Recorder): Promise<void> {
  const s = cfg.sizes.w6, p = D.initCnn(s.hw, s.views);
  const { W1, b1, W2, b2, multiview } = multiviewCnn(p);
  const xs = D.randArray(3 * s.hw * s.hw * s.views, -1, 1, 66), x = arr(xs, [1, 3, s.hw, s.hw, s.views]);
  await rec.run('W6', KEY.w6fwd(s), PEER, 'jit(vmap(cnn, inAxes 4, outAxes 4))', async () => {
    const f = jit(multiview);
    const t = await timeit(async () => (await host(f(x)))[0]!, () => host(f(x)), cfg.time, (r) => D.checkCnnForward(p, xs, r));
    return { timing: t };
  });
  await rec.run('W6', KEY.w6jac(s), PEER, 'jit(jacrev(multiview))', async () => {
    const j = jit(jacrev(multiview));
    const t = await timeit(async () => (await host(j(x)))[0]!, () => host(j(x)), { ...cfg.time, reps: Math.min(cfg.time.reps, 5) }, (r) => D.checkCnnJacobian(p, r));
    return { timing: t };
  });
  // The parameters living outside the model (stax / make_functional style): jacrev in the parameters.
  type P = Record<'w1' | 'b1' | 'w2' | 'b2', V>;
  const cnnP = (q: P, v: V): V => lax.conv(lax.conv(v, q.w1, [1, 1], 'VALID').add(q.b1), q.w2, [1, 1], 'VALID').add(q.b2);
  const mvP = (q: P, v: V): V => vmap((u: V) => cnnP(q, u), { inAxes: 4, outAxes: 4 })(v);
  const params: P = { w1: W1, b1, w2: W2, b2 };
  await rec.run('W6', KEY.w6jacp(s), PEER, 'jit(jacrev(multiview, argnums 0))', async () => {
    const j = jit(jacrev(mvP));
    const leaves = (r: unknown): Promise<Float32Array[]> => host(D.CNN_PARAM_ORDER.map(([k]) => (r as Record<string, V>)[k]));
    const t = await timeit(async () => leaves(j(params, x)), () => host(j(params, x)), cfg.time, (r) => D.checkCnnParamJacobian(p, xs, r));
    return { timing: t };
  });
  // 370 parameters against 3600 outputs: forward mode needs 370 columns where reverse needs 3600 rows.
  await rec.run('W6', KEY.w6jacpFwd(s), PEER, 'jit(jacfwd(multiview, argnums 0))', async () => {
    const j = jit(jacfwd(mvP));
    const leaves = (r: unknown): Promise<Float32Array[]> => host(D.CNN_PARAM_ORDER.map(([k]) => (r as Record<string, V>)[k]));
    const t = await timeit(async () => leaves(j(params, x)), () => host(j(params, x)), cfg.time, (r) => D.checkCnnParamJacobian(p, xs, r));
    return { timing: t };
  });
}
