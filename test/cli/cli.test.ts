import { expect } from 'chai';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { main } from '../../src/cli/main.js';

async function run(args: string[], stdin = ''): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { out: (t) => { out += t; }, err: (t) => { err += t; }, readStdin: async () => stdin });
  return { code, out, err };
}

const FIX = 'test/cli/fixtures';
const SIN2 = '{ lambda ; a:f32[3]. let b:f32[3] = sin a; c:f32[3] = mul b 2.0:f32[] in (c,) }';

describe('cli', () => {
  it('opt parses, verifies and prints a jaxpr file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kernax-'));
    const file = join(dir, 'f.jaxpr');
    writeFileSync(file, '{ lambda ; a:f32[3].\n let b:f32[3] = sin a\n c:f32[3] = mul b 2.0:f32[]\n in (c,) }\n');
    const r = await run(['opt', file]);
    expect(r).to.deep.equal({ code: 0, out: `${SIN2}\n`, err: '' });
  });

  it('opt reads stdin with -', async () => {
    const r = await run(['opt', '-'], SIN2);
    expect(r.code).to.equal(0);
    expect(r.out).to.equal(`${SIN2}\n`);
  });

  it('opt reports a syntax error in one line with line:column and exit code 2', async () => {
    const r = await run(['opt', '-'], '{ lambda ; a:f32[3]. let b:f32[3] = sin a in (b, }');
    expect(r.code).to.equal(2);
    expect(r.err.trim().split('\n')).to.have.length(1);
    expect(r.err).to.match(/line 1, column \d+/);
  });

  it('opt rejects a jaxpr that does not verify', async () => {
    const r = await run(['opt', '-'], '{ lambda ; a:f32[3]. let b:f32[4] = sin a in (b,) }');
    expect(r.code).to.equal(2);
    expect(r.err).to.match(/^kernax opt: -: the jaxpr does not verify: .*f32\[4\].*f32\[3\]/);
    expect(r.err.trim().split('\n')).to.have.length(1);
  });

  // dump loads the user's module, which imports the built package ('kernax' → dist/): run it as a user
  // would, through the bin script, so that both sides share one instance of the library.
  const bin = (args: string[]) => spawnSync(process.execPath, ['bin/kernax.mjs', ...args], { encoding: 'utf8' });

  it('dump traces the program entries of a module', function () {
    this.timeout(60000);
    const r = bin(['dump', `${FIX}/programs.ts`, '--fn', 'sinTimesTwo', '--stages', 'jaxpr']);
    expect(r.stderr).to.equal('');
    expect(r.status).to.equal(0);
    expect(r.stdout).to.equal(`# sinTimesTwo: jaxpr\n${SIN2}\n`);
  });

  it('dump shows a stage per declared transform, then optimized', function () {
    this.timeout(60000);
    const r = bin(['dump', `${FIX}/programs.ts`, '--fn', 'multiview']);
    expect(r.status, r.stderr).to.equal(0);
    const heads = r.stdout.split('\n').filter((l) => l.startsWith('# '));
    expect(heads).to.deep.equal(['# multiview: jaxpr', '# multiview: vmap', '# multiview: jacrev', '# multiview: optimized']);
    expect(r.stdout).to.contain('d:f32[3,2] = transpose[permutation=(1, 0)] c');
    expect(r.stdout).to.contain('reshape[new_sizes=(3, 2, 2, 3)]');
    const bad = bin(['dump', `${FIX}/programs.ts`, '--fn', 'multiview', '--stages', 'jaxpr,nope']);
    expect(bad.status).to.equal(2);
    expect(bad.stderr).to.match(/unknown stage 'nope' for multiview \(available: jaxpr, vmap, jacrev, optimized\)/);
  });

  it('dump: a function that fails to trace is one line and exit code 2', function () {
    this.timeout(60000);
    const r = bin(['dump', `${FIX}/programs.ts`, '--stages', 'jaxpr']);
    expect(r.status).to.equal(2);
    expect(r.stderr).to.match(/^kernax dump: broken failed to trace: .*np\.where/);
    expect(r.stderr.trim().split('\n')).to.have.length(1);
  });

  it('usage errors are one line and exit code 2', async () => {
    for (const args of [['frob'], ['dump', `${FIX}/programs.ts`, '--bogus'], ['dump', `${FIX}/programs.ts`, '--stages', 'nope'], ['dump', `${FIX}/empty.ts`], ['dump', `${FIX}/programs.ts`, '--fn', 'missing'], ['opt'], ['opt', '/nonexistent/file.jaxpr']]) {
      const r = await run(args);
      expect(r.code, args.join(' ')).to.equal(2);
      expect(r.err.trim().split('\n'), args.join(' ')).to.have.length(1);
      expect(r.err).to.match(/^kernax/);
    }
  });

  it('--help for every subcommand', async () => {
    for (const cmd of ['dump', 'opt']) {
      const r = await run([cmd, '--help']);
      expect(r.code).to.equal(0);
      expect(r.out).to.contain(`usage: kernax ${cmd}`);
    }
  });

  it('the bin script runs as npx kernax would', function () {
    this.timeout(60000);
    const r = spawnSync(process.execPath, ['bin/kernax.mjs', 'opt', '-'], { input: SIN2, encoding: 'utf8' });
    expect(r.stderr).to.equal('');
    expect(r.stdout).to.equal(`${SIN2}\n`);
    expect(r.status).to.equal(0);
  });
});
