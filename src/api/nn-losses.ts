// Losses with torch's semantics: nn.crossEntropy (log_softmax + nll over integer class labels),
// nn.nllLoss, nn.mseLoss; reduction 'mean' (default), 'sum' or 'none'. Imports np, lax and
// nn-activations.
import { avalStr } from '../ir/dtype.js';
import { UserError } from '../ir/errors.js';
import { Array } from './array.js';
import type { Value } from './bind.js';
import { describe, isValue } from './convert.js';
import * as lax from './lax.js';
import { logSoftmax } from './nn-activations.js';
import * as np from './np.js';

export type Reduction = 'mean' | 'sum' | 'none';
export interface LossOptions {
  readonly reduction?: Reduction;
  /** Labels equal to this are left out (and out of the mean's count), as torch's; default -100. */
  readonly ignoreIndex?: number;
}

function fail(api: string, what: string, got: string, expected: string): never {
  throw new UserError('nn/bad-loss-input', api, what, got, expected);
}

function reduction(api: string, o: LossOptions): Reduction {
  const r = o.reduction ?? 'mean';
  if (r !== 'mean' && r !== 'sum' && r !== 'none') fail(api, 'unknown reduction', describe(r), "'mean', 'sum' or 'none'");
  return r;
}

/** [N, C, d…] or [C] scores with labels [N, d…] or []: the class axis is 1 (0 for a single sample). */
function checkScores(api: string, scores: unknown, labels: unknown): [Value, Value, number] {
  if (!isValue(scores) || scores.aval.dtype !== 'f32' || scores.aval.shape.length < 1) fail(api, 'the input must be float32 scores', isValue(scores) ? avalStr(scores.aval) : describe(scores), '[N, C] (or [C], [N, C, d…]) float32');
  const s = scores.aval.shape;
  const axis = s.length === 1 ? 0 : 1;
  const want = s.filter((_, i) => i !== axis);
  if (!isValue(labels) || (labels.aval.dtype !== 'i32' && labels.aval.dtype !== 'u32')) fail(api, 'the target must be integer class labels', isValue(labels) ? avalStr(labels.aval) : describe(labels), `int32[${want.join(',')}]`);
  if (labels.aval.shape.join(',') !== want.join(',')) fail(api, 'the target does not match the input', `input ${avalStr(scores.aval)} and target ${avalStr(labels.aval)}`, `a target of shape [${want.join(', ')}]`);
  return [scores, labels, axis];
}

/** Concrete labels must be class indices (or the ignore index), as torch checks. */
function checkRange(api: string, labels: Value, classes: number, ignore: number): void {
  if (!(labels instanceof Array)) return;
  const bad = globalThis.Array.from(labels.dataSync()).find((v) => v !== ignore && (v < 0 || v >= classes));
  if (bad !== undefined) fail(api, 'a target label is out of range', String(bad), `class indices in 0..${classes - 1}`);
}

function reduce(x: Value, r: Reduction, count?: Value): Value {
  if (r === 'none') return x;
  const s = np.sum(x);
  return r === 'sum' ? s : np.divide(s, count ?? x.aval.shape.reduce((a, b) => a * b, 1));
}

function nll(api: string, logp: Value, labels: Value, axis: number, o: LossOptions): Value {
  const r = reduction(api, o);
  const classes = logp.aval.shape[axis]!;
  const ignore = o.ignoreIndex ?? -100;
  checkRange(api, labels, classes, ignore);
  const lab = labels.aval.dtype === 'i32' ? labels : (lax.convertElementType(labels, 'i32') as Value);
  const classIds = lax.broadcastedIota('i32', logp.aval.shape, axis);
  const onehot = np.equal(classIds, np.expandDims(lab, axis));
  const picked = np.negative(np.sum(np.where(onehot, logp, 0), axis));
  const keep = np.notEqual(lab, ignore);
  return reduce(np.where(keep, picked, 0), r, r === 'mean' ? np.sum(np.astype(keep, 'float32')) : undefined);
}

/** torch.nn.functional.nll_loss: −logp[n, label[n]], over log-probabilities [N, C, d…]. */
export function nllLoss(logProbs: Value, labels: Value, o: LossOptions = {}): Value {
  const [lp, lab, axis] = checkScores('nn.nllLoss', logProbs, labels);
  return nll('nn.nllLoss', lp, lab, axis, o);
}

/** torch.nn.functional.cross_entropy over integer labels: nllLoss(logSoftmax(logits, classAxis)). */
export function crossEntropy(logits: Value, labels: Value, o: LossOptions = {}): Value {
  const [lg, lab, axis] = checkScores('nn.crossEntropy', logits, labels);
  return nll('nn.crossEntropy', logSoftmax(lg, axis), lab, axis, o);
}

/** torch.nn.functional.mse_loss: (input − target)², reduced; the shapes must be equal. */
export function mseLoss(input: Value, target: Value, o: LossOptions = {}): Value {
  const api = 'nn.mseLoss';
  const r = reduction(api, o);
  if (!isValue(input) || !isValue(target) || input.aval.dtype !== 'f32' || input.aval.shape.join(',') !== target.aval.shape.join(',')) {
    fail(api, 'input and target must be float32 arrays of one shape', `${isValue(input) ? avalStr(input.aval) : describe(input)} and ${isValue(target) ? avalStr(target.aval) : describe(target)}`, 'two float32 arrays of the same shape');
  }
  return reduce(np.square(np.subtract(input, target)), r);
}
