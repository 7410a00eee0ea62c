// nn activations and normalisers (jax.nn semantics): relu, gelu, sigmoid, tanh, silu, elu, softplus,
// softmax, logSoftmax, logsumexp, written over lax. Imports lax, bind, convert and ir; must not import np.
import { avalStr, isFloat } from '../ir/dtype.js';
import { UserError } from '../ir/errors.js';
import { Array } from './array.js';
import type { Value } from './bind.js';
import { bind1, Scalar, scalar } from './bind.js';
import type { ArrayLike } from './convert.js';
import { toOperand, typedFrom } from './convert.js';
import * as lax from './lax.js';
import { Tracer } from '../trace/trace.js';

/** Any array-like as a Value: JS scalars become (weak) concrete scalar arrays. */
function asValue(api: string, x: ArrayLike): Value {
  const o = toOperand(api, x, 'x');
  if (o instanceof Scalar) return new Array(typedFrom(o.aval.dtype, [o.value]), [], o.aval.dtype, !!o.aval.weak);
  return o;
}

/** The input of a float function: integers and bools are converted to float32 (JAX's promote_args_inexact). */
function asFloat(api: string, x: ArrayLike): Value {
  const v = asValue(api, x);
  return isFloat(v.aval.dtype) ? v : lax.convertElementType(v, 'f32', !!v.aval.weak) as Value;
}

/**
 * An array of `value` with the aval of `like` (JAX's full_like): a scalar stays a JS number (a literal
 * for select_n); otherwise a broadcast literal, recorded in `like`'s trace when it is traced (bind would
 * evaluate an op without tracer operands eagerly and make the zeros a const of the jaxpr).
 */
function fullLike(like: Value, value: number): Value | number {
  const { shape, dtype } = like.aval;
  if (shape.length === 0) return value;
  const params = { shape: [...shape], broadcast_dimensions: [] };
  if (like instanceof Tracer) return like.trace.bind('broadcast_in_dim', [like.trace.literal(value, { shape: [], dtype })], params)[0]!;
  return bind1('broadcast_in_dim', [scalar(value, dtype)], params);
}

/** Reduction axes, made non-negative and sorted; `null` means all axes. */
export function normalizeAxes(api: string, x: Value, axis: number | readonly number[] | null): number[] {
  const rank = x.aval.shape.length;
  if (axis === null) return x.aval.shape.map((_, i) => i);
  const list = typeof axis === 'number' ? [axis] : [...axis];
  const out = list.map((a) => {
    if (!Number.isInteger(a) || a < -rank || a >= rank) {
      throw new UserError('axis/out-of-range', api, 'axis is out of range', `${String(a)} for ${avalStr(x.aval)}`, rank === 0 ? 'no axis for a scalar (rank 0)' : `an axis in ${-rank}..${rank - 1}`);
    }
    return a < 0 ? a + rank : a;
  });
  if (new Set(out).size !== out.length) {
    throw new UserError('axis/duplicate', api, 'axes are repeated', `[${list.join(', ')}]`, 'distinct axes');
  }
  return out.sort((a, b) => a - b);
}

/** A reduced value broadcast back to the keepdims shape (size 1 on the reduced axes). */
function keepDims(m: Value, shape: readonly number[], axes: readonly number[]): Value {
  const kept = shape.map((_, i) => i).filter((i) => !axes.includes(i));
  return lax.broadcastInDim(m, shape.map((d, i) => (axes.includes(i) ? 1 : d)), kept);
}

/**
 * max(x, 0), written select_n(x ≤ 0, x, 0): a select's JVP takes the chosen branch's tangent, so the
 * derivative at 0 is 0 as JAX's custom_jvp relu gives (a lax max would split the tie: 0.5), and NaN
 * passes through (NaN ≤ 0 is false) as it does through max.
 */
export function relu(x: ArrayLike): Value {
  const v = asValue('nn.relu', x);
  return lax.selectN(lax.le(v, 0), v, fullLike(v, 0));
}

/** Logistic sigmoid 1 / (1 + e^-x). */
export const sigmoid = (x: ArrayLike): Value => lax.logistic(asFloat('nn.sigmoid', x));

export const tanh = (x: ArrayLike): Value => lax.tanh(asFloat('nn.tanh', x));

/** x · sigmoid(x) (also called swish). */
export function silu(x: ArrayLike): Value {
  const v = asFloat('nn.silu', x);
  return lax.mul(v, lax.logistic(v));
}

