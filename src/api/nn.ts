// `nn`: the neural-network namespace. Activations live in nn-activations.ts; layers (stax, torch-style
// modules) are added beside them. Re-exports only.
export { elu, gelu, logSoftmax, logsumexp, relu, sigmoid, silu, softmax, softplus, tanh } from './nn-activations.js';
export * as stax from './nn-stax.js';
export * from './nn-torch.js';
export { crossEntropy, mseLoss, nllLoss } from './nn-losses.js';
export type { LossOptions, Reduction } from './nn-losses.js';
