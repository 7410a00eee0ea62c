// The `np` namespace: numpy's op surface over Arrays and tracers alike (API.md). Re-exports the np-*.ts
// modules and installs the numpy-style methods on Array and Tracer (methods.ts) as a side effect.
import './methods.js';

export * from './np-creation.js';
export * from './np-elementwise.js';
export * from './np-reductions.js';
export * from './np-shape.js';
export * from './np-indexing.js';
export * from './np-linalg.js';
export type { ArrayLike, Axis, DTypeLike, Value } from './np-core.js';
