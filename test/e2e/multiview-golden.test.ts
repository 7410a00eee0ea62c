// Golden files of the model program (examples/multiview.ts) at every stage: both styles (torch, stax),
// forward and jacrev with respect to the input and to the parameters, from `jaxpr` to `wgsl`. The texts
// come from one `kernax dump --print-after-all --format json` run of the bin script, as a user runs it.
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { goldenCases } from '../helpers/golden.js';

interface DumpStage { readonly name: string; readonly text: string }
interface DumpProgram { readonly name: string; readonly transforms: string; readonly stages: readonly DumpStage[] }

const PROGRAMS: Readonly<Record<string, string>> = {
  'torch-multiview': 'multiview',
  'torch-multiviewJac': 'multiviewJac',
  'torch-multiviewJacParams': 'multiviewJacParams',
  'stax-multiview': 'staxMultiview',
  'stax-multiviewJac': 'staxMultiviewJac',
  'stax-multiviewJacParams': 'staxMultiviewJacParams',
};
const EXT: Readonly<Record<string, string>> = { plan: 'plan', kernels: 'kir', js: 'js', wgsl: 'wgsl' };
const extOf = (stage: string): string => EXT[stage] ?? 'jaxpr';

let dumped: DumpProgram[] | null = null;
function dump(): DumpProgram[] {
  if (!dumped) {
    const r = spawnSync(process.execPath, ['bin/kernax.mjs', 'dump', 'examples/multiview.ts', '--print-after-all', '--format', 'json'], { encoding: 'utf8', maxBuffer: 1 << 28 });
    if (r.status !== 0) throw new Error(`kernax dump failed (${r.status}): ${r.stderr}`);
    dumped = (JSON.parse(r.stdout) as { programs: DumpProgram[] }).programs;
  }
  return dumped;
}

const stageText = (program: string, stage: string): string => {
  const p = dump().find((x) => x.name === program);
  const s = p?.stages.find((x) => x.name === stage);
  if (!s) throw new Error(`no stage ${stage} of ${program}`);
  return s.text;
};

const STAGES = (program: string): string[] =>
  ['jaxpr', ...(program.endsWith('multiview') || program.endsWith('Multiview') || program.includes('Jac') ? ['vmap'] : []), ...(program.includes('Jac') ? ['jacrev'] : []), 'optimized', 'plan', 'kernels', 'js', 'wgsl'];

describe('e2e: golden files of the model program (examples/multiview.ts)', function () {
  this.timeout(120000);
  before(() => { dump(); });

  it('dumps every stage of every program entry, in order', () => {
    const names = dump().map((p) => p.name);
    expect(names).to.deep.equal(['multiview', 'multiviewJac', 'multiviewJacParams', 'perView', 'staxMultiview', 'staxMultiviewJac', 'staxMultiviewJacParams', 'staxPerView']);
    for (const program of Object.values(PROGRAMS)) {
      expect(dump().find((p) => p.name === program)!.stages.map((s) => s.name), program).to.deep.equal(STAGES(program));
    }
    expect(dump().find((p) => p.name === 'perView')!.stages.map((s) => s.name)).to.deep.equal(['jaxpr', 'optimized', 'plan', 'kernels', 'js', 'wgsl']);
  });

  for (const ext of ['jaxpr', 'plan', 'kir', 'js', 'wgsl']) {
    const cases: Record<string, () => string> = {};
    for (const [file, program] of Object.entries(PROGRAMS)) {
      for (const stage of STAGES(program)) if (extOf(stage) === ext) cases[`${file}-${stage}`] = () => stageText(program, stage);
    }
    goldenCases('multiview', cases, { ext, producer: 'test/e2e/multiview-golden.test.ts (kernax dump examples/multiview.ts --print-after-all --format json)' });
  }
});
