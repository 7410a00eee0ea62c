// Per-primitive param codecs of the jaxpr text format: typed params ⇄ generic param values.
// Imports only ./core, ./dtype, ./lexer, ./primitives (no printer, no parser: both import this).
//
// Value syntax (JAX's `str()` of each param): ints `3`; floats as formatFloat32 writes them; tuples
// `()` `(0,)` `(1, 0)`; lists `[1]` (only inside dot_general's dimension_numbers, as JAX prints it);
// records `ConvDimensionNumbers(lhs_spec=(0, 1), ...)`; dtypes `float32`; booleans `True`/`False`;
// `None`; strings as bare identifiers (`mode=clip`, `name=inner`), or double-quoted when they are
// not identifiers; sub-jaxprs inline (`jaxpr={ lambda ; ... }`).
//
// Decision: every param is printed, including the ones JAX's printer hides because they are implied
// (broadcast_in_dim's `shape`, an empty `broadcast_dimensions`), so decoding needs no context.
import type { Jaxpr } from './core.js';
import { DTYPES, publicName, PUBLIC_DTYPES, type DType, type PublicDType } from './dtype.js';
import { formatFloat32, type Pos } from './lexer.js';
import type {
  ConvDimensionNumbers, GatherDimensionNumbers, GatherMode, Pair, Params, Prim, ScatterDimensionNumbers, WindowParams,
} from './primitives.js';

/** A param value as text sees it. `pos` is set on values that come from the parser. */
export type PValue =
  | { readonly kind: 'int'; readonly value: number; readonly pos?: Pos }
  | { readonly kind: 'float'; readonly value: number; readonly pos?: Pos }
  | { readonly kind: 'ident'; readonly text: string; readonly pos?: Pos }
  | { readonly kind: 'str'; readonly text: string; readonly pos?: Pos }
  | { readonly kind: 'tuple'; readonly items: readonly PValue[]; readonly pos?: Pos }
  | { readonly kind: 'list'; readonly items: readonly PValue[]; readonly pos?: Pos }
  | { readonly kind: 'record'; readonly name: string; readonly fields: readonly PField[]; readonly pos?: Pos }
  | { readonly kind: 'jaxpr'; readonly jaxpr: Jaxpr; readonly pos?: Pos };

export interface PField {
  readonly key: string;
  readonly value: PValue;
  readonly pos?: Pos;
}

/** How a codec reports bad input: throws a ParseError at `pos` (the parser supplies it). */
export type Fail = (pos: Pos | undefined, what: string, got: string, expected: string) => never;

export interface ParamCodec<T> {
  /** The params as fields sorted by key. */
  encode(params: T): readonly PField[];
  /** Typed params from parsed fields; unknown, missing, repeated keys and wrong kinds call `fail`. */
  decode(fields: readonly PField[], at: Pos, fail: Fail): T;
}

/** One param: its text form and the validated decoding of it. */
interface Field<T> {
  enc(v: T): PValue;
  dec(v: PValue, fail: Fail): T;
  readonly expected: string;
}

/** A short text form of a value for `got ...` in messages (jaxprs abbreviated). */
export function showValue(v: PValue): string {
  switch (v.kind) {
    case 'int': return String(v.value);
    case 'float': return formatFloat32(v.value);
    case 'ident': return v.text;
    case 'str': return JSON.stringify(v.text);
    case 'tuple': return v.items.length === 1 ? `(${showValue(v.items[0]!)},)` : `(${v.items.map(showValue).join(', ')})`;
    case 'list': return `[${v.items.map(showValue).join(', ')}]`;
    case 'record': return `${v.name}(${v.fields.map((f) => `${f.key}=${showValue(f.value)}`).join(', ')})`;
    case 'jaxpr': return '{ lambda ... }';
  }
}

// ---- field kinds -------------------------------------------------------------------------------

const bad = (fail: Fail, v: PValue, expected: string): never => fail(v.pos, 'bad param value', showValue(v), expected);

