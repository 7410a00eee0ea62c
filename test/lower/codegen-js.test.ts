// CPU codegen: every scalar op, cast and reduction bit-exact against the reference interpreter (evalPrim),
// and hand-built kernels (a fused map, a reduction with epilogue, the softmax row kernel, a matmul with
// bias+relu epilogue) executed and compared with the interpreter's primitive-by-primitive results.
import { expect } from 'chai';
import type { Tensor, TypedArray } from '../../src/ir/core.js';
import type { DType } from '../../src/ir/dtype.js';
import { evalPrim } from '../../src/ir/eval.js';
import { F32_CTX } from '../../src/ir/eval-types.js';
import type { Params, Prim } from '../../src/ir/primitives.js';
import { compileJs, emitJs } from '../../src/lower/codegen-js.js';
import { createInterner, type KirBuilder } from '../../src/lower/kir-build.js';
import { simplifyKernel } from '../../src/lower/kir-simplify.js';
import { BINARY_FNS, UNARY_FNS, type BinaryFn, type Expr, type Kernel, type KType, type ReduceOp, type UnaryFn } from '../../src/lower/kir.js';

const VALUES: Record<KType, number[]> = {
  f32: [0, -0, 1, -1, 0.5, -0.5, 1.5, 2.5, -2.5, 3, 1e-3, 100, -100, 1e30, -1e30, NaN, Infinity, -Infinity, 0.7, -0.7, 88.7, 3e9, -3e9],
  i32: [0, 1, -1, 2, -2, 7, -7, 31, 32, 33, -2147483648, 2147483647, 100000],
  u32: [0, 1, 2, 7, 31, 32, 33, 4294967295, 2147483648, 100000],
  bool: [0, 1],
};

function alloc(dtype: KType, n: number): TypedArray {
  return dtype === 'f32' ? new Float32Array(n) : dtype === 'i32' ? new Int32Array(n) : dtype === 'u32' ? new Uint32Array(n) : new Uint8Array(n);
}
const tensor = (dtype: DType, shape: number[], values: ArrayLike<number>): Tensor => {
  const data = alloc(dtype as KType, values.length);
  data.set(values);
  return { shape, dtype, data };
};
const ev = <P extends Prim>(prim: P, inputs: Tensor[], params: Params[P]): Tensor => evalPrim(prim, inputs, params, F32_CTX)[0]!;

/** Runs a one-store elementwise kernel over n elements whose value is `f(loads...)`. */
function runMap(inTypes: KType[], outType: KType, n: number, inputs: TypedArray[], f: (K: KirBuilder, xs: Expr[]) => Expr): { out: TypedArray; src: string } {
  const K = createInterner();
  const i = K.index('i0');
  const xs = inTypes.map((t, j) => K.load(j, i, t));
  const k: Kernel = {
    name: 'map', inputs: inTypes.map((dtype) => ({ dtype, shape: [n] })), outputs: [{ dtype: outType, shape: [n] }],
    loops: [{ name: 'i0', extent: n }], stmts: [{ kind: 'store', level: 1, inner: [], output: 0, index: i, value: f(K, xs) }],
  };
  const out = alloc(outType, n);
  compileJs(k)(inputs, [out]);
  return { out, src: emitJs(k) };
}

function expectSame(got: ArrayLike<number>, want: ArrayLike<number>, what: string): void {
  expect(got.length, what).to.equal(want.length);
  for (let i = 0; i < want.length; i++) if (!Object.is(got[i], want[i])) expect.fail(`${what}: element ${i}: got ${got[i]}, expected ${want[i]}`);
}

const UNARY_PRIM: Record<UnaryFn, [Prim, object]> = Object.fromEntries(UNARY_FNS.map((f) => [f, [f, {}]])) as Record<UnaryFn, [Prim, object]>;
UNARY_PRIM.round_away = ['round', { rounding_method: 0 }];
UNARY_PRIM.round_even = ['round', { rounding_method: 1 }];
const BINARY_PRIM: Record<BinaryFn, Prim> = Object.fromEntries(BINARY_FNS.map((f) => [f, f])) as Record<BinaryFn, Prim>;
BINARY_PRIM.shl = 'shift_left';
BINARY_PRIM.shr_logical = 'shift_right_logical';
BINARY_PRIM.shr_arith = 'shift_right_arithmetic';

/** The interpreter's result, or undefined when it has no rule for this dtype. */
function reference(prim: Prim, inputs: Tensor[], params: object): Tensor | undefined {
  try {
    return evalPrim(prim, inputs, params as never, F32_CTX)[0];
  } catch {
    return undefined;
  }
}

