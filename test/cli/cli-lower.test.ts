// The CLI's lowering stages: `plan`, `kernels` and `js` for `kernax opt --stages` and `kernax dump
// --stages` (and --print-after-all), and their errors.
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { main } from '../../src/cli/main.js';

async function run(args: string[], stdin = ''): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { out: (t) => { out += t; }, err: (t) => { err += t; }, readStdin: async () => stdin });
  return { code, out, err };
}

const SOFTMAX = `{ lambda ; a:f32[4,8]. let
    b:f32[4] = reduce_max[axes=(1,)] a
    c:f32[4,1] = broadcast_in_dim[broadcast_dimensions=(0,) shape=(4, 1)] b
    d:f32[4,8] = sub a c
    e:f32[4,8] = exp d
    f:f32[4] = reduce_sum[axes=(1,)] e
    g:f32[4,1] = broadcast_in_dim[broadcast_dimensions=(0,) shape=(4, 1)] f
    h:f32[4,8] = div e g
  in (h,) }`;

const SIN2 = '{ lambda ; a:f32[3]. let b:f32[3] = sin a; c:f32[3] = mul b 2.0:f32[] in (c,) }';

describe('cli: lowering stages', () => {
  it('opt --stages plan,kernels,js prints the fusion plan, the kernel and its JS: a row softmax is one kernel', async () => {
    const r = await run(['opt', '-', '--stages', 'plan,kernels,js'], SOFTMAX);
    expect(r.err).to.equal('');
    expect(r.code).to.equal(0);
    const heads = r.out.split('\n').filter((l) => l.startsWith('# ') && !l.startsWith('# 1 kernel'));
    expect(heads).to.deep.equal(['# plan', '# kernels', '# js']);
    expect(r.out).to.contain('k0: loop reads (a) writes (h)');
    expect(r.out).to.contain('# 1 kernel, 0 host steps');
    expect(r.out.match(/^kernel /gm)).to.have.length(1);
    expect(r.out).to.contain('kernel k0(in0: f32[4,8], out0: f32[4,8])');
    expect(r.out).to.match(/max over r0 in 0\.\.8/);
    expect(r.out).to.contain('function kernel_k0(inputs, outputs) {');
    // deterministic
    expect((await run(['opt', '-', '--stages', 'plan,kernels,js'], SOFTMAX)).out).to.equal(r.out);
  });

  it('opt --stages jaxpr is the pipeline result; lowering follows the passes', async () => {
    const r = await run(['opt', '-', '--passes', 'jvp', '--stages', 'jaxpr,kernels'], SIN2);
    expect(r.code, r.err).to.equal(0);
    expect(r.out).to.match(/^# jaxpr\n\{ lambda ; a:f32\[3\] b:f32\[3\]\. let/);
    expect(r.out).to.contain('# kernels\nkernel ');
    expect(r.out).to.match(/cos/);
  });

  it('opt: an unknown stage, or a lowering stage after linearize, is one line and exit code 2', async () => {
    const bad = await run(['opt', '-', '--stages', 'plan,nope'], SIN2);
    expect(bad.code).to.equal(2);
    expect(bad.err).to.equal("kernax opt: unknown stage 'nope' (available: jaxpr, plan, kernels, js, wgsl)\n");
    const lin = await run(['opt', '-', '--passes', 'linearize', '--stages', 'plan'], SIN2);
    expect(lin.code).to.equal(2);
    expect(lin.err).to.match(/^kernax opt: stage 'plan' needs one jaxpr/);
  });

  // dump imports the user's module, which imports the built package: run it through the bin script.
  const bin = (args: string[]) => spawnSync(process.execPath, ['bin/kernax.mjs', ...args], { encoding: 'utf8' });
  const FIX = 'test/cli/fixtures';

  it('dump --stages optimized,plan,kernels,js lowers a program entry', function () {
    this.timeout(60000);
    const r = bin(['dump', `${FIX}/programs.ts`, '--fn', 'sinTimesTwo', '--stages', 'optimized,plan,kernels,js']);
    expect(r.stderr).to.equal('');
    expect(r.status).to.equal(0);
    const heads = r.stdout.split('\n').filter((l) => /^# sinTimesTwo: /.test(l));
    expect(heads).to.deep.equal(['# sinTimesTwo: optimized', '# sinTimesTwo: plan', '# sinTimesTwo: kernels', '# sinTimesTwo: js']);
    expect(r.stdout).to.contain('kernel k0(in0: f32[3], out0: f32[3])');
    expect(r.stdout).to.contain('h_sinF(');
  });

  it('dump: lowering stages are listed in the unknown-stage error and printed by --print-after-all', function () {
    this.timeout(60000);
    const bad = bin(['dump', `${FIX}/programs.ts`, '--fn', 'matvec', '--stages', 'wgsl-ish']);
    expect(bad.status).to.equal(2);
    expect(bad.stderr).to.equal("kernax dump: unknown stage 'wgsl-ish' for matvec (available: jaxpr, optimized) or a lowering stage (plan, kernels, js, wgsl)\n");
    const all = bin(['dump', `${FIX}/programs.ts`, '--fn', 'matvec', '--print-after-all']);
    expect(all.status, all.stderr).to.equal(0);
    const heads = all.stdout.split('\n').filter((l) => /^# matvec: /.test(l));
    expect(heads).to.deep.equal(['# matvec: jaxpr', '# matvec: optimized', '# matvec: plan', '# matvec: kernels', '# matvec: js', '# matvec: wgsl']);
  });
});
