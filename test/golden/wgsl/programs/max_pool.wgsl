# jit(f).lower(...).compile({ device: 'webgpu' }).asText('wgsl'), PINNED_PROFILE — case 'max_pool'
// k0: host step reduce_window_max (webgpu: read back, CPU rule, upload)
