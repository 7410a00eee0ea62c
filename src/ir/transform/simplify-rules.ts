// The algebraic rewrite rules of the simplify pass, as named data. Imports only src/ir; must not import
// the simplify driver (it imports this file).
//
// Every rule is exact on every input, with one documented exception: `add-zero` turns -0 + 0 into -0
// (IEEE gives +0), as XLA's algebraic simplifier does. Deliberately absent: x·0 → 0 for floats (NaN·0
// and ∞·0 are NaN, -1·0 is -0; JAX does not do it either), 0 - x → -x (0 - 0 is +0, -0 is -0).
//
// Rules are written so that the fixed point does not depend on their order: where two rules can fire
// on one eqn, both lead to the same eqns (an identity rule forwards the LEFT operand when both operands
// are identities, and `scalar-literal-operand` replaces the RIGHTMOST eligible operand). The tests run
// the rule list in several orders and compare.
import type { Atom, Eqn, Literal, Var } from '../core.js';
import { lit } from '../core.js';
import { avalEq, shapeEq, type Aval } from '../dtype.js';

/** What a rule may ask about the jaxpr around the eqn it looks at. */
export interface RuleCtx {
  /** The eqn binding `a`, when `a` is a var bound by an (already simplified) eqn of the same jaxpr. */
  def(a: Atom): Eqn | undefined;
  /** How many times `v` is read, as of the start of the current sweep. */
  uses(v: Var): number;
}

/** Each output of the eqn replaced by an atom of the same aval, or the eqn replaced by one binding the same outputs. */
export type Replacement = { readonly atoms: readonly Atom[] } | { readonly eqn: Eqn };

export interface SimplifyRule {
  readonly name: string;
  /** The rewrite, in maths. */
  readonly doc: string;
  match(eqn: Eqn, ctx: RuleCtx): Replacement | null;
}

// ---- helpers ----------------------------------------------------------------------------------

/** The scalar literal `a` is, or is a broadcast of (the zeros `b.zeros(aval)` emits). */
export function splatLiteral(a: Atom, ctx: RuleCtx): Literal | undefined {
  if (a.kind === 'lit') return a;
  const d = ctx.def(a);
  if (d?.prim === 'broadcast_in_dim' && d.inputs[0]!.kind === 'lit') return d.inputs[0];
  return undefined;
}

const isSplat = (a: Atom, ctx: RuleCtx, value: number): boolean => splatLiteral(a, ctx)?.value === value;

/** Replace the single output of `e` by `x`, when `x` has exactly its aval (weak flag included). */
function forward(e: Eqn, x: Atom | undefined): Replacement | null {
  return x !== undefined && e.outputs.length === 1 && avalEq(x.aval, e.outputs[0]!.aval, true) ? { atoms: [x] } : null;
}

const identityPerm = (p: readonly number[]): boolean => p.every((d, i) => d === i);

/** `x op identity → x`, then `identity op x → x` (left first: see the header). */
function identityOperand(e: Eqn, ctx: RuleCtx, value: number, leftToo: boolean): Replacement | null {
  const [x, y] = e.inputs as [Atom, Atom];
  if (isSplat(y, ctx, value)) { const r = forward(e, x); if (r) return r; }
  return leftToo && isSplat(x, ctx, value) ? forward(e, y) : null;
}

function rule(name: string, doc: string, match: (e: Eqn, ctx: RuleCtx) => Replacement | null): SimplifyRule {
  return { name, doc, match };
}

const isIdentityBroadcast = (e: Extract<Eqn, { prim: 'broadcast_in_dim' }>): boolean =>
  identityPerm(e.params.broadcast_dimensions) && shapeEq(e.params.shape, e.inputs[0]!.aval.shape);

/** The reshape-like ops (element order kept, only the shape changes). */
const reshapeLike = (e: Eqn | undefined): e is Extract<Eqn, { prim: 'reshape' | 'squeeze' }> => e?.prim === 'reshape' || e?.prim === 'squeeze';

/**
 * Binary elementwise primitives: lax lets one operand be a scalar. Not add_any: JAX's add_any takes equal
 * shapes, and its splat zeros are add-zero's business.
 */
const BINARY: ReadonlySet<Eqn['prim']> = new Set<Eqn['prim']>([
  'pow', 'add', 'sub', 'mul', 'div', 'rem', 'max', 'min', 'atan2', 'eq', 'ne', 'lt', 'le', 'gt', 'ge',
  'and', 'or', 'xor', 'shift_left', 'shift_right_logical', 'shift_right_arithmetic',
]);

