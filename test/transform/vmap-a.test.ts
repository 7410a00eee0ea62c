// Tests of the part-A batching rules (vmap-rules-a.ts) through vmapJaxpr, against per-lane loops.
import { expect } from 'chai';
import type { Atom, Jaxpr, Tensor } from '../../src/ir/core.js';
import { newVar } from '../../src/ir/core.js';
import type { Aval, DType } from '../../src/ir/dtype.js';
import { Emitter } from '../../src/ir/emitter.js';
import { F32_CTX, tensorFrom } from '../../src/ir/eval-types.js';
import { printJaxpr } from '../../src/ir/printer.js';
import type { Prim } from '../../src/ir/primitives.js';
// vmap.ts first: it imports the rule tables, which import it back (moveBdim) — see vmap-rules-a.ts.
import { vmapJaxpr } from '../../src/ir/transform/vmap.js';
import { vmapRulesA } from '../../src/ir/transform/vmap-rules-a.js';
import type { BDim } from '../../src/ir/transform/vmap-rules-types.js';
import { normalizeJax } from '../helpers/jax-normalize.js';
import { checkVmap, stackLanes, takeLane } from './vmap-check.js';

const B = 3;

/** A jaxpr over fresh invars of `avals`, its body written with the Emitter. */
function mk(avals: readonly Aval[], body: (b: Emitter, ...xs: Atom[]) => Atom | Atom[]): Jaxpr {
  const b = new Emitter();
  const invars = avals.map((a) => newVar(a));
  const out = body(b, ...invars);
  return b.builder.build([], invars, Array.isArray(out) ? out : [out]);
}

const f32 = (...shape: number[]): Aval => ({ shape, dtype: 'f32' });
const i32 = (...shape: number[]): Aval => ({ shape, dtype: 'i32' });
const u32 = (...shape: number[]): Aval => ({ shape, dtype: 'u32' });
const bool = (...shape: number[]): Aval => ({ shape, dtype: 'bool' });

let seed = 12345;
function rand(): number {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return seed / 2 ** 32;
}

/** Deterministic pseudo-random data for `dtype`: floats in [lo, hi), ints in [lo, hi), bools. */
function data(shape: readonly number[], dtype: DType, lo = -2, hi = 2): Tensor {
  const n = shape.reduce((a, d) => a * d, 1);
  const vals = Array.from({ length: n }, () => {
    const r = lo + (hi - lo) * rand();
    if (dtype === 'f32') return r;
    if (dtype === 'bool') return rand() < 0.5 ? 1 : 0;
    if (dtype === 'u32') return Math.floor(r) >>> 0;
    return Math.floor(r);
  });
  return tensorFrom(shape, dtype, vals, F32_CTX);
}

/** The batched shape of `a` with the batch dim at `d`. */
function batchedShape(a: Aval, d: BDim): number[] {
  const s = [...a.shape];
  if (d !== null) s.splice(d, 0, B);
  return s;
}

/** Runs checkVmap on `jaxpr` with random batched inputs drawn in [lo, hi). */
function run(jaxpr: Jaxpr, dims: readonly BDim[], range: readonly [number, number] = [-2, 2], outDims?: readonly BDim[]) {
  const inputs = jaxpr.invars.map((v, i) => data(batchedShape(v.aval, dims[i] ?? null), v.aval.dtype, range[0], range[1]));
  return checkVmap(jaxpr, dims, B, inputs, outDims ? { outDims } : {});
}

describe('vmap-check helpers', () => {
  it('takeLane and stackLanes invert each other along any axis', () => {
    const t = tensorFrom([2, 3, 4], 'f32', Array.from({ length: 24 }, (_, i) => i), F32_CTX);
    for (const d of [0, 1, 2]) {
      const lanes = Array.from({ length: t.shape[d]! }, (_, k) => takeLane(t, d, k));
      expect(Array.from(stackLanes(lanes, d).data)).to.deep.equal(Array.from(t.data));
    }
    expect(Array.from(takeLane(t, 1, 2).data)).to.deep.equal([8, 9, 10, 11, 20, 21, 22, 23]);
  });
  it('fails on a wrong batched result', () => {
    // Batching neg as if it were the identity must be caught: feed a jaxpr whose vmap is right, then compare against a wrong stack.
    const j = mk([f32(2)], (b, x) => b.neg(x));
    const res = run(j, [0]);
    const wrong = stackLanes([0, 1, 2].map((k) => takeLane(res.outs[0]!, 0, k)), 1);
    expect(wrong.shape).to.deep.equal([2, 3]);
    expect(() => checkVmap(j, [0], B, [wrong])).to.throw();
  });
});

