// The numpy-style methods of arrays and tracers (`x.add(y).mul(2).sum(0)`, `x.T`, `x.reshape([2, 3])`):
// one implementation object installed on both Array.prototype and Tracer.prototype. Imports the np-*.ts
// modules (never np.ts, which imports this file for its side effect).
import type { PublicDType } from '../ir/dtype.js';
import { publicName } from '../ir/dtype.js';
import { Tracer } from '../trace/trace.js';
import { Array } from './array.js';
import type { ArrayLike, Axis, DTypeLike, Value } from './np-core.js';
import * as C from './np-creation.js';
import * as E from './np-elementwise.js';
import * as I from './np-indexing.js';
import * as Lin from './np-linalg.js';
import * as R from './np-reductions.js';
import * as S from './np-shape.js';

type X = ArrayLike;

/** The methods shared by Array and Tracer; each mirrors the np function of the same meaning. */
/** S: the type of results from this value alone; B: results that involve another operand. */
export interface ArrayMethods<S = Value, B = Value> {
  /** The transpose (all axes reversed). */
  readonly T: S;
  add(y: X): B; sub(y: X): B; mul(y: X): B; div(y: X): B; pow(y: X): B;
  mod(y: X): B; floorDiv(y: X): B; maximum(y: X): B; minimum(y: X): B;
  matmul(y: X): B; dot(y: X): B;
  eq(y: X): B; ne(y: X): B; lt(y: X): B; le(y: X): B; gt(y: X): B; ge(y: X): B;
  neg(): S; abs(): S; sign(): S; exp(): S; log(): S; log1p(): S; expm1(): S;
  sin(): S; cos(): S; tan(): S; tanh(): S; sqrt(): S; square(): S;
  floor(): S; ceil(): S; round(): S; not(): S;
  clip(lo?: X | null, hi?: X | null): B;
  sum(axis?: Axis, o?: R.SumOptions): S; prod(axis?: Axis, o?: R.SumOptions): S;
  mean(axis?: Axis, o?: R.ReduceOptions): S; var(axis?: Axis, o?: R.VarOptions): S; std(axis?: Axis, o?: R.VarOptions): S;
  max(axis?: Axis, o?: R.ReduceOptions): S; min(axis?: Axis, o?: R.ReduceOptions): S;
  all(axis?: Axis, o?: R.ReduceOptions): S; any(axis?: Axis, o?: R.ReduceOptions): S;
  argmax(axis?: number | null, o?: R.ReduceOptions): S; argmin(axis?: number | null, o?: R.ReduceOptions): S;
  cumsum(axis?: number | null): S;
  reshape(shape: number | readonly number[]): S; ravel(): S; flatten(): S;
  transpose(axes?: readonly number[] | null): S; swapaxes(a: number, b: number): S;
  squeeze(axis?: Axis): S; expandDims(axis: number | readonly number[]): S;
  flip(axis?: Axis): S; broadcastTo(shape: number | readonly number[]): S;
  astype(dtype: DTypeLike): S;
  take(indices: X, axis?: number | null): B; sort(axis?: number | null): S; argsort(axis?: number | null): S;
}

declare module './array.js' {
  interface Array extends ArrayMethods<Array, Value> {}
}
declare module '../trace/trace.js' {
  interface Tracer extends ArrayMethods<Tracer, Tracer> {
    /** The public dtype name ('float32', ...), as Array's. */
    readonly dtype: PublicDType;
  }
}

type Methods = Omit<ArrayMethods<Value, Value>, 'T'> & ThisType<Value>;

const methods: Methods = {
  add(y) { return E.add(this, y); },
  sub(y) { return E.subtract(this, y); },
  mul(y) { return E.multiply(this, y); },
  div(y) { return E.divide(this, y); },
  pow(y) { return E.power(this, y); },
  mod(y) { return E.remainder(this, y); },
  floorDiv(y) { return E.floorDivide(this, y); },
  maximum(y) { return E.maximum(this, y); },
  minimum(y) { return E.minimum(this, y); },
  matmul(y) { return Lin.matmul(this, y); },
  dot(y) { return Lin.dot(this, y); },
  eq(y) { return E.equal(this, y); },
  ne(y) { return E.notEqual(this, y); },
  lt(y) { return E.less(this, y); },
  le(y) { return E.lessEqual(this, y); },
  gt(y) { return E.greater(this, y); },
  ge(y) { return E.greaterEqual(this, y); },
  neg() { return E.negative(this); },
  abs() { return E.abs(this); },
  sign() { return E.sign(this); },
  exp() { return E.exp(this); },
  log() { return E.log(this); },
  log1p() { return E.log1p(this); },
  expm1() { return E.expm1(this); },
  sin() { return E.sin(this); },
  cos() { return E.cos(this); },
  tan() { return E.tan(this); },
  tanh() { return E.tanh(this); },
  sqrt() { return E.sqrt(this); },
  square() { return E.square(this); },
  floor() { return E.floor(this); },
  ceil() { return E.ceil(this); },
  round() { return E.round(this); },
  not() { return E.logicalNot(this); },
  clip(lo = null, hi = null) { return E.clip(this, lo, hi); },
  sum(axis, o) { return R.sum(this, axis, o); },
  prod(axis, o) { return R.prod(this, axis, o); },
  mean(axis, o) { return R.mean(this, axis, o); },
  var(axis, o) { return R.variance(this, axis, o); },
  std(axis, o) { return R.std(this, axis, o); },
  max(axis, o) { return R.max(this, axis, o); },
  min(axis, o) { return R.min(this, axis, o); },
  all(axis, o) { return R.all(this, axis, o); },
  any(axis, o) { return R.any(this, axis, o); },
  argmax(axis, o) { return R.argmax(this, axis, o); },
  argmin(axis, o) { return R.argmin(this, axis, o); },
  cumsum(axis) { return R.cumsum(this, axis); },
  reshape(shape) { return S.reshape(this, shape); },
  ravel() { return S.ravel(this); },
  flatten() { return S.ravel(this); },
  transpose(axes) { return S.transpose(this, axes); },
  swapaxes(a, b) { return S.swapaxes(this, a, b); },
  squeeze(axis) { return S.squeeze(this, axis); },
  expandDims(axis) { return S.expandDims(this, axis); },
  flip(axis) { return S.flip(this, axis); },
  broadcastTo(shape) { return S.broadcastTo(this, shape); },
  astype(dtype) { return C.astype(this, dtype); },
  take(indices, axis) { return I.take(this, indices, axis); },
  sort(axis = -1) { return I.sort(this, axis); },
  argsort(axis = -1) { return I.argsort(this, axis); },
};

function install(proto: object): void {
  for (const [name, fn] of Object.entries(methods)) {
    Object.defineProperty(proto, name, { value: fn, writable: true, configurable: true, enumerable: false });
  }
  Object.defineProperty(proto, 'T', {
    get(this: Value) { return S.transpose(this); },
    configurable: true,
    enumerable: false,
  });
}

install(Array.prototype);
install(Tracer.prototype);
if (!Object.getOwnPropertyDescriptor(Tracer.prototype, 'dtype')) {
  Object.defineProperty(Tracer.prototype, 'dtype', {
    get(this: Tracer) { return publicName(this.aval.dtype); },
    configurable: true,
    enumerable: false,
  });
}
