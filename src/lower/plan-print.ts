// The text form of a FusionPlan (golden files, `kernax dump --stage plan`): one block per kernel or host
// step in launch order, naming values as the jaxpr printer does, and a one-line summary. Imports only
// src/ir and plan.ts.
//
//   k0: loop reads (a, b) writes (e)
//     c:f32[4] = mul a a
//     e:f32[4] = add c b
//   # 1 kernel, 0 host steps, 1 buffer
import type { Atom, Jaxpr, Var } from '../ir/core.js';
import { avalStr } from '../ir/dtype.js';
import { createNamer, literalValueText } from '../ir/printer.js';
import type { FusionPlan } from './plan.js';

/** Var ids read anywhere (eqn inputs, outvars, nested jaxprs): the printer names only these outputs. */
function usedIds(j: Jaxpr, into = new Set<number>()): Set<number> {
  for (const e of j.eqns) {
    for (const a of e.inputs) if (a.kind === 'var') into.add(a.id);
    if (e.prim === 'jit') usedIds(e.params.jaxpr, into);
  }
  for (const a of j.outvars) if (a.kind === 'var') into.add(a.id);
  return into;
}

/**
 * The printed name of each top-level var of `j`, exactly as `printJaxpr(j)` names it (by first
 * appearance; unused eqn outputs take no name and print `_`; nested jaxprs advance the counter).
 */
export function jaxprNames(j: Jaxpr): (v: Var) => string {
  const namer = createNamer();
  const used = usedIds(j);
  const names = new Map<number, string>();
  const bindAll = (jj: Jaxpr, top: boolean): void => namer.scoped(() => {
    for (const v of [...jj.constvars, ...jj.invars]) {
      const s = namer.bind(v);
      if (top) names.set(v.id, s);
    }
    for (const e of jj.eqns) {
      for (const v of e.outputs) {
        if (!used.has(v.id)) continue;
        const s = namer.bind(v);
        if (top) names.set(v.id, s);
      }
      if (e.prim === 'jit') bindAll(e.params.jaxpr, false);
    }
  });
  bindAll(j, true);
  return (v) => names.get(v.id) ?? '_';
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The canonical text of a plan of `j` (which must be the jaxpr it was planned from). */
export function printPlan(p: FusionPlan, j: Jaxpr): string {
  const name = jaxprNames(j);
  const atom = (a: Atom): string => (a.kind === 'lit' ? `${literalValueText(a)}:${avalStr(a.aval)}` : name(a));
  const list = (vs: readonly Var[]): string => `(${vs.map(name).join(', ')})`;
  const lines: string[] = [];
  for (const k of p.kernels) {
    lines.push(`${k.name}: ${k.kind} reads ${list(k.reads)} writes ${list(k.writes)}`);
    for (const ei of k.eqns) {
      const e = j.eqns[ei]!;
      const outs = e.outputs.map((v) => `${name(v)}:${avalStr(v.aval)}`).join(' ');
      const args = e.inputs.map(atom).join(' ');
      lines.push(`  ${outs} = ${e.prim}${args ? ` ${args}` : ''}`);
    }
  }
  const loops = p.kernels.filter((k) => k.kind === 'loop').length;
  const buffers = new Set(p.kernels.flatMap((k) => k.writes.map((v) => v.id))).size;
  lines.push(`# ${plural(loops, 'kernel')}, ${plural(p.kernels.length - loops, 'host step')}, ${plural(buffers, 'buffer')}`);
  return lines.join('\n');
}
