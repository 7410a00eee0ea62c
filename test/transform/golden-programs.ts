// Shared library of small traced programs for the transform goldens (jvp, grad, transpose, vmap,
// jacobians, simplify): each a function over lax/np/nn, its argument specs, and deterministic inputs
// away from kinks (no ties for max/sort/pool, no relu/abs at 0, rem/floor/round away from jumps).
// Test-only; imports the public API and src/ir types.
import { jit, lax, makeJaxpr, nn, np, random } from '../../src/index.js';
import type { ClosedJaxpr, Jaxpr, Tensor } from '../../src/ir/core.js';
import type { DType } from '../../src/ir/dtype.js';
import type { Tracer } from '../../src/trace/trace.js';
import type { ArrayLike } from '../../src/api/convert.js';
import { rng } from '../helpers/rng.js';

type T = Tracer;

/** An argument spec as makeJaxpr takes it. */
export interface ArgSpec { readonly shape: readonly number[]; readonly dtype: 'float32' | 'int32' | 'uint32' | 'bool' }

export interface GoldenProgram {
  readonly name: string;
  readonly fn: (...args: never[]) => unknown;
  readonly args: readonly ArgSpec[];
  /** One concrete tensor per arg (f32: Float32Array, i32: Int32Array, u32: Uint32Array, bool: Uint8Array). */
  readonly inputs: readonly Tensor[];
  /** Output 0 is a float scalar (a loss): usable by grad/hessian directly. */
  readonly scalar?: boolean;
}

const spec = (dtype: ArgSpec['dtype']) => (...shape: number[]): ArgSpec => ({ shape, dtype });
const f32 = spec('float32');
const i32 = spec('int32');
const u32 = spec('uint32');
const bool = spec('bool');

const numel = (shape: readonly number[]) => shape.reduce((a, d) => a * d, 1);


/** f32 values in [lo, hi), deterministic, distinct with overwhelming probability. */
export function uniform(shape: readonly number[], seed: number, lo = -1, hi = 1): Tensor {
  const r = rng(seed);
  return { shape: [...shape], dtype: 'f32', data: Float32Array.from({ length: numel(shape) }, () => lo + (hi - lo) * r()) };
}

/** f32 values with |x| in [0.2, 1): away from 0 (relu, abs, sign kinks). */
export function awayFromZero(shape: readonly number[], seed: number): Tensor {
  const r = rng(seed);
  return { shape: [...shape], dtype: 'f32', data: Float32Array.from({ length: numel(shape) }, () => (r() < 0.5 ? -1 : 1) * (0.2 + 0.8 * r())) };
}

/** A tensor holding exactly `values`. */
export function given(shape: readonly number[], values: readonly number[], dtype: DType = 'f32'): Tensor {
  const data = dtype === 'f32' ? Float32Array.from(values) : dtype === 'i32' ? Int32Array.from(values) : dtype === 'u32' ? Uint32Array.from(values) : Uint8Array.from(values);
  return { shape: [...shape], dtype, data };
}

const ints = (shape: readonly number[], values: readonly number[]) => given(shape, values, 'i32');

const GATHER_ROWS = { offset_dims: [1], collapsed_slice_dims: [0], start_index_map: [0], operand_batching_dims: [], start_indices_batching_dims: [] };
const SCATTER_ROWS = { update_window_dims: [1], inserted_window_dims: [0], scatter_dims_to_operand_dims: [0], operand_batching_dims: [], scatter_indices_batching_dims: [] };

const p = (name: string, fn: (...a: never[]) => unknown, args: ArgSpec[], inputs: Tensor[], scalar = false): GoldenProgram =>
  ({ name, fn, args, inputs, scalar });

