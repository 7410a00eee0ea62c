// jit, first stage: under a trace it stages a `jit` call equation holding the traced sub-jaxpr
// (closed-over outer tracers become explicit operands); on concrete arrays it traces once per
// signature and runs the reference interpreter. The compiled path (fusion, kernels) replaces the
// latter in the lowering issue. Imports trace, runtime, ir.
import type { Aval } from '../ir/dtype.js';
import { avalStr } from '../ir/dtype.js';
import type { ClosedJaxpr, Tensor } from '../ir/core.js';
import { InternalError, UserError } from '../ir/errors.js';
import { scalarTensor } from '../ir/eval-types.js';
import { interpret } from '../runtime/interpreter.js';
import type { TreeDef } from '../trace/pytree.js';
import { flatten, treeStr, unflatten } from '../trace/pytree.js';
import { innermostTrace } from '../trace/trace.js';
import { Array } from './array.js';
import type { Operand } from './bind.js';
import { bind, Scalar } from './bind.js';
import { toOperand } from './convert.js';
import { describeLeaf, leafAval, traceArgs } from './tracing.js';

export interface JitOptions {
  readonly staticArgnums?: readonly number[];
}

interface Entry { readonly cj: ClosedJaxpr; readonly outTree: TreeDef }

function signature(inTree: TreeDef, avals: readonly Aval[], statics: readonly unknown[]): string {
  const av = avals.map((a) => `${avalStr(a)}${a.weak ? '~w' : ''}`).join(',');
  return `${treeStr(inTree)}|${av}|${JSON.stringify(statics)}`;
}

export function jit<F extends (...args: never[]) => unknown>(f: F, opts: JitOptions = {}): F & { cacheSize(): number } {
  if (typeof f !== 'function') {
    throw new UserError('args/not-a-function', 'jit', 'the first argument must be a function', describeLeaf(f), 'a function');
  }
  const name = f.name || 'fn';
  const cache = new Map<string, Entry>();
  const fn = f as unknown as (...a: unknown[]) => unknown;
  const call = (...args: unknown[]): unknown => {
    const [leaves] = flatten(args);
    if (innermostTrace(leaves)) return stage(name, fn, args, opts.staticArgnums ?? []);
    const statics = (opts.staticArgnums ?? []).map((i) => args[i < 0 ? i + args.length : i]);
    const dyn = args.map((a, i) => ((opts.staticArgnums ?? []).some((s) => (s < 0 ? s + args.length : s) === i) ? null : a));
    const [dynLeaves, inTree] = flatten(dyn);
    const avals = dynLeaves.map((l, i) => leafAval('jit', l, `argument leaf ${i}`));
    const key = signature(inTree, avals, statics);
    let entry = cache.get(key);
    if (!entry) {
      const ft = traceArgs('jit', name, fn, args, opts.staticArgnums);
      entry = { cj: { jaxpr: ft.jaxpr, consts: ft.consts }, outTree: ft.outTree };
      cache.set(key, entry);
    }
    const inputs = dynLeaves.map((l, i) => tensorOfLeaf(l, avals[i]!));
    const outs = interpret(entry.cj, inputs).map((t, i) => Array.fromTensor(t, !!entry!.cj.jaxpr.outvars[i]!.aval.weak));
    return unflatten(entry.outTree, outs);
  };
  return Object.assign(call, { cacheSize: () => cache.size }) as unknown as F & { cacheSize(): number };
}

function tensorOfLeaf(l: unknown, aval: Aval): Tensor {
  const o = toOperand('jit', l);
  if (o instanceof Array) return o.tensor('jit');
  if (o instanceof Scalar) return scalarTensor(o.value, aval.dtype, { precision: 'f32' });
  throw new InternalError('jit: a traced leaf reached the eager path');
}

/** Under an enclosing trace: trace f to a sub-jaxpr and bind one `jit` equation. */
function stage(name: string, f: (...a: unknown[]) => unknown, args: readonly unknown[], staticArgnums: readonly number[]): unknown {
  const ft = traceArgs('jit', name, f, args, staticArgnums);
  const statics = new Set(staticArgnums.map((i) => (i < 0 ? i + args.length : i)));
  const [leaves] = flatten(args.map((a, i) => (statics.has(i) ? null : a)));
  // The call's jaxpr takes its consts as leading inputs; they become consts of the enclosing trace.
  const { constvars, invars } = ft.jaxpr;
  const jaxpr = { ...ft.jaxpr, constvars: [], invars: [...constvars, ...invars] };
  const operands: Operand[] = [...(ft.constKeys as Array[]), ...ft.lifted, ...leaves.map((l) => toOperand('jit', l))];
  const outs = bind('jit', operands, { name, jaxpr });
  return unflatten(ft.outTree, outs);
}
