// The lowering stages the CLI prints after the jaxpr-level ones: `plan` (the fusion plan), `kernels`
// (Kernel IR and host steps), `js` (the CPU kernels' source) and `wgsl` (the same kernels as WGSL compute
// shaders, for the pinned device profile, so the text does not depend on the machine), from one strict compile of a jaxpr
// (no host-mode fallback: a lowering failure is reported, not hidden). Imports runtime, ir.
import type { Jaxpr } from '../ir/core.js';
import { InternalError } from '../ir/errors.js';
import type { Executable } from '../runtime/executable.js';
import { getExecutable } from '../runtime/executable.js';
import { CliError } from './args.js';

export const LOWER_STAGES = ['plan', 'kernels', 'js', 'wgsl'] as const;
export type LowerStage = (typeof LOWER_STAGES)[number];

export const isLowerStage = (s: string): s is LowerStage => (LOWER_STAGES as readonly string[]).includes(s);

/** The text of each lowering stage of `j`, compiled once on first use. `where` prefixes errors. */
export function lowerStages(j: Jaxpr, where: string): (stage: LowerStage) => string {
  let exe: Executable | null = null;
  return (stage) => {
    if (!exe) {
      try {
        exe = getExecutable(j, { device: 'cpu', fallback: false });
      } catch (e) {
        if (e instanceof InternalError) throw new CliError(`${where}: lowering failed: ${e.message.split('\n')[0]}`);
        throw e;
      }
    }
    return exe.text[stage]();
  };
}
