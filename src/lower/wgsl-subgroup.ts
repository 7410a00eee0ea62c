// The subgroup variant of the workgroup reduction (wgsl-reduce.ts workgroupReduce) for adapters with the
// 'subgroups' feature: strided partials, one subgroup reduction per subgroup, ONE barrier to pass the
// per-subgroup results through workgroup memory, and a final subgroup reduction that every subgroup runs
// (so the result is uniform over the workgroup with no second barrier). The subgroup size is read at run
// time (`subgroup_size`), never assumed. Imports kir.ts and wgsl-*.ts only.
import type { KType, ReduceOp } from './kir.js';
import type { DeviceProfile } from './wgsl-profile.js';
import type { Gen, Scope } from './wgsl-scope.js';
import { block, hoist, line } from './wgsl-scope.js';
import type { ReduceStmt } from './wgsl-reduce.js';
import { accType, combineText, initText, innerSet, publish, stepLine, strided } from './wgsl-reduce.js';

/** The directive that must precede every declaration of a shader using subgroup built-ins. */
export const SUBGROUP_ENABLE = 'enable subgroups;';
/** The entry point's extra parameters (after `lid`): the invocation's id in its subgroup, the subgroup size. */
export const SUBGROUP_PARAMS = '@builtin(subgroup_invocation_id) sgi: u32, @builtin(subgroup_size) sgs: u32';

/** Whether workgroup reductions for `p` take the subgroup path: the adapter has 'subgroups'. */
export const useSubgroups = (p: DeviceProfile): boolean => p.features.includes('subgroups');

export type SubgroupFn = 'subgroupAdd' | 'subgroupMul' | 'subgroupMax' | 'subgroupMin';

/**
 * The built-in combining one reduce's accumulators across a subgroup. Every reduce the tree handles has
 * one: bool accumulators are u32 0/1 (any = max, all = min, as in combineText); f32 max/min go through
 * an ordered i32 key (see `orderedKey`) so that they agree with kx_maxf/kx_minf bit for bit.
 */
export function subgroupFn(op: ReduceOp, t: KType): SubgroupFn {
  if (t === 'bool') return op === 'prod' || op === 'min' ? 'subgroupMin' : 'subgroupMax';
  switch (op) {
    case 'sum': case 'dot': return 'subgroupAdd';
    case 'prod': return 'subgroupMul';
    case 'max': return 'subgroupMax';
    case 'min': return 'subgroupMin';
  }
}

/** The key of NaN: above every other key for max, below for min. */
const nanKey = (op: 'max' | 'min'): string => (op === 'max' ? '0x7fffffffi' : 'bitcast<i32>(0x80000000u)');
/**
 * The i32 key of f32 `x` whose integer order is kx_maxf's order: -0 < +0 (max(-0, +0) = +0, min = -0),
 * and NaN above everything for max, below everything for min, so that NaN wins as in the tree. The key of
 * a non-NaN is its bits with the magnitude bits flipped when negative (an involution, see `fromKey`).
 */
const orderedKey = (x: string, op: 'max' | 'min'): string =>
  `select(select(bitcast<i32>(${x}) ^ 0x7fffffffi, bitcast<i32>(${x}), bitcast<i32>(${x}) >= 0i), ${nanKey(op)}, kx_isnan(${x}))`;
/**
 * The f32 of key `k`, the NaN key `nan` giving the canonical quiet NaN 0x7fc00000 (the payload of the
 * input's NaN is not kept: the tree path returns it, so the two agree bit for bit on canonical NaNs).
 */
const fromKey = (k: string, nan: string): string => `bitcast<f32>(select(select(${k} ^ 0x7fffffffi, ${k}, ${k} >= 0i), 0x7fc00000i, ${k} == ${nan}))`;

/** `let out = <subgroup op>(x);` over the active invocations of the subgroup (uniform control flow). */
function subgroupLet(g: Gen, s: Scope, st: ReduceStmt, x: string, out: string): void {
  const fn = subgroupFn(st.op, st.type);
  const at = accType(st.type);
  if (st.type === 'f32' && (st.op === 'max' || st.op === 'min')) {
    g.helpers.add('kx_isnan');
    line(s, `let ${out}k: i32 = ${fn}(${orderedKey(x, st.op)});`);
    line(s, `let ${out}: ${at} = ${fromKey(`${out}k`, nanKey(st.op))};`);
    return;
  }
  line(s, `let ${out}: ${at} = ${fn}(${x});`);
}

/**
 * A reduce shared by the workgroup through subgroups. Workgroup memory `kx_red<id>` (wg slots, as for the
 * tree) holds at slot `lid` the result of lid's subgroup if lid was elected in it, the identity otherwise;
 * after the barrier, lane l of every subgroup combines slots l, l + sgs, l + 2·sgs, ... and a subgroup
 * reduction of those gives the total. This needs each subgroup's active invocations to have ids 0..n-1
 * with n = sgs or n ≥ wg (full subgroups, or one subgroup holding the whole workgroup), which holds for
 * a power-of-two workgroup on the adapters seen; wg is a power of two (reduceWorkgroupSize).
 */
export function subgroupReduce(g: Gen, s: Scope, st: ReduceStmt, wg: number): void {
  const id = g.acc.size;
  const a = `a${id}`;
  const at = accType(st.type);
  const red = `kx_red${id}`;
  const init = initText(st.op, st.type, g.helpers);
  hoist(g, s, st.value, innerSet(st.inner));
  block(s, '', (c) => {
    line(c, `var p: ${at} = ${init};`);
    strided(g, c, st.inner, wg, (cc) => stepLine(g, cc, st, 'p'));
    subgroupLet(g, c, st, 'p', 'sp');
    line(c, `${red}[lid] = select(${init}, sp, subgroupElect());`);
  });
  line(s, 'workgroupBarrier();');
  line(s, `var ${a}q: ${at} = ${init};`);
  block(s, `for (var j: u32 = sgi; j < ${wg}u; j = j + sgs)`, (c) => {
    line(c, `${a}q = ${combineText(st.op, st.type, `${a}q`, `${red}[j]`, g.helpers)};`);
  });
  subgroupLet(g, s, st, `${a}q`, a);
  publish(g, s, st, a);
}
