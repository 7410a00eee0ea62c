// Tests of the elementwise evaluation rules, the eval-types helpers and the special functions.
import { expect } from 'chai';
import type { Tensor } from '../../src/ir/core.js';
import type { Aval, DType } from '../../src/ir/dtype.js';
import type { Params } from '../../src/ir/primitives.js';
import type { EvalCtx, EvalRule } from '../../src/ir/eval-types.js';
import {
  F32_CTX, F64_CTX, allocTensor, broadcastIndex, broadcastShapes, ravel, scalarTensor, strides, tensorFrom, unravel,
} from '../../src/ir/eval-types.js';
import type { ElementwisePrim } from '../../src/ir/eval-elementwise.js';
import { elementwiseEvalRules } from '../../src/ir/eval-elementwise.js';
import { erf, erfc, erfInv } from '../../src/ir/special-functions.js';

const NaN_ = Number.NaN;
const INF = Infinity;
const I32_MIN = -2147483648;
const I32_MAX = 2147483647;
const U32_MAX = 0xffffffff;
const f = Math.fround;

/** A tensor; a plain array is rank 1, a number rank 0. */
function t(dtype: DType, values: number | readonly number[], shape?: readonly number[], ctx: EvalCtx = F32_CTX): Tensor {
  const vs = typeof values === 'number' ? [values] : values;
  return tensorFrom(shape ?? (typeof values === 'number' ? [] : [vs.length]), dtype, vs, ctx);
}

function ev<P extends ElementwisePrim>(p: P, inputs: readonly Tensor[], params: Params[P], out: Aval, ctx: EvalCtx = F32_CTX): Tensor {
  const rule: EvalRule<P> = elementwiseEvalRules[p];
  const before = inputs.map((x) => Array.from(x.data));
  const [r] = rule(inputs, params, [out], ctx);
  inputs.forEach((x, i) => expect(Array.from(x.data), `${p} mutated input ${i}`).to.deep.equal(before[i]));
  inputs.forEach((x) => expect(r!.data).to.not.equal(x.data));
  return r!;
}

const none = {} as Record<string, never>;
const vals = (x: Tensor): number[] => Array.from(x.data);

/** A unary op on a rank-1 operand, the result's values. */
function un<P extends ElementwisePrim>(p: P, dtype: DType, xs: readonly number[], outDtype: DType = dtype, params?: Params[P], ctx = F32_CTX): number[] {
  return vals(ev(p, [t(dtype, xs, undefined, ctx)], params ?? (none as Params[P]), { shape: [xs.length], dtype: outDtype }, ctx));
}

/** A binary op on two equal-length rank-1 operands. */
function bin<P extends ElementwisePrim>(p: P, dtype: DType, as: readonly number[], bs: readonly number[], outDtype: DType = dtype, ctx = F32_CTX): number[] {
  return vals(ev(p, [t(dtype, as, undefined, ctx), t(dtype, bs, undefined, ctx)], none as Params[P], { shape: [as.length], dtype: outDtype }, ctx));
}

