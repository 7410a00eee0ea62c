// np shape manipulation: reshape, ravel, transpose, swapaxes, moveaxis, expandDims, squeeze, concatenate,
// stack, split, flip, broadcastTo, broadcastShapes, pad. Imports np-core, lax; must not import other np-*.ts.
import { avalStr, size } from '../ir/dtype.js';
import type { Operand } from './bind.js';
import { describe, resultType } from './convert.js';
import type { ArrayLike, Axis, Out, Value } from './np-core.js';
import { L, arg, typed, broadcastShapesOf, checkInt, checkShape, fail, normAxes, normAxis, rangeN, toDType, toShape, value } from './np-core.js';
import * as lax from './lax.js';

type X = ArrayLike;
const isIdentity = (p: readonly number[]): boolean => p.every((a, i) => a === i);

/** reshape with at most one -1 (inferred). */
export function reshape<T extends X>(x: T, shape: number | readonly number[]): Out<T> {
  return typed(reshapeValue(x, shape));
}
function reshapeValue(x: X, shape: number | readonly number[]): Value {
  const xo = value(arg('reshape', x));
  const s = typeof shape === 'number' ? [shape] : shape;
  if (!globalThis.Array.isArray(s) || !s.every((d) => Number.isInteger(d) && d >= -1)) {
    fail('reshape', 'shape/invalid', 'the new shape is not a shape', describe(shape), 'an array of non-negative integers with at most one -1');
  }
  const holes = s.filter((d) => d === -1).length;
  if (holes > 1) fail('reshape', 'shape/invalid', 'only one dimension can be -1', `[${s.join(', ')}]`, 'at most one -1');
  const known = size(s.filter((d) => d !== -1));
  const n = xo.size;
  const out = s.map((d) => (d === -1 ? (known === 0 ? 0 : n / known) : d));
  if (!out.every(Number.isInteger) || size(out) !== n) {
    fail('reshape', 'shape/size-mismatch', 'cannot reshape', `${avalStr(xo.aval)} (${n} elements) into [${s.join(', ')}]`, `a shape with ${n} elements`);
  }
  if (out.length === xo.aval.shape.length && out.every((d, i) => d === xo.aval.shape[i])) return xo;
  return lax.reshape(xo, out);
}

export const ravel = <T extends X>(x: T): Out<T> => reshape(x, [-1]);

/** transpose(x, axes?): reverses the axes when absent. */
export function transpose<T extends X>(x: T, axes?: readonly number[] | null): Out<T> {
  return typed(transposeValue(x, axes));
}
function transposeValue(x: X, axes: readonly number[] | null | undefined): Value {
  const xo = value(arg('transpose', x));
  const r = xo.aval.shape.length;
  const perm = axes === undefined || axes === null ? rangeN(r).reverse() : axes;
  if (!globalThis.Array.isArray(perm) || perm.length !== r) {
    fail('transpose', 'axis/invalid', 'axes must have one entry per dimension', `${describe(axes)} for ${avalStr(xo.aval)}`, `a permutation of 0..${r - 1}`);
  }
  const p = perm.map((a) => normAxis('transpose', a, xo, 'axes entry'));
  if (new Set(p).size !== r) fail('transpose', 'axis/repeated', 'axes must be a permutation', `[${perm.join(', ')}]`, `a permutation of 0..${r - 1}`);
  return isIdentity(p) ? xo : lax.transpose(xo, p);
}

export function swapaxes<T extends X>(x: T, axis1: number, axis2: number): Out<T> {
  return typed(swapaxesValue(x, axis1, axis2));
}
function swapaxesValue(x: X, axis1: number, axis2: number): Value {
  const xo = value(arg('swapaxes', x));
  const a = normAxis('swapaxes', axis1, xo, 'axis1');
  const b = normAxis('swapaxes', axis2, xo, 'axis2');
  const p = rangeN(xo.aval.shape.length);
  [p[a], p[b]] = [p[b]!, p[a]!];
  return isIdentity(p) ? xo : lax.transpose(xo, p);
}

