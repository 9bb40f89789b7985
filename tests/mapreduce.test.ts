// Map/reduce: `extract --emit extractions` over any split of a folder, then `reconcile`, equals `extract` of the
// folder byte for byte; and the same under GNU parallel (skipped with a message when `parallel` is not installed).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, SHARED, cli } from './helpers.js';
import { mulberry32 } from '../src/core/random.js';

const SEED = 20261203;
/** A fixed shuffle (mulberry32 from SEED), so a split is the same on every run. */
function shuffled<T>(xs: T[], seed: number): T[] {
  const r = mulberry32(seed);
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const corpus = path.join(SHARED, 'corpus');
const sets: Array<[string, string]> = [['seeds', path.join(ROOT, 'seeds')]];
if (existsSync(corpus)) for (const d of readdirSync(corpus).sort()) if (!d.includes('.')) sets.push([d, path.join(corpus, d)]);

describe(`extract = extract --emit over a three-way split, then reconcile (shuffle seed ${SEED})`, () => {
  it.each(sets)('%s', async (_name, dir) => {
    const whole = await cli(['extract', dir, '--json', '-q']);
    expect(whole.code).toBe(0);
    const files = shuffled(readdirSync(dir).filter((f) => /\.(txt|md|html?|jsonl)$/.test(f)).sort(), SEED).map((f) => path.join(dir, f));
    expect(files.length).toBeGreaterThanOrEqual(3);
    const tmp = mkdtempSync(path.join(tmpdir(), 'sf-mapreduce-'));
    const parts: string[] = [];
    for (let k = 0; k < 3; k++) {
      const part = files.filter((_, i) => i % 3 === k);
      const r = await cli(['extract', '--emit', 'extractions', '-q', ...part]);
      expect(r.code).toBe(0);
      expect(r.stdout.trim().split('\n')).toHaveLength(part.length);
      const file = path.join(tmp, `part${k}.ndjson`);
      writeFileSync(file, r.stdout);
      parts.push(file);
    }
    const merged = await cli(['reconcile', '--json', '-q', parts[2]!, parts[0]!, parts[1]!]);
    expect(merged.stderr).toBe('');
    expect(merged.stdout).toBe(whole.stdout);
  }, 120_000);

  it('refuses a source given twice and a line that is no record', async () => {
    const r = await cli(['extract', '--emit', 'extractions', '-q', path.join(ROOT, 'seeds')]);
    const tmp = mkdtempSync(path.join(tmpdir(), 'sf-mapreduce-'));
    const file = path.join(tmp, 'x.ndjson');
    writeFileSync(file, r.stdout);
    expect((await cli(['reconcile', '--json', file, file])).code).toBe(3);
    writeFileSync(file, '{"hello":1}\n');
    const bad = await cli(['reconcile', '--json', file]);
    expect(bad.code).toBe(3);
    expect(bad.stderr).toMatch(/not an extraction record/);
  }, 60_000);
});

const hasParallel = spawnSync('parallel', ['--version'], { encoding: 'utf8' }).status === 0;
if (!hasParallel) console.warn('mapreduce.test: GNU parallel is not on PATH (apt-get install parallel): its test is skipped');

describe.skipIf(!hasParallel || !existsSync(path.join(ROOT, 'dist', 'cli', 'main.js')))('under GNU parallel (the README example)', () => {
  it('parallel -X … extract --emit extractions | reconcile - equals extract of the folder', () => {
    const dir = sets.at(-1)![1];
    const sh = (cmd: string) => spawnSync('sh', ['-c', cmd], { encoding: 'utf8', cwd: ROOT, maxBuffer: 1 << 28 });
    const whole = sh(`node ${JSON.stringify(BIN)} extract ${JSON.stringify(dir)} --json -q`);
    const mapped = sh(
      `ls ${JSON.stringify(dir)}/*.txt | parallel --will-cite -X -j2 -n3 node ${JSON.stringify(BIN)} extract --emit extractions -q | node ${JSON.stringify(BIN)} reconcile --json -q -`,
    );
    expect(mapped.stderr).toBe('');
    expect(mapped.status).toBe(0);
    expect(mapped.stdout).toBe(whole.stdout);
  }, 120_000);
});
