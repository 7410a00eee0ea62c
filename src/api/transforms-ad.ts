// The autodiff transforms of the public API: jvp, linearize, vjp, grad, valueAndGrad, linearTranspose.
// Each traces the user function, rewrites the jaxpr (src/ir/transform) and binds the result into the
// caller: evaluated eagerly on concrete arrays, recorded on tracers.
import { avalStr } from '../ir/dtype.js';
import type { Aval } from '../ir/dtype.js';
import { UserError } from '../ir/errors.js';
import { gradJaxpr, linearizeJaxpr } from '../ir/transform/autodiff.js';
import { jvpJaxpr } from '../ir/transform/jvp.js';
import { transposeJaxpr } from '../ir/transform/transpose.js';
import type { TreeDef } from '../trace/pytree.js';
import { flatten, numLeaves, treeEq, treeStr, unflatten } from '../trace/pytree.js';
import { applyJaxpr } from './apply.js';
import { Array } from './array.js';
import type { Operand, Value } from './bind.js';
import { toOperand } from './convert.js';
import type { TransformTrace } from './transform-trace.js';
import { normalizeArgnums, traceForTransform, wrtMask } from './transform-trace.js';

type Fn = (...args: never[]) => unknown;
const call = (f: Fn) => f as unknown as (...a: unknown[]) => unknown;

/** A float0 array: the (data-less) tangent or cotangent of an integer value. */
export const float0 = (shape: readonly number[]): Array => new Array(new Uint8Array(0), shape, 'float0');

/** Splits the flat outputs of a `[out, aux]` function into (out leaves, aux leaves, their trees). */
function splitAux(api: string, tree: TreeDef, hasAux: boolean): { outTree: TreeDef; auxTree: TreeDef | null; nOut: number } {
  if (!hasAux) return { outTree: tree, auxTree: null, nOut: numLeaves(tree) };
  if (tree.kind !== 'list' || tree.children.length !== 2) {
    throw new UserError('args/has-aux', api, 'with hasAux the function must return a pair [output, aux]', treeStr(tree), '[output, aux]');
  }
  return { outTree: tree.children[0]!, auxTree: tree.children[1]!, nOut: numLeaves(tree.children[0]!) };
}

function checkFloatWrt(api: string, t: TransformTrace, mask: readonly boolean[], allowInt: boolean): boolean[] {
  return mask.map((m, i) => {
    if (!m) return false;
    const a = t.jaxpr.invars[i]!.aval;
    if (a.dtype === 'f32') return true;
    if (!allowInt) {
      throw new UserError('grad/int-input', api, 'differentiation requires float inputs', `${avalStr(a)} at argument leaf ${i - t.numStatic}`, 'float32 arrays', 'Set allowInt: true to get float0 zeros for integer inputs, or use vjp');
    }
    return false;
  });
}

/** Cotangents/tangents of the leaves in `mask`: computed ones for floats, float0 zeros for the others. */
function perLeaf(t: TransformTrace, mask: readonly boolean[], floatMask: readonly boolean[], computed: readonly Value[]): Value[] {
  let k = 0;
  const out: Value[] = [];
  mask.forEach((m, i) => {
    if (!m) return;
    out.push(floatMask[i] ? computed[k++]! : float0(t.jaxpr.invars[i]!.aval.shape));
  });
  return out;
}

/** The gradient tree(s) for `argnums` from flat per-leaf gradients. */
function gradTrees(args: readonly unknown[], argnums: number | readonly number[], nums: readonly number[], leaves: readonly Value[]): unknown {
  let k = 0;
  const trees = nums.map((a) => {
    const [l, def] = flatten(args[a]);
    const part = leaves.slice(k, k + l.length);
    k += l.length;
    return unflatten(def, part);
  });
  return typeof argnums === 'number' ? trees[0] : trees;
}

export interface GradOptions {
  readonly argnums?: number | readonly number[];
  readonly hasAux?: boolean;
  readonly allowInt?: boolean;
}

/** valueAndGrad(f) → [value, g], or [[value, aux], g] with hasAux. */
export function valueAndGrad(f: Fn, opts: GradOptions = {}): (...args: unknown[]) => unknown {
  const api = 'valueAndGrad';
  return (...args: unknown[]) => {
    const argnums = opts.argnums ?? 0;
    const nums = normalizeArgnums(api, argnums, args.length);
    const t = traceForTransform(api, call(f), args);
    const { outTree, auxTree, nOut } = splitAux(api, t.outTree, !!opts.hasAux);
    const mask = wrtMask(t, nums);
    const floatMask = checkFloatWrt('grad', t, mask, !!opts.allowInt);
    const out = t.jaxpr.outvars[0];
    if (nOut !== 1 || !out || out.aval.shape.length !== 0 || out.aval.dtype !== 'f32') {
      const got = nOut !== 1 ? `${nOut} output leaves (${treeStr(outTree)})` : avalStr(out!.aval);
      throw new UserError('grad/non-scalar-output', 'grad', 'the function must return a scalar', got, 'a float32 scalar (shape [])', 'For non-scalar outputs use vjp or jacrev');
    }
    const gj = gradJaxpr(t.jaxpr, floatMask, true);
    const res = applyJaxpr(gj, [], t.operands);
    const nAll = t.jaxpr.outvars.length;
    const grads = perLeaf(t, mask, floatMask, res.slice(nAll));
    const g = gradTrees(args, argnums, nums, grads);
    const value = res[0]!;
    return auxTree ? [[value, unflatten(auxTree, res.slice(1, nAll))], g] : [value, g];
  };
}

