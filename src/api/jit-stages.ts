// The stages of a jit trace entry: traced jaxpr → optimised jaxpr (OPTIMIZE_PIPELINE) → executable
// (cached by alpha-equivalent hash), and the `Lowered`/`Compiled` objects that show them as text.
// Imports runtime, trace, ir.
import type { ClosedJaxpr, Jaxpr, Tensor } from '../ir/core.js';
import { UserError } from '../ir/errors.js';
import { printJaxpr } from '../ir/printer.js';
import { OPTIMIZE_PIPELINE, runPipeline } from '../ir/transform/run-pipeline.js';
import type { DeviceKind } from '../runtime/buffer.js';
import type { Executable, ExecutableStats } from '../runtime/executable.js';
import { executableStats, getExecutable } from '../runtime/executable.js';
import { lastWebGpuProbe } from '../runtime/webgpu-device.js';
import type { DeviceProfile } from '../lower/wgsl-profile.js';
import type { TreeDef } from '../trace/pytree.js';
import { traceArgs, withText } from './tracing.js';

/** One traced signature of a jitted function. */
export interface Entry {
  readonly key: string;
  readonly traced: ClosedJaxpr;
  readonly consts: readonly Tensor[];
  readonly outTree: TreeDef;
  optimized: Jaxpr | null;
  /** The executable per device, compiled on first use. */
  readonly exes: Map<DeviceKind, Executable>;
}

export function traceEntry(name: string, f: (...a: unknown[]) => unknown, args: readonly unknown[], staticArgnums: readonly number[], key: string): Entry {
  const ft = traceArgs('jit', name, f, args, staticArgnums);
  return { key, traced: withText({ jaxpr: ft.jaxpr, consts: ft.consts }), consts: ft.consts, outTree: ft.outTree, optimized: null, exes: new Map() };
}

export function entryOptimized(e: Entry): Jaxpr {
  if (!e.optimized) {
    const r = runPipeline(e.traced.jaxpr, OPTIMIZE_PIPELINE);
    if (r.kind !== 'one') throw new Error('unreachable: the optimize pipeline yields one jaxpr');
    e.optimized = r.jaxpr;
  }
  return e.optimized;
}

export function entryExecutable(e: Entry, device: DeviceKind = 'cpu'): Executable {
  let exe = e.exes.get(device);
  if (!exe) { exe = getExecutable(entryOptimized(e), { device }); e.exes.set(device, exe); }
  return exe;
}

export type LowerStage = 'jaxpr' | 'optimized';
export type CompiledStage = 'plan' | 'kernels' | 'js' | 'wgsl';
export interface CompileOpts { readonly device?: DeviceKind | (string & {}) }

export interface Lowered {
  /** The jaxpr as traced. */
  readonly jaxpr: ClosedJaxpr;
  asText(stage?: LowerStage): string;
  compile(opts?: CompileOpts): Compiled;
}

export interface Compiled {
  readonly executable: Executable;
  asText(stage?: CompiledStage): string;
  stats(): ExecutableStats;
  /** Runs the compiled program; the arguments must have the lowered signature. */
  call(...args: unknown[]): unknown;
}

function badStage(api: string, stage: unknown, expected: readonly string[]): never {
  throw new UserError('jit/unknown-stage', api, 'unknown stage', JSON.stringify(stage), expected.map((s) => `'${s}'`).join(', '));
}

export function loweredOf(e: Entry, compile: (e: Entry, device: DeviceKind) => Compiled, defaultDevice: () => DeviceKind): Lowered {
  return {
    jaxpr: e.traced,
    asText(stage: LowerStage = 'jaxpr'): string {
      if (stage === 'jaxpr') return printJaxpr(e.traced.jaxpr);
      if (stage === 'optimized') return printJaxpr(entryOptimized(e));
      return badStage('jit.lower().asText', stage, ['jaxpr', 'optimized']);
    },
    compile(opts: CompileOpts = {}): Compiled {
      const d: string = opts.device ?? defaultDevice();
      const device: DeviceKind | null = d === 'cpu' ? 'cpu' : d === 'webgpu' ? 'webgpu' : null;
      if (device === null) throw new UserError('jit/unknown-device', 'jit.lower().compile', 'unsupported device', JSON.stringify(d), "'cpu' or 'webgpu'");
      return compile(e, device);
    },
  };
}

/** The initialised webgpu device's profile (which host steps run as shaders there), if there is one. */
function webGpuProfile(): DeviceProfile | undefined {
  const p = lastWebGpuProbe();
  return p?.ok ? p.device.profile : undefined;
}

/** The compiled stage for `device`: compiling for webgpu needs no adapter (its WGSL text uses PINNED_PROFILE). */
export function compiledOf(e: Entry, device: DeviceKind, call: (args: unknown[]) => unknown): Compiled {
  const exe = entryExecutable(e, device);
  return {
    executable: exe,
    asText(stage: CompiledStage = 'kernels'): string {
      switch (stage) {
        case 'plan': return exe.text.plan();
        case 'kernels': return exe.text.kernels();
        case 'js': return exe.text.js();
        case 'wgsl':
          if (device === 'webgpu') return exe.text.wgsl();
          throw new UserError('jit/stage-unavailable', 'jit.compiled.asText', "stage 'wgsl' is not available for device cpu", "'wgsl'", "'plan', 'kernels' or 'js'", 'Compile for the webgpu device to see WGSL: .compile({ device: \'webgpu\' })');
        default: return badStage('jit.compiled.asText', stage, ['plan', 'kernels', 'js', 'wgsl']);
      }
    },
    stats: () => executableStats(exe, webGpuProfile()),
    call: (...args: unknown[]) => call(args),
  };
}
