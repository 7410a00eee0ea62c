// The webgpu device as a device of the runtime: arrays on it, async readback, transfers, the committed-
// device rule, eager ops and jit on it, one submit per call between host steps, memory accounting, and
// its errors (dataSync, a disposed array, a shape over maxBufferSize). Programs are traced at module
// load (before the first pipeline: the SwiftShader crash, README WebGPU).
import { expect } from 'chai';
import { Array, devices, initWebGpu, jit, lax, memoryStats, nn, np, setDefaultDevice, UserError } from '../../src/index.js';
import type { ArrayLike } from '../../src/api/convert.js';
import { readsInFlight } from '../../src/runtime/webgpu-run.js';
import { gpuDescribe, IN_ADAPTER_PROCESS } from './gpu-env.js';

type T = ArrayLike;
const f32 = (...shape: number[]) => ({ shape, dtype: 'float32' });
const softmax = jit((x: T) => nn.softmax(x, -1), { device: 'webgpu' });
// A host step on every adapter: a sort of five operands (sort runs as a shader on GPUs up to four).
const hostMiddle = jit((x: T) => { const e = lax.exp(lax.neg(x)); return lax.mul((lax.sort([e, e, e, e, e], { dimension: 1 }) as T[])[0]!, 2); }, { device: 'webgpu' });
if (IN_ADAPTER_PROCESS) {
  softmax.lower(f32(2, 3)).compile({ device: 'webgpu' });
  hostMiddle.lower(f32(2, 3)).compile({ device: 'webgpu' });
}
const X = [[1, 2, 3], [4, 5, 6]];
const close = (got: { readonly [i: number]: number }, want: readonly number[], tol = 1e-5) => want.forEach((w, i) => expect(got[i]!).to.be.closeTo(w, tol * Math.max(1, Math.abs(w))));

