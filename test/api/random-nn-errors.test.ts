// Bad inputs to random, nn and tree: each is a UserError with a stable code and a message of the form
// `<api>: <what> — got <x>, expected <y>`.
import { expect } from 'chai';
import { Array } from '../../src/api/array.js';
import { fromNested } from '../../src/api/convert.js';
import * as nn from '../../src/api/nn.js';
import * as random from '../../src/api/random.js';
import * as tree from '../../src/api/tree.js';
import { UserError } from '../../src/ir/errors.js';

function expectUserError(f: () => unknown, code: string, api: string, ...parts: string[]): void {
  let err: unknown;
  try {
    f();
  } catch (e) {
    err = e;
  }
  expect(err, 'expected a throw').to.be.instanceOf(UserError);
  const u = err as UserError;
  expect(u.code).to.equal(code);
  expect(u.message.startsWith(`${api}: `), u.message).to.equal(true);
  expect(u.message).to.contain(' — got ');
  for (const p of parts) expect(u.message).to.contain(p);
}

const key = random.key(0);
const badDtypeKey = new Array(Int32Array.from([0, 1]), [2], 'i32');
const badShapeKey = new Array(Uint32Array.from([0, 1, 2]), [3], 'u32');

describe('random/nn/tree errors', () => {
  it('a key of the wrong dtype', () => {
    expectUserError(() => random.normal(badDtypeKey, [2]), 'random/bad-key', 'random.normal', 'got i32[2]', 'u32[2]');
  });

  it('a key of the wrong shape', () => {
    expectUserError(() => random.uniform(badShapeKey, [2]), 'random/bad-key', 'random.uniform', 'got u32[3]');
  });

  it('a batched key', () => {
    expectUserError(() => random.bits(random.split(key, 3), [2]), 'random/batched-key', 'random.bits', 'got u32[3,2]', 'vmap');
  });

  it('a key that is not an array', () => {
    expectUserError(() => random.split([0, 1] as never), 'random/bad-key', 'random.split');
  });

  it('a negative dimension in the shape', () => {
    expectUserError(() => random.normal(key, [2, -1]), 'random/bad-shape', 'random.normal', 'got [2, -1]');
  });

  it('a non-integer dimension', () => {
    expectUserError(() => random.uniform(key, [1.5]), 'random/bad-shape', 'random.uniform', 'got [1.5]');
  });

  it('a negative split count', () => {
    expectUserError(() => random.split(key, -2), 'random/bad-shape', 'random.split', 'got [-2]');
  });

  it('a non-float dtype for uniform and normal', () => {
    expectUserError(() => random.uniform(key, [2], { dtype: 'int32' }), 'random/bad-dtype', 'random.uniform', 'got int32');
    expectUserError(() => random.normal(key, [2], { dtype: 'float64' }), 'dtype/unknown', 'random.normal', 'got float64');
  });

  it('a non-integer dtype for randint', () => {
    expectUserError(() => random.randint(key, [2], 0, 5, { dtype: 'float32' }), 'random/bad-dtype', 'random.randint', 'got float32');
  });

  it('randint bounds that do not fit int32', () => {
    expectUserError(() => random.randint(key, [2], 0, 2 ** 31), 'random/bad-bound', 'random.randint', 'got 2147483648');
  });

  it('randint bounds whose shape does not broadcast to the result', () => {
    const lo = new Array(Int32Array.from([0, 1, 2]), [3], 'i32');
    expectUserError(() => random.randint(key, [2], lo, 10), 'random/bad-param-shape', 'random.randint', 'got i32[3] for shape [2]');
  });

  it('bernoulli with an integer probability array or a mismatched shape', () => {
    expectUserError(() => random.bernoulli(key, new Array(Int32Array.from([1]), [1], 'i32')), 'random/bad-dtype', 'random.bernoulli', 'got i32[1]');
    expectUserError(() => random.bernoulli(key, fromNested('t', [0.1, 0.2]), [3]), 'random/bad-param-shape', 'random.bernoulli', 'got f32[2] for shape [3]');
  });

  it('bad seeds and fold-in data', () => {
    expectUserError(() => random.key(1.5), 'random/bad-seed', 'random.key', 'got 1.5');
    expectUserError(() => random.key(fromNested('t', [1, 2]) as never), 'random/bad-seed', 'random.key', 'got f32[2]');
    expectUserError(() => random.foldIn(key, -1), 'random/bad-data', 'random.foldIn', 'got -1');
  });

  it('permutation of a negative count or along a bad axis', () => {
    expectUserError(() => random.permutation(key, -3), 'random/bad-permutation', 'random.permutation', 'got -3');
    expectUserError(() => random.permutation(key, fromNested('t', [[1, 2]]), { axis: 2 }), 'axis/out-of-range', 'random.permutation', 'got 2 for f32[1,2]');
  });

  it('softmax axis out of range', () => {
    expectUserError(() => nn.softmax(fromNested('t', [[1, 2], [3, 4]]), 2), 'axis/out-of-range', 'nn.softmax', 'got 2 for f32[2,2]', 'an axis in -2..1');
  });

  it('logsumexp and logSoftmax axis errors', () => {
    expectUserError(() => nn.logsumexp(fromNested('t', [1, 2]), -2), 'axis/out-of-range', 'nn.logsumexp', 'got -2 for f32[2]');
    expectUserError(() => nn.logSoftmax(fromNested('t', [[1, 2]]), [1, -1]), 'axis/duplicate', 'nn.logSoftmax', 'got [1, -1]');
  });

  it('nn functions reject non-arrays', () => {
    expectUserError(() => nn.relu('x' as never), 'args/not-an-array', 'nn.relu', 'got string x');
  });

  it('tree.map with trees of different structures', () => {
    let err: unknown;
    try {
      tree.map((a: number, b: number) => a + b, [1, 2], [3]);
    } catch (e) {
      err = e;
    }
    expect(err).to.be.instanceOf(UserError);
    expect((err as UserError).code).to.equal('tree/structure-mismatch');
    expect((err as UserError).message).to.equal('tree.map: tree structures differ — got [*, *] and [*], expected the same structure');
    expectUserError(() => tree.map((a: number) => a, { a: 1 }, { b: 1 }), 'tree/structure-mismatch', 'tree.map', "got {'a': *} and {'b': *}");
  });

  it('tree.unflatten with the wrong number of leaves', () => {
    const def = tree.structure([1, 2]);
    expectUserError(() => tree.unflatten(def, [1, 2, 3]), 'tree/leaf-count', 'tree.unflatten', 'got 3');
  });
});
