// Evaluation rules of dot_general and conv_general_dilated: numpy values, and a naive float64 conv
// reference (materialized dilation and padding) over strides, padding, dilations, groups and layouts.
import { expect } from 'chai';
import type { Tensor } from '../../src/ir/core.js';
import type { DType } from '../../src/ir/dtype.js';
import type { EvalCtx } from '../../src/ir/eval-types.js';
import { F32_CTX, F64_CTX, ravel, tensorFrom, unravel } from '../../src/ir/eval-types.js';
import type { ConvDimensionNumbers, Pair } from '../../src/ir/primitives.js';
import { structuralEvalRules } from '../../src/ir/eval-structural.js';

const T = (shape: number[], dtype: DType, values: ArrayLike<number>, ctx: EvalCtx = F32_CTX): Tensor => tensorFrom(shape, dtype, values, ctx);
const arange = (n: number, f: (i: number) => number = (i) => i): number[] => Array.from({ length: n }, (_, i) => f(i));
const vals = (t: Tensor): number[] => Array.from(t.data);
const prod = (s: readonly number[]): number => s.reduce((a, b) => a * b, 1);

type DotDims = readonly [readonly [number[], number[]], readonly [number[], number[]]];
function dot(a: Tensor, b: Tensor, dims: DotDims, outShape: number[], ctx: EvalCtx = F32_CTX, outDtype?: DType): Tensor {
  const params = { dimension_numbers: dims, preferred_element_type: outDtype ?? a.dtype };
  return structuralEvalRules.dot_general([a, b], params, [{ shape: outShape, dtype: outDtype ?? a.dtype }], ctx)[0];
}

describe('eval rules: dot_general', () => {
  it('matmul, batched matmul, and transposed-operand contractions (numpy)', () => {
    const a = T([2, 3], 'f32', [1, 2, 3, 4, 5, 6]);
    const b = T([3, 2], 'f32', [1, 0, 0, 1, 1, 1]);
    expect(vals(dot(a, b, [[[1], [0]], [[], []]], [2, 2]))).to.deep.equal([4, 5, 10, 11]);
    const ba = T([2, 2, 3], 'f32', arange(12, (i) => i - 4));
    const bb = T([2, 3, 2], 'f32', arange(12, (i) => i * 0.5));
    expect(vals(dot(ba, bb, [[[2], [1]], [[0], [0]]], [2, 2, 2]))).to.deep.equal([-7, -11.5, 2, 2, 38, 42.5, 74, 83]);
    const l = T([3, 2], 'f32', arange(6));
    const r = T([3, 4], 'f32', arange(12, (i) => i - 3));
    expect(vals(dot(l, r, [[[0], [0]], [[], []]], [2, 4]))).to.deep.equal([22, 28, 34, 40, 25, 34, 43, 52]);
  });

  it('batch dims that are not leading, and two contracting dims (numpy einsum)', () => {
    const l = T([3, 2], 'f32', arange(6, (i) => i + 1));
    const r = T([2, 3], 'f32', arange(6, (i) => i - 2));
    expect(vals(dot(l, r, [[[0], [1]], [[1], [0]]], [2]))).to.deep.equal([-5, 28]);
    const l3 = T([2, 3, 4], 'f32', arange(24));
    const r3 = T([4, 3, 2], 'f32', arange(24, (i) => i % 5));
    expect(vals(dot(l3, r3, [[[1, 2], [1, 0]], [[], []]], [2, 2]))).to.deep.equal([125, 121, 389, 409]);
  });

  it('outer product, empty contraction and empty batch', () => {
    const u = T([2], 'f32', [2, 3]);
    const v = T([3], 'f32', [1, -1, 0.5]);
    expect(vals(dot(u, v, [[[], []], [[], []]], [2, 3]))).to.deep.equal([2, -2, 1, 3, -3, 1.5]);
    expect(vals(dot(T([2, 0], 'f32', []), T([0, 3], 'f32', []), [[[1], [0]], [[], []]], [2, 3]))).to.deep.equal([0, 0, 0, 0, 0, 0]);
    expect(vals(dot(T([0, 2], 'f32', []), T([0, 2], 'f32', []), [[[1], [1]], [[0], [0]]], [0]))).to.deep.equal([]);
  });

  it('integer dots wrap; f32 dots accumulate in double and round once', () => {
    expect(vals(dot(T([2], 'i32', [65536, 0x7fffffff]), T([2], 'i32', [65536, 1]), [[[0], [0]], [[], []]], []))).to.deep.equal([0x7fffffff]);
    expect(vals(dot(T([2], 'i32', [0x7fffffff, 1]), T([2], 'i32', [1, 1]), [[[0], [0]], [[], []]], []))).to.deep.equal([-0x80000000]);
    expect(vals(dot(T([1], 'u32', [0xffffffff]), T([1], 'u32', [2]), [[[0], [0]], [[], []]], []))).to.deep.equal([0xfffffffe]);
    expect(vals(dot(T([3], 'f32', [1e8, 1, -1e8]), T([3], 'f32', [1, 1, 1]), [[[0], [0]], [[], []]], []))).to.deep.equal([1]);
  });
});

