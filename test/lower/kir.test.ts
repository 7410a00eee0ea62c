// Kernel IR: interning, index-math simplification with range analysis, loop coalescing, printing.
import { expect } from 'chai';
import { createInterner, mapExpr } from '../../src/lower/kir-build.js';
import { rangeOf, simplifyExpr, simplifyKernel } from '../../src/lower/kir-simplify.js';
import { printKernel, printStep } from '../../src/lower/kir-print.js';
import type { Expr, Kernel } from '../../src/lower/kir.js';
import { isHostStep } from '../../src/lower/kir.js';

const ext = (o: Record<string, number>): Map<string, number> => new Map(Object.entries(o));

/** Prints an expression through a one-store kernel (the printer is the observable form). */
function show(e: Expr): string {
  const k: Kernel = { name: 'e', inputs: [], outputs: [{ dtype: e.type, shape: [] }], loops: [], stmts: [{ kind: 'store', level: 0, inner: [], output: 0, index: createInterner().c(0, 'i32'), value: e }] };
  return printKernel(k).split('\n')[1]!.replace(/^\s*out0\[0\] = /, '');
}

describe('kir-build: interning', () => {
  it('structurally equal nodes are the same object; distinct ones are not', () => {
    const K = createInterner();
    const a = K.binary('add', K.load(0, K.index('i0'), 'f32'), K.c(1, 'f32'));
    const b = K.binary('add', K.load(0, K.index('i0'), 'f32'), K.c(1, 'f32'));
    expect(a).to.equal(b);
    expect(K.c(0, 'f32')).to.not.equal(K.c(-0, 'f32'));
    expect(K.c(NaN, 'f32')).to.equal(K.c(NaN, 'f32'));
    expect(K.c(1, 'i32')).to.not.equal(K.c(1, 'f32'));
    expect(K.load(0, K.index('i0'), 'f32')).to.not.equal(K.load(1, K.index('i0'), 'f32'));
  });
  it('normalises constants to their type and types results', () => {
    const K = createInterner();
    expect((K.c(0.1, 'f32') as { value: number }).value).to.equal(Math.fround(0.1));
    expect((K.c(2 ** 31, 'i32') as { value: number }).value).to.equal(-(2 ** 31));
    expect((K.c(-1, 'u32') as { value: number }).value).to.equal(4294967295);
    expect((K.c(NaN, 'bool') as { value: number }).value).to.equal(0);
    const x = K.load(0, K.index('i0'), 'f32');
    expect(K.binary('lt', x, x).type).to.equal('bool');
    expect(K.unary('is_finite', x).type).to.equal('bool');
    expect(K.binary('add', x, x).type).to.equal('f32');
    expect(() => K.binary('add', x, K.c(1, 'i32'))).to.throw(/types f32 and i32 differ/);
    expect(() => K.select(x, x, x)).to.throw(/condition must be bool/);
  });
  it('folds the integer index helpers locally', () => {
    const K = createInterner();
    const i = K.index('i0');
    expect(K.iadd(i, 0)).to.equal(i);
    expect(K.imul(i, 1)).to.equal(i);
    expect(K.imul(i, 0)).to.equal(K.c(0, 'i32'));
    expect(K.iadd(3, 4)).to.equal(K.c(7, 'i32'));
    expect(K.idiv(-7, 2)).to.equal(K.c(-3, 'i32'));
    expect(K.imod(-7, 2)).to.equal(K.c(-1, 'i32'));
    expect(K.isub(i, i)).to.equal(K.c(0, 'i32'));
    expect(K.isum([i, 2, K.imul(i, 3)]).op).to.equal('binary');
  });
  it('mapExpr rewrites bottom-up preserving sharing', () => {
    const K = createInterner();
    const x = K.load(0, K.index('i0'), 'f32');
    const e = K.binary('mul', x, x);
    let loads = 0;
    const r = mapExpr(K, e, (_o, n) => (n.op === 'load' ? (loads++, K.load(1, n.index, 'f32')) : n));
    expect(loads).to.equal(1);
    expect(show(r)).to.equal('load(in1, i0) * load(in1, i0)');
  });
});

