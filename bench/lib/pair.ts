// Interleaved timing of the same case across peers that run in one process (the WebGPU bench: kernax
// and jax-js on one Dawn adapter). Each peer's suite runs as its own async task and asks `timeCase` to
// time a case; once every live peer is waiting, the cases with the earliest key are timed together:
// each peer's first call and warm-up, then the timed repetitions alternate between the peers (A B, B A,
// ...), so that both libraries meet the same machine state — on these shared VMs a memory-bound call's
// time drifts by 2× within a minute (page reclaim and refaults), which timing one peer's reps after the
// other's turned into ratios of either sign. With no interleaver installed, `timeCase` is `timeit`.
// Imports bench/lib only.
import type { TimeOptions, Timing } from './timing.js';
import { firstAndWarm, stats, timeit } from './timing.js';

interface Waiting {
  readonly peer: string;
  readonly key: string;
  readonly seq: number;
  readonly first: () => Promise<unknown> | unknown;
  readonly again: () => Promise<unknown> | unknown;
  readonly check: (r: unknown) => void;
  readonly o: TimeOptions;
  readonly resolve: (t: Timing) => void;
  readonly reject: (e: unknown) => void;
}

interface Interleaver {
  /** Runs one peer's suite as a task of the interleaver; resolves when the suite has ended. */
  peer(name: string, suite: () => Promise<void>): Promise<void>;
  wait(w: Omit<Waiting, 'seq'>): void;
}

let current: Interleaver | null = null;

/**
 * Times `again` after one `first` call (checked), as `timeit` does — interleaved with the other peers'
 * same `key` when an interleaver runs (see `interleaved`).
 */
export function timeCase<R>(key: string, peer: string, first: () => Promise<R> | R, again: () => Promise<unknown> | unknown, o: TimeOptions, check: (r: R) => void): Promise<Timing> {
  const il = current;
  if (!il) return timeit(first, again, o, check);
  return new Promise<Timing>((resolve, reject) => il.wait({ peer, key, first, again, check: check as (r: unknown) => void, o, resolve, reject }));
}

/** Runs the peers' suites concurrently under one interleaver (see the file comment). */
export async function interleaved(suites: ReadonlyArray<readonly [string, () => Promise<void>]>): Promise<void> {
  if (current) throw new Error('bench: interleaved() is already running');
  const live = new Set(suites.map(([n]) => n));
  const waiting = new Map<string, Waiting>();
  let seq = 0, busy = false;
  const step = (): void => {
    if (busy || waiting.size === 0 || waiting.size < live.size) return;
    const earliest = [...waiting.values()].sort((a, b) => a.seq - b.seq)[0]!;
    const group = [...waiting.values()].filter((w) => w.key === earliest.key).sort((a, b) => a.seq - b.seq);
    for (const w of group) waiting.delete(w.peer);
    busy = true;
    void timeGroup(group).finally(() => { busy = false; step(); });
  };
  const il: Interleaver = {
    async peer(name, suite) {
      try { await suite(); } finally { live.delete(name); step(); }
    },
    wait(w) {
      if (!live.has(w.peer) || waiting.has(w.peer)) { w.reject(new Error(`bench: peer ${w.peer} is not running or already waits`)); return; }
      waiting.set(w.peer, { ...w, seq: seq++ });
      step();
    },
  };
  current = il;
  try { await Promise.all(suites.map(([n, s]) => il.peer(n, s))); } finally { current = null; }
}

/** First calls and warm-ups one peer after the other, then alternating timed repetitions. */
async function timeGroup(group: readonly Waiting[]): Promise<void> {
  interface Run { w: Waiting; firstMs: number; times: number[]; reps: number; minReps: number }
  const runs: Run[] = [];
  for (const w of group) {
    try {
      const { firstMs, minReps } = await firstAndWarm(w.first, w.again, w.o, w.check);
      runs.push({ w, firstMs, times: [], reps: w.o.reps, minReps });
    } catch (e) {
      w.reject(e);
    }
  }
  const start = performance.now();
  const budget = Math.max(0, ...runs.map((r) => r.w.o.maxMs)) * Math.max(1, runs.length);
  const wants = (r: Run): boolean => r.times.length < r.reps && (r.times.length < r.minReps || performance.now() - start < budget);
  const failed = new Set<Run>();
  for (let round = 0; runs.some((r) => !failed.has(r) && wants(r)); round++) {
    const order = round % 2 === 0 ? runs : [...runs].reverse();
    for (const r of order) {
      if (failed.has(r) || !wants(r)) continue;
      try {
        const t0 = performance.now();
        await r.w.again();
        r.times.push(performance.now() - t0);
      } catch (e) {
        failed.add(r);
        r.w.reject(e);
      }
    }
  }
  for (const r of runs) if (!failed.has(r)) r.w.resolve({ ...stats(r.times), firstMs: r.firstMs });
}
