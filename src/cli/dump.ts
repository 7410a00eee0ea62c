// `kernax dump`: import a module, trace its program(...) exports and print the requested stages:
// `jaxpr` (as traced), one stage per declared transform (`vmap`, `jacrev`, `vmap#2`, ...), `optimized`,
// then the lowering stages `plan`, `kernels`, `js`, `wgsl` (printed when named in --stages or with
// --print-after-all; the default prints the jaxpr-level stages), as text, Graphviz (`--format dot`: jaxpr
// stages and the plan) or one JSON document (`--format json`).
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Program } from '../api/program.js';
import { isProgram } from '../api/program.js';
import { makeJaxpr } from '../api/tracing.js';
import type { Jaxpr } from '../ir/core.js';
import { UserError } from '../ir/errors.js';
import { printClosedJaxpr } from '../ir/printer.js';
import type { PipelineStep } from '../ir/transform/pipeline.js';
import { parsePipeline } from '../ir/transform/pipeline.js';
import { planFusion } from '../lower/plan.js';
import type { JsonValue } from './format.js';
import { jaxprToDot, jaxprToJson, planToDot } from './format.js';
import { OPTIMIZE_PIPELINE, runPipeline } from '../ir/transform/run-pipeline.js';
import type { StepResult } from '../ir/transform/steps.js';
import type { FlagSpec } from './args.js';
import { isLowerStage, LOWER_STAGES, lowerStages } from './lower-stages.js';
import { CliError, parseArgs, usage } from './args.js';
import type { Io } from './main.js';
import { printResult } from './opt.js';
import { expandForKernels } from '../lower/expand.js';

