// Scopes: free every array created inside a function except those it returns. Imports nothing of ours but pytree.
import { flatten } from '../trace/pytree.js';

interface Disposable { dispose(): void }

export class Scope {
  private readonly created = new Set<Disposable>();
  track(x: Disposable): void { this.created.add(x); }
  keep(x: Disposable): void { this.created.delete(x); }
  close(): void {
    for (const x of this.created) x.dispose();
    this.created.clear();
  }
}

const stack: Scope[] = [];

export function currentScope(): Scope | undefined {
  return stack[stack.length - 1];
}

/**
 * Runs `fn`, then disposes every array created during it except those in its result (a pytree).
 * Returned arrays move to the enclosing scope, if any. Like tf.tidy, but nothing is tracked globally
 * outside a scope.
 */
export function scope<T>(fn: () => T): T {
  const s = new Scope();
  stack.push(s);
  let result: T;
  try {
    result = fn();
  } catch (e) {
    stack.pop();
    s.close();
    throw e;
  }
  stack.pop();
  const [leaves] = flatten(result);
  const outer = currentScope();
  for (const l of leaves) {
    if (l && typeof (l as Disposable).dispose === 'function') {
      s.keep(l as Disposable);
      outer?.track(l as Disposable);
    }
  }
  s.close();
  return result;
}