describe('kir-simplify: ranges and index math', () => {
  const K = createInterner();
  const i = K.index('i');
  const j = K.index('j');
  const e = ext({ i: 8, j: 16 });
  it('computes ranges through add/mul/div/rem/min/max/select', () => {
    expect(rangeOf(K.iadd(K.imul(i, 16), j), e)).to.deep.equal({ lo: 0, hi: 127 });
    expect(rangeOf(K.idiv(K.isub(j, 5), 4), e)).to.deep.equal({ lo: -1, hi: 2 });
    expect(rangeOf(K.imod(K.isub(i, 9), 4), e)).to.deep.equal({ lo: -3, hi: 0 });
    expect(rangeOf(K.imin(i, 3), e)).to.deep.equal({ lo: 0, hi: 3 });
    expect(rangeOf(K.load(0, i, 'f32'), e)).to.equal(undefined);
    expect(rangeOf(K.imul(i, 2 ** 30), e)).to.deep.equal({ lo: -(2 ** 31), hi: 2 ** 31 - 1 });
    expect(rangeOf(K.index('unknown'), e)!.hi).to.equal(2 ** 31 - 1);
  });
  it('(a·n + b)/n → a and (a·n + b)%n → b only when 0 ≤ b < n', () => {
    const x = K.iadd(K.imul(i, 16), j);
    expect(show(simplifyExpr(K, K.idiv(x, 16), e))).to.equal('i');
    expect(show(simplifyExpr(K, K.imod(x, 16), e))).to.equal('j');
    expect(show(simplifyExpr(K, K.idiv(K.iadd(x, 3), 16), e))).to.equal('i + (j + 3) / 16');
    // j − 1 may be negative: nothing to split.
    expect(show(simplifyExpr(K, K.idiv(K.iadd(K.imul(i, 16), K.isub(j, 1)), 16), e))).to.equal('(i * 16 + j - 1) / 16');
    expect(show(simplifyExpr(K, K.imod(K.imod(x, 64), 16), e))).to.equal('j');
    expect(show(simplifyExpr(K, K.idiv(K.idiv(x, 4), 4), e))).to.equal('i');
    expect(show(simplifyExpr(K, K.imod(i, 8), e))).to.equal('i');
    expect(show(simplifyExpr(K, K.imod(i, 7), e))).to.equal('i % 7');
  });
  it('ravel∘unravel cancels: (f/n)·n + f%n → f, ((f/a)%b)·a + f%a → f%(a·b)', () => {
    const f = K.index('f');
    const ef = ext({ f: 1000 });
    expect(show(simplifyExpr(K, K.iadd(K.imul(K.idiv(f, 10), 10), K.imod(f, 10)), ef))).to.equal('f');
    const t = K.iadd(K.imul(K.imod(K.idiv(f, 10), 10), 10), K.imod(f, 10));
    expect(show(simplifyExpr(K, t, ef))).to.equal('f % 100');
    const full = K.iadd(K.imul(K.idiv(f, 100), 100), t);
    expect(show(simplifyExpr(K, full, ef))).to.equal('f');
    // coefficients must match: (f/10)·9 + f%10 stays.
    expect(show(simplifyExpr(K, K.iadd(K.imul(K.idiv(f, 10), 9), K.imod(f, 10)), ef))).to.equal('f / 10 * 9 + f % 10');
  });
  it('decides comparisons, min/max and selects by ranges (pad bounds)', () => {
    const inside = K.binary('lt', i, K.c(8, 'i32'));
    expect(show(simplifyExpr(K, inside, e))).to.equal('true');
    expect(show(simplifyExpr(K, K.binary('ge', i, K.c(8, 'i32')), e))).to.equal('false');
    expect(show(simplifyExpr(K, K.binary('lt', i, K.c(4, 'i32')), e))).to.equal('i < 4');
    const x = K.load(0, i, 'f32');
    expect(show(simplifyExpr(K, K.select(inside, x, K.c(0, 'f32')), e))).to.equal('load(in0, i)');
    expect(show(simplifyExpr(K, K.imin(K.imax(i, 0), 7), e))).to.equal('i');
    expect(show(simplifyExpr(K, K.binary('and', inside, K.binary('lt', j, K.c(3, 'i32'))), e))).to.equal('j < 3');
  });
  it('never rewrites float arithmetic (x + 0 keeps -0 semantics)', () => {
    const x = K.load(0, i, 'f32');
    expect(show(simplifyExpr(K, K.binary('add', x, K.c(0, 'f32')), e))).to.equal('load(in0, i) + 0.0');
  });
});

