// `optim`: optax-like optimisers as pure functions over parameter pytrees, with torch.optim's update
// arithmetic (SGD with momentum, Adam). Nothing is mutated: `[params, state] = opt.update(grads,
// state, params)`. Imports np, tree and convert.
import { UserError } from '../ir/errors.js';
import type { Value } from './bind.js';
import { describe, isValue } from './convert.js';
import * as np from './np.js';
import { flatten, map } from './tree.js';

export interface Optimizer<S> {
  /** The optimiser state for `params` (a pytree of float arrays). */
  init(params: unknown): S;
  /** One step: the new parameters and the new state. */
  update(grads: unknown, state: S, params: unknown): [unknown, S];
}

function checkHyper(api: string, name: string, v: unknown, lo: number, hi: number, loOpen = false, hiOpen = false): number {
  const ok = typeof v === 'number' && Number.isFinite(v) && (loOpen ? v > lo : v >= lo) && (hiOpen ? v < hi : v <= hi);
  if (!ok) throw new UserError('optim/bad-hyperparameter', api, `${name} is out of range`, describe(v), `a number in ${loOpen ? '(' : '['}${lo}, ${hi}${hiOpen ? ')' : ']'}`);
  return v as number;
}

function checkTrees(api: string, grads: unknown, params: unknown): void {
  const [gl] = flatten(grads);
  const [pl] = flatten(params);
  if (gl.length !== pl.length || !gl.every(isValue)) {
    throw new UserError('optim/bad-grads', api, 'grads must be a pytree of arrays shaped like params', `${gl.length} leaves`, `${pl.length} array leaves`);
  }
}

const leafMap = (f: (...xs: Value[]) => Value, ...trees: unknown[]): unknown =>
  map(f as (...xs: never[]) => unknown, trees[0], ...trees.slice(1));

export interface SgdOptions {
  readonly lr: number;
  readonly momentum?: number;
}
export interface SgdState {
  /** The momentum buffers (a pytree like params), or null without momentum. */
  readonly trace: unknown;
}

/** SGD: `buf = momentum·buf + g` (buf starts at 0, so the first buf is g, as torch's), `p − lr·buf`. */
export function sgd(o: SgdOptions): Optimizer<SgdState> {
  const api = 'optim.sgd';
  const lr = checkHyper(api, 'lr', o?.lr, 0, Infinity);
  const momentum = checkHyper(api, 'momentum', o.momentum ?? 0, 0, 1);
  return {
    init: (params) => ({ trace: momentum === 0 ? null : leafMap((p) => np.zerosLike(p), params) }),
    update(grads, state, params) {
      checkTrees(api, grads, params);
      const trace = momentum === 0 ? grads : leafMap((t, g) => np.add(np.multiply(t, momentum), g), state.trace, grads);
      const next = leafMap((p, t) => np.subtract(p, np.multiply(t, lr)), params, trace);
      return [next, { trace: momentum === 0 ? null : trace }];
    },
  };
}

export interface AdamOptions {
  readonly lr: number;
  readonly b1?: number;
  readonly b2?: number;
  readonly eps?: number;
}
export interface AdamState {
  /** The number of steps taken (a JS number: the bias corrections are computed in doubles, as torch's). */
  readonly count: number;
  readonly mu: unknown;
  readonly nu: unknown;
}

/** Adam (torch.optim.Adam's arithmetic): `p − (lr/bc1)·m / (√v/√bc2 + eps)`. */
export function adam(o: AdamOptions): Optimizer<AdamState> {
  const api = 'optim.adam';
  const lr = checkHyper(api, 'lr', o?.lr, 0, Infinity);
  const b1 = checkHyper(api, 'b1', o.b1 ?? 0.9, 0, 1, false, true);
  const b2 = checkHyper(api, 'b2', o.b2 ?? 0.999, 0, 1, false, true);
  const eps = checkHyper(api, 'eps', o.eps ?? 1e-8, 0, Infinity);
  return {
    init: (params) => ({ count: 0, mu: leafMap((p) => np.zerosLike(p), params), nu: leafMap((p) => np.zerosLike(p), params) }),
    update(grads, state, params) {
      checkTrees(api, grads, params);
      const count = state.count + 1;
      const mu = leafMap((m, g) => np.add(np.multiply(m, b1), np.multiply(g, 1 - b1)), state.mu, grads);
      const nu = leafMap((v, g) => np.add(np.multiply(v, b2), np.multiply(np.multiply(g, g), 1 - b2)), state.nu, grads);
      const stepSize = lr / (1 - b1 ** count);
      const bc2Sqrt = Math.sqrt(1 - b2 ** count);
      const next = leafMap((p, m, v) => np.subtract(p, np.multiply(np.divide(m, np.add(np.divide(np.sqrt(v), bc2Sqrt), eps)), stepSize)), params, mu, nu);
      return [next, { count, mu, nu }];
    },
  };
}
