// np array creation: array, asarray, zeros/ones/full(+Like), arange, linspace, eye, astype. Imports np-core,
// convert, array and ir; must not import other np-*.ts.
import type { DType } from '../ir/dtype.js';
import { isFloat, size } from '../ir/dtype.js';
import { Array } from './array.js';
import type { DeviceKind } from './devices.js';
import { checkDevice } from './devices.js';
import { Scalar } from './bind.js';
import type { ArrayLike, Value } from './np-core.js';
import { describe, fromNested, fromTypedArray, isTypedArray, isValue, typedFrom } from './convert.js';
import type { DTypeLike, Out } from './np-core.js';
import { L, arg, typed, checkInt, checkShape, fail, npDType, toDType, value } from './np-core.js';
import * as lax from './lax.js';

export interface DTypeOptions {
  readonly dtype?: DTypeLike;
}

const optDType = (api: string, o: DTypeOptions | undefined): DType | undefined =>
  o?.dtype === undefined ? undefined : npDType(api, o.dtype);

function checkOptions(api: string, o: unknown): void {
  if (o && typeof o === 'object' && 'device' in o) fail(api, 'args/options', 'this creation function takes no device option', describe(o), '{dtype}', "Create it, then move it: x.to('webgpu') (or set the default device: setDefaultDevice('webgpu'))");
  if (o !== undefined && (typeof o !== 'object' || o === null || isValue(o) || globalThis.Array.isArray(o))) {
    fail(api, 'args/options', 'the options argument is not an options object', describe(o), 'an object such as {dtype: \'float32\'}');
  }
}

/** A concrete array of `shape` filled with `v` (stored through the typed array of `dtype`). */
function filled(shape: readonly number[], dtype: DType, v: number): Array {
  return new Array(typedFrom(dtype, new globalThis.Array<number>(size(shape)).fill(v)), shape, dtype);
}

/**
 * np.array: nested JS numbers → float32 (bool for all-boolean data) unless `dtype`; a JS number → a
 * rank-0 float32; an Array is copied (converted when `dtype` differs); a tracer passes through.
 */
export function array<T extends ArrayLike>(data: T, o: DTypeOptions & { readonly device?: DeviceKind } = {}): Out<T> {
  if (o?.device === undefined) return typed(arrayValue(data, o));
  const device = checkDevice('np.array', o.device);
  const v = arrayValue(data, { ...(o.dtype === undefined ? {} : { dtype: o.dtype }) });
  if (!(v instanceof Array) || v.device === device) return typed(v);
  if (device === 'cpu') fail('np.array', 'device/async', 'a webgpu array cannot be copied to the cpu synchronously', 'an array on webgpu', 'an array on cpu', "Use await x.to('cpu')");
  const out = v.to('webgpu');
  v.dispose();
  return typed(out);
}
function arrayValue(data: ArrayLike, o: DTypeOptions): Value {
  checkOptions('array', o);
  const dt = optDType('array', o);
  if (typeof data === 'number' || typeof data === 'boolean') {
    const d = dt ?? (typeof data === 'boolean' ? 'bool' : 'f32');
    return filled([], d, Number(data));
  }
  if (globalThis.Array.isArray(data)) return fromNested('np.array', data, dt);
  if (isTypedArray(data)) return fromTypedArray('np.array', data, dt);
  const x = arg('array', data, 'data');
  if (x instanceof Array && (dt === undefined || dt === x.aval.dtype)) {
    const t = x.tensor('np.array');
    return new Array(t.data.slice(), t.shape, t.dtype, !!x.aval.weak);
  }
  return dt === undefined ? value(x) : value(toDType(x, dt, false));
}

/** np.asarray: like array but an Array of the right dtype is returned as is (no copy). */
export function asarray<T extends ArrayLike>(data: T, o: DTypeOptions = {}): Out<T> {
  return typed(asarrayValue(data, o));
}
function asarrayValue(data: ArrayLike, o: DTypeOptions): Value {
  checkOptions('asarray', o);
  if (isValue(data) && (o.dtype === undefined || npDType('asarray', o.dtype) === data.aval.dtype)) {
    arg('asarray', data, 'data');
    return data;
  }
  return array(data, o);
}

export function full<T extends ArrayLike>(shape: number | readonly number[], fillValue: T, o: DTypeOptions = {}): Out<T> {
  return typed(fullValue(shape, fillValue, o));
}
function fullValue(shape: number | readonly number[], fillValue: ArrayLike, o: DTypeOptions): Value {
  checkOptions('full', o);
  const s = checkShape('full', shape);
  if (typeof fillValue !== 'number' && typeof fillValue !== 'boolean') {
    const v = arg('full', fillValue, 'fillValue');
    const dt = optDType('full', o) ?? v.aval.dtype;
    return lax.broadcastInDim(L(toDType(v, dt, false)), s, v.aval.shape.map((_, i) => i + s.length - v.aval.shape.length));
  }
  const dt = optDType('full', o) ?? (typeof fillValue === 'boolean' ? 'bool' : Number.isInteger(fillValue) ? 'i32' : 'f32');
  return filled(s, dt, Number(fillValue));
}

