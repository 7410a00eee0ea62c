// Test helper: a fast-check arbitrary of random well-typed jaxprs for the transform property tests — a
// random DAG of 3–12 steps over f32 inputs of small random shapes, built with the Emitter from smooth
// elementwise ops and the layout/reduction/contraction/indexing ops the transforms must handle, with
// at most one conv. Values are kept bounded (operands are scaled by powers of two) so that finite
// differences stay accurate and exp never overflows. Test-only; imports src/ir and fast-check.
import fc from 'fast-check';
import type { Atom, Jaxpr, Tensor, Var } from '../../src/ir/core.js';
import { newVar } from '../../src/ir/core.js';
import { size } from '../../src/ir/dtype.js';
import { Emitter } from '../../src/ir/emitter.js';
import { F32_CTX, F64_CTX, tensorFrom } from '../../src/ir/eval-types.js';
import { printJaxpr } from '../../src/ir/printer.js';
import { verifyJaxpr } from '../../src/ir/verify.js';
import { rng } from '../helpers/rng.js';
export { rng };

type Gen = fc.GeneratorValue;

/** A generated program: the jaxpr, its text, and input values in [−1, 1] (flat, row-major). */
export interface Program {
  readonly jaxpr: Jaxpr;
  readonly text: string;
  /** One flat list of values per invar. */
  readonly values: readonly (readonly number[])[];
  /** The ops the steps used, for statistics and messages. */
  readonly ops: readonly string[];
}

export interface ProgramOptions {
  /** One f32[] output (the sum of the last value): for grad and hessian properties. */
  readonly scalarOutput?: boolean;
  readonly minSteps?: number;
  readonly maxSteps?: number;
}

export const OPS = [
  'sin', 'cos', 'tanh', 'exp', 'logistic', 'square', 'integer_pow', 'mul', 'add', 'sub', 'div',
  'broadcast_in_dim', 'reshape', 'transpose', 'reduce_sum', 'reduce_max', 'dot_general', 'slice', 'pad',
  'concatenate', 'select_n', 'cumsum', 'rev', 'conv',
] as const;
export type Op = (typeof OPS)[number];

/** A pool value with a bound on its absolute value. */
interface Val { readonly atom: Atom; readonly bound: number }

const int = (g: Gen, min: number, max: number): number => g(fc.integer, { min, max });
const pick = <T>(g: Gen, xs: readonly T[]): T => xs[int(g, 0, xs.length - 1)]!;
const shapeOf = (v: Val): readonly number[] => v.atom.aval.shape;
const eqShape = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((d, i) => d === b[i]);

/** The Emitter plus the program's bookkeeping. */
class Gb {
  readonly b = new Emitter();
  convUsed = false;
  constructor(readonly g: Gen) {}

  /** Scales `v` by a power of two so that its bound is at most `max` (exact in f32). */
  tame(v: Val, max = 4): Val {
    if (v.bound <= max) return v;
    const s = 2 ** -Math.ceil(Math.log2(v.bound / max));
    return { atom: this.b.mul(v.atom, s), bound: v.bound * s };
  }

  /** `v` as a value of `shape`: reshaped, sliced from its flattening, or summed and broadcast. */
  fit(v: Val, shape: readonly number[]): Val {
    const b = this.b;
    const from = shapeOf(v);
    if (eqShape(from, shape)) return v;
    const n = size(shape);
    const m = size(from);
    if (m === n) return { atom: b.reshape(v.atom, shape), bound: v.bound };
    if (m > n) return { atom: b.reshape(b.slice(b.reshape(v.atom, [m]), [0], [n]), shape), bound: v.bound };
    const s = this.tame({ atom: b.reduceSum(v.atom, from.map((_, i) => i)), bound: v.bound * m });
    return { atom: shape.length ? b.broadcastInDim(s.atom, shape, []) : s.atom, bound: s.bound };
  }
}

/** A random subset (nonempty when `nonempty`) of 0..r−1, sorted. */
function subset(g: Gen, r: number, nonempty: boolean): number[] {
  const s = Array.from({ length: r }, (_, i) => i).filter(() => g(fc.boolean));
  return s.length || !nonempty || r === 0 ? s : [int(g, 0, r - 1)];
}

