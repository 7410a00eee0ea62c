// jacrev, jacfwd and hessian goldens: the text of jacrevJaxpr/jacfwdJaxpr/hessianJaxpr on the shared
// golden programs, each backed by numbers: jacrev against jacfwd and against float64 central finite
// differences; hessian against jacrev∘jacrev and against finite differences of jacrev; and the Jacobian
// of vmap(f), which must be block-diagonal over the mapped axis.
import { expect } from 'chai';
import type { Jaxpr, Tensor } from '../../src/ir/core.js';
import { size } from '../../src/ir/dtype.js';
import { evalJaxpr } from '../../src/ir/eval.js';
import { F32_CTX, F64_CTX, tensorFrom } from '../../src/ir/eval-types.js';
import { printJaxpr } from '../../src/ir/printer.js';
import { verifyJaxpr } from '../../src/ir/verify.js';
import { hessianJaxpr, jacfwdJaxpr, jacrevJaxpr } from '../../src/ir/transform/autodiff.js';
import { dceJaxpr } from '../../src/ir/transform/dce.js';
import { vmapJaxpr } from '../../src/ir/transform/vmap.js';
import { goldenCases } from '../helpers/golden.js';
import { normalizeJax } from '../helpers/jax-normalize.js';
import { program, traceProgram } from './golden-programs.js';
import { PROGRAMS as EXTRA, batchedInputs, type ProgramName } from './golden-programs-extra.js';

/** A differentiable source: the jaxpr (float outputs only), its consts and inputs (f64 data). */
export interface JacSource {
  readonly jaxpr: Jaxpr;
  readonly consts: readonly Tensor[];
  readonly inputs: readonly Tensor[];
}

const toF64 = (t: Tensor): Tensor => (t.dtype === 'f32' ? tensorFrom(t.shape, 'f32', t.data, F64_CTX) : t);

/** A shared golden program, keeping only the outputs `outs` (default: the f32 ones), dead code removed. */
export function fromProgram(name: string, outs?: readonly number[]): JacSource {
  const p = program(name);
  const cj = traceProgram(p);
  const keep = outs ?? cj.jaxpr.outvars.flatMap((o, i) => (o.aval.dtype === 'f32' ? [i] : []));
  const jaxpr = dceJaxpr({ ...cj.jaxpr, outvars: keep.map((i) => cj.jaxpr.outvars[i]!) });
  return { jaxpr, consts: cj.consts.map(toF64), inputs: p.inputs.map(toF64) };
}

/** A program of golden-programs-extra.ts, on its deterministic inputs. */
export function fromExtra(name: ProgramName): JacSource {
  const jaxpr = EXTRA[name].jaxpr();
  return { jaxpr, consts: [], inputs: batchedInputs(jaxpr, [], 0, EXTRA[name].ranges, 7).map(toF64) };
}

const floatMask = (j: Jaxpr) => j.invars.map((v) => v.aval.dtype === 'f32');

/**
 * Central differences of `src` along every element of every `wrt` input, laid out as the Jacobian
 * outputs: one per (output, wrt input), output-major, out elements major and in elements minor.
 */
export function finiteDifferenceJacobian(src: JacSource, wrt: readonly boolean[], eps = 1e-5): Float64Array[] {
  const { jaxpr, consts, inputs } = src;
  const blocks: Float64Array[][] = jaxpr.outvars.map(() => []);
  inputs.forEach((x, i) => {
    if (!wrt[i]) return;
    const n = x.data.length;
    const cols = jaxpr.outvars.map((o) => new Float64Array(size(o.aval.shape) * n));
    for (let k = 0; k < n; k++) {
      const at = (s: number) => inputs.map((t, j) => (j !== i ? t : { ...t, data: Float64Array.from(t.data, (v, m) => (m === k ? v + s * eps : v)) }));
      const plus = evalJaxpr(jaxpr, consts, at(1), F64_CTX);
      const minus = evalJaxpr(jaxpr, consts, at(-1), F64_CTX);
      plus.forEach((p, o) => p.data.forEach((v, r) => { cols[o]![r * n + k] = (v - Number(minus[o]!.data[r])) / (2 * eps); }));
    }
    cols.forEach((c, o) => blocks[o]!.push(c));
  });
  return blocks.flat();
}

