// WGSL for sort, a host step of the fusion plan (a permutation) that the webgpu device runs as one
// shader instead of a read-back: one workgroup per row (the sort dimension's lines), a bitonic network
// over a permutation of the row held in workgroup memory (the row padded to a power of two; padding
// sorts last), then every operand written through the permutation. The comparison is the reference's
// (src/ir/eval-index.ts compareKeys): the keys lexicographically, -0 equal to +0, every NaN equal and
// above +Inf (NaN tested on the bit pattern, so a finite-math WGSL compiler cannot fold it), then the
// original position — so the order is the stable one, as the reference's, whatever is_stable says.
// Limits are WebGPU's defaults in compatibility mode (16 KiB of workgroup memory: rows up to 4096; 8
// storage buffers: up to 4 operands; 128 invocations), so whether a sort runs here does not depend on
// the adapter; the adapter's workgroup memory decides only whether the first key's values travel with
// the permutation (see emitSort). Only generated numbers are interpolated. Imports only src/ir and
// codegen-wgsl's types.
import type { Aval } from '../ir/dtype.js';
import { size } from '../ir/dtype.js';
import { strides } from '../ir/eval-types.js';
import type { Params } from '../ir/primitives.js';
import type { WgslKernel } from './codegen-wgsl.js';
import { STORAGE_TYPE } from './wgsl-expr.js';

/** The longest row a workgroup sorts (its permutation fills 16 KiB of workgroup memory). */
export const SORT_ROW_MAX = 4096;
const MAX_OPERANDS = 4;
const MAX_WG = 128;
/** WebGPU's default maxComputeWorkgroupStorageSize (bytes). */
const DEFAULT_WORKGROUP_MEMORY = 16384;
const MAX_X = 65535;

/** Whether sort(operands) runs as a shader on webgpu (rows up to SORT_ROW_MAX, up to 4 operands). */
export function sortOnGpu(p: Params['sort'], ins: readonly Aval[]): boolean {
  const x = ins[0];
  if (!x || ins.length > MAX_OPERANDS || ins.some((a) => a.dtype === 'float0')) return false;
  return size(x.shape) > 0 && x.shape[p.dimension]! <= SORT_ROW_MAX;
}

/**
 * The shader of sort(operands) (binds the operands, then the outputs), or null (see sortOnGpu). Where the
 * first key fits beside the permutation in `workgroupMemory` bytes (rows up to 2048 in WebGPU's default
 * 16 KiB; 4096 where the adapter gives 32 KiB), the network moves the key's values with the positions, so
 * that a comparison reads workgroup memory instead of two dependent global loads (an H100, medians of 15
 * back to back: [1,2048] 0.33 -> 0.26 ms, [4,4096] 0.52 -> 0.42 ms; [1,4096] 0.44-0.61 ms either way).
 */