export function moveaxis<T extends X>(x: T, source: number | readonly number[], destination: number | readonly number[]): Out<T> {
  return typed(moveaxisValue(x, source, destination));
}
function moveaxisValue(x: X, source: number | readonly number[], destination: number | readonly number[]): Value {
  const xo = value(arg('moveaxis', x));
  const src = (typeof source === 'number' ? [source] : source).map((a) => normAxis('moveaxis', a, xo, 'source'));
  const dst = (typeof destination === 'number' ? [destination] : destination).map((a) => normAxis('moveaxis', a, xo, 'destination'));
  if (src.length !== dst.length) fail('moveaxis', 'axis/invalid', 'source and destination must have the same number of axes', `${src.length} and ${dst.length}`, 'equal lengths');
  if (new Set(src).size !== src.length || new Set(dst).size !== dst.length) fail('moveaxis', 'axis/repeated', 'repeated axis', `[${src}] → [${dst}]`, 'distinct axes');
  const rest = rangeN(xo.aval.shape.length).filter((a) => !src.includes(a));
  const perm: number[] = [];
  const order = dst.map((d, i) => [d, src[i]!] as const).sort((p, q) => p[0] - q[0]);
  for (const [d, s] of order) rest.splice(d, 0, s);
  perm.push(...rest);
  return isIdentity(perm) ? xo : lax.transpose(xo, perm);
}

/** expandDims(x, axis): size-1 dims inserted at the (output) positions `axis`, as broadcast_in_dim (jnp). */
export function expandDims<T extends X>(x: T, axis: number | readonly number[]): Out<T> {
  return typed(expandDimsValue(x, axis));
}
function expandDimsValue(x: X, axis: number | readonly number[]): Value {
  const xo = value(arg('expandDims', x));
  const list = typeof axis === 'number' ? [axis] : axis;
  const outRank = xo.aval.shape.length + (globalThis.Array.isArray(list) ? list.length : 0);
  if (!globalThis.Array.isArray(list)) fail('expandDims', 'axis/invalid', 'axis must be a number or a list of numbers', describe(axis), 'an axis or a list of axes');
  const axes = list.map((a) => normAxis('expandDims', a, outRank)).sort((a, b) => a - b);
  if (new Set(axes).size !== axes.length) fail('expandDims', 'axis/repeated', 'axis has a repeated axis', `[${list.join(', ')}]`, 'distinct axes');
  const kept = rangeN(outRank).filter((i) => !axes.includes(i));
  const shape = rangeN(outRank).map((i) => (axes.includes(i) ? 1 : xo.aval.shape[kept.indexOf(i)]!));
  return lax.broadcastInDim(xo, shape, kept);
}

/** squeeze(x, axis?): removes the given size-1 axes, or all size-1 axes. */
export function squeeze<T extends X>(x: T, axis?: Axis): Out<T> {
  return typed(squeezeValue(x, axis));
}
function squeezeValue(x: X, axis: Axis): Value {
  const xo = value(arg('squeeze', x));
  const axes = axis === undefined || axis === null ? rangeN(xo.aval.shape.length).filter((i) => xo.aval.shape[i] === 1) : normAxes('squeeze', axis, xo);
  for (const a of axes) {
    if (xo.aval.shape[a] !== 1) fail('squeeze', 'shape/not-size-1', `cannot squeeze axis ${a}, its size is not 1`, `axis ${a} of ${avalStr(xo.aval)}`, 'axes of size 1');
  }
  return axes.length === 0 ? xo : lax.squeeze(xo, axes);
}

function arrayList(api: string, arrays: unknown): readonly unknown[] {
  if (!globalThis.Array.isArray(arrays) || arrays.length === 0) {
    fail(api, 'args/empty', 'needs a non-empty list of arrays', describe(arrays), 'a non-empty JS array of arrays');
  }
  return arrays;
}

