// The programs of the trace goldens, shared by test/trace/golden-trace.test.ts and
// test/runtime/compiled-vs-interpreter.test.ts: one traced ClosedJaxpr per case.
import { jit, lax, makeJaxpr, np, nn, random } from '../../src/index.js';
import type { ClosedJaxpr } from '../../src/ir/core.js';
import type { Tracer } from '../../src/trace/trace.js';
import type { ArrayLike } from '../../src/api/convert.js';

type T = Tracer;
const f32 = (...shape: number[]) => ({ shape, dtype: 'float32' });
const i32 = (...shape: number[]) => ({ shape, dtype: 'int32' });
const u32 = (...shape: number[]) => ({ shape, dtype: 'uint32' });
const bool = (...shape: number[]) => ({ shape, dtype: 'bool' });
const jx = (f: (...a: never[]) => unknown, ...args: unknown[]) => () => makeJaxpr(f)(...args);

export const TRACE_CASES: Record<string, () => ClosedJaxpr> = {
  sin_times_2: jx((x: T) => lax.mul(lax.sin(x), 2.0), f32(3)),
  func1: jx((a: T, b: T) => lax.reduceSum(lax.add(a, lax.mul(lax.sin(b), 3.0)), [0]), f32(8), f32(8)),
  unary_float_chain: jx((x: T) => [lax.exp(x), lax.log(x), lax.log1p(x), lax.expm1(x), lax.cos(x), lax.tan(x), lax.tanh(x), lax.logistic(x), lax.sqrt(x), lax.rsqrt(x)], f32(4)),
  unary_misc: jx((x: T) => [lax.neg(x), lax.abs(x), lax.sign(x), lax.floor(x), lax.ceil(x), lax.round(x, 1), lax.erf(x), lax.erfInv(x), lax.isFinite(x)], f32(2, 2)),
  integer_pow: jx((x: T) => lax.integerPow(x, 3), f32(5)),
  binary_arith: jx((x: T, y: T) => [lax.pow(x, y), lax.sub(x, y), lax.div(x, y), lax.rem(x, y), lax.max(x, y), lax.min(x, y), lax.atan2(x, y), lax.addAny(x, y)], f32(3), f32(3)),
  comparisons: jx((x: T, y: T) => [lax.eq(x, y), lax.ne(x, y), lax.lt(x, y), lax.le(x, y), lax.gt(x, y), lax.ge(x, y)], f32(3), f32(3)),
  logic_bool: jx((p: T, q: T) => [lax.and(p, q), lax.or(p, q), lax.xor(p, q), lax.not(p)], bool(4), bool(4)),
  bit_shifts: jx((x: T, s: T) => [lax.shiftLeft(x, s), lax.shiftRightLogical(x, s), lax.shiftRightArithmetic(x, s), lax.and(x, 255)], i32(4), i32(4)),
  size1_broadcast_mul: jx((k: T, j: T) => lax.mul(k, j), f32(1, 3), f32(3, 3)),
  select_n_bool: jx((p: T, x: T, y: T) => lax.select(p, x, y), bool(3), f32(3), f32(3)),
  select_n_int: jx((i: T, a: T, b: T, c: T) => lax.selectN(i, a, b, c), i32(3), f32(3), f32(3), f32(3)),
  convert_types: jx((x: T) => [lax.convertElementType(x, 'int32'), lax.convertElementType(x, 'bool'), lax.bitcastConvertType(x, 'uint32')], f32(2)),
  broadcast_in_dim: jx((x: T) => lax.broadcastInDim(x, [2, 3, 4], [1]), f32(3)),
  reshape_transpose: jx((x: T) => lax.transpose(lax.reshape(x, [3, 4]), [1, 0]), f32(12)),
  squeeze_expand: jx((x: T) => lax.expandDims(lax.squeeze(x, [0, 2]), [0]), f32(1, 5, 1)),
  rev: jx((x: T) => lax.rev(x, [0, 1]), f32(2, 3)),
  reductions: jx((x: T) => [lax.reduceSum(x, [1]), lax.reduceMax(x, [0]), lax.reduceMin(x, [0, 1]), lax.reduceProd(x, [1])], f32(3, 4)),
  argmax_argmin: jx((x: T) => [lax.argmax(x, 1), lax.argmin(x, 0)], f32(3, 4)),
  max_pool: jx((x: T) => lax.reduceWindowMax(x, [1, 2, 2, 1], [1, 2, 2, 1], 'VALID'), f32(1, 4, 4, 3)),
  max_pool_jvp_vjp: jx((t: T, x: T, s: T) => [lax.selectAndGatherAdd(t, x, [2, 2], [2, 2]), lax.selectAndScatterAdd(s, x, [2, 2], [2, 2])], f32(4, 4), f32(4, 4), f32(2, 2)),
  avg_pool_same: jx((x: T) => lax.div(lax.reduceWindowSum(x, [1, 3, 3, 1], [1, 1, 1, 1], 'SAME'), 9.0), f32(1, 4, 4, 1)),
  matvec_dot_general: jx((w: T, v: T) => lax.dotGeneral(w, v, [[[1], [0]], [[], []]]), f32(2, 3), f32(3)),
  batched_matmul: jx((a: T, b: T) => lax.dotGeneral(a, b, [[[2], [1]], [[0], [0]]]), f32(5, 2, 3), f32(5, 3, 4)),
  conv_nchw: jx((x: T, w: T) => lax.conv(x, w, [1, 1], 'VALID'), f32(1, 3, 8, 8), f32(5, 3, 3, 3)),
  conv_nhwc_strided_grouped: jx((x: T, w: T) => lax.convGeneralDilated(x, w, [2, 2], 'SAME', { dimensionNumbers: ['NHWC', 'HWIO', 'NHWC'], featureGroupCount: 2, rhsDilation: [1, 2] }), f32(2, 9, 9, 4), f32(3, 3, 2, 6)),
  conv_transposed_lhs_dilation: jx((x: T, w: T) => lax.convGeneralDilated(x, w, [1], [[2, 2]], { lhsDilation: [2] }), f32(1, 2, 5), f32(3, 2, 3)),
  slice_strided: jx((x: T) => [lax.slice(x, [1], [7], [2]), lax.slice(x, [0], [3])], f32(8)),
  pad_interior_negative: jx((x: T) => lax.pad(x, 0.0, [[1, -1, 1], [0, 2, 0]]), f32(3, 2)),
  concatenate: jx((a: T, b: T) => lax.concatenate([a, b, a], 1), f32(2, 3), f32(2, 1)),
  dynamic_slice_update: jx((x: T, i: T, u: T) => lax.dynamicUpdateSlice(lax.dynamicSlice(x, [i, 0], [2, 3]), u, [0, i]), f32(5, 3), i32(), f32(1, 2)),
  gather_take_rows: jx((x: T, idx: T) => lax.gather(x, lax.expandDims(idx, [1]), { offset_dims: [1], collapsed_slice_dims: [0], start_index_map: [0], operand_batching_dims: [], start_indices_batching_dims: [] }, [1, 4]), f32(10, 4), i32(3)),
  scatter_add_rows: jx((x: T, idx: T, upd: T) => lax.scatterAdd(x, lax.expandDims(idx, [1]), upd, { update_window_dims: [1], inserted_window_dims: [0], scatter_dims_to_operand_dims: [0], operand_batching_dims: [], scatter_indices_batching_dims: [] }), f32(10, 4), i32(3), f32(3, 4)),
  iota_eye: jx(() => lax.convertElementType(lax.eq(lax.broadcastedIota('int32', [3, 3], 0), lax.broadcastedIota('int32', [3, 3], 1)), 'float32')),
  cumsum: jx((x: T) => [lax.cumsum(x, 0), lax.cumsum(x, 1, true)], f32(3, 4)),
  sort_multi_operand: jx((k: T, v: T) => lax.sort([k, v], { dimension: 0, numKeys: 1 }), f32(5), i32(5)),
  stop_gradient: jx((x: T) => lax.add(x, lax.stopGradient(lax.mul(x, x))), f32(3)),
  threefry: jx((k1: T, k2: T, a: T, b: T) => lax.threefry2x32(k1, k2, a, b), u32(), u32(), u32(4), u32(4)),
  random_bits: jx((k: T) => lax.randomBits(k, [2, 3]), u32(2)),
  random_normal: jx((k: T) => random.normal(k, [4]), u32(2)),
  random_uniform: jx((k: T) => random.uniform(k, [3]), u32(2)),
  random_split: jx((k: T) => random.split(k, 3), u32(2)),
  nested_jit: jx((x: T) => { const inner = jit(function inner(a: ArrayLike, b: ArrayLike) { return lax.add(lax.mul(a, 2.0), b); }); return inner(lax.sin(x), x); }, f32(3)),
  nested_jit_closure: jx((x: T, y: T) => jit(function scaled(a: ArrayLike) { return lax.mul(a, y); })(x), f32(2), f32(2)),
  closed_over_const: jx((v: T) => lax.dot(np.array([[1, 2, 3], [4, 5, 6]]), v), f32(3)),
  np_broadcast_add: jx((x: T, b: T) => np.sum(np.add(x, b)), f32(2, 4), f32(4)),
  np_weak_promotion: jx((x: T) => [np.multiply(x, 2), np.add(x, 2.5)], i32(3)),
  np_matmul: jx((a: T, b: T) => np.matmul(a, b), f32(4, 2, 3), f32(3, 5)),
  np_mean_var: jx((x: T) => [np.mean(x, -1, { keepdims: true }), np.var(x, 0)], f32(3, 4)),
  np_where_clip: jx((x: T) => np.where(np.greater(x, 0), x, np.clip(x, -1, 1)), f32(4)),
  np_take: jx((x: T, i: T) => np.take(x, i, 0), f32(6, 2), i32(3)),
  nn_softmax: jx((x: T) => nn.softmax(x, -1), f32(2, 5)),
  nn_logsumexp: jx((x: T) => nn.logsumexp(x, -1), f32(2, 5)),
  nn_relu_gelu: jx((x: T) => [nn.relu(x), nn.gelu(x)], f32(3)),
};

