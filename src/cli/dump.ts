// `kernax dump`: import a module, trace its program(...) exports and print the requested stages.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { makeJaxpr } from '../api/tracing.js';
import type { Program } from '../api/program.js';
import { isProgram } from '../api/program.js';
import { UserError } from '../ir/errors.js';
import type { FlagSpec } from './args.js';
import { CliError, parseArgs, usage } from './args.js';
import type { Io } from './main.js';

const STAGES = ['jaxpr'] as const;
const FLAGS: readonly FlagSpec[] = [
  { name: 'fn', takesValue: true, help: 'the exported program entry to dump (default: all)' },
  { name: 'stages', takesValue: true, help: `comma-separated stages: ${STAGES.join(', ')}` },
  { name: 'print-after-all', takesValue: false, help: 'print every stage' },
  { name: 'format', takesValue: true, help: 'output format', values: ['text'] },
];

async function loadPrograms(file: string): Promise<[string, Program][]> {
  let mod: Record<string, unknown>;
  try {
    mod = (await import(pathToFileURL(resolve(file)).href)) as Record<string, unknown>;
  } catch (e) {
    throw new CliError(`kernax dump: cannot load '${file}': ${(e as Error).message.split('\n')[0]}`);
  }
  const entries = Object.entries(mod).filter(([, v]) => isProgram(v)) as [string, Program][];
  if (entries.length === 0) throw new CliError(`kernax dump: '${file}' exports no program(...) entries`);
  return entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function parseStages(flag: string | true | undefined): string[] {
  const list = typeof flag === 'string' ? flag.split(',').map((s) => s.trim()).filter(Boolean) : ['jaxpr'];
  for (const s of list) {
    if (!(STAGES as readonly string[]).includes(s)) throw new CliError(`kernax dump: unknown stage '${s}' (available: ${STAGES.join(', ')})`);
  }
  return list;
}

export async function runDump(argv: readonly string[], io: Io): Promise<number> {
  if (argv.includes('--help')) {
    io.out(usage('dump', '<module.ts|.js> [options]', FLAGS));
    return 0;
  }
  const { positionals, flags } = parseArgs('dump', argv, FLAGS);
  if (positionals.length !== 1) throw new CliError(`kernax dump: expected one module path, got ${positionals.length}`);
  const stages = parseStages(flags.get('stages'));
  let entries = await loadPrograms(positionals[0]!);
  const fn = flags.get('fn');
  if (typeof fn === 'string') {
    entries = entries.filter(([name]) => name === fn);
    if (entries.length === 0) throw new CliError(`kernax dump: no program entry named '${fn}'`);
  }
  for (const [name, p] of entries) {
    let text: string;
    try {
      text = String(makeJaxpr(p.fn)(...p.args));
    } catch (e) {
      // Whatever the user's function threw, the CLI reports it in one line.
      const kind = e instanceof UserError ? '' : `${(e as Error).name ?? 'Error'}: `;
      throw new CliError(`kernax dump: ${name} failed to trace: ${kind}${String((e as Error).message ?? e).split('\n')[0]}`);
    }
    for (const stage of stages) io.out(`# ${name}: ${stage}\n${text}\n`);
  }
  return 0;
}
