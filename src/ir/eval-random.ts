// Evaluation rules of the random primitives: threefry2x32 and random_bits (JAX's partitionable
// threefry layout). Imports only src/ir.
import type { Tensor } from './core.js';
import { size } from './dtype.js';
import { check } from './errors.js';
import type { EvalRule } from './eval-types.js';
import { allocTensor, broadcastIndexer } from './eval-types.js';

/** The rotation amounts of Threefry-2x32's rounds, alternating by group (shared with the kernel builder). */
export const THREEFRY_ROTATIONS: readonly (readonly number[])[] = [[13, 15, 26, 6], [17, 29, 16, 24]];
/** The key-schedule parity constant. */
export const THREEFRY_PARITY = 0x1bd11bda;

const rotl = (v: number, r: number): number => ((v << r) | (v >>> (32 - r))) >>> 0;

/**
 * Threefry-2x32 with 20 rounds, as `threefry2x32` in jax/_src/prng.py: key schedule
 * ks = (k0, k1, k0 ^ k1 ^ 0x1BD11BDA), five groups of four rounds, injection i adds ks[i % 3]
 * and ks[(i + 1) % 3] + i. Returns the two output words as unsigned 32-bit numbers.
 */
export function threefry2x32Block(k0: number, k1: number, x0: number, x1: number): [number, number] {
  const ks = [k0 >>> 0, k1 >>> 0, (k0 ^ k1 ^ THREEFRY_PARITY) >>> 0];
  let a = (x0 + ks[0]!) >>> 0;
  let b = (x1 + ks[1]!) >>> 0;
  for (let group = 0; group < 5; group++) {
    for (const r of THREEFRY_ROTATIONS[group % 2]!) {
      a = (a + b) >>> 0;
      b = (rotl(b, r) ^ a) >>> 0;
    }
    a = (a + ks[(group + 1) % 3]!) >>> 0;
    b = (b + ks[(group + 2) % 3]! + group + 1) >>> 0;
  }
  return [a, b];
}

/** threefry2x32(k0, k1, x0, x1) → (y0, y1), all u32, operands broadcast as lax. */
const threefry2x32: EvalRule<'threefry2x32'> = (inputs, _params, outAvals, ctx) => {
  check(inputs.length === 4 && outAvals.length === 2, 'threefry2x32: expects 4 operands and 2 results');
  const outShape = outAvals[0]!.shape;
  const [k0, k1, x0, x1] = inputs.map((t) => ({ t, at: broadcastIndexer(outShape, t.shape) }));
  const y0 = allocTensor(outAvals[0]!, ctx);
  const y1 = allocTensor(outAvals[1]!, ctx);
  for (let i = 0; i < y0.data.length; i++) {
    const [a, b] = threefry2x32Block(
      k0!.t.data[k0!.at(i)]!, k1!.t.data[k1!.at(i)]!, x0!.t.data[x0!.at(i)]!, x1!.t.data[x1!.at(i)]!,
    );
    y0.data[i] = a;
    y1.data[i] = b;
  }
  return [y0, y1];
};

/**
 * random_bits(keys u32[..., 2]) → u32[..., *shape]: for each key, counters are the row-major flat
 * index n over `shape` as a 64-bit count split into (hi, lo) words (JAX's `iota_2x32_shape`), and
 * the draw is y0 ^ y1 of threefry2x32(key, (hi, lo)) (`_threefry_random_bits_partitionable`).
 */
const randomBits: EvalRule<'random_bits'> = (inputs, params, outAvals, ctx) => {
  const keys: Tensor = inputs[0]!;
  check(keys.dtype === 'u32' && keys.shape[keys.shape.length - 1] === 2, 'random_bits: keys must be u32[..., 2]');
  check(params.bit_width === 32, 'random_bits: only bit_width 32');
  const out = allocTensor(outAvals[0]!, ctx);
  const n = size(params.shape);
  const nKeys = keys.data.length / 2;
  for (let k = 0; k < nKeys; k++) {
    const k0 = keys.data[2 * k]!;
    const k1 = keys.data[2 * k + 1]!;
    for (let i = 0; i < n; i++) {
      const [a, b] = threefry2x32Block(k0, k1, Math.floor(i / 0x100000000), i >>> 0);
      out.data[k * n + i] = (a ^ b) >>> 0;
    }
  }
  return [out];
};

export const randomEvalRules: {
  readonly threefry2x32: EvalRule<'threefry2x32'>;
  readonly random_bits: EvalRule<'random_bits'>;
} = {
  threefry2x32,
  random_bits: randomBits,
};
