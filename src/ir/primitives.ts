// The primitive set: one `as const` list of names and the typed params of each. Imports only ./dtype.
// Adding a primitive means adding it to PRIMS and to Params; every rule table keyed by Prim then fails
// to compile until it has an entry for it.
import type { DType } from './dtype.js';
import type { Jaxpr } from './core.js';

export const PRIMS = [
  // elementwise unary
  'neg', 'abs', 'sign', 'exp', 'log', 'log1p', 'expm1', 'sin', 'cos', 'tan', 'tanh', 'logistic',
  'sqrt', 'rsqrt', 'floor', 'ceil', 'round', 'erf', 'erf_inv', 'is_finite', 'not', 'integer_pow',
  // elementwise binary
  'pow', 'add', 'add_any', 'sub', 'mul', 'div', 'rem', 'max', 'min', 'atan2',
  'eq', 'ne', 'lt', 'le', 'gt', 'ge', 'and', 'or', 'xor',
  'shift_left', 'shift_right_logical', 'shift_right_arithmetic',
  // selection and types
  'select_n', 'convert_element_type', 'bitcast_convert_type',
  // layout
  'broadcast_in_dim', 'reshape', 'transpose', 'squeeze', 'rev',
  // reductions
  'reduce_sum', 'reduce_max', 'reduce_min', 'reduce_prod', 'argmax', 'argmin',
  'reduce_window_sum', 'reduce_window_max', 'select_and_gather_add', 'select_and_scatter_add',
  // contractions
  'dot_general', 'conv_general_dilated',
  // slicing and indexing
  'slice', 'pad', 'concatenate', 'dynamic_slice', 'dynamic_update_slice', 'gather', 'scatter_add',
  // generators and scans
  'iota', 'cumsum', 'sort',
  // autodiff and randomness
  'stop_gradient', 'threefry2x32', 'random_bits',
  // higher-order
  'jit',
] as const;

export type Prim = (typeof PRIMS)[number];

type NoParams = Record<string, never>;

/** `(lo, hi)` padding of one spatial dimension. */
export type Pair = readonly [number, number];

export interface ConvDimensionNumbers {
  /** lhs: (batch, feature, spatial...) positions in the operand, as JAX's ConvDimensionNumbers. */
  readonly lhs_spec: readonly number[];
  /** rhs: (out feature, in feature, spatial...). */
  readonly rhs_spec: readonly number[];
  /** out: (batch, feature, spatial...). */
  readonly out_spec: readonly number[];
}

export interface GatherDimensionNumbers {
  readonly offset_dims: readonly number[];
  readonly collapsed_slice_dims: readonly number[];
  readonly start_index_map: readonly number[];
  readonly operand_batching_dims: readonly number[];
  readonly start_indices_batching_dims: readonly number[];
}

export interface ScatterDimensionNumbers {
  readonly update_window_dims: readonly number[];
  readonly inserted_window_dims: readonly number[];
  readonly scatter_dims_to_operand_dims: readonly number[];
  readonly operand_batching_dims: readonly number[];
  readonly scatter_indices_batching_dims: readonly number[];
}

/** Out-of-bounds behaviour of gather/scatter: 'clip' clamps starts, 'fill' fills (gather) or drops (scatter). */
export type GatherMode = 'clip' | 'fill';

export interface WindowParams {
  readonly window_dimensions: readonly number[];
  readonly window_strides: readonly number[];
  readonly padding: readonly Pair[];
  readonly base_dilation: readonly number[];
  readonly window_dilation: readonly number[];
}

