// The programs of the browser test, written once: the page runs them on `webgpu` in Chromium, the
// mocha test runs them on `cpu` in Node, and the numbers are compared. Plain JS (served as-is to the
// browser); it takes the kernax module as an argument and imports nothing.

/** Deterministic inputs in [lo, hi): a 32-bit LCG, so both sides see the same bits. */
export function rand(n, lo, hi, seed) {
  const out = new Float32Array(n);
  let s = (seed * 2654435761) >>> 0;
  for (let i = 0; i < n; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    out[i] = lo + (hi - lo) * (s / 4294967296);
  }
  return out;
}

/** Runs every program on `device` ('cpu' or 'webgpu'); returns {name: {shape, data: number[]}}. */
export async function runAll(k, device) {
  const { np, lax, nn, jit, vmap, jacrev } = k;
  const A = (data, shape) => { const a = new k.Array(data, shape, 'f32'); return device === 'cpu' ? a : a.to(device); };
  const out = {};
  const put = async (name, y) => { out[name] = { shape: y.shape, data: Array.from(await y.data()) }; };

  // A lax-level multi-view CNN: two lax.conv per view, vmapped over a trailing views axis (axis 4).
  const W1 = A(rand(5 * 3 * 3 * 3, -0.5, 0.5, 1), [5, 3, 3, 3]);
  const W2 = A(rand(5 * 5 * 3 * 3, -0.5, 0.5, 2), [5, 5, 3, 3]);
  // Weights are arguments, not closed-over constants: a jit trace reads closed-over arrays
  // synchronously, which a webgpu array refuses.
  const cnn = (v, w1, w2) => lax.conv(nn.relu(lax.conv(v, w1, [1, 1], 'VALID')), w2, [1, 1], 'VALID');
  const multiview = vmap(cnn, { inAxes: [4, null, null], outAxes: 4 });
  const x = A(rand(1 * 3 * 8 * 8 * 2, -1, 1, 3), [1, 3, 8, 8, 2]);
  await put('cnn', jit(multiview, { device })(x, W1, W2));
  await put('cnnJacrev', jit(jacrev(multiview), { device })(x, W1, W2));

  const s = A(rand(16 * 33, -4, 4, 4), [16, 33]);
  await put('softmax', jit((v) => nn.softmax(v, -1), { device })(s));

  const g = A(rand(33, 0.5, 1.5, 5), [33]), b = A(rand(33, -0.5, 0.5, 6), [33]);
  const layernorm = (v, g, b) => {
    const mu = np.mean(v, -1, { keepdims: true });
    const c = v.sub(mu);
    const va = np.mean(c.mul(c), -1, { keepdims: true });
    return c.mul(lax.rsqrt(va.add(1e-5))).mul(g).add(b);
  };
  await put('layernorm', jit(layernorm, { device })(s, g, b));

  const ma = A(rand(24 * 40, -1, 1, 7), [24, 40]), mb = A(rand(40 * 17, -1, 1, 8), [40, 17]);
  const bias = A(rand(17, -0.5, 0.5, 9), [17]);
  await put('matmulBiasRelu', jit((p, q, c) => nn.relu(np.matmul(p, q).add(c)), { device })(ma, mb, bias));

  const e = A(rand(1000, -3, 3, 10), [1000]);
  const chain = (v) => np.tanh(v.mul(1.5).add(0.5)).mul(np.exp(v.mul(v).neg())).add(np.sin(v));
  await put('chain', jit(chain, { device })(e));
  return out;
}
