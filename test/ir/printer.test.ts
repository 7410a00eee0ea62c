// The canonical jaxpr printer: names, `_`, literals, outputs, params, layout.
import { expect } from 'chai';
import { lit, newVar, type Atom, type Eqn, type Jaxpr, type Var } from '../../src/ir/core.js';
import { aval, type DType } from '../../src/ir/dtype.js';
import { formatFloat32 } from '../../src/ir/lexer.js';
import { createNamer, nameOf, printAtom, printClosedJaxpr, printEqn, printJaxpr } from '../../src/ir/printer.js';

const f32 = (...shape: number[]) => aval(shape, 'f32');
const v = (...shape: number[]): Var => newVar(f32(...shape));
const eqn1 = (prim: 'sin' | 'cos' | 'neg' | 'exp', x: Atom, out: Var): Eqn => ({ prim, params: {}, inputs: [x], outputs: [out] });
const add = (x: Atom, y: Atom, out: Var): Eqn => ({ prim: 'add', params: {}, inputs: [x, y], outputs: [out] });
const jaxpr = (invars: Var[], eqns: Eqn[], outvars: Atom[], constvars: Var[] = []): Jaxpr => ({ constvars, invars, eqns, outvars });

describe('printer: names', () => {
  it('counts a..z, ba, bb, ... (base 26 with a as zero)', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 675, 676, 677].map(nameOf)).to.deep.equal(
      ['a', 'b', 'z', 'ba', 'bb', 'bz', 'ca', 'zz', 'baa', 'bab']);
  });

  it('names constvars, then invars, then eqn outputs by first appearance, whatever the ids', () => {
    const [w, x, y] = [v(3), v(3), v(3)];
    const z = v(3); // created before its binders' order in the jaxpr: ids never leak into names
    const j = jaxpr([x], [add(w, x, y), add(y, y, z)], [z], [w]);
    expect(printJaxpr(j)).to.equal('{ lambda a:f32[3]; b:f32[3]. let\n    c:f32[3] = add a b\n    d:f32[3] = add c c\n  in (d,) }');
  });

  it('skips names that read as keywords or literals (in, let, inf, nan)', () => {
    const namer = createNamer();
    const names = Array.from({ length: 9000 }, () => namer.bind(v()));
    for (const k of ['in', 'let', 'inf', 'nan']) expect(names).to.not.include(k);
    expect(names[220]).to.equal('im');
    expect(names[221]).to.equal('io'); // 'in' is skipped
    expect(new Set(names).size).to.equal(9000);
  });

  it('prints `_` for an output used nowhere and gives it no name', () => {
    const [x, dead, y] = [v(3), v(), v(3)];
    const j = jaxpr([x], [{ prim: 'reduce_sum', params: { axes: [0] }, inputs: [x], outputs: [dead] }, eqn1('sin', x, y)], [y]);
    expect(printJaxpr(j)).to.equal('{ lambda ; a:f32[3]. let\n    _:f32[] = reduce_sum[axes=(0,)] a\n    b:f32[3] = sin a\n  in (b,) }');
  });

  it('counts a use inside a nested jaxpr as a use, and continues the counter in nested jaxprs', () => {
    const [x, y, out] = [v(), v(), v()];
    const [p, q] = [v(), v()];
    const inner = jaxpr([p], [{ prim: 'mul', params: {}, inputs: [p, y], outputs: [q] }], [q]);
    const j = jaxpr([x], [eqn1('sin', x, y), { prim: 'jit', params: { name: 'f', jaxpr: inner }, inputs: [x], outputs: [out] }], [out]);
    expect(printJaxpr(j)).to.equal([
      '{ lambda ; a:f32[]. let',
      '    b:f32[] = sin a',
      '    c:f32[] = jit[',
      '      jaxpr={ lambda ; d:f32[]. let e:f32[] = mul d b in (e,) }',
      '      name=f',
      '    ] a',
      '  in (c,) }',
    ].join('\n'));
  });
});

