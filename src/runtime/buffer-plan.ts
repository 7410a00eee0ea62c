// The buffer plan of an executable: liveness-based reuse of memory slots by intermediates over a
// launch list. A pure function of launch reads/writes and buffer sizes; knows nothing of kernels.
// Imports nothing.

/** What a launch reads and writes, as logical buffer ids. */
export interface PlanLaunch {
  readonly reads: readonly number[];
  readonly writes: readonly number[];
}

export interface PlanInput {
  /** Bytes of each logical buffer, indexed by buffer id. */
  readonly bytes: readonly number[];
  /** Buffers the plan does not place: the jaxpr's inputs and outputs (fresh per run) and literals. */
  readonly external: ReadonlySet<number>;
  readonly launches: readonly PlanLaunch[];
}

/** Slot of a buffer: an index into `slotBytes`, `EXTERNAL`, or `EMPTY` (a zero-byte intermediate). */
export const EXTERNAL = -1;
export const EMPTY = -2;

export interface BufferPlan {
  /** Per logical buffer id: its slot, EXTERNAL or EMPTY. */
  readonly slotOf: readonly number[];
  /** Size in bytes of each physical slot (the largest buffer placed in it). */
  readonly slotBytes: readonly number[];
  /** Total bytes of the slots: the scratch memory the plan needs. */
  readonly scratchBytes: number;
  /** The most bytes of intermediates live at once (a lower bound for any plan). */
  readonly liveBytesPeak: number;
}

/** Launch index of each buffer's last read (its write when never read); -1 for buffers never written. */
function lastUses(nBuffers: number, launches: readonly PlanLaunch[]): number[] {
  const last = new Array<number>(nBuffers).fill(-1);
  launches.forEach((l, i) => {
    for (const b of l.writes) last[b] = Math.max(last[b]!, i);
    for (const b of l.reads) last[b] = i;
  });
  return last;
}

/**
 * Assigns each intermediate a slot: at each launch its outputs take the smallest free slot of at
 * least their size (a new slot when none fits); a buffer's slot is freed after its last reader. A
 * launch's outputs never share a slot with its own inputs or with each other.
 */
export function planBuffers(input: PlanInput): BufferPlan {
  const { bytes, external, launches } = input;
  const n = bytes.length;
  const last = lastUses(n, launches);
  const slotOf = new Array<number>(n).fill(EXTERNAL);
  const slotBytes: number[] = [];
  const free: number[] = [];
  let live = 0;
  let liveBytesPeak = 0;
  launches.forEach((l, i) => {
    for (const b of l.writes) {
      if (external.has(b) || slotOf[b] !== EXTERNAL) continue;
      if (bytes[b] === 0) { slotOf[b] = EMPTY; continue; }
      slotOf[b] = takeSlot(free, slotBytes, bytes[b]!);
      live += bytes[b]!;
    }
    liveBytesPeak = Math.max(liveBytesPeak, live);
    for (const b of new Set([...l.reads, ...l.writes])) {
      if (last[b] !== i || slotOf[b]! < 0) continue;
      free.push(slotOf[b]!);
      live -= bytes[b]!;
    }
  });
  return { slotOf, slotBytes, scratchBytes: slotBytes.reduce((a, b) => a + b, 0), liveBytesPeak };
}

/** Removes and returns the best-fitting free slot of at least `need` bytes, or makes a new one. */
function takeSlot(free: number[], slotBytes: number[], need: number): number {
  let best = -1;
  for (let k = 0; k < free.length; k++) {
    const s = free[k]!;
    if (slotBytes[s]! >= need && (best < 0 || slotBytes[s]! < slotBytes[free[best]!]!)) best = k;
  }
  if (best >= 0) return free.splice(best, 1)[0]!;
  slotBytes.push(need);
  return slotBytes.length - 1;
}
