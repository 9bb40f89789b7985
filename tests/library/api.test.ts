// The library API as a user meets it: a script outside src/ imports the built package by name (from a
// node_modules folder in a temp dir) and gets the same facts as the CLI; the option checks are the CLI's.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { ROOT, cli } from '../helpers.js';

describe('library API', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'sf-lib-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('an .mjs script importing "summit-facts" by name gets the same facts as `extract --json`', async () => {
    mkdirSync(path.join(dir, 'node_modules'));
    symlinkSync(ROOT, path.join(dir, 'node_modules', 'summit-facts'), 'dir');
    copyFileSync(path.join(ROOT, 'tests', 'library', 'use-package.mjs'), path.join(dir, 'use.mjs'));
    const r = spawnSync(process.execPath, ['use.mjs', path.join(ROOT, 'seeds')], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 26 });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const got = JSON.parse(r.stdout);
    const fromCli = JSON.parse((await cli(['extract', path.join(ROOT, 'seeds'), '--json', '--quiet'])).stdout);
    expect(got.facts).toEqual(fromCli.facts);
    expect(got.version).toBe(JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
    // source paths are relative to the script's current folder, with / separators
    expect(got.sources[0]).toMatch(/^(\.\.\/)+.*seeds\/000_[0-9a-f]+\.txt$/);
    expect(got.fromText.sources).toEqual([['note', '2023-10-18']]);
    expect(got.fromText.people).toEqual(expect.arrayContaining(['xi-jinping', 'vladimir-putin']));
    expect(got.badDate).toEqual({ usage: true, message: 'referenceDate must be a calendar date YYYY-MM-DD, got "2023-02-30"' });
  });

  it('rejects what the CLI rejects: bad dates, sizes, jobs; a missing path unless skipMissing', async () => {
    await expect(extract(['seeds'], { referenceDate: '2023-13-01' })).rejects.toThrow(/referenceDate must be a calendar date/);
    await expect(extract(['seeds'], { maxSourceBytes: '12' })).rejects.toThrow(/maxSourceBytes must be a size/);
    await expect(extract(['seeds'], { jobs: 0 })).rejects.toThrow(/--jobs must be/);
    await expect(extract([{ text: 'A talk.', published: 'yesterday' }])).rejects.toThrow(/"published" must be a calendar date/);
    await expect(extract([path.join(ROOT, 'no-such-folder')])).rejects.toMatchObject({ name: 'InputError' });
    const r = await extract([path.join(ROOT, 'seeds', '000_8eed7dd3ae4d7e6f.txt'), path.join(ROOT, 'no-such-folder')], { skipMissing: true });
    expect(r.sources).toHaveLength(1);
    expect(r.skipped).toEqual([{ path: 'no-such-folder', reason: 'no such file or folder' }].map((s) => ({ ...s, path: path.relative(process.cwd(), path.join(ROOT, s.path)).split(path.sep).join('/') })));
  });

  it('articles given as text get ids in the order given, unique, and HTML is read as a page', async () => {
    const r = await extract([{ text: 'Ministers met in Lima.' }, { text: '<html><body><h1>Port deal</h1><p>Ministers signed a port deal in Lima.</p></body></html>' }, { text: 'Again.', id: 'article-1' }], { referenceDate: '2024-05-02' });
    expect(r.sources.map((s) => s.id)).toEqual(['article-1', 'article-1-2', 'article-2']);
    expect(r.sources.find((s) => s.id === 'article-2')!.title).toBe('Port deal');
  });
});
