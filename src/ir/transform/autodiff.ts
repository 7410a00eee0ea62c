// Reverse mode and Jacobians composed from the three primitive rewrites, JAX's decomposition:
// linearize = partial eval ∘ jvp, vjp = transpose ∘ linearize, grad = vjp with ct = 1,
// jacrev = vmap ∘ vjp over the output basis, jacfwd = vmap ∘ jvp over the input basis,
// hessian = jacfwd ∘ jacrev. Every function is Jaxpr → Jaxpr. Imports only src/ir.
import type { Atom, Jaxpr } from '../core.js';
import { newVar } from '../core.js';
import { size, type DType } from '../dtype.js';
import { Emitter } from '../emitter.js';
import { closeOverConsts, emitJaxpr } from './compose.js';
import { jvpJaxpr } from './jvp.js';
import { partialEvalJaxpr } from './partial-eval.js';
import { tangentAval } from './tangent.js';
import { transposeJaxpr } from './transpose.js';
import { vmapJaxpr } from './vmap.js';

export interface Linearized {
  /** primals → (outs..., residuals...). */
  readonly known: Jaxpr;
  /** (residuals..., tangents of the `wrt` inputs...) → tangents of every output. */
  readonly linear: Jaxpr;
  readonly numOuts: number;
  readonly numResiduals: number;
}

const count = (m: readonly boolean[]) => m.filter(Boolean).length;

/** Linearizes `jaxpr` w.r.t. the inputs in `wrt`; its constvars stay constvars of `known`, never differentiated. */
export function linearizeJaxpr(jaxpr: Jaxpr, wrt: readonly boolean[]): Linearized {
  const nc = jaxpr.constvars.length;
  const nOut = jaxpr.outvars.length;
  const closed = closeOverConsts(jaxpr);
  const jvp = jvpJaxpr(closed, [...jaxpr.constvars.map(() => false), ...wrt], true);
  const unknownIns = [...closed.invars.map(() => false), ...Array.from({ length: count(wrt) }, () => true)];
  const instantiate = [...Array.from({ length: nOut }, () => false), ...Array.from({ length: nOut }, () => true)];
  const pe = partialEvalJaxpr(jvp.jaxpr, unknownIns, instantiate);
  const known = { ...pe.known, constvars: pe.known.invars.slice(0, nc), invars: pe.known.invars.slice(nc) };
  return { known, linear: pe.unknown, numOuts: nOut, numResiduals: pe.numResiduals };
}

/**
 * (primals..., cts of the outputs in `ctMask`...) → (outs..., cts of the `wrt` inputs...). Outputs
 * outside `ctMask` (e.g. auxiliary data) get no cotangent.
 */
export function vjpJaxpr(jaxpr: Jaxpr, wrt: readonly boolean[], ctMask?: readonly boolean[]): Jaxpr {
  const lin = linearizeJaxpr(jaxpr, wrt);
  const mask = ctMask ?? jaxpr.outvars.map(() => true);
  const linear = { ...lin.linear, outvars: lin.linear.outvars.filter((_, i) => mask[i]) };
  const linT = transposeJaxpr(linear, linear.invars.map((_, i) => i >= lin.numResiduals));
  const b = new Emitter();
  const primals = jaxpr.invars.map((v) => newVar(v.aval));
  const knownOuts = emitJaxpr(b, lin.known, jaxpr.constvars, primals);
  const outs = knownOuts.slice(0, lin.numOuts);
  const residuals = knownOuts.slice(lin.numOuts);
  const cts = jaxpr.outvars.filter((_, i) => mask[i]).map((o) => newVar(tangentAval(o.aval)));
  const inCts = emitJaxpr(b, linT, [], [...residuals, ...cts]);
  return b.builder.build(jaxpr.constvars, [...primals, ...cts], [...outs, ...inCts]);
}

/**
 * The gradient of output 0 (a float scalar) w.r.t. the `wrt` inputs: (primals...) → (grads...), or
 * with `withValue` (outs..., grads...); other outputs (auxiliary data) are not differentiated.
 */
export function gradJaxpr(jaxpr: Jaxpr, wrt: readonly boolean[], withValue = false): Jaxpr {
  const ctMask = jaxpr.outvars.map((_, i) => i === 0);
  const vjp = vjpJaxpr(jaxpr, wrt, ctMask);
  const b = new Emitter();
  const primals = jaxpr.invars.map((v) => newVar(v.aval));
  const o = jaxpr.outvars[0]!.aval;
  const outs = emitJaxpr(b, vjp, jaxpr.constvars, [...primals, b.lit(1, o.dtype, !!o.weak)]);
  const nOut = jaxpr.outvars.length;
  return b.builder.build(jaxpr.constvars, primals, withValue ? outs : outs.slice(nOut));
}

/** The identity of size n as f32[n, n], built from iota/eq/convert as JAX does. */
function identity(b: Emitter, n: number): Atom {
  const rows = b.iota('i32', [n, n], 0);
  const cols = b.iota('i32', [n, n], 1);
  return b.convert(b.eq(rows, cols), 'f32');
}

