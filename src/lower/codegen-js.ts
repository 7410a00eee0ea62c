// CPU backend: prints a Kernel (kir.ts) as the JS source of `function(inputs, outputs)` over typed arrays
// (plain counted `for` loops, accumulators in locals, loop-invariant values hoisted to the shallowest
// loop that defines them, shared nodes computed once) and compiles it with `new Function`, cached by
// source text. Scalar semantics are codegen-js-ops.ts's; the loop-level rewrites codegen-js-opt.ts's.
// Imports only src/ir and src/lower.
//
// Float semantics (decided by measurement, issue 5; see the report in codegen-js-opt.ts's header too):
//  - every f32 operation is rounded to f32 (Math.fround) exactly as the reference interpreter and XLA's
//    CPU backend do. Computing the chain in double and rounding once at the store would save ~7% on W1
//    (measured: 79 vs 85 ms per 1e6 elements; the time is in Math.tanh/exp/sin) but changes results
//    beyond a few ulp where f32 overflows or cancels (x·x for |x| > 2^64, (x + 1e8) − 1e8): not worth it.
//    Elementwise kernels are therefore bit-identical with the interpreter.
//  - reductions: floats accumulate in double and round once (as the interpreter). A flat reduction of
//    at least UNROLL_MIN elements keeps UNROLL independent accumulators (the sequential double sum is
//    latency-bound: ~3× slower) combined as (a0 + a1) + (a2 + a3): exact for max/min and integer sums,
//    and for f32 sum/dot the double partial sums differ from the sequential one in the last bits of a
//    double, which after the final rounding to f32 changes the result by at most 1 ulp, and rarely.
//    STATED TOLERANCE of the compiled path against the interpreter: 1 ulp of f32 for sums/dots over
//    more than UNROLL_MIN elements (and whatever their consumers amplify), exact everywhere else.
//  - contractions (an f32 dot at the innermost level with N ≥ 2 outputs sharing each lhs value and enough
//    work: matmuls, convs): packed and register-blocked (codegen-js-contract.ts, codegen-js-gemm.ts) with
//    ONE accumulator per output in the reduction loops' order, so they are bit-identical with the
//    interpreter (the independent accumulators are the mr × nr outputs of a block, not partial sums).
//    Small in-cache matmuls read contiguously keep the unroll-and-jam instead (jamSuits in
//    codegen-js-opt.ts: 256² 7.6 ms jammed vs 10.3 packed, same process).
import type { TypedArray } from '../ir/core.js';
import { InternalError } from '../ir/errors.js';
import type { Expr, Kernel, Stmt } from './kir.js';
import { JS_HELPERS, reduceInit, reduceStep } from './codegen-js-ops.js';
import { closeLoops, countUses, emit, newFrame, openLoops, push, render, type Gen } from './codegen-js-gen.js';
import { coefOf, findForward, findJam, jamSuits, shiftLoop, substLeaves, type Forward } from './codegen-js-opt.js';
import { createInterner } from './kir-build.js';
import { findContract } from './codegen-js-contract.js';
import { declareScratch, emitPacksAt, emitTile } from './codegen-js-gemm.js';

export type KernelFn = (inputs: readonly TypedArray[], outputs: readonly TypedArray[]) => void;

type Reduce = Extract<Stmt, { kind: 'reduce' }>;
type Store = Extract<Stmt, { kind: 'store' }>;

/** Independent accumulators of an unrolled flat reduction, and the least extent that unrolls. */
export const UNROLL = 4;
export const UNROLL_MIN = 64;
/** Outputs per pass of an unroll-and-jammed innermost loop (codegen-js-opt.ts). */
export const JAM = 8;

/** The JS of one reduction step's value: a 'dot' adds the exact (double) product of its f32 factors. */
function summand(g: Gen, s: Reduce, value: Expr): string {
  const dm = new Map<number, number>();
  if (s.op !== 'dot' || s.type !== 'f32') return emit(g, value, dm);
  if (value.op !== 'binary' || value.fn !== 'mul') throw new InternalError(`codegen-js: a 'dot' reduce needs a mul value in ${g.k.name}`);
  return `${emit(g, value.x, dm)} * ${emit(g, value.y, dm)}`;
}

/** One step `acc ⊕= value` in the innermost frame, also writing the value through a store forwarding. */
function step(g: Gen, s: Reduce, value: Expr, acc: string, fwd: Forward | undefined, fwdIndex: Expr | undefined): void {
  let v = summand(g, s, value);
  if (fwd && fwdIndex) {
    const t = `t${g.temps++}`;
    push(g, `const ${t} = ${v};`);
    g.outputsUsed.add(fwd.store.output);
    push(g, `out${fwd.store.output}[${emit(g, fwdIndex, new Map())}] = ${t};`);
    v = t;
  }
  push(g, reduceStep(s.op, s.type, acc, v));
}

const canUnroll = (s: Reduce): boolean =>
  s.inner.length === 1 && s.inner[0]!.extent >= UNROLL_MIN && (s.op === 'sum' || s.op === 'dot' || s.op === 'max' || s.op === 'min');

