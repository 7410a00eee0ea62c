// `kernax opt`: read jaxpr text, verify it, apply a pipeline of transforms and passes, print the result;
// `--stages` picks what to print of it: `jaxpr` (the default), and the lowering stages `plan`, `kernels`,
// `js`, `wgsl` of the resulting jaxpr (lowered as is: put `inline,fold,simplify,cse,dce` in --passes to optimise).
// The input may be one stage of `kernax dump` (its `# name: stage` header lines are comments);
// `--format dot|json` prints the resulting jaxpr as Graphviz or JSON.
import { readFile } from 'node:fs/promises';
import { match } from 'ts-pattern';
import type { Jaxpr } from '../ir/core.js';
import { InternalError } from '../ir/errors.js';
import { parseJaxpr, ParseError } from '../ir/parser.js';
import { printJaxpr } from '../ir/printer.js';
import type { StepResult } from '../ir/transform/steps.js';
import { runPipeline } from '../ir/transform/run-pipeline.js';
import { verifyJaxpr } from '../ir/verify.js';
import type { FlagSpec } from './args.js';
import { isLowerStage, LOWER_STAGES, lowerStages } from './lower-stages.js';
import { CliError, parseArgs, usage } from './args.js';
import { jaxprToDot, jaxprToJson } from './format.js';
import type { Io } from './main.js';

const FLAGS: readonly FlagSpec[] = [
  { name: 'passes', takesValue: true, help: 'a pipeline, e.g. "vjp,dce" or "vmap{in_axes=4,out_axes=4,axis_size=5},jacrev,simplify"' },
  { name: 'verify', takesValue: false, help: 'verify the jaxpr after each step' },
  { name: 'print-after-all', takesValue: false, help: 'print the jaxpr after each step' },
  { name: 'stages', takesValue: true, help: 'comma-separated stages of the result to print: jaxpr (default), plan, kernels, js, wgsl' },
  { name: 'format', takesValue: true, help: 'text (default); dot or json: the resulting jaxpr as Graphviz or JSON', values: ['text', 'dot', 'json'] },
];

const OPT_STAGES = ['jaxpr', ...LOWER_STAGES] as const;

/** The stages named by --stages (each checked), or null for the default (the resulting jaxpr). */
function wantedStages(flag: string | true | undefined): string[] | null {
  if (typeof flag !== 'string') return null;
  const names = flag.split(',').map((s) => s.trim()).filter(Boolean);
  for (const s of names) {
    if (!(OPT_STAGES as readonly string[]).includes(s)) throw new CliError(`kernax opt: unknown stage '${s}' (available: ${OPT_STAGES.join(', ')})`);
  }
  return names;
}

/** Prints the requested stages of the pipeline's result. */
function printStages(result: StepResult, stages: readonly string[], file: string, io: Io): void {
  const lower = result.kind === 'one' ? lowerStages(result.jaxpr, `kernax opt: ${file}`) : null;
  for (const s of stages) {
    if (s === 'jaxpr') io.out(`# jaxpr\n${printResult(result)}\n`);
    else if (!lower || !isLowerStage(s)) throw new CliError(`kernax opt: stage '${s}' needs one jaxpr (linearize gives two)`);
    else io.out(`# ${s}\n${lower(s)}\n`);
  }
}

export function printResult(r: StepResult): string {
  return match(r)
    .with({ kind: 'one' }, (o) => printJaxpr(o.jaxpr))
    .with({ kind: 'two' }, (t) => `${printJaxpr(t.known)}\n${printJaxpr(t.linear)}`)
    .exhaustive();
}

/** For `opt` an ill-typed jaxpr is bad input, not a bug of ours: one line, exit code 2. */
function verifyInput(j: Jaxpr, file: string): void {
  try {
    verifyJaxpr(j, file, { checkWeak: false });
  } catch (e) {
    if (e instanceof InternalError) throw new CliError(`kernax opt: ${file}: the jaxpr does not verify: ${e.message.replace(/^bug: /, '').split('\n')[0]}`);
    throw e;
  }
}

async function readInput(file: string, io: Io): Promise<string> {
  let text: string;
  try {
    text = file === '-' ? await io.readStdin() : await readFile(file, 'utf8');
  } catch {
    throw new CliError(`kernax opt: cannot read '${file}'`);
  }
  return stripDumpHeaders(text, file);
}

/**
 * `kernax dump` output holds `# name: stage` header lines: they are comments (blanked, so that error
 * positions keep their line numbers). More than one stage is ambiguous: one line naming them.
 */
export function stripDumpHeaders(text: string, file: string): string {
  const lines = text.split('\n');
  const heads = lines.filter((l) => /^\s*#/.test(l));
  const stages = heads.map((l) => l.replace(/^\s*#\s*/, '')).filter((h) => /^\S+: \S+$/.test(h));
  if (stages.length > 1) throw new CliError(`kernax opt: ${file}: holds ${stages.length} stages (${stages.join(', ')}); pass one (kernax dump --stages NAME)`);
  return lines.map((l) => (/^\s*#/.test(l) ? '' : l)).join('\n');
}

/** The result as Graphviz or JSON (a linearize result: both jaxprs). */
function printFormatted(r: StepResult, format: 'dot' | 'json'): string {
  const js = r.kind === 'one' ? [r.jaxpr] : [r.known, r.linear];
  if (format === 'dot') return js.map((j, i) => jaxprToDot(j, js.length === 1 ? 'jaxpr' : ['known', 'linear'][i]!)).join('\n');
  return JSON.stringify({ jaxprs: js.map(jaxprToJson) }, null, 1);
}

export async function runOpt(argv: readonly string[], io: Io): Promise<number> {
  if (argv.includes('--help')) {
    io.out(usage('opt', '<file.jaxpr|-> [options]', FLAGS));
    return 0;
  }
  const { positionals, flags } = parseArgs('opt', argv, FLAGS);
  if (positionals.length !== 1) throw new CliError(`kernax opt: expected one input file (or - for stdin), got ${positionals.length}`);
  const file = positionals[0]!;
  const text = await readInput(file, io);
  let jaxpr: Jaxpr;
  try {
    jaxpr = parseJaxpr(text);
  } catch (e) {
    if (e instanceof ParseError) throw new CliError(`kernax opt: ${file}: ${e.message.split('\n')[0]}`);
    throw e;
  }
  verifyInput(jaxpr, file);
  const stages = wantedStages(flags.get('stages'));
  const passes = flags.get('passes');
  const printAll = flags.has('print-after-all');
  const result = runPipeline(jaxpr, typeof passes === 'string' ? passes : '', {
    verify: flags.has('verify'),
    onAfter: printAll ? (step, r) => io.out(`# after ${step}\n${printResult(r)}\n`) : undefined,
  });
  const format = flags.get('format');
  if (format === 'dot' || format === 'json') {
    if (stages && stages.some((x) => x !== 'jaxpr')) throw new CliError(`kernax opt: --format ${format} prints the resulting jaxpr; use --format text for --stages ${stages.join(',')}`);
    io.out(`${printFormatted(result, format)}\n`);
  } else if (stages) printStages(result, stages, file, io);
  else if (!printAll || typeof passes !== 'string' || passes.trim() === '') io.out(`${printResult(result)}\n`);
  return 0;
}
