// Bench inputs and host-side references: deterministic data (mulberry32), the workload definitions'
// float64 oracles (W1 chain, matmul entries, MLP loss and per-example gradient, the W6 CNN), and checks.
// Imports nothing from src/ (the oracle must not share code with what it checks).

export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function randArray(n: number, lo: number, hi: number, seed: number): Float32Array {
  const r = rng(seed);
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) out[i] = lo + (hi - lo) * r();
  return out;
}

export function oneHot(batch: number, classes: number, seed: number): Float32Array {
  const r = rng(seed);
  const out = new Float32Array(batch * classes);
  for (let b = 0; b < batch; b++) out[b * classes + Math.floor(r() * classes)] = 1;
  return out;
}

export class CheckError extends Error { override name = 'CheckError'; }

export function close(what: string, got: number, want: number, tol: number): void {
  if (!(Math.abs(got - want) <= tol * (1 + Math.abs(want)))) throw new CheckError(`${what}: got ${got}, want ${want}`);
}

/** W1: tanh(1.5x+0.5)·exp(-x²)+sin(x). */
export const w1ref = (x: number): number => Math.tanh(1.5 * x + 0.5) * Math.exp(-x * x) + Math.sin(x);

export function checkW1(xs: Float32Array, got: ArrayLike<number>): void {
  if (got.length !== xs.length) throw new CheckError(`W1: ${got.length} elements, want ${xs.length}`);
  for (const i of sample(xs.length)) close(`W1[${i}]`, got[i]!, w1ref(xs[i]!), 1e-4);
}

/** Spread sample indices over [0, n). */
export function sample(n: number, k = 16): number[] {
  const out = new Set<number>([0, n - 1]);
  for (let j = 1; j < k; j++) out.add(Math.floor((j * n) / k));
  return [...out];
}

export function checkMatmul(a: Float32Array, b: Float32Array, n: number, got: ArrayLike<number>): void {
  if (got.length !== n * n) throw new CheckError(`W2: ${got.length} elements, want ${n * n}`);
  for (const idx of sample(n * n)) {
    const i = Math.floor(idx / n), j = idx % n;
    let s = 0;
    for (let k = 0; k < n; k++) s += a[i * n + k]! * b[k * n + j]!;
    close(`W2[${i},${j}]`, got[idx]!, s, 1e-4 * Math.sqrt(n));
  }
}

export function checkSum(xs: Float32Array, got: number): void {
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += xs[i]!;
  close('W3 sum', got, s, 1e-4);
}

export function checkSoftmax(xs: Float32Array, rows: number, cols: number, got: ArrayLike<number>): void {
  if (got.length !== rows * cols) throw new CheckError(`W3 softmax: ${got.length} elements, want ${rows * cols}`);
  for (const r of sample(rows, 6)) {
    let m = -Infinity, s = 0;
    for (let c = 0; c < cols; c++) m = Math.max(m, xs[r * cols + c]!);
    for (let c = 0; c < cols; c++) s += Math.exp(xs[r * cols + c]! - m);
    for (const c of sample(cols, 6)) close(`W3 softmax[${r},${c}]`, got[r * cols + c]!, Math.exp(xs[r * cols + c]! - m) / s, 1e-4);
  }
}

// ---------------- W7: the plan's host steps (sort, a gather's VJP, max pooling's VJP) ----------------

/** Sorted rows: each sampled row equals the sorted input row exactly. */
export function checkSortRows(xs: Float32Array, rows: number, cols: number, got: ArrayLike<number>): void {
  if (got.length !== rows * cols) throw new CheckError(`W7 sort: ${got.length} elements, want ${rows * cols}`);
  for (const r of sample(rows, 4)) {
    const want = Float32Array.from(xs.subarray(r * cols, (r + 1) * cols)).sort();
    for (let c = 0; c < cols; c++) if (got[r * cols + c] !== want[c]) throw new CheckError(`W7 sort[${r},${c}]: got ${got[r * cols + c]}, want ${want[c]}`);
  }
}

