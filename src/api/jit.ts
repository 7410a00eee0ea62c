// jit: under an enclosing trace it stages one `jit` call equation holding the traced sub-jaxpr
// (closed-over outer tracers become explicit operands); on concrete arguments it traces once per
// (pytree structure, avals with weak flags, static args), runs the pass pipeline, compiles (fusion
// plan, kernels, buffer plan; executables shared by alpha-equivalent jaxprs) and caches; later calls
// run the cached executable. `lower`/`compile` expose the stages. Imports trace, runtime, ir.
import type { Aval } from '../ir/dtype.js';
import type { Tensor } from '../ir/core.js';
import { InternalError, UserError } from '../ir/errors.js';
import { scalarTensor } from '../ir/eval-types.js';
import type { TreeDef } from '../trace/pytree.js';
import { flatten, unflatten } from '../trace/pytree.js';
import { innermostTrace } from '../trace/trace.js';
import { runExecutable } from '../runtime/executable.js';
import type { DeviceKind } from '../runtime/buffer.js';
import { Array } from './array.js';
import { checkDevice, defaultDeviceKind } from './devices.js';
import { runEntryWebGpu } from './jit-webgpu.js';
import type { Operand } from './bind.js';
import { bind, Scalar } from './bind.js';
import { toOperand } from './convert.js';
import { callKey, staticKey, staticPositions } from './jit-key.js';
import type { Entry, Lowered } from './jit-stages.js';
import { compiledOf, entryExecutable, loweredOf, traceEntry } from './jit-stages.js';
import { describeLeaf, leafAval, traceArgs } from './tracing.js';

export type { Compiled, Lowered } from './jit-stages.js';

export interface JitOptions {
  readonly staticArgnums?: readonly number[];
  /**
   * The device the compiled program runs on. Default: the device of the array arguments (all must be on
   * one: JAX's committed-device rule), else the default device (setDefaultDevice).
   */
  readonly device?: DeviceKind;
}

export interface Jitted {
  /** Traces held (one per signature); tests use it to prove caching. */
  cacheSize(): number;
  /** Traced and optimised for these arguments, not compiled. */
  lower(...args: unknown[]): Lowered;
}

/** A call's flat dynamic leaves, their avals and its cache key. */
interface Sig { readonly leaves: unknown[]; readonly avals: Aval[]; readonly key: string }

/** The static keys (checked first: a tracer, array or cycle there is a UserError) and dynamic leaves. */
function splitArgs(args: readonly unknown[], staticArgnums: readonly number[]): { statics: string[]; leaves: unknown[]; inTree: TreeDef } {
  const positions = staticPositions(staticArgnums, args.length);
  const statics = positions.map((i) => staticKey(i, args[i]));
  const isStatic = new Set(positions);
  const [leaves, inTree] = flatten(isStatic.size === 0 ? args : args.map((a, i) => (isStatic.has(i) ? null : a)));
  return { statics, leaves, inTree };
}

function signatureOf(args: readonly unknown[], staticArgnums: readonly number[]): Sig {
  const { statics, leaves, inTree } = splitArgs(args, staticArgnums);
  const avals = leaves.map((l, i) => leafAval('jit', l, `argument leaf ${i}`));
  return { leaves, avals, key: callKey(inTree, avals, statics) };
}

