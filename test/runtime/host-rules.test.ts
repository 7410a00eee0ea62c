// The host steps' fast rules (src/runtime/host-rules.ts) against the reference rules of src/ir/eval.ts,
// bit for bit (Object.is: -0 and +0 apart, NaN equal to NaN): sort with one key over every dtype, NaN,
// ±Inf, ±0 and ties (the positions carried along show the order is stable), strided rows, and the
// cases that keep the reference rule (two keys); scatter_add over the dimension-number shapes (rows,
// windows, window dims before the scatter dims, two-component index vectors, batching dims, clip and
// fill with out-of-range starts, i32/u32 wrap, NaN/-0 updates, no updates). Also through jit on cpu.
import { expect } from 'chai';
import { Array, interpret, jit, lax, makeJaxpr } from '../../src/index.js';
import type { Tensor } from '../../src/ir/core.js';
import type { Aval } from '../../src/ir/dtype.js';
import { evalRules } from '../../src/ir/eval.js';
import { F32_CTX } from '../../src/ir/eval-types.js';
import type { Params } from '../../src/ir/primitives.js';
import { hostRule } from '../../src/runtime/host-rules.js';
import { smooth, tensor, tricky } from '../helpers/tensors.js';

const same = (got: Tensor, want: Tensor, what: string): void => {
  const bad = [...want.data].findIndex((w, i) => !Object.is(w, got.data[i]));
  expect(bad, `${what}: first difference at [${bad}]: ${got.data[bad]} vs ${want.data[bad]}`).to.equal(-1);
};
const iota = (shape: number[], dim: number): Tensor => {
  const str = shape.slice(dim + 1).reduce((a, b) => a * b, 1);
  return tensor('i32', shape, (i) => Math.floor(i / str) % shape[dim]!);
};

describe('host rules: sort with one key is the reference sort, bit for bit', () => {
  const cases: [string, Tensor[], Params['sort']][] = [
    ['f32 rows with NaN, ±Inf, ±0, ties; positions along', [tricky([7, 300], 1, 3), iota([7, 300], 1)], { dimension: 1, is_stable: true, num_keys: 1 }],
    ['f32 columns (strided rows)', [tricky([120, 5], 2, 4), iota([120, 5], 0)], { dimension: 0, is_stable: true, num_keys: 1 }],
    ['middle axis of a 3-D array', [smooth([3, 40, 2], 3), iota([3, 40, 2], 1)], { dimension: 1, is_stable: false, num_keys: 1 }],
    ['all NaN, all -0/+0', [tensor('f32', [2, 6], (i) => (i < 6 ? NaN : i % 2 ? -0 : 0)), iota([2, 6], 1)], { dimension: 1, is_stable: true, num_keys: 1 }],
    ['i32 extremes and ties', [tensor('i32', [50], (i) => [2147483647, -2147483648, 0, -1, 1][i % 5]! * (i % 3 ? 1 : -1) | 0), iota([50], 0)], { dimension: 0, is_stable: true, num_keys: 1 }],
    ['u32 with the top bit set', [tensor('u32', [40], (i) => ((i * 2654435761) >>> 0) % 7 === 0 ? 0xffffffff : (i * 2654435761) >>> 0), iota([40], 0)], { dimension: 0, is_stable: true, num_keys: 1 }],
    ['bool keys', [tensor('bool', [30], (i) => (i * 7) % 3 === 0 ? 1 : 0), iota([30], 0)], { dimension: 0, is_stable: true, num_keys: 1 }],
    ['a length-1 sort dimension', [smooth([4, 1], 4)], { dimension: 1, is_stable: true, num_keys: 1 }],
  ];
  for (const [name, ins, p] of cases) {
    it(name, () => {
      const avals: Aval[] = ins.map((t) => ({ shape: t.shape, dtype: t.dtype }));
      const rule = hostRule('sort', p, ins);
      expect(rule, 'the fast rule is taken').to.not.equal(evalRules.sort);
      const got = rule(ins, p as never, avals, F32_CTX);
      const want = evalRules.sort(ins, p, avals, F32_CTX);
      got.forEach((g, k) => same(g, want[k]!, `output ${k}`));
    });
  }
  it('two keys keep the reference rule', () => {
    const ins = [tensor('i32', [9], (i) => i % 3), smooth([9], 5)];
    expect(hostRule('sort', { dimension: 0, is_stable: true, num_keys: 2 }, ins)).to.equal(evalRules.sort);
  });
  it('jit(np.sort / argsort-style) on cpu runs the fast rule and matches the interpreter', () => {
    const x = Array.fromTensor(tricky([5, 257], 6, 5));
    const f = (v: Parameters<typeof lax.neg>[0]) => lax.sort([v, lax.broadcastedIota('int32', [5, 257], 1)], { dimension: 1 });
    const got = (jit(f)(x) as Array[]).map((a) => a.tensor());
    const want = interpret(makeJaxpr(f)(x), [x]).map((a) => a.tensor());
    got.forEach((g, k) => same(g, want[k]!, `output ${k}`));
  });
});

