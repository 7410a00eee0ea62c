// Pipelines written as text ("vmap{in_axes=4,out_axes=4,axis_size=5},jacrev,simplify"): the parser, its
// printer, the registry of passes by name, and runPipelinePasses. Transform steps (vmap, jacrev, ...) are
// parsed here but resolved elsewhere. Imports only src/ir.
//
// Grammar (whitespace allowed between tokens):
//   pipeline ::= "" | step ("," step)*
//   step     ::= ident ("{" (option ("," option)*)? "}")?
//   option   ::= ident "=" value
//   value    ::= int | "null" | ident | "(" ((int | "null") ("," (int | "null"))* ","?)? ")"
//   ident    ::= [A-Za-z_][A-Za-z0-9_]*          int ::= "-"? [0-9]+
import type { Jaxpr } from '../core.js';
import { UserError } from '../errors.js';
import { csePass } from './cse.js';
import { dcePass } from './dce.js';
import { foldPass } from './fold.js';
import { inlinePass } from './inline.js';
import { runPasses, type Pass, type RunPassesOptions } from './pass.js';
import { simplifyPass } from './simplify.js';

export type OptionValue = string | number | null | (number | null)[];

export interface PipelineStep {
  readonly name: string;
  readonly options: Record<string, OptionValue>;
}

/** The passes a pipeline can name, in DESIGN.md's order. */
export const PASSES: Readonly<Record<string, Pass>> = {
  inline: inlinePass,
  dce: dcePass,
  cse: csePass,
  fold: foldPass,
  simplify: simplifyPass,
};

// ---- lexing -----------------------------------------------------------------------------------

interface Tok {
  readonly kind: 'ident' | 'int' | 'punct' | 'eof';
  readonly text: string;
  /** 0-based offset in the source. */
  readonly at: number;
}

const TOKEN = /\s*(?:([A-Za-z_][A-Za-z0-9_]*)|(-?[0-9]+)|([,{}=()])|(\S))/y;

function syntaxError(src: string, at: number, what: string, got: string, expected: string): never {
  throw new UserError('pipeline/syntax', 'pipeline', what, `${got} at column ${at + 1} of ${JSON.stringify(src)}`, expected);
}

function tokenize(src: string): Tok[] {
  const toks: Tok[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(src); m; m = TOKEN.exec(src)) {
    const at = m.index + m[0].length - (m[1] ?? m[2] ?? m[3] ?? m[4]!).length;
    if (m[4] !== undefined) syntaxError(src, at, 'unexpected character', JSON.stringify(m[4]), 'a name, an integer, null, or one of , { } = ( )');
    const kind = m[1] !== undefined ? 'ident' : m[2] !== undefined ? 'int' : 'punct';
    toks.push({ kind, text: m[1] ?? m[2] ?? m[3]!, at });
    if (kind === 'int' && /^[.eE]/.test(src.slice(TOKEN.lastIndex)))
      syntaxError(src, at, 'option values must be integers', JSON.stringify(src.slice(at).match(/^[-0-9.eE+]+/)![0]), 'an integer such as 4 or -1');
  }
  toks.push({ kind: 'eof', text: '', at: src.length });
  return toks;
}

// ---- parsing ----------------------------------------------------------------------------------

class Parser {
  private i = 0;
  constructor(private readonly src: string, private readonly toks: readonly Tok[]) {}

  peek(): Tok { return this.toks[this.i]!; }
  next(): Tok { const t = this.peek(); if (t.kind !== 'eof') this.i++; return t; }
  isPunct(p: string): boolean { const t = this.peek(); return t.kind === 'punct' && t.text === p; }

  fail(expected: string, what = 'unexpected token'): never {
    const t = this.peek();
    return syntaxError(this.src, t.at, what, t.kind === 'eof' ? 'the end of the text' : JSON.stringify(t.text), expected);
  }

  expectPunct(p: string, expected: string): void {
    if (!this.isPunct(p)) this.fail(expected);
    this.next();
  }

  ident(expected: string): string {
    if (this.peek().kind !== 'ident') this.fail(expected);
    return this.next().text;
  }

