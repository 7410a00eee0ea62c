// bind: the one door from the op surface into the IR. On tracers it records an equation into the
// innermost trace; on concrete arrays it runs the primitive eagerly through the compiled machinery: a
// one-equation jaxpr compiled once per (prim, params, input avals) and cached. Imports trace, runtime, ir.
import type { Atom, Eqn, Jaxpr, Tensor } from '../ir/core.js';
import { newVar } from '../ir/core.js';
import type { Aval, DType } from '../ir/dtype.js';
import { abstractEval } from '../ir/abstract-eval.js';
import { scalarTensor } from '../ir/eval-types.js';
import { avalKey, paramsKey } from '../ir/hash.js';
import type { Params, Prim } from '../ir/primitives.js';
import type { Executable } from '../runtime/executable.js';
import { getExecutable, runExecutable } from '../runtime/executable.js';
import type { DeviceKind } from '../runtime/buffer.js';
import type { GpuValue } from '../runtime/webgpu-exec.js';
import { releaseAfter, runExecutableWebGpu, uploadedValue } from '../runtime/webgpu-exec.js';
import { UserError } from '../ir/errors.js';
import { Trace, Tracer, innermostTrace } from '../trace/trace.js';
import { Array } from './array.js';
import { webGpuDeviceSync } from './devices.js';
import { constTensor } from './tracing.js';

/** A scalar constant with a chosen aval: what a JS number becomes once its dtype is decided. */
export class Scalar {
  constructor(readonly value: number, readonly aval: Aval) {}
}

/** What a primitive may be applied to. */
export type Operand = Array | Tracer | Scalar;
/** A value produced by an op: concrete or traced. */
export type Value = Array | Tracer;

export const EVAL_CTX = { precision: 'f32' } as const;

function atomIn(trace: Trace, x: Operand): Atom {
  if (x instanceof Tracer) return trace.atomOf(x);
  if (x instanceof Scalar) return trace.literal(x.value, x.aval);
  return trace.constOf(x, constTensor(x), { shape: x.aval.shape, dtype: x.aval.dtype });
}

function tensorOf(x: Array | Scalar): Tensor {
  return x instanceof Scalar ? scalarTensor(x.value, x.aval.dtype, EVAL_CTX) : x.hostTensor();
}

/** Applies a primitive to operands: traced when any operand is a tracer, eager otherwise. */
export function bind<P extends Prim>(prim: P, operands: readonly Operand[], params: Params[P]): Value[] {
  const trace = innermostTrace(operands);
  if (trace) return trace.bind(prim, operands.map((x) => atomIn(trace, x)), params);
  const concrete = operands as readonly (Array | Scalar)[];
  // Abstract eval first: the same shape/dtype errors as under a trace, and the weak flags of the results.
  const inAvals = concrete.map((x) => x.aval);
  const outAvals = abstractEval(prim, inAvals, params);
  if (eagerDevice(prim, concrete) === 'webgpu') return bindWebGpu(prim, params, concrete, inAvals, outAvals);
  const exe = eagerExecutable(prim, params, inAvals, outAvals);
  const outs = runExecutable(exe, concrete.map(tensorOf), prim);
  return outs.map((t, i) => Array.owning(t, !!outAvals[i]!.weak));
}

/** The device of an eager op: its arrays' one device (scalars are uncommitted); mixing is a UserError. */
function eagerDevice(prim: Prim, xs: readonly (Array | Scalar)[]): DeviceKind {
  let dev: DeviceKind = 'cpu';
  let seen = false;
  for (const x of xs) {
    if (!(x instanceof Array)) continue;
    if (seen && x.device !== dev) {
      throw new UserError('device/mixed', prim, 'operands are on different devices', `arrays on ${dev} and ${x.device}`, 'operands on one device', "Move one explicitly (JAX's committed-device rule): x.to('webgpu') or await x.to('cpu')");
    }
    dev = x.device;
    seen = true;
  }
  return dev;
}

/** An eager op on webgpu arrays: its one-equation executable run on the device. */
function bindWebGpu<P extends Prim>(prim: P, params: Params[P], xs: readonly (Array | Scalar)[], inAvals: readonly Aval[], outAvals: readonly Aval[]): Value[] {
  const d = webGpuDeviceSync(prim);
  const exe = eagerExecutable(prim, params, inAvals, outAvals, 'webgpu');
  const temps: GpuValue[] = [];
  const ins = xs.map((x) => {
    if (x instanceof Array) return x.gpuValue(prim);
    const v = uploadedValue(d, tensorOf(x), prim);
    temps.push(v);
    return v;
  });
  const outs = runExecutableWebGpu(d, exe, ins, prim);
  releaseAfter(d, temps, outs);
  return outs.map((v, i) => new Array(v, outAvals[i]!.shape, outAvals[i]!.dtype, !!outAvals[i]!.weak));
}

const eagerCache = new Map<string, Executable>();

/** The executable of one primitive application, by (device, prim, params, input avals with weak flags). */
function eagerExecutable<P extends Prim>(prim: P, params: Params[P], inAvals: readonly Aval[], outAvals: readonly Aval[], device: DeviceKind = 'cpu'): Executable {
  let key = `${device}:${prim}${paramsKey(params)}(`;
  for (const a of inAvals) key += `${avalKey(a)},`;
  let exe = eagerCache.get(key);
  if (!exe) {
    const invars = inAvals.map((a) => newVar(a));
    const outputs = outAvals.map((a) => newVar(a));
    const eqn = { prim, params, inputs: invars, outputs } as unknown as Eqn;
    const j: Jaxpr = { constvars: [], invars, eqns: [eqn], outvars: outputs };
    exe = getExecutable(j, { device });
    eagerCache.set(key, exe);
  }
  return exe;
}

/** Eager signatures compiled so far (tests prove eager caching with it). */
export function eagerCacheSize(): number {
  return eagerCache.size;
}

export function bind1<P extends Prim>(prim: P, operands: readonly Operand[], params: Params[P]): Value {
  return bind(prim, operands, params)[0]!;
}

export function avalOf(x: Operand): Aval {
  return x.aval;
}

export function scalar(value: number, dtype: DType, weak = false): Scalar {
  return new Scalar(value, weak ? { shape: [], dtype, weak: true } : { shape: [], dtype });
}
