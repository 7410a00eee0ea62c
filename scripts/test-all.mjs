#!/usr/bin/env node
// npm test's runner: the main mocha suite, then the WebGPU suite once per adapter (each in a process of
// its own), then one closing line with the totals: "total: N passed, N failed, N skipped".
import { spawn } from 'node:child_process';

function run(cmd, args, env) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
    let last = null;
    let buf = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      buf += chunk.toString();
      const lines = buf.split('\n');
      buf = lines.pop() ?? '';
      for (const l of lines) {
        const m = /^(\d+) passed, (\d+) failed, (\d+) skipped$/.exec(l.trim());
        if (m) last = m.slice(1).map(Number);
      }
    });
    child.on('close', (code) => resolve({ code: code ?? 1, counts: last }));
  });
}

const suites = [
  ['main suite', 'npx', ['mocha'], {}],
  ['WebGPU suite', 'node', ['scripts/test-webgpu.mjs'], {}],
];
const total = [0, 0, 0];
let exit = 0;
for (const [name, cmd, args, env] of suites) {
  const { code, counts } = await run(cmd, args, env);
  if (code !== 0) exit = 1;
  if (counts) counts.forEach((n, i) => { total[i] += n; });
  else { exit = 1; console.log(`${name}: no summary line (exit ${code})`); }
}
console.log(`\ntotal: ${total[0]} passed, ${total[1]} failed, ${total[2]} skipped`);
process.exitCode = exit; // not exit(): that drops output still queued for a piped stdout
