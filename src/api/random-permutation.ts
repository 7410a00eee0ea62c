// random.permutation: JAX's `_shuffle` (repeated stable sorts by fresh random 32-bit keys) and
// `_permutation` (a shuffled index vector taken along an axis). Imports lax and the random helpers;
// must not import np.
import { avalStr } from '../ir/dtype.js';
import { UserError } from '../ir/errors.js';
import { Array } from './array.js';
import type { Value } from './bind.js';
import type { ArrayLike } from './convert.js';
import { toOperand } from './convert.js';
import * as lax from './lax.js';
import type { Key } from './random-util.js';
import { iotaLike, split2 } from './random-util.js';

const UINT32_MAX = 4294967295;

/**
 * Sorts `x` along `axis` by fresh random keys, ceil(3·ln(max(1, size)) / ln(2^32 - 1)) times: enough
 * rounds that the concatenated keys are distinct with high probability (tjablin's criterion, as in JAX).
 */
export function shuffle(key: Key, x: Value, axis: number): Value {
  const n = x.aval.shape.reduce((a, b) => a * b, 1);
  const rounds = Math.ceil((3 * Math.log(Math.max(1, n))) / Math.log(UINT32_MAX));
  let k = key;
  let out = x;
  for (let r = 0; r < rounds; r++) {
    const [next, sub] = split2(k);
    k = next;
    const sortKeys = lax.randomBits(sub, out.aval.shape);
    out = (lax.sort([sortKeys, out], { dimension: axis, numKeys: 1, isStable: true }) as Value[])[1]!;
  }
  return out;
}

/** jnp.take(x, idx, axis) for an i32[n] index vector, as one gather. */
function take(x: Value, idx: Value, axis: number): Value {
  const shape = x.aval.shape;
  const offsetDims = shape.map((_, i) => i).filter((i) => i !== axis);
  const indices = lax.reshape(idx, [idx.aval.shape[0]!, 1]);
  return lax.gather(x, indices, {
    offset_dims: offsetDims, collapsed_slice_dims: [axis], start_index_map: [axis],
    operand_batching_dims: [], start_indices_batching_dims: [],
  }, shape.map((d, i) => (i === axis ? 1 : d)), { mode: 'clip' });
}

function rangeSize(api: string, x: unknown): number {
  const n = typeof x === 'number' ? x : x instanceof Array && x.ndim === 0 && (x.aval.dtype === 'i32' || x.aval.dtype === 'u32') ? Number(x.item()) : NaN;
  if (!Number.isInteger(n) || n < 0) {
    const got = typeof x === 'number' ? String(x) : x instanceof Array ? avalStr(x.aval) : `a traced ${avalStr((x as Value).aval)}`;
    throw new UserError('random/bad-permutation', api, 'x must be a non-negative integer or an array of rank ≥ 1', got, 'a JS integer n ≥ 0 (to permute 0..n-1) or an array', 'A traced integer has no value: pass a JS number');
  }
  return n;
}

function canonicalAxis(api: string, axis: number, rank: number, x: Value): number {
  if (!Number.isInteger(axis) || axis < -rank || axis >= rank) {
    throw new UserError('axis/out-of-range', api, 'axis is out of range', `${axis} for ${avalStr(x.aval)}`, `an axis in ${-rank}..${rank - 1}`);
  }
  return axis < 0 ? axis + rank : axis;
}

export function permutationImpl(api: string, key: Key, x: ArrayLike, axis: number, independent: boolean): Value {
  if (typeof x === 'number' || (typeof x === 'object' && 'aval' in x && x.aval.shape.length === 0)) {
    const n = rangeSize(api, x);
    const ids = iotaLike(key, 'i32', n);
    canonicalAxis(api, axis, 1, ids);
    return shuffle(key, ids, 0);
  }
  const xv = toOperand(api, x, 'x') as Value;
  const rank = xv.aval.shape.length;
  const ax = canonicalAxis(api, axis, rank, xv);
  if (independent || rank === 1) return shuffle(key, xv, ax);
  const ids = shuffle(key, iotaLike(key, 'i32', xv.aval.shape[ax]!), 0);
  return take(xv, ids, ax);
}
