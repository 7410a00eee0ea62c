// JVP rules of every primitive: jvpJaxpr's tangents against float64 central finite differences
// (checkJvp), one or more small jaxprs per primitive; a last test checks every primitive was covered.
import { expect } from 'chai';
import type { Atom, Jaxpr } from '../../src/ir/core.js';
import type { Emitter } from '../../src/ir/emitter.js';
import { PRIMS, type Prim, type WindowParams } from '../../src/ir/primitives.js';
import { av, buildJaxpr, checkJvp, type CheckJvpOptions, type InputValue } from './jvp-check.js';

interface Case { readonly name: string; readonly jaxpr: Jaxpr; readonly inputs: readonly InputValue[]; readonly opts?: CheckJvpOptions }
const cases: Case[] = [];
const add = (name: string, jaxpr: Jaxpr, inputs: readonly InputValue[], opts?: CheckJvpOptions) => cases.push({ name, jaxpr, inputs, opts });

const X6 = [0.3, -0.7, 1.1, 0.45, -1.3, 0.8];
const POS6 = [0.3, 0.7, 1.1, 0.45, 1.3, 2.8];

// Elementwise unary.
const unary: [string, (b: Emitter, x: Atom) => Atom, number[]][] = [
  ['neg', (b, x) => b.neg(x), X6],
  ['abs', (b, x) => b.abs(x), X6],
  ['exp', (b, x) => b.exp(x), X6],
  ['log', (b, x) => b.log(x), POS6],
  ['log1p', (b, x) => b.log1p(x), X6.map((v) => v / 2)],
  ['expm1', (b, x) => b.expm1(x), X6],
  ['sin', (b, x) => b.sin(x), X6],
  ['cos', (b, x) => b.cos(x), X6],
  ['tan', (b, x) => b.tan(x), X6],
  ['tanh', (b, x) => b.tanh(x), X6],
  ['logistic', (b, x) => b.logistic(x), X6],
  ['sqrt', (b, x) => b.sqrt(x), POS6],
  ['rsqrt', (b, x) => b.rsqrt(x), POS6],
  ['erf', (b, x) => b.erf(x), X6],
  ['erf_inv', (b, x) => b.erfInv(x), X6.map((v) => v / 1.5)],
  ['sign', (b, x) => b.sign(x), X6],
  ['floor', (b, x) => b.floor(x), X6],
  ['ceil', (b, x) => b.ceil(x), X6],
  ['round', (b, x) => b.round(x, 1), X6],
  ['stop_gradient', (b, x) => b.mul(b.stopGradient(b.sin(x)), x), X6],
];
for (const [name, f, xs] of unary) add(name, buildJaxpr([av([2, 3])], (b, x) => f(b, x)), [xs]);
for (const y of [0, 1, 2, 3, -2]) add(`integer_pow y=${y}`, buildJaxpr([av([6])], (b, x) => b.integerPow(x, y)), [POS6]);
add('is_finite', buildJaxpr([av([6])], (b, x) => [b.isFinite(x), b.mul(x, x)]), [X6]);

// Elementwise binary, same shapes, size-1 broadcasting and scalars.
const binary: [string, (b: Emitter, x: Atom, y: Atom) => Atom][] = [
  ['add', (b, x, y) => b.add(x, y)],
  ['add_any', (b, x, y) => b.addAny(x, y)],
  ['sub', (b, x, y) => b.sub(x, y)],
  ['mul', (b, x, y) => b.mul(x, y)],
  ['div', (b, x, y) => b.div(x, y)],
  ['rem', (b, x, y) => b.rem(x, y)],
  ['pow', (b, x, y) => b.pow(x, y)],
  ['max', (b, x, y) => b.max(x, y)],
  ['min', (b, x, y) => b.min(x, y)],
  ['atan2', (b, x, y) => b.atan2(x, y)],
];
const BX = [1.3, 2.9, 0.35, 4.3, 1.7, 0.9];
const BY = [0.7, 1.1, 0.8, -1.9, 2.3, 0.4];
for (const [name, f] of binary) {
  const y = name === 'pow' ? BY.map(Math.abs) : BY;
  add(name, buildJaxpr([av([2, 3]), av([2, 3])], (b, a, c) => f(b, a, c)), [BX, y]);
  add(`${name} [2,1]·[2,3]`, buildJaxpr([av([2, 1]), av([2, 3])], (b, a, c) => f(b, a, c)), [[1.45, 2.6], y]);
  add(`${name} scalar·[2,3]`, buildJaxpr([av([]), av([2, 3])], (b, a, c) => f(b, a, c)), [1.45, y]);
  add(`${name} [2,3]·[1,3], only x`, buildJaxpr([av([2, 3]), av([1, 3])], (b, a, c) => f(b, a, c)), [BX, [0.7, 1.1, 0.8]], { nonzero: [true, false] });
  add(`${name} [1,3]·[2,3], only x`, buildJaxpr([av([1, 3]), av([2, 3])], (b, a, c) => f(b, a, c)), [[1.3, 2.9, 0.35], y], { nonzero: [true, false] });
  add(`${name} [1,3]·[2,3], only y`, buildJaxpr([av([1, 3]), av([2, 3])], (b, a, c) => f(b, a, c)), [[1.3, 2.9, 0.35], y], { nonzero: [false, true] });
}

