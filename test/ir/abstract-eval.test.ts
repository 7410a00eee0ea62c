// Tests of the abstract-eval rules: exact output avals, and UserErrors named `lax.<prim>` for bad inputs.
import { expect } from 'chai';
import { abstractEval, abstractEvalRules } from '../../src/ir/abstract-eval.js';
import { newVar } from '../../src/ir/core.js';
import { aval, avalStr, type Aval, type DType } from '../../src/ir/dtype.js';
import { UserError } from '../../src/ir/errors.js';
import { PRIMS, UNARY_FLOAT, type Params, type Prim } from '../../src/ir/primitives.js';

const f32 = (...shape: number[]): Aval => aval(shape, 'f32');
const i32 = (...shape: number[]): Aval => aval(shape, 'i32');
const u32 = (...shape: number[]): Aval => aval(shape, 'u32');
const b = (...shape: number[]): Aval => aval(shape, 'bool');
const weak = (a: Aval): Aval => aval(a.shape, a.dtype, true);
const NONE = {} as Record<string, never>;

/** Output avals as text, weak ones marked `~w`. */
function ev<P extends Prim>(prim: P, inputs: readonly Aval[], params: Params[P]): string {
  return abstractEval(prim, inputs, params).map((a) => `${avalStr(a)}${a.weak ? '~w' : ''}`).join(' ');
}

/** Asserts a UserError of `code` whose message has the lax form; returns the message. */
function bad<P extends Prim>(prim: P, inputs: readonly Aval[], params: Params[P], code: string, fragment?: string): string {
  let err: unknown;
  try {
    abstractEval(prim, inputs, params);
  } catch (e) {
    err = e;
  }
  expect(err, `${prim} should throw`).to.be.instanceOf(UserError);
  const e = err as UserError;
  expect(e.message.startsWith(`lax.${prim}: `), e.message).to.equal(true);
  expect(e.message).to.contain(' — got ');
  expect(e.message).to.contain(', expected ');
  expect(e.code, e.message).to.equal(code);
  if (fragment) expect(e.message).to.contain(fragment);
  return e.message;
}

/** Malformed params, as a parser or a buggy transform might produce them. */
const raw = <P extends Prim>(_prim: P, p: unknown): Params[P] => p as Params[P];

