// The webgpu device: discovery (navigator.gpu in browsers; Dawn's Node binding, npm `webgpu`, in Node),
// adapter choice by KERNAX_WEBGPU_BACKEND (opengles | vulkan; default: opengles then vulkan), the
// device profile read from the adapter's limits and features, and device-loss tracking. One device
// per process, created once — or adopted from the application (`initWebGpu({ device })`, so that kernax
// and the application's own WebGPU work share one device and queue). Imports src/ir and src/lower (types).
import { UserError } from '../ir/errors.js';
import type { ContractTuning, DeviceProfile } from '../lower/wgsl-profile.js';
import { contractTuningFor, CPU_CONTRACT, DEFAULT_CONTRACT, GPU_STRIDED_CONTRACT, isCpuAdapter, SWIFTSHADER_CONTRACT } from '../lower/wgsl-profile.js';

/** How the device was found: Dawn's backend in Node, navigator.gpu, or adopted from the application. */
export type WebGpuBackend = 'opengles' | 'vulkan' | 'browser' | 'external';

/** What kernax keeps of the adapter's GPUAdapterInfo (`device` and `isFallbackAdapter` are Dawn/Chrome additions). */
export interface AdapterInfo {
  readonly vendor: string;
  readonly architecture: string;
  readonly description: string;
  readonly device: string;
  readonly isFallbackAdapter: boolean;
}

export interface WebGpuDevice {
  readonly backend: WebGpuBackend;
  readonly device: GPUDevice;
  readonly adapterInfo: AdapterInfo;
  readonly profile: DeviceProfile;
  readonly features: readonly string[];
  /** Why the device was lost, once it was (then every use is a UserError). */
  lost: string | null;
  /** The GPU object (Dawn's `create()` result): kept referenced for the life of the process; null for an adopted device. */
  readonly gpu: GPU | null;
}

/** GPUAdapterInfo as Dawn and Chrome give it (with `device` and `isFallbackAdapter`). */
type RawAdapterInfo = GPUAdapterInfo & Partial<Pick<AdapterInfo, 'device' | 'isFallbackAdapter'>>;

export type WebGpuProbe = { readonly ok: true; readonly device: WebGpuDevice } | { readonly ok: false; readonly reason: string };

let probe: Promise<WebGpuProbe> | null = null;
/** Keeps Dawn's GPU objects alive: once collected, the next dispatch aborts Node. */
const KEEP: unknown[] = [];

/** The process's webgpu device, or why there is none (memoised; the first call picks the adapter). */
export function probeWebGpu(): Promise<WebGpuProbe> {
  probe ??= discover().catch((e: unknown) => ({ ok: false as const, reason: `WebGPU initialisation failed: ${e instanceof Error ? e.message : String(e)}` }));
  return probe;
}

/** The webgpu device; a UserError saying why when no adapter exists. */
export async function requestWebGpuDevice(): Promise<WebGpuDevice> {
  const p = await probeWebGpu();
  if (!p.ok) throw new UserError('webgpu-unavailable', 'webgpu', 'no WebGPU adapter', p.reason, 'a WebGPU adapter (navigator.gpu, or Dawn through the npm package `webgpu` in Node)');
  if (p.device.lost) throw lostError(p.device);
  return p.device;
}

/**
 * A new device of its own on the adapter of `from` (same GPU object and backend): its own pools and
 * pipeline caches, lost independently (tests of device loss destroy one without touching the process's
 * device). The runtime functions take it explicitly; the array API keeps using the process's device.
 */
export async function createWebGpuDevice(from: WebGpuDevice): Promise<WebGpuDevice> {
  if (!from.gpu) throw new UserError('webgpu-unavailable', 'webgpu', 'no second WebGPU device', 'a device adopted from the application (no adapter)', 'a device kernax found itself');
  const r = await fromGpu(from.gpu, from.backend, from.backend === 'opengles' ? { featureLevel: 'compatibility' } : {});
  if (!r.ok) throw new UserError('webgpu-unavailable', 'webgpu', 'no second WebGPU device', r.reason, 'a device from the same adapter');
  return r.device;
}

