// Tests of the optimisation passes (inline, dce, cse, fold, simplify) and runPasses: printed text after
// each pass, `===` when nothing changes, verification, and meaning kept (exact evaluation before/after).
import { expect } from 'chai';
import { jit, lax, makeJaxpr } from '../../src/index.js';
import { lit, newVar, type Jaxpr } from '../../src/ir/core.js';
import { aval } from '../../src/ir/dtype.js';
import { InternalError } from '../../src/ir/errors.js';
import { evalJaxpr } from '../../src/ir/eval.js';
import { F32_CTX, tensorFrom } from '../../src/ir/eval-types.js';
import { printJaxpr } from '../../src/ir/printer.js';
import { gradJaxpr, hessianJaxpr, jacrevJaxpr } from '../../src/ir/transform/autodiff.js';
import { runPipelinePasses } from '../../src/ir/transform/pipeline.js';
import { vmapJaxpr } from '../../src/ir/transform/vmap.js';
import { cseJaxpr } from '../../src/ir/transform/cse.js';
import { dceJaxpr } from '../../src/ir/transform/dce.js';
import { foldJaxpr } from '../../src/ir/transform/fold.js';
import { inlineJaxpr } from '../../src/ir/transform/inline.js';
import { runPasses, type Pass } from '../../src/ir/transform/pass.js';
import { SIMPLIFY_RULES, simplifyJaxpr } from '../../src/ir/transform/simplify.js';
import { verifyJaxpr } from '../../src/ir/verify.js';
import { expectRewrite, expectSameMeaning, jaxpr, rng } from './passes-check.js';

const f32x3 = { shape: [3], dtype: 'float32' } as const;
const lines = (...ls: string[]) => ls.join('\n');

/** A traced jaxpr calling the same jitted sin twice. */
function twoJitCalls(): Jaxpr {
  const g = jit((y: never) => lax.sin(y));
  return makeJaxpr((x: never) => lax.add(g(x), g(x)))(f32x3).jaxpr;
}

describe('pass: inline', () => {
  it('inlines a traced jit called twice, with fresh binders for each call', () => {
    const j = twoJitCalls();
    const out = expectRewrite(inlineJaxpr, j, lines(
      '{ lambda ; a:f32[3]. let',
      '    b:f32[3] = sin a',
      '    c:f32[3] = sin a',
      '    d:f32[3] = add b c',
      '  in (d,) }'));
    const ids = out.eqns.flatMap((e) => e.outputs.map((o) => o.id));
    expect(new Set(ids).size).to.equal(3);
  });

  it('inlines nested jits, and bodies that return an invar or a literal', () => {
    const nested = jaxpr('{ lambda ; a:f32[3]. let b:f32[3] = jit[jaxpr={ lambda ; c:f32[3]. let d:f32[3] = jit[jaxpr={ lambda ; e:f32[3]. let f:f32[3] = sin e in (f,) } name=g] c; g:f32[3] = cos d in (g,) } name=f] a in (b,) }');
    expectRewrite(inlineJaxpr, nested, '{ lambda ; a:f32[3]. let b:f32[3] = sin a; c:f32[3] = cos b in (c,) }');
    const forwarding = jaxpr('{ lambda ; a:f32[3]. let b:f32[3] c:f32[] = jit[jaxpr={ lambda ; d:f32[3]. let  in (d, 2.0:f32[]) } name=f] a; e:f32[3] = mul b c in (e, c) }');
    expectRewrite(inlineJaxpr, forwarding, '{ lambda ; a:f32[3]. let b:f32[3] = mul a 2.0:f32[] in (b, 2.0:f32[]) }');
  });

  it('returns the same object when there is no jit', () => {
    const j = jaxpr('{ lambda ; a:f32[3]. let b:f32[3] = sin a in (b,) }');
    expect(inlineJaxpr(j)).to.equal(j);
  });
});

