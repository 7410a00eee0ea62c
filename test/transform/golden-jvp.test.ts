// JVP goldens: the text of jvpJaxpr(jaxpr, nonzero, instantiate=true) for the shared golden programs,
// one file each under test/golden/jvp, each also checked against f64 central finite differences.
import { expect } from 'chai';
import { PRIMS } from '../../src/ir/primitives.js';
import { printJaxpr } from '../../src/ir/printer.js';
import { jvpJaxpr } from '../../src/ir/transform/jvp.js';
import { goldenCases } from '../helpers/golden.js';
import { checkJvp } from './jvp-check.js';
import { PROGRAMS, primsOf, program, traceProgram } from './golden-programs.js';
import type { GoldenProgram } from './golden-programs.js';

interface JvpCase {
  readonly prog: GoldenProgram;
  /** Which inputs get a tangent (default: the float ones). */
  readonly nonzero?: readonly boolean[];
}

const floatMask = (prog: GoldenProgram) => prog.args.map((a) => a.dtype === 'float32');

/** Every program with the default mask, plus a few partial masks (one operand differentiated). */
const CASES: Readonly<Record<string, JvpCase>> = {
  ...Object.fromEntries(PROGRAMS.map((prog) => [prog.name, { prog }])),
  matmul_wrt_lhs: { prog: program('matmul'), nonzero: [true, false] },
  mlp_layer_wrt_w: { prog: program('mlp_layer'), nonzero: [false, true, false] },
  conv_nchw_wrt_rhs: { prog: program('conv_nchw'), nonzero: [false, true] },
  binary_arith_wrt_y: { prog: program('binary_arith'), nonzero: [false, true] },
  int_input_float0: { prog: program('int_input_passthrough'), nonzero: [true, true] },
  dynamic_slice_update_wrt_update: { prog: program('dynamic_slice_update'), nonzero: [false, false, true] },
};

const maskOf = (c: JvpCase) => c.nonzero ?? floatMask(c.prog);

function jvpText(c: JvpCase): string {
  return printJaxpr(jvpJaxpr(traceProgram(c.prog).jaxpr, maskOf(c), true).jaxpr);
}

describe('jvp goldens', () => {
  goldenCases('jvp', Object.fromEntries(Object.entries(CASES).map(([k, c]) => [k, () => jvpText(c)])), { producer: 'test/transform/golden-jvp.test.ts' });

  describe('each jvp golden agrees with f64 central finite differences', () => {
    for (const [name, c] of Object.entries(CASES)) {
      it(name, () => {
        const cj = traceProgram(c.prog);
        const r = checkJvp(cj.jaxpr, c.prog.inputs, { nonzero: maskOf(c), consts: cj.consts });
        expect(r.primalsOut.length).to.equal(cj.jaxpr.outvars.length);
      });
    }
  });

  it('the jvp cases cover every primitive', () => {
    const seen = new Set<string>();
    for (const c of Object.values(CASES)) primsOf(traceProgram(c.prog).jaxpr, seen);
    const missing = PRIMS.filter((q) => !seen.has(q));
    expect(missing, `primitives with no jvp golden: ${missing.join(', ')}`).to.deep.equal([]);
  });

  it('there are at least 25 jvp cases', () => {
    expect(Object.keys(CASES).length).to.be.at.least(25);
  });

  it('a tangent-free integer output gets an instantiated float0 zero', () => {
    const cj = traceProgram(program('threefry_bits'));
    const r = jvpJaxpr(cj.jaxpr, cj.jaxpr.invars.map(() => false), true);
    expect(r.outNonzero).to.deep.equal([true, true, true]);
    expect(r.jaxpr.outvars.slice(3).map((o) => o.aval.dtype)).to.deep.equal(['float0', 'float0', 'float0']);
  });
});
