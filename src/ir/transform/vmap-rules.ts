// The batching rule table: part A (elementwise, layout, reductions, random) and part B (contractions,
// indexing, windows, jit), one rule per primitive. Imports only src/ir.
import type { Prim } from '../primitives.js';
import type { VmapRule } from './vmap-rules-types.js';
import { vmapRulesA } from './vmap-rules-a.js';
import { vmapRulesB } from './vmap-rules-b.js';

/** Every primitive's batching rule (see VmapRule for the signature). */
export const vmapRules: { readonly [P in Prim]: VmapRule<P> } = { ...vmapRulesA, ...vmapRulesB };
