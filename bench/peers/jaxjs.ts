// jax-js (@jax-js/jax) side of the bench: W1–W6 on its wasm backend (single-threaded in Node 20, or
// with bench/lib/worker-shim.ts installed beforehand: the 'jaxjs-wasm-mt' peer, run in a child
// process) and, opt-in, its interpreted cpu backend. jax-js consumes the arrays passed to it: every
// reuse goes through `.ref`. Imports @jax-js/jax and bench/lib.
import type { Config, PeerName } from '../lib/config.js';
import { KEY, QUICK, wants } from '../lib/config.js';
import type { MlpData } from '../lib/data.js';
import * as D from '../lib/data.js';
import type { Recorder } from '../lib/timing.js';
import { timeit } from '../lib/timing.js';

type Jax = typeof import('@jax-js/jax');
type JArr = InstanceType<Jax['Array']>;
type Params = Record<string, JArr>;

export async function jaxjsVersion(): Promise<string> {
  const { readFile } = await import('node:fs/promises');
  const url = new URL('../../node_modules/@jax-js/jax/package.json', import.meta.url);
  return (JSON.parse(await readFile(url, 'utf8')) as { version: string }).version;
}

export async function runJaxjs(cfg: Config, rec: Recorder, peer: PeerName): Promise<void> {
  const jax: Jax = await import('@jax-js/jax');
  const device = peer === 'jaxjs-cpu' ? 'cpu' : 'wasm';
  const avail = await jax.init(device);
  if (!avail.includes(device)) throw new Error(`jax-js: device ${device} unavailable (init → ${avail.join(',')})`);
  jax.defaultDevice(device);
  if (peer === 'jaxjs-cpu' && !cfg.quick) {
    // Its interpreted cpu backend takes seconds per 256² matmul: it runs the --quick sizes only.
    cfg = { ...cfg, sizes: QUICK };
    rec.note('jax-js cpu ran the --quick sizes (its interpreted backend is too slow for the full ones)');
  }
  const ctx = { jax, cfg, rec, peer };
  if (wants(cfg, 'W1')) await w1(ctx);
  if (wants(cfg, 'W2')) await w2(ctx);
  if (wants(cfg, 'W3')) await w3(ctx);
  if (wants(cfg, 'W4')) await w4(ctx);
  if (wants(cfg, 'W5')) await w5(ctx);
  if (wants(cfg, 'W6')) await w6(ctx);
}

interface Ctx { jax: Jax; cfg: Config; rec: Recorder; peer: PeerName }

const f32 = async (a: JArr): Promise<Float32Array> => (await a.data()) as Float32Array;
async function hostTree(jax: Jax, t: unknown): Promise<Float32Array[]> {
  return Promise.all(jax.tree.leaves(t as Params).map((a) => f32(a)));
}

async function w1({ jax, cfg, rec, peer }: Ctx): Promise<void> {
  const { numpy: np, jit } = jax;
  const f = (x: JArr): JArr => np.tanh(x.ref.mul(1.5).add(0.5)).mul(np.exp(x.ref.mul(x.ref).neg())).add(np.sin(x));
  for (const n of cfg.sizes.w1) {
    await rec.run('W1', KEY.w1(n), peer, 'jit', async () => {
      const xs = D.randArray(n, -3, 3, 1), x = np.array(xs), fj = jit(f);
      const t = await timeit(() => f32(fj(x.ref)), () => f32(fj(x.ref)), cfg.time, (r) => D.checkW1(xs, r));
      x.dispose(); fj.dispose();
      return { timing: t, throughput: `${(n / t.median / 1e3).toFixed(1)} Melem/s` };
    });
  }
}

async function w2({ jax, cfg, rec, peer }: Ctx): Promise<void> {
  const { numpy: np, jit } = jax;
  for (const n of cfg.sizes.w2) {
    await rec.run('W2', KEY.w2(n), peer, 'jit(matmul)', async () => {
      const a = D.randArray(n * n, -1, 1, 2), b = D.randArray(n * n, -1, 1, 3);
      const A = np.array(a, { shape: [n, n] }), B = np.array(b, { shape: [n, n] }), mm = jit((x: JArr, y: JArr) => np.matmul(x, y));
      const t = await timeit(() => f32(mm(A.ref, B.ref)), () => f32(mm(A.ref, B.ref)), cfg.time, (r) => D.checkMatmul(a, b, n, r));
      A.dispose(); B.dispose(); mm.dispose();
      return { timing: t, throughput: `${((2 * n ** 3) / (t.median * 1e6)).toFixed(2)} GFLOP/s` };
    });
  }
}

