// simplify goldens: the text of transformed programs (grads, jacrevs, hessians, vmaps) after the
// `simplify,cse,dce` pipeline; each checked for leftovers (dead eqns, zeros added, multiplications by
// one, transpose pairs) and evaluated before and after, which must agree exactly.
import { expect } from 'chai';
import type { Atom, Eqn, Jaxpr, Tensor } from '../../src/ir/core.js';
import { evalJaxpr } from '../../src/ir/eval.js';
import { F32_CTX } from '../../src/ir/eval-types.js';
import { printJaxpr } from '../../src/ir/printer.js';
import { verifyJaxpr } from '../../src/ir/verify.js';
import { gradJaxpr, hessianJaxpr, jacfwdJaxpr, jacrevJaxpr } from '../../src/ir/transform/autodiff.js';
import { jvpJaxpr } from '../../src/ir/transform/jvp.js';
import { runPipelinePasses } from '../../src/ir/transform/pipeline.js';
import { vmapJaxpr } from '../../src/ir/transform/vmap.js';
import { goldenCases } from '../helpers/golden.js';
import { program, traceProgram } from './golden-programs.js';
import { PROGRAMS as EXTRA, batchedInputs, f32, trace, type ProgramName } from './golden-programs-extra.js';
import { lax } from '../../src/index.js';
import type { Tracer } from '../../src/trace/trace.js';

const PIPELINE = 'simplify,cse,dce';

interface SimplifyCase {
  readonly jaxpr: Jaxpr;
  readonly consts: readonly Tensor[];
  readonly inputs: readonly Tensor[];
}

type Transform = (j: Jaxpr, wrt: boolean[]) => Jaxpr;
const floatMask = (j: Jaxpr) => j.invars.map((v) => v.aval.dtype === 'f32');

/** A shared golden program, transformed by `t` w.r.t. `wrt` (default: its f32 inputs), on its inputs. */
const P = (name: string, t: Transform, wrt?: boolean[]) => (): SimplifyCase => {
  const p = program(name);
  const cj = traceProgram(p);
  const mask = wrt ?? floatMask(cj.jaxpr);
  const jaxpr = t(cj.jaxpr, mask);
  // A jvp also takes one tangent per input in the mask: the primal values serve as directions.
  const tangents = jaxpr.invars.length > p.inputs.length ? p.inputs.filter((_, i) => mask[i]) : [];
  return { jaxpr, consts: cj.consts, inputs: [...p.inputs, ...tangents] };
};

/** A program of golden-programs-extra.ts vmapped after `t`, on batched inputs. */
const V = (name: ProgramName, t: (j: Jaxpr) => Jaxpr, inDims: (number | null)[], size: number) => (): SimplifyCase => {
  const src = t(EXTRA[name].jaxpr());
  const jaxpr = vmapJaxpr(src, inDims, size, src.outvars.map(() => 0)).jaxpr;
  return { jaxpr, consts: [], inputs: batchedInputs(src, inDims, size, EXTRA[name].ranges) };
};

const grad: Transform = (j, wrt) => gradJaxpr(j, wrt);
const jvp: Transform = (j, wrt) => jvpJaxpr(j, wrt, true).jaxpr;

const CASES: Readonly<Record<string, () => SimplifyCase>> = {
  grad_sum_tanh: P('sum_tanh', grad),
  grad_np_broadcast_add: P('np_broadcast_add', grad),
  grad_log_softmax_nll: P('log_softmax_nll', grad, [true, false]),
  grad_mlp_loss: P('mlp_loss', grad, [false, true, true, true]),
  grad_conv_layer_loss: P('conv_layer_loss', grad),
  grad_np_loss_mse: P('np_loss_mse', grad, [true, false, false]),
  jvp_elementwise_chain: P('elementwise_chain', jvp),
  jacrev_sin_times_2: P('sin_times_2', jacrevJaxpr),
  jacrev_softmax: P('softmax', jacrevJaxpr),
  jacrev_matvec_wrt_v: P('matvec', jacrevJaxpr, [false, true]),
  jacrev_layout_chain: P('layout_chain', jacrevJaxpr),
  jacrev_max_pool: P('max_pool', jacrevJaxpr),
  jacfwd_matmul: P('matmul', jacfwdJaxpr),
  hessian_sum_tanh: P('sum_tanh', hessianJaxpr),
  hessian_np_loss_mse: P('np_loss_mse', hessianJaxpr, [true, false, false]),
  vmap_per_example_conv_grads: V('conv_loss', (j) => gradJaxpr(j, [true, false]), [null, 0], 4),
  vmap_per_example_tanh_grads: V('tanh_layer', (j) => gradJaxpr(j, [true, false]), [null, 0], 5),
  vmap_jacrev_softmax: V('softmax', (j) => jacrevJaxpr(j, [true]), [1], 3),
  vmap_layout: V('layout', (j) => j, [1], 3),
};