describe('codegen-js: scalar semantics equal the interpreter bit for bit', () => {
  const types: KType[] = ['f32', 'i32', 'u32', 'bool'];
  it('every unary function on every dtype the interpreter supports', () => {
    let checked = 0;
    for (const fn of UNARY_FNS) for (const t of types) {
      const vals = VALUES[t];
      const [prim, params] = UNARY_PRIM[fn];
      const want = reference(prim, [tensor(t, [vals.length], vals)], params);
      if (!want) continue;
      const { out } = runMap([t], want.dtype as KType, vals.length, [tensor(t, [vals.length], vals).data], (K, [x]) => K.unary(fn, x!));
      expectSame(out, want.data, `${fn}:${t}`);
      checked++;
    }
    expect(checked).to.be.at.least(30);
  });
  it('every binary function on all pairs of edge values, with variable and constant right operands', () => {
    let checked = 0;
    for (const fn of BINARY_FNS) for (const t of types) {
      const v = VALUES[t];
      const xs = v.flatMap((a) => v.map(() => a));
      const ys = v.flatMap(() => v);
      const want = reference(BINARY_PRIM[fn], [tensor(t, [xs.length], xs), tensor(t, [ys.length], ys)], {});
      if (!want) continue;
      const { out } = runMap([t, t], want.dtype as KType, xs.length, [tensor(t, [1], xs).data, tensor(t, [1], ys).data], (K, [x, y]) => K.binary(fn, x!, y!));
      expectSame(out, want.data, `${fn}:${t}`);
      for (const c of v) {
        const wc = reference(BINARY_PRIM[fn], [tensor(t, [v.length], v), tensor(t, [], [c])], {})!;
        const r = runMap([t], wc.dtype as KType, v.length, [tensor(t, [1], v).data], (K, [x]) => K.binary(fn, x!, K.c(c, t)));
        expectSame(r.out, wc.data, `${fn}:${t} by constant ${c}`);
      }
      checked++;
    }
    expect(checked).to.be.greaterThan(40);
  });
  it('convert_element_type between all dtypes and bitcasts between 32-bit types', () => {
    for (const from of types) for (const to of types) {
      const v = VALUES[from];
      const want = ev('convert_element_type', [tensor(from, [v.length], v)], { new_dtype: to, weak_type: false });
      expectSame(runMap([from], to, v.length, [tensor(from, [1], v).data], (K, [x]) => K.cast(x!, to)).out, want.data, `cast ${from}→${to}`);
      if (from === 'bool' || to === 'bool') continue;
      const wb = ev('bitcast_convert_type', [tensor(from, [v.length], v)], { new_dtype: to });
      expectSame(runMap([from], to, v.length, [tensor(from, [1], v).data], (K, [x]) => K.bitcast(x!, to)).out, wb.data, `bitcast ${from}→${to}`);
    }
  });
  it('select picks per element', () => {
    const { out } = runMap(['bool', 'f32', 'f32'], 'f32', 3, [new Uint8Array([1, 0, 1]), new Float32Array([1, 2, 3]), new Float32Array([-1, -2, -3])], (K, [c, a, b]) => K.select(c!, a!, b!));
    expectSame(out, [1, -2, 3], 'select');
  });
});

/** A reduction of [rows, n] data over its last axis, its result stored per row. */
function reduceKernel(op: ReduceOp, t: KType, rows: number, n: number, value?: (K: KirBuilder, x: Expr, y: Expr) => Expr): Kernel {
  const K = createInterner();
  const at = K.iadd(K.imul(K.index('i0'), n), K.index('r0'));
  const x = K.load(0, at, t);
  return {
    name: `red_${op}`, inputs: [{ dtype: t, shape: [rows, n] }, { dtype: t, shape: [rows, n] }], outputs: [{ dtype: t, shape: [rows] }],
    loops: [{ name: 'i0', extent: rows }],
    stmts: [
      { kind: 'reduce', id: 1, level: 1, inner: [{ name: 'r0', extent: n }], op, type: t, value: value ? value(K, x, K.load(1, at, t)) : x },
      { kind: 'store', level: 1, inner: [], output: 0, index: K.index('i0'), value: K.acc(1, t) },
    ],
  };
}

