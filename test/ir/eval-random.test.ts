// Tests of threefry2x32 and random_bits against JAX's known-answer tests and JAX 0.10.2 golden draws.
import { expect } from 'chai';
import type { Tensor } from '../../src/ir/core.js';
import type { Aval } from '../../src/ir/dtype.js';
import { F32_CTX, F64_CTX, tensorFrom } from '../../src/ir/eval-types.js';
import { randomEvalRules, threefry2x32Block } from '../../src/ir/eval-random.js';

const u32 = (values: readonly number[], shape: readonly number[] = [values.length]): Tensor => tensorFrom(shape, 'u32', values, F32_CTX);
const u32s = (v: number): Tensor => tensorFrom([], 'u32', [v], F32_CTX);
const vals = (x: Tensor): number[] => Array.from(x.data);
const U32 = (v: number): number => v >>> 0;
const prngKey = (seed: number): Tensor => u32([0, seed]);

function threefry(k0: Tensor, k1: Tensor, x0: Tensor, x1: Tensor, shape: readonly number[]): [Tensor, Tensor] {
  const out: Aval = { shape, dtype: 'u32' };
  const [a, b] = randomEvalRules.threefry2x32([k0, k1, x0, x1], {}, [out, out], F32_CTX);
  return [a!, b!];
}

function randomBits(keys: Tensor, shape: readonly number[]): Tensor {
  const out: Aval = { shape: [...keys.shape.slice(0, -1), ...shape], dtype: 'u32' };
  return randomEvalRules.random_bits([keys], { bit_width: 32, shape }, [out], F32_CTX)[0]!;
}

/**
 * JAX's partitionable `split(key, n)` (`_threefry_split_foldlike`): counters are iota_2x32_shape((n,)),
 * i.e. (hi, lo) = (0, i) for i < 2^32, and new_key[i] = threefry2x32(key, (hi_i, lo_i)) → (y0, y1).
 * Built from the threefry2x32 primitive the way the API layer will.
 */
export function threefrySplitReference(key: Tensor, n: number): number[][] {
  const hi = u32(new Array<number>(n).fill(0));
  const lo = u32(Array.from({ length: n }, (_, i) => i));
  const [y0, y1] = threefry(u32s(key.data[0]!), u32s(key.data[1]!), hi, lo, [n]);
  return Array.from({ length: n }, (_, i) => [y0.data[i]!, y1.data[i]!]);
}

describe('threefry2x32', () => {
  it('matches the Random123 known-answer tests used by JAX', () => {
    expect(threefry2x32Block(0, 0, 0, 0)).to.deep.equal([0x6b200159, 0x99ba4efe]);
    expect(threefry2x32Block(0x13198a2e, 0x03707344, 0x243f6a88, 0x85a308d3)).to.deep.equal([0xc4923a9c, 0x483df7a0]);
    expect(threefry2x32Block(U32(-1), U32(-1), U32(-1), U32(-1))).to.deep.equal([0x1cb996fc, 0xbb002be7]);
  });
  it('evaluates elementwise with rank-0 keys broadcast over counters', () => {
    const [a, b] = threefry(u32s(0x13198a2e), u32s(0x03707344), u32([0, 0x243f6a88]), u32([0, 0x85a308d3]), [2]);
    expect(vals(a)).to.deep.equal([threefry2x32Block(0x13198a2e, 0x03707344, 0, 0)[0], 0xc4923a9c]);
    expect(vals(b)).to.deep.equal([threefry2x32Block(0x13198a2e, 0x03707344, 0, 0)[1], 0x483df7a0]);
    expect(a.data).to.be.instanceOf(Uint32Array);
  });
  it('broadcasts size-1 dims and handles empty operands', () => {
    const [a] = threefry(u32([0, 0], [2, 1]), u32([0, 0x13198a2e], [2, 1]), u32([0, 0, 0], [1, 3]), u32([0, 1, 2], [1, 3]), [2, 3]);
    expect(vals(a)[0]).to.equal(0x6b200159);
    expect(vals(a)[4]).to.equal(threefry2x32Block(0, 0x13198a2e, 0, 1)[0]);
    const [e] = threefry(u32s(1), u32s(2), u32([]), u32([]), [0]);
    expect(e.data).to.have.length(0);
  });
  it('reproduces split(PRNGKey(0)) of JAX 0.10.2 (partitionable)', () => {
    expect(threefrySplitReference(prngKey(0), 2)).to.deep.equal([[1797259609, 2579123966], [928981903, 3453687069]]);
  });
});

describe('random_bits', () => {
  it('reproduces random.bits(PRNGKey(1701), (3,)) of JAX 0.10.2', () => {
    const r = randomBits(prngKey(1701), [3]);
    expect(r.shape).to.deep.equal([3]);
    expect(r.data).to.be.instanceOf(Uint32Array);
    expect(vals(r)).to.deep.equal([1111271205, 2679469115, 974515252]);
  });
  it('counts over the row-major flat index of the shape', () => {
    const flat = vals(randomBits(prngKey(1701), [6]));
    const r = randomBits(prngKey(1701), [2, 3]);
    expect(r.shape).to.deep.equal([2, 3]);
    expect(vals(r)).to.deep.equal(flat);
    expect(flat.slice(0, 3)).to.deep.equal([1111271205, 2679469115, 974515252]);
  });
  it('draws y0 ^ y1 of threefry over counters (0, i)', () => {
    const key = [0x12345678, 0x9abcdef0];
    const r = vals(randomBits(u32(key), [4]));
    const expected = [0, 1, 2, 3].map((i) => {
      const [a, b] = threefry2x32Block(key[0]!, key[1]!, 0, i);
      return (a ^ b) >>> 0;
    });
    expect(r).to.deep.equal(expected);
  });
  it('draws per key for a batch of keys u32[..., 2]', () => {
    const keys = u32([0, 1701, 0, 0], [2, 2]);
    const r = randomBits(keys, [3]);
    expect(r.shape).to.deep.equal([2, 3]);
    expect(vals(r).slice(0, 3)).to.deep.equal([1111271205, 2679469115, 974515252]);
    expect(vals(r).slice(3)).to.deep.equal(vals(randomBits(prngKey(0), [3])));
  });
  it('handles rank-0 and empty shapes, and f64 precision leaves u32 alone', () => {
    expect(vals(randomBits(prngKey(1701), []))).to.deep.equal([1111271205]);
    expect(randomBits(prngKey(1701), [0, 4]).data).to.have.length(0);
    const out: Aval = { shape: [3], dtype: 'u32' };
    const r = randomEvalRules.random_bits([prngKey(1701)], { bit_width: 32, shape: [3] }, [out], F64_CTX)[0]!;
    expect(r.data).to.be.instanceOf(Uint32Array);
    expect(vals(r)).to.deep.equal([1111271205, 2679469115, 974515252]);
  });
});
