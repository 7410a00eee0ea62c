// Transpose goldens: transposeJaxpr(linear jaxpr, mask) for one (or more) case per linear primitive,
// one file each under test/golden/transpose, each passing the dot-product test on the f64 interpreter.
import { expect } from 'chai';
import { jit, lax, makeJaxpr } from '../../src/index.js';
import type { Jaxpr, Tensor } from '../../src/ir/core.js';
import { evalJaxpr } from '../../src/ir/eval.js';
import { F64_CTX } from '../../src/ir/eval-types.js';
import { PRIMS } from '../../src/ir/primitives.js';
import { linearizeJaxpr } from '../../src/ir/transform/autodiff.js';
import { transposeRules } from '../../src/ir/transform/transpose-rules.js';
import type { Tracer } from '../../src/trace/trace.js';
import type { ArrayLike } from '../../src/api/convert.js';
import { goldenCases } from '../helpers/golden.js';
import { build, checkTranspose, f32 as af32, randTensor, tensor } from './transpose-check.js';
import { program, traceProgram } from './golden-programs.js';

type T = Tracer;
const f32 = (...shape: number[]) => ({ shape, dtype: 'float32' });
const i32 = (...shape: number[]) => ({ shape, dtype: 'int32' });
const bool = (...shape: number[]) => ({ shape, dtype: 'bool' });

interface TransposeCase {
  readonly jaxpr: () => Jaxpr;
  readonly linear: readonly boolean[];
  /** Values of every invar (the linear ones serve as the tangent). */
  readonly inputs: readonly Tensor[];
}

let seed = 100;
const r = (...shape: number[]) => randTensor(shape, seed++);
const tr = (f: (...a: never[]) => unknown, args: unknown[], linear: boolean[], inputs: Tensor[]): TransposeCase =>
  ({ jaxpr: () => makeJaxpr(f)(...args).jaxpr, linear, inputs });

const GATHER_ROWS = { offset_dims: [1], collapsed_slice_dims: [0], start_index_map: [0], operand_batching_dims: [], start_indices_batching_dims: [] };
const SCATTER_ROWS = { update_window_dims: [1], inserted_window_dims: [0], scatter_dims_to_operand_dims: [0], operand_batching_dims: [], scatter_indices_batching_dims: [] };

/** The linear part of linearize(program), its residuals known, its tangents linear. */
function linearPart(name: string): TransposeCase {
  const prog = program(name);
  const lin = linearizeJaxpr(traceProgram(prog).jaxpr, prog.args.map((a) => a.dtype === 'float32'));
  const linear = lin.linear.invars.map((_, i) => i >= lin.numResiduals);
  const f64 = (t: Tensor): Tensor => (t.dtype === 'f32' ? { ...t, data: Float64Array.from(t.data) } : t);
  const residuals = evalJaxpr(lin.known, [], prog.inputs.map(f64), F64_CTX).slice(lin.numOuts);
  const tangents = lin.linear.invars.slice(lin.numResiduals).map((v) => randTensor(v.aval.shape, seed++));
  return { jaxpr: () => lin.linear, linear, inputs: [...residuals, ...tangents] };
}

