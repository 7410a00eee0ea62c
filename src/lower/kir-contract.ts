// The contraction shape of a kernel: its innermost level holds one f32 `dot` reduce of a product `x·y`
// followed only by stores without inner loops (matmuls, convolutions). Shared by the JS printer's packed
// path (codegen-js-contract.ts) and the WGSL contraction template (wgsl-contract.ts). Imports kir.ts only.
import type { Expr, Kernel, Stmt } from './kir.js';

export type ContractReduce = Extract<Stmt, { kind: 'reduce' }>;
export type ContractStore = Extract<Stmt, { kind: 'store' }>;

export interface ContractionShape {
  readonly reduce: ContractReduce;
  readonly stores: ContractStore[];
  /** The product's operands. */
  readonly x: Expr;
  readonly y: Expr;
}

/** The innermost level's one dot reduce and its stores, when the kernel has that shape. */
export function contractionShape(k: Kernel): ContractionShape | undefined {
  const n = k.loops.length;
  const [r, ...rest] = k.stmts.filter((s) => s.level === n);
  if (!r || r.kind !== 'reduce' || r.op !== 'dot' || r.type !== 'f32' || r.inner.length === 0) return undefined;
  if (r.value.op !== 'binary' || r.value.fn !== 'mul') return undefined;
  const stores: ContractStore[] = [];
  for (const s of rest) {
    if (s.kind !== 'store' || s.inner.length > 0) return undefined;
    stores.push(s);
  }
  return { reduce: r, stores, x: r.value.x, y: r.value.y };
}
