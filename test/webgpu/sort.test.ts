// sort on the webgpu device as a shader (src/lower/wgsl-sort.ts: one workgroup per row, a bitonic
// network over a permutation in workgroup memory) instead of a read-back: against the reference
// interpreter, exactly (a sort moves values, it computes none), through jit(f, {device: 'webgpu'}).
// NaN (all equal, above +Inf), -0 == +0, ties kept in order (the argsort operand shows it), several
// keys, strided rows, every dtype, rows not a power of two, the longest row a workgroup takes, and
// the fallbacks (longer rows, five operands). On CPU adapters sort stays a host step (the shader is
// slower there: wgsl-profile.ts `hostSort`), so these cases check the read-back path; the suite runs them
// again with KERNAX_WEBGPU_SORT=shader (scripts/test-webgpu.mjs), which executes the shader on both CPU
// adapters. References and lowering at module load (README's SwiftShader note).
import { expect } from 'chai';
import { Array, interpret, jit, lax, makeJaxpr, np } from '../../src/index.js';
import type { Tensor } from '../../src/ir/core.js';
import { isCpuAdapter } from '../../src/lower/wgsl-profile.js';
import { emitSort, SORT_ROW_MAX } from '../../src/lower/wgsl-sort.js';
import type { WebGpuDevice } from '../../src/runtime/webgpu-device.js';
import { readValue, runExecutableWebGpu, uploadedValue } from '../../src/runtime/webgpu-exec.js';
import { tuningText } from '../../src/runtime/webgpu-device.js';
import { smooth, tensor, tricky } from '../helpers/tensors.js';
import { gpuDescribe, IN_ADAPTER_PROCESS } from './gpu-env.js';

type V = Parameters<typeof lax.neg>[0];

const iotaLike = (x: V, dim: number): V => lax.broadcastedIota('int32', [...(x as { shape: readonly number[] }).shape], dim);

interface Case { readonly name: string; readonly fn: (...a: V[]) => unknown; readonly inputs: readonly Tensor[]; readonly gpu: boolean; readonly sorts?: number }

const CASES: readonly Case[] = [
  { name: 'rows of f32 with NaN, ±Inf, ±0 and ties; positions carried along (stable)', fn: (x) => lax.sort([x, iotaLike(x, 1)], { dimension: 1, numKeys: 1 }), inputs: [tricky([6, 37], 1, 5)], gpu: true },
  { name: 'np.sort and np.argsort of the last axis', fn: (x) => [np.sort(x), np.argsort(x)], inputs: [tricky([3, 100], 2, 7)], gpu: true, sorts: 2 },
  { name: 'along axis 0 of a [50, 7] array (strided rows)', fn: (x) => lax.sort(x, { dimension: 0 }), inputs: [tricky([50, 7], 3, 5)], gpu: true },
  { name: 'middle axis of [2, 33, 3]', fn: (x) => lax.sort([x, iotaLike(x, 1)], { dimension: 1 }), inputs: [smooth([2, 33, 3], 4)], gpu: true },
  { name: 'two keys: i32 first, then f32; a u32 payload', fn: (k, x, u) => lax.sort([k, x, u], { dimension: 0, numKeys: 2 }), inputs: [tensor('i32', [64], (i) => (i * 7) % 5 - 2), tricky([64], 5, 4), tensor('u32', [64], (i) => (i * 2654435761) >>> 0)], gpu: true },
  { name: 'i32 extremes', fn: (x) => lax.sort(x, { dimension: 0 }), inputs: [tensor('i32', [9], (i) => [2147483647, -2147483648, 0, -1, 1, 2147483647, -2147483648, 5, -5][i]!)], gpu: true },
  { name: 'u32 with the top bit set', fn: (x) => lax.sort(x, { dimension: 0 }), inputs: [tensor('u32', [8], (i) => [4294967295, 0, 2147483648, 2147483647, 1, 4294967294, 3, 0][i]!)], gpu: true },
  { name: 'bool keys carry f32 values', fn: (x) => lax.sort([lax.gt(x, 0), x], { dimension: 0, numKeys: 1 }), inputs: [smooth([21], 6)], gpu: true },
  { name: 'a row of one element', fn: (x) => lax.sort(x, { dimension: 1 }), inputs: [smooth([5, 1], 7)], gpu: true },
  { name: `the longest row a workgroup sorts (${SORT_ROW_MAX}), ties and NaN`, fn: (x) => lax.sort([x, iotaLike(x, 0)], { dimension: 0 }), inputs: [tricky([SORT_ROW_MAX], 8, 13)], gpu: true },
  { name: 'sorted within a jit between kernels (one pass)', fn: (x) => lax.mul(np.sort(lax.add(x, 1)), 2), inputs: [smooth([4, 50], 9)], gpu: true },
  { name: `a longer row (${SORT_ROW_MAX + 1}): the host rule after a read-back`, fn: (x) => lax.sort(x, { dimension: 0 }), inputs: [smooth([SORT_ROW_MAX + 1], 10)], gpu: false },
  { name: 'five operands: the host rule after a read-back', fn: (x) => lax.sort([x, x, x, x, x], { dimension: 0 }), inputs: [smooth([10], 11)], gpu: false },
];

