// Small traced programs for the vmap, jacrev/jacfwd/hessian and simplify goldens, with shape specs and
// deterministic inputs. Test-only; imports the public API and src/ir.
import { jit, lax, makeJaxpr, nn, np } from '../../src/index.js';
import type { Jaxpr, Tensor } from '../../src/ir/core.js';
import type { DType } from '../../src/ir/dtype.js';
import type { Tracer } from '../../src/trace/trace.js';
import type { ArrayLike } from '../../src/api/convert.js';

type T = Tracer;
export type Spec = { readonly shape: readonly number[]; readonly dtype: string };
export const f32 = (...shape: number[]): Spec => ({ shape, dtype: 'float32' });
export const i32 = (...shape: number[]): Spec => ({ shape, dtype: 'int32' });
export const u32 = (...shape: number[]): Spec => ({ shape, dtype: 'uint32' });
export const bool = (...shape: number[]): Spec => ({ shape, dtype: 'bool' });

/** The (open) jaxpr of `f` traced on `specs`; closed-over constants are not allowed here. */
export function trace(f: (...a: never[]) => unknown, ...specs: Spec[]): Jaxpr {
  const cj = makeJaxpr(f)(...specs);
  if (cj.consts.length !== 0) throw new Error('golden programs must not close over constants');
  return cj.jaxpr;
}

/** Value range [lo, hi) of one input: floats are multiples of 1/16 (exact in f32), ints integers. */
export type Range = readonly [number, number];

/** Deterministic values of `shape`/`dtype` (a small LCG seeded by `seed`). */
export function values(shape: readonly number[], dtype: DType, seed: number, range: Range = [-1.5, 1.5]): Tensor {
  const n = shape.reduce((a, d) => a * d, 1);
  let s = (seed * 7919 + 104729) >>> 0;
  const next = () => { s = (Math.imul(s, 1103515245) + 12345) >>> 0; return s / 2 ** 32; };
  const [lo, hi] = range;
  const raw = Array.from({ length: n }, () => lo + (hi - lo) * next());
  switch (dtype) {
    case 'f32': return { shape, dtype, data: Float32Array.from(raw, (v) => Math.min(Math.floor(v * 16) / 16, hi - 1 / 16)) };
    case 'i32': return { shape, dtype, data: Int32Array.from(raw, (v) => Math.floor(v)) };
    case 'u32': return { shape, dtype, data: Uint32Array.from(raw, (v) => Math.floor(v) >>> 0) };
    case 'bool': return { shape, dtype, data: Uint8Array.from(raw, (_, i) => (next() < 0.5 ? 1 : 0) ^ (i & 1)) };
    default: throw new Error(`no values for ${dtype}`);
  }
}

/** A program: a lazily traced jaxpr and the value range of each input (default [-1.5, 1.5)). */
export interface Program {
  readonly jaxpr: () => Jaxpr;
  readonly ranges?: readonly (Range | undefined)[];
}

const prog = (f: (...a: never[]) => unknown, specs: Spec[], ranges?: (Range | undefined)[]): Program => {
  let cached: Jaxpr | undefined;
  return { jaxpr: () => (cached ??= trace(f, ...specs)), ranges };
};

const POS: Range = [0.25, 2];
const gatherRows = { offset_dims: [1], collapsed_slice_dims: [0], start_index_map: [0], operand_batching_dims: [], start_indices_batching_dims: [] };
const scatterRows = { update_window_dims: [1], inserted_window_dims: [0], scatter_dims_to_operand_dims: [0], operand_batching_dims: [], scatter_indices_batching_dims: [] };

