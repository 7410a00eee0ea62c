// WGSL golden files of the subgroup reductions (src/lower/wgsl-subgroup.ts) against PINNED_SUBGROUP_PROFILE
// (the pinned profile with 'subgroups'), and the text-level checks of the subgroup path (no adapter
// needed; runs in the main mocha process). `UPDATE_GOLDEN=1` rewrites them.
import { expect } from 'chai';
import { emitWgsl } from '../../src/lower/codegen-wgsl.js';
import type { Kernel } from '../../src/lower/kir.js';
import { PINNED_PROFILE, PINNED_SUBGROUP_PROFILE } from '../../src/lower/wgsl-profile.js';
import { subgroupFn, useSubgroups } from '../../src/lower/wgsl-subgroup.js';
import { goldenCases } from '../helpers/golden.js';
import { IN_ADAPTER_PROCESS } from './gpu-env.js';
import * as KS from './kernels.js';

const wgsl = (k: Kernel, strategy?: 'serial' | 'workgroup') => (): string => emitWgsl(k, PINNED_SUBGROUP_PROFILE, strategy ? { strategy } : {}).code.trimEnd();
const count = (s: string, sub: string): number => s.split(sub).length - 1;

(IN_ADAPTER_PROCESS ? describe.skip : describe)('WGSL subgroup reductions (pinned profile with subgroups)', () => {
  goldenCases('wgsl/subgroup', {
    softmax: wgsl(KS.softmaxRows(64, 1000)),
    layernorm: wgsl(KS.layernormRows(16, 384)),
    row_min_f32: wgsl(KS.rowReduce('min', 5, 1000), 'workgroup'),
    row_all_bool: wgsl(KS.rowReduce('min', 5, 1000, 'bool'), 'workgroup'),
    full_sum: wgsl(KS.fullSum(100000)),
  }, { producer: 'emitWgsl (src/lower/codegen-wgsl.ts, wgsl-subgroup.ts), PINNED_SUBGROUP_PROFILE', ext: 'wgsl' });

  it('the subgroup path is taken only where the profile has subgroups', () => {
    expect(useSubgroups(PINNED_PROFILE)).to.equal(false);
    expect(useSubgroups(PINNED_SUBGROUP_PROFILE)).to.equal(true);
    const tree = emitWgsl(KS.softmaxRows(64, 1000), PINNED_PROFILE).code;
    expect(tree).not.to.contain('subgroup');
    expect(count(tree, 'workgroupBarrier();')).to.equal(2 * (1 + 7 + 1)); // per reduce: 1 + log2(128) + 1
  });

  it('softmax: enable directive first, builtins in main, ONE barrier per reduce, no tree', () => {
    const w = emitWgsl(KS.softmaxRows(64, 1000), PINNED_SUBGROUP_PROFILE);
    expect(w.strategy).to.equal('workgroup');
    const lines = w.code.split('\n');
    expect(lines[1]).to.equal('enable subgroups;');
    expect(w.code).to.contain('@builtin(subgroup_invocation_id) sgi: u32, @builtin(subgroup_size) sgs: u32');
    expect(count(w.code, 'workgroupBarrier();')).to.equal(2);
    expect(count(w.code, 'subgroupMax(')).to.equal(2);
    expect(count(w.code, 'subgroupAdd(')).to.equal(2);
    expect(count(w.code, 'subgroupElect()')).to.equal(2);
    expect(w.code).not.to.match(/if \(lid < \d+u\)/);
    // the final pass strides by the run-time subgroup size, never an assumed constant
    expect(w.code).to.contain('for (var j: u32 = sgi; j < 128u; j = j + sgs)');
  });

  it('serial and map kernels do not enable subgroups', () => {
    for (const [k, s] of [[KS.rowReduce('sum', 33, 300), 'serial'], [KS.unaryMap('exp', 100), undefined], [KS.matmulBiasRelu(33, 70, 47), undefined]] as const) {
      const w = emitWgsl(k, PINNED_SUBGROUP_PROFILE, s ? { strategy: s } : {});
      expect(w.strategy).not.to.equal('workgroup');
      expect(w.code).not.to.contain('subgroup');
      expect(w.code).to.equal(emitWgsl(k, PINNED_PROFILE, s ? { strategy: s } : {}).code);
    }
  });

  it('every reduce op and type has a subgroup built-in (bool any/all as u32 max/min)', () => {
    expect(subgroupFn('sum', 'f32')).to.equal('subgroupAdd');
    expect(subgroupFn('dot', 'f32')).to.equal('subgroupAdd');
    expect(subgroupFn('sum', 'i32')).to.equal('subgroupAdd');
    expect(subgroupFn('prod', 'f32')).to.equal('subgroupMul');
    expect(subgroupFn('prod', 'u32')).to.equal('subgroupMul');
    expect(subgroupFn('max', 'i32')).to.equal('subgroupMax');
    expect(subgroupFn('min', 'u32')).to.equal('subgroupMin');
    expect(subgroupFn('sum', 'bool')).to.equal('subgroupMax');
    expect(subgroupFn('max', 'bool')).to.equal('subgroupMax');
    expect(subgroupFn('prod', 'bool')).to.equal('subgroupMin');
    expect(subgroupFn('min', 'bool')).to.equal('subgroupMin');
  });

  it('f32 max/min reduce through the ordered i32 key; i32 max directly', () => {
    const f = emitWgsl(KS.rowReduce('max', 5, 1000), PINNED_SUBGROUP_PROFILE, { strategy: 'workgroup' }).code;
    expect(f).to.contain('subgroupMax(select(select(bitcast<i32>(p) ^ 0x7fffffffi, bitcast<i32>(p), bitcast<i32>(p) >= 0i), 0x7fffffffi, kx_isnan(p)))');
    expect(f).to.contain('fn kx_isnan(');
    const m = emitWgsl(KS.rowReduce('min', 5, 1000), PINNED_SUBGROUP_PROFILE, { strategy: 'workgroup' }).code;
    expect(m).to.contain('bitcast<i32>(0x80000000u), kx_isnan(p)');
    const i = emitWgsl(KS.rowReduce('max', 5, 1000, 'i32'), PINNED_SUBGROUP_PROFILE, { strategy: 'workgroup' }).code;
    expect(i).to.contain('let sp: i32 = subgroupMax(p);');
    expect(i).not.to.contain('kx_isnan');
  });
});
