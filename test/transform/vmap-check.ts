// Test helper: checks vmapJaxpr against a per-lane loop over the reference interpreter. Test-only.
import { expect } from 'chai';
import type { Jaxpr, Tensor } from '../../src/ir/core.js';
import type { DType } from '../../src/ir/dtype.js';
import { isFloat } from '../../src/ir/dtype.js';
import { evalJaxpr } from '../../src/ir/eval.js';
import { allocData, strides } from '../../src/ir/eval-types.js';
import { printJaxpr } from '../../src/ir/printer.js';
import { verifyJaxpr } from '../../src/ir/verify.js';
import type { BDim } from '../../src/ir/transform/vmap-rules-types.js';
import { vmapJaxpr } from '../../src/ir/transform/vmap.js';
import { interpret } from '../../src/runtime/interpreter.js';

export interface CheckVmapOptions {
  /** Where each output's batch dim goes (default 0 for every output; null: must be unbatched). */
  readonly outDims?: readonly BDim[];
  /** Values of the jaxpr's constvars (unbatched). */
  readonly consts?: readonly Tensor[];
  /** Relative and absolute tolerance for float outputs (default 1e-5); ints and bools compare exactly. */
  readonly tol?: number;
}

export interface CheckVmapResult {
  /** The batched jaxpr that vmapJaxpr produced. */
  readonly jaxpr: Jaxpr;
  /** Its printed text. */
  readonly text: string;
  /** Its outputs on `inputs`. */
  readonly outs: Tensor[];
  readonly outBatched: boolean[];
}

/** Lane `lane` of `t` along axis `dim` (the axis removed). */
export function takeLane(t: Tensor, dim: number, lane: number): Tensor {
  const shape = t.shape.filter((_, i) => i !== dim);
  const st = strides(t.shape);
  const n = t.dtype === 'float0' ? 0 : shape.reduce((a, d) => a * d, 1);
  const data = allocData(t.dtype, n, { precision: t.data instanceof Float64Array ? 'f64' : 'f32' });
  const idx = new Array<number>(shape.length).fill(0);
  for (let k = 0; k < n; k++) {
    let flat = lane * st[dim]!;
    idx.forEach((v, i) => { flat += v * st[i < dim ? i : i + 1]!; });
    data[k] = t.data[flat]!;
    for (let i = shape.length - 1; i >= 0; i--) {
      if (++idx[i]! < shape[i]!) break;
      idx[i] = 0;
    }
  }
  return { shape, dtype: t.dtype, data };
}

/** Stacks equal-shaped `lanes` along a new axis `dim`. */
export function stackLanes(lanes: readonly Tensor[], dim: number): Tensor {
  const l0 = lanes[0]!;
  const shape = [...l0.shape];
  shape.splice(dim, 0, lanes.length);
  const st = strides(shape);
  const n = shape.reduce((a, d) => a * d, 1);
  const data = allocData(l0.dtype, n, { precision: l0.data instanceof Float64Array ? 'f64' : 'f32' });
  const inner = l0.shape;
  const ist = strides(inner);
  lanes.forEach((lane, j) => {
    for (let k = 0; k < lane.data.length; k++) {
      let flat = j * st[dim]!;
      inner.forEach((_, i) => { flat += Math.floor(k / ist[i]!) % inner[i]! * st[i < dim ? i : i + 1]!; });
      data[flat] = lane.data[k]!;
    }
  });
  return { shape, dtype: l0.dtype, data };
}

function sameValue(a: number, b: number, dtype: DType, tol: number): boolean {
  if (!isFloat(dtype)) return a === b;
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b);
  if (a === b) return true;
  return Math.abs(a - b) <= tol * (1 + Math.abs(b));
}

/** Asserts that `got` equals `want` in shape, dtype and values (floats within `tol`). */
export function expectTensorClose(got: Tensor, want: Tensor, tol = 1e-5, what = 'tensor'): void {
  expect(got.dtype, `${what} dtype`).to.equal(want.dtype);
  expect([...got.shape], `${what} shape`).to.deep.equal([...want.shape]);
  for (let i = 0; i < want.data.length; i++) {
    const g = Number(got.data[i]);
    const w = Number(want.data[i]);
    if (!sameValue(g, w, want.dtype, tol)) expect.fail(`${what}[flat ${i}]: got ${g}, expected ${w}\n  got  ${Array.from(got.data).join(',')}\n  want ${Array.from(want.data).join(',')}`);
  }
}

/**
 * Batches `jaxpr` with `inDims` over `axisSize` lanes, verifies the result, evaluates it on `inputs`
 * (the batched inputs: input i carries its batch dim at `inDims[i]`) and compares with a loop that runs
 * the original jaxpr on each lane through the reference interpreter and stacks the results at the out
 * dims. Returns the batched jaxpr, its text and outputs.
 */
export function checkVmap(jaxpr: Jaxpr, inDims: readonly BDim[], axisSize: number, inputs: readonly Tensor[], opts: CheckVmapOptions = {}): CheckVmapResult {
  const outDims = opts.outDims ?? jaxpr.outvars.map(() => 0);
  const consts = opts.consts ?? [];
  const tol = opts.tol ?? 1e-5;
  const res = vmapJaxpr(jaxpr, inDims, axisSize, outDims);
  const text = printJaxpr(res.jaxpr);
  verifyJaxpr(res.jaxpr, 'vmapped jaxpr');
  inputs.forEach((t, i) => {
    expect([...t.shape], `input ${i} shape vs batched invar`).to.deep.equal([...res.jaxpr.invars[i]!.aval.shape]);
  });
  const outs = evalJaxpr(res.jaxpr, consts, inputs, { precision: 'f32' });
  const perLane = Array.from({ length: axisSize }, (_, lane) => {
    const laneIns = inputs.map((t, i) => (inDims[i] ?? null) === null ? t : takeLane(t, inDims[i]!, lane));
    return interpret({ jaxpr, consts }, laneIns, 'f32');
  });
  outs.forEach((got, j) => {
    const d = outDims[j] ?? null;
    const lanes = perLane.map((o) => o[j]!);
    if (d === null) {
      expect(res.outBatched[j], `output ${j} batched`).to.equal(false);
      lanes.forEach((l, k) => expectTensorClose(got, l, tol, `output ${j} (unbatched) vs lane ${k}`));
    } else {
      expectTensorClose(got, stackLanes(lanes, d), tol, `output ${j}`);
    }
    expect(got.dtype, `output ${j} dtype vs out binder`).to.equal(res.jaxpr.outvars[j]!.aval.dtype);
  });
  return { jaxpr: res.jaxpr, text, outs, outBatched: res.outBatched };
}
