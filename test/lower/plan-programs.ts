// Programs for the lowering tests: the issue's kernel-count programs (softmax, layernorm, hypot,
// relu(x@w+b), attention, the valueAndGrad of a 2-layer MLP) traced with the public API and optimised
// with OPTIMIZE_PIPELINE, plus every program of test/transform/golden-programs.ts; and `runPlanned`,
// which executes a plan step by step (loop kernels through the Kernel IR interpreter or a given
// runner, host steps through the reference rules). Test-only.
import { lax, makeJaxpr, nn, np, valueAndGrad } from '../../src/index.js';
import type { ClosedJaxpr, Jaxpr, Tensor, TypedArray } from '../../src/ir/core.js';
import { evalPrim } from '../../src/ir/eval.js';
import { F32_CTX, allocTensor, scalarTensor } from '../../src/ir/eval-types.js';
import type { Prim } from '../../src/ir/primitives.js';
import { OPTIMIZE_PIPELINE, runPipeline } from '../../src/ir/transform/run-pipeline.js';
import type { BuiltKernels } from '../../src/lower/build-kernels.js';
import { expandForKernels } from '../../src/lower/expand.js';
import type { Kernel } from '../../src/lower/kir.js';
import { isHostStep } from '../../src/lower/kir.js';
import type { Tracer } from '../../src/trace/trace.js';
import { PROGRAMS, uniform } from '../transform/golden-programs.js';
import { evalKernel } from './kir-eval.js';

type T = Tracer;
const f32 = (...shape: number[]) => ({ shape, dtype: 'float32' });

export interface LowerProgram {
  readonly name: string;
  readonly closed: ClosedJaxpr;
  readonly inputs: readonly Tensor[];
  /** The issue's bound on the number of loop kernels, where it sets one. */
  readonly maxKernels?: number;
}

/** The optimised jaxpr of a closed jaxpr (inline, fold, simplify, cse, dce), then expand.ts's rewrites: what kernelLaunches plans. */
export function optimize(cj: ClosedJaxpr): ClosedJaxpr {
  const r = runPipeline(cj.jaxpr, OPTIMIZE_PIPELINE);
  if (r.kind !== 'one') throw new Error('optimize: expected one jaxpr');
  return { jaxpr: expandForKernels(r.jaxpr), consts: cj.consts };
}

const layernorm = (x: T, g: T, b: T) => {
  const mu = np.mean(x, -1, { keepdims: true });
  const xc = np.subtract(x, mu);
  const v = np.mean(np.multiply(xc, xc), -1, { keepdims: true });
  return np.add(np.multiply(np.divide(xc, np.sqrt(np.add(v, 1e-5))), g), b);
};

const attention = (q: T, k: T, v: T) =>
  np.matmul(nn.softmax(np.divide(np.matmul(q, lax.transpose(k, [1, 0])), Math.sqrt(8)), -1), v);

interface MlpParams { w1: T; b1: T; w2: T; b2: T }
const mlpLoss = (p: MlpParams, x: T, y: T) => {
  const h = nn.relu(np.add(np.matmul(x, p.w1), p.b1));
  const logits = np.add(np.matmul(h, p.w2), p.b2);
  return np.negative(np.mean(np.sum(np.multiply(nn.logSoftmax(logits, -1), y), -1)));
};

function issueProgram(name: string, fn: (...a: never[]) => unknown, specs: unknown[], inputs: Tensor[], maxKernels: number): LowerProgram {
  return { name, closed: optimize(makeJaxpr(fn)(...specs)), inputs, maxKernels };
}

/** The issue's kernel-count programs with their bounds. */
export function issuePrograms(): LowerProgram[] {
  return [
    issueProgram('softmax_rows', (x: T) => nn.softmax(x, -1), [f32(6, 10)], [uniform([6, 10], 1, -3, 3)], 1),
    issueProgram('layernorm', layernorm, [f32(5, 8), f32(8), f32(8)], [uniform([5, 8], 2), uniform([8], 3), uniform([8], 4)], 1),
    issueProgram('hypot', (a: T, b: T) => np.sqrt(np.add(np.multiply(a, a), np.multiply(b, b))), [f32(7), f32(7)], [uniform([7], 5), uniform([7], 6)], 1),
    issueProgram('relu_dense', (x: T, w: T, b: T) => nn.relu(np.add(np.matmul(x, w), b)), [f32(4, 6), f32(6, 5), f32(5)], [uniform([4, 6], 7), uniform([6, 5], 8), uniform([5], 9)], 1),
    issueProgram('attention', attention, [f32(4, 8), f32(6, 8), f32(6, 3)], [uniform([4, 8], 10), uniform([6, 8], 11), uniform([6, 3], 12)], 3),
    issueProgram('mlp_value_and_grad', valueAndGrad(mlpLoss) as (...a: never[]) => unknown,
      [{ w1: f32(4, 8), b1: f32(8), w2: f32(8, 3), b2: f32(3) }, f32(5, 4), f32(5, 3)],
      // valueAndGrad flattens the params dict in key order: b1, b2, w1, w2.
      [uniform([8], 13), uniform([3], 14), uniform([4, 8], 15), uniform([8, 3], 16), uniform([5, 4], 17), uniform([5, 3], 18, 0, 1)], 12),
  ];
}

/** Every program of test/transform/golden-programs.ts, optimised. */
export function goldenPrograms(): LowerProgram[] {
  return PROGRAMS.map((p) => ({ name: p.name, closed: optimize(makeJaxpr(p.fn)(...p.args)), inputs: p.inputs }));
}

export type LoopRunner = (k: Kernel, inputs: readonly TypedArray[]) => TypedArray[];

/** Runs built steps in order over the jaxpr's consts and inputs; returns the jaxpr's outputs. */
export function runPlanned(j: Jaxpr, built: BuiltKernels, consts: readonly Tensor[], args: readonly Tensor[], run: LoopRunner = evalKernel): Tensor[] {
  const env = new Map<number, Tensor>();
  j.constvars.forEach((v, i) => env.set(v.id, consts[i]!));
  j.invars.forEach((v, i) => env.set(v.id, args[i]!));
  built.kernels.forEach((step, s) => {
    const b = built.bindings[s]!;
    const ins = b.inputs.map((a) => (a.kind === 'lit' ? scalarTensor(a.value, a.aval.dtype, F32_CTX) : env.get(a.id)!));
    if (isHostStep(step)) {
      const outs = evalPrim(step.prim as Prim, ins, step.params as never, F32_CTX);
      b.outputs.forEach((v, k) => env.set(v.id, outs[k]!));
      return;
    }
    const outs = run(step, ins.map((t) => t.data));
    b.outputs.forEach((v, k) => env.set(v.id, { ...allocTensor(v.aval, F32_CTX), data: outs[k]! }));
  });
  return j.outvars.map((a) => (a.kind === 'lit' ? scalarTensor(a.value, a.aval.dtype, F32_CTX) : env.get(a.id)!));
}