const CASES: Readonly<Record<string, TransposeCase>> = {
  neg: tr((x: T) => lax.neg(x), [f32(3)], [true], [r(3)]),
  add_size1_broadcast: tr((x: T, y: T) => lax.add(x, y), [f32(1, 3), f32(2, 3)], [true, true], [r(1, 3), r(2, 3)]),
  add_of_linear_terms: tr((x: T, y: T) => lax.add(lax.mul(lax.sin(y), x), x), [f32(3), f32(3)], [true, false], [r(3), r(3)]),
  add_any: tr((x: T, y: T) => lax.addAny(x, y), [f32(2, 2), f32(2, 2)], [true, true], [r(2, 2), r(2, 2)]),
  sub_size1: tr((x: T, y: T) => lax.sub(x, y), [f32(2, 3), f32(1, 3)], [true, true], [r(2, 3), r(1, 3)]),
  mul_by_known: tr((x: T, c: T) => lax.mul(x, c), [f32(1, 3), f32(2, 3)], [true, false], [r(1, 3), r(2, 3)]),
  mul_known_left_scalar: tr((c: T, x: T) => lax.mul(c, x), [f32(), f32(2, 3)], [false, true], [r(), r(2, 3)]),
  mul_scalar_linear: tr((x: T, c: T) => lax.mul(x, c), [f32(), f32(4)], [true, false], [r(), r(4)]),
  div_by_known: tr((x: T, c: T) => lax.div(x, lax.add(lax.mul(c, c), 1.0)), [f32(3), f32(3)], [true, false], [r(3), r(3)]),
  select_n_bool: tr((p: T, x: T, y: T) => lax.select(p, x, y), [bool(4), f32(4), f32(4)], [false, true, true], [tensor([4], [1, 0, 0, 1], 'bool'), r(4), r(4)]),
  select_n_int: tr((i: T, a: T, b: T, c: T) => lax.selectN(i, a, b, c), [i32(3), f32(3), f32(3), f32(3)], [false, true, true, true], [tensor([3], [1, 0, 2], 'i32'), r(3), r(3), r(3)]),
  convert_element_type_weak: {
    jaxpr: () => build([af32(3)], (b, x) => b.convert(x, 'f32', true)), linear: [true], inputs: [r(3)],
  },
  broadcast_in_dim_unit_dims: tr((x: T) => lax.broadcastInDim(x, [2, 3, 4], [1, 2]), [f32(3, 1)], [true], [r(3, 1)]),
  reshape: tr((x: T) => lax.reshape(x, [3, 4]), [f32(2, 6)], [true], [r(2, 6)]),
  transpose: tr((x: T) => lax.transpose(x, [2, 0, 1]), [f32(2, 3, 4)], [true], [r(2, 3, 4)]),
  squeeze: tr((x: T) => lax.squeeze(x, [2, 0]), [f32(1, 3, 1)], [true], [r(1, 3, 1)]),
  rev: tr((x: T) => lax.rev(x, [1]), [f32(2, 3)], [true], [r(2, 3)]),
  reduce_sum: tr((x: T) => lax.reduceSum(x, [0, 2]), [f32(2, 3, 4)], [true], [r(2, 3, 4)]),
  reduce_window_sum_strided_same: tr((x: T) => lax.reduceWindowSum(x, [3, 3], [2, 2], 'SAME'), [f32(5, 5)], [true], [r(5, 5)]),
  reduce_window_sum_dilated: tr((x: T) => lax.reduceWindowSum(x, [2], [1], [[1, 0]], { baseDilation: [2], windowDilation: [2] }), [f32(4)], [true], [r(4)]),
  select_and_gather_add: tr((t: T, x: T) => lax.selectAndGatherAdd(t, x, [2, 2], [2, 2]), [f32(4, 4), f32(4, 4)], [true, false], [r(4, 4), r(4, 4)]),
  select_and_scatter_add: tr((s: T, x: T) => lax.selectAndScatterAdd(s, x, [2, 2], [2, 2]), [f32(2, 2), f32(4, 4)], [true, false], [r(2, 2), r(4, 4)]),
  dot_general_lhs: tr((a: T, b: T) => lax.dotGeneral(a, b, [[[1], [0]], [[], []]]), [f32(3, 4), f32(4, 2)], [true, false], [r(3, 4), r(4, 2)]),
  dot_general_rhs: tr((a: T, b: T) => lax.dotGeneral(a, b, [[[1], [0]], [[], []]]), [f32(3, 4), f32(4, 2)], [false, true], [r(3, 4), r(4, 2)]),
  dot_general_batched_rhs: tr((a: T, b: T) => lax.dotGeneral(a, b, [[[2], [1]], [[0], [0]]]), [f32(2, 2, 3), f32(2, 3, 4)], [false, true], [r(2, 2, 3), r(2, 3, 4)]),
  conv_lhs: tr((x: T, w: T) => lax.conv(x, w, [1, 1], 'VALID'), [f32(1, 2, 5, 5), f32(3, 2, 3, 3)], [true, false], [r(1, 2, 5, 5), r(3, 2, 3, 3)]),
  conv_rhs: tr((x: T, w: T) => lax.conv(x, w, [1, 1], 'VALID'), [f32(1, 2, 5, 5), f32(3, 2, 3, 3)], [false, true], [r(1, 2, 5, 5), r(3, 2, 3, 3)]),
  conv_strided_grouped_lhs: tr((x: T, w: T) => lax.convGeneralDilated(x, w, [2, 2], 'SAME', { dimensionNumbers: ['NHWC', 'HWIO', 'NHWC'], featureGroupCount: 2, rhsDilation: [1, 2] }), [f32(1, 6, 6, 4), f32(3, 3, 2, 4)], [true, false], [r(1, 6, 6, 4), r(3, 3, 2, 4)]),
  conv_strided_grouped_rhs: tr((x: T, w: T) => lax.convGeneralDilated(x, w, [2, 2], 'SAME', { dimensionNumbers: ['NHWC', 'HWIO', 'NHWC'], featureGroupCount: 2, rhsDilation: [1, 2] }), [f32(1, 6, 6, 4), f32(3, 3, 2, 4)], [false, true], [r(1, 6, 6, 4), r(3, 3, 2, 4)]),
  slice_strided: tr((x: T) => lax.slice(x, [1, 0], [7, 2], [2, 1]), [f32(8, 3)], [true], [r(8, 3)]),
  pad_interior_negative_with_value: tr((x: T, v: T) => lax.pad(x, v, [[1, -1, 1], [0, 2, 0]]), [f32(3, 2), f32()], [true, true], [r(3, 2), r()]),
  concatenate: tr((a: T, b: T) => lax.concatenate([a, b, a], 1), [f32(2, 3), f32(2, 1)], [true, true], [r(2, 3), r(2, 1)]),
  dynamic_slice: tr((x: T, i: T) => lax.dynamicSlice(x, [i, 0], [2, 3]), [f32(5, 3), i32()], [true, false], [r(5, 3), tensor([], [2], 'i32')]),
  dynamic_update_slice: tr((x: T, u: T, i: T) => lax.dynamicUpdateSlice(x, u, [i, 1]), [f32(5, 3), f32(2, 2), i32()], [true, true, false], [r(5, 3), r(2, 2), tensor([], [1], 'i32')]),
  gather_rows: tr((x: T, idx: T) => lax.gather(x, lax.expandDims(idx, [1]), GATHER_ROWS, [1, 4]), [f32(6, 4), i32(3)], [true, false], [r(6, 4), tensor([3], [4, 0, 4], 'i32')]),
  scatter_add_rows: tr((x: T, idx: T, upd: T) => lax.scatterAdd(x, lax.expandDims(idx, [1]), upd, SCATTER_ROWS), [f32(5, 4), i32(3), f32(3, 4)], [true, false, true], [r(5, 4), tensor([3], [2, 0, 2], 'i32'), r(3, 4)]),
  cumsum: tr((x: T) => lax.cumsum(x, 1), [f32(2, 4)], [true], [r(2, 4)]),
  cumsum_reverse: tr((x: T) => lax.cumsum(x, 0, true), [f32(3)], [true], [r(3)]),
  jit_linear_body: tr((x: T, c: T) => jit(function scaled(a: ArrayLike, k: ArrayLike) { return lax.rev(lax.mul(a, k), [0]); })(x, lax.cos(c)), [f32(3), f32(3)], [true, false], [r(3), r(3)]),
  linearized_mlp_loss: linearPart('mlp_loss'),
  linearized_conv_layer_loss: linearPart('conv_layer_loss'),
  linearized_softmax: linearPart('softmax'),
};

