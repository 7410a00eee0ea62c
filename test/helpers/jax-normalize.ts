// Maps JAX 0.10.2's printed jaxpr text onto kernax's canonical text, layout aside. Test helper only.
//
// What differs between the two, and how it is reconciled:
// - layout (JAX breaks lines at width 80 with its own pretty-printer; kernax follows printer.ts):
//   `layoutFree` writes both on one line, eqns joined by `; `, whitespace collapsed.
// - numpy scalar reprs leak into JAX's params (`np.int64(1)`): unwrapped to `1`.
// - params kernax does not have: `out_sharding`, `sharding`, `accuracy`, `precision`,
//   `indices_are_sorted`, `unique_indices`, and reshape's `dimensions=None`: dropped.
// - params JAX hides and kernax prints: broadcast_in_dim's `shape` (and an empty
//   `broadcast_dimensions`): rebuilt from the output binder.
// - conv's `preferred_element_type=None` (kernax always names a dtype): the output binder's dtype.
// - `mode=GatherScatterMode.CLIP` / `FILL_OR_DROP`: kernax's `clip` / `fill`.

const DTYPE_NAMES: Readonly<Record<string, string>> = { f32: 'float32', i32: 'int32', u32: 'uint32', bool: 'bool', float0: 'float0' };
const DROPPED = ['out_sharding', 'sharding', 'accuracy', 'precision', 'indices_are_sorted', 'unique_indices'];
const BINDER = String.raw`(?:[a-z]+|_):[a-z0-9]+\[[0-9,]*\]`;

/** One line: eqns joined by `; `, runs of whitespace collapsed, no space inside `[ ]` brackets. */
export function layoutFree(text: string): string {
  const eqnStart = new RegExp(String.raw`\s*\n\s*(?=${BINDER}(?: ${BINDER})* =)`, 'g');
  return text
    .replace(eqnStart, '; ')
    .replace(/\blet; /g, 'let ')
    .replace(/\s+/g, ' ')
    .replace(/\[ /g, '[')
    .replace(/ \]/g, ']')
    .trim();
}

/** JAX's text → kernax's canonical text, through `layoutFree`. Idempotent; leaves kernax text as is. */
export function normalizeJax(text: string): string {
  let s = layoutFree(text)
    .replace(/np\.(?:u?int|float)(?:8|16|32|64)\((-?[0-9.e+-]+)\)/g, '$1')
    .replace(/np\.True_/g, 'True')
    .replace(/np\.False_/g, 'False')
    .replace(/GatherScatterMode\.CLIP/g, 'clip')
    .replace(/GatherScatterMode\.FILL_OR_DROP/g, 'fill');
  const dropped = new RegExp(String.raw`(?<=[\[ ])(?:${DROPPED.join('|')})=(?:None|True|False|[A-Za-z_.]+) ?`, 'g');
  s = s.replace(dropped, '').replace(/(?<=[\[ ])dimensions=None ?/g, '');
  s = s.replace(/ \]/g, ']').replace(/(= [a-z_0-9]+)\[\]/g, '$1');
  s = s.replace(new RegExp(String.raw`(${BINDER}) = broadcast_in_dim(?:\[([^\]]*)\])?`, 'g'), broadcastParams);
  s = s.replace(/([a-z0-9]+)\[[0-9,]*\] = conv_general_dilated\[[^\]]*\]/g, (eqn, dtype: string) =>
    eqn.replace('preferred_element_type=None', `preferred_element_type=${DTYPE_NAMES[dtype] ?? dtype}`));
  return s;
}

function broadcastParams(_m: string, binder: string, params: string | undefined): string {
  const dims = /\[([0-9,]*)\]$/.exec(binder)![1]!;
  const shape = dims === '' ? [] : dims.split(',');
  const shapeText = shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`;
  const bd = /broadcast_dimensions=(\([^)]*\))/.exec(params ?? '')?.[1] ?? '()';
  return `${binder} = broadcast_in_dim[broadcast_dimensions=${bd} shape=${shapeText}]`;
}