interface Prepared { readonly c: Case; readonly run: (...a: Array[]) => unknown; readonly want: Tensor[]; readonly compiled: { stats(): { hostSteps: number } } }

const prepared: Prepared[] = IN_ADAPTER_PROCESS ? CASES.map((c) => {
  const xs = c.inputs.map((t) => Array.fromTensor({ ...t, data: t.data.slice() }));
  const want = interpret(makeJaxpr(c.fn)(...xs), xs).map((a) => a.tensor());
  const run = jit(c.fn, { device: 'webgpu' });
  const compiled = run.lower(...xs).compile({ device: 'webgpu' });
  xs.forEach((x) => x.dispose());
  return { c, run: run as unknown as (...a: Array[]) => unknown, want, compiled };
}) : [];

gpuDescribe('sort as a shader on webgpu (bitonic per row in workgroup memory)', (dev) => {
  it('is a shader on GPUs, a host step on CPU adapters (unless KERNAX_WEBGPU_SORT says otherwise)', () => {
    const d = dev();
    const env = process.env.KERNAX_WEBGPU_SORT;
    expect(!!(d.profile.tuning && d.profile.hostSort)).to.equal(env === 'shader' ? false : env === 'host' ? true : isCpuAdapter(tuningText(d.adapterInfo)));
  });
  for (const p of prepared) {
    it(p.c.name, async () => {
      const prof = dev().profile;
      const shader = p.c.gpu && !(prof.tuning && prof.hostSort);
      expect(p.compiled.stats().hostSteps, 'host steps on webgpu').to.equal(shader ? 0 : p.c.sorts ?? 1);
      const xs = p.c.inputs.map((t) => Array.fromTensor({ ...t, data: t.data.slice() }, false, 'webgpu'));
      const r = p.run(...xs);
      const ys = (globalThis.Array.isArray(r) ? r : [r]) as Array[];
      expect(ys.length).to.equal(p.want.length);
      for (let k = 0; k < ys.length; k++) {
        const got = await ys[k]!.data();
        expect([...ys[k]!.shape]).to.deep.equal([...p.want[k]!.shape]);
        // Object.is keeps -0 and +0 apart: a stable sort puts each where the reference does.
        const bad = [...p.want[k]!.data].findIndex((w, i) => !Object.is(w, got[i]!));
        expect(bad, `output ${k} first differs at [${bad}]: ${got[bad]} vs ${p.want[k]!.data[bad]}`).to.equal(-1);
      }
      [...xs, ...ys].forEach((a) => a.dispose());
    });
  }
  it('the first key travels with the permutation where it fits in workgroup memory; the longest row without it (16 KiB) is sorted the same', async function () {
    const f32Row = (n: number) => [{ shape: [n], dtype: 'f32' as const }, { shape: [n], dtype: 'i32' as const }];
    const params = { dimension: 0, is_stable: true, num_keys: 1 };
    // 2048 slots of position and key fill WebGPU's default 16 KiB; 4096 need 32 KiB
    expect(emitSort(params, f32Row(2048))!.code).to.contain('var<workgroup> kx_key: array<f32, 2048>;');
    expect(emitSort(params, f32Row(SORT_ROW_MAX))!.code).not.to.contain('kx_key');
    expect(emitSort(params, f32Row(SORT_ROW_MAX), 32768)!.code).to.contain('swap = kx_before(base, b, a, xb, xa)');
    // the longest-row case again on this device with 16 KiB of workgroup memory: the global-load comparisons
    const p = prepared.find((q) => q.c.name.startsWith('the longest row'))!;
    const real = dev();
    const d: WebGpuDevice = { ...real, profile: { ...real.profile, maxComputeWorkgroupStorageSize: 16384, tuning: false } };
    const exe = (p.compiled as unknown as { executable: Parameters<typeof runExecutableWebGpu>[1] }).executable;
    const ins = p.c.inputs.map((t) => uploadedValue(d, { ...t, data: t.data.slice() }));
    const outs = runExecutableWebGpu(d, exe, ins);
    for (let k = 0; k < outs.length; k++) {
      const got = (await readValue(d, outs[k]!, p.want[k]!.dtype)).data;
      const bad = [...p.want[k]!.data].findIndex((w, i) => !Object.is(w, got[i]!));
      expect(bad, `output ${k} first differs at [${bad}]`).to.equal(-1);
    }
  });
});
