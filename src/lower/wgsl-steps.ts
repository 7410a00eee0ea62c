// Host steps of the fusion plan that the webgpu device runs as shaders of their own, in the call's
// compute pass, instead of reading their inputs back (scatter_add: wgsl-scatter.ts; sort: wgsl-sort.ts).
// Each is a list of dispatches, each binding some of the step's inputs then some of its outputs. The
// shaders need WebGPU's default limits only; the profile decides where a shader is slower than the
// read-back (sort on CPU adapters: `hostSort`) and whether sort's first key fits in workgroup memory.
// Imports only src/ir and src/lower.
import type { Aval } from '../ir/dtype.js';
import type { Params, Prim } from '../ir/primitives.js';
import type { WgslKernel } from './codegen-wgsl.js';
import type { DeviceProfile } from './wgsl-profile.js';
import { emitScatterAdd } from './wgsl-scatter.js';
import { emitSort } from './wgsl-sort.js';

/** One dispatch of a step: its shader, which of the step's inputs and outputs it binds, in order. */
export interface StepDispatch {
  readonly shader: WgslKernel;
  readonly reads: readonly number[];
  readonly writes: readonly number[];
}

/** WebGPU's default maxComputeWorkgroupsPerDimension. */
const MAX_X = 65535;

/** The dispatches host step `prim` runs as on a webgpu device of `profile`, or null: read back, CPU rule, upload. */
export function gpuStep(prim: Prim, params: unknown, ins: readonly Aval[], profile: DeviceProfile): readonly StepDispatch[] | null {
  if (prim === 'scatter_add') {
    const sh = emitScatterAdd(params as Params['scatter_add'], ins[0]!, ins[1]!, ins[2]!, MAX_X);
    if (!sh) return null;
    return [{ shader: sh.copy, reads: [0], writes: [0] }, ...(sh.scatter ? [{ shader: sh.scatter, reads: [1, 2], writes: [0] }] : [])];
  }
  if (prim === 'sort' && !(profile.tuning && profile.hostSort)) {
    const sh = emitSort(params as Params['sort'], ins, profile.maxComputeWorkgroupStorageSize);
    return sh && [{ shader: sh, reads: ins.map((_a, i) => i), writes: ins.map((_a, i) => i) }];
  }
  return null;
}