/** grad(f) → g, or [g, aux] with hasAux. */
export function grad(f: Fn, opts: GradOptions = {}): (...args: unknown[]) => unknown {
  const vg = valueAndGrad(f, opts);
  return (...args: unknown[]) => {
    const [v, g] = vg(...args) as [unknown, unknown];
    return opts.hasAux ? [g, (v as [unknown, unknown])[1]] : g;
  };
}

function checkPrimals(api: string, primals: unknown): readonly unknown[] {
  if (!globalThis.Array.isArray(primals)) {
    throw new UserError('args/primals', api, 'primals must be an array with one entry per argument', typeof primals, 'an array, e.g. [x] or [x, y]');
  }
  return primals;
}

/** The tangent operands for the float leaves, checked against the primals. */
function tangentOperands(api: string, primals: readonly unknown[], tangents: unknown, t: TransformTrace, floatMask: readonly boolean[]): Operand[] {
  if (!globalThis.Array.isArray(tangents) || tangents.length !== primals.length) {
    throw new UserError('args/tangents', api, 'tangents must be an array matching primals', globalThis.Array.isArray(tangents) ? `${tangents.length} entries` : typeof tangents, `${primals.length} entries`);
  }
  const [pl, pd] = flatten([...primals]);
  const [tl, td] = flatten([...tangents]);
  if (!treeEq(pd, td)) throw new UserError('args/tangent-structure', api, 'tangents must have the structure of primals', treeStr(td), treeStr(pd));
  const ops: Operand[] = [];
  tl.forEach((x, i) => {
    const want: Aval = t.leafAvals[i]!;
    const o = toOperand(api, x, `tangent leaf ${i}`);
    const sameShape = o.aval.shape.length === want.shape.length && o.aval.shape.every((d, j) => d === want.shape[j]);
    if (!sameShape) throw new UserError('args/tangent-shape', api, `tangent leaf ${i} does not match its primal`, avalStr(o.aval), avalStr(want));
    if (floatMask[t.numStatic + i]) {
      if (o.aval.dtype !== 'f32') throw new UserError('args/tangent-dtype', api, `tangent leaf ${i} must be float32 like its primal`, avalStr(o.aval), avalStr(want));
      ops.push(o);
    }
  });
  void pl;
  return ops;
}

/** jvp(f, primals, tangents) → [out, tangentOut] (or [out, tangentOut, aux]). */
export function jvp(f: Fn, primals: readonly unknown[], tangents: readonly unknown[], opts: { hasAux?: boolean } = {}): unknown[] {
  const api = 'jvp';
  const ps = checkPrimals(api, primals);
  const t = traceForTransform(api, call(f), ps);
  const { outTree, auxTree, nOut } = splitAux(api, t.outTree, !!opts.hasAux);
  const floatMask = t.jaxpr.invars.map((v, i) => i >= t.numStatic && v.aval.dtype === 'f32');
  const tOps = tangentOperands(api, ps, tangents, t, floatMask);
  const outMask = t.jaxpr.outvars.map((_, i) => i < nOut);
  const j = jvpJaxpr(t.jaxpr, floatMask, outMask);
  const res = applyJaxpr(j.jaxpr, [], [...t.operands, ...tOps]);
  const nAll = t.jaxpr.outvars.length;
  const outs = res.slice(0, nAll);
  let k = nAll;
  const touts = t.jaxpr.outvars.slice(0, nOut).map((o, i) => (j.outNonzero[i] && o.aval.dtype === 'f32' ? res[k++]! : (j.outNonzero[i] && k++, float0(o.aval.shape))));
  const result = [unflatten(outTree, outs.slice(0, nOut)), unflatten(outTree, touts)];
  return auxTree ? [...result, unflatten(auxTree, outs.slice(nOut))] : result;
}

