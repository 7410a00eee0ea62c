// The jaxpr parser: layouts, scoping, literals, every primitive's params, and error messages.
import { expect } from 'chai';
import { newVar, type Eqn, type EqnOf, type Jaxpr } from '../../src/ir/core.js';
import { aval } from '../../src/ir/dtype.js';
import { UserError } from '../../src/ir/errors.js';
import { ParseError, parseJaxpr } from '../../src/ir/parser.js';
import { PRIMS, type Params, type Prim } from '../../src/ir/primitives.js';
import { printJaxpr } from '../../src/ir/printer.js';

const roundtrip = (s: string): string => printJaxpr(parseJaxpr(s));

function parseError(text: string): ParseError {
  try {
    parseJaxpr(text);
  } catch (e) {
    expect(e).to.be.instanceOf(ParseError);
    expect(e).to.be.instanceOf(UserError);
    expect((e as ParseError).code).to.equal('parse/syntax');
    return e as ParseError;
  }
  throw new Error(`expected a ParseError for ${text}`);
}

describe('parser: structure', () => {
  it('reads every layout the printer writes to the same jaxpr', () => {
    const one = '{ lambda ; a:f32[3]. let b:f32[3] = sin a; c:f32[3] = mul b 2.0:f32[] in (c,) }';
    const multi = '{ lambda ; a:f32[3]. let\n    b:f32[3] = sin a\n    c:f32[3] = mul b 2.0:f32[]\n  in (c,) }';
    const squashed = '{lambda;a:f32[3].let b:f32[3]=sin a c:f32[3]=mul b 2.0:f32[] in(c,)}';
    for (const s of [one, multi, squashed]) expect(roundtrip(s)).to.equal(one);
  });

  it('returns constvars as constvars, fresh vars per binder, avals from the text', () => {
    const j = parseJaxpr('{ lambda a:f32[2,3]; b:i32[]. let c:bool[4] d:u32[] = jit[jaxpr={ lambda ; . let  in (True:bool[], 1:u32[]) } name=k] in (c, d) }');
    expect(j.constvars.map((v) => v.aval)).to.deep.equal([aval([2, 3], 'f32')]);
    expect(j.invars.map((v) => v.aval)).to.deep.equal([aval([], 'i32')]);
    const e = j.eqns[0]!;
    expect(e.outputs.map((v) => v.aval)).to.deep.equal([aval([4], 'bool'), aval([], 'u32')]);
    const ids = [...j.constvars, ...j.invars, ...e.outputs].map((v) => v.id);
    expect(new Set(ids).size).to.equal(4);
    expect(j.outvars).to.deep.equal(e.outputs);
  });

  it('reads `_` binders as fresh vars nothing can name', () => {
    const s = '{ lambda ; a:f32[3]. let\n    _:f32[] = reduce_sum[axes=(0,)] a\n    _:f32[] = reduce_max[axes=(0,)] a\n  in (a,) }';
    const j = parseJaxpr(s);
    expect(j.eqns[0]!.outputs[0]!.id).to.not.equal(j.eqns[1]!.outputs[0]!.id);
    expect(printJaxpr(j)).to.equal(s);
    expect(parseError('{ lambda ; a:f32[3]. let _:f32[3] = sin a in (_,) }').message).to.contain('unbound variable');
  });

  it('reads literals with their dtype: nan, inf, -0.0, extreme ints, bools', () => {
    const j = parseJaxpr('{ lambda ; . let  in (nan:f32[], -inf:f32[], -0.0:f32[], -2147483648:i32[], 4294967295:u32[], False:bool[], 1e-45:f32[]) }');
    const values = j.outvars.map((a) => (a.kind === 'lit' ? a.value : undefined));
    expect(values[0]).to.be.NaN;
    expect(values.slice(1, 3)).to.deep.equal([-Infinity, -0]);
    expect(Object.is(values[2], -0)).to.equal(true);
    expect(values.slice(3)).to.deep.equal([-2147483648, 4294967295, 0, Math.fround(1e-45)]);
    expect(roundtrip('{ lambda ; . let  in (2:f32[], 0.1:f32[]) }')).to.equal('{ lambda ; . let  in (2.0:f32[], 0.1:f32[]) }');
  });

  it('scopes a nested jaxpr: it may read enclosing names but not rebind them', () => {
    const ok = '{ lambda ; a:f32[]. let b:f32[] = jit[jaxpr={ lambda ; c:f32[]. let d:f32[] = mul c a in (d,) } name=f] a in (b,) }';
    const j = parseJaxpr(ok);
    const e = j.eqns[0]!;
    expect(e.prim).to.equal('jit');
    if (e.prim === 'jit') expect(e.params.jaxpr.eqns[0]!.inputs[1]).to.equal(j.invars[0]);
    const shadow = parseError('{ lambda ; a:f32[]. let b:f32[] = jit[jaxpr={ lambda ; a:f32[]. let  in (a,) } name=f] a in (b,) }');
    expect(shadow.message).to.contain('name bound twice at line 1, column 56');
    const self = parseError('{ lambda ; a:f32[]. let b:f32[] = sin b in (b,) }');
    expect(self.message).to.contain('variable used by the eqn that binds it');
    const inner = parseError('{ lambda ; a:f32[]. let b:f32[] = jit[jaxpr={ lambda ; c:f32[]. let  in (b,) } name=f] a in (b,) }');
    expect(inner.message).to.contain('variable used by the eqn that binds it');
  });
});