const UNARY_FLOAT: readonly Prim[] = ['neg', 'abs', 'sign', 'exp', 'log', 'log1p', 'expm1', 'sin', 'cos', 'tan', 'tanh', 'logistic', 'sqrt', 'rsqrt', 'floor', 'ceil', 'erf', 'erf_inv', 'is_finite', 'stop_gradient'];

describe('vmap: elementwise unary (vectorized)', () => {
  for (const prim of UNARY_FLOAT) {
    it(`${prim} keeps the bdim (0, middle, last)`, () => {
      const j = mk([f32(2, 4)], (b, x) => b.bind1(prim, [x], {} as never));
      for (const d of [0, 1, 2]) {
        const r = run(j, [d], [0.05, 0.95]);
        expect(r.jaxpr.eqns.map((e) => e.prim)).to.deep.equal(d === 0 ? [prim] : [prim, 'transpose']);
      }
    });
  }
  it('not on bool and i32, integer_pow, round (both methods)', () => {
    run(mk([bool(2)], (b, x) => b.not(x)), [1]);
    run(mk([f32()], (b, x) => b.exp(x)), [0]);
    run(mk([i32(2)], (b, x) => b.not(x)), [0], [-100, 100]);
    run(mk([f32(2, 2)], (b, x) => b.integerPow(x, 3)), [1]);
    run(mk([f32(2, 2)], (b, x) => b.integerPow(x, -2)), [2], [0.5, 2]);
    const half = tensorFrom([B], 'f32', [0.5, 1.5, -2.5], F32_CTX);
    expect(Array.from(checkVmap(mk([f32()], (b, x) => b.round(x, 0)), [0], B, [half]).outs[0]!.data)).to.deep.equal([1, 2, -3]);
    expect(Array.from(checkVmap(mk([f32()], (b, x) => b.round(x, 1)), [0], B, [half]).outs[0]!.data)).to.deep.equal([0, 2, -2]);
  });
  it('convert_element_type and bitcast_convert_type', () => {
    run(mk([f32(2)], (b, x) => b.convert(x, 'i32')), [1], [-5, 5]);
    run(mk([i32(2, 2)], (b, x) => b.convert(x, 'bool')), [0], [-1, 2]);
    run(mk([f32(2)], (b, x) => b.bitcast(x, 'u32')), [0]);
    run(mk([u32(2, 2)], (b, x) => b.bitcast(x, 'i32')), [2], [0, 1e9]);
  });
});

type BinCase = { prim: Prim; dtype: DType; range: [number, number] };
const BINARY: readonly BinCase[] = [
  ...(['pow'] as const).map((prim) => ({ prim, dtype: 'f32' as DType, range: [0.5, 2] as [number, number] })),
  ...(['add', 'sub', 'mul', 'div', 'rem', 'max', 'min', 'atan2', 'eq', 'ne', 'lt', 'le', 'gt', 'ge'] as const).map((prim) => ({ prim, dtype: 'f32' as DType, range: [0.5, 3] as [number, number] })),
  ...(['add', 'mul', 'div', 'rem', 'max', 'eq', 'lt'] as const).map((prim) => ({ prim, dtype: 'i32' as DType, range: [1, 9] as [number, number] })),
  ...(['and', 'or', 'xor'] as const).flatMap((prim) => [{ prim, dtype: 'bool' as DType, range: [0, 1] as [number, number] }, { prim, dtype: 'i32' as DType, range: [-50, 50] as [number, number] }]),
  ...(['shift_left', 'shift_right_logical', 'shift_right_arithmetic'] as const).flatMap((prim) => [{ prim, dtype: 'i32' as DType, range: [0, 31] as [number, number] }, { prim, dtype: 'u32' as DType, range: [0, 31] as [number, number] }]),
];

