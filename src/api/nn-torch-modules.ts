// torch-style module descriptions (nn.Sequential, nn.Conv2d, nn.Linear, nn.ReLU, nn.Tanh, nn.Flatten,
// nn.MaxPool2d): NCHW inputs, OIHW weights. A module holds no arrays: it names its parameters and
// buffers (torch's names) and computes from a state passed in. Imports np, lax and nn-activations;
// must not import the functional wrappers (nn-torch-functional.ts).
import { avalStr } from '../ir/dtype.js';
import { UserError } from '../ir/errors.js';
import type { Value } from './bind.js';
import { describe, isValue } from './convert.js';
import * as lax from './lax.js';
import { relu } from './nn-activations.js';
import * as np from './np.js';

/** How a parameter or buffer starts: torch's default initialisation. */
export type InitKind =
  | { readonly kind: 'uniform'; readonly bound: number } // U(-bound, bound), drawn from the parameter's key
  | { readonly kind: 'fill'; readonly value: number; readonly dtype?: 'f32' | 'i32' };

export interface TensorSpec {
  readonly name: string;
  readonly shape: readonly number[];
  readonly init: InitKind;
}

/** Parameters or buffers by torch's dotted names (`'0.weight'`). */
export type StateDict = Readonly<Record<string, Value>>;

/** What a module's forward reads and writes: full-name state, the mode, and the new buffers it sets. */
export interface ForwardContext {
  readonly params: StateDict;
  readonly buffers: StateDict;
  readonly train: boolean;
  readonly newBuffers: Record<string, Value>;
}

export interface Module {
  /** The layer as torch prints it, e.g. `nn.Conv2d(3→5)`; errors start with it. */
  readonly label: string;
  readonly children: readonly (readonly [string, Module])[];
  readonly params: readonly TensorSpec[];
  readonly buffers: readonly TensorSpec[];
  /** `prefix` is this module's name path with a trailing dot (`'0.'`), '' at the root. */
  forward(ctx: ForwardContext, x: Value, prefix: string): Value;
}

export function badInput(label: string, x: unknown, expected: string): never {
  throw new UserError('nn/bad-input', label, 'input does not match the layer', isValue(x) ? avalStr(x.aval) : describe(x), expected);
}

function badArg(label: string, what: string, got: unknown, expected: string): never {
  throw new UserError('nn/bad-argument', label, what, describe(got), expected);
}

export function getState(label: string, dict: StateDict, name: string, what: 'parameter' | 'buffer'): Value {
  const v = dict[name];
  if (!isValue(v)) {
    throw new UserError('nn/missing-state', label, `${what} '${name}' is missing`, v === undefined ? `keys [${Object.keys(dict).join(', ')}]` : describe(v), `an array under '${name}'`);
  }
  return v;
}

/** An int or a pair of ints ≥ min, as torch's `_pair`. */
function pair(label: string, name: string, v: unknown, min: number): [number, number] {
  const ok = (d: unknown): d is number => typeof d === 'number' && Number.isInteger(d) && d >= min;
  if (ok(v)) return [v, v];
  if (globalThis.Array.isArray(v) && v.length === 2 && v.every(ok)) return [v[0], v[1]];
  return badArg(label, `${name} must be an integer or a pair of integers ≥ ${min}`, v, `e.g. ${min === 0 ? 1 : 2} or [${min === 0 ? '1, 1' : '2, 2'}]`);
}

function positiveInt(label: string, name: string, v: unknown): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) badArg(label, `${name} must be a positive integer`, v, 'an integer ≥ 1');
  return v;
}

/** A float32 input of rank 4 whose channel dim (1) is `c` (or any channel count when c is undefined). */
export function checkNCHW(label: string, x: unknown, c?: number): Value {
  const expected = `[N, ${c ?? 'C'}, H, W]`;
  if (!isValue(x) || x.aval.dtype !== 'f32' || x.aval.shape.length !== 4 || (c !== undefined && x.aval.shape[1] !== c)) badInput(label, x, expected);
  return x;
}

const kaimingBound = (fanIn: number): number => Math.sqrt(3) * (Math.sqrt(2 / (1 + 5)) / Math.sqrt(fanIn));
const fanInBound = (fanIn: number): number => (fanIn > 0 ? 1 / Math.sqrt(fanIn) : 0);

export interface Conv2dOptions {
  readonly stride?: number | readonly [number, number];
  readonly padding?: number | readonly [number, number] | 'valid' | 'same';
  readonly dilation?: number | readonly [number, number];
  readonly groups?: number;
  readonly bias?: boolean;
}