describe('printer: literals and outputs', () => {
  it('writes the shortest float32 decimal in Python repr style', () => {
    const cases: [number, string][] = [
      [2, '2.0'], [0.1, '0.1'], [-1.5, '-1.5'], [1e-5, '1e-05'], [1.5e20, '1.5e+20'], [-0, '-0.0'], [0, '0.0'],
      [Infinity, 'inf'], [-Infinity, '-inf'], [NaN, 'nan'], [1e16, '1e+16'], [1e15, '1000000000000000.0'],
      [0.0001, '0.0001'], [0.00012345, '0.00012345'], [1.401298464324817e-45, '1e-45'], [3.4028234663852886e38, '3.4028235e+38'],
      [16777217, '16777216.0'], [1 / 3, '0.33333334'], [123456789, '123456790.0'], [1.1754943508222875e-38, '1.1754944e-38'],
    ];
    for (const [x, s] of cases) expect(formatFloat32(x), String(x)).to.equal(s);
  });

  it('types every literal', () => {
    const atoms: [Atom, string][] = [
      [lit(2, f32()), '2.0:f32[]'], [lit(-Infinity, f32()), '-inf:f32[]'], [lit(NaN, f32()), 'nan:f32[]'],
      [lit(0, aval([], 'i32')), '0:i32[]'], [lit(-2147483648, aval([], 'i32')), '-2147483648:i32[]'],
      [lit(4294967295, aval([], 'u32')), '4294967295:u32[]'], [lit(1, aval([], 'bool')), 'True:bool[]'],
      [lit(0, aval([], 'bool')), 'False:bool[]'],
    ];
    for (const [a, s] of atoms) expect(printAtom(a)).to.equal(s);
  });

  it('prints one output as (c,), several as (b, c), none as ()', () => {
    const x = v(2);
    expect(printJaxpr(jaxpr([x], [], [x]))).to.equal('{ lambda ; a:f32[2]. let  in (a,) }');
    expect(printJaxpr(jaxpr([x], [], [x, lit(1, aval([], 'i32'))]))).to.equal('{ lambda ; a:f32[2]. let  in (a, 1:i32[]) }');
    expect(printJaxpr(jaxpr([x], [], []))).to.equal('{ lambda ; a:f32[2]. let  in () }');
    expect(printJaxpr(jaxpr([], [], []))).to.equal('{ lambda ; . let  in () }');
  });
});

