#!/usr/bin/env node
// Scores the built CLI against every gold file in ../shared/gold whose articles are beside it, and prints
// one table: a row per set, a column per kind (F1). `npm run score` for the table; `-- --verbose` also
// prints the scorer's per-set report with every miss and spurious item; `-- --json` prints the numbers.
// `../shared` is found relative to the project root (or SUMMIT_FACTS_SHARED); when it is absent this says
// so and exits 2.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const shared = path.resolve(process.env.SUMMIT_FACTS_SHARED ?? path.join(root, '..', 'shared'));
const scorer = path.join(shared, 'tools', 'score.mjs');
const goldDir = path.join(shared, 'gold');
if (!fs.existsSync(scorer) || !fs.existsSync(goldDir)) {
  console.error(`score: the development data is not at ${shared} (expected tools/score.mjs and gold/ there).`);
  console.error('score: put the shared folder beside the project, or set SUMMIT_FACTS_SHARED to it.');
  process.exit(2);
}
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const asJson = args.includes('--json');
const only = args.filter((a) => !a.startsWith('--'));

const articlesOf = (name) => (name === 'seeds' ? path.join(shared, 'seeds') : path.join(shared, 'corpus', name));
const sets = fs.readdirSync(goldDir).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5))
  .filter((name) => fs.existsSync(articlesOf(name)) && (only.length === 0 || only.includes(name))).sort();

const KINDS = ['people', 'places', 'organizations', 'figures', 'meaning', 'dates', 'facts', 'summit'];
const cli = path.join(root, 'bin', 'summit-facts.js');
const results = [];
for (const name of sets) {
  const gold = path.join(goldDir, `${name}.json`);
  const run = `"${process.execPath}" "${cli}" extract "${articlesOf(name)}" --json --quiet`;
  const r = spawnSync(process.execPath, [scorer, '--gold', gold, '--run', run, '--json'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  let parsed;
  try { parsed = JSON.parse(r.stdout.trim().split('\n').pop()); } catch { parsed = undefined; }
  results.push({ name, score: parsed, stderr: r.stderr });
  if (verbose) {
    const v = spawnSync(process.execPath, [scorer, '--gold', gold, '--run', run, '--verbose'], { encoding: 'utf8', maxBuffer: 1 << 28 });
    process.stdout.write(`== ${name}\n${v.stdout}`);
    if (v.stderr) process.stderr.write(v.stderr);
  }
}
if (asJson) {
  console.log(JSON.stringify(results.map(({ name, score }) => ({ set: name, ...score })), null, 2));
} else {
  const pad = (s, n) => String(s).padEnd(n);
  console.log(pad('set', 16) + KINDS.map((k) => pad(k.slice(0, 7), 8)).join('') + 'overall');
  for (const { name, score, stderr } of results) {
    if (!score) { console.log(pad(name, 16) + 'no score: ' + (stderr.trim().split('\n')[0] ?? '')); continue; }
    console.log(pad(name, 16) + KINDS.map((k) => pad(score[k].f.toFixed(3), 8)).join('') + score.overall.toFixed(3));
  }
}
if (results.some((r) => !r.score)) process.exitCode = 1;
