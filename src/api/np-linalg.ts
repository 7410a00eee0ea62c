// np contractions: matmul (numpy batch broadcasting and 1-D operands, as jnp.matmul), dot, outer, einsum
// (lowered to reduce_sum / dot_general / transpose). Imports np-core, lax; must not import other np-*.ts.
import { avalStr } from '../ir/dtype.js';
import { describe, resultType } from './convert.js';
import type { ArrayLike, BinaryFn, Out2, Value } from './np-core.js';
import { arg, typed, fail, rangeN, toDType, value } from './np-core.js';
import * as lax from './lax.js';

type X = ArrayLike;
const isIdentity = (p: readonly number[]): boolean => p.every((a, i) => a === i);

/** Operands promoted to one numeric dtype, as arrays. */
function contractOperands(api: string, xs: readonly unknown[], names: readonly string[]): Value[] {
  const ops = xs.map((x, i) => arg(api, x, names[i]));
  const { dtype, weak } = resultType(`np.${api}`, ops);
  if (dtype === 'bool') fail(api, 'dtype/unsupported', 'is not defined for booleans', ops.map(describe).join(' and '), 'numeric operands', 'Convert with np.astype first');
  return ops.map((o) => value(toDType(o, dtype, weak)));
}

/** numpy's matmul, following jnp.matmul: batch dims broadcast (size-1 batch dims squeezed), 1-D operands promoted. */
export const matmul: BinaryFn = <A extends X, B extends X>(a: A, b: B): Out2<A, B> => typed(matmulValue(a, b));
function matmulValue(a: X, b: X): Value {
  const [x, y] = contractOperands('matmul', [a, b], ['a', 'b']) as [Value, Value];
  const [xs, ys] = [x.aval.shape, y.aval.shape];
  if (xs.length === 0 || ys.length === 0) fail('matmul', 'shape/rank', 'operands must not be scalars', `${describe(x)} and ${describe(y)}`, 'arrays of rank ≥ 1', 'Use np.multiply for scalars');
  const xMat = xs.length > 1;
  const yMat = ys.length > 1;
  const k = xs[xs.length - 1]!;
  const ky = ys[yMat ? ys.length - 2 : 0]!;
  if (k !== ky) fail('matmul', 'shape/contract-mismatch', 'contracting dimensions differ', `${describe(x)} and ${describe(y)} (${k} vs ${ky})`, 'the last dim of a equal to the second-to-last dim of b');
  const xb = xMat ? xs.slice(0, -2) : [];
  const yb = yMat ? ys.slice(0, -2) : [];
  const nb = Math.max(xb.length, yb.length);
  const xbd: (number | null)[] = [...new globalThis.Array<null>(nb - xb.length).fill(null), ...xb];
  const ybd: (number | null)[] = [...new globalThis.Array<null>(nb - yb.length).fill(null), ...yb];
  const xSq: number[] = [], ySq: number[] = [], xBatch: number[] = [], yBatch: number[] = [];
  const idxBatch: number[] = [], idxX: number[] = [], idxY: number[] = [];
  for (let i = 0; i < nb; i++) {
    const [ba, bb] = [xbd[i]!, ybd[i]!];
    if (ba === null) idxY.push(i);
    else if (bb === null) idxX.push(i);
    else if (ba === 1) { idxY.push(i); xSq.push(idxBatch.length + idxX.length + xSq.length); }
    else if (bb === 1) { idxX.push(i); ySq.push(idxBatch.length + idxY.length + ySq.length); }
    else if (ba === bb) { xBatch.push(idxBatch.length + idxX.length); yBatch.push(idxBatch.length + idxY.length); idxBatch.push(i); }
    else fail('matmul', 'shape/broadcast', 'batch dimensions do not broadcast', `${describe(x)} and ${describe(y)}`, 'batch dims that are equal or 1');
  }
  if (xMat) idxX.push(nb);
  if (yMat) idxY.push(nb + (xMat ? 1 : 0));
  const order = [...idxBatch, ...idxX, ...idxY];
  const perm = rangeN(order.length).sort((p, q) => order[p]! - order[q]!);
  const xq = xSq.length ? lax.squeeze(x, xSq) : x;
  const yq = ySq.length ? lax.squeeze(y, ySq) : y;
  const yr = yq.aval.shape.length;
  const out = lax.dotGeneral(xq, yq, [[[xq.aval.shape.length - 1], [yr - 1 - (yMat ? 1 : 0)]], [xBatch, yBatch]]);
  return isIdentity(perm) ? out : lax.transpose(out, perm);
}

