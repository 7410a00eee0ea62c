// A WebGPU run on a machine with a real GPU (Dawn on the NVIDIA Vulkan driver): kernax's compiled
// programs on the webgpu device, checked against the CPU path, timed against jax-js's webgpu backend on
// the same adapter in the same process; the host steps that run as shaders (sort, scatter_add) and max
// pooling's VJP; sort's shader against its read-back in the same process. `--only-contract` runs the
// contraction workloads only (for the template A/B: KERNAX_WEBGPU_CONTRACT=strided in a second process),
// `--only=<regex>` the workloads whose name matches.
// Bundled with esbuild for the device machine by scripts/gpu-pack.sh; not part of npm test.
import { grad, jacrev, jit, lax, nn, np, vmap, initWebGpu, devices, Array } from '../src/index.js';
import { lastWebGpuProbe } from '../src/runtime/webgpu-device.js';
import type { WebGpuDevice } from '../src/runtime/webgpu-device.js';

type V = np.ArrayLike;
const rnd = (n: number, seed: number, lo = -1, hi = 1) => {
  let a = seed >>> 0;
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    out[i] = lo + (hi - lo) * (((t ^ (t >>> 14)) >>> 0) / 4294967296);
  }
  return out;
};
const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]!; };
async function time(fn: () => Promise<unknown>, reps = 7): Promise<{ first: number; median: number }> {
  let t = performance.now(); await fn(); const first = performance.now() - t;
  await fn();
  const ts: number[] = [];
  for (let i = 0; i < reps; i++) { t = performance.now(); await fn(); ts.push(performance.now() - t); }
  return { first, median: median(ts) };
}
function maxRel(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]! - b[i]!) / Math.max(1, Math.abs(b[i]!)));
  return m;
}

interface Work { name: string; shapes: number[][]; f: (...a: V[]) => unknown; jaxjs?: (jx: any, ...a: any[]) => any; scales?: number[] }
const cnnW1 = rnd(5 * 3 * 3 * 3, 7, -0.3, 0.3), cnnW2 = rnd(5 * 5 * 3 * 3, 8, -0.3, 0.3);
const perView = (x: V) => lax.conv(lax.conv(x, np.reshape(np.array(cnnW1), [5, 3, 3, 3]), [1, 1], 'VALID'), np.reshape(np.array(cnnW2), [5, 5, 3, 3]), [1, 1], 'VALID');
const multiview = (x: V) => vmap(perView, { inAxes: 4, outAxes: 4 })(x);
const works: Work[] = [
  { name: 'W1 chain 1e6', shapes: [[1e6]], f: (x) => np.add(np.multiply(np.tanh(np.add(np.multiply(x, 1.5), 0.5)), np.exp(np.negative(np.multiply(x, x)))), np.sin(x)),
    jaxjs: (jx, x) => jx.numpy.tanh(x.ref.mul(1.5).add(0.5)).mul(jx.numpy.exp(x.ref.mul(x.ref).neg())).add(jx.numpy.sin(x)) },
  { name: 'W1 chain 1e7', shapes: [[1e7]], f: (x) => np.add(np.multiply(np.tanh(np.add(np.multiply(x, 1.5), 0.5)), np.exp(np.negative(np.multiply(x, x)))), np.sin(x)),
    jaxjs: (jx, x) => jx.numpy.tanh(x.ref.mul(1.5).add(0.5)).mul(jx.numpy.exp(x.ref.mul(x.ref).neg())).add(jx.numpy.sin(x)) },
  { name: 'W2 matmul 1024', shapes: [[1024, 1024], [1024, 1024]], f: (a, b) => np.matmul(a, b), jaxjs: (jx, a, b) => jx.numpy.matmul(a, b) },
  { name: 'W3 sum 1e7', shapes: [[1e7]], f: (x) => np.sum(x), jaxjs: (jx, x) => jx.numpy.sum(x) },
  { name: 'W3 softmax 4096x1024', shapes: [[4096, 1024]], f: (x) => nn.softmax(x, -1), jaxjs: (jx, x) => jx.nn.softmax(x, -1) },
  { name: 'W6 multiview forward', shapes: [[1, 3, 16, 16, 5]], f: multiview },
  { name: 'W6 multiview jacrev', shapes: [[1, 3, 16, 16, 5]], f: (x) => jacrev(multiview)(x) },
  { name: 'W2 matmul 512', shapes: [[512, 512], [512, 512]], f: (a, b) => np.matmul(a, b), jaxjs: (jx, a, b) => jx.numpy.matmul(a, b) },
  { name: 'W4-like MLP grad (w2) 784-512-512-10 B=128', shapes: [[784, 512], [512, 512], [512, 10], [128, 784]],
    f: grad((w1: V, w2: V, w3: V, x: V) => np.sum(nn.logSoftmax(np.matmul(nn.relu(np.matmul(nn.relu(np.matmul(x, w1)), w2)), w3), -1)), { argnums: 1 }), scales: [1 / 28, 1 / 22.6, 1 / 22.6, 1] },
  { name: 'conv 3x3 SAME [16,32,64,64] x [64,32,3,3]', shapes: [[16, 32, 64, 64], [64, 32, 3, 3]], f: (x, w) => lax.conv(x, w, [1, 1], 'SAME') },
  { name: 'sort rows [64,1000]', shapes: [[64, 1000]], f: (x) => np.sort(x) },
  { name: 'sort [1,4096]', shapes: [[1, 4096]], f: (x) => np.sort(x) },
  { name: 'embedding grad 1000x64, 4096 rows (scatter_add shaders)', shapes: [[1000, 64]], f: (w) => grad((v: V) => np.sum(np.tanh(np.take(v, np.array(Int32Array.from({ length: 4096 }, (_x, i) => (i * 7919) % 1000)) as never, 0))))(w) },
  { name: 'max pool 2x2 grad [8,32,32,16] (two kernels)', shapes: [[8, 32, 32, 16]], f: grad((x: V) => np.sum(np.cos(lax.reduceWindowMax(x, [1, 2, 2, 1], [1, 2, 2, 1])))) },
];
const CONTRACT = /^(W2|W4|W6|conv)/;

