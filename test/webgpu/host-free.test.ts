// argmax/argmin and reduce_window_sum/max as WGSL kernels (no host step, so no read-back mid-program):
// the cases of test/runtime/host-free-cases.ts through jit(f, {device: 'webgpu'}), against the
// reference interpreter. argmax indices and max pooling exact (the NaN test is on the bit pattern, so a
// finite-math WGSL compiler cannot fold it away); sum pooling within 1e-5 relative (the GPU may add a
// window in another order). References and lowering at module load (the SwiftShader note: README).
import { expect } from 'chai';
import { Array, interpret, jit, makeJaxpr } from '../../src/index.js';
import type { Tensor } from '../../src/ir/core.js';
import { bits, HOST_FREE_CASES } from '../runtime/host-free-cases.js';
import { gpuDescribe, IN_ADAPTER_PROCESS } from './gpu-env.js';

/** As test/webgpu/programs.test.ts: SwiftShader's sin/cos builtins are off by up to 5e-4 absolute. */
const TOL = process.env.KERNAX_WEBGPU_BACKEND === 'vulkan' ? 2e-3 : 1e-5;

interface Prepared { readonly name: string; readonly run: (x: Array) => unknown; readonly input: Tensor; readonly want: Tensor; readonly hostSteps: number; readonly exact: boolean }

const prepared: Prepared[] = IN_ADAPTER_PROCESS ? HOST_FREE_CASES.map((c) => {
  const x = Array.fromTensor({ ...c.input, data: c.input.data.slice() });
  const want = interpret(makeJaxpr(c.fn)(x), [x])[0]!.tensor();
  const run = jit(c.fn, { device: 'webgpu' });
  const hostSteps = run.lower(x).compile({ device: 'webgpu' }).stats().hostSteps;
  x.dispose();
  return { name: c.name, run: run as unknown as (x: Array) => unknown, input: c.input, want, hostSteps, exact: want.dtype !== 'f32' || c.name.startsWith('max pool') || c.name.startsWith('arg') };
}) : [];

gpuDescribe('former host steps as WGSL kernels: argmax/argmin, reduce_window, max pooling JVP and VJP, PRNG', () => {
  for (const c of prepared) {
    it(c.name, async () => {
      expect(c.hostSteps, 'host steps').to.equal(0);
      const x = Array.fromTensor({ ...c.input, data: c.input.data.slice() }, false, 'webgpu');
      const y = c.run(x) as Array;
      const got = await y.data();
      x.dispose(); y.dispose();
      const w = c.want.data;
      if (c.exact) expect([...got].map(bits)).to.deep.equal([...w].map(bits));
      else w.forEach((v, i) => {
        const g = got[i]!;
        if (!Number.isFinite(v)) expect(String(g), `[${i}]`).to.equal(String(v));
        else expect(Math.abs(g - v), `[${i}]: ${g} vs ${v}`).to.be.at.most(TOL * Math.max(1, Math.abs(v)));
      });
    });
  }
});
