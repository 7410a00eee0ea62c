// Grad goldens: gradJaxpr(jaxpr, wrt) as printed (suite grad) and after 'simplify,cse,dce' (suite
// grad-simplified), one file per case, each checked against f64 central differences of the loss.
import { expect } from 'chai';
import { makeJaxpr, np } from '../../src/index.js';
import type { ClosedJaxpr, Jaxpr, Tensor } from '../../src/ir/core.js';
import { evalJaxpr } from '../../src/ir/eval.js';
import { F64_CTX } from '../../src/ir/eval-types.js';
import { parseJaxpr } from '../../src/ir/parser.js';
import { printJaxpr } from '../../src/ir/printer.js';
import { verifyJaxpr } from '../../src/ir/verify.js';
import { gradJaxpr } from '../../src/ir/transform/autodiff.js';
import { runPipelinePasses } from '../../src/ir/transform/pipeline.js';
import type { Tracer } from '../../src/trace/trace.js';
import { goldenCases } from '../helpers/golden.js';
import { normalizeJax } from '../helpers/jax-normalize.js';
import { PROGRAMS, program, traceProgram } from './golden-programs.js';
import type { GoldenProgram } from './golden-programs.js';

/** A loss over a program: output 0 itself when it is a scalar, else Σ over float outputs of sum(sin(out)). */
function lossJaxpr(prog: GoldenProgram): ClosedJaxpr {
  if (prog.scalar) return traceProgram(prog);
  const loss = (...args: Tracer[]) => {
    const out = (prog.fn as (...a: Tracer[]) => Tracer | Tracer[])(...args);
    const outs = (Array.isArray(out) ? out : [out]).filter((o) => o.aval.dtype === 'f32');
    return outs.map((o) => np.sum(np.sin(o))).reduce((a, b) => np.add(a, b));
  };
  return makeJaxpr(loss)(...prog.args);
}

interface GradCase {
  readonly prog: GoldenProgram;
  readonly wrt?: readonly boolean[];
}

/** Programs whose loss has a gradient through every float input worth pinning. */
const NAMES = [
  'sum_tanh', 'sin_times_2', 'elementwise_chain', 'unary_transcendental', 'unary_misc', 'integer_pow', 'binary_arith',
  'comparisons_where', 'logic_bool_select', 'int_shifts_scale', 'select_n_int', 'convert_types', 'stop_gradient',
  'size1_broadcast_mul', 'np_broadcast_add', 'layout_chain', 'squeeze_expand_rev', 'reductions', 'argmax_argmin',
  'np_mean_var', 'softmax', 'logsumexp', 'log_softmax_nll', 'activations', 'matmul', 'matvec', 'batched_matmul',
  'mlp_layer', 'mlp_loss', 'conv_nchw', 'conv_nhwc_strided_grouped', 'conv_lhs_dilation', 'conv_layer_loss',
  'max_pool', 'max_pool_overlap_same', 'avg_pool_same', 'max_pool_jvp_vjp', 'slice_strided', 'pad_interior_negative', 'pad_value',
  'concatenate', 'dynamic_slice_update', 'gather_rows', 'np_take', 'scatter_add_rows', 'iota_eye', 'cumsum',
  'sort_single', 'sort_multi_operand', 'random_scale', 'nested_jit', 'nested_jit_closure', 'closed_over_const',
  'np_where_clip', 'np_loss_mse', 'int_input_passthrough', 'np_scalar_weak',
];

const CASES: Readonly<Record<string, GradCase>> = {
  ...Object.fromEntries(NAMES.map((n) => [n, { prog: program(n) }])),
  mlp_loss_wrt_weights: { prog: program('mlp_loss'), wrt: [false, true, false, true] },
  matmul_wrt_rhs: { prog: program('matmul'), wrt: [false, true] },
};

const wrtOf = (c: GradCase) => c.wrt ?? c.prog.args.map((a) => a.dtype === 'float32');
const f64 = (t: Tensor): Tensor => (t.dtype === 'f32' ? { ...t, data: Float64Array.from(t.data) } : t);

const SIMPLIFY = 'simplify,cse,dce';
const grads = (c: GradCase) => {
  const cj = lossJaxpr(c.prog);
  const g = gradJaxpr(cj.jaxpr, wrtOf(c));
  return { cj, g, s: runPipelinePasses(g, SIMPLIFY) };
};