function unary(gb: Gb, op: Op, x: Val): Val {
  const b = gb.b;
  switch (op) {
    case 'sin': return { atom: b.sin(x.atom), bound: 1 };
    case 'cos': return { atom: b.cos(x.atom), bound: 1 };
    case 'tanh': return { atom: b.tanh(x.atom), bound: 1 };
    case 'logistic': return { atom: b.logistic(x.atom), bound: 1 };
    case 'exp': { const t = gb.tame(x, 2); return { atom: b.exp(t.atom), bound: Math.exp(t.bound) }; }
    case 'square': { const t = gb.tame(x, 2); return { atom: b.square(t.atom), bound: t.bound ** 2 }; }
    default: { const t = gb.tame(x, 2); const y = pick(gb.g, [2, 3]); return { atom: b.integerPow(t.atom, y), bound: t.bound ** y }; }
  }
}

function binary(gb: Gb, op: Op, x0: Val, y0: Val): Val {
  const b = gb.b;
  const x = gb.tame(x0);
  const y = gb.tame(gb.fit(y0, shapeOf(x)));
  switch (op) {
    case 'mul': return { atom: b.mul(x.atom, y.atom), bound: x.bound * y.bound };
    case 'add': return { atom: b.add(x.atom, y.atom), bound: x.bound + y.bound };
    case 'sub': return { atom: b.sub(y.atom, x.atom), bound: x.bound + y.bound };
    // The divisor logistic(y) + 0.5 lies in (0.5, 1.5): bounded away from 0.
    default: return { atom: b.div(x.atom, b.add(b.logistic(y.atom), 0.5)), bound: 2 * x.bound };
  }
}

function layout(gb: Gb, op: Op, x: Val): Val | null {
  const { b, g } = gb;
  const s = shapeOf(x);
  const r = s.length;
  switch (op) {
    case 'broadcast_in_dim': {
      if (r >= 3) return null;
      const p = int(g, 0, r);
      const out = [...s.slice(0, p), int(g, 1, 3), ...s.slice(p)];
      return { atom: b.broadcastInDim(x.atom, out, s.map((_, i) => (i < p ? i : i + 1))), bound: x.bound };
    }
    case 'reshape': {
      const out = g(fc.boolean) || r < 2 ? (r === 1 && s[0] === 1 ? [] : [size(s)]) : [...s].reverse();
      return eqShape(out, s) ? null : { atom: b.reshape(x.atom, out), bound: x.bound };
    }
    case 'transpose': {
      if (r < 2) return null;
      const perm = g(fc.shuffledSubarray, Array.from({ length: r }, (_, i) => i), { minLength: r, maxLength: r });
      return perm.every((p, i) => p === i) ? null : { atom: b.transpose(x.atom, perm), bound: x.bound };
    }
    case 'rev': return r ? { atom: b.rev(x.atom, subset(g, r, true)), bound: x.bound } : null;
    case 'slice': {
      if (!r) return null;
      const start = s.map((d) => int(g, 0, d - 1));
      const limit = s.map((d, i) => int(g, start[i]! + 1, d));
      const strides = s.map(() => pick(g, [1, 1, 2]));
      return { atom: b.slice(x.atom, start, limit, strides), bound: x.bound };
    }
    case 'pad': {
      if (!r) return null;
      const cfg = s.map((d) => {
        const interior = d > 1 ? int(g, 0, 1) : 0;
        return [int(g, d > 1 ? -1 : 0, 1), int(g, 0, 1), interior] as const;
      });
      const value = pick(g, [0, 0.5]);
      return { atom: b.pad(x.atom, value, cfg), bound: Math.max(x.bound, value) };
    }
    default: return null;
  }
}

