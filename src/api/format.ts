// numpy-like text of an array (`[[1. 2.] [3. 4.]]`). Imports only src/ir.
import type { Tensor } from '../ir/core.js';
import { formatFloat32 } from '../ir/lexer.js';

function formatElement(v: number, dtype: Tensor['dtype']): string {
  if (dtype === 'bool') return v ? 'True' : 'False';
  if (dtype !== 'f32') return String(v);
  const s = formatFloat32(v);
  // numpy writes integral floats as `1.` and drops the trailing zero.
  return s.endsWith('.0') && !s.includes('e') ? s.slice(0, -1) : s;
}

/** numpy aligns floats on the decimal point: integer parts padded left, fractions right. */
function aligner(texts: readonly string[], float: boolean): (s: string) => string {
  const positional = float && texts.every((s) => s.includes('.') && !s.includes('e'));
  if (!positional) {
    const width = Math.max(0, ...texts.map((s) => s.length));
    return (s) => s.padStart(width);
  }
  const split = (s: string) => [s.slice(0, s.indexOf('.')), s.slice(s.indexOf('.') + 1)] as const;
  const wi = Math.max(...texts.map((s) => split(s)[0].length));
  const wf = Math.max(...texts.map((s) => split(s)[1].length));
  return (s) => {
    const [i, f] = split(s);
    return `${i.padStart(wi)}.${f.padEnd(wf)}`;
  };
}

export function formatArray(t: Tensor): string {
  if (t.dtype === 'float0') return `float0[${t.shape.join(',')}]`;
  const n = t.shape.reduce((a, b) => a * b, 1);
  const texts: string[] = [];
  for (let i = 0; i < n; i++) texts.push(formatElement(t.data[i]!, t.dtype));
  if (t.shape.length === 0) return texts[0]!;
  const pad = aligner(texts, t.dtype === 'f32');
  const build = (dim: number, off: number, count: number, indent: number): string => {
    const len = t.shape[dim]!;
    const inner = len === 0 ? 0 : count / len;
    if (dim === t.shape.length - 1) {
      return `[${globalThis.Array.from({ length: len }, (_, i) => pad(texts[off + i]!)).join(' ')}]`;
    }
    const rows = globalThis.Array.from({ length: len }, (_, i) => build(dim + 1, off + i * inner, inner, indent + 1));
    const sep = '\n'.repeat(t.shape.length - dim - 1) + ' '.repeat(indent + 1);
    return `[${rows.join(sep)}]`;
  };
  return build(0, 0, n, 0);
}
