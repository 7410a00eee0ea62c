// Abstract-eval rules of indexing primitives: dynamic_slice, dynamic_update_slice, gather, scatter_add
// (jax/_src/lax/slicing.py), and random_bits. Imports only ./abstract-eval-check, ./dtype, ./primitives (types).
import {
  aval, arity, avalsStr, fail, intsParam, requireKind, requireScalar, tupleStr, type AbstractEvalRule,
} from './abstract-eval-check.js';
import { avalStr, type Aval } from './dtype.js';
import type { Prim } from './primitives.js';

function scalarIndices(prim: Prim, idx: readonly Aval[], rank: number, operand: Aval): void {
  if (idx.length !== rank) fail(prim, 'arity/mismatch', 'one start index per operand dim is needed', `${idx.length} indices for ${avalStr(operand)}`, `${rank} scalar indices`);
  for (const i of idx) {
    requireScalar(prim, i, 'each start index');
    requireKind(prim, i, 'int', 'start index');
  }
}

export const dynamicSlice: AbstractEvalRule<'dynamic_slice'> = (inputs, params) => {
  arity('dynamic_slice', inputs, 1, Infinity);
  const [x, ...idx] = inputs as [Aval, ...Aval[]];
  scalarIndices('dynamic_slice', idx, x.shape.length, x);
  const sizes = intsParam('dynamic_slice', 'slice_sizes', params.slice_sizes, x.shape.length, 0);
  if (sizes.some((s, i) => s > x.shape[i]!))
    fail('dynamic_slice', 'shape/mismatch', 'slice_sizes must fit in the operand', `${tupleStr(sizes)} for ${avalStr(x)}`, 'each size ≤ its dim');
  return [aval(sizes, x.dtype, !!x.weak)];
};

export const dynamicUpdateSlice: AbstractEvalRule<'dynamic_update_slice'> = (inputs) => {
  arity('dynamic_update_slice', inputs, 2, Infinity);
  const [x, u, ...idx] = inputs as [Aval, Aval, ...Aval[]];
  if (u.dtype !== x.dtype) fail('dynamic_update_slice', 'dtype/mismatch', 'operand and update dtypes must be equal', avalsStr([x, u]), 'equal dtypes');
  if (u.shape.length !== x.shape.length || u.shape.some((d, i) => d > x.shape[i]!))
    fail('dynamic_update_slice', 'shape/mismatch', 'the update must have the operand\'s rank and fit in it', avalsStr([x, u]), `an update of rank ${x.shape.length} with each dim ≤ the operand's`);
  scalarIndices('dynamic_update_slice', idx, x.shape.length, x);
  return [aval(x.shape, x.dtype, !!x.weak && !!u.weak)];
};

// ---- gather / scatter -------------------------------------------------------------------------------

type Fail = (what: string, got: string, expected?: string) => never;

function failer(prim: Prim, ctx: string): Fail {
  return (what, got, expected = 'valid dimension numbers') => fail(prim, 'params/invalid', what, `${got} (${ctx})`, expected);
}

/** Distinct, in `0..rank-1`, and (when `sorted`) increasing: XLA's checks on a dimension-number list. */
function dimList(bad: Fail, name: string, v: unknown, rank: number, sorted: boolean, prim: Prim): readonly number[] {
  const dims = intsParam(prim, name, v);
  if (sorted && dims.some((d, i) => i > 0 && d < dims[i - 1]!)) bad(`${name} must be sorted`, tupleStr(dims), 'increasing dims');
  if (new Set(dims).size !== dims.length) bad(`${name} has a repeated dim`, tupleStr(dims), 'distinct dims');
  if (dims.some((d) => d < 0 || d >= rank)) bad(`${name} has a dim out of range`, tupleStr(dims), `dims in 0..${rank - 1}`);
  return dims;
}

function disjoint(bad: Fail, a: readonly number[], b: readonly number[], na: string, nb: string): void {
  if (a.some((d) => b.includes(d))) bad(`${na} and ${nb} must be disjoint`, `${tupleStr(a)} and ${tupleStr(b)}`);
}