describe('codegen-js: reductions', () => {
  const prims = { sum: 'reduce_sum', max: 'reduce_max', min: 'reduce_min', prod: 'reduce_prod' } as const;
  it('sum/max/min/prod on every dtype equal eval-reduce (floats in double, rounded once; ints wrap)', () => {
    for (const t of ['f32', 'i32', 'u32'] as const) for (const op of ['sum', 'max', 'min', 'prod'] as const) {
      const v = VALUES[t].filter((x) => t !== 'f32' || Number.isFinite(x) || op === 'max' || op === 'min');
      const data = [...v, ...v.map((_, i) => v[(i * 7) % v.length]!)];
      const x = tensor(t, [2, v.length], data);
      const want = ev(prims[op], [x], { axes: [1] });
      const out = alloc(t, 2);
      compileJs(reduceKernel(op, t, 2, v.length))([x.data, x.data], [out]);
      expectSame(out, want.data, `${op}:${t}`);
    }
  });
  it('an empty reduction gives the identity', () => {
    const out = new Float32Array(2).fill(7);
    compileJs(reduceKernel('max', 'f32', 2, 0))([new Float32Array(0), new Float32Array(0)], [out]);
    expectSame(out, [-Infinity, -Infinity], 'empty max');
  });
  it("'dot' accumulates unrounded f32 products as dot_general does, where 'sum' of a mul rounds them", () => {
    const n = 257;
    const a = Float32Array.from({ length: 2 * n }, (_, i) => Math.fround(Math.sin(i) * 1.37));
    const b = Float32Array.from({ length: 2 * n }, (_, i) => Math.fround(Math.cos(i * 0.3) / 3));
    const dot = new Float32Array(2);
    compileJs(reduceKernel('dot', 'f32', 2, n, (K, x, y) => K.binary('mul', x, y)))([a, b], [dot]);
    const want = [0, 1].map((r) => {
      const lhs = tensor('f32', [n], a.subarray(r * n, (r + 1) * n));
      const rhs = tensor('f32', [n], b.subarray(r * n, (r + 1) * n));
      return ev('dot_general', [lhs, rhs], { dimension_numbers: [[[0], [0]], [[], []]], preferred_element_type: 'f32' }).data[0]!;
    });
    expectSame(dot, want, 'dot');
    const sum = new Float32Array(2);
    compileJs(reduceKernel('sum', 'f32', 2, n, (K, x, y) => K.binary('mul', x, y)))([a, b], [sum]);
    const prod = ev('mul', [tensor('f32', [2, n], a), tensor('f32', [2, n], b)], {});
    expectSame(sum, ev('reduce_sum', [prod], { axes: [1] }).data, 'sum of rounded products');
  });
});