/** torch.nn.Conv2d: weight [out, in/groups, kh, kw] kaiming-uniform(a=√5), bias [out] U(±1/√fan_in). */
export function Conv2d(inChannels: number, outChannels: number, kernelSize: number | readonly [number, number], o: Conv2dOptions = {}): Module {
  const label = `nn.Conv2d(${inChannels}→${outChannels})`;
  positiveInt(label, 'inChannels', inChannels);
  positiveInt(label, 'outChannels', outChannels);
  const k = pair(label, 'kernelSize', kernelSize, 1);
  const stride = pair(label, 'stride', o.stride ?? 1, 1);
  const dilation = pair(label, 'dilation', o.dilation ?? 1, 1);
  const groups = positiveInt(label, 'groups', o.groups ?? 1);
  if (inChannels % groups !== 0 || outChannels % groups !== 0) badArg(label, 'groups must divide inChannels and outChannels', groups, `a divisor of ${inChannels} and ${outChannels}`);
  const padding = o.padding ?? 0;
  if (padding === 'same' && (stride[0] !== 1 || stride[1] !== 1)) badArg(label, "padding 'same' needs stride 1", o.stride, '1');
  const pad = typeof padding === 'string' ? (padding === 'valid' || padding === 'same' ? padding.toUpperCase() : badArg(label, 'unknown padding mode', padding, "'valid', 'same' or integers")) : pair(label, 'padding', padding, 0).map((p) => [p, p] as const);
  const fanIn = (inChannels / groups) * k[0] * k[1];
  const params: TensorSpec[] = [{ name: 'weight', shape: [outChannels, inChannels / groups, k[0], k[1]], init: { kind: 'uniform', bound: kaimingBound(fanIn) } }];
  if (o.bias ?? true) params.push({ name: 'bias', shape: [outChannels], init: { kind: 'uniform', bound: fanInBound(fanIn) } });
  return {
    label, children: [], params, buffers: [],
    forward(ctx, input, prefix) {
      const x = checkNCHW(label, input, inChannels);
      const [h, w] = [x.aval.shape[2]!, x.aval.shape[3]!];
      const span = (i: 0 | 1) => (k[i] - 1) * dilation[i] + 1;
      const padded = (i: 0 | 1, d: number) => d + (typeof pad === 'string' ? 0 : 2 * pad[i]![0]);
      if (pad !== 'SAME' && (padded(0, h) < span(0) || padded(1, w) < span(1))) badInput(label, x, `[N, ${inChannels}, H, W] with padded H, W ≥ [${span(0)}, ${span(1)}]`);
      const W = getState(label, ctx.params, `${prefix}weight`, 'parameter');
      const y = lax.convGeneralDilated(x, W, stride, pad, { rhsDilation: dilation, featureGroupCount: groups, dimensionNumbers: ['NCHW', 'OIHW', 'NCHW'] });
      if (params.length === 1) return y;
      return np.add(y, np.reshape(getState(label, ctx.params, `${prefix}bias`, 'parameter'), [1, outChannels, 1, 1]));
    },
  };
}

/** torch.nn.Linear: weight [out, in] kaiming-uniform(a=√5), bias [out]; `x @ Wᵀ + b` over the last dim. */
export function Linear(inFeatures: number, outFeatures: number, o: { readonly bias?: boolean } = {}): Module {
  const label = `nn.Linear(${inFeatures}→${outFeatures})`;
  positiveInt(label, 'inFeatures', inFeatures);
  positiveInt(label, 'outFeatures', outFeatures);
  const params: TensorSpec[] = [{ name: 'weight', shape: [outFeatures, inFeatures], init: { kind: 'uniform', bound: kaimingBound(inFeatures) } }];
  if (o.bias ?? true) params.push({ name: 'bias', shape: [outFeatures], init: { kind: 'uniform', bound: fanInBound(inFeatures) } });
  return {
    label, children: [], params, buffers: [],
    forward(ctx, x, prefix) {
      if (!isValue(x) || x.aval.dtype !== 'f32' || x.aval.shape.length < 1 || x.aval.shape.at(-1) !== inFeatures) badInput(label, x, `[..., ${inFeatures}]`);
      const W = getState(label, ctx.params, `${prefix}weight`, 'parameter');
      const y = lax.dotGeneral(x, W, [[[x.aval.shape.length - 1], [1]], [[], []]]);
      return params.length === 1 ? y : np.add(y, getState(label, ctx.params, `${prefix}bias`, 'parameter'));
    },
  };
}

