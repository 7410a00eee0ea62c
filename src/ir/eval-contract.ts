// Evaluation rules of the contractions: dot_general and conv_general_dilated (XLA semantics, any rank,
// groups, dilations, negative padding). Imports only src/ir; must not import eval.ts.
import type { Aval, DType } from './dtype.js';
import type { Tensor, TypedArray } from './core.js';
import type { Params } from './primitives.js';
import type { EvalRule } from './eval-types.js';
import { allocTensor, strides } from './eval-types.js';
import { complement, subView, viewOffsets } from './eval-layout.js';
import { bump } from './eval-reduce.js';

/**
 * Σ_k a[ao + ak_k]·b[bo + bk_k] in the arithmetic of the output dtype: double for floats (the store
 * rounds once), wrapping 32-bit for integers (Math.imul), or/and for bool.
 */
type DotKernel = (a: TypedArray, ao: number, ak: Float64Array, b: TypedArray, bo: number, bk: Float64Array) => number;

function dotKernel(dtype: DType): DotKernel {
  if (dtype === 'i32' || dtype === 'u32') {
    return (a, ao, ak, b, bo, bk) => {
      let acc = 0;
      for (let k = 0; k < ak.length; k++) acc = (acc + Math.imul(a[ao + ak[k]], b[bo + bk[k]])) | 0;
      return acc;
    };
  }
  if (dtype === 'bool') {
    return (a, ao, ak, b, bo, bk) => {
      let acc = 0;
      for (let k = 0; k < ak.length && !acc; k++) acc = a[ao + ak[k]] && b[bo + bk[k]] ? 1 : 0;
      return acc;
    };
  }
  return (a, ao, ak, b, bo, bk) => {
    let acc = 0;
    for (let k = 0; k < ak.length; k++) acc += a[ao + ak[k]] * b[bo + bk[k]];
    return acc;
  };
}

// out[b, m, n] = Σ_k lhs[b, m, k]·rhs[b, n, k], with b, m, k the batch, free and contracting dims
// of each operand (in the order given by the dimension numbers; free dims in increasing order).
const dotGeneral: EvalRule<'dot_general'> = ([lhs, rhs], p, [oa], ctx) => {
  const out = allocTensor(oa, ctx);
  if (out.data.length === 0) return [out];
  const [[lc, rc], [lb, rb]] = p.dimension_numbers;
  const view = (shape: readonly number[], dims: readonly number[]) => {
    const v = subView(shape, dims);
    return viewOffsets(v.sizes, v.str);
  };
  const lB = view(lhs.shape, lb);
  const rB = view(rhs.shape, rb);
  const lM = view(lhs.shape, complement(lhs.shape.length, [...lc, ...lb]));
  const rN = view(rhs.shape, complement(rhs.shape.length, [...rc, ...rb]));
  const lK = view(lhs.shape, lc);
  const rK = view(rhs.shape, rc);
  const kernel = dotKernel(oa.dtype);
  let o = 0;
  for (let b = 0; b < lB.length; b++) {
    for (let m = 0; m < lM.length; m++) {
      for (let n = 0; n < rN.length; n++) {
        out.data[o++] = kernel(lhs.data, lB[b] + lM[m], lK, rhs.data, rB[b] + rN[n], rK);
      }
    }
  }
  return [out];
};

type ConvParams = Params['conv_general_dilated'];

/** The dims, strides and group sizes a conv reads, resolved once from the dimension numbers. */
function convGeometry(lhs: Tensor, rhs: Tensor, oa: Aval, p: ConvParams) {
  const { lhs_spec: ls, rhs_spec: rs, out_spec: os } = p.dimension_numbers;
  const lst = strides(lhs.shape);
  const rst = strides(rhs.shape);
  const ost = strides(oa.shape);
  const O = rhs.shape[rs[0]];
  const I = rhs.shape[rs[1]];
  return {
    nsp: ls.length - 2, O, I, N: oa.shape[os[0]],
    outPerGroup: O / p.feature_group_count,
    outPerBatchGroup: O / p.batch_group_count,
    batchGroupSize: lhs.shape[ls[0]] / p.batch_group_count,
    win: rs.slice(2).map((d) => rhs.shape[d]),
    outSp: os.slice(2).map((d) => oa.shape[d]),
    lhsSp: ls.slice(2).map((d) => lhs.shape[d]),
    lSpStr: ls.slice(2).map((d) => lst[d]), rSpStr: rs.slice(2).map((d) => rst[d]), oSpStr: os.slice(2).map((d) => ost[d]),
    lBatchStr: lst[ls[0]], lFeatStr: lst[ls[1]], rOutStr: rst[rs[0]], oBatchStr: ost[os[0]], oFeatStr: ost[os[1]],
    // Contraction over in-features: offsets along the lhs feature and the rhs in-feature dims.
    lK: viewOffsets([I], [lst[ls[1]]]), rK: viewOffsets([I], [rst[rs[1]]]),
  };
}
type ConvGeometry = ReturnType<typeof convGeometry>;