  step(): PipelineStep {
    const name = this.ident('a step name (a pass such as simplify, or a transform such as vmap)');
    const options: Record<string, OptionValue> = {};
    if (!this.isPunct('{')) return { name, options };
    this.next();
    while (!this.isPunct('}')) {
      const keyTok = this.peek();
      const key = this.ident(`an option name or "}" to close the options of ${name}`);
      if (Object.hasOwn(options, key)) syntaxError(this.src, keyTok.at, `option ${key} of ${name} is given twice`, JSON.stringify(key), 'each option at most once');
      this.expectPunct('=', `"=" after the option name ${key}`);
      options[key] = this.value(key);
      if (!this.isPunct('}')) this.expectPunct(',', `"," or "}" after the value of ${key}`);
      if (this.isPunct('}') && this.toks[this.i - 1]!.text === ',') this.fail(`an option name after ","`);
    }
    this.next();
    return { name, options };
  }

  value(key: string): OptionValue {
    const t = this.peek();
    if (t.kind === 'int') { this.next(); return Number(t.text); }
    if (t.kind === 'ident') { this.next(); return t.text === 'null' ? null : t.text; }
    if (this.isPunct('(')) return this.tuple(key);
    return this.fail(`a value for ${key}: an integer, null, a name, or a tuple such as (null,0)`);
  }

  tuple(key: string): (number | null)[] {
    this.next();
    const items: (number | null)[] = [];
    while (!this.isPunct(')')) {
      const t = this.peek();
      if (t.kind === 'int') items.push(Number(t.text));
      else if (t.kind === 'ident' && t.text === 'null') items.push(null);
      else this.fail(`an integer, null or ")" in the tuple of ${key}`);
      this.next();
      if (!this.isPunct(')')) this.expectPunct(',', `"," or ")" in the tuple of ${key}`);
    }
    this.next();
    return items;
  }

  pipeline(): PipelineStep[] {
    if (this.peek().kind === 'eof') return [];
    const steps = [this.step()];
    while (this.isPunct(',')) { this.next(); steps.push(this.step()); }
    if (this.peek().kind !== 'eof') this.fail('"," between steps, or the end of the pipeline');
    return steps;
  }
}

/** Parses pipeline text into steps; malformed text throws a UserError with code 'pipeline/syntax'. */
export function parsePipeline(text: string): PipelineStep[] {
  return new Parser(text, tokenize(text)).pipeline();
}

const valueText = (v: OptionValue): string =>
  Array.isArray(v) ? `(${v.map((x) => String(x)).join(',')}${v.length === 1 ? ',' : ''})` : String(v);

/** The canonical text of steps: `parsePipeline(formatPipeline(s))` deep-equals `s`. */
export function formatPipeline(steps: readonly PipelineStep[]): string {
  return steps.map((s) => {
    const opts = Object.entries(s.options).map(([k, v]) => `${k}=${valueText(v)}`);
    return opts.length ? `${s.name}{${opts.join(',')}}` : s.name;
  }).join(',');
}

// ---- running ----------------------------------------------------------------------------------

export interface RunPipelineOptions extends RunPassesOptions {
  /** The passes the pipeline may name (default PASSES). */
  readonly passes?: Readonly<Record<string, Pass>>;
}

/** The passes named by `steps`; an unknown name is 'pipeline/unknown-step', an option 'pipeline/unknown-option'. */
export function resolvePasses(steps: readonly PipelineStep[], passes: Readonly<Record<string, Pass>> = PASSES): Pass[] {
  const known = Object.keys(passes);
  return steps.map((s) => {
    if (!Object.hasOwn(passes, s.name))
      throw new UserError('pipeline/unknown-step', 'pipeline', `unknown step ${s.name}`, JSON.stringify(s.name), `one of ${known.join(', ')}`);
    const keys = Object.keys(s.options);
    if (keys.length) throw new UserError('pipeline/unknown-option', 'pipeline', `pass ${s.name} takes no options`, `${keys.join(', ')}`, `${s.name} with no {…}`);
    return passes[s.name]!;
  });
}

/** Runs a pipeline of passes (text or parsed steps) over `j`. */
export function runPipelinePasses(j: Jaxpr, pipeline: string | readonly PipelineStep[], opts: RunPipelineOptions = {}): Jaxpr {
  const steps = typeof pipeline === 'string' ? parsePipeline(pipeline) : pipeline;
  return runPasses(j, resolvePasses(steps, opts.passes), opts);
}
