// Bench configuration: command-line flags and the workload sizes (full, as issue 5 states them, or
// --quick for a fast end-to-end smoke run). Imports nothing from src/.
import type { TimeOptions } from './timing.js';

export const ALL_PEERS = ['kernax', 'jaxjs-wasm', 'jaxjs-wasm-mt', 'tfjs-cpu', 'tfjs-wasm', 'jaxjs-cpu'] as const;
export type PeerName = (typeof ALL_PEERS)[number];
/** jax-js's cpu backend is an interpreted debug backend (seconds per 256² matmul): opt-in only. */
export const DEFAULT_PEERS: readonly PeerName[] = ['kernax', 'jaxjs-wasm', 'jaxjs-wasm-mt', 'tfjs-cpu', 'tfjs-wasm'];
export const WORKLOADS = ['W1', 'W2', 'W3', 'W4', 'W5', 'W6', 'W7'] as const;
/** Workloads of the WebGPU bench only (W7: the fusion plan's host steps, which webgpu runs as shaders or kernels). */
export const WEBGPU_ONLY: readonly string[] = ['W7'];

export interface Sizes {
  w1: number[];
  w2: number[];
  w3sum: number;
  w3softmax: [number, number];
  w4: { sizes: number[]; batch: number; lr: number };
  w5: { sizes: number[]; batch: number };
  w6: { hw: number; views: number };
  w7: { sort: [number, number]; gather: { vocab: number; dim: number; rows: number }; pool: [number, number, number, number] };
}

export const FULL: Sizes = {
  w1: [1e6, 1e7],
  w2: [256, 512, 1024],
  w3sum: 1e7,
  w3softmax: [4096, 1024],
  w4: { sizes: [784, 512, 512, 10], batch: 128, lr: 0.01 },
  w5: { sizes: [784, 128, 10], batch: 64 },
  w6: { hw: 16, views: 5 },
  w7: { sort: [64, 1000], gather: { vocab: 1000, dim: 64, rows: 4096 }, pool: [8, 16, 32, 32] },
};

export const QUICK: Sizes = {
  w1: [1e5],
  w2: [64, 128],
  w3sum: 1e6,
  w3softmax: [256, 1024],
  w4: { sizes: [784, 512, 512, 10], batch: 16, lr: 0.01 },
  w5: { sizes: [784, 128, 10], batch: 8 },
  w6: { hw: 8, views: 5 },
  w7: { sort: [8, 100], gather: { vocab: 100, dim: 16, rows: 256 }, pool: [2, 4, 8, 8] },
};

export interface Config {
  quick: boolean;
  write: boolean;
  peers: PeerName[];
  only: string[];
  sizes: Sizes;
  time: TimeOptions;
  threads: number;
  /** Set in the child process that runs one peer (jax-js with the Worker shim) and writes JSON rows. */
  child?: { peer: PeerName; out: string };
  argv: string[];
}

const HELP = `npm run bench -- [--quick] [--write] [--only=W1,W3] [--peers=kernax,jaxjs-wasm,...] [--reps=N] [--max-ms=MS] [--threads=N]
  --quick    small sizes and few reps (a smoke run of the whole suite)
  --write    write bench/RESULTS.md
  --only     workloads to run (W1..W7, W7 with --webgpu only; default all)
  --peers    ${ALL_PEERS.join(', ')} (default: all but jaxjs-cpu; '+jaxjs-cpu' adds it)
  --reps     timed repetitions per case (after warm-up); --max-ms caps the time per case
  --threads  jax-js wasm-mt worker count (default 2)`;

