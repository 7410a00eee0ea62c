// Hand-built Kernel IR kernels shared by the WebGPU execution tests and the WGSL golden files.
import { createInterner } from '../../src/lower/kir-build.js';
import type { BinaryFn, Expr, Kernel, KType, UnaryFn } from '../../src/lower/kir.js';

/** out0[i] = fn(in0[i]) over n elements. */
export function unaryMap(fn: UnaryFn, n: number, t: KType = 'f32'): Kernel {
  const K = createInterner();
  const i = K.index('i0');
  const v = K.unary(fn, K.load(0, i, t));
  return { name: `map_${fn}`, inputs: [{ dtype: t, shape: [n] }], outputs: [{ dtype: v.type, shape: [n] }], loops: [{ name: 'i0', extent: n }], stmts: [{ kind: 'store', level: 1, inner: [], output: 0, index: i, value: v }] };
}

/** out0[i] = in0[i] fn in1[i] over n elements. */
export function binaryMap(fn: BinaryFn, n: number, t: KType): Kernel {
  const K = createInterner();
  const i = K.index('i0');
  const v = K.binary(fn, K.load(0, i, t), K.load(1, i, t));
  return { name: `map_${fn}_${t}`, inputs: [{ dtype: t, shape: [n] }, { dtype: t, shape: [n] }], outputs: [{ dtype: v.type, shape: [n] }], loops: [{ name: 'i0', extent: n }], stmts: [{ kind: 'store', level: 1, inner: [], output: 0, index: i, value: v }] };
}

/** out0[i] = cast(in0[i]) over n elements. */
export function castMap(from: KType, to: KType, n: number): Kernel {
  const K = createInterner();
  const i = K.index('i0');
  return { name: `cast_${from}_${to}`, inputs: [{ dtype: from, shape: [n] }], outputs: [{ dtype: to, shape: [n] }], loops: [{ name: 'i0', extent: n }], stmts: [{ kind: 'store', level: 1, inner: [], output: 0, index: i, value: K.cast(K.load(0, i, from), to) }] };
}

/** A fused chain over a 2-D array: out = exp(x) * 0.5 + tanh(y) * x, as [rows, cols] loops. */
export function fusedChain(rows: number, cols: number): Kernel {
  const K = createInterner();
  const idx = K.iadd(K.imul(K.index('i0'), cols), K.index('i1'));
  const x = K.load(0, idx, 'f32');
  const y = K.load(1, idx, 'f32');
  const v = K.binary('add', K.binary('mul', K.unary('exp', x), K.c(0.5, 'f32')), K.binary('mul', K.unary('tanh', y), x));
  const b = { dtype: 'f32' as const, shape: [rows, cols] };
  return { name: 'fused_chain', inputs: [b, b], outputs: [b], loops: [{ name: 'i0', extent: rows }, { name: 'i1', extent: cols }], stmts: [{ kind: 'store', level: 2, inner: [], output: 0, index: idx, value: v }] };
}

/** out0[i] = op over r of in0[i, r] (a row reduction, one output per row). */
export function rowReduce(op: 'sum' | 'max' | 'min' | 'prod', rows: number, cols: number, t: KType = 'f32'): Kernel {
  const K = createInterner();
  const v = K.load(0, K.iadd(K.imul(K.index('i0'), cols), K.index('r0')), t);
  return {
    name: `row_${op}_${t}`, inputs: [{ dtype: t, shape: [rows, cols] }], outputs: [{ dtype: t, shape: [rows] }], loops: [{ name: 'i0', extent: rows }],
    stmts: [{ kind: 'reduce', id: 0, level: 1, inner: [{ name: 'r0', extent: cols }], op, type: t, value: v }, { kind: 'store', level: 1, inner: [], output: 0, index: K.index('i0'), value: K.acc(0, t) }],
  };
}

/** Row softmax as ONE kernel: max, sum of exp(x - max), normalised store. */
export function softmaxRows(rows: number, cols: number): Kernel {
  const K = createInterner();
  const idx = K.iadd(K.imul(K.index('i0'), cols), K.index('r0'));
  const x = K.load(0, idx, 'f32');
  const e = K.unary('exp', K.binary('sub', x, K.acc(0, 'f32')));
  const r = [{ name: 'r0', extent: cols }];
  const b = { dtype: 'f32' as const, shape: [rows, cols] };
  return {
    name: 'softmax_rows', inputs: [b], outputs: [b], loops: [{ name: 'i0', extent: rows }],
    stmts: [
      { kind: 'reduce', id: 0, level: 1, inner: r, op: 'max', type: 'f32', value: x },
      { kind: 'reduce', id: 1, level: 1, inner: r, op: 'sum', type: 'f32', value: e },
      { kind: 'store', level: 1, inner: r, output: 0, index: idx, value: K.binary('div', e, K.acc(1, 'f32')) },
    ],
  };
}

