// Running a text pipeline that mixes transforms (jvp, vjp, grad, jacfwd, jacrev, hessian, vmap{…},
// linearize, transpose{…}) and passes (inline, dce, cse, fold, simplify). Imports only src/ir.
import type { Jaxpr } from '../core.js';
import { UserError } from '../errors.js';
import { verifyJaxpr } from '../verify.js';
import type { PipelineStep } from './pipeline.js';
import { formatPipeline, parsePipeline, PASSES, resolvePasses } from './pipeline.js';
import type { StepResult } from './steps.js';
import { applyTransformStep, TRANSFORM_STEPS } from './steps.js';

/** The pass pipeline of the `optimized` stage. */
export const OPTIMIZE_PIPELINE = 'inline,fold,simplify,cse,dce';

export interface PipelineRunOptions {
  readonly verify?: boolean;
  /** Called after each step with the step's text and its result. */
  readonly onAfter?: (step: string, result: StepResult) => void;
}

/** Applies each step in order; `linearize` (two jaxprs) must be the last step. */
export function runPipeline(j: Jaxpr, pipeline: string | readonly PipelineStep[], opts: PipelineRunOptions = {}): StepResult {
  const steps = typeof pipeline === 'string' ? parsePipeline(pipeline) : pipeline;
  let cur: StepResult = { kind: 'one', jaxpr: j };
  steps.forEach((step, i) => {
    if (cur.kind === 'two') {
      throw new UserError('pipeline/after-linearize', 'pipeline', 'linearize produces two jaxprs and must end the pipeline', formatPipeline(steps.slice(i)), 'nothing after linearize');
    }
    cur = applyStep(step, cur.jaxpr);
    if (opts.verify) verifyResult(cur, formatPipeline([step]));
    opts.onAfter?.(formatPipeline([step]), cur);
  });
  return cur;
}

function applyStep(step: PipelineStep, j: Jaxpr): StepResult {
  const t = applyTransformStep(step, j);
  if (t) return t;
  if (!Object.hasOwn(PASSES, step.name)) {
    throw new UserError('pipeline/unknown-step', 'pipeline', `unknown step ${step.name}`, JSON.stringify(step.name), `a transform (${TRANSFORM_STEPS.join(', ')}) or a pass (${Object.keys(PASSES).join(', ')})`);
  }
  return { kind: 'one', jaxpr: resolvePasses([step])[0]!.run(j) };
}

function verifyResult(r: StepResult, where: string): void {
  if (r.kind === 'one') verifyJaxpr(r.jaxpr, `after ${where}`);
  else {
    verifyJaxpr(r.known, `after ${where} (known)`);
    verifyJaxpr(r.linear, `after ${where} (linear)`);
  }
}
