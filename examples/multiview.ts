// The README's main example: a tiny CNN written for one image, vmap-ed over a trailing "views" axis into
// a multi-view model, then its Jacobian with jacrev, with respect to the input and to the parameters; in
// both styles where parameters live outside the model (torch's make_functional and JAX's stax).
// Run as a script (`npm run example`) it tells the story; imported by `kernax dump` it only exports its
// program(...) entries: `npx kernax dump examples/multiview.ts --fn multiviewJac --stages jaxpr,vmap,jacrev,optimized,plan,kernels,js`.
import { pathToFileURL } from 'node:url';
import { initWebGpu, interpret, jacrev, jit, makeJaxpr, nn, np, program, random, tree, vjp, vmap } from 'kernax';
import type { Array as KArray } from 'kernax';

type Value = Parameters<nn.FunctionalFn>[1];
type Params = Parameters<nn.FunctionalFn>[0];
type StaxParams = Parameters<nn.stax.ApplyFn>[0];

const VIEWS = 5;
/** The views axis is the last one, axis 4, of the input and of the output. */
const VMAP = `vmap{in_axes=4,out_axes=4,axis_size=${VIEWS}}`;
/** The parameters (4 leaves) are shared by every view; only the image (input 4) is mapped. */
const VMAP_P = `vmap{in_axes=(null,null,null,null,4),out_axes=4,axis_size=${VIEWS}}`;
const JAC_P = 'jacrev{argnums=(0,1,2,3)}';

// ---- the model, both ways -----------------------------------------------------------------------

/** torch style: NCHW images, OIHW weights, torch's default initialisation drawn from a kernax key. */
export const [fn, params] = nn.makeFunctional(nn.Sequential(nn.Conv2d(3, 5, 3), nn.Conv2d(5, 5, 3)), random.key(0));

/** JAX stax style: NHWC images, HWIO weights, an (init, apply) pair. */
const [staxInit, staxApply] = nn.stax.serial(nn.stax.Conv(5, [3, 3]), nn.stax.Conv(5, [3, 3]));
export const staxParams: StaxParams = staxInit(random.key(42), [1, 16, 16, 3])[1];
export const staxFn = (p: StaxParams, x: Value): Value => staxApply(p, x) as Value;

/** The multi-view models: the per-view function mapped over axis 4 of the input and of the output. */
export const multiviewOf = (p: Params) => vmap((x: Value) => fn(p, x), { inAxes: 4, outAxes: 4 }) as (x: Value) => KArray;
export const staxMultiviewOf = (p: StaxParams) => vmap((x: Value) => staxFn(p, x), { inAxes: 4, outAxes: 4 }) as (x: Value) => KArray;

// ---- program entries for `kernax dump` ----------------------------------------------------------

const view = { shape: [1, 3, 16, 16], dtype: 'float32' };
const staxView = { shape: [1, 16, 16, 3], dtype: 'float32' };
const perViewFn = (x: Value) => fn(params, x);
const staxPerViewFn = (x: Value) => staxFn(staxParams, x);

export const perView = program(perViewFn, [view], { transforms: '' });
export const multiview = program(perViewFn, [view], { transforms: VMAP });
export const multiviewJac = program(perViewFn, [view], { transforms: `${VMAP},jacrev` });
export const multiviewJacParams = program((p: Params, x: Value) => fn(p, x), [params, view], { transforms: `${VMAP_P},${JAC_P}` });
export const staxPerView = program(staxPerViewFn, [staxView], { transforms: '' });
export const staxMultiview = program(staxPerViewFn, [staxView], { transforms: VMAP });
export const staxMultiviewJac = program(staxPerViewFn, [staxView], { transforms: `${VMAP},jacrev` });
export const staxMultiviewJacParams = program((p: StaxParams, x: Value) => staxFn(p, x), [staxParams, staxView], { transforms: `${VMAP_P},${JAC_P}` });

// ---- the story ----------------------------------------------------------------------------------

const shapeOf = (a: { shape: readonly number[] }) => `[${a.shape.join(', ')}]`;
const leafShapes = (t: unknown) => Object.entries(t as Record<string, KArray>).map(([k, v]) => `'${k}': ${shapeOf(v)}`).join(', ');
const mib = (bytes: number) => (bytes < 2 ** 20 ? `${(bytes / 1024).toFixed(1)} KiB` : `${(bytes / 2 ** 20).toFixed(1)} MiB`);
const indent = (text: string) => text.split('\n').map((l) => `    ${l}`).join('\n');

function section(title: string, ...lines: string[]): void {
  console.log(`\n## ${title}\n`);
  for (const l of lines) console.log(l);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/**
 * Milliseconds of `f()`: the median of `runs` calls, after one warm-up call when `runs` > 1 (V8 optimises a
 * new kernel while it first runs); the result of the last one is returned too.
 */
function timeIt<T>(runs: number, f: () => T): [number, T] {
  const ms: number[] = [];
  let out!: T;
  if (runs > 1) f();
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    out = f();
    ms.push(performance.now() - t0);
  }
  return [median(ms), out];
}