describe('pass: dce', () => {
  it('drops dead eqns and keeps a multi-output eqn with one output used', () => {
    const j = jaxpr('{ lambda ; a:f32[3] b:f32[3]. let c:f32[3] = sin a; d:f32[3] = cos b; e:f32[3] f:f32[3] = sort[dimension=0 is_stable=True num_keys=1] a b in (f,) }');
    expectRewrite(dceJaxpr, j, lines(
      '{ lambda ; a:f32[3] b:f32[3]. let',
      '    _:f32[3] c:f32[3] = sort[dimension=0 is_stable=True num_keys=1] a b',
      '  in (c,) }'));
  });

  it('keeps the signature even when an invar is unused', () => {
    const j = jaxpr('{ lambda ; a:f32[3] b:f32[3]. let c:f32[3] = sin a; d:f32[3] = cos b in (c,) }');
    expectRewrite(dceJaxpr, j, '{ lambda ; a:f32[3] b:f32[3]. let c:f32[3] = sin a in (c,) }');
  });

  it('prunes a jit body, its unused outputs and the inputs it no longer reads', () => {
    const j = jaxpr('{ lambda ; a:f32[3] b:f32[3]. let c:f32[3] d:f32[3] = jit[jaxpr={ lambda ; e:f32[3] f:f32[3]. let g:f32[3] = sin e; h:f32[3] = cos f; i:f32[3] = exp e in (g, h) } name=f] a b in (c,) }');
    expectRewrite(dceJaxpr, j, lines(
      '{ lambda ; a:f32[3] b:f32[3]. let',
      '    c:f32[3] = jit[',
      '      jaxpr={ lambda ; d:f32[3]. let e:f32[3] = sin d in (e,) }',
      '      name=f',
      '    ] a',
      '  in (c,) }'));
  });

  it('drops a dead jit call entirely', () => {
    const j = jaxpr('{ lambda ; a:f32[3]. let b:f32[3] = jit[jaxpr={ lambda ; c:f32[3]. let d:f32[3] = sin c in (d,) } name=f] a in (a,) }');
    expectRewrite(dceJaxpr, j, '{ lambda ; a:f32[3]. let  in (a,) }');
  });

  it('returns the same object when everything is live (jit bodies included)', () => {
    const j = twoJitCalls();
    expect(dceJaxpr(j)).to.equal(j);
  });
});

describe('pass: cse', () => {
  it('merges equal eqns and what depends on them', () => {
    const j = jaxpr('{ lambda ; a:f32[3]. let b:f32[3] = sin a; c:f32[3] = sin a; d:f32[3] = cos b; e:f32[3] = cos c; f:f32[3] = add d e in (f,) }');
    expectRewrite(cseJaxpr, j, lines(
      '{ lambda ; a:f32[3]. let',
      '    b:f32[3] = sin a',
      '    c:f32[3] = cos b',
      '    d:f32[3] = add c c',
      '  in (d,) }'));
  });

  it('compares literals by value and aval (-0 is not 0), and params structurally', () => {
    const j = jaxpr('{ lambda ; a:f32[3] i:i32[3]. let b:f32[3] = mul a 2.0:f32[]; c:f32[3] = mul a 2.0:f32[]; d:f32[3] = mul a -0.0:f32[]; e:f32[3] = mul a 0.0:f32[]; f:i32[3] = mul i 2:i32[]; g:i32[3] = mul i 2:i32[] in (b, c, d, e, f, g) }');
    expectRewrite(cseJaxpr, j, lines(
      '{ lambda ; a:f32[3] b:i32[3]. let',
      '    c:f32[3] = mul a 2.0:f32[]',
      '    d:f32[3] = mul a -0.0:f32[]',
      '    e:f32[3] = mul a 0.0:f32[]',
      '    f:i32[3] = mul b 2:i32[]',
      '  in (c, c, d, e, f, f) }'));
    const axes = jaxpr('{ lambda ; a:f32[2,2]. let b:f32[2] = reduce_sum[axes=(0,)] a; c:f32[2] = reduce_sum[axes=(1,)] a; d:f32[2] = reduce_sum[axes=(0,)] a in (b, c, d) }');
    expectRewrite(cseJaxpr, axes, lines(
      '{ lambda ; a:f32[2,2]. let',
      '    b:f32[2] = reduce_sum[axes=(0,)] a',
      '    c:f32[2] = reduce_sum[axes=(1,)] a',
      '  in (b, c, b) }'));
  });

  it('merges jit calls whose bodies are equal up to renaming', () => {
    expectRewrite(cseJaxpr, twoJitCalls(), lines(
      '{ lambda ; a:f32[3]. let',
      '    b:f32[3] = jit[',
      '      jaxpr={ lambda ; c:f32[3]. let d:f32[3] = sin c in (d,) }',
      '      name=fn',
      '    ] a',
      '    e:f32[3] = add b b',
      '  in (e,) }'));
  });

  it('does not merge jit calls with different bodies, and recurses into bodies', () => {
    const j = jaxpr('{ lambda ; a:f32[3]. let b:f32[3] = jit[jaxpr={ lambda ; c:f32[3]. let d:f32[3] = sin c; e:f32[3] = sin c; f:f32[3] = add d e in (f,) } name=f] a; g:f32[3] = jit[jaxpr={ lambda ; h:f32[3]. let i:f32[3] = cos h in (i,) } name=f] a in (b, g) }');
    const out = expectRewrite(cseJaxpr, j, lines(
      '{ lambda ; a:f32[3]. let',
      '    b:f32[3] = jit[',
      '      jaxpr={ lambda ; c:f32[3]. let',
      '          d:f32[3] = sin c',
      '          e:f32[3] = add d d',
      '        in (e,) }',
      '      name=f',
      '    ] a',
      '    f:f32[3] = jit[',
      '      jaxpr={ lambda ; g:f32[3]. let h:f32[3] = cos g in (h,) }',
      '      name=f',
      '    ] a',
      '  in (b, f) }'));
    expect(out.eqns[1]).to.equal(j.eqns[1]);
  });

  it('returns the same object when nothing repeats', () => {
    const j = jaxpr('{ lambda ; a:f32[3]. let b:f32[3] = sin a; c:f32[3] = cos a; d:f32[3] = mul b 2.0:f32[]; e:f32[3] = mul b 3.0:f32[] in (c, d, e) }');
    expect(cseJaxpr(j)).to.equal(j);
  });
});