function reduction(gb: Gb, op: Op, x: Val): Val | null {
  const { b, g } = gb;
  const s = shapeOf(x);
  if (!s.length) return null;
  if (op === 'cumsum') {
    const axis = int(g, 0, s.length - 1);
    return { atom: b.cumsum(x.atom, axis, g(fc.boolean)), bound: x.bound * s[axis]! };
  }
  const axes = subset(g, s.length, true);
  if (op === 'reduce_max') return { atom: b.reduceMax(x.atom, axes), bound: x.bound };
  return { atom: b.reduceSum(x.atom, axes), bound: x.bound * size(axes.map((a) => s[a]!)) };
}

/** x·y contracting x's last dim, optionally with x's first dim as a batch dim. */
function dot(gb: Gb, x0: Val, y0: Val): Val | null {
  const { b, g } = gb;
  const x = gb.tame(x0);
  const s = shapeOf(x);
  const r = s.length;
  if (!r) return null;
  const k = s[r - 1]!;
  const m = int(g, 0, 2);
  const batched = r >= 2 && g(fc.boolean);
  const yShape = [...(batched ? [s[0]!] : []), k, ...(m ? [m] : [])];
  const y = gb.tame(gb.fit(y0, yShape));
  const dn = batched
    ? ([[[r - 1], [1]], [[0], [0]]] as const)
    : ([[[r - 1], [0]], [[], []]] as const);
  return { atom: b.dotGeneral(x.atom, y.atom, dn), bound: x.bound * y.bound * k };
}

function concat(gb: Gb, x: Val, y0: Val): Val | null {
  const s = shapeOf(x);
  if (!s.length) return null;
  const axis = int(gb.g, 0, s.length - 1);
  const y = gb.fit(y0, s.map((d, i) => (i === axis ? int(gb.g, 1, 2) : d)));
  return { atom: gb.b.concatenate([x.atom, y.atom], axis), bound: Math.max(x.bound, y.bound) };
}

/** select_n on a predicate fixed by the program (iota < c), never on the inputs' values. */
function select(gb: Gb, x: Val, y0: Val): Val {
  const { b, g } = gb;
  const s = shapeOf(x);
  const y = gb.fit(y0, s);
  const which = s.length === 0
    ? b.lit(int(g, 0, 1), 'bool')
    : b.lt(b.iota('i32', s, int(g, 0, s.length - 1)), int(g, 0, 2));
  return { atom: b.selectN(which, x.atom, y.atom), bound: Math.max(x.bound, y.bound) };
}

/** One conv: 2-D NCHW/OIHW over the last two dims (rank ≥ 2, channels from a rank-3 leading dim), else 1-D. */
function conv(gb: Gb, x0: Val, w0: Val): Val | null {
  const { b, g } = gb;
  if (gb.convUsed) return null;
  gb.convUsed = true;
  const x = gb.tame(x0);
  const s = shapeOf(x);
  const base = { lhs_dilation: [] as number[], rhs_dilation: [] as number[], feature_group_count: 1, batch_group_count: 1, preferred_element_type: 'f32' as const };
  if (s.length >= 2) {
    const [c, h, w] = s.length === 3 ? s : [1, ...s];
    const o = int(g, 1, 2);
    const kh = int(g, 1, Math.min(2, h!));
    const kw = int(g, 1, Math.min(2, w!));
    const padding = g(fc.boolean) ? [[0, 0], [0, 0]] as const : [[0, kh - 1], [kw - 1, 0]] as const;
    const k = gb.tame(gb.fit(w0, [o, c!, kh, kw]));
    const dn = { lhs_spec: [0, 1, 2, 3], rhs_spec: [0, 1, 2, 3], out_spec: [0, 1, 2, 3] };
    const lhs = b.reshape(x.atom, [1, c!, h!, w!]);
    const y = b.conv(lhs, k.atom, { ...base, window_strides: [1, 1], padding, lhs_dilation: [1, 1], rhs_dilation: [1, 1], dimension_numbers: dn });
    const os = y.aval.shape;
    return { atom: b.reshape(y, [os[1]!, os[2]!, os[3]!]), bound: x.bound * k.bound * c! * kh * kw };
  }
  const n = size(s);
  const kn = int(g, 1, Math.min(3, n));
  const lo = Math.floor((kn - 1) / 2);
  const k = gb.tame(gb.fit(w0, [1, 1, kn]));
  const dn = { lhs_spec: [0, 1, 2], rhs_spec: [0, 1, 2], out_spec: [0, 1, 2] };
  const y = b.conv(b.reshape(x.atom, [1, 1, n]), k.atom, { ...base, window_strides: [1], padding: [[lo, kn - 1 - lo]], lhs_dilation: [1], rhs_dilation: [1], dimension_numbers: dn });
  return { atom: b.reshape(y, s), bound: x.bound * k.bound * kn };
}

