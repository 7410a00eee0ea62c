// Bench report: the stdout tables (per-case rows with the ratio kernax/peer, a ratio matrix, the
// issue's goals) and bench/RESULTS.md. Imports nothing from src/.
import type { Row } from './timing.js';
import { fmtMs } from './timing.js';

export interface Meta {
  date: string;
  cpu: string;
  cores: number;
  memGiB: number;
  node: string;
  platform: string;
  versions: Record<string, string>;
  mode: string;
  command: string;
  notes: string[];
}

const ratioOf = (rows: Row[], r: Row): number | null => {
  const k = rows.find((x) => x.key === r.key && x.peer === 'kernax' && x.timing);
  return k?.timing && r.timing ? k.timing.median / r.timing.median : null;
};
const fmtRatio = (x: number | null): string => (x === null ? '—' : x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));

function caseRows(rows: Row[]): string[][] {
  return rows.map((r) => [
    r.key, r.peer, r.what,
    r.timing ? fmtMs(r.timing.median) : 'FAILED',
    r.timing ? `${fmtMs(r.timing.min)}–${fmtMs(r.timing.max)} (n=${r.timing.n})` : (r.error ?? ''),
    r.timing ? fmtMs(r.timing.firstMs) : '',
    r.throughput ?? '',
    r.peer === 'kernax' ? '' : fmtRatio(ratioOf(rows, r)),
  ]);
}
const CASE_HEAD = ['case', 'peer', 'what', 'median ms', 'min–max ms', 'first ms', 'throughput', 'kernax/peer'];

function matrix(rows: Row[], peers: string[]): string[][] {
  const keys = [...new Set(rows.map((r) => r.key))];
  return keys.map((k) => [k, ...peers.map((p) => {
    const r = rows.find((x) => x.key === k && x.peer === p);
    if (!r) return '';
    if (!r.timing) return 'failed';
    return p === 'kernax' ? `${fmtMs(r.timing.median)} ms` : fmtRatio(ratioOf(rows, r));
  })]);
}

interface Goal { what: string; key: (k: string) => boolean; peer: string; test: (ratio: number, kernaxRow: Row) => boolean; target: string }
const GOALS: Goal[] = [
  { what: 'W1 at least as fast as jax-js wasm (1 thread)', key: (k) => k.startsWith('W1'), peer: 'jaxjs-wasm', test: (r) => r <= 1, target: 'ratio ≤ 1' },
  { what: 'W3 sum at least 2× jax-js wasm', key: (k) => k.startsWith('W3 sum'), peer: 'jaxjs-wasm', test: (r) => r <= 0.5, target: 'ratio ≤ 0.5' },
  { what: 'W3 softmax at least 1.5× jax-js wasm', key: (k) => k.startsWith('W3 softmax'), peer: 'jaxjs-wasm', test: (r) => r <= 1 / 1.5, target: 'ratio ≤ 0.67' },
  { what: 'W5 vmap(grad) no slower than jax-js wasm vmap(grad)', key: (k) => k.startsWith('W5 per-example'), peer: 'jaxjs-wasm', test: (r) => r <= 1, target: 'ratio ≤ 1' },
  { what: 'W4 first call (trace, transform, plan, codegen) under 150 ms', key: (k) => k.startsWith('W4'), peer: 'kernax', test: (_r, k) => k.compileMs !== undefined && k.compileMs < 150, target: 'compile < 150 ms' },
  { what: 'W6 jacobian at least 3× jax-js wasm (1 thread) (issue 7)', key: (k) => k.startsWith('W6 jacobian(x)'), peer: 'jaxjs-wasm', test: (r) => r <= 1 / 3, target: 'ratio ≤ 0.33' },
  { what: 'W6 jacobian faster than jax-js wasm-mt (issue 7)', key: (k) => k.startsWith('W6 jacobian(x)'), peer: 'jaxjs-wasm-mt', test: (r) => r < 1, target: 'ratio < 1' },
];

