// The device profile the WGSL printer targets: limits and features read from a WebGPU adapter (by
// src/runtime/webgpu-device.ts) or the pinned profile below, used for golden files so that they are the
// same on every machine. Imports nothing.

export interface DeviceProfile {
  /** Shown in comments only; never interpolated from adapter strings into WGSL. */
  readonly name: 'pinned' | 'adapter';
  readonly maxComputeInvocationsPerWorkgroup: number;
  readonly maxComputeWorkgroupSizeX: number;
  readonly maxComputeWorkgroupsPerDimension: number;
  readonly maxComputeWorkgroupStorageSize: number;
  readonly maxStorageBuffersPerShaderStage: number;
  readonly maxStorageBufferBindingSize: number;
  readonly maxBufferSize: number;
  readonly features: readonly string[];
  /** Adapter-specific template tuning (off in the pinned profile). */
  readonly tuning: boolean;
  /**
   * Row reductions (a reduce inside parallel loops: softmax, layernorm, row sums) run one invocation per
   * row, barrier-free, instead of one workgroup per row with a tree in workgroup memory (only read when
   * `tuning`; absent: off). Chosen per adapter by webgpu-device.ts: on for CPU implementations.
   */
  readonly serialRows?: boolean;
  /** Contraction template tuning chosen for this adapter (only read when `tuning`; absent: the defaults). */
  readonly contract?: ContractTuning;
  /**
   * Elements per invocation of 1-D map kernels (wgsl-map-vec.ts: 4 = vec4 loads/stores) and per loop
   * iteration of serial rows (wgsl-serial-vec.ts); only read when `tuning`; absent: 1. webgpu-device.ts
   * sets 4 on CPU adapters (W1 1e7 on llvmpipe ~100 → ~55 ms; softmax 4096×1024 13.2 → 7.3 ms).
   */
  readonly mapVec?: 1 | 4;
  /**
   * Elements per loop iteration in the partials of a two-stage full reduction (src/runtime/webgpu-split.ts;
   * only read when `tuning`; absent: 1). webgpu-device.ts sets 16 on SwiftShader (sum of 1e6: ~5.2 → ~2.1
   * ms; on llvmpipe 8 was slower, 10 → 18 ms at 1e7, so 1 there).
   */
  readonly splitVec?: number;
  /**
   * sort stays a host step (read back, the CPU rule, upload) instead of wgsl-sort.ts's bitonic shader
   * (only read when `tuning`; absent: the shader). webgpu-device.ts sets it on CPU adapters, where the
   * "GPU" is the same CPU: the shader measured 1.5–2.4× slower on llvmpipe and 5–18× on SwiftShader
   * ([1,4096], [64,1000], [512,128] f32 rows).
   */
  readonly hostSort?: boolean;
}

/**
 * The contraction template's knobs (wgsl-contract.ts). 'strided': an invocation's outputs along the lane
 * loop are `lanes` apart, so that the lanes of a workgroup read and write consecutive addresses; 'packed':
 * an invocation's outputs are adjacent (the lanes gather with a stride of the tile).
 */
export interface ContractTuning {
  /** 'shared': workgroup-memory chunks of both operands (wgsl-contract-shared.ts), `tiles` per invocation. */
  readonly layout: 'strided' | 'packed' | 'shared';
  /** Register tile: outputs per invocation along x's loop, along y's loop. */
  readonly tiles: readonly [number, number];
  /** Invocations per workgroup of the strided layout (a power of two, at most the adapter's limits). */
  readonly lanes: number;
  /**
   * Copies of the innermost reduction loop's body per iteration (more where the loop budget needs it);
   * absent: 4, with loops of up to 8 steps unrolled completely.
   */
  readonly unroll?: number;
}

/**
 * The template used without adapter tuning (the pinned profile, real GPUs): 8×8 invocations, each a 4×4
 * register tile of a 32×32 block whose operands are staged in workgroup memory 16 reduction steps at a
 * time (wgsl-contract-shared.ts); matrix-vector products and contractions with a tiled loop shorter than
 * SHARED_MIN_EXTENT (a convolution over few channels) keep the strided layout (8×8 tiles, 64 lanes).
 */
export const DEFAULT_CONTRACT: ContractTuning = { layout: 'shared', tiles: [4, 4], lanes: 64 };

/** The strided layout with GPU-sized tiles: GPUs' matrix-vector products (and their template before DEFAULT_CONTRACT). */
export const GPU_STRIDED_CONTRACT: ContractTuning = { layout: 'strided', tiles: [8, 8], lanes: 64 };

/**
 * CPU implementations (llvmpipe, SwiftShader): the fastest of tiles 4×4..32×64, 8..64 lanes and unroll
 * 1..8 measured on matmul 256..1024 and the W4 MLP step's kernels (784-512-512-10, batch 128: plain and
 * transposed operands), interleaved A/B of the raw kernels, medians: 16×32 outputs over 8 lanes, the
 * contraction loop not unrolled. On llvmpipe 1.6-1.9× faster than the former 16×8/32 lanes/unroll 4 at
 * matmul 256/512/1024 and 1.5-2.2× on W4's large kernels (unroll 4 → 1 alone: 1.1-1.3×; bigger tiles
 * mean fewer loads per fma; 32×32 and 16×64 are slower again); on SwiftShader 0.9-1.2× (within noise).
 * x's 16 rows are uniform loads, y's 32 columns 8 apart, consecutive across lanes.
 */