/** The batching-dims checks shared by gather and scatter. */
function batching(bad: Fail, op: Aval, idx: Aval, ob: readonly number[], ib: readonly number[], ibName: string): void {
  if (ib.includes(idx.shape.length - 1)) bad(`${ibName} must not contain the index vector dim`, tupleStr(ib), `dims below ${idx.shape.length - 1}`);
  if (ob.length !== ib.length) bad(`operand_batching_dims and ${ibName} must be as many`, `${tupleStr(ob)} and ${tupleStr(ib)}`);
  const os = ob.map((d) => op.shape[d]!);
  const is = ib.map((d) => idx.shape[d]!);
  if (os.some((d, i) => d !== is[i])) bad('operand and indices batch dims must have equal sizes', `${tupleStr(os)} and ${tupleStr(is)}`);
}

function dimensionNumbers<T>(prim: Prim, dn: T): T {
  if (typeof dn !== 'object' || dn === null) fail(prim, 'params/invalid', 'dimension_numbers must be an object', String(dn), 'gather/scatter dimension numbers');
  return dn;
}

function indicesOperand(prim: Prim, idx: Aval): void {
  requireKind(prim, idx, 'int', 'indices');
  if (idx.shape.length < 1) fail(prim, 'shape/mismatch', 'indices need an index vector dim (the last)', avalStr(idx), 'rank ≥ 1');
}

export const gather: AbstractEvalRule<'gather'> = (inputs, params) => {
  arity('gather', inputs, 2);
  const [op, idx] = inputs as [Aval, Aval];
  indicesOperand('gather', idx);
  const dn = dimensionNumbers('gather', params.dimension_numbers);
  const bad = failer('gather', `${avalsStr(inputs)}`);
  const outRank = (dn.offset_dims?.length ?? 0) + idx.shape.length - 1;
  const offset = dimList(bad, 'offset_dims', dn.offset_dims, outRank, true, 'gather');
  const sim = dimList(bad, 'start_index_map', dn.start_index_map, op.shape.length, false, 'gather');
  if (sim.length !== idx.shape.at(-1)) bad('start_index_map must have one entry per index vector element', `${tupleStr(sim)} for indices ${avalStr(idx)}`, `${idx.shape.at(-1)} entries`);
  const collapsed = dimList(bad, 'collapsed_slice_dims', dn.collapsed_slice_dims, op.shape.length, true, 'gather');
  const ob = dimList(bad, 'operand_batching_dims', dn.operand_batching_dims, op.shape.length, true, 'gather');
  disjoint(bad, collapsed, ob, 'collapsed_slice_dims', 'operand_batching_dims');
  disjoint(bad, sim, ob, 'start_index_map', 'operand_batching_dims');
  const ib = dimList(bad, 'start_indices_batching_dims', dn.start_indices_batching_dims, idx.shape.length, false, 'gather');
  batching(bad, op, idx, ob, ib, 'start_indices_batching_dims');
  if (offset.length + collapsed.length + ob.length !== op.shape.length)
    bad('every operand dim must be an offset, collapsed or batching dim', `${offset.length} + ${collapsed.length} + ${ob.length} dims`, `${op.shape.length} in total`);
  const sizes = intsParam('gather', 'slice_sizes', params.slice_sizes, op.shape.length, 0);
  if (sizes.some((s, i) => s > op.shape[i]!)) bad('slice_sizes must fit in the operand', tupleStr(sizes), 'each size ≤ its dim');
  if (collapsed.some((d) => sizes[d] !== 1)) bad('collapsed_slice_dims must have slice size 1', `slice_sizes=${tupleStr(sizes)}`);
  if (ob.some((d) => sizes[d]! > 1)) bad('operand_batching_dims must have slice size ≤ 1', `slice_sizes=${tupleStr(sizes)}`);
  if (params.mode !== 'clip' && params.mode !== 'fill') bad('mode must be clip or fill', String(params.mode), "'clip' or 'fill'");
  const window = sizes.filter((_, i) => !collapsed.includes(i) && !ob.includes(i));
  const batch = idx.shape.slice(0, -1);
  let w = 0;
  let b = 0;
  const shape = Array.from({ length: outRank }, (_, i) => (offset.includes(i) ? window[w++]! : batch[b++]!));
  return [aval(shape, op.dtype, !!op.weak)];
};

