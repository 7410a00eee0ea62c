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
