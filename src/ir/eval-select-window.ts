// Evaluation of select_and_gather_add and select_and_scatter_add: max pooling's JVP and VJP.
// Imports only src/ir.
import type { Tensor } from './core.js';
import type { EvalRule } from './eval-types.js';
import { allocTensor, strides } from './eval-types.js';
import { bump, windowTables } from './eval-reduce.js';
import type { WindowParams } from './primitives.js';

/**
 * Calls `visit(o, at)` for each output window o with the flat operand offset of the window's largest
 * element (the first one on ties, as XLA's `ge` select), or -1 when the window holds only padding.
 */
function forEachWindowMax(x: Tensor, outShape: readonly number[], p: WindowParams, visit: (o: number, at: number) => void): void {
  const tables = windowTables(x.shape, outShape, p);
  const xs = strides(x.shape);
  const r = x.shape.length;
  const wn = p.window_dimensions.reduce((a, b) => a * b, 1);
  const n = outShape.reduce((a, b) => a * b, 1);
  const oIdx = new Array<number>(r).fill(0);
  const kIdx = new Array<number>(r).fill(0);
  for (let o = 0; o < n; o++) {
    let best = -1;
    let bestV = -Infinity;
    kIdx.fill(0);
    for (let k = 0; k < wn; k++) {
      let off = 0;
      for (let d = 0; d < r && off >= 0; d++) {
        const j = tables[d]![oIdx[d]! * p.window_dimensions[d]! + kIdx[d]!]!;
        off = j < 0 ? -1 : off + j * xs[d]!;
      }
      if (off >= 0 && (best < 0 || x.data[off]! > bestV)) {
        best = off;
        bestV = x.data[off]!;
      }
      bump(kIdx, p.window_dimensions);
    }
    visit(o, best);
    bump(oIdx, outShape);
  }
}

// out[o] = t[argmax of x over window o]; 0 for an all-padding window.
const selectAndGatherAdd: EvalRule<'select_and_gather_add'> = ([t, x], p, [oa], ctx) => {
  const out = allocTensor(oa!, ctx);
  forEachWindowMax(x!, oa!.shape, p, (o, at) => { out.data[o] = at < 0 ? 0 : t!.data[at]!; });
  return [out];
};

// out[argmax of x over window o] += s[o], accumulated in double for f32.
const selectAndScatterAdd: EvalRule<'select_and_scatter_add'> = ([s, x], p, [oa], ctx) => {
  const acc = new Float64Array(x!.data.length);
  forEachWindowMax(x!, s!.shape, p, (o, at) => { if (at >= 0) acc[at]! += s!.data[o]!; });
  const out = allocTensor(oa!, ctx);
  out.data.set(acc);
  return [out];
};

export const selectWindowEvalRules = {
  select_and_gather_add: selectAndGatherAdd,
  select_and_scatter_add: selectAndScatterAdd,
} as const;
