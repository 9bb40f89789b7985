import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { Source } from '../core/types.js';
import { extractDated } from '../pipeline.js';
import { publicationPeriods, setPeriod } from '../resolve/publication.js';
import { pack, unpack } from './codec.js';
import { extractInWorkers } from './pool.js';
import { pathToFileURL } from 'node:url';
import { batches, CHARS_PER_THREAD, MAX_AUTO_THREADS, parseJobs, PARALLEL_MIN_CHARS, threadCount } from './plan.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const BIN = path.join(ROOT, 'bin', 'summit-facts.js');

describe('plan', () => {
  it('--jobs is auto or a whole number of at least 1', () => {
    expect(parseJobs(undefined)).toBe('auto');
    expect(parseJobs('auto')).toBe('auto');
    expect(parseJobs('3')).toBe(3);
    for (const bad of ['0', '-1', '1.5', 'two', '']) expect(() => parseJobs(bad)).toThrow(/--jobs/);
  });

  it('auto: no workers below the size that pays for their start-up, then at most one per core and per source', () => {
    const small = Array.from({ length: 100 }, () => 2000);
    expect(threadCount(small, 'auto', 8)).toBe(1);
    const large = Array.from({ length: 4800 }, () => 2600);
    expect(threadCount(large, 'auto', 2)).toBe(2);
    expect(threadCount(large, 'auto', 1)).toBe(1);
    expect(threadCount([PARALLEL_MIN_CHARS * 4, 10], 'auto', 16)).toBe(2);
    expect(threadCount(Array.from({ length: 10_000 }, () => 2600), 'auto', 64)).toBe(Math.min(MAX_AUTO_THREADS, Math.floor(26_000_000 / CHARS_PER_THREAD)));
    expect(threadCount(large, 3, 2)).toBe(3); // asked for: given, whatever the cores
    expect(threadCount([5, 5], 4, 8)).toBe(2);
    expect(threadCount([PARALLEL_MIN_CHARS * 10], 'auto', 8)).toBe(1);
  });

  it('batches hold every source once, longest first, each within the target unless one source is longer', () => {
    const lengths = [5, 50, 20, 20, 1, 70, 3];
    const b = batches(lengths, 40);
    expect(b.flat().sort((x, y) => x - y)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(b[0]).toEqual([5]);
    expect(b[1]).toEqual([1]);
    for (const g of b) if (g.length > 1) expect(g.reduce((a, i) => a + lengths[i]!, 0)).toBeLessThanOrEqual(40);
  });
});

describe('publicationPeriods', () => {
  it('gives each undated source the period setPeriod gives it, dated ones null', () => {
    const src = (id: string, published: string | null, from: Source['publishedFrom']): Source => ({
      id, path: id, text: '', title: null, published, publishedFrom: from, warnings: [],
    });
    const sets = [
      [src('a', '2023-08-22', 'header'), src('b', '2023-08-24', 'byline'), src('c', null, null), src('d', null, null)],
      [src('a', '2023-08-22', 'header'), src('b', '2023-09-01', 'text'), src('c', null, null)],
      [src('a', '2023-08-22', 'option'), src('b', '2023-08-24', 'header'), src('c', null, null)],
    ];
    for (const sources of sets) {
      expect(publicationPeriods(sources)).toEqual(sources.map((s) => (s.published ? null : setPeriod(sources, s.id))));
    }
    expect(publicationPeriods(sets[0]!)).toEqual([null, null, '2023-08', '2023-08']);
  });
});

describe('codec', () => {
  it('a packed extraction carries no source or sentence text, and unpacks to the same extraction', () => {
    const dir = path.join(ROOT, 'seeds');
    const sources: Source[] = readdirSync(dir).sort().map((f) => ({
      id: f, path: f, text: readFileSync(path.join(dir, f), 'utf8'), title: null, published: null, publishedFrom: null, warnings: [],
    }));
    const periods = publicationPeriods(sources);
    sources.forEach((s, i) => {
      const expected = extractDated(s, periods[i]!);
      const packed = pack(extractDated(s, periods[i]!), s.text);
      expect(packed.extraction.doc.source.text).toBe('');
      expect(packed.extraction.doc.sentences.every((x) => x.text === '')).toBe(true);
      const back = unpack(structuredClone(packed), s.text);
      expect(back).toEqual(expected);
    });
  });
});

describe('pool', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'summit-pool-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const script = (name: string, body: string): URL => {
    const file = path.join(dir, name);
    writeFileSync(file, `import { parentPort } from 'node:worker_threads';\n${body}\n`);
    return pathToFileURL(file);
  };
  const sources: Source[] = ['a', 'b', 'c'].map((id) => ({ id, path: id, text: id, title: null, published: null, publishedFrom: null, warnings: [] }));

  it('a failing source fails the run with the worker\'s message', async () => {
    const url = script('throws.mjs', `parentPort.on('message', (m) => parentPort.postMessage({ batch: m.batch, error: 'Error: cannot read ' + m.sources[0].id }));`);
    await expect(extractInWorkers(sources, [null, null, null], 2, url)).rejects.toThrow(/in a worker thread: Error: cannot read/);
  });

  it('this thread shares the work when asked, and its own failure fails the run', async () => {
    const url = script('echo.mjs', `parentPort.on('message', (m) => parentPort.postMessage({ batch: m.batch, error: 'not expected' }));`);
    const here = (i: number): never => {
      throw new Error(`here ${i}`);
    };
    await expect(extractInWorkers(sources, [null, null, null], 0, url, here)).rejects.toThrow(/^here \d$/);
  });

  it('a worker that stops early fails the run instead of waiting for ever', async () => {
    const url = script('exits.mjs', `parentPort.on('message', () => process.exit(3));`);
    await expect(extractInWorkers(sources, [null, null, null], 1, url)).rejects.toThrow(/stopped \(exit code 3\)/);
  });
});

