// Host-mode launches: every equation of a jaxpr one host step, evaluated with the reference rules
// of src/ir/eval.ts. The oracle-equivalent executable, and the fallback for steps without kernels.
// Imports src/ir and ./executable-types.
import type { Jaxpr } from '../ir/core.js';
import { printEqn } from '../ir/printer.js';
import type { BufferTable, Executable, Launch } from './executable-types.js';

export interface Built {
  readonly launches: Launch[];
  readonly text: Executable['text'];
}

/** Host mode: one host step per equation, evaluated with the reference rules. */
export function hostLaunches(j: Jaxpr, table: BufferTable): Built {
  const launches: Launch[] = j.eqns.map((e, i) => ({
    kind: 'host',
    name: `h${i}`,
    prim: e.prim,
    params: e.params,
    inAvals: e.inputs.map((a) => a.aval),
    outAvals: e.outputs.map((v) => v.aval),
    reads: e.inputs.map((a) => table.of(a)),
    writes: e.outputs.map((v) => table.define(v)),
  }));
  const text = () => j.eqns.map((e, i) => `host h${i}: ${printEqn(e)}`).join('\n');
  return { launches, text: { plan: () => `plan (host mode): ${j.eqns.length} host steps\n${text()}`, kernels: text, js: () => '// host mode: no kernels', wgsl: () => '// host mode: no kernels' } };
}

