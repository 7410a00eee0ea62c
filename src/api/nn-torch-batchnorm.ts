// torch.nn.BatchNorm2d as a pure module: running statistics are buffers read from the state and
// written to `ctx.newBuffers` (never mutated), so it works under vmap and grad. Imports np and lax;
// must not import the functional wrappers.
import { UserError } from '../ir/errors.js';
import { describe } from './convert.js';
import * as lax from './lax.js';
import type { Module, TensorSpec } from './nn-torch-modules.js';
import { checkNCHW, getState } from './nn-torch-modules.js';
import * as np from './np.js';

export interface BatchNorm2dOptions {
  readonly eps?: number;
  readonly momentum?: number;
  /** Learned weight (ones) and bias (zeros); default true. */
  readonly affine?: boolean;
}

/**
 * torch.nn.BatchNorm2d(C): with `{train: true}` it normalises by the batch statistics over
 * (N, H, W) (biased variance) and returns running_mean/var updated with `momentum` (the variance
 * unbiased, n/(n-1)) and num_batches_tracked + 1; otherwise it normalises by the running statistics
 * and leaves the buffers as they are.
 */
export function BatchNorm2d(numFeatures: number, o: BatchNorm2dOptions = {}): Module {
  const label = `nn.BatchNorm2d(${numFeatures})`;
  if (typeof numFeatures !== 'number' || !Number.isInteger(numFeatures) || numFeatures < 1) {
    throw new UserError('nn/bad-argument', label, 'numFeatures must be a positive integer', describe(numFeatures), 'an integer ≥ 1');
  }
  const eps = o.eps ?? 1e-5;
  const momentum = o.momentum ?? 0.1;
  const affine = o.affine ?? true;
  const c = [numFeatures];
  const params: TensorSpec[] = affine ? [{ name: 'weight', shape: c, init: { kind: 'fill', value: 1 } }, { name: 'bias', shape: c, init: { kind: 'fill', value: 0 } }] : [];
  const buffers: TensorSpec[] = [
    { name: 'running_mean', shape: c, init: { kind: 'fill', value: 0 } },
    { name: 'running_var', shape: c, init: { kind: 'fill', value: 1 } },
    { name: 'num_batches_tracked', shape: [], init: { kind: 'fill', value: 0, dtype: 'i32' } },
  ];
  const bc = [1, numFeatures, 1, 1];
  return {
    label, children: [], params, buffers,
    forward(ctx, input, prefix) {
      const x = checkNCHW(label, input, numFeatures);
      const [n, , h, w] = x.aval.shape as [number, number, number, number];
      const buf = (name: string) => getState(label, ctx.buffers, `${prefix}${name}`, 'buffer');
      let mean = np.reshape(buf('running_mean'), bc);
      let variance = np.reshape(buf('running_var'), bc);
      if (ctx.train) {
        const count = n * h * w;
        if (count < 2) throw new UserError('nn/bad-input', label, 'training needs more than one value per channel', `input f32[${x.aval.shape.join(',')}]`, 'N·H·W > 1');
        mean = np.mean(x, [0, 2, 3], { keepdims: true });
        variance = np.mean(np.square(np.subtract(x, mean)), [0, 2, 3], { keepdims: true });
        const blend = (old: string, batch: ReturnType<typeof np.reshape>) =>
          np.add(np.multiply(buf(old), 1 - momentum), np.multiply(np.reshape(batch, c), momentum));
        ctx.newBuffers[`${prefix}running_mean`] = blend('running_mean', mean);
        ctx.newBuffers[`${prefix}running_var`] = blend('running_var', np.multiply(variance, count / (count - 1)));
        ctx.newBuffers[`${prefix}num_batches_tracked`] = lax.add(buf('num_batches_tracked'), 1);
      }
      let y = np.multiply(np.subtract(x, mean), lax.rsqrt(np.add(variance, eps)));
      if (affine) {
        const p = (name: string) => np.reshape(getState(label, ctx.params, `${prefix}${name}`, 'parameter'), bc);
        y = np.add(np.multiply(y, p('weight')), p('bias'));
      }
      return y;
    },
  };
}