// Comparisons and logic: bool/int outputs get zero tangents; float0 tangents of int inputs are zeros.
for (const name of ['eq', 'ne', 'lt', 'le', 'gt', 'ge'] as const)
  add(name, buildJaxpr([av([6]), av([6])], (b, x, y) => [b.bind1(name, [x, y], {}), b.mul(x, y)]), [BX, BY]);
for (const name of ['and', 'or', 'xor', 'shift_left', 'shift_right_logical', 'shift_right_arithmetic'] as const)
  add(name, buildJaxpr([av([3], 'i32'), av([3], 'i32')], (b, x, y) => b.bind1(name, [x, y], {})), [[5, -6, 7], [1, 2, 3]], { nonzero: [true, true] });
add('not', buildJaxpr([av([3], 'bool')], (b, x) => b.not(x)), [[1, 0, 1]], { nonzero: [true] });

// Selection and conversion.
add('select_n bool', buildJaxpr([av([6]), av([6])], (b, x, y) => b.select(b.gt(x, y), b.sin(x), b.mul(y, y))), [BX, BY]);
add('select_n int, a constant case', buildJaxpr([av([6], 'i32'), av([6]), av([6])], (b, w, x, y) => b.selectN(w, x, b.full([6], 2, 'f32'), y)), [[0, 1, 2, 2, 1, 0], BX, BY]);
add('select_n one case differentiated', buildJaxpr([av([6]), av([6])], (b, x, y) => b.select(b.gt(x, 1), x, y)), [BX, BY], { nonzero: [true, false] });
add('convert f32→f32', buildJaxpr([av([6])], (b, x) => b.bind1('convert_element_type', [x], { new_dtype: 'f32', weak_type: true })), [X6]);
add('convert f32→i32→f32', buildJaxpr([av([6])], (b, x) => b.mul(b.convert(b.convert(x, 'i32'), 'f32'), x)), [X6]);
add('convert i32→f32 (float0 in)', buildJaxpr([av([3], 'i32')], (b, x) => b.convert(x, 'f32')), [[1, 2, 3]], { nonzero: [true] });
add('bitcast_convert_type', buildJaxpr([av([6])], (b, x) => [b.bitcast(x, 'i32'), b.exp(x)]), [X6]);

// Layout and linear reductions.
add('broadcast_in_dim', buildJaxpr([av([3])], (b, x) => b.sin(b.broadcastInDim(x, [2, 3, 4], [1]))), [[0.1, 0.2, 0.3]]);
add('reshape', buildJaxpr([av([2, 3])], (b, x) => b.sin(b.reshape(x, [3, 2]))), [X6]);
add('transpose', buildJaxpr([av([2, 3])], (b, x) => b.sin(b.transpose(x, [1, 0]))), [X6]);
add('squeeze', buildJaxpr([av([1, 6])], (b, x) => b.sin(b.squeeze(x, [0]))), [X6]);
add('rev', buildJaxpr([av([2, 3])], (b, x) => b.mul(b.rev(x, [0, 1]), x)), [X6]);
add('reduce_sum', buildJaxpr([av([2, 3])], (b, x) => b.reduceSum(b.sin(x), [1])), [X6]);
add('cumsum', buildJaxpr([av([2, 3])], (b, x) => [b.cumsum(b.sin(x), 1), b.cumsum(x, 0, true)]), [X6]);

// Non-linear reductions (distinct values: away from ties).
add('reduce_max', buildJaxpr([av([2, 3])], (b, x) => [b.reduceMax(x, [1]), b.reduceMax(x, [0, 1])]), [X6]);
add('reduce_min', buildJaxpr([av([2, 3])], (b, x) => [b.reduceMin(x, [0]), b.reduceMin(x, [])]), [X6]);
add('reduce_prod odd/even, with a zero', buildJaxpr([av([2, 5])], (b, x) => [b.reduceProd(x, [1]), b.reduceProd(x, [0])]), [[1.5, -0.5, 0, 2, 0.7, 1.1, 1.2, -0.9, 0.8, 1.3]]);
add('reduce_prod several axes', buildJaxpr([av([2, 3, 2])], (b, x) => [b.reduceProd(x, [2, 0]), b.reduceProd(x, [0, 1, 2])]), [[...X6, ...POS6]]);
add('argmax/argmin', buildJaxpr([av([2, 3])], (b, x) => [b.bind1('argmax', [x], { axes: [1], index_dtype: 'i32' }), b.bind1('argmin', [x], { axes: [0], index_dtype: 'i32' }), b.sin(x)]), [X6]);