/** Rows taken from a table: idx[n] = (n · 7919) mod vocab (every row taken several times). */
export const gatherRows = (n: number, vocab: number): Int32Array => Int32Array.from({ length: n }, (_x, i) => (i * 7919) % vocab);

/** grad of sum(tanh(take(w, idx, 0))) in w: row v gets (1 - tanh(w[v])²) once per time it is taken. */
export function checkGatherVjp(w: Float32Array, vocab: number, dim: number, idx: Int32Array, got: ArrayLike<number>): void {
  if (got.length !== vocab * dim) throw new CheckError(`W7 gather VJP: ${got.length} elements, want ${vocab * dim}`);
  const times = new Float64Array(vocab);
  for (const v of idx) times[v]! += 1;
  for (const v of sample(vocab, 8)) for (const d of sample(dim, 4)) {
    const t = Math.tanh(w[v * dim + d]!);
    close(`W7 gather VJP[${v},${d}]`, got[v * dim + d]!, times[v]! * (1 - t * t), 1e-4);
  }
}

/** grad of sum(cos(max pool 2×2 / 2)) over NCHW x: -sin(max) at each window's largest element, 0 elsewhere. */
export function checkMaxPoolVjp(x: Float32Array, shape: readonly number[], got: ArrayLike<number>): void {
  const [n, c, h, w] = shape as [number, number, number, number];
  if (got.length !== x.length) throw new CheckError(`W7 max pool VJP: ${got.length} elements, want ${x.length}`);
  for (const b of sample(n * c, 6)) for (const i of sample(h / 2, 4)) for (const j of sample(w / 2, 4)) {
    let best = -1, m = -Infinity;
    for (let di = 0; di < 2; di++) for (let dj = 0; dj < 2; dj++) {
      const at = b * h * w + (2 * i + di) * w + 2 * j + dj;
      if (x[at]! > m) { m = x[at]!; best = at; }
    }
    for (let di = 0; di < 2; di++) for (let dj = 0; dj < 2; dj++) {
      const at = b * h * w + (2 * i + di) * w + 2 * j + dj;
      // 1e-3: SwiftShader's sin is off by up to 5e-4 (both peers).
      close(`W7 max pool VJP[${at}]`, got[at]!, at === best ? -Math.sin(m) : 0, 1e-3);
    }
  }
}

// ---------------- MLPs (W4, W5) ----------------

export interface MlpData { sizes: number[]; ws: Float32Array[]; bs: Float32Array[] }

/** Weights uniform(±1/√fan_in) with seeds seed+i, biases zero: the same for every peer. */
export function initMlp(sizes: number[], seed: number): MlpData {
  const ws: Float32Array[] = [], bs: Float32Array[] = [];
  for (let i = 0; i + 1 < sizes.length; i++) {
    const s = 1 / Math.sqrt(sizes[i]!);
    ws.push(randArray(sizes[i]! * sizes[i + 1]!, -s, s, seed + i));
    bs.push(new Float32Array(sizes[i + 1]!));
  }
  return { sizes, ws, bs };
}

/** Forward of one example (row `r` of x): activations per layer (post-relu, logits last). */
function mlpForward(p: MlpData, x: Float32Array, r: number): Float64Array[] {
  let h: ArrayLike<number> = x.subarray(r * p.sizes[0]!, (r + 1) * p.sizes[0]!);
  const acts: Float64Array[] = [];
  for (let l = 0; l < p.ws.length; l++) {
    const nin = p.sizes[l]!, nout = p.sizes[l + 1]!, w = p.ws[l]!;
    const o = new Float64Array(nout);
    for (let j = 0; j < nout; j++) o[j] = p.bs[l]![j]!;
    for (let k = 0; k < nin; k++) { const hk = h[k]!; if (hk !== 0) for (let j = 0; j < nout; j++) o[j] += hk * w[k * nout + j]!; }
    if (l + 1 < p.ws.length) for (let j = 0; j < nout; j++) o[j] = Math.max(0, o[j]!);
    acts.push(o);
    h = o;
  }
  return acts;
}

