// `nn.stax`: jax.example_libraries.stax — layers as (init, apply) pairs with the parameters outside,
// NHWC inputs and HWIO kernels, initialised exactly as JAX's stax from the same key. Imports np, lax,
// random and nn-activations; must not import the torch-style modules.
import { avalStr } from '../ir/dtype.js';
import { UserError } from '../ir/errors.js';
import type { Value } from './bind.js';
import { describe, isValue } from './convert.js';
import * as lax from './lax.js';
import { convPadding } from './lax-conv.js';
import { logSoftmax as logSoftmaxFn, relu as reluFn, sigmoid as sigmoidFn, softmax as softmaxFn } from './nn-activations.js';
import * as np from './np.js';
import * as random from './random.js';
import type { Key } from './random-util.js';
import { keyRow } from './random-util.js';

/** A shape, or (for parallel layers) a list of shapes. A batch dimension may be -1, as in stax. */
export type StaxShape = readonly number[] | readonly StaxShape[];
/** An input: one array, or a list of them (parallel, FanInSum, FanInConcat). */
export type StaxInput = Value | readonly StaxInput[];
/** A layer's parameters: arrays, nested lists of them, `[]` for a layer without parameters. */
export type StaxParams = Value | readonly StaxParams[];
export interface ApplyOptions {
  /** A PRNG key; needed by Dropout in 'train' mode. serial/parallel split it once per layer. */
  readonly rng?: Key;
}
export type InitFn = (key: Key, inputShape: StaxShape) => [StaxShape, StaxParams];
export type ApplyFn<Y = Value> = (params: StaxParams, inputs: StaxInput, o?: ApplyOptions) => Y;
/** A stax layer: `[init, apply]`. */
export type Layer<Y = Value> = readonly [InitFn, ApplyFn<Y>];

const one = (n: number): number[] => globalThis.Array.from({ length: n }, () => 1);

function badInput(api: string, got: string, expected: string): never {
  throw new UserError('nn/bad-input', api, 'input does not match the layer', got, expected);
}

/** A single array input of rank `rank` whose dim `axis` (if given) equals `size`. */
function checkInput(api: string, x: StaxInput, rank: number, expected: string, axis?: number, size?: number): Value {
  if (!isValue(x)) badInput(api, describe(x), expected);
  const s = x.aval.shape;
  if (x.aval.dtype !== 'f32' || (rank >= 0 && s.length !== rank) || (axis !== undefined && s.at(axis) !== size)) badInput(api, avalStr(x.aval), expected);
  return x;
}

function checkShapeArg(api: string, shape: StaxShape, rank: number, expected: string, axis?: number, size?: number): number[] {
  const ok = globalThis.Array.isArray(shape) && shape.every((d) => typeof d === 'number' && Number.isInteger(d) && (d >= 0 || d === -1));
  const s = shape as readonly number[];
  if (!ok || (rank >= 0 && s.length !== rank) || (axis !== undefined && s.at(axis) !== size)) {
    badInput(api, `input shape ${globalThis.Array.isArray(shape) ? `[${shape.join(', ')}]` : describe(shape)}`, expected);
  }
  return [...s];
}

const param = (p: StaxParams, i: number): Value => (p as readonly StaxParams[])[i] as Value;

/** jax.nn.initializers.normal(stddev): normal(key, shape) · f32(stddev). */
export const normalInit = (stddev: number) => (key: Key, shape: readonly number[]): Value => lax.mul(random.normal(key, shape), Math.fround(stddev));

/** jax.nn.initializers.glorot_normal(inAxis, outAxis): variance_scaling(1, 'fan_avg', 'truncated_normal'). */
export function glorotNormal(inAxis = -2, outAxis = -1) {
  return (key: Key, shape: readonly number[]): Value => {
    const rank = shape.length;
    const fanIn0 = shape[(inAxis + rank) % rank]!;
    const fanOut0 = shape[(outAxis + rank) % rank]!;
    const receptive = shape.reduce((a, b) => a * b, 1) / fanIn0 / fanOut0;
    const denominator = (fanIn0 * receptive + fanOut0 * receptive) / 2;
    const variance = Math.fround(1 / denominator);
    // The stddev of a standard normal truncated to (-2, 2), as an f32, as JAX divides by it.
    const stddev = Math.fround(Math.fround(Math.sqrt(variance)) / Math.fround(0.87962566103423978));
    return lax.mul(random.truncatedNormal(key, -2, 2, shape), stddev);
  };
}

