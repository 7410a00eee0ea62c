// Programs of the primitives that used to be host steps and are now loop kernels — argmax/argmin,
// reduce_window_sum/max, select_and_gather_add (max pooling's JVP), select_and_scatter_add (its VJP,
// rewritten by src/lower/expand.ts), random_bits, threefry2x32,
// dynamic_update_slice (starts read from the data and clamped), cumsum of an axis up to 256 — with the inputs that break naive kernels: NaN (first NaN wins),
// ties, ±0, ±Inf, int extremes, padding, strides, base and window dilation, windows that lie wholly in
// padding; batches of keys, key words with the top bit set; and the constant shifts of Threefry's
// rotations (printed as plain WGSL shifts). Shared by the CPU test (host-free-kernels.test.ts) and the
// WebGPU one (test/webgpu/host-free.test.ts); both compare against the reference interpreter.
import { grad, jvp, lax } from '../../src/index.js';
import type { Tensor } from '../../src/ir/core.js';
import { smooth, tensor, tricky } from '../helpers/tensors.js';

type V = Parameters<typeof lax.neg>[0];
export interface HostFreeCase { readonly name: string; readonly fn: (x: V) => unknown; readonly input: Tensor }

/** A value as text that keeps -0 apart from +0 (String(-0) is '0'): for the exact comparisons. */
export const bits = (v: number): string => (Object.is(v, -0) ? '-0' : String(v));