describe('pass: fold', () => {
  it('folds scalar eqns of literals, in chains, to literals of the binders\' avals', () => {
    const j = jaxpr('{ lambda ; a:f32[3]. let b:f32[] = add 2.0:f32[] 3.0:f32[]; c:f32[] = sin b; d:bool[] = lt b 4.0:f32[]; e:f32[3] = broadcast_in_dim[broadcast_dimensions=() shape=(3,)] c; f:f32[3] = mul a e in (f, d) }');
    const out = expectRewrite(foldJaxpr, j, lines(
      '{ lambda ; a:f32[3]. let',
      '    b:f32[3] = broadcast_in_dim[broadcast_dimensions=() shape=(3,)] -0.9589243:f32[]',
      '    c:f32[3] = mul a b',
      '  in (c, False:bool[]) }'));
    const folded = out.eqns[0]!.inputs[0]!;
    expect(folded.kind === 'lit' && folded.value).to.equal(Math.fround(Math.sin(5)));
  });

  it('folds integer, conversion and select eqns exactly as the evaluator does', () => {
    const j = jaxpr('{ lambda ; a:i32[]. let b:i32[] = div -7:i32[] 2:i32[]; c:i32[] = rem -7:i32[] 2:i32[]; d:f32[] = convert_element_type[new_dtype=float32 weak_type=False] b; e:u32[] = shift_right_logical 4294967295:u32[] 28:u32[]; f:i32[] = select_n True:bool[] b c; g:i32[] = integer_pow[y=3] f; h:i32[] = add a g in (d, e, h) }');
    expectRewrite(foldJaxpr, j, '{ lambda ; a:i32[]. let b:i32[] = add a -1:i32[] in (-3.0:f32[], 15:u32[], b) }');
  });

  it('keeps weak flags of folded literals', () => {
    const weak = aval([], 'i32', true);
    const [a, b, c] = [newVar(aval([3], 'i32')), newVar(weak), newVar(aval([3], 'i32'))];
    const j: Jaxpr = {
      constvars: [], invars: [a], outvars: [c, b],
      eqns: [
        { prim: 'add', params: {}, inputs: [lit(2, weak), lit(3, weak)], outputs: [b] },
        { prim: 'mul', params: {}, inputs: [a, b], outputs: [c] },
      ],
    };
    verifyJaxpr(j);
    const out = expectRewrite(foldJaxpr, j, '{ lambda ; a:i32[3]. let b:i32[3] = mul a 5:i32[] in (b, 5:i32[]) }');
    expect(out.outvars[1]).to.deep.equal(lit(5, weak));
    expect(out.eqns[0]!.inputs[1]).to.deep.equal(lit(5, weak));
  });

  it('leaves array-valued eqns and var inputs alone: same object', () => {
    const j = jaxpr('{ lambda ; a:f32[]. let b:f32[3] = broadcast_in_dim[broadcast_dimensions=() shape=(3,)] 2.0:f32[]; c:f32[3] = iota[dimension=0 dtype=float32 shape=(3,)]; d:f32[] = add a 1.0:f32[] in (b, c, d) }');
    expect(foldJaxpr(j)).to.equal(j);
  });

  it('folds inside jit bodies', () => {
    const j = jaxpr('{ lambda ; a:f32[]. let b:f32[] = jit[jaxpr={ lambda ; c:f32[]. let d:f32[] = mul 2.0:f32[] 4.0:f32[]; e:f32[] = add c d in (e,) } name=f] a in (b,) }');
    expectRewrite(foldJaxpr, j, lines(
      '{ lambda ; a:f32[]. let',
      '    b:f32[] = jit[',
      '      jaxpr={ lambda ; c:f32[]. let d:f32[] = add c 8.0:f32[] in (d,) }',
      '      name=f',
      '    ] a',
      '  in (b,) }'));
  });
});

