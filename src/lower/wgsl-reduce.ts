// Reduce and store statements in WGSL: serial loops inside one invocation, or cooperative over a
// workgroup (a strided partial per invocation, then a tree in workgroup memory, unrolled). Accumulators
// of f32 sum/dot/prod are f32 (there is no f64 in WGSL): 'dot' accumulates with fma, so each product is
// not rounded before it is added. Bool accumulators are u32 0/1. Imports src/ir, kir*.ts, wgsl-*.ts.
import { InternalError } from '../ir/errors.js';
import type { KType, Loop, ReduceOp, Stmt } from './kir.js';
import type { Gen, Scope } from './wgsl-scope.js';
import { block, emit, hoist, line, storeText } from './wgsl-scope.js';
import { constText } from './wgsl-expr.js';

export type ReduceStmt = Extract<Stmt, { kind: 'reduce' }>;
export type StoreStmt = Extract<Stmt, { kind: 'store' }>;

/** WGSL type of an accumulator (bool → u32). */
export const accType = (t: KType): 'f32' | 'i32' | 'u32' => (t === 'bool' ? 'u32' : t);

export function initText(op: ReduceOp, t: KType, h: Set<string>): string {
  if (t === 'bool') return op === 'prod' || op === 'min' ? '1u' : '0u';
  if (op === 'sum' || op === 'dot') return constText(0, t, h);
  if (op === 'prod') return constText(1, t, h);
  const lo = op === 'max';
  if (t === 'f32') return constText(lo ? -Infinity : Infinity, t, h);
  if (t === 'i32') return constText(lo ? -2147483648 : 2147483647, t, h);
  return constText(lo ? 0 : 0xffffffff, t, h);
}

/** Combines two accumulator values (the tree step; 'dot' partials add). */
export function combineText(op: ReduceOp, t: KType, a: string, b: string, h: Set<string>): string {
  if (t === 'bool') return op === 'prod' || op === 'min' ? `min(${a}, ${b})` : `max(${a}, ${b})`;
  switch (op) {
    case 'sum': case 'dot': return `(${a} + ${b})`;
    case 'prod': return `(${a} * ${b})`;
    case 'max': if (t === 'f32') { h.add('kx_maxf'); return `kx_maxf(${a}, ${b})`; } return `max(${a}, ${b})`;
    case 'min': if (t === 'f32') { h.add('kx_minf'); return `kx_minf(${a}, ${b})`; } return `min(${a}, ${b})`;
  }
}

/** `acc = acc ⊕ value` for one element of the reduction, inside the loops' scope `c`. */
export function stepLine(g: Gen, c: Scope, s: ReduceStmt, acc: string): void {
  if (s.op === 'dot' && s.type === 'f32') {
    if (s.value.op !== 'binary' || s.value.fn !== 'mul') throw new InternalError(`wgsl: a 'dot' reduce needs a mul value in kernel ${g.k.name}`);
    const x = emit(g, c, s.value.x);
    const y = emit(g, c, s.value.y);
    line(c, `${acc} = fma(${x}, ${y}, ${acc});`);
    return;
  }
  const v = emit(g, c, s.value);
  const vv = s.type === 'bool' ? `select(0u, 1u, ${v})` : v;
  line(c, `${acc} = ${combineText(s.op, s.type, acc, vv, g.helpers)};`);
}

/** Binds the inner loops' names for `fill`, then unbinds them. */
function withInner(g: Gen, inner: readonly Loop[], names: readonly string[], fill: () => void): void {
  inner.forEach((l, j) => g.loopVar.set(l.name, names[j]!));
  fill();
  inner.forEach((l) => g.loopVar.delete(l.name));
}

/** Nested `for` loops over `inner` (r0, r1, ...) around `body`. */
function serialLoops(g: Gen, s: Scope, inner: readonly Loop[], body: (c: Scope) => void): void {
  const names = inner.map((_, j) => `r${j}`);
  withInner(g, inner, names, () => {
    const open = (sc: Scope, j: number): void => {
      if (j === inner.length) { body(sc); return; }
      const r = names[j]!;
      block(sc, `for (var ${r}: i32 = 0i; ${r} < ${inner[j]!.extent}i; ${r} = ${r} + 1i)`, (c) => open(c, j + 1));
    };
    open(s, 0);
  });
}

export const innerSet = (inner: readonly Loop[]): ReadonlySet<string> => new Set(inner.map((l) => l.name));

/** A reduce computed by one invocation: `var aN = init; for ... { aN = aN ⊕ v; }`. */
export function serialReduce(g: Gen, s: Scope, st: ReduceStmt): void {
  const id = g.acc.size;
  const a = `a${id}`;
  hoist(g, s, st.value, innerSet(st.inner));
  line(s, `var ${a}: ${accType(st.type)} = ${initText(st.op, st.type, g.helpers)};`);
  serialLoops(g, s, st.inner, (c) => stepLine(g, c, st, a));
  publish(g, s, st, a);
}

export function publish(g: Gen, s: Scope, st: ReduceStmt, a: string): void {
  if (st.type === 'bool') {
    line(s, `let ${a}b: bool = ${a} != 0u;`);
    g.acc.set(st.id, `${a}b`);
  } else g.acc.set(st.id, a);
}

