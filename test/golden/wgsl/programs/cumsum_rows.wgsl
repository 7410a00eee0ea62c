# jit(f).lower(...).compile({ device: 'webgpu' }).asText('wgsl'), PINNED_PROFILE — case 'cumsum_rows'
// k0: host step cumsum (webgpu: read back, CPU rule, upload)
