// The README's quickstart: trace a function, look at its jaxpr, run it eagerly, draw random numbers.
import { makeJaxpr, np, random } from 'kernax';

const f = (x: np.ArrayLike) => np.sum(np.tanh(x).mul(2));
const x = np.array([[0.5, -1.0], [2.0, 0.0]]);
console.log('f(x) =', f(x).toString());
console.log('jaxpr of f:\n' + String(makeJaxpr(f)(x)));
const z = random.normal(random.key(0), [4]);
console.log('random.normal(key(0), [4]) =', z.toString());