function step(gb: Gb, op: Op, x: Val, y: Val): Val | null {
  switch (op) {
    case 'sin': case 'cos': case 'tanh': case 'exp': case 'logistic': case 'square': case 'integer_pow':
      return unary(gb, op, x);
    case 'mul': case 'add': case 'sub': case 'div': return binary(gb, op, x, y);
    case 'broadcast_in_dim': case 'reshape': case 'transpose': case 'rev': case 'slice': case 'pad':
      return layout(gb, op, x);
    case 'reduce_sum': case 'reduce_max': case 'cumsum': return reduction(gb, op, x);
    case 'dot_general': return dot(gb, x, y);
    case 'concatenate': return concat(gb, x, y);
    case 'select_n': return select(gb, x, y);
    case 'conv': return conv(gb, x, y);
  }
}

function randomShape(g: Gen): number[] {
  return Array.from({ length: int(g, 0, 3) }, () => int(g, 1, 3));
}


/**
 * Uniform f32 values in [−1, 1) from a seed, one list per size. Not fast-check doubles: those favour
 * 0, −0 and ±1, whose ties put reduce_max on a kink where finite differences mean nothing.
 */
export function randomValues(seed: number, sizes: readonly number[]): number[][] {
  const r = rng(seed);
  return sizes.map((n) => Array.from({ length: n }, () => Math.fround(2 * r() - 1)));
}

/** Builds a random program from the choices of `g`. */
export function randomProgram(g: Gen, opts: ProgramOptions = {}): Program {
  const gb = new Gb(g);
  const invars: Var[] = Array.from({ length: int(g, 1, 3) }, () => newVar({ shape: randomShape(g), dtype: 'f32' }));
  const pool: Val[] = invars.map((v) => ({ atom: v, bound: 1 }));
  const ops: string[] = [];
  const steps = int(g, opts.minSteps ?? 3, opts.maxSteps ?? 12);
  for (let i = 0; i < steps; i++) {
    const op = pick(g, OPS);
    // Prefer recent values, so that the DAG is deep rather than wide.
    const x = pool[Math.max(0, pool.length - 1 - int(g, 0, 2))]!;
    const y = pick(g, pool);
    const v = step(gb, op, x, y);
    if (v) { pool.push(v); ops.push(op); }
  }
  const last = pool[pool.length - 1]!;
  const b = gb.b;
  const outs: Atom[] = opts.scalarOutput
    ? [b.reduceSum(last.atom, shapeOf(last).map((_, i) => i))]
    : g(fc.boolean) ? [last.atom, pick(g, pool).atom] : [last.atom];
  const jaxpr = b.builder.build([], invars, outs);
  verifyJaxpr(jaxpr, 'generated program');
  const values = randomValues(g(fc.integer, { min: 1, max: 2 ** 30 }), invars.map((v) => size(v.aval.shape)));
  const text = printJaxpr(jaxpr);
  return { jaxpr, text, values, ops, [fc.toStringMethod]: () => `program (${ops.join(', ')}):\n${text}` } as Program;
}

/** The arbitrary of random programs. */
export function programArb(opts: ProgramOptions = {}): fc.Arbitrary<Program> {
  return fc.gen().map((g) => randomProgram(g, opts));
}

/** The program's input values as tensors evaluated in float64 (f64) or float32 (f32). */
export function programInputs(p: Program, precision: 'f32' | 'f64' = 'f64'): Tensor[] {
  return p.jaxpr.invars.map((v, i) => tensorFrom(v.aval.shape, 'f32', p.values[i]!, precision === 'f64' ? F64_CTX : F32_CTX));
}
