// The WebGPU test environment: suites that need an adapter run only in the per-adapter processes of
// scripts/test-webgpu.mjs (KERNAX_WEBGPU_PROCESS=1); without an adapter they skip with a printed reason,
// or fail when KERNAX_REQUIRE_WEBGPU=1.
import type { Tensor, TypedArray } from '../../src/ir/core.js';
import type { Kernel } from '../../src/lower/kir.js';
import { compileJs } from '../../src/lower/codegen-js.js';
import type { WebGpuDevice } from '../../src/runtime/webgpu-device.js';
import { probeWebGpu } from '../../src/runtime/webgpu-device.js';

export const IN_ADAPTER_PROCESS = process.env.KERNAX_WEBGPU_PROCESS === '1';

/** A describe whose tests get the webgpu device from `dev()`. */
export function gpuDescribe(title: string, body: (dev: () => WebGpuDevice) => void): void {
  if (!IN_ADAPTER_PROCESS) {
    describe(title, () => {
      it('runs in its own process per adapter: node scripts/test-webgpu.mjs (npm run test:webgpu)', function () { this.skip(); });
    });
    return;
  }
  let device: WebGpuDevice | undefined;
  describe(title, () => {
    before(async function () {
      const p = await probeWebGpu();
      if (p.ok) { device = p.device; return; }
      if (process.env.KERNAX_REQUIRE_WEBGPU === '1') throw new Error(`KERNAX_REQUIRE_WEBGPU=1 but no WebGPU adapter: ${p.reason}`);
      console.log(`  skipping WebGPU tests: ${p.reason}`);
      this.skip();
    });
    body(() => device!);
  });
}

const alloc = (t: Tensor['dtype'], n: number): TypedArray => (t === 'f32' ? new Float32Array(n) : t === 'i32' ? new Int32Array(n) : t === 'u32' ? new Uint32Array(n) : new Uint8Array(n));

/** The kernel's outputs computed by the compiled CPU (JS) backend: the reference. */
export function cpuRun(k: Kernel, inputs: readonly Tensor[]): Tensor[] {
  const outs: Tensor[] = k.outputs.map((b) => ({ shape: [...b.shape], dtype: b.dtype, data: alloc(b.dtype, b.shape.reduce((a, c) => a * c, 1)) }));
  compileJs(k)(inputs.map((t) => t.data), outs.map((t) => t.data));
  return outs;
}

export const tensor = (dtype: Tensor['dtype'], shape: number[], data: ArrayLike<number>): Tensor => {
  const d = alloc(dtype, shape.reduce((a, c) => a * c, 1));
  d.set(data);
  return { shape, dtype, data: d };
};

/** A deterministic pseudo-random f32 tensor in [lo, hi). */
export function randomF32(shape: number[], lo = -1, hi = 1, seed = 1): Tensor {
  let s = seed >>> 0 || 1;
  const n = shape.reduce((a, c) => a * c, 1);
  const d = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    s ^= s << 13; s >>>= 0; s ^= s >>> 17; s ^= s << 5; s >>>= 0;
    d[i] = lo + ((s >>> 8) / 16777216) * (hi - lo);
  }
  return { shape, dtype: 'f32', data: d };
}

const F = new Float32Array(1);
const I = new Int32Array(F.buffer);
/** Distance in units in the last place between two f32 values (0 when both NaN; Infinity when one is). */
export function ulpDiff(a: number, b: number): number {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b) ? 0 : Infinity;
  if (a === b) return 0;
  const ord = (x: number): number => { F[0] = x; const i = I[0]!; return i < 0 ? -2147483648 - i : i; };
  return Math.abs(ord(a) - ord(b));
}