/** numpy's dot: a scalar operand multiplies; otherwise the last axis of a with the second-to-last of b. */
export const dot: BinaryFn = <A extends X, B extends X>(a: A, b: B): Out2<A, B> => typed(dotValue(a, b));
function dotValue(a: X, b: X): Value {
  const [x, y] = contractOperands('dot', [a, b], ['a', 'b']) as [Value, Value];
  const [xr, yr] = [x.aval.shape.length, y.aval.shape.length];
  if (xr === 0 || yr === 0) return lax.mul(x, y);
  const yc = Math.max(yr - 2, 0);
  if (x.aval.shape[xr - 1] !== y.aval.shape[yc]) {
    fail('dot', 'shape/contract-mismatch', 'shapes are not aligned', `${describe(x)} and ${describe(y)} (${x.aval.shape[xr - 1]} vs ${y.aval.shape[yc]})`, 'the last dim of a equal to the contracted dim of b');
  }
  return lax.dotGeneral(x, y, [[[xr - 1], [yc]], [[], []]]);
}

/** outer(a, b): both flattened; out[i, j] = a[i] * b[j], as a dot_general with no contraction. */
export const outer: BinaryFn = <A extends X, B extends X>(a: A, b: B): Out2<A, B> => typed(outerValue(a, b));
function outerValue(a: X, b: X): Value {
  const [x, y] = contractOperands('outer', [a, b], ['a', 'b']) as [Value, Value];
  const xf = x.aval.shape.length === 1 ? x : lax.reshape(x, [x.size]);
  const yf = y.aval.shape.length === 1 ? y : lax.reshape(y, [y.size]);
  return lax.dotGeneral(xf, yf, [[[], []], [[], []]]);
}

// ---- einsum ----------------------------------------------------------------------------------------

interface Spec { readonly inputs: string[][]; readonly output: string[] }

function parseSpec(spec: unknown, nops: number): Spec {
  if (typeof spec !== 'string') return fail('einsum', 'einsum/spec', 'the subscripts must be a string', describe(spec), "a spec such as 'ij,jk->ik'");
  const s = spec.replace(/\s+/g, '');
  const bad = (what: string, expected: string): never => fail('einsum', 'einsum/spec', what, JSON.stringify(spec), expected);
  if (s.includes('.')) bad('ellipses are not supported', 'explicit subscripts for every axis');
  const parts = s.split('->');
  if (parts.length > 2) bad("the spec has more than one '->'", "at most one '->'");
  const inputs = parts[0]!.split(',').map((t) => [...t]);
  if (inputs.length !== nops) fail('einsum', 'einsum/operands', 'the spec and the operands disagree in number', `${inputs.length} subscripts for ${nops} operands (${JSON.stringify(spec)})`, 'one subscript group per operand');
  for (const t of [...inputs, ...(parts[1] !== undefined ? [[...parts[1]]] : [])]) {
    if (t.some((c) => !/[a-zA-Z]/.test(c))) bad('subscripts must be letters', 'letters a-z, A-Z');
  }
  for (const t of inputs) {
    if (new Set(t).size !== t.length) bad('a repeated subscript in one operand (a diagonal) is not supported', 'distinct subscripts within each operand');
  }
  const counts = new Map<string, number>();
  for (const t of inputs) for (const c of t) counts.set(c, (counts.get(c) ?? 0) + 1);
  const output = parts[1] !== undefined ? [...parts[1]] : [...counts.keys()].filter((c) => counts.get(c) === 1).sort();
  if (new Set(output).size !== output.length) bad('the output repeats a subscript', 'distinct output subscripts');
  for (const c of output) if (!counts.has(c)) bad(`output subscript '${c}' appears in no input`, 'output subscripts that appear in the inputs');
  return { inputs, output };
}