const maxAbsDiff = (a: ArrayLike<number>, b: ArrayLike<number>, offB = 0): number => {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]! - b[offB + i]!));
  return m;
};

/** Milliseconds of an async call that ends with its results read back: the median of `runs` after one warm-up. */
async function timeAsync(runs: number, f: () => Promise<unknown>): Promise<number> {
  await f();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await f();
    ms.push(performance.now() - t0);
  }
  return median(ms);
}

/** Reads every leaf of a result back to the host (webgpu reads are asynchronous). */
const readAll = async (t: unknown): Promise<void> => {
  for (const l of tree.leaves(t)) await (l as KArray).data();
};

/**
 * The compiled calls on the webgpu device, when an adapter exists: the parameters and the image are moved
 * there explicitly (JAX's committed-device rule) and passed as arguments; each time includes reading the
 * result back. Returns the lines of the story, or why there is no adapter.
 */
async function webgpuTimes(x: KArray): Promise<string[]> {
  const status = await initWebGpu();
  if (!status.available) return [`webgpu: no adapter here (${status.reason}), so the CPU figures above are the ones to read.`];
  const xg = x.to('webgpu');
  const pg = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, (v as KArray).to('webgpu')])) as Params;
  const fwd = jit((p: Params, xx: Value) => multiviewOf(p)(xx), { device: 'webgpu' });
  const jX = jit((p: Params, xx: Value) => jacrev((u: Value) => multiviewOf(p)(u))(xx), { device: 'webgpu' });
  const jP = jit((p: Params, xx: Value) => jacrev((q: Params) => multiviewOf(q)(xx))(p), { device: 'webgpu' });
  const info = status.device;
  return [
    `${info.description}, each time including the read-back of the result:`,
    `multi-view model:              ${(await timeAsync(5, () => readAll(fwd(pg, xg)))).toFixed(2)} ms (median of 5 runs)`,
    `jacrev w.r.t. the input:       ${(await timeAsync(3, () => readAll(jX(pg, xg)))).toFixed(0)} ms (median of 3 runs)`,
    `jacrev w.r.t. the parameters:  ${(await timeAsync(3, () => readAll(jP(pg, xg)))).toFixed(0)} ms (median of 3 runs)`,
  ];
}

async function story(): Promise<void> {
  const t0 = performance.now();
  const x = random.normal(random.key(0), [1, 3, 16, 16, VIEWS]) as KArray;
  const xs = random.normal(random.key(1), [1, 16, 16, 3, VIEWS]) as KArray;
  const mv = multiviewOf(params);
  const smv = staxMultiviewOf(staxParams);
  const device = 'cpu';

  console.log('# kernax: a multi-view CNN and its Jacobian');
  section('1. The model',
    'A two-layer CNN (3x3 convs, 3 → 5 → 5 channels) written for ONE image; its parameters live outside it.',
    `torch style: nn.makeFunctional(nn.Sequential(nn.Conv2d(3, 5, 3), nn.Conv2d(5, 5, 3)), key) gives fn(params, x) and params {${leafShapes(params)}}.`,
    `stax style:  nn.stax.serial(nn.stax.Conv(5, [3, 3]), nn.stax.Conv(5, [3, 3])) gives (init, apply); params ${JSON.stringify(tree.leaves(staxParams).map((l) => (l as KArray).shape))}.`);

  const y = mv(x);
  const ys = smv(xs);
  section('2. Many views with vmap',
    'vmap(x => fn(params, x), {inAxes: 4, outAxes: 4}) runs the same network on every view stacked on the last axis.',
    `torch style: x ${shapeOf(x)} (batch, channels, H, W, views) → y ${shapeOf(y)}`,
    `stax style:  x ${shapeOf(xs)} (batch, H, W, channels, views) → y ${shapeOf(ys)}`);

  const jacX = jit(jacrev(mv));
  const jacP = jit(jacrev((p: Params) => multiviewOf(p)(x)));
  const loweredX = jacX.lower(x);
  const loweredP = jacP.lower(params);
  section('3. Jacobians with jacrev',
    'jacrev differentiates the whole multi-view model in reverse mode, one output element per row.',
    `with respect to the input:      ${shapeOf(loweredX.jaxpr.jaxpr.outvars[0]!.aval)} (output shape, then input shape)`,
    `with respect to the parameters: {${leafShapes(Object.fromEntries(Object.keys(params).sort().map((k, i) => [k, loweredP.jaxpr.jaxpr.outvars[i]!.aval])))}}`,
    `stax, with respect to the input: ${shapeOf(makeJaxpr(jacrev(smv))(xs).jaxpr.outvars[0]!.aval)}`);

  const fwd = jit(mv);
  section('4. The multi-view model as a jaxpr',
    'Tracing turns the function into a jaxpr; vmap folded the views axis into the convolutions\' batch dimension.',
    indent(fwd.lower(x).asText('optimized')));

  section('5. Its Jacobian (with respect to the input), after simplify',
    'jacrev pushes an identity of cotangents back through the convolutions: their transposes are convolutions again.',
    indent(loweredX.asText('optimized')));

  const cFwd = fwd.lower(x).compile({ device });
  const cX = loweredX.compile({ device });
  const cP = loweredP.compile({ device });
  const plan = (name: string, s: { kernels: number; launches: number; peakBytes: number }) =>
    `${name.padEnd(32)} ${String(s.kernels).padStart(2)} kernels, ${String(s.launches).padStart(2)} launches, peak memory ${mib(s.peakBytes)}`;
  section('6. The fusion plan',
    'The optimised jaxpr is fused into kernels; the buffer planner reuses memory once a value is dead.',
    plan('multi-view model:', cFwd.stats()), plan('jacrev w.r.t. the input:', cX.stats()), plan('jacrev w.r.t. the parameters:', cP.stats()));

  const [msFwd, yc] = timeIt(5, () => cFwd.call(x) as KArray);
  const [msX, jx] = timeIt(1, () => cX.call(x) as KArray);
  const [msP, jp] = timeIt(1, () => cP.call(params) as Record<string, KArray>);
  section('7. Time of the compiled calls, on cpu',
    'The cpu device runs the kernels as JavaScript compiled once with new Function (section 9: webgpu).',
    `multi-view model:              ${msFwd.toFixed(2)} ms (median of 5 runs after a warm-up)`,
    `jacrev w.r.t. the input:       ${msX.toFixed(0)} ms (one run: 3600 x 3840 entries, ~2.8 GFLOP of convolutions)`,
    `jacrev w.r.t. the parameters:  ${msP.toFixed(0)} ms (one run)`);

  section('8. Checked against the reference interpreter',
    'The interpreter evaluates each jaxpr equation by equation, with no fusion: the oracle for the compiled kernels.',
    ...checkAgainstInterpreter(x, yc, jx, jp));
  section('9. The same calls on webgpu',
    'jit(f, {device: \'webgpu\'}) prints the same kernels as WGSL compute shaders and runs them on the GPU.',
    ...(await webgpuTimes(x)));
  console.log(`\n(done in ${((performance.now() - t0) / 1000).toFixed(1)} s)`);
}

