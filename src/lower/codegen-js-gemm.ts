// CPU codegen: prints a contraction plan (codegen-js-contract.ts) as packed, register-blocked JS:
//   [strip loop over kernel loop t]            for (let S = 0; S < E; S += strip) { const $se = ...;
//     pack A: $pa[panel(m)·K·mr + k·mr + m%mr] = x   (M loops of the tile, then the reduction loops,
//                                                      the innermost short ones unrolled: PACK_UNROLL)
//     pack B: $pb[panel(n)·K·nr + k·nr + n%nr] = y   (each pack at the shallowest loop it depends on)
//     C[m, n] = Σ_k A[m, k]·B[n, k]                    (mr × nr accumulators per pass, k innermost)
//     the tile's loops again: the reduce's result is fround(C[m, n]), then the stores as usual.
// Rounding is the interpreter's: each product of two f32 values is exact in double, each output sums
// its products in double in the reduction loops' order (one accumulator per output: the same order as
// the sequential loop, bit for bit), then rounds once to f32. Padded rows/columns of the last panels
// hold stale values whose results are never read. Imports only src/ir and src/lower.
import type { Expr, Loop } from './kir.js';
import { closeLoops, countNodeUses, emit, loopJs, newFrame, openLoops, push, type Frame, type Gen } from './codegen-js-gen.js';
import type { Contract, Role } from './codegen-js-contract.js';
import { createInterner, mapExpr } from './kir-build.js';
import { simplifyExpr, stmtExtents } from './kir-simplify.js';

type EmitStmt = (g: Gen, s: Gen['k']['stmts'][number]) => void;

const STRIP = '$s';
const ceilTo = (a: number, b: number): number => Math.ceil(a / b) * b;

/** The tile's loops of one role, in kernel order (the first is the strip-mined one when it is stripped). */
function tileLoops(g: Gen, c: Contract, role: Role): Loop[] {
  return c.roles.flatMap((r, i) => (r === role ? [g.k.loops[c.t + i]!] : []));
}

const stripped = (g: Gen, c: Contract): boolean => c.strip < g.k.loops[c.t]!.extent;

/** `for` header of tile loop `l`: over the current strip for loop t when it is strip-mined. */
function header(g: Gen, c: Contract): ((v: string, l: Loop) => string) | undefined {
  if (!stripped(g, c)) return undefined;
  const t = g.k.loops[c.t]!.name;
  return (v, l) => (l.name === t ? `for (let ${v} = ${loopJs(g, STRIP).js}; ${v} < $se; ${v}++) {` : `for (let ${v} = 0; ${v} < ${l.extent}; ${v}++) {`);
}

/** Scratch buffers at the top of the kernel function. */
export function declareScratch(g: Gen, c: Contract): void {
  const pm = ceilTo(c.M, c.mr);
  const pn = ceilTo(c.N, c.nr);
  // Views of the process-wide scratch (H.packF32/H.packF64, codegen-js.ts): no allocation per call.
  g.decls.push(`  const $pa = H.packF32(0, ${pm * c.K}), $pb = H.packF32(${pm * c.K}, ${pn * c.K}), $c = H.packF64(${pm * pn});`);
}

/** Most copies of a pack's innermost reduction loops that are unrolled (their extents' product). */
export const PACK_UNROLL = 16;

/**
 * The pack's value at every iteration of the trailing reduction loops whose extents multiply to at most
 * PACK_UNROLL, in k order: each copy has those loop indices replaced by constants and is simplified
 * (window bounds checks and index terms of the other loops then hoist out of the pack's inner loops).
 * Nodes shared by several copies are marked shared so the emitter names them once. Returns the number of
 * loops left as loops, and the copies.
 */
