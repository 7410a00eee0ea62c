// A tiny, slow interpreter of Kernel IR (src/lower/kir.ts): the oracle for the IR itself, independent
// of any backend. Scalar semantics follow src/ir/eval-elementwise.ts (each f32 op rounds, as the
// reference stores every eqn's result to a Float32Array; ints wrap; bool is 0/1); reductions fold in
// double and round on read, 'dot' accumulates unrounded products. Test-only.
import type { TypedArray } from '../../src/ir/core.js';
import { erf, erfInv } from '../../src/ir/special-functions.js';
import type { BinaryFn, Expr, Kernel, KType, Loop, ReduceOp, Stmt, UnaryFn } from '../../src/lower/kir.js';
import { powInt } from '../../src/ir/eval-elementwise.js';

const wrap = (t: KType, v: number): number =>
  t === 'f32' ? Math.fround(v) : t === 'i32' ? v | 0 : t === 'u32' ? v >>> 0 : v ? 1 : 0;

const roundAway = (x: number): number => {
  if (!Number.isFinite(x)) return x;
  const t = Math.trunc(x);
  return Math.abs(x - t) >= 0.5 ? t + Math.sign(x) : t;
};
const roundEven = (x: number): number => {
  if (!Number.isFinite(x)) return x;
  const f = Math.floor(x);
  const d = x - f;
  const r = d > 0.5 || (d === 0.5 && f % 2 !== 0) ? f + 1 : f;
  return r === 0 && (x < 0 || Object.is(x, -0)) ? -0 : r;
};

function unary(fn: UnaryFn, t: KType, x: number): number {
  switch (fn) {
    case 'neg': return -x;
    case 'abs': return t === 'u32' ? x : Math.abs(x);
    case 'sign': return t === 'u32' ? (x !== 0 ? 1 : 0) : x === 0 || Number.isNaN(x) ? x : x > 0 ? 1 : -1;
    case 'exp': return Math.exp(x);
    case 'log': return Math.log(x);
    case 'log1p': return Math.log1p(x);
    case 'expm1': return Math.expm1(x);
    case 'sin': return Math.sin(x);
    case 'cos': return Math.cos(x);
    case 'tan': return Math.tan(x);
    case 'tanh': return Math.tanh(x);
    case 'logistic': return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
    case 'sqrt': return Math.sqrt(x);
    case 'rsqrt': return 1 / Math.sqrt(x);
    case 'floor': return Math.floor(x);
    case 'ceil': return Math.ceil(x);
    case 'round_away': return roundAway(x);
    case 'round_even': return roundEven(x);
    case 'erf': return erf(x);
    case 'erf_inv': return erfInv(x);
    case 'is_finite': return Number.isFinite(x) ? 1 : 0;
    case 'not': return t === 'bool' ? 1 - x : ~x;
  }
}

function binary(fn: BinaryFn, t: KType, a: number, b: number): number {
  const int = t === 'i32' || t === 'u32';
  const shiftOut = (s: number) => s >>> 0 >= 32;
  switch (fn) {
    case 'add': return a + b;
    case 'sub': return a - b;
    case 'mul': return int ? Math.imul(a, b) : a * b;
    case 'div': return t === 'i32' ? (b === 0 ? -1 : (a / b) | 0) : t === 'u32' ? (b === 0 ? 0xffffffff : Math.floor(a / b)) : a / b;
    case 'rem': return int && b === 0 ? a : a % b;
    case 'pow': return int ? powInt(a, b) : a === 1 || (a === -1 && Math.abs(b) === Infinity) ? 1 : Math.pow(a, b);
    case 'max': return Math.max(a, b);
    case 'min': return Math.min(a, b);
    case 'atan2': return Math.atan2(a, b);
    case 'eq': return a === b ? 1 : 0;
    case 'ne': return a !== b ? 1 : 0;
    case 'lt': return a < b ? 1 : 0;
    case 'le': return a <= b ? 1 : 0;
    case 'gt': return a > b ? 1 : 0;
    case 'ge': return a >= b ? 1 : 0;
    case 'and': return a & b;
    case 'or': return a | b;
    case 'xor': return a ^ b;
    case 'shl': return shiftOut(b) ? 0 : a << b;
    case 'shr_logical': return shiftOut(b) ? 0 : (a >>> 0) >>> b;
    case 'shr_arith': return (a | 0) >> (shiftOut(b) ? 31 : b);
  }
}

