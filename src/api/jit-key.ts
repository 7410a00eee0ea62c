// The jit cache key: pytree structure, avals with weak flags, and static arguments — compared by value
// when numbers, strings, booleans or plain arrays/objects of them, by identity otherwise; arrays and
// tracers cannot be static (a UserError, as JAX's "Non-hashable static arguments"). Imports trace, ir.
import type { Aval } from '../ir/dtype.js';
import { avalStr } from '../ir/dtype.js';
import { UserError } from '../ir/errors.js';
import type { TreeDef } from '../trace/pytree.js';
import { isPlainObject, treeStr } from '../trace/pytree.js';
import { Tracer } from '../trace/trace.js';
import { Array } from './array.js';

const identities = new WeakMap<object, number>();
const symbols = new Map<symbol, number>();
let nextIdentity = 1;

function identityKey(x: object | symbol): string {
  if (typeof x === 'symbol') {
    if (!symbols.has(x)) symbols.set(x, nextIdentity++);
    return `#${symbols.get(x)}`;
  }
  if (!identities.has(x)) identities.set(x, nextIdentity++);
  return `#${identities.get(x)}`;
}

function unhashable(i: number, what: string, got: string): never {
  throw new UserError('jit/unhashable-static', 'jit', `static argument ${i} ${what}`, got, 'a number, string, boolean, null, a plain array/object of them, or an object compared by identity (a function, a class instance)', 'Pass arrays as dynamic arguments (leave them out of staticArgnums)');
}

/** The key of a static argument `x` at position `i`. */
export function staticKey(i: number, x: unknown, seen: Set<object> = new Set()): string {
  if (x === null) return 'null';
  switch (typeof x) {
    case 'undefined': return 'undef';
    case 'number': return `n${Object.is(x, -0) ? '0' : String(x)}`;
    case 'string': return `s${JSON.stringify(x)}`;
    case 'boolean': return x ? 'T' : 'F';
    case 'bigint': return `b${x}`;
    case 'symbol': return identityKey(x);
    case 'function': return identityKey(x);
    default: break;
  }
  const o = x as object;
  if (o instanceof Tracer) unhashable(i, 'is a traced value', `a tracer of ${avalStr(o.aval)}`);
  if (o instanceof Array) unhashable(i, 'is an array', `Array ${o.describe()}`);
  if (ArrayBuffer.isView(o)) unhashable(i, 'is a typed array (mutable data)', o.constructor.name);
  const plainList = globalThis.Array.isArray(o) && Object.getPrototypeOf(o) === globalThis.Array.prototype;
  if (!plainList && !isPlainObject(o)) return identityKey(o);
  if (seen.has(o)) unhashable(i, 'is cyclic', 'an array or object that contains itself');
  seen.add(o);
  const out = plainList
    ? `[${(o as unknown[]).map((c) => staticKey(i, c, seen)).join(',')}]`
    : `{${Object.keys(o).sort().map((k) => `${JSON.stringify(k)}:${staticKey(i, (o as Record<string, unknown>)[k], seen)}`).join(',')}}`;
  seen.delete(o);
  return out;
}

/** The key of one call: structure of the dynamic arguments, their avals (weak flags), the statics. */
export function callKey(inTree: TreeDef, avals: readonly Aval[], staticKeys: readonly string[]): string {
  let av = '';
  for (const a of avals) av += `${a.dtype}[${a.shape.join(',')}]${a.weak ? '~w' : ''};`;
  return `${treeStr(inTree)}|${av}|${staticKeys.join('|')}`;
}

/** Normalises staticArgnums for `nargs` arguments; out of range is a UserError. */
export function staticPositions(staticArgnums: readonly number[], nargs: number): number[] {
  return staticArgnums.map((i) => {
    if (!Number.isInteger(i) || i < -nargs || i >= nargs) {
      throw new UserError('args/static-argnum', 'jit', 'staticArgnums entry is out of range', String(i), `an integer in ${-nargs}..${nargs - 1} for ${nargs} arguments`);
    }
    return i < 0 ? i + nargs : i;
  });
}
