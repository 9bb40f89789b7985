#!/usr/bin/env node
// Tiny on purpose: all behaviour lives in src/cli; this sets the exit code from main().
import { setFlagsFromString } from 'node:v8';

// The rules are a few hundred regular expressions each run many times: compile each once to machine code rather
// than first to bytecode and again on its second use (V8's default tier-up), which halves the first run's cost.
// Process-wide, so worker threads share it.
setFlagsFromString('--no-regexp-tier-up');
const { main } = await import('../dist/cli/main.js');

process.exitCode = await main(process.argv);