/**
 * Central differences of output 0 of `cj` w.r.t. every element of every `wrt` input, in f64, with the
 * values of top-level stop_gradient equations held at their values at the inputs.
 */
function finiteDifferences(cj: ClosedJaxpr, wrt: readonly boolean[], inputs: readonly Tensor[], eps = 1e-6): number[][] {
  const xs = inputs.map(f64);
  const j = cj.jaxpr;
  const sg = j.eqns.filter((e) => e.prim === 'stop_gradient').map((e) => e.outputs[0]!);
  const held = evalJaxpr({ ...j, outvars: sg }, cj.consts, xs, F64_CTX);
  const frozen: Jaxpr = { ...j, invars: [...j.invars, ...sg], eqns: j.eqns.filter((e) => e.prim !== 'stop_gradient') };
  const loss = (ins: Tensor[]) => Number(evalJaxpr(frozen, cj.consts, [...ins, ...held], F64_CTX)[0]!.data[0]);
  return xs.flatMap((x, i) => {
    if (!wrt[i]) return [];
    return [Array.from(x.data, (v, j) => {
      const at = (s: number) => xs.map((y, k) => (k === i ? { ...y, data: Float64Array.from(y.data, (w, m) => (m === j ? v + s : w)) } : y));
      return (loss(at(eps)) - loss(at(-eps))) / (2 * eps);
    })];
  });
}

function expectGradMatches(g: Jaxpr, cj: ClosedJaxpr, prog: GoldenProgram, fd: number[][], what: string): void {
  verifyJaxpr(g, what);
  const got = evalJaxpr(g, cj.consts, prog.inputs.map(f64), F64_CTX);
  expect(got.length, `${what}: one gradient per wrt input`).to.equal(fd.length);
  got.forEach((t, k) => {
    Array.from(t.data).forEach((v, j) => {
      const want = fd[k]![j]!;
      if (!(Math.abs(v - want) <= 1e-6 + 1e-6 * Math.abs(want))) expect.fail(`${what}: grad ${k}[${j}] = ${v}, finite difference ${want}\n${printJaxpr(g)}`);
    });
  });
}

/** Equations none of whose outputs is used (by a later equation or an outvar), through nested jaxprs. */
function deadEqns(j: Jaxpr): string[] {
  const used = new Set<number>();
  for (const o of j.outvars) if (o.kind === 'var') used.add(o.id);
  const dead: string[] = [];
  for (let k = j.eqns.length - 1; k >= 0; k--) {
    const e = j.eqns[k]!;
    if (!e.outputs.some((o) => used.has(o.id))) dead.push(e.prim);
    for (const a of e.inputs) if (a.kind === 'var') used.add(a.id);
    if (e.prim === 'jit') dead.push(...deadEqns(e.params.jaxpr));
  }
  return dead;
}

/** Names of equations that add, subtract or multiply by a materialised zero (a broadcast of literal 0). */
function zeroArithmetic(j: Jaxpr): string[] {
  const zeros = new Set<number>();
  const bad: string[] = [];
  for (const e of j.eqns) {
    const isZeroLit = (a: (typeof e.inputs)[number]) => a.kind === 'lit' && Number(a.value) === 0;
    if (e.prim === 'broadcast_in_dim' && isZeroLit(e.inputs[0]!)) zeros.add(e.outputs[0]!.id);
    const hasZero = e.inputs.some((a) => (a.kind === 'var' && zeros.has(a.id)) || isZeroLit(a));
    if (['add', 'add_any', 'sub', 'mul'].includes(e.prim) && hasZero) bad.push(e.prim);
    if (e.prim === 'jit') bad.push(...zeroArithmetic(e.params.jaxpr));
  }
  return bad;
}

const JAX_GRAD_SUM_TANH = `{ lambda ; a:f32[3]. let
    b:f32[3] = tanh a
    c:f32[3] = sub 1.0:f32[] b
    _:f32[] = reduce_sum[axes=(0,) out_sharding=None] b
    d:f32[3] = broadcast_in_dim 1.0:f32[]
    e:f32[3] = mul d c
    f:f32[3] = mul e b
    g:f32[3] = add_any e f
  in (g,) }`;