/** Evaluates `jac` in float64, checks each output's shape (out.shape + in.shape) and returns the values. */
export function evalJacobian(src: JacSource, jac: Jaxpr, wrt: readonly boolean[], inRank = 1): Tensor[] {
  verifyJaxpr(jac, 'jacobian');
  const outs = evalJaxpr(jac, src.consts, src.inputs, F64_CTX);
  const wrtAvals = src.jaxpr.invars.filter((_, i) => wrt[i]).map((v) => v.aval);
  const shapes = src.jaxpr.outvars.flatMap((o) => expandShapes(o.aval.shape, wrtAvals.map((a) => a.shape), inRank));
  expect(outs.map((t) => [...t.shape]), 'Jacobian shapes').to.deep.equal(shapes);
  return outs;
}

/** out.shape + in.shape for every in (inRank 2: every pair of ins, for hessians). */
function expandShapes(out: readonly number[], ins: readonly (readonly number[])[], inRank: number): number[][] {
  if (inRank === 0) return [[...out]];
  return ins.flatMap((s) => expandShapes([...out, ...s], ins, inRank - 1));
}

/** |got - want| ≤ atol + rtol·|want| elementwise. */
export function expectAllClose(got: ArrayLike<number>, want: ArrayLike<number>, what: string, rtol = 1e-6, atol = 1e-7): void {
  expect(got.length, `${what} size`).to.equal(want.length);
  for (let i = 0; i < want.length; i++) {
    const g = Number(got[i]);
    const w = Number(want[i]);
    if (!(Math.abs(g - w) <= atol + rtol * Math.abs(w))) expect.fail(`${what}[flat ${i}]: got ${g}, expected ${w}`);
  }
}

interface JacCase {
  readonly src: () => JacSource;
  /** Default: every f32 input. */
  readonly wrt?: readonly boolean[];
}

const P = (name: string, wrt?: boolean[], outs?: number[]): JacCase => ({ src: () => fromProgram(name, outs), wrt });
const X = (name: ProgramName, wrt?: boolean[]): JacCase => ({ src: () => fromExtra(name), wrt });

const JACREV_CASES: Readonly<Record<string, JacCase>> = {
  sin_times_2: P('sin_times_2'),
  elementwise_chain: P('elementwise_chain'),
  elementwise_chain_wrt_y: P('elementwise_chain', [false, true]),
  unary_transcendental: P('unary_transcendental'),
  integer_pow: P('integer_pow'),
  binary_arith: P('binary_arith'),
  binary_arith_wrt_x: P('binary_arith', [true, false]),
  comparisons_where: P('comparisons_where'),
  size1_broadcast_mul: P('size1_broadcast_mul'),
  np_broadcast_add_scalar_out: P('np_broadcast_add'),
  layout_chain_rank3_out: P('layout_chain'),
  squeeze_expand_rev: P('squeeze_expand_rev'),
  reductions: P('reductions'),
  np_mean_var: P('np_mean_var'),
  softmax_rank4: P('softmax'),
  logsumexp: P('logsumexp'),
  activations: P('activations'),
  matmul: P('matmul'),
  matvec_wrt_v: P('matvec', [false, true]),
  batched_matmul: P('batched_matmul'),
  mlp_loss_wrt_params: P('mlp_loss', [false, true, true, true]),
  conv_nchw: P('conv_nchw'),
  conv_nhwc_grouped_wrt_w: P('conv_nhwc_strided_grouped', [false, true]),
  conv_lhs_dilation: P('conv_lhs_dilation'),
  max_pool: P('max_pool'),
  avg_pool_same: P('avg_pool_same'),
  slices_pads_concat: P('concatenate'),
  pad_value: P('pad_value'),
  dynamic_slice_update: P('dynamic_slice_update'),
  gather_rows: P('gather_rows'),
  scatter_add_rows: P('scatter_add_rows'),
  cumsum: P('cumsum'),
  sort_multi_operand: P('sort_multi_operand'),
  nested_jit: P('nested_jit'),
  closed_over_const: P('closed_over_const'),
  np_where_clip: P('np_where_clip'),
  int_input_passthrough: P('int_input_passthrough'),
  scalar_input: X('times2'),
};

