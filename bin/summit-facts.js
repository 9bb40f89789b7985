#!/usr/bin/env node
// Tiny on purpose: all behaviour lives in src/cli; this loads it the fastest way it can and sets the exit code from main().
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { setFlagsFromString } from 'node:v8';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

// The rules are a few hundred regular expressions each run many times: compile each once to machine code rather
// than first to bytecode and again on its second use (V8's default tier-up), which halves the first run's cost.
// Process-wide, so worker threads share it.
setFlagsFromString('--no-regexp-tier-up');

const bundle = fileURLToPath(new URL('../dist/cli.cjs', import.meta.url));
const { main, saveCache } = existsSync(bundle) ? loadBundle(bundle) : { main: (await import('../dist/cli/main.js')).main };

process.exitCode = await main(process.argv);
saveCache?.();

/**
 * dist/cli.cjs (scripts/bundle.mjs) compiled with V8's code cache beside it: one read instead of ~150 module loads,
 * and the functions an extraction needs already compiled. A missing or rejected cache (another Node version) is
 * written afresh after the run, when the folder is writable.
 */
function loadBundle(file) {
  const cacheFile = `${file}.cache`;
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${readFileSync(file, 'utf8')}\n})`, { filename: file, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  const stale = cachedData === undefined || script.cachedDataRejected === true;
  const saveCache = () => {
    if (!stale) return;
    try {
      const tmp = `${cacheFile}.${process.pid}.tmp`;
      writeFileSync(tmp, script.createCachedData());
      renameSync(tmp, cacheFile);
    } catch {
      // a read-only install runs without the cache
    }
  };
  return { main: module.exports.main, saveCache };
}
