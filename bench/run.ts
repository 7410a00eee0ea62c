// `npm run bench`: runs W1–W6 (issue 5) for kernax and its peers (jax-js wasm, jax-js wasm with a Worker
// shim in a child process, TF.js cpu and wasm; jax-js cpu opt-in), prints the tables and, with
// --write, bench/RESULTS.md. Not part of `npm test`. Imports bench/ only (peers load their packages).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config, PeerName } from './lib/config.js';
import { parseConfig, WEBGPU_ONLY } from './lib/config.js';
import type { Meta } from './lib/report.js';
import { interleaved } from './lib/pair.js';
import { markdownReport, printReport } from './lib/report.js';
import type { Recorder, Row } from './lib/timing.js';
import { makeRecorder } from './lib/timing.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));

async function runPeer(cfg: Config, rec: Recorder, peer: PeerName): Promise<void> {
  try {
    if (peer === 'kernax') await (await import('./peers/kernax.js')).runKernax(cfg, rec);
    else if (peer.startsWith('jaxjs')) await (await import('./peers/jaxjs.js')).runJaxjs(cfg, rec, peer);
    else await (await import('./peers/tfjs.js')).runTfjs(cfg, rec, peer);
  } catch (e) {
    // A peer that cannot start (missing package, backend unavailable): one failed row per workload.
    for (const w of cfg.only) await rec.run(w, `${w} (all cases)`, peer, 'peer setup', () => Promise.reject(e));
  }
}

/** The child side: one peer, its rows written as JSON for the parent. */
async function child(cfg: Config): Promise<void> {
  const { peer, out } = cfg.child!;
  if (peer === 'jaxjs-wasm-mt') (await import('./lib/worker-shim.js')).installWorkerShim(cfg.threads);
  const rec = makeRecorder();
  await runPeer(cfg, rec, peer);
  if (peer === 'jaxjs-wasm-mt') rec.note(`jax-js wasm-mt: ${(await import('./lib/worker-shim.js')).workersStarted()} worker threads started (navigator.hardwareConcurrency = ${cfg.threads})`);
  writeFileSync(out, JSON.stringify({ rows: rec.rows, notes: rec.notes }));
}

