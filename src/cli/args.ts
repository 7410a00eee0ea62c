// Command-line parsing for the kernax CLI: flags, values and one-line usage errors. Imports nothing.

export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliError';
  }
}

export interface FlagSpec {
  readonly name: string;
  readonly takesValue: boolean;
  readonly help: string;
  readonly values?: readonly string[];
}

export interface Parsed {
  readonly positionals: string[];
  readonly flags: Map<string, string | true>;
}

/** Parses `--flag value`, `--flag=value` and boolean `--flag`; unknown flags are a CliError. */
export function parseArgs(cmd: string, argv: readonly string[], specs: readonly FlagSpec[]): Parsed {
  const positionals: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith('--') || a === '-') {
      positionals.push(a);
      continue;
    }
    const [name, inline] = a.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    const spec = specs.find((s) => s.name === name);
    if (!spec) throw new CliError(`kernax ${cmd}: unknown flag --${name} (see kernax ${cmd} --help)`);
    if (!spec.takesValue) {
      flags.set(name, true);
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined) throw new CliError(`kernax ${cmd}: --${name} needs a value`);
    if (spec.values && !spec.values.includes(value)) {
      throw new CliError(`kernax ${cmd}: --${name} must be one of ${spec.values.join(', ')}, got '${value}'`);
    }
    flags.set(name, value);
  }
  return { positionals, flags };
}

export function usage(cmd: string, synopsis: string, specs: readonly FlagSpec[]): string {
  const lines = specs.map((s) => `  --${s.name}${s.takesValue ? ' <value>' : ''}`.padEnd(28) + s.help);
  return [`usage: kernax ${cmd} ${synopsis}`, '', ...lines, '  --help'.padEnd(28) + 'show this help', ''].join('\n');
}
