// The kernax CLI: `dump` (trace a module's program entries and print stages) and `opt` (jaxpr text in,
// pipeline applied, text out). A thin shell over the library; errors are one line and exit code 2.
import { CliError } from './args.js';
import { runDump } from './dump.js';
import { runOpt } from './opt.js';
import { UserError } from '../ir/errors.js';

const TOP = `usage: kernax <command> [options]

commands:
  dump <module.ts|.js>   trace the program(...) entries a module exports and print their stages
  opt  <file.jaxpr|->    parse and verify a jaxpr (or one stage printed by dump), apply --passes, print it

Run 'kernax <command> --help' for the options of a command.
`;

export interface Io {
  out(text: string): void;
  err(text: string): void;
  readStdin(): Promise<string>;
}

const processIo: Io = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(c as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
};

/** Runs the CLI; returns the exit code (0 ok, 2 usage or input error). */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  const [cmd, ...rest] = argv;
  try {
    switch (cmd) {
      case 'dump': return await runDump(rest, io);
      case 'opt': return await runOpt(rest, io);
      case undefined:
      case '--help':
      case 'help':
        io.out(TOP);
        return cmd === undefined ? 2 : 0;
      default:
        throw new CliError(`kernax: unknown command '${cmd}' (expected dump or opt; see kernax --help)`);
    }
  } catch (e) {
    if (e instanceof CliError || e instanceof UserError) {
      io.err(`${e.message.split('\n')[0]}\n`);
      return 2;
    }
    // A bug of ours: still one line, no stack trace unless asked for.
    if (process.env.KERNAX_DEBUG === '1') throw e;
    const msg = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    io.err(`kernax: internal error: ${msg.split('\n')[0]} (KERNAX_DEBUG=1 shows the stack)\n`);
    return 1;
  }
}
