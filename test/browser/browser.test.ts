// Browser test: serves dist/ and test/browser/page/ on 127.0.0.1, drives Debian's Chromium headless
// (playwright-core, never a downloaded browser) with WebGPU on, runs the shared programs
// (page/programs.js) on navigator.gpu and compares them with the same programs on the cpu path in
// Node. Without Chromium or an adapter it skips with the reason printed; KERNAX_REQUIRE_WEBGPU=1 fails
// instead. Imports dist/ (the built package, as the page does), node built-ins and playwright-core.
import { expect } from 'chai';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const PAGE = path.join(ROOT, 'test', 'browser', 'page');
const DIST = path.join(ROOT, 'dist');
/** KERNAX_CHROMIUM overrides the path (to test the skip and the required-failure paths). */
const CHROMIUM = process.env['KERNAX_CHROMIUM'] ?? '/usr/bin/chromium';
const REQUIRED = process.env['KERNAX_REQUIRE_WEBGPU'] === '1';
const ARGS = ['--no-sandbox', '--enable-unsafe-webgpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

interface Result { shape: number[]; data: number[] }
type Results = Record<string, Result>;
interface PageOut { ok: boolean; reason?: string; error?: string; adapter?: unknown; results?: Results }

/** Tolerances against the cpu path: |gpu - cpu| <= atol + rtol·|cpu|. The chain has sin, which
 * SwiftShader (Chromium's WebGPU here) computes to ~5e-4 absolute (README, WebGPU section). */
const TOL: Record<string, { atol: number; rtol: number }> = {
  cnn: { atol: 1e-5, rtol: 1e-4 },
  cnnJacrev: { atol: 1e-5, rtol: 1e-4 },
  softmax: { atol: 1e-6, rtol: 1e-4 },
  layernorm: { atol: 1e-5, rtol: 1e-4 },
  matmulBiasRelu: { atol: 1e-5, rtol: 1e-4 },
  chain: { atol: 1e-3, rtol: 1e-4 },
};

const MIME: Record<string, string> = { '.js': 'text/javascript', '.html': 'text/html', '.map': 'application/json' };

/** /dist/... from dist/, everything else from the page folder; nothing outside those two. */
function serve(): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const rel = decodeURIComponent(url.pathname);
    const [base, sub] = rel.startsWith('/dist/') ? [DIST, rel.slice(6)] : [PAGE, rel === '/' ? 'index.html' : rel.slice(1)];
    const file = path.resolve(base, sub);
    if (!file.startsWith(base + path.sep) || !existsSync(file)) { res.writeHead(404).end('not found'); return; }
    res.writeHead(200, { 'content-type': MIME[path.extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function inBrowser(logs: string[]): Promise<PageOut> {
  const { chromium } = await import('playwright-core');
  const server = await serve();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kernax-chromium-'));
  const ctx = await chromium.launchPersistentContext(dir, { executablePath: CHROMIUM, headless: true, args: ARGS });
  try {
    const page = await ctx.newPage();
    page.on('console', (m) => logs.push(`console.${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => logs.push(`pageerror: ${e.message}`));
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    await page.waitForFunction(() => (window as unknown as { __kernax?: unknown }).__kernax !== undefined, null, { timeout: 20000 });
    return await page.evaluate(() => (window as unknown as { __kernax: Promise<PageOut> }).__kernax);
  } finally {
    await ctx.close();
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function expectClose(name: string, got: Result, want: Result): void {
  expect(got.shape, `${name} shape`).to.deep.equal(want.shape);
  expect(got.data.length, `${name} length`).to.equal(want.data.length);
  const { atol, rtol } = TOL[name]!;
  let worst = -1, at = -1;
  got.data.forEach((g, i) => {
    const excess = Math.abs(g - want.data[i]!) - (atol + rtol * Math.abs(want.data[i]!));
    if (!(excess <= worst) ) { worst = excess; at = i; }
  });
  expect(worst, `${name}[${at}]: gpu ${got.data[at]} vs cpu ${want.data[at]} (atol ${atol}, rtol ${rtol})`).to.be.at.most(0);
}

describe('browser: kernax in headless Chromium on navigator.gpu', function () {
  this.timeout(90000);
  let gpu: Results = {}, cpu: Results = {};

  before(async function () {
    const skip = (reason: string): never => {
      if (REQUIRED) throw new Error(`browser test: ${reason} (KERNAX_REQUIRE_WEBGPU=1)`);
      console.log(`      skipped: ${reason}`);
      this.skip();
    };
    if (!existsSync(CHROMIUM)) skip(`${CHROMIUM} not found (Debian package chromium)`);
    if (!existsSync(path.join(DIST, 'index.js'))) skip('dist/index.js not built (npm run build)');
    // The cpu side first, in Node, on the same built package and the same programs.
    const k = (await import(pathToFileURL(path.join(DIST, 'index.js')).href)) as object;
    const { runAll } = (await import(pathToFileURL(path.join(PAGE, 'programs.js')).href)) as { runAll: (k: object, d: string) => Promise<Results> };
    cpu = await runAll(k, 'cpu');
    const logs: string[] = [];
    const out = await inBrowser(logs);
    if (out.error) throw new Error(`page failed: ${out.error}\n${logs.join('\n')}`);
    if (!out.ok || !out.results) skip(`no WebGPU adapter in Chromium: ${out.reason ?? 'unknown'}`);
    gpu = out.results!;
    console.log(`      chromium adapter: ${JSON.stringify(out.adapter)}`);
  });

  for (const name of Object.keys(TOL)) {
    it(`${name} on webgpu matches the cpu path`, () => {
      expect(gpu[name], `${name} missing from the page's results`).to.not.equal(undefined);
      // The reference is not degenerate (a kernel writing zeros everywhere would not pass).
      expect(cpu[name]!.data.some((v) => v !== 0) && cpu[name]!.data.every(Number.isFinite), `${name} cpu reference`).to.equal(true);
      expectClose(name, gpu[name]!, cpu[name]!);
    });
  }

  it('every program of the page is checked', () => {
    expect(Object.keys(gpu).sort()).to.deep.equal(Object.keys(TOL).sort());
  });
});