const int: Field<number> = {
  expected: 'an int',
  enc: (v) => ({ kind: 'int', value: v }),
  dec: (v, fail) => (v.kind === 'int' && Number.isSafeInteger(v.value) ? v.value : bad(fail, v, 'an int')),
};

function oneOf<T extends number>(values: readonly T[]): Field<T> {
  const expected = `one of ${values.join(', ')}`;
  return {
    expected,
    enc: (v) => ({ kind: 'int', value: v }),
    dec: (v, fail) => {
      const hit = values.find((x) => v.kind === 'int' && v.value === x);
      return hit !== undefined ? hit : bad(fail, v, expected);
    },
  };
}

/** A number printed as a float32 (gather's fill_value); an int is accepted when decoding. */
const num: Field<number> = {
  expected: 'a number',
  enc: (v) => ({ kind: 'float', value: v }),
  dec: (v, fail) => (v.kind === 'float' || v.kind === 'int' ? Math.fround(v.value) : bad(fail, v, 'a number')),
};

const bool: Field<boolean> = {
  expected: 'True or False',
  enc: (v) => ({ kind: 'ident', text: v ? 'True' : 'False' }),
  dec: (v, fail) => (v.kind === 'ident' && (v.text === 'True' || v.text === 'False') ? v.text === 'True' : bad(fail, v, 'True or False')),
};

const dtype: Field<DType> = {
  expected: `a dtype (${Object.keys(PUBLIC_DTYPES).join(', ')})`,
  enc: (v) => ({ kind: 'ident', text: publicName(v) }),
  dec: (v, fail) => {
    if (v.kind === 'ident' && v.text in PUBLIC_DTYPES) return PUBLIC_DTYPES[v.text as PublicDType];
    return bad(fail, v, dtype.expected);
  },
};

const IDENT = /^[A-Za-z_<>][A-Za-z0-9_<>]*$/;
const RESERVED = new Set(['True', 'False', 'None', 'lambda', 'let', 'in', 'inf', 'nan']);

const str: Field<string> = {
  expected: 'a name',
  enc: (v) => (IDENT.test(v) && !RESERVED.has(v) ? { kind: 'ident', text: v } : { kind: 'str', text: v }),
  dec: (v, fail) => ((v.kind === 'ident' && !RESERVED.has(v.text)) || v.kind === 'str' ? v.text : bad(fail, v, 'a name')),
};

function enumOf<T extends string>(values: readonly T[]): Field<T> {
  const expected = `one of ${values.join(', ')}`;
  return {
    expected,
    enc: (v) => ({ kind: 'ident', text: v }),
    dec: (v, fail) => {
      const hit = values.find((x) => v.kind === 'ident' && v.text === x);
      return hit !== undefined ? hit : bad(fail, v, expected);
    },
  };
}

const jaxpr: Field<Jaxpr> = {
  expected: 'a jaxpr { lambda ... }',
  enc: (v) => ({ kind: 'jaxpr', jaxpr: v }),
  dec: (v, fail) => (v.kind === 'jaxpr' ? v.jaxpr : bad(fail, v, 'a jaxpr { lambda ... }')),
};

function seq<T>(item: Field<T>, kind: 'tuple' | 'list' = 'tuple'): Field<readonly T[]> {
  const expected = kind === 'tuple' ? `a tuple of (${item.expected})` : `a list of [${item.expected}]`;
  return {
    expected,
    enc: (v) => ({ kind, items: v.map(item.enc) }),
    dec: (v, fail) => (v.kind === kind ? v.items.map((x) => item.dec(x, fail)) : bad(fail, v, expected)),
  };
}

function fixed<T extends readonly unknown[]>(items: { readonly [K in keyof T]: Field<T[K]> }, kind: 'tuple' = 'tuple'): Field<T> {
  const parts = items as readonly Field<unknown>[];
  const expected = `a ${parts.length}-tuple`;
  return {
    expected,
    enc: (v) => ({ kind, items: parts.map((f, i) => f.enc(v[i])) }),
    dec: (v, fail) => {
      if (v.kind !== kind || v.items.length !== parts.length) return bad(fail, v, expected);
      // A tuple decoded item by item has the element types of `items`: the map cannot show it to tsc.
      return v.items.map((x, i) => parts[i]!.dec(x, fail)) as unknown as T;
    },
  };
}