export function parseConfig(argv: string[]): Config {
  const o = new Map<string, string>();
  for (const a of argv) {
    const m = /^--([^=]+)(?:=(.*))?$/.exec(a);
    if (!m) throw new Error(`bench: unexpected argument '${a}'\n${HELP}`);
    o.set(m[1]!, m[2] ?? 'true');
  }
  if (o.has('help')) { console.log(HELP); process.exit(0); }
  const known = new Set(['quick', 'write', 'only', 'peers', 'reps', 'max-ms', 'threads', 'child', 'child-out']);
  for (const k of o.keys()) if (!known.has(k)) throw new Error(`bench: unknown flag --${k}\n${HELP}`);
  const quick = o.get('quick') === 'true';
  const peers = parsePeers(o.get('peers'));
  const only = (o.get('only') ?? WORKLOADS.join(',')).split(',').map((s) => s.trim().toUpperCase());
  for (const w of only) if (!(WORKLOADS as readonly string[]).includes(w)) throw new Error(`bench: unknown workload '${w}', expected one of ${WORKLOADS.join(', ')}`);
  const reps = Number(o.get('reps') ?? (quick ? 3 : 9));
  const maxMs = Number(o.get('max-ms') ?? (quick ? 2000 : 15000));
  const child = o.get('child');
  const cfg: Config = {
    quick, write: o.get('write') === 'true', peers, only, sizes: quick ? QUICK : FULL,
    time: { warmup: quick ? 1 : 2, reps, minReps: Math.min(3, reps), maxMs },
    threads: Number(o.get('threads') ?? 2), argv,
  };
  if (child) cfg.child = { peer: checkPeer(child), out: o.get('child-out') ?? '' };
  return cfg;
}

function checkPeer(p: string): PeerName {
  if (!(ALL_PEERS as readonly string[]).includes(p)) throw new Error(`bench: unknown peer '${p}', expected one of ${ALL_PEERS.join(', ')}`);
  return p as PeerName;
}

function parsePeers(s: string | undefined): PeerName[] {
  if (!s) return [...DEFAULT_PEERS];
  if (s.startsWith('+')) return [...DEFAULT_PEERS, ...s.slice(1).split(',').map(checkPeer)];
  return s.split(',').map((p) => checkPeer(p.trim()));
}

export const wants = (cfg: Config, w: string): boolean => cfg.only.includes(w);

const sci = (n: number): string => (n >= 1e5 && Number.isInteger(Math.log10(n)) ? `1e${Math.log10(n)}` : String(n));
/** Case keys, shared by every peer, so that rows of the same case line up for the ratios. */
export const KEY = {
  w1: (n: number) => `W1 chain N=${sci(n)}`,
  w2: (n: number) => `W2 matmul ${n}x${n}`,
  w3sum: (n: number) => `W3 sum N=${sci(n)}`,
  w3softmax: ([r, c]: [number, number]) => `W3 softmax ${r}x${c}`,
  w4: (s: Sizes['w4']) => `W4 SGD step ${s.sizes.join('-')} B=${s.batch}`,
  w5: (s: Sizes['w5']) => `W5 per-example grads B=${s.batch}`,
  w5ref: (s: Sizes['w5']) => `W5 ref batch-mean grad B=${s.batch}`,
  w6fwd: (s: Sizes['w6']) => `W6 forward ${s.hw}x${s.hw}x${s.views}`,
  w6jac: (s: Sizes['w6']) => `W6 jacobian(x) ${s.hw}x${s.hw}x${s.views}`,
  w6jacp: (s: Sizes['w6']) => `W6 jacobian(params) ${s.hw}x${s.hw}x${s.views}`,
  /** kernax only: the same Jacobian in forward mode (jax-js's row above is forward mode too). */
  w6jacpFwd: (s: Sizes['w6']) => `W6 jacfwd(params) ${s.hw}x${s.hw}x${s.views}`,
  w7sort: ([r, c]: [number, number]) => `W7 sort rows ${r}x${c}`,
  w7gather: (g: Sizes['w7']['gather']) => `W7 gather VJP ${g.vocab}x${g.dim}, ${g.rows} rows`,
  w7pool: (s: readonly number[]) => `W7 max pool 2x2 VJP ${s.join('x')}`,
};