/** (x aval, y aval, x bdim, y bdim, what). */
const PLACEMENTS: readonly [number[], number[], BDim, BDim, string][] = [
  [[2, 4], [2, 4], 0, 0, 'both at 0'],
  [[2, 4], [2, 4], 2, 2, 'both last'],
  [[2, 4], [2, 4], 1, 0, 'middle and 0'],
  [[2, 4], [2, 4], 0, null, 'batched with unbatched non-scalar'],
  [[2, 4], [2, 4], null, 2, 'unbatched with batched last'],
  [[2, 4], [], 1, null, 'batched with unbatched scalar'],
  [[], [2, 4], 0, 1, 'batched scalar with batched matrix'],
  [[], [2, 4], null, 1, 'unbatched scalar with batched matrix'],
  [[1, 4], [2, 4], 0, null, 'size-1 broadcasting, batched size-1 operand'],
  [[1, 4], [2, 1], null, 1, 'size-1 broadcasting both ways'],
  [[], [], 0, null, 'scalars'],
];

describe('vmap: elementwise binary (broadcasting)', () => {
  for (const c of BINARY) {
    it(`${c.prim} ${c.dtype} with every bdim placement`, () => {
      for (const [xs, ys, dx, dy, what] of PLACEMENTS) {
        const j = mk([{ shape: xs, dtype: c.dtype }, { shape: ys, dtype: c.dtype }], (b, x, y) => b.bind1(c.prim, [x!, y!], {} as never));
        try {
          run(j, [dx, dy], c.range);
        } catch (e) {
          throw new Error(`${what}: ${(e as Error).message}`);
        }
      }
    });
  }
  it('binds as is when batch dims agree, with literal scalars', () => {
    const r = run(mk([f32(2, 4), f32(2, 4)], (b, x, y) => b.mul(b.add(x, y), 2)), [1, 1]);
    expect(r.jaxpr.eqns.map((e) => e.prim)).to.deep.equal(['add', 'mul', 'transpose']);
  });
  it('gives an unbatched operand a leading size-1 dim (JAX 0.10.2 text)', () => {
    const r = vmapJaxpr(mk([f32(4), f32(4)], (b, x, y) => b.add(x, y)), [0, null], 3, [0]);
    // jax.make_jaxpr(jax.vmap(lambda x, y: lax.add(x, y), in_axes=(0, None)))(jnp.ones((3,4)), jnp.ones(4))
    const jax = `{ lambda ; a:f32[3,4] b:f32[4]. let
    c:f32[1,4] = broadcast_in_dim[broadcast_dimensions=(np.int64(1),)] b
    d:f32[3,4] = add a c
  in (d,) }`;
    expect(normalizeJax(printJaxpr(r.jaxpr))).to.equal(normalizeJax(jax));
  });
  it('moves a batched operand and expands a batched scalar (JAX 0.10.2 text)', () => {
    const r = vmapJaxpr(mk([f32(), f32(4)], (b, x, y) => b.mul(x, y)), [0, 0], 3, [0]);
    // jax.make_jaxpr(jax.vmap(lambda x, y: lax.mul(x, y), in_axes=(0, 0)))(jnp.ones((3,)), jnp.ones((3,4)))
    const jax = `{ lambda ; a:f32[3] b:f32[3,4]. let
    c:f32[3,1] = broadcast_in_dim[broadcast_dimensions=(0,)] a
    d:f32[3,4] = mul c b
  in (d,) }`;
    expect(normalizeJax(printJaxpr(r.jaxpr))).to.equal(normalizeJax(jax));
    const r2 = vmapJaxpr(mk([f32(1, 3), f32(2, 3)], (b, x, y) => b.mul(x, y)), [null, 1], 4, [0]);
    // jax.vmap(lambda x, y: lax.mul(x, y), in_axes=(None, 1))(jnp.ones((1,3)), jnp.ones((2,4,3)))
    const jax2 = `{ lambda ; a:f32[1,3] b:f32[2,4,3]. let
    c:f32[1,1,3] = broadcast_in_dim[
      broadcast_dimensions=(np.int64(1), np.int64(2))
    ] a
    d:f32[4,2,3] = transpose[permutation=(1, 0, 2)] b
    e:f32[4,2,3] = mul c d
  in (e,) }`;
    expect(normalizeJax(printJaxpr(r2.jaxpr))).to.equal(normalizeJax(jax2));
  });
});