function combine(s: Reduce, names: readonly string[]): string {
  const [a, b, c, d] = names;
  if (s.op === 'max' || s.op === 'min') return `${a} = Math.${s.op}(Math.${s.op}(${a}, ${b}), Math.${s.op}(${c}, ${d}));`;
  if (s.type === 'f32') return `${a} = (${a} + ${b}) + (${c} + ${d});`;
  if (s.type === 'bool') return `${a} = ${a} | ${b} | ${c} | ${d};`;
  return s.type === 'i32' ? `${a} = (${a} + ${b} | 0) + (${c} + ${d} | 0) | 0;` : `${a} = (${a} + ${b} + ${c} + ${d}) % 4294967296;`;
}

/** The unrolled loop: UNROLL copies of the step at r, r+1, ..., then the remainder loop. */
function unrolled(g: Gen, s: Reduce, names: readonly string[], fwd: Forward | undefined): void {
  const l = s.inner[0]!;
  const main = l.extent - (l.extent % UNROLL);
  openLoops(g, [l], (v) => `for (let ${v} = 0; ${v} < ${main}; ${v} += ${UNROLL}) {`);
  for (let u = 0; u < UNROLL; u++) {
    const at = (e: Expr): Expr => (u === 0 ? e : substLeaves(e, (K, x) => (x.op === 'index' && x.loop === l.name ? K.iadd(x, u) : undefined)));
    step(g, s, at(s.value), names[u]!, fwd, fwd && at(fwd.index));
  }
  closeLoops(g, 1);
  if (main < l.extent) {
    openLoops(g, [l], (v) => `for (let ${v} = ${main}; ${v} < ${l.extent}; ${v}++) {`);
    step(g, s, s.value, names[0]!, fwd, fwd?.index);
    closeLoops(g, 1);
  }
}

function emitReduce(g: Gen, s: Reduce): void {
  const a = `a${g.accName.size}`;
  const top = g.stack[g.stack.length - 1]!;
  const fwd = findForward(g.k, s);
  if (fwd) g.forwards.set(fwd.store, fwd.node);
  const names = canUnroll(s) ? Array.from({ length: UNROLL }, (_, u) => (u === 0 ? a : `${a}_${u}`)) : [a];
  top.items.push(`let ${names.map((n) => `${n} = ${reduceInit(s.op, s.type)}`).join(', ')};`);
  top.insertAt = top.items.length;
  if (names.length > 1) unrolled(g, s, names, fwd);
  else {
    openLoops(g, s.inner);
    step(g, s, s.value, a, fwd, fwd?.index);
    closeLoops(g, s.inner.length);
  }
  if (names.length > 1) top.items.push(combine(s, names));
  if (roundsAcc(s)) top.items.push(`${a} = Math.fround(${a});`);
  top.insertAt = top.items.length;
  g.accName.set(s.id, a);
  g.accDepth.set(s.id, g.stack.length - 1);
}

function emitStore(g: Gen, s: Store): void {
  openLoops(g, s.inner);
  const dm = new Map<number, number>();
  const idx = emit(g, s.index, dm);
  g.outputsUsed.add(s.output);
  const fwdNode = g.forwards.get(s);
  if (fwdNode) {
    // The value was written here by the reduce that computed it (store forwarding): read it back.
    const t = `t${g.temps++}`;
    push(g, `const ${t} = out${s.output}[${idx}];`);
    g.stack[g.stack.length - 1]!.memo.set(fwdNode.id, t);
  }
  push(g, `out${s.output}[${idx}] = ${emit(g, s.value, dm)};`);
  closeLoops(g, s.inner.length);
}

const emitStmt = (g: Gen, s: Stmt): void => (s.kind === 'reduce' ? emitReduce(g, s) : emitStore(g, s));

const roundsAcc = (s: Reduce): boolean => s.type === 'f32' && (s.op === 'sum' || s.op === 'prod' || s.op === 'dot');

