// Test helpers for forward-mode differentiation: build a jaxpr with the Emitter, and checkJvp, which
// checks jvpJaxpr's tangents against central finite differences of the primal jaxpr in float64 on the
// reference evaluator. Reusable for grad checks. Imports src/ir and chai only.
import { expect } from 'chai';
import type { Atom, Jaxpr, Tensor, Var } from '../../src/ir/core.js';
import { newVar } from '../../src/ir/core.js';
import type { Aval, DType } from '../../src/ir/dtype.js';
import { Emitter } from '../../src/ir/emitter.js';
import { evalJaxpr } from '../../src/ir/eval.js';
import { F64_CTX, allocTensor, tensorFrom } from '../../src/ir/eval-types.js';
import { printJaxpr } from '../../src/ir/printer.js';
import { verifyJaxpr } from '../../src/ir/verify.js';
import { jvpJaxpr, type JvpResult } from '../../src/ir/transform/jvp.js';
import { rng } from '../helpers/rng.js';

/** A jaxpr with invars of `avals` and the outputs `f` emits. */
export function buildJaxpr(avals: readonly Aval[], f: (b: Emitter, ...xs: Var[]) => Atom | readonly Atom[]): Jaxpr {
  const b = new Emitter();
  const ins = avals.map((a) => newVar(a));
  const out = f(b, ...ins);
  const jaxpr = b.builder.build([], ins, Array.isArray(out) ? out : [out as Atom]);
  verifyJaxpr(jaxpr, 'test jaxpr');
  return jaxpr;
}

/** `f32[...shape]` (or another dtype) as an Aval. */
export const av = (shape: readonly number[], dtype: DType = 'f32'): Aval => ({ shape, dtype });

/** Input values: a flat list in row-major order, a scalar, or a ready tensor. */
export type InputValue = ArrayLike<number> | number | Tensor;

export interface CheckJvpOptions {
  /** Which inputs get a tangent (default: the f32 ones). Integer inputs marked true get float0 tangents. */
  readonly nonzero?: readonly boolean[];
  /** Explicit tangent directions for the f32 inputs with a tangent (default: seeded uniform in [−1, 1]). */
  readonly directions?: readonly (ArrayLike<number> | number | null)[];
  readonly consts?: readonly Tensor[];
  readonly eps?: number;
  readonly rtol?: number;
  readonly atol?: number;
  readonly seed?: number;
}

export interface JvpCheckResult {
  readonly jvp: JvpResult;
  /** Primal outputs of the JVP jaxpr (f64). */
  readonly primalsOut: readonly Tensor[];
  /** Tangent outputs per output; null where the tangent is a symbolic zero (outNonzero false). */
  readonly tangentsOut: readonly (Tensor | null)[];
  /** Central finite differences per float output (null for integer/bool outputs). */
  readonly fd: readonly (number[] | null)[];
}


function toTensor(aval: Aval, v: InputValue): Tensor {
  if (typeof v === 'object' && v !== null && 'data' in v && 'shape' in v) return v as Tensor;
  const values = typeof v === 'number' ? Array.from({ length: aval.shape.reduce((a, d) => a * d, 1) }, () => v) : v;
  return tensorFrom(aval.shape, aval.dtype, values as ArrayLike<number>, F64_CTX);
}

const shifted = (x: Tensor, t: Tensor, s: number): Tensor =>
  ({ shape: x.shape, dtype: x.dtype, data: Float64Array.from(x.data, (v, i) => v + s * t.data[i]!) });

/**
 * For finite differences, top-level stop_gradient outputs are held at their values at x: `probe` is
 * the jaxpr with those values as extra outputs, `jaxpr` takes them as extra inputs instead.
 */
function freezeStopGradients(jaxpr: Jaxpr): { probe: Jaxpr; jaxpr: Jaxpr } {
  const sg = jaxpr.eqns.filter((e) => e.prim === 'stop_gradient').map((e) => e.outputs[0]!);
  return {
    probe: { ...jaxpr, outvars: [...sg] },
    jaxpr: { ...jaxpr, invars: [...jaxpr.invars, ...sg], eqns: jaxpr.eqns.filter((e) => e.prim !== 'stop_gradient') },
  };
}

/**
 * Differentiates `jaxpr` with jvpJaxpr, verifies the result, evaluates it in float64 and checks:
 * primal outputs equal the primal jaxpr's; each float output's tangent (zero where symbolic) equals
 * the central difference (f(x+εt) − f(x−εt)) / 2ε along the same direction; integer/bool outputs get
 * no tangent or a float0 one. Top-level stop_gradient values are held fixed in the differences.
 * Choose inputs away from kinks. Returns the numbers for further asserts.
 */
