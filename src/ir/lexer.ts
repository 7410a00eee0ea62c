// Tokens of the jaxpr text format, ParseError, and the shortest-float32 number format. Imports only ./errors.
import { UserError } from './errors.js';

/** A 1-based position in the source text. */
export interface Pos {
  readonly line: number;
  readonly col: number;
}

export type TokenKind = 'name' | 'int' | 'float' | 'str' | 'punct' | 'eof';

/**
 * `name`: identifiers (`a`, `_`, `f32`, `True`, `inf`, `<lambda>`); `int` / `float`: signed numbers
 * (`float` has a `.` or an exponent); `str`: a double-quoted JSON string (names that are not
 * identifiers); `punct`: one of `{ } [ ] ( ) , ; : . =`.
 */
export interface Token {
  readonly kind: TokenKind;
  readonly text: string;
  readonly pos: Pos;
}

/** Malformed jaxpr text. The message names line:column and shows the offending line with a caret. */
export class ParseError extends UserError {
  readonly line: number;
  readonly column: number;
  constructor(source: string, pos: Pos, what: string, got: string, expected: string) {
    super('parse/syntax', 'parse', `${what} at line ${pos.line}, column ${pos.col}`, got, expected);
    this.name = 'ParseError';
    this.line = pos.line;
    this.column = pos.col;
    const text = source.split('\n')[pos.line - 1] ?? '';
    this.message += `\n  ${text}\n  ${' '.repeat(Math.max(0, pos.col - 1))}^`;
  }
}

const PUNCT = new Set(['{', '}', '[', ']', '(', ')', ',', ';', ':', '.', '=']);
const NAME_START = /[A-Za-z_<>]/;
const NAME_CHAR = /[A-Za-z0-9_<>]/;
const NUMBER = /^-?[0-9]+(\.[0-9]*)?([eE][+-]?[0-9]+)?/;

/** Splits `src` into tokens, ending with one `eof` token. Throws ParseError on a stray character. */
export function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  let line = 1;
  let lineStart = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (c === '\n') { i++; line++; lineStart = i; continue; }
    if (c === ' ' || c === '\t' || c === '\r') { i++; continue; }
    const pos = { line, col: i - lineStart + 1 };
    const num = NUMBER.exec(src.slice(i, i + 64));
    if (num) {
      out.push({ kind: num[1] !== undefined || num[2] !== undefined ? 'float' : 'int', text: num[0], pos });
      i += num[0].length;
    } else if (c === '-' && src.startsWith('-inf', i)) {
      out.push({ kind: 'float', text: '-inf', pos });
      i += 4;
    } else if (NAME_START.test(c)) {
      let j = i + 1;
      while (j < src.length && NAME_CHAR.test(src[j]!)) j++;
      out.push({ kind: 'name', text: src.slice(i, j), pos });
      i = j;
    } else if (c === '"') {
      i = lexString(src, i, pos, out);
    } else if (PUNCT.has(c)) {
      out.push({ kind: 'punct', text: c, pos });
      i++;
    } else {
      throw new ParseError(src, pos, 'unexpected character', JSON.stringify(c), 'a name, a number or one of { } [ ] ( ) , ; : . =');
    }
  }
  out.push({ kind: 'eof', text: 'end of input', pos: { line, col: i - lineStart + 1 } });
  return out;
}

function lexString(src: string, i: number, pos: Pos, out: Token[]): number {
  let j = i + 1;
  while (j < src.length && src[j] !== '"' && src[j] !== '\n') j += src[j] === '\\' ? 2 : 1;
  if (src[j] !== '"') throw new ParseError(src, pos, 'unterminated string', src.slice(i, j), 'a closing "');
  try {
    out.push({ kind: 'str', text: JSON.parse(src.slice(i, j + 1)) as string, pos });
  } catch {
    throw new ParseError(src, pos, 'bad string escape', src.slice(i, j + 1), 'a JSON string');
  }
  return j + 1;
}

/** How a token is shown after `got` in an error message. */
export function showToken(t: Token): string {
  if (t.kind === 'eof') return 'end of input';
  if (t.kind === 'str') return JSON.stringify(t.text);
  return `'${t.text}'`;
}

// ---- numbers -----------------------------------------------------------------------------------

/**
 * The shortest decimal that rounds to the same float32, written as Python's repr writes a float:
 * `2.0`, `0.1`, `1e-05`, `1.5e+20`, `-0.0`, `inf`, `-inf`, `nan`. Positional notation for
 * 1e-4 ≤ |x| < 1e16, scientific outside; an integral positional value keeps a `.0`.
 */
export function formatFloat32(value: number): string {
  const x = Math.fround(value);
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  let s = '';
  for (let p = 1; p <= 9; p++) {
    s = Math.abs(x).toExponential(p - 1);
    if (Math.fround(Number(s)) === Math.abs(x)) break;
  }
  const [mant, expText] = s.split('e') as [string, string];
  const digits = mant.replace('.', '');
  const exp = Number(expText);
  return (x < 0 ? '-' : '') + pythonRepr(digits, exp);
}

/** digits `d1d2...dn` and exponent e mean d1.d2...dn × 10^e. */
function pythonRepr(digits: string, exp: number): string {
  if (exp < -4 || exp >= 16) {
    const mant = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return `${mant}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  if (exp < 0) return `0.${'0'.repeat(-exp - 1)}${digits}`;
  if (digits.length <= exp + 1) return `${digits}${'0'.repeat(exp + 1 - digits.length)}.0`;
  return `${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
}
