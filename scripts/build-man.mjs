#!/usr/bin/env node
// Writes man/summit-facts.1 from the built CLI's commands, options, examples and exit codes (run after a build;
// tests/robustness/docs.test.ts fails when the shipped page is not current).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { manPage } from '../dist/cli/man.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const file = path.join(root, 'man', 'summit-facts.1');
fs.mkdirSync(path.dirname(file), { recursive: true });
const text = manPage();
const before = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
if (before !== text) fs.writeFileSync(file, text);
console.log(`${path.relative(root, file)}: ${before === text ? 'unchanged' : 'written'}`);
