// Part of scripts/gpu-pack.sh: adds the WebGPU test suite to the GPU bundle — src and test transpiled
// (not bundled) to JS in the same layout, the test tree's other files (goldens, reporter), and the
// packages the tests import (with their dependencies), so that mocha runs there without tsx or npm.
import { buildSync } from 'esbuild';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, dirname } from 'node:path';
const T = process.argv[2] ?? '.gpu/b';
function walk(d, out = []) { for (const e of readdirSync(d)) { const p = join(d, e); statSync(p).isDirectory() ? walk(p, out) : out.push(p); } return out; }
const files = [...walk('src'), ...walk('test')];
const ts = files.filter((f) => f.endsWith('.ts'));
buildSync({ entryPoints: ts, outdir: T, outbase: '.', format: 'esm', platform: 'node', target: 'node20', logLevel: 'warning' });
for (const f of files.filter((f) => !f.endsWith('.ts'))) { mkdirSync(dirname(join(T, f)), { recursive: true }); cpSync(f, join(T, f)); }
cpSync('package.json', join(T, 'package.json'));
const seen = new Set();
function need(name) {
  if (seen.has(name)) return; seen.add(name);
  const dir = join('node_modules', name);
  if (!existsSync(dir)) throw new Error('missing ' + name);
  const pj = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  if (name !== 'webgpu') cpSync(dir, join(T, 'node_modules', name), { recursive: true, dereference: true });
  for (const d of Object.keys({ ...pj.dependencies, ...pj.optionalDependencies })) if (existsSync(join('node_modules', d))) need(d);
}
for (const n of ['mocha', 'chai', 'fast-check', 'ts-pattern', 'immer']) need(n);
console.log([...seen].length, 'packages');