gpuDescribe('the webgpu device', (dev) => {
  it('devices() lists it with the adapter info read from the adapter', async () => {
    const s = await initWebGpu();
    expect(s.available).to.equal(true);
    const g = devices().find((d) => d.kind === 'webgpu');
    expect(g?.adapter?.maxBufferSize).to.equal(dev().profile.maxBufferSize);
    expect(g?.adapter?.backend).to.equal(process.env.KERNAX_WEBGPU_BACKEND);
  });

  it('np.array(data, {device}), x.device, await x.data(), x.to(cpu|webgpu), and dataSync is a UserError naming the fix', async () => {
    const x = np.array(X, { device: 'webgpu' });
    expect(x.device).to.equal('webgpu');
    expect(String(x)).to.equal('Array(webgpu, f32[2,3])');
    expect([...(await x.data())]).to.deep.equal([1, 2, 3, 4, 5, 6]);
    expect(() => x.dataSync()).to.throw(UserError, /^Array\.dataSync: a webgpu array cannot be read synchronously .*await x\.data\(\)/);
    expect(() => np.array([7], { device: 'webgpu' }).item()).to.throw(UserError, /await x\.data\(\)/);
    const c = await x.to('cpu');
    expect(c.device).to.equal('cpu');
    expect([...c.dataSync()]).to.deep.equal([1, 2, 3, 4, 5, 6]);
    const back = c.to('webgpu');
    expect(back.device).to.equal('webgpu');
    expect(await back.tolist()).to.deep.equal(X);
    const b = np.array([true, false, true], { device: 'webgpu' });
    expect([...(await b.data())]).to.deep.equal([1, 0, 1]);
    [x, c, back, b].forEach((a) => a.dispose());
  });

  it('eager ops on webgpu arrays run on the device; mixing devices is a UserError saying to move one', async () => {
    const x = np.array(X, { device: 'webgpu' });
    const y = lax.add(lax.mul(x, 2), 1) as Array;
    expect(y.device).to.equal('webgpu');
    expect([...(await y.data())]).to.deep.equal([3, 5, 7, 9, 11, 13]);
    const am = lax.argmax(x, 1) as Array;
    expect([...(await am.data())]).to.deep.equal([2, 2]);
    const c = np.array(X);
    expect(() => lax.add(x, c)).to.throw(UserError, /different devices .*Move one explicitly/);
    expect(() => softmax(c)).to.throw(UserError, /another device .*x\.to\('webgpu'\)/);
    expect(() => jit((a: T, b: T) => lax.add(a, b))(x, c)).to.throw(UserError, /different devices/);
    [x, y, am, c].forEach((a) => a.dispose());
  });

  it('jit on webgpu: one submit per call between host steps, host steps counted in stats()', async () => {
    const q = dev().device.queue;
    const submit = q.submit.bind(q);
    let n = 0;
    q.submit = (cbs: Iterable<GPUCommandBuffer>) => { n++; submit(cbs); };
    try {
      const x = np.array(X, { device: 'webgpu' });
      const s = softmax(x) as Array;
      expect(n).to.equal(1);
      close(await s.data(), [0.09003057, 0.24472847, 0.66524096, 0.09003057, 0.24472847, 0.66524096]);
      n = 0;
      const h = hostMiddle(x) as Array;
      expect(n).to.equal(1); // the launches before the host step, submitted synchronously
      const st = hostMiddle.lower(x).compile({ device: 'webgpu' }).stats();
      expect(st.hostSteps).to.equal(1);
      const want = X.map((r) => r.map((v) => Math.exp(-v)).sort((a, b) => a - b).map((v) => 2 * v)).flat();
      close(await h.data(), want);
      expect(n).to.equal(4); // + the host step's readback copy, the launches after it, data()'s copy
      [x, s, h].forEach((a) => a.dispose());
    } finally {
      q.submit = submit;
    }
  });

  it('reads leave nothing behind: one device-loss listener for all, each read off it once done', async () => {
    const x = np.array(X, { device: 'webgpu' });
    await Promise.all([x.data(), x.data(), x.data()]);
    for (let i = 0; i < 50; i++) await x.data();
    expect(readsInFlight(dev())).to.equal(0);
    x.dispose();
  });

  it('blockUntilReady: waits for host steps and the queue, returns the array; a cpu array is ready', async () => {
    const x = np.array(X, { device: 'webgpu' });
    const h = hostMiddle(x) as Array;
    let settled = false;
    void h.gpuValue('test').pending?.then(() => { settled = true; });
    expect(h.gpuValue('test').pending, 'the host step leaves the output pending').to.not.equal(null);
    expect(await h.blockUntilReady()).to.equal(h);
    expect(settled).to.equal(true);
    const c = np.array([1, 2]);
    expect(await c.blockUntilReady()).to.equal(c);
    [x, h, c].forEach((a) => a.dispose());
  });

  it('a new value of a scalar argument is a new input, not a new shader (only a new dtype retraces)', async () => {
    const gpu = dev().device;
    const make = gpu.createShaderModule.bind(gpu);
    let modules = 0, traces = 0;
    gpu.createShaderModule = (d: GPUShaderModuleDescriptor) => { modules++; return make(d); };
    try {
      const f = jit((v: np.Value, s: np.Value | number) => { traces++; return v.mul(s).add(1); }, { device: 'webgpu' });
      const x = np.array([1, 2, 3, 4], { device: 'webgpu' });
      const run = async (s: number): Promise<number[]> => { const y = f(x, s) as Array; const r = [...await y.data()]; y.dispose(); return r; };
      expect(await run(2.5)).to.deep.equal([3.5, 6, 8.5, 11]);
      const [t1, m1] = [traces, modules];
      expect(m1).to.be.at.least(1);
      expect(await run(-1.25)).to.deep.equal([-0.25, -1.5, -2.75, -4]);
      expect(await run(7.5)).to.deep.equal([8.5, 16, 23.5, 31]);
      expect([traces, modules]).to.deep.equal([t1, m1]);
      // a weak int32 is another signature (as in JAX): one retrace, its own shader
      expect(await run(3)).to.deep.equal([4, 7, 10, 13]);
      expect(traces).to.equal(t1 + 1);
      x.dispose();
    } finally {
      gpu.createShaderModule = make;
    }
  });

  it('a dependent op waits for a pending (host-step) result', async () => {
    const x = np.array(X, { device: 'webgpu' });
    const h = hostMiddle(x) as Array;
    const z = lax.neg(h) as Array;
    const want = X.map((r) => r.map((v) => Math.exp(-v)).sort((a, b) => a - b).map((v) => -2 * v)).flat();
    close(await z.data(), want);
    [x, h, z].forEach((a) => a.dispose());
  });

  it('dispose releases to the pool; memoryStats counts per device; reading a disposed array is a UserError', async () => {
    const before = memoryStats();
    const x = np.array(X, { device: 'webgpu' });
    expect(memoryStats().devices.webgpu.liveBuffers).to.equal(before.devices.webgpu.liveBuffers + 1);
    expect(memoryStats().devices.webgpu.liveBytes).to.equal(before.devices.webgpu.liveBytes + 24);
    expect(memoryStats().devices.cpu).to.deep.equal(before.devices.cpu);
    x.dispose();
    expect(memoryStats()).to.deep.equal(before);
    expect(x.isDisposed).to.equal(true);
    let err: unknown = null;
    await x.data().catch((e: unknown) => { err = e; });
    expect(err).to.be.instanceOf(UserError);
    expect(String(err)).to.match(/disposed/);
    expect(() => lax.neg(x)).to.throw(UserError, /disposed/);
  });

  it('a shape over the adapter maxBufferSize is a UserError naming the limit', () => {
    // The limit is the adapter's (2 GiB on llvmpipe, 1 GiB on SwiftShader, 1 TiB on an NVIDIA H200):
    // a shape just past it, as [1024, cols] so no single dim is huge.
    const cols = Math.ceil((Math.floor(dev().profile.maxBufferSize / 4) + 1) / 1024);
    const overLimit = jit((x: T) => lax.broadcastInDim(x, [1024, cols], []), { device: 'webgpu' });
    expect(4 * 1024 * cols).to.be.greaterThan(dev().profile.maxBufferSize);
    const s = np.array(1, { device: 'webgpu' });
    expect(() => overLimit(s)).to.throw(UserError, new RegExp(`at most ${dev().profile.maxBufferSize} bytes \\(the adapter's maxBufferSize\\)`));
    s.dispose();
  });

  it('setDefaultDevice(webgpu) puts new arrays and jit calls on webgpu; back to cpu after', async () => {
    setDefaultDevice('webgpu');
    try {
      const x = np.array([1, 2, 3]);
      expect(x.device).to.equal('webgpu');
      const y = jit((a: T) => lax.mul(a, a))(x) as Array;
      expect(y.device).to.equal('webgpu');
      expect([...(await y.data())]).to.deep.equal([1, 4, 9]);
      [x, y].forEach((a) => a.dispose());
    } finally {
      setDefaultDevice('cpu');
    }
    expect(np.array([1]).device).to.equal('cpu');
    expect(() => setDefaultDevice('tpu' as never)).to.throw(UserError, /unknown device/);
  });
});
