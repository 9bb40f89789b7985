#!/usr/bin/env node
// Re-bless the expected outputs in fixtures/ after an intended change: runs the built CLI for every entry of
// fixtures/fixtures.json and writes its stdout to the entry's `expected` file. Review the diff before committing.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
// the readable diff of `summit-facts check`: what changed in the summit record, facts and entities
import { diffReports } from '../dist/cli/commands/check.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const list = JSON.parse(fs.readFileSync(path.join(root, 'fixtures', 'fixtures.json'), 'utf8'));
let changed = 0;
for (const f of list) {
  const r = spawnSync(process.execPath, [path.join(root, 'bin', 'summit-facts.js'), ...f.args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  if (r.status !== 0) {
    console.error(`${f.name}: exit ${r.status}\n${r.stderr}`);
    process.exitCode = 1;
    continue;
  }
  const file = path.join(root, f.expected);
  const before = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
  if (before !== r.stdout) {
    fs.writeFileSync(file, r.stdout);
    changed++;
    console.log(`${f.name}: ${before === null ? 'created' : 'updated'} ${f.expected}`);
    if (before !== null) for (const line of diffReports(JSON.parse(before), JSON.parse(r.stdout))) console.log(`    ${line}`);
  } else console.log(`${f.name}: unchanged`);
}
console.log(`${changed} fixture(s) written`);
