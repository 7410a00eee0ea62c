import { expect } from 'chai';
import * as np from '../../src/api/np.js';
import { UserError } from '../../src/ir/errors.js';

/** Calls `f`, which must throw a UserError with `code`, a message starting with `api`, and ' — got '. */
function expectUserError(f: () => unknown, api: string, code: string, contains?: string): void {
  let err: unknown;
  try { f(); } catch (e) { err = e; }
  expect(err, `${api} should throw`).to.be.instanceOf(UserError);
  const u = err as UserError;
  expect(u.code).to.equal(code);
  expect(u.message.startsWith(`${api}: `), u.message).to.equal(true);
  expect(u.message).to.contain(' — got ');
  if (contains) expect(u.message).to.contain(contains);
}

const bad = (x: unknown): never => x as never;

describe('np errors', () => {
  const a = np.zeros([3, 4]);
  const cases: [string, () => unknown, string, string, string?][] = [
    ['add shapes', () => np.add(a, np.zeros([5])), 'np.add', 'shape/broadcast', 'np.add: shapes do not broadcast — got f32[3,4] and f32[5], expected trailing dimensions that are equal or 1'],
    ['sum axis', () => np.sum(a, 2), 'np.sum', 'axis/out-of-range', 'np.sum: axis 2 is out of range — got 2 for f32[3,4], expected an axis in -2..1'],
    ['mean negative axis', () => np.mean(a, -3), 'np.mean', 'axis/out-of-range'],
    ['sum repeated axis', () => np.sum(a, [0, -2]), 'np.sum', 'axis/repeated'],
    ['exp string', () => np.exp(bad('a')), 'np.exp', 'args/not-an-array', 'got string a'],
    ['add object', () => np.add(a, bad({})), 'np.add', 'args/not-an-array'],
    // a tracer of a second copy of the package (say src/ and dist/ both loaded) is named as such
    ['tracer of another copy', () => np.exp(bad(new (class Tracer { aval = { shape: [2], dtype: 'f32' } })())), 'np.exp', 'args/not-an-array', 'got a Tracer of another copy of kernax (the package is loaded twice'],
    ['reshape size', () => np.reshape(a, [5, -1]), 'np.reshape', 'shape/size-mismatch'],
    ['reshape two holes', () => np.reshape(a, [-1, -1]), 'np.reshape', 'shape/invalid'],
    ['zeros bad dtype', () => np.zeros([2], { dtype: 'float64' }), 'np.zeros', 'dtype/unknown'],
    ['astype bad dtype', () => np.astype(a, 'complex'), 'np.astype', 'dtype/unknown'],
    ['zeros bad shape', () => np.zeros([2, -1]), 'np.zeros', 'shape/invalid'],
    ['disposed', () => { const d = np.ones([2]); d.dispose(); return np.sin(d); }, 'np.sin', 'array/disposed'],
    ['einsum rank', () => np.einsum('ijk,jk->ik', a, a), 'np.einsum', 'einsum/rank'],
    ['einsum diag', () => np.einsum('ii->i', np.zeros([3, 3])), 'np.einsum', 'einsum/spec', 'diagonal'],
    ['einsum sizes', () => np.einsum('ij,jk->ik', a, a), 'np.einsum', 'einsum/size-mismatch'],
    ['einsum output letter', () => np.einsum('ij->k', a), 'np.einsum', 'einsum/spec'],
    ['einsum operand count', () => np.einsum('ij,jk->ik', a), 'np.einsum', 'einsum/operands'],
    ['einsum ellipsis', () => np.einsum('...ij->...ji', a), 'np.einsum', 'einsum/spec'],
    ['matmul contract', () => np.matmul(a, a), 'np.matmul', 'shape/contract-mismatch'],
    ['matmul scalar', () => np.matmul(a, 2), 'np.matmul', 'shape/rank'],
    ['matmul batch', () => np.matmul(np.zeros([2, 3, 4]), np.zeros([3, 4, 5])), 'np.matmul', 'shape/broadcast'],
    ['dot', () => np.dot(a, np.zeros([3])), 'np.dot', 'shape/contract-mismatch'],
    ['max empty', () => np.max(np.zeros([0, 2]), 0), 'np.max', 'shape/empty-reduction'],
    ['argmax empty', () => np.argmax(np.zeros([0])), 'np.argmax', 'shape/empty-reduction'],
    ['transpose axes', () => np.transpose(a, [0]), 'np.transpose', 'axis/invalid'],
    ['transpose repeated', () => np.transpose(a, [0, 0]), 'np.transpose', 'axis/repeated'],
    ['squeeze non-1', () => np.squeeze(a, 0), 'np.squeeze', 'shape/not-size-1'],
    ['concatenate dims', () => np.concatenate([a, np.zeros([3, 5])], 0), 'np.concatenate', 'shape/mismatch'],
    ['concatenate empty', () => np.concatenate([]), 'np.concatenate', 'args/empty'],
    ['stack shapes', () => np.stack([a, np.zeros([4, 3])]), 'np.stack', 'shape/mismatch'],
    ['split uneven', () => np.split(a, 3, 1), 'np.split', 'shape/uneven-split'],
    ['take float indices', () => np.take(a, np.array([0.5]), 0), 'np.take', 'dtype/index'],
    ['take axis', () => np.take(a, [0], 5), 'np.take', 'axis/out-of-range'],
    ['pad width', () => np.pad(a, [[1, 1], [1, 1], [1, 1]]), 'np.pad', 'args/pad-width'],
    ['pad negative', () => np.pad(a, -1), 'np.pad', 'args/pad-width'],
    ['pad mode', () => np.pad(a, 1, { mode: bad('reflect') }), 'np.pad', 'args/pad-mode'],
    ['broadcastTo', () => np.broadcastTo(a, [4, 4]), 'np.broadcastTo', 'shape/broadcast'],
    ['broadcastTo lower rank', () => np.broadcastTo(a, [4]), 'np.broadcastTo', 'shape/broadcast'],
    ['arange step 0', () => np.arange(0, 3, 0), 'np.arange', 'args/invalid'],
    ['arange string', () => np.arange(bad('3')), 'np.arange', 'args/invalid'],
    ['eye', () => np.eye(-1), 'np.eye', 'args/invalid'],
    ['linspace num', () => np.linspace(0, 1, 2.5), 'np.linspace', 'args/invalid'],
    ['subtract bools', () => np.subtract(np.array([true]), np.array([false])), 'np.subtract', 'dtype/unsupported'],
    ['negative bool', () => np.negative(np.array([true])), 'np.negative', 'dtype/unsupported'],
    ['power int negative', () => np.power(np.arange(3), -1), 'np.power', 'args/invalid'],
    ['where shapes', () => np.where(np.zeros([2]), a, 0), 'np.where', 'shape/broadcast'],
    ['expandDims axis', () => np.expandDims(a, 4), 'np.expandDims', 'axis/out-of-range'],
    ['swapaxes axis', () => np.swapaxes(a, 0, 3), 'np.swapaxes', 'axis/out-of-range'],
    ['sort scalar', () => np.sort(np.array(1)), 'np.sort', 'shape/rank'],
    ['array ragged', () => np.array([[1, 2], [3]]), 'np.array', 'array/ragged'],
    ['sum options', () => np.sum(a, 0, bad(5)), 'np.sum', 'args/options'],
    ['var ddof', () => np.var(a, 0, { ddof: bad('1') }), 'np.var', 'args/invalid'],
  ];
  for (const [name, f, api, code, contains] of cases) {
    it(`${name}: ${api} ${code}`, () => expectUserError(f, api, code, contains));
  }
  it('has at least 25 cases', () => expect(cases.length).to.be.greaterThanOrEqual(25));
});