describe('printer: params and layout', () => {
  it('sorts params by key and prints every one, broadcast_in_dim shape included', () => {
    const [x, y] = [v(3), v(2, 3)];
    const j = jaxpr([x], [{ prim: 'broadcast_in_dim', params: { shape: [2, 3], broadcast_dimensions: [1] }, inputs: [x], outputs: [y] }], [y]);
    expect(printJaxpr(j)).to.equal(
      '{ lambda ; a:f32[3]. let\n    b:f32[2,3] = broadcast_in_dim[broadcast_dimensions=(1,) shape=(2, 3)] a\n  in (b,) }');
  });

  it('breaks a jaxpr longer than 80 characters into one eqn per line', () => {
    const xs = [v(3), v(3), v(3), v(3)];
    const y = v(3);
    const short = jaxpr(xs.slice(0, 1), [eqn1('sin', xs[0]!, y)], [y]);
    expect(printJaxpr(short)).to.equal('{ lambda ; a:f32[3]. let b:f32[3] = sin a in (b,) }');
    const z = v(3);
    const long = jaxpr(xs, [add(xs[0]!, xs[1]!, y), add(xs[2]!, xs[3]!, z)], [y, z]);
    expect(printJaxpr(long)).to.equal([
      '{ lambda ; a:f32[3] b:f32[3] c:f32[3] d:f32[3]. let',
      '    e:f32[3] = add a b',
      '    f:f32[3] = add c d',
      '  in (e, f) }',
    ].join('\n'));
  });

  it('puts the params of an eqn longer than 100 characters one per line, as JAX does for dot_general', () => {
    const [a, b, c] = [v(2, 3), v(3, 4), v(2, 4)];
    const e: Eqn = {
      prim: 'dot_general',
      params: { dimension_numbers: [[[1], [0]], [[], []]], preferred_element_type: 'f32' },
      inputs: [a, b],
      outputs: [c],
    };
    expect(printJaxpr(jaxpr([a, b], [e], [c]))).to.equal([
      '{ lambda ; a:f32[2,3] b:f32[3,4]. let',
      '    c:f32[2,4] = dot_general[',
      '      dimension_numbers=(([1], [0]), ([], []))',
      '      preferred_element_type=float32',
      '    ] a b',
      '  in (c,) }',
    ].join('\n'));
  });

  it('indents a multi-line sub-jaxpr under its param', () => {
    const [x, out] = [v(), v()];
    const ins = [v(), v(), v(), v()];
    const mids = [v(), v()];
    const inner = jaxpr(ins, [add(ins[0]!, ins[1]!, mids[0]!), add(ins[2]!, ins[3]!, mids[1]!)], mids);
    const j = jaxpr([x], [{ prim: 'jit', params: { name: 'inner', jaxpr: inner }, inputs: [x, x, x, x], outputs: [out, v()] }], [out]);
    expect(printJaxpr(j)).to.equal([
      '{ lambda ; a:f32[]. let',
      '    b:f32[] _:f32[] = jit[',
      '      jaxpr={ lambda ; c:f32[] d:f32[] e:f32[] f:f32[]. let',
      '          g:f32[] = add c d',
      '          h:f32[] = add e f',
      '        in (g, h) }',
      '      name=inner',
      '    ] a a a a',
      '  in (b,) }',
    ].join('\n'));
  });

  it('prints dtype params by their public names and strings as names or quoted', () => {
    const [x, y, z] = [v(3), newVar(aval([3], 'i32')), v()];
    const conv: Eqn = { prim: 'convert_element_type', params: { new_dtype: 'i32', weak_type: false }, inputs: [x], outputs: [y] };
    expect(printEqn(conv)).to.equal('b:i32[3] = convert_element_type[new_dtype=int32 weak_type=False] a');
    const inner = jaxpr([], [], []);
    const odd: Eqn = { prim: 'jit', params: { name: 'my fn', jaxpr: inner }, inputs: [], outputs: [z] };
    expect(printEqn(odd)).to.contain('name="my fn"');
    for (const name of ['True', 'None', 'inf', 'nan', 'in', '', '2x', 'a b"c\n']) {
      const kw: Eqn = { prim: 'jit', params: { name, jaxpr: inner }, inputs: [], outputs: [z] };
      expect(printEqn(kw)).to.contain(`name=${JSON.stringify(name)}`);
    }
  });

  it('printEqn names inputs before outputs and shares names through a namer', () => {
    const [x, y, s, t] = [v(3), v(3), v(3), v(3)];
    const namer = createNamer();
    expect(printEqn(add(x, y, s), namer)).to.equal('c:f32[3] = add a b');
    expect(printEqn(eqn1('cos', s, t), namer)).to.equal('d:f32[3] = cos c');
  });

  it('prints a closed jaxpr with its constvars before `;` and no const values', () => {
    const [w, x, y] = [v(2), v(2), v(2)];
    const data = new Float32Array([1, 2]);
    const text = printClosedJaxpr({ jaxpr: jaxpr([x], [add(w, x, y)], [y], [w]), consts: [{ shape: [2], dtype: 'f32' as DType, data }] });
    expect(text).to.equal('{ lambda a:f32[2]; b:f32[2]. let c:f32[2] = add a b in (c,) }');
  });
});