describe('grad goldens', () => {
  goldenCases('grad', Object.fromEntries(Object.entries(CASES).map(([k, c]) => [k, () => printJaxpr(grads(c).g)])), { producer: 'test/transform/golden-grad.test.ts (gradJaxpr)' });
  goldenCases('grad-simplified', Object.fromEntries(Object.entries(CASES).map(([k, c]) => [k, () => printJaxpr(grads(c).s)])), { producer: `test/transform/golden-grad.test.ts (gradJaxpr, then ${SIMPLIFY})` });

  describe('each gradient (raw and simplified) agrees with f64 central differences of the loss', () => {
    for (const [name, c] of Object.entries(CASES)) {
      it(name, () => {
        const { cj, g, s } = grads(c);
        const fd = finiteDifferences(cj, wrtOf(c), c.prog.inputs);
        expect(fd.flat().some((v) => Math.abs(v) > 1e-3), 'some gradient is nonzero').to.equal(true);
        expectGradMatches(g, cj, c.prog, fd, 'grad');
        expectGradMatches(s, cj, c.prog, fd, 'grad after simplify');
      });
    }
  });

  it('there are at least 25 grad cases', () => {
    expect(Object.keys(CASES).length).to.be.at.least(25);
  });

  it('every golden program is used by a grad case', () => {
    const used = new Set(Object.values(CASES).map((c) => c.prog.name));
    expect(PROGRAMS.map((q) => q.name).filter((n) => !used.has(n) && n !== 'threefry_bits')).to.deep.equal([]);
  });

  it('REFERENCE §1.2(b): grad of sum(tanh(x)) is JAX\'s text, modulo JAX-only params', () => {
    expect(normalizeJax(printJaxpr(grads(CASES.sum_tanh!).g))).to.equal(normalizeJax(JAX_GRAD_SUM_TANH));
  });

  it('after simplify,cse,dce no gradient has a dead equation or arithmetic with a materialised zero', () => {
    for (const [name, c] of Object.entries(CASES)) {
      const { s } = grads(c);
      expect(deadEqns(s), `dead equations in grad-simplified/${name}`).to.deep.equal([]);
      expect(zeroArithmetic(s), `arithmetic with zeros in grad-simplified/${name}`).to.deep.equal([]);
    }
  });

  it('the leftover checks are not vacuous', () => {
    expect(deadEqns(grads(CASES.sum_tanh!).g)).to.deep.equal(['reduce_sum']);
    const z = parseJaxpr('{ lambda ; a:f32[3]. let b:f32[3] = broadcast_in_dim[broadcast_dimensions=() shape=(3,)] 0.0:f32[]; c:f32[3] = add_any a b; d:f32[3] = mul c 0.0:f32[] in (d,) }');
    expect(zeroArithmetic(z)).to.deep.equal(['add_any', 'mul']);
  });

  it('the gradient of a matmul is dot_generals with no intermediate of rank > 2', () => {
    for (const name of ['matmul', 'matmul_wrt_rhs', 'mlp_layer', 'mlp_loss', 'np_loss_mse']) {
      for (const j of [grads(CASES[name]!).g, grads(CASES[name]!).s]) {
        const ranks = j.eqns.flatMap((e) => e.outputs.map((o) => o.aval.shape.length));
        expect(Math.max(...ranks), `${name}: rank of the largest intermediate`).to.be.at.most(2);
        expect(j.eqns.filter((e) => e.prim === 'dot_general').length, `${name}: dot_generals`).to.be.at.least(2);
      }
    }
  });

  it('conv gradients are convolutions (one forward, one per differentiated operand), no gathers or scatters', () => {
    for (const name of ['conv_nchw', 'conv_nhwc_strided_grouped', 'conv_lhs_dilation', 'conv_layer_loss']) {
      const { s } = grads(CASES[name]!);
      const prims = s.eqns.map((e) => e.prim);
      expect(prims.filter((q) => q === 'conv_general_dilated').length, name).to.equal(3);
      expect(prims.filter((q) => q === 'gather' || q === 'scatter_add' || q === 'dot_general'), name).to.deep.equal([]);
    }
  });
});
