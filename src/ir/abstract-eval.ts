// The abstract-eval (shape/dtype) rule of every primitive, with lax's semantics, and `abstractEval`.
// Imports only files of src/ir; must not import the verifier, the printer or any transform.
import { aval, arity, avalsStr, fail, type AbstractEvalRule } from './abstract-eval-check.js';
import { convGeneralDilated, dotGeneral } from './abstract-eval-contract.js';
import {
  binary, bitcastConvertType, convertElementType, identity, integerPow, round, selectN, threefry2x32, unary,
} from './abstract-eval-elementwise.js';
import { dynamicSlice, dynamicUpdateSlice, gather, randomBits, scatterAdd } from './abstract-eval-indexing.js';
import {
  argReduce, broadcastInDim, concatenate, cumsum, iota, pad, reduce, reduceWindow, reshape, rev, slice, sort,
  squeeze, transpose,
} from './abstract-eval-layout.js';
import { avalStr, shapeEq, type Aval } from './dtype.js';
import { UserError } from './errors.js';
import type { Params, Prim } from './primitives.js';

export type { AbstractEvalRule } from './abstract-eval-check.js';

/** jit: the inputs match the sub-jaxpr's invars (shape and dtype); the outputs are its outvars' avals. */
const jit: AbstractEvalRule<'jit'> = (inputs, params) => {
  const jaxpr = params.jaxpr as Params['jit']['jaxpr'] | undefined;
  const lists = typeof jaxpr === 'object' && jaxpr !== null ? [jaxpr.constvars, jaxpr.invars, jaxpr.outvars] : [];
  if (!lists.every((l) => Array.isArray(l) && l.every((v) => typeof v?.aval === 'object')) || lists.length === 0 || !jaxpr)
    fail('jit', 'params/invalid', 'jaxpr must be a Jaxpr', String(jaxpr), 'a Jaxpr with constvars, invars and outvars');
  if (jaxpr.constvars.length !== 0)
    fail('jit', 'params/invalid', 'the sub-jaxpr must be closed over no constvars', `${jaxpr.constvars.length} constvars`, 'none (pass consts as inputs)');
  const want = jaxpr.invars.map((v) => v.aval);
  arity('jit', inputs, want.length);
  inputs.forEach((a, i) => {
    if (a.dtype !== want[i]!.dtype || !shapeEq(a.shape, want[i]!.shape))
      fail('jit', 'shape/mismatch', `input ${i} does not match the jaxpr's invar`, `${avalsStr(inputs)} for invars ${avalsStr(want)}`, avalStr(want[i]!));
  });
  return jaxpr.outvars.map((v) => aval(v.aval.shape, v.aval.dtype, !!v.aval.weak));
};

/** (tangents, operand) of equal avals → the window-reduced shape of the operand. */
const selectAndGatherAdd: AbstractEvalRule<'select_and_gather_add'> = (inputs, params) => {
  arity('select_and_gather_add', inputs, 2);
  const [t, x] = inputs as [Aval, Aval];
  if (t.dtype !== x.dtype || !shapeEq(t.shape, x.shape))
    fail('select_and_gather_add', 'shape/mismatch', 'tangents and operand must have equal types', avalsStr(inputs), 'two equal avals');
  const [out] = reduceWindow('select_and_gather_add', 'numeric')([x], params);
  return [aval(out!.shape, t.dtype, !!t.weak)];
};

/** (source, operand): source has the window-reduced shape of the operand; the result has the operand's. */
const selectAndScatterAdd: AbstractEvalRule<'select_and_scatter_add'> = (inputs, params) => {
  arity('select_and_scatter_add', inputs, 2);
  const [s, x] = inputs as [Aval, Aval];
  const [out] = reduceWindow('select_and_scatter_add', 'numeric')([x], params);
  if (s.dtype !== x.dtype || !shapeEq(s.shape, out!.shape))
    fail('select_and_scatter_add', 'shape/mismatch', 'source must have the pooled shape of the operand', avalsStr(inputs), `${x.dtype}[${out!.shape.join(',')}] for the source`);
  return [aval(x.shape, s.dtype, !!s.weak)];
};