describe('eval-types helpers', () => {
  it('allocates the typed array of each dtype and precision', () => {
    expect(allocTensor({ shape: [2, 3], dtype: 'f32' }, F32_CTX).data).to.be.instanceOf(Float32Array).with.length(6);
    expect(allocTensor({ shape: [2], dtype: 'f32' }, F64_CTX).data).to.be.instanceOf(Float64Array);
    expect(allocTensor({ shape: [2], dtype: 'i32' }, F64_CTX).data).to.be.instanceOf(Int32Array);
    expect(allocTensor({ shape: [2], dtype: 'u32' }, F32_CTX).data).to.be.instanceOf(Uint32Array);
    expect(allocTensor({ shape: [2], dtype: 'bool' }, F32_CTX).data).to.be.instanceOf(Uint8Array).with.length(2);
    expect(allocTensor({ shape: [4], dtype: 'float0' }, F32_CTX).data).to.be.instanceOf(Uint8Array).with.length(0);
    expect(allocTensor({ shape: [0, 3], dtype: 'f32' }, F32_CTX).data).to.have.length(0);
  });
  it('makes scalars', () => {
    const s = scalarTensor(2.5, 'f32', F32_CTX);
    expect(s.shape).to.deep.equal([]);
    expect(vals(s)).to.deep.equal([2.5]);
    expect(vals(scalarTensor(7, 'bool', F32_CTX))).to.deep.equal([1]);
    expect(vals(scalarTensor(-1, 'u32', F32_CTX))).to.deep.equal([U32_MAX]);
    expect(scalarTensor(0.1, 'f32', F64_CTX).data[0]).to.equal(0.1);
    expect(scalarTensor(0.1, 'f32', F32_CTX).data[0]).to.equal(f(0.1));
  });
  it('does row-major index math', () => {
    expect(strides([2, 3, 4])).to.deep.equal([12, 4, 1]);
    expect(strides([])).to.deep.equal([]);
    expect(unravel(23, [2, 3, 4])).to.deep.equal([1, 2, 3]);
    expect(unravel(5, [2, 3, 4])).to.deep.equal([0, 1, 1]);
    expect(ravel([1, 2, 3], [2, 3, 4])).to.equal(23);
    expect(ravel([], [])).to.equal(0);
  });
  it('maps broadcast indices', () => {
    expect(broadcastIndex(5, [2, 3], [])).to.equal(0);
    expect(broadcastIndex(5, [2, 3], [1, 3])).to.equal(2);
    expect(broadcastIndex(5, [2, 3], [2, 1])).to.equal(1);
    expect(broadcastIndex(5, [2, 3], [2, 3])).to.equal(5);
    expect(broadcastShapes([[2, 1], [1, 3], []])).to.deep.equal([2, 3]);
    expect(broadcastShapes([[], []])).to.deep.equal([]);
    expect(() => broadcastIndex(0, [2, 3], [3])).to.throw(/bug: broadcast/);
    expect(() => broadcastIndex(0, [2, 3], [2, 2])).to.throw(/bug: broadcast/);
  });
});

describe('special functions', () => {
  it('erf and erfc match known values to double precision', () => {
    expect(erf(0.5)).to.equal(0.5204998778130465);
    expect(erf(1)).to.be.closeTo(0.8427007929497149, 1e-16);
    expect(erf(3)).to.be.closeTo(0.9999779095030014, 1e-16);
    expect(erf(-2)).to.be.closeTo(-0.9953222650189527, 1e-16);
    expect(erf(1e-10)).to.be.closeTo(1.1283791670955126e-10, 1e-25);
    expect(Object.is(erf(-0), -0)).to.equal(true);
    expect([erf(INF), erf(-INF), erf(10)]).to.deep.equal([1, -1, 1]);
    expect(erf(NaN_)).to.be.NaN;
    expect(erfc(3) / 2.209049699858544e-5 - 1).to.be.closeTo(0, 1e-14);
    expect(erfc(10) / 2.088487583762545e-45 - 1).to.be.closeTo(0, 1e-14);
    expect(erfc(-1)).to.be.closeTo(1.8427007929497148, 1e-15);
  });
  it('erfInv matches mpmath to 1e-14 relative', () => {
    const cases: [number, number][] = [
      [0.5, 0.4769362762044699], [0.9, 1.1630871536766742], [0.999, 2.3267537655135245],
      [0.3, 0.27246271472675435], [1e-5, 8.862269254759595e-6], [-0.99999999, -4.052237243268763],
    ];
    for (const [y, x] of cases) expect(Math.abs(erfInv(y) / x - 1), `erfInv(${y})`).to.be.below(1e-14);
  });
  it('erfInv edge cases and round trips', () => {
    expect([erfInv(1), erfInv(-1), erfInv(0)]).to.deep.equal([INF, -INF, 0]);
    expect(Object.is(erfInv(-0), -0)).to.equal(true);
    for (const y of [1.5, -1.0000001, NaN_]) expect(erfInv(y)).to.be.NaN;
    for (let y = -0.999; y < 1; y += 0.0137) expect(Math.abs(erf(erfInv(y)) - y)).to.be.below(4e-16);
    for (const x of [0.01, 0.3, 1, 2, 2.5]) expect(Math.abs(erfInv(erf(x)) / x - 1), `x=${x}`).to.be.below(1e-12);
  });
});