const simplified = (c: SimplifyCase) => runPipelinePasses(c.jaxpr, PIPELINE, { verify: true });

/** The eqn binding each var of `j` (top level). */
function definitions(j: Jaxpr): Map<number, Eqn> {
  const m = new Map<number, Eqn>();
  for (const e of j.eqns) for (const o of e.outputs) m.set(o.id, e);
  return m;
}

/** The leftovers the pipeline must not leave, as readable lines (empty when clean). */
export function leftovers(j: Jaxpr): string[] {
  const found: string[] = [];
  const defs = definitions(j);
  const used = new Set<number>(j.outvars.flatMap((a) => (a.kind === 'var' ? [a.id] : [])));
  for (const e of j.eqns) for (const a of e.inputs) if (a.kind === 'var') used.add(a.id);
  const splat = (a: Atom): number | undefined => {
    if (a.kind === 'lit') return a.value;
    const d = defs.get(a.id);
    return d?.prim === 'broadcast_in_dim' ? splat(d.inputs[0]!) : undefined;
  };
  for (const e of j.eqns) {
    if (!e.outputs.some((o) => used.has(o.id))) found.push(`dead ${e.prim}`);
    if ((e.prim === 'add' || e.prim === 'add_any') && e.inputs.some((a) => a.kind === 'var' && splat(a) === 0)) found.push(`${e.prim} of a broadcast zero`);
    if (e.prim === 'mul' && e.inputs.some((a) => splat(a) === 1)) found.push('mul by one');
    if (e.prim === 'transpose' && e.inputs[0]!.kind === 'var' && defs.get(e.inputs[0]!.id)?.prim === 'transpose') found.push('transpose of a transpose');
  }
  return found;
}

/** Same shape, dtype and values (NaN equal to NaN; -0 equal to 0, the documented add-zero exception). */
function expectSame(got: Tensor, want: Tensor, what: string): void {
  expect([...got.shape], `${what} shape`).to.deep.equal([...want.shape]);
  expect(got.dtype, `${what} dtype`).to.equal(want.dtype);
  for (let i = 0; i < want.data.length; i++) {
    const [g, w] = [Number(got.data[i]), Number(want.data[i])];
    if (!(g === w || (Number.isNaN(g) && Number.isNaN(w)))) expect.fail(`${what}[flat ${i}]: ${g} after, ${w} before`);
  }
}

describe('simplify goldens', () => {
  goldenCases('simplify', Object.fromEntries(Object.entries(CASES).map(([n, mk]) => [n, () => printJaxpr(simplified(mk()))])),
    { producer: `test/transform/golden-simplify.test.ts (runPipelinePasses '${PIPELINE}')` });

  for (const [name, mk] of Object.entries(CASES)) {
    it(`simplify/${name}: no leftovers, and the same values before and after`, () => {
      const c = mk();
      verifyJaxpr(c.jaxpr, 'before');
      const after = simplified(c);
      expect(leftovers(after), printJaxpr(after)).to.deep.equal([]);
      expect(after.eqns.length, 'eqn count').to.be.at.most(c.jaxpr.eqns.length);
      const want = evalJaxpr(c.jaxpr, c.consts, c.inputs, F32_CTX);
      const got = evalJaxpr(after, c.consts, c.inputs, F32_CTX);
      want.forEach((w, i) => expectSame(got[i]!, w, `output ${i}`));
    });
  }

  it('the leftover check finds each kind of leftover', () => {
    const bad = jacrevJaxpr(traceProgram(program('layout_chain')).jaxpr, [true]);
    expect(leftovers(bad)).to.include('dead transpose');
    const g = gradJaxpr(EXTRA.tanh_layer.jaxpr(), [true, false]);
    const vg = vmapJaxpr(g, [null, 0], 5, [0]).jaxpr;
    expect(leftovers(vg)).to.include.members(['mul by one', 'dead reduce_sum']);
    const tt = trace((x: Tracer) => lax.add(lax.transpose(lax.transpose(x, [1, 0]), [1, 0]), 0.0), f32(2, 3));
    expect(leftovers(tt)).to.deep.equal(['transpose of a transpose']);
    expect(leftovers(simplified({ jaxpr: tt, consts: [], inputs: [] }))).to.deep.equal([]);
  });
});
