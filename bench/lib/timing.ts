// Bench timing and result rows: warm-up, timed reps until a count or a time budget, min/median/max,
// the first call's time (trace + compile + run + readback), and a recorder that never lets one
// failing case stop the run. Imports nothing from src/.

export interface Stats { min: number; median: number; max: number; n: number }

export function stats(xs: readonly number[]): Stats {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  const median = n % 2 ? s[(n - 1) / 2]! : (s[n / 2 - 1]! + s[n / 2]!) / 2;
  return { min: s[0]!, median, max: s[n - 1]!, n };
}

export interface TimeOptions { warmup: number; reps: number; minReps: number; maxMs: number }

/** Warm-up time after the first `warmup` calls (see timeit), and the most warm-up calls. */
const WARM_MS = 150;
const WARM_CALLS = 30;

export interface Timing extends Stats { firstMs: number }

/**
 * The first call (timed and checked), then the warm-up: at least `warmup` calls, then more until WARM_MS
 * of them (at most WARM_CALLS): a small kernel reaches V8's optimising tier only after several calls (W6
 * forward: six calls of 4-7 ms, then 0.2-0.3 ms), which two warm-up calls left inside the timed reps. The
 * same for every peer. A first call slower than half the budget skips the warm-up and asks for one rep.
 */
export async function firstAndWarm<R>(first: () => Promise<R> | R, again: () => Promise<unknown> | unknown, o: TimeOptions, check: (r: R) => void): Promise<{ firstMs: number; minReps: number }> {
  const t0 = performance.now();
  const r = await first();
  const firstMs = performance.now() - t0;
  check(r);
  const slow = firstMs > o.maxMs / 2;
  const warm0 = performance.now();
  for (let i = 1; !slow && (i < o.warmup || (performance.now() - warm0 < WARM_MS && i < WARM_CALLS)); i++) await again();
  return { firstMs, minReps: slow ? 1 : o.minReps };
}

/**
 * `first` is the very first call (a fresh jit: tracing and compilation included); it returns the
 * result, forced to the host, which the caller checks. `again` runs one more call and forces its
 * results back to the host. A first call slower than the budget skips the warm-up and takes one rep.
 */
export async function timeit<R>(first: () => Promise<R> | R, again: () => Promise<unknown> | unknown, o: TimeOptions, check: (r: R) => void): Promise<Timing> {
  const { firstMs, minReps } = await firstAndWarm(first, again, o, check);
  const times: number[] = [];
  const start = performance.now();
  let t0: number;
  while (times.length < o.reps && (times.length < minReps || performance.now() - start < o.maxMs)) {
    t0 = performance.now();
    await again();
    times.push(performance.now() - t0);
  }
  return { ...stats(times), firstMs };
}

/** One measured (or failed) case of one peer. `key` joins the same case across peers for the ratios. */
export interface Row {
  workload: string;
  key: string;
  peer: string;
  what: string;
  timing?: Timing;
  throughput?: string;
  /** kernax: the time of `lower(...).compile()` on a fresh jit (trace, transform, plan, codegen; no run). */
  compileMs?: number;
  error?: string;
}

export interface Recorder {
  rows: Row[];
  notes: string[];
  /** Runs one case; an exception (a failed check included) is recorded, never rethrown. */
  run(workload: string, key: string, peer: string, what: string, body: () => Promise<{ timing: Timing; throughput?: string; compileMs?: number } | null>): Promise<void>;
  note(text: string): void;
}

export function fmtMs(x: number): string {
  return x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x >= 1 ? x.toFixed(2) : x.toFixed(3);
}

export function makeRecorder(log: (line: string) => void = (l) => console.log(l)): Recorder {
  const rows: Row[] = [];
  const notes: string[] = [];
  return {
    rows,
    notes,
    async run(workload, key, peer, what, body) {
      try {
        const res = await body();
        if (!res) return;
        const t = res.timing;
        rows.push({ workload, key, peer, what, timing: t, ...(res.throughput ? { throughput: res.throughput } : {}), ...(res.compileMs !== undefined ? { compileMs: res.compileMs } : {}) });
        log(`  ${peer.padEnd(14)} ${key.padEnd(26)} median ${fmtMs(t.median)} ms (min ${fmtMs(t.min)}, max ${fmtMs(t.max)}, n=${t.n}; first ${fmtMs(t.firstMs)} ms) ${res.throughput ?? ''}`);
      } catch (e) {
        const err = e instanceof Error ? `${e.name}: ${e.message}`.split('\n')[0]!.slice(0, 300) : String(e);
        rows.push({ workload, key, peer, what, error: err });
        log(`  ${peer.padEnd(14)} ${key.padEnd(26)} FAILED ${err}`);
      }
    },
    note(text) { notes.push(text); log(`  note: ${text}`); },
  };
}