describe('abstract eval', () => {
  it('has a rule for every primitive', () => {
    expect(Object.keys(abstractEvalRules)).to.deep.equal([...PRIMS]);
  });

  describe('elementwise', () => {
    it('unary float ops keep the aval and reject ints', () => {
      for (const p of UNARY_FLOAT) {
        expect(ev(p, [f32(2, 3)], NONE)).to.equal('f32[2,3]');
        bad(p, [i32(2)], NONE, 'dtype/unsupported', 'got i32[2], expected a float dtype');
      }
      expect(ev('sin', [weak(f32())], NONE)).to.equal('f32[]~w');
      bad('floor', [i32()], NONE, 'dtype/unsupported');
      bad('exp', [f32(), f32()], NONE, 'arity/mismatch');
    });
    it('numeric, logical and predicate unaries', () => {
      expect(ev('neg', [i32(3)], NONE)).to.equal('i32[3]');
      expect(ev('abs', [f32(3)], NONE)).to.equal('f32[3]');
      bad('neg', [b(3)], NONE, 'dtype/unsupported');
      expect(ev('is_finite', [f32(4)], NONE)).to.equal('bool[4]');
      bad('is_finite', [i32(4)], NONE, 'dtype/unsupported');
      expect(ev('not', [b(2)], NONE)).to.equal('bool[2]');
      expect(ev('not', [u32(2)], NONE)).to.equal('u32[2]');
      bad('not', [f32(2)], NONE, 'dtype/unsupported');
      expect(ev('integer_pow', [i32(2)], { y: 3 })).to.equal('i32[2]');
      bad('integer_pow', [f32(2)], { y: 1.5 }, 'params/invalid');
      expect(ev('round', [f32(2)], { rounding_method: 1 })).to.equal('f32[2]');
      bad('round', [f32(2)], raw('round', { rounding_method: 2 }), 'params/invalid');
    });
    it('binary ops broadcast scalars and size-1 dims', () => {
      expect(ev('add', [f32(2, 3), f32(2, 3)], NONE)).to.equal('f32[2,3]');
      expect(ev('mul', [f32(1, 3), f32(3, 3)], NONE)).to.equal('f32[3,3]');
      expect(ev('max', [f32(1), f32(2)], NONE)).to.equal('f32[2]');
      expect(ev('sub', [f32(), f32(4, 5)], NONE)).to.equal('f32[4,5]');
      expect(ev('add', [f32(0), f32(1)], NONE)).to.equal('f32[0]');
      const msg = bad('add', [f32(3), f32(4)], NONE, 'shape/mismatch');
      expect(msg).to.equal('lax.add: shapes must be equal or broadcast by size-1 dims — got f32[3] and f32[4], expected equal shapes, a scalar, or size-1 dims');
      bad('add', [f32(3), f32(1, 3)], NONE, 'shape/mismatch');
      bad('add', [f32(3), i32(3)], NONE, 'dtype/mismatch', 'got f32[3] and i32[3]');
      bad('add', [b(3), b(3)], NONE, 'dtype/unsupported');
      bad('add', [f32(3)], NONE, 'arity/mismatch');
    });
    it('weak iff every operand is weak', () => {
      expect(ev('mul', [weak(f32()), f32(3)], NONE)).to.equal('f32[3]');
      expect(ev('mul', [weak(f32()), weak(f32())], NONE)).to.equal('f32[]~w');
      expect(ev('lt', [weak(i32()), i32(2)], NONE)).to.equal('bool[2]');
    });
    it('comparisons give bool; logic and shifts', () => {
      for (const p of ['eq', 'ne', 'lt', 'le', 'gt', 'ge'] as const) expect(ev(p, [i32(2), i32(2)], NONE)).to.equal('bool[2]');
      expect(ev('eq', [b(2), b(2)], NONE)).to.equal('bool[2]');
      expect(ev('and', [b(2), b()], NONE)).to.equal('bool[2]');
      expect(ev('xor', [u32(2), u32(2)], NONE)).to.equal('u32[2]');
      bad('or', [f32(2), f32(2)], NONE, 'dtype/unsupported');
      expect(ev('shift_right_logical', [u32(2), u32()], NONE)).to.equal('u32[2]');
      bad('shift_left', [b(2), b(2)], NONE, 'dtype/unsupported');
      bad('shift_left', [f32(2), f32(2)], NONE, 'dtype/unsupported');
      expect(ev('pow', [f32(2), f32()], NONE)).to.equal('f32[2]');
      bad('pow', [i32(2), i32(2)], NONE, 'dtype/unsupported');
      bad('atan2', [i32(2), i32(2)], NONE, 'dtype/unsupported');
      expect(ev('rem', [i32(2), i32(2)], NONE)).to.equal('i32[2]');
      expect(ev('add_any', [aval([2], 'float0'), aval([2], 'float0')], NONE)).to.equal('float0[2]');
    });
    it('select_n', () => {
      expect(ev('select_n', [b(3), f32(3), f32(3)], NONE)).to.equal('f32[3]');
      expect(ev('select_n', [i32(), f32(3), f32(3), f32(3)], NONE)).to.equal('f32[3]');
      expect(ev('select_n', [b(3), weak(f32(3)), weak(f32(3))], NONE)).to.equal('f32[3]~w');
      bad('select_n', [b(3), f32(3), f32(3), f32(3)], NONE, 'arity/mismatch');
      bad('select_n', [f32(3), f32(3), f32(3)], NONE, 'dtype/unsupported');
      bad('select_n', [b(2), f32(3), f32(3)], NONE, 'shape/mismatch', 'which must be a scalar');
      bad('select_n', [b(3), f32(3), i32(3)], NONE, 'shape/mismatch', 'cases');
      bad('select_n', [b(3)], NONE, 'arity/mismatch');
    });
    it('convert_element_type and bitcast_convert_type', () => {
      expect(ev('convert_element_type', [weak(f32(2))], { new_dtype: 'i32', weak_type: false })).to.equal('i32[2]');
      expect(ev('convert_element_type', [i32(2)], { new_dtype: 'f32', weak_type: true })).to.equal('f32[2]~w');
      bad('convert_element_type', [i32(2)], raw('convert_element_type', { new_dtype: 'f64', weak_type: false }), 'params/invalid');
      expect(ev('bitcast_convert_type', [u32(2)], { new_dtype: 'f32' })).to.equal('f32[2]');
      bad('bitcast_convert_type', [b(2)], { new_dtype: 'f32' }, 'dtype/unsupported');
    });
  });

  describe('layout', () => {
    it('broadcast_in_dim', () => {
      expect(ev('broadcast_in_dim', [f32(3)], { shape: [2, 3], broadcast_dimensions: [1] })).to.equal('f32[2,3]');
      expect(ev('broadcast_in_dim', [f32(1, 3)], { shape: [4, 3], broadcast_dimensions: [0, 1] })).to.equal('f32[4,3]');
      expect(ev('broadcast_in_dim', [weak(f32())], { shape: [2], broadcast_dimensions: [] })).to.equal('f32[2]~w');
      bad('broadcast_in_dim', [f32(3)], { shape: [2, 4], broadcast_dimensions: [1] }, 'shape/mismatch');
      bad('broadcast_in_dim', [f32(2, 3)], { shape: [2, 3], broadcast_dimensions: [1, 0] }, 'params/invalid', 'sorted');
      bad('broadcast_in_dim', [f32(3)], { shape: [3], broadcast_dimensions: [0, 1] }, 'params/invalid');
      bad('broadcast_in_dim', [f32(3)], { shape: [3], broadcast_dimensions: [2] }, 'params/invalid', 'out of range');
    });
    it('reshape, transpose, squeeze, rev', () => {
      expect(ev('reshape', [f32(2, 3)], { new_sizes: [3, 2] })).to.equal('f32[3,2]');
      bad('reshape', [f32(2, 3)], { new_sizes: [4, 2] }, 'shape/mismatch', 'got f32[2,3] to (4, 2)');
      expect(ev('transpose', [f32(2, 3, 4)], { permutation: [2, 0, 1] })).to.equal('f32[4,2,3]');
      bad('transpose', [f32(2, 3)], { permutation: [0, 0] }, 'params/invalid', 'permutation');
      bad('transpose', [f32(2, 3)], { permutation: [1] }, 'params/invalid');
      expect(ev('squeeze', [f32(1, 3, 1)], { dimensions: [0, 2] })).to.equal('f32[3]');
      bad('squeeze', [f32(1, 3)], { dimensions: [1] }, 'shape/mismatch', 'not of size 1');
      bad('squeeze', [f32(1, 3)], { dimensions: [-1] }, 'params/invalid');
      expect(ev('rev', [i32(2, 3)], { dimensions: [1] })).to.equal('i32[2,3]');
      bad('rev', [i32(2, 3)], { dimensions: [1, 1] }, 'params/invalid', 'repeated');
    });
    it('slice, pad, concatenate, iota', () => {
      expect(ev('slice', [f32(10, 4)], { start_indices: [1, 0], limit_indices: [8, 4], strides: [3, 1] })).to.equal('f32[3,4]');
      expect(ev('slice', [f32(10)], { start_indices: [2], limit_indices: [2], strides: null })).to.equal('f32[0]');
      bad('slice', [f32(10)], { start_indices: [2], limit_indices: [11], strides: null }, 'params/invalid');
      bad('slice', [f32(10)], { start_indices: [2], limit_indices: [5], strides: [0] }, 'params/invalid');
      bad('slice', [f32(10, 2)], { start_indices: [2], limit_indices: [5], strides: null }, 'params/invalid', 'one entry per dimension');
      expect(ev('pad', [f32(3, 2), f32()], { padding_config: [[1, 2, 1], [-1, 0, 0]] })).to.equal('f32[8,1]');
      expect(ev('pad', [f32(0), f32()], { padding_config: [[1, 1, 5]] })).to.equal('f32[2]');
      bad('pad', [f32(3), i32()], { padding_config: [[0, 0, 0]] }, 'dtype/mismatch');
      bad('pad', [f32(3), f32(1)], { padding_config: [[0, 0, 0]] }, 'shape/mismatch');
      bad('pad', [f32(3), f32()], { padding_config: [[-4, 0, 0]] }, 'params/invalid');
      bad('pad', [f32(3), f32()], raw('pad', { padding_config: [[0, 0]] }), 'params/invalid');
      expect(ev('concatenate', [f32(2, 3), f32(4, 3)], { dimension: 0 })).to.equal('f32[6,3]');
      bad('concatenate', [f32(2, 3), f32(4, 2)], { dimension: 0 }, 'shape/mismatch');
      bad('concatenate', [f32(2, 3), i32(4, 3)], { dimension: 0 }, 'dtype/mismatch');
      bad('concatenate', [f32(2, 3)], { dimension: 2 }, 'params/invalid');
      expect(ev('iota', [], { dtype: 'i32', shape: [2, 5], dimension: 1 })).to.equal('i32[2,5]');
      bad('iota', [], { dtype: 'bool', shape: [2], dimension: 0 }, 'params/invalid');
      bad('iota', [], { dtype: 'i32', shape: [2], dimension: 1 }, 'params/invalid');
    });
  });

  describe('reductions', () => {
    it('reduce_* drop axes', () => {
      expect(ev('reduce_sum', [f32(2, 3, 4)], { axes: [0, 2] })).to.equal('f32[3]');
      expect(ev('reduce_max', [weak(f32(2))], { axes: [0] })).to.equal('f32[]~w');
      expect(ev('reduce_min', [b(2)], { axes: [] })).to.equal('bool[2]');
      bad('reduce_sum', [f32(2, 3)], { axes: [2] }, 'params/invalid', 'out of range');
      bad('reduce_prod', [f32(2, 3)], { axes: [1, 1] }, 'params/invalid', 'repeated');
      bad('reduce_sum', [b(2)], { axes: [0] }, 'dtype/unsupported');
      bad('reduce_sum', [f32(2)], raw('reduce_sum', { axes: [0.5] }), 'params/invalid');
      bad('reduce_sum', [f32(2)], raw('reduce_sum', {}), 'params/invalid');
    });
    it('argmax/argmin', () => {
      expect(ev('argmax', [f32(4, 3)], { axes: [1], index_dtype: 'i32' })).to.equal('i32[4]');
      expect(ev('argmin', [weak(f32(3))], { axes: [0], index_dtype: 'i32' })).to.equal('i32[]');
      bad('argmax', [f32(4, 3)], { axes: [0, 1], index_dtype: 'i32' }, 'params/invalid', 'exactly one');
      bad('argmax', [f32(0, 3)], { axes: [0], index_dtype: 'i32' }, 'shape/mismatch');
      bad('argmin', [f32(4)], { axes: [0], index_dtype: 'f32' }, 'params/invalid');
    });
    it('reduce_window_*', () => {
      const w = { window_dimensions: [1, 3, 3, 1], window_strides: [1, 2, 2, 1], padding: [[0, 0], [1, 1], [0, 0], [0, 0]] as const, base_dilation: [1, 1, 1, 1], window_dilation: [1, 1, 1, 1] };
      // (7+2-3)/2+1 = 4 ; (6-3)/2+1 = 2
      expect(ev('reduce_window_max', [f32(2, 7, 6, 3)], w)).to.equal('f32[2,4,2,3]');
      // dilated base 2*(5-1)+1 = 9, dilated window 2*(2-1)+1 = 3: (9-3)/1+1 = 7
      expect(ev('reduce_window_sum', [f32(5)], { window_dimensions: [2], window_strides: [1], padding: [[0, 0]], base_dilation: [2], window_dilation: [2] })).to.equal('f32[7]');
      expect(ev('reduce_window_sum', [f32(2)], { window_dimensions: [3], window_strides: [1], padding: [[0, 0]], base_dilation: [1], window_dilation: [1] })).to.equal('f32[0]');
      bad('reduce_window_sum', [f32(5)], { ...w, window_dimensions: [2] }, 'params/invalid');
      bad('reduce_window_sum', [f32(5)], { window_dimensions: [0], window_strides: [1], padding: [[0, 0]], base_dilation: [1], window_dilation: [1] }, 'params/invalid');
    });
    it('cumsum and sort', () => {
      expect(ev('cumsum', [i32(3, 4)], { axis: 1, reverse: true })).to.equal('i32[3,4]');
      bad('cumsum', [i32(3, 4)], { axis: 2, reverse: false }, 'params/invalid');
      expect(ev('sort', [f32(5), i32(5)], { dimension: 0, is_stable: true, num_keys: 1 })).to.equal('f32[5] i32[5]');
      bad('sort', [f32(5), i32(4)], { dimension: 0, is_stable: true, num_keys: 1 }, 'shape/mismatch');
      bad('sort', [f32(5)], { dimension: 0, is_stable: true, num_keys: 2 }, 'params/invalid', 'num_keys');
      bad('sort', [f32(5)], { dimension: 0, is_stable: true, num_keys: 0 }, 'params/invalid');
    });
  });

  describe('contractions', () => {
    const dg = (lc: number[], rc: number[], lb: number[] = [], rb: number[] = [], pet: DType = 'f32'): Params['dot_general'] => ({
      dimension_numbers: [[lc, rc], [lb, rb]],
      preferred_element_type: pet,
    });
    it('dot_general: batch, lhs free, rhs free', () => {
      expect(ev('dot_general', [f32(2, 3), f32(3, 5)], dg([1], [0]))).to.equal('f32[2,5]');
      expect(ev('dot_general', [f32(7, 2, 3), f32(3, 7, 5)], dg([2], [0], [0], [1]))).to.equal('f32[7,2,5]');
      expect(ev('dot_general', [f32(2), f32(3)], dg([], []))).to.equal('f32[2,3]');
      expect(ev('dot_general', [i32(2, 3), i32(3)], dg([1], [0], [], [], 'i32'))).to.equal('i32[2]');
      bad('dot_general', [f32(2, 3), f32(4, 5)], dg([1], [0]), 'shape/mismatch', 'contracting');
      bad('dot_general', [f32(2, 3), f32(3, 5)], dg([1], []), 'params/invalid');
      bad('dot_general', [f32(2, 3), f32(3, 5)], dg([2], [0]), 'params/invalid', 'out of range');
      bad('dot_general', [f32(3, 3), f32(3, 3)], dg([0], [0], [0], [1]), 'params/invalid', 'distinct');
      bad('dot_general', [f32(2, 3), i32(3, 5)], dg([1], [0]), 'dtype/mismatch');
      bad('dot_general', [f32(2, 3), f32(3, 5)], dg([1], [0], [], [], 'i32'), 'params/invalid');
      bad('dot_general', [f32(2, 3), f32(3, 5)], raw('dot_general', { dimension_numbers: [[1, 0]], preferred_element_type: 'f32' }), 'params/invalid');
    });
    const conv = (o: Partial<Params['conv_general_dilated']> = {}): Params['conv_general_dilated'] => ({
      window_strides: [1, 1],
      padding: [[0, 0], [0, 0]],
      lhs_dilation: [1, 1],
      rhs_dilation: [1, 1],
      dimension_numbers: { lhs_spec: [0, 1, 2, 3], rhs_spec: [0, 1, 2, 3], out_spec: [0, 1, 2, 3] },
      feature_group_count: 1,
      batch_group_count: 1,
      preferred_element_type: 'f32',
      ...o,
    });
    it('conv_general_dilated: NCHW, strides, padding, dilation', () => {
      expect(ev('conv_general_dilated', [f32(1, 2, 5, 5), f32(12, 2, 3, 3)], conv())).to.equal('f32[1,12,3,3]');
      // (5+1+1-3)/2+1 = 3; lhs dilated 2*4+1 = 9, rhs dilated 2*2+1 = 5: (9-5)/1+1 = 5
      expect(ev('conv_general_dilated', [f32(1, 2, 5, 5), f32(4, 2, 3, 3)], conv({ window_strides: [2, 1], padding: [[1, 1], [0, 0]], lhs_dilation: [1, 2], rhs_dilation: [1, 2] }))).to.equal('f32[1,4,3,5]');
      // per-example grads: feature groups
      expect(ev('conv_general_dilated', [f32(1, 12, 5, 5), f32(18, 2, 3, 3)], conv({ feature_group_count: 6 }))).to.equal('f32[1,18,3,3]');
      expect(ev('conv_general_dilated', [f32(6, 2, 5, 5), f32(12, 2, 3, 3)], conv({ batch_group_count: 3 }))).to.equal('f32[2,12,3,3]');
    });
    it('conv_general_dilated: NHWC / HWIO / NHWC specs', () => {
      const dimension_numbers = { lhs_spec: [0, 3, 1, 2], rhs_spec: [3, 2, 0, 1], out_spec: [0, 3, 1, 2] };
      expect(ev('conv_general_dilated', [f32(2, 8, 8, 3), f32(3, 3, 3, 16)], conv({ dimension_numbers }))).to.equal('f32[2,6,6,16]');
    });
    it('conv_general_dilated: bad groups and shapes', () => {
      bad('conv_general_dilated', [f32(1, 12, 5, 5), f32(18, 3, 3, 3)], conv({ feature_group_count: 6 }), 'shape/mismatch', 'rhs in-feature');
      bad('conv_general_dilated', [f32(1, 12, 5, 5), f32(18, 2, 3, 3)], conv({ feature_group_count: 5 }), 'shape/mismatch', 'divide');
      bad('conv_general_dilated', [f32(1, 12, 5, 5), f32(16, 2, 3, 3)], conv({ feature_group_count: 6 }), 'shape/mismatch', 'multiple of feature_group_count');
      bad('conv_general_dilated', [f32(5, 2, 5, 5), f32(12, 2, 3, 3)], conv({ batch_group_count: 3 }), 'shape/mismatch', 'batch_group_count');
      bad('conv_general_dilated', [f32(6, 4, 5, 5), f32(12, 2, 3, 3)], conv({ batch_group_count: 3, feature_group_count: 2 }), 'params/invalid', 'at most one');
      bad('conv_general_dilated', [f32(1, 2, 5, 5), f32(4, 2, 3)], conv(), 'shape/mismatch', 'same rank');
      bad('conv_general_dilated', [f32(1, 2, 5, 5), f32(4, 2, 3, 3)], conv({ window_strides: [1] }), 'params/invalid');
      bad('conv_general_dilated', [f32(1, 2, 5, 5), f32(4, 2, 3, 3)], conv({ feature_group_count: 0 }), 'params/invalid');
      bad('conv_general_dilated', [f32(1, 2, 5, 5), f32(4, 2, 3, 3)], conv({ dimension_numbers: { lhs_spec: [0, 1, 2, 2], rhs_spec: [0, 1, 2, 3], out_spec: [0, 1, 2, 3] } }), 'params/invalid', 'lhs_spec');
      bad('conv_general_dilated', [f32(1, 2, 5, 5), f32(4, 2, 3, 3)], conv({ padding: [[-6, 0], [0, 0]] }), 'params/invalid');
      bad('conv_general_dilated', [f32(1, 2, 5, 5), i32(4, 2, 3, 3)], conv(), 'dtype/mismatch');
    });
  });

  describe('indexing', () => {
    it('dynamic_slice and dynamic_update_slice', () => {
      expect(ev('dynamic_slice', [f32(5, 4), i32(), i32()], { slice_sizes: [2, 4] })).to.equal('f32[2,4]');
      bad('dynamic_slice', [f32(5, 4), i32()], { slice_sizes: [2, 4] }, 'arity/mismatch');
      bad('dynamic_slice', [f32(5, 4), i32(), f32()], { slice_sizes: [2, 4] }, 'dtype/unsupported');
      bad('dynamic_slice', [f32(5, 4), i32(), i32(1)], { slice_sizes: [2, 4] }, 'shape/mismatch');
      bad('dynamic_slice', [f32(5, 4), i32(), i32()], { slice_sizes: [6, 4] }, 'shape/mismatch');
      expect(ev('dynamic_update_slice', [f32(5, 4), f32(2, 4), i32(), i32()], NONE)).to.equal('f32[5,4]');
      bad('dynamic_update_slice', [f32(5, 4), f32(6, 4), i32(), i32()], NONE, 'shape/mismatch');
      bad('dynamic_update_slice', [f32(5, 4), i32(2, 4), i32(), i32()], NONE, 'dtype/mismatch');
    });
    const gdn = (o: Partial<Params['gather']['dimension_numbers']> = {}): Params['gather']['dimension_numbers'] => ({
      offset_dims: [1], collapsed_slice_dims: [], start_index_map: [0], operand_batching_dims: [], start_indices_batching_dims: [], ...o,
    });
    it('gather (JAX dump: dynamic_slice with batched index)', () => {
      expect(ev('gather', [f32(5), i32(3, 1)], { dimension_numbers: gdn(), slice_sizes: [2], mode: 'clip', fill_value: null })).to.equal('f32[3,2]');
      // x[idx] on f32[5,4] with idx i32[3]: collapsed dim 0
      expect(ev('gather', [f32(5, 4), i32(3, 1)], { dimension_numbers: gdn({ collapsed_slice_dims: [0] }), slice_sizes: [1, 4], mode: 'fill', fill_value: null })).to.equal('f32[3,4]');
      // batching dims: operand f32[7,5], indices i32[7,1]
      expect(ev('gather', [f32(7, 5), i32(7, 1)], { dimension_numbers: gdn({ offset_dims: [], collapsed_slice_dims: [1], start_index_map: [1], operand_batching_dims: [0], start_indices_batching_dims: [0] }), slice_sizes: [1, 1], mode: 'clip', fill_value: null })).to.equal('f32[7]');
      bad('gather', [f32(5), i32(3, 2)], { dimension_numbers: gdn(), slice_sizes: [2], mode: 'clip', fill_value: null }, 'params/invalid', 'start_index_map');
      bad('gather', [f32(5), f32(3, 1)], { dimension_numbers: gdn(), slice_sizes: [2], mode: 'clip', fill_value: null }, 'dtype/unsupported');
      bad('gather', [f32(5), i32(3, 1)], { dimension_numbers: gdn(), slice_sizes: [6], mode: 'clip', fill_value: null }, 'params/invalid', 'slice_sizes');
      bad('gather', [f32(5, 4), i32(3, 1)], { dimension_numbers: gdn({ collapsed_slice_dims: [0] }), slice_sizes: [2, 4], mode: 'clip', fill_value: null }, 'params/invalid', 'slice size 1');
      bad('gather', [f32(5, 4), i32(3, 1)], { dimension_numbers: gdn(), slice_sizes: [1, 4], mode: 'clip', fill_value: null }, 'params/invalid', 'every operand dim');
      bad('gather', [f32(5), i32(3, 1)], raw('gather', { dimension_numbers: null, slice_sizes: [2], mode: 'clip', fill_value: null }), 'params/invalid');
    });
    const sdn = (o: Partial<Params['scatter_add']['dimension_numbers']> = {}): Params['scatter_add']['dimension_numbers'] => ({
      update_window_dims: [1], inserted_window_dims: [0], scatter_dims_to_operand_dims: [0], operand_batching_dims: [], scatter_indices_batching_dims: [], ...o,
    });
    it('scatter_add', () => {
      expect(ev('scatter_add', [f32(5, 4), i32(3, 1), f32(3, 4)], { dimension_numbers: sdn(), mode: 'fill' })).to.equal('f32[5,4]');
      bad('scatter_add', [f32(5, 4), i32(3, 1), f32(2, 4)], { dimension_numbers: sdn(), mode: 'fill' }, 'shape/mismatch', 'scatter dims');
      bad('scatter_add', [f32(5, 4), i32(3, 1), f32(3, 6)], { dimension_numbers: sdn(), mode: 'fill' }, 'shape/mismatch', 'fit');
      bad('scatter_add', [f32(5, 4), i32(3, 1), i32(3, 4)], { dimension_numbers: sdn(), mode: 'fill' }, 'dtype/mismatch');
      bad('scatter_add', [f32(5, 4), i32(3, 1), f32(3, 4)], { dimension_numbers: sdn({ inserted_window_dims: [] }), mode: 'fill' }, 'params/invalid', 'window');
    });
  });

  describe('randomness, identity, jit', () => {
    it('threefry2x32 and random_bits', () => {
      expect(ev('threefry2x32', [u32(), u32(), u32(4), u32(4)], NONE)).to.equal('u32[4] u32[4]');
      bad('threefry2x32', [u32(), u32(), i32(4), u32(4)], NONE, 'dtype/unsupported');
      bad('threefry2x32', [u32(), u32(), u32(4), u32(3)], NONE, 'shape/mismatch');
      expect(ev('random_bits', [u32(2)], { bit_width: 32, shape: [3, 4] })).to.equal('u32[3,4]');
      expect(ev('random_bits', [u32(5, 2)], { bit_width: 32, shape: [3] })).to.equal('u32[5,3]');
      bad('random_bits', [u32(3)], { bit_width: 32, shape: [3] }, 'shape/mismatch');
      bad('random_bits', [u32(2)], raw('random_bits', { bit_width: 8, shape: [3] }), 'params/invalid');
    });
    it('stop_gradient', () => {
      expect(ev('stop_gradient', [weak(f32(2))], NONE)).to.equal('f32[2]~w');
    });
    it('jit returns the outvars avals and checks the inputs', () => {
      const x = newVar(f32(3));
      const y = newVar(b(3));
      const jaxpr = { constvars: [], invars: [x], eqns: [], outvars: [x, y] };
      expect(ev('jit', [f32(3)], { name: 'f', jaxpr })).to.equal('f32[3] bool[3]');
      bad('jit', [f32(4)], { name: 'f', jaxpr }, 'shape/mismatch');
      bad('jit', [f32(3), f32(3)], { name: 'f', jaxpr }, 'arity/mismatch');
      bad('jit', [f32(3)], { name: 'f', jaxpr: { ...jaxpr, constvars: [newVar(f32())] } }, 'params/invalid');
    });
  });
});

