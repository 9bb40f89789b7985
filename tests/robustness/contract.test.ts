// The CI contract and the views a script or a person reads: exit codes, --fail-on, widths, formats parsed by
// their parsers, colour switches, explain from a saved report, check on case folders.
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { EXIT } from '../../src/core/errors.js';
import { ROOT, cli } from '../helpers.js';
import { PassThrough } from 'node:stream';
import { tempDir } from './tmp.js';

const { at } = tempDir('sf-contract-');
const SEEDS = path.join(ROOT, 'seeds');

/** The CLI with a chosen environment and a stdout that says whether it is a terminal. */
async function run(args: string[], env: NodeJS.ProcessEnv, tty = false) {
  const out: string[] = [];
  const err: string[] = [];
  const stdout = Object.assign(new PassThrough(), { isTTY: tty, columns: tty ? Number(env.COLUMNS) : undefined });
  const stderr = new PassThrough();
  stdout.on('data', (c) => out.push(String(c)));
  stderr.on('data', (c) => err.push(String(c)));
  const stdin = new PassThrough();
  stdin.end();
  const code = await main(['node', 'summit-facts', ...args], { stdout, stderr, stdin, env });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

const widest = (text: string) => Math.max(...text.split('\n').map((l) => [...l].length));

describe('exit codes', () => {
  it('--fail-on conflict exits 4 when conflicts are found, after printing the report', async () => {
    const r = await cli(['extract', SEEDS, '--json', '--quiet', '--fail-on', 'conflict']);
    const doc = JSON.parse(r.stdout);
    expect(doc.facts.some((f: { status: string }) => f.status === 'conflict')).toBe(true);
    expect(r.code).toBe(EXIT.failOn);
    expect(r.stderr).toMatch(/conflicting facts? found \(--fail-on conflict\)/);
  });

  it('--fail-on conflict exits 0 when the sources agree; an unknown condition is a usage error', async () => {
    const one = path.join(SEEDS, '000_8eed7dd3ae4d7e6f.txt');
    const doc = JSON.parse((await cli(['extract', one, '--json', '--quiet'])).stdout);
    const r = await cli(['extract', one, '--json', '--quiet', '--fail-on', 'conflict']);
    expect(r.code).toBe(doc.facts.some((f: { status: string }) => f.status === 'conflict') ? 4 : 0);
    expect((await cli(['extract', one, '--fail-on', 'typo'])).code).toBe(2);
  });

  it('the bare command prints help on stderr and exits with the usage code', async () => {
    const r = await cli([]);
    expect(r.code).toBe(EXIT.usage);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^Usage: summit-facts/);
    expect(r.stderr).toMatch(/Exit codes:\n {2}0 /);
  });

  it('every command\'s --help ends with examples and the exit-code table', async () => {
    for (const cmd of ['extract', 'explain', 'check']) {
      const r = await cli([cmd, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/Examples:\n {2}# .+\n {2}\$ summit-facts /);
      expect(r.stdout.trimEnd()).toMatch(/Exit codes:\n( {2}\d {2}.+\n?){5}$/);
    }
  });
});

describe('the table fits the terminal', () => {
  it.each([80, 120])('at %i columns (COLUMNS): no wider line; summit and every conflict note in full within 50 lines', async (cols) => {
    const r = await run(['extract', SEEDS, '--quiet'], { COLUMNS: String(cols), NO_COLOR: '1' });
    expect(r.code).toBe(0);
    expect(widest(r.stdout)).toBeLessThanOrEqual(cols);
    const doc = JSON.parse((await cli(['extract', SEEDS, '--json', '--quiet'])).stdout);
    const first = r.stdout.split('\n').slice(0, 50).join('\n');
    const flat = first.replace(/\s+/g, ' ');
    expect(first).toMatch(/Summit/);
    for (const f of doc.facts.filter((x: { status: string }) => x.status === 'conflict')) {
      expect(flat).toContain(f.id);
      for (const word of f.note.split(/\s+/).filter((w: string) => w.length > 3).slice(0, 12)) expect(flat).toContain(word);
    }
  });

  it('the width of a terminal stdout wins over COLUMNS', async () => {
    const r = await run(['extract', SEEDS, '--quiet'], { COLUMNS: '60', NO_COLOR: '1' }, true);
    expect(widest(r.stdout)).toBeLessThanOrEqual(60);
  });
});

describe('colour', () => {
  const ESC = /\u001b\[/;
  it('--color always colours a pipe; never, --no-color and NO_COLOR do not; FORCE_COLOR does', async () => {
    expect((await run(['extract', SEEDS, '-q', '--color', 'always'], {})).stdout).toMatch(ESC);
    expect((await run(['extract', SEEDS, '-q', '--color', 'never'], { FORCE_COLOR: '1' }, true)).stdout).not.toMatch(ESC);
    expect((await run(['extract', SEEDS, '-q', '--no-color'], {}, true)).stdout).not.toMatch(ESC);
    expect((await run(['extract', SEEDS, '-q'], { NO_COLOR: '1' }, true)).stdout).not.toMatch(ESC);
    expect((await run(['extract', SEEDS, '-q'], { FORCE_COLOR: '1' })).stdout).toMatch(ESC);
    expect((await run(['extract', SEEDS, '-q'], {})).stdout).not.toMatch(ESC);
  });
});

describe('formats read by their parsers', () => {
  it('ndjson: one JSON record per line with a type, fact records selectable, a summary last', async () => {
    const r = await cli(['extract', SEEDS, '--format', 'ndjson', '--quiet']);
    const records = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    const facts = records.filter((x) => x.type === 'fact');
    const doc = JSON.parse((await cli(['extract', SEEDS, '--json', '--quiet'])).stdout);
    expect(facts.map((f) => f.id)).toEqual(doc.facts.map((f: { id: string }) => f.id));
    expect(records.at(-1)).toMatchObject({ type: 'summary', tool: { name: 'summit-facts' } });
  });

  it('csv --section facts: RFC 4180 rows, one per fact value', async () => {
    const r = await cli(['extract', SEEDS, '--format', 'csv', '--section', 'facts', '--quiet']);
    const rows = parseCsv(r.stdout, { columns: true }) as Array<Record<string, string>>;
    const doc = JSON.parse((await cli(['extract', SEEDS, '--json', '--quiet'])).stdout);
    expect(rows).toHaveLength(doc.facts.reduce((n: number, f: { values: unknown[] }) => n + f.values.length, 0));
  });

  it('--section and --only take lists; an unknown section or two csv sections is a usage error before the run', async () => {
    const a = await cli(['extract', SEEDS, '--section', 'summit,conflicts', '--quiet']);
    const b = await cli(['extract', SEEDS, '--only', 'summit', '--only', 'conflicts', '--quiet']);
    expect(a.stdout).toBe(b.stdout);
    const bad = await cli(['extract', path.join(ROOT, 'no-such'), '--section', 'nope']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/unknown section "nope"/);
    expect((await cli(['extract', path.join(ROOT, 'no-such'), '--format', 'csv', '--section', 'facts,people'])).code).toBe(2);
  });
});

describe('explain without re-running', () => {
  it('answers from a saved report after the articles are deleted, as text and as JSON', async () => {
    cpSync(SEEDS, at('articles'), { recursive: true });
    const saved = await cli(['extract', at('articles'), '--json', '--quiet', '--out', at('report.json')]);
    expect(saved.code).toBe(0);
    const doc = JSON.parse(readFileSync(at('report.json'), 'utf8'));
    rmSync(at('articles'), { recursive: true });
    const fact = doc.facts[0];
    const text = await cli(['explain', fact.id, '--from', at('report.json')]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(`fact ${fact.id}: ${fact.claim}`);
    const m = fact.values[0].mentions[0];
    expect(text.stdout).toContain(`${m.source} [${m.start}–${m.end}] "${m.text}"`);
    const json = JSON.parse((await cli(['explain', fact.id, '--from', at('report.json'), '--json'])).stdout);
    expect(json).toMatchObject({ id: fact.id, kind: 'fact', item: { claim: fact.claim } });
    expect(json.evidence[0]).toMatchObject({ source: m.source, start: m.start, end: m.end, text: m.text });
    // quotes and dates have ids too
    for (const item of [doc.quotes[0], doc.dates[0]]) {
      expect(item.id).toMatch(/^(quote|date)-/);
      expect((await cli(['explain', item.id, '--from', at('report.json')])).code).toBe(0);
    }
    expect((await cli(['explain', 'summit', '--from', at('report.json')])).stdout).toMatch(/^summit: participants/);
  });

  it('with --evidence the saved report also gives each mention\'s sentence and rules, articles gone', async () => {
    cpSync(SEEDS, at('articles2'), { recursive: true });
    expect((await cli(['extract', at('articles2'), '--json', '--evidence', '--quiet', '--out', at('ev.json')])).code).toBe(0);
    const plain = JSON.parse((await cli(['extract', at('articles2'), '--json', '--quiet'])).stdout);
    rmSync(at('articles2'), { recursive: true });
    const doc = JSON.parse(readFileSync(at('ev.json'), 'utf8'));
    expect({ ...doc, evidence: undefined, tool: undefined }).toEqual({ ...plain, evidence: undefined, tool: undefined }); // the same report, plus the section
    const person = doc.people[0];
    const r = await cli(['explain', person.id, '--from', at('ev.json')]);
    expect(r.stdout).toMatch(/\n {4}sentence \d+ \(/);
    expect(r.stdout).toMatch(/\n {4}rule: /);
  });

  it('an unknown id is a usage error that suggests the nearest ids', async () => {
    writeFileSync(at('r2.json'), (await cli(['extract', SEEDS, '--json', '--quiet'])).stdout);
    const r = await cli(['explain', 'xi-jinpin', '--from', at('r2.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no item with id "xi-jinpin" \(nearest: xi-jinping/);
  });
});

describe('check', () => {
  it('exits 0 on a matching case, 1 with a readable diff after an expected value changes, and --update restores it', async () => {
    cpSync(path.join(ROOT, 'fixtures', 'cases', 'figure-conflicts'), at('cases', 'one'), { recursive: true });
    expect((await cli(['check', at('cases', 'one'), '--update'])).code).toBe(0); // first blessing
    const ok = await cli(['check', at('cases')]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/1 of 1 case match/);
    const file = at('cases', 'one', 'expected.json');
    const expected = JSON.parse(readFileSync(file, 'utf8'));
    const fact = expected.facts[0];
    const old = fact.values[0].value;
    fact.values[0].value = typeof old === 'number' ? old + 1 : `${old}x`;
    writeFileSync(file, JSON.stringify(expected, null, 2) + '\n');
    const drift = await cli(['check', at('cases')]);
    expect(drift.code).toBe(1);
    expect(drift.stdout).toContain(`DRIFT`);
    expect(drift.stdout).toContain(`~ ${fact.id}:`);
    expect(drift.stdout).toMatch(new RegExp(`- ${String(fact.values[0].value).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} `));
    expect(drift.stdout).toMatch(new RegExp(`\\+ ${String(old).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} `));
    expect(drift.stdout).not.toMatch(/^\s*[{}[\]]/m); // not a raw JSON diff
    expect((await cli(['check', at('cases'), '--update'])).code).toBe(0);
    expect((await cli(['check', at('cases')])).code).toBe(0);
  });

  it('a folder without any expected.json is an input error', async () => {
    expect((await cli(['check', SEEDS])).code).toBe(3);
  });
});
