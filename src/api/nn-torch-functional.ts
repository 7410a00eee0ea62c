// functorch's functional API over torch-style modules: makeFunctional, makeFunctionalWithBuffers,
// functionalCall, stackModuleState. Parameters and buffers are plain objects keyed by torch's dotted
// names; nothing is mutated. Imports the modules, np and random.
import { UserError } from '../ir/errors.js';
import { Array } from './array.js';
import type { Value } from './bind.js';
import { describe, isValue } from './convert.js';
import type { ForwardContext, Module, StateDict, TensorSpec } from './nn-torch-modules.js';
import * as np from './np.js';
import * as random from './random.js';
import { uniformFma } from './random-truncated.js';
import type { Key } from './random-util.js';
import { keyRow } from './random-util.js';

export interface ModuleState {
  readonly params: StateDict;
  readonly buffers?: StateDict;
}
export interface CallOptions {
  /** Batch statistics and buffer updates (BatchNorm) when true; running statistics otherwise (default). */
  readonly train?: boolean;
}
export type FunctionalFn = (params: StateDict, x: Value, o?: CallOptions) => Value;
export type FunctionalFnWithBuffers = (params: StateDict, buffers: StateDict, x: Value, o?: CallOptions) => [Value, StateDict];

function checkModule(api: string, net: unknown): Module {
  const m = net as Module;
  if (m === null || typeof m !== 'object' || typeof m.forward !== 'function' || !globalThis.Array.isArray(m.children)) {
    throw new UserError('nn/not-a-module', api, 'the network is not a module', describe(net), 'a module such as nn.Sequential(nn.Linear(4, 2))');
  }
  return m;
}

/** torch's named_parameters / named_buffers order: a module's own entries, then its children's, depth first. */
export function namedSpecs(net: Module, which: 'params' | 'buffers', prefix = ''): [string, TensorSpec][] {
  const own = net[which].map((s) => [`${prefix}${s.name}`, s] as [string, TensorSpec]);
  return [...own, ...net.children.flatMap(([name, child]) => namedSpecs(child, which, `${prefix}${name}.`))];
}

function initTensor(spec: TensorSpec, key: Key | undefined): Value {
  const init = spec.init;
  if (init.kind === 'fill') {
    const n = spec.shape.reduce((a, b) => a * b, 1);
    return init.dtype === 'i32' ? new Array(new Int32Array(n).fill(init.value), spec.shape, 'i32') : new Array(new Float32Array(n).fill(init.value), spec.shape, 'f32');
  }
  return uniformFma(key!, spec.shape, -init.bound, init.bound);
}

/**
 * The initial state of `net` drawn from `key`. Key schedule: `keys = random.split(key, n)` over the n
 * parameters in torch's order (`named_parameters`), parameter i drawn from row i — weights
 * U(±gain·√(3/fan_in)) with gain √(1/3) (kaiming_uniform, a = √5), biases U(±1/√fan_in), both as
 * `random.uniform(keys[i], shape, -bound, bound)`; constant-initialised parameters (BatchNorm's) use
 * no key but keep their row. Buffers are constants.
 */
export function initModuleState(net: Module, key: Key, api = 'nn.initModuleState'): { params: StateDict; buffers: StateDict } {
  const m = checkModule(api, net);
  const ps = namedSpecs(m, 'params');
  const keys = ps.length > 0 ? random.split(key, ps.length) : undefined;
  const params = Object.fromEntries(ps.map(([name, spec], i) => [name, initTensor(spec, keys && keyRow(keys, i))]));
  const buffers = Object.fromEntries(namedSpecs(m, 'buffers').map(([name, spec]) => [name, initTensor(spec, undefined)]));
  return { params, buffers };
}

function checkDict(api: string, what: string, d: unknown): StateDict {
  if (d === null || typeof d !== 'object' || globalThis.Array.isArray(d) || isValue(d)) {
    throw new UserError('nn/bad-state', api, `${what} must be an object of arrays keyed by name`, describe(d), "e.g. {'0.weight': …, '0.bias': …}");
  }
  return d as StateDict;
}

