// Tests of the jaxpr verifier on hand-built jaxprs: valid ones pass, each violation is an InternalError.
import { expect } from 'chai';
import { lit, newVar, type ClosedJaxpr, type Eqn, type Jaxpr, type Var } from '../../src/ir/core.js';
import { aval, type Aval } from '../../src/ir/dtype.js';
import { InternalError } from '../../src/ir/errors.js';
import { formatEqn, verifyClosedJaxpr, verifyJaxpr } from '../../src/ir/verify.js';

const f32 = (...shape: number[]): Aval => aval(shape, 'f32');
const NONE = {} as Record<string, never>;

function sin(x: Var, out = newVar(x.aval)): Eqn {
  return { prim: 'sin', params: NONE, inputs: [x], outputs: [out] };
}

/** Asserts an InternalError whose message contains every fragment; returns the message. */
function broken(f: () => void, ...fragments: string[]): string {
  let err: unknown;
  try {
    f();
  } catch (e) {
    err = e;
  }
  expect(err, 'should throw').to.be.instanceOf(InternalError);
  const msg = (err as Error).message;
  expect(msg.startsWith('bug: '), msg).to.equal(true);
  for (const s of fragments) expect(msg, msg).to.contain(s);
  return msg;
}

/** { lambda ; x:f32[3]. let y = sin x; z = mul y 2.0 in (z,) } */
function valid(): { jaxpr: Jaxpr; x: Var; y: Var; z: Var } {
  const x = newVar(f32(3));
  const y = newVar(f32(3));
  const z = newVar(f32(3));
  const eqns: Eqn[] = [sin(x, y), { prim: 'mul', params: NONE, inputs: [y, lit(2, aval([], 'f32', true))], outputs: [z] }];
  return { jaxpr: { constvars: [], invars: [x], eqns, outvars: [z] }, x, y, z };
}