describe('elementwise eval: unary float', () => {
  it('neg, abs, sign keep signed zero and NaN', () => {
    expect(un('neg', 'f32', [1.5, 0, -0, INF, NaN_])).to.deep.equal([-1.5, -0, 0, -INF, NaN_]);
    expect(un('abs', 'f32', [-1.5, -0, -INF, NaN_])).to.deep.equal([1.5, 0, INF, NaN_]);
    expect(un('sign', 'f32', [-3, 2.5, 0, -0, INF, -INF, NaN_])).to.deep.equal([-1, 1, 0, -0, 1, -1, NaN_]);
  });
  it('transcendentals are Math.* rounded to float32', () => {
    const xs = [0.3, 1.7, -2.2];
    const ops = [['exp', Math.exp], ['log1p', Math.log1p], ['expm1', Math.expm1], ['sin', Math.sin], ['cos', Math.cos],
      ['tan', Math.tan], ['tanh', Math.tanh]] as const;
    for (const [p, fn] of ops) expect(un(p, 'f32', xs), p).to.deep.equal(xs.map((x) => f(fn(f(x)))));
    expect(un('log', 'f32', [1, 0, -1, INF, 2])).to.deep.equal([0, -INF, NaN_, INF, f(Math.LN2)]);
    expect(un('sqrt', 'f32', [4, -1, 0, -0, INF, 2])).to.deep.equal([2, NaN_, 0, -0, INF, f(Math.SQRT2)]);
    expect(un('rsqrt', 'f32', [4, 0, -1, INF])).to.deep.equal([0.5, INF, NaN_, 0]);
    expect(un('expm1', 'f32', [1e-10])[0]).to.equal(f(1e-10));
    expect(un('exp', 'f32', [100, -200])).to.deep.equal([INF, 0]);
  });
  it('logistic is stable for large |x|', () => {
    expect(un('logistic', 'f32', [0, 1000, -1000, -INF, INF, NaN_])).to.deep.equal([0.5, 1, 0, 0, 1, NaN_]);
    expect(un('logistic', 'f32', [2])).to.deep.equal([f(1 / (1 + Math.exp(-2)))]);
    const tiny = un('logistic', 'f32', [-700], 'f32', undefined, F64_CTX)[0]!;
    expect(tiny / Math.exp(-700) - 1).to.be.closeTo(0, 1e-14);
  });
  it('floor, ceil and round (both methods) with ties and signed zero', () => {
    expect(un('floor', 'f32', [1.5, -1.5, -0, NaN_, -INF])).to.deep.equal([1, -2, -0, NaN_, -INF]);
    expect(un('ceil', 'f32', [1.5, -0.5, -1.5, INF])).to.deep.equal([2, -0, -1, INF]);
    const xs = [0.5, 1.5, 2.5, -0.5, -2.5, 2.4, -0.3, 0.3, 3.7, NaN_, -INF];
    expect(un('round', 'f32', xs, 'f32', { rounding_method: 0 })).to.deep.equal([1, 2, 3, -1, -3, 2, -0, 0, 4, NaN_, -INF]);
    expect(un('round', 'f32', xs, 'f32', { rounding_method: 1 })).to.deep.equal([0, 2, 2, -0, -2, 2, -0, 0, 4, NaN_, -INF]);
    expect(un('round', 'f32', [0.49999997, 8388609], 'f32', { rounding_method: 0 })).to.deep.equal([0, 8388609]);
  });
  it('erf and erf_inv over tensors', () => {
    expect(un('erf', 'f32', [0.5, -INF, NaN_])).to.deep.equal([f(0.5204998778130465), -1, NaN_]);
    expect(un('erf', 'f32', [0.5], 'f32', undefined, F64_CTX)).to.deep.equal([0.5204998778130465]);
    expect(un('erf_inv', 'f32', [0.5, 1, -1, 1.5, NaN_], 'f32', undefined, F64_CTX)).to.deep.equal([0.4769362762044699, INF, -INF, NaN_, NaN_]);
  });
  it('is_finite', () => {
    expect(un('is_finite', 'f32', [0, -1e30, INF, -INF, NaN_], 'bool')).to.deep.equal([1, 1, 0, 0, 0]);
  });
  it('integer_pow rounds each squaring step and takes 1/x^n for negative n', () => {
    expect(un('integer_pow', 'f32', [2, -3, 0.5, NaN_], 'f32', { y: 3 })).to.deep.equal([8, -27, 0.125, NaN_]);
    expect(un('integer_pow', 'f32', [2, -4, 0], 'f32', { y: -2 })).to.deep.equal([0.25, 0.0625, INF]);
    expect(un('integer_pow', 'f32', [NaN_, 0, INF], 'f32', { y: 0 })).to.deep.equal([1, 1, 1]);
    const x = f(1.1);
    const x2 = f(x * x);
    const x4 = f(x2 * x2);
    expect(un('integer_pow', 'f32', [1.1], 'f32', { y: 5 })).to.deep.equal([f(x * x4)]);
    expect(un('integer_pow', 'f32', [1.1], 'f32', { y: 5 }, F64_CTX)[0]).to.be.closeTo(1.1 ** 5, 1e-15);
    expect(un('integer_pow', 'i32', [3, -2, 65536, 7], 'i32', { y: 2 })).to.deep.equal([9, 4, 0, 49]);
    expect(un('integer_pow', 'i32', [3], 'i32', { y: 5 })).to.deep.equal([243]);
    expect(un('integer_pow', 'u32', [0x10000, 3], 'u32', { y: 2 })).to.deep.equal([0, 9]);
  });
});

