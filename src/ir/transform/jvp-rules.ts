// The JVP rule of every primitive, as JAX 0.10.2 writes it (jax/_src/lax/*.py); jvp.ts drives them.
// Rule families live in jvp-rules-{util,elementwise,layout,contract,misc}.ts. Imports only src/ir.
//
// Signature (JvpRule): (b, primals, tangents, params) → { primalsOut, tangentsOut }. At least one
// tangent is not a symbolic zero; float0 tangents (of integer/bool operands) are turned into symbolic
// zeros before a rule runs, and integer/bool outputs always get symbolic (float0) zero tangents.
import { PRIMS, type Prim } from '../primitives.js';
import { convJvp, dotGeneralJvp, sortJvp } from './jvp-rules-contract.js';
import {
  absJvp, addAnyJvp, addJvp, atan2Jvp, cosJvp, divJvp, erfInvJvp, erfJvp, expJvp, expm1Jvp, integerPowJvp,
  log1pJvp, logJvp, logisticJvp, maxJvp, minJvp, mulJvp, negJvp, powJvp, remJvp, rsqrtJvp, sinJvp, sqrtJvp,
  subJvp, tanhJvp, tanJvp,
} from './jvp-rules-elementwise.js';
import {
  reduceMaxJvp, reduceMinJvp, reduceProdJvp, reduceWindowMaxJvp, selectAndGatherAddJvp, selectAndScatterAddJvp,
} from './jvp-rules-layout.js';
import { convertElementTypeJvp, jitJvp, selectNJvp } from './jvp-rules-misc.js';
import type { JvpRule } from './jvp-rules-types.js';
import { float0AsZero, linearJvp, zeroJvp } from './jvp-rules-util.js';

type JvpTable = { readonly [P in Prim]: JvpRule<P> };