describe('abstract eval on malformed params', () => {
  const KEYS = [
    'y', 'rounding_method', 'new_dtype', 'weak_type', 'shape', 'broadcast_dimensions', 'new_sizes', 'permutation',
    'dimensions', 'axes', 'index_dtype', 'window_dimensions', 'window_strides', 'padding', 'base_dilation',
    'window_dilation', 'dimension_numbers', 'preferred_element_type', 'lhs_dilation', 'rhs_dilation',
    'feature_group_count', 'batch_group_count', 'start_indices', 'limit_indices', 'strides', 'padding_config',
    'dimension', 'slice_sizes', 'mode', 'fill_value', 'dtype', 'axis', 'reverse', 'is_stable', 'num_keys',
    'bit_width', 'name', 'jaxpr',
  ];
  const GARBAGE: unknown[] = [undefined, null, 3.5, -1, 'x', [null], [[1]], [-1, 'a'], {}, [[1, 2], [3]]];
  const INPUTS: Aval[][] = [[], [f32(2, 3)], [f32(2, 3), i32(2, 3)], [f32(2, 3), f32(2, 3)], [u32(2), u32(2), u32(2), u32(2)]];
  it('throws only UserErrors, never a raw TypeError', () => {
    let userErrors = 0;
    for (const prim of PRIMS)
      for (const g of GARBAGE)
        for (const inputs of INPUTS) {
          const params = Object.fromEntries(KEYS.map((k) => [k, g]));
          for (const p of [params, {}]) {
            try {
              abstractEval(prim, inputs, raw(prim, p));
            } catch (e) {
              expect(e, `${prim} with ${JSON.stringify(g)}: ${String(e)}`).to.be.instanceOf(UserError);
              expect((e as Error).message.startsWith(`lax.${prim}: `), (e as Error).message).to.equal(true);
              userErrors++;
            }
          }
        }
    expect(userErrors).to.be.greaterThan(PRIMS.length * GARBAGE.length);
  });
  it('rejects null params', () => {
    bad('add', [f32(), f32()], raw('add', null), 'params/invalid');
  });
});