/** Programs over every primitive (most used by the vmap goldens; the smooth ones by the Jacobian goldens). */
export const PROGRAMS = {
  matvec: prog((w: T, v: T) => lax.dot(w, v), [f32(2, 3), f32(3)]),
  matmul: prog((a: T, b: T) => lax.dot(a, b), [f32(2, 3), f32(3, 4)]),
  dot: prog((a: T, b: T) => lax.dot(a, b), [f32(3), f32(3)]),
  sum: prog((x: T) => lax.reduceSum(x, [0]), [f32(2)]),
  times2: prog((x: T) => lax.mul(x, 2.0), [f32(2)]),
  unary_chain: prog((x: T) => {
    const p = lax.add(lax.abs(x), 0.5);
    return [lax.neg(lax.sign(x)), lax.exp(x), lax.log(p), lax.log1p(p), lax.expm1(x), lax.sin(x), lax.cos(x), lax.tan(lax.mul(x, 0.5)),
      lax.tanh(x), lax.logistic(x), lax.sqrt(p), lax.rsqrt(p), lax.floor(x), lax.ceil(x), lax.round(x, 1), lax.erf(x),
      lax.erfInv(lax.mul(lax.tanh(x), 0.5)), lax.isFinite(lax.div(x, lax.sub(x, x)))];
  }, [f32(2, 3)]),
  binary_mixed: prog((x: T, y: T) => [lax.pow(x, y), lax.integerPow(x, 3), lax.div(x, y), lax.rem(x, y), lax.max(x, y), lax.min(x, y),
    lax.atan2(x, y), lax.addAny(x, y), lax.sub(x, y)], [f32(3, 2), f32(3, 2)], [POS, POS]),
  compare_select: prog((x: T, y: T, p: T) => {
    const c = [lax.eq(x, y), lax.ne(x, y), lax.lt(x, y), lax.le(x, y), lax.gt(x, y), lax.ge(x, y)];
    const q = lax.xor(lax.and(c[2]!, p), lax.or(c[4]!, lax.not(p)));
    return [lax.select(q, x, y), lax.selectN(lax.convertElementType(c[0]!, 'int32'), x, y), c[1]!, c[3]!, c[5]!];
  }, [f32(4, 3), f32(4, 3), bool(4, 3)], [[-2, 2], [-2, 2]]),
  select_n_int: prog((i: T, a: T, b: T, c: T) => lax.selectN(i, a, b, c), [i32(4), f32(4), f32(4), f32(4)], [[0, 3]]),
  int_bits: prog((x: T, s: T) => [lax.shiftLeft(x, s), lax.shiftRightLogical(x, s), lax.shiftRightArithmetic(x, s),
    lax.bitcastConvertType(lax.convertElementType(x, 'float32'), 'uint32')], [i32(5), i32(5)], [[-100, 100], [0, 8]]),
  layout: prog((x: T) => {
    const r = lax.reshape(x, [3, 2, 2]);
    const t = lax.transpose(r, [2, 0, 1]);
    const e = lax.broadcastInDim(lax.squeeze(lax.slice(t, [0, 0, 0], [1, 3, 2]), [0]), [4, 3, 2], [1, 2]);
    return [lax.rev(e, [0, 2]), t];
  }, [f32(4, 3)]),
  reductions: prog((x: T) => [lax.reduceMax(x, [1]), lax.reduceMin(x, [0]), lax.reduceProd(x, [0, 1]), lax.argmax(x, 1), lax.argmin(x, 0)], [f32(3, 4)]),
  pool: prog((x: T) => [lax.reduceWindowMax(x, [1, 2, 2], [1, 2, 2], 'VALID'), lax.reduceWindowSum(x, [1, 3, 3], [1, 1, 1], 'SAME')], [f32(2, 4, 4)]),
  window_ad: prog((t: T, x: T, s: T) => [lax.selectAndGatherAdd(t, x, [2, 2], [2, 2]), lax.selectAndScatterAdd(s, x, [2, 2], [2, 2])], [f32(4, 4), f32(4, 4), f32(2, 2)]),
  conv: prog((x: T, w: T) => lax.conv(x, w, [1, 1], 'VALID'), [f32(1, 2, 5, 5), f32(3, 2, 3, 3)]),
  conv_nhwc: prog((x: T, w: T) => lax.convGeneralDilated(x, w, [2, 2], 'SAME', { dimensionNumbers: ['NHWC', 'HWIO', 'NHWC'], featureGroupCount: 2 }), [f32(1, 5, 5, 4), f32(3, 3, 2, 4)]),
  conv_loss: prog((w: T, x: T) => lax.reduceSum(lax.tanh(lax.conv(x, w, [1, 1], 'VALID')), [0, 1, 2, 3]), [f32(3, 2, 3, 3), f32(1, 2, 5, 5)], [[-0.5, 0.5]]),
  slicing: prog((x: T, y: T) => [lax.slice(x, [1, 0], [4, 3], [2, 1]), lax.pad(x, 0.5, [[1, -1, 1], [0, 2, 0]]), lax.concatenate([x, y, x], 1)], [f32(4, 3), f32(4, 1)]),
  dynamic: prog((x: T, i: T, u: T) => lax.dynamicUpdateSlice(lax.dynamicSlice(x, [i, 0], [3, 3]), u, [0, i]), [f32(5, 3), i32(), f32(2, 2)], [undefined, [-1, 4]]),
  gather_scatter: prog((x: T, idx: T, upd: T) => {
    const ix = lax.expandDims(idx, [1]);
    return [lax.gather(x, ix, gatherRows, [1, 4]), lax.scatterAdd(x, ix, upd, scatterRows)];
  }, [f32(6, 4), i32(3), f32(3, 4)], [undefined, [0, 6]]),
  take: prog((x: T, i: T) => np.take(x, i, 0), [f32(6, 2), i32(3)], [undefined, [0, 6]]),
  scans: prog((x: T, v: T) => {
    const [k, w] = lax.sort([x, v], { dimension: 0, numKeys: 1 }) as T[];
    const io = lax.convertElementType(lax.broadcastedIota('int32', [5, 2], 0), 'float32');
    return [lax.cumsum(x, 0), lax.cumsum(x, 1, true), k!, w!, lax.add(x, io)];
  }, [f32(5, 2), i32(5, 2)], [undefined, [0, 9]]),
  stop_grad: prog((x: T) => lax.add(x, lax.stopGradient(lax.mul(x, x))), [f32(3)]),
  random: prog((k: T, a: T) => [...lax.threefry2x32(lax.slice(k, [0], [1]), lax.slice(k, [1], [2]), a, a), lax.randomBits(k, [2, 3])], [u32(2), u32(1)], [[0, 1e6], [0, 1e6]]),
  nested_jit: prog((x: T, y: T) => {
    const inner = jit(function inner(a: ArrayLike, b: ArrayLike) { return lax.add(lax.mul(a, 2.0), lax.sin(b)); });
    return inner(lax.sin(x), y);
  }, [f32(3), f32(3)]),
  softmax: prog((x: T) => nn.softmax(x, -1), [f32(2, 4)]),
  mlp_loss: prog((w: T, b: T, x: T) => np.sum(np.tanh(np.add(lax.dot(w, x), b))), [f32(2, 3), f32(2), f32(3)]),
  sin_times_x: prog((x: T) => lax.mul(lax.sin(x), x), [f32(3)]),
  conv_tanh: prog((w: T, x: T) => lax.tanh(lax.conv(x, w, [1, 1], 'VALID')), [f32(3, 2, 3, 3), f32(1, 2, 5, 5)], [[-0.5, 0.5]]),
  tanh_layer: prog((w: T, x: T) => np.sum(np.tanh(lax.dot(x, w))), [f32(3, 2), f32(3)]),
} satisfies Record<string, Program>;

export type ProgramName = keyof typeof PROGRAMS;

/** Inputs for `jaxpr` with the batch dim of input i at `dims[i]` over `size` lanes (null: unbatched). */
export function batchedInputs(jaxpr: Jaxpr, dims: readonly (number | null)[], size: number, ranges: readonly (Range | undefined)[] = [], seed = 1): Tensor[] {
  return jaxpr.invars.map((v, i) => {
    const shape = [...v.aval.shape];
    const d = dims[i] ?? null;
    if (d !== null) shape.splice(d, 0, size);
    return values(shape, v.aval.dtype, seed * 31 + i, ranges[i]);
  });
}