/** scatter_add(operand, indices, updates): the operand's aval; XLA's scatter checks. */
export const scatterAdd: AbstractEvalRule<'scatter_add'> = (inputs, params) => {
  arity('scatter_add', inputs, 3);
  const [op, idx, upd] = inputs as [Aval, Aval, Aval];
  indicesOperand('scatter_add', idx);
  requireKind('scatter_add', op, 'numeric');
  if (upd.dtype !== op.dtype) fail('scatter_add', 'dtype/mismatch', 'operand and updates dtypes must be equal', avalsStr([op, upd]), 'equal dtypes');
  const dn = dimensionNumbers('scatter_add', params.dimension_numbers);
  const bad = failer('scatter_add', avalsStr(inputs));
  const uwd = dimList(bad, 'update_window_dims', dn.update_window_dims, upd.shape.length, true, 'scatter_add');
  const iwd = dimList(bad, 'inserted_window_dims', dn.inserted_window_dims, op.shape.length, true, 'scatter_add');
  const ob = dimList(bad, 'operand_batching_dims', dn.operand_batching_dims, op.shape.length, true, 'scatter_add');
  const sdod = dimList(bad, 'scatter_dims_to_operand_dims', dn.scatter_dims_to_operand_dims, op.shape.length, false, 'scatter_add');
  disjoint(bad, iwd, ob, 'inserted_window_dims', 'operand_batching_dims');
  disjoint(bad, sdod, ob, 'scatter_dims_to_operand_dims', 'operand_batching_dims');
  const ib = dimList(bad, 'scatter_indices_batching_dims', dn.scatter_indices_batching_dims, idx.shape.length, false, 'scatter_add');
  batching(bad, op, idx, ob, ib, 'scatter_indices_batching_dims');
  if (uwd.length + iwd.length + ob.length !== op.shape.length)
    bad('the scatter window must cover the operand', `${uwd.length} + ${iwd.length} + ${ob.length} window dims`, `${op.shape.length} in total`);
  if (sdod.length !== idx.shape.at(-1)) bad('scatter_dims_to_operand_dims must have one entry per index vector element', tupleStr(sdod), `${idx.shape.at(-1)} entries`);
  const scatterDims = upd.shape.filter((_, i) => !uwd.includes(i));
  const batch = idx.shape.slice(0, -1);
  if (scatterDims.length !== batch.length || scatterDims.some((d, i) => d !== batch[i]))
    fail('scatter_add', 'shape/mismatch', 'the updates\' scatter dims must match the indices\' batch dims', `${tupleStr(scatterDims)} and ${tupleStr(batch)} (${avalsStr(inputs)})`, 'equal sizes');
  const maxWindow = op.shape.filter((_, i) => !iwd.includes(i) && !ob.includes(i));
  if (uwd.some((d, i) => upd.shape[d]! > maxWindow[i]!))
    fail('scatter_add', 'shape/mismatch', 'update window dims must fit in the operand', `${avalStr(upd)} for ${avalStr(op)}`, `window sizes ≤ ${tupleStr(maxWindow)}`);
  if (params.mode !== 'clip' && params.mode !== 'fill') bad('mode must be clip or fill', String(params.mode), "'clip' or 'fill'");
  return [aval(op.shape, op.dtype, !!op.weak && !!upd.weak)];
};

/** random_bits(key): u32[..., 2] → u32[..., *shape]. */
export const randomBits: AbstractEvalRule<'random_bits'> = (inputs, params) => {
  arity('random_bits', inputs, 1);
  const k = inputs[0]!;
  if (k.dtype !== 'u32' || k.shape.at(-1) !== 2) fail('random_bits', 'shape/mismatch', 'the key must be raw key data', avalStr(k), 'u32[..., 2]');
  if (params.bit_width !== 32) fail('random_bits', 'params/invalid', 'only 32-bit random bits are supported', `bit_width=${String(params.bit_width)}`, 'bit_width=32');
  const shape = intsParam('random_bits', 'shape', params.shape, undefined, 0);
  return [aval([...k.shape.slice(0, -1), ...shape], 'u32')];
};
