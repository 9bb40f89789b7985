#!/usr/bin/env node
// Tiny on purpose: all behaviour lives in src/cli; this loads it the fastest way it can and sets the exit code from main().
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// No V8 flag is set here: changing one after V8 has started (v8.setFlagsFromString('--no-regexp-tier-up'), which
// compiled each rule's regex straight to machine code) crashed about one run in forty with a segmentation fault.

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
