#!/usr/bin/env node
// Runs the WebGPU test files (test/webgpu/**/*.test.ts) once per Dawn adapter, each in a process of its
// own (Dawn on SwiftShader must not share a process with CPU-heavy work: see README, WebGPU):
// llvmpipe through OpenGL ES (compatibility mode), then SwiftShader through Vulkan; then the contraction,
// program and sort suites on each with the templates real GPUs get (KERNAX_WEBGPU_CONTRACT=shared,
// KERNAX_WEBGPU_SORT=shader).
import { spawnSync } from 'node:child_process';

const GLES = { KERNAX_WEBGPU_BACKEND: 'opengles', EGL_PLATFORM: 'surfaceless' };
const VULKAN = { KERNAX_WEBGPU_BACKEND: 'vulkan', VK_ICD_FILENAMES: process.env.VK_ICD_FILENAMES ?? '/usr/lib/chromium/vk_swiftshader_icd.json' };
const ALL = ['test/webgpu/**/*.test.ts'];
// The GPU templates on the CPU adapters too: the contraction and program suites again with the
// workgroup-memory contraction (KERNAX_WEBGPU_CONTRACT=shared) and the sort suite with the bitonic shader
// (KERNAX_WEBGPU_SORT=shader; CPU adapters otherwise sort on the host), so that what real GPUs run is
// executed here.
const SHARED = ['test/webgpu/contract.test.ts', 'test/webgpu/programs.test.ts', 'test/webgpu/sort.test.ts'];
const GPU_TEMPLATES = { KERNAX_WEBGPU_CONTRACT: 'shared', KERNAX_WEBGPU_SORT: 'shader' };
const ADAPTERS = [
  { name: 'opengles (Mesa llvmpipe)', env: GLES, files: ALL },
  { name: 'vulkan (SwiftShader)', env: VULKAN, files: ALL },
  { name: 'opengles (Mesa llvmpipe), GPU templates', env: { ...GLES, ...GPU_TEMPLATES }, files: SHARED },
  { name: 'vulkan (SwiftShader), GPU templates', env: { ...VULKAN, ...GPU_TEMPLATES }, files: SHARED },
];
let failed = 0;
const total = [0, 0, 0];
for (const a of ADAPTERS) {
  console.log(`\n== WebGPU tests on ${a.name}`);
  const env = { ...process.env, XDG_RUNTIME_DIR: process.env.XDG_RUNTIME_DIR ?? '/tmp', KERNAX_WEBGPU_PROCESS: '1', ...a.env };
  const r = spawnSync('npx', ['mocha', '--no-config', '--import=tsx', '--timeout', '120000', '--reporter', './test/reporter.cjs', ...a.files], { stdio: ['ignore', 'pipe', 'inherit'], env, encoding: 'utf8', maxBuffer: 256 * 2 ** 20 });
  let summary = false;
  // The per-adapter summary is printed as "<adapter>: …" so that only the total below is a closing line.
  for (const line of (r.stdout ?? '').split('\n')) {
    const m = /^(\d+) passed, (\d+) failed, (\d+) skipped$/.exec(line.trim());
    if (m) { summary = true; m.slice(1).forEach((n, i) => { total[i] += Number(n); }); console.log(`${a.name}: ${line.trim()}`); }
    else console.log(line);
  }
  if (r.status !== 0) { failed++; console.log(`== ${a.name}: FAILED (exit ${r.status ?? r.signal})`); }
  // A run that ends without mocha's summary never counts as passed, whatever its exit status.
  else if (!summary) { failed++; console.log(`== ${a.name}: FAILED (exit 0 but no summary line; ${(r.stdout ?? '').length} bytes of output${r.error ? `; ${r.error.message}` : ''})`); }
}
console.log(`${total[0]} passed, ${total[1]} failed, ${total[2]} skipped`);
// exitCode, not process.exit(): the output may still be queued (stdout is a pipe to npm test's runner,
// and this process sat in spawnSync while the pipe was full); exit() would drop the queue — the tail of
// the log and the summary line, as two runs that ended "early" with exit 0 did.
process.exitCode = failed ? 1 : 0;
