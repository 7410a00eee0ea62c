// Trace goldens: the jaxpr of small programs, one file each, covering every primitive.
import { expect } from 'chai';
import { PRIMS } from '../../src/ir/primitives.js';
import type { Jaxpr } from '../../src/ir/core.js';
import { goldenCases } from '../helpers/golden.js';
import { TRACE_CASES as cases } from './trace-programs.js';

/** Every primitive name in a jaxpr, through nested jaxprs. */
function primsOf(j: Jaxpr, into: Set<string>): Set<string> {
  for (const e of j.eqns) {
    into.add(e.prim);
    if (e.prim === 'jit') primsOf(e.params.jaxpr, into);
  }
  return into;
}

describe('trace goldens', () => {
  goldenCases('trace', Object.fromEntries(Object.entries(cases).map(([k, f]) => [k, () => String(f())])), { producer: 'test/trace/golden-trace.test.ts' });

  it('the trace goldens cover every primitive', () => {
    const seen = new Set<string>();
    for (const make of Object.values(cases)) primsOf(make().jaxpr, seen);
    expect(PRIMS.filter((p) => !seen.has(p))).to.deep.equal([]);
  });
});
