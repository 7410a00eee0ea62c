// Emitter: the op builder that transform rules are written with (`b.mul(t, b.cos(x))`), over IR atoms.
// lax semantics (same dtypes; scalar and size-1 operands broadcast), JS numbers become literals of the
// other operand's dtype and weak flag. Imports only src/ir.
import type { Atom, Literal, Var } from './core.js';
import { lit } from './core.js';
import type { Aval, DType } from './dtype.js';
import { isFloat } from './dtype.js';
import { JaxprBuilder } from './builder.js';
import type { ConvDimensionNumbers, GatherDimensionNumbers, Pair, Params, Prim, ScatterDimensionNumbers, WindowParams } from './primitives.js';

export type Num = Atom | number;

type Unary = 'neg' | 'abs' | 'sign' | 'exp' | 'log' | 'log1p' | 'expm1' | 'sin' | 'cos' | 'tan' | 'tanh' | 'logistic' | 'sqrt' | 'rsqrt' | 'floor' | 'ceil' | 'erf' | 'erf_inv' | 'is_finite' | 'not' | 'stop_gradient';
type Binary = 'pow' | 'add' | 'add_any' | 'sub' | 'mul' | 'div' | 'rem' | 'max' | 'min' | 'atan2' | 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge' | 'and' | 'or' | 'xor' | 'shift_left' | 'shift_right_logical' | 'shift_right_arithmetic';

export class Emitter {
  constructor(readonly builder: JaxprBuilder = new JaxprBuilder()) {}

  bind<P extends Prim>(prim: P, inputs: readonly Atom[], params: Params[P]): Var[] {
    return this.builder.bind(prim, inputs, params);
  }

  bind1<P extends Prim>(prim: P, inputs: readonly Atom[], params: Params[P]): Var {
    return this.builder.bind(prim, inputs, params)[0]!;
  }

  /** A scalar literal. */
  lit(value: number, dtype: DType, weak = false): Literal {
    return lit(value, weak ? { shape: [], dtype, weak: true } : { shape: [], dtype });
  }

  /** An array filled with `value`: a literal for rank 0, else a broadcast literal. */
  full(shape: readonly number[], value: number, dtype: DType, weak = false): Atom {
    const l = this.lit(value, dtype, weak);
    return shape.length === 0 ? l : this.broadcastInDim(l, shape, []);
  }

  zeros(a: Aval): Atom { return this.full(a.shape, 0, a.dtype, !!a.weak); }
  ones(a: Aval): Atom { return this.full(a.shape, 1, a.dtype, !!a.weak); }

  private num(x: Num, like: Atom): Atom {
    if (typeof x !== 'number') return x;
    return this.lit(isFloat(like.aval.dtype) ? x : Math.trunc(x), like.aval.dtype, !!like.aval.weak);
  }

  private unary(prim: Unary) { return (x: Atom): Atom => this.bind1(prim, [x], {} as Params[typeof prim]); }
  private binary(prim: Binary) {
    return (x: Num, y: Num): Atom => {
      const a = typeof x === 'number' ? this.num(x, y as Atom) : x;
      const b = this.num(y, a);
      return this.bind1(prim, [a, b], {} as Params[typeof prim]);
    };
  }

  readonly neg = this.unary('neg');
  readonly abs = this.unary('abs');
  readonly sign = this.unary('sign');
  readonly exp = this.unary('exp');
  readonly log = this.unary('log');
  readonly log1p = this.unary('log1p');
  readonly expm1 = this.unary('expm1');
  readonly sin = this.unary('sin');
  readonly cos = this.unary('cos');
  readonly tan = this.unary('tan');
  readonly tanh = this.unary('tanh');
  readonly logistic = this.unary('logistic');
  readonly sqrt = this.unary('sqrt');
  readonly rsqrt = this.unary('rsqrt');
  readonly floor = this.unary('floor');
  readonly ceil = this.unary('ceil');
  readonly erf = this.unary('erf');
  readonly erfInv = this.unary('erf_inv');
  readonly isFinite = this.unary('is_finite');
  readonly not = this.unary('not');
  readonly stopGradient = this.unary('stop_gradient');
  readonly pow = this.binary('pow');
  readonly add = this.binary('add');
  readonly addAny = this.binary('add_any');
  readonly sub = this.binary('sub');
  readonly mul = this.binary('mul');
  readonly div = this.binary('div');
  readonly rem = this.binary('rem');
  readonly max = this.binary('max');
  readonly min = this.binary('min');
  readonly atan2 = this.binary('atan2');
  readonly eq = this.binary('eq');
  readonly ne = this.binary('ne');
  readonly lt = this.binary('lt');
  readonly le = this.binary('le');
  readonly gt = this.binary('gt');
  readonly ge = this.binary('ge');
  readonly and = this.binary('and');
  readonly or = this.binary('or');
  readonly xor = this.binary('xor');
  readonly shiftLeft = this.binary('shift_left');
  readonly shiftRightLogical = this.binary('shift_right_logical');
  readonly shiftRightArithmetic = this.binary('shift_right_arithmetic');

