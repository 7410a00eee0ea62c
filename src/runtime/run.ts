// Running an executable on host tensors: inputs checked against its avals, scratch slots reused
// between runs, kernels called on typed arrays, host steps evaluated with host-rules.ts (eval.ts's rules),
// outputs taken from the host pool (never aliasing scratch or inputs). Imports src/ir and the runtime's files.
import type { Tensor, TypedArray } from '../ir/core.js';
import type { DType } from '../ir/dtype.js';
import { avalStr, size } from '../ir/dtype.js';
import { InternalError, UserError } from '../ir/errors.js';
import { allocData, F32_CTX } from '../ir/eval-types.js';
import { EMPTY } from './buffer-plan.js';
import { hostRule } from './host-rules.js';
import { hostView as view, takeHost } from './host-pool.js';
import type { Executable, Launch } from './executable-types.js';

const EMPTY_DATA = new Uint8Array(0);

/** The run-independent values: literals and typed views of the intermediates over fresh slots. */
function allocScratch(exe: Executable): TypedArray[] {
  const slots = exe.plan.slotBytes.map((b) => new ArrayBuffer(b));
  return exe.buffers.map((info, b) => {
    if (info.role === 'literal') return info.literal!.data;
    if (info.role !== 'intermediate') return EMPTY_DATA;
    const s = exe.plan.slotOf[b]!;
    if (s === EMPTY) return allocData(info.aval.dtype, 0, F32_CTX);
    return view(info.aval.dtype, slots[s]!, size(info.aval.shape));
  });
}

/** Checks the inputs' number, dtypes and shapes against the executable's (a UserError otherwise). */
export function checkInputs(exe: Executable, inputs: readonly Tensor[], api: string): void {
  if (inputs.length !== exe.inAvals.length) {
    throw new UserError('executable/arity', api, 'wrong number of inputs', String(inputs.length), `${exe.inAvals.length} inputs`);
  }
  for (let i = 0; i < inputs.length; i++) {
    const t = inputs[i]!;
    const want = exe.inAvals[i]!;
    const ok = t.dtype === want.dtype && t.shape.length === want.shape.length && t.shape.every((d, k) => d === want.shape[k]);
    if (!ok) {
      throw new UserError('executable/input-type', api, `input ${i} has the wrong shape or dtype`, avalStr(t), avalStr(want), 'A compiled function runs only on the shapes and dtypes it was compiled for');
    }
  }
}

function runHost(exe: Executable, l: Extract<Launch, { kind: 'host' }>, vals: TypedArray[]): void {
  const ins = l.reads.map((b) => ({ shape: exe.buffers[b]!.aval.shape, dtype: exe.buffers[b]!.aval.dtype, data: vals[b]! }));
  const outs = hostRule(l.prim, l.params, ins)(ins, l.params as never, l.outAvals, F32_CTX);
  l.writes.forEach((b, k) => {
    const data = outs[k]!.data;
    // An output must own its memory: a rule that returned one of its inputs' arrays is copied.
    const info = exe.buffers[b]!;
    if (info.role === 'output') vals[b] = ins.some((t) => t.data === data) ? copyOf(data, info.aval.dtype) : data;
    else vals[b]!.set(data);
  });
}

/** The value array of a run: the scratch base (literals, views), inputs, fresh outputs of kernels. */
function initValues(exe: Executable, inputs: readonly Tensor[], base: readonly TypedArray[]): TypedArray[] {
  const vals = base.slice();
  for (let i = 0; i < inputs.length; i++) vals[exe.inputBuffers[i]!] = inputs[i]!.data;
  for (const f of exe.freshOutputs) vals[f.buffer] = takeHost(f.dtype, f.length);
  return vals;
}

/** A copy in (possibly pooled) host memory. */
function copyOf(data: TypedArray, dtype: DType): TypedArray {
  const out = takeHost(dtype, data.length);
  out.set(data);
  return out;
}

/** Runs `exe` on `inputs` (its constvars' values, then its invars'): fresh output tensors. */
export function runExecutable(exe: Executable, inputs: readonly Tensor[], api = 'executable'): Tensor[] {
  checkInputs(exe, inputs, api);
  // A nested run (not expected: host steps never call back) gets scratch of its own.
  const own = exe.scratch && !exe.scratch.busy ? exe.scratch : { base: allocScratch(exe), busy: false };
  if (!exe.scratch) exe.scratch = own;
  own.busy = true;
  try {
    const vals = initValues(exe, inputs, own.base);
    for (const l of exe.launches) {
      if (l.kind === 'kernel') l.fn(l.reads.map((b) => vals[b]!), l.writes.map((b) => vals[b]!));
      else runHost(exe, l, vals);
    }
    return exe.outputs.map((o, i) => {
      const aval = exe.outAvals[i]!;
      const data = vals[o.buffer];
      if (!data) throw new InternalError(`runExecutable: output ${i} was never written`);
      return { shape: aval.shape, dtype: aval.dtype, data: o.copy ? copyOf(data, aval.dtype) : data };
    });
  } finally {
    own.busy = false;
  }
}