export const HOST_FREE_CASES: readonly HostFreeCase[] = [
  { name: 'argmax rows, NaN/Inf/ties', fn: (x) => lax.argmax(x, 1), input: tricky([6, 9], 1) },
  { name: 'argmin cols, NaN/Inf/ties', fn: (x) => lax.argmin(x, 0), input: tricky([6, 9], 2) },
  { name: 'argmax long rows with ties (a tree reduction on GPUs)', fn: (x) => lax.argmax(x, 1), input: tricky([4, 3000], 16, 100000) },
  { name: 'argmin long rows, one NaN late in a row', fn: (x) => lax.argmin(x, 1), input: tensor('f32', [3, 2500], (i) => (i === 2400 || i === 6000 ? NaN : Math.cos(i))) },
  { name: 'argmax middle axis of 3-D, no specials', fn: (x) => lax.argmax(x, 1), input: smooth([3, 5, 4], 3) },
  { name: 'argmax all -Inf and all NaN rows', fn: (x) => lax.argmax(x, 1), input: tensor('f32', [3, 4], (i) => (i < 4 ? -Infinity : i < 8 ? NaN : i === 9 ? -0 : 0)) },
  { name: 'argmin ±0 ties (first wins)', fn: (x) => lax.argmin(x, 0), input: tensor('f32', [4, 2], (i) => (i % 2 ? 0 : -0)) },
  { name: 'argmax i32 extremes', fn: (x) => lax.argmax(x, 1), input: tensor('i32', [3, 5], (i) => [-2147483648, 7, 2147483647, 2147483647, -1][(i * 3) % 5]!) },
  { name: 'argmin u32', fn: (x) => lax.argmin(x, 1), input: tensor('u32', [2, 6], (i) => [4294967295, 3, 0, 0, 9, 1][(i + 2) % 6]!) },
  { name: 'argmax bool', fn: (x) => lax.argmax(x, 1), input: tensor('bool', [3, 4], (i) => (i === 6 || i === 7 ? 1 : 0)) },
  { name: 'argmax uint32 index dtype of a length-1 axis', fn: (x) => lax.argmax(x, 1, 'uint32'), input: smooth([4, 1], 4) },
  { name: 'max pool 2x2 stride 2 (NHWC)', fn: (x) => lax.reduceWindowMax(x, [1, 2, 2, 1], [1, 2, 2, 1]), input: tricky([2, 6, 6, 3], 5, 11) },
  { name: 'max pool 3x3 SAME stride 1', fn: (x) => lax.reduceWindowMax(x, [3, 3], [1, 1], 'SAME'), input: smooth([7, 5], 6) },
  { name: 'max pool 3x3 stride 2 padding [[2,1],[0,3]]', fn: (x) => lax.reduceWindowMax(x, [3, 3], [2, 2], [[2, 1], [0, 3]]), input: tricky([7, 6], 7, 5) },
  { name: 'max pool window dilation 2', fn: (x) => lax.reduceWindowMax(x, [2, 3], [1, 2], 'VALID', { windowDilation: [2, 2] }), input: smooth([8, 9], 8) },
  { name: 'max pool base dilation 2 (holes are -inf)', fn: (x) => lax.reduceWindowMax(x, [2, 2], [1, 1], [[1, 1], [0, 0]], { baseDilation: [2, 2] }), input: smooth([4, 3], 9) },
  { name: 'max pool windows wholly in padding', fn: (x) => lax.reduceWindowMax(x, [2], [3], [[4, 5]]), input: smooth([3], 10) },
  { name: 'max pool i32', fn: (x) => lax.reduceWindowMax(x, [2, 2], [1, 1], 'SAME'), input: tensor('i32', [4, 4], (i) => (i % 3 === 0 ? -2147483648 : i * 37 - 200)) },
  { name: 'sum pool 3x3 SAME stride 1', fn: (x) => lax.reduceWindowSum(x, [1, 3, 3, 1], [1, 1, 1, 1], 'SAME'), input: smooth([2, 5, 5, 2], 11) },
  { name: 'sum pool with NaN/Inf', fn: (x) => lax.reduceWindowSum(x, [2, 2], [2, 1], 'VALID'), input: tricky([6, 5], 12, 9) },
  { name: 'sum pool base and window dilation, padding', fn: (x) => lax.reduceWindowSum(x, [3, 2], [2, 1], [[1, 2], [2, 0]], { baseDilation: [2, 1], windowDilation: [1, 2] }), input: smooth([5, 6], 13) },
  { name: 'sum pool i32 wraps', fn: (x) => lax.reduceWindowSum(x, [3], [1], 'VALID'), input: tensor('i32', [6], (i) => (i % 2 ? 2147483647 : 5)) },
  { name: 'avg pool then relu (the window fuses with its epilogue)', fn: (x) => lax.max(lax.div(lax.reduceWindowSum(x, [1, 2, 2, 1], [1, 2, 2, 1]), 4), 0), input: smooth([1, 6, 6, 2], 14) },
  { name: 'argmax of a max pool (two reductions, one after the other)', fn: (x) => lax.argmax(lax.reshape(lax.reduceWindowMax(x, [2, 2], [2, 2]), [9]), 0), input: smooth([6, 6], 15) },
  { name: 'random_bits of one key', fn: (x) => lax.randomBits(x, [5, 7]), input: tensor('u32', [2], (i) => [0, 42][i]!) },
  { name: 'random_bits of a [3] batch of keys (top bits set)', fn: (x) => lax.randomBits(x, [2, 9]), input: tensor('u32', [3, 2], (i) => [0xffffffff, 0x80000001, 7, 0, 0x1bd11bda, 0xdeadbeef][i]!) },
  { name: 'random normal: bits to floats to erf_inv, one kernel', fn: (x) => lax.mul(lax.erfInv(lax.sub(lax.mul(lax.sub(lax.bitcastConvertType(lax.or(lax.shiftRightLogical(lax.randomBits(x, [64]), 9), 0x3f800000), 'float32'), 1), 2), 0.99999994)), 1.4142135), input: tensor('u32', [2], (i) => [1, 2][i]!) },
  { name: 'constant shifts (Threefry rotations) of i32 with the sign bit set', fn: (x) => lax.add(lax.add(lax.shiftLeft(x, 13), lax.shiftRightLogical(x, 7)), lax.add(lax.shiftRightArithmetic(x, 31), lax.shiftLeft(x, 0))), input: tensor('i32', [6], (i) => [-1, -2147483648, 2147483647, 123456789, -987654321, 0][i]!) },
  { name: 'constant shifts of u32 with the top bit set', fn: (x) => lax.xor(lax.or(lax.shiftLeft(x, 31), lax.shiftRightLogical(x, 26)), lax.shiftRightArithmetic(x, 3)), input: tensor('u32', [5], (i) => [0xffffffff, 0x80000000, 1, 0xdeadbeef, 0][i]!) },
  { name: 'threefry2x32 of key rows over 300 counters, both outputs (one kernel, two stores)', fn: (x) => { const row = (r: number) => lax.reshape(lax.slice(x, [r, 0], [r + 1, 300]), [300]); const [a, b] = lax.threefry2x32(row(0), row(1), row(2), row(3)); return lax.concatenate([lax.expandDims(a, [0]), lax.expandDims(b, [0])], 0); }, input: tensor('u32', [4, 300], (i) => (Math.imul(i, 2654435761) ^ (i >>> 3)) >>> 0) },
  { name: 'jvp of max pool 3x3 SAME (select_and_gather_add), NaN/Inf/ties', fn: (x) => jvp((v: V) => lax.reduceWindowMax(v, [3, 3], [1, 1], 'SAME'), [x], [lax.sin(x)])[1], input: tricky([7, 6], 51, 5) },
  { name: 'jvp of max pool 2x2 stride 2 NHWC with dilation and padding-only windows', fn: (x) => jvp((v: V) => lax.reduceWindowMax(v, [1, 2, 2, 1], [1, 2, 2, 1], [[0, 0], [3, 2], [0, 1], [0, 0]], { windowDilation: [1, 1, 2, 1] }), [x], [lax.add(lax.mul(x, 3), 1)])[1], input: tricky([2, 5, 6, 3], 52, 7) },
  { name: 'jvp of max pool over ties and -0/+0 (first of equals)', fn: (x) => jvp((v: V) => lax.reduceWindowMax(v, [4], [2], 'VALID'), [x], [lax.cos(x)])[1], input: tensor('f32', [10], (i) => [0, -0, 1, 1, -Infinity, -Infinity, 2, NaN, 2, 0][i]!) },
  { name: 'dynamic_update_slice at a start read from the data (argmax), fused with its producers', fn: (x) => lax.mul(lax.dynamicUpdateSlice(lax.exp(x), lax.neg(lax.slice(x, [0, 0], [2, 3])), [lax.argmax(lax.reshape(lax.slice(x, [0, 0], [1, 5]), [5]), 0), 1]), 2), input: smooth([5, 6], 54) },
  { name: 'dynamic_update_slice starts past the end and below 0 clamp (XLA)', fn: (x) => lax.dynamicUpdateSlice(x, lax.mul(lax.slice(x, [0, 0], [3, 2]), 10), [7, -4]), input: smooth([5, 4], 55) },
  { name: 'dynamic_update_slice of a whole dim, i32 start of an i32 operand', fn: (x) => lax.dynamicUpdateSlice(x, lax.slice(x, [1, 0], [2, 6]), [lax.convertElementType(lax.reduceMax(x, [0, 1]), 'int32'), 3]), input: tensor('i32', [4, 6], (i) => (i * 5) % 3) },
  { name: 'dynamic_update_slice bool, then a reduction of the result', fn: (x) => lax.reduceSum(lax.convertElementType(lax.dynamicUpdateSlice(lax.gt(x, 0), lax.lt(lax.slice(x, [2], [9]), 0), [lax.argmin(x, 0)]), 'float32'), [0]), input: smooth([40], 56) },
  { name: 'cumsum along rows and reverse down columns, NaN/Inf', fn: (x) => lax.add(lax.cumsum(x, 1), lax.cumsum(x, 0, true)), input: tricky([5, 7], 57, 6) },
  { name: 'cumsum of the longest axis a kernel takes (256), fused with exp', fn: (x) => lax.cumsum(lax.exp(x), 0), input: smooth([256], 58) },
  { name: 'cumsum i32 wraps, reverse', fn: (x) => lax.cumsum(x, 1, true), input: tensor('i32', [3, 5], (i) => (i % 2 ? 2147483647 : -7)) },
  { name: 'cumsum u32 and an axis of length 1', fn: (x) => lax.cumsum(lax.cumsum(x, 1), 0), input: tensor('u32', [1, 6], (i) => 0xfffffff0 + i) },
  { name: 'max pool VJP 2x2 stride 2 NHWC (select_and_scatter_add), NaN/Inf/ties', fn: (x) => lax.selectAndScatterAdd(lax.sub(lax.mul(lax.reduceWindowMax(x, [1, 2, 2, 1], [1, 2, 2, 1]), 3), 0.5), x, [1, 2, 2, 1], [1, 2, 2, 1]), input: tricky([2, 6, 6, 3], 60, 7) },
  { name: 'max pool VJP 3x3 SAME stride 1 (overlapping windows add up), ties', fn: (x) => lax.selectAndScatterAdd(lax.add(lax.reduceWindowMax(x, [3, 3], [1, 1], 'SAME'), 0.25), x, [3, 3], [1, 1], 'SAME'), input: tensor('f32', [7, 6], (i) => Math.floor(Math.sin(i * 7.3) * 3) / 2) },
  { name: 'max pool VJP 3x3 stride 2, padding [[2,1],[0,3]], windows of padding only', fn: (x) => lax.selectAndScatterAdd(lax.add(lax.reduceWindowMax(x, [3, 3], [2, 2], [[2, 1], [0, 3]]), 1.25), x, [3, 3], [2, 2], [[2, 1], [0, 3]]), input: tricky([7, 6], 61, 5) },
  { name: 'max pool VJP with window dilation and a stride longer than the window', fn: (x) => lax.selectAndScatterAdd(lax.neg(lax.reduceWindowMax(x, [2, 2], [3, 3], 'VALID', { windowDilation: [2, 1] })), x, [2, 2], [3, 3], 'VALID', { windowDilation: [2, 1] }), input: smooth([9, 8], 62) },
  { name: 'max pool VJP: -0, Inf and NaN sources', fn: (x) => lax.selectAndScatterAdd(lax.div(lax.reshape(lax.slice(x, [0], [5]), [5]), lax.slice(x, [5], [10])), x, [4], [2], [[1, 1]]), input: tensor('f32', [10], (i) => [-0, 1, -1, 0, NaN, 5, 0, 2, -0, 3][i]!) },
  { name: 'max pool VJP i32 (wrapping sums)', fn: (x) => lax.selectAndScatterAdd(lax.mul(lax.reduceWindowMax(x, [2], [1], 'VALID'), 3), x, [2], [1], 'VALID'), input: tensor('i32', [9], (i) => [5, -3, 5, 2147483647, 0, 0, -2147483648, 7, 7][i]!) },
  { name: 'max pool VJP 2x2 stride 2 NCHW with -0, NaN and Inf sources (windows that do not overlap: no sum)', fn: (x) => lax.selectAndScatterAdd(lax.div(lax.reduceWindowMax(x, [1, 1, 2, 2], [1, 1, 2, 2]), lax.sub(lax.reduceWindowMax(x, [1, 1, 2, 2], [1, 1, 2, 2]), 0.5)), x, [1, 1, 2, 2], [1, 1, 2, 2]), input: tricky([2, 3, 6, 5], 64, 6) },
  { name: 'max pool VJP 2x3 stride 3x4, padding [[1,0],[2,1]] (disjoint windows with gaps and padding)', fn: (x) => lax.selectAndScatterAdd(lax.neg(lax.reduceWindowMax(x, [2, 3], [3, 4], [[1, 0], [2, 1]])), x, [2, 3], [3, 4], [[1, 0], [2, 1]]), input: tricky([8, 11], 65, 5) },
  { name: 'grad of sum(cos(max pool 2x2 stride 2)) (the VJP a CNN trains with)', fn: (x) => grad((v: V) => lax.reduceSum(lax.cos(lax.reduceWindowMax(v, [2, 2], [2, 2])), [0, 1]))(x), input: smooth([8, 6], 63) },
  { name: 'jvp of max pool with base dilation (holes never picked)', fn: (x) => jvp((v: V) => lax.reduceWindowMax(v, [3, 2], [1, 1], [[1, 1], [0, 0]], { baseDilation: [2, 1] }), [x], [lax.neg(x)])[1], input: smooth([4, 5], 53) },
];