/** An elementwise kernel over `shape` where input 0 is read through `loadIndex`. */
function ewKernel(shape: number[], loadIndex: (K: ReturnType<typeof createInterner>, idx: Expr[]) => Expr): Kernel {
  const K = createInterner();
  const idx = shape.map((_, d) => K.index(`i${d}`));
  let flat = K.c(0, 'i32');
  shape.forEach((n, d) => { flat = K.iadd(K.imul(flat, n), idx[d]!); });
  const v = K.unary('exp', K.load(0, loadIndex(K, idx), 'f32'));
  return {
    name: 'ew', inputs: [{ dtype: 'f32', shape }], outputs: [{ dtype: 'f32', shape }],
    loops: shape.map((n, d) => ({ name: `i${d}`, extent: n })),
    stmts: [{ kind: 'store', level: shape.length, inner: [], output: 0, index: flat, value: v }],
  };
}

describe('kir-coalesce (through simplifyKernel)', () => {
  it('a contiguous elementwise kernel becomes one flat loop', () => {
    const k = simplifyKernel(ewKernel([4, 5, 6], (K, [a, b, c]) => K.isum([K.imul(a!, 30), K.imul(b!, 6), c!])));
    expect(printKernel(k)).to.equal(['kernel ew(in0: f32[4,5,6], out0: f32[4,5,6])', '  for i0 in 0..120:', '    out0[i0] = exp(load(in0, i0))'].join('\n'));
  });
  it('a reshape round trip (ravel of unravel) still coalesces', () => {
    // load index: the [4,30] view of the [4,5,6] array, through the flat offset and back.
    const k = simplifyKernel(ewKernel([4, 5, 6], (K, [a, b, c]) => {
      const flat = K.isum([K.imul(a!, 30), K.imul(b!, 6), c!]);
      return K.iadd(K.imul(K.idiv(flat, 30), 30), K.imod(flat, 30));
    }));
    expect(k.loops).to.deep.equal([{ name: 'i0', extent: 120 }]);
  });
  it('a broadcast or transposed operand blocks merging exactly the affected loops', () => {
    const b = simplifyKernel(ewKernel([4, 5, 6], (K, [, bb, c]) => K.iadd(K.imul(bb!, 6), c!)));
    expect(b.loops).to.deep.equal([{ name: 'i0', extent: 4 }, { name: 'i1', extent: 30 }]);
    expect(printKernel(b)).to.contain('load(in0, i1)');
    const t = simplifyKernel(ewKernel([4, 6], (K, [a, c]) => K.iadd(K.imul(c!, 4), a!)));
    expect(t.loops.map((l) => l.extent)).to.deep.equal([4, 6]);
  });
  it('drops extent-1 loops and merges a reduction\'s inner loops', () => {
    const K = createInterner();
    const r = K.iadd(K.imul(K.index('r0'), 100), K.index('r1'));
    const k: Kernel = {
      name: 'sum', inputs: [{ dtype: 'f32', shape: [1, 10, 100] }], outputs: [{ dtype: 'f32', shape: [1] }],
      loops: [{ name: 'i0', extent: 1 }],
      stmts: [
        { kind: 'reduce', id: 0, level: 1, inner: [{ name: 'r0', extent: 10 }, { name: 'r1', extent: 100 }], op: 'sum', type: 'f32', value: K.load(0, K.iadd(K.imul(K.index('i0'), 1000), r), 'f32') },
        { kind: 'store', level: 1, inner: [], output: 0, index: K.index('i0'), value: K.acc(0, 'f32') },
      ],
    };
    expect(printKernel(simplifyKernel(k))).to.equal([
      'kernel sum(in0: f32[1,10,100], out0: f32[1])',
      '  a0: f32 = sum over r0 in 0..1000: load(in0, r0)',
      '  out0[0] = a0',
    ].join('\n'));
  });
  it('keeps loops apart when a statement sits between them', () => {
    const K = createInterner();
    const x = K.load(0, K.iadd(K.imul(K.index('i0'), 8), K.index('i1')), 'f32');
    const k: Kernel = {
      name: 'rows', inputs: [{ dtype: 'f32', shape: [4, 8] }], outputs: [{ dtype: 'f32', shape: [4, 8] }],
      loops: [{ name: 'i0', extent: 4 }, { name: 'i1', extent: 8 }],
      stmts: [
        { kind: 'reduce', id: 7, level: 1, inner: [{ name: 'r0', extent: 8 }], op: 'max', type: 'f32', value: K.load(0, K.iadd(K.imul(K.index('i0'), 8), K.index('r0')), 'f32') },
        { kind: 'store', level: 2, inner: [], output: 0, index: K.iadd(K.imul(K.index('i0'), 8), K.index('i1')), value: K.binary('sub', x, K.acc(7, 'f32')) },
      ],
    };
    expect(simplifyKernel(k).loops.length).to.equal(2);
  });
});

