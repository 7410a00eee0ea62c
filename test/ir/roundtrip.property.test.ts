// Property tests of the text format: print(parse(print(j))) === print(j) for random well-formed jaxprs,
// and corrupted text either parses to a stable printing or throws ParseError, never another error.
import { expect } from 'chai';
import fc from 'fast-check';
import { lit, newVar, type Atom, type Eqn, type Jaxpr, type Literal, type Var } from '../../src/ir/core.js';
import { aval, type Aval, type DType } from '../../src/ir/dtype.js';
import { ParseError, parseJaxpr } from '../../src/ir/parser.js';
import { printJaxpr } from '../../src/ir/printer.js';
import { verifyJaxpr } from '../../src/ir/verify.js';

type Gen = fc.GeneratorValue;

/** Text carries no weak flags (as JAX's), and the generator makes none: compare avals without them. */
const NO_WEAK = { checkWeak: false } as const;

const int = (g: Gen, min: number, max: number): number => g(fc.integer, { min, max });
const pick = <T>(g: Gen, xs: readonly T[]): T => xs[int(g, 0, xs.length - 1)]!;

const SPECIAL_F32 = [NaN, Infinity, -Infinity, -0, 0, 1e-45, 1.1754942e-38, 3.4028235e38, 1e-5, 1.5e20, 1e16, 0.1, 16777217];

function randomLiteral(g: Gen, dtype: DType): Literal {
  const a = aval([], dtype);
  switch (dtype) {
    case 'f32': return lit(g(fc.boolean) ? pick(g, SPECIAL_F32) : g(fc.float), a); // fc.float has them too, rarely
    case 'i32': return lit(g(fc.integer), a);
    case 'u32': return lit(int(g, 0, 2 ** 32 - 1), a);
    default: return lit(g(fc.boolean) ? 1 : 0, aval([], 'bool'));
  }
}

function randomAval(g: Gen): Aval {
  const shape = Array.from({ length: int(g, 0, 3) }, () => int(g, 1, 4));
  return aval(shape, pick<DType>(g, ['f32', 'f32', 'f32', 'i32', 'u32', 'bool']));
}

/** A var of the pool, preferring one that satisfies `ok`; null when none does. */
function pickVar(g: Gen, pool: readonly Var[], ok: (v: Var) => boolean): Var | null {
  const fits = pool.filter(ok);
  return fits.length ? pick(g, fits) : null;
}

const out = (shape: readonly number[], dtype: DType): Var => newVar(aval(shape, dtype));
const isF32 = (v: Var): boolean => v.aval.dtype === 'f32';

/** One eqn over the pool with consistent avals, or null when the pool has no fitting operand. */
function randomEqn(g: Gen, pool: readonly Var[], depth: number): Eqn | null {
  const kind = int(g, 0, 11);
  const x = pickVar(g, pool, () => true);
  if (kind === 0) {
    const n = int(g, 1, 5);
    return { prim: 'iota', params: { dtype: 'i32', shape: [n], dimension: 0 }, inputs: [], outputs: [out([n], 'i32')] };
  }
  if (!x) return null;
  const { shape, dtype } = x.aval;
  const r = shape.length;
  switch (kind) {
    case 1: {
      const f = pickVar(g, pool, isF32);
      return f && { prim: pick(g, ['sin', 'exp', 'neg', 'tanh', 'log', 'abs'] as const), params: {}, inputs: [f], outputs: [out(f.aval.shape, 'f32')] };
    }
    case 2: {
      const y: Atom = g(fc.boolean) ? pickVar(g, pool, (v) => v.aval.dtype === dtype && v.aval.shape.join() === shape.join()) ?? randomLiteral(g, dtype) : randomLiteral(g, dtype);
      const cmp = g(fc.boolean);
      const prim = cmp ? pick(g, ['eq', 'lt', 'ge'] as const) : dtype === 'bool' ? pick(g, ['and', 'or'] as const) : pick(g, ['add', 'mul', 'sub', 'max'] as const);
      return { prim, params: {}, inputs: [x, y], outputs: [out(shape, cmp ? 'bool' : dtype)] };
    }
    case 3: {
      if (dtype === 'bool') return null;
      const axes = shape.map((_, i) => i).filter(() => g(fc.boolean));
      return { prim: 'reduce_sum', params: { axes }, inputs: [x], outputs: [out(shape.filter((_, i) => !axes.includes(i)), dtype)] };
    }
    case 4: {
      const n = int(g, 1, 3);
      return { prim: 'broadcast_in_dim', params: { shape: [n, ...shape], broadcast_dimensions: shape.map((_, i) => i + 1) }, inputs: [x], outputs: [out([n, ...shape], dtype)] };
    }
    case 5: {
      const perm = g(fc.shuffledSubarray, shape.map((_, i) => i), { minLength: r, maxLength: r });
      return { prim: 'transpose', params: { permutation: perm }, inputs: [x], outputs: [out(perm.map((p) => shape[p]!), dtype)] };
    }
    case 6: {
      const m = pickVar(g, pool, (v) => isF32(v) && v.aval.shape.length === 2);
      return m && {
        prim: 'dot_general', params: { dimension_numbers: [[[1], [1]], [[], []]], preferred_element_type: 'f32' },
        inputs: [m, m], outputs: [out([m.aval.shape[0]!, m.aval.shape[0]!], 'f32')],
      };
    }
    case 7: {
      const start = shape.map((d) => int(g, 0, d - 1));
      const limit = shape.map((d, i) => int(g, start[i]! + 1, d));
      return { prim: 'slice', params: { start_indices: start, limit_indices: limit, strides: g(fc.boolean) ? null : shape.map(() => 1) }, inputs: [x], outputs: [out(limit.map((l, i) => l - start[i]!), dtype)] };
    }
    case 8: {
      const f = pickVar(g, pool, isF32);
      if (!f) return null;
      const cfg = f.aval.shape.map(() => [int(g, 0, 2), int(g, 0, 2), int(g, 0, 1)] as const);
      const dims = f.aval.shape.map((d, i) => cfg[i]![0] + cfg[i]![1] + d + (d - 1) * cfg[i]![2]);
      return { prim: 'pad', params: { padding_config: cfg }, inputs: [f, randomLiteral(g, 'f32')], outputs: [out(dims, 'f32')] };
    }
    case 9:
      return r === 0 ? null : { prim: 'concatenate', params: { dimension: 0 }, inputs: [x, x], outputs: [out([2 * shape[0]!, ...shape.slice(1)], dtype)] };
    case 10: {
      const to = pick<DType>(g, ['f32', 'i32', 'u32', 'bool']);
      return { prim: 'convert_element_type', params: { new_dtype: to, weak_type: g(fc.boolean) }, inputs: [x], outputs: [out(shape, to)] };
    }
    default: {
      if (depth >= 2) return null;
      const args = pool.filter(() => g(fc.boolean)).slice(0, 3);
      const inner = randomJaxpr(g, depth + 1, args.map((a) => a.aval));
      const name = pick(g, ['inner', '<lambda>', g(fc.string, { maxLength: 6 })]);
      return { prim: 'jit', params: { name, jaxpr: inner }, inputs: args, outputs: inner.outvars.map((a) => newVar(a.aval)) };
    }
  }
}