/** zeros of `a`: a literal for a scalar, else a broadcast of one (binding `out`). */
function zerosOf(a: Aval, out: Var): Replacement {
  const z = lit(0, a.weak ? { shape: [], dtype: a.dtype, weak: true } : { shape: [], dtype: a.dtype });
  if (a.shape.length === 0) return { atoms: [z] };
  return { eqn: { prim: 'broadcast_in_dim', params: { shape: [...a.shape], broadcast_dimensions: [] }, inputs: [z], outputs: [out] } };
}

function reshapeTo(e: Eqn, x: Atom): Replacement {
  const out = e.outputs[0]!;
  return forward(e, x) ?? { eqn: { prim: 'reshape', params: { new_sizes: [...out.aval.shape] }, inputs: [x], outputs: [out] } };
}

// ---- the rules --------------------------------------------------------------------------------

const ARITH: readonly SimplifyRule[] = [
  rule('mul-one', 'x·1 → x, 1·x → x (1 a literal or a broadcast of one)', (e, ctx) =>
    e.prim === 'mul' ? identityOperand(e, ctx, 1, true) : null),
  rule('div-one', 'x/1 → x', (e, ctx) => (e.prim === 'div' ? identityOperand(e, ctx, 1, false) : null)),
  rule('add-zero', 'x+0 → x, 0+x → x, for add and add_any (0 a literal or a broadcast of one; -0+0 gives -0)', (e, ctx) =>
    e.prim === 'add' || e.prim === 'add_any' ? identityOperand(e, ctx, 0, true) : null),
  rule('sub-zero', 'x-0 → x', (e, ctx) => (e.prim === 'sub' ? identityOperand(e, ctx, 0, false) : null)),
  rule('mul-zero-int', 'x·0 → 0 for integer and bool dtypes only (not floats: NaN·0 is NaN)', (e, ctx) => {
    if (e.prim !== 'mul' || e.outputs[0]!.aval.dtype === 'f32') return null;
    const zeros = e.inputs.filter((a) => isSplat(a, ctx, 0)).reverse();
    if (zeros.length === 0) return null;
    return zeros.map((z) => forward(e, z)).find((r) => r !== null) ?? zerosOf(e.outputs[0]!.aval, e.outputs[0]!);
  }),
  rule('neg-neg', '-(-x) → x', (e, ctx) => {
    const d = e.prim === 'neg' ? ctx.def(e.inputs[0]!) : undefined;
    return d?.prim === 'neg' ? forward(e, d.inputs[0]) : null;
  }),
];