// The built CLI (workers run the built JS), as a user runs it: the same bytes with and without workers.
describe.skipIf(!existsSync(path.join(ROOT, 'dist', 'parallel', 'worker.js')))('extract --jobs', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'summit-jobs-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const inputs = [path.join(ROOT, 'seeds'), path.join(ROOT, '..', 'shared', 'corpus', 'brics-2023')]
    .filter((d) => existsSync(d))
    .flatMap((d) => readdirSync(d).sort().filter((f) => f.endsWith('.txt')).map((f) => readFileSync(path.join(d, f), 'utf8')));
  // a generated set: the articles again with their figures changed (near-duplicates too; days and years kept, so the
  // dated ones share a year), every third without its header line (undated: dated from the others and its text)
  for (let n = 0; n < 24; n++) {
    const base = inputs[n % inputs.length]!;
    const text = base.replace(/\b(?:\d{3}|\d{5,})\b/g, (d) => String((Number(d) + n) % 10 ** d.length || d));
    writeFileSync(path.join(dir, `g${String(n).padStart(2, '0')}.txt`), n % 3 ? text : text.replace(/^[^\n]*\n/, ''));
  }
  const extract = (jobs: string, ...paths: string[]) => {
    const r = spawnSync(process.execPath, [BIN, 'extract', ...paths, '--json', '--quiet', '--jobs', jobs], { encoding: 'utf8', maxBuffer: 1 << 28 });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    return r.stdout;
  };

  it('seeds and a generated set: byte-identical output with 1, 2 and 3 threads (0, 1 and 2 workers)', () => {
    const paths = [path.join(ROOT, 'seeds'), dir];
    const one = extract('1', ...paths);
    expect(JSON.parse(one).sources.length).toBe(29);
    expect(extract('2', ...paths)).toBe(one);
    expect(extract('3', ...paths)).toBe(one);
  }, 180_000); // three whole runs as child processes: slow on a busy machine
});
