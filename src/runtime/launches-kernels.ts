// Kernel-mode launches: the fusion plan of a jaxpr (after expand.ts's rewrites), its Kernel IR (build-kernels), each loop kernel
// printed as JS and compiled once; host steps run the reference rules. Imports src/ir, src/lower and
// the runtime's own files.
import type { Jaxpr } from '../ir/core.js';
import { InternalError } from '../ir/errors.js';
import { buildKernels } from '../lower/build-kernels.js';
import { compileJsSource, emitJs } from '../lower/codegen-js.js';
import { emitWgsl } from '../lower/codegen-wgsl.js';
import { gpuStep } from '../lower/wgsl-steps.js';
import { PINNED_PROFILE } from '../lower/wgsl-profile.js';
import { isHostStep } from '../lower/kir.js';
import { printStep } from '../lower/kir-print.js';
import { planFusion, printPlan } from '../lower/plan.js';
import { expandForKernels } from '../lower/expand.js';
import type { BufferTable, Launch } from './executable-types.js';
import type { Built } from './launches-host.js';

/** Launches of `j`'s fusion plan: one per planned kernel or host step, in launch order. */
export function kernelLaunches(j0: Jaxpr, table: BufferTable): Built {
  const j = expandForKernels(j0);
  const plan = planFusion(j);
  const built = buildKernels(j, plan);
  const launches: Launch[] = built.kernels.map((step, i): Launch => {
    const b = built.bindings[i]!;
    const reads = b.inputs.map((a) => table.of(a));
    const writes = b.outputs.map((v) => {
      if (table.has(v)) throw new InternalError(`kernelLaunches: step ${step.name} writes an already defined value`);
      return table.define(v);
    });
    if (isHostStep(step)) {
      return { kind: 'host', name: step.name, prim: step.prim, params: step.params, inAvals: b.inputs.map((a) => a.aval), outAvals: b.outputs.map((v) => v.aval), reads, writes };
    }
    const source = emitJs(step);
    return { kind: 'kernel', name: step.name, kernel: step, fn: compileJsSource(source), source, reads, writes };
  });
  return {
    launches,
    text: {
      plan: () => printPlan(plan, j),
      kernels: () => built.kernels.map(printStep).join('\n\n'),
      js: () => launches.flatMap((l) => (l.kind === 'kernel' ? [l.source] : [`// ${l.name}: host step ${l.prim}`])).join('\n\n'),
      // Against the pinned profile: deterministic, no adapter needed (a run uses the adapter's profile).
      wgsl: () => launches.map(wgslText).join('\n\n'),
    },
  };
}

/** A launch's WGSL against the pinned profile, or a comment saying how webgpu runs it instead. */
function wgslText(l: Launch): string {
  if (l.kind === 'host') {
    const steps = gpuStep(l.prim, l.params, l.inAvals, PINNED_PROFILE);
    if (!steps) return `// ${l.name}: host step ${l.prim} (webgpu: read back, CPU rule, upload)`;
    return [`// ${l.name}: host step ${l.prim}, on webgpu ${steps.length === 1 ? 'a shader' : `${steps.length} shaders`} of its own (src/lower/wgsl-steps.ts)`, ...steps.map((st) => st.shader.code.trimEnd())].join('\n\n');
  }
  const n = l.reads.length + l.writes.length;
  if (n > PINNED_PROFILE.maxStorageBuffersPerShaderStage) return `// ${l.name}: ${n} storage buffers, over the profile's ${PINNED_PROFILE.maxStorageBuffersPerShaderStage} (webgpu: runs its JS on the host)`;
  return emitWgsl(l.kernel, PINNED_PROFILE).code.trimEnd();
}
