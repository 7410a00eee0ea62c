// Transpose rules of dot_general, conv_general_dilated, reduce_window_sum and the max-pooling pair:
// the dot-product test on the f64 reference interpreter, and JAX's emitted eqns (JAX 0.10.2 values).
import { expect } from 'chai';
import type { Jaxpr } from '../../src/ir/core.js';
import type { Pair, Params, WindowParams } from '../../src/ir/primitives.js';
import { build, checkTranspose, f32, randTensor } from './transpose-check.js';

type ConvParams = Params['conv_general_dilated'];
type DotDims = Params['dot_general']['dimension_numbers'];

const NCHW = { lhs_spec: [0, 1, 2, 3], rhs_spec: [0, 1, 2, 3], out_spec: [0, 1, 2, 3] };
const NHWC = { lhs_spec: [0, 3, 1, 2], rhs_spec: [3, 2, 0, 1], out_spec: [0, 3, 1, 2] };

function convParams(o: Partial<ConvParams>): ConvParams {
  return {
    window_strides: [1, 1], padding: [[0, 0], [0, 0]], lhs_dilation: [1, 1], rhs_dilation: [1, 1], dimension_numbers: NCHW,
    feature_group_count: 1, batch_group_count: 1, preferred_element_type: 'f32', ...o,
  };
}

/** Checks the conv transposed wrt lhs and wrt rhs (separately: it is bilinear). */
function checkConv(lhs: number[], rhs: number[], p: ConvParams): { lhsText: string; rhsText: string } {
  const j = build([f32(...lhs), f32(...rhs)], (b, x, w) => b.conv(x, w, p));
  const ins = [randTensor(lhs, 1), randTensor(rhs, 2)];
  return { lhsText: checkTranspose(j, [true, false], ins).text, rhsText: checkTranspose(j, [false, true], ins).text };
}

describe('transpose rules: conv_general_dilated', () => {
  it('stride 2 and asymmetric padding', () => {
    checkConv([2, 3, 7, 6], [4, 3, 3, 2], convParams({ window_strides: [2, 1], padding: [[1, 0], [2, 1]] }));
  });

  it('lhs and rhs dilation', () => {
    checkConv([1, 2, 4, 5], [3, 2, 2, 2], convParams({ window_strides: [1, 2], padding: [[1, 1], [0, 0]], lhs_dilation: [2, 1], rhs_dilation: [1, 2] }));
  });

  it('strides that leave input rows uncovered, and negative padding', () => {
    checkConv([1, 1, 10], [2, 1, 3], convParams({ window_strides: [3], padding: [[0, 0]], lhs_dilation: [1], rhs_dilation: [1], dimension_numbers: { lhs_spec: [0, 1, 2], rhs_spec: [0, 1, 2], out_spec: [0, 1, 2] } }));
    checkConv([1, 2, 8, 6], [2, 2, 3, 3], convParams({ window_strides: [2, 2], padding: [[-1, 2], [1, -1]] }));
  });

  it('feature_group_count 2 (lhs: kernel regrouped; rhs: becomes batch_group_count)', () => {
    const t = checkConv([2, 4, 5, 5], [6, 2, 3, 3], convParams({ feature_group_count: 2, window_strides: [2, 2], padding: [[1, 1], [0, 1]], rhs_dilation: [1, 2] }));
    expect(t.lhsText).to.contain('feature_group_count=2');
    expect(t.rhsText).to.contain('batch_group_count=2');
  });

  it('batch_group_count 2 (lhs: feature_group_count 2 and an output regroup; rhs: becomes feature_group_count)', () => {
    const t = checkConv([4, 3, 5, 5], [6, 3, 3, 3], convParams({ batch_group_count: 2, window_strides: [1, 2], padding: [[1, 1], [1, 0]] }));
    expect(t.lhsText).to.contain('feature_group_count=2');
    expect(t.rhsText).to.contain('feature_group_count=2');
  });

  it('NHWC/HWIO with feature groups, as JAX: padding ((1,1),(4,4)), lhs_dilation = strides', () => {
    const t = checkConv([2, 5, 5, 4], [3, 3, 2, 6], convParams({
      dimension_numbers: NHWC, feature_group_count: 2, window_strides: [2, 2], padding: [[1, 1], [0, 1]], rhs_dilation: [1, 2],
    }));
    expect(t.lhsText).to.contain('padding=((1, 1), (4, 4))');
    expect(t.lhsText).to.contain('lhs_dilation=(2, 2)');
    expect(t.lhsText).to.contain('rev[dimensions=(0, 1)]');
  });

  it('NHWC/HWIO with batch groups and dilations', () => {
    checkConv([4, 6, 5, 3], [2, 3, 3, 4], convParams({
      dimension_numbers: NHWC, batch_group_count: 2, window_strides: [2, 1], padding: [[0, 1], [2, 0]], lhs_dilation: [1, 2], rhs_dilation: [2, 1],
    }));
  });
});

