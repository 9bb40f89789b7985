#!/usr/bin/env node
// Tiny on purpose: all behaviour lives in src/cli; this sets the exit code from main().
import { main } from '../dist/cli/main.js';

process.exitCode = await main(process.argv);