describe('elementwise eval: unary integer and bool', () => {
  it('neg, abs and sign wrap', () => {
    expect(un('neg', 'i32', [5, -5, I32_MIN, 0])).to.deep.equal([-5, 5, I32_MIN, 0]);
    expect(un('neg', 'u32', [1, 0])).to.deep.equal([U32_MAX, 0]);
    expect(un('abs', 'i32', [-5, I32_MIN])).to.deep.equal([5, I32_MIN]);
    expect(un('sign', 'i32', [-7, 0, 9])).to.deep.equal([-1, 0, 1]);
    expect(un('sign', 'u32', [U32_MAX, 0])).to.deep.equal([1, 0]);
  });
  it('not is logical on bool and bitwise on ints', () => {
    expect(un('not', 'bool', [0, 1])).to.deep.equal([1, 0]);
    expect(un('not', 'i32', [5, 0, -1])).to.deep.equal([-6, -1, 0]);
    expect(un('not', 'u32', [0, U32_MAX, 5])).to.deep.equal([U32_MAX, 0, 0xfffffffa]);
  });
  it('has no float-only op on ints', () => {
    expect(() => un('exp', 'i32', [1])).to.throw(/bug: eval exp: no rule for dtype i32/);
  });
});

describe('elementwise eval: binary arithmetic', () => {
  it('float add/sub/mul round to float32 (f32) or not (f64), with NaN and Inf', () => {
    expect(bin('add', 'f32', [1, INF, INF, NaN_], [2 ** -30, 1, -INF, 1])).to.deep.equal([1, INF, NaN_, NaN_]);
    expect(bin('add', 'f32', [1], [2 ** -30], 'f32', F64_CTX)).to.deep.equal([1 + 2 ** -30]);
    expect(bin('add_any', 'f32', [0.1, -0], [0.2, -0])).to.deep.equal([f(f(0.1) + f(0.2)), -0]);
    expect(bin('sub', 'f32', [5, INF], [7.5, INF])).to.deep.equal([-2.5, NaN_]);
    expect(bin('mul', 'f32', [3, 0, -0, 1e30], [-0.5, INF, 5, 1e30])).to.deep.equal([-1.5, NaN_, -0, INF]);
  });
  it('i32 and u32 arithmetic wraps modulo 2^32', () => {
    expect(bin('add', 'i32', [I32_MAX, -5], [1, 3])).to.deep.equal([I32_MIN, -2]);
    expect(bin('add_any', 'i32', [I32_MIN], [-1])).to.deep.equal([I32_MAX]);
    expect(bin('sub', 'i32', [I32_MIN], [1])).to.deep.equal([I32_MAX]);
    expect(bin('mul', 'i32', [65536, 0x10001, -3], [65536, 0x10001, 7])).to.deep.equal([0, 0x20001, -21]);
    expect(bin('add', 'u32', [U32_MAX], [2])).to.deep.equal([1]);
    expect(bin('sub', 'u32', [0], [1])).to.deep.equal([U32_MAX]);
    expect(bin('mul', 'u32', [U32_MAX, 0x80000000], [U32_MAX, 2])).to.deep.equal([1, 0]);
  });
  it('div: floats IEEE; ints truncate, x/0 = -1 (u32: all ones), INT_MIN/-1 = INT_MIN', () => {
    expect(bin('div', 'f32', [1, -1, 0, 1, 7], [0, 0, 0, -0, 2])).to.deep.equal([INF, -INF, NaN_, -INF, 3.5]);
    expect(bin('div', 'i32', [-7, 7, -7, 7, 5, -5, I32_MIN, 0], [2, -2, -2, 2, 0, 0, -1, 3])).to.deep.equal([-3, -3, 3, 3, -1, -1, I32_MIN, 0]);
    expect(bin('div', 'u32', [7, U32_MAX, 0], [0, 2, 0])).to.deep.equal([U32_MAX, 0x7fffffff, U32_MAX]);
  });
  it('rem: dividend sign; x rem 0 = x for ints, NaN for floats; INT_MIN rem -1 = 0', () => {
    expect(bin('rem', 'f32', [-7, 7, 5.5, 1, INF, 1, -0], [2, -2, 2, 0, 1, INF, 1])).to.deep.equal([-1, 1, 1.5, NaN_, NaN_, 1, -0]);
    expect(bin('rem', 'i32', [-7, 7, 5, -5, I32_MIN], [2, -2, 0, 0, -1])).to.deep.equal([-1, 1, 5, -5, 0]);
    expect(bin('rem', 'u32', [U32_MAX, 9], [0, 4])).to.deep.equal([U32_MAX, 1]);
  });
  it('pow follows C pow', () => {
    expect(bin('pow', 'f32', [0, 2, -8, 1, NaN_, -2, -1, 0, 4], [0, -1, 1 / 3, NaN_, 0, 3, INF, -1, 0.5]))
      .to.deep.equal([1, 0.5, NaN_, 1, 1, -8, 1, INF, 2]);
    expect(bin('pow', 'f32', [1.5], [2.5])).to.deep.equal([f(Math.pow(1.5, 2.5))]);
    expect(bin('pow', 'i32', [2, 2, -3, 5], [10, 31, 3, 0])).to.deep.equal([1024, I32_MIN, -27, 1]);
  });
  it('max/min propagate NaN; ints compare as their dtype', () => {
    expect(bin('max', 'f32', [NaN_, 1, -INF, 2], [1, NaN_, 3, -1])).to.deep.equal([NaN_, NaN_, 3, 2]);
    expect(bin('min', 'f32', [NaN_, 1, -INF, 2], [1, NaN_, 3, -1])).to.deep.equal([NaN_, NaN_, -INF, -1]);
    expect(bin('max', 'i32', [-1, 5], [0, 3])).to.deep.equal([0, 5]);
    expect(bin('max', 'u32', [U32_MAX], [1])).to.deep.equal([U32_MAX]);
    expect(bin('min', 'u32', [U32_MAX], [1])).to.deep.equal([1]);
    expect(bin('max', 'bool', [0, 1], [0, 0])).to.deep.equal([0, 1]);
  });
  it('atan2 covers quadrants and signed zero', () => {
    expect(bin('atan2', 'f32', [1, 0, -0, -1, NaN_], [1, -1, -1, 0, 1])).to.deep.equal([f(Math.PI / 4), f(Math.PI), -f(Math.PI), -f(Math.PI / 2), NaN_]);
  });
});