describe('verifyJaxpr', () => {
  it('accepts a valid jaxpr, with literals and a literal outvar', () => {
    const { jaxpr } = valid();
    expect(() => verifyJaxpr(jaxpr)).not.to.throw();
    expect(() => verifyJaxpr({ ...jaxpr, outvars: [...jaxpr.outvars, lit(1, aval([], 'i32'))] })).not.to.throw();
  });

  it('formats eqns with var ids', () => {
    const x = newVar(f32(3));
    const y = newVar(f32(3));
    expect(formatEqn(sin(x, y))).to.equal(`v${y.id}:f32[3] = sin v${x.id}`);
    const z = newVar(f32());
    expect(formatEqn({ prim: 'reduce_sum', params: { axes: [0] }, inputs: [y], outputs: [z] })).to.equal(`v${z.id}:f32[] = reduce_sum[axes=[0]] v${y.id}`);
  });

  it('rejects a use before its binding', () => {
    const { jaxpr } = valid();
    const msg = broken(() => verifyJaxpr({ ...jaxpr, eqns: [jaxpr.eqns[1]!, jaxpr.eqns[0]!] }, 'after simplify'), 'after simplify', 'used before it is bound', '= mul');
    expect(msg).to.contain('eqn 0');
  });

  it('rejects a free variable', () => {
    const { jaxpr } = valid();
    const stray = newVar(f32(3));
    broken(() => verifyJaxpr({ ...jaxpr, eqns: [...jaxpr.eqns, sin(stray)] }), `v${stray.id} is used before it is bound`, `= sin v${stray.id}`);
  });

  it('rejects double binding: an eqn output, an invar twice, an output rebinding an invar', () => {
    const { jaxpr, y } = valid();
    broken(() => verifyJaxpr({ ...jaxpr, eqns: [...jaxpr.eqns, sin(y, y)] }), `v${y.id} is bound twice`, 'eqn 2');
    const x = newVar(f32(3));
    broken(() => verifyJaxpr({ constvars: [], invars: [x, x], eqns: [], outvars: [x] }), 'invar 1', 'bound twice');
    broken(() => verifyJaxpr({ constvars: [x], invars: [], eqns: [sin(x, x)], outvars: [x] }), 'bound twice');
  });

  it('rejects an output binder whose aval disagrees with abstract eval', () => {
    const x = newVar(f32(3));
    const wrongShape = newVar(f32(4));
    broken(() => verifyJaxpr({ constvars: [], invars: [x], eqns: [sin(x, wrongShape)], outvars: [wrongShape] }), 'bound as f32[4] but abstract eval gives f32[3]', `= sin v${x.id}`);
    const wrongDtype = newVar(aval([3], 'i32'));
    broken(() => verifyJaxpr({ constvars: [], invars: [x], eqns: [sin(x, wrongDtype)], outvars: [wrongDtype] }), 'i32[3]', 'f32[3]');
    const wrongWeak = newVar(aval([3], 'f32', true));
    broken(() => verifyJaxpr({ constvars: [], invars: [x], eqns: [sin(x, wrongWeak)], outvars: [wrongWeak] }), 'f32[3]~w', 'abstract eval gives f32[3]');
    expect(() => verifyJaxpr({ constvars: [], invars: [x], eqns: [sin(x, wrongWeak)], outvars: [wrongWeak] }, 'parsed', { checkWeak: false })).not.to.throw();
  });

  it('rejects the wrong number of outputs and an eqn abstract eval rejects', () => {
    const x = newVar(f32(3));
    const a = newVar(f32(3));
    const b2 = newVar(f32(3));
    broken(() => verifyJaxpr({ constvars: [], invars: [x], eqns: [{ prim: 'sin', params: NONE, inputs: [x], outputs: [a, b2] }], outvars: [a] }), 'binds 2 outputs', 'gives 1');
    const i = newVar(aval([3], 'i32'));
    const o = newVar(aval([3], 'i32'));
    broken(() => verifyJaxpr({ constvars: [], invars: [i], eqns: [sin(i, o)], outvars: [o] }), 'fails abstract eval', 'lax.sin:', `= sin v${i.id}`);
  });

  it('rejects non-scalar and ill-typed literals', () => {
    const x = newVar(f32(3));
    const y = newVar(f32(3));
    const mulBy = (c: ReturnType<typeof lit>): Jaxpr => ({ constvars: [], invars: [x], eqns: [{ prim: 'mul', params: NONE, inputs: [x, c], outputs: [y] }], outvars: [y] });
    broken(() => verifyJaxpr(mulBy(lit(2, f32(3)))), 'not a scalar');
    broken(() => verifyJaxpr({ constvars: [], invars: [], eqns: [], outvars: [lit(0.5, aval([], 'i32'))] }), 'does not fit i32[]');
    broken(() => verifyJaxpr({ constvars: [], invars: [], eqns: [], outvars: [lit(2, aval([], 'bool'))] }), 'does not fit bool[]');
  });

  it('rejects unbound outvars and a use whose aval differs from its binder', () => {
    const { jaxpr } = valid();
    const stray = newVar(f32(3));
    broken(() => verifyJaxpr({ ...jaxpr, outvars: [stray] }), 'outvar 0', 'used before it is bound', 'outvars');
    const x = newVar(f32(3));
    const alias: Var = { kind: 'var', id: x.id, aval: f32(2) };
    broken(() => verifyJaxpr({ constvars: [], invars: [x], eqns: [], outvars: [alias] }), 'used as f32[2] but bound as f32[3]');
  });

  describe('jit', () => {
    function inner(): Jaxpr {
      const a = newVar(f32(3));
      const c = newVar(f32(3));
      return { constvars: [], invars: [a], eqns: [sin(a, c)], outvars: [c] };
    }
    it('accepts a nested jit', () => {
      const x = newVar(f32(3));
      const y = newVar(f32(3));
      const z = newVar(f32(3));
      const nested: Jaxpr = { constvars: [], invars: [x], eqns: [{ prim: 'jit', params: { name: 'inner', jaxpr: inner() }, inputs: [x], outputs: [y] }], outvars: [y] };
      const outer: Jaxpr = { constvars: [], invars: [x], eqns: [{ prim: 'jit', params: { name: 'outer', jaxpr: nested }, inputs: [x], outputs: [z] }], outvars: [z] };
      expect(() => verifyJaxpr(outer)).not.to.throw();
    });
    it('reports a broken sub-jaxpr with its path', () => {
      const sub = inner();
      const bad: Jaxpr = { ...sub, eqns: [...sub.eqns, sin(newVar(f32(3)))] };
      const x = newVar(f32(3));
      const y = newVar(f32(3));
      broken(
        () => verifyJaxpr({ constvars: [], invars: [x], eqns: [{ prim: 'jit', params: { name: 'g', jaxpr: bad }, inputs: [x], outputs: [y] }], outvars: [y] }, 'top'),
        'top > jit[name=g] (eqn 0)',
        'used before it is bound',
      );
    });
    it('rejects a jit whose inputs do not match the invars', () => {
      const x = newVar(f32(4));
      const y = newVar(f32(3));
      broken(() => verifyJaxpr({ constvars: [], invars: [x], eqns: [{ prim: 'jit', params: { name: 'g', jaxpr: inner() }, inputs: [x], outputs: [y] }], outvars: [y] }), 'lax.jit:', 'jit[name=g]');
    });
  });
});

describe('verifyClosedJaxpr', () => {
  const closed = (consts: ClosedJaxpr['consts']): ClosedJaxpr => {
    const c = newVar(f32(2));
    const x = newVar(f32(2));
    const y = newVar(f32(2));
    return { jaxpr: { constvars: [c], invars: [x], eqns: [{ prim: 'add', params: NONE, inputs: [c, x], outputs: [y] }], outvars: [y] }, consts };
  };
  it('accepts consts that match the constvars', () => {
    expect(() => verifyClosedJaxpr(closed([{ shape: [2], dtype: 'f32', data: new Float32Array(2) }]))).not.to.throw();
  });
  it('rejects missing or mismatched consts', () => {
    broken(() => verifyClosedJaxpr(closed([])), '0 consts for 1 constvars');
    broken(() => verifyClosedJaxpr(closed([{ shape: [3], dtype: 'f32', data: new Float32Array(3) }])), 'const 0 is f32[3]', 'f32[2]');
    broken(() => verifyClosedJaxpr(closed([{ shape: [2], dtype: 'i32', data: new Int32Array(2) }])), 'i32[2]');
    broken(() => verifyClosedJaxpr(closed([{ shape: [2], dtype: 'f32', data: new Float32Array(5) }])), 'holds 5 elements');
  });
});