async function w3({ jax, cfg, rec, peer }: Ctx): Promise<void> {
  const { numpy: np, nn, jit } = jax;
  const n = cfg.sizes.w3sum, [R, C] = cfg.sizes.w3softmax;
  await rec.run('W3', KEY.w3sum(n), peer, 'jit(sum)', async () => {
    const xs = D.randArray(n, 0, 1, 4), x = np.array(xs), s = jit((v: JArr) => np.sum(v));
    const t = await timeit(async () => (await f32(s(x.ref)))[0]!, () => f32(s(x.ref)), cfg.time, (r) => D.checkSum(xs, r));
    x.dispose(); s.dispose();
    return { timing: t, throughput: `${((n * 4) / (t.median * 1e6)).toFixed(2)} GB/s` };
  });
  await rec.run('W3', KEY.w3softmax([R, C]), peer, 'jit(nn.softmax)', async () => {
    const xs = D.randArray(R * C, -4, 4, 5), x = np.array(xs, { shape: [R, C] }), sm = jit((v: JArr) => nn.softmax(v, -1));
    const t = await timeit(() => f32(sm(x.ref)), () => f32(sm(x.ref)), cfg.time, (r) => D.checkSoftmax(xs, R, C, r));
    x.dispose(); sm.dispose();
    return { timing: t, throughput: `${((R * C * 8) / (t.median * 1e6)).toFixed(2)} GB/s(in+out)` };
  });
}

export function mlpParams(jax: Jax, p: MlpData): Params {
  const o: Params = {};
  p.ws.forEach((w, i) => {
    o[`w${i + 1}`] = jax.numpy.array(w, { shape: [p.sizes[i]!, p.sizes[i + 1]!] });
    o[`b${i + 1}`] = jax.numpy.array(p.bs[i]!);
  });
  return o;
}

/** Uses each parameter once (consumed) and `x` once. */
export function predict(jax: Jax, p: Params, x: JArr, layers: number): JArr {
  let h = x;
  for (let i = 1; i <= layers; i++) {
    h = jax.numpy.dot(h, p[`w${i}`]!).add(p[`b${i}`]!);
    if (i < layers) h = jax.nn.relu(h);
  }
  return h;
}

/** W4's step: jit(valueAndGrad of the batch-mean cross-entropy, then p − lr·g) (also jaxjs-webgpu.ts). */
export function sgdStep(jax: Jax, layers: number, B: number, lr: number) {
  const { nn, jit, valueAndGrad, tree } = jax;
  const loss = (p: Params, x: JArr, y: JArr): JArr => nn.logSoftmax(predict(jax, p, x, layers), -1).mul(y).sum().mul(-1 / B);
  return jit((p: Params, x: JArr, y: JArr) => {
    const [l, g] = valueAndGrad(loss)(tree.ref(p), x, y) as unknown as [JArr, Params];
    const p2: Params = {};
    for (const k of Object.keys(p)) p2[k] = p[k]!.sub(g[k]!.mul(lr));
    return [l, p2] as [JArr, Params];
  });
}

/**
 * W6's model (also jaxjs-webgpu.ts): the CNN vmapped over the views axis — jax-js's vmap has no outAxes,
 * so the mapped axis comes out first and is moved back — and its flattened form for jacfwd.
 */
export function multiviewCnn(jax: Jax, p: D.CnnData) {
  const { numpy: np, lax, vmap } = jax;
  const ho = p.hw - 4, nout = 5 * ho * ho * p.views;
  const W1 = np.array(p.w1, { shape: [5, 3, 3, 3] }), b1 = np.array(p.b1, { shape: [1, 5, 1, 1] });
  const W2 = np.array(p.w2, { shape: [5, 5, 3, 3] }), b2 = np.array(p.b2, { shape: [1, 5, 1, 1] });
  const cnn = (v: JArr): JArr => lax.conv(lax.conv(v, W1.ref, [1, 1], 'VALID').add(b1.ref), W2.ref, [1, 1], 'VALID').add(b2.ref);
  const multiview = (x: JArr): JArr => np.moveaxis(vmap(cnn, [4])(x), 0, 4);
  const flat = (xf: JArr): JArr => multiview(xf.reshape([1, 3, p.hw, p.hw, p.views])).reshape([nout]);
  return { W1, b1, W2, b2, cnn, multiview, flat };
}

