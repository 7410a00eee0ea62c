#!/usr/bin/env node
// The kernax CLI entry: registers the tsx loader (so user modules may be .ts) and runs the CLI,
// from dist/ when built, from the TypeScript sources otherwise.
import { existsSync } from 'node:fs';
import { register } from 'tsx/esm/api';
register();
const built = new URL('../dist/cli/main.js', import.meta.url);
const mod = existsSync(built) ? built.href : new URL('../src/cli/main.ts', import.meta.url).href;
const { main } = await import(mod);
process.exitCode = await main(process.argv.slice(2));
