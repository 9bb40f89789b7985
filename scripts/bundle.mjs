#!/usr/bin/env node
// Start-up, step of `npm run build` after tsc: the CLI and the worker thread as one CommonJS file each
// (dist/cli.cjs, dist/worker.cjs), and a V8 code cache of the CLI (dist/cli.cjs.cache) made by a run over the seeds.
//
// Why: Node 20 has no compile cache for ES modules (module.enableCompileCache() is Node ≥ 22.1), and its ES module
// loader resolves, reads and compiles each of the ~150 modules on every start. One script compiled with V8's cached
// data starts with the functions the seeds' run needed already compiled; bin/summit-facts.js loads it that way and
// falls back to dist/cli/main.js (the modules as tsc wrote them) when the bundle is missing.
//
// The cache belongs to one V8 version and flag set: a Node that rejects it runs from source and writes a fresh
// one (bin/summit-facts.js), so the second run is fast there too. Bundling needs rolldown (a devDependency); without
// it the step says so and the CLI runs from dist/cli/main.js.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const dist = path.join(root, 'dist');
const outputs = { 'cli.cjs': 'cli/main.js', 'worker.cjs': 'parallel/worker.js' };

for (const f of [...Object.keys(outputs), 'cli.cjs.cache']) fs.rmSync(path.join(dist, f), { force: true });

let rolldown;
try {
  ({ rolldown } = await import('rolldown'));
} catch {
  console.log('bundle: rolldown is not installed; the CLI runs from dist/cli/main.js (slower start-up)');
  process.exit(0);
}

for (const [file, input] of Object.entries(outputs)) {
  // dependencies are bundled too (chalk and commander are read on every run); Node built-ins stay `require`s
  const bundle = await rolldown({ input: path.join(dist, input), platform: 'node', logLevel: 'warn' });
  await bundle.write({ file: path.join(dist, file), format: 'cjs', codeSplitting: false });
  await bundle.close();
}

// The code cache: a run over the seeds compiles what an extraction needs; the bin writes the cache at exit.
const seeds = path.join(root, 'seeds');
const args = fs.existsSync(seeds) ? ['extract', seeds, '--json', '--quiet', '--jobs', '1'] : ['--help'];
const r = spawnSync(process.execPath, [path.join(root, 'bin', 'summit-facts.js'), ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
const cache = path.join(dist, 'cli.cjs.cache');
const kb = (f) => Math.round(fs.statSync(path.join(dist, f)).size / 1024);
console.log(`bundle: dist/cli.cjs ${kb('cli.cjs')} KB, dist/worker.cjs ${kb('worker.cjs')} KB, code cache ${fs.existsSync(cache) ? `${kb('cli.cjs.cache')} KB` : `not written (exit ${r.status})`}`);