function logSoftmax(z: Float64Array): Float64Array {
  let m = -Infinity; for (const v of z) m = Math.max(m, v);
  let s = 0; for (const v of z) s += Math.exp(v - m);
  const lse = m + Math.log(s);
  return z.map((v) => v - lse);
}

/** Mean softmax cross-entropy over the batch. */
export function mlpLoss(p: MlpData, x: Float32Array, y: Float32Array, batch: number): number {
  const nc = p.sizes[p.sizes.length - 1]!;
  let loss = 0;
  for (let r = 0; r < batch; r++) {
    const ls = logSoftmax(mlpForward(p, x, r).at(-1)!);
    for (let c = 0; c < nc; c++) loss -= ls[c]! * y[r * nc + c]!;
  }
  return loss / batch;
}

/** Per-example gradient of a 2-layer MLP's (unaveraged) cross-entropy: [dW1, db1, dW2, db2]. */
export function mlp2ExampleGrad(p: MlpData, x: Float32Array, y: Float32Array, r: number): Float64Array[] {
  const [n0, n1, n2] = [p.sizes[0]!, p.sizes[1]!, p.sizes[2]!];
  const [h, z] = mlpForward(p, x, r) as [Float64Array, Float64Array];
  const ls = logSoftmax(z);
  const dz = new Float64Array(n2);
  for (let c = 0; c < n2; c++) dz[c] = Math.exp(ls[c]!) - y[r * n2 + c]!;
  const dW2 = new Float64Array(n1 * n2), dh = new Float64Array(n1);
  for (let k = 0; k < n1; k++) {
    for (let c = 0; c < n2; c++) { dW2[k * n2 + c] = h[k]! * dz[c]!; dh[k] += p.ws[1]![k * n2 + c]! * dz[c]!; }
    if (h[k]! <= 0) dh[k] = 0;
  }
  const dW1 = new Float64Array(n0 * n1);
  for (let i = 0; i < n0; i++) { const xi = x[r * n0 + i]!; for (let k = 0; k < n1; k++) dW1[i * n1 + k] = xi * dh[k]!; }
  return [dW1, dh, dW2, dz];
}

/** Per-example gradients [w1 [B,784,128], b1 [B,128], w2 [B,128,10], b2 [B,10]] against the oracle. */
export function checkPerExample(p: MlpData, x: Float32Array, y: Float32Array, batch: number, got: ArrayLike<number>[]): void {
  for (const r of [0, Math.floor(batch / 2), batch - 1]) {
    const want = mlp2ExampleGrad(p, x, y, r);
    want.forEach((w, leaf) => {
      const g = got[leaf]!;
      if (g.length !== batch * w.length) throw new CheckError(`W5 grad leaf ${leaf}: ${g.length} elements, want ${batch * w.length}`);
      for (const k of sample(w.length, 8)) close(`W5 example ${r} leaf ${leaf}[${k}]`, g[r * w.length + k]!, w[k]!, 1e-3);
    });
  }
}

// ---------------- W6: the multi-view CNN (NCHW per view, views on the trailing axis) ----------------

export interface CnnParams { w1: ArrayLike<number>; b1: ArrayLike<number>; w2: ArrayLike<number>; b2: ArrayLike<number> }
export interface CnnData extends CnnParams { hw: number; views: number; w1: Float32Array; b1: Float32Array; w2: Float32Array; b2: Float32Array }
/** The parameter leaves in the order the W6 parameter Jacobian is checked (and their sizes). */
export const CNN_PARAM_ORDER = [['b1', 5], ['b2', 5], ['w1', 135], ['w2', 225]] as const;

export function initCnn(hw: number, views: number): CnnData {
  return { hw, views, w1: randArray(5 * 3 * 9, -0.3, 0.3, 61), b1: randArray(5, -0.1, 0.1, 62), w2: randArray(5 * 5 * 9, -0.3, 0.3, 63), b2: randArray(5, -0.1, 0.1, 64) };
}