/**
 * GELU. approximate (JAX's default): x · 0.5(1 + tanh(√(2/π)(x + 0.044715x³))); exact:
 * 0.5x(1 + erf(x/√2)) (JAX writes erfc(-x/√2), equal up to rounding; for x ≪ 0 this gives -0 where
 * erfc keeps a tiny tail).
 */
export function gelu(x: ArrayLike, o: { approximate?: boolean } = {}): Value {
  const v = asFloat('nn.gelu', x);
  if (o.approximate ?? true) {
    const inner = lax.mul(Math.fround(Math.sqrt(2 / Math.PI)), lax.add(v, lax.mul(0.044715, lax.integerPow(v, 3))));
    return lax.mul(v, lax.mul(0.5, lax.add(1, lax.tanh(inner))));
  }
  return lax.mul(lax.mul(0.5, v), lax.add(1, lax.erf(lax.mul(v, Math.fround(Math.SQRT1_2)))));
}

/** x for x > 0, alpha(e^x - 1) otherwise (the inner select keeps e^x finite on the unused side). */
export function elu(x: ArrayLike, alpha = 1): Value {
  const v = asFloat('nn.elu', x);
  const pos = lax.gt(v, 0);
  const safe = lax.selectN(pos, v, fullLike(v, 0));
  return lax.selectN(pos, lax.mul(alpha, lax.expm1(safe)), v);
}

/** log(1 + e^x) as JAX's logaddexp(x, 0): max(x, 0) + log1p(e^-|x|), NaN where x - 0 is NaN. */
export function softplus(x: ArrayLike): Value {
  const v = asFloat('nn.softplus', x);
  const delta = lax.sub(v, 0);
  const stable = lax.add(lax.max(v, 0), lax.log1p(lax.exp(lax.neg(lax.abs(delta)))));
  return lax.selectN(lax.ne(delta, delta), stable, lax.add(v, 0));
}

/** The max over `axes`, at least -inf, broadcast back to keepdims (JAX: jnp.max(initial=-inf, keepdims=True)). */
function maxKeep(x: Value, axes: readonly number[]): Value {
  return keepDims(lax.max(-Infinity, lax.reduceMax(x, axes)), x.aval.shape, axes);
}

/** e^x / Σ e^x along `axis` (default -1; `null` for all axes), shifted by the stop-gradient max. */
export function softmax(x: ArrayLike, axis: number | readonly number[] | null = -1): Value {
  const v = asFloat('nn.softmax', x);
  const axes = normalizeAxes('nn.softmax', v, axis);
  const unnormalized = lax.exp(lax.sub(v, lax.stopGradient(maxKeep(v, axes))));
  return lax.div(unnormalized, keepDims(lax.reduceSum(unnormalized, axes), v.aval.shape, axes));
}

/** x - logsumexp(x) along `axis`, computed as shifted - log Σ e^shifted. */
export function logSoftmax(x: ArrayLike, axis: number | readonly number[] | null = -1): Value {
  const v = asFloat('nn.logSoftmax', x);
  const axes = normalizeAxes('nn.logSoftmax', v, axis);
  const shifted = lax.sub(v, lax.stopGradient(maxKeep(v, axes)));
  return lax.sub(shifted, lax.log(keepDims(lax.reduceSum(lax.exp(shifted), axes), v.aval.shape, axes)));
}

/**
 * log Σ e^x over `axis` (default: all axes). The max is replaced by 0 where it is not finite, so an
 * all -inf slice gives log 0 + 0 = -inf rather than NaN, and is a stop_gradient constant.
 */
export function logsumexp(x: ArrayLike, axis: number | readonly number[] | null = null, o: { keepdims?: boolean } = {}): Value {
  const v = asFloat('nn.logsumexp', x);
  const axes = normalizeAxes('nn.logsumexp', v, axis);
  const m = lax.max(-Infinity, lax.reduceMax(v, axes));
  const amax = lax.stopGradient(lax.selectN(lax.isFinite(m), fullLike(m, 0), m));
  const amaxKeep = keepDims(amax, v.aval.shape, axes);
  let sumexp = lax.reduceSum(lax.exp(lax.sub(v, amaxKeep)), axes);
  if (o.keepdims) sumexp = keepDims(sumexp, v.aval.shape, axes);
  return lax.add(lax.log(lax.abs(sumexp)), o.keepdims ? amaxKeep : amax);
}
