#!/usr/bin/env node
// The kernax CLI entry: registers the tsx loader (so user modules may be .ts) and runs the built CLI.
import { register } from 'tsx/esm/api';
register();
const { main } = await import('../dist/cli/main.js');
process.exitCode = await main(process.argv.slice(2));