function elementwise(label: string, fn: (x: Value) => Value): Module {
  return {
    label, children: [], params: [], buffers: [],
    forward(_ctx, x) {
      if (!isValue(x) || x.aval.dtype !== 'f32') badInput(label, x, 'a float32 array');
      return fn(x);
    },
  };
}
export const ReLU = (): Module => elementwise('nn.ReLU()', relu);
export const Tanh = (): Module => elementwise('nn.Tanh()', (x) => lax.tanh(x));
export const Sigmoid = (): Module => elementwise('nn.Sigmoid()', (x) => lax.logistic(x));
export const Identity = (): Module => elementwise('nn.Identity()', (x) => x);

/** torch.nn.Flatten(startDim = 1, endDim = -1). */
export function Flatten(startDim = 1, endDim = -1): Module {
  const label = 'nn.Flatten()';
  return {
    label, children: [], params: [], buffers: [],
    forward(_ctx, x) {
      const r = isValue(x) ? x.aval.shape.length : -1;
      const s = startDim < 0 ? startDim + r : startDim;
      const e = endDim < 0 ? endDim + r : endDim;
      if (!isValue(x) || s < 0 || e >= r || s > e) badInput(label, x, `rank > ${Math.max(startDim, endDim)} (startDim ${startDim}, endDim ${endDim})`);
      const shape = x.aval.shape;
      return np.reshape(x, [...shape.slice(0, s), shape.slice(s, e + 1).reduce((a, b) => a * b, 1), ...shape.slice(e + 1)]);
    },
  };
}

export interface MaxPool2dOptions {
  /** Defaults to the kernel size, as torch's. */
  readonly stride?: number | readonly [number, number];
  readonly padding?: number | readonly [number, number];
  readonly dilation?: number | readonly [number, number];
}

/** torch.nn.MaxPool2d over the last two dims of [N, C, H, W] or [C, H, W]; padding is -∞. */
export function MaxPool2d(kernelSize: number | readonly [number, number], o: MaxPool2dOptions = {}): Module {
  const k = pair('nn.MaxPool2d', 'kernelSize', kernelSize, 1);
  const label = `nn.MaxPool2d(${k[0]}×${k[1]})`;
  const stride = pair(label, 'stride', o.stride ?? k, 1);
  const padding = pair(label, 'padding', o.padding ?? 0, 0);
  const dilation = pair(label, 'dilation', o.dilation ?? 1, 1);
  if (padding[0] * 2 > k[0] || padding[1] * 2 > k[1]) badArg(label, 'padding must be at most half the kernel size', o.padding, `at most [${k[0] >> 1}, ${k[1] >> 1}]`);
  return {
    label, children: [], params: [], buffers: [],
    forward(_ctx, x) {
      const r = isValue(x) ? x.aval.shape.length : 0;
      const spanOk = isValue(x) && [0, 1].every((i) => (x.aval.shape[r - 2 + i] ?? 0) + 2 * padding[i]! >= (k[i]! - 1) * dilation[i]! + 1);
      if (!isValue(x) || x.aval.dtype !== 'f32' || (r !== 3 && r !== 4) || !spanOk) badInput(label, x, `[N, C, H, W] or [C, H, W] with H, W ≥ [${k.join(', ')}]`);
      const lead = r - 2;
      const ones = globalThis.Array.from({ length: lead }, () => 1);
      const pads = [...ones.map(() => [0, 0] as const), [padding[0], padding[0]] as const, [padding[1], padding[1]] as const];
      return lax.reduceWindowMax(x, [...ones, ...k], [...ones, ...stride], pads, { windowDilation: [...ones, ...dilation] });
    },
  };
}

/** torch.nn.Sequential: children named '0', '1', …; forward runs them in order. */
export function Sequential(...modules: readonly Module[]): Module {
  modules.forEach((m, i) => {
    if (m === null || typeof m !== 'object' || typeof (m as Module).forward !== 'function') {
      badArg('nn.Sequential', `argument ${i} is not a module`, m, 'a module such as nn.Linear(4, 2) or nn.ReLU()');
    }
  });
  return {
    label: 'nn.Sequential', children: modules.map((m, i) => [String(i), m] as const), params: [], buffers: [],
    forward(ctx, x, prefix) {
      return modules.reduce((h, m, i) => m.forward(ctx, h, `${prefix}${i}.`), x);
    },
  };
}
