// WGSL golden files of the hand-built kernels against the pinned device profile (no adapter needed;
// runs in the main mocha process). `UPDATE_GOLDEN=1` rewrites them.
import { expect } from 'chai';
import { emitWgsl } from '../../src/lower/codegen-wgsl.js';
import { PINNED_PROFILE } from '../../src/lower/wgsl-profile.js';
import { goldenCases } from '../helpers/golden.js';
import { IN_ADAPTER_PROCESS } from './gpu-env.js';
import * as KS from './kernels.js';

const wgsl = (k: Parameters<typeof emitWgsl>[0], strategy?: 'serial' | 'workgroup') => (): string => emitWgsl(k, PINNED_PROFILE, strategy ? { strategy } : {}).code.trimEnd();

(IN_ADAPTER_PROCESS ? describe.skip : describe)('WGSL golden files (pinned profile)', () => {
  goldenCases('wgsl', {
    map_exp: wgsl(KS.unaryMap('exp', 1000)),
    fused_chain: wgsl(KS.fusedChain(37, 53)),
    row_sum_serial: wgsl(KS.rowReduce('sum', 33, 300), 'serial'),
    row_max_workgroup: wgsl(KS.rowReduce('max', 5, 1000), 'workgroup'),
    softmax_rows: wgsl(KS.softmaxRows(64, 1000)),
    layernorm_rows: wgsl(KS.layernormRows(16, 384)),
    matmul_bias_relu: wgsl(KS.matmulBiasRelu(33, 70, 47)),
    full_sum: wgsl(KS.fullSum(100000)),
    div_rem_i32: wgsl(KS.binaryMap('rem', 12, 'i32')),
    nan_inf: wgsl(KS.nanInf(10)),
    erf_inv: wgsl(KS.unaryMap('erf_inv', 64)),
  }, { producer: 'emitWgsl (src/lower/codegen-wgsl.ts), PINNED_PROFILE', ext: 'wgsl' });

  it('a grid past 65535 workgroups is 2-D, and too many storage buffers is a UserError', () => {
    const w = emitWgsl(KS.unaryMap('neg', 65535 * 128 + 100), PINNED_PROFILE);
    expect(w.dispatch()).to.deep.equal([65535, 2, 1]);
    expect(() => emitWgsl(KS.nanInf(4), { ...PINNED_PROFILE, maxStorageBuffersPerShaderStage: 3 })).to.throw(/maxStorageBuffersPerShaderStage/);
  });
});
