// Abstract-eval rules of the contractions dot_general and conv_general_dilated (jax/_src/lax/lax.py and
// convolution.py). Imports only ./abstract-eval-check, ./dtype and ./primitives (types).
import {
  aval, allWeak, arity, avalsStr, dilateDim, dtypeParam, fail, intParam, intsParam, permutationParam, requireKind,
  sameDTypes, strideDim, tupleStr, tuplesParam, type AbstractEvalRule,
} from './abstract-eval-check.js';
import { avalStr, isFloat, isNumeric, type Aval, type DType } from './dtype.js';
import type { Prim } from './primitives.js';

function preferred(prim: Prim, v: unknown, input: DType): DType {
  const d = dtypeParam(prim, 'preferred_element_type', v);
  if (!isNumeric(d) || (isFloat(input) && !isFloat(d)))
    fail(prim, 'params/invalid', 'preferred_element_type does not fit the operands', `${d} for ${input} operands`, isFloat(input) ? 'f32' : 'a numeric dtype');
  return d;
}

function pairOfLists(prim: Prim, name: string, v: unknown): [readonly number[], readonly number[]] {
  if (!Array.isArray(v) || v.length !== 2) fail(prim, 'params/invalid', `${name} must be a pair of axis lists`, JSON.stringify(v) ?? String(v), 'a pair (lhs, rhs)');
  return [intsParam(prim, `${name}[0]`, v[0]), intsParam(prim, `${name}[1]`, v[1])];
}

/** Checks lhs/rhs axis lists of one kind: equal counts, in range, distinct, equal sizes. */
function matchedAxes(lhs: Aval, rhs: Aval, l: readonly number[], r: readonly number[], kind: string): void {
  // The message's context is built only on failure (this runs for every dot_general bound).
  const got = (): string => `${kind} dims ${tupleStr(l)} and ${tupleStr(r)} for ${avalsStr([lhs, rhs])}`;
  if (l.length !== r.length) fail('dot_general', 'params/invalid', `lhs and rhs ${kind} dims must be as many`, got(), 'equally many axes');
  const inRange = (axes: readonly number[], a: Aval): boolean => axes.every((x) => x >= 0 && x < a.shape.length);
  if (!inRange(l, lhs) || !inRange(r, rhs)) fail('dot_general', 'params/invalid', `${kind} dims out of range`, got(), 'axes within each operand\'s rank');
  const sl = l.map((a) => lhs.shape[a]!);
  const sr = r.map((a) => rhs.shape[a]!);
  if (sl.some((d, i) => d !== sr[i]))
    fail('dot_general', 'shape/mismatch', `${kind} dims must have equal sizes`, `sizes ${tupleStr(sl)} and ${tupleStr(sr)} (${got()})`, 'equal sizes pairwise');
}

/** Output: batch dims (lhs order), then lhs free dims, then rhs free dims. */
export const dotGeneral: AbstractEvalRule<'dot_general'> = (inputs, params) => {
  arity('dot_general', inputs, 2);
  const [lhs, rhs] = inputs as [Aval, Aval];
  sameDTypes('dot_general', inputs);
  requireKind('dot_general', lhs, 'numeric');
  const dn = params.dimension_numbers as unknown;
  if (!Array.isArray(dn) || dn.length !== 2) fail('dot_general', 'params/invalid', 'dimension_numbers must be ((lc, rc), (lb, rb))', JSON.stringify(dn) ?? String(dn), 'a pair of pairs');
  const [lc, rc] = pairOfLists('dot_general', 'contracting dims', dn[0]);
  const [lb, rb] = pairOfLists('dot_general', 'batch dims', dn[1]);
  matchedAxes(lhs, rhs, lc, rc, 'contracting');
  matchedAxes(lhs, rhs, lb, rb, 'batch');
  for (const [axes, a, side] of [[[...lc, ...lb], lhs, 'lhs'], [[...rc, ...rb], rhs, 'rhs']] as const)
    if (new Set(axes).size !== axes.length)
      fail('dot_general', 'params/invalid', `${side} contracting and batch dims must be distinct`, `${tupleStr(axes)} for ${avalStr(a)}`, 'each axis used once');
  const free = (a: Aval, used: readonly number[]): number[] => a.shape.filter((_, i) => !used.includes(i));
  const shape = [...lb.map((a) => lhs.shape[a]!), ...free(lhs, [...lc, ...lb]), ...free(rhs, [...rc, ...rb])];
  return [aval(shape, preferred('dot_general', params.preferred_element_type, lhs.dtype), allWeak(inputs))];
};

type ConvParams = Parameters<AbstractEvalRule<'conv_general_dilated'>>[1];
const CONV = 'conv_general_dilated';

