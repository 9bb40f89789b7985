#!/usr/bin/env node
// Scores the built CLI against every gold file in ../shared/gold that has its articles beside it.
// `npm run score` (add --verbose for the misses and spurious items).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const shared = path.resolve(root, '..', 'shared');
const scorer = path.join(shared, 'tools', 'score.mjs');
if (!fs.existsSync(scorer)) {
  console.error(`score: ${scorer} not found`);
  process.exit(2);
}
const sets = [
  ['seeds', path.join(shared, 'seeds')],
  ['brics-2023', path.join(shared, 'corpus', 'brics-2023')],
];
for (const [name, dir] of sets) {
  const gold = path.join(shared, 'gold', `${name}.json`);
  if (!fs.existsSync(gold) || !fs.existsSync(dir)) continue;
  console.log(`== ${name}`);
  const r = spawnSync(process.execPath, [scorer, '--gold', gold, '--run', `node ${path.join(root, 'bin', 'summit-facts.js')} extract ${dir} --json --quiet`, ...process.argv.slice(2)], { encoding: 'utf8' });
  process.stdout.write(r.stdout);
  process.stderr.write(r.stderr);
}
