// CPU codegen internals: the scopes (frames) of the generated JS, the emission of expressions with
// hoisting of loop-invariant nodes to the shallowest frame that defines them and naming of shared nodes,
// loop frames and rendering. Used by codegen-js.ts and codegen-js-opt.ts. Imports only src/ir and src/lower.
import { InternalError } from '../ir/errors.js';
import type { Expr, Kernel, Loop, Stmt } from './kir.js';
import { children } from './kir-build.js';
import { binaryJs, bitcastJs, castJs, constJs, unaryJs, type OpCtx } from './codegen-js-ops.js';

/** A scope of the generated code: the root, or the body of one loop. */
export interface Frame {
  readonly depth: number;
  readonly items: (string | Frame)[];
  readonly header: string;
  /** Where hoisted declarations go: before the currently open child loop. */
  insertAt: number;
  readonly memo: Map<number, string>;
  /** Loop names bound by this frame. */
  readonly loop?: string;
}

export interface Gen {
  readonly k: Kernel;
  readonly op: OpCtx;
  readonly uses: Map<number, number>;
  readonly stack: Frame[];
  readonly accName: Map<number, string>;
  /** Frame depth where each reduce's accumulator becomes available. */
  readonly accDepth: Map<number, number>;
  temps: number;
  readonly inputsUsed: Set<number>;
  readonly outputsUsed: Set<number>;
  /** Declarations at the top of the kernel function (row accumulators). */
  readonly decls: string[];
  /** Stores whose value node a reduce already wrote into their output (store forwarding): store → node. */
  readonly forwards: Map<Stmt, Expr>;
  /** The next stand-in statement id (negative) for the accumulators of jammed copies of a reduce. */
  fakeAcc: number;
  /** Depth of select branches being emitted: a single-use load there is read only when its branch is taken. */
  branch?: number;
}

export const newFrame = (depth: number, header: string, loop?: string): Frame => ({ depth, items: [], header, insertAt: 0, memo: new Map(), loop });

const SAFE = /^[a-z][a-z0-9_]*$/i;
const RESERVED = new Set(['in', 'do', 'if', 'for', 'let', 'new', 'var', 'try', 'case', 'else', 'this', 'void', 'with', 'H', 'BF', 'BI', 'BU', 'inputs', 'outputs', 'Math', 'Number', 'NaN', 'Infinity']);

/** The JS name of loop `name` in scope (the innermost frame binding it). */
export function loopJs(g: Gen, name: string): { js: string; depth: number } {
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
export function emit(g: Gen, e: Expr, dmemo: Map<number, number>): string {
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
  // Loads are named (so that unroll-and-jammed copies share them), except a single-use load in a select
  // branch: read eagerly, the untaken branch of a padded window reads out of bounds (undefined), which
  // measured ~2× slower for a conv's im2col pack.
  const single = (g.uses.get(e.id) ?? 0) < 2 && target === cur;
  if (single && (e.op !== 'load' || (g.branch ?? 0) > 0)) return code;
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
    case 'select': {
      const cond = emit(g, e.cond, dm);
      g.branch = (g.branch ?? 0) + 1;
      const code = `(${cond} ? ${emit(g, e.t, dm)} : ${emit(g, e.f, dm)})`;
      g.branch--;
      return code;
    }
    case 'cast': return castJs(g.op, e.x.type, e.type, emit(g, e.x, dm));
    case 'bitcast': return bitcastJs(g.op, e.x.type, e.type, emit(g, e.x, dm));
    default: throw new InternalError(`codegen-js: unexpected leaf ${e.op}`);
  }
}

/** Opens one loop frame per `loops` (pushed on the stack); `header` overrides the `for` line of each. */
export function openLoops(g: Gen, loops: readonly Loop[], header?: (v: string, l: Loop) => string): void {
  for (const l of loops) {
    const parent = g.stack[g.stack.length - 1]!;
    const depth = g.stack.length;
    const v = jsLoopName(l.name, depth);
    const f = newFrame(depth, header ? header(v, l) : `for (let ${v} = 0; ${v} < ${l.extent}; ${v}++) {`, l.name);
    parent.items.push(f);
    parent.insertAt = parent.items.length - 1;
    g.stack.push(f);
  }
}

/** Pushes a statement into the innermost open frame. */
export function push(g: Gen, line: string): void {
  g.stack[g.stack.length - 1]!.items.push(line);
}

export function closeLoops(g: Gen, n: number): void {
  for (let i = 0; i < n; i++) {
    g.stack.pop();
    const top = g.stack[g.stack.length - 1]!;
    top.insertAt = top.items.length;
  }
}

/** Use counts of every node reached from `roots` (each parent edge once, each root once). */
export function countNodeUses(roots: readonly Expr[]): Map<number, number> {
  const uses = new Map<number, number>();
  const seen = new Set<number>();
  const visit = (e: Expr): void => {
    uses.set(e.id, (uses.get(e.id) ?? 0) + 1);
    if (seen.has(e.id)) return;
    seen.add(e.id);
    children(e).forEach(visit);
  };
  roots.forEach(visit);
  return uses;
}

/** Use counts of every node over all statements (each parent edge once). */
export function countUses(k: Kernel): Map<number, number> {
  return countNodeUses(k.stmts.flatMap((s) => (s.kind === 'store' ? [s.value, s.index] : [s.value])));
}

export function render(f: Frame, pad: string, out: string[]): void {
  for (const it of f.items) {
    if (typeof it === 'string') out.push(pad + it);
    else {
      out.push(pad + it.header);
      render(it, pad + '  ', out);
      out.push(pad + '}');
    }
  }
}