const FLAGS: readonly FlagSpec[] = [
  { name: 'fn', takesValue: true, help: 'the exported program entry to dump (default: all)' },
  { name: 'stages', takesValue: true, help: 'comma-separated stages: jaxpr, one per declared transform (vmap, jacrev, ...), optimized, plan, kernels, js, wgsl' },
  { name: 'print-after-all', takesValue: false, help: 'print every stage' },
  { name: 'format', takesValue: true, help: 'text (default); dot: Graphviz of jaxpr stages and of the plan; json: one document', values: ['text', 'dot', 'json'] },
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

interface Stage {
  readonly name: string;
  readonly text: string | (() => string);
  /** A jaxpr-level stage's result (for dot and json). */
  readonly result?: StepResult;
  /** The plan stage: the planned jaxpr (for dot). */
  readonly planOf?: Jaxpr;
}

/** The program's declared transforms; a bad pipeline is the module's fault: one line. */
function parseTransforms(name: string, text: string): PipelineStep[] {
  try {
    return parsePipeline(text);
  } catch (e) {
    if (e instanceof UserError) throw new CliError(`kernax dump: ${name}: bad transforms ${JSON.stringify(text)}: ${e.message.split('\n')[0]}`);
    throw e;
  }
}

/** One declared transform; a transform that rejects the traced jaxpr is reported in one line. */
function transformStep(name: string, j: Jaxpr, step: PipelineStep): StepResult {
  try {
    return runPipeline(j, [step]);
  } catch (e) {
    if (e instanceof UserError) throw new CliError(`kernax dump: ${name}: ${step.name} failed: ${e.message.split('\n')[0]}`);
    throw e;
  }
}

/** Every stage of a program, in order (the lowering stages compile lazily). */
function stagesOf(name: string, p: Program): Stage[] {
  let cj;
  try {
    cj = makeJaxpr(p.fn)(...p.args);
  } catch (e) {
    // Whatever the user's function threw, the CLI reports it in one line.
    const kind = e instanceof UserError ? '' : `${(e as Error).name ?? 'Error'}: `;
    throw new CliError(`kernax dump: ${name} failed to trace: ${kind}${String((e as Error).message ?? e).split('\n')[0]}`);
  }
  const stages: Stage[] = [{ name: 'jaxpr', text: printClosedJaxpr(cj), result: { kind: 'one', jaxpr: cj.jaxpr } }];
  const seen = new Map<string, number>();
  let cur: StepResult = { kind: 'one', jaxpr: cj.jaxpr };
  const steps = parseTransforms(name, p.transforms);
  for (const step of steps) {
    if (cur.kind === 'two') throw new CliError(`kernax dump: ${name}: linearize must be its last transform`);
    const n = (seen.get(step.name) ?? 0) + 1;
    seen.set(step.name, n);
    cur = transformStep(name, cur.jaxpr, step);
    stages.push({ name: n === 1 ? step.name : `${step.name}#${n}`, text: printResult(cur), result: cur });
  }
  const optimized: StepResult = cur.kind === 'one' ? runPipeline(cur.jaxpr, OPTIMIZE_PIPELINE) : cur;
  stages.push({ name: 'optimized', text: printResult(optimized), result: optimized });
  if (optimized.kind === 'one') {
    const j = optimized.jaxpr;
    const lower = lowerStages(j, `kernax dump: ${name}`);
    for (const s of LOWER_STAGES) stages.push({ name: s, text: () => lower(s), ...(s === 'plan' ? { planOf: expandForKernels(j) } : {}) });
  }
  return stages;
}


type Format = 'text' | 'dot' | 'json';

/** The stages to print: --print-after-all, --stages (each checked), or the jaxpr-level ones. */
function pickStages(name: string, stages: readonly Stage[], wanted: readonly string[] | null, all: boolean): Stage[] {
  const names = stages.map((s) => s.name);
  const jaxprLevel = names.filter((s) => !isLowerStage(s));
  const pick = all ? names : wanted ?? jaxprLevel;
  return pick.map((s) => {
    const stage = stages.find((x) => x.name === s);
    if (stage) return stage;
    const lowering = names.filter(isLowerStage);
    throw new CliError(`kernax dump: unknown stage '${s}' for ${name} (available: ${jaxprLevel.join(', ')})${lowering.length ? ` or a lowering stage (${lowering.join(', ')})` : ''}`);
  });
}

const textOf = (s: Stage): string => (typeof s.text === 'string' ? s.text : s.text());

/** A stage as Graphviz, or null when it has no graph form (kernels, js, wgsl). */
function dotOf(name: string, s: Stage): string | null {
  const graph = `${name}: ${s.name}`;
  if (s.result?.kind === 'one') return jaxprToDot(s.result.jaxpr, graph);
  if (s.result?.kind === 'two') return `${jaxprToDot(s.result.known, `${graph} (known)`)}\n${jaxprToDot(s.result.linear, `${graph} (linear)`)}`;
  if (s.planOf) {
    textOf(s); // compiles (strictly), so that a lowering failure is reported as in the text form
    return planToDot(planFusion(s.planOf), s.planOf, graph);
  }
  return null;
}

function jsonOf(s: Stage): JsonValue {
  const r = s.result;
  const jaxpr = r === undefined ? undefined : r.kind === 'one' ? jaxprToJson(r.jaxpr) : [jaxprToJson(r.known), jaxprToJson(r.linear)];
  return { name: s.name, text: textOf(s), ...(jaxpr === undefined ? {} : { jaxpr }) };
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
  const all = flags.has('print-after-all');
  const format = (flags.get('format') ?? 'text') as Format;
  const json: JsonValue[] = [];
  for (const [name, p] of entries) {
    const picked = pickStages(name, stagesOf(name, p), wanted, all);
    if (format === 'json') {
      json.push({ name, transforms: p.transforms, stages: picked.map(jsonOf) });
      continue;
    }
    for (const stage of picked) {
      if (format === 'text') {
        io.out(`# ${name}: ${stage.name}\n${textOf(stage)}\n`);
        continue;
      }
      const dot = dotOf(name, stage);
      if (dot !== null) io.out(`${dot}\n`);
      else if (!all) throw new CliError(`kernax dump: --format dot shows jaxpr stages and the plan, not '${stage.name}' (use --format text)`);
    }
  }
  if (format === 'json') io.out(`${JSON.stringify({ programs: json }, null, 1)}\n`);
  return 0;
}
