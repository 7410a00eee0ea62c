# jit(f).lower(...).compile({ device: 'webgpu' }).asText('wgsl'), PINNED_PROFILE — case 'argmax_rows'
// k0: host step argmax (webgpu: read back, CPU rule, upload)