describe('elementwise eval: comparisons, logic, shifts', () => {
  it('comparisons are NaN-aware and dtype-aware', () => {
    const a = [NaN_, 1, -0, 2];
    const b = [NaN_, NaN_, 0, 1];
    expect(bin('eq', 'f32', a, b, 'bool')).to.deep.equal([0, 0, 1, 0]);
    expect(bin('ne', 'f32', a, b, 'bool')).to.deep.equal([1, 1, 0, 1]);
    expect(bin('lt', 'f32', a, b, 'bool')).to.deep.equal([0, 0, 0, 0]);
    expect(bin('le', 'f32', a, b, 'bool')).to.deep.equal([0, 0, 1, 0]);
    expect(bin('gt', 'f32', a, b, 'bool')).to.deep.equal([0, 0, 0, 1]);
    expect(bin('ge', 'f32', a, b, 'bool')).to.deep.equal([0, 0, 1, 1]);
    expect(bin('lt', 'i32', [-1, 3], [0, 3], 'bool')).to.deep.equal([1, 0]);
    expect(bin('gt', 'u32', [U32_MAX, 0], [1, 0], 'bool')).to.deep.equal([1, 0]);
    expect(bin('eq', 'bool', [0, 1, 1], [0, 0, 1], 'bool')).to.deep.equal([1, 0, 1]);
  });
  it('and/or/xor are logical on bool and bitwise on ints', () => {
    expect(bin('and', 'bool', [0, 1, 1], [1, 1, 0])).to.deep.equal([0, 1, 0]);
    expect(bin('or', 'bool', [0, 1, 0], [1, 1, 0])).to.deep.equal([1, 1, 0]);
    expect(bin('xor', 'bool', [0, 1, 1], [1, 1, 0])).to.deep.equal([1, 0, 1]);
    expect(bin('and', 'i32', [12, -1], [10, I32_MIN])).to.deep.equal([8, I32_MIN]);
    expect(bin('or', 'i32', [12, I32_MIN], [3, 1])).to.deep.equal([15, I32_MIN + 1]);
    expect(bin('xor', 'i32', [12, -1], [10, 5])).to.deep.equal([6, -6]);
    expect(bin('xor', 'u32', [U32_MAX, 0x80000000], [1, 0x80000000])).to.deep.equal([0xfffffffe, 0]);
    expect(bin('or', 'u32', [0x80000000], [1])).to.deep.equal([0x80000001]);
  });
  it('shifts: amounts >= 32 or negative shift everything out, arithmetic fills with the sign', () => {
    expect(bin('shift_left', 'i32', [1, 1, 1, 3, 1], [31, 32, -1, 2, 0])).to.deep.equal([I32_MIN, 0, 0, 12, 1]);
    expect(bin('shift_right_logical', 'i32', [-1, -1, -1, 16], [28, 32, -5, 2])).to.deep.equal([15, 0, 0, 4]);
    expect(bin('shift_right_arithmetic', 'i32', [-8, -8, 8, -8, I32_MIN], [1, 40, 40, -1, 31])).to.deep.equal([-4, -1, 0, -1, -1]);
    expect(bin('shift_left', 'u32', [U32_MAX, 1, 1], [4, 31, 32])).to.deep.equal([0xfffffff0, 0x80000000, 0]);
    expect(bin('shift_right_logical', 'u32', [0x80000000, U32_MAX], [31, U32_MAX])).to.deep.equal([1, 0]);
    expect(bin('shift_right_arithmetic', 'u32', [0x80000000, 0x80000000, 0x40000000], [4, 32, 33])).to.deep.equal([0xf8000000, U32_MAX, 0]);
  });
});