describe('host rules: scatter_add is the reference scatter, bit for bit', () => {
  type DN = Params['scatter_add']['dimension_numbers'];
  const dn = (uwd: number[], ins: number[], map: number[], ob: number[] = [], ib: number[] = []): DN =>
    ({ update_window_dims: uwd, inserted_window_dims: ins, scatter_dims_to_operand_dims: map, operand_batching_dims: ob, scatter_indices_batching_dims: ib });
  const ints = (shape: number[], lo: number, hi: number, seed: number): Tensor => tensor('i32', shape, (i) => lo + ((i * 7919 + seed * 104729) % (hi - lo)));
  const cases: [string, Tensor[], Params['scatter_add']][] = [
    ['rows, fill, repeats and out-of-range starts', [smooth([9, 4], 1), ints([30, 1], -2, 11, 1), tricky([30, 4], 2, 5)], { dimension_numbers: dn([1], [0], [0]), mode: 'fill' }],
    ['rows, clip', [smooth([9, 4], 3), ints([30, 1], -2, 11, 2), smooth([30, 4], 4)], { dimension_numbers: dn([1], [0], [0]), mode: 'clip' }],
    ['windows of 3 rows (fill drops those that do not fit)', [smooth([10, 3], 5), ints([7, 1], -1, 10, 3), smooth([7, 3, 3], 6)], { dimension_numbers: dn([1, 2], [], [0]), mode: 'fill' }],
    ['window dims before the scatter dims', [smooth([5, 6], 7), ints([4, 1], 0, 6, 4), smooth([5, 4], 8)], { dimension_numbers: dn([0], [1], [1]), mode: 'clip' }],
    ['two-component index vectors into a 3-D operand', [smooth([4, 5, 2], 9), ints([3, 2, 2], -1, 6, 5), smooth([3, 2, 2], 10)], { dimension_numbers: dn([2], [0, 1], [0, 1]), mode: 'fill' }],
    ['batching dims', [smooth([3, 8], 11), ints([3, 6, 1], 0, 8, 6), smooth([3, 6], 12)], { dimension_numbers: dn([], [1], [1], [0], [0]), mode: 'clip' }],
    ['i32 wraps', [tensor('i32', [4], (i) => [2147483647, -2147483648, 0, 5][i]!), ints([9, 1], 0, 4, 7), tensor('i32', [9], (i) => (i % 2 ? 2147483000 : -77))], { dimension_numbers: dn([], [0], [0]), mode: 'clip' }],
    ['u32 wraps', [tensor('u32', [3], (i) => [4294967295, 1, 0][i]!), ints([7, 1], 0, 3, 8), tensor('u32', [7], (i) => (i * 2654435761) >>> 0)], { dimension_numbers: dn([], [0], [0]), mode: 'fill' }],
    ['-0 and NaN updates onto -0', [tensor('f32', [3], () => -0), tensor('i32', [4, 1], (i) => [0, 1, 1, 2][i]!), tensor('f32', [4], (i) => [-0, NaN, 1, -0][i]!)], { dimension_numbers: dn([], [0], [0]), mode: 'clip' }],
    ['no updates', [smooth([4, 2], 13), tensor('i32', [0, 1], () => 0), tensor('f32', [0, 2], () => 0)], { dimension_numbers: dn([1], [0], [0]), mode: 'fill' }],
  ];
  for (const [name, ins, p] of cases) {
    it(name, () => {
      const oa: Aval[] = [{ shape: ins[0]!.shape, dtype: ins[0]!.dtype }];
      const rule = hostRule('scatter_add', p, ins);
      expect(rule, 'the fast rule is taken').to.not.equal(evalRules.scatter_add);
      same(rule(ins, p as never, oa, F32_CTX)[0]!, evalRules.scatter_add(ins as [Tensor, Tensor, Tensor], p, oa, F32_CTX)[0]!, name);
    });
  }
});