// Windows.
const win: WindowParams = { window_dimensions: [2, 2], window_strides: [1, 1], padding: [[0, 1], [1, 0]], base_dilation: [1, 1], window_dilation: [1, 1] };
const X12 = [0.31, -0.72, 1.13, 0.44, -1.35, 0.86, 2.07, -0.18, 0.59, 1.61, -2.2, 0.03];
add('reduce_window_sum', buildJaxpr([av([3, 4])], (b, x) => b.reduceWindowSum(b.sin(x), win)), [X12]);
add('reduce_window_max', buildJaxpr([av([3, 4])], (b, x) => b.reduceWindowMax(x, { ...win, padding: [[0, 0], [0, 0]] })), [X12]);
add('select_and_gather_add', buildJaxpr([av([3, 4]), av([3, 4])], (b, t, x) => b.bind1('select_and_gather_add', [b.sin(t), x], { ...win, padding: [[0, 0], [0, 0]] })), [X6.concat(X6), X12]);
add('select_and_scatter_add', buildJaxpr([av([2, 3]), av([3, 4])], (b, s, x) => b.bind1('select_and_scatter_add', [b.sin(s), x], { ...win, padding: [[0, 0], [0, 0]] })), [X6, X12]);

// Contractions.
add('dot_general matmul', buildJaxpr([av([2, 3]), av([3, 2])], (b, x, y) => b.dotGeneral(x, y, [[[1], [0]], [[], []]])), [X6, POS6]);
add('dot_general batched', buildJaxpr([av([2, 3]), av([2, 3])], (b, x, y) => b.dotGeneral(x, y, [[[1], [1]], [[0], [0]]])), [X6, POS6], { nonzero: [false, true] });
const convParams = (groups: number) => ({
  window_strides: [1, 2], padding: [[1, 0], [0, 1]] as const, lhs_dilation: [1, 1], rhs_dilation: [1, 1],
  dimension_numbers: { lhs_spec: [0, 1, 2, 3], rhs_spec: [0, 1, 2, 3], out_spec: [0, 1, 2, 3] },
  feature_group_count: groups, batch_group_count: 1, preferred_element_type: 'f32' as const,
});
const seq = (n: number, s: number) => Array.from({ length: n }, (_, i) => Math.sin(i * s + 0.3));
add('conv_general_dilated', buildJaxpr([av([1, 2, 3, 4]), av([2, 2, 2, 2])], (b, x, w) => b.conv(x, w, convParams(1))), [seq(24, 1.3), seq(16, 0.7)]);
add('conv_general_dilated groups', buildJaxpr([av([1, 2, 3, 4]), av([2, 1, 2, 2])], (b, x, w) => b.conv(x, w, convParams(2))), [seq(24, 1.1), seq(8, 0.9)]);