/** Runs one peer in a child process (same flags), returning its rows. */
function runChild(cfg: Config, peer: PeerName): Promise<{ rows: Row[]; notes: string[] }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kernax-bench-'));
  const out = path.join(dir, 'rows.json');
  const args = [...process.execArgv, fileURLToPath(import.meta.url), ...cfg.argv.filter((a) => !a.startsWith('--write')), `--child=${peer}`, `--child-out=${out}`];
  return new Promise((resolve) => {
    const p = spawn(process.execPath, args, { stdio: ['ignore', 'inherit', 'inherit'] });
    p.on('exit', (code) => {
      try {
        resolve(JSON.parse(readFileSync(out, 'utf8')) as { rows: Row[]; notes: string[] });
      } catch {
        const error = `child process for ${peer} exited with code ${code} and no results`;
        resolve({ rows: cfg.only.map((w) => ({ workload: w, key: `${w} (all cases)`, peer, what: 'child process', error })), notes: [] });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}

async function versions(peers: readonly PeerName[]): Promise<Record<string, string>> {
  const v: Record<string, string> = {};
  const pkg = JSON.parse(readFileSync(path.join(HERE, '..', 'package.json'), 'utf8')) as { version: string };
  v['kernax'] = pkg.version;
  try { if (peers.some((p) => p.startsWith('jaxjs'))) v['@jax-js/jax'] = await (await import('./peers/jaxjs.js')).jaxjsVersion(); } catch { v['@jax-js/jax'] = 'unavailable'; }
  try { if (peers.some((p) => p.startsWith('tfjs'))) v['@tensorflow/tfjs'] = await (await import('./peers/tfjs.js')).tfjsVersion(); } catch { v['@tensorflow/tfjs'] = 'unavailable'; }
  return v;
}

/**
 * `--webgpu`: kernax-webgpu against jaxjs-webgpu on one Dawn adapter in this process (KERNAX_WEBGPU_BACKEND
 * picks it), W1–W4, W6 and W7 (the plan's host steps: sort, a gather's VJP, max pooling's VJP) with and
 * without readback, plus the 10-kernel submit latency. Both suites run as tasks
 * of one interleaver (lib/pair.ts): a case's timed reps alternate between the peers. Prints the rows and the
 * ratio jax-js time / kernax time per case (> 1: kernax faster). The other --flags apply as usual.
 */
async function mainWebgpu(argv: string[]): Promise<void> {
  const cfg = parseConfig(argv.filter((a) => !a.startsWith('--peers')));
  const only = cfg.only.filter((w) => ['W1', 'W2', 'W3', 'W4', 'W6', 'W7'].includes(w));
  const rec = makeRecorder();
  const { dawn } = await import('./lib/dawn.js');
  const d = await dawn();
  console.log(`kernax webgpu bench (${cfg.quick ? 'quick' : 'full'}): ${only.join(', ')}; Dawn ${d.backend}, adapter ${d.adapter}`);
  for (const w of only) {
    const c = { ...cfg, only: [w] };
    console.log(`\n${w}`);
    const suite = (peer: string, run: () => Promise<void>) => [peer, async () => {
      try { await run(); } catch (e) { await rec.run(w, `${w} (all cases)`, peer, 'peer setup', () => Promise.reject(e)); }
    }] as const;
    await interleaved([
      suite('kernax-webgpu', async () => (await import('./peers/kernax-webgpu.js')).runKernaxWebgpu(c, rec)),
      suite('jaxjs-webgpu', async () => (await import('./peers/jaxjs-webgpu.js')).runJaxjsWebgpu(c, rec)),
    ]);
  }
  console.log('\ncase | kernax-webgpu ms | jaxjs-webgpu ms | jax-js/kernax');
  const keys = [...new Set(rec.rows.map((r) => r.key))];
  for (const k of keys) {
    const a = rec.rows.find((r) => r.key === k && r.peer === 'kernax-webgpu'), b = rec.rows.find((r) => r.key === k && r.peer === 'jaxjs-webgpu');
    const ms = (r: Row | undefined): string => (r?.timing ? r.timing.median.toFixed(2) : r?.error ? `error: ${r.error.split('\n')[0]}` : '—');
    const ratio = a?.timing && b?.timing ? `${(b.timing.median / a.timing.median).toFixed(2)}×` : '—';
    console.log(`${k} | ${ms(a)} | ${ms(b)} | ${ratio}`);
  }
  const t10 = rec.rows.find((r) => r.key.includes('1 submit'))?.timing, tsep = rec.rows.find((r) => r.key.includes('10 submits'))?.timing;
  if (t10 && tsep) console.log(`\n10-kernel latency: one executable ${t10.median.toFixed(2)} ms, 10 submits ${tsep.median.toFixed(2)} ms (${(tsep.median / t10.median).toFixed(2)}×)`);
}

async function main(): Promise<void> {
  if (process.argv.includes('--webgpu')) { await mainWebgpu(process.argv.slice(2).filter((a) => a !== '--webgpu')); return; }
  // A peer's stray async failure (a worker error, say) must not end the run: it is logged and the run goes on.
  process.on('unhandledRejection', (e) => console.error(`bench: unhandled rejection (run continues): ${e instanceof Error ? e.message : String(e)}`));
  const parsed = parseConfig(process.argv.slice(2));
  const cfg = { ...parsed, only: parsed.only.filter((w) => !WEBGPU_ONLY.includes(w)) };
  if (parsed.only.length > cfg.only.length) console.log(`bench: ${parsed.only.filter((w) => WEBGPU_ONLY.includes(w)).join(', ')} run with --webgpu only`);
  if (cfg.child) { await child(cfg); return; }
  const rec = makeRecorder();
  const load0 = os.loadavg()[0]!;
  const inProcess = cfg.peers.filter((p) => p !== 'jaxjs-wasm-mt');
  console.log(`kernax bench (${cfg.quick ? 'quick' : 'full'}): ${cfg.only.join(', ')}; peers ${cfg.peers.join(', ')}`);
  for (const w of cfg.only) {
    console.log(`\n${w}`);
    for (const peer of inProcess) await runPeer({ ...cfg, only: [w] }, rec, peer);
  }
  if (cfg.peers.includes('jaxjs-wasm-mt')) {
    console.log(`\njax-js wasm-mt (child process, ${cfg.threads} workers)`);
    const r = await runChild(cfg, 'jaxjs-wasm-mt');
    rec.rows.push(...r.rows);
    rec.notes.push(...r.notes);
  }
  const order = new Map(cfg.only.map((w, i) => [w, i]));
  // Grouped by workload, then by case in the order the cases first ran, then by peer order.
  const firstSeen = new Map<string, number>();
  rec.rows.forEach((r, i) => { if (!firstSeen.has(r.key)) firstSeen.set(r.key, i); });
  const rows = rec.rows.map((r, i) => ({ r, i }))
    .sort((a, b) => (order.get(a.r.workload)! - order.get(b.r.workload)!) || firstSeen.get(a.r.key)! - firstSeen.get(b.r.key)! || a.i - b.i)
    .map((x) => x.r);
  const peers = cfg.peers as string[];
  console.log('\n' + printReport(rows, peers));
  if (cfg.write) {
    const cpus = os.cpus();
    const meta: Meta = {
      date: new Date().toISOString(), cpu: cpus[0]?.model ?? 'unknown', cores: cpus.length, memGiB: os.totalmem() / 2 ** 30,
      node: process.version, platform: `${os.platform()} ${os.arch()}`, versions: await versions(cfg.peers),
      mode: cfg.quick ? '--quick sizes: a smoke run, not the issue\'s sizes' : 'full sizes, as issue 5 states them',
      command: `npm run bench -- ${cfg.argv.join(' ')}`.trim(),
      notes: [...rec.notes,
        'W6 jacobian(params): kernax takes jacrev (3600 vjps, as the issue asks); jax-js can only take jacfwd over the flattened parameters (370 jvps), which is the cheaper mode for 370 inputs and 3600 outputs: compare it with the kernax jacfwd(params) row as well.',
        `1-minute load average ${load0.toFixed(2)} at the start, ${os.loadavg()[0]!.toFixed(2)} at the end (on ${cpus.length} cores: above that, other processes competed for the CPU)`],
    };
    const file = path.join(HERE, 'RESULTS.md');
    writeFileSync(file, markdownReport(rows, peers, meta));
    console.log(`\nwrote ${path.relative(process.cwd(), file)}`);
  }
}

main().then(() => process.exit(0), (e: unknown) => { console.error(e instanceof Error ? e.message : e); process.exit(2); });