function goals(rows: Row[]): string[][] {
  const out: string[][] = [];
  for (const g of GOALS) {
    for (const k of [...new Set(rows.map((r) => r.key))].filter(g.key)) {
      const kr = rows.find((r) => r.key === k && r.peer === 'kernax');
      const pr = rows.find((r) => r.key === k && r.peer === g.peer);
      if (!kr?.timing || !pr?.timing) { out.push([g.what, k, g.target, kr?.timing ? `${g.peer}: no figure` : 'kernax: no figure', '—']); continue; }
      const ratio = kr.timing.median / pr.timing.median;
      const shown = g.peer === 'kernax' ? `compile ${kr.compileMs === undefined ? '—' : fmtMs(kr.compileMs)} ms (first call with its first run ${fmtMs(kr.timing.firstMs)} ms)` : `${fmtRatio(ratio)}`;
      out.push([g.what, k, g.target, shown, g.test(ratio, kr) ? 'met' : 'NOT met']);
    }
  }
  return out;
}

function textTable(head: string[], body: string[][]): string {
  const w = head.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]): string => r.map((c, i) => (c ?? '').padEnd(w[i]!)).join('  ').trimEnd();
  return [line(head), w.map((n) => '-'.repeat(n)).join('  '), ...body.map(line)].join('\n');
}
function mdTable(head: string[], body: string[][]): string {
  const esc = (c: string): string => c.replace(/\|/g, '\\|');
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...body.map((r) => `| ${r.map(esc).join(' | ')} |`)].join('\n');
}

export function printReport(rows: Row[], peers: string[]): string {
  const parts: string[] = [];
  parts.push(textTable(CASE_HEAD, caseRows(rows)));
  parts.push('\nkernax/peer (median time ratio; < 1: kernax faster; the kernax column is its median):');
  parts.push(textTable(['case', ...peers], matrix(rows, peers)));
  const g = goals(rows);
  if (g.length) parts.push('\nIssue goals:\n' + textTable(['goal', 'case', 'target', 'figure', ''], g));
  return parts.join('\n');
}

export function markdownReport(rows: Row[], peers: string[], meta: Meta): string {
  const versions = Object.entries(meta.versions).map(([k, v]) => `${k} ${v}`).join(', ');
  const out = [
    '# kernax benchmark results',
    '',
    `Written by \`${meta.command}\` (${meta.mode}). Times in ms: median over timed runs after warm-up, every run`,
    'forcing its results back to the host (a copy: kernax `await x.data()`, jax-js `await x.data()`,',
    'TF.js `await t.data()`) and then disposing them, as each library expects; "first" is the first call of',
    'a fresh `jit` (trace, transform, plan, compile, run, readback; for TF.js the first eager call; for',
    'kernax W4 the compile is timed alone by `lower().compile()` and "first" is its first run). Every result',
    'is checked against a float64 host reference before it is timed. The ratio is kernax/peer (median',
    'time): below 1, kernax is faster. Peers run in the same process on the same inputs, except jax-js',
    'wasm-mt, which runs in a child process with a Worker shim over worker_threads.',
    '',
    'Reading the figures: on these VMs the first touch of fresh memory costs about 13 µs per 4 KiB page',
    '(13 ms for a 4 MB array). The copy each read-back makes lands in fresh memory unless the allocator',
    'happens to reuse a freed block, so cases with large results (W1 1e6, W3 softmax, W5 per-example grads)',
    'are bimodal for every library: compare the min–max columns, where the min is the compute. kernax',
    'itself reuses the memory of disposed results (a host pool), so only the read-back copy pays it.',
    '',
    `- date: ${meta.date}`,
    `- machine: ${meta.cpu}, ${meta.cores} logical cores, ${meta.memGiB.toFixed(0)} GiB, ${meta.platform}`,
    `- Node ${meta.node}`,
    `- versions: ${versions}`,
    '',
    '## Ratios kernax/peer',
    '',
    mdTable(['case', ...peers], matrix(rows, peers)),
    '',
    '## Issue goals',
    '',
    mdTable(['goal', 'case', 'target', 'figure', ''], goals(rows)),
    '',
    '## All cases',
    '',
    mdTable(CASE_HEAD, caseRows(rows)),
    '',
  ];
  if (meta.notes.length) out.push('## Notes', '', ...meta.notes.map((n) => `- ${n}`), '');
  return out.join('\n');
}
