// Part of scripts/gpu-pack.sh: adds the WebGPU test suite to the GPU bundle — src and test transpiled
// (not bundled) to JS in the same layout, the test tree's other files (goldens, reporter), and the
// packages the tests import (with their dependencies), so that mocha runs there without tsx or npm.
// Usage: node scripts/gpu-pack-tests.mjs <bundle dir> (default .gpu/b), from the repository root.
import { buildSync } from 'esbuild';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

const OUT = process.argv[2] ?? '.gpu/b';
/** The packages the test files import (webgpu, the Dawn addon, is packed by gpu-pack.sh itself). */
const TEST_PACKAGES = ['mocha', 'chai', 'fast-check', 'ts-pattern', 'immer'];

function walk(dir, out = []) {
  for (const e of readdirSync(dir)) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}

const files = [...walk('src'), ...walk('test')];
buildSync({ entryPoints: files.filter((f) => f.endsWith('.ts')), outdir: OUT, outbase: '.', format: 'esm', platform: 'node', target: 'node20', logLevel: 'warning' });
for (const f of files.filter((f) => !f.endsWith('.ts'))) {
  mkdirSync(dirname(join(OUT, f)), { recursive: true });
  cpSync(f, join(OUT, f));
}
cpSync('package.json', join(OUT, 'package.json')); // "type": "module"

// Each package with its dependencies, as npm hoisted them into node_modules.
const packed = new Set();
function pack(name) {
  if (packed.has(name) || name === 'webgpu') return;
  packed.add(name);
  const dir = join('node_modules', name);
  if (!existsSync(dir)) throw new Error(`gpu-pack-tests: ${name} is not installed (run npm install)`);
  cpSync(dir, join(OUT, 'node_modules', name), { recursive: true, dereference: true });
  const pj = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  for (const d of Object.keys({ ...pj.dependencies, ...pj.optionalDependencies })) if (existsSync(join('node_modules', d))) pack(d);
}
TEST_PACKAGES.forEach(pack);
console.log(`gpu-pack-tests: ${files.length} files, ${packed.size} packages into ${OUT}`);