export function jit<F extends (...args: never[]) => unknown>(f: F, opts: JitOptions = {}): F & Jitted {
  if (typeof f !== 'function') {
    throw new UserError('args/not-a-function', 'jit', 'the first argument must be a function', describeLeaf(f), 'a function');
  }
  const staticArgnums = opts.staticArgnums ?? [];
  if (!globalThis.Array.isArray(staticArgnums) || staticArgnums.some((i) => !Number.isInteger(i))) {
    throw new UserError('args/static-argnum', 'jit', 'staticArgnums must be an array of integers', String(staticArgnums), 'e.g. [1] or [-1]');
  }
  const want = opts.device === undefined ? undefined : checkDevice('jit', opts.device);
  const name = f.name || 'fn';
  const fn = f as unknown as (...a: unknown[]) => unknown;
  const cache = new Map<string, Entry>();
  const entryFor = (args: readonly unknown[], sig: Sig): Entry => {
    let entry = cache.get(sig.key);
    if (!entry) {
      entry = traceEntry(name, fn, args, staticArgnums, sig.key);
      cache.set(sig.key, entry);
    }
    return entry;
  };
  const call = (...args: unknown[]): unknown => {
    const { statics, leaves, inTree } = splitArgs(args, staticArgnums);
    if (innermostTrace(leaves)) return stage(name, fn, args, staticArgnums);
    const avals = leaves.map((l, i) => leafAval('jit', l, `argument leaf ${i}`));
    const sig: Sig = { leaves, avals, key: callKey(inTree, avals, statics) };
    return runEntry(entryFor(args, sig), sig, 'jit', callDevice('jit', want, leaves));
  };
  const lower = (...args: unknown[]): Lowered => {
    const sig = signatureOf(args, staticArgnums);
    return loweredOf(entryFor(args, sig), (entry, device) => compiledOf(entry, device, (cargs) => {
      const csig = signatureOf(cargs, staticArgnums);
      callDevice('jit.compiled', device, csig.leaves);
      if (csig.key !== sig.key) {
        throw new UserError('jit/compiled-signature', 'jit.compiled', 'the arguments do not match the compiled signature', csig.avals.map(avalText).join(', '), sig.avals.map(avalText).join(', '), 'Call the jitted function itself to compile for new shapes, dtypes or static values');
      }
      return runEntry(entry, csig, 'jit.compiled', device);
    }), () => want ?? defaultDeviceKind());
  };
  return Object.assign(call, { cacheSize: () => cache.size, lower }) as unknown as F & Jitted;
}

const avalText = (a: Aval): string => `${a.dtype}[${a.shape.join(',')}]${a.weak ? '(weak)' : ''}`;

/**
 * The device of a call: `want` (jit's option) or the one device of its array arguments, else the
 * default device. Arrays on two devices, or on another device than `want`, are a UserError.
 */
export function callDevice(api: string, want: DeviceKind | undefined, leaves: readonly unknown[]): DeviceKind {
  const on = [...new Set(leaves.flatMap((l) => (l instanceof Array ? [l.device] : [])))];
  if (on.length > 1) throw new UserError('device/mixed', api, 'arguments are on different devices', on.join(' and '), 'arrays on one device', "Move one explicitly: x.to('webgpu') or await x.to('cpu')");
  if (want && on.length === 1 && on[0] !== want) {
    throw new UserError('device/committed', api, `an argument is on another device than the jit's`, `an array on ${on[0]}`, `arrays on ${want}`, want === 'webgpu' ? "Move it first: x.to('webgpu')" : "Move it first: await x.to('cpu')");
  }
  return want ?? on[0] ?? defaultDeviceKind();
}

function runEntry(entry: Entry, sig: Sig, api: string, device: DeviceKind): unknown {
  if (device === 'webgpu') return unflatten(entry.outTree, runEntryWebGpu(entry, sig.leaves, sig.avals, api));
  const exe = entryExecutable(entry);
  const inputs: Tensor[] = entry.consts.slice();
  for (let i = 0; i < sig.leaves.length; i++) inputs.push(tensorOfLeaf(sig.leaves[i], sig.avals[i]!));
  const outs = runExecutable(exe, inputs, api);
  const outvars = entry.traced.jaxpr.outvars;
  return unflatten(entry.outTree, outs.map((t, i) => Array.owning(t, !!outvars[i]!.aval.weak)));
}

function tensorOfLeaf(l: unknown, aval: Aval): Tensor {
  if (l instanceof Array) return l.hostTensor('jit');
  const o = toOperand('jit', l);
  if (o instanceof Array) return o.hostTensor('jit');
  if (o instanceof Scalar) return scalarTensor(o.value, aval.dtype, { precision: 'f32' });
  throw new InternalError('jit: a traced leaf reached the eager path');
}

/** Under an enclosing trace: trace f to a sub-jaxpr and bind one `jit` equation. */
function stage(name: string, f: (...a: unknown[]) => unknown, args: readonly unknown[], staticArgnums: readonly number[]): unknown {
  const statics = new Set(staticPositions(staticArgnums, args.length));
  const ft = traceArgs('jit', name, f, args, staticArgnums);
  const [leaves] = flatten(args.map((a, i) => (statics.has(i) ? null : a)));
  // The call's jaxpr takes its consts as leading inputs; they become consts of the enclosing trace.
  const { constvars, invars } = ft.jaxpr;
  const jaxpr = { ...ft.jaxpr, constvars: [], invars: [...constvars, ...invars] };
  const operands: Operand[] = [...(ft.constKeys as Array[]), ...ft.lifted, ...leaves.map((l) => toOperand('jit', l))];
  const outs = bind('jit', operands, { name, jaxpr });
  return unflatten(ft.outTree, outs);
}