const JACFWD_CASES: Readonly<Record<string, JacCase>> = {
  sin_times_2: P('sin_times_2'),
  elementwise_chain_wrt_y: P('elementwise_chain', [false, true]),
  unary_transcendental: P('unary_transcendental'),
  binary_arith: P('binary_arith'),
  softmax_rank4: P('softmax'),
  matmul: P('matmul'),
  conv_nchw: P('conv_nchw'),
  max_pool: P('max_pool'),
  gather_rows: P('gather_rows'),
  cumsum: P('cumsum'),
  nested_jit: P('nested_jit'),
  mlp_loss_wrt_params: P('mlp_loss', [false, true, true, true]),
};

const HESSIAN_CASES: Readonly<Record<string, JacCase>> = {
  sum_tanh: P('sum_tanh'),
  np_broadcast_add: P('np_broadcast_add'),
  log_softmax_nll_wrt_logits: P('log_softmax_nll', [true, false]),
  mlp_loss_wrt_b1_w2: P('mlp_loss', [false, false, true, true]),
  conv_layer_loss_wrt_w: P('conv_layer_loss', [false, true]),
  np_loss_mse_wrt_w: P('np_loss_mse', [true, false, false]),
  tanh_layer: X('tanh_layer'),
  mlp_tanh_loss_all: X('mlp_loss'),
  vector_output_elementwise_chain: P('elementwise_chain'),
  logsumexp_vector: P('logsumexp'),
};

const wrtOf = (k: JacCase, s: JacSource) => k.wrt ?? floatMask(s.jaxpr);

function checkJacrev(k: JacCase): void {
  const s = k.src();
  const wrt = wrtOf(k, s);
  const rev = evalJacobian(s, jacrevJaxpr(s.jaxpr, wrt), wrt);
  const fwd = evalJacobian(s, jacfwdJaxpr(s.jaxpr, wrt), wrt);
  const fd = finiteDifferenceJacobian(s, wrt);
  rev.forEach((r, i) => {
    expectAllClose(r.data, fwd[i]!.data, `jacrev vs jacfwd, block ${i}`, 1e-9, 1e-12);
    expectAllClose(r.data, fd[i]!, `jacrev vs finite differences, block ${i}`);
  });
}

function checkHessian(k: JacCase): void {
  const s = k.src();
  const wrt = wrtOf(k, s);
  const hess = evalJacobian(s, hessianJaxpr(s.jaxpr, wrt), wrt, 2);
  const revrev = evalJacobian(s, jacrevJaxpr(jacrevJaxpr(s.jaxpr, wrt), wrt), wrt, 2);
  const fd = finiteDifferenceJacobian({ ...s, jaxpr: jacrevJaxpr(s.jaxpr, wrt) }, wrt);
  hess.forEach((h, i) => {
    expectAllClose(h.data, revrev[i]!.data, `hessian vs jacrev∘jacrev, block ${i}`, 1e-9, 1e-12);
    expectAllClose(h.data, fd[i]!, `hessian vs finite differences of jacrev, block ${i}`, 1e-6, 1e-6);
  });
}

const texts = (cases: Readonly<Record<string, JacCase>>, t: (j: Jaxpr, wrt: readonly boolean[]) => Jaxpr) =>
  Object.fromEntries(Object.entries(cases).map(([n, k]) => [n, () => { const s = k.src(); return printJaxpr(t(s.jaxpr, wrtOf(k, s))); }]));

