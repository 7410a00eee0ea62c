// jit's call path on the webgpu device: the entry's webgpu executable run on GPU values. Arguments on
// webgpu are used in place; numbers and nested JS arrays are uploaded for the call; the trace's consts
// are uploaded once per entry; closed-over webgpu arrays are bound in place (never read back). Outputs
// are webgpu arrays (read with `await x.data()`). Imports runtime, ir.
import { InternalError } from '../ir/errors.js';
import type { Aval } from '../ir/dtype.js';
import { scalarTensor } from '../ir/eval-types.js';
import type { WebGpuDevice } from '../runtime/webgpu-device.js';
import type { GpuValue } from '../runtime/webgpu-exec.js';
import { releaseAfter, runExecutableWebGpu, uploadedValue } from '../runtime/webgpu-exec.js';
import { Array } from './array.js';
import { Scalar } from './bind.js';
import { toOperand } from './convert.js';
import { webGpuDeviceSync } from './devices.js';
import type { Entry } from './jit-stages.js';
import { entryExecutable } from './jit-stages.js';
import { constSource } from './tracing.js';

/** Per entry, its consts on the device: host consts uploaded once; a closed-over webgpu array in place. */
const constValues = new WeakMap<Entry, (GpuValue | Array)[]>();

function entryConsts(entry: Entry, d: WebGpuDevice, api: string): GpuValue[] {
  let consts = constValues.get(entry);
  if (!consts) { consts = entry.consts.map((t) => constSource(t) ?? uploadedValue(d, t, api)); constValues.set(entry, consts); }
  return consts.map((c) => (c instanceof Array ? c.gpuValue(api) : c));
}

/** Runs a jit entry on the webgpu device: flat output arrays. */
export function runEntryWebGpu(entry: Entry, leaves: readonly unknown[], avals: readonly Aval[], api: string): Array[] {
  const d = webGpuDeviceSync(api);
  const exe = entryExecutable(entry, 'webgpu');
  const consts = entryConsts(entry, d, api);
  const temps: GpuValue[] = [];
  const args = leaves.map((l, i): GpuValue => {
    if (l instanceof Array && l.device === 'webgpu') return l.gpuValue(api);
    const o = l instanceof Array ? l : toOperand(api, l);
    let v: GpuValue;
    if (o instanceof Array) v = uploadedValue(d, o.tensor(api), api);
    else if (o instanceof Scalar) v = uploadedValue(d, scalarTensor(o.value, avals[i]!.dtype, { precision: 'f32' }), api);
    else throw new InternalError('jit: a traced leaf reached the eager path');
    temps.push(v);
    return v;
  });
  const outs = runExecutableWebGpu(d, exe, [...consts, ...args], api);
  releaseAfter(d, temps, outs);
  const outvars = entry.traced.jaxpr.outvars;
  return outs.map((v, i) => new Array(v, outvars[i]!.aval.shape, outvars[i]!.aval.dtype, !!outvars[i]!.aval.weak));
}
