#!/usr/bin/env node
// Benchmark, whole process: start-up, the seeds end to end, and generated corpora of 1, 5, 25 and 50 MB at
// `--jobs 1` and `--jobs 2` (wall time median of several runs, each -j1 run alternating with a -j2 run so the
// ratio holds on a shared machine), MB/s, the -j2/-j1 ratio and peak RSS (/usr/bin/time).
//
//   npm run bench                         all sizes, 3 runs each
//   npm run bench -- --sizes 1,5 --runs 5
//   npm run bench -- --no-reprints        corpora of near-copies only (no word-for-word reprints)
//   node scripts/bench.mjs --generate DIR MB   only write a corpus (for profiling)
//
// The corpus is made of the seed and development articles: identical copies, and near-copies whose numbers are
// shifted and whose capitalised names are swapped for others (so entity linking, figure grouping and the
// near-duplicate search see many distinct names and values, not only reprints).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const bin = path.join(root, 'bin', 'summit-facts.js');
const args = process.argv.slice(2);
const opt = (n, d) => {
  const i = args.indexOf(n);
  return i >= 0 ? args[i + 1] : d;
};
const RUNS = Number(opt('--runs', 3));
const SIZES = String(opt('--sizes', '1,5,25,50')).split(',').map(Number).filter((n) => n > 0);
const hasTime = fs.existsSync('/usr/bin/time');
/** Word-for-word reprints in the generated corpora (every third file after the originals): `--no-reprints` leaves
 *  only near-copies, for the throughput of text that is all extracted (reprints are extracted once). */
const REPRINTS = !args.includes('--no-reprints');

// ---------- corpus ----------

function inputs() {
  const dirs = [path.join(root, 'seeds')];
  const corpus = path.join(root, '..', 'shared', 'corpus');
  if (fs.existsSync(corpus)) for (const d of fs.readdirSync(corpus).sort()) if (fs.statSync(path.join(corpus, d)).isDirectory()) dirs.push(path.join(corpus, d));
  const out = [];
  for (const d of dirs) for (const f of fs.readdirSync(d).sort()) if (/\.(txt|md|html?)$/.test(f)) out.push({ name: f, text: fs.readFileSync(path.join(d, f), 'utf8') });
  return out;
}

/** The project's seeded generator (mulberry32, src/core/random.ts as built), so a corpus of one size is the same every time. */
const rng = await import(new URL('../dist/core/random.js', import.meta.url).href).then((m) => m.mulberry32, () => {
  console.error('bench: build first (npm run build): the corpus generator uses dist/core/random.js');
  process.exit(2);
});

const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'to', 'sa', 'vi', 'dar', 'ne', 'po', 'lu', 'che', 'ba', 'for', 'ga', 'tin', 'ro', 'mel'];
function word(r) {
  const n = 2 + Math.floor(r() * 2);
  let s = '';
  for (let i = 0; i < n; i++) s += SYLLABLES[Math.floor(r() * SYLLABLES.length)];
  return s[0].toUpperCase() + s.slice(1);
}

/** Near-copy k of a text: numbers shifted, and some capitalised words (names) replaced by made-up ones. */
function variant(text, k) {
  const r = rng(k * 7919 + 17);
  const names = new Map();
  const out = text
    .replace(/\d+/g, (d) => String((Number(d) + k) % 10 ** d.length).padStart(d.length, '0'))
    .replace(/\b[A-Z][a-z]{3,}\b/g, (w) => {
      if (!names.has(w)) names.set(w, r() < 0.3 ? word(r) : w);
      return names.get(w);
    });
  return out;
}

export function generate(dir, mb) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const base = inputs();
  let bytes = 0;
  let n = 0;
  while (bytes < mb * 1024 * 1024) {
    const b = base[n % base.length];
    const round = Math.floor(n / base.length);
    // round 0: the originals; then every third file an identical reprint (unless --no-reprints), the others near-copies
    const text = round === 0 || (REPRINTS && n % 3 === 0) ? b.text : variant(b.text, n);
    const ext = path.extname(b.name);
    fs.writeFileSync(path.join(dir, `a${String(n).padStart(6, '0')}${ext}`), text);
    bytes += Buffer.byteLength(text);
    n++;
  }
  return { files: n, bytes };
}

