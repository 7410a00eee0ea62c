// CPU codegen loop rewrites (codegen-js-opt.ts) and fast f32 exp/tanh (codegen-js-ops.ts): unrolled flat
// reductions (exact for max/min/int, within 1 f32 ulp for float sums), store forwarding in the softmax row
// kernel (exp computed once per element), unroll-and-jam of matmul-shaped kernels (exact, remainders
// included), and expF/tanhF against Math.exp/Math.tanh rounded to f32 (within 1 ulp, edge cases exact).
import { expect } from 'chai';
import type { Tensor } from '../../src/ir/core.js';
import { evalPrim } from '../../src/ir/eval.js';
import { F32_CTX } from '../../src/ir/eval-types.js';
import type { Params, Prim } from '../../src/ir/primitives.js';
import { compileJs, emitJs, JAM, UNROLL_MIN } from '../../src/lower/codegen-js.js';
import { JS_HELPERS } from '../../src/lower/codegen-js-ops.js';
import { createInterner } from '../../src/lower/kir-build.js';
import { simplifyKernel } from '../../src/lower/kir-simplify.js';
import type { Kernel, KType, ReduceOp } from '../../src/lower/kir.js';

const ev = <P extends Prim>(prim: P, inputs: Tensor[], params: Params[P]): Tensor => evalPrim(prim, inputs, params, F32_CTX)[0]!;
const f32 = (shape: number[], f: (i: number) => number): Tensor => {
  const n = shape.reduce((a, b) => a * b, 1);
  return { shape, dtype: 'f32', data: Float32Array.from({ length: n }, (_, i) => f(i)) };
};

/** f32 ulps between a and b (0 when Object.is-equal; Infinity on a NaN/sign/inf mismatch). */
function ulps(a: number, b: number): number {
  if (Object.is(a, b)) return 0;
  if (!Number.isFinite(a) || !Number.isFinite(b) || Math.sign(a) !== Math.sign(b)) return Infinity;
  const i = new Int32Array(new Float32Array([a, b]).buffer);
  return Math.abs(i[0]! - i[1]!);
}

function maxUlps(got: ArrayLike<number>, want: ArrayLike<number>): number {
  expect(got.length).to.equal(want.length);
  let m = 0;
  for (let i = 0; i < want.length; i++) m = Math.max(m, ulps(got[i]!, want[i]!));
  return m;
}

/** out[i] = op over r of x[i, r] for x: [rows, n] of `type`. */
function rowReduce(op: ReduceOp, type: KType, rows: number, n: number): Kernel {
  const K = createInterner();
  const x = K.load(0, K.iadd(K.imul(K.index('i0'), n), K.index('r0')), type);
  return simplifyKernel({
    name: `red_${op}_${type}`, inputs: [{ dtype: type, shape: [rows, n] }], outputs: [{ dtype: type, shape: [rows] }],
    loops: [{ name: 'i0', extent: rows }],
    stmts: [
      { kind: 'reduce', id: 0, level: 1, inner: [{ name: 'r0', extent: n }], op, type, value: x },
      { kind: 'store', level: 1, inner: [], output: 0, index: K.index('i0'), value: K.acc(0, type) },
    ],
  });
}

describe('codegen-js: unrolled flat reductions', () => {
  const n = UNROLL_MIN * 15 + 3; // a remainder loop too
  it('sums in several accumulators within 1 f32 ulp of the sequential sum (and usually equal)', () => {
    const k = rowReduce('sum', 'f32', 3, n);
    const src = emitJs(k);
    expect(src).to.contain('a0_3 += ');
    expect(src).to.contain('a0 = (a0 + a0_1) + (a0_2 + a0_3);');
    const x = f32([3, n], (i) => Math.sin(i * 0.7) * 1000 + (i % 7) * 1e-3);
    const out = new Float32Array(3);
    compileJs(k)([x.data], [out]);
    expect(maxUlps(out, ev('reduce_sum', [x], { axes: [1] }).data)).to.be.at.most(1);
  });

  it('max/min are exact, NaN-propagating, and integer sums wrap exactly', () => {
    const x = f32([2, n], (i) => (i === n + 500 ? NaN : Math.cos(i) * (i % 2 ? -0 : 1)));
    for (const op of ['max', 'min'] as const) {
      const out = new Float32Array(2);
      compileJs(rowReduce(op, 'f32', 2, n))([x.data], [out]);
      const want = ev(op === 'max' ? 'reduce_max' : 'reduce_min', [x], { axes: [1] }).data;
      expect([...out].map(String)).to.deep.equal([...want].map(String));
      expect(Number.isNaN(out[1]!)).to.equal(true);
    }
    const xi: Tensor = { shape: [2, n], dtype: 'i32', data: Int32Array.from({ length: 2 * n }, (_, i) => (i * 2654435761) | 0) };
    const oi = new Int32Array(2);
    compileJs(rowReduce('sum', 'i32', 2, n))([xi.data], [oi]);
    expect([...oi]).to.deep.equal([...ev('reduce_sum', [xi], { axes: [1] }).data]);
    const xu: Tensor = { shape: [2, n], dtype: 'u32', data: Uint32Array.from({ length: 2 * n }, (_, i) => (i * 2654435761) >>> 0) };
    const ou = new Uint32Array(2);
    compileJs(rowReduce('sum', 'u32', 2, n))([xu.data], [ou]);
    expect([...ou]).to.deep.equal([...ev('reduce_sum', [xu], { axes: [1] }).data]);
  });
});

