// The CLI's structured output formats: Graphviz (`--format dot`) of a jaxpr (one node per equation, edges
// by data flow) or of a fusion plan (one node per kernel or host step, edges by the values passed between
// them), and the JSON form of a jaxpr (`--format json`). Imports ir and lower (plan types and names).
import type { Atom, Jaxpr, Var } from '../ir/core.js';
import { avalStr } from '../ir/dtype.js';
import type { PValue } from '../ir/params-codec.js';
import { eqnFields, literalValueText, printJaxpr } from '../ir/printer.js';
import type { FusionPlan } from '../lower/plan.js';
import { jaxprNames } from '../lower/plan-print.js';

/** A DOT string literal. */
const q = (s: string): string => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;

const atomText = (name: (v: Var) => string) => (a: Atom): string =>
  a.kind === 'lit' ? `${literalValueText(a)}:${avalStr(a.aval)}` : name(a);

/** Short param text for a node label: scalars and tuples inline, long or nested values elided. */
function paramLabel(v: PValue): string {
  switch (v.kind) {
    case 'int':
    case 'float': return String(v.value);
    case 'ident':
    case 'str': return v.text;
    case 'tuple': return `(${v.items.map(paramLabel).join(', ')})`;
    case 'list': return `[${v.items.map(paramLabel).join(', ')}]`;
    case 'record': return `${v.name}(…)`;
    case 'jaxpr': return '{ lambda … }';
  }
}

/**
 * A jaxpr as a Graphviz digraph: its inputs (ellipses), one box per equation (outputs, primitive and
 * short params), its outputs (double ellipses); an edge from each value's producer to each consumer.
 */
export function jaxprToDot(j: Jaxpr, graph = 'jaxpr'): string {
  const name = jaxprNames(j);
  const producer = new Map<number, string>();
  const lines = [`digraph ${q(graph)} {`, '  rankdir=TB;', '  node [shape=box, fontname="monospace", fontsize=10];'];
  for (const v of [...j.constvars, ...j.invars]) {
    const id = `in_${name(v)}`;
    producer.set(v.id, id);
    const isConst = j.constvars.includes(v);
    lines.push(`  ${id} [shape=ellipse, label=${q(`${name(v)}:${avalStr(v.aval)}${isConst ? ' (const)' : ''}`)}];`);
  }
  const edge = (a: Atom, to: string): void => {
    const from = a.kind === 'var' ? producer.get(a.id) : undefined;
    if (from) lines.push(`  ${from} -> ${to} [label=${q(name(a as Var))}];`);
  };
  j.eqns.forEach((e, i) => {
    const id = `e${i}`;
    const params = eqnFields(e).map((f) => `${f.key}=${paramLabel(f.value)}`).filter((s) => s.length <= 60);
    const outs = e.outputs.map((v) => `${name(v)}:${avalStr(v.aval)}`).join(' ');
    const lits = e.inputs.filter((a) => a.kind === 'lit').map(atomText(name));
    const label = [`${outs} = ${e.prim}${lits.length ? ` ${lits.join(' ')}` : ''}`, ...params].join('\n');
    lines.push(`  ${id} [label=${q(label)}];`);
    for (const a of e.inputs) edge(a, id);
    for (const v of e.outputs) producer.set(v.id, id);
  });
  j.outvars.forEach((a, i) => {
    lines.push(`  out_${i} [shape=doubleellipse, label=${q(`out ${i}: ${atomText(name)(a)}`)}];`);
    edge(a, `out_${i}`);
  });
  lines.push('}');
  return lines.join('\n');
}

/** A fusion plan as a Graphviz digraph: one node per kernel or host step, edges by the values between them. */
export function planToDot(p: FusionPlan, j: Jaxpr, graph = 'plan'): string {
  const name = jaxprNames(j);
  const writer = new Map<number, string>();
  const lines = [`digraph ${q(graph)} {`, '  rankdir=TB;', '  node [shape=box, fontname="monospace", fontsize=10];'];
  for (const v of [...j.constvars, ...j.invars]) {
    writer.set(v.id, `in_${name(v)}`);
    lines.push(`  in_${name(v)} [shape=ellipse, label=${q(`${name(v)}:${avalStr(v.aval)}`)}];`);
  }
  for (const k of p.kernels) {
    const prims = k.eqns.map((i) => j.eqns[i]!.prim);
    const summary = [...new Set(prims)].join(', ');
    lines.push(`  ${k.name} [${k.kind === 'host' ? 'style=dashed, ' : ''}label=${q(`${k.name}: ${k.kind}, ${prims.length} eqn${prims.length === 1 ? '' : 's'}\n${summary}`)}];`);
    for (const v of k.reads) {
      const from = writer.get(v.id);
      if (from) lines.push(`  ${from} -> ${k.name} [label=${q(`${name(v)}:${avalStr(v.aval)}`)}];`);
    }
    for (const v of k.writes) writer.set(v.id, k.name);
  }
  j.outvars.forEach((a, i) => {
    lines.push(`  out_${i} [shape=doubleellipse, label=${q(`out ${i}: ${atomText(name)(a)}:${avalStr(a.aval)}`)}];`);
    const from = a.kind === 'var' ? writer.get(a.id) : undefined;
    if (from) lines.push(`  ${from} -> out_${i};`);
  });
  lines.push('}');
  return lines.join('\n');
}

export type JsonValue = null | boolean | number | string | JsonValue[] | { [k: string]: JsonValue };

function paramJson(v: PValue): JsonValue {
  switch (v.kind) {
    case 'int':
    case 'float': return v.value;
    case 'ident':
    case 'str': return v.text;
    case 'tuple':
    case 'list': return v.items.map(paramJson);
    case 'record': return { [v.name]: Object.fromEntries(v.fields.map((f) => [f.key, paramJson(f.value)])) };
    case 'jaxpr': return jaxprToJson(v.jaxpr);
  }
}

/**
 * A jaxpr as JSON: binders `{name, aval}`, and per equation its primitive, params (as printed, nested
 * jaxprs as JSON), inputs (names, or literals as `{literal, aval}`) and outputs. Names match the text form.
 */
export function jaxprToJson(j: Jaxpr): JsonValue {
  const name = jaxprNames(j);
  const binder = (v: Var): JsonValue => ({ name: name(v), aval: avalStr(v.aval) });
  const atom = (a: Atom): JsonValue => (a.kind === 'lit' ? { literal: literalValueText(a), aval: avalStr(a.aval) } : name(a));
  return {
    constvars: j.constvars.map(binder),
    invars: j.invars.map(binder),
    eqns: j.eqns.map((e) => ({
      prim: e.prim,
      params: Object.fromEntries(eqnFields(e).map((f) => [f.key, paramJson(f.value)])),
      inputs: e.inputs.map(atom),
      outputs: e.outputs.map(binder),
    })),
    outvars: j.outvars.map(atom),
    text: printJaxpr(j),
  };
}