async function w4({ jax, cfg, rec, peer }: Ctx): Promise<void> {
  const { numpy: np, tree } = jax;
  const { sizes, batch: B, lr } = cfg.sizes.w4;
  await rec.run('W4', KEY.w4(cfg.sizes.w4), peer, 'jit(valueAndGrad + SGD update)', async () => {
    const init = D.initMlp(sizes, 10), xs = D.randArray(B * sizes[0]!, 0, 1, 20), ys = D.oneHot(B, sizes.at(-1)!, 21);
    const step = sgdStep(jax, sizes.length - 1, B, lr);
    let params = mlpParams(jax, init);
    const x = np.array(xs, { shape: [B, sizes[0]!] }), y = np.array(ys, { shape: [B, sizes.at(-1)!] });
    const losses: number[] = [];
    const run = async (): Promise<number> => {
      const [l, p2] = step(params, x.ref, y.ref) as unknown as [JArr, Params];
      params = p2;
      await jax.blockUntilReady(params);
      const v = (await f32(l))[0]!;
      losses.push(v);
      return v;
    };
    const t = await timeit(run, run, cfg.time, (l0) => D.close('W4 first loss', l0, D.mlpLoss(init, xs, ys, B), 1e-4));
    if (!(losses.at(-1)! < losses[0]!)) throw new D.CheckError(`W4: loss did not decrease: ${losses[0]} -> ${losses.at(-1)}`);
    tree.dispose(params); x.dispose(); y.dispose(); step.dispose();
    const flops = 3 * 2 * B * sizes.slice(1).reduce((s, n, i) => s + sizes[i]! * n, 0);
    return { timing: t, throughput: `${(1000 / t.median).toFixed(1)} steps/s, ${(flops / (t.median * 1e6)).toFixed(2)} GFLOP/s` };
  });
}

async function w5({ jax, cfg, rec, peer }: Ctx): Promise<void> {
  const { numpy: np, nn, jit, grad, vmap, tree } = jax;
  const { sizes, batch: B } = cfg.sizes.w5;
  const init = D.initMlp(sizes, 30), xs = D.randArray(B * sizes[0]!, 0, 1, 40), ys = D.oneHot(B, sizes[2]!, 41);
  const params = mlpParams(jax, init);
  const X = np.array(xs, { shape: [B, sizes[0]!] }), Y = np.array(ys, { shape: [B, sizes[2]!] });
  const lossSingle = (p: Params, x: JArr, y: JArr): JArr => nn.logSoftmax(predict(jax, p, x, 2), -1).mul(y).sum().neg();
  const order = (g: Params): JArr[] => [g['w1']!, g['b1']!, g['w2']!, g['b2']!];
  await rec.run('W5', KEY.w5(cfg.sizes.w5), peer, 'jit(vmap(grad))', async () => {
    const perEx = jit(vmap(grad(lossSingle), [null, 0, 0]) as (p: Params, x: JArr, y: JArr) => Params);
    const call = (): Params => perEx(tree.ref(params), X.ref, Y.ref) as unknown as Params;
    const t = await timeit(() => hostTree(jax, order(call())), () => hostTree(jax, call()), cfg.time, (g) => D.checkPerExample(init, xs, ys, B, g));
    perEx.dispose();
    return { timing: t, throughput: `${((B * 1000) / t.median).toFixed(0)} examples/s` };
  });
  await rec.run('W5', KEY.w5ref(cfg.sizes.w5), peer, 'jit(grad) of the batch-mean loss', async () => {
    const loss = (p: Params, x: JArr, y: JArr): JArr => nn.logSoftmax(predict(jax, p, x, 2), -1).mul(y).sum().mul(-1 / B);
    const gb = jit(grad(loss) as (p: Params, x: JArr, y: JArr) => Params);
    const call = (): Params => gb(tree.ref(params), X.ref, Y.ref) as unknown as Params;
    const t = await timeit(() => hostTree(jax, call()), () => hostTree(jax, call()), cfg.time, (g) => {
      if (g.length !== 4) throw new D.CheckError(`W5 ref: ${g.length} gradient leaves`);
    });
    gb.dispose();
    return { timing: t, throughput: `${((B * 1000) / t.median).toFixed(0)} examples/s` };
  });
  tree.dispose(params); X.dispose(); Y.dispose();
}

