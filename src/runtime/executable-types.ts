// The data of an executable: logical buffers, launches (compiled kernels and host steps) and the
// buffer plan. Plain types and the buffer table builder; running lives in run.ts, building in
// executable.ts. Imports src/ir and src/lower (types).
import type { Atom, Jaxpr, Tensor, TypedArray, Var } from '../ir/core.js';
import type { Aval, DType } from '../ir/dtype.js';
import { size } from '../ir/dtype.js';
import { scalarTensor, F32_CTX } from '../ir/eval-types.js';
import type { Prim } from '../ir/primitives.js';
import type { Kernel } from '../lower/kir.js';
import type { BufferPlan } from './buffer-plan.js';

export type Device = 'cpu' | 'webgpu';

/** A compiled kernel: `fn(inputs, outputs)` over typed arrays. */
export type KernelFn = (inputs: TypedArray[], outputs: TypedArray[]) => void;

/** How a logical buffer gets its memory: a jaxpr input, a literal, a planned slot, or fresh per run. */
export type BufferRole = 'input' | 'literal' | 'intermediate' | 'output';

export interface BufferInfo {
  readonly aval: Aval;
  role: BufferRole;
  /** input: the input position (constvars first); literal: its tensor. */
  readonly input?: number;
  readonly literal?: Tensor;
}

export type Launch =
  | { readonly kind: 'kernel'; readonly name: string; readonly kernel: Kernel; readonly fn: KernelFn; readonly source: string; readonly reads: readonly number[]; readonly writes: readonly number[] }
  | { readonly kind: 'host'; readonly name: string; readonly prim: Prim; readonly params: unknown; readonly inAvals: readonly Aval[]; readonly outAvals: readonly Aval[]; readonly reads: readonly number[]; readonly writes: readonly number[] };

/** Where each jaxpr output comes from: a buffer it owns, or a copy of another (input, literal, repeat). */
export interface OutputSource {
  readonly buffer: number;
  readonly copy: boolean;
}

export interface Executable {
  readonly device: Device;
  /** The jaxpr it runs (constvars, then invars, are its inputs). */
  readonly jaxpr: Jaxpr;
  readonly hash: string;
  readonly inAvals: readonly Aval[];
  readonly outAvals: readonly Aval[];
  readonly buffers: readonly BufferInfo[];
  readonly launches: readonly Launch[];
  readonly outputs: readonly OutputSource[];
  readonly plan: BufferPlan;
  /** Texts for inspection: the fusion plan and the kernels (lazily computed by the builder). */
  readonly text: { readonly plan: () => string; readonly kernels: () => string; readonly js: () => string; readonly wgsl: () => string };
  /** Per-run scratch: the slots' memory and a typed view per intermediate (allocated on first run). */
  scratch: { base: TypedArray[]; busy: boolean } | null;
  /** The buffer of each input position. */
  readonly inputBuffers: readonly number[];
  /** Outputs written by kernels: allocated fresh before each run (host steps' outputs are adopted). */
  readonly freshOutputs: readonly { readonly buffer: number; readonly dtype: DType; readonly length: number }[];
}

export interface ExecutableStats {
  /** Compiled loop kernels (host steps excluded). */
  readonly kernels: number;
  /** Launches per run: kernels and host steps. */
  readonly launches: number;
  /** Host steps per run (on webgpu each reads back, runs the CPU rule and uploads: a fallback; a scatter_add that runs as shaders there is not counted). */
  readonly hostSteps: number;
  /** Physical buffers a run allocates: the scratch slots and the outputs it writes. */
  readonly buffers: number;
  /** Bytes a run allocates at its peak: the scratch slots plus the outputs. */
  readonly peakBytes: number;
}

export const BYTES: { readonly [D in DType]: number } = { f32: 4, i32: 4, u32: 4, bool: 1, float0: 0 };

export const bytesOf = (a: Aval): number => BYTES[a.dtype] * size(a.shape);

/** Bytes of a value in a GPU storage buffer: 4 per element (bool as u32). */
export const gpuBytesOf = (a: Aval): number => (a.dtype === 'float0' ? 0 : 4 * size(a.shape));

/** Maps jaxpr atoms to logical buffers: inputs first (constvars, invars), then as they are met. */
export class BufferTable {
  readonly buffers: BufferInfo[] = [];
  private readonly ids = new Map<number, number>();

  constructor(j: Jaxpr) {
    [...j.constvars, ...j.invars].forEach((v, i) => {
      if (this.ids.has(v.id)) return;
      this.ids.set(v.id, this.buffers.length);
      this.buffers.push({ aval: v.aval, role: 'input', input: i });
    });
  }

  /** The buffer of an atom: literals get a buffer of their own each time they are read. */
  of(a: Atom): number {
    if (a.kind === 'lit') {
      this.buffers.push({ aval: a.aval, role: 'literal', literal: scalarTensor(a.value, a.aval.dtype, F32_CTX) });
      return this.buffers.length - 1;
    }
    const id = this.ids.get(a.id);
    if (id !== undefined) return id;
    return this.define(a);
  }

  has(v: Var): boolean {
    return this.ids.has(v.id);
  }

  /** A fresh intermediate buffer for a var written by a launch. */
  define(v: Var): number {
    this.ids.set(v.id, this.buffers.length);
    this.buffers.push({ aval: v.aval, role: 'intermediate' });
    return this.buffers.length - 1;
  }

  /** Marks the jaxpr's outputs: a var written by a launch becomes fresh per run; the rest are copies. */
  outputs(j: Jaxpr): OutputSource[] {
    const seen = new Set<number>();
    return j.outvars.map((o) => {
      const b = this.of(o);
      const info = this.buffers[b]!;
      const copy = info.role !== 'intermediate' || seen.has(b);
      if (!copy) info.role = 'output';
      seen.add(b);
      return { buffer: b, copy };
    });
  }
}