export const lostError = (d: WebGpuDevice): UserError =>
  new UserError('webgpu-device-lost', 'webgpu', 'the WebGPU device was lost', d.lost ?? 'lost', 'a live device', 'arrays already read back stay readable; restart the process to get a new device');

/**
 * Makes `device` (a GPUDevice of the application's) the process's webgpu device: its limits and features
 * become the profile (kernax requests nothing of its own), its adapter info (`device.adapterInfo`, where
 * the implementation has it) picks the tuning. Allowed before any other WebGPU use, or again with the same
 * device; a UserError once kernax has a different device.
 */
export async function adoptWebGpuDevice(device: GPUDevice): Promise<WebGpuProbe> {
  const api = 'initWebGpu';
  const d = device as Partial<GPUDevice> | null | undefined;
  if (!d || typeof d !== 'object' || typeof d.createBuffer !== 'function' || !d.queue || !d.limits || !d.features || !d.lost) {
    throw new UserError('webgpu-bad-device', api, '`device` is not a GPUDevice', d === null ? 'null' : typeof d === 'object' ? `an object with keys ${Object.keys(d).slice(0, 5).join(', ') || '(none)'}` : typeof d, 'a GPUDevice (from adapter.requestDevice())');
  }
  if (probe) {
    const p = await probe;
    if (p.ok && p.device.device === device) return p;
    if (p.ok) throw new UserError('webgpu-device-chosen', api, 'kernax already has a webgpu device', 'initWebGpu({ device }) after WebGPU was initialised with another device', 'initWebGpu({ device }) before any other WebGPU use (initWebGpu(), arrays or jit on webgpu)');
  }
  // The flag namespaces kernax's runtime reads, where the host did not install them (Node without Dawn's
  // globals): their values are fixed by the WebGPU spec.
  const g = globalThis as Record<string, unknown>;
  g.GPUBufferUsage ??= Object.freeze({ MAP_READ: 1, MAP_WRITE: 2, COPY_SRC: 4, COPY_DST: 8, INDEX: 16, VERTEX: 32, UNIFORM: 64, STORAGE: 128, INDIRECT: 256, QUERY_RESOLVE: 512 });
  g.GPUMapMode ??= Object.freeze({ READ: 1, WRITE: 2 });
  g.GPUShaderStage ??= Object.freeze({ VERTEX: 1, FRAGMENT: 2, COMPUTE: 4 });
  const info = (device as GPUDevice & { adapterInfo?: RawAdapterInfo }).adapterInfo;
  const r: WebGpuProbe = { ok: true, device: deviceOf(device, null, 'external', [...device.features].sort(), device.limits, adapterInfoOf(info)) };
  probe = Promise.resolve(r);
  settled = r;
  return r;
}

/** The last probe's result without starting one (null before the first probe settles). */
let settled: WebGpuProbe | null = null;
export const lastWebGpuProbe = (): WebGpuProbe | null => settled;

async function discover(): Promise<WebGpuProbe> {
  const nav = (globalThis as { navigator?: { gpu?: GPU } }).navigator;
  let result: WebGpuProbe;
  if (nav?.gpu) result = await fromGpu(nav.gpu, 'browser', {});
  else if (typeof process !== 'undefined' && process.versions?.node) result = await fromDawn();
  else result = { ok: false, reason: 'neither navigator.gpu nor Node.js is present' };
  settled = result;
  return result;
}

function backendsToTry(): WebGpuBackend[] {
  const want = process.env.KERNAX_WEBGPU_BACKEND;
  if (want === 'opengles' || want === 'vulkan') return [want];
  return ['opengles', 'vulkan'];
}