interface ConvOpts {
  strides: number[]; pad: Pair[]; ld: number[]; rd: number[]; G?: number; BG?: number;
}

/** Naive conv in canonical layout (lhs N,C,sp..., rhs O,I,sp..., out N/BG,O,sp...), float64. */
function refConv(lhs: Tensor, rhs: Tensor, o: ConvOpts): { shape: number[]; data: number[] } {
  const [N, C, ...sp] = lhs.shape;
  const [O, I, ...ks] = rhs.shape;
  const G = o.G ?? 1;
  const BG = o.BG ?? 1;
  // Materialize the dilated, padded lhs: (p - lo) must land on a multiple of ld inside the input.
  const dsp = sp.map((n, d) => (n - 1) * o.ld[d] + 1 + o.pad[d][0] + o.pad[d][1]);
  const pShape = [N, C, ...dsp];
  const P = new Float64Array(prod(pShape));
  for (let f = 0; f < P.length; f++) {
    const idx = unravel(f, pShape);
    const src = idx.slice(2).map((p, d) => (p - o.pad[d][0]) / o.ld[d]);
    if (src.every((q, d) => Number.isInteger(q) && q >= 0 && q < sp[d])) P[f] = lhs.data[ravel([idx[0], idx[1], ...src], lhs.shape)];
  }
  const outSp = dsp.map((n, d) => Math.floor((n - ((ks[d] - 1) * o.rd[d] + 1)) / o.strides[d]) + 1);
  const shape = [N / BG, O, ...outSp];
  const data = new Array<number>(prod(shape)).fill(0);
  for (let f = 0; f < data.length; f++) {
    const [n, oo, ...y] = unravel(f, shape);
    const g = Math.floor(oo / (O / G));
    const h = Math.floor(oo / (O / BG));
    for (let i = 0; i < I; i++) {
      for (let kf = 0; kf < prod(ks); kf++) {
        const k = unravel(kf, ks);
        const pos = y.map((yy, d) => yy * o.strides[d] + k[d] * o.rd[d]);
        data[f] += P[ravel([h * (N / BG) + n, g * I + i, ...pos], pShape)] * rhs.data[ravel([oo, i, ...k], rhs.shape)];
      }
    }
  }
  return { shape, data };
}

const canonical = (r: number): ConvDimensionNumbers => {
  const s = arange(r);
  return { lhs_spec: s, rhs_spec: s, out_spec: s };
};

function conv(lhs: Tensor, rhs: Tensor, o: ConvOpts, outShape: number[], dn = canonical(lhs.shape.length), ctx: EvalCtx = F64_CTX): Tensor {
  const params = {
    window_strides: o.strides, padding: o.pad, lhs_dilation: o.ld, rhs_dilation: o.rd, dimension_numbers: dn,
    feature_group_count: o.G ?? 1, batch_group_count: o.BG ?? 1, preferred_element_type: lhs.dtype,
  };
  return structuralEvalRules.conv_general_dilated([lhs, rhs], params, [{ shape: outShape, dtype: lhs.dtype }], ctx)[0];
}

/** Small integers from a fixed LCG, so float64 sums are exact. */
function ints(n: number, seed: number): number[] {
  let s = seed;
  return arange(n, () => { s = (s * 1103515245 + 12345) % 2147483648; return (s % 7) - 3; });
}

/** Data of a tensor transposed by `perm` (out dim k = in dim perm[k]). */
function permute(t: Tensor, perm: number[]): Tensor {
  const shape = perm.map((d) => t.shape[d]);
  const out = new Array<number>(t.data.length);
  for (let f = 0; f < out.length; f++) {
    const idx = unravel(f, shape);
    const src = new Array<number>(perm.length);
    perm.forEach((d, k) => { src[d] = idx[k]; });
    out[f] = t.data[ravel(src, t.shape)];
  }
  return T(shape, t.dtype, out, F64_CTX);
}