/** Two keys from one: JAX's `k1, k2 = random.split(rng)`. */
function split2(key: Key): [Key, Key] {
  const ks = random.split(key);
  return [keyRow(ks, 0), keyRow(ks, 1)];
}

function windowOut(inS: readonly number[], window: readonly number[], strides: readonly number[], padding: string): number[] {
  const pads = convPadding('nn.stax', padding, inS, window, strides, one(inS.length), one(inS.length));
  return inS.map((d, i) => (d < 0 ? d : Math.floor((d + pads[i]![0] + pads[i]![1] - window[i]!) / strides[i]!) + 1));
}

/** stax.Conv(outChan, [kh, kw], strides?, padding): NHWC input, HWIO kernel, bias [1, 1, 1, out]. */
export function Conv(outChan: number, filterShape: readonly [number, number], strides?: readonly [number, number], padding: 'VALID' | 'SAME' = 'VALID'): Layer {
  const api = `nn.stax.Conv(${outChan}, [${filterShape.join(', ')}])`;
  const st = strides ?? [1, 1];
  const init: InitFn = (key, inputShape) => {
    const s = checkShapeArg(api, inputShape, 4, '[N, H, W, C]');
    const c = s[3]!;
    const kernel = [filterShape[0], filterShape[1], c, outChan];
    const [h, w] = windowOut([s[1]!, s[2]!], filterShape, st, padding);
    const [k1, k2] = split2(key);
    return [[s[0]!, h!, w!, outChan], [glorotNormal(2, 3)(k1, kernel), normalInit(1e-6)(k2, [1, 1, 1, outChan])]];
  };
  const apply: ApplyFn = (params, inputs) => {
    const W = param(params, 0);
    const x = checkInput(api, inputs, 4, `[N, H, W, ${W.aval.shape[2]}]`, 3, W.aval.shape[2]);
    const y = lax.convGeneralDilated(x, W, st, padding, { dimensionNumbers: ['NHWC', 'HWIO', 'NHWC'] });
    return np.add(y, param(params, 1));
  };
  return [init, apply];
}

/** stax.Dense(out): W glorot normal [in, out], b normal(1e-2) [out]; `dot(x, W) + b`. */
export function Dense(outDim: number): Layer {
  const api = `nn.stax.Dense(${outDim})`;
  const init: InitFn = (key, inputShape) => {
    const s = checkShapeArg(api, inputShape, -1, '[..., features]');
    if (s.length === 0) badInput(api, 'input shape []', '[..., features]');
    const [k1, k2] = split2(key);
    return [[...s.slice(0, -1), outDim], [glorotNormal()(k1, [s.at(-1)!, outDim]), normalInit(1e-2)(k2, [outDim])]];
  };
  const apply: ApplyFn = (params, inputs) => {
    const W = param(params, 0);
    const n = W.aval.shape[0];
    const x = checkInput(api, inputs, -1, `[..., ${n}]`, -1, n);
    return np.add(np.dot(x, W), param(params, 1));
  };
  return [init, apply];
}

/** stax.elementwise(fn): a layer without parameters. */
export function elementwise(fn: (x: Value) => Value, name = 'elementwise'): Layer {
  return [(_key, inputShape) => [inputShape, []], (_params, inputs) => fn(checkInput(`nn.stax.${name}`, inputs, -1, 'a float32 array'))];
}
export const Relu: Layer = elementwise(reluFn, 'Relu');
export const Tanh: Layer = elementwise((x) => np.tanh(x), 'Tanh');
export const Sigmoid: Layer = elementwise(sigmoidFn, 'Sigmoid');
export const Softmax: Layer = elementwise((x) => softmaxFn(x, -1), 'Softmax');
export const LogSoftmax: Layer = elementwise((x) => logSoftmaxFn(x, -1), 'LogSoftmax');
export const Identity: Layer = [(_key, s) => [s, []], (_p, x) => x as Value];

