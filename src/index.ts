// kernax: the public API. Everything a user imports comes from here.
import './api/methods.js';

export * as np from './api/np.js';
export * as lax from './api/lax.js';
export * as nn from './api/nn.js';
export * as random from './api/random.js';
export * as tree from './api/tree.js';
export * as optim from './api/optim.js';
export * as ir from './api/ir.js';
export { Array } from './api/array.js';
export { makeJaxpr, evalShape } from './api/tracing.js';
export { program } from './api/program.js';
export { jit } from './api/jit.js';
export { grad, valueAndGrad, jvp, linearize, vjp, linearTranspose } from './api/transforms-ad.js';
export { jacfwd, jacrev, hessian } from './api/jacobians.js';
export { vmap } from './api/vmap.js';
export type { Program } from './api/program.js';
export { interpret } from './api/interpret.js';
export { scope } from './api/scope.js';
export { memoryStats } from './runtime/buffer.js';
export { devices, defaultDevice, initWebGpu, setDefaultDevice, webGpuUnavailableReason } from './api/devices.js';
export type { DeviceInfo, DeviceKind, InitWebGpuOptions, WebGpuStatus } from './api/devices.js';
export { UserError, InternalError } from './ir/errors.js';
export type { ClosedJaxpr, Jaxpr, Eqn, Var, Literal, Atom } from './ir/core.js';
export type { Aval, DType, PublicDType } from './ir/dtype.js';
