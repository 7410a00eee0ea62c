// np reductions: sum, mean, var, std, max, min, prod, argmax, argmin, all, any, cumsum. Axis handling,
// keepdims and dtype rules as jnp. Imports np-core, lax; must not import other np-*.ts.
import { avalStr } from '../ir/dtype.js';
import type { Operand } from './bind.js';
import { scalar } from './bind.js';
import { describe } from './convert.js';
import type { ArrayLike, Axis, DTypeLike, Out, Value } from './np-core.js';
import { L, arg, typed, fail, normAxes, normAxis, npDType, toDType, value } from './np-core.js';
import * as lax from './lax.js';

type X = ArrayLike;

export interface ReduceOptions {
  readonly keepdims?: boolean;
}
export interface SumOptions extends ReduceOptions {
  readonly dtype?: DTypeLike;
}
export interface VarOptions extends ReduceOptions {
  /** Delta degrees of freedom: the divisor is N - ddof. */
  readonly ddof?: number;
}

/** Re-inserts the reduced axes as size-1 dims (jnp's keepdims, an expand_dims = broadcast_in_dim). */
function keep(out: Value, inShape: readonly number[], axes: readonly number[], keepdims: boolean | undefined): Value {
  if (!keepdims || axes.length === 0) return out;
  const shape = inShape.map((d, i) => (axes.includes(i) ? 1 : d));
  const dims = inShape.map((_, i) => i).filter((i) => !axes.includes(i));
  return lax.broadcastInDim(out, shape, dims);
}

function checkOpts(api: string, o: unknown): void {
  if (o !== undefined && (typeof o !== 'object' || o === null || globalThis.Array.isArray(o))) {
    fail(api, 'args/options', 'the options argument is not an options object', describe(o), 'an object such as {keepdims: true}');
  }
}

/** The reduction's operand (reduce prims apply only to arrays, not to JS scalars) and its axes. */
function prep(api: string, x: X, axis: Axis, o: unknown): [Value, number[]] {
  checkOpts(api, o);
  const xo = value(arg(api, x));
  return [xo, normAxes(api, axis, xo)];
}

const count = (x: Operand, axes: readonly number[]): number => axes.reduce((n, a) => n * x.aval.shape[a]!, 1);

/** Sum; bool and integer inputs sum in int32 (bool → int32), unless `dtype` says otherwise. */
export function sum<T extends X>(x: T, axis?: Axis, o: SumOptions = {}): Out<T> {
  return typed(sumValue(x, axis, o));
}
/** sum and prod: bool accumulates in int32 unless `dtype` says otherwise. */
function accumulate(api: 'sum' | 'prod', reduce: typeof lax.reduceSum, x: X, axis: Axis, o: SumOptions): Value {
  const [xo, axes] = prep(api, x, axis, o);
  const dt = o.dtype !== undefined ? npDType(api, o.dtype) : xo.aval.dtype === 'bool' ? 'i32' : xo.aval.dtype;
  const xc = value(toDType(xo, dt, !!xo.aval.weak));
  return keep(reduce(xc, axes), xo.aval.shape, axes, o.keepdims);
}
const sumValue = (x: X, axis: Axis, o: SumOptions): Value => accumulate('sum', lax.reduceSum, x, axis, o);

export function prod<T extends X>(x: T, axis?: Axis, o: SumOptions = {}): Out<T> {
  return typed(prodValue(x, axis, o));
}
const prodValue = (x: X, axis: Axis, o: SumOptions): Value => accumulate('prod', lax.reduceProd, x, axis, o);

/** Mean, in float32 for every input dtype: sum / N. */
export function mean<T extends X>(x: T, axis?: Axis, o: ReduceOptions = {}): Out<T> {
  return typed(meanValue(x, axis, o));
}
function meanValue(x: X, axis: Axis, o: ReduceOptions): Value {
  const [xo, axes] = prep('mean', x, axis, o);
  const xf = value(toDType(xo, 'f32', !!xo.aval.weak));
  const s = lax.reduceSum(xf, axes);
  return keep(lax.div(s, L(scalar(count(xo, axes), 'f32'))), xo.aval.shape, axes, o.keepdims);
}

