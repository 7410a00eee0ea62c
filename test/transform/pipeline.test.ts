// Tests of pipeline text: parsePipeline (values, tuples, errors), formatPipeline round trips, the PASSES
// registry and runPipelinePasses (print-after-each, verify, unknown steps and options).
import { expect } from 'chai';
import { UserError } from '../../src/ir/errors.js';
import { printJaxpr } from '../../src/ir/printer.js';
import { PASSES, formatPipeline, parsePipeline, runPipelinePasses, type PipelineStep } from '../../src/ir/transform/pipeline.js';
import { expectSameMeaning, jaxpr } from './passes-check.js';

/** Asserts a UserError with `code` whose message contains every fragment. */
function userError(f: () => unknown, code: string, ...fragments: string[]): string {
  let err: unknown;
  try { f(); } catch (e) { err = e; }
  expect(err, 'should throw').to.be.instanceOf(UserError);
  const e = err as UserError;
  expect(e.code, e.message).to.equal(code);
  expect(e.message.startsWith('pipeline: '), e.message).to.equal(true);
  for (const s of fragments) expect(e.message, e.message).to.contain(s);
  return e.message;
}

describe('parsePipeline', () => {
  it('parses the model pipeline: integers, bare steps', () => {
    expect(parsePipeline('vmap{in_axes=4,out_axes=4,axis_size=5},jacrev,simplify')).to.deep.equal([
      { name: 'vmap', options: { in_axes: 4, out_axes: 4, axis_size: 5 } },
      { name: 'jacrev', options: {} },
      { name: 'simplify', options: {} },
    ]);
  });

  it('parses tuples with null, negative integers, identifiers and whitespace', () => {
    expect(parsePipeline(' vmap { in_axes = (null, null, 4) , out_axes=-1, axis_size=3 } , jacfwd{argnums=(0,)} , grad{argnums=()} , x{mode=fast,k=null} ')).to.deep.equal([
      { name: 'vmap', options: { in_axes: [null, null, 4], out_axes: -1, axis_size: 3 } },
      { name: 'jacfwd', options: { argnums: [0] } },
      { name: 'grad', options: { argnums: [] } },
      { name: 'x', options: { mode: 'fast', k: null } },
    ]);
  });

  it('accepts empty text and empty braces', () => {
    expect(parsePipeline('')).to.deep.equal([]);
    expect(parsePipeline('   ')).to.deep.equal([]);
    expect(parsePipeline('dce{}')).to.deep.equal([{ name: 'dce', options: {} }]);
  });

  it('formatPipeline is its inverse', () => {
    const texts = ['vmap{in_axes=(null,null,4),out_axes=4,axis_size=5},jacrev,simplify', 'jacfwd{argnums=(1,)},cse', 'a{b=c,d=null,e=()}'];
    for (const t of texts) {
      expect(formatPipeline(parsePipeline(t))).to.equal(t);
      expect(parsePipeline(formatPipeline(parsePipeline(t)))).to.deep.equal(parsePipeline(t));
    }
  });

  const BAD: Record<string, readonly [string, ...string[]]> = {
    'vmap{in_axes=}': ['unexpected token', '"}" at column 14', 'a value for in_axes'],
    'vmap{in_axes=4': ['the end of the text', '"," or "}" after the value of in_axes'],
    'vmap{in_axes 4}': ['"4" at column 14', '"=" after the option name in_axes'],
    'vmap{in_axes=4,}': ['"}" at column 16', 'an option name after ","'],
    'simplify,': ['the end of the text', 'a step name'],
    ',simplify': ['"," at column 1', 'a step name'],
    'simplify,,dce': ['"," at column 10'],
    'simplify dce': ['"dce" at column 10', '"," between steps'],
    'vmap{axis_size=2.5}': ['option values must be integers', '"2.5"'],
    'vmap{in_axes=(0,x)}': ['"x" at column 17', 'an integer, null or ")" in the tuple of in_axes'],
    'vmap{in_axes=(0 1)}': ['"1"', '"," or ")" in the tuple of in_axes'],
    'vmap{a=1,a=2}': ['option a of vmap is given twice', 'column 10'],
    'vmap[in_axes=0]': ['unexpected character', '"["', 'column 5'],
    '3vmap': ['"3" at column 1', 'a step name'],
  };
  for (const [text, fragments] of Object.entries(BAD)) {
    it(`rejects ${JSON.stringify(text)} with a pipeline/syntax UserError`, () => {
      const msg = userError(() => parsePipeline(text), 'pipeline/syntax', ...fragments);
      expect(msg).to.contain(JSON.stringify(text));
    });
  }
});

describe('runPipelinePasses', () => {
  const input = '{ lambda ; a:f32[3]. let b:f32[3] = jit[jaxpr={ lambda ; c:f32[3]. let d:f32[] = add 1.0:f32[] 1.0:f32[]; e:f32[3] = mul c d in (e,) } name=f] a; f:f32[3] = jit[jaxpr={ lambda ; g:f32[3]. let h:f32[] = add 1.0:f32[] 1.0:f32[]; i:f32[3] = mul g h in (i,) } name=f] a; j:f32[3] = add b f; k:f32[3] = neg j; l:f32[3] = neg k; m:f32[3] = mul l 1.0:f32[] in (m,) }';

  it('registers the five passes under their names', () => {
    expect(Object.keys(PASSES)).to.deep.equal(['inline', 'dce', 'cse', 'fold', 'simplify']);
    for (const [k, p] of Object.entries(PASSES)) expect(p.name).to.equal(k);
  });

  it('runs a text pipeline with print-after-each and verification', () => {
    const j = jaxpr(input);
    const seen: string[] = [];
    const out = runPipelinePasses(j, 'inline,fold,cse,simplify', { verify: true, onAfter: (name) => seen.push(name) });
    expect(seen).to.deep.equal(['inline', 'fold', 'cse', 'simplify']);
    expect(printJaxpr(out)).to.equal('{ lambda ; a:f32[3]. let\n    b:f32[3] = mul a 2.0:f32[]\n    c:f32[3] = add b b\n  in (c,) }');
    expectSameMeaning(j, out);
  });

  it('accepts parsed steps, and an empty pipeline returns the input', () => {
    const j = jaxpr(input);
    const steps: PipelineStep[] = [{ name: 'cse', options: {} }];
    expect(printJaxpr(runPipelinePasses(j, steps))).to.contain('add b b');
    expect(runPipelinePasses(j, '')).to.equal(j);
  });

  it('rejects an unknown step, naming the known ones', () => {
    const j = jaxpr(input);
    userError(() => runPipelinePasses(j, 'inline,vmap{axis_size=2}'), 'pipeline/unknown-step', 'unknown step vmap', 'one of inline, dce, cse, fold, simplify');
    userError(() => runPipelinePasses(j, 'toString'), 'pipeline/unknown-step', 'toString');
  });

  it('rejects options given to a pass', () => {
    userError(() => runPipelinePasses(jaxpr(input), 'simplify{level=2}'), 'pipeline/unknown-option', 'simplify takes no options', 'level');
  });
});
