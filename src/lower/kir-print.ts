// Deterministic text of Kernel IR kernels and host steps (goldens, `asText('kernels')`). Accumulators
// are named a0, a1, ... by the order of their reduce statements; a non-trivial node used twice within
// one statement is printed once as a `where t<k> = ...` binding. Imports only src/ir and kir*.ts.
import { formatFloat32 } from '../ir/lexer.js';
import type { BinaryFn, Expr, HostStep, Kernel, KernelBuffer, Loop, Stmt, Step } from './kir.js';
import { children } from './kir-build.js';

const INFIX: Partial<Record<BinaryFn, [string, number]>> = {
  or: ['|', 1], xor: ['^', 2], and: ['&', 3],
  eq: ['==', 4], ne: ['!=', 4], lt: ['<', 5], le: ['<=', 5], gt: ['>', 5], ge: ['>=', 5],
  shl: ['<<', 6], shr_arith: ['>>', 6], shr_logical: ['>>>', 6],
  add: ['+', 7], sub: ['-', 7], mul: ['*', 8], div: ['/', 8], rem: ['%', 8],
};

function constText(e: Extract<Expr, { op: 'const' }>): string {
  switch (e.type) {
    case 'f32': return formatFloat32(e.value);
    case 'i32': return String(e.value);
    case 'u32': return `${e.value}u`;
    case 'bool': return e.value ? 'true' : 'false';
  }
}

const isIndexMath = (e: Expr): boolean =>
  e.op === 'const' || e.op === 'index' || (e.op === 'binary' && e.type === 'i32' && INFIX[e.fn] !== undefined && isIndexMath(e.x) && isIndexMath(e.y));

/** Nodes worth a binding: used twice in the statement, not a leaf, load or pure index math. */
function sharedNodes(roots: readonly Expr[]): Set<Expr> {
  const uses = new Map<Expr, number>();
  const visit = (e: Expr): void => {
    const n = (uses.get(e) ?? 0) + 1;
    uses.set(e, n);
    if (n === 1) for (const c of children(e)) visit(c);
  };
  roots.forEach(visit);
  const out = new Set<Expr>();
  for (const [e, n] of uses) if (n > 1 && e.op !== 'const' && e.op !== 'index' && e.op !== 'acc' && e.op !== 'load' && !isIndexMath(e)) out.add(e);
  return out;
}

interface Names {
  readonly acc: ReadonlyMap<number, string>;
  readonly bound: Map<Expr, string>;
  readonly wheres: string[];
  readonly shared: ReadonlySet<Expr>;
}

function exprText(e: Expr, nm: Names, prec = 0): string {
  const b = nm.bound.get(e);
  if (b !== undefined) return b;
  if (nm.shared.has(e)) {
    const body = raw(e, nm, 0);
    const name = `t${nm.wheres.length}`;
    nm.wheres.push(`${name} = ${body}`);
    nm.bound.set(e, name);
    return name;
  }
  return raw(e, nm, prec);
}

function raw(e: Expr, nm: Names, prec: number): string {
  switch (e.op) {
    case 'const': return constText(e);
    case 'index': return e.loop;
    case 'acc': return nm.acc.get(e.stmt) ?? `acc${e.stmt}`;
    case 'load': return `load(in${e.input}, ${exprText(e.index, nm)})`;
    case 'unary': return `${e.fn}(${exprText(e.x, nm)})`;
    case 'cast': return `${e.type}(${exprText(e.x, nm)})`;
    case 'bitcast': return `bitcast_${e.type}(${exprText(e.x, nm)})`;
    case 'select': return `select(${exprText(e.cond, nm)}, ${exprText(e.t, nm)}, ${exprText(e.f, nm)})`;
    case 'binary': {
      const inf = INFIX[e.fn];
      if (!inf) return `${e.fn}(${exprText(e.x, nm)}, ${exprText(e.y, nm)})`;
      const [sym, p] = inf;
      const s = `${exprText(e.x, nm, p)} ${sym} ${exprText(e.y, nm, p + 1)}`;
      return p < prec ? `(${s})` : s;
    }
  }
}

const bufText = (b: KernelBuffer): string => `${b.dtype}[${b.shape.join(',')}]`;
const loopsText = (ls: readonly Loop[]): string => ls.map((l) => `${l.name} in 0..${l.extent}`).join(', ');

function stmtLines(s: Stmt, acc: ReadonlyMap<number, string>, pad: string): string[] {
  const roots = s.kind === 'store' ? [s.index, s.value] : [s.value];
  const nm: Names = { acc, bound: new Map(), wheres: [], shared: sharedNodes(roots) };
  let line: string;
  if (s.kind === 'reduce') {
    const over = s.inner.length ? ` over ${loopsText(s.inner)}` : '';
    line = `${acc.get(s.id)}: ${s.type} = ${s.op}${over}: ${exprText(s.value, nm)}`;
  } else {
    const head = s.inner.length ? `for ${loopsText(s.inner)}: ` : '';
    line = `${head}out${s.output}[${exprText(s.index, nm)}] = ${exprText(s.value, nm)}`;
  }
  return [pad + line, ...nm.wheres.map((w) => `${pad}  where ${w}`)];
}

/** The text of a kernel: signature, parallel loops, statements at their levels. */
export function printKernel(k: Kernel): string {
  const acc = new Map<number, string>();
  for (const s of k.stmts) if (s.kind === 'reduce') acc.set(s.id, `a${acc.size}`);
  const sig = [...k.inputs.map((b, i) => `in${i}: ${bufText(b)}`), ...k.outputs.map((b, i) => `out${i}: ${bufText(b)}`)];
  const lines = [`kernel ${k.name}(${sig.join(', ')})`];
  for (let lv = 0; lv <= k.loops.length; lv++) {
    const pad = '  '.repeat(lv + 1);
    for (const s of k.stmts) if (s.level === lv) lines.push(...stmtLines(s, acc, pad));
    const l = k.loops[lv];
    if (l) lines.push(`${pad}for ${l.name} in 0..${l.extent}:`);
  }
  return lines.join('\n');
}

/** The text of a host step. */
export function printHostStep(h: HostStep): string {
  const sig = [...h.inputs.map((b, i) => `in${i}: ${bufText(b)}`), ...h.outputs.map((b, i) => `out${i}: ${bufText(b)}`)];
  return `host ${h.name}(${sig.join(', ')}) = ${h.prim} ${JSON.stringify(h.params)}`;
}

/** The text of a kernel or host step. */
export function printStep(s: Step): string {
  return s.kind === 'host' ? printHostStep(s) : printKernel(s);
}
