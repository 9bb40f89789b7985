#!/usr/bin/env node
// Benchmark: start-up time, whole-process wall time and peak memory for `extract seeds/ --json`, and
// throughput (MB/s) on a larger generated corpus. Prints a small table; run with `npm run bench`.
// Options: --mb N (size of the generated corpus, default 2), --runs N (repeats, default 3).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const bin = path.join(root, 'bin', 'summit-facts.js');
const args = process.argv.slice(2);
const opt = (n, d) => { const i = args.indexOf(n); return i >= 0 ? Number(args[i + 1]) : d; };
const MB = opt('--mb', 2);
const RUNS = opt('--runs', 3);
const hasTime = fs.existsSync('/usr/bin/time');

if (!fs.existsSync(path.join(root, 'dist', 'cli', 'main.js'))) {
  console.error('bench: build first (npm run build)');
  process.exit(2);
}

function once(cmdArgs) {
  const t0 = process.hrtime.bigint();
  const r = hasTime
    ? spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, bin, ...cmdArgs], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30 })
    : spawnSync(process.execPath, [bin, ...cmdArgs], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30 });
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) throw new Error(`summit-facts ${cmdArgs.join(' ')} exited ${r.status}: ${r.stderr.slice(-500)}`);
  const rssKb = hasTime ? Number(r.stderr.trim().split('\n').pop()) : NaN;
  return { secs, rssMb: rssKb / 1024 };
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function measure(cmdArgs) {
  const runs = Array.from({ length: RUNS }, () => once(cmdArgs));
  return { secs: median(runs.map((r) => r.secs)), rssMb: Math.max(...runs.map((r) => r.rssMb)) };
}

// A larger corpus: the seed and development articles, repeated with their numbers and names shuffled a little
// so that nothing is trivially cached, up to MB megabytes.
function generate(dir, mb) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const inputs = [];
  for (const d of [path.join(root, 'seeds'), path.join(root, '..', 'shared', 'corpus', 'brics-2023')]) {
    if (!fs.existsSync(d)) continue;
    for (const f of fs.readdirSync(d).sort()) if (f.endsWith('.txt')) inputs.push(fs.readFileSync(path.join(d, f), 'utf8'));
  }
  let bytes = 0;
  let n = 0;
  while (bytes < mb * 1024 * 1024) {
    const base = inputs[n % inputs.length];
    const text = base.replace(/\d+/g, (d) => String((Number(d) + n) % (10 ** d.length) || d));
    fs.writeFileSync(path.join(dir, `a${String(n).padStart(5, '0')}.txt`), text);
    bytes += Buffer.byteLength(text);
    n++;
  }
  return { files: n, bytes };
}

const rows = [];
const startup = measure(['--version']);
rows.push(['start-up (--version)', `${startup.secs.toFixed(3)} s`, `${startup.rssMb.toFixed(0)} MB`, '']);
const seedsBytes = fs.readdirSync(path.join(root, 'seeds')).reduce((a, f) => a + fs.statSync(path.join(root, 'seeds', f)).size, 0);
const seeds = measure(['extract', 'seeds', '--json']);
rows.push(['extract seeds/ --json', `${seeds.secs.toFixed(3)} s`, `${seeds.rssMb.toFixed(0)} MB`, `${(seedsBytes / 1024).toFixed(1)} KB`]);
const big = path.join(root, '.bench', 'corpus');
const gen = generate(big, MB);
const bigRun = measure(['extract', big, '--json', '--quiet']);
const mbs = gen.bytes / 1024 / 1024 / bigRun.secs;
rows.push([`extract ${gen.files} files --json`, `${bigRun.secs.toFixed(2)} s`, `${bigRun.rssMb.toFixed(0)} MB`, `${(gen.bytes / 1024 / 1024).toFixed(2)} MB → ${mbs.toFixed(3)} MB/s`]);

console.log(`summit-facts bench — node ${process.version}, ${os.cpus().length} cores, median of ${RUNS} runs${hasTime ? '' : ' (no /usr/bin/time: peak memory n/a)'}`);
const w = [34, 12, 10, 30];
console.log(['what', 'wall', 'peak RSS', 'input'].map((s, i) => s.padEnd(w[i])).join(''));
for (const r of rows) console.log(r.map((s, i) => String(s).padEnd(w[i])).join(''));
