// initWebGpu({ device }): kernax adopts a GPUDevice of the application's (src/runtime/webgpu-device.ts
// adoptWebGpuDevice). The adoption itself runs in a child process (adopt-child.ts: the process's device
// is chosen once): kernax on a device with WebGPU's default limits, its numbers against the CPU path,
// the application reading a kernax buffer on the same queue, Dawn's globals not installed. In this
// process: the same device again is accepted, another device and bad options are UserErrors.
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { initWebGpu } from '../../src/index.js';
import { createWebGpuDevice } from '../../src/runtime/webgpu-device.js';
import { gpuDescribe } from './gpu-env.js';

gpuDescribe('initWebGpu({ device }): kernax on the application\'s GPUDevice', (dev) => {
  it('runs on an adopted device with default limits, in a process of its own; the application reads its buffer; another device later is refused', function () {
    this.timeout(120000);
    const ts = import.meta.url.endsWith('.ts');
    const child = fileURLToPath(new URL(`./adopt-child.${ts ? 'ts' : 'js'}`, import.meta.url));
    const r = spawnSync(process.execPath, [...(ts ? ['--import', 'tsx'] : []), child], { env: process.env, encoding: 'utf8', timeout: 110000 });
    const line = (r.stdout ?? '').trim().split('\n').filter((l) => l.startsWith('{')).pop();
    expect(line, `child exit ${r.status ?? r.signal}: ${(r.stderr ?? '').split('\n').filter((l) => !l.startsWith('Warning')).slice(-8).join('\n')}`).to.be.a('string');
    const o = JSON.parse(line!) as { available: boolean; backend: string; maxInvocations: number; deviceLimit: number; maxDiff: number; appSame: boolean; again: boolean; other: string };
    expect(o.available).to.equal(true);
    expect(o.backend).to.equal('external');
    // the profile is the device's limits (default 256 invocations; 128 in compatibility mode), not the adapter's
    expect(o.maxInvocations).to.equal(o.deviceLimit);
    expect(o.maxDiff).to.be.below(1e-4);
    expect(o.appSame, 'the application\'s own copy of the result equals data()').to.equal(true);
    expect(o.again, 'the same device again').to.equal(true);
    expect(o.other).to.match(/^initWebGpu: kernax already has a webgpu device/);
  });
  it('the process\'s own device again is accepted; another one, a non-device and non-object options are UserErrors', async () => {
    const st = await initWebGpu({ device: dev().device });
    expect(st.available).to.equal(true);
    const other = await createWebGpuDevice(dev());
    try {
      let err: unknown;
      await initWebGpu({ device: other.device }).catch((e: unknown) => { err = e; });
      expect(err).to.be.instanceOf(Error).with.property('name', 'UserError');
      expect((err as Error).message).to.match(/^initWebGpu: kernax already has a webgpu device/);
    } finally {
      other.device.destroy();
    }
    const bad = async (opts: unknown): Promise<string> => { try { await initWebGpu(opts as never); return 'no error'; } catch (e) { return `${(e as Error).name}: ${(e as Error).message}`; } };
    expect(await bad({ device: {} })).to.match(/^UserError: initWebGpu: `device` is not a GPUDevice — got an object with keys \(none\)/);
    expect(await bad({ device: null })).to.match(/^UserError: initWebGpu: `device` is not a GPUDevice — got null/);
    expect(await bad(dev().device)).to.match(/^UserError: initWebGpu: options must be an object — got a GPUDevice itself, expected \{ device\?: GPUDevice \}/);
    expect(await bad(42)).to.match(/^UserError: initWebGpu: options must be an object — got number/);
  });
});