describe('vmap: add_any', () => {
  it('lines up bdims and broadcasts an unbatched operand along the batch dim', () => {
    for (const [dx, dy] of [[0, 0], [0, 2], [null, 1], [1, null], [2, 0]] as [BDim, BDim][]) {
      const r = run(mk([f32(2, 4), f32(2, 4)], (b, x, y) => b.addAny(x, y)), [dx, dy]);
      const bc = r.jaxpr.eqns.find((e) => e.prim === 'broadcast_in_dim');
      if (dx === null || dy === null) expect(bc?.outputs[0]!.aval.shape).to.include(B);
    }
  });
});

describe('vmap: select_n', () => {
  const sel = (w: Aval, c: Aval, n = 2) => mk([w, ...Array.from({ length: n }, () => c)], (b, wh, ...cs) => b.selectN(wh!, ...cs));
  it('which and cases at one bdim', () => {
    run(sel(bool(2, 4), f32(2, 4)), [1, 1, 1]);
    run(sel(bool(), f32(2, 4)), [0, 0, 0]);
  });
  it('an unbatched scalar which with batched cases at one or several bdims', () => {
    run(sel(bool(), f32(2, 4)), [null, 1, 1]);
    const r = run(sel(bool(), f32(2, 4)), [null, 0, 2]);
    expect(r.jaxpr.eqns.map((e) => e.prim)).to.deep.equal(['transpose', 'select_n']);
  });
  it('a batched which with unbatched cases, scalar and not', () => {
    run(sel(bool(2, 4), f32(2, 4)), [2, null, null]);
    run(sel(bool(), f32(2, 4)), [0, null, null]);
    run(sel(bool(), f32()), [0, null, null]);
    run(sel(bool(), f32()), [0, 0, null]);
  });
  it('mixed batched and unbatched cases, an i32 which over 3 cases', () => {
    run(sel(bool(2, 4), f32(2, 4)), [null, 1, null]);
    run(sel(i32(2, 4), f32(2, 4), 3), [1, null, 0, 2], [0, 3]);
    run(sel(i32(), i32(4), 3), [0, null, 1, null], [0, 3]);
  });
  it('matches JAX 0.10.2 text for a batched which with mixed cases', () => {
    const j = mk([bool(), f32(4), f32(4)], (b, p, x, y) => b.select(p, x, y));
    const r = vmapJaxpr(j, [0, null, 0], 3, [0]);
    // jax.vmap(lambda p,x,y: lax.select(p,x,y), in_axes=(0,None,0))(bool[3], f32[4], f32[3,4])
    const jax = `{ lambda ; a:bool[3] b:f32[4] c:f32[3,4]. let
    d:f32[3,4] = broadcast_in_dim[broadcast_dimensions=(np.int64(1),)] b
    e:bool[3,4] = broadcast_in_dim[broadcast_dimensions=(0,)] a
    f:f32[3,4] = select_n e c d
  in (f,) }`;
    expect(normalizeJax(printJaxpr(r.jaxpr))).to.equal(normalizeJax(jax));
  });
});

describe('vmap: layout', () => {
  it('broadcast_in_dim', () => {
    for (const d of [0, 1]) run(mk([f32(3)], (b, x) => b.broadcastInDim(x, [2, 3], [1])), [d]);
    run(mk([f32(1, 3)], (b, x) => b.broadcastInDim(x, [4, 2, 3], [0, 2])), [2]);
    run(mk([f32()], (b, x) => b.broadcastInDim(x, [2, 3], [])), [0]);
  });
  it('reshape', () => {
    for (const d of [0, 1, 2]) run(mk([f32(2, 3)], (b, x) => b.reshape(x, [3, 2])), [d]);
    run(mk([f32(2, 3)], (b, x) => b.reshape(x, [6])), [1]);
    run(mk([f32()], (b, x) => b.reshape(x, [1, 1])), [0]);
  });
  it('transpose', () => {
    for (const d of [0, 1, 2, 3]) {
      const r = run(mk([f32(2, 3, 4)], (b, x) => b.transpose(x, [2, 0, 1])), [d]);
      expect(r.jaxpr.eqns[0]!.prim).to.equal('transpose');
    }
  });
  it('squeeze', () => {
    for (const d of [0, 1, 2, 3]) run(mk([f32(2, 1, 3)], (b, x) => b.squeeze(x, [1])), [d]);
    run(mk([f32(1, 1)], (b, x) => b.squeeze(x, [0, 1])), [1]);
  });
  it('rev', () => {
    for (const d of [0, 1, 2, 3]) run(mk([f32(2, 3, 4)], (b, x) => b.rev(x, [0, 2])), [d]);
  });
});

