// Run by adopt.test.ts in a process of its own (the process's webgpu device is chosen once): an
// "application" requests a GPUDevice with WebGPU's default limits and hands it to kernax with
// initWebGpu({ device }); kernax runs on it, and the application reads a kernax buffer itself. Dawn's
// globals (GPUBufferUsage, ...) are deliberately not installed. Prints one JSON line.
import { create } from 'webgpu';
import { Array as KArray, devices, initWebGpu, jit, lax, np } from '../../src/index.js';

type V = Parameters<typeof np.tanh>[0];
const backend = process.env.KERNAX_WEBGPU_BACKEND === 'vulkan' ? 'vulkan' : 'opengles';
if (backend === 'opengles') process.env.EGL_PLATFORM ??= 'surfaceless';
const gpu = create([`backend=${backend}`]);
const adapter = await gpu.requestAdapter(backend === 'opengles' ? { featureLevel: 'compatibility' } : {});
if (!adapter) throw new Error('adopt-child: no adapter');
const device = await adapter.requestDevice();
const st = await initWebGpu({ device });
const info = devices()[1];
const xs = Float32Array.from({ length: 40 * 300 }, (_, i) => Math.sin(i * 0.37) * 2);
const ws = Float32Array.from({ length: 300 * 33 }, (_, i) => Math.cos(i * 0.11));
const f = (x: V, w: V): V => np.add(np.sum(np.tanh(x), 1, { keepdims: true }), lax.dot(x, w));
const gx = KArray.fromTensor({ shape: [40, 300], dtype: 'f32', data: xs.slice() }, false, 'webgpu');
const gw = KArray.fromTensor({ shape: [300, 33], dtype: 'f32', data: ws.slice() }, false, 'webgpu');
const y = jit(f, { device: 'webgpu' })(gx, gw) as KArray;
const got = await y.data();
const want = (jit(f)(np.array(xs).reshape([40, 300]), np.array(ws).reshape([300, 33])) as KArray).dataSync();
let maxDiff = 0;
for (let i = 0; i < want.length; i++) maxDiff = Math.max(maxDiff, Math.abs(got[i]! - want[i]!) / Math.max(1, Math.abs(want[i]!)));
// The application's own pass over kernax's output buffer, on the same queue: a copy it maps itself.
const buf = (y as unknown as { gpuValue(api: string): { array: { buffer: GPUBuffer } } }).gpuValue('adopt-child').array.buffer;
const staging = device.createBuffer({ size: 4 * want.length, usage: 1 /* MAP_READ */ | 8 /* COPY_DST */ });
const enc = device.createCommandEncoder();
enc.copyBufferToBuffer(buf, 0, staging, 0, 4 * want.length);
device.queue.submit([enc.finish()]);
await staging.mapAsync(1 /* READ */);
const appRead = new Float32Array(staging.getMappedRange().slice(0));
const appSame = appRead.every((v, i) => Object.is(v, got[i]));
const again = await initWebGpu({ device });
let other = '';
const adapter2 = await gpu.requestAdapter(backend === 'opengles' ? { featureLevel: 'compatibility' } : {});
try { await initWebGpu({ device: await adapter2!.requestDevice() }); } catch (e) { other = (e as Error).message; }
console.log(JSON.stringify({ available: st.available, backend: info?.adapter?.backend, maxInvocations: info?.adapter?.maxComputeInvocationsPerWorkgroup, deviceLimit: device.limits.maxComputeInvocationsPerWorkgroup, maxDiff, appSame, again: again.available, other }));
process.exit(0);