async function main() {
  const st = await initWebGpu();
  console.log('webgpu:', JSON.stringify(st.available ? st.device : st));
  const probe = lastWebGpuProbe();
  const dev: WebGpuDevice | null = probe?.ok ? probe.device : null;
  if (dev) console.log('profile:', JSON.stringify({ ...dev.profile, features: undefined }));
  const onlyContract = process.argv.includes('--only-contract');
  // --only=<regex>: the workloads whose name matches (e.g. --only=sort)
  const onlyArg = process.argv.find((a) => a.startsWith('--only='));
  const only = onlyArg ? new RegExp(onlyArg.slice('--only='.length)) : null;
  console.log('devices:', JSON.stringify(devices().map((d) => d.kind)));
  if (!st.available) process.exit(2);
  let jx: any = null;
  try {
    // jax-js looks for navigator.gpu: hand it Dawn's, on the same backend as kernax's adapter.
    const dawn: any = await import('webgpu');
    Object.assign(globalThis, dawn.globals);
    const backend = process.env.KERNAX_WEBGPU_BACKEND === 'opengles' ? 'opengles' : 'vulkan';
    const gpu = dawn.create([`backend=${backend}`]);
    (globalThis as any).__keepDawn = gpu;
    Object.defineProperty(globalThis, 'navigator', { configurable: true, value: {
      userAgent: 'Node.js', hardwareConcurrency: 2,
      gpu: { requestAdapter: (o: object = {}) => gpu.requestAdapter(backend === 'opengles' ? { ...o, featureLevel: 'compatibility' } : o), getPreferredCanvasFormat: () => 'rgba8unorm', wgslLanguageFeatures: gpu.wgslLanguageFeatures },
    } });
    jx = await import('@jax-js/jax');
    const avail = await jx.init('webgpu');
    if (!avail.includes('webgpu')) throw new Error(`jax-js init: ${avail}`);
    jx.defaultDevice('webgpu');
  } catch (e) { console.log('jax-js webgpu unavailable:', String(e)); jx = null; }
  console.log('| workload | kernax webgpu median ms | first ms | jax-js webgpu median ms | ratio kernax/jax-js | max rel diff vs kernax cpu |');
  console.log('|---|---|---|---|---|---|');
  for (const w of works) {
    if ((onlyContract && !CONTRACT.test(w.name)) || (only && !only.test(w.name))) continue;
    try {
      const data = w.shapes.map((s, i) => rnd(s.reduce((a, b) => a * b, 1), 11 + i, -(w.scales?.[i] ?? 1), w.scales?.[i] ?? 1));
      const cpuIn = data.map((d, i) => np.reshape(np.array(d), w.shapes[i]!) as Array);
      const cpuOut = jit(w.f)(...cpuIn) as Array;
      const want = cpuOut.dataSync();
      const gpuIn = cpuIn.map((a) => a.to('webgpu'));
      const g = jit(w.f, { device: 'webgpu' });
      let got: ArrayLike<number> = [];
      const tk = await time(async () => { const y = g(...gpuIn) as Array; got = await y.data(); y.dispose(); }, w.name.includes('jacrev') ? 3 : 7);
      let tj = '', ratio = '';
      if (jx && w.jaxjs) {
        const ins = data.map((d, i) => jx.numpy.array(d).reshape(w.shapes[i]));
        const fj = jx.jit((...a: any[]) => w.jaxjs!(jx, ...a));
        const r = await time(async () => { await fj(...ins.map((a: any) => a.ref)).data(); });
        tj = r.median.toFixed(2);
        ratio = (tk.median / r.median).toFixed(2);
      }
      const label = w.name.startsWith('sort') && dev ? `${w.name} ${dev.profile.tuning && dev.profile.hostSort ? 'read-back and CPU sort' : 'shader'}` : w.name;
      console.log(`| ${label} | ${tk.median.toFixed(2)} | ${tk.first.toFixed(0)} | ${tj} | ${ratio} | ${maxRel(got, want).toExponential(2)} |`);
      if (w.name.startsWith('sort') && dev) {
        // The same program with sort the other way (shader or read-back and CPU sort) in the same process.
        const prof = dev.profile;
        const host = !(prof.tuning && prof.hostSort);
        (dev as { profile: WebGpuDevice['profile'] }).profile = { ...prof, tuning: true, hostSort: host };
        try {
          const th = await time(async () => { const y = g(...gpuIn) as Array; got = await y.data(); y.dispose(); });
          console.log(`| ${w.name} ${host ? 'read-back and CPU sort' : 'shader'} | ${th.median.toFixed(2)} | ${th.first.toFixed(0)} | | | ${maxRel(got, want).toExponential(2)} |`);
        } finally { (dev as { profile: WebGpuDevice['profile'] }).profile = prof; }
      }
    } catch (e) { console.log(`| ${w.name} | FAILED: ${String((e as Error).message ?? e).split('\n')[0]} |`); }
  }
}
await main();
process.exit(0);