describe('parser: errors', () => {
  it('names line:column, what was got and expected, and shows the line with a caret', () => {
    const e = parseError('{ lambda ; a:f32[3]. let\n    b:f32[3] = sin q\n  in (b,) }');
    expect(e.message).to.equal(
      "parse: unbound variable at line 2, column 20 — got 'q', expected a variable bound earlier\n      b:f32[3] = sin q\n                     ^");
    expect([e.line, e.column]).to.deep.equal([2, 20]);
  });

  const cases: [string, string, string][] = [
    ['{ lambda ; a:f32[3]. let b:f32[3] = sine a in (b,) }', "unknown primitive at line 1, column 37 — got 'sine'", 'primitive'],
    ['{ lambda ; a:f64[3]. let  in (a,) }', "unknown dtype at line 1, column 14 — got 'f64'", 'dtype'],
    ['{ lambda ; a:f32[3]. let b:f32[] = reduce_sum[axis=(0,)] a in (b,) }', 'unknown param at line 1, column 47 — got axis, expected one of axes', 'unknown param'],
    ['{ lambda ; a:f32[3]. let b:f32[] = reduce_sum a in (b,) }', 'missing param at line 1, column 36 — got axes absent', 'missing param'],
    ['{ lambda ; a:f32[3]. let b:f32[] = reduce_sum[axes=0] a in (b,) }', 'bad param value at line 1, column 52 — got 0, expected a tuple of (an int)', 'wrong kind'],
    ['{ lambda ; a:f32[3]. let b:f32[] = reduce_sum[axes=(0,) axes=(0,)] a in (b,) }', 'repeated param at line 1, column 57', 'repeated'],
    ['{ lambda ; a:f32[3]. let b:f32[3] = round[rounding_method=2] a in (b,) }', 'bad param value at line 1, column 59 — got 2, expected one of 0, 1', 'enum int'],
    ['{ lambda ; a:f32[3]. let b:i32[3] = convert_element_type[new_dtype=int64 weak_type=False] a in (b,) }', 'got int64, expected a dtype', 'dtype param'],
    ['{ lambda ; a:f32[3]. let  in (a,) } x', "unexpected token at line 1, column 37 — got 'x', expected end of input", 'trailing'],
    ['{ lambda ; a:f32[3]. let  in (a,)', 'got end of input', 'truncated'],
    ['{ lambda ; a:f32[3] a:f32[3]. let  in (a,) }', "name bound twice at line 1, column 21 — got 'a'", 'twice'],
    ['{ lambda ; a:f32[3]. let  in (2.0:f32[3],) }', 'non-scalar literal at line 1, column 31', 'literal shape'],
    ['{ lambda ; . let  in (2147483648:i32[],) }', 'bad i32 literal at line 1, column 23', 'i32 range'],
    ['{ lambda ; . let  in (-1:u32[],) }', 'bad u32 literal', 'u32 range'],
    ['{ lambda ; . let  in (1.5:i32[],) }', 'bad i32 literal', 'int dtype'],
    ['{ lambda ; a:f32[2,]. let  in (a,) }', "unexpected token at line 1, column 20 — got ']', expected a dimension", 'shape'],
    ['{ lambda ; a:f32[3]. let b:f32[3] = sin a in (b,) } $', 'unexpected character at line 1, column 53', 'char'],
    ['{ lambda ; In:f32[3]. let  in (In,) }', "bad variable name at line 1, column 12 — got 'In'", 'var name'],
    ['{ lambda ; . let a:f32[] = jit[jaxpr=3 name=f] in (a,) }', 'expected a jaxpr { lambda ... }', 'jaxpr param'],
    ['{ lambda ; . let a:f32[] = jit[jaxpr={ lambda ; . let  in () } name=None] in (a,) }', 'got None, expected a name', 'name param'],
  ];
  for (const [text, message, label] of cases) {
    it(`reports ${label}`, () => expect(parseError(text).message).to.contain(message));
  }
});