// Slicing and indexing.
add('slice', buildJaxpr([av([3, 4])], (b, x) => b.sin(b.slice(x, [0, 1], [3, 4], [2, 2]))), [X12]);
add('pad', buildJaxpr([av([2, 3]), av([])], (b, x, v) => b.mul(b.pad(x, v, [[1, -1, 1], [0, 2, 0]]), b.pad(x, v, [[1, -1, 1], [0, 2, 0]]))), [X6, 0.7]);
add('pad only the value', buildJaxpr([av([2, 3]), av([])], (b, x, v) => b.pad(x, v, [[1, 0, 0], [0, 0, 1]])), [X6, 0.7], { nonzero: [false, true] });
add('concatenate', buildJaxpr([av([2, 3]), av([2, 1]), av([2, 2])], (b, x, y, z) => b.sin(b.concatenate([x, y, z], 1))), [X6, [0.1, 0.2], [1, 2, 3, 4]], { nonzero: [true, false, true] });
add('dynamic_slice', buildJaxpr([av([3, 4]), av([], 'i32')], (b, x, i) => b.sin(b.dynamicSlice(x, [i, b.lit(1, 'i32')], [2, 2]))), [X12, 1]);
add('dynamic_update_slice', buildJaxpr([av([3, 4]), av([2, 2]), av([], 'i32')], (b, x, u, i) => b.sin(b.dynamicUpdateSlice(x, u, [i, b.lit(2, 'i32')]))), [X12, [1, 2, 3, 4], 1]);
add('dynamic_update_slice only update', buildJaxpr([av([3, 4]), av([2, 2]), av([], 'i32')], (b, x, u, i) => b.dynamicUpdateSlice(x, b.sin(u), [i, b.lit(0, 'i32')])), [X12, [1, 2, 3, 4], 0], { nonzero: [false, true, false] });
const gdn = { offset_dims: [1], collapsed_slice_dims: [0], start_index_map: [0], operand_batching_dims: [], start_indices_batching_dims: [] };
add('gather clip', buildJaxpr([av([3, 4]), av([4, 1], 'i32')], (b, x, i) => b.sin(b.gather(x, i, gdn, [1, 4], 'clip'))), [X12, [2, 0, 2, 1]]);
add('gather fill', buildJaxpr([av([3, 4]), av([4, 1], 'i32')], (b, x, i) => b.gather(b.sin(x), i, gdn, [1, 4], 'fill', 5)), [X12, [2, 7, 2, 1]]);
const sdn = { update_window_dims: [1], inserted_window_dims: [0], scatter_dims_to_operand_dims: [0], operand_batching_dims: [], scatter_indices_batching_dims: [] };
add('scatter_add', buildJaxpr([av([3, 4]), av([3, 1], 'i32'), av([3, 4])], (b, x, i, u) => b.sin(b.scatterAdd(x, i, u, sdn, 'clip'))), [X12, [2, 0, 2], X12.map((v) => v / 2)]);
add('scatter_add only updates', buildJaxpr([av([3, 4]), av([3, 1], 'i32'), av([3, 4])], (b, x, i, u) => b.scatterAdd(x, i, b.sin(u), sdn, 'fill')), [X12, [2, 5, 2], X12], { nonzero: [false, false, true] });

// Generators, sort, randomness, jit.
add('iota', buildJaxpr([av([2, 3])], (b, x) => [b.mul(x, b.convert(b.iota('i32', [2, 3], 1), 'f32')), b.iota('i32', [2], 0)]), [X6]);
add('sort one operand', buildJaxpr([av([2, 3])], (b, x) => b.sort([x], 1)), [X6]);
add('sort two operands, num_keys=1, dim 0', buildJaxpr([av([2, 3]), av([2, 3])], (b, x, y) => b.sort([x, b.sin(y)], 0, 1)), [X6, POS6]);
add('sort int key, float payload', buildJaxpr([av([4], 'i32'), av([4])], (b, k, y) => b.sort([k, y], 0, 1)), [[3, 1, 2, 0], [0.1, 0.2, 0.3, 0.4]]);
add('threefry2x32 and random_bits', buildJaxpr([av([2], 'u32'), av([3])], (b, k, x) => {
  const [h] = b.bind('threefry2x32', [b.slice(k, [0], [1]), b.slice(k, [1], [2]), b.lit(1, 'u32'), b.lit(2, 'u32')], {});
  return [h!, b.bind1('random_bits', [k], { bit_width: 32, shape: [3] }), b.sin(x)];
}), [[7, 42], [0.1, 0.2, 0.3]]);
const inner = buildJaxpr([av([3]), av([3]), av([], 'i32')], (b, x, y, i) => [b.mul(b.sin(x), y), b.add(i, 1), b.cos(y), b.mul(x, 2)]);
add('jit', buildJaxpr([av([3]), av([3]), av([], 'i32')], (b, x, y, i) => b.bind('jit', [x, y, i], { name: 'inner', jaxpr: inner })), [[0.1, 0.2, 0.3], [1, 2, 3], 4]);
add('jit, one input differentiated', buildJaxpr([av([3]), av([3]), av([], 'i32')], (b, x, y, i) => b.bind('jit', [x, y, i], { name: 'inner', jaxpr: inner })), [[0.1, 0.2, 0.3], [1, 2, 3], 4], { nonzero: [true, false, false] });

describe('jvp rules: every primitive against float64 finite differences', () => {
  for (const c of cases) it(c.name, () => { checkJvp(c.jaxpr, c.inputs, c.opts); });

  it('covers every primitive', () => {
    const seen = new Set<Prim>();
    const walk = (j: Jaxpr): void => j.eqns.forEach((e) => { seen.add(e.prim); if (e.prim === 'jit') walk(e.params.jaxpr); });
    cases.forEach((c) => walk(c.jaxpr));
    expect(PRIMS.filter((p) => !seen.has(p))).to.deep.equal([]);
  });
});