const rules: JvpTable = {
  neg: negJvp,                                             // d(−x) = −dx
  abs: absJvp,                                             // d|x| = select(x ≥ 0, dx, −dx): grad(abs)(0) = 1
  sign: zeroJvp('sign'),                                   // piecewise constant
  exp: expJvp,                                             // d eˣ = dx·ans
  log: logJvp,                                             // d log x = dx / x
  log1p: log1pJvp,                                         // d log(1+x) = dx / (x + 1)
  expm1: expm1Jvp,                                         // d(eˣ − 1) = dx·(ans + 1)
  sin: sinJvp,                                             // d sin x = dx·cos x
  cos: cosJvp,                                             // d cos x = −(dx·sin x)
  tan: tanJvp,                                             // d tan x = dx·(1 + ans²)
  tanh: tanhJvp,                                           // d tanh x = (dx + dx·ans)·(1 − ans)
  logistic: logisticJvp,                                   // dσ = dx·ans·(1 − ans)
  sqrt: sqrtJvp,                                           // d√x = dx·(0.5 / ans)
  rsqrt: rsqrtJvp,                                         // d x^(−½) = dx·(−0.5·ans / x)
  floor: zeroJvp('floor'),                                 // piecewise constant
  ceil: zeroJvp('ceil'),                                   // piecewise constant
  round: zeroJvp('round'),                                 // piecewise constant
  erf: erfJvp,                                             // d erf x = 2/√π·dx·e^(−x²)
  erf_inv: erfInvJvp,                                      // d erf⁻¹ x = √π/2·dx·e^(ans²)
  is_finite: zeroJvp('is_finite'),                         // bool output
  not: zeroJvp('not'),                                     // integer/bool output
  integer_pow: integerPowJvp,                              // d xⁿ = dx·n·x^(n−1)
  pow: powJvp,                                             // d xʸ = dx·y·x^(y−1) + dy·log(x)·ans
  add: addJvp,                                             // d(x+y) = dx + dy
  add_any: addAnyJvp,                                      // d(x+y) = dx + dy
  sub: subJvp,                                             // d(x−y) = dx − dy
  mul: mulJvp,                                             // d(x·y) = dx·y + x·dy
  div: divJvp,                                             // d(x/y) = dx/y − dy·x·y⁻²
  rem: remJvp,                                             // d rem(x,y) = dx − dy·trunc(x/y)
  max: maxJvp,                                             // d max = dx·[x=ans] + dy·[y=ans], ties ½ each
  min: minJvp,                                             // d min = dx·[x=ans] + dy·[y=ans], ties ½ each
  atan2: atan2Jvp,                                         // d atan2(x,y) = (y·dx − x·dy)/(x² + y²)
  eq: zeroJvp('eq'),                                       // bool output
  ne: zeroJvp('ne'),                                       // bool output
  lt: zeroJvp('lt'),                                       // bool output
  le: zeroJvp('le'),                                       // bool output
  gt: zeroJvp('gt'),                                       // bool output
  ge: zeroJvp('ge'),                                       // bool output
  and: zeroJvp('and'),                                     // integer/bool output
  or: zeroJvp('or'),                                       // integer/bool output
  xor: zeroJvp('xor'),                                     // integer/bool output
  shift_left: zeroJvp('shift_left'),                       // integer output
  shift_right_logical: zeroJvp('shift_right_logical'),     // integer output
  shift_right_arithmetic: zeroJvp('shift_right_arithmetic'), // integer output
  select_n: selectNJvp,                                    // d select_n(w, *c) = select_n(w, *dc)
  convert_element_type: convertElementTypeJvp,             // float→float: convert(dx); else zero
  bitcast_convert_type: zeroJvp('bitcast_convert_type'),   // bit reinterpretation: not differentiable
  broadcast_in_dim: linearJvp('broadcast_in_dim'),         // linear: broadcast(dx)
  reshape: linearJvp('reshape'),                           // linear: reshape(dx)
  transpose: linearJvp('transpose'),                       // linear: transpose(dx)
  squeeze: linearJvp('squeeze'),                           // linear: squeeze(dx)
  rev: linearJvp('rev'),                                   // linear: rev(dx)
  reduce_sum: linearJvp('reduce_sum'),                     // linear: Σ dx
  reduce_max: reduceMaxJvp,                                // Σ dx·loc / Σ loc, loc = [x = max]
  reduce_min: reduceMinJvp,                                // Σ dx·loc / Σ loc, loc = [x = min]
  reduce_prod: reduceProdJvp,                              // pairwise tree of d(a·b) = da·b + a·db
  argmax: zeroJvp('argmax'),                               // integer output
  argmin: zeroJvp('argmin'),                               // integer output
  reduce_window_sum: linearJvp('reduce_window_sum'),       // linear: window sums of dx
  reduce_window_max: reduceWindowMaxJvp,                   // select_and_gather_add(dx, x)
  select_and_gather_add: selectAndGatherAddJvp,            // linear in the tangents operand
  select_and_scatter_add: selectAndScatterAddJvp,          // linear in the source
  dot_general: dotGeneralJvp,                              // d(x·y) = dx·y + x·dy
  conv_general_dilated: convJvp,                           // d(x⋆w) = dx⋆w + x⋆dw
  slice: linearJvp('slice'),                               // linear: slice(dx)
  pad: linearJvp('pad', [0, 1]),                           // linear in (x, pad value): pad(dx, dpv)
  concatenate: linearJvp('concatenate', 'all'),       // linear in every operand: concat(dxs)
  dynamic_slice: linearJvp('dynamic_slice', [0]),          // linear in x: dynamic_slice(dx, idx)
  dynamic_update_slice: linearJvp('dynamic_update_slice', [0, 1]), // linear in (x, update)
  gather: linearJvp('gather', [0], (p) => ({ ...p, fill_value: p.mode === 'fill' ? 0 : p.fill_value })), // gather(dx, idx), filled with 0
  scatter_add: linearJvp('scatter_add', [0, 2]),           // linear in (x, updates)
  iota: zeroJvp('iota'),                                   // no inputs, integer output
  cumsum: linearJvp('cumsum'),                             // linear: cumsum(dx)
  sort: sortJvp,                                           // sort an iota along; gather dx by the permutation
  stop_gradient: zeroJvp('stop_gradient'),                 // zero tangent by definition
  threefry2x32: zeroJvp('threefry2x32'),                   // u32 outputs
  random_bits: zeroJvp('random_bits'),                     // u32 output
  jit: jitJvp,                                             // jvpJaxpr of the body in one new jit eqn
};

/** Wraps every rule with the float0 guard (see float0AsZero); the keys and their types are unchanged. */
function guarded(table: JvpTable): JvpTable {
  const out: Partial<Record<Prim, unknown>> = {};
  for (const p of PRIMS) out[p] = float0AsZero(p, table[p] as JvpRule<typeof p>);
  // Every key of PRIMS was set just above with a rule of that key's type.
  return out as JvpTable;
}

/** The JVP rule of every primitive (see JvpRule for the signature). */
export const jvpRules: JvpTable = guarded(rules);
