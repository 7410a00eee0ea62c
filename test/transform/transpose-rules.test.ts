// Transpose rules of the elementwise, layout, scan and jit primitives: the dot-product test on the
// f64 reference interpreter, JAX's unbroadcast cases (REFERENCE.md §6.1) and the notLinear entries.
import { expect } from 'chai';
import type { Aval } from '../../src/ir/dtype.js';
import { PRIMS } from '../../src/ir/primitives.js';
import { transposeRules } from '../../src/ir/transform/transpose-rules.js';
import { transposeJaxpr } from '../../src/ir/transform/transpose.js';
import { makeJaxpr, np } from '../../src/index.js';
import { interpret } from '../../src/runtime/interpreter.js';
import { build, checkTranspose, f32, i32, randTensor, tensor } from './transpose-check.js';

const rand = (a: Aval, seed: number) => randTensor(a.shape, seed);

describe('transpose rules: elementwise', () => {
  it('neg', () => {
    checkTranspose(build([f32(3, 2)], (b, x) => b.neg(x)), [true], [rand(f32(3, 2), 1)]);
  });

  it('add and sub with both operands linear, equal shapes', () => {
    for (const op of ['add', 'sub'] as const) {
      const j = build([f32(2, 3), f32(2, 3)], (b, x, y) => b[op](x, y));
      checkTranspose(j, [true, true], [rand(f32(2, 3), 1), rand(f32(2, 3), 2)]);
    }
  });

  it('add and sub unbroadcast a size-1 operand and a rank-0 operand', () => {
    for (const op of ['add', 'sub'] as const) {
      const j = build([f32(3, 4), f32(1, 4), f32()], (b, x, y, s) => b[op](b[op](x, y), s));
      const r = checkTranspose(j, [true, true, true], [rand(f32(3, 4), 1), rand(f32(1, 4), 2), rand(f32(), 3)]);
      expect([...r.inCts[1]!.shape]).to.deep.equal([1, 4]);
      expect([...r.inCts[2]!.shape]).to.deep.equal([]);
    }
  });

  it('sub with only the subtrahend linear emits a single neg', () => {
    // 0 − y: the literal is a known input
    const j = build([f32(3)], (b, y) => b.sub(b.lit(0, 'f32'), y));
    const r = checkTranspose(j, [true], [rand(f32(3), 2)]);
    expect(r.text).to.equal('{ lambda ; a:f32[3]. let b:f32[3] = neg a in (b,) }');
  });

  it('add_any', () => {
    const j = build([f32(4), f32(4)], (b, x, y) => b.addAny(x, y));
    checkTranspose(j, [true, true], [rand(f32(4), 1), rand(f32(4), 2)]);
  });

  it('mul linear in either operand, with size-1 and scalar broadcasting', () => {
    const j = build([f32(3, 4), f32(1, 4)], (b, x, y) => b.mul(x, y));
    checkTranspose(j, [true, false], [rand(f32(3, 4), 1), rand(f32(1, 4), 2)]);
    checkTranspose(j, [false, true], [rand(f32(3, 4), 1), rand(f32(1, 4), 2)]);
    const s = build([f32(), f32(2, 3)], (b, x, y) => b.mul(x, y));
    const r = checkTranspose(s, [true, false], [rand(f32(), 3), rand(f32(2, 3), 4)]);
    expect(r.text).to.contain('reduce_sum[axes=(0, 1)]');
  });

  it('mul by a literal', () => {
    checkTranspose(build([f32(3)], (b, x) => b.mul(x, 2.5)), [true], [rand(f32(3), 1)]);
  });

  it('mul of two linear operands is refused', () => {
    const j = build([f32(3), f32(3)], (b, x, y) => b.mul(x, y));
    expect(() => transposeJaxpr(j, [true, true])).to.throw(/mul of two linear operands/);
  });

  it('div in the numerator, with a size-1 numerator', () => {
    const j = build([f32(1, 3), f32(2, 3)], (b, x, y) => b.div(x, y));
    checkTranspose(j, [true, false], [rand(f32(1, 3), 1), tensor([2, 3], [1.5, -2, 3, 0.5, 4, -1.25])]);
    expect(() => transposeJaxpr(j, [false, true])).to.throw(/numerator/);
  });

  it('convert_element_type f32 → weak f32 converts ct back to strong', () => {
    const j = build([f32(3)], (b, x) => b.convert(x, 'f32', true));
    const r = checkTranspose(j, [true], [rand(f32(3), 1)]);
    expect(r.text).to.contain('convert_element_type[new_dtype=float32 weak_type=False]');
  });

  it('select_n with a bool which, both cases linear', () => {
    const which = tensor([4], [1, 0, 0, 1], 'bool');
    const j = build([{ shape: [4], dtype: 'bool' }, f32(4), f32(4)], (b, w, x, y) => b.selectN(w, x, y));
    const r = checkTranspose(j, [false, true, true], [which, rand(f32(4), 1), rand(f32(4), 2)]);
    const [cx, cy] = r.inCts.map((t) => Array.from(t.data));
    cx!.forEach((v, i) => expect(v === 0).to.equal(which.data[i] === 1));
    cy!.forEach((v, i) => expect(v === 0).to.equal(which.data[i] === 0));
  });

  it('select_n with an int32 which and three cases, the middle one known', () => {
    const which = tensor([2, 3], [0, 1, 2, 2, 1, 0], 'i32');
    const j = build([i32(2, 3), f32(2, 3), f32(2, 3), f32(2, 3)], (b, w, x, y, z) => b.selectN(w, x, y, z));
    // a known case makes the jaxpr affine: it is zero here so that the dot-product test applies
    const r = checkTranspose(j, [false, true, false, true], [which, rand(f32(2, 3), 1), tensor([2, 3], [0, 0, 0, 0, 0, 0]), rand(f32(2, 3), 3)]);
    expect(r.text.match(/eq/g)).to.have.length(2);
  });

  it('select_n with a scalar which', () => {
    const j = build([{ shape: [], dtype: 'bool' }, f32(3), f32(3)], (b, w, x, y) => b.selectN(w, x, y));
    checkTranspose(j, [false, true, true], [tensor([], [1], 'bool'), rand(f32(3), 1), rand(f32(3), 2)]);
  });
});

