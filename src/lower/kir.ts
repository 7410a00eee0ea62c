// Kernel IR: the loop programs that every backend prints (JS now, WGSL later). A kernel is a nest of
// parallel loops with statements placed at loop levels: reductions into accumulators and stores into
// outputs, over a hash-consed scalar expression DAG whose loads go through index expressions (layout
// ops are index arithmetic, never copies). Imports only src/ir (types). Nothing here is JS- or
// WGSL-specific.
//
//   kernel k3(in0: f32[4096,1024], out0: f32[4096,1024])
//     for i0 in 0..4096:
//       a0 = max  over r0 in 0..1024: load(in0, i0*1024 + r0)
//       a1 = sum  over r0 in 0..1024: exp(load(in0, i0*1024 + r0) - a0)
//       for r0 in 0..1024: out0[i0*1024 + r0] = exp(load(in0, i0*1024 + r0) - a0) / a1
import type { DType } from '../ir/dtype.js';
import type { Prim } from '../ir/primitives.js';

/** Scalar types inside kernels (bool values are 0/1; float0 never reaches a kernel). */
export type KType = Exclude<DType, 'float0'>;

export const UNARY_FNS = ['neg', 'abs', 'sign', 'exp', 'log', 'log1p', 'expm1', 'sin', 'cos', 'tan', 'tanh', 'logistic', 'sqrt', 'rsqrt', 'floor', 'ceil', 'round_away', 'round_even', 'erf', 'erf_inv', 'is_finite', 'not'] as const;
export type UnaryFn = (typeof UNARY_FNS)[number];
export const BINARY_FNS = ['add', 'sub', 'mul', 'div', 'rem', 'pow', 'max', 'min', 'atan2', 'eq', 'ne', 'lt', 'le', 'gt', 'ge', 'and', 'or', 'xor', 'shl', 'shr_logical', 'shr_arith'] as const;
export type BinaryFn = (typeof BINARY_FNS)[number];
/**
 * 'dot' (added by engineer A, additive) is a sum of products as dot_general/conv evaluate it: its value
 * must be a `binary mul`, and for f32 the (exact, double) product is accumulated WITHOUT rounding it to
 * f32 first (src/ir/eval-contract.ts does `acc += a*b`); for ints/bool it equals 'sum' of the mul.
 * Floats accumulate in double and round to f32 once at the end (as src/ir/eval-reduce.ts).
 */
export type ReduceOp = 'sum' | 'max' | 'min' | 'prod' | 'dot';

/**
 * A node of the scalar expression DAG. Nodes are interned (see kir-build.ts): two structurally equal
 * nodes are the same object with the same `id`, so equality is `===` and CSE is free.
 *  - `index`: a loop variable (an i32), named by the loop that binds it.
 *  - `acc`: the result of the reduce statement `stmt` of the same kernel.
 *  - `load`: element `index` (a flat i32 offset) of kernel input `input`.
 */
export type Expr =
  | { readonly op: 'const'; readonly id: number; readonly type: KType; readonly value: number }
  | { readonly op: 'index'; readonly id: number; readonly type: 'i32'; readonly loop: string }
  | { readonly op: 'acc'; readonly id: number; readonly type: KType; readonly stmt: number }
  | { readonly op: 'load'; readonly id: number; readonly type: KType; readonly input: number; readonly index: Expr }
  | { readonly op: 'unary'; readonly id: number; readonly type: KType; readonly fn: UnaryFn; readonly x: Expr }
  | { readonly op: 'binary'; readonly id: number; readonly type: KType; readonly fn: BinaryFn; readonly x: Expr; readonly y: Expr }
  | { readonly op: 'select'; readonly id: number; readonly type: KType; readonly cond: Expr; readonly t: Expr; readonly f: Expr }
  | { readonly op: 'cast'; readonly id: number; readonly type: KType; readonly x: Expr }
  | { readonly op: 'bitcast'; readonly id: number; readonly type: KType; readonly x: Expr };

/**
 * A loop: `for name in 0..extent`. Names must be unique among the loops in scope (the kernel's loops and
 * the statement's inner loops); inner loops of different statements may reuse names (r0 above).
 * Conventions (engineer A): kernel loops i0, i1, ...; statement inner loops r0, r1, .... All index
 * expressions (load/store) are flat row-major element offsets, i32.
 */
export interface Loop {
  readonly name: string;
  readonly extent: number;
}

/**
 * A statement at `level` (the number of the kernel's parallel loops enclosing it: 0 = outside all,
 * `loops.length` = innermost). `inner` loops are its own (the reduction loops of a reduce, the
 * remaining dims of a store). Statements run in order at each level before deeper levels.
 */
export type Stmt =
  | { readonly kind: 'reduce'; readonly id: number; readonly level: number; readonly inner: readonly Loop[]; readonly op: ReduceOp; readonly type: KType; readonly value: Expr }
  | { readonly kind: 'store'; readonly level: number; readonly inner: readonly Loop[]; readonly output: number; readonly index: Expr; readonly value: Expr };

export interface KernelBuffer {
  readonly dtype: KType;
  readonly shape: readonly number[];
}

export interface Kernel {
  /** Optional discriminant against HostStep (additive; absent means 'loop'). */
  readonly kind?: 'loop';
  readonly name: string;
  readonly inputs: readonly KernelBuffer[];
  readonly outputs: readonly KernelBuffer[];
  /** Parallel loops, outermost first: on a GPU these become the grid. */
  readonly loops: readonly Loop[];
  readonly stmts: readonly Stmt[];
}

/**
 * A step the backend runs on the host with the reference evaluation rules of src/ir/eval.ts (sort,
 * cumsum, scatter, random bits, ...): `inputs`/`outputs` describe the buffers it reads and writes;
 * `prim`/`params` are the jaxpr equation's (params typed by `Params[prim]`, kept `unknown` here so the
 * IR stays free of primitive-specific types; narrow on `prim` where they are used).
 * Added by engineer A (additive): `Kernel.kind` is optional ('loop' when set), so `step.kind === 'host'`
 * discriminates `Kernel | HostStep`; use `isHostStep` below.
 */
export interface HostStep {
  readonly kind: 'host';
  readonly name: string;
  readonly prim: Prim;
  readonly params: unknown;
  readonly inputs: readonly KernelBuffer[];
  readonly outputs: readonly KernelBuffer[];
}

export type Step = Kernel | HostStep;

export function isHostStep(s: Step): s is HostStep {
  return s.kind === 'host';
}