function nullable<T>(f: Field<T>): Field<T | null> {
  const expected = `${f.expected} or None`;
  return {
    expected,
    enc: (v) => (v === null ? { kind: 'ident', text: 'None' } : f.enc(v)),
    dec: (v, fail) => (v.kind === 'ident' && v.text === 'None' ? null : f.dec(v, fail)),
  };
}

type Fields<T> = { readonly [K in keyof T]-?: Field<T[K]> };

/** A named record value, `Name(key=value, ...)`, with its keys in declaration order (as JAX). */
function record<T extends object>(name: string, fields: Fields<T>): Field<T> {
  const c = codec(fields, false);
  return {
    expected: `${name}(...)`,
    enc: (v) => ({ kind: 'record', name, fields: c.encode(v) }),
    dec: (v, fail) => {
      if (v.kind !== 'record' || v.name !== name) return bad(fail, v, `${name}(...)`);
      return c.decode(v.fields, v.pos ?? { line: 0, col: 0 }, fail);
    },
  };
}

// ---- codecs ------------------------------------------------------------------------------------

/** A codec from one field per key. `sorted`: keys print sorted (params) or in declaration order (records). */
function codec<T extends object>(fields: Fields<T>, sorted = true): ParamCodec<T> {
  const entries = Object.entries(fields) as [string, Field<unknown>][];
  const keys = sorted ? entries.map(([k]) => k).sort() : entries.map(([k]) => k);
  const byKey = new Map(entries);
  return {
    encode: (p) => {
      const values = new Map(Object.entries(p));
      return keys.map((key) => ({ key, value: byKey.get(key)!.enc(values.get(key)) }));
    },
    decode: (given, at, fail) => {
      const out = new Map<string, unknown>();
      for (const f of given) {
        const field = byKey.get(f.key);
        if (!field) fail(f.pos ?? at, 'unknown param', f.key, keys.length ? `one of ${keys.join(', ')}` : 'no params');
        if (out.has(f.key)) fail(f.pos ?? at, 'repeated param', f.key, 'each param once');
        out.set(f.key, field!.dec(f.value, fail));
      }
      const missing = keys.filter((k) => !out.has(k));
      if (missing.length) fail(at, 'missing param', missing.join(', ') + ' absent', `params ${keys.join(', ')}`);
      // Every key of T was decoded by its own field above: the object has type T.
      return Object.fromEntries(keys.map((k) => [k, out.get(k)])) as T;
    },
  };
}

type NoParams = Params['neg'];
const none = codec<NoParams>({});
const axes = codec<{ readonly axes: readonly number[] }>({ axes: seq(int) });
const dims = codec<{ readonly dimensions: readonly number[] }>({ dimensions: seq(int) });
const argReduce = codec<Params['argmax']>({ axes: seq(int), index_dtype: dtype });
const pair = fixed<Pair>([int, int]);
const window = codec<WindowParams>({
  window_dimensions: seq(int), window_strides: seq(int), padding: seq(pair), base_dilation: seq(int), window_dilation: seq(int),
});
const intList = seq(int, 'list');
const convDims = record<ConvDimensionNumbers>('ConvDimensionNumbers', { lhs_spec: seq(int), rhs_spec: seq(int), out_spec: seq(int) });
const gatherDims = record<GatherDimensionNumbers>('GatherDimensionNumbers', {
  offset_dims: seq(int), collapsed_slice_dims: seq(int), start_index_map: seq(int),
  operand_batching_dims: seq(int), start_indices_batching_dims: seq(int),
});
const scatterDims = record<ScatterDimensionNumbers>('ScatterDimensionNumbers', {
  update_window_dims: seq(int), inserted_window_dims: seq(int), scatter_dims_to_operand_dims: seq(int),
  operand_batching_dims: seq(int), scatter_indices_batching_dims: seq(int),
});
const mode = enumOf<GatherMode>(['clip', 'fill']);

