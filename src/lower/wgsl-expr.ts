// WGSL text of Kernel IR scalar expressions: constants, typed operators with JAX semantics (helpers in
// wgsl-prelude.ts), bool as WGSL `bool` in registers and u32 in buffers. Only generated identifiers and
// numbers reach the text. Imports only kir.ts/src/ir.
import { InternalError } from '../ir/errors.js';
import type { BinaryFn, Expr, KType, UnaryFn } from './kir.js';

export const WGSL_TYPE: { readonly [T in KType]: string } = { f32: 'f32', i32: 'i32', u32: 'u32', bool: 'bool' };
/** Element type of a storage buffer holding values of a KType (bool is stored as u32). */
export const STORAGE_TYPE: { readonly [T in KType]: string } = { f32: 'f32', i32: 'i32', u32: 'u32', bool: 'u32' };

const hex = (u: number): string => `0x${(u >>> 0).toString(16)}u`;
const F32B = new Float32Array(1);
const U32B = new Uint32Array(F32B.buffer);

/** A WGSL literal (or runtime expression, for non-finite floats) of `value` as `type`. */
export function constText(value: number, type: KType, helpers: Set<string>): string {
  switch (type) {
    case 'bool': return value !== 0 ? 'true' : 'false';
    case 'u32': return `${value >>> 0}u`;
    case 'i32': {
      const v = value | 0;
      return v === -2147483648 ? 'bitcast<i32>(0x80000000u)' : v < 0 ? `(${v}i)` : `${v}i`;
    }
    case 'f32': {
      const v = Math.fround(value);
      if (Number.isNaN(v) || !Number.isFinite(v)) {
        helpers.add('kx_special');
        return Number.isNaN(v) ? 'kx_nan()' : v > 0 ? 'kx_pinf()' : 'kx_ninf()';
      }
      if (Object.is(v, -0)) return 'bitcast<f32>(0x80000000u)';
      if (v !== 0 && Math.abs(v) < 1.1754943508222875e-38) {
        F32B[0] = v;
        return `bitcast<f32>(${hex(U32B[0]!)})`;
      }
      let s = String(v);
      if (!/[.e]/.test(s)) s += '.0';
      return v < 0 ? `(${s}f)` : `${s}f`;
    }
  }
}

/** The WGSL expression of a unary function of `x` (text of type `t`). */
export function unaryText(fn: UnaryFn, t: KType, x: string, h: Set<string>): string {
  const use = (name: string, call = `${name}(${x})`): string => { h.add(name); return call; };
  if (t === 'bool') {
    if (fn === 'not') return `!(${x})`;
    if (fn === 'abs' || fn === 'sign' || fn === 'neg') return x;
    throw new InternalError(`wgsl: unary ${fn} on bool`);
  }
  if (t !== 'f32') {
    switch (fn) {
      case 'neg': return t === 'i32' ? `(0i - ${x})` : `(0u - ${x})`;
      case 'abs': return t === 'i32' ? `abs(${x})` : x;
      case 'sign': return t === 'i32' ? `sign(${x})` : `select(0u, 1u, ${x} != 0u)`;
      case 'not': return `(~${x})`;
      default: throw new InternalError(`wgsl: unary ${fn} on ${t}`);
    }
  }
  switch (fn) {
    case 'neg': return `(-${x})`;
    case 'abs': return `abs(${x})`;
    case 'sign': return use('kx_signf');
    case 'exp': return `exp(${x})`;
    case 'log': return `log(${x})`;
    case 'log1p': return use('kx_log1p');
    case 'expm1': return use('kx_expm1');
    case 'sin': return `sin(${x})`;
    case 'cos': return `cos(${x})`;
    case 'tan': return `tan(${x})`;
    case 'tanh': return use('kx_tanh');
    case 'logistic': return use('kx_logistic');
    case 'sqrt': return `sqrt(${x})`;
    case 'rsqrt': return `(1.0 / sqrt(${x}))`;
    case 'floor': return `floor(${x})`;
    case 'ceil': return `ceil(${x})`;
    case 'round_away': return use('kx_round_away');
    case 'round_even': return `round(${x})`;
    case 'erf': return use('kx_erf');
    case 'erf_inv': return use('kx_erf_inv');
    case 'is_finite': return use('kx_isfinite');
    case 'not': throw new InternalError('wgsl: not on f32');
  }
}

const CMP: Partial<Record<BinaryFn, string>> = { eq: '==', ne: '!=', lt: '<', le: '<=', gt: '>', ge: '>=' };

