// UserError and InternalError: every error kernax throws on purpose. Imports nothing.

/**
 * Bad input from a user. The message has the form `<api>: <what> — got <x>, expected <y>` and
 * `code` is a stable string such as `'vmap/axis-out-of-range'`.
 */
export class UserError extends Error {
  readonly code: string;
  constructor(code: string, api: string, what: string, got: string, expected: string, hint?: string) {
    super(`${api}: ${what} — got ${got}, expected ${expected}${hint ? `. ${hint}` : ''}`);
    this.name = 'UserError';
    this.code = code;
  }
}

/** A broken invariant inside kernax: always a bug. The message starts with `bug:`. */
export class InternalError extends Error {
  constructor(what: string, context?: string) {
    super(`bug: ${what}${context ? `\n  at: ${context}` : ''}`);
    this.name = 'InternalError';
  }
}

/** Throws an InternalError unless `cond` holds. */
export function check(cond: unknown, what: string | (() => string)): asserts cond {
  if (!cond) throw new InternalError(typeof what === 'string' ? what : what());
}