export function emitSort(p: Params['sort'], ins: readonly Aval[], workgroupMemory = DEFAULT_WORKGROUP_MEMORY): WgslKernel | null {
  if (!sortOnGpu(p, ins)) return null;
  const shape = ins[0]!.shape;
  const d = p.dimension;
  const n = shape[d]!;
  const rows = size(shape) / n;
  let m = 1;
  while (m < n) m *= 2;
  const wg = Math.max(1, Math.min(MAX_WG, m / 2));
  const str = strides(shape);
  const st = str[d]!;
  const x = Math.min(rows, MAX_X);
  const y = Math.ceil(rows / x);
  const T = ins.length;
  // The row's first element: the row index decomposed over the other dims (row-major).
  const others = shape.map((_s, e) => e).filter((e) => e !== d);
  const base = others.map((e, k) => {
    const below = size(others.slice(k + 1).map((o) => shape[o]!));
    return shape[e] === 1 ? null : `((row / ${below}i) % ${shape[e]}i) * ${str[e]}i`;
  }).filter((t) => t !== null).join(' + ') || '0i';

  const decl = ins.map((a, t) => `@group(0) @binding(${t}) var<storage, read> in${t}: array<${STORAGE_TYPE[a.dtype as keyof typeof STORAGE_TYPE]}>;`);
  const outs = ins.map((a, t) => `@group(0) @binding(${T + t}) var<storage, read_write> out${t}: array<${STORAGE_TYPE[a.dtype as keyof typeof STORAGE_TYPE]}>;`);
  const keyType = STORAGE_TYPE[ins[0]!.dtype as keyof typeof STORAGE_TYPE];
  const cached = 8 * m <= workgroupMemory;
  // kx_before's arguments for positions u, v (and their first-key values xu, xv where those are cached)
  const before = (u: string, v: string): string => `base, ${u}, ${v}${cached ? `, x${u}, x${v}` : ''}`;
  const keyTests = ins.slice(0, p.num_keys).map((a, k) => {
    const f = a.dtype === 'f32';
    return [
      '  {',
      `    let x = ${cached && k === 0 ? 'xa' : `in${k}[base + a * ${st}i]`};`,
      `    let y = ${cached && k === 0 ? 'xb' : `in${k}[base + b * ${st}i]`};`,
      ...(f ? [
        '    let nx = kx_isnan(x);',
        '    let ny = kx_isnan(y);',
        '    if (nx != ny) { return ny; }',
        '    if (!nx) {',
        '      if (x < y) { return true; }',
        '      if (y < x) { return false; }',
        '    }',
      ] : [
        '    if (x < y) { return true; }',
        '    if (y < x) { return false; }',
      ]),
      '  }',
    ].join('\n');
  });
  const code = [
    `// kernax: sort of ${T} operand(s) along dim ${d} of [${shape.join(',')}] (${p.num_keys} key(s)): ${rows} row(s) of ${n}, bitonic over ${m}`,
    ...decl,
    ...outs,
    `var<workgroup> kx_perm: array<i32, ${m}>;`,
    ...(cached ? [`var<workgroup> kx_key: array<${keyType}, ${m}>;`] : []),
    'fn kx_isnan(x: f32) -> bool { return (bitcast<u32>(x) & 0x7fffffffu) > 0x7f800000u; }',
    `// Whether position a of the row sorts before position b: the keys, then the position; padding last.${cached ? ' xa, xb: the first key at a and b.' : ''}`,
    `fn kx_before(base: i32, a: i32, b: i32${cached ? `, xa: ${keyType}, xb: ${keyType}` : ''}) -> bool {`,
    `  if (b >= ${n}i) { return a < ${n}i || a < b; }`,
    `  if (a >= ${n}i) { return false; }`,
    ...keyTests,
    '  return a < b;',
    '}',
    `@compute @workgroup_size(${wg})`,
    'fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lid: u32) {',
    `  let row: i32 = i32(wid.x + wid.y * ${x}u);`,
    `  if (row >= ${rows}i) { return; }`,
    `  let base: i32 = ${base};`,
    `  for (var j: i32 = i32(lid); j < ${m}i; j = j + ${wg}i) { kx_perm[j] = j;${cached ? ` if (j < ${n}i) { kx_key[j] = in0[base + j * ${st}i]; }` : ''} }`,
    '  workgroupBarrier();',
    `  for (var k: i32 = 2i; k <= ${m}i; k = k * 2i) {`,
    '    for (var h: i32 = k / 2i; h > 0i; h = h / 2i) {',
    `      for (var t: i32 = i32(lid); t < ${m >> 1}i; t = t + ${wg}i) {`,
    '        let i: i32 = (t / h) * 2i * h + t % h;',
    '        let a: i32 = kx_perm[i];',
    '        let b: i32 = kx_perm[i + h];',
    '        let up: bool = (i & k) == 0i;',
    ...(cached ? ['        let xa = kx_key[i];', '        let xb = kx_key[i + h];'] : []),
    '        var swap: bool;',
    `        if (up) { swap = kx_before(${before('b', 'a')}); } else { swap = kx_before(${before('a', 'b')}); }`,
    `        if (swap) { kx_perm[i] = b; kx_perm[i + h] = a;${cached ? ' kx_key[i] = xb; kx_key[i + h] = xa;' : ''} }`,
    '      }',
    '      workgroupBarrier();',
    '    }',
    '  }',
    `  for (var j: i32 = i32(lid); j < ${n}i; j = j + ${wg}i) {`,
    '    let q: i32 = kx_perm[j];',
    ...ins.map((_a, t) => `    out${t}[base + j * ${st}i] = in${t}[base + q * ${st}i];`),
    '  }',
    '}',
    '',
  ].join('\n');
  return { name: 'sort', code, strategy: 'workgroup', workgroupSize: wg, inputs: T, outputs: T, dispatch: () => [x, y, 1] };
}