describe('eval rules: conv_general_dilated', () => {
  it('1-D cases match numpy (np.correlate for the valid case)', () => {
    const l = T([1, 1, 6], 'f32', [1, 2, -1, 3, 0.5, 4]);
    const r = T([1, 1, 3], 'f32', [1, 0, -2]);
    expect(vals(conv(l, r, { strides: [1], pad: [[0, 0]], ld: [1], rd: [1] }, [1, 1, 4]))).to.deep.equal([3, -4, -2, -5]);
    expect(vals(conv(l, r, { strides: [2], pad: [[2, -1]], ld: [1], rd: [2] }, [1, 1, 2]))).to.deep.equal([2, 0]);
    expect(vals(conv(l, r, { strides: [1], pad: [[1, 1]], ld: [2], rd: [1] }, [1, 1, 11]))).to.deep.equal([0, -3, 0, 4, 0, -7, 0, 2, 0, -7.5, 0]);
  });

  it('2-D with stride, padding, rhs dilation and feature groups matches numpy', () => {
    const lhs = T([2, 4, 4, 3], 'f32', arange(96, (i) => (i % 7) - 3));
    const rhs = T([4, 2, 2, 2], 'f32', arange(32, (i) => (i % 5) - 2));
    const out = conv(lhs, rhs, { strides: [2, 1], pad: [[1, 0], [1, 1]], ld: [1, 1], rd: [1, 2], G: 2 }, [2, 4, 2, 3]);
    expect(vals(out)).to.deep.equal([
      -2, -3, -3, -2, -9, -6, -4, 17, 10, 0, -4, 11, 1, 4, 1, -4, -8, -1, 1, 4, 1, 12, 25, 0,
      -3, -3, -2, 7, -6, -5, -1, -8, 10, -7, -5, -4, -2, 0, 0, -6, -8, -6, 2, 8, 4, -1, 12, 14,
    ]);
  });

  it('2-D batch_group_count = 2 matches numpy', () => {
    const lhs = T([4, 1, 3, 3], 'f32', arange(36, (i) => (i % 5) - 1));
    const rhs = T([2, 1, 2, 2], 'f32', arange(8, (i) => (i % 3) + 1));
    const out = conv(lhs, rhs, { strides: [1, 1], pad: [[0, 0], [0, 0]], ld: [1, 1], rd: [1, 1], BG: 2 }, [2, 2, 2, 2]);
    expect(vals(out)).to.deep.equal([8, 10, 9, 6, 15, 8, 4, 7, 6, 8, 2, 9, 7, 15, 6, 4]);
  });

  const cases: { name: string; l: number[]; r: number[]; o: ConvOpts }[] = [
    { name: '1-D stride 2, pad (1, 2), rhs dilation 2', l: [2, 3, 7], r: [2, 3, 3], o: { strides: [2], pad: [[1, 2]], ld: [1], rd: [2] } },
    { name: '2-D feature groups 3', l: [1, 6, 5, 4], r: [6, 2, 2, 3], o: { strides: [1, 1], pad: [[1, 1], [0, 2]], ld: [1, 1], rd: [1, 1], G: 3 } },
    { name: '2-D batch groups 2, stride 2', l: [4, 3, 5, 5], r: [4, 3, 3, 2], o: { strides: [2, 2], pad: [[1, 0], [0, 0]], ld: [1, 1], rd: [1, 1], BG: 2 } },
    { name: '2-D transposed (lhs dilation 2) with padding 2', l: [1, 2, 3, 3], r: [3, 2, 3, 3], o: { strides: [1, 1], pad: [[2, 2], [2, 1]], ld: [2, 2], rd: [1, 1] } },
    { name: '3-D, negative padding, mixed dilations', l: [1, 2, 4, 5, 3], r: [2, 2, 2, 2, 2], o: { strides: [1, 2, 1], pad: [[-1, 1], [0, 0], [1, -1]], ld: [2, 1, 1], rd: [1, 1, 2] } },
  ];
  for (const c of cases) {
    it(`${c.name} equals the naive reference`, () => {
      const lhs = T(c.l, 'f32', ints(prod(c.l), 7), F64_CTX);
      const rhs = T(c.r, 'f32', ints(prod(c.r), 11), F64_CTX);
      const ref = refConv(lhs, rhs, c.o);
      expect(ref.data.some((v) => v !== 0)).to.equal(true);
      expect(vals(conv(lhs, rhs, c.o, ref.shape))).to.deep.equal(ref.data);
    });
  }

  it('NHWC / HWIO / NHWC dimension numbers give the transposed canonical result', () => {
    const lhs = T([2, 4, 5, 4], 'f32', ints(160, 3), F64_CTX);
    const rhs = T([6, 2, 3, 2], 'f32', ints(72, 5), F64_CTX);
    const o: ConvOpts = { strides: [2, 1], pad: [[1, 1], [0, 1]], ld: [1, 1], rd: [1, 2], G: 2 };
    const ref = refConv(lhs, rhs, o);
    const dn = { lhs_spec: [0, 3, 1, 2], rhs_spec: [3, 2, 0, 1], out_spec: [0, 3, 1, 2] };
    const [n, c, h, w] = ref.shape;
    const out = conv(permute(lhs, [0, 2, 3, 1]), permute(rhs, [2, 3, 1, 0]), o, [n, h, w, c], dn);
    expect(vals(permute(out, [0, 3, 1, 2]))).to.deep.equal(ref.data);
  });

  it('f32 precision rounds the double sum once; empty output', () => {
    const l = T([1, 3, 1], 'f32', [1e8, 1, -1e8]);
    const r = T([1, 3, 1], 'f32', [1, 1, 1]);
    expect(vals(conv(l, r, { strides: [1], pad: [[0, 0]], ld: [1], rd: [1] }, [1, 1, 1], undefined, F32_CTX))).to.deep.equal([1]);
    const e = conv(T([1, 1, 2], 'f32', [1, 2]), T([1, 1, 3], 'f32', [1, 1, 1]), { strides: [1], pad: [[0, 0]], ld: [1], rd: [1] }, [1, 1, 0]);
    expect(vals(e)).to.deep.equal([]);
  });
});