/** linearize(f, primals) → [out, fJvp]; fJvp(...tangents) reuses the residuals computed once. */
export function linearize(f: Fn, primals: readonly unknown[]): [unknown, (...tangents: unknown[]) => unknown] {
  const api = 'linearize';
  const ps = checkPrimals(api, primals);
  const t = traceForTransform(api, call(f), ps);
  const floatMask = t.jaxpr.invars.map((v, i) => i >= t.numStatic && v.aval.dtype === 'f32');
  const lin = linearizeJaxpr(t.jaxpr, floatMask);
  const known = applyJaxpr(lin.known, [], t.operands);
  const residuals = known.slice(lin.numOuts);
  const fJvp = (...tangents: unknown[]) => {
    const tOps = tangentOperands('linearize (the returned jvp function)', ps, tangents, t, floatMask);
    return unflatten(t.outTree, applyJaxpr(lin.linear, [], [...residuals, ...tOps]));
  };
  return [unflatten(t.outTree, known.slice(0, lin.numOuts)), fJvp];
}

/** vjp(f, primals) → [out, vjpFn] (or [out, vjpFn, aux]); vjpFn(ct) returns one cotangent per primal. */
export function vjp(f: Fn, primals: readonly unknown[], opts: { hasAux?: boolean } = {}): unknown[] {
  const api = 'vjp';
  const ps = checkPrimals(api, primals);
  const t = traceForTransform(api, call(f), ps);
  const { outTree, auxTree, nOut } = splitAux(api, t.outTree, !!opts.hasAux);
  const mask = t.jaxpr.invars.map((_, i) => i >= t.numStatic);
  const floatMask = t.jaxpr.invars.map((v, i) => mask[i]! && v.aval.dtype === 'f32');
  const lin = linearizeJaxpr(t.jaxpr, floatMask);
  const known = applyJaxpr(lin.known, [], t.operands);
  const residuals = known.slice(lin.numOuts);
  const outAvals = t.jaxpr.outvars.slice(0, nOut).map((o) => o.aval);
  const linear = { ...lin.linear, outvars: lin.linear.outvars.slice(0, nOut) };
  const linT = transposeJaxpr(linear, linear.invars.map((_, i) => i >= lin.numResiduals));
  const vjpFn = (ct: unknown): unknown[] => {
    const [cl, cd] = flatten(ct);
    if (!treeEq(cd, outTree)) throw new UserError('vjp/ct-structure', 'vjp (the returned function)', 'the cotangent must have the structure of the output', treeStr(cd), treeStr(outTree));
    const cts = cl.map((x, i) => {
      const o = toOperand('vjp (the returned function)', x, `cotangent leaf ${i}`);
      const want = outAvals[i]!;
      const ok = o.aval.shape.length === want.shape.length && o.aval.shape.every((d, j) => d === want.shape[j]);
      if (!ok || (want.dtype === 'f32' && o.aval.dtype !== 'f32')) {
        throw new UserError('vjp/ct-aval', 'vjp (the returned function)', `cotangent leaf ${i} does not match the output`, avalStr(o.aval), avalStr(want.dtype === 'f32' ? want : { ...want, dtype: 'float0' }));
      }
      return o;
    });
    const inCts = applyJaxpr(linT, [], [...residuals, ...cts.filter((_, i) => outAvals[i]!.dtype === 'f32')]);
    return primalTrees(ps, perLeaf(t, mask, floatMask, inCts));
  };
  const out = unflatten(outTree, known.slice(0, nOut));
  return auxTree ? [out, vjpFn, unflatten(auxTree, known.slice(nOut, lin.numOuts))] : [out, vjpFn];
}

/** One tree per primal from the flat leaves. */
function primalTrees(primals: readonly unknown[], leaves: readonly Value[]): unknown[] {
  return gradTrees(primals, primals.map((_, i) => i), primals.map((_, i) => i), leaves) as unknown[];
}

/** linearTranspose(f, primals) → fT; fT(ct) returns one cotangent per primal (f must be linear). */
export function linearTranspose(f: Fn, primals: readonly unknown[]): (ct: unknown) => unknown[] {
  const api = 'linearTranspose';
  const ps = checkPrimals(api, primals);
  const t = traceForTransform(api, call(f), ps);
  const mask = t.jaxpr.invars.map((_, i) => i >= t.numStatic);
  const floatMask = t.jaxpr.invars.map((v, i) => mask[i]! && v.aval.dtype === 'f32');
  const tj = transposeJaxpr(t.jaxpr, floatMask);
  const statics = t.operands.slice(0, t.numStatic);
  return (ct: unknown) => {
    const [cl, cd] = flatten(ct);
    if (!treeEq(cd, t.outTree)) throw new UserError('vjp/ct-structure', 'linearTranspose (the returned function)', 'the cotangent must have the structure of the output', treeStr(cd), treeStr(t.outTree));
    const cts = cl.map((x, i) => toOperand('linearTranspose (the returned function)', x, `cotangent leaf ${i}`));
    const nonLinear = t.operands.filter((_, i) => i < t.numStatic || !floatMask[i]);
    void statics;
    return primalTrees(ps, perLeaf(t, mask, floatMask, applyJaxpr(tj, [], [...nonLinear, ...cts])));
  };
}