describe('codegen-js: store forwarding in the softmax row kernel', () => {
  it('computes exp(x − max) once per element (written by the sum pass, read back by the store)', () => {
    const [r, n] = [5, 202];
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
    // 4 unrolled copies + 1 remainder copy in the sum pass, none in the store pass.
    expect(src.match(/h_expF\(/g)!.length).to.equal(5);
    expect(src).to.match(/const t\d+ = out0\[t\d+\];/);
    const xs = f32([r, n], (i) => (i % 9 === 0 ? 60 : Math.cos(i) * 10));
    const out = new Float32Array(r * n);
    compileJs(k)([xs.data], [out]);
    const bc = (t: Tensor): Tensor => ev('broadcast_in_dim', [t], { shape: [r, n], broadcast_dimensions: [0] });
    const ex = ev('exp', [ev('sub', [xs, bc(ev('reduce_max', [xs], { axes: [1] }))], {})], {});
    const want = ev('div', [ex, bc(ev('reduce_sum', [ex], { axes: [1] }))], {}).data;
    expect(maxUlps(out, want)).to.be.at.most(1);
  });
});

describe('codegen-js: unroll-and-jam of matmul-shaped kernels', () => {
  for (const [M, Kd, N] of [[5, 70, 19], [3, 9, JAM], [2, 4, JAM - 1]] as const) {
    it(`relu(x@w + b) for [${M},${Kd}]·[${Kd},${N}] equals the interpreter bit for bit`, () => {
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
      const src = emitJs(k);
      // Large enough products take the packed path (codegen-js-gemm.ts), smaller ones with N ≥ JAM are jammed.
      expect(src.includes('$pa[') || src.includes(`+= ${JAM})`)).to.equal(N >= JAM);
      expect(src.includes('$pa[')).to.equal(M * Kd * N >= 4096);
      const x = f32([M, Kd], (q) => Math.sin(q) * 3);
      const w = f32([Kd, N], (q) => Math.cos(q * 1.3));
      const b = f32([N], (q) => (q % 3) - 1);
      const out = new Float32Array(M * N);
      compileJs(k)([x.data, w.data, b.data], [out]);
      const y = ev('dot_general', [x, w], { dimension_numbers: [[[1], [0]], [[], []]], preferred_element_type: 'f32' });
      const want = ev('max', [ev('add', [y, ev('broadcast_in_dim', [b], { shape: [M, N], broadcast_dimensions: [1] })], {}), { shape: [], dtype: 'f32', data: new Float32Array([0]) }], {}).data;
      expect(maxUlps(out, want)).to.equal(0);
      expect([...out].some((v) => v === 0) && [...out].some((v) => v > 0)).to.equal(true);
    });
  }
});

describe('codegen-js: fast f32 exp and tanh', () => {
  const { expF, tanhF } = JS_HELPERS;
  it('round to the same f32 as Math.exp / Math.tanh within 1 ulp (almost always exactly)', () => {
    let differ = 0;
    for (let i = 0; i < 200000; i++) {
      const x = Math.fround(Math.sin(i * 12.9898) * 110);
      const t = Math.fround(Math.cos(i * 78.233) * 12);
      for (const [got, want] of [[expF(x), Math.exp(x)], [tanhF(t), Math.tanh(t)]] as const) {
        const u = ulps(Math.fround(got), Math.fround(want));
        expect(u, `x=${x}, t=${t}`).to.be.at.most(1);
        differ += u;
      }
    }
    expect(differ).to.be.below(20);
  });

  it('keep the edge cases of Math.exp / Math.tanh', () => {
    for (const x of [0, -0, NaN, Infinity, -Infinity, 88.72, 88.73, -103.97, -150, 700, -700, 1e-30, -1e-30, 0.5, -0.5, 20, -20, 400, -400]) {
      expect(Object.is(Math.fround(expF(x)), Math.fround(Math.exp(x))), `exp(${x})`).to.equal(true);
      expect(Object.is(Math.fround(tanhF(x)), Math.fround(Math.tanh(x))), `tanh(${x})`).to.equal(true);
    }
  });
});