async function fromDawn(): Promise<WebGpuProbe> {
  let mod: { create: (o: string[]) => GPU; globals: object };
  try {
    const name = 'webgpu';
    mod = (await import(name)) as typeof mod;
  } catch (e) {
    return { ok: false, reason: `the npm package \`webgpu\` (Dawn) could not be loaded: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}` };
  }
  for (const [k, v] of Object.entries(mod.globals)) if (!(k in globalThis)) (globalThis as Record<string, unknown>)[k] = v;
  const reasons: string[] = [];
  for (const b of backendsToTry()) {
    if (b === 'opengles') process.env.EGL_PLATFORM ??= 'surfaceless';
    process.env.XDG_RUNTIME_DIR ??= '/tmp';
    const gpu = mod.create([`backend=${b}`]);
    KEEP.push(gpu);
    const r = await fromGpu(gpu, b, b === 'opengles' ? { featureLevel: 'compatibility' } : {});
    if (r.ok) return r;
    reasons.push(`${b}: ${r.reason}`);
  }
  return { ok: false, reason: `Dawn found no adapter (${reasons.join('; ')}); on Debian install libegl-mesa0 (OpenGL ES, llvmpipe) or chromium + libvulkan1 with VK_ICD_FILENAMES=/usr/lib/chromium/vk_swiftshader_icd.json; for an NVIDIA GPU, libvulkan1 and libglvnd0 (its Vulkan driver loads libGLdispatch), with VK_DRIVER_FILES naming nvidia_icd.json where the loader does not find it` };
}

async function fromGpu(gpu: GPU, backend: WebGpuBackend, opts: GPURequestAdapterOptions): Promise<WebGpuProbe> {
  const adapter = await gpu.requestAdapter(opts);
  if (!adapter) return { ok: false, reason: 'requestAdapter() returned null' };
  const features = [...adapter.features].sort();
  const wanted = ['shader-f16', 'subgroups', 'timestamp-query'].filter((f) => adapter.features.has(f)) as GPUFeatureName[];
  const L = adapter.limits;
  const requiredLimits: Record<string, number> = {
    maxStorageBuffersPerShaderStage: L.maxStorageBuffersPerShaderStage,
    maxComputeInvocationsPerWorkgroup: L.maxComputeInvocationsPerWorkgroup,
    maxComputeWorkgroupSizeX: L.maxComputeWorkgroupSizeX,
    maxComputeWorkgroupStorageSize: L.maxComputeWorkgroupStorageSize,
    maxStorageBufferBindingSize: L.maxStorageBufferBindingSize,
    maxBufferSize: L.maxBufferSize,
  };
  const device = await adapter.requestDevice({ requiredFeatures: wanted, requiredLimits });
  KEEP.push(adapter);
  return { ok: true, device: deviceOf(device, gpu, backend, features, L, adapterInfoOf(adapter.info as RawAdapterInfo | undefined)) };
}

const adapterInfoOf = (info: RawAdapterInfo | undefined): AdapterInfo =>
  ({ vendor: info?.vendor ?? '', architecture: info?.architecture ?? '', description: info?.description ?? '', device: info?.device ?? '', isFallbackAdapter: !!info?.isFallbackAdapter });