// ---------- measuring ----------

function once(cmdArgs) {
  const t0 = process.hrtime.bigint();
  const r = hasTime
    ? spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, bin, ...cmdArgs], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'ignore', 'pipe'] })
    : spawnSync(process.execPath, [bin, ...cmdArgs], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'ignore', 'pipe'] });
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) throw new Error(`summit-facts ${cmdArgs.join(' ')} exited ${r.status}: ${String(r.stderr).slice(-500)}`);
  const rssKb = hasTime ? Number(String(r.stderr).trim().split('\n').pop()) : NaN;
  return { secs, rssMb: rssKb / 1024 };
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Runs each command RUNS times, alternating between them; medians of wall time, max of peak RSS. */
function alternate(cmds, runs = RUNS) {
  const res = cmds.map(() => []);
  for (let i = 0; i < runs; i++) cmds.forEach((c, k) => res[k].push(once(c)));
  return res.map((rs) => ({ secs: median(rs.map((r) => r.secs)), rssMb: Math.max(...rs.map((r) => r.rssMb)) }));
}

function main() {
  if (args[0] === '--generate') {
    const g = generate(path.resolve(args[1]), Number(args[2] ?? 1));
    console.log(`${g.files} files, ${(g.bytes / 1048576).toFixed(2)} MB in ${args[1]}`);
    return;
  }
  if (!fs.existsSync(path.join(root, 'dist', 'cli', 'main.js'))) {
    console.error('bench: build first (npm run build)');
    process.exit(2);
  }
  const rows = [];
  const [version] = alternate([['--version']]);
  rows.push(['--version', '', `${version.secs.toFixed(2)} s`, '', '', '', `${version.rssMb.toFixed(0)} MiB`]);
  const [seeds] = alternate([['extract', 'seeds', '--json', '--quiet']], Math.max(RUNS, 5));
  rows.push(['seeds', '', `${seeds.secs.toFixed(2)} s`, '', '', '', `${seeds.rssMb.toFixed(0)} MiB`]);
  const dir = path.join(root, '.bench', 'corpus');
  for (const mb of SIZES) {
    const g = generate(dir, mb);
    const size = g.bytes / 1048576;
    const runs = mb >= 25 ? Math.min(RUNS, 3) : RUNS;
    const [j1, j2] = alternate([['extract', dir, '--json', '--quiet', '-j', '1'], ['extract', dir, '--json', '--quiet', '-j', '2']], runs);
    rows.push([`${mb} MB`, String(g.files), `${j1.secs.toFixed(2)} s`, (size / j1.secs).toFixed(2), `${j2.secs.toFixed(2)} s`, `${(j1.secs / j2.secs).toFixed(2)}×`, `${j1.rssMb.toFixed(0)} / ${j2.rssMb.toFixed(0)} MiB`]);
    console.error(`bench: ${mb} MB done`);
  }
  fs.rmSync(dir, { recursive: true, force: true });
  console.log(`summit-facts bench — node ${process.version}, ${os.cpus().length} cores, median of ${RUNS} runs (alternating -j1/-j2)${REPRINTS ? ', a third of the files word-for-word reprints' : ', near-copies only (--no-reprints)'}${hasTime ? '' : ', no /usr/bin/time: peak RSS n/a'}`);
  const head = ['input', 'files', '-j1 wall', '-j1 MB/s', '-j2 wall', '-j1/-j2', 'peak RSS -j1 / -j2'];
  const w = [10, 8, 11, 10, 11, 9, 20];
  console.log('| ' + head.join(' | ') + ' |');
  console.log('|' + head.map(() => '---').join('|') + '|');
  for (const r of rows) console.log('| ' + r.map((s, i) => String(s).padEnd(w[i] ?? 0)).join(' | ') + ' |');
}

main();