/**
 * The standard basis of R^n, n = Σ size(shapes[i]), cut into blocks: block i is [n, ...shapes[i]] of
 * dtypes[i], row k the k-th basis vector's part. For n = 1 (a scalar output or input) every block is a
 * broadcast of 1 rather than a 1×1 identity from iota, so that simplify sees the multiplications by one.
 */
function basisBlocks(b: Emitter, shapes: readonly (readonly number[])[], dtypes: readonly DType[]): Atom[] {
  const sizes = shapes.map((s) => size(s));
  const n = sizes.reduce((a, c) => a + c, 0);
  if (n === 1) return shapes.map((s, i) => b.full([1, ...s], 1, dtypes[i]!));
  const eye = identity(b, n);
  let off = 0;
  return shapes.map((s, i) => {
    const cols = b.slice(eye, [0, off], [n, off + sizes[i]!]);
    off += sizes[i]!;
    return b.reshape(b.convert(cols, dtypes[i]!), [n, ...s]);
  });
}

/**
 * Jacobians by reverse mode: one output per (output, `wrt` input) pair, output-major, each of shape
 * out.shape + in.shape.
 */
export function jacrevJaxpr(jaxpr: Jaxpr, wrt: readonly boolean[]): Jaxpr {
  const vjp = vjpJaxpr(jaxpr, wrt);
  const nIn = jaxpr.invars.length;
  const nOut = jaxpr.outvars.length;
  const outSizes = jaxpr.outvars.map((o) => size(o.aval.shape));
  const m = outSizes.reduce((a, c) => a + c, 0);
  // Batch the vjp over its cotangent inputs: lane k is the k-th basis vector of the flattened outputs.
  const dims = [...Array.from({ length: nIn }, () => null), ...Array.from({ length: nOut }, () => 0)];
  const outDims = [...Array.from({ length: nOut }, () => null), ...Array.from({ length: count(wrt) }, () => 0)];
  const pulled = { ...vjp, outvars: vjp.outvars.slice(nOut) };
  const batched = vmapJaxpr(pulled, dims, m, outDims.slice(nOut)).jaxpr;
  const b = new Emitter();
  const primals = jaxpr.invars.map((v) => newVar(v.aval));
  const basis = basisBlocks(b, jaxpr.outvars.map((o) => o.aval.shape), jaxpr.outvars.map((o) => (tangentAval(o.aval).dtype === 'float0' ? 'f32' : o.aval.dtype)));
  const rows = emitJaxpr(b, batched, jaxpr.constvars, [...primals, ...basis]);
  const result: Atom[] = [];
  let off = 0;
  jaxpr.outvars.forEach((o, i) => {
    rows.forEach((r) => {
      const inShape = r.aval.shape.slice(1);
      const block = b.slice(r, [off, ...inShape.map(() => 0)], [off + outSizes[i]!, ...inShape]);
      result.push(b.reshape(block, [...o.aval.shape, ...inShape]));
    });
    off += outSizes[i]!;
  });
  return b.builder.build(jaxpr.constvars, primals, result);
}

/** Jacobians by forward mode, laid out as jacrevJaxpr's. */
export function jacfwdJaxpr(jaxpr: Jaxpr, wrt: readonly boolean[]): Jaxpr {
  const jvp = jvpJaxpr(jaxpr, wrt, true).jaxpr;
  const nIn = jaxpr.invars.length;
  const nOut = jaxpr.outvars.length;
  const wrtVars = jaxpr.invars.filter((_, i) => wrt[i]);
  const inSizes = wrtVars.map((v) => size(v.aval.shape));
  const n = inSizes.reduce((a, c) => a + c, 0);
  const pushed = { ...jvp, outvars: jvp.outvars.slice(nOut) };
  const dims = [...Array.from({ length: nIn }, () => null), ...wrtVars.map(() => 0)];
  const batched = vmapJaxpr(pushed, dims, n, jaxpr.outvars.map(() => 0)).jaxpr;
  const b = new Emitter();
  const primals = jaxpr.invars.map((v) => newVar(v.aval));
  const basis = basisBlocks(b, wrtVars.map((v) => v.aval.shape), wrtVars.map((v) => v.aval.dtype));
  const cols = emitJaxpr(b, batched, jaxpr.constvars, [...primals, ...basis]);
  const result: Atom[] = [];
  jaxpr.outvars.forEach((o, i) => {
    let off2 = 0;
    wrtVars.forEach((v, j) => {
      const c = cols[i]!;
      const outShape = o.aval.shape;
      const block = b.slice(c, [off2, ...outShape.map(() => 0)], [off2 + inSizes[j]!, ...outShape]);
      off2 += inSizes[j]!;
      const r = b.reshape(block, [...v.aval.shape, ...outShape]);
      // [in..., out...] → [out..., in...]
      const ri = v.aval.shape.length;
      const perm = [...outShape.map((_, k) => ri + k), ...v.aval.shape.map((_, k) => k)];
      result.push(b.transpose(r, perm));
    });
  });
  return b.builder.build(jaxpr.constvars, primals, result);
}

/** hessian = jacfwd ∘ jacrev: output-major over (output, input, input). */
export function hessianJaxpr(jaxpr: Jaxpr, wrt: readonly boolean[]): Jaxpr {
  return jacfwdJaxpr(jacrevJaxpr(jaxpr, wrt), wrt);
}