/**
 * The lhs spatial offset read by output position y and window position k, or -1 in padding or in a
 * dilation hole: p = y·stride - lo + k·rhs_dil is read at p / lhs_dil when p % lhs_dil == 0.
 */
function lhsSpatialOffset(g: ConvGeometry, p: ConvParams, y: readonly number[], k: readonly number[]): number {
  let off = 0;
  for (let d = 0; d < g.nsp; d++) {
    const pos = y[d] * p.window_strides[d] - p.padding[d][0] + k[d] * p.rhs_dilation[d];
    const q = pos / p.lhs_dilation[d];
    if (pos < 0 || pos % p.lhs_dilation[d] !== 0 || q >= g.lhsSp[d]) return -1;
    off += q * g.lSpStr[d];
  }
  return off;
}

/**
 * conv_general_dilated as XLA's HloEvaluator defines it (cross-correlation, no kernel flip). For an
 * output (n, o, y...): feature group f = o / (O/G) reads lhs features f·I + i (I = rhs in-features);
 * batch group h = o / (O/BG) reads lhs batch h·(N/BG) + n; spatially, see lhsSpatialOffset.
 */
const convGeneralDilated: EvalRule<'conv_general_dilated'> = ([lhs, rhs], p, [oa], ctx) => {
  const out = allocTensor(oa, ctx);
  if (out.data.length === 0) return [out];
  const g = convGeometry(lhs, rhs, oa, p);
  const kernel = dotKernel(oa.dtype);
  // Partial sums stay in double across window positions; the final store rounds (f32) or wraps.
  const acc = new Float64Array(out.data.length);
  const y = new Array<number>(g.nsp).fill(0);
  const k = new Array<number>(g.nsp).fill(0);
  const nWin = g.win.reduce((a, b) => a * b, 1);
  const nOutSp = g.outSp.reduce((a, b) => a * b, 1);
  for (let s = 0; s < nOutSp; s++) {
    const outOff = y.reduce((a, yy, d) => a + yy * g.oSpStr[d], 0);
    for (let wi = 0; wi < nWin; wi++) {
      const lOff = lhsSpatialOffset(g, p, y, k);
      const rOff = k.reduce((a, kk, d) => a + kk * g.rSpStr[d], 0);
      for (let n = 0; n < g.N && lOff >= 0; n++) {
        for (let o = 0; o < g.O; o++) {
          const f = Math.floor(o / g.outPerGroup);
          const h = Math.floor(o / g.outPerBatchGroup);
          const lb = (h * g.batchGroupSize + n) * g.lBatchStr + f * g.I * g.lFeatStr + lOff;
          const at = outOff + n * g.oBatchStr + o * g.oFeatStr;
          acc[at] = addInto(oa.dtype, acc[at], kernel(lhs.data, lb, g.lK, rhs.data, o * g.rOutStr + rOff, g.rK));
        }
      }
      bump(k, g.win);
    }
    bump(y, g.outSp);
  }
  out.data.set(acc);
  return [out];
};

/** acc + v in the arithmetic of `dtype` (the partial sums of a conv over its window). */
function addInto(dtype: DType, acc: number, v: number): number {
  if (dtype === 'i32' || dtype === 'u32') return (acc + v) | 0;
  if (dtype === 'bool') return acc || v ? 1 : 0;
  return acc + v;
}

export const contractEvalRules = {
  dot_general: dotGeneral,
  conv_general_dilated: convGeneralDilated,
} as const;