export function zeros(shape: number | readonly number[], o: DTypeOptions = {}): Array {
  checkOptions('zeros', o);
  return filled(checkShape('zeros', shape), optDType('zeros', o) ?? 'f32', 0);
}

export function ones(shape: number | readonly number[], o: DTypeOptions = {}): Array {
  checkOptions('ones', o);
  return filled(checkShape('ones', shape), optDType('ones', o) ?? 'f32', 1);
}

function like(api: string, x: ArrayLike, v: number, o: DTypeOptions): Array {
  checkOptions(api, o);
  const a = arg(api, x);
  return filled(a.aval.shape, optDType(api, o) ?? a.aval.dtype, v);
}

export const zerosLike = (x: ArrayLike, o: DTypeOptions = {}): Array => like('zerosLike', x, 0, o);
export const onesLike = (x: ArrayLike, o: DTypeOptions = {}): Array => like('onesLike', x, 1, o);
export function fullLike(x: ArrayLike, fillValue: number | boolean, o: DTypeOptions = {}): Array {
  if (typeof fillValue !== 'number' && typeof fillValue !== 'boolean') fail('fullLike', 'args/invalid', 'fillValue must be a JS number or boolean', describe(fillValue), 'a number or boolean');
  return like('fullLike', x, Number(fillValue), o);
}

function checkNumber(api: string, name: string, v: unknown): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) fail(api, 'args/invalid', `${name} must be a finite number`, describe(v), 'a finite JS number');
  return v;
}

/** np.arange(stop) or (start, stop, step): int32 when every argument is an integer, float32 otherwise. */
export function arange(start: number, stop?: number | null | DTypeOptions, step?: number | DTypeOptions, o: DTypeOptions = {}): Array {
  if (typeof stop === 'object' && stop !== null) return arange(start, undefined, undefined, stop);
  if (typeof step === 'object' && step !== null) return arange(start, stop, undefined, step);
  checkOptions('arange', o);
  let lo = checkNumber('arange', 'start', start);
  let hi = stop === undefined || stop === null ? undefined : checkNumber('arange', 'stop', stop);
  if (hi === undefined) [lo, hi] = [0, lo];
  const st = step === undefined ? 1 : checkNumber('arange', 'step', step);
  if (st === 0) fail('arange', 'args/invalid', 'step must not be zero', '0', 'a non-zero step');
  const dt = optDType('arange', o) ?? ([lo, hi, st].every(Number.isInteger) ? 'i32' : 'f32');
  const n = Math.max(0, Math.ceil((hi - lo) / st));
  return new Array(typedFrom(dt, globalThis.Array.from({ length: n }, (_, i) => lo + i * st)), [n], dt);
}

export interface LinspaceOptions extends DTypeOptions {
  readonly endpoint?: boolean;
}

/** np.linspace(start, stop, num = 50, {endpoint = true, dtype}). */
export function linspace(start: number, stop: number, num = 50, o: LinspaceOptions = {}): Array {
  checkOptions('linspace', o);
  checkNumber('linspace', 'start', start);
  checkNumber('linspace', 'stop', stop);
  checkInt('linspace', 'num', num, 0);
  const endpoint = o.endpoint ?? true;
  const div = endpoint ? num - 1 : num;
  const step = div > 0 ? (stop - start) / div : 0;
  const vals = globalThis.Array.from({ length: num }, (_, i) => (endpoint && i === num - 1 && num > 1 ? stop : start + i * step));
  const dt = optDType('linspace', o) ?? 'f32';
  return new Array(typedFrom(dt, isFloat(dt) ? vals : vals.map(Math.floor)), [num], dt);
}

export interface EyeOptions extends DTypeOptions {
  readonly k?: number;
}

/** np.eye(n, m = n, {k = 0, dtype = float32}). */
export function eye(n: number, m?: number | null | EyeOptions, o: EyeOptions = {}): Array {
  if (typeof m === 'object' && m !== null) return eye(n, undefined, m);
  checkOptions('eye', o);
  checkInt('eye', 'n', n, 0);
  const cols = m === undefined || m === null ? n : checkInt('eye', 'm', m, 0);
  const k = checkInt('eye', 'k', o.k ?? 0);
  const dt = optDType('eye', o) ?? 'f32';
  const vals = new globalThis.Array<number>(n * cols).fill(0);
  for (let i = 0; i < n; i++) if (i + k >= 0 && i + k < cols) vals[i * cols + i + k] = 1;
  return new Array(typedFrom(dt, vals), [n, cols], dt);
}

/** x converted to `dtype` (a strong type). */
export function astype<T extends ArrayLike>(x: T, dtype: DTypeLike): Out<T> {
  return typed(astypeValue(x, dtype));
}
function astypeValue(x: ArrayLike, dtype: DTypeLike): Value {
  const o = arg('astype', x);
  const dt = npDType('astype', dtype);
  if (o instanceof Scalar) return value(toDType(o, dt, false));
  return o.aval.dtype === dt && !o.aval.weak ? o : (lax.convertElementType(L(o), dt, false) as Value);
}
