// CPU backend: prints a Kernel (kir.ts) as the JS source of `function(inputs, outputs)` over typed arrays
// (plain counted `for` loops, accumulators in locals, loop-invariant values hoisted to the shallowest
// loop that defines them, shared nodes computed once) and compiles it with `new Function`, cached by
// source text. Scalar semantics are codegen-js-ops.ts's. Imports only src/ir and src/lower.
import type { TypedArray } from '../ir/core.js';
import { InternalError } from '../ir/errors.js';
import type { Expr, Kernel, Loop, Stmt } from './kir.js';
import { children } from './kir-build.js';
import { JS_HELPERS, binaryJs, bitcastJs, castJs, constJs, reduceInit, reduceStep, unaryJs, type OpCtx } from './codegen-js-ops.js';

export type KernelFn = (inputs: readonly TypedArray[], outputs: readonly TypedArray[]) => void;

/** A scope of the generated code: the root, or the body of one loop. */
interface Frame {
  readonly depth: number;
  readonly items: (string | Frame)[];
  readonly header: string;
  /** Where hoisted declarations go: before the currently open child loop. */
  insertAt: number;
  readonly memo: Map<number, string>;
  /** Loop names bound by this frame. */
  readonly loop?: string;
}

interface Gen {
  readonly k: Kernel;
  readonly op: OpCtx;
  readonly uses: ReadonlyMap<number, number>;
  readonly stack: Frame[];
  readonly accName: Map<number, string>;
  /** Frame depth where each reduce's accumulator becomes available. */
  readonly accDepth: Map<number, number>;
  temps: number;
  readonly inputsUsed: Set<number>;
  readonly outputsUsed: Set<number>;
}

const newFrame = (depth: number, header: string, loop?: string): Frame => ({ depth, items: [], header, insertAt: 0, memo: new Map(), loop });

const SAFE = /^[a-z][a-z0-9_]*$/i;
const RESERVED = new Set(['in', 'do', 'if', 'for', 'let', 'new', 'var', 'try', 'case', 'else', 'this', 'void', 'with', 'H', 'BF', 'BI', 'BU', 'inputs', 'outputs', 'Math', 'Number', 'NaN', 'Infinity']);

/** The JS name of loop `name` in scope (the innermost frame binding it). */
function loopJs(g: Gen, name: string): { js: string; depth: number } {
  for (let d = g.stack.length - 1; d >= 0; d--) if (g.stack[d]!.loop === name) return { js: jsLoopName(name, d), depth: d };
  throw new InternalError(`codegen-js: loop ${name} is not in scope in kernel ${g.k.name}`);
}
const jsLoopName = (name: string, depth: number): string =>
  SAFE.test(name) && !RESERVED.has(name) && !/^(t|a|in|out|h_)\d*$/.test(name) && !name.startsWith('h_') ? name : `L${depth}`;

/** Frame depth at which all of `e`'s free loops and accumulators are defined (memoised per frame chain). */
function depthOf(g: Gen, e: Expr, memo: Map<number, number>): number {
  const hit = memo.get(e.id);
  if (hit !== undefined) return hit;
  let d = 0;
  if (e.op === 'index') d = loopJs(g, e.loop).depth;
  else if (e.op === 'acc') d = g.accDepth.get(e.stmt) ?? -1;
  else for (const c of children(e)) d = Math.max(d, depthOf(g, c, memo));
  if (d < 0) throw new InternalError(`codegen-js: accumulator ${e.op === 'acc' ? e.stmt : ''} read before its reduce`);
  memo.set(e.id, d);
  return d;
}

/** Emits `e` for use in the current frame, returning a JS expression (an identifier for bound nodes). */
function emit(g: Gen, e: Expr, dmemo: Map<number, number>): string {
  if (e.op === 'const') return constJs(e.value, e.type);
  if (e.op === 'index') return loopJs(g, e.loop).js;
  if (e.op === 'acc') return g.accName.get(e.stmt)!;
  for (let d = g.stack.length - 1; d >= 0; d--) {
    const m = g.stack[d]!.memo.get(e.id);
    if (m !== undefined) return m;
  }
  const target = depthOf(g, e, dmemo);
  const code = opJs(g, e, dmemo);
  const cur = g.stack.length - 1;
  if ((g.uses.get(e.id) ?? 0) < 2 && target === cur && e.op !== 'load') return code;
  const name = `t${g.temps++}`;
  const f = g.stack[target]!;
  const decl = `const ${name} = ${code};`;
  if (target === cur) f.items.push(decl);
  else f.items.splice(f.insertAt++, 0, decl);
  f.memo.set(e.id, name);
  return name;
}

function opJs(g: Gen, e: Expr, dm: Map<number, number>): string {
  switch (e.op) {
    case 'load':
      g.inputsUsed.add(e.input);
      return `in${e.input}[${emit(g, e.index, dm)}]`;
    case 'unary': return unaryJs(g.op, e.fn, e.x.type, emit(g, e.x, dm));
    case 'binary': return binaryJs(g.op, e.fn, e.x.type, emit(g, e.x, dm), emit(g, e.y, dm), e.y);
    case 'select': return `(${emit(g, e.cond, dm)} ? ${emit(g, e.t, dm)} : ${emit(g, e.f, dm)})`;
    case 'cast': return castJs(g.op, e.x.type, e.type, emit(g, e.x, dm));
    case 'bitcast': return bitcastJs(g.op, e.x.type, e.type, emit(g, e.x, dm));
    default: throw new InternalError(`codegen-js: unexpected leaf ${e.op}`);
  }
}