function dotJaxpr(lhs: number[], rhs: number[], dn: DotDims): Jaxpr {
  return build([f32(...lhs), f32(...rhs)], (b, x, y) => b.dotGeneral(x, y, dn));
}

function checkDot(lhs: number[], rhs: number[], dn: DotDims): [string, string] {
  const j = dotJaxpr(lhs, rhs, dn);
  const ins = [randTensor(lhs, 3), randTensor(rhs, 4)];
  return [checkTranspose(j, [true, false], ins).text, checkTranspose(j, [false, true], ins).text];
}

describe('transpose rules: dot_general', () => {
  it('matmul: one dot_general per side, no large intermediate', () => {
    const [tl, tr] = checkDot([4, 3], [3, 5], [[[1], [0]], [[], []]]);
    for (const t of [tl, tr]) {
      expect(t.match(/dot_general/g)).to.have.length(1);
      const ranks = [...t.matchAll(/f32\[([\d,]*)\] =/g)].map((m) => m[1]!.split(',').length);
      expect(Math.max(...ranks)).to.equal(2);
    }
    expect(tl).to.not.contain('transpose');
    // JAX: rhs̄ = transpose(dot_general(ct, lhs, contracting (0, 0)), (1, 0))
    expect(tr).to.contain('c:f32[5,3] = dot_general[');
    expect(tr).to.contain('dimension_numbers=(([0], [0]), ([], []))');
    expect(tr).to.contain('] b a');
    expect(tr).to.contain('transpose[permutation=(1, 0)]');
  });

  it('batch dims and several contracting dims out of order (JAX: dn (([2],[1]),([0],[0])), perm (0,3,1,2))', () => {
    const [tl] = checkDot([2, 4, 6, 3], [2, 5, 3, 4], [[[1, 3], [3, 2]], [[0], [0]]]);
    expect(tl).to.contain('dimension_numbers=(([2], [1]), ([0], [0]))');
    expect(tl).to.contain('transpose[permutation=(0, 3, 1, 2)]');
  });

  it('batch dims in the middle, vector dot, outer product', () => {
    checkDot([3, 2, 4], [4, 2, 5], [[[2], [0]], [[1], [1]]]);
    checkDot([6], [6], [[[0], [0]], [[], []]]);
    checkDot([3], [4], [[[], []], [[], []]]);
  });
});

const win = (o: Partial<WindowParams> & { window_dimensions: number[] }): WindowParams => {
  const ones = o.window_dimensions.map(() => 1);
  return { window_strides: ones, padding: ones.map((): Pair => [0, 0]), base_dilation: ones, window_dilation: ones, ...o };
};

describe('transpose rules: windowed reductions', () => {
  it('reduce_window_sum with stride and SAME padding (JAX: pad ((1,0,1),(1,0,0)) then window strides 1)', () => {
    const p = win({ window_dimensions: [2, 2], window_strides: [2, 1], padding: [[0, 1], [0, 1]] });
    const r = checkTranspose(build([f32(5, 4)], (b, x) => b.reduceWindowSum(x, p)), [true], [randTensor([5, 4], 1)]);
    expect(r.text).to.contain('padding_config=((1, 0, 1), (1, 0, 0))');
    expect(r.text).to.contain('window_strides=(1, 1)');
  });

  it('reduce_window_sum with base and window dilation, and lo padding', () => {
    const p = win({ window_dimensions: [2, 2], window_strides: [1, 2], padding: [[1, 0], [0, 1]], base_dilation: [2, 1], window_dilation: [1, 2] });
    checkTranspose(build([f32(3, 5)], (b, x) => b.reduceWindowSum(x, p)), [true], [randTensor([3, 5], 2)]);
  });

  it('select_and_gather_add in the tangents ↔ select_and_scatter_add in the source', () => {
    const p = win({ window_dimensions: [2, 3], window_strides: [2, 2], padding: [[0, 0], [1, 0]] });
    const g = build([f32(4, 6), f32(4, 6)], (b, t, x) => b.bind1('select_and_gather_add', [t, x], p));
    const r = checkTranspose(g, [true, false], [randTensor([4, 6], 1), randTensor([4, 6], 2)]);
    expect(r.text).to.contain('select_and_scatter_add');
    const s = build([f32(2, 3), f32(4, 6)], (b, src, x) => b.bind1('select_and_scatter_add', [src, x], p));
    const q = checkTranspose(s, [true, false], [randTensor([2, 3], 3), randTensor([4, 6], 2)]);
    expect(q.text).to.contain('select_and_gather_add');
  });
});
