// The CLI's output formats and plumbing: `--format dot` (Graphviz of a jaxpr, one node per equation, and of
// a fusion plan, one node per kernel), `--format json`, `--print-after-all`, `kernax opt` over a stage
// printed by `kernax dump`, the wgsl stage, --help everywhere, and one-line errors.
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { main } from '../../src/cli/main.js';

async function run(args: string[], stdin = ''): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { out: (t) => { out += t; }, err: (t) => { err += t; }, readStdin: async () => stdin });
  return { code, out, err };
}
const bin = (args: string[]) => spawnSync(process.execPath, ['bin/kernax.mjs', ...args], { encoding: 'utf8' });

const FIX = 'test/cli/fixtures';
const SIN2 = '{ lambda ; a:f32[3]. let b:f32[3] = sin a; c:f32[3] = mul b 2.0:f32[] in (c,) }';
const TWO_KERNELS = `{ lambda ; a:f32[4,8]. let
    b:f32[4] = reduce_sum[axes=(1,)] a
    c:f32[8] = reduce_sum[axes=(0,)] a
  in (b, c) }`;

describe('cli: formats', function () {
  this.timeout(60000);

  it('opt --format dot: one node per equation, edges by data flow', async () => {
    const r = await run(['opt', '-', '--format', 'dot'], SIN2);
    expect(r.err).to.equal('');
    expect(r.code).to.equal(0);
    expect(r.out).to.match(/^digraph "jaxpr" \{/);
    expect(r.out.match(/^ {2}e\d+ \[/gm)).to.have.length(2);
    expect(r.out).to.contain('e0 [label="b:f32[3] = sin"];');
    expect(r.out).to.contain('e1 [label="c:f32[3] = mul 2.0:f32[]"];');
    expect(r.out).to.contain('in_a -> e0 [label="a"];');
    expect(r.out).to.contain('e0 -> e1 [label="b"];');
    expect(r.out).to.contain('e1 -> out_0 [label="c"];');
    expect(r.out.trimEnd().endsWith('}')).to.equal(true);
  });

  it('opt --format json: binders, eqns with params, outputs; names as in the text', async () => {
    const r = await run(['opt', '-', '--format', 'json'], TWO_KERNELS);
    expect(r.code).to.equal(0);
    const j = JSON.parse(r.out) as { jaxprs: { invars: unknown[]; eqns: { prim: string; params: Record<string, unknown>; inputs: unknown[]; outputs: unknown[] }[]; outvars: unknown[]; text: string }[] };
    expect(j.jaxprs).to.have.length(1);
    const [jx] = j.jaxprs;
    expect(jx!.invars).to.deep.equal([{ name: 'a', aval: 'f32[4,8]' }]);
    expect(jx!.eqns.map((e) => e.prim)).to.deep.equal(['reduce_sum', 'reduce_sum']);
    expect(jx!.eqns[1]).to.deep.equal({ prim: 'reduce_sum', params: { axes: [0] }, inputs: ['a'], outputs: [{ name: 'c', aval: 'f32[8]' }] });
    expect(jx!.outvars).to.deep.equal(['b', 'c']);
    expect(jx!.text).to.contain('c:f32[8] = reduce_sum[axes=(0,)] a');
  });

  it('opt --format dot with a lowering stage is a one-line usage error', async () => {
    const r = await run(['opt', '-', '--format', 'dot', '--stages', 'js'], SIN2);
    expect(r.code).to.equal(2);
    expect(r.err.trim().split('\n')).to.have.length(1);
    expect(r.err).to.match(/^kernax opt: --format dot/);
  });

  it('dump --format dot of the plan: one node per kernel', () => {
    const r = bin(['dump', `${FIX}/programs.ts`, '--fn', 'matvec', '--stages', 'optimized,plan', '--format', 'dot']);
    expect(r.stderr).to.equal('');
    expect(r.status).to.equal(0);
    const graphs = r.stdout.match(/^digraph "[^"]*"/gm);
    expect(graphs).to.deep.equal(['digraph "matvec: optimized"', 'digraph "matvec: plan"']);
    const plan = r.stdout.slice(r.stdout.indexOf('digraph "matvec: plan"'));
    expect(plan.match(/^ {2}k\d+ \[/gm)).to.have.length(1);
    expect(plan).to.contain('k0 [label="k0: loop, 1 eqn\\ndot_general"];');
    expect(plan).to.contain('in_a -> k0 [label="a:f32[2,3]"];');
    expect(plan).to.contain('k0 -> out_0;');
  });

  it('dump --format dot of a non-graph stage is one line and exit code 2; --print-after-all skips those', () => {
    const bad = bin(['dump', `${FIX}/programs.ts`, '--fn', 'matvec', '--stages', 'js', '--format', 'dot']);
    expect(bad.status).to.equal(2);
    expect(bad.stderr).to.match(/^kernax dump: --format dot shows jaxpr stages and the plan, not 'js'/);
    expect(bad.stderr.trim().split('\n')).to.have.length(1);
    const all = bin(['dump', `${FIX}/programs.ts`, '--fn', 'multiview', '--print-after-all', '--format', 'dot']);
    expect(all.status, all.stderr).to.equal(0);
    expect(all.stdout.match(/^digraph "[^"]*"/gm)).to.deep.equal(['digraph "multiview: jaxpr"', 'digraph "multiview: vmap"', 'digraph "multiview: jacrev"', 'digraph "multiview: optimized"', 'digraph "multiview: plan"']);
  });

  it('dump --format json: one document, every requested stage with its text, jaxpr stages with their JSON form', () => {
    const r = bin(['dump', `${FIX}/programs.ts`, '--fn', 'multiview', '--stages', 'jaxpr,jacrev,plan', '--format', 'json']);
    expect(r.status, r.stderr).to.equal(0);
    const doc = JSON.parse(r.stdout) as { programs: { name: string; transforms: string; stages: { name: string; text: string; jaxpr?: { eqns: { prim: string }[] } }[] }[] };
    expect(doc.programs).to.have.length(1);
    const [p] = doc.programs;
    expect(p!.name).to.equal('multiview');
    expect(p!.transforms).to.equal('vmap{in_axes=0,out_axes=1,axis_size=2},jacrev');
    expect(p!.stages.map((s) => s.name)).to.deep.equal(['jaxpr', 'jacrev', 'plan']);
    expect(p!.stages[0]!.jaxpr!.eqns.map((e) => e.prim)).to.deep.equal(['sin', 'mul']);
    expect(p!.stages[0]!.text).to.match(/^\{ lambda ; a:f32\[3\]\. let/);
    expect(p!.stages[2]!.jaxpr).to.equal(undefined);
    expect(p!.stages[2]!.text).to.match(/^k0: loop reads/);
  });

  it('dump --print-after-all prints every stage, wgsl included', () => {
    const r = bin(['dump', `${FIX}/programs.ts`, '--fn', 'sinTimesTwo', '--print-after-all']);
    expect(r.status, r.stderr).to.equal(0);
    expect(r.stdout.split('\n').filter((l) => /^# sinTimesTwo: /.test(l))).to.deep.equal(
      ['jaxpr', 'optimized', 'plan', 'kernels', 'js', 'wgsl'].map((s) => `# sinTimesTwo: ${s}`));
    expect(r.stdout).to.contain('@compute');
  });

  it('dump --stages optimized | opt - --passes ...: opt reads a printed stage', async () => {
    const d = bin(['dump', `${FIX}/programs.ts`, '--fn', 'sinTimesTwo', '--stages', 'optimized']);
    expect(d.status, d.stderr).to.equal(0);
    expect(d.stdout.startsWith('# sinTimesTwo: optimized\n')).to.equal(true);
    const r = await run(['opt', '-', '--passes', 'jacrev,simplify'], d.stdout);
    expect(r.err).to.equal('');
    expect(r.code).to.equal(0);
    expect(r.out).to.match(/cos a/);
    expect(r.out).to.match(/^\{ lambda ; a:f32\[3\]\. let/);
    // the same through a real pipe, as a user types it
    const sh = spawnSync('sh', ['-c', `node bin/kernax.mjs dump ${FIX}/programs.ts --fn multiview --stages optimized | node bin/kernax.mjs opt - --passes simplify,dce`], { encoding: 'utf8' });
    expect(sh.stderr).to.equal('');
    expect(sh.status).to.equal(0);
    expect(sh.stdout).to.match(/^\{ lambda ; a:f32\[2,3\]\. let/);
  });

  it('opt given several dumped stages says so in one line', async () => {
    const r = await run(['opt', '-'], `# f: jaxpr\n${SIN2}\n# f: optimized\n${SIN2}\n`);
    expect(r.code).to.equal(2);
    expect(r.err).to.equal('kernax opt: -: holds 2 stages (f: jaxpr, f: optimized); pass one (kernax dump --stages NAME)\n');
  });

  it('--help for the top level and every subcommand names the new flags', async () => {
    const top = await run(['--help']);
    expect(top.code).to.equal(0);
    expect(top.out).to.contain('dump <module.ts|.js>');
    const dump = await run(['dump', '--help']);
    expect(dump.code).to.equal(0);
    for (const f of ['--fn', '--stages', '--print-after-all', '--format']) expect(dump.out).to.contain(f);
    expect(dump.out).to.contain('wgsl');
    const opt = await run(['opt', '--help']);
    for (const f of ['--passes', '--verify', '--print-after-all', '--stages', '--format']) expect(opt.out).to.contain(f);
  });

  it('bad --format values, bad transforms and unknown flags are one line and exit code 2', async () => {
    for (const args of [['opt', '-', '--format', 'svg'], ['dump', `${FIX}/programs.ts`, '--format', 'yaml'], ['opt', '-', '--passes', 'frobnicate'], ['opt', '-', '--nope']]) {
      const r = await run(args, SIN2);
      expect(r.code, args.join(' ')).to.equal(2);
      expect(r.err.trim().split('\n'), args.join(' ')).to.have.length(1);
      expect(r.err, args.join(' ')).to.match(/^kernax|^pipeline/);
    }
  });
});
