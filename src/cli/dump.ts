// `kernax dump`: import a module, trace its program(...) exports and print the requested stages:
// `jaxpr` (as traced), one stage per declared transform (`vmap`, `jacrev`, `vmap#2`, ...), `optimized`,
// then the lowering stages `plan`, `kernels`, `js` (printed when named in --stages or with
// --print-after-all; the default prints the jaxpr-level stages).
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Program } from '../api/program.js';
import { isProgram } from '../api/program.js';
import { makeJaxpr } from '../api/tracing.js';
import type { Jaxpr } from '../ir/core.js';
import { UserError } from '../ir/errors.js';
import { printClosedJaxpr, printJaxpr } from '../ir/printer.js';
import { parsePipeline } from '../ir/transform/pipeline.js';
import { OPTIMIZE_PIPELINE, runPipeline } from '../ir/transform/run-pipeline.js';
import type { StepResult } from '../ir/transform/steps.js';
import type { FlagSpec } from './args.js';
import { isLowerStage, LOWER_STAGES, lowerStages } from './lower-stages.js';
import { CliError, parseArgs, usage } from './args.js';
import type { Io } from './main.js';
import { printResult } from './opt.js';

const FLAGS: readonly FlagSpec[] = [
  { name: 'fn', takesValue: true, help: 'the exported program entry to dump (default: all)' },
  { name: 'stages', takesValue: true, help: 'comma-separated stages: jaxpr, one per declared transform (vmap, jacrev, ...), optimized, plan, kernels, js' },
  { name: 'print-after-all', takesValue: false, help: 'print every stage' },
  { name: 'format', takesValue: true, help: 'output format', values: ['text'] },
];

async function loadPrograms(file: string): Promise<[string, Program][]> {
  let mod: Record<string, unknown>;
  try {
    mod = (await import(pathToFileURL(resolve(file)).href)) as Record<string, unknown>;
  } catch (e) {
    throw new CliError(`kernax dump: cannot load '${file}': ${String((e as Error).message ?? e).split('\n')[0]}`);
  }
  const entries = Object.entries(mod).filter(([, v]) => isProgram(v)) as [string, Program][];
  if (entries.length === 0) throw new CliError(`kernax dump: '${file}' exports no program(...) entries`);
  return entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

interface Stage { readonly name: string; readonly text: string | (() => string) }

/** Every jaxpr-level stage of a program, in order. */
function stagesOf(name: string, p: Program): Stage[] {
  let cj;
  try {
    cj = makeJaxpr(p.fn)(...p.args);
  } catch (e) {
    // Whatever the user's function threw, the CLI reports it in one line.
    const kind = e instanceof UserError ? '' : `${(e as Error).name ?? 'Error'}: `;
    throw new CliError(`kernax dump: ${name} failed to trace: ${kind}${String((e as Error).message ?? e).split('\n')[0]}`);
  }
  const stages: Stage[] = [{ name: 'jaxpr', text: printClosedJaxpr(cj) }];
  const seen = new Map<string, number>();
  let cur: StepResult = { kind: 'one', jaxpr: cj.jaxpr };
  const steps = parsePipeline(p.transforms);
  for (const step of steps) {
    if (cur.kind === 'two') throw new CliError(`kernax dump: ${name}: linearize must be its last transform`);
    const n = (seen.get(step.name) ?? 0) + 1;
    seen.set(step.name, n);
    cur = runPipeline(cur.jaxpr, [step]);
    stages.push({ name: n === 1 ? step.name : `${step.name}#${n}`, text: printResult(cur) });
  }
  const optimized: StepResult = cur.kind === 'one' ? runPipeline(cur.jaxpr, OPTIMIZE_PIPELINE) : cur;
  stages.push({ name: 'optimized', text: printResult(optimized) });
  if (optimized.kind === 'one') {
    const lower = lowerStages(optimized.jaxpr, `kernax dump: ${name}`);
    for (const s of LOWER_STAGES) stages.push({ name: s, text: () => lower(s) });
  }
  return stages;
}


export async function runDump(argv: readonly string[], io: Io): Promise<number> {
  if (argv.includes('--help')) {
    io.out(usage('dump', '<module.ts|.js> [options]', FLAGS));
    return 0;
  }
  const { positionals, flags } = parseArgs('dump', argv, FLAGS);
  if (positionals.length !== 1) throw new CliError(`kernax dump: expected one module path, got ${positionals.length}`);
  let entries = await loadPrograms(positionals[0]!);
  const fn = flags.get('fn');
  if (typeof fn === 'string') {
    entries = entries.filter(([name]) => name === fn);
    if (entries.length === 0) throw new CliError(`kernax dump: no program entry named '${fn}'`);
  }
  const stagesFlag = flags.get('stages');
  const wanted = typeof stagesFlag === 'string' ? stagesFlag.split(',').map((s) => s.trim()).filter(Boolean) : null;
  for (const [name, p] of entries) {
    const stages = stagesOf(name, p);
    const names = stages.map((s) => s.name);
    const jaxprLevel = names.filter((s) => !isLowerStage(s));
    const pick = flags.has('print-after-all') ? names : wanted ?? jaxprLevel;
    for (const s of pick) {
      const stage = stages.find((x) => x.name === s);
      if (!stage) {
        const lowering = names.filter(isLowerStage);
        throw new CliError(`kernax dump: unknown stage '${s}' for ${name} (available: ${jaxprLevel.join(', ')})${lowering.length ? ` or a lowering stage (${lowering.join(', ')})` : ''}`);
      }
      io.out(`# ${name}: ${stage.name}\n${typeof stage.text === 'string' ? stage.text : stage.text()}\n`);
    }
  }
  return 0;
}
