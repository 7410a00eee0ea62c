// Convolution and window helpers of lax: dimension-number strings and 'SAME'/'VALID' padding. Imports ir.
import { UserError } from '../ir/errors.js';
import type { ConvDimensionNumbers, Pair } from '../ir/primitives.js';

/** JAX's conv_dimension_numbers: ('NCHW', 'OIHW', 'NCHW') → positions of (N, C, spatial...) etc. */
export function convDimensionNumbers(api: string, rank: number, dn?: readonly [string, string, string] | ConvDimensionNumbers): ConvDimensionNumbers {
  const iota = Array.from({ length: rank }, (_, i) => i);
  if (dn === undefined) return { lhs_spec: iota, rhs_spec: iota, out_spec: iota };
  if (!Array.isArray(dn)) return dn as ConvDimensionNumbers;
  const [lhs, rhs, out] = dn as readonly [string, string, string];
  const spec = (s: string, first: string, second: string, what: string): number[] => {
    if (typeof s !== 'string' || s.length !== rank || !s.includes(first) || !s.includes(second)) {
      throw new UserError('params/conv-dimension-numbers', api, `${what} layout string is invalid`, JSON.stringify(s), `${rank} letters containing '${first}' and '${second}' and one letter per spatial dim`);
    }
    const spatial = [...s].map((c, i) => [c, i] as const).filter(([c]) => c !== first && c !== second);
    return [s.indexOf(first), s.indexOf(second), ...spatial.map(([, i]) => i)];
  };
  // Spatial dims pair up by their order of appearance in the rhs string, as JAX does.
  const l = spec(lhs, 'N', 'C', 'lhs');
  const r = spec(rhs, 'O', 'I', 'rhs');
  const o = spec(out, 'N', 'C', 'out');
  const rhsSpatial = [...rhs].filter((c) => c !== 'O' && c !== 'I');
  const order = (s: string) => rhsSpatial.map((c) => s.indexOf(c));
  const lsp = order(lhs);
  const osp = order(out);
  return { lhs_spec: lsp.every((i) => i >= 0) ? [l[0]!, l[1]!, ...lsp] : l, rhs_spec: r, out_spec: osp.every((i) => i >= 0) ? [o[0]!, o[1]!, ...osp] : o };
}

/** 'VALID' / 'SAME' / 'SAME_LOWER' / explicit pairs → (lo, hi) per spatial dim, as lax.padtype_to_pads. */
export function convPadding(api: string, padding: string | readonly Pair[], inShape: readonly number[], window: readonly number[], strides: readonly number[], lhsDilation: readonly number[], rhsDilation: readonly number[]): Pair[] {
  const n = window.length;
  if (typeof padding !== 'string') {
    if (!Array.isArray(padding) || padding.length !== n || !padding.every((p) => Array.isArray(p) && p.length === 2 && p.every(Number.isInteger))) {
      throw new UserError('params/padding', api, 'padding is invalid', JSON.stringify(padding), `'VALID', 'SAME', or ${n} (lo, hi) integer pairs`);
    }
    return padding.map((p) => [p[0], p[1]] as const);
  }
  const mode = padding.toUpperCase();
  if (mode === 'VALID') return Array.from({ length: n }, () => [0, 0] as const);
  if (mode !== 'SAME' && mode !== 'SAME_LOWER') {
    throw new UserError('params/padding', api, 'unknown padding mode', JSON.stringify(padding), "'VALID', 'SAME', 'SAME_LOWER' or explicit pairs");
  }
  return window.map((w, i) => {
    const inD = ((inShape[i] ?? 1) - 1) * (lhsDilation[i] ?? 1) + 1;
    const wD = (w - 1) * (rhsDilation[i] ?? 1) + 1;
    const s = strides[i] ?? 1;
    const out = Math.ceil(inD / s);
    const total = Math.max(0, (out - 1) * s + wD - inD);
    const lo = mode === 'SAME' ? Math.floor(total / 2) : Math.ceil(total / 2);
    return [lo, total - lo] as const;
  });
}