/** Opens one loop frame per `loops` (pushed on the stack); returns the outermost new frame. */
function openLoops(g: Gen, loops: readonly Loop[]): void {
  for (const l of loops) {
    const parent = g.stack[g.stack.length - 1]!;
    const depth = g.stack.length;
    const v = jsLoopName(l.name, depth);
    const f = newFrame(depth, `for (let ${v} = 0; ${v} < ${l.extent}; ${v}++) {`, l.name);
    parent.items.push(f);
    parent.insertAt = parent.items.length - 1;
    g.stack.push(f);
  }
}

function closeLoops(g: Gen, n: number): void {
  for (let i = 0; i < n; i++) {
    g.stack.pop();
    const top = g.stack[g.stack.length - 1]!;
    top.insertAt = top.items.length;
  }
}

function emitReduce(g: Gen, s: Extract<Stmt, { kind: 'reduce' }>): void {
  const a = `a${g.accName.size}`;
  const top = g.stack[g.stack.length - 1]!;
  top.items.push(`let ${a} = ${reduceInit(s.op, s.type)};`);
  top.insertAt = top.items.length;
  openLoops(g, s.inner);
  const dm = new Map<number, number>();
  let v: string;
  if (s.op === 'dot' && s.type === 'f32') {
    if (s.value.op !== 'binary' || s.value.fn !== 'mul') throw new InternalError(`codegen-js: a 'dot' reduce needs a mul value in ${g.k.name}`);
    v = `${emit(g, s.value.x, dm)} * ${emit(g, s.value.y, dm)}`;
  } else v = emit(g, s.value, dm);
  g.stack[g.stack.length - 1]!.items.push(reduceStep(s.op, s.type, a, v));
  closeLoops(g, s.inner.length);
  if (s.type === 'f32' && (s.op === 'sum' || s.op === 'prod' || s.op === 'dot')) top.items.push(`${a} = Math.fround(${a});`);
  top.insertAt = top.items.length;
  g.accName.set(s.id, a);
  g.accDepth.set(s.id, g.stack.length - 1);
}

function emitStore(g: Gen, s: Extract<Stmt, { kind: 'store' }>): void {
  openLoops(g, s.inner);
  const dm = new Map<number, number>();
  const idx = emit(g, s.index, dm);
  const val = emit(g, s.value, dm);
  g.outputsUsed.add(s.output);
  g.stack[g.stack.length - 1]!.items.push(`out${s.output}[${idx}] = ${val};`);
  closeLoops(g, s.inner.length);
}

/** Use counts of every node over all statements (each parent edge once). */
function countUses(k: Kernel): Map<number, number> {
  const uses = new Map<number, number>();
  const seen = new Set<number>();
  const visit = (e: Expr): void => {
    uses.set(e.id, (uses.get(e.id) ?? 0) + 1);
    if (seen.has(e.id)) return;
    seen.add(e.id);
    children(e).forEach(visit);
  };
  for (const s of k.stmts) {
    visit(s.value);
    if (s.kind === 'store') visit(s.index);
  }
  return uses;
}

function render(f: Frame, pad: string, out: string[]): void {
  for (const it of f.items) {
    if (typeof it === 'string') out.push(pad + it);
    else {
      out.push(pad + it.header);
      render(it, pad + '  ', out);
      out.push(pad + '}');
    }
  }
}

/** The JS source of the kernel: `function <name>(inputs, outputs) {...}`, reading helpers from `H`. */
export function emitJs(k: Kernel): string {
  const root = newFrame(0, '');
  const g: Gen = { k, op: { helpers: new Set(), bitcast: false }, uses: countUses(k), stack: [root], accName: new Map(), accDepth: new Map(), temps: 0, inputsUsed: new Set(), outputsUsed: new Set() };
  for (let lv = 0; lv <= k.loops.length; lv++) {
    for (const s of k.stmts) if (s.level === lv) (s.kind === 'reduce' ? emitReduce(g, s) : emitStore(g, s));
    const l = k.loops[lv];
    if (l) openLoops(g, [l]);
  }
  const body: string[] = [];
  render(root, '  ', body);
  const pre = [
    ...[...g.inputsUsed].sort((a, b) => a - b).map((i) => `  const in${i} = inputs[${i}];`),
    ...[...g.outputsUsed].sort((a, b) => a - b).map((i) => `  const out${i} = outputs[${i}];`),
    ...[...g.op.helpers].sort().map((h) => `  const h_${h} = H.${h};`),
    ...(g.op.bitcast ? ['  const BF = H.BF, BI = H.BI, BU = H.BU;'] : []),
  ];
  const name = k.name.replace(/[^A-Za-z0-9_]/g, '_');
  return [`function kernel_${name}(inputs, outputs) {`, ...pre, ...body, '}'].join('\n');
}

const scratch = new Float32Array(1);
const HELPERS = { ...JS_HELPERS, BF: scratch, BI: new Int32Array(scratch.buffer), BU: new Uint32Array(scratch.buffer) };
const cache = new Map<string, KernelFn>();

/** Compiles JS source from `emitJs` (cached by source text). */
export function compileJsSource(src: string): KernelFn {
  const hit = cache.get(src);
  if (hit) return hit;
  const factory = new Function('H', `'use strict';\nreturn ${src};`) as (h: typeof HELPERS) => KernelFn;
  const fn = factory(HELPERS);
  cache.set(src, fn);
  return fn;
}

/** emitJs + compile: the kernel as a callable over typed arrays (inputs then outputs, row-major). */
export function compileJs(k: Kernel): KernelFn {
  return compileJsSource(emitJs(k));
}

/** Number of distinct compiled kernel sources (observability for tests). */
export const compiledKernelCount = (): number => cache.size;
