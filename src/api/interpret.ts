// interpret() on Arrays: the public face of the reference interpreter. Imports runtime and the Array class.
import type { ClosedJaxpr } from '../ir/core.js';
import { UserError } from '../ir/errors.js';
import type { Precision } from '../ir/eval-types.js';
import { scalarTensor } from '../ir/eval-types.js';
import { interpret as interpretTensors } from '../runtime/interpreter.js';
import { Array } from './array.js';
import { Scalar } from './bind.js';
import { toOperand } from './convert.js';

/** Runs a closed jaxpr on concrete inputs with the reference interpreter. */
export function interpret(cj: ClosedJaxpr, inputs: readonly unknown[], opts: { precision?: Precision } = {}): Array[] {
  const tensors = inputs.map((x, i) => {
    const o = toOperand('interpret', x, `input ${i}`);
    if (o instanceof Array) return o.tensor('interpret');
    if (o instanceof Scalar) return scalarTensor(o.value, cj.jaxpr.invars[i]?.aval.dtype ?? o.aval.dtype, { precision: 'f32' });
    throw new UserError('interpret/tracer', 'interpret', `input ${i} is a tracer`, 'a traced value', 'concrete arrays');
  });
  return interpretTensors(cj, tensors, opts.precision).map((t) => Array.fromTensor(t));
}
