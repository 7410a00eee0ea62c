import fc from 'fast-check';
import { programArb, programInputs } from './program-gen.js';
import { evalJaxpr } from '../../src/ir/eval.js';
import { F64_CTX } from '../../src/ir/eval-types.js';
const ps = fc.sample(programArb(), { numRuns: 5, seed: 20250607, path: "4" } as never);
// find the failing one
import { parseJaxpr } from '../../src/ir/parser.js';
const j = parseJaxpr(`{ lambda ; a:f32[2,3,1]. let
    b:i32[2,3,1] = iota[dimension=0 dtype=int32 shape=(2, 3, 1)]
    c:bool[2,3,1] = lt b 0:i32[]
    d:f32[2,3,1] = select_n c a a
    e:f32[6] = reshape[new_sizes=(6,)] d
    f:f32[4] = slice[limit_indices=(4,) start_indices=(0,) strides=None] e
    g:f32[2,2,1,1] = reshape[new_sizes=(2, 2, 1, 1)] f
    h:f32[1,2,3,1] = reshape[new_sizes=(1, 2, 3, 1)] d
    i:f32[1,2,3,1] = conv_general_dilated[
      batch_group_count=1
      dimension_numbers=ConvDimensionNumbers(lhs_spec=(0, 1, 2, 3), rhs_spec=(0, 1, 2, 3), out_spec=(0, 1, 2, 3))
      feature_group_count=1
      lhs_dilation=(1, 1)
      padding=((0, 0), (0, 0))
      preferred_element_type=float32
      rhs_dilation=(1, 1)
      window_strides=(1, 1)
    ] h g
    j:f32[2,3,1] = reshape[new_sizes=(2, 3, 1)] i
  in (j, d) }`);
for (const p of ps) if (p.text.includes('rev[dimensions=(1, 2)] j')) { const xs = programInputs(p); console.log(Array.from(xs[0]!.data)); const o = evalJaxpr(j, [], xs, F64_CTX); console.log(Array.from(o[0]!.data)); }