describe('kir-print', () => {
  it('prints the softmax row kernel deterministically, sharing repeated subtrees with where-bindings', () => {
    const K = createInterner();
    const x = K.load(0, K.iadd(K.imul(K.index('i0'), 1024), K.index('r0')), 'f32');
    const m = K.acc(10, 'f32');
    const ex = K.unary('exp', K.binary('sub', x, m));
    const k: Kernel = {
      name: 'softmax', inputs: [{ dtype: 'f32', shape: [4096, 1024] }], outputs: [{ dtype: 'f32', shape: [4096, 1024] }],
      loops: [{ name: 'i0', extent: 4096 }],
      stmts: [
        { kind: 'reduce', id: 10, level: 1, inner: [{ name: 'r0', extent: 1024 }], op: 'max', type: 'f32', value: x },
        { kind: 'reduce', id: 11, level: 1, inner: [{ name: 'r0', extent: 1024 }], op: 'sum', type: 'f32', value: ex },
        { kind: 'store', level: 1, inner: [{ name: 'r0', extent: 1024 }], output: 0, index: K.iadd(K.imul(K.index('i0'), 1024), K.index('r0')), value: K.binary('mul', ex, K.binary('div', ex, K.acc(11, 'f32'))) },
      ],
    };
    expect(printKernel(k)).to.equal([
      'kernel softmax(in0: f32[4096,1024], out0: f32[4096,1024])',
      '  for i0 in 0..4096:',
      '    a0: f32 = max over r0 in 0..1024: load(in0, i0 * 1024 + r0)',
      '    a1: f32 = sum over r0 in 0..1024: exp(load(in0, i0 * 1024 + r0) - a0)',
      '    for r0 in 0..1024: out0[i0 * 1024 + r0] = t0 * (t0 / a1)',
      '      where t0 = exp(load(in0, i0 * 1024 + r0) - a0)',
    ].join('\n'));
  });
  it('prints host steps and discriminates them', () => {
    const h = { kind: 'host', name: 'h0', prim: 'sort', params: { dimension: 0 }, inputs: [{ dtype: 'f32', shape: [3] }], outputs: [{ dtype: 'f32', shape: [3] }] } as const;
    expect(isHostStep(h)).to.equal(true);
    expect(printStep(h)).to.equal('host h0(in0: f32[3], out0: f32[3]) = sort {"dimension":0}');
  });
});
