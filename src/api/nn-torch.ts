// torch / functorch style layers: module descriptions (NCHW, OIHW) made functional with a kernax key.
// Re-exports only: modules in nn-torch-modules.ts, BatchNorm2d in nn-torch-batchnorm.ts, the
// functional API in nn-torch-functional.ts.
export { Conv2d, Flatten, Identity, Linear, MaxPool2d, ReLU, Sequential, Sigmoid, Tanh } from './nn-torch-modules.js';
export type { Conv2dOptions, ForwardContext, InitKind, MaxPool2dOptions, Module, StateDict, TensorSpec } from './nn-torch-modules.js';
export { BatchNorm2d } from './nn-torch-batchnorm.js';
export type { BatchNorm2dOptions } from './nn-torch-batchnorm.js';
export { functionalCall, initModuleState, makeFunctional, makeFunctionalWithBuffers, namedSpecs, stackModuleState } from './nn-torch-functional.js';
export type { CallOptions, FunctionalFn, FunctionalFnWithBuffers, ModuleState } from './nn-torch-functional.js';
