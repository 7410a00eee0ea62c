// JVP rules of the elementwise primitives, in JAX 0.10.2's exact forms (jax/_src/lax/lax.py, special.py),
// so that transformed jaxprs read like JAX's. Imports only src/ir.
import type { Atom } from '../core.js';
import type { Emitter } from '../emitter.js';
import type { JvpRule } from './jvp-rules-types.js';
import { standardJvp } from './jvp-rules-util.js';
import type { Tangent } from './tangent.js';
import { isZero, zero } from './tangent.js';

const TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);
const SQRT_PI_OVER_TWO = Math.sqrt(Math.PI) / 2;

/** JAX's `_replace_zero`: x with its zeros replaced by ones (keeps log finite in pow's rhs term). */
function replaceZero(b: Emitter, x: Atom): Atom {
  return b.select(b.eq(x, 0), b.ones(x.aval), x);
}

/** JAX's `_balanced_eq(x, z, y)`: 1 where x == z, halved where y == z too (ties of max/min split evenly). */
function balancedEq(b: Emitter, x: Atom, z: Atom, y: Atom): Atom {
  const num = b.select(b.eq(x, z), b.ones(z.aval), b.zeros(z.aval));
  const den = b.select(b.eq(y, z), b.full(z.aval.shape, 2, z.aval.dtype, !!z.aval.weak), b.ones(z.aval));
  return b.div(num, den);
}

export const negJvp = standardJvp('neg', (b, g) => b.neg(g));
export const absJvp = standardJvp('abs', (b, g, _ans, [x]) => b.select(b.ge(x!, 0), g, b.neg(g)));
export const expJvp = standardJvp('exp', (b, g, ans) => b.mul(g, ans));
export const logJvp = standardJvp('log', (b, g, _ans, [x]) => b.div(g, x!));
export const log1pJvp = standardJvp('log1p', (b, g, _ans, [x]) => b.div(g, b.add(x!, 1)));
export const expm1Jvp = standardJvp('expm1', (b, g, ans) => b.mul(g, b.add(ans, 1)));
export const sinJvp = standardJvp('sin', (b, g, _ans, [x]) => b.mul(g, b.cos(x!)));
export const cosJvp = standardJvp('cos', (b, g, _ans, [x]) => b.neg(b.mul(g, b.sin(x!))));
export const tanJvp = standardJvp('tan', (b, g, ans) => b.mul(g, b.add(1, b.square(ans))));
export const tanhJvp = standardJvp('tanh', (b, g, ans) => b.mul(b.add(g, b.mul(g, ans)), b.sub(1, ans)));
export const logisticJvp = standardJvp('logistic', (b, g, ans) => b.mul(g, b.mul(ans, b.sub(1, ans))));
export const sqrtJvp = standardJvp('sqrt', (b, g, ans) => b.mul(g, b.div(0.5, ans)));
export const rsqrtJvp = standardJvp('rsqrt', (b, g, ans, [x]) => b.mul(g, b.mul(-0.5, b.div(ans, x!))));
export const erfJvp = standardJvp('erf', (b, g, _ans, [x]) => b.mul(TWO_OVER_SQRT_PI, b.mul(g, b.exp(b.neg(b.square(x!))))));
export const erfInvJvp = standardJvp('erf_inv', (b, g, ans) => b.mul(SQRT_PI_OVER_TWO, b.mul(g, b.exp(b.square(ans)))));

/** d(x^y) = y·x^(y−1)·dx, with y = 0 a symbolic zero and y = 1 the tangent itself (JAX's _integer_pow_jvp). */
export const integerPowJvp: JvpRule<'integer_pow'> = (b, [x], [g], params) => {
  const ans = b.integerPow(x!, params.y);
  const y = params.y;
  let t: Tangent;
  if (isZero(g!) || y === 0) t = zero(ans.aval);
  else if (y === 1) t = g!;
  else if (y === 2) t = b.mul(g!, b.mul(2, x!));
  else t = b.mul(g!, b.mul(y, b.integerPow(x!, y - 1)));
  return { primalsOut: [ans], tangentsOut: [t] };
};

/** d(x^y) = y·x^(y−1)·dx + log(x)·x^y·dy, log(0) replaced by log(1) (JAX's _pow_jvp_lhs/_pow_jvp_rhs). */
export const powJvp = standardJvp(
  'pow',
  (b, g, _ans, [x, y]) => b.mul(g, b.mul(y!, b.pow(x!, b.sub(y!, b.ones(y!.aval))))),
  (b, g, ans, [x]) => b.mul(g, b.mul(b.log(replaceZero(b, x!)), ans)),
);

/** A lone tangent of a lax-broadcast binary op, broadcast to the output shape (JAX's _maybe_broadcast). */
const spread = (b: Emitter, t: Atom, ans: Atom): Atom => b.broadcastTo(t, ans.aval.shape);

/** d(x+y) = dx + dy, or one of them broadcast to the output when the other is zero (JAX's _add_jvp). */
function sumJvp<P extends 'add' | 'add_any' | 'sub'>(prim: P): JvpRule<P> {
  return (b, [x, y], [tx, ty], params) => {
    const ans = b.bind1(prim, [x!, y!], params);
    let t: Tangent;
    if (isZero(ty!)) t = isZero(tx!) ? zero(ans.aval) : spread(b, tx!, ans);
    else if (isZero(tx!)) t = spread(b, prim === 'sub' ? b.neg(ty!) : ty!, ans);
    else t = b.bind1(prim, [tx!, ty!], params);
    return { primalsOut: [ans], tangentsOut: [t] };
  };
}
export const addJvp = sumJvp('add');
export const addAnyJvp = sumJvp('add_any');
export const subJvp = sumJvp('sub');

export const mulJvp = standardJvp('mul', (b, g, _ans, [, y]) => b.mul(g, y!), (b, g, _ans, [x]) => b.mul(x!, g));
export const divJvp = standardJvp(
  'div',
  (b, g, _ans, [, y]) => b.div(g, y!),
  (b, g, _ans, [x, y]) => b.mul(b.mul(b.neg(g), x!), b.integerPow(y!, -2)),
);

/** d rem(x, y) = dx − dy·trunc(x/y), trunc written as sign·floor∘abs (JAX's rem jvp). */
export const remJvp = standardJvp(
  'rem',
  (b, g, ans) => spread(b, g, ans),
  (b, g, _ans, [x, y]) => b.mul(b.neg(g), b.mul(b.sign(b.div(x!, y!)), b.floor(b.abs(b.div(x!, y!))))),
);

export const maxJvp = standardJvp(
  'max',
  (b, g, ans, [x, y]) => b.mul(g, balancedEq(b, x!, ans, y!)),
  (b, g, ans, [x, y]) => b.mul(g, balancedEq(b, y!, ans, x!)),
);
export const minJvp = standardJvp(
  'min',
  (b, g, ans, [x, y]) => b.mul(g, balancedEq(b, x!, ans, y!)),
  (b, g, ans, [x, y]) => b.mul(g, balancedEq(b, y!, ans, x!)),
);

/** d atan2(x, y) = (y·dx − x·dy) / (x² + y²). */
export const atan2Jvp = standardJvp(
  'atan2',
  (b, g, _ans, [x, y]) => b.mul(g, b.div(y!, b.add(b.square(x!), b.square(y!)))),
  (b, g, _ans, [x, y]) => b.mul(g, b.div(b.neg(x!), b.add(b.square(x!), b.square(y!)))),
);