// ---- every primitive's params round-trip ----------------------------------------------------------

const inner: Jaxpr = (() => {
  const [x, y] = [newVar(aval([], 'f32')), newVar(aval([], 'f32'))];
  return { constvars: [], invars: [x], eqns: [{ prim: 'sin', params: {}, inputs: [x], outputs: [y] }], outvars: [y] };
})();

const window = { window_dimensions: [1, 2], window_strides: [1, 2], padding: [[0, 1], [1, 0]] as const, base_dilation: [1, 1], window_dilation: [1, 1] };
const gdims = { offset_dims: [1], collapsed_slice_dims: [], start_index_map: [0], operand_batching_dims: [], start_indices_batching_dims: [] };
const sdims = { update_window_dims: [1], inserted_window_dims: [0], scatter_dims_to_operand_dims: [0], operand_batching_dims: [], scatter_indices_batching_dims: [] };

/** One non-trivial params value per primitive (exhaustive: a new primitive fails to compile here). */
const SAMPLE: { readonly [P in Prim]: Params[P] } = {
  neg: {}, abs: {}, sign: {}, exp: {}, log: {}, log1p: {}, expm1: {}, sin: {}, cos: {}, tan: {}, tanh: {}, logistic: {},
  sqrt: {}, rsqrt: {}, floor: {}, ceil: {},
  round: { rounding_method: 1 },
  erf: {}, erf_inv: {}, is_finite: {}, not: {},
  integer_pow: { y: -3 },
  pow: {}, add: {}, add_any: {}, sub: {}, mul: {}, div: {}, rem: {}, max: {}, min: {}, atan2: {},
  eq: {}, ne: {}, lt: {}, le: {}, gt: {}, ge: {}, and: {}, or: {}, xor: {},
  shift_left: {}, shift_right_logical: {}, shift_right_arithmetic: {},
  select_n: {},
  convert_element_type: { new_dtype: 'float0', weak_type: true },
  bitcast_convert_type: { new_dtype: 'u32' },
  broadcast_in_dim: { shape: [2, 3], broadcast_dimensions: [] },
  reshape: { new_sizes: [6] },
  transpose: { permutation: [1, 0] },
  squeeze: { dimensions: [] },
  rev: { dimensions: [0, 1] },
  reduce_sum: { axes: [0] },
  reduce_max: { axes: [] },
  reduce_min: { axes: [1, 0] },
  reduce_prod: { axes: [0, 1, 2] },
  argmax: { axes: [0], index_dtype: 'i32' },
  argmin: { axes: [1], index_dtype: 'u32' },
  reduce_window_sum: window,
  reduce_window_max: { ...window, padding: [] },
  select_and_gather_add: { ...window, window_strides: [2, 2] },
  select_and_scatter_add: { ...window, base_dilation: [2, 1] },
  dot_general: { dimension_numbers: [[[2], [1]], [[0], [0]]], preferred_element_type: 'f32' },
  conv_general_dilated: {
    window_strides: [1, 2], padding: [[1, 1], [0, -1]], lhs_dilation: [1, 1], rhs_dilation: [2, 1],
    dimension_numbers: { lhs_spec: [0, 3, 1, 2], rhs_spec: [3, 2, 0, 1], out_spec: [0, 3, 1, 2] },
    feature_group_count: 2, batch_group_count: 1, preferred_element_type: 'f32',
  },
  slice: { start_indices: [1, 0], limit_indices: [3, 2], strides: null },
  pad: { padding_config: [[-1, 2, 0], [0, 0, 3]] },
  concatenate: { dimension: 1 },
  dynamic_slice: { slice_sizes: [1, 2] },
  dynamic_update_slice: {},
  gather: { dimension_numbers: gdims, slice_sizes: [2], mode: 'fill', fill_value: NaN },
  scatter_add: { dimension_numbers: sdims, mode: 'clip' },
  iota: { dtype: 'i32', shape: [4, 2], dimension: 1 },
  cumsum: { axis: 0, reverse: true },
  sort: { dimension: 0, is_stable: false, num_keys: 2 },
  stop_gradient: {},
  threefry2x32: {},
  random_bits: { bit_width: 32, shape: [3] },
  jit: { name: '<lambda>', jaxpr: inner },
};

