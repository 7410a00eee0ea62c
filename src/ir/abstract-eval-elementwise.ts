// Abstract-eval rule families of elementwise primitives: unary, binary, comparisons, select_n, type
// conversions, threefry2x32. Imports only ./abstract-eval-check, ./dtype and ./primitives (types).
import {
  aval, allWeak, arity, avalsStr, boolParam, broadcastShapes, dtypeParam, fail, intParam, requireKind, sameDTypes,
  type AbstractEvalRule, type DTypeKind,
} from './abstract-eval-check.js';
import { avalStr, type Aval, type DType } from './dtype.js';
import type { Prim } from './primitives.js';

/** One operand of dtype kind `kind`; the result has its shape, its weak flag and dtype `out` (default: its own). */
export function unary<P extends Prim>(prim: P, kind: DTypeKind, out?: DType): AbstractEvalRule<P> {
  return (inputs) => {
    arity(prim, inputs, 1);
    const x = inputs[0]!;
    requireKind(prim, x, kind);
    return [aval(x.shape, out ?? x.dtype, !!x.weak)];
  };
}

/** Two operands of one dtype of kind `kind`, lax-broadcast; weak iff both are. */
export function binary<P extends Prim>(prim: P, kind: DTypeKind, out?: DType): AbstractEvalRule<P> {
  return (inputs) => {
    arity(prim, inputs, 2);
    sameDTypes(prim, inputs);
    requireKind(prim, inputs[0]!, kind);
    return [aval(broadcastShapes(prim, inputs), out ?? inputs[0]!.dtype, allWeak(inputs))];
  };
}

export const integerPow: AbstractEvalRule<'integer_pow'> = (inputs, params) => {
  intParam('integer_pow', 'y', params.y);
  return unary('integer_pow', 'numeric')(inputs, params);
};

export const round: AbstractEvalRule<'round'> = (inputs, params) => {
  if (params.rounding_method !== 0 && params.rounding_method !== 1)
    fail('round', 'params/invalid', 'rounding_method must be 0 or 1', String(params.rounding_method), '0 (away from zero) or 1 (to even)');
  return unary('round', 'float')(inputs, params);
};

/** select_n(which, ...cases): which is bool (1 or 2 cases) or an integer; a scalar or the cases' shape. */
export const selectN: AbstractEvalRule<'select_n'> = (inputs) => {
  arity('select_n', inputs, 2, Infinity);
  const [which, ...cases] = inputs as [Aval, ...Aval[]];
  requireKind('select_n', which, 'int-or-bool', 'which');
  if (which.dtype === 'bool' && cases.length > 2)
    fail('select_n', 'arity/mismatch', 'a bool which selects between at most 2 cases', `${cases.length} cases`, '1 or 2 cases, or an integer which');
  const c0 = cases[0]!;
  if (cases.some((c) => c.dtype !== c0.dtype || c.shape.length !== c0.shape.length || c.shape.some((d, i) => d !== c0.shape[i])))
    fail('select_n', 'shape/mismatch', 'cases must have equal shapes and dtypes', avalsStr(cases), 'equal avals');
  if (which.shape.length !== 0 && (which.shape.length !== c0.shape.length || which.shape.some((d, i) => d !== c0.shape[i])))
    fail('select_n', 'shape/mismatch', 'which must be a scalar or have the shape of the cases', `${avalStr(which)} for cases ${avalStr(c0)}`, `a scalar or ${which.dtype}[${c0.shape.join(',')}]`);
  return [aval(c0.shape, c0.dtype, allWeak(cases))];
};

export const convertElementType: AbstractEvalRule<'convert_element_type'> = (inputs, params) => {
  arity('convert_element_type', inputs, 1);
  const to = dtypeParam('convert_element_type', 'new_dtype', params.new_dtype);
  const weak = boolParam('convert_element_type', 'weak_type', params.weak_type);
  const x = inputs[0]!;
  requireKind('convert_element_type', x, 'numeric-or-bool');
  if (to === 'float0') fail('convert_element_type', 'dtype/unsupported', 'cannot convert to float0', `new_dtype=float0 for ${avalStr(x)}`, 'a numeric or bool new_dtype');
  return [aval(x.shape, to, weak)];
};

const BITS32: readonly DType[] = ['f32', 'i32', 'u32'];

export const bitcastConvertType: AbstractEvalRule<'bitcast_convert_type'> = (inputs, params) => {
  arity('bitcast_convert_type', inputs, 1);
  const to = dtypeParam('bitcast_convert_type', 'new_dtype', params.new_dtype);
  const x = inputs[0]!;
  if (!BITS32.includes(x.dtype) || !BITS32.includes(to))
    fail('bitcast_convert_type', 'dtype/unsupported', 'bitcasts only between 32-bit dtypes', `${avalStr(x)} to ${to}`, 'f32, i32 or u32 on both sides');
  return [aval(x.shape, to, false)];
};

/** threefry2x32(k1, k2, x1, x2): four u32 operands, lax-broadcast; two u32 outputs. */
export const threefry2x32: AbstractEvalRule<'threefry2x32'> = (inputs) => {
  arity('threefry2x32', inputs, 4);
  for (const a of inputs) if (a.dtype !== 'u32') fail('threefry2x32', 'dtype/unsupported', 'operands must be u32', avalsStr(inputs), 'four u32 operands');
  const shape = broadcastShapes('threefry2x32', inputs);
  return [aval(shape, 'u32'), aval(shape, 'u32')];
};

export const identity: AbstractEvalRule<'stop_gradient'> = (inputs) => {
  arity('stop_gradient', inputs, 1);
  const x = inputs[0]!;
  return [aval(x.shape, x.dtype, !!x.weak)];
};
