// Tracing user functions over pytrees into ClosedJaxprs: makeJaxpr, evalShape and the internal traceFlat
// that transforms and jit build on. Imports trace, ir and the Array class.
import type { Atom, ClosedJaxpr, Jaxpr, Tensor } from '../ir/core.js';
import { newVar } from '../ir/core.js';
import type { Aval } from '../ir/dtype.js';
import { avalStr, parseDType, publicName } from '../ir/dtype.js';
import { UserError } from '../ir/errors.js';
import { printClosedJaxpr } from '../ir/printer.js';
import type { TreeDef } from '../trace/pytree.js';
import { flatten, isShapeSpec, unflatten } from '../trace/pytree.js';
import { Trace, Tracer } from '../trace/trace.js';
import { Array } from './array.js';
import { foreignKernax } from './convert.js';

/** The aval a leaf argument is traced at: arrays keep theirs (weak flag included), JS numbers are weak. */
export function leafAval(api: string, leaf: unknown, where: string): Aval {
  if (leaf instanceof Array || leaf instanceof Tracer) return leaf.aval;
  if (typeof leaf === 'number') return { shape: [], dtype: Number.isInteger(leaf) ? 'i32' : 'f32', weak: true };
  if (typeof leaf === 'boolean') return { shape: [], dtype: 'bool' };
  if (isShapeSpec(leaf)) {
    if (!leaf.shape.every((d) => Number.isInteger(d) && d >= 0)) {
      throw new UserError('args/bad-spec', api, `${where} has an invalid shape`, `[${leaf.shape}]`, 'non-negative integer dimensions');
    }
    return { shape: [...leaf.shape], dtype: parseDType(api, leaf.dtype) };
  }
  throw new UserError('args/bad-leaf', api, `${where} is not an array`, describeLeaf(leaf), 'an Array, a JS number or boolean, a {shape, dtype} spec, or arrays/objects of them');
}

export function describeLeaf(x: unknown): string {
  if (x instanceof Array || x instanceof Tracer) return avalStr(x.aval);
  if (x === null) return 'null';
  const foreign = foreignKernax(x);
  if (foreign) return foreign;
  if (typeof x === 'object') return x.constructor?.name ?? 'object';
  return `${typeof x} ${String(x)}`;
}

const deviceConsts = new WeakMap<Tensor, Array>();

/**
 * The host tensor a concrete array stands for as a trace const. A cpu array: its data. A webgpu array:
 * a tensor whose data is read (synchronously, so a UserError) only if the host needs it; jit on the
 * webgpu device binds the array's GPU value instead (`constSource`), so tracing never reads it.
 */
export function constTensor(x: Array): Tensor {
  if (x.device !== 'webgpu') return x.tensor();
  const t: Tensor = { shape: x.aval.shape, dtype: x.aval.dtype, get data() { return x.tensor('jit').data; } };
  deviceConsts.set(t, x);
  return t;
}

/** The webgpu array a const tensor of `constTensor` stands for (undefined for host data). */
export const constSource = (t: Tensor): Array | undefined => deviceConsts.get(t);

/** The atom an output leaf stands for in `trace`. */
function outAtom(api: string, trace: Trace, leaf: unknown, i: number): Atom {
  if (leaf instanceof Tracer) return trace.atomOf(leaf);
  if (leaf instanceof Array) return trace.constOf(leaf, constTensor(leaf), { shape: leaf.aval.shape, dtype: leaf.aval.dtype });
  if (typeof leaf === 'number' || typeof leaf === 'boolean') {
    const av = leafAval(api, leaf, `output ${i}`);
    return trace.literal(Number(leaf), av);
  }
  throw new UserError('trace/bad-output', api, `output leaf ${i} of the traced function is not an array`, describeLeaf(leaf), 'Arrays, JS numbers, or arrays/objects of them');
}

export interface FlatTrace {
  readonly jaxpr: Jaxpr;
  readonly consts: Tensor[];
  /** The objects (concrete Arrays) the consts were read from, in constvar order. */
  readonly constKeys: object[];
  /** Tracers of enclosing traces that became the leading invars of `jaxpr`. */
  readonly lifted: Tracer[];
  readonly outTree: TreeDef;
}