describe('vmap: reductions', () => {
  const REDUCERS = ['reduce_sum', 'reduce_max', 'reduce_min', 'reduce_prod'] as const;
  for (const prim of REDUCERS) {
    it(`${prim} over several axes and bdims`, () => {
      for (const axes of [[0], [1], [0, 2], [0, 1, 2]]) {
        for (const d of [0, 1, 2, 3]) run(mk([f32(2, 3, 4)], (b, x) => b.bind1(prim, [x], { axes })), [d], [0.5, 1.5]);
      }
    });
  }
  for (const prim of ['argmax', 'argmin'] as const) {
    it(`${prim} with index_dtype i32`, () => {
      for (const d of [0, 1, 2]) run(mk([f32(2, 4)], (b, x) => b.bind1(prim, [x], { axes: [1], index_dtype: 'i32' })), [d]);
      for (const d of [0, 1, 2]) run(mk([i32(2, 4)], (b, x) => b.bind1(prim, [x], { axes: [0], index_dtype: 'i32' })), [d], [0, 3]);
    });
  }
  it('REFERENCE §6.2: vmap(sum, in_axes=1)(f32[2,3]) is reduce_sum[axes=(0,)] of shape [3] (JAX 0.10.2 text)', () => {
    const j = mk([f32(2)], (b, x) => b.reduceSum(x, [0]));
    const r = run(j, [1]);
    expect(r.jaxpr.eqns).to.have.length(1);
    const e = r.jaxpr.eqns[0]!;
    expect(e.prim === 'reduce_sum' && [...e.params.axes]).to.deep.equal([0]);
    expect(e.outputs[0]!.aval.shape).to.deep.equal([3]);
    // jax.make_jaxpr(jax.vmap(jnp.sum, in_axes=1))(jnp.ones((2,3)))
    const jax = `{ lambda ; a:f32[2,3]. let
    b:f32[3] = reduce_sum[axes=(np.int64(0),) out_sharding=None] a
  in (b,) }`;
    expect(normalizeJax(r.text)).to.equal(normalizeJax(jax));
  });
  it('argmax moved to out dim 0 matches JAX 0.10.2 text', () => {
    const r = run(mk([f32(2, 4)], (b, x) => b.bind1('argmax', [x], { axes: [1], index_dtype: 'i32' })), [2]);
    const jax = `{ lambda ; a:f32[2,4,3]. let
    b:i32[2,3] = argmax[axes=(np.int64(1),) index_dtype=int32] a
    c:i32[3,2] = transpose[permutation=(1, 0)] b
  in (c,) }`;
    expect(normalizeJax(r.text)).to.equal(normalizeJax(jax));
  });
  it('cumsum, forward and reverse', () => {
    for (const axis of [0, 1]) for (const d of [0, 1, 2]) for (const reverse of [false, true]) run(mk([f32(2, 4)], (b, x) => b.cumsum(x, axis, reverse)), [d]);
  });
});

describe('vmap: sort', () => {
  it('one operand, the sort dimension shifted past the bdim', () => {
    for (const dim of [0, 1]) for (const d of [0, 1, 2]) run(mk([f32(2, 4)], (b, x) => b.sort([x], dim)), [d]);
  });
  it('several operands with mixed and unbatched bdims', () => {
    const j = mk([f32(4), i32(4)], (b, k, v) => b.sort([k, v], 0, 1));
    run(j, [0, null], [0, 4]);
    run(j, [null, 1], [0, 4]);
    run(j, [1, 0], [0, 4]);
    run(mk([i32(2, 4), f32(2, 4)], (b, k, v) => b.sort([k, v], 1, 2)), [2, 0], [0, 3]);
  });
});

