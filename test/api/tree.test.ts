// Tests of the `tree` namespace: flatten/unflatten round trips (sorted object keys, nested lists, null),
// leaves/structure, map over several trees, reduce.
import { expect } from 'chai';
import { Array } from '../../src/api/array.js';
import * as tree from '../../src/api/tree.js';

describe('tree', () => {
  it('flattens objects in sorted key order, as JAX sorts dict keys', () => {
    const [leaves, def] = tree.flatten({ b: 1, a: [2, 3], c: { z: 4, y: 5 } });
    expect(leaves).to.deep.equal([2, 3, 1, 5, 4]);
    expect(tree.structureStr(def)).to.equal("{'a': [*, *], 'b': *, 'c': {'y': *, 'z': *}}");
  });

  it('null and undefined are empty subtrees that round-trip', () => {
    const t = { a: 3, b: [1, [2, null]], c: undefined };
    const [leaves, def] = tree.flatten(t);
    expect(leaves).to.deep.equal([3, 1, 2]);
    expect(tree.structureStr(def)).to.equal("{'a': *, 'b': [*, [*, None]], 'c': None}");
    expect(tree.unflatten(def, leaves)).to.deep.equal(t);
    expect(tree.leaves(null)).to.deep.equal([]);
  });

  it('round-trips nested lists and replaces leaves', () => {
    const t = [[1, [2, 3]], [], [[[4]]]];
    const [leaves, def] = tree.flatten(t);
    expect(leaves).to.deep.equal([1, 2, 3, 4]);
    expect(tree.unflatten(def, leaves)).to.deep.equal(t);
    expect(tree.unflatten(def, ['a', 'b', 'c', 'd'])).to.deep.equal([['a', ['b', 'c']], [], [[['d']]]]);
  });

  it('a bare leaf is its own tree; arrays are leaves', () => {
    const x = new Array(Float32Array.from([1, 2]), [2], 'f32');
    const [leaves, def] = tree.flatten({ w: x, n: 2 });
    expect(leaves[1]).to.equal(x);
    expect(tree.structureStr(tree.structure(7))).to.equal('*');
    expect(tree.unflatten(def, ['p', 'q'])).to.deep.equal({ n: 'p', w: 'q' });
  });

  it('map applies f leafwise and keeps the structure', () => {
    expect(tree.map((v: number) => v * 10, { b: [1, 2], a: 3, n: null })).to.deep.equal({ a: 30, b: [10, 20], n: null });
  });

  it('map over several trees zips their leaves', () => {
    const out = tree.map((a: number, b: number, c: number) => a + b * c, [1, { x: 2 }], [3, { x: 4 }], [5, { x: 6 }]);
    expect(out).to.deep.equal([16, { x: 26 }]);
  });

  it('leaves and reduce', () => {
    expect(tree.leaves({ b: [1, 2], a: 3 })).to.deep.equal([3, 1, 2]);
    expect(tree.reduce((acc: number, v: number) => acc * 10 + v, { b: [1, 2], a: 3 }, 0)).to.equal(312);
  });
});