describe('transpose rules: layout and scans', () => {
  it('broadcast_in_dim of size-1 dims and new dims', () => {
    const j = build([f32(1, 4)], (b, x) => b.broadcastInDim(x, [2, 3, 4], [0, 2]));
    const r = checkTranspose(j, [true], [rand(f32(1, 4), 1)]);
    // JAX: reduce_sum over the new and expanded dims, then expand_dims (a broadcast_in_dim)
    expect(r.text).to.equal('{ lambda ; a:f32[2,3,4]. let\n'
      + '    b:f32[4] = reduce_sum[axes=(0, 1)] a\n'
      + '    c:f32[1,4] = broadcast_in_dim[broadcast_dimensions=(1,) shape=(1, 4)] b\n'
      + '  in (c,) }');
  });

  it('broadcast_in_dim of a rank-0 scalar and of a middle size-1 dim', () => {
    checkTranspose(build([f32()], (b, x) => b.broadcastInDim(x, [2, 3], [])), [true], [rand(f32(), 1)]);
    checkTranspose(build([f32(3, 1)], (b, x) => b.broadcastInDim(x, [3, 1, 5], [0, 1])), [true], [rand(f32(3, 1), 2)]);
  });

  it('reshape, transpose, squeeze, rev', () => {
    checkTranspose(build([f32(2, 6)], (b, x) => b.reshape(x, [3, 2, 2])), [true], [rand(f32(2, 6), 1)]);
    checkTranspose(build([f32(2, 3, 4)], (b, x) => b.transpose(x, [2, 0, 1])), [true], [rand(f32(2, 3, 4), 2)]);
    const sq = checkTranspose(build([f32(1, 3, 1)], (b, x) => b.squeeze(x, [0, 2])), [true], [rand(f32(1, 3, 1), 3)]);
    expect(sq.text).to.contain('broadcast_in_dim[broadcast_dimensions=(1,) shape=(1, 3, 1)]');
    checkTranspose(build([f32(3, 4)], (b, x) => b.rev(x, [0, 1])), [true], [rand(f32(3, 4), 4)]);
  });

  it('reduce_sum over some and over all axes', () => {
    checkTranspose(build([f32(2, 3, 4)], (b, x) => b.reduceSum(x, [0, 2])), [true], [rand(f32(2, 3, 4), 1)]);
    checkTranspose(build([f32(2, 3)], (b, x) => b.reduceSum(x, [0, 1])), [true], [rand(f32(2, 3), 2)]);
  });

  it('cumsum forward and reverse flips the direction', () => {
    for (const reverse of [false, true]) {
      const r = checkTranspose(build([f32(3, 5)], (b, x) => b.cumsum(x, 1, reverse)), [true], [rand(f32(3, 5), 1)]);
      expect(r.text).to.contain(`reverse=${reverse ? 'False' : 'True'}`);
    }
  });

  it('a chain of linear ops with a fan-out (cotangents accumulate)', () => {
    const j = build([f32(2, 3), f32(3)], (b, x, w) => {
      const y = b.mul(b.transpose(x, [1, 0]), b.broadcastInDim(w, [3, 2], [0]));
      return [b.reduceSum(y, [1]), b.add(x, b.neg(x))];
    });
    checkTranspose(j, [true, false], [rand(f32(2, 3), 1), rand(f32(3), 2)]);
  });
});