  integerPow(x: Atom, y: number): Atom { return this.bind1('integer_pow', [x], { y }); }
  round(x: Atom, roundingMethod: 0 | 1 = 0): Atom { return this.bind1('round', [x], { rounding_method: roundingMethod }); }
  square(x: Atom): Atom { return this.integerPow(x, 2); }

  /** select_n(which, ...cases). */
  selectN(which: Atom, ...cases: Atom[]): Atom { return this.bind1('select_n', [which, ...cases], {}); }
  /** lax.select(pred, onTrue, onFalse). */
  select(pred: Atom, onTrue: Atom, onFalse: Atom): Atom { return this.selectN(pred, onFalse, onTrue); }

  convert(x: Atom, dtype: DType, weak = false): Atom {
    if (x.aval.dtype === dtype && !!x.aval.weak === weak) return x;
    if (x.kind === 'lit') return this.lit(dtype === 'bool' ? Number(x.value !== 0) : isFloat(dtype) ? x.value : Math.trunc(x.value), dtype, weak);
    return this.bind1('convert_element_type', [x], { new_dtype: dtype, weak_type: weak });
  }
  bitcast(x: Atom, dtype: DType): Atom { return this.bind1('bitcast_convert_type', [x], { new_dtype: dtype }); }

  broadcastInDim(x: Atom, shape: readonly number[], dims: readonly number[]): Atom {
    return this.bind1('broadcast_in_dim', [x], { shape: [...shape], broadcast_dimensions: [...dims] });
  }
  /** numpy-style broadcast of `x` to `shape` (ranks aligned on the right); the identity when equal. */
  broadcastTo(x: Atom, shape: readonly number[]): Atom {
    const r = x.aval.shape.length;
    if (r === shape.length && x.aval.shape.every((d, i) => d === shape[i])) return x;
    const off = shape.length - r;
    const keep = x.aval.shape.map((_, i) => i).filter((i) => x.aval.shape[i] === shape[i + off]);
    const squeezed = keep.length === r ? x : this.reshape(x, keep.map((i) => x.aval.shape[i]!));
    return this.broadcastInDim(squeezed, shape, keep.map((i) => i + off));
  }
  reshape(x: Atom, shape: readonly number[]): Atom {
    if (x.aval.shape.length === shape.length && x.aval.shape.every((d, i) => d === shape[i])) return x;
    return this.bind1('reshape', [x], { new_sizes: [...shape] });
  }
  transpose(x: Atom, perm: readonly number[]): Atom {
    if (perm.every((p, i) => p === i)) return x;
    return this.bind1('transpose', [x], { permutation: [...perm] });
  }
  squeeze(x: Atom, dims: readonly number[]): Atom { return dims.length ? this.bind1('squeeze', [x], { dimensions: [...dims] }) : x; }
  /** Inserts size-1 dims at `dims` (positions in the output), as a reshape. */
  expandDims(x: Atom, dims: readonly number[]): Atom {
    const out = [...x.aval.shape];
    for (const d of [...dims].sort((a, b) => a - b)) out.splice(d, 0, 1);
    return this.reshape(x, out);
  }
  rev(x: Atom, dims: readonly number[]): Atom { return dims.length ? this.bind1('rev', [x], { dimensions: [...dims] }) : x; }