function run(api: string, net: Module, params: unknown, buffers: unknown, x: Value, o: CallOptions): [Value, StateDict] {
  const b = checkDict(api, 'buffers', buffers);
  const ctx: ForwardContext = { params: checkDict(api, 'params', params), buffers: b, train: !!o.train, newBuffers: {} };
  const y = net.forward(ctx, x, '');
  return [y, { ...b, ...ctx.newBuffers }];
}

/**
 * functorch's make_functional: `[fn, params]` with `fn(params, x, {train}) → y`. Buffers (BatchNorm's
 * running statistics) stay at their initial values inside fn; use makeFunctionalWithBuffers to pass
 * them in and get the updated ones back.
 */
export function makeFunctional(net: Module, key: Key): [FunctionalFn, StateDict] {
  const api = 'nn.makeFunctional';
  const m = checkModule(api, net);
  const { params, buffers } = initModuleState(m, key, api);
  const fn: FunctionalFn = (p, x, o = {}) => run(api, m, p, buffers, x, o)[0];
  return [fn, params];
}

/** functorch's make_functional_with_buffers: `fn(params, buffers, x, {train}) → [y, newBuffers]`. */
export function makeFunctionalWithBuffers(net: Module, key: Key): [FunctionalFnWithBuffers, StateDict, StateDict] {
  const api = 'nn.makeFunctionalWithBuffers';
  const m = checkModule(api, net);
  const { params, buffers } = initModuleState(m, key, api);
  const fn: FunctionalFnWithBuffers = (p, b, x, o = {}) => run(api, m, p, b, x, o);
  return [fn, params, buffers];
}

/** torch.func.functional_call: the module's output on `x` with the given state (new buffers are dropped). */
export function functionalCall(net: Module, state: ModuleState, x: Value, o: CallOptions = {}): Value {
  const api = 'nn.functionalCall';
  const m = checkModule(api, net);
  if (state === null || typeof state !== 'object' || !('params' in state)) {
    throw new UserError('nn/bad-state', api, 'the state must be {params, buffers}', describe(state), '{params, buffers} (buffers may be omitted)');
  }
  return run(api, m, state.params, state.buffers ?? {}, x, o)[0];
}

function stackDicts(api: string, what: string, dicts: readonly StateDict[]): StateDict {
  const keys = Object.keys(dicts[0]!).sort();
  const out: Record<string, Value> = {};
  dicts.forEach((d, i) => {
    const ks = Object.keys(checkDict(api, what, d)).sort();
    if (ks.join('\n') !== keys.join('\n')) {
      throw new UserError('nn/state-mismatch', api, `state ${i} has other ${what} than state 0`, `[${ks.join(', ')}]`, `[${keys.join(', ')}]`);
    }
  });
  for (const k of keys) {
    const leaves = dicts.map((d) => d[k]);
    const s0 = leaves[0]!.aval.shape.join(',');
    leaves.forEach((l, i) => {
      if (!isValue(l) || l.aval.shape.join(',') !== s0 || l.aval.dtype !== leaves[0]!.aval.dtype) {
        throw new UserError('nn/state-mismatch', api, `${what} '${k}' of state ${i} differs in shape or dtype`, describe(l), describe(leaves[0]));
      }
    });
    out[k] = np.stack(leaves as Value[], 0);
  }
  return out;
}

/** torch.func.stack_module_state: states with the same keys → one state stacked on a new axis 0. */
export function stackModuleState(states: readonly ModuleState[]): { params: StateDict; buffers: StateDict } {
  const api = 'nn.stackModuleState';
  if (!globalThis.Array.isArray(states) || states.length === 0 || !states.every((s) => s !== null && typeof s === 'object' && 'params' in s)) {
    throw new UserError('nn/bad-state', api, 'needs a non-empty list of {params, buffers} states', describe(states), 'e.g. [{params, buffers}, {params, buffers}]');
  }
  return {
    params: stackDicts(api, 'params', states.map((s) => checkDict(api, 'params', s.params))),
    buffers: stackDicts(api, 'buffers', states.map((s) => checkDict(api, 'buffers', s.buffers ?? {}))),
  };
}