/** concatenate(arrays, axis = 0): dtypes promote; axis null flattens every operand first. */
export function concatenate(arrays: readonly X[], axis: number | null = 0): Value {
  const list = arrayList('concatenate', arrays);
  const raw = list.map((x, i) => arg('concatenate', x, `arrays[${i}]`));
  const { dtype, weak } = resultType('np.concatenate', raw);
  let ops = raw.map((o) => value(toDType(o, dtype, weak)));
  if (axis === null) ops = ops.map((o) => lax.reshape(o, [o.size]));
  const r = ops[0]!.aval.shape.length;
  if (r === 0) fail('concatenate', 'shape/rank', 'zero-dimensional arrays cannot be concatenated', ops.map(describe).join(', '), 'arrays of rank ≥ 1');
  const ax = normAxis('concatenate', axis ?? 0, ops[0]!);
  ops.forEach((o) => {
    const s = o.aval.shape;
    if (s.length !== r || s.some((d, i) => i !== ax && d !== ops[0]!.aval.shape[i])) {
      fail('concatenate', 'shape/mismatch', 'all dimensions except the concatenation axis must match', ops.map(describe).join(', '), `equal dims outside axis ${ax}`);
    }
  });
  return ops.length === 1 ? ops[0]! : lax.concatenate(ops, ax);
}

/** stack(arrays, axis = 0): a new axis; shapes must be equal. */
export function stack(arrays: readonly X[], axis = 0): Value {
  const list = arrayList('stack', arrays);
  const ops = list.map((x, i) => value(arg('stack', x, `arrays[${i}]`)));
  const s0 = ops[0]!.aval.shape;
  if (ops.some((o) => o.aval.shape.length !== s0.length || o.aval.shape.some((d, i) => d !== s0[i]))) {
    fail('stack', 'shape/mismatch', 'all input arrays must have the same shape', ops.map(describe).join(', '), 'equal shapes');
  }
  const ax = normAxis('stack', axis, s0.length + 1);
  return concatenate(ops.map((o) => expandDimsValue(o, ax)), ax);
}

/** split(x, sections | indices, axis = 0): equal sections (must divide), or split points. */
export function split<T extends X>(x: T, sectionsOrIndices: number | readonly number[], axis = 0): Out<T>[] {
  return splitValue(x, sectionsOrIndices, axis).map((v) => typed<Out<T>>(v));
}
function splitValue(x: X, sectionsOrIndices: number | readonly number[], axis: number): Value[] {
  const xo = value(arg('split', x));
  const ax = normAxis('split', axis, xo);
  const n = xo.aval.shape[ax]!;
  let points: number[];
  if (typeof sectionsOrIndices === 'number') {
    const k = checkInt('split', 'sections', sectionsOrIndices, 1);
    if (n % k !== 0) fail('split', 'shape/uneven-split', 'array split does not result in an equal division', `${k} sections of axis ${ax} of ${avalStr(xo.aval)}`, `a number of sections that divides ${n}`);
    points = rangeN(k - 1, 1).map((i) => (i * n) / k);
  } else if (globalThis.Array.isArray(sectionsOrIndices)) {
    points = sectionsOrIndices.map((i) => checkInt('split', 'an index', i)).map((i) => Math.min(Math.max(i < 0 ? i + n : i, 0), n));
  } else {
    return fail('split', 'args/invalid', 'sectionsOrIndices must be a number or a list of indices', describe(sectionsOrIndices), 'a positive integer or an array of integers');
  }
  const bounds = [0, ...points, n];
  return bounds.slice(0, -1).map((lo, i) => {
    const hi = Math.max(lo, bounds[i + 1]!);
    const start = xo.aval.shape.map((_, d) => (d === ax ? lo : 0));
    const limit = xo.aval.shape.map((d, j) => (j === ax ? hi : d));
    return lax.slice(xo, start, limit);
  });
}