/** The group-count checks of JAX's `_conv_general_dilated_shape_rule`. */
function checkGroups(lhs: Aval, rhs: Aval, p: ConvParams, specs: readonly (readonly number[])[]): void {
  const fgc = intParam(CONV, 'feature_group_count', p.feature_group_count, 1);
  const bgc = intParam(CONV, 'batch_group_count', p.batch_group_count, 1);
  const [ls, rs] = specs as [readonly number[], readonly number[]];
  const lhsBatch = lhs.shape[ls[0]!]!;
  const lhsFeat = lhs.shape[ls[1]!]!;
  const rhsOut = rhs.shape[rs[0]!]!;
  const rhsIn = rhs.shape[rs[1]!]!;
  const got = `${avalsStr([lhs, rhs])} with feature_group_count=${fgc} batch_group_count=${bgc}`;
  if (fgc > 1 && bgc > 1) fail(CONV, 'params/invalid', 'at most one of feature_group_count and batch_group_count may be > 1', got, 'one of them 1');
  if (lhsFeat % fgc !== 0) fail(CONV, 'shape/mismatch', 'feature_group_count must divide the lhs feature dim', `${lhsFeat} features (${got})`, `a multiple of ${fgc}`);
  if (lhsFeat / fgc !== rhsIn)
    fail(CONV, 'shape/mismatch', 'lhs features / feature_group_count must equal the rhs in-feature dim', `${lhsFeat} / ${fgc} vs ${rhsIn} (${got})`, `rhs in-feature dim ${lhsFeat / fgc}`);
  if (rhsOut % fgc !== 0) fail(CONV, 'shape/mismatch', 'the rhs out-feature dim must be a multiple of feature_group_count', `${rhsOut} (${got})`, `a multiple of ${fgc}`);
  if (lhsBatch % bgc !== 0) fail(CONV, 'shape/mismatch', 'batch_group_count must divide the lhs batch dim', `${lhsBatch} (${got})`, `a multiple of ${bgc}`);
  if (rhsOut % bgc !== 0) fail(CONV, 'shape/mismatch', 'the rhs out-feature dim must be a multiple of batch_group_count', `${rhsOut} (${got})`, `a multiple of ${bgc}`);
}

function convSpecs(lhs: Aval, p: ConvParams): [readonly number[], readonly number[], readonly number[]] {
  const dn = p.dimension_numbers as unknown as Record<string, unknown> | null;
  if (typeof dn !== 'object' || dn === null) fail(CONV, 'params/invalid', 'dimension_numbers must be {lhs_spec, rhs_spec, out_spec}', String(dn), 'an object');
  const r = lhs.shape.length;
  return [permutationParam(CONV, 'lhs_spec', dn.lhs_spec, r), permutationParam(CONV, 'rhs_spec', dn.rhs_spec, r), permutationParam(CONV, 'out_spec', dn.out_spec, r)];
}

/** Spatial out = floor((dilate(lhs, lhs_dil) + lo + hi - dilate(rhs, rhs_dil)) / stride) + 1; batch = N / bgc. */
export const convGeneralDilated: AbstractEvalRule<'conv_general_dilated'> = (inputs, params) => {
  arity(CONV, inputs, 2);
  const [lhs, rhs] = inputs as [Aval, Aval];
  sameDTypes(CONV, inputs);
  requireKind(CONV, lhs, 'numeric');
  if (lhs.shape.length !== rhs.shape.length || lhs.shape.length < 2)
    fail(CONV, 'shape/mismatch', 'lhs and rhs must have the same rank, at least 2', avalsStr(inputs), 'equal ranks ≥ 2');
  const specs = convSpecs(lhs, params);
  const [ls, rs, os] = specs;
  checkGroups(lhs, rhs, params, specs);
  const ns = lhs.shape.length - 2;
  const strides = intsParam(CONV, 'window_strides', params.window_strides, ns, 1);
  const pads = tuplesParam(CONV, 'padding', params.padding, ns, 2);
  const ldil = intsParam(CONV, 'lhs_dilation', params.lhs_dilation, ns, 1);
  const rdil = intsParam(CONV, 'rhs_dilation', params.rhs_dilation, ns, 1);
  const spatial = strides.map((s, i) => {
    const padded = dilateDim(lhs.shape[ls[i + 2]!]!, ldil[i]!) + pads[i]![0]! + pads[i]![1]!;
    if (padded < 0) fail(CONV, 'params/invalid', 'negative padding is larger than the spatial dim', `padding ${tupleStr(pads[i]!)} for spatial dim ${i} of ${avalStr(lhs)}`, 'a padded size ≥ 0');
    return strideDim(padded, dilateDim(rhs.shape[rs[i + 2]!]!, rdil[i]!), s);
  });
  const outT = [lhs.shape[ls[0]!]! / params.batch_group_count, rhs.shape[rs[0]!]!, ...spatial];
  const shape = new Array<number>(outT.length);
  os.forEach((pos, i) => (shape[pos] = outT[i]!));
  return [aval(shape, preferred(CONV, params.preferred_element_type, lhs.dtype), allWeak(inputs))];
};
