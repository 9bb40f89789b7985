#!/usr/bin/env node
// Tiny on purpose: all behaviour lives in src/cli; this loads it the fastest way it can and sets the exit code from main().
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';

// The rules are a few hundred regular expressions each run many times: compile each once to machine code rather
// than first to bytecode and again on its second use (V8's default tier-up), which halves the first run's cost.
// Process-wide, so worker threads share it.
setFlagsFromString('--no-regexp-tier-up');

// dist/cli.cjs: the CLI in one file, run with its code cache (cached.cjs); without it, or when tsc has written the
// modules since it was bundled (a build without scripts/bundle.mjs), the modules tsc wrote
const bundle = fileURLToPath(new URL('../dist/cli.cjs', import.meta.url));
const bundled = statSync(bundle, { throwIfNoEntry: false })?.mtimeMs;
const compiled = statSync(fileURLToPath(new URL('../dist/cli/main.js', import.meta.url)), { throwIfNoEntry: false })?.mtimeMs;
const { main, saveCache } = bundled !== undefined && (compiled === undefined || bundled >= compiled)
  ? await import('./cached.cjs').then(({ default: { runCached } }) => {
    const r = runCached(bundle);
    return { main: r.exports.main, saveCache: r.saveCache };
  })
  : { main: (await import('../dist/cli/main.js')).main, saveCache: undefined };

process.exitCode = await main(process.argv);
saveCache?.();