/**
 * Traces `f` on flat input avals: `f` receives tracers, returns a pytree. The returned jaxpr's invars
 * are the lifted outer tracers, then one per input aval.
 */
export function traceFlat(api: string, name: string, inAvals: readonly Aval[], f: (ins: Tracer[]) => unknown): FlatTrace {
  const trace = new Trace(name);
  let result: unknown;
  const invars = inAvals.map((a) => newVar(a));
  try {
    result = f(invars.map((v) => new Tracer(trace, v)));
    const [leaves, outTree] = flatten(result);
    const outs = leaves.map((l, i) => outAtom(api, trace, l, i));
    const built = trace.build(invars, outs);
    return { ...built, outTree };
  } finally {
    trace.finish();
  }
}

/** Attaches the canonical text as `toString` (non-enumerable; the object stays plain data). */
export function withText(cj: ClosedJaxpr): ClosedJaxpr {
  Object.defineProperty(cj, 'toString', { value: () => printClosedJaxpr(cj), enumerable: false });
  return cj;
}

export interface MakeJaxprOptions {
  readonly staticArgnums?: readonly number[];
}

function checkStatic(api: string, nargs: number, staticArgnums: readonly number[]): Set<number> {
  for (const i of staticArgnums) {
    if (!Number.isInteger(i) || i < -nargs || i >= nargs) {
      throw new UserError('args/static-argnum', api, 'staticArgnums entry is out of range', String(i), `an integer in ${-nargs}..${nargs - 1} for ${nargs} arguments`);
    }
  }
  return new Set(staticArgnums.map((i) => (i < 0 ? i + nargs : i)));
}

/**
 * Traces positional args (pytrees) with some positions static. Returns the flat trace and how to
 * rebuild outputs. Closed-over tracers of an enclosing trace become explicit leading inputs.
 */
export function traceArgs(api: string, name: string, f: (...args: unknown[]) => unknown, args: readonly unknown[], staticArgnums: readonly number[] = []): FlatTrace & { inTree: TreeDef; inAvals: Aval[] } {
  const statics = checkStatic(api, args.length, staticArgnums);
  const dynamic = args.map((a, i) => (statics.has(i) ? null : a));
  const [leaves, inTree] = flatten(dynamic);
  const inAvals = leaves.map((l, i) => leafAval(api, l, `argument leaf ${i}`));
  const ft = traceFlat(api, name, inAvals, (tracers) => {
    const rebuilt = unflatten(inTree, tracers) as unknown[];
    return f(...args.map((a, i) => (statics.has(i) ? a : rebuilt[i])));
  });
  return { ...ft, inTree, inAvals };
}

/** JAX's make_jaxpr: `makeJaxpr(f)(...args)` is the ClosedJaxpr of f on those args; `String()` prints it. */
export function makeJaxpr(f: (...args: never[]) => unknown, opts: MakeJaxprOptions = {}): (...args: unknown[]) => ClosedJaxpr {
  if (typeof f !== 'function') {
    throw new UserError('args/not-a-function', 'makeJaxpr', 'the first argument must be a function', describeLeaf(f), 'a function');
  }
  return (...args: unknown[]) => {
    const ft = traceArgs('makeJaxpr', f.name || 'fn', f as (...a: unknown[]) => unknown, args, opts.staticArgnums);
    return withText({ jaxpr: ft.jaxpr, consts: ft.consts });
  };
}

/** Shapes and dtypes of f's outputs, computing nothing. */
export function evalShape(f: (...args: never[]) => unknown, ...args: unknown[]): unknown {
  const ft = traceArgs('evalShape', f.name || 'fn', f as (...a: unknown[]) => unknown, args);
  const specs = ft.jaxpr.outvars.map((o) => ({ shape: [...o.aval.shape], dtype: publicName(o.aval.dtype) }));
  return unflatten(ft.outTree, specs);
}