/** One VALID 3×3 conv on [C,H,W,V] (views innermost) → [O,H-2,W-2,V], in float64. */
function conv3(x: Float64Array, c: number, hw: number, v: number, w: ArrayLike<number>, b: ArrayLike<number> | null, o: number): Float64Array {
  const ho = hw - 2, out = new Float64Array(o * ho * ho * v);
  for (let oc = 0; oc < o; oc++) for (let i = 0; i < ho; i++) for (let j = 0; j < ho; j++) for (let vv = 0; vv < v; vv++) {
    let s = b ? b[oc]! : 0;
    for (let ic = 0; ic < c; ic++) for (let di = 0; di < 3; di++) for (let dj = 0; dj < 3; dj++) {
      s += w[((oc * c + ic) * 3 + di) * 3 + dj]! * x[((ic * hw + i + di) * hw + j + dj) * v + vv]!;
    }
    out[((oc * ho + i) * ho + j) * v + vv] = s;
  }
  return out;
}

/** The multi-view model on x [1,3,hw,hw,V] → [1,5,hw-4,hw-4,V]; `affine=false` drops the biases. */
export function cnnRef(p: CnnData, x: ArrayLike<number>, affine = true, q: CnnParams = p): Float64Array {
  const h = conv3(Float64Array.from(x), 3, p.hw, p.views, q.w1, affine ? q.b1 : null, 5);
  return conv3(h, 5, p.hw - 2, p.views, q.w2, affine ? q.b2 : null, 5);
}

/**
 * The Jacobian in the parameters, given as one [out, n_k] block per leaf in CNN_PARAM_ORDER: J·dp must
 * equal the central difference (f(p+dp) − f(p−dp))/2 in float64, which is exact here (the model is of
 * degree 2 in its parameters).
 */
export function checkCnnParamJacobian(p: CnnData, x: Float32Array, blocks: readonly ArrayLike<number>[], seed = 67): void {
  const dp: Record<string, Float64Array> = {};
  CNN_PARAM_ORDER.forEach(([k, n], i) => { dp[k] = Float64Array.from(randArray(n, -1, 1, seed + i)); });
  const shifted = (sgn: number): CnnParams => {
    const q: Record<string, Float64Array> = {};
    for (const [k] of CNN_PARAM_ORDER) q[k] = Float64Array.from(p[k], (w, j) => w + sgn * dp[k]![j]!);
    return q as unknown as CnnParams;
  };
  const fp = cnnRef(p, x, true, shifted(1)), fm = cnnRef(p, x, true, shifted(-1));
  const nout = fp.length;
  CNN_PARAM_ORDER.forEach(([k, n], i) => {
    if (blocks[i]?.length !== nout * n) throw new CheckError(`W6 param jacobian ${k}: ${blocks[i]?.length} elements, want ${nout}×${n}`);
  });
  for (let o = 0; o < nout; o++) {
    let s = 0;
    CNN_PARAM_ORDER.forEach(([k, n], i) => { for (let j = 0; j < n; j++) s += blocks[i]![o * n + j]! * dp[k]![j]!; });
    close(`W6 (J_p·dp)[${o}]`, s, (fp[o]! - fm[o]!) / 2, 1e-3);
  }
}

export function checkCnnForward(p: CnnData, x: Float32Array, got: ArrayLike<number>): void {
  const want = cnnRef(p, x);
  if (got.length !== want.length) throw new CheckError(`W6 forward: ${got.length} elements, want ${want.length}`);
  for (const i of sample(want.length, 32)) close(`W6 forward[${i}]`, got[i]!, want[i]!, 1e-4);
}

/** J [out, in] (row-major, JAX's layout): the model is affine, so J·v must equal its linear part at v. */
export function checkCnnJacobian(p: CnnData, got: ArrayLike<number>, seed = 65): void {
  const nin = 3 * p.hw * p.hw * p.views;
  const v = randArray(nin, -1, 1, seed);
  const want = cnnRef(p, v, false);
  const nout = want.length;
  if (got.length !== nout * nin) throw new CheckError(`W6 jacobian: ${got.length} elements, want ${nout}×${nin}`);
  for (let i = 0; i < nout; i++) {
    let s = 0;
    for (let j = 0; j < nin; j++) s += got[i * nin + j]! * v[j]!;
    close(`W6 (J·v)[${i}]`, s, want[i]!, 1e-3);
  }
}