/** The primitives of the eqns on the linear path (reading a linear var), through jit bodies. */
function linearPrims(j: Jaxpr, linear: readonly boolean[], into: Set<string>): Set<string> {
  const lin = new Set(j.invars.filter((_, i) => linear[i]).map((v) => v.id));
  for (const e of j.eqns) {
    const mask = e.inputs.map((a) => a.kind === 'var' && lin.has(a.id));
    if (!mask.some(Boolean)) continue;
    into.add(e.prim);
    e.outputs.forEach((o) => lin.add(o.id));
    if (e.prim === 'jit') linearPrims(e.params.jaxpr, mask, into);
  }
  return into;
}

describe('transpose goldens', () => {
  goldenCases('transpose', Object.fromEntries(Object.entries(CASES).map(([k, c]) => [k, () => checkTranspose(c.jaxpr(), c.linear, c.inputs).text])), { producer: 'test/transform/golden-transpose.test.ts' });

  describe('each transpose passes the dot-product test', () => {
    for (const [name, c] of Object.entries(CASES)) {
      it(name, () => {
        const res = checkTranspose(c.jaxpr(), c.linear, c.inputs);
        expect(res.inCts.length).to.equal(c.linear.filter(Boolean).length);
      });
    }
  });

  it('every primitive with a transpose rule (not notLinear) is on the linear path of a case', () => {
    const linearOnes = PRIMS.filter((q) => !('kind' in transposeRules[q]));
    const seen = new Set<string>();
    for (const c of Object.values(CASES)) linearPrims(c.jaxpr(), c.linear, seen);
    const missing = linearOnes.filter((q) => !seen.has(q));
    expect(missing, `linear primitives with no transpose golden: ${missing.join(', ')}`).to.deep.equal([]);
    expect(linearOnes.length, 'the table has linear primitives').to.be.at.least(25);
  });
});