function sampleEqn<P extends Prim>(prim: P): Jaxpr {
  const x = newVar(aval([2], 'f32'));
  const e: EqnOf<P> = { prim, params: SAMPLE[prim], inputs: [x], outputs: [newVar(aval([2], 'f32'))] };
  return { constvars: [], invars: [x], eqns: [e as Eqn], outvars: e.outputs };
}

describe('parser: params of every primitive', () => {
  for (const prim of PRIMS) {
    it(`round-trips ${prim}`, () => {
      const text = printJaxpr(sampleEqn(prim));
      const back = parseJaxpr(text);
      expect(printJaxpr(back)).to.equal(text);
      const e = back.eqns[0]!;
      expect(e.prim).to.equal(prim);
      if (e.prim === 'jit') expect(printJaxpr(e.params.jaxpr)).to.equal(printJaxpr(inner));
      else expect(e.params).to.deep.equal(SAMPLE[prim]);
    });
  }

  it('round-trips names that are not identifiers or that read as keywords', () => {
    for (const name of ['True', 'None', 'inf', 'nan', 'in', '', '2x', 'a b"c\n', 'float32', '_where']) {
      const base = sampleEqn('jit');
      const text = printJaxpr({ ...base, eqns: [{ ...(base.eqns[0] as EqnOf<'jit'>), params: { name, jaxpr: inner } }] });
      const e = parseJaxpr(text).eqns[0]!;
      expect(e.prim === 'jit' && e.params.name, text).to.equal(name);
    }
  });

  it('writes JAX value syntax for nested params', () => {
    const text = printJaxpr(sampleEqn('conv_general_dilated'));
    expect(text).to.contain('dimension_numbers=ConvDimensionNumbers(lhs_spec=(0, 3, 1, 2), rhs_spec=(3, 2, 0, 1), out_spec=(0, 3, 1, 2))');
    expect(text).to.contain('padding=((1, 1), (0, -1))');
    expect(printJaxpr(sampleEqn('gather'))).to.contain('fill_value=nan');
    expect(printJaxpr(sampleEqn('slice'))).to.contain('strides=None');
    expect(printJaxpr(sampleEqn('pad'))).to.contain('padding_config=((-1, 2, 0), (0, 0, 3))');
    expect(printJaxpr(sampleEqn('jit'))).to.contain('name=<lambda>');
  });
});