/** JAM iterations of the innermost loop from `loopVar`: one reduction pass into JAM accumulators, then the stores. */
function jamBody(g: Gen, jm: NonNullable<ReturnType<typeof findJam>>): void {
  const { reduce: r, stores, loop } = jm;
  const base = `a${g.accName.size}`;
  const names = Array.from({ length: JAM }, (_, u) => `${base}_${u}`);
  const fake = names.map(() => g.fakeAcc--);
  const shared = new Set<Expr>();
  const at = (e: Expr, u: number): Expr =>
    shiftLoop(e, loop.name, u, (K, x) => (x.stmt === r.id ? K.acc(fake[u]!, x.type) : undefined), shared);
  const atIndex = (e: Expr, u: number): Expr => {
    const c = coefOf(e, loop.name);
    if (c === undefined || c === 0 || u === 0) return at(e, u);
    shared.add(e);
    return createInterner().iadd(e, c * u);
  };
  const values = names.map((_, u) => at(r.value, u));
  const storesAt = names.map((_, u) => stores.map((s) => ({ ...s, index: atIndex(s.index, u), value: at(s.value, u) })));
  for (const e of shared) g.uses.set(e.id, Math.max(2, g.uses.get(e.id) ?? 0));
  const top = g.stack[g.stack.length - 1]!;
  top.items.push(`let ${names.map((n) => `${n} = ${reduceInit(r.op, r.type)}`).join(', ')};`);
  top.insertAt = top.items.length;
  openLoops(g, r.inner);
  names.forEach((n, u) => step(g, r, values[u]!, n, undefined, undefined));
  closeLoops(g, r.inner.length);
  names.forEach((n, u) => {
    if (roundsAcc(r)) top.items.push(`${n} = Math.fround(${n});`);
    g.accName.set(fake[u]!, n);
    g.accDepth.set(fake[u]!, g.stack.length - 1);
  });
  top.insertAt = top.items.length;
  for (const ss of storesAt) for (const s of ss) emitStore(g, s);
}

/** The innermost kernel loop unroll-and-jammed by JAM, then its remainder iterations as usual. */
function emitJammed(g: Gen, jm: NonNullable<ReturnType<typeof findJam>>): void {
  const l = jm.loop;
  const main = l.extent - (l.extent % JAM);
  openLoops(g, [l], (v) => `for (let ${v} = 0; ${v} < ${main}; ${v} += ${JAM}) {`);
  jamBody(g, jm);
  closeLoops(g, 1);
  if (main === l.extent) return;
  openLoops(g, [l], (v) => `for (let ${v} = ${main}; ${v} < ${l.extent}; ${v}++) {`);
  emitReduce(g, jm.reduce);
  for (const s of jm.stores) emitStore(g, s);
  closeLoops(g, 1);
}

/** The JS source of the kernel: `function <name>(inputs, outputs) {...}`, reading helpers from `H`. */
export function emitJs(k: Kernel): string {
  const root = newFrame(0, '');
  const g: Gen = { k, op: { helpers: new Set(), bitcast: false }, uses: countUses(k), stack: [root], accName: new Map(), accDepth: new Map(), temps: 0, inputsUsed: new Set(), outputsUsed: new Set(), decls: [], forwards: new Map(), fakeAcc: -1 };
  const jam = findJam(k, JAM);
  const ct = jam && jamSuits(k, jam, JAM) ? undefined : findContract(k);
  const jm = ct ? undefined : jam;
  if (ct) declareScratch(g, ct);
  for (let lv = 0; lv <= k.loops.length; lv++) {
    for (const s of k.stmts) if (s.level === lv) emitStmt(g, s);
    if (ct) {
      emitPacksAt(g, ct, lv);
      if (lv === ct.t) {
        emitTile(g, ct, emitStmt);
        break;
      }
    }
    const l = k.loops[lv];
    if (jm && lv === k.loops.length - 1) {
      emitJammed(g, jm);
      break;
    }
    if (l) openLoops(g, [l]);
  }
  const body: string[] = [];
  render(root, '  ', body);
  const pre = [
    ...[...g.inputsUsed].sort((a, b) => a - b).map((i) => `  const in${i} = inputs[${i}];`),
    ...[...g.outputsUsed].sort((a, b) => a - b).map((i) => `  const out${i} = outputs[${i}];`),
    ...[...g.op.helpers].sort().map((h) => `  const h_${h} = H.${h};`),
    ...(g.op.bitcast ? ['  const BF = H.BF, BI = H.BI, BU = H.BU;'] : []),
    ...g.decls,
  ];
  const name = k.name.replace(/[^A-Za-z0-9_]/g, '_');
  return [`function kernel_${name}(inputs, outputs) {`, ...pre, ...body, '}'].join('\n');
}

const scratch = new Float32Array(1);

/**
 * The packed contractions' scratch (codegen-js-gemm.ts): one process-wide buffer per type, grown on
 * demand and shared by every kernel (kernels run one at a time and never call each other), so a call
 * allocates nothing — fresh memory costs a page fault per 4 KiB on first touch. Kernels never rely on its
 * contents between or within calls (the packs are written before they are read; padding is NaN-filled
 * when the buffer grows, and the bit-exact tests run with it).
 */
let packF32 = new Float32Array(0);
let packF64 = new Float64Array(0);
const grown = (n: number): number => Math.max(n, 1 << 16);
const HELPERS = {
  ...JS_HELPERS,
  BF: scratch, BI: new Int32Array(scratch.buffer), BU: new Uint32Array(scratch.buffer),
  packF32: (off: number, n: number): Float32Array => {
    if (packF32.length < off + n) packF32 = new Float32Array(grown(off + n)).fill(NaN);
    return packF32.subarray(off, off + n);
  },
  packF64: (n: number): Float64Array => {
    if (packF64.length < n) packF64 = new Float64Array(grown(n)).fill(NaN);
    return packF64.subarray(0, n);
  },
};
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