export function checkJvp(jaxpr: Jaxpr, inputs: readonly InputValue[], opts: CheckJvpOptions = {}): JvpCheckResult {
  const { eps = 1e-6, rtol = 1e-6, atol = 1e-6, seed = 1, consts = [] } = opts;
  const nonzero = opts.nonzero ?? jaxpr.invars.map((v) => v.aval.dtype === 'f32');
  const xs = jaxpr.invars.map((v, i) => toTensor(v.aval, inputs[i]!));
  const rand = rng(seed);
  const dirs: (Tensor | null)[] = jaxpr.invars.map((v, i) => {
    if (!nonzero[i]) return null;
    if (v.aval.dtype !== 'f32') return allocTensor({ shape: v.aval.shape, dtype: 'float0' }, F64_CTX);
    const given = opts.directions?.[i];
    if (given !== undefined && given !== null) return toTensor(v.aval, given);
    return toTensor(v.aval, Array.from(xs[i]!.data, () => 2 * rand() - 1));
  });
  const jvp = jvpJaxpr(jaxpr, nonzero);
  verifyJaxpr(jvp.jaxpr, 'jvp');
  const tIns = dirs.filter((d): d is Tensor => d !== null);
  const outs = evalJaxpr(jvp.jaxpr, consts, [...xs, ...tIns], F64_CTX);
  const n = jaxpr.outvars.length;
  const primalsOut = outs.slice(0, n);
  let k = n;
  const tangentsOut = jvp.outNonzero.map((nz) => (nz ? outs[k++]! : null));
  expect(k, 'jvp jaxpr output count').to.equal(outs.length);
  const ref = evalJaxpr(jaxpr, consts, xs, F64_CTX);
  const move = (s: number) => xs.map((x, i) => (dirs[i] && x.dtype === 'f32' ? shifted(x, dirs[i]!, s) : x));
  const frozen = freezeStopGradients(jaxpr);
  const held = evalJaxpr(frozen.probe, consts, xs, F64_CTX);
  const plus = evalJaxpr(frozen.jaxpr, consts, [...move(eps), ...held], F64_CTX);
  const minus = evalJaxpr(frozen.jaxpr, consts, [...move(-eps), ...held], F64_CTX);
  const text = () => printJaxpr(jvp.jaxpr);
  const fd = jaxpr.outvars.map((o, i) => {
    ref[i]!.data.forEach((r, j) => {
      const p = primalsOut[i]!.data[j]!;
      if (!(p === r || Math.abs(p - r) <= 1e-12 * Math.max(1, Math.abs(r))))
        expect.fail(`primal output ${i}[${j}] = ${p}, expected ${r}\n${text()}`);
    });
    const t = tangentsOut[i];
    if (o.aval.dtype !== 'f32') {
      if (t) expect(t.dtype, `tangent ${i} of a ${o.aval.dtype} output`).to.equal('float0');
      return null;
    }
    const d = Array.from(plus[i]!.data, (p, j) => (p - minus[i]!.data[j]!) / (2 * eps));
    const got = t ? Array.from(t.data) : d.map(() => 0);
    expect(got.length, `tangent ${i} size`).to.equal(d.length);
    got.forEach((g, j) => {
      const ok = Math.abs(g - d[j]!) <= atol + rtol * Math.abs(d[j]!);
      if (!ok) expect.fail(`tangent ${i}[${j}] = ${g}, finite difference ${d[j]} (${t ? 'materialised' : 'symbolic zero'})\n got ${got}\n fd  ${d}\n${text()}`);
    });
    return d;
  });
  return { jvp, primalsOut, tangentsOut, fd };
}

/**
 * Evaluates jvpJaxpr(jaxpr) in float64 at `inputs` along `directions` (one per input with a tangent,
 * null for the others) without finite differences: for values at kinks (abs at 0, ties of max).
 * Returns the primal outputs and the tangent outputs (null where symbolic zero), as flat arrays.
 */
export function evalJvp(jaxpr: Jaxpr, inputs: readonly InputValue[], directions: readonly (ArrayLike<number> | number | null)[]): { jvp: JvpResult; primals: number[][]; tangents: (number[] | null)[] } {
  const nonzero = directions.map((d) => d !== null);
  const xs = jaxpr.invars.map((v, i) => toTensor(v.aval, inputs[i]!));
  const ts = jaxpr.invars.flatMap((v, i) => {
    const d = directions[i];
    if (d === null || d === undefined) return [];
    return [v.aval.dtype === 'f32' ? toTensor(v.aval, d) : allocTensor({ shape: v.aval.shape, dtype: 'float0' }, F64_CTX)];
  });
  const jvp = jvpJaxpr(jaxpr, nonzero);
  verifyJaxpr(jvp.jaxpr, 'jvp');
  const outs = evalJaxpr(jvp.jaxpr, [], [...xs, ...ts], F64_CTX);
  const n = jaxpr.outvars.length;
  let k = n;
  const tangents = jvp.outNonzero.map((nz) => (nz ? Array.from(outs[k++]!.data) : null));
  return { jvp, primals: outs.slice(0, n).map((t) => Array.from(t.data)), tangents };
}