function unrolledValues(g: Gen, c: Contract, value: Expr): { keep: number; copies: Expr[] } {
  const inner = c.reduce.inner;
  let keep = inner.length;
  let n = 1;
  while (keep > 0 && n * inner[keep - 1]!.extent <= PACK_UNROLL) n *= inner[--keep]!.extent;
  if (keep === inner.length) return { keep, copies: [value] };
  const tail = inner.slice(keep);
  const K = createInterner();
  const ext = stmtExtents(g.k, c.reduce);
  const copies: Expr[] = [];
  for (let u = 0; u < n; u++) {
    const at = new Map<string, number>();
    let rest = u;
    for (let i = tail.length - 1; i >= 0; i--) {
      at.set(tail[i]!.name, rest % tail[i]!.extent);
      rest = Math.floor(rest / tail[i]!.extent);
    }
    const sub = mapExpr(K, value, (_o, e) => (e.op === 'index' && at.has(e.loop) ? K.c(at.get(e.loop)!, 'i32') : e));
    copies.push(simplifyExpr(K, sub, ext));
  }
  markShared(g, copies);
  return { keep, copies };
}

/** Raises the use count of every node reached from more than one place in `roots` to at least 2. */
function markShared(g: Gen, roots: readonly Expr[]): void {
  for (const [id, n] of countNodeUses(roots)) if (n > 1) g.uses.set(id, Math.max(n, g.uses.get(id) ?? 0));
}

/** Packs one operand (`x` over the M loops into $pa, or `y` over the N loops into $pb). */
function emitPack(g: Gen, c: Contract, role: Role): void {
  const [buf, q, cnt, r, value] = role === 'M' ? ['$pa', '$qa', '$ia', c.mr, c.x] : ['$pb', '$qb', '$ib', c.nr, c.y];
  const loops = tileLoops(g, c, role);
  push(g, `let ${cnt} = 0;`);
  openLoops(g, loops, header(g, c));
  push(g, r === 1 ? `let ${q} = ${cnt} * ${c.K};` : `let ${q} = (${cnt} - ${cnt} % ${r}) * ${c.K} + ${cnt} % ${r};`);
  const { keep, copies } = unrolledValues(g, c, value);
  openLoops(g, c.reduce.inner.slice(0, keep));
  const dm = new Map<number, number>();
  copies.forEach((e, u) => push(g, `${buf}[${u ? `${q} + ${u * r}` : q}] = ${emit(g, e, dm)};`));
  push(g, `${q} += ${r * copies.length};`);
  closeLoops(g, keep);
  push(g, `${cnt}++;`);
  closeLoops(g, loops.length);
}

/** Emits the packs that depend on no loop deeper than frame depth `depth`. */
export function emitPacksAt(g: Gen, c: Contract, depth: number): void {
  if (c.depthA === depth) emitPack(g, c, 'M');
  if (c.depthB === depth) emitPack(g, c, 'N');
}

/** A frame built directly (its body is fixed text, no expression is emitted into it). */
function block(head: string, items: (string | Frame)[]): Frame {
  const f = newFrame(0, head);
  f.items.push(...items);
  return f;
}

/** The number of rows (role M) or columns (N) of the current tile, as JS. */
function count(g: Gen, c: Contract, role: Role): string {
  const full = role === 'M' ? c.M : c.N;
  if (!stripped(g, c) || c.roles[0] !== role) return String(full);
  const inner = full / c.strip;
  return `($se - ${loopJs(g, STRIP).js}) * ${inner}`;
}

/**
 * C = A·Bᵀ over the tile's panels: mr × nr accumulators, k innermost. A row panel of A that is all ±0
 * against a B column panel with only finite values (every product ±0, each sum from +0 stays +0) is
 * skipped and its block of C set to +0: exact. It skips most of the work of products with one-hot
 * operands (jacrev's cotangent basis pushed through a linear map); dense panels pay one compare.
 */