const SPLAT3 = (v: string) => `broadcast_in_dim[broadcast_dimensions=() shape=(3,)] ${v}`;

/** name → [input, expected output of simplify]. */
const SIMPLIFY_CASES: Record<string, readonly [string, string]> = {
  'mul-one': ['{ lambda ; a:f32[3]. let b:f32[3] = mul a 1.0:f32[]; c:f32[3] = mul 1.0:f32[] b in (c,) }', '{ lambda ; a:f32[3]. let  in (a,) }'],
  'mul-broadcast-one': [`{ lambda ; a:f32[3]. let b:f32[3] = ${SPLAT3('1.0:f32[]')}; c:f32[3] = mul b a in (c,) }`, '{ lambda ; a:f32[3]. let  in (a,) }'],
  'mul-one-shape-change': [`{ lambda ; a:f32[]. let b:f32[3] = ${SPLAT3('1.0:f32[]')}; c:f32[3] = mul a b in (c,) }`, lines(
    '{ lambda ; a:f32[]. let',
    `    b:f32[3] = ${SPLAT3('1.0:f32[]')}`,
    '    c:f32[3] = mul a b',
    '  in (c,) }')],
  'div-one': ['{ lambda ; a:f32[3]. let b:f32[3] = div a 1.0:f32[]; c:f32[3] = div 1.0:f32[] b in (c,) }', '{ lambda ; a:f32[3]. let b:f32[3] = div 1.0:f32[] a in (b,) }'],
  'add-zero': [`{ lambda ; a:f32[3] b:i32[3]. let c:f32[3] = ${SPLAT3('0.0:f32[]')}; d:f32[3] = add_any c a; e:f32[3] = add d 0.0:f32[]; f:i32[3] = add 0:i32[] b in (e, f) }`, '{ lambda ; a:f32[3] b:i32[3]. let  in (a, b) }'],
  'sub-zero': ['{ lambda ; a:f32[3]. let b:f32[3] = sub a 0.0:f32[]; c:f32[3] = sub 0.0:f32[] b in (c,) }', '{ lambda ; a:f32[3]. let b:f32[3] = sub 0.0:f32[] a in (b,) }'],
  'mul-zero-float-kept': ['{ lambda ; a:f32[3]. let b:f32[3] = mul a 0.0:f32[] in (b,) }', '{ lambda ; a:f32[3]. let b:f32[3] = mul a 0.0:f32[] in (b,) }'],
  'mul-zero-int': ['{ lambda ; a:i32[3] b:i32[]. let c:i32[3] = mul a 0:i32[]; d:i32[] = mul 0:i32[] b in (c, d) }', lines(
    '{ lambda ; a:i32[3] b:i32[]. let',
    `    c:i32[3] = ${SPLAT3('0:i32[]')}`,
    '  in (c, 0:i32[]) }')],
  'neg-neg': ['{ lambda ; a:f32[3]. let b:f32[3] = neg a; c:f32[3] = neg b; d:f32[3] = neg c in (c, d) }', '{ lambda ; a:f32[3]. let b:f32[3] = neg a in (a, b) }'],
  'transpose': ['{ lambda ; a:f32[2,3,4]. let b:f32[3,4,2] = transpose[permutation=(1, 2, 0)] a; c:f32[4,2,3] = transpose[permutation=(1, 2, 0)] b; d:f32[2,3,4] = transpose[permutation=(1, 2, 0)] c; e:f32[4,2,3] = transpose[permutation=(0, 1, 2)] c in (c, d, e) }', lines(
    '{ lambda ; a:f32[2,3,4]. let',
    '    b:f32[4,2,3] = transpose[permutation=(2, 0, 1)] a',
    '  in (b, a, b) }')],
  'reshape': ['{ lambda ; a:f32[2,3]. let b:f32[6] = reshape[new_sizes=(6,)] a; c:f32[3,2] = reshape[new_sizes=(3, 2)] b; d:f32[3,2] = reshape[new_sizes=(3, 2)] c; e:f32[2,3] = reshape[new_sizes=(2, 3)] b in (d, e) }', '{ lambda ; a:f32[2,3]. let b:f32[3,2] = reshape[new_sizes=(3, 2)] a in (b, a) }'],
  'squeeze-reshape': ['{ lambda ; a:f32[1,6]. let b:f32[6] = squeeze[dimensions=(0,)] a; c:f32[2,3] = reshape[new_sizes=(2, 3)] b; d:f32[1,2,3] = reshape[new_sizes=(1, 2, 3)] c; e:f32[2,3] = squeeze[dimensions=(0,)] d in (e,) }', '{ lambda ; a:f32[1,6]. let b:f32[2,3] = reshape[new_sizes=(2, 3)] a in (b,) }'],
  'broadcast': ['{ lambda ; a:f32[3]. let b:f32[3] = broadcast_in_dim[broadcast_dimensions=(0,) shape=(3,)] a; c:f32[2,3] = broadcast_in_dim[broadcast_dimensions=(1,) shape=(2, 3)] b; d:f32[2,3,5] = broadcast_in_dim[broadcast_dimensions=(0, 1) shape=(2, 3, 5)] c in (d,) }', lines(
    '{ lambda ; a:f32[3]. let',
    '    b:f32[2,3,5] = broadcast_in_dim[broadcast_dimensions=(1,) shape=(2, 3, 5)] a',
    '  in (b,) }')],
  'convert-same': ['{ lambda ; a:f32[3] b:i32[3]. let c:f32[3] = convert_element_type[new_dtype=float32 weak_type=False] a; d:f32[3] = convert_element_type[new_dtype=float32 weak_type=False] b; e:f32[3] = add c d in (e,) }', lines(
    '{ lambda ; a:f32[3] b:i32[3]. let',
    '    c:f32[3] = convert_element_type[new_dtype=float32 weak_type=False] b',
    '    d:f32[3] = add a c',
    '  in (d,) }')],
  'select': ['{ lambda ; a:bool[3] b:f32[3] c:f32[3]. let d:f32[3] = select_n a b b; e:f32[3] = select_n True:bool[] b c; f:f32[3] = select_n 0:i32[] c b; g:f32[3] = select_n a c d in (e, f, g) }', lines(
    '{ lambda ; a:bool[3] b:f32[3] c:f32[3]. let',
    '    d:f32[3] = select_n a c b',
    '  in (c, c, d) }')],
  'scalar-literal-operand': [`{ lambda ; a:f32[3] b:f32[]. let c:f32[3] = ${SPLAT3('2.0:f32[]')}; d:f32[3] = mul a c; e:f32[3] = add c d; f:f32[3] = add b c; g:f32[3] = sub f e in (g,) }`, lines(
    '{ lambda ; a:f32[3] b:f32[]. let',
    `    c:f32[3] = ${SPLAT3('2.0:f32[]')}`,
    '    d:f32[3] = mul a 2.0:f32[]',
    '    e:f32[3] = add 2.0:f32[] d',
    '    f:f32[3] = add b c',
    '    g:f32[3] = sub f e',
    '  in (g,) }')],
  'two-splats': [`{ lambda ; a:f32[3]. let b:f32[3] = ${SPLAT3('1.0:f32[]')}; c:f32[3] = ${SPLAT3('1.0:f32[]')}; d:f32[3] = mul b c; e:f32[3] = mul d a in (e, d) }`, lines(
    '{ lambda ; a:f32[3]. let',
    `    b:f32[3] = ${SPLAT3('1.0:f32[]')}`,
    '  in (a, b) }')],
  'no-op-layout-and-reductions': ['{ lambda ; a:f32[3]. let b:f32[3] = reduce_sum[axes=()] a; c:f32[3] = reduce_max[axes=()] b; d:f32[3] = rev[dimensions=()] c; e:f32[3] = slice[limit_indices=(3,) start_indices=(0,) strides=None] d; f:f32[2] = slice[limit_indices=(3,) start_indices=(1,) strides=None] e in (e, f) }', lines(
    '{ lambda ; a:f32[3]. let',
    '    b:f32[2] = slice[limit_indices=(3,) start_indices=(1,) strides=None] a',
    '  in (a, b) }')],
  'zeros-chain': ['{ lambda ; a:f32[2,3]. let b:f32[3] = broadcast_in_dim[broadcast_dimensions=() shape=(3,)] 0.0:f32[]; c:f32[2,3] = broadcast_in_dim[broadcast_dimensions=(1,) shape=(2, 3)] b; d:f32[2,3] = add_any a c; e:f32[2,3] = mul d 1.0:f32[] in (e,) }', '{ lambda ; a:f32[2,3]. let  in (a,) }'],
  'in-jit-body': [`{ lambda ; a:f32[3]. let b:f32[3] = jit[jaxpr={ lambda ; c:f32[3]. let d:f32[3] = neg c; e:f32[3] = neg d; f:f32[3] = mul e 1.0:f32[] in (f,) } name=f] a; g:f32[3] = sin b in (g,) }`, lines(
    '{ lambda ; a:f32[3]. let',
    '    b:f32[3] = jit[',
    '      jaxpr={ lambda ; c:f32[3]. let  in (c,) }',
    '      name=f',
    '    ] a',
    '    d:f32[3] = sin b',
    '  in (d,) }')],
};