describe('jacrev goldens', () => {
  goldenCases('jacrev', texts(JACREV_CASES, jacrevJaxpr), { producer: 'test/transform/golden-jac.test.ts (jacrevJaxpr)' });
  for (const [name, k] of Object.entries(JACREV_CASES)) it(`jacrev/${name} equals jacfwd and finite differences`, () => checkJacrev(k));

  it("jacrev of sin(x)·x has JAX's structure (JAX's split/add-0 spelled as slice)", () => {
    // JAX 0.10.2, jax.make_jaxpr(jax.jacrev(lambda x: jnp.sin(x) * x))(jnp.ones(3)), with its
    // `add d 0`, `split` and repeated convert written as kernax's identity and slices.
    const jax = `{ lambda ; a:f32[3]. let
    b:i32[3,3] = iota[dimension=0 dtype=int32 shape=(3, 3) sharding=None]
    c:i32[3,3] = iota[dimension=1 dtype=int32 shape=(3, 3) sharding=None]
    d:bool[3,3] = eq b c
    e:f32[3,3] = convert_element_type[new_dtype=float32 weak_type=False] d
    f:f32[3,3] = slice[limit_indices=(3, 3) start_indices=(0, 0) strides=None] e
    g:f32[3] = sin a
    h:f32[3] = cos a
    _:f32[3] = mul g a
    i:f32[1,3] = broadcast_in_dim[broadcast_dimensions=(np.int64(1),)] g
    j:f32[3,3] = mul i f
    k:f32[1,3] = broadcast_in_dim[broadcast_dimensions=(np.int64(1),)] a
    l:f32[3,3] = mul f k
    m:f32[1,3] = broadcast_in_dim[broadcast_dimensions=(np.int64(1),)] h
    n:f32[3,3] = mul l m
    o:f32[3,3] = add_any j n
    p:f32[3,3] = slice[limit_indices=(3, 3) start_indices=(0, 0) strides=None] o
  in (p,) }`;
    const s = fromExtra('sin_times_x');
    expect(normalizeJax(printJaxpr(jacrevJaxpr(s.jaxpr, [true])))).to.equal(normalizeJax(jax));
  });

  it('the Jacobian of vmap(f) is block-diagonal over the mapped axis, its blocks vmap(jacrev(f))', () => {
    // f(w, x) = tanh(conv(x, w)) per view; views on axis 4 of x and of the output (the model program).
    const f = EXTRA.conv_tanh.jaxpr();
    const V = 3;
    const multi = vmapJaxpr(f, [null, 4], V, [4]).jaxpr;
    const [w, x] = batchedInputs(f, [null, 4], V, [], 3);
    const big = evalJaxpr(jacrevJaxpr(multi, [false, true]), [], [w!, x!], F32_CTX)[0]!;
    const perView = vmapJaxpr(jacrevJaxpr(f, [false, true]), [null, 4], V, [0]).jaxpr;
    const blocks = evalJaxpr(perView, [], [w!, x!], F32_CTX)[0]!;
    const outShape = multi.outvars[0]!.aval.shape; // [1,3,3,3,V]
    const inShape = multi.invars[1]!.aval.shape; // [1,2,5,5,V]
    expect([...big.shape]).to.deep.equal([...outShape, ...inShape]);
    const no = size(outShape) / V;
    const ni = size(inShape) / V;
    let diagonal = 0;
    for (let o = 0; o < no * V; o++) {
      for (let i = 0; i < ni * V; i++) {
        const got = big.data[o * ni * V + i]!;
        const [vo, vi] = [o % V, i % V];
        if (vo !== vi) {
          if (got !== 0) expect.fail(`off-diagonal entry (${o}, ${i}) = ${got}, expected exactly 0`);
          continue;
        }
        const want = blocks.data[(vo * no + Math.floor(o / V)) * ni + Math.floor(i / V)]!;
        if (Math.abs(got - want) > 1e-6 * (1 + Math.abs(want))) expect.fail(`diagonal entry (${o}, ${i}) = ${got}, vmap(jacrev(f)) gives ${want}`);
        if (want !== 0) diagonal++;
      }
    }
    expect(diagonal, 'nonzero diagonal entries').to.be.greaterThan(100);
  });
});

describe('jacfwd goldens', () => {
  goldenCases('jacfwd', texts(JACFWD_CASES, jacfwdJaxpr), { producer: 'test/transform/golden-jac.test.ts (jacfwdJaxpr)' });
  for (const [name, k] of Object.entries(JACFWD_CASES)) it(`jacfwd/${name} equals jacrev and finite differences`, () => checkJacrev(k));
});

describe('hessian goldens', () => {
  goldenCases('hessian', texts(HESSIAN_CASES, hessianJaxpr), { producer: 'test/transform/golden-jac.test.ts (hessianJaxpr)' });
  for (const [name, k] of Object.entries(HESSIAN_CASES)) it(`hessian/${name} equals jacrev∘jacrev and finite differences of jacrev`, () => checkHessian(k));
});