/** jax-js's jacrev takes 1-D inputs and throws on non-square functions; its jacfwd gives [in, out]. */
async function w6({ jax, cfg, rec, peer }: Ctx): Promise<void> {
  const { numpy: np, lax, jit, vmap, jacfwd } = jax;
  const s = cfg.sizes.w6, p = D.initCnn(s.hw, s.views), ho = s.hw - 4;
  const nin = 3 * s.hw * s.hw * s.views, nout = 5 * ho * ho * s.views;
  const { multiview, flat } = multiviewCnn(jax, p);
  const xs = D.randArray(nin, -1, 1, 66);
  await rec.run('W6', KEY.w6fwd(s), peer, 'jit(moveaxis(vmap(cnn, 4)))', async () => {
    const x = np.array(xs, { shape: [1, 3, s.hw, s.hw, s.views] }), f = jit(multiview);
    const t = await timeit(() => f32(f(x.ref)), () => f32(f(x.ref)), cfg.time, (r) => D.checkCnnForward(p, xs, r));
    x.dispose(); f.dispose();
    return { timing: t };
  });
  if (peer === 'jaxjs-cpu') { rec.note('jax-js cpu: W6 jacobian skipped (about 3 minutes a call even at 8×8)'); return; }
  await rec.run('W6', KEY.w6jac(s), peer, 'jit(transpose(jacfwd(flattened multiview)))', async () => {
    const x = np.array(xs), j = jit((xf: JArr) => np.transpose(jacfwd(flat)(xf)));
    const t = await timeit(() => f32(j(x.ref)), () => f32(j(x.ref)), { ...cfg.time, reps: Math.min(cfg.time.reps, 5), maxMs: Math.max(cfg.time.maxMs, 30000) }, (r) => D.checkCnnJacobian(p, r));
    x.dispose(); j.dispose();
    return { timing: t };
  });
  // In the parameters: jacfwd over the flattened parameter vector (b1, b2, w1, w2), transposed, split.
  const nP = D.CNN_PARAM_ORDER.reduce((a, [, n]) => a + n, 0);
  const offs: number[] = [];
  D.CNN_PARAM_ORDER.reduce((a, [, n]) => (offs.push(a), a + n), 0);
  const flatP = (xv: JArr) => (pf: JArr): JArr => {
    const q = (i: number, shape: number[]): JArr => pf.ref.slice([offs[i]!, offs[i]! + D.CNN_PARAM_ORDER[i]![1]]).reshape(shape);
    const cnnP = (v: JArr): JArr => lax.conv(lax.conv(v, q(2, [5, 3, 3, 3]), [1, 1], 'VALID').add(q(0, [1, 5, 1, 1])), q(3, [5, 5, 3, 3]), [1, 1], 'VALID').add(q(1, [1, 5, 1, 1]));
    const out = np.moveaxis(vmap(cnnP, [4])(xv), 0, 4).reshape([nout]);
    pf.dispose();
    return out;
  };
  await rec.run('W6', KEY.w6jacp(s), peer, 'jit(transpose(jacfwd(flattened params)))', async () => {
    const x = np.array(xs, { shape: [1, 3, s.hw, s.hw, s.views] });
    const pv = new Float32Array(nP);
    D.CNN_PARAM_ORDER.forEach(([k], i) => pv.set(p[k], offs[i]!));
    const pa = np.array(pv);
    const j = jit((pf: JArr, xv: JArr) => np.transpose(jacfwd(flatP(xv))(pf)));
    const split = (J: Float32Array): Float32Array[] => D.CNN_PARAM_ORDER.map(([, n], i) => {
      const b = new Float32Array(nout * n);
      for (let o = 0; o < nout; o++) b.set(J.subarray(o * nP + offs[i]!, o * nP + offs[i]! + n), o * n);
      return b;
    });
    const t = await timeit(async () => split(await f32(j(pa.ref, x.ref))), () => f32(j(pa.ref, x.ref)), cfg.time, (r) => D.checkCnnParamJacobian(p, xs, r));
    x.dispose(); pa.dispose(); j.dispose();
    return { timing: t };
  });
}
