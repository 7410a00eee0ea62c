// Kernel-mode launches: the fusion plan's kernels compiled to JS functions, host steps for the rest.
// Imports src/ir, src/lower and the runtime's own files.
import type { Jaxpr } from '../ir/core.js';
import type { BufferTable } from './executable-types.js';
import type { Built } from './launches-host.js';
import { hostLaunches } from './launches-host.js';

/** Kernel launches of `j` (until the lowering lands: host steps). */
export function kernelLaunches(j: Jaxpr, table: BufferTable): Built {
  return hostLaunches(j, table);
}