const LAYOUT: readonly SimplifyRule[] = [
  rule('transpose-identity', 'transpose(x, id) → x', (e) => (e.prim === 'transpose' && identityPerm(e.params.permutation) ? forward(e, e.inputs[0]) : null)),
  rule('transpose-transpose', 'transpose(transpose(x, p), q) → transpose(x, p∘q), i.e. perm[j] = p[q[j]]; x when that is the identity', (e, ctx) => {
    if (e.prim !== 'transpose') return null;
    const d = ctx.def(e.inputs[0]!);
    if (d?.prim !== 'transpose') return null;
    if (identityPerm(e.params.permutation)) return null; // transpose-identity's case
    const perm = e.params.permutation.map((j) => d.params.permutation[j]!);
    const x = d.inputs[0]!;
    return identityPerm(perm) ? forward(e, x) : { eqn: { prim: 'transpose', params: { permutation: perm }, inputs: [x], outputs: e.outputs } };
  }),
  rule('reshape-noop', 'reshape(x) or squeeze(x) to the shape x has → x', (e) =>
    reshapeLike(e) && shapeEq(e.inputs[0]!.aval.shape, e.outputs[0]!.aval.shape) ? forward(e, e.inputs[0]) : null),
  rule('reshape-chain', 'reshape|squeeze(reshape|squeeze(x)) → reshape(x), or x when the shapes agree', (e, ctx) => {
    if (!reshapeLike(e) || shapeEq(e.inputs[0]!.aval.shape, e.outputs[0]!.aval.shape)) return null; // reshape-noop's case
    const d = ctx.def(e.inputs[0]!);
    return reshapeLike(d) ? reshapeTo(e, d.inputs[0]!) : null;
  }),
  rule('broadcast-identity', 'broadcast_in_dim(x, shape(x), (0..n-1)) → x', (e) =>
    e.prim === 'broadcast_in_dim' && isIdentityBroadcast(e) ? forward(e, e.inputs[0]) : null),
  rule('broadcast-broadcast', 'broadcast_in_dim(broadcast_in_dim(x, _, d1), s, d2) → broadcast_in_dim(x, s, d2∘d1)', (e, ctx) => {
    if (e.prim !== 'broadcast_in_dim' || isIdentityBroadcast(e)) return null; // broadcast-identity's case
    const d = ctx.def(e.inputs[0]!);
    if (d?.prim !== 'broadcast_in_dim') return null;
    const dims = d.params.broadcast_dimensions.map((i) => e.params.broadcast_dimensions[i]!);
    return { eqn: { prim: 'broadcast_in_dim', params: { shape: e.params.shape, broadcast_dimensions: dims }, inputs: d.inputs, outputs: e.outputs } };
  }),
  rule('convert-same', 'convert_element_type(x) to the dtype and weak flag x has → x', (e) =>
    e.prim === 'convert_element_type' && e.params.new_dtype === e.inputs[0]!.aval.dtype && e.params.weak_type === !!e.inputs[0]!.aval.weak
      ? forward(e, e.inputs[0]) : null),
  rule('reduce-no-axes', 'reduce_{sum,max,min,prod}(x, axes=()) → x', (e) =>
    (e.prim === 'reduce_sum' || e.prim === 'reduce_max' || e.prim === 'reduce_min' || e.prim === 'reduce_prod') && e.params.axes.length === 0
      ? forward(e, e.inputs[0]) : null),
  rule('reduce-unit-axes', 'reduce_{sum,max,min,prod}(x, axes) over axes all of size 1 → reshape(x) (one element per output: exact)', (e) =>
    (e.prim === 'reduce_sum' || e.prim === 'reduce_max' || e.prim === 'reduce_min' || e.prim === 'reduce_prod') && e.params.axes.length > 0 &&
    e.params.axes.every((a) => e.inputs[0]!.aval.shape[a] === 1) ? reshapeTo(e, e.inputs[0]!) : null),
  rule('slice-full', 'slice(x, 0, shape(x), strides 1) → x', (e) =>
    e.prim === 'slice' && e.params.start_indices.every((d) => d === 0) && shapeEq(e.params.limit_indices, e.inputs[0]!.aval.shape) &&
    (e.params.strides === null || e.params.strides.every((d) => d === 1)) ? forward(e, e.inputs[0]) : null),
  rule('rev-none', 'rev(x, dimensions=()) → x', (e) => (e.prim === 'rev' && e.params.dimensions.length === 0 ? forward(e, e.inputs[0]) : null)),
];

const SELECT_AND_OPERANDS: readonly SimplifyRule[] = [
  rule('select-same-cases', 'select_n(p, x, …, x) → x', (e) => {
    if (e.prim !== 'select_n') return null;
    const [, c0, ...rest] = e.inputs;
    return rest.every((c) => c === c0 || (c.kind === 'var' && c0!.kind === 'var' && c.id === c0.id)) ? forward(e, c0) : null;
  }),
  rule('select-literal-which', 'select_n(k, x0, …, xn) → xk for a scalar literal k', (e) => {
    if (e.prim !== 'select_n' || e.inputs[0]!.kind !== 'lit') return null;
    return forward(e, e.inputs[1 + e.inputs[0].value]);
  }),
  rule('scalar-literal-operand', 'op(x, broadcast(c)) → op(x, c) for a binary elementwise op when x has the full shape (rightmost such operand)', (e, ctx) => {
    if (!BINARY.has(e.prim)) return null;
    const full = e.outputs[0]!.aval.shape;
    for (let k = e.inputs.length - 1; k >= 0; k--) {
      const a = e.inputs[k]!;
      const c = a.kind === 'var' ? splatLiteral(a, ctx) : undefined;
      const othersFull = e.inputs.every((b, i) => i === k || shapeEq(b.aval.shape, full));
      if (c && othersFull) return { eqn: { ...e, inputs: e.inputs.map((b, i) => (i === k ? c : b)) } };
    }
    return null;
  }),
];

/** Every rule, in a fixed order; the fixed point does not depend on it. */
export const SIMPLIFY_RULES: readonly SimplifyRule[] = [...ARITH, ...LAYOUT, ...SELECT_AND_OPERANDS];