describe('elementwise eval: select_n, conversions, stop_gradient', () => {
  it('select_n picks by bool or i32 predicate, with a rank-0 predicate broadcast', () => {
    const c0 = t('f32', [1, 2, 3]);
    const c1 = t('f32', [10, 20, 30]);
    const c2 = t('f32', [100, 200, 300]);
    const out: Aval = { shape: [3], dtype: 'f32' };
    expect(vals(ev('select_n', [t('bool', [0, 1, 0]), c0, c1], none, out))).to.deep.equal([1, 20, 3]);
    expect(vals(ev('select_n', [t('i32', [2, 0, 1]), c0, c1, c2], none, out))).to.deep.equal([100, 2, 30]);
    expect(vals(ev('select_n', [t('bool', 1), c0, c1], none, out))).to.deep.equal([10, 20, 30]);
    expect(vals(ev('select_n', [t('bool', [1, 0]), t('i32', [-1, -2]), t('i32', [5, 6])], none, { shape: [2], dtype: 'i32' }))).to.deep.equal([5, -2]);
  });
  it('convert_element_type float → int truncates, maps NaN to 0 and saturates', () => {
    const p = (d: DType) => ({ new_dtype: d, weak_type: false });
    const xs = [1.9, -1.9, NaN_, 3e9, -3e9, INF, -INF, -0.5];
    expect(un('convert_element_type', 'f32', xs, 'i32', p('i32'))).to.deep.equal([1, -1, 0, I32_MAX, I32_MIN, I32_MAX, I32_MIN, 0]);
    expect(un('convert_element_type', 'f32', xs, 'u32', p('u32'))).to.deep.equal([1, 0, 0, 3e9, 0, U32_MAX, 0, 0]);
    expect(un('convert_element_type', 'f32', [5e9], 'u32', p('u32'))).to.deep.equal([U32_MAX]);
  });
  it('convert_element_type between ints, bools and floats', () => {
    const p = (d: DType) => ({ new_dtype: d, weak_type: false });
    expect(un('convert_element_type', 'i32', [-1, I32_MIN], 'u32', p('u32'))).to.deep.equal([U32_MAX, 0x80000000]);
    expect(un('convert_element_type', 'u32', [U32_MAX, 0x80000000], 'i32', p('i32'))).to.deep.equal([-1, I32_MIN]);
    expect(un('convert_element_type', 'i32', [0, 5, -1], 'bool', p('bool'))).to.deep.equal([0, 1, 1]);
    expect(un('convert_element_type', 'f32', [0, -0, NaN_, 0.1], 'bool', p('bool'))).to.deep.equal([0, 0, 1, 1]);
    expect(un('convert_element_type', 'bool', [0, 1], 'f32', p('f32'))).to.deep.equal([0, 1]);
    expect(un('convert_element_type', 'bool', [1], 'i32', p('i32'))).to.deep.equal([1]);
    expect(un('convert_element_type', 'i32', [16777217, -3], 'f32', p('f32'))).to.deep.equal([16777216, -3]);
    expect(un('convert_element_type', 'u32', [U32_MAX], 'f32', p('f32'))).to.deep.equal([4294967296]);
    expect(un('convert_element_type', 'i32', [16777217], 'f32', p('f32'), F64_CTX)).to.deep.equal([16777217]);
    expect(un('convert_element_type', 'f32', [1.5], 'f32', { new_dtype: 'f32', weak_type: true })).to.deep.equal([1.5]);
    expect(un('convert_element_type', 'f32', [1.5, 2], 'float0', p('float0'))).to.deep.equal([]);
  });
  it('bitcast_convert_type reinterprets 32-bit patterns', () => {
    expect(un('bitcast_convert_type', 'f32', [1, -2], 'i32', { new_dtype: 'i32' })).to.deep.equal([0x3f800000, -1073741824]);
    expect(un('bitcast_convert_type', 'f32', [-0, INF], 'u32', { new_dtype: 'u32' })).to.deep.equal([0x80000000, 0x7f800000]);
    expect(un('bitcast_convert_type', 'i32', [0x7fc00000, 0x3f800000], 'f32', { new_dtype: 'f32' })).to.deep.equal([NaN_, 1]);
    expect(un('bitcast_convert_type', 'u32', [U32_MAX], 'i32', { new_dtype: 'i32' })).to.deep.equal([-1]);
    expect(un('bitcast_convert_type', 'f32', [0.1], 'i32', { new_dtype: 'i32' }, F64_CTX)).to.deep.equal([0x3dcccccd]);
    const back = ev('bitcast_convert_type', [t('i32', [0x3dcccccd])], { new_dtype: 'f32' }, { shape: [1], dtype: 'f32' }, F64_CTX);
    expect(back.data).to.be.instanceOf(Float64Array);
    expect(vals(back)).to.deep.equal([f(0.1)]);
    expect(() => un('bitcast_convert_type', 'bool', [1], 'i32', { new_dtype: 'i32' })).to.throw(/bug: bitcast_convert_type/);
  });
  it('stop_gradient copies', () => {
    expect(un('stop_gradient', 'f32', [1, NaN_, -0])).to.deep.equal([1, NaN_, -0]);
    expect(un('stop_gradient', 'i32', [I32_MIN])).to.deep.equal([I32_MIN]);
  });
});