describe('transpose rules: jit', () => {
  const body = build([f32(3), f32(3)], (b, x, y) => b.add(b.mul(x, y), x));

  it('transposes the body into one jit taking the known inputs then the cts', () => {
    const j = build([f32(3), f32(3)], (b, x, y) => b.bind('jit', [x, y], { name: 'f', jaxpr: body }));
    const r = checkTranspose(j, [true, false], [rand(f32(3), 1), rand(f32(3), 2)]);
    expect(r.transposed.eqns.map((e) => e.prim)).to.deep.equal(['jit']);
    const e = r.transposed.eqns[0]!;
    expect(e.inputs.length).to.equal(2);
    if (e.prim === 'jit') expect(e.params.name).to.equal('f');
  });

  it('instantiates the zero ct of an unused jit output', () => {
    const two = build([f32(3)], (b, x) => [b.neg(x), b.mul(x, 3)]);
    const j = build([f32(3)], (b, x) => {
      const [p, q] = b.bind('jit', [x], { name: 'g', jaxpr: two });
      return [b.add(p!, q!), b.reduceSum(q!, [0])];
    });
    checkTranspose(j, [true], [rand(f32(3), 1)]);
  });
});

describe('transpose rules: JAX unbroadcast cases (REFERENCE.md §6.1)', () => {
  it('grad wrt b of sum(x[2,4] + b) is [2,2,2,2], in JAX\'s eqns', () => {
    const cj = makeJaxpr((x: unknown, b: unknown) => np.sum(np.add(x as never, b as never)))(f32(2, 4), f32(4));
    // x is known, so sum(x + b) is affine in b: x = 0 for the dot-product test
    const r = checkTranspose(cj.jaxpr, [false, true], [tensor([2, 4], new Array<number>(8).fill(0)), rand(f32(4), 2)]);
    expect(r.text).to.equal('{ lambda ; a:f32[2,4] b:f32[]. let\n'
      + '    c:f32[2,4] = broadcast_in_dim[broadcast_dimensions=() shape=(2, 4)] b\n'
      + '    d:f32[4] = reduce_sum[axes=(0,)] c\n'
      + '    e:f32[1,4] = reshape[new_sizes=(1, 4)] d\n'
      + '    f:f32[4] = reduce_sum[axes=(0,)] e\n'
      + '  in (f,) }');
    const g = transposeJaxpr(cj.jaxpr, [false, true]);
    const [out] = interpret({ jaxpr: g, consts: [] }, [rand(f32(2, 4), 1), tensor([], [1])], 'f64');
    expect(Array.from(out!.data)).to.deep.equal([2, 2, 2, 2]);
  });

  it('a scalar s in sum(s*x) reduces over all axes', () => {
    const cj = makeJaxpr((s: unknown, x: unknown) => np.sum(np.multiply(s as never, x as never)))(f32(), f32(2, 4));
    const r = checkTranspose(cj.jaxpr, [true, false], [rand(f32(), 1), rand(f32(2, 4), 2)]);
    expect(r.text).to.contain('f32[] = reduce_sum[axes=(0, 1)]');
  });
});

describe('transpose rules: table', () => {
  it('has every primitive, in PRIMS order, each a rule or a notLinear with a reason', () => {
    expect(Object.keys(transposeRules)).to.deep.equal([...PRIMS]);
    for (const p of PRIMS) {
      const r = transposeRules[p];
      if (typeof r !== 'function') expect(r.reason, p).to.be.a('string').and.not.equal('');
    }
  });

  it('a non-linear primitive on the linear path is an internal error naming the reason', () => {
    const j = build([f32(3)], (b, x) => b.exp(x));
    expect(() => transposeJaxpr(j, [true])).to.throw(/exp is not linear/);
  });
});