export const CPU_CONTRACT: ContractTuning = { layout: 'strided', tiles: [16, 32], lanes: 8, unroll: 1 };

/**
 * SwiftShader: 16×16 outputs over 8 lanes, two copies of the contraction loop's body per iteration. Its
 * shader compiler needs seconds for CPU_CONTRACT's 512-fma bodies (W4's step: 15 pipelines, 11–15 s
 * before the first call returns; 7.5 s here, 6–8 s without unrolling, 15 s unrolled 4×). Steady state,
 * medians of 15 (W4 784-512-512-10 batch 128, matmul 512, 1024): 16×16/8 unrolled 2× 149–151 / 91–94 /
 * 644 ms, not unrolled 169–187 / 89–105 / 707–799, 16×32/8 188 / 103 / 803, 8×8/32 217 / 143 / 1005,
 * the workgroup-memory GPU layout 355–625 / 181–293 / 1174–2011 (barriers). The W6 Jacobian's convolution
 * kernels (a 3-step innermost loop) take 2.1 s unrolled 2× against 2.9–3.4 s not unrolled.
 */
export const SWIFTSHADER_CONTRACT: ContractTuning = { layout: 'strided', tiles: [16, 16], lanes: 8, unroll: 2 };

/**
 * Whether an adapter's info text (webgpu-device.ts `tuningText`) names a CPU implementation of WebGPU:
 * llvmpipe, lavapipe, softpipe, SwiftShader, or any fallback adapter. Matched, never interpolated.
 */
export function isCpuAdapter(adapterText: string): boolean {
  return /swiftshader|llvmpipe|lavapipe|softpipe|cpu-fallback/i.test(adapterText);
}

/** The contraction tuning of an adapter from its info text. */
export function contractTuningFor(adapterText: string): ContractTuning {
  if (/swiftshader/i.test(adapterText)) return SWIFTSHADER_CONTRACT;
  return isCpuAdapter(adapterText) ? CPU_CONTRACT : DEFAULT_CONTRACT;
}

/** Fixed limits (WebGPU's compatibility-mode defaults) and no features: the golden files' target. */
export const PINNED_PROFILE: DeviceProfile = {
  name: 'pinned',
  maxComputeInvocationsPerWorkgroup: 128,
  maxComputeWorkgroupSizeX: 128,
  maxComputeWorkgroupsPerDimension: 65535,
  maxComputeWorkgroupStorageSize: 16384,
  maxStorageBuffersPerShaderStage: 8,
  maxStorageBufferBindingSize: 134217728,
  maxBufferSize: 268435456,
  features: [],
  tuning: false,
};

/** The pinned profile with the 'subgroups' feature: the golden files of the subgroup reductions (wgsl-subgroup.ts). */
export const PINNED_SUBGROUP_PROFILE: DeviceProfile = { ...PINNED_PROFILE, features: ['subgroups'] };

/** Elements per invocation of 1-D map kernels on `p` (see DeviceProfile.mapVec); 1 without tuning. */
export function mapVecWidth(p: DeviceProfile): 1 | 4 {
  return p.tuning ? p.mapVec ?? 1 : 1;
}

/** Invocations per workgroup for map kernels (one invocation per output element). */
export function mapWorkgroupSize(p: DeviceProfile): number {
  return floorPow2(Math.min(64, p.maxComputeInvocationsPerWorkgroup, p.maxComputeWorkgroupSizeX));
}

/** Invocations per workgroup for workgroup reductions (a power of two, for the tree). */
export function reduceWorkgroupSize(p: DeviceProfile, bytesPerSlot: number): number {
  const byMem = Math.floor(p.maxComputeWorkgroupStorageSize / Math.max(4, bytesPerSlot));
  return floorPow2(Math.min(128, p.maxComputeInvocationsPerWorkgroup, p.maxComputeWorkgroupSizeX, byMem));
}

function floorPow2(n: number): number {
  let p = 1;
  while (p * 2 <= n) p *= 2;
  return p;
}

/** Register tile (outputs per invocation along x's loop, along y's loop) of the contraction template. */
export function contractTiles(p: DeviceProfile): readonly [number, number] {
  return contractTuning(p).tiles;
}

/** The contraction tuning of `p`: the adapter's when tuning is on, else DEFAULT_CONTRACT; lanes within limits. */
export function contractTuning(p: DeviceProfile): ContractTuning {
  const t = p.tuning && p.contract ? p.contract : DEFAULT_CONTRACT;
  const lanes = floorPow2(Math.max(8, Math.min(t.lanes, p.maxComputeInvocationsPerWorkgroup, p.maxComputeWorkgroupSizeX)));
  return { ...t, lanes };
}