  reduceSum(x: Atom, axes: readonly number[]): Atom { return axes.length ? this.bind1('reduce_sum', [x], { axes: [...axes] }) : x; }
  reduceMax(x: Atom, axes: readonly number[]): Atom { return this.bind1('reduce_max', [x], { axes: [...axes] }); }
  reduceMin(x: Atom, axes: readonly number[]): Atom { return this.bind1('reduce_min', [x], { axes: [...axes] }); }
  reduceProd(x: Atom, axes: readonly number[]): Atom { return this.bind1('reduce_prod', [x], { axes: [...axes] }); }
  reduceWindowSum(x: Atom, p: WindowParams): Atom { return this.bind1('reduce_window_sum', [x], p); }
  reduceWindowMax(x: Atom, p: WindowParams): Atom { return this.bind1('reduce_window_max', [x], p); }

  dotGeneral(x: Atom, y: Atom, dn: Params['dot_general']['dimension_numbers'], pet: DType = x.aval.dtype): Atom {
    return this.bind1('dot_general', [x, y], { dimension_numbers: dn, preferred_element_type: pet });
  }
  conv(x: Atom, w: Atom, p: Params['conv_general_dilated']): Atom { return this.bind1('conv_general_dilated', [x, w], p); }

  slice(x: Atom, start: readonly number[], limit: readonly number[], strides: readonly number[] | null = null): Atom {
    return this.bind1('slice', [x], { start_indices: [...start], limit_indices: [...limit], strides: strides && strides.some((s) => s !== 1) ? [...strides] : null });
  }
  pad(x: Atom, value: Num, config: readonly (readonly [number, number, number])[]): Atom {
    return this.bind1('pad', [x, this.num(value, x)], { padding_config: config.map((c) => [c[0], c[1], c[2]] as const) });
  }
  concatenate(xs: readonly Atom[], dimension: number): Atom { return xs.length === 1 ? xs[0]! : this.bind1('concatenate', xs, { dimension }); }
  dynamicSlice(x: Atom, starts: readonly Atom[], sizes: readonly number[]): Atom { return this.bind1('dynamic_slice', [x, ...starts], { slice_sizes: [...sizes] }); }
  dynamicUpdateSlice(x: Atom, update: Atom, starts: readonly Atom[]): Atom { return this.bind1('dynamic_update_slice', [x, update, ...starts], {}); }
  gather(x: Atom, idx: Atom, dn: GatherDimensionNumbers, sliceSizes: readonly number[], mode: Params['gather']['mode'], fill: number | null = null): Atom {
    return this.bind1('gather', [x, idx], { dimension_numbers: dn, slice_sizes: [...sliceSizes], mode, fill_value: fill });
  }
  scatterAdd(x: Atom, idx: Atom, upd: Atom, dn: ScatterDimensionNumbers, mode: Params['scatter_add']['mode']): Atom {
    return this.bind1('scatter_add', [x, idx, upd], { dimension_numbers: dn, mode });
  }
  iota(dtype: DType, shape: readonly number[], dimension: number): Atom { return this.bind1('iota', [], { dtype, shape: [...shape], dimension }); }
  cumsum(x: Atom, axis: number, reverse = false): Atom { return this.bind1('cumsum', [x], { axis, reverse }); }
  sort(xs: readonly Atom[], dimension: number, numKeys = 1, isStable = true): Var[] { return this.bind('sort', xs, { dimension, is_stable: isStable, num_keys: numKeys }); }

  /** Sums `x` down to `to`'s shape: the transpose of lax's implicit scalar/size-1 broadcasting (and of numpy's). */
  unbroadcast(x: Atom, to: Aval): Atom {
    const xs = x.aval.shape;
    if (xs.length === to.shape.length && xs.every((d, i) => d === to.shape[i])) return x;
    if (to.shape.length === 0) return this.reduceSum(x, xs.map((_, i) => i));
    const off = xs.length - to.shape.length;
    const lead = Array.from({ length: off }, (_, i) => i);
    const ones = to.shape.map((_, i) => i).filter((i) => to.shape[i] === 1 && xs[i + off] !== 1).map((i) => i + off);
    const summed = this.reduceSum(x, [...lead, ...ones]);
    return this.reshape(summed, to.shape);
  }
}

export type { Pair, ConvDimensionNumbers };