/** Variance: mean of squared deviations, divided by N - ddof. */
export function variance<T extends X>(x: T, axis?: Axis, o: VarOptions = {}): Out<T> {
  return typed(varianceValue(x, axis, o));
}
function varianceValue(x: X, axis: Axis, o: VarOptions): Value {
  const [xo, axes] = prep('var', x, axis, o);
  const ddof = o.ddof ?? 0;
  if (typeof ddof !== 'number' || !Number.isFinite(ddof)) fail('var', 'args/invalid', 'ddof must be a number', describe(ddof), 'a finite number');
  const xf = value(toDType(xo, 'f32', !!xo.aval.weak));
  const m = meanValue(xf, axes, { keepdims: true });
  const centered = lax.integerPow(lax.sub(xf, m), 2);
  const s = lax.reduceSum(centered, axes);
  return keep(lax.div(s, L(scalar(count(xo, axes) - ddof, 'f32'))), xo.aval.shape, axes, o.keepdims);
}
export { variance as var };

export function std<T extends X>(x: T, axis?: Axis, o: VarOptions = {}): Out<T> {
  return typed(stdValue(x, axis, o));
}
function stdValue(x: X, axis: Axis, o: VarOptions): Value {
  checkOpts('std', o);
  return lax.sqrt(varianceValue(x, axis, o));
}

function extreme(api: string, f: (x: X, axes: readonly number[]) => Value) {
  return <T extends X>(x: T, axis?: Axis, o: ReduceOptions = {}): Out<T> => {
    const [xo, axes] = prep(api, x, axis, o);
    if (axes.some((a) => xo.aval.shape[a] === 0)) {
      fail(api, 'shape/empty-reduction', 'zero-size array to a reduction that has no identity', `axes [${axes.join(', ')}] of ${avalStr(xo.aval)}`, 'non-empty reduced axes');
    }
    return typed(keep(f(xo, axes), xo.aval.shape, axes, o.keepdims));
  };
}
export const max = extreme('max', lax.reduceMax);
export const min = extreme('min', lax.reduceMin);
export const amax = max;
export const amin = min;

function boolReduce(api: string, f: (x: X, axes: readonly number[]) => Value) {
  return <T extends X>(x: T, axis?: Axis, o: ReduceOptions = {}): Out<T> => {
    const [xo, axes] = prep(api, x, axis, o);
    const b = xo.aval.dtype === 'bool' ? xo : lax.ne(xo, 0);
    return typed(keep(f(b, axes), xo.aval.shape, axes, o.keepdims));
  };
}
/** all: reduce_min over bools (empty → true); any: reduce_max (empty → false). */
export const all = boolReduce('all', lax.reduceMin);
export const any = boolReduce('any', lax.reduceMax);

function argReduce(api: string, f: (x: X, axis: number) => Value) {
  return <T extends X>(x: T, axis?: number | null, o: ReduceOptions = {}): Out<T> => typed(argValue(api, f, x, axis, o));
}
function argValue(api: string, f: (x: X, axis: number) => Value, x: X, axis: number | null | undefined, o: ReduceOptions): Value {
  checkOpts(api, o);
  const x0 = value(arg(api, x));
  const flat = axis === undefined || axis === null;
  const xo = flat && x0.aval.shape.length !== 1 ? lax.reshape(x0, [x0.size]) : x0;
  const ax = flat ? 0 : normAxis(api, axis, xo);
  if (xo.aval.shape[ax] === 0) fail(api, 'shape/empty-reduction', 'attempt to get the arg of an empty sequence', avalStr(x0.aval), 'a non-empty axis');
  const out = f(xo, ax);
  if (!o.keepdims) return out;
  if (flat) return lax.reshape(out, x0.aval.shape.map(() => 1));
  return keep(out, xo.aval.shape, [ax], true);
}
export const argmax = argReduce('argmax', (x, a) => lax.argmax(x, a, 'int32'));
export const argmin = argReduce('argmin', (x, a) => lax.argmin(x, a, 'int32'));

/** Cumulative sum along `axis` (flattened when absent); bool sums in int32. */
export function cumsum<T extends X>(x: T, axis?: number | null, o: { dtype?: DTypeLike } = {}): Out<T> {
  return typed(cumsumValue(x, axis, o));
}
function cumsumValue(x: X, axis: number | null | undefined, o: { dtype?: DTypeLike }): Value {
  checkOpts('cumsum', o);
  let xo = value(arg('cumsum', x));
  if ((axis === undefined || axis === null) && xo.aval.shape.length !== 1) xo = lax.reshape(xo, [xo.size]);
  const ax = axis === undefined || axis === null ? 0 : normAxis('cumsum', axis, xo);
  const dt = o.dtype !== undefined ? npDType('cumsum', o.dtype) : xo.aval.dtype === 'bool' ? 'i32' : xo.aval.dtype;
  return lax.cumsum(value(toDType(xo, dt, !!xo.aval.weak)), ax);
}