/** flip(x, axis?): reverses the given axes (all when absent). */
export function flip<T extends X>(x: T, axis?: Axis): Out<T> {
  return typed(flipValue(x, axis));
}
function flipValue(x: X, axis: Axis): Value {
  const xo = value(arg('flip', x));
  const axes = normAxes('flip', axis, xo);
  return axes.length === 0 ? xo : lax.rev(xo, axes);
}

export function broadcastShapes(...shapes: readonly (readonly number[])[]): number[] {
  const ss = shapes.map((s, i) => checkShape('broadcastShapes', s, `shape ${i}`));
  return broadcastShapesOf('broadcastShapes', ss, () => ss.map((s) => `[${s.join(',')}]`).join(' and '));
}

export function broadcastTo<T extends X>(x: T, shape: number | readonly number[]): Out<T> {
  return typed(broadcastToValue(x, shape));
}
function broadcastToValue(x: X, shape: number | readonly number[]): Value {
  const xo = arg('broadcastTo', x);
  const s = checkShape('broadcastTo', shape);
  const out = broadcastShapesOf('broadcastTo', [xo.aval.shape, s], () => `${describe(xo)} to [${s.join(',')}]`);
  if (out.length !== s.length || out.some((d, i) => d !== s[i])) {
    fail('broadcastTo', 'shape/broadcast', 'cannot broadcast to the requested shape', `${describe(xo)} to [${s.join(',')}]`, 'a target shape with each operand dim equal to its own or 1 in the operand');
  }
  return value(toShape(value(xo), s));
}

export interface PadOptions {
  readonly mode?: 'constant';
  readonly constantValues?: number;
}
export type PadWidth = number | readonly [number, number] | readonly (readonly [number, number])[] | readonly (readonly number[])[];

function padPairs(padWidth: unknown, rank: number, xo: Operand): [number, number][] {
  const bad = (): never => fail('pad', 'args/pad-width', 'padWidth is not a valid pad width', `${JSON.stringify(padWidth) ?? String(padWidth)} for ${describe(xo)}`, `a number, a [before, after] pair, or ${rank} such pairs`);
  const int = (v: unknown): number => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : bad());
  if (typeof padWidth === 'number') return rangeN(rank).map(() => [int(padWidth), int(padWidth)]);
  if (!globalThis.Array.isArray(padWidth)) return bad();
  if (padWidth.every((v) => typeof v === 'number')) {
    if (padWidth.length === 1) return rangeN(rank).map(() => [int(padWidth[0]), int(padWidth[0])]);
    if (padWidth.length === 2) return rangeN(rank).map(() => [int(padWidth[0]), int(padWidth[1])]);
    return bad();
  }
  const pairs = padWidth.map((p) => (globalThis.Array.isArray(p) && (p.length === 1 || p.length === 2) ? [int(p[0]), int(p[p.length - 1])] as [number, number] : bad()));
  if (pairs.length === 1) return rangeN(rank).map(() => pairs[0]!);
  return pairs.length === rank ? pairs : bad();
}

/** pad(x, padWidth, {mode: 'constant', constantValues: 0}) with numpy's pad_width forms. */
export function pad<T extends X>(x: T, padWidth: PadWidth, o: PadOptions = {}): Out<T> {
  return typed(padValue(x, padWidth, o));
}
function padValue(x: X, padWidth: PadWidth, o: PadOptions): Value {
  const xo = value(arg('pad', x));
  const mode = o.mode ?? 'constant';
  if (mode !== 'constant') fail('pad', 'args/pad-mode', 'unsupported pad mode', JSON.stringify(mode), "'constant'");
  const cv = o.constantValues ?? 0;
  if (typeof cv !== 'number') fail('pad', 'args/invalid', 'constantValues must be a JS number', describe(cv), 'a number');
  const pairs = padPairs(padWidth, xo.aval.shape.length, xo);
  return lax.pad(xo, L(toDType(arg('pad', cv, 'constantValues'), xo.aval.dtype, true)), pairs.map(([lo, hi]) => [lo, hi, 0] as const));
}