/** Every primitive's rule, in PRIMS order. Rules throw UserErrors with api `lax.<prim>`. */
export const abstractEvalRules: { readonly [P in Prim]: AbstractEvalRule<P> } = {
  neg: unary('neg', 'numeric'),
  abs: unary('abs', 'numeric'),
  sign: unary('sign', 'numeric'),
  exp: unary('exp', 'float'),
  log: unary('log', 'float'),
  log1p: unary('log1p', 'float'),
  expm1: unary('expm1', 'float'),
  sin: unary('sin', 'float'),
  cos: unary('cos', 'float'),
  tan: unary('tan', 'float'),
  tanh: unary('tanh', 'float'),
  logistic: unary('logistic', 'float'),
  sqrt: unary('sqrt', 'float'),
  rsqrt: unary('rsqrt', 'float'),
  floor: unary('floor', 'float'),
  ceil: unary('ceil', 'float'),
  round,
  erf: unary('erf', 'float'),
  erf_inv: unary('erf_inv', 'float'),
  is_finite: unary('is_finite', 'float', 'bool'),
  not: unary('not', 'int-or-bool'),
  integer_pow: integerPow,
  pow: binary('pow', 'float'),
  add: binary('add', 'numeric'),
  add_any: binary('add_any', 'numeric-or-float0'),
  sub: binary('sub', 'numeric'),
  mul: binary('mul', 'numeric'),
  div: binary('div', 'numeric'),
  rem: binary('rem', 'numeric'),
  max: binary('max', 'numeric-or-bool'),
  min: binary('min', 'numeric-or-bool'),
  atan2: binary('atan2', 'float'),
  eq: binary('eq', 'numeric-or-bool', 'bool'),
  ne: binary('ne', 'numeric-or-bool', 'bool'),
  lt: binary('lt', 'numeric-or-bool', 'bool'),
  le: binary('le', 'numeric-or-bool', 'bool'),
  gt: binary('gt', 'numeric-or-bool', 'bool'),
  ge: binary('ge', 'numeric-or-bool', 'bool'),
  and: binary('and', 'int-or-bool'),
  or: binary('or', 'int-or-bool'),
  xor: binary('xor', 'int-or-bool'),
  shift_left: binary('shift_left', 'int'),
  shift_right_logical: binary('shift_right_logical', 'int'),
  shift_right_arithmetic: binary('shift_right_arithmetic', 'int'),
  select_n: selectN,
  convert_element_type: convertElementType,
  bitcast_convert_type: bitcastConvertType,
  broadcast_in_dim: broadcastInDim,
  reshape,
  transpose,
  squeeze,
  rev,
  reduce_sum: reduce('reduce_sum', 'numeric'),
  reduce_max: reduce('reduce_max', 'numeric-or-bool'),
  reduce_min: reduce('reduce_min', 'numeric-or-bool'),
  reduce_prod: reduce('reduce_prod', 'numeric'),
  argmax: argReduce('argmax'),
  argmin: argReduce('argmin'),
  reduce_window_sum: reduceWindow('reduce_window_sum', 'numeric'),
  reduce_window_max: reduceWindow('reduce_window_max', 'numeric-or-bool'),
  select_and_gather_add: selectAndGatherAdd,
  select_and_scatter_add: selectAndScatterAdd,
  dot_general: dotGeneral,
  conv_general_dilated: convGeneralDilated,
  slice,
  pad,
  concatenate,
  dynamic_slice: dynamicSlice,
  dynamic_update_slice: dynamicUpdateSlice,
  gather,
  scatter_add: scatterAdd,
  iota,
  cumsum,
  sort,
  stop_gradient: identity,
  threefry2x32,
  random_bits: randomBits,
  jit,
};

/**
 * The output avals of `prim` applied to `inputs` with `params`. Throws a UserError (api `lax.<prim>`) for
 * bad operands or params; never a raw TypeError for malformed params.
 */
export function abstractEval<P extends Prim>(prim: P, inputs: readonly Aval[], params: Params[P]): Aval[] {
  const rule: AbstractEvalRule<P> | undefined = abstractEvalRules[prim];
  if (rule === undefined) throw new UserError('prim/unknown', 'lax', 'unknown primitive', String(prim), 'a name in PRIMS');
  if (typeof params !== 'object' || params === null)
    fail(prim, 'params/invalid', 'params must be an object', String(params), `the params of ${prim}`);
  return rule(inputs, params);
}