describe('abstract eval with one param spoiled', () => {
  const GARBAGE: unknown[] = [undefined, null, 2.5, -3, 'x', [null], [[1]], [-1, 'a'], {}, [[1, 2], [3]], [7, 7, 7, 7]];
  const CASES: { [P in Prim]?: [Aval[], Params[P]] } = {
    conv_general_dilated: [[f32(1, 2, 5, 5), f32(4, 2, 3, 3)], {
      window_strides: [1, 1], padding: [[0, 0], [0, 0]], lhs_dilation: [1, 1], rhs_dilation: [1, 1],
      dimension_numbers: { lhs_spec: [0, 1, 2, 3], rhs_spec: [0, 1, 2, 3], out_spec: [0, 1, 2, 3] },
      feature_group_count: 1, batch_group_count: 1, preferred_element_type: 'f32',
    }],
    dot_general: [[f32(2, 3), f32(3, 5)], { dimension_numbers: [[[1], [0]], [[], []]], preferred_element_type: 'f32' }],
    gather: [[f32(5, 4), i32(3, 1)], {
      dimension_numbers: { offset_dims: [1], collapsed_slice_dims: [0], start_index_map: [0], operand_batching_dims: [], start_indices_batching_dims: [] },
      slice_sizes: [1, 4], mode: 'clip', fill_value: null,
    }],
    scatter_add: [[f32(5, 4), i32(3, 1), f32(3, 4)], {
      dimension_numbers: { update_window_dims: [1], inserted_window_dims: [0], scatter_dims_to_operand_dims: [0], operand_batching_dims: [], scatter_indices_batching_dims: [] },
      mode: 'clip',
    }],
    reduce_window_sum: [[f32(5, 4)], { window_dimensions: [2, 2], window_strides: [1, 1], padding: [[0, 0], [0, 0]], base_dilation: [1, 1], window_dilation: [1, 1] }],
    slice: [[f32(5, 4)], { start_indices: [0, 1], limit_indices: [3, 4], strides: [1, 2] }],
    pad: [[f32(5, 4), f32()], { padding_config: [[1, 1, 0], [0, 0, 1]] }],
    broadcast_in_dim: [[f32(4)], { shape: [3, 4], broadcast_dimensions: [1] }],
    sort: [[f32(4)], { dimension: 0, is_stable: true, num_keys: 1 }],
    random_bits: [[u32(2)], { bit_width: 32, shape: [3] }],
  };
  const spoil = (v: unknown, g: unknown): unknown[] =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.keys(v).map((k) => ({ ...v, [k]: g }))
      : Array.isArray(v) && v.length > 0 ? [g, ...v.map((_, i) => v.map((x, j) => (i === j ? g : x)))] : [g];
  for (const [prim, c] of Object.entries(CASES) as [Prim, [Aval[], Record<string, unknown>]][]) {
    it(`${prim}: the template is valid and every spoiled variant throws a UserError or passes`, () => {
      const [inputs, params] = c;
      expect(abstractEval(prim, inputs, raw(prim, params)).length).to.be.greaterThan(0);
      let thrown = 0;
      for (const g of GARBAGE)
        for (const key of Object.keys(params))
          for (const v of spoil(params[key], g))
            try {
              abstractEval(prim, inputs, raw(prim, { ...params, [key]: v }));
            } catch (e) {
              expect(e, `${prim}.${key} = ${JSON.stringify(v)}: ${String(e)}`).to.be.instanceOf(UserError);
              thrown++;
            }
      expect(thrown).to.be.greaterThan(GARBAGE.length);
    });
  }
});