function emitProduct(g: Gen, c: Contract): void {
  const { mr, nr, K } = c;
  const ld = ceilTo(c.N, nr);
  const rows = Array.from({ length: mr }, (_, i) => i);
  const cols = Array.from({ length: nr }, (_, j) => j);
  const acc = (i: number, j: number): string => `$c${i}_${j}`;
  const loads = [...rows.map((i) => `$x${i} = $pa[$a${i ? ` + ${i}` : ''}]`), ...cols.map((j) => `$y${j} = $pb[$b${j ? ` + ${j}` : ''}]`)];
  const kLoop = block(`for (let $k = 0; $k < ${K}; $k++) {`, [
    `const ${loads.join(', ')};`,
    ...rows.map((i) => cols.map((j) => `${acc(i, j)} += $x${i} * $y${j};`).join(' ')),
    `$a += ${mr}; $b += ${nr};`,
  ]);
  const writes = (v: (i: number, j: number) => string): string[] =>
    rows.map((i) => cols.map((j) => `$c[$o${i * ld + j ? ` + ${i * ld + j}` : ''}] = ${v(i, j)};`).join(' '));
  const mPass = block(`for (let $i = 0; $i < $mp; $i++) {`, [
    `let $a = $i * ${mr * K}, $b = $j * ${nr * K};`,
    `const $o = $i * ${mr * ld} + $j * ${nr};`,
    block('if ($fin) {', [
      `let $q = $a; const $e = $a + ${mr * K};`,
      'while ($q < $e && $pa[$q] === 0) $q++;',
      block('if ($q === $e) {', [...writes(() => '0'), 'continue;']),
    ]),
    `let ${rows.flatMap((i) => cols.map((j) => `${acc(i, j)} = 0`)).join(', ')};`,
    kLoop,
    ...writes(acc),
  ]);
  const np = `(${count(g, c, 'N')} + ${nr - 1}) / ${nr} | 0`;
  push(g, `const $mp = (${count(g, c, 'M')} + ${mr - 1}) / ${mr} | 0;`);
  g.stack[g.stack.length - 1]!.items.push(block(`for (let $j = 0, $np = ${np}; $j < $np; $j++) {`, [
    `let $fin = 1;`,
    `for (let $q = $j * ${nr * K}, $e = $q + ${nr * K}; $q < $e; $q++) if ($pb[$q] - $pb[$q] !== 0) { $fin = 0; break; }`,
    mPass,
  ]));
}

/** The flat C offset of the current tile iteration: Σ (index − start)·stride over the tile loops. */
function cIndex(g: Gen, c: Contract): Expr {
  const K = createInterner();
  const ld = ceilTo(c.N, c.nr);
  const terms: Expr[] = [];
  let sm = ld;
  let sn = 1;
  for (let i = c.roles.length - 1; i >= 0; i--) {
    const l = g.k.loops[c.t + i]!;
    const ext = i === 0 ? c.strip : l.extent;
    const idx = i === 0 && stripped(g, c) ? K.isub(K.index(l.name), K.index(STRIP)) : K.index(l.name);
    const stride = c.roles[i] === 'M' ? sm : sn;
    terms.push(K.imul(idx, stride));
    if (c.roles[i] === 'M') sm *= ext;
    else sn *= ext;
  }
  return K.isum(terms.reverse());
}

/** The tile: strip loop, inner packs, the product, then the tile's loops reading C and storing. */
export function emitTile(g: Gen, c: Contract, emitStmt: EmitStmt): void {
  const k = g.k;
  const n = k.loops.length;
  const lt = k.loops[c.t]!;
  if (stripped(g, c)) {
    openLoops(g, [{ name: STRIP, extent: lt.extent }], (v) => `for (let ${v} = 0; ${v} < ${lt.extent}; ${v} += ${c.strip}) {`);
    push(g, `const $se = Math.min(${loopJs(g, STRIP).js} + ${c.strip}, ${lt.extent});`);
    emitPacksAt(g, c, c.t + 1);
  }
  emitProduct(g, c);
  const h = header(g, c);
  for (let lv = c.t + 1; lv <= n; lv++) {
    openLoops(g, [k.loops[lv - 1]!], h);
    for (const s of k.stmts) {
      if (s.level !== lv) continue;
      if (s === c.reduce) {
        const a = `a${g.accName.size}`;
        push(g, `const ${a} = Math.fround($c[${emit(g, cIndex(g, c), new Map())}]);`);
        g.accName.set(s.id, a);
        g.accDepth.set(s.id, g.stack.length - 1);
      } else emitStmt(g, s);
    }
  }
  closeLoops(g, n - c.t + (stripped(g, c) ? 1 : 0));
}
