#!/usr/bin/env node
// Runs the WebGPU test files (test/webgpu/**/*.test.ts) once per Dawn adapter, each in a process of its
// own (Dawn on SwiftShader must not share a process with CPU-heavy work: see README, WebGPU):
// llvmpipe through OpenGL ES (compatibility mode), then SwiftShader through Vulkan.
import { spawnSync } from 'node:child_process';

const ADAPTERS = [
  { name: 'opengles (Mesa llvmpipe)', env: { KERNAX_WEBGPU_BACKEND: 'opengles', EGL_PLATFORM: 'surfaceless' } },
  { name: 'vulkan (SwiftShader)', env: { KERNAX_WEBGPU_BACKEND: 'vulkan', VK_ICD_FILENAMES: process.env.VK_ICD_FILENAMES ?? '/usr/lib/chromium/vk_swiftshader_icd.json' } },
];
let failed = 0;
for (const a of ADAPTERS) {
  console.log(`\n== WebGPU tests on ${a.name}`);
  const env = { ...process.env, XDG_RUNTIME_DIR: process.env.XDG_RUNTIME_DIR ?? '/tmp', KERNAX_WEBGPU_PROCESS: '1', ...a.env };
  const r = spawnSync('npx', ['mocha', '--no-config', '--import=tsx', '--timeout', '120000', '--reporter', './test/reporter.cjs', 'test/webgpu/**/*.test.ts'], { stdio: 'inherit', env });
  if (r.status !== 0) { failed++; console.log(`== ${a.name}: FAILED (exit ${r.status ?? r.signal})`); }
}
process.exit(failed ? 1 : 0);
