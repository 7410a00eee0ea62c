// WGSL for scatter_add, a host step of the fusion plan (its writes are data-dependent) that the webgpu
// device runs as two shaders instead of a read-back: a copy of the operand into the output, then one
// invocation per update element that adds it at the offset the indices give (src/ir/eval-index.ts's
// rule: starts clamped ('clip') or the whole window dropped when it does not fit ('fill')) with an
// atomic add — atomicAdd for i32/u32, a compare-exchange loop on the bits for f32 (WGSL has no float
// atomics). Updates that collide are therefore added in an unspecified order, as on JAX's GPU backend
// (the reference adds them in order, in double); without collisions the result is the reference's to
// the bit. Only generated numbers are interpolated. Imports only src/ir and codegen-wgsl's types.
import type { Aval } from '../ir/dtype.js';
import { size } from '../ir/dtype.js';
import { strides } from '../ir/eval-types.js';
import { complement } from '../ir/eval-layout.js';
import type { Params } from '../ir/primitives.js';
import type { WgslKernel } from './codegen-wgsl.js';

const WG = 64;
const ATOMIC = { f32: 'u32', i32: 'i32', u32: 'u32' } as const;

export interface ScatterShaders {
  /** Binds (operand, out): out = operand. */
  readonly copy: WgslKernel;
  /** Binds (indices, updates, out): the atomic adds; null when there are no updates. */
  readonly scatter: WgslKernel | null;
}


/** A 1-D grid of `n` invocations over (x, y) workgroups, x at most `maxX`. */
function grid(n: number, maxX: number): { x: number; y: number; header: string; flat: string } {
  const groups = Math.ceil(n / WG);
  const x = Math.max(1, Math.min(groups, maxX));
  const y = Math.ceil(groups / x);
  return {
    x, y,
    header: `@compute @workgroup_size(${WG})\nfn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32) {`,
    flat: `  let flat: i32 = i32((wid.x + wid.y * ${x}u) * ${WG}u + lid);\n  if (flat >= ${n}i) { return; }`,
  };
}

function kernel(name: string, code: string, inputs: number, n: number, g: { x: number; y: number }): WgslKernel {
  return { name, code, strategy: 'map', workgroupSize: WG, inputs, outputs: 1, dispatch: () => (n === 0 ? [0, 0, 0] : [g.x, g.y, 1]) };
}

/**
 * Whether the webgpu device runs scatter_add(operand, indices, updates) as shaders (f32, i32 and u32
 * operands with i32 indices; otherwise the host rule runs, after a read-back).
 */
function scatterAddOnGpu(p: Params['scatter_add'], op: Aval, idx: Aval, upd: Aval): boolean {
  const ok = (op.dtype === 'f32' || op.dtype === 'i32' || op.dtype === 'u32') && idx.dtype === 'i32' && upd.dtype === op.dtype && size(op.shape) > 0;
  return ok && windowOf(p, op, upd).hi.every((h) => h >= 0);
}

/** The operand dims the update windows span, each window's size per operand dim, and the largest start of each index. */
function windowOf(p: Params['scatter_add'], op: Aval, upd: Aval): { windowDims: number[]; hi: number[] } {
  const dn = p.dimension_numbers;
  const windowDims = complement(op.shape.length, [...dn.inserted_window_dims, ...dn.operand_batching_dims]);
  const sizes = op.shape.map(() => 1);
  windowDims.forEach((d, k) => { sizes[d] = upd.shape[dn.update_window_dims[k]!]!; });
  return { windowDims, hi: dn.scatter_dims_to_operand_dims.map((d) => op.shape[d]! - sizes[d]!) };
}

/**
 * The shaders of scatter_add(operand, indices, updates) on an adapter with `maxX` workgroups per
 * dimension, or null where the host rule runs instead (see scatterAddOnGpu).
 */
export function emitScatterAdd(p: Params['scatter_add'], op: Aval, idx: Aval, upd: Aval, maxX: number): ScatterShaders | null {
  if (!scatterAddOnGpu(p, op, idx, upd)) return null;
  const dtype = op.dtype as keyof typeof ATOMIC;
  const n = size(op.shape);
  const dn = p.dimension_numbers;
  const scatterPos = complement(upd.shape.length, dn.update_window_dims);
  const { windowDims, hi } = windowOf(p, op, upd);

  const cg = grid(n, maxX);
  const copy = kernel('scatter_add_copy', [
    `// kernax: scatter_add's output starts as its operand (${n} elements)`,
    '@group(0) @binding(0) var<storage, read> in0: array<u32>;',
    '@group(0) @binding(1) var<storage, read_write> out0: array<u32>;',
    cg.header, cg.flat, '  out0[flat] = in0[flat];', '}', '',
  ].join('\n'), 1, n, cg);

  const m = size(upd.shape);
  if (m === 0) return { copy, scatter: null };
  const os = strides(op.shape);
  const is = strides(idx.shape);
  const us = strides(upd.shape);
  const sg = grid(m, maxX);
  const body: string[] = [];
  // The update's multi-index, one dim at a time.
  const u = upd.shape.map((e, d) => {
    if (e === 1) return '0i';
    body.push(`  let u${d}: i32 = (flat / ${us[d]}i) % ${e}i;`);
    return `u${d}`;
  });
  const g = scatterPos.map((d) => u[d]!);
  const at = g.map((v, j) => `${v} * ${is[j]}i`).join(' + ') || '0i';
  body.push(`  let at: i32 = ${at};`);
  const terms: string[] = [];
  const conds: string[] = [];
  dn.scatter_dims_to_operand_dims.forEach((d, k) => {
    body.push(`  let s${k}: i32 = in0[at + ${k}i];`);
    if (p.mode === 'clip') terms.push(`clamp(s${k}, 0i, ${hi[k]}i) * ${os[d]}i`);
    else { conds.push(`s${k} < 0i || s${k} > ${hi[k]}i`); terms.push(`s${k} * ${os[d]}i`); }
  });
  dn.operand_batching_dims.forEach((d, i) => terms.push(`${g[dn.scatter_indices_batching_dims[i]!]} * ${os[d]}i`));
  windowDims.forEach((d, k) => terms.push(`${u[dn.update_window_dims[k]!]} * ${os[d]}i`));
  if (conds.length) body.push(`  if (${conds.join(' || ')}) { return; }`);
  body.push(`  let off: i32 = ${terms.join(' + ') || '0i'};`, `  let v: ${dtype} = in1[flat];`);
  if (dtype === 'f32') {
    body.push(
      '  var old: u32 = atomicLoad(&out0[off]);',
      '  loop {',
      '    let r = atomicCompareExchangeWeak(&out0[off], old, bitcast<u32>(bitcast<f32>(old) + v));',
      '    if (r.exchanged) { break; }',
      '    old = r.old_value;',
      '  }',
    );
  } else {
    body.push('  atomicAdd(&out0[off], v);');
  }
  const scatter = kernel('scatter_add', [
    `// kernax: scatter_add of ${m} update elements into ${n} (mode ${p.mode}), atomic adds`,
    '@group(0) @binding(0) var<storage, read> in0: array<i32>;',
    `@group(0) @binding(1) var<storage, read> in1: array<${dtype}>;`,
    `@group(0) @binding(2) var<storage, read_write> out0: array<atomic<${ATOMIC[dtype]}>>;`,
    sg.header, sg.flat, ...body, '}', '',
  ].join('\n'), 2, m, sg);
  return { copy, scatter };
}