/** Sums out the axes of `x` whose letters are not in `keep`. */
function sumOut(x: Value, letters: string[], keep: ReadonlySet<string>): [Value, string[]] {
  const axes = letters.map((c, i) => (keep.has(c) ? -1 : i)).filter((i) => i >= 0);
  if (axes.length === 0) return [x, letters];
  return [lax.reduceSum(x, axes), letters.filter((c) => keep.has(c))];
}

function transposeTo(x: Value, letters: readonly string[], target: readonly string[]): Value {
  const perm = target.map((c) => letters.indexOf(c));
  return isIdentity(perm) ? x : lax.transpose(x, perm);
}

/** One pairwise contraction: letters in both and in `keep` are batch dims; in both and not kept, contracted. */
function contractPair(x: Value, xl: string[], y: Value, yl: string[], keep: ReadonlySet<string>): [Value, string[]] {
  const shared = xl.filter((c) => yl.includes(c));
  const batch = shared.filter((c) => keep.has(c));
  const contract = shared.filter((c) => !keep.has(c));
  const out = lax.dotGeneral(x, y, [[contract.map((c) => xl.indexOf(c)), contract.map((c) => yl.indexOf(c))], [batch.map((c) => xl.indexOf(c)), batch.map((c) => yl.indexOf(c))]]);
  const letters = [...batch, ...xl.filter((c) => !shared.includes(c)), ...yl.filter((c) => !shared.includes(c))];
  return [out, letters];
}

/** einsum(spec, ...operands): explicit ('ij,jk->ik') or implicit ('ij,jk') output; contracted left to right. */
export function einsum(spec: string, ...operands: X[]): Value {
  const { inputs, output } = parseSpec(spec, operands.length);
  if (operands.length === 0) fail('einsum', 'einsum/operands', 'needs at least one operand', '0 operands', 'one or more arrays');
  const ops = contractOperands('einsum', operands, operands.map((_, i) => `operand ${i}`));
  const sizes = new Map<string, number>();
  ops.forEach((o, i) => {
    if (o.aval.shape.length !== inputs[i]!.length) fail('einsum', 'einsum/rank', `operand ${i} has the wrong rank for its subscripts`, `${avalStr(o.aval)} for '${inputs[i]!.join('')}'`, `rank ${inputs[i]!.length}`);
    inputs[i]!.forEach((c, d) => {
      const n = o.aval.shape[d]!;
      if (sizes.has(c) && sizes.get(c) !== n) fail('einsum', 'einsum/size-mismatch', `subscript '${c}' has inconsistent sizes`, `${sizes.get(c)} and ${n} (${ops.map(describe).join(', ')})`, 'equal sizes for one subscript');
      sizes.set(c, n);
    });
  });
  const needed = (from: number): Set<string> => new Set([...output, ...inputs.slice(from).flat()]);
  let [acc, letters] = sumOut(ops[0]!, inputs[0]!, needed(1));
  for (let i = 1; i < ops.length; i++) {
    const keepAfter = needed(i + 1);
    const [y, yl] = sumOut(ops[i]!, inputs[i]!, new Set([...keepAfter, ...letters]));
    [acc, letters] = sumOut(acc, letters, new Set([...keepAfter, ...yl]));
    [acc, letters] = contractPair(acc, letters, y, yl, keepAfter);
  }
  return transposeTo(acc, letters, output);
}
