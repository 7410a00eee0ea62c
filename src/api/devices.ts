// Devices known to this process: the cpu device (always) and the webgpu device once `initWebGpu()` has
// found an adapter; the default device for array creation and jit (cpu unless setDefaultDevice says
// otherwise). Imports runtime and ir.
import { UserError } from '../ir/errors.js';
import type { DeviceKind } from '../runtime/buffer.js';
import type { WebGpuDevice } from '../runtime/webgpu-device.js';
import { adoptWebGpuDevice, lastWebGpuProbe, probeWebGpu } from '../runtime/webgpu-device.js';

export type { DeviceKind } from '../runtime/buffer.js';

export interface DeviceInfo {
  readonly kind: DeviceKind;
  readonly description: string;
  /** webgpu: the adapter's info, features and the limits read from it. */
  readonly adapter?: {
    readonly backend: string;
    readonly vendor: string;
    readonly architecture: string;
    readonly description: string;
    readonly features: readonly string[];
    readonly maxBufferSize: number;
    readonly maxComputeInvocationsPerWorkgroup: number;
  };
}

export type WebGpuStatus = { readonly available: true; readonly device: DeviceInfo } | { readonly available: false; readonly reason: string };

const CPU: DeviceInfo = { kind: 'cpu', description: 'CPU (reference evaluation over typed arrays)' };
let defaultKind: DeviceKind = 'cpu';

function infoOf(d: WebGpuDevice): DeviceInfo {
  const a = d.adapterInfo;
  return {
    kind: 'webgpu',
    description: `WebGPU (${d.backend}${a.architecture ? `, ${a.architecture}` : ''}${a.description ? `: ${a.description}` : ''})`,
    adapter: { backend: d.backend, vendor: a.vendor, architecture: a.architecture, description: a.description, features: d.features, maxBufferSize: d.profile.maxBufferSize, maxComputeInvocationsPerWorkgroup: d.profile.maxComputeInvocationsPerWorkgroup },
  };
}

export interface InitWebGpuOptions {
  /**
   * A GPUDevice of the application's to run on instead of one kernax requests: kernax's arrays and
   * kernels then share the application's device and queue (no second device to switch to and from; its
   * buffers can be bound by the application's own pipelines). Its limits and features are kernax's profile.
   * Must come before any other WebGPU use.
   */
  readonly device?: GPUDevice;
}

/**
 * Looks for a WebGPU adapter (navigator.gpu, or Dawn in Node) once, or adopts `opts.device`; says why
 * when there is none.
 */
export async function initWebGpu(opts: InitWebGpuOptions = {}): Promise<WebGpuStatus> {
  if (opts === null || typeof opts !== 'object' || 'createBuffer' in opts) {
    const got = opts === null ? 'null' : typeof opts !== 'object' ? typeof opts : 'a GPUDevice itself';
    throw new UserError('webgpu-bad-options', 'initWebGpu', 'options must be an object', got, '{ device?: GPUDevice }', 'a device of your own goes in as initWebGpu({ device })');
  }
  const p = opts.device !== undefined ? await adoptWebGpuDevice(opts.device) : await probeWebGpu();
  return p.ok ? { available: true, device: infoOf(p.device) } : { available: false, reason: p.reason };
}

/** The devices found so far: cpu, and webgpu once initWebGpu() found an adapter. */
export function devices(): DeviceInfo[] {
  const p = lastWebGpuProbe();
  return p?.ok ? [CPU, infoOf(p.device)] : [CPU];
}

/** Why there is no webgpu device: null when there is one, or a sentence (also before initWebGpu()). */
export function webGpuUnavailableReason(): string | null {
  const p = lastWebGpuProbe();
  if (!p) return 'WebGPU was not initialised: call `await initWebGpu()` first';
  return p.ok ? null : p.reason;
}

/** The initialised webgpu device, for synchronous use (a UserError naming the fix otherwise). */
export function webGpuDeviceSync(api: string): WebGpuDevice {
  const p = lastWebGpuProbe();
  if (p?.ok) {
    if (p.device.lost) throw new UserError('webgpu-device-lost', api, 'the WebGPU device was lost', p.device.lost, 'a live device', 'arrays already read back stay readable; restart the process to get a new device');
    return p.device;
  }
  throw new UserError('webgpu-unavailable', api, 'no webgpu device', webGpuUnavailableReason() ?? 'none', 'a WebGPU adapter found by `await initWebGpu()`', 'Call `await initWebGpu()` before using the webgpu device, and check its result');
}

export function checkDevice(api: string, d: unknown): DeviceKind {
  if (d === 'cpu' || d === 'webgpu') return d;
  throw new UserError('device/unknown', api, 'unknown device', JSON.stringify(d), "'cpu' or 'webgpu'");
}

/** Sets the device of new arrays and of jit calls without committed arguments. */
export function setDefaultDevice(d: DeviceKind): void {
  const kind = checkDevice('setDefaultDevice', d);
  if (kind === 'webgpu') webGpuDeviceSync('setDefaultDevice');
  defaultKind = kind;
}

export const defaultDeviceKind = (): DeviceKind => defaultKind;

export function defaultDevice(): DeviceInfo {
  return devices().find((x) => x.kind === defaultKind) ?? CPU;
}