/** Layernorm over rows: mean, variance, (x - mean) * rsqrt(var + 1e-5), as ONE kernel with [rows, cols] loops. */
export function layernormRows(rows: number, cols: number): Kernel {
  const K = createInterner();
  const at = (j: Expr): Expr => K.load(0, K.iadd(K.imul(K.index('i0'), cols), j), 'f32');
  const x = at(K.index('r0'));
  const inv = K.c(1 / cols, 'f32');
  const mean = K.binary('mul', K.acc(0, 'f32'), inv);
  const d = K.binary('sub', x, mean);
  const variance = K.binary('mul', K.acc(1, 'f32'), inv);
  const out = K.binary('mul', K.binary('sub', at(K.index('i1')), mean), K.unary('rsqrt', K.binary('add', variance, K.c(1e-5, 'f32'))));
  const r = [{ name: 'r0', extent: cols }];
  const b = { dtype: 'f32' as const, shape: [rows, cols] };
  return {
    name: 'layernorm_rows', inputs: [b], outputs: [b], loops: [{ name: 'i0', extent: rows }, { name: 'i1', extent: cols }],
    stmts: [
      { kind: 'reduce', id: 0, level: 1, inner: r, op: 'sum', type: 'f32', value: x },
      { kind: 'reduce', id: 1, level: 1, inner: r, op: 'sum', type: 'f32', value: K.binary('mul', d, d) },
      { kind: 'store', level: 2, inner: [], output: 0, index: K.iadd(K.imul(K.index('i0'), cols), K.index('i1')), value: out },
    ],
  };
}

/** relu(x @ w + b): x [m,k], w [k,n], b [n] → [m,n]; the matmul is a 'dot' reduce at the innermost level. */
export function matmulBiasRelu(m: number, k: number, n: number): Kernel {
  const K = createInterner();
  const i = K.index('i0');
  const j = K.index('i1');
  const r = K.index('r0');
  const prodv = K.binary('mul', K.load(0, K.iadd(K.imul(i, k), r), 'f32'), K.load(1, K.iadd(K.imul(r, n), j), 'f32'));
  const y = K.binary('add', K.acc(0, 'f32'), K.load(2, j, 'f32'));
  return {
    name: 'matmul_bias_relu', inputs: [{ dtype: 'f32', shape: [m, k] }, { dtype: 'f32', shape: [k, n] }, { dtype: 'f32', shape: [n] }], outputs: [{ dtype: 'f32', shape: [m, n] }],
    loops: [{ name: 'i0', extent: m }, { name: 'i1', extent: n }],
    stmts: [
      { kind: 'reduce', id: 0, level: 2, inner: [{ name: 'r0', extent: k }], op: 'dot', type: 'f32', value: prodv },
      { kind: 'store', level: 2, inner: [], output: 0, index: K.iadd(K.imul(i, n), j), value: K.binary('max', y, K.c(0, 'f32')) },
    ],
  };
}

/** A full reduction to a scalar: sum of all n elements (loops = []). */
export function fullSum(n: number): Kernel {
  const K = createInterner();
  return {
    name: 'full_sum', inputs: [{ dtype: 'f32', shape: [n] }], outputs: [{ dtype: 'f32', shape: [] }], loops: [],
    stmts: [{ kind: 'reduce', id: 0, level: 0, inner: [{ name: 'r0', extent: n }], op: 'sum', type: 'f32', value: K.load(0, K.index('r0'), 'f32') }, { kind: 'store', level: 0, inner: [], output: 0, index: K.c(0, 'i32'), value: K.acc(0, 'f32') }],
  };
}

/** is_finite and x != x-free NaN tests: out0 = is_finite(x), out1 = max(x, y), out2 = min(x, y). */
export function nanInf(n: number): Kernel {
  const K = createInterner();
  const i = K.index('i0');
  const x = K.load(0, i, 'f32');
  const y = K.load(1, i, 'f32');
  const f = { dtype: 'f32' as const, shape: [n] };
  return {
    name: 'nan_inf', inputs: [f, f], outputs: [{ dtype: 'bool', shape: [n] }, f, f], loops: [{ name: 'i0', extent: n }],
    stmts: [
      { kind: 'store', level: 1, inner: [], output: 0, index: i, value: K.unary('is_finite', x) },
      { kind: 'store', level: 1, inner: [], output: 1, index: i, value: K.binary('max', x, y) },
      { kind: 'store', level: 1, inner: [], output: 2, index: i, value: K.binary('min', x, y) },
    ],
  };
}
