// End to end: the real bin on the seed articles, the JSON contract, exit codes.
import { readFileSync, mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import { ROOT, cli, spawnCli } from './helpers.js';

const schema = JSON.parse(readFileSync(path.join(ROOT, 'schema', 'output.schema.json'), 'utf8'));
const validate = new Ajv2020.default({ allErrors: true, strict: false }).compile(schema);

describe('summit-facts extract seeds/ --json (child process)', () => {
  const r = spawnCli(['extract', 'seeds', '--json']);
  const doc = JSON.parse(r.stdout);

  it('exits 0 and prints a document that the shipped JSON Schema accepts', () => {
    expect(r.code).toBe(0);
    const ok = validate(doc);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('reads every seed with its id, and dates from header and byline', () => {
    expect(doc.sources.map((s: { id: string }) => s.id)).toEqual([
      '000_8eed7dd3ae4d7e6f', '001_061724f570955f0f', '002_af19f24dcdf80169', '003_3ba70a86341720c4', '004_74fe07e183cfb5a9',
    ]);
    const by = Object.fromEntries(doc.sources.map((s: { id: string }) => [s.id, s]));
    expect(by['000_8eed7dd3ae4d7e6f']).toMatchObject({ published: '2023-10-18', publishedFrom: 'header' });
    expect(by['004_74fe07e183cfb5a9']).toMatchObject({ published: '2023-10-17', publishedFrom: 'byline' });
  });

  it('every mention slices back to its text in its source', () => {
    const texts = new Map<string, string>();
    for (const s of doc.sources) texts.set(s.id, readFileSync(path.join(ROOT, s.path), 'utf8').replace(/\r\n?/g, '\n'));
    const mentions: Array<{ source: string; start: number; end: number; text: string }> = [];
    const walk = (x: unknown): void => {
      if (Array.isArray(x)) x.forEach(walk);
      else if (x && typeof x === 'object') {
        const o = x as Record<string, unknown>;
        if (typeof o.source === 'string' && typeof o.start === 'number' && typeof o.end === 'number' && typeof o.text === 'string') {
          mentions.push(o as never);
        } else Object.values(o).forEach(walk);
      }
    };
    walk(doc);
    for (const m of mentions) expect(texts.get(m.source)!.slice(m.start, m.end)).toBe(m.text);
  });

  it('is byte-identical whatever order the files are named in', () => {
    const files = doc.sources.map((s: { path: string }) => s.path);
    const reversed = spawnCli(['extract', ...[...files].reverse(), '--json']);
    expect(reversed.code).toBe(0);
    expect(reversed.stdout).toBe(r.stdout);
  });
});

describe('the table view', () => {
  it('prints sources and sections without colour codes when NO_COLOR is set', async () => {
    const r = await cli(['extract', 'seeds']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\b5 sources\b/);
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });
});

describe('errors: one clear line on stderr, a documented exit code, clean stdout', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'sf-e2e-'));
  mkdirSync(path.join(dir, 'empty'));
  writeFileSync(path.join(dir, 'a.txt'), ' date 2023-10-18 Xi meets Putin\n\nXi Jinping met Vladimir Putin in Beijing on Wednesday.');

  it.each([
    [['extract', path.join(dir, 'missing')], 3, /no such file or folder: .*missing/],
    [['extract', path.join(dir, 'empty')], 3, /no articles to read/],
    [['extract', dir, '--bogus'], 2, /unknown option '--bogus'/],
    [['extract', dir, '--reference-date', '2023-02-30'], 2, /--reference-date must be a calendar date/],
    [['extract', dir, '--format', 'xml'], 2, /argument 'xml' is invalid/],
    [['frobnicate'], 2, /unknown command/],
  ])('%j → exit %i', async (args, code, message) => {
    const r = await cli(args as string[]);
    expect(r.code).toBe(code);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });

  it('a missing path next to a readable one is an input error (exit 3); --skip-missing reads the others', async () => {
    const bad = await cli(['extract', path.join(dir, 'a.txt'), path.join(dir, 'missing'), '--json']);
    expect(bad.code).toBe(3);
    expect(bad.stdout).toBe('');
    const r = await cli(['extract', path.join(dir, 'a.txt'), path.join(dir, 'missing'), '--json', '--skip-missing']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/warning: skipped .*missing/);
    expect(JSON.parse(r.stdout).sources).toHaveLength(1);
  });

  it('reads stdin as "-" and uses --reference-date when the text has no date', async () => {
    const r = await cli(['extract', '-', '--json', '--reference-date', '2023-10-17'], 'Putin arrived in Beijing on Tuesday.');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.sources[0]).toMatchObject({ id: 'stdin', published: '2023-10-17', publishedFrom: 'option' });
  });

  it('--help exits 0 and lists the extract command', async () => {
    const r = await cli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('extract');
  });
});