/** `xs` shuffled by a seeded Fisher–Yates. */
function shuffled<T>(xs: readonly T[], seed: number): T[] {
  const r = rng(seed);
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const k = Math.floor(r() * (i + 1));
    [out[i], out[k]] = [out[k]!, out[i]!];
  }
  return out;
}

describe('pass: simplify', () => {
  for (const [name, [input, want]] of Object.entries(SIMPLIFY_CASES)) {
    it(`${name}: rewrites, verifies, keeps meaning, and reaches the same fixed point in any rule order`, () => {
      const j = jaxpr(input);
      expectRewrite((x) => simplifyJaxpr(x), j, want);
      const orders = [[...SIMPLIFY_RULES].reverse(), ...[1, 2, 3, 4, 5].map((s) => shuffled(SIMPLIFY_RULES, s))];
      for (const rules of orders) expect(printJaxpr(simplifyJaxpr(j, rules)), rules.map((r) => r.name).join(',')).to.equal(want);
    });
  }

  it('returns the same object when nothing simplifies (nor is dead)', () => {
    const j = jaxpr(SIMPLIFY_CASES['mul-zero-float-kept']![0]);
    expect(simplifyJaxpr(j)).to.equal(j);
    const traced = twoJitCalls();
    expect(simplifyJaxpr(traced)).to.equal(traced);
  });

  it('add-zero is exact except for the sign of -0 + 0 (as XLA)', () => {
    const j = jaxpr('{ lambda ; a:f32[]. let b:f32[] = add a 0.0:f32[] in (b,) }');
    const out = simplifyJaxpr(j);
    expect(printJaxpr(out)).to.equal('{ lambda ; a:f32[]. let  in (a,) }');
    const minusZero = [tensorFrom([], 'f32', [-0], F32_CTX)];
    expect(Object.is(evalJaxpr(j, [], minusZero, F32_CTX)[0]!.data[0], 0)).to.equal(true);
    expect(Object.is(evalJaxpr(out, [], minusZero, F32_CTX)[0]!.data[0], -0)).to.equal(true);
  });

  it('does not forward an operand whose weak flag differs from the output', () => {
    const traced = makeJaxpr((x: never) => lax.mul(x, 1))({ shape: [], dtype: 'float32' }).jaxpr;
    expect(printJaxpr(simplifyJaxpr(traced))).to.equal('{ lambda ; a:f32[]. let  in (a,) }');
    const weakIn = jaxpr('{ lambda ; a:f32[]. let b:f32[] = mul a 1.0:f32[] in (b,) }');
    const w = { ...weakIn, invars: [{ ...weakIn.invars[0]!, aval: { shape: [], dtype: 'f32', weak: true } as const }] };
    const eqn = { ...weakIn.eqns[0]!, inputs: [w.invars[0]!, weakIn.eqns[0]!.inputs[1]!] } as typeof weakIn.eqns[0];
    const weakJ: Jaxpr = { ...w, eqns: [eqn] };
    verifyJaxpr(weakJ);
    expect(simplifyJaxpr(weakJ)).to.equal(weakJ);
  });

  it('simplifies a traced gradient and keeps its meaning', () => {
    const f = makeJaxpr((x: never) => lax.reduceSum(lax.mul(lax.tanh(x), lax.sin(x)), [0]))(f32x3).jaxpr;
    const g = gradJaxpr(f, [true]);
    const out = simplifyJaxpr(g);
    verifyJaxpr(out);
    expect(out.eqns.length).to.be.lessThan(g.eqns.length);
    expect(printJaxpr(out)).not.to.contain('broadcast_in_dim');
    expectSameMeaning(g, out);
  });

  it('has unique rule names, each with its maths', () => {
    const names = SIMPLIFY_RULES.map((r) => r.name);
    expect(new Set(names).size).to.equal(names.length);
    for (const r of SIMPLIFY_RULES) expect(r.doc).to.contain('→');
  });
});

