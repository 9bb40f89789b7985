#!/usr/bin/env node
// Tiny on purpose: all behaviour lives in src/cli; this loads it the fastest way it can and sets the exit code from main().
import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// The rules are a few hundred regular expressions, each run many times: compiled straight to machine code
// (--no-regexp-tier-up) rather than first to bytecode and again on their second use, the seeds take about 0.5 s
// instead of 0.8 s. V8 takes the flag safely only at start-up (setting it with v8.setFlagsFromString once running
// crashed about one run in forty with a segmentation fault), and a `#!` line cannot carry it everywhere (`env -S` is
// missing on some systems), so a process started without it starts the CLI again with it: same arguments, same
// standard streams, its exit code or signal passed on. Worker threads share the flag.
const FLAG = '--no-regexp-tier-up';
// only the commands that run the rules: `--version` or `--help` would pay a second start-up (about 0.1 s) for nothing
const RUNS_RULES = new Set(['extract', 'reconcile', 'check', 'explain']);

if (!process.execArgv.includes(FLAG) && process.argv.slice(2).some((a) => RUNS_RULES.has(a))) {
  // a debugger flag would make the second process try the same port
  const execArgv = process.execArgv.filter((a) => !/^--inspect/.test(a));
  const child = spawn(process.execPath, [...execArgv, FLAG, fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
  // Ctrl-C reaches both processes from the terminal: this one waits for the CLI to stop; a signal sent to this one
  // alone is passed on
  const relay = (signal) => () => child.kill(signal);
  const handlers = { SIGINT: () => {}, SIGTERM: relay('SIGTERM'), SIGHUP: relay('SIGHUP') };
  for (const [signal, handler] of Object.entries(handlers)) process.on(signal, handler);
  child.on('error', (e) => {
    process.stderr.write(`summit-facts: cannot start ${process.execPath}: ${e.message}\n`);
    process.exitCode = 1; // an internal failure (the documented exit codes: core/errors.ts)
  });
  child.on('exit', (code, signal) => {
    for (const [s, handler] of Object.entries(handlers)) process.off(s, handler);
    if (signal) process.kill(process.pid, signal);
    else process.exitCode = code ?? 1;
  });
} else {
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
}