/** stax.Flatten: all but the leading dim. */
export const Flatten: Layer = [
  (_key, inputShape) => {
    const s = checkShapeArg('nn.stax.Flatten', inputShape, -1, '[N, ...]');
    if (s.length === 0) badInput('nn.stax.Flatten', 'input shape []', '[N, ...]');
    return [[s[0]!, s.slice(1).reduce((a, b) => a * b, 1)], []];
  },
  (_params, inputs) => {
    const x = checkInput('nn.stax.Flatten', inputs, -1, '[N, ...]');
    if (x.aval.shape.length === 0) badInput('nn.stax.Flatten', avalStr(x.aval), '[N, ...]');
    return np.reshape(x, [x.aval.shape[0]!, -1]);
  },
];

type Pool = (windowShape: readonly [number, number], strides?: readonly [number, number], padding?: 'VALID' | 'SAME') => Layer;
function poolingLayer(name: string, reduce: typeof lax.reduceWindowMax, average: boolean): Pool {
  return (windowShape, strides, padding = 'VALID') => {
    const api = `nn.stax.${name}([${windowShape.join(', ')}])`;
    const st = strides ?? [1, 1];
    const dims = [1, ...windowShape, 1];
    const st4 = [1, ...st, 1];
    const init: InitFn = (_key, inputShape) => {
      const s = checkShapeArg(api, inputShape, 4, '[N, H, W, C]');
      return [windowOut(s, dims, st4, padding), []];
    };
    const apply: ApplyFn = (_params, inputs) => {
      const x = checkInput(api, inputs, 4, '[N, H, W, C]');
      const out = reduce(x, dims, st4, padding);
      if (!average) return out;
      // stax's _normalize_by_window_size: the number of in-bounds elements of each window.
      const ones = np.ones([x.aval.shape[1]!, x.aval.shape[2]!]);
      const sizes = lax.reduceWindowSum(ones, windowShape, st, padding);
      return np.divide(out, np.expandDims(sizes, [0, 3]));
    };
    return [init, apply];
  };
}
export const MaxPool: Pool = poolingLayer('MaxPool', lax.reduceWindowMax, false);
export const SumPool: Pool = poolingLayer('SumPool', lax.reduceWindowSum, false);
export const AvgPool: Pool = poolingLayer('AvgPool', lax.reduceWindowSum, true);

export interface BatchNormOptions {
  readonly axis?: number | readonly number[];
  readonly epsilon?: number;
}

/** stax.BatchNorm: batch statistics over `axis` (default [0, 1, 2]), learned beta (zeros) and gamma (ones). */
export function BatchNorm(o: BatchNormOptions = {}): Layer {
  const api = 'nn.stax.BatchNorm';
  const axis = typeof o.axis === 'number' ? [o.axis] : [...(o.axis ?? [0, 1, 2])];
  const eps = o.epsilon ?? 1e-5;
  const init: InitFn = (_key, inputShape) => {
    const s = checkShapeArg(api, inputShape, -1, 'an input shape');
    if (axis.some((a) => a < 0 || a >= s.length)) badInput(api, `input shape [${s.join(', ')}]`, `a rank above ${Math.max(...axis)} (axis [${axis.join(', ')}])`);
    const shape = s.filter((_, i) => !axis.includes(i));
    return [inputShape, [np.zeros(shape), np.ones(shape)]];
  };
  const apply: ApplyFn = (params, inputs) => {
    const beta = param(params, 0);
    const gamma = param(params, 1);
    const x = checkInput(api, inputs, beta.aval.shape.length + axis.length, `rank ${beta.aval.shape.length + axis.length}, normalised over axes [${axis.join(', ')}]`);
    const ed = x.aval.shape.map((d, i) => (axis.includes(i) ? 1 : d));
    const mean = np.mean(x, axis, { keepdims: true });
    const variance = np.clip(np.subtract(np.mean(np.square(x), axis, { keepdims: true }), np.square(mean)), 0);
    const z = np.multiply(np.subtract(x, mean), lax.rsqrt(np.add(variance, Math.fround(eps))));
    return np.add(np.multiply(np.reshape(gamma, ed), z), np.reshape(beta, ed));
  };
  return [init, apply];
}