describe('codegen-js: fused kernels equal the interpreter', () => {
  it('W1 tanh(1.5x+0.5)·exp(−x²)+sin(x) over a [3,50,40] array: one flat loop, exact', () => {
    const shape = [3, 50, 40];
    const n = 6000;
    const K = createInterner();
    const idx = K.isum([K.imul(K.index('i0'), 2000), K.imul(K.index('i1'), 40), K.index('i2')]);
    const x = K.load(0, idx, 'f32');
    const f = (v: number): Expr => K.c(v, 'f32');
    const val = K.binary('add', K.binary('mul', K.unary('tanh', K.binary('add', K.binary('mul', f(1.5), x), f(0.5))), K.unary('exp', K.unary('neg', K.binary('mul', x, x)))), K.unary('sin', x));
    const k = simplifyKernel({
      name: 'w1', inputs: [{ dtype: 'f32', shape }], outputs: [{ dtype: 'f32', shape }],
      loops: shape.map((e, d) => ({ name: `i${d}`, extent: e })), stmts: [{ kind: 'store', level: 3, inner: [], output: 0, index: idx, value: val }],
    });
    const src = emitJs(k);
    expect(src).to.equal([
      'function kernel_w1(inputs, outputs) {',
      '  const in0 = inputs[0];',
      '  const out0 = outputs[0];',
      '  const h_expF = H.expF;',
      '  const h_sinF = H.sinF;',
      '  const h_tanhF = H.tanhF;',
      '  for (let i0 = 0; i0 < 6000; i0++) {',
      '    const t0 = in0[i0];',
      '    out0[i0] = Math.fround(Math.fround(Math.fround(h_tanhF(Math.fround(Math.fround(1.5 * t0) + 0.5))) * Math.fround(h_expF((-Math.fround(t0 * t0))))) + Math.fround(h_sinF(t0)));',
      '  }',
      '}',
    ].join('\n'));
    const xs = tensor('f32', shape, Array.from({ length: n }, (_, i) => Math.sin(i * 0.37) * 4));
    const out = new Float32Array(n);
    compileJs(k)([xs.data], [out]);
    const c = (v: number): Tensor => tensor('f32', [], [v]);
    const t1 = ev('tanh', [ev('add', [ev('mul', [c(1.5), xs], {}), c(0.5)], {})], {});
    const t2 = ev('exp', [ev('neg', [ev('mul', [xs, xs], {})], {})], {});
    expectSame(out, ev('add', [ev('mul', [t1, t2], {}), ev('sin', [xs], {})], {}).data, 'w1');
  });

  /** The interpreter's softmax over the last axis of [r, n]. */
  function softmaxRef(x: Tensor, r: number, n: number): TypedArray {
    const bc = (t: Tensor): Tensor => ev('broadcast_in_dim', [t], { shape: [r, n], broadcast_dimensions: [0] });
    const e = ev('exp', [ev('sub', [x, bc(ev('reduce_max', [x], { axes: [1] }))], {})], {});
    return ev('div', [e, bc(ev('reduce_sum', [e], { axes: [1] }))], {}).data;
  }

  it('the softmax row kernel (max, sum of exp, normalised store) in one pass per stage, exact', () => {
    const [r, n] = [7, 33];
    const K = createInterner();
    const at = K.iadd(K.imul(K.index('i0'), n), K.index('r0'));
    const x = K.load(0, at, 'f32');
    const e = K.unary('exp', K.binary('sub', x, K.acc(0, 'f32')));
    const k = simplifyKernel({
      name: 'softmax', inputs: [{ dtype: 'f32', shape: [r, n] }], outputs: [{ dtype: 'f32', shape: [r, n] }],
      loops: [{ name: 'i0', extent: r }],
      stmts: [
        { kind: 'reduce', id: 0, level: 1, inner: [{ name: 'r0', extent: n }], op: 'max', type: 'f32', value: x },
        { kind: 'reduce', id: 1, level: 1, inner: [{ name: 'r0', extent: n }], op: 'sum', type: 'f32', value: e },
        { kind: 'store', level: 1, inner: [{ name: 'r0', extent: n }], output: 0, index: at, value: K.binary('div', e, K.acc(1, 'f32')) },
      ],
    });
    const src = emitJs(k);
    expect(src.match(/for \(/g)!.length).to.equal(4);
    expect(src).to.contain('const t0 = Math.imul(i0, 33);');
    const xs = tensor('f32', [r, n], Array.from({ length: r * n }, (_, i) => (i % 5 === 0 ? 80 : Math.cos(i) * 10)));
    const out = new Float32Array(r * n);
    compileJs(k)([xs.data], [out]);
    expectSame(out, softmaxRef(xs, r, n), 'softmax');
  });

  it('a reduction with an elementwise epilogue and a prologue over a broadcast input', () => {
    // out[i] = sqrt(Σ_j (x[i,j] - m[j])²) * 2 + 1
    const [r, n] = [5, 9];
    const K = createInterner();
    const d = K.binary('sub', K.load(0, K.iadd(K.imul(K.index('i0'), n), K.index('r0')), 'f32'), K.load(1, K.index('r0'), 'f32'));
    const ep = K.binary('add', K.binary('mul', K.unary('sqrt', K.acc(3, 'f32')), K.c(2, 'f32')), K.c(1, 'f32'));
    const k = simplifyKernel({
      name: 'norm', inputs: [{ dtype: 'f32', shape: [r, n] }, { dtype: 'f32', shape: [n] }], outputs: [{ dtype: 'f32', shape: [r] }],
      loops: [{ name: 'i0', extent: r }],
      stmts: [
        { kind: 'reduce', id: 3, level: 1, inner: [{ name: 'r0', extent: n }], op: 'sum', type: 'f32', value: K.binary('mul', d, d) },
        { kind: 'store', level: 1, inner: [], output: 0, index: K.index('i0'), value: ep },
      ],
    });
    const x = tensor('f32', [r, n], Array.from({ length: r * n }, (_, i) => Math.sin(i) * 3));
    const m = tensor('f32', [n], Array.from({ length: n }, (_, i) => i / 7));
    const out = new Float32Array(r);
    compileJs(k)([x.data, m.data], [out]);
    const dd = ev('sub', [x, ev('broadcast_in_dim', [m], { shape: [r, n], broadcast_dimensions: [1] })], {});
    const s = ev('reduce_sum', [ev('mul', [dd, dd], {})], { axes: [1] });
    const c = (v: number): Tensor => tensor('f32', [], [v]);
    expectSame(out, ev('add', [ev('mul', [ev('sqrt', [s], {}), c(2)], {}), c(1)], {}).data, 'epilogue');
  });

  it('relu(x@w + b) as one matmul kernel (dot over k innermost, epilogue in the store), exact', () => {
    const [M, Kd, N] = [6, 13, 5];
    const K = createInterner();
    const [i, j, r] = [K.index('i0'), K.index('i1'), K.index('r0')];
    const prod = K.binary('mul', K.load(0, K.iadd(K.imul(i, Kd), r), 'f32'), K.load(1, K.iadd(K.imul(r, N), j), 'f32'));
    const val = K.binary('max', K.binary('add', K.acc(0, 'f32'), K.load(2, j, 'f32')), K.c(0, 'f32'));
    const k = simplifyKernel({
      name: 'mm', inputs: [{ dtype: 'f32', shape: [M, Kd] }, { dtype: 'f32', shape: [Kd, N] }, { dtype: 'f32', shape: [N] }], outputs: [{ dtype: 'f32', shape: [M, N] }],
      loops: [{ name: 'i0', extent: M }, { name: 'i1', extent: N }],
      stmts: [
        { kind: 'reduce', id: 0, level: 2, inner: [{ name: 'r0', extent: Kd }], op: 'dot', type: 'f32', value: prod },
        { kind: 'store', level: 2, inner: [], output: 0, index: K.iadd(K.imul(i, N), j), value: val },
      ],
    });
    const x = tensor('f32', [M, Kd], Array.from({ length: M * Kd }, (_, q) => Math.sin(q)));
    const w = tensor('f32', [Kd, N], Array.from({ length: Kd * N }, (_, q) => Math.cos(q * 1.3)));
    const b = tensor('f32', [N], [0.1, -0.2, 0.3, -5, 5]);
    const out = new Float32Array(M * N);
    compileJs(k)([x.data, w.data, b.data], [out]);
    const y = ev('dot_general', [x, w], { dimension_numbers: [[[1], [0]], [[], []]], preferred_element_type: 'f32' });
    const yb = ev('add', [y, ev('broadcast_in_dim', [b], { shape: [M, N], broadcast_dimensions: [1] })], {});
    const want = ev('max', [yb, tensor('f32', [], [0])], {}).data;
    expectSame(out, want, 'relu(x@w+b)');
    expect([...out].some((v) => v === 0) && [...out].some((v) => v > 0)).to.equal(true);
  });

  it('compiles each distinct source once (cache by text) and keeps sources deterministic', () => {
    const k = reduceKernel('sum', 'i32', 2, 3);
    expect(compileJs(k)).to.equal(compileJs(reduceKernel('sum', 'i32', 2, 3)));
    expect(emitJs(k)).to.equal(emitJs(reduceKernel('sum', 'i32', 2, 3)));
    expect(compileJs(k)).to.not.equal(compileJs(reduceKernel('sum', 'i32', 2, 4)));
  });

  it('a rank-0 kernel with no loops, integer index arithmetic through helpers, and a store-level iota', () => {
    const K = createInterner();
    const k: Kernel = {
      name: 'iota', inputs: [], outputs: [{ dtype: 'i32', shape: [4, 3] }, { dtype: 'f32', shape: [] }],
      loops: [{ name: 'i0', extent: 4 }],
      stmts: [
        { kind: 'store', level: 0, inner: [], output: 1, index: K.c(0, 'i32'), value: K.c(-0, 'f32') },
        { kind: 'store', level: 1, inner: [{ name: 'r0', extent: 3 }], output: 0, index: K.iadd(K.imul(K.index('i0'), 3), K.index('r0')), value: K.binary('div', K.binary('sub', K.index('r0'), K.c(1, 'i32')), K.binary('sub', K.index('i0'), K.c(1, 'i32'))) },
      ],
    };
    const o0 = new Int32Array(12);
    const o1 = new Float32Array([5]);
    compileJs(simplifyKernel(k))([], [o0, o1]);
    // (r-1)/(i-1): i=1 divides by zero → -1 (XLA).
    expectSame(o0, [1, 0, -1, -1, -1, -1, -1, 0, 1, 0, 0, 0], 'int div');
    expect(Object.is(o1[0], -0)).to.equal(true);
  });
});