/** A store by one invocation over its inner loops. */
export function serialStore(g: Gen, s: Scope, st: StoreStmt): void {
  hoist(g, s, st.index, innerSet(st.inner));
  hoist(g, s, st.value, innerSet(st.inner));
  serialLoops(g, s, st.inner, (c) => storeLine(g, c, st));
}

function storeLine(g: Gen, c: Scope, st: StoreStmt): void {
  const idx = emit(g, c, st.index);
  const v = emit(g, c, st.value);
  line(c, `out${st.output}[${idx}] = ${storeText(g.k.outputs[st.output]!.dtype, v)};`);
}

/** `let` lines unravelling flat `t` into `names` over `extents` (row-major). */
export function unravel(s: Scope, t: string, names: readonly string[], extents: readonly number[]): void {
  let stride = 1;
  const strides = extents.map((_, j) => extents.slice(j + 1).reduce((a, b) => a * b, 1));
  extents.forEach((e, j) => {
    stride = strides[j]!;
    const q = stride === 1 ? t : `(${t} / ${stride}i)`;
    line(s, `let ${names[j]}: i32 = ${j === 0 ? q : `${q} % ${e}i`};`);
  });
}

/**
 * Loop iterations one invocation may run: Mesa llvmpipe silently stops every loop of an invocation once
 * 65535 back-edges were taken in total (its gallivm loop limiter, shared by all loops of the shader), so
 * a strided loop longer than this is unrolled (see `strided`). Kept well below the limit, so that the
 * other loops of the kernel (a softmax's several reduces, its stores) fit too.
 */
export const LOOP_BUDGET = 8192;
/** The most copies of a strided loop's body (past it, emitWgsl refuses the kernel). */
export const MAX_UNROLL = 64;

/** Copies of the body per iteration of a strided loop over `total` elements with `wg` invocations. */
export function unrollFor(total: number, wg: number): number {
  let u = 1;
  while (u < MAX_UNROLL && Math.ceil(total / (wg * u)) > LOOP_BUDGET) u *= 2;
  return u;
}

/**
 * A strided loop of the workgroup's invocations over the flattened `inner` loops. Past LOOP_BUDGET
 * iterations per invocation it runs `u` guarded copies of the body per iteration (no extra loop, so
 * llvmpipe's limiter is not reached): element t = tb + k·wg for k < u.
 */
export function strided(g: Gen, s: Scope, inner: readonly Loop[], wg: number, body: (c: Scope) => void): void {
  const total = inner.reduce((a, l) => a * l.extent, 1);
  const names = inner.map((_, j) => `r${j}`);
  const u = unrollFor(total, wg);
  const step = (c: Scope): void => {
    unravel(c, 't', names, inner.map((l) => l.extent));
    body(c);
  };
  withInner(g, inner, names, () => {
    if (u === 1) { block(s, `for (var t: i32 = i32(lid); t < ${total}i; t = t + ${wg}i)`, step); return; }
    block(s, `for (var tb: i32 = i32(lid); tb < ${total}i; tb = tb + ${wg * u}i)`, (c) => {
      for (let k = 0; k < u; k++) {
        const t = k === 0 ? 'tb' : `tb + ${k * wg}i`;
        block(c, k === 0 ? '' : `if (${t} < ${total}i)`, (cc) => { line(cc, `let t: i32 = ${t};`); step(cc); });
      }
    });
  });
}

/** A reduce shared by the workgroup: strided partials, then an unrolled tree in `kx_red_<type>`. */
export function workgroupReduce(g: Gen, s: Scope, st: ReduceStmt, wg: number): void {
  // Each reduce has its own workgroup array (reusing one raced on llvmpipe: a later reduce's partials
  // overwrote slot 0 before every invocation had read the earlier result).
  const id = g.acc.size;
  const a = `a${id}`;
  const at = accType(st.type);
  const red = `kx_red${id}`;
  hoist(g, s, st.value, innerSet(st.inner));
  block(s, '', (c) => {
    line(c, `var p: ${at} = ${initText(st.op, st.type, g.helpers)};`);
    strided(g, c, st.inner, wg, (cc) => stepLine(g, cc, st, 'p'));
    line(c, `${red}[lid] = p;`);
  });
  line(s, 'workgroupBarrier();');
  for (let half = wg / 2; half >= 1; half /= 2) {
    line(s, `if (lid < ${half}u) { ${red}[lid] = ${combineText(st.op, st.type, `${red}[lid]`, `${red}[lid + ${half}u]`, g.helpers)}; }`);
    line(s, 'workgroupBarrier();');
  }
  line(s, `let ${a}: ${at} = ${red}[0];`);
  line(s, 'workgroupBarrier();');
  publish(g, s, st, a);
}

/** A store shared by the workgroup: its inner loops strided over the invocations. */
export function workgroupStore(g: Gen, s: Scope, st: StoreStmt, wg: number): void {
  hoist(g, s, st.index, innerSet(st.inner));
  hoist(g, s, st.value, innerSet(st.inner));
  if (st.inner.length === 0) {
    block(s, 'if (lid == 0u)', (c) => storeLine(g, c, st));
    return;
  }
  strided(g, s, st.inner, wg, (c) => storeLine(g, c, st));
}