/** The WGSL expression of `x fn y` for operands of type `t`; `yConst` is y's value when constant. */
export function binaryText(fn: BinaryFn, t: KType, x: string, y: string, h: Set<string>, yConst?: number): string {
  const call = (name: string): string => { h.add(name); return `${name}(${x}, ${y})`; };
  const cmp = CMP[fn];
  if (t === 'bool') return boolBinary(fn, x, y, cmp);
  // NaN != y is true (IEEE, JAX); SwiftShader compiles f32 `!=` as an ordered compare (false for NaN),
  // while its `==` is right (false for NaN): so != is printed as the negation of ==.
  if (fn === 'ne' && t === 'f32') return `(!(${x} == ${y}))`;
  if (cmp) return `(${x} ${cmp} ${y})`;
  switch (fn) {
    case 'add': return `(${x} + ${y})`;
    case 'sub': return `(${x} - ${y})`;
    case 'mul': return `(${x} * ${y})`;
    case 'div':
      if (t === 'f32') return `(${x} / ${y})`;
      if (yConst !== undefined && yConst > 0) return `(${x} / ${y})`;
      return call(t === 'i32' ? 'kx_divi' : 'kx_divu');
    case 'rem':
      if (t === 'f32') return `(${x} % ${y})`;
      if (yConst !== undefined && yConst > 0) return `(${x} % ${y})`;
      return call(t === 'i32' ? 'kx_remi' : 'kx_remu');
    case 'pow': return call(t === 'f32' ? 'kx_powf' : t === 'i32' ? 'kx_powi' : 'kx_powu');
    case 'max': return t === 'f32' ? call('kx_maxf') : `max(${x}, ${y})`;
    case 'min': return t === 'f32' ? call('kx_minf') : `min(${x}, ${y})`;
    case 'atan2': return `atan2(${x}, ${y})`;
    case 'and': return `(${x} & ${y})`;
    case 'or': return `(${x} | ${y})`;
    case 'xor': return `(${x} ^ ${y})`;
    default: return shiftText(fn, t, x, y, yConst);
  }
}

function boolBinary(fn: BinaryFn, x: string, y: string, cmp: string | undefined): string {
  if (fn === 'eq' || fn === 'ne') return `(${x} ${cmp} ${y})`;
  if (cmp) return `(select(0u, 1u, ${x}) ${cmp} select(0u, 1u, ${y}))`;
  switch (fn) {
    case 'add': case 'or': case 'max': return `(${x} | ${y})`;
    case 'mul': case 'and': case 'min': return `(${x} & ${y})`;
    case 'xor': case 'sub': return `(${x} != ${y})`;
    default: throw new InternalError(`wgsl: binary ${fn} on bool`);
  }
}

/**
 * Shifts read the amount as unsigned; ≥ 32 shifts everything out (arithmetic: fills with the sign). A
 * constant amount in [0, 32) (Threefry's rotations) is the plain WGSL shift.
 */
function shiftText(fn: BinaryFn, t: KType, x: string, y: string, yConst?: number): string {
  if (yConst !== undefined && Number.isInteger(yConst) && yConst >= 0 && yConst < 32) {
    const c = `${yConst}u`;
    if (fn === 'shl') return `(${x} << ${c})`;
    if (fn === 'shr_logical') return t === 'i32' ? `bitcast<i32>(bitcast<u32>(${x}) >> ${c})` : `(${x} >> ${c})`;
    if (fn === 'shr_arith') return t === 'i32' ? `(${x} >> ${c})` : `bitcast<u32>(bitcast<i32>(${x}) >> ${c})`;
  }
  const amt = t === 'i32' ? `bitcast<u32>(${y})` : y;
  const out = `(${amt} >= 32u)`;
  switch (fn) {
    case 'shl': return `select(${x} << (${amt} & 31u), ${t === 'i32' ? '0i' : '0u'}, ${out})`;
    case 'shr_logical':
      return t === 'i32'
        ? `select(bitcast<i32>(bitcast<u32>(${x}) >> (${amt} & 31u)), 0i, ${out})`
        : `select(${x} >> (${amt} & 31u), 0u, ${out})`;
    case 'shr_arith':
      return t === 'i32'
        ? `(${x} >> min(${amt}, 31u))`
        : `bitcast<u32>(bitcast<i32>(${x}) >> min(${amt}, 31u))`;
    default: throw new InternalError(`wgsl: binary ${fn} on ${t}`);
  }
}

/** convert_element_type semantics: float → int truncates and saturates (NaN → 0), → bool is x != 0. */
export function castText(from: KType, to: KType, x: string, h: Set<string>): string {
  if (from === to) return x;
  if (to === 'bool') return from === 'f32' ? `((bitcast<u32>(${x}) & 0x7fffffffu) != 0u)` : `(${x} != 0${from === 'i32' ? 'i' : 'u'})`;
  if (from === 'bool') return `select(${constText(0, to, h)}, ${constText(1, to, h)}, ${x})`;
  if (from === 'f32') { h.add(to === 'i32' ? 'kx_f2i' : 'kx_f2u'); return `${to === 'i32' ? 'kx_f2i' : 'kx_f2u'}(${x})`; }
  if (to === 'f32') return `f32(${x})`;
  return `bitcast<${WGSL_TYPE[to]}>(${x})`;
}

/** The value of `e` read as a WGSL expression of its type, given its operands' texts. */
export function nodeText(e: Expr, kids: readonly string[], h: Set<string>): string {
  switch (e.op) {
    case 'unary': return unaryText(e.fn, e.x.type, kids[0]!, h);
    case 'binary': return binaryText(e.fn, e.x.type, kids[0]!, kids[1]!, h, e.y.op === 'const' ? e.y.value : undefined);
    case 'select': return `select(${kids[2]}, ${kids[1]}, ${kids[0]})`;
    case 'cast': return castText(e.x.type, e.type, kids[0]!, h);
    case 'bitcast': return `bitcast<${WGSL_TYPE[e.type]}>(${kids[0]})`;
    default: throw new InternalError(`wgsl: nodeText of ${e.op}`);
  }
}