export const PROGRAMS: readonly GoldenProgram[] = [
  // ---- elementwise
  p('sin_times_2', (x: T) => lax.mul(lax.sin(x), 2.0), [f32(3)], [uniform([3], 1)]),
  p('elementwise_chain', (x: T, y: T) => lax.add(lax.mul(lax.sin(x), lax.exp(lax.tanh(y))), lax.div(lax.cos(x), lax.add(lax.mul(y, y), 1.0))), [f32(4), f32(4)], [uniform([4], 2), uniform([4], 3)]),
  p('unary_transcendental', (x: T) => [lax.exp(x), lax.log(x), lax.log1p(x), lax.expm1(x), lax.cos(x), lax.tan(x), lax.tanh(x), lax.logistic(x), lax.sqrt(x), lax.rsqrt(x)], [f32(4)], [uniform([4], 4, 0.2, 1.2)]),
  p('unary_misc', (x: T) => [lax.neg(x), lax.abs(x), lax.sign(x), lax.floor(x), lax.ceil(x), lax.round(x, 1), lax.erf(x), lax.erfInv(x), lax.isFinite(x)], [f32(2, 2)], [given([2, 2], [-0.7, -0.3, 0.35, 0.8])]),
  p('integer_pow', (x: T) => [lax.integerPow(x, 3), lax.integerPow(x, -2), lax.integerPow(x, 1)], [f32(5)], [awayFromZero([5], 5)]),
  p('binary_arith', (x: T, y: T) => [lax.pow(x, y), lax.sub(x, y), lax.div(x, y), lax.rem(x, y), lax.max(x, y), lax.min(x, y), lax.atan2(x, y), lax.addAny(x, y)], [f32(3), f32(3)], [given([3], [2.2, 2.4, 0.6]), given([3], [1.0, 3.1, 1.05])]),
  p('comparisons_where', (x: T, y: T) => [lax.select(lax.lt(x, y), lax.mul(x, 2.0), y), lax.eq(x, y), lax.ne(x, y), lax.le(x, y), lax.gt(x, y), lax.ge(x, y)], [f32(4), f32(4)], [uniform([4], 6), uniform([4], 7)]),
  p('logic_bool_select', (pr: T, q: T, x: T, y: T) => [lax.select(lax.xor(lax.and(pr, q), lax.not(lax.or(pr, q))), lax.sin(x), lax.mul(x, y)), lax.or(pr, q)], [bool(4), bool(4), f32(4), f32(4)], [given([4], [1, 0, 1, 0], 'bool'), given([4], [1, 1, 0, 0], 'bool'), uniform([4], 8), uniform([4], 9)]),
  p('int_shifts_scale', (x: T, i: T, s: T) => lax.mul(x, lax.convertElementType(lax.add(lax.shiftLeft(i, s), lax.add(lax.shiftRightLogical(i, s), lax.shiftRightArithmetic(i, s))), 'float32')), [f32(4), i32(4), i32(4)], [uniform([4], 10), ints([4], [3, 9, 5, 12]), ints([4], [1, 2, 0, 1])]),
  p('select_n_int', (i: T, a: T, b: T, c: T) => lax.selectN(i, a, lax.mul(b, b), lax.sin(c)), [i32(3), f32(3), f32(3), f32(3)], [ints([3], [0, 2, 1]), uniform([3], 11), uniform([3], 12), uniform([3], 13)]),
  p('convert_types', (x: T) => [lax.mul(x, lax.convertElementType(lax.convertElementType(lax.mul(x, 3.0), 'int32'), 'float32')), lax.bitcastConvertType(x, 'uint32'), lax.convertElementType(x, 'bool')], [f32(3)], [given([3], [0.55, -1.2, 2.1])]),
  p('stop_gradient', (x: T) => lax.add(x, lax.stopGradient(lax.mul(x, x))), [f32(3)], [uniform([3], 14)]),
  // ---- broadcasting and layout
  p('size1_broadcast_mul', (k: T, j: T) => lax.mul(k, j), [f32(1, 3), f32(3, 3)], [uniform([1, 3], 15), uniform([3, 3], 16)]),
  p('np_broadcast_add', (x: T, b: T) => np.sum(np.multiply(np.add(x, b), x)), [f32(2, 4), f32(4)], [uniform([2, 4], 17), uniform([4], 18)], true),
  p('np_scalar_weak', (x: T) => np.add(np.multiply(x, 2), 0.5), [f32(3)], [uniform([3], 19)]),
  p('layout_chain', (x: T) => lax.transpose(lax.reshape(lax.broadcastInDim(x, [2, 3, 4], [1]), [6, 4]), [1, 0]), [f32(3)], [uniform([3], 20)]),
  p('squeeze_expand_rev', (x: T) => lax.rev(lax.expandDims(lax.squeeze(x, [0, 2]), [0]), [1]), [f32(1, 5, 1)], [uniform([1, 5, 1], 21)]),
  // ---- reductions
  p('reductions', (x: T) => [lax.reduceSum(x, [1]), lax.reduceMax(x, [0]), lax.reduceMin(x, [0, 1]), lax.reduceProd(x, [1])], [f32(3, 4)], [uniform([3, 4], 22, 0.5, 1.5)]),
  p('argmax_argmin', (x: T) => [lax.argmax(x, 1), lax.argmin(x, 0), lax.mul(x, lax.convertElementType(lax.broadcastInDim(lax.argmax(x, 1), [3, 4], [0]), 'float32'))], [f32(3, 4)], [uniform([3, 4], 23)]),
  p('sum_tanh', (x: T) => np.sum(np.tanh(x)), [f32(3)], [uniform([3], 24)], true),
  p('np_mean_var', (x: T) => [np.mean(x, -1, { keepdims: true }), np.var(x, 0)], [f32(3, 4)], [uniform([3, 4], 25)]),
  p('softmax', (x: T) => nn.softmax(x, -1), [f32(2, 5)], [uniform([2, 5], 26)]),
  p('logsumexp', (x: T) => nn.logsumexp(x, -1), [f32(2, 5)], [uniform([2, 5], 27)]),
  p('log_softmax_nll', (x: T, y: T) => np.negative(np.sum(np.multiply(nn.logSoftmax(x, -1), y))), [f32(2, 5), f32(2, 5)], [uniform([2, 5], 28), uniform([2, 5], 29, 0, 1)], true),
  p('activations', (x: T) => [nn.relu(x), nn.gelu(x), nn.silu(x), nn.softplus(x), nn.elu(x)], [f32(4)], [awayFromZero([4], 30)]),
  // ---- contractions
  p('matmul', (a: T, b: T) => np.matmul(a, b), [f32(3, 4), f32(4, 2)], [uniform([3, 4], 31), uniform([4, 2], 32)]),
  p('matvec', (w: T, v: T) => lax.dotGeneral(w, v, [[[1], [0]], [[], []]]), [f32(2, 3), f32(3)], [uniform([2, 3], 33), uniform([3], 34)]),
  p('batched_matmul', (a: T, b: T) => lax.dotGeneral(a, b, [[[2], [1]], [[0], [0]]]), [f32(2, 2, 3), f32(2, 3, 4)], [uniform([2, 2, 3], 35), uniform([2, 3, 4], 36)]),
  p('mlp_layer', (x: T, w: T, b: T) => nn.relu(np.add(np.matmul(x, w), b)), [f32(4, 3), f32(3, 5), f32(5)], [uniform([4, 3], 37), uniform([3, 5], 38), uniform([5], 39)]),
  p('mlp_loss', (x: T, w1: T, b1: T, w2: T) => np.sum(np.tanh(np.matmul(nn.relu(np.add(np.matmul(x, w1), b1)), w2))), [f32(4, 3), f32(3, 5), f32(5), f32(5, 2)], [uniform([4, 3], 40), uniform([3, 5], 41), uniform([5], 42), uniform([5, 2], 43)], true),
  p('conv_nchw', (x: T, w: T) => lax.conv(x, w, [1, 1], 'VALID'), [f32(1, 2, 5, 5), f32(3, 2, 3, 3)], [uniform([1, 2, 5, 5], 44), uniform([3, 2, 3, 3], 45)]),
  p('conv_nhwc_strided_grouped', (x: T, w: T) => lax.convGeneralDilated(x, w, [2, 2], 'SAME', { dimensionNumbers: ['NHWC', 'HWIO', 'NHWC'], featureGroupCount: 2, rhsDilation: [1, 2] }), [f32(1, 6, 6, 4), f32(3, 3, 2, 4)], [uniform([1, 6, 6, 4], 46), uniform([3, 3, 2, 4], 47)]),
  p('conv_lhs_dilation', (x: T, w: T) => lax.convGeneralDilated(x, w, [1], [[2, 2]], { lhsDilation: [2] }), [f32(1, 2, 5), f32(3, 2, 3)], [uniform([1, 2, 5], 48), uniform([3, 2, 3], 49)]),
  p('conv_layer_loss', (x: T, w: T) => np.sum(np.tanh(lax.conv(x, w, [1, 1], 'SAME'))), [f32(1, 2, 4, 4), f32(2, 2, 3, 3)], [uniform([1, 2, 4, 4], 50), uniform([2, 2, 3, 3], 51)], true),
  // ---- windows
  p('max_pool', (x: T) => lax.reduceWindowMax(x, [1, 2, 2, 1], [1, 2, 2, 1], 'VALID'), [f32(1, 4, 4, 2)], [uniform([1, 4, 4, 2], 52)]),
  p('max_pool_overlap_same', (x: T) => lax.reduceWindowMax(x, [3, 3], [1, 1], 'SAME'), [f32(4, 4)], [uniform([4, 4], 53)]),
  p('avg_pool_same', (x: T) => lax.div(lax.reduceWindowSum(x, [1, 3, 3, 1], [1, 1, 1, 1], 'SAME'), 9.0), [f32(1, 4, 4, 1)], [uniform([1, 4, 4, 1], 54)]),
  p('max_pool_jvp_vjp', (t: T, x: T, s: T) => [lax.selectAndGatherAdd(t, x, [2, 2], [2, 2]), lax.selectAndScatterAdd(s, x, [2, 2], [2, 2])], [f32(4, 4), f32(4, 4), f32(2, 2)], [uniform([4, 4], 55), uniform([4, 4], 56), uniform([2, 2], 57)]),
  // ---- slicing and indexing
  p('slice_strided', (x: T) => [lax.slice(x, [1], [7], [2]), lax.slice(x, [0], [3])], [f32(8)], [uniform([8], 58)]),
  p('pad_interior_negative', (x: T) => lax.pad(x, 0.0, [[1, -1, 1], [0, 2, 0]]), [f32(3, 2)], [uniform([3, 2], 59)]),
  p('pad_value', (x: T, v: T) => lax.pad(x, v, [[1, 2, 0]]), [f32(3), f32()], [uniform([3], 60), given([], [0.25])]),
  p('concatenate', (a: T, b: T) => lax.concatenate([a, b, a], 1), [f32(2, 3), f32(2, 1)], [uniform([2, 3], 61), uniform([2, 1], 62)]),
  p('dynamic_slice_update', (x: T, i: T, u: T) => lax.dynamicUpdateSlice(lax.dynamicSlice(x, [i, 0], [2, 3]), u, [0, i]), [f32(5, 3), i32(), f32(1, 2)], [uniform([5, 3], 63), ints([], [1]), uniform([1, 2], 64)]),
  p('gather_rows', (x: T, idx: T) => lax.gather(x, lax.expandDims(idx, [1]), GATHER_ROWS, [1, 4]), [f32(6, 4), i32(3)], [uniform([6, 4], 65), ints([3], [4, 0, 4])]),
  p('np_take', (x: T, i: T) => np.take(x, i, 0), [f32(6, 2), i32(3)], [uniform([6, 2], 66), ints([3], [5, 1, 1])]),
  p('scatter_add_rows', (x: T, idx: T, upd: T) => lax.scatterAdd(x, lax.expandDims(idx, [1]), upd, SCATTER_ROWS), [f32(5, 4), i32(3), f32(3, 4)], [uniform([5, 4], 67), ints([3], [2, 0, 2]), uniform([3, 4], 68)]),
  // ---- generators, scans, sort
  p('iota_eye', (x: T) => lax.mul(x, lax.convertElementType(lax.eq(lax.broadcastedIota('int32', [3, 3], 0), lax.broadcastedIota('int32', [3, 3], 1)), 'float32')), [f32(3, 3)], [uniform([3, 3], 69)]),
  p('cumsum', (x: T) => [lax.cumsum(x, 0), lax.cumsum(x, 1, true)], [f32(3, 4)], [uniform([3, 4], 70)]),
  p('sort_single', (x: T) => lax.sort(x, { dimension: 1 }), [f32(2, 5)], [uniform([2, 5], 71)]),
  p('sort_multi_operand', (k: T, v: T) => lax.sort([k, v], { dimension: 0, numKeys: 1 }), [f32(5), f32(5)], [uniform([5], 72), uniform([5], 73)]),
  p('random_scale', (x: T, k: T) => lax.mul(x, random.normal(k, [4])), [f32(4), u32(2)], [uniform([4], 74), given([2], [0, 42], 'u32')]),
  p('threefry_bits', (k1: T, k2: T, a: T, b: T) => [...lax.threefry2x32(k1, k2, a, b), lax.randomBits(lax.concatenate([lax.expandDims(k1, [0]), lax.expandDims(k2, [0])], 0), [3])], [u32(), u32(), u32(4), u32(4)], [given([], [1], 'u32'), given([], [2], 'u32'), given([4], [0, 1, 2, 3], 'u32'), given([4], [4, 5, 6, 7], 'u32')]),
  // ---- higher-order, consts
  p('nested_jit', (x: T) => { const inner = jit(function inner(a: ArrayLike, b: ArrayLike) { return lax.add(lax.mul(lax.sin(a), 2.0), b); }); return inner(lax.cos(x), x); }, [f32(3)], [uniform([3], 75)]),
  p('nested_jit_closure', (x: T, y: T) => jit(function scaled(a: ArrayLike) { return lax.mul(lax.exp(a), y); })(x), [f32(2), f32(2)], [uniform([2], 76), uniform([2], 77)]),
  p('closed_over_const', (v: T) => lax.dot(np.array([[1, 2, 3], [4, 5, 6]], { dtype: 'float32' }), lax.sin(v)), [f32(3)], [uniform([3], 78)]),
  p('np_where_clip', (x: T) => np.where(np.greater(x, 0), np.multiply(x, x), np.clip(x, -0.5, 0.5)), [f32(6)], [given([6], [-0.9, -0.3, 0.2, 0.7, -0.1, 1.3])]),
  p('np_loss_mse', (w: T, x: T, y: T) => np.mean(np.square(np.subtract(np.matmul(x, w), y))), [f32(3), f32(4, 3), f32(4)], [uniform([3], 79), uniform([4, 3], 80), uniform([4], 81)], true),
  p('int_input_passthrough', (x: T, n: T) => lax.mul(x, lax.convertElementType(n, 'float32')), [f32(3), i32(3)], [uniform([3], 82), ints([3], [2, -1, 3])]),
];

/** The program called `name` (throws if none). */
export function program(name: string): GoldenProgram {
  const found = PROGRAMS.find((q) => q.name === name);
  if (!found) throw new Error(`no golden program ${name}`);
  return found;
}

/** The traced closed jaxpr of a program. */
export function traceProgram(prog: GoldenProgram): ClosedJaxpr {
  return makeJaxpr(prog.fn)(...prog.args);
}

/** Every primitive name in a jaxpr, through nested jaxprs. */
export function primsOf(j: Jaxpr, into: Set<string> = new Set()): Set<string> {
  for (const e of j.eqns) {
    into.add(e.prim);
    if (e.prim === 'jit') primsOf(e.params.jaxpr, into);
  }
  return into;
}