describe('runPasses', () => {
  const j = () => jaxpr('{ lambda ; a:f32[3]. let b:f32[3] = sin a; c:f32[3] = sin a; d:f32[3] = add b c; e:f32[3] = cos a in (d,) }');

  it('runs passes in order, calling onAfter with each name and result', () => {
    const seen: string[] = [];
    const out = runPasses(j(), [{ name: 'cse', run: cseJaxpr }, { name: 'dce', run: dceJaxpr }], {
      verify: true,
      onAfter: (name, r) => seen.push(`${name}: ${printJaxpr(r)}`),
    });
    expect(seen).to.deep.equal([
      'cse: { lambda ; a:f32[3]. let\n    b:f32[3] = sin a\n    c:f32[3] = add b b\n    _:f32[3] = cos a\n  in (c,) }',
      'dce: { lambda ; a:f32[3]. let b:f32[3] = sin a; c:f32[3] = add b b in (c,) }',
    ]);
    expect(printJaxpr(out)).to.equal('{ lambda ; a:f32[3]. let b:f32[3] = sin a; c:f32[3] = add b b in (c,) }');
  });

  it('returns the input when no pass changes it', () => {
    const x = jaxpr('{ lambda ; a:f32[3]. let b:f32[3] = sin a in (b,) }');
    expect(runPasses(x, [{ name: 'dce', run: dceJaxpr }, { name: 'cse', run: cseJaxpr }], { verify: true })).to.equal(x);
  });

  it('with verify, names the pass that broke the jaxpr', () => {
    const broken: Pass = { name: 'broken', run: (x) => ({ ...x, eqns: x.eqns.slice(1) }) };
    expect(() => runPasses(j(), [broken], { verify: true })).to.throw(InternalError, /after pass broken/);
    expect(() => runPasses(j(), [broken])).not.to.throw();
  });
});

describe('passes on transformed programs', () => {
  const g = jit((y: Parameters<typeof lax.tanh>[0]) => lax.tanh(lax.mul(y, y)));
  const f = makeJaxpr((x: never) => lax.reduceSum(g(lax.transpose(lax.reshape(x, [3, 2]), [1, 0])), [0, 1]))({ shape: [6], dtype: 'float32' }).jaxpr;
  const programs: Record<string, () => Jaxpr> = {
    grad: () => gradJaxpr(f, [true]),
    jacrev: () => jacrevJaxpr(f, [true]),
    hessian: () => hessianJaxpr(f, [true]),
    vmap: () => vmapJaxpr(f, [0], 4, [0]).jaxpr,
  };
  for (const [name, make] of Object.entries(programs)) {
    it(`every pipeline verifies and keeps the meaning of a traced ${name} (with a jit inside)`, () => {
      const j = make();
      for (const pipe of ['simplify', 'cse,fold,dce', 'inline,fold,simplify,cse,simplify']) {
        const out = runPipelinePasses(j, pipe, { verify: true });
        expectSameMeaning(j, out);
        if (pipe.startsWith('inline')) expect(printJaxpr(out)).not.to.contain('jit[');
      }
    });
  }
});
