// WGSL golden files of whole PROGRAMS (not hand-built kernels): each traced, optimised, fused and
// printed with jit(f).lower(...).compile({ device: 'webgpu' }).asText('wgsl'), against PINNED_PROFILE —
// deterministic, no adapter needed (runs in the main mocha process). Host steps appear as comments
// (scatter_add's and sort's with the shaders webgpu runs them as on GPUs).
// `UPDATE_GOLDEN=1` rewrites them.
import { expect } from 'chai';
import { grad, jacrev, jit, lax, nn, np, random, valueAndGrad, vmap } from '../../src/index.js';
import type { Tracer } from '../../src/trace/trace.js';
import { goldenCases } from '../helpers/golden.js';
import { IN_ADAPTER_PROCESS } from './gpu-env.js';

type T = Tracer;
const f32 = (...shape: number[]) => ({ shape, dtype: 'float32' });
const u32 = (...shape: number[]) => ({ shape, dtype: 'uint32' });
const wgsl = (f: (...a: never[]) => unknown, ...args: unknown[]) => (): string =>
  jit(f).lower(...args).compile({ device: 'webgpu' }).asText('wgsl');

const layernorm = (x: T, g: T, b: T) => {
  const m = np.mean(x, -1, { keepdims: true });
  const v = np.var(x, -1, { keepdims: true });
  return np.add(np.multiply(np.divide(np.subtract(x, m), np.sqrt(np.add(v, 1e-5))), g), b);
};
const conv = (x: T, w: T) => lax.conv(x, w, [1, 1], 'SAME');
const perView = (x: T, w1: T, w2: T) => lax.conv(nn.relu(lax.conv(x, w1, [1, 1], 'VALID')), w2, [1, 1], 'VALID');
const multiview = (x: T, w1: T, w2: T) => vmap((xv: T) => perView(xv, w1, w2), { inAxes: 4, outAxes: 4 })(x);
const attention = (q: T, k: T, v: T) => np.matmul(nn.softmax(np.divide(np.matmul(q, np.transpose(k)), Math.sqrt(16)), -1), v);
const mlpLoss = (w1: T, b1: T, w2: T, x: T, y: T) => np.mean(np.square(np.subtract(np.add(np.matmul(nn.relu(np.add(np.matmul(x, w1), b1)), w2), 0), y)));

export const PROGRAM_GOLDENS: Record<string, () => string> = {
  softmax: wgsl((x: T) => nn.softmax(x, -1), f32(8, 128)),
  layernorm: wgsl(layernorm, f32(16, 64), f32(64), f32(64)),
  matmul_bias_relu: wgsl((x: T, w: T, b: T) => nn.relu(np.add(np.matmul(x, w), b)), f32(32, 64), f32(64, 48), f32(48)),
  conv: wgsl(conv, f32(2, 3, 8, 8), f32(4, 3, 3, 3)),
  conv_grad: wgsl(grad((w: T, x: T) => np.sum(np.square(conv(x, w)))), f32(4, 3, 3, 3), f32(2, 3, 8, 8)),
  multiview_cnn_jacrev: wgsl(jacrev(multiview), f32(1, 1, 5, 5, 2), f32(2, 1, 3, 3), f32(1, 2, 3, 3)),
  hypot: wgsl((a: T, b: T) => lax.sqrt(lax.add(lax.mul(a, a), lax.mul(b, b))), f32(1000), f32(1000)),
  attention: wgsl(attention, f32(8, 16), f32(8, 16), f32(8, 16)),
  mlp_value_and_grad: wgsl(valueAndGrad(mlpLoss, { argnums: [0, 1, 2] }), f32(4, 8), f32(8), f32(8, 2), f32(16, 4), f32(16, 2)),
  logsumexp: wgsl((x: T) => nn.logsumexp(x, -1), f32(4, 300)),
  gelu: wgsl((x: T) => nn.gelu(x), f32(64)),
  max_pool: wgsl((x: T) => lax.reduceWindowMax(x, [1, 2, 2, 1], [1, 2, 2, 1], 'VALID'), f32(1, 8, 8, 3)),
  batched_matmul: wgsl((a: T, b: T) => lax.dotGeneral(a, b, [[[2], [1]], [[0], [0]]]), f32(5, 6, 7), f32(5, 7, 4)),
  mean_var_rows: wgsl((x: T) => [np.mean(x, -1), np.var(x, 0)], f32(30, 40)),
  full_sum: wgsl((x: T) => np.sum(x), f32(100000)),
  argmax_rows: wgsl((x: T) => lax.argmax(x, 1), f32(6, 50)),
  cumsum_rows: wgsl((x: T) => lax.cumsum(x, 1), f32(4, 9)),
  random_normal: wgsl((k: T) => random.normal(k, [16]), u32(2)),
  integer_div_rem: wgsl((a: T, b: T) => [lax.div(a, b), lax.rem(a, b)], { shape: [12], dtype: 'int32' }, { shape: [12], dtype: 'int32' }),
  is_finite_where: wgsl((x: T) => np.where(lax.isFinite(x), x, 0), f32(20)),
  max_pool_grad: wgsl(grad((x: T) => np.sum(np.cos(lax.reduceWindowMax(x, [1, 2, 2, 1], [1, 2, 2, 1], 'VALID')))), f32(1, 8, 8, 3)),
  sort_argsort_rows: wgsl((x: T) => lax.sort([x, lax.broadcastedIota('int32', [4, 50], 1)], { dimension: 1 }), f32(4, 50)),
  take_grad: wgsl((x: T, i: T) => grad((v: T) => np.sum(np.multiply(np.take(v, i as never, 0), 2)))(x), f32(10, 4), { shape: [6], dtype: 'int32' }),
};

(IN_ADAPTER_PROCESS ? describe.skip : describe)('WGSL golden files of programs (pinned profile)', () => {
  goldenCases('wgsl/programs', PROGRAM_GOLDENS, { producer: "jit(f).lower(...).compile({ device: 'webgpu' }).asText('wgsl'), PINNED_PROFILE", ext: 'wgsl' });

  it('is deterministic and needs no adapter; compiling for cpu refuses the stage', () => {
    expect(PROGRAM_GOLDENS.softmax!()).to.equal(PROGRAM_GOLDENS.softmax!());
    expect(PROGRAM_GOLDENS.softmax!()).to.match(/@compute @workgroup_size\(/);
    expect(() => jit((x: T) => lax.neg(x)).lower(f32(3)).compile().asText('wgsl')).to.throw(/not available for device cpu/);
  });
});