function cast(from: KType, to: KType, x: number): number {
  if (to === 'bool') return x !== 0 ? 1 : 0;
  if (from === 'f32' && to === 'i32') return Number.isNaN(x) ? 0 : Math.min(Math.max(Math.trunc(x), -2147483648), 2147483647);
  if (from === 'f32' && to === 'u32') return Number.isNaN(x) ? 0 : Math.min(Math.max(Math.trunc(x), 0), 0xffffffff);
  return x;
}

function bitcast(from: KType, to: KType, x: number): number {
  const dv = new DataView(new ArrayBuffer(4));
  if (from === 'f32') dv.setFloat32(0, x);
  else if (from === 'i32') dv.setInt32(0, x);
  else dv.setUint32(0, x);
  return to === 'f32' ? dv.getFloat32(0) : to === 'i32' ? dv.getInt32(0) : dv.getUint32(0);
}

const INIT: Record<ReduceOp, (t: KType) => number> = {
  sum: () => 0,
  dot: () => 0,
  prod: () => 1,
  max: (t) => (t === 'f32' ? -Infinity : t === 'i32' ? -2147483648 : 0),
  min: (t) => (t === 'f32' ? Infinity : t === 'i32' ? 2147483647 : t === 'u32' ? 0xffffffff : 1),
};

function step(op: ReduceOp, t: KType, a: number, v: number): number {
  if (op === 'max') return Math.max(a, v);
  if (op === 'min') return Math.min(a, v);
  if (t === 'bool') return op === 'prod' ? a & v : a | v;
  const r = op === 'prod' ? (t === 'f32' ? a * v : Math.imul(a, v)) : a + v;
  return t === 'f32' ? r : wrap(t, r);
}

function alloc(t: KType, n: number): TypedArray {
  return t === 'f32' ? new Float32Array(n) : t === 'i32' ? new Int32Array(n) : t === 'u32' ? new Uint32Array(n) : new Uint8Array(n);
}

/** Runs kernel `k` on `inputs` (one typed array per kernel input); returns fresh outputs. */
export function evalKernel(k: Kernel, inputs: readonly TypedArray[]): TypedArray[] {
  const outs = k.outputs.map((b) => alloc(b.dtype, b.shape.reduce((a, n) => a * n, 1)));
  const env = new Map<string, number>();
  const accs = new Map<number, number>();
  const ev = (e: Expr, memo: Map<number, number>): number => {
    const hit = memo.get(e.id);
    if (hit !== undefined) return hit;
    let v: number;
    switch (e.op) {
      case 'const': v = e.value; break;
      case 'index': v = env.get(e.loop)!; break;
      case 'acc': v = wrap(e.type, accs.get(e.stmt)!); break;
      case 'load': v = inputs[e.input]![ev(e.index, memo)]!; break;
      case 'unary': v = wrap(e.type, unary(e.fn, e.x.type, ev(e.x, memo))); break;
      case 'binary': v = wrap(e.type, binary(e.fn, e.x.type, ev(e.x, memo), ev(e.y, memo))); break;
      case 'select': v = ev(e.cond, memo) ? ev(e.t, memo) : ev(e.f, memo); break;
      case 'cast': v = wrap(e.type, cast(e.x.type, e.type, ev(e.x, memo))); break;
      case 'bitcast': v = bitcast(e.x.type, e.type, ev(e.x, memo)); break;
    }
    memo.set(e.id, v);
    return v;
  };
  const nest = (loops: readonly Loop[], body: () => void, d = 0): void => {
    if (d === loops.length) return body();
    const l = loops[d]!;
    for (let i = 0; i < l.extent; i++) {
      env.set(l.name, i);
      nest(loops, body, d + 1);
    }
  };
  const run = (s: Stmt): void => {
    if (s.kind === 'store') {
      nest(s.inner, () => {
        const memo = new Map<number, number>();
        outs[s.output]![ev(s.index, memo)] = ev(s.value, memo);
      });
      return;
    }
    let acc = INIT[s.op](s.type);
    nest(s.inner, () => {
      const memo = new Map<number, number>();
      const v = s.op === 'dot' && s.type === 'f32' && s.value.op === 'binary' ? ev(s.value.x, memo) * ev(s.value.y, memo) : ev(s.value, memo);
      acc = step(s.op, s.type, acc, v);
    });
    accs.set(s.id, acc);
  };
  const level = (l: number): void => {
    for (const s of k.stmts) if (s.level === l) run(s);
    if (l < k.loops.length) {
      const loop = k.loops[l]!;
      for (let i = 0; i < loop.extent; i++) {
        env.set(loop.name, i);
        level(l + 1);
      }
    }
  };
  level(0);
  return outs;
}