/** Output positions whose Jacobian rows are checked: spread over channels, pixels and views. */
const ROWS = [0, 777, 1801, 3599];

/**
 * The largest differences between the compiled results and the reference interpreter: the whole forward
 * pass, and rows of both Jacobians (each row is one vjp, interpreted; the whole Jacobian would take minutes).
 */
function checkAgainstInterpreter(x: KArray, y: KArray, jx: KArray, jp: Record<string, KArray>): string[] {
  const yRef = interpret(makeJaxpr(multiviewOf(params))(x), [x])[0]!;
  const dFwd = maxAbsDiff(y.dataSync(), yRef.dataSync());
  const pullX = makeJaxpr((xx: Value, ct: Value) => (vjp(multiviewOf(params), [xx])[1] as (c: Value) => Value[])(ct)[0]!);
  const pullP = makeJaxpr((p: Params, ct: Value) => (vjp((q: Params) => multiviewOf(q)(x), [p])[1] as (c: Value) => Params[])(ct)[0]!);
  const keys = Object.keys(params).sort();
  const jxData = jx.dataSync();
  let dX = 0;
  let dP = 0;
  for (const row of ROWS) {
    const ctA = oneHot(y.shape, row);
    const gx = interpret(pullX(x, ctA), [x, ctA])[0]!.dataSync();
    dX = Math.max(dX, maxAbsDiff(gx, jxData, row * gx.length));
    const gp = interpret(pullP(params, ctA), [...keys.map((k) => params[k]!), ctA]);
    keys.forEach((k, i) => {
      const g = gp[i]!.dataSync();
      dP = Math.max(dP, maxAbsDiff(g, jp[k]!.dataSync(), row * g.length));
    });
  }
  return [
    `multi-view model (all ${y.size} outputs):        max |compiled - interpreter| = ${dFwd.toExponential(2)}`,
    `jacrev w.r.t. the input (${ROWS.length} rows of 3600):     max |compiled - interpreter| = ${dX.toExponential(2)}`,
    `jacrev w.r.t. the parameters (${ROWS.length} rows):        max |compiled - interpreter| = ${dP.toExponential(2)}`,
  ];
}

/** A one-hot cotangent: 1 at flat position `at` of an array of this shape. */
const oneHot = (shape: readonly number[], at: number): KArray => {
  const data = new Array<number>(shape.reduce((a, b) => a * b, 1)).fill(0);
  data[at] = 1;
  return np.array(data).reshape([...shape]) as KArray;
};

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await story();
