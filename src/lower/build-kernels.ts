// From a FusionPlan to Kernel IR: one loop kernel per planned loop kernel (its outputs' values inlined
// down to loads of materialised values, reductions as reduce statements at the shallowest level that
// defines their index), and one HostStep per host step. Kernels are simplified (index math folded,
// loops coalesced) by kir-simplify.ts. Imports only src/ir and src/lower.
import type { Atom, Jaxpr, Var } from '../ir/core.js';
import { InternalError } from '../ir/errors.js';
import type { BuildCtx, Index } from './build-ctx.js';
import { createBuildCtx, ktype, loopName, ravel } from './build-ctx.js';
import { fuseValue } from './build-ops.js';
import { reductionValue } from './build-reduce.js';
import type { HostStep, Kernel, KernelBuffer, Loop, Stmt, Step } from './kir.js';
import { simplifyKernel } from './kir-simplify.js';
import type { FusionPlan, PlanKernel } from './plan.js';
import { classify } from './plan-deps.js';

/** The jaxpr values bound to a step's buffers: inputs[k] is its input k, outputs[k] its output k. */
export interface StepBinding {
  readonly inputs: readonly Atom[];
  readonly outputs: readonly Var[];
}

export interface BuiltKernels {
  /** One step per plan kernel, in the plan's (launch) order. */
  readonly kernels: readonly Step[];
  readonly bindings: readonly StepBinding[];
}

export interface BuildOptions {
  /** Run kir-simplify (default true); false keeps the builder's raw index math (for tests). */
  readonly simplify?: boolean;
}

/** The Kernel IR of every step of `plan` (planned from `j`). */
export function buildKernels(j: Jaxpr, plan: FusionPlan, opts: BuildOptions = {}): BuiltKernels {
  const kernels: Step[] = [];
  const bindings: StepBinding[] = [];
  for (const pk of plan.kernels) {
    if (pk.kind === 'host') {
      const { step, binding } = buildHostStep(j, pk);
      kernels.push(step);
      bindings.push(binding);
    } else {
      const k = buildLoopKernel(j, pk);
      kernels.push(opts.simplify === false ? k : simplifyKernel(k));
      bindings.push({ inputs: pk.reads, outputs: pk.writes });
    }
  }
  return { kernels, bindings };
}

const buffer = (a: Atom): KernelBuffer => ({ dtype: ktypeOrF32(a), shape: [...a.aval.shape] });
/** float0 buffers (no data) are described as f32 of their shape: host steps never read their data. */
const ktypeOrF32 = (a: Atom) => (a.aval.dtype === 'float0' ? 'f32' : a.aval.dtype);

function buildHostStep(j: Jaxpr, pk: PlanKernel): { step: HostStep; binding: StepBinding } {
  const e = j.eqns[pk.eqns[0]!]!;
  const step: HostStep = {
    kind: 'host', name: pk.name, prim: e.prim, params: e.params,
    inputs: e.inputs.map(buffer), outputs: e.outputs.map(buffer),
  };
  return { step, binding: { inputs: e.inputs, outputs: e.outputs } };
}

/** A root's index: parallel loop i_k for its k-th non-unit dim, 0 on unit dims. */
function rootIndex(cx: BuildCtx, shape: readonly number[]): Index {
  let k = 0;
  return shape.map((n) => (n === 1 ? cx.K.c(0, 'i32') : cx.K.index(loopName(k++))));
}

/** Builds a planned loop kernel: values of its writes, then loops and stores around them. */
export function buildLoopKernel(j: Jaxpr, pk: PlanKernel): Kernel {
  const cx = createBuildCtx(j, pk.reads, fuseValue, reductionValue, (e) => classify(e) === 'reduce');
  const roots = pk.writes.map((v) => {
    const idx = rootIndex(cx, v.aval.shape);
    const ei = cx.producer.get(v.id);
    if (ei === undefined) throw new InternalError(`kernel builder: output v${v.id} has no producer`);
    // Through valueAt: memoised, and a multi-output eqn (threefry2x32) gets the index of this output.
    const value = cx.valueAt(v, idx);
    return { v, idx, value, dims: v.aval.shape.filter((n) => n !== 1) };
  });
  const reduces = cx.stmts;
  const maxRank = Math.max(0, ...roots.map((r) => r.dims.length));
  const L = reduces.length ? Math.max(0, ...reduces.map((s) => s.level)) : maxRank;
  const widest = roots.find((r) => r.dims.length >= L);
  if (!widest) throw new InternalError(`kernel builder: ${pk.name} has reductions deeper than its outputs`);
  const loops: Loop[] = widest.dims.slice(0, L).map((n, k) => ({ name: loopName(k), extent: n }));
  for (const r of roots) {
    if (r.dims.length < L || r.dims.slice(0, L).some((n, k) => n !== loops[k]!.extent)) {
      throw new InternalError(`kernel builder: ${pk.name}'s outputs do not share its parallel loops`);
    }
  }
  const stores: Stmt[] = roots.map((r, output) => ({
    kind: 'store', level: L, output,
    inner: r.dims.slice(L).map((n, k) => ({ name: loopName(L + k), extent: n })),
    index: ravel(cx.K, r.idx, r.v.aval.shape),
    value: r.value,
  }));
  const ordered = [...reduces].map((s, i) => ({ s, i })).sort((a, b) => a.s.level - b.s.level || a.i - b.i).map((x) => x.s);
  return {
    kind: 'loop',
    name: pk.name,
    inputs: pk.reads.map((v) => ({ dtype: ktype(v), shape: [...v.aval.shape] })),
    outputs: pk.writes.map((v) => ({ dtype: ktype(v), shape: [...v.aval.shape] })),
    loops,
    stmts: [...ordered, ...stores],
  };
}
