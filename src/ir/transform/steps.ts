// Transform steps of a text pipeline (`vmap{in_axes=4,out_axes=4,axis_size=5},jacrev,simplify`):
// the jaxpr-level meaning of each transform, as API.md states it for `kernax opt`. Imports only src/ir.
import type { Jaxpr } from '../core.js';
import { avalStr } from '../dtype.js';
import { UserError } from '../errors.js';
import { gradJaxpr, hessianJaxpr, jacfwdJaxpr, jacrevJaxpr, linearizeJaxpr, vjpJaxpr } from './autodiff.js';
import { jvpJaxpr } from './jvp.js';
import { transposeJaxpr } from './transpose.js';
import type { BDim } from './vmap-rules-types.js';
import { vmapJaxpr } from './vmap.js';

export interface StepSpec {
  readonly name: string;
  readonly options: Readonly<Record<string, unknown>>;
}

/** A step's result: one jaxpr, or two (linearize: known then linear) which ends a pipeline. */
export type StepResult = { readonly kind: 'one'; readonly jaxpr: Jaxpr } | { readonly kind: 'two'; readonly known: Jaxpr; readonly linear: Jaxpr };

const API = 'pipeline';

function allowOnly(step: StepSpec, keys: readonly string[]): void {
  for (const k of Object.keys(step.options)) {
    if (!keys.includes(k)) throw new UserError('pipeline/unknown-option', API, `unknown option '${k}' of step ${step.name}`, k, keys.length ? `one of ${keys.join(', ')}` : 'no options');
  }
}

function intOpt(step: StepSpec, key: string, required: boolean): number | undefined {
  const v = step.options[key];
  if (v === undefined && !required) return undefined;
  if (typeof v !== 'number' || !Number.isInteger(v)) throw new UserError('pipeline/bad-option', API, `${step.name}{${key}=…} must be an integer`, String(v), 'e.g. 5');
  return v;
}

/** One axis for every input, or a tuple with one entry (an integer or null) per input. */
function axesOpt(step: StepSpec, key: string, n: number, dflt: BDim): BDim[] {
  const v = step.options[key];
  if (v === undefined) return Array.from({ length: n }, () => dflt);
  if (v === null || typeof v === 'number') return Array.from({ length: n }, () => v as BDim);
  if (Array.isArray(v) && v.length === n && v.every((a) => a === null || Number.isInteger(a))) return v as BDim[];
  throw new UserError('pipeline/bad-option', API, `${step.name}{${key}=…} must be an integer, null, or a tuple with one entry per ${key === 'in_axes' ? 'input' : 'output'}`, JSON.stringify(v), `${n} entries`);
}

/** argnums=(…) as a mask over the inputs; all inputs by default. */
function argnumsMask(step: StepSpec, j: Jaxpr): boolean[] {
  const v = step.options.argnums;
  const n = j.invars.length;
  if (v === undefined) return j.invars.map(() => true);
  const list = typeof v === 'number' ? [v] : Array.isArray(v) ? v : null;
  if (!list || !list.every((a) => Number.isInteger(a) && a >= 0 && a < n)) {
    throw new UserError('pipeline/bad-option', API, `${step.name}{argnums=…} is out of range`, JSON.stringify(v), `input indices in 0..${n - 1}`);
  }
  return j.invars.map((_, i) => list.includes(i));
}

function requireFloatWrt(step: StepSpec, j: Jaxpr, mask: readonly boolean[]): void {
  mask.forEach((m, i) => {
    if (m && j.invars[i]!.aval.dtype !== 'f32') throw new UserError('pipeline/int-input', API, `${step.name} differentiates float inputs only`, `${avalStr(j.invars[i]!.aval)} at input ${i}`, 'float32 inputs (choose others with argnums)');
  });
}

function normAxis(step: StepSpec, a: BDim, rank: number, what: string): BDim {
  if (a === null) return null;
  if (a < -rank || a >= rank) throw new UserError('vmap/axis-out-of-range', API, `${step.name} ${what} is out of range`, `${a} for rank ${rank}`, `an axis in ${-rank}..${rank - 1}`);
  return a < 0 ? a + rank : a;
}

function vmapStep(step: StepSpec, j: Jaxpr): Jaxpr {
  allowOnly(step, ['in_axes', 'out_axes', 'axis_size']);
  const size = intOpt(step, 'axis_size', true)!;
  // The jaxpr is per-example: in_axes say where the new axis goes in each input.
  const inDims = axesOpt(step, 'in_axes', j.invars.length, 0).map((a, i) => normAxis(step, a, j.invars[i]!.aval.shape.length + 1, `in_axes for input ${i}`));
  const outDims = axesOpt(step, 'out_axes', j.outvars.length, 0).map((a, i) => normAxis(step, a, j.outvars[i]!.aval.shape.length + 1, `out_axes for output ${i}`));
  return vmapJaxpr(j, inDims, size, outDims).jaxpr;
}

/** Applies one transform step; returns null when `step.name` is not a transform (a pass, perhaps). */
export function applyTransformStep(step: StepSpec, j: Jaxpr): StepResult | null {
  const one = (jaxpr: Jaxpr): StepResult => ({ kind: 'one', jaxpr });
  const all = j.invars.map((v) => v.aval.dtype === 'f32');
  switch (step.name) {
    case 'jvp': allowOnly(step, []); return one(jvpJaxpr(j, all, true).jaxpr);
    case 'vjp': allowOnly(step, []); return one(vjpJaxpr(j, all));
    case 'grad': {
      allowOnly(step, ['argnums']);
      const m = argnumsMask(step, j);
      requireFloatWrt(step, j, m);
      const o = j.outvars[0]?.aval;
      if (j.outvars.length !== 1 || !o || o.shape.length !== 0 || o.dtype !== 'f32') throw new UserError('grad/non-scalar-output', API, 'grad needs one float scalar output', j.outvars.map((x) => avalStr(x.aval)).join(', ') || 'no outputs', 'f32[]');
      return one(gradJaxpr(j, m));
    }
    case 'jacfwd':
    case 'jacrev':
    case 'hessian': {
      allowOnly(step, ['argnums']);
      const m = argnumsMask(step, j);
      requireFloatWrt(step, j, m);
      const f = step.name === 'jacfwd' ? jacfwdJaxpr : step.name === 'jacrev' ? jacrevJaxpr : hessianJaxpr;
      return one(f(j, m));
    }
    case 'vmap': return one(vmapStep(step, j));
    case 'linearize': {
      allowOnly(step, []);
      const lin = linearizeJaxpr(j, all);
      return { kind: 'two', known: lin.known, linear: lin.linear };
    }
    case 'transpose': {
      allowOnly(step, ['residuals']);
      const r = intOpt(step, 'residuals', false) ?? 0;
      return one(transposeJaxpr(j, j.invars.map((_, i) => i >= r)));
    }
    default: return null;
  }
}

export const TRANSFORM_STEPS = ['jvp', 'vjp', 'grad', 'jacfwd', 'jacrev', 'hessian', 'vmap', 'linearize', 'transpose'] as const;