/** A random well-formed jaxpr; `invarAvals` fixes its invars (for a jit body). */
function randomJaxpr(g: Gen, depth = 0, invarAvals?: readonly Aval[]): Jaxpr {
  const constvars = invarAvals ? [] : Array.from({ length: int(g, 0, 2) }, () => newVar(randomAval(g)));
  const invars = (invarAvals ?? Array.from({ length: int(g, 0, 3) }, () => randomAval(g))).map((a) => newVar(a));
  const pool: Var[] = [...constvars, ...invars];
  const eqns: Eqn[] = [];
  for (let n = int(g, 0, depth ? 3 : 8); n > 0; n--) {
    const e = randomEqn(g, pool, depth);
    if (e) { eqns.push(e); pool.push(...e.outputs); }
  }
  const outvars: Atom[] = pool.filter(() => g(fc.boolean)).slice(0, 3);
  if (g(fc.boolean)) outvars.push(randomLiteral(g, pick<DType>(g, ['f32', 'i32', 'u32', 'bool'])));
  return { constvars, invars, eqns, outvars };
}

const jaxprArb = fc.gen().map((g) => randomJaxpr(g));

/** Deletes one character, or one whitespace-delimited token. */
function corrupt(s: string, at: number, wholeToken: boolean): string {
  const i = at % s.length;
  if (!wholeToken) return s.slice(0, i) + s.slice(i + 1);
  const start = s.lastIndexOf(' ', i) + 1;
  const end = s.indexOf(' ', i);
  return s.slice(0, start) + (end < 0 ? '' : s.slice(end));
}

describe('text format properties', () => {
  it('generates jaxprs the verifier accepts', () => {
    fc.assert(fc.property(jaxprArb, (j) => verifyJaxpr(j, 'random jaxpr', NO_WEAK)), { numRuns: 200 });
  });

  it('print(parse(print(j))) === print(j) for random jaxprs, and the parsed jaxpr verifies', () => {
    fc.assert(fc.property(jaxprArb, (j) => {
      const s = printJaxpr(j);
      const back = parseJaxpr(s);
      verifyJaxpr(back, 'parsed jaxpr', NO_WEAK);
      expect(printJaxpr(back)).to.equal(s);
    }), { numRuns: 400 });
  });

  it('random jaxprs cover nested jaxprs, `_`, several layouts and odd literals', () => {
    const texts = fc.sample(jaxprArb.map(printJaxpr), { numRuns: 400, seed: 7 });
    const some = (re: RegExp): boolean => texts.some((t) => re.test(t));
    for (const re of [/jaxpr=\{/, /_:/, /\n {10}/, /nan:f32/, /inf:f32/, /-0\.0:f32/, /e-\d\d:f32/, /:u32\[\]/, /\] [a-z]+ [a-z]+\n/, /; /]) {
      expect(some(re), String(re)).to.equal(true);
    }
  });

  it('corrupted text parses to a stable printing or throws ParseError, never another error', () => {
    fc.assert(fc.property(jaxprArb, fc.nat(), fc.boolean(), (j, at, wholeToken) => {
      const bad = corrupt(printJaxpr(j), at, wholeToken);
      let printed: string;
      try {
        printed = printJaxpr(parseJaxpr(bad));
      } catch (e) {
        expect(e, String(e)).to.be.instanceOf(ParseError);
        return;
      }
      expect(printJaxpr(parseJaxpr(printed))).to.equal(printed);
    }), { numRuns: 1500 });
  });
});
