// program(): a traced entry point that the CLI's `dump` finds among a module's exports. Imports nothing of ours.

/** A function with example arguments and declared transforms, for `kernax dump`. */
export interface Program {
  readonly kind: 'kernax.program';
  readonly fn: (...args: never[]) => unknown;
  readonly args: readonly unknown[];
  /** A pipeline of transforms applied after tracing, written as text: 'vmap{in_axes=4,out_axes=4,axis_size=5},jacrev'. */
  readonly transforms: string;
  readonly name: string | undefined;
}

export function program(fn: (...args: never[]) => unknown, args: readonly unknown[], opts: { transforms?: string; name?: string } = {}): Program {
  return { kind: 'kernax.program', fn, args: [...args], transforms: opts.transforms ?? '', name: opts.name };
}

export const isProgram = (x: unknown): x is Program =>
  typeof x === 'object' && x !== null && (x as { kind?: unknown }).kind === 'kernax.program';
