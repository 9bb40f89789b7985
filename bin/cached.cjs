'use strict';
// A CommonJS bundle (scripts/bundle.mjs) compiled with V8's code cache kept beside it (<file>.cache): one read
// instead of ~150 module loads, and the functions a run needs already compiled. Used by bin/summit-facts.js for the
// CLI and by dist/worker.cjs for worker threads. A missing or rejected cache (another Node version or V8 flag set)
// is written afresh by saveCache(), once the run has compiled what it needs, when the folder is writable.
const { accessSync, constants, readFileSync, renameSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname } = require('node:path');
const { Script } = require('node:vm');

function runCached(file) {
  const cacheFile = `${file}.cache`;
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const source = `(function (exports, require, module, __filename, __dirname) {${readFileSync(file, 'utf8')}\n})`;
  const script = new Script(source, { filename: file, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  let stale = cachedData === undefined || script.cachedDataRejected === true;
  const saveCache = () => {
    if (!stale) return;
    stale = false;
    try {
      accessSync(dirname(cacheFile), constants.W_OK); // a read-only install: no cache made only to be dropped
      const tmp = `${cacheFile}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      writeFileSync(tmp, script.createCachedData());
      renameSync(tmp, cacheFile);
    } catch {
      // a read-only install runs without the cache
    }
  };
  return { exports: module.exports, saveCache };
}

module.exports = { runCached };
