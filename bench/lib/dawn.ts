// Dawn for the WebGPU bench: kernax finds Dawn itself (KERNAX_WEBGPU_BACKEND picks the adapter), and
// jax-js is then given the SAME Dawn instance as `navigator.gpu` (compatibility feature level on
// OpenGL ES, a userAgent), so both peers share one adapter in one process. Imports src/ (device probe).
import { initWebGpu } from '../../src/index.js';
import { lastWebGpuProbe } from '../../src/runtime/webgpu-device.js';

export interface Dawn { backend: string; adapter: string; device: GPUDevice }

let shared: Promise<Dawn> | null = null;

/** Starts kernax's webgpu device once, then installs its Dawn GPU object as navigator.gpu. */
export function dawn(): Promise<Dawn> {
  shared ??= (async () => {
    const st = await initWebGpu();
    if (!st.available) throw new Error(`no WebGPU adapter: ${st.reason}`);
    const p = lastWebGpuProbe();
    if (!p?.ok) throw new Error('kernax webgpu probe did not settle');
    const gpu = p.device.gpu, compat = p.device.backend === 'opengles';
    if (!gpu) throw new Error('bench: the webgpu device was adopted, not found (no GPU object to give jax-js)');
    const nav = {
      userAgent: 'Node.js',
      hardwareConcurrency: 2,
      gpu: {
        requestAdapter: (o: GPURequestAdapterOptions = {}) => gpu.requestAdapter(compat ? { ...o, featureLevel: 'compatibility' } : o),
        getPreferredCanvasFormat: () => 'rgba8unorm',
        wgslLanguageFeatures: gpu.wgslLanguageFeatures,
      },
    };
    Object.defineProperty(globalThis, 'navigator', { value: nav, configurable: true, writable: true });
    const a = st.device.adapter as { architecture?: string; description?: string } | undefined;
    return { backend: p.device.backend, adapter: `${a?.architecture ?? ''} ${a?.description ?? ''}`.trim(), device: p.device.device };
  })();
  return shared;
}
