// The rules host steps run with: src/ir/eval.ts's reference rules, except where a faster one computes
// the same bits. sort with one key: each row's keys mapped to u32s that order as the reference
// compares (compareKeys: -0 = +0, every NaN equal and above +Inf), packed with the position into an
// exact float64 (key · 2^21 + position) and sorted by the engine's native numeric sort (stable by the
// position, as the reference's), ~3× the reference's comparator sort on [64, 1000] f32. Tested against
// the reference rule bit for bit (test/runtime/host-rules.test.ts). scatter_add: the reference's loop
// (every update element in row-major order, added in double from the operand, rounded once) with each
// window's start computed once per index vector instead of per element, and the offsets stepped
// incrementally, a run along the last dim at a time: 2–3× the reference on an embedding gradient (4096
// rows of 64 into 1000: ~9.5 → 3.4–6 ms). Imports src/ir.
import type { Tensor } from '../ir/core.js';
import type { Aval } from '../ir/dtype.js';
import { size } from '../ir/dtype.js';
import { evalRules } from '../ir/eval.js';
import type { EvalCtx, EvalRule } from '../ir/eval-types.js';
import { allocTensor, strides } from '../ir/eval-types.js';
import { complement, subView, viewOffsets } from '../ir/eval-layout.js';
import { bump, monoid } from '../ir/eval-reduce.js';
import { startOffsets } from '../ir/eval-index.js';
import type { Params, Prim } from '../ir/primitives.js';

/** Positions take the low 21 bits of the packed key: rows up to 2^21 (2 097 152) elements. */
const POS = 2 ** 21;

/** The u32 whose order is the reference's order of `v` (a value of `dtype`). */
function orderKey(dtype: Aval['dtype'], v: number, bits: number): number {
  switch (dtype) {
    case 'f32':
      if (v !== v) return 0xffffffff;
      if (v === 0) return 0x80000000;
      return bits >= 0x80000000 ? ~bits >>> 0 : (bits | 0x80000000) >>> 0;
    case 'i32': return (v + 0x80000000) >>> 0;
    default: return v; // u32, bool
  }
}

const sortOneKey = (xs: readonly Tensor[], p: Params['sort'], oas: readonly Aval[], ctx: EvalCtx): Tensor[] => {
  const outs = oas.map((oa) => allocTensor(oa, ctx));
  const shape = xs[0]!.shape;
  const n = shape[p.dimension]!;
  const st = strides(shape)[p.dimension]!;
  const rows = subView(shape, complement(shape.length, [p.dimension]));
  const key = xs[0]!;
  const bits = key.dtype === 'f32' ? new Uint32Array(key.data.buffer, key.data.byteOffset, key.data.length) : key.data;
  const packed = new Float64Array(n);
  for (const base of viewOffsets(rows.sizes, rows.str)) {
    for (let j = 0; j < n; j++) {
      const at = base + j * st;
      packed[j] = orderKey(key.dtype, key.data[at]!, bits[at]!) * POS + j;
    }
    packed.sort();
    xs.forEach((x, t) => {
      const o = outs[t]!.data;
      for (let j = 0; j < n; j++) o[base + j * st] = x.data[base + (packed[j]! % POS) * st]!;
    });
  }
  return outs;
};

const scatterAddFast = ([op, idx, upd]: readonly Tensor[], p: Params['scatter_add'], [oa]: readonly Aval[], ctx: EvalCtx): Tensor[] => {
  const out = allocTensor(oa!, ctx);
  if (out.data.length === 0) return [out];
  const dn = p.dimension_numbers;
  const us = upd!.shape;
  const scatterPos = complement(us.length, dn.update_window_dims);
  const windowDims = complement(op!.shape.length, [...dn.inserted_window_dims, ...dn.operand_batching_dims]);
  const sizes = op!.shape.map(() => 1);
  windowDims.forEach((d, k) => { sizes[d] = us[dn.update_window_dims[k]!]!; });
  const os = strides(op!.shape);
  // The window start of every index vector (-1: dropped): the reference's startOffsets, once per vector.
  const startOf = startOffsets(op!, idx!, sizes, p.mode === 'clip', dn.scatter_dims_to_operand_dims, dn.operand_batching_dims, dn.scatter_indices_batching_dims);
  const gShape = scatterPos.map((d) => us[d]!);
  const gs = strides(gShape);
  const starts = new Float64Array(size(gShape));
  const g = gShape.map(() => 0);
  for (let q = 0; q < starts.length; q++) { starts[q] = startOf(g); bump(g, gShape); }
  // Per update dim: its step in the index-vector number and in the window offset.
  const gStep = us.map(() => 0), wStep = us.map(() => 0);
  scatterPos.forEach((d, j) => { gStep[d] = gs[j]!; });
  dn.update_window_dims.forEach((d, k) => { wStep[d] = os[windowDims[k]!]!; });
  const acc = Float64Array.from(op!.data);
  const step = oa!.dtype === 'f32' ? null : monoid('sum', oa!.dtype).step;
  // Runs along the last update dim, the others stepped as an odometer (row-major: the reference's order).
  const last = us.length - 1;
  const run = last >= 0 ? us[last]! : 1, gRun = last >= 0 ? gStep[last]! : 0, wRun = last >= 0 ? wStep[last]! : 0;
  const u = us.map(() => 0);
  let q = 0, w = 0;
  const data = upd!.data;
  for (let e = 0; e < data.length; e += run) {
    for (let t = 0, qq = q, ww = w; t < run; t++, qq += gRun, ww += wRun) {
      const start = starts[qq]!;
      if (start < 0) continue;
      const o = start + ww;
      acc[o] = step ? step(acc[o]!, data[e + t]!) : acc[o]! + data[e + t]!;
    }
    for (let d = last - 1; d >= 0; d--) {
      q += gStep[d]!; w += wStep[d]!;
      if (++u[d]! < us[d]!) break;
      q -= gStep[d]! * us[d]!; w -= wStep[d]! * us[d]!; u[d] = 0;
    }
  }
  out.data.set(acc);
  return [out];
};

/** The rule a host step of `prim` runs with (the reference's unless a faster equal one applies). */
export function hostRule(prim: Prim, params: unknown, ins: readonly Tensor[]): EvalRule<Prim> {
  if (prim === 'sort') {
    const p = params as Params['sort'];
    if (p.num_keys === 1 && ins[0]!.shape[p.dimension]! <= POS && ins[0]!.dtype !== 'float0') return sortOneKey as EvalRule<Prim>;
  }
  if (prim === 'scatter_add') return scatterAddFast as EvalRule<Prim>;
  return evalRules[prim] as EvalRule<Prim>;
}