/** The WebGpuDevice of `device`: the profile from the limits `L` and `features`, tuned by the adapter info. */
function deviceOf(device: GPUDevice, gpu: GPU | null, backend: WebGpuBackend, features: readonly string[], L: GPUSupportedLimits, adapterInfo: AdapterInfo): WebGpuDevice {
  const tuneText = tuningText(adapterInfo);
  const d: WebGpuDevice = {
    backend,
    device,
    gpu,
    adapterInfo,
    features,
    lost: null,
    profile: {
      name: 'adapter',
      maxComputeInvocationsPerWorkgroup: L.maxComputeInvocationsPerWorkgroup,
      maxComputeWorkgroupSizeX: L.maxComputeWorkgroupSizeX,
      maxComputeWorkgroupsPerDimension: L.maxComputeWorkgroupsPerDimension,
      maxComputeWorkgroupStorageSize: L.maxComputeWorkgroupStorageSize,
      maxStorageBuffersPerShaderStage: L.maxStorageBuffersPerShaderStage,
      maxStorageBufferBindingSize: L.maxStorageBufferBindingSize,
      maxBufferSize: L.maxBufferSize,
      features,
      tuning: true,
      serialRows: serialRowsFor(tuneText),
      // vec4 loads/stores in 1-D map kernels: 1e7-element W1 on llvmpipe ~100 → ~55 ms (measured)
      mapVec: isCpuAdapter(tuneText) ? 4 : 1,
      splitVec: /swiftshader/i.test(tuneText) ? 16 : 1,
      contract: contractFor(tuneText),
      hostSort: hostSortFor(tuneText),
    },
  };
  KEEP.push(device);
  void device.lost.then((i) => { d.lost = `${i.reason}: ${i.message}`; });
  return d;
}

/**
 * The text adapter tuning is chosen from. Dawn's OpenGL ES backend leaves vendor and architecture empty
 * and names Mesa's driver only in `device` ("llvmpipe-llvm-15-0-6-256-bits-"); a fallback adapter is a
 * CPU implementation whatever its name.
 */
export function tuningText(info: Partial<AdapterInfo>): string {
  return [info.architecture, info.description, info.vendor, info.device, info.isFallbackAdapter ? 'cpu-fallback' : ''].filter(Boolean).join(' ');
}

/**
 * The contraction template of an adapter (wgsl-profile.ts contractTuningFor). KERNAX_WEBGPU_CONTRACT=
 * shared|strided|cpu|swiftshader overrides it with the GPU (workgroup-memory) template, the GPUs' former
 * strided 8×8 over 64 (for A/B runs on a GPU), llvmpipe's or SwiftShader's:
 * the WebGPU suite runs the contraction programs again with 'shared' on both CPU adapters, so that the
 * GPU template is executed, not only printed, on machines without a GPU.
 */
export function contractFor(adapterText: string): ContractTuning {
  const env = typeof process !== 'undefined' ? process.env?.KERNAX_WEBGPU_CONTRACT : undefined;
  if (env === 'shared') return DEFAULT_CONTRACT;
  if (env === 'strided') return GPU_STRIDED_CONTRACT;
  if (env === 'cpu') return CPU_CONTRACT;
  if (env === 'swiftshader') return SWIFTSHADER_CONTRACT;
  return contractTuningFor(adapterText);
}

/**
 * Whether sort stays a host step (wgsl-profile.ts `hostSort`): on CPU adapters. KERNAX_WEBGPU_SORT=
 * shader|host overrides it: the WebGPU suite runs the sort tests again with 'shader' on both CPU
 * adapters, so that the shader real GPUs get is executed here.
 */
export function hostSortFor(adapterText: string): boolean {
  const env = typeof process !== 'undefined' ? process.env?.KERNAX_WEBGPU_SORT : undefined;
  if (env === 'shader' || env === 'host') return env === 'host';
  return isCpuAdapter(adapterText);
}

/**
 * Whether row reductions run one invocation per row (wgsl-profile.ts `serialRows`): on for CPU
 * implementations (SwiftShader, llvmpipe, lavapipe), where a workgroup barrier costs ~10× (measured:
 * see the report in test/webgpu/rows.test.ts), off for real GPUs, where a workgroup per row keeps the
 * lanes busy. KERNAX_WEBGPU_ROWS=serial|workgroup overrides it (A/B measurements).
 */
export function serialRowsFor(adapterText: string): boolean {
  const env = typeof process !== 'undefined' ? process.env?.KERNAX_WEBGPU_ROWS : undefined;
  if (env === 'serial' || env === 'workgroup') return env === 'serial';
  return isCpuAdapter(adapterText);
}