describe('vmap: iota and unbatched equations', () => {
  it('copies iota unbatched and batches what uses it', () => {
    const r = run(mk([f32(4)], (b, x) => b.add(x, b.convert(b.iota('i32', [4], 0), 'f32'))), [1]);
    expect(r.jaxpr.eqns[0]!.prim).to.equal('iota');
  });
  it('the iota rule is an explicit not-applicable', () => {
    expect(() => vmapRulesA.iota(new Emitter(), [], [], { dtype: 'i32', shape: [2], dimension: 0 }, 2)).to.throw(/not applicable/);
  });
});

describe('vmap: random', () => {
  it('threefry2x32 with scalar, unbatched and batched operands', () => {
    const j = mk([u32(), u32(), u32(4), u32(4)], (b, k0, k1, x0, x1) => b.bind('threefry2x32', [k0!, k1!, x0!, x1!], {}));
    run(j, [null, 0, 0, null], [0, 4e9]);
    run(j, [0, 0, 1, 0], [0, 4e9]);
    run(j, [null, null, null, 1], [0, 4e9]);
  });
  it('random_bits with a batched key equals a per-lane loop', () => {
    const rb = (shape: number[], keyShape: number[]) => mk([u32(...keyShape, 2)], (b, k) => b.bind1('random_bits', [k], { bit_width: 32, shape }));
    const r = run(rb([2, 3], []), [0], [0, 4e9]);
    expect(r.outs[0]!.shape).to.deep.equal([B, 2, 3]);
    const last = run(rb([5], []), [1], [0, 4e9]);
    expect(last.jaxpr.eqns.map((e) => e.prim)).to.deep.equal(['transpose', 'random_bits']);
    run(rb([2], [4]), [1], [0, 4e9]);
    run(rb([2], [4]), [0], [0, 4e9]);
    run(rb([2], [4]), [2], [0, 4e9]);
  });
});

describe('vmap: out dims and nesting', () => {
  it('moves outputs to out dims other than 0', () => {
    const j = mk([f32(2, 4)], (b, x) => b.sin(x));
    run(j, [0], undefined, [1]);
    run(j, [1], undefined, [2]);
    const r = run(j, [2], undefined, [2]);
    expect(r.jaxpr.eqns.map((e) => e.prim)).to.deep.equal(['sin']);
  });
  it('broadcasts an unbatched output along its out dim, or keeps it with a null out dim', () => {
    const j = mk([f32(2), f32(2)], (b, x, y) => [b.mul(x, y), b.cos(y)]);
    const r = run(j, [0, null], undefined, [1, 1]);
    expect(r.outBatched).to.deep.equal([true, false]);
    expect(r.outs[1]!.shape).to.deep.equal([2, B]);
    const r2 = run(j, [0, null], undefined, [0, null]);
    expect(r2.outs[1]!.shape).to.deep.equal([2]);
    expect(() => vmapJaxpr(j, [null, 0], B, [0, null])).to.throw(/outAxes is null/);
  });
  it('nested vmap: vmapping a vmapped jaxpr equals a double loop', () => {
    const inner = mk([f32(2, 4), f32(1, 4)], (b, x, y) => b.reduceSum(b.mul(b.exp(x), y), [1]));
    checkVmap(inner, [1, null], B, [data([2, B, 4], 'f32'), data([1, 4], 'f32')]);
    const once = vmapJaxpr(inner, [1, null], B, [0]).jaxpr;
    // once: (f32[2,B,4], f32[1,4]) → f32[B,2]; batch again over a new axis of size 2 at dims (0, 0)
    const x = data([2, 2, B, 4], 'f32');
    const y = data([2, 1, 4], 'f32');
    const twice = checkVmap(once, [0, 0], 2, [x, y], { outDims: [1] });
    expect(twice.outs[0]!.shape).to.deep.equal([B, 2, 2]);
    // and against the innermost function directly, lane by lane
    const j2 = vmapJaxpr(once, [3, null], 5, [2]).jaxpr;
    expect(j2.outvars[0]!.aval.shape).to.deep.equal([B, 2, 5]);
    checkVmap(once, [3, null], 5, [data([2, B, 4, 5], 'f32'), data([1, 4], 'f32')], { outDims: [2] });
  });
  it('closes over unbatched constvars', () => {
    const b = new Emitter();
    const c = newVar(f32(4));
    const x = newVar(f32(4));
    const j = b.builder.build([c], [x], [b.mul(x, c)]);
    checkVmap(j, [0], B, [data([B, 4], 'f32')], { consts: [data([4], 'f32')] });
  });
});