/** The typed params of every primitive. A primitive missing here fails to compile. */
export interface Params {
  neg: NoParams; abs: NoParams; sign: NoParams; exp: NoParams; log: NoParams; log1p: NoParams;
  expm1: NoParams; sin: NoParams; cos: NoParams; tan: NoParams; tanh: NoParams; logistic: NoParams;
  sqrt: NoParams; rsqrt: NoParams; floor: NoParams; ceil: NoParams;
  /** 0: half away from zero; 1: half to even (jnp.round). */
  round: { readonly rounding_method: 0 | 1 };
  erf: NoParams; erf_inv: NoParams; is_finite: NoParams; not: NoParams;
  integer_pow: { readonly y: number };
  pow: NoParams; add: NoParams; add_any: NoParams; sub: NoParams; mul: NoParams; div: NoParams;
  rem: NoParams; max: NoParams; min: NoParams; atan2: NoParams;
  eq: NoParams; ne: NoParams; lt: NoParams; le: NoParams; gt: NoParams; ge: NoParams;
  and: NoParams; or: NoParams; xor: NoParams;
  shift_left: NoParams; shift_right_logical: NoParams; shift_right_arithmetic: NoParams;
  select_n: NoParams;
  convert_element_type: { readonly new_dtype: DType; readonly weak_type: boolean };
  bitcast_convert_type: { readonly new_dtype: DType };
  broadcast_in_dim: { readonly shape: readonly number[]; readonly broadcast_dimensions: readonly number[] };
  reshape: { readonly new_sizes: readonly number[] };
  transpose: { readonly permutation: readonly number[] };
  squeeze: { readonly dimensions: readonly number[] };
  rev: { readonly dimensions: readonly number[] };
  reduce_sum: { readonly axes: readonly number[] };
  reduce_max: { readonly axes: readonly number[] };
  reduce_min: { readonly axes: readonly number[] };
  reduce_prod: { readonly axes: readonly number[] };
  argmax: { readonly axes: readonly number[]; readonly index_dtype: DType };
  argmin: { readonly axes: readonly number[]; readonly index_dtype: DType };
  reduce_window_sum: WindowParams;
  reduce_window_max: WindowParams;
  /** (tangents, operand): per window, the tangent where the operand is largest (first on ties): max pooling's JVP. */
  select_and_gather_add: WindowParams;
  /** (source, operand): each window's source value added at the operand's largest position: max pooling's VJP. */
  select_and_scatter_add: WindowParams;
  dot_general: {
    /** ((lhs_contracting, rhs_contracting), (lhs_batch, rhs_batch)), as JAX. */
    readonly dimension_numbers: readonly [readonly [readonly number[], readonly number[]], readonly [readonly number[], readonly number[]]];
    readonly preferred_element_type: DType;
  };
  conv_general_dilated: {
    readonly window_strides: readonly number[];
    readonly padding: readonly Pair[];
    readonly lhs_dilation: readonly number[];
    readonly rhs_dilation: readonly number[];
    readonly dimension_numbers: ConvDimensionNumbers;
    readonly feature_group_count: number;
    readonly batch_group_count: number;
    readonly preferred_element_type: DType;
  };
  slice: { readonly start_indices: readonly number[]; readonly limit_indices: readonly number[]; readonly strides: readonly number[] | null };
  /** (lo, hi, interior) per dimension; lo and hi may be negative. */
  pad: { readonly padding_config: readonly (readonly [number, number, number])[] };
  concatenate: { readonly dimension: number };
  dynamic_slice: { readonly slice_sizes: readonly number[] };
  dynamic_update_slice: NoParams;
  gather: {
    readonly dimension_numbers: GatherDimensionNumbers;
    readonly slice_sizes: readonly number[];
    readonly mode: GatherMode;
    readonly fill_value: number | null;
  };
  scatter_add: {
    readonly dimension_numbers: ScatterDimensionNumbers;
    readonly mode: GatherMode;
  };
  iota: { readonly dtype: DType; readonly shape: readonly number[]; readonly dimension: number };
  cumsum: { readonly axis: number; readonly reverse: boolean };
  sort: { readonly dimension: number; readonly is_stable: boolean; readonly num_keys: number };
  stop_gradient: NoParams;
  threefry2x32: NoParams;
  /** Raw keys u32[..., 2] in; u32[..., *shape] out (JAX's partitionable layout). */
  random_bits: { readonly bit_width: 32; readonly shape: readonly number[] };
  jit: { readonly name: string; readonly jaxpr: Jaxpr };
}

// Compile-time check that Params has exactly one entry per primitive.
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _paramsComplete: Exact<keyof Params, Prim> = true;
void _paramsComplete;

/** A table with one entry per primitive, typed by that primitive's params. */
export type PrimTable<F extends { [P in Prim]: unknown }> = { readonly [P in Prim]: F[P] };

export const UNARY_FLOAT = ['exp', 'log', 'log1p', 'expm1', 'sin', 'cos', 'tan', 'tanh', 'logistic', 'sqrt', 'rsqrt', 'erf', 'erf_inv'] as const;
export const COMPARISONS = ['eq', 'ne', 'lt', 'le', 'gt', 'ge'] as const;