/** The params codec of every primitive, in PRIMS order. */
export const paramCodecs: { readonly [P in Prim]: ParamCodec<Params[P]> } = {
  neg: none,
  abs: none,
  sign: none,
  exp: none,
  log: none,
  log1p: none,
  expm1: none,
  sin: none,
  cos: none,
  tan: none,
  tanh: none,
  logistic: none,
  sqrt: none,
  rsqrt: none,
  floor: none,
  ceil: none,
  round: codec<Params['round']>({ rounding_method: oneOf<0 | 1>([0, 1]) }),
  erf: none,
  erf_inv: none,
  is_finite: none,
  not: none,
  integer_pow: codec<Params['integer_pow']>({ y: int }),
  pow: none,
  add: none,
  add_any: none,
  sub: none,
  mul: none,
  div: none,
  rem: none,
  max: none,
  min: none,
  atan2: none,
  eq: none,
  ne: none,
  lt: none,
  le: none,
  gt: none,
  ge: none,
  and: none,
  or: none,
  xor: none,
  shift_left: none,
  shift_right_logical: none,
  shift_right_arithmetic: none,
  select_n: none,
  convert_element_type: codec<Params['convert_element_type']>({ new_dtype: dtype, weak_type: bool }),
  bitcast_convert_type: codec<Params['bitcast_convert_type']>({ new_dtype: dtype }),
  broadcast_in_dim: codec<Params['broadcast_in_dim']>({ shape: seq(int), broadcast_dimensions: seq(int) }),
  reshape: codec<Params['reshape']>({ new_sizes: seq(int) }),
  transpose: codec<Params['transpose']>({ permutation: seq(int) }),
  squeeze: dims,
  rev: dims,
  reduce_sum: axes,
  reduce_max: axes,
  reduce_min: axes,
  reduce_prod: axes,
  argmax: argReduce,
  argmin: argReduce,
  reduce_window_sum: window,
  reduce_window_max: window,
  select_and_gather_add: window,
  select_and_scatter_add: window,
  dot_general: codec<Params['dot_general']>({
    dimension_numbers: fixed<Params['dot_general']['dimension_numbers']>([fixed([intList, intList]), fixed([intList, intList])]),
    preferred_element_type: dtype,
  }),
  conv_general_dilated: codec<Params['conv_general_dilated']>({
    window_strides: seq(int), padding: seq(pair), lhs_dilation: seq(int), rhs_dilation: seq(int),
    dimension_numbers: convDims, feature_group_count: int, batch_group_count: int, preferred_element_type: dtype,
  }),
  slice: codec<Params['slice']>({ start_indices: seq(int), limit_indices: seq(int), strides: nullable(seq(int)) }),
  pad: codec<Params['pad']>({ padding_config: seq(fixed<readonly [number, number, number]>([int, int, int])) }),
  concatenate: codec<Params['concatenate']>({ dimension: int }),
  dynamic_slice: codec<Params['dynamic_slice']>({ slice_sizes: seq(int) }),
  dynamic_update_slice: none,
  gather: codec<Params['gather']>({ dimension_numbers: gatherDims, slice_sizes: seq(int), mode, fill_value: nullable(num) }),
  scatter_add: codec<Params['scatter_add']>({ dimension_numbers: scatterDims, mode }),
  iota: codec<Params['iota']>({ dtype, shape: seq(int), dimension: int }),
  cumsum: codec<Params['cumsum']>({ axis: int, reverse: bool }),
  sort: codec<Params['sort']>({ dimension: int, is_stable: bool, num_keys: int }),
  stop_gradient: none,
  threefry2x32: none,
  random_bits: codec<Params['random_bits']>({ bit_width: oneOf<32>([32]), shape: seq(int) }),
  jit: codec<Params['jit']>({ name: str, jaxpr }),
};

/** The dtypes as they appear in avals (`f32[2,3]`), for the parser. */
export const AVAL_DTYPES: ReadonlySet<string> = new Set(DTYPES);