/** stax.Dropout(rate, mode): `rate` is the keep probability, as in stax; 'train' needs `{rng}`. */
export function Dropout(rate: number, mode: 'train' | 'test' = 'train'): Layer {
  const api = 'nn.stax.Dropout';
  if (typeof rate !== 'number' || !(rate > 0 && rate <= 1)) {
    throw new UserError('nn/bad-rate', api, 'rate is the keep probability', describe(rate), 'a number in (0, 1]');
  }
  const apply: ApplyFn = (_params, inputs, o = {}) => {
    const x = checkInput(api, inputs, -1, 'a float32 array');
    if (mode !== 'train') return x;
    if (o.rng === undefined) {
      throw new UserError('nn/missing-rng', api, "in 'train' mode apply needs a PRNG key", 'no rng', 'apply(params, x, {rng: key})');
    }
    const keep = random.bernoulli(o.rng, rate, x.aval.shape);
    return np.where(keep, np.divide(x, rate), 0);
  };
  return [(_key, s) => [s, []], apply];
}

function checkLayers(api: string, layers: readonly unknown[]): void {
  layers.forEach((l, i) => {
    if (!globalThis.Array.isArray(l) || l.length !== 2 || typeof l[0] !== 'function' || typeof l[1] !== 'function') {
      throw new UserError('nn/bad-layer', api, `layer ${i} is not an (init, apply) pair`, describe(l), 'a stax layer such as nn.stax.Dense(10) or nn.stax.Relu');
    }
  });
}

/** Per-layer keys for apply: `random.split(rng, n)` rows, or none. */
const applyKeys = (rng: Key | undefined, n: number): (Key | undefined)[] => {
  if (rng === undefined) return globalThis.Array.from({ length: n }, () => undefined);
  const ks = random.split(rng, n);
  return globalThis.Array.from({ length: n }, (_, i) => keyRow(ks, i));
};

/** stax.serial: init splits the key once per layer (`rng, layerRng = split(rng)`); apply splits `rng` n ways. */
export function serial(...layers: readonly Layer<StaxInput>[]): Layer {
  checkLayers('nn.stax.serial', layers);
  const init: InitFn = (key, inputShape) => {
    let rng = key;
    let shape = inputShape;
    const params: StaxParams[] = [];
    for (const [layerInit] of layers) {
      const [next, layerRng] = split2(rng);
      rng = next;
      const [s, p] = layerInit(layerRng, shape);
      shape = s;
      params.push(p);
    }
    return [shape, params];
  };
  const apply: ApplyFn = (params, inputs, o = {}) => {
    const ps = params as readonly StaxParams[];
    const rngs = applyKeys(o.rng, layers.length);
    let x: StaxInput = inputs;
    layers.forEach(([, f], i) => {
      x = f(ps[i] ?? [], x, { rng: rngs[i] });
    });
    return x as Value;
  };
  return [init, apply];
}

/** stax.parallel: one layer per input; init splits the key n ways. */
export function parallel(...layers: readonly Layer<StaxInput>[]): Layer<Value[]> {
  checkLayers('nn.stax.parallel', layers);
  const init: InitFn = (key, inputShape) => {
    const shapes = inputShape as readonly StaxShape[];
    if (!globalThis.Array.isArray(inputShape) || shapes.length !== layers.length || !shapes.every((s) => globalThis.Array.isArray(s))) {
      badInput('nn.stax.parallel', `input shape ${JSON.stringify(inputShape)}`, `a list of ${layers.length} shapes`);
    }
    const ks = random.split(key, layers.length);
    const res = layers.map(([f], i) => f(keyRow(ks, i), shapes[i]!));
    return [res.map((r) => r[0]), res.map((r) => r[1])];
  };
  const apply: ApplyFn<Value[]> = (params, inputs, o = {}) => {
    const xs = inputs as readonly StaxInput[];
    if (!globalThis.Array.isArray(inputs) || xs.length !== layers.length) badInput('nn.stax.parallel', describe(inputs), `a list of ${layers.length} inputs`);
    const rngs = applyKeys(o.rng, layers.length);
    return layers.map(([, f], i) => f((params as readonly StaxParams[])[i] ?? [], xs[i]!, { rng: rngs[i] }) as Value);
  };
  return [init, apply];
}

/** stax.FanOut(n): n copies of the input. */
export const FanOut = (num: number): Layer<Value[]> => [
  (_key, s) => [globalThis.Array.from({ length: num }, () => s), []],
  (_p, x) => globalThis.Array.from({ length: num }, () => x as Value),
];
/** stax.FanInSum: the sum of a list of inputs. */
export const FanInSum: Layer = [
  (_key, s) => [(s as readonly StaxShape[])[0]!, []],
  (_p, xs) => (xs as readonly Value[]).reduce((a, b) => np.add(a, b) as Value),
];