describe('elementwise eval: shapes and precision', () => {
  it('broadcasts rank-0 operands', () => {
    const r = ev('sub', [t('f32', 10), t('f32', [1, 2, 3, 4, 5, 6], [2, 3])], none, { shape: [2, 3], dtype: 'f32' });
    expect(r.shape).to.deep.equal([2, 3]);
    expect(vals(r)).to.deep.equal([9, 8, 7, 6, 5, 4]);
    expect(vals(ev('div', [t('i32', [7, -7], [2]), t('i32', 2)], none, { shape: [2], dtype: 'i32' }))).to.deep.equal([3, -3]);
  });
  it('broadcasts size-1 dims on both sides', () => {
    const col = t('i32', [10, 20], [2, 1]);
    const row = t('i32', [1, 2, 3], [1, 3]);
    expect(vals(ev('add', [col, row], none, { shape: [2, 3], dtype: 'i32' }))).to.deep.equal([11, 12, 13, 21, 22, 23]);
    expect(vals(ev('sub', [row, col], none, { shape: [2, 3], dtype: 'i32' }))).to.deep.equal([-9, -8, -7, -19, -18, -17]);
    const full = t('f32', [1, 2, 3, 4, 5, 6], [2, 3]);
    expect(vals(ev('lt', [t('f32', [2, 1, 2], [1, 3]), full], none, { shape: [2, 3], dtype: 'bool' }))).to.deep.equal([0, 1, 1, 1, 1, 1]);
  });
  it('computes on rank-0 tensors', () => {
    const r = ev('mul', [t('f32', 3), t('f32', -2)], none, { shape: [], dtype: 'f32' });
    expect(r.shape).to.deep.equal([]);
    expect(vals(r)).to.deep.equal([-6]);
    expect(vals(ev('not', [t('bool', 0)], none, { shape: [], dtype: 'bool' }))).to.deep.equal([1]);
  });
  it('handles empty tensors', () => {
    const e = t('f32', [], [0, 3]);
    const r = ev('add', [e, t('f32', 1)], none, { shape: [0, 3], dtype: 'f32' });
    expect(r.shape).to.deep.equal([0, 3]);
    expect(r.data).to.have.length(0);
    expect(ev('exp', [e], none, { shape: [0, 3], dtype: 'f32' }).data).to.have.length(0);
    expect(ev('select_n', [t('bool', [], [0]), t('i32', [], [0]), t('i32', [], [0])], none, { shape: [0], dtype: 'i32' }).data).to.have.length(0);
  });
  it('f64 precision stores floats in Float64Array and leaves ints and bools alone', () => {
    const x = t('f32', [1, 0.1], undefined, F64_CTX);
    const e = ev('exp', [x], none, { shape: [2], dtype: 'f32' }, F64_CTX);
    expect(e.data).to.be.instanceOf(Float64Array);
    expect(vals(e)).to.deep.equal([Math.E, Math.exp(0.1)]);
    expect(ev('exp', [t('f32', [1])], none, { shape: [1], dtype: 'f32' }).data).to.be.instanceOf(Float32Array);
    expect(ev('lt', [x, x], none, { shape: [2], dtype: 'bool' }, F64_CTX).data).to.be.instanceOf(Uint8Array);
    expect(ev('add', [t('i32', [1]), t('i32', [2])], none, { shape: [1], dtype: 'i32' }, F64_CTX).data).to.be.instanceOf(Int32Array);
    expect(vals(ev('mul', [x, x], none, { shape: [2], dtype: 'f32' }, F64_CTX))).to.deep.equal([1, 0.1 * 0.1]);
  });
});
