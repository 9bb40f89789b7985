// Each machine format parses back with a real parser and carries the report's content: ndjson line by line,
// csv through csv-parse, markdown tables well-formed, json with its $schema and every extra field a stage adds.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../core/errors.js';
import type { Report } from '../core/types.js';
import { plainColors } from './colors.js';
import { FORMATS, renderNdjsonLines, SECTIONS, type RenderOptions } from './index.js';
import { renderJson, renderJsonChunks, SCHEMA_URL } from './json.js';
import { mdCell } from './markdown.js';
import { NDJSON_TYPES } from './ndjson.js';
import { seedsReport, syntheticReport } from './reports.test-kit.js';

const opts = (o: Partial<RenderOptions> = {}): RenderOptions => ({ colors: plainColors, width: 80, ...o });
const tricky = { claim: 'a "quoted", | piped\nclaim', note: 'why: x | y, "z"\r\nand <b>more</b>', name: 'Zoë *Star*_name', word: 'trade' };

describe('json', () => {
  it('carries $schema and, when given, the tool version; stays the contract otherwise', async () => {
    const r = await seedsReport();
    const doc = JSON.parse(FORMATS.json(r, opts({ toolVersion: '9.9.9' })));
    expect(doc.$schema).toBe(SCHEMA_URL);
    expect(doc.tool).toEqual({ name: 'summit-facts', version: '9.9.9' });
    expect(Object.keys(doc).slice(0, 3)).toEqual(['$schema', 'version', 'tool']);
    expect(doc.facts.map((f: { id: string }) => f.id)).toEqual(r.facts.map((f) => f.id));
    expect(JSON.parse(FORMATS.json(r, opts())).tool).toBeUndefined();
  });

  it('passes through fields a stage adds (a summit venue, a fact value modality, skipped inputs)', () => {
    const r = syntheticReport(3, tricky);
    const extended = {
      ...r, summit: { ...r.summit!, venue: 'place-a' },
      facts: r.facts.map((f) => ({ ...f, values: f.values.map((v) => ({ ...v, modality: 'projected' })) })),
      skipped: [{ path: 'x.bin', reason: 'binary' }],
    } as Report;
    const doc = JSON.parse(FORMATS.json(extended, opts()));
    expect(doc.summit.venue).toBe('place-a');
    expect(doc.facts[0].values[0].modality).toBe('projected');
    expect(doc.skipped).toEqual([{ path: 'x.bin', reason: 'binary' }]);
    expect(Object.keys(doc.summit).slice(0, 4)).toEqual(['participants', 'places', 'dates', 'sources']);
    expect(JSON.parse(FORMATS.json(r, opts())).skipped).toBeUndefined();
  });
});

describe('json in pieces (what standard output gets)', () => {
  it('is renderJson byte for byte: the seeds, extra fields and lists, empty lists, no summit, one source', async () => {
    const seeds = await seedsReport();
    const r = syntheticReport(3, tricky);
    const cases: Report[] = [
      seeds,
      { ...r, summit: { ...r.summit!, venue: 'place-a' }, skipped: [{ path: 'x.bin', reason: 'binary' }] } as Report,
      { ...r, people: [], quotes: [], facts: [], summit: null },
      syntheticReport(1, tricky),
      { ...seeds, evidence: { note: 'a section a later stage adds' } } as Report,
    ];
    for (const c of cases) {
      for (const o of [undefined, { toolVersion: '1.2.3' }]) expect([...renderJsonChunks(c, o)].join('')).toBe(renderJson(c, o));
    }
  });
});

describe('ndjson', () => {
  it('one JSON record per line, typed, in order, every item once, a summary last that counts them', async () => {
    const r = await seedsReport();
    const out = FORMATS.ndjson(r, opts({ toolVersion: '1.2.3', elapsedMs: 12.4 }));
    expect(out.endsWith('\n')).toBe(true);
    const records = out.trimEnd().split('\n').map((l) => JSON.parse(l));
    const types = records.map((x) => x.type);
    for (const t of types) expect(NDJSON_TYPES).toContain(t);
    expect(types.at(-1)).toBe('summary');
    // types come in blocks, in the documented order
    const order = types.map((t) => NDJSON_TYPES.indexOf(t));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    const ids = (t: string) => records.filter((x) => x.type === t).map((x) => x.id);
    expect(ids('fact')).toEqual(r.facts.map((f) => f.id));
    expect(ids('person')).toEqual(r.people.map((e) => e.id));
    expect(ids('source')).toEqual(r.sources.map((s) => s.id));
    expect(records.filter((x) => x.type === 'summit')).toHaveLength(r.summit ? 1 : 0);
    const summary = records.at(-1);
    expect(summary.records.fact).toBe(r.facts.length);
    expect(summary.report.conflicts).toBe(r.facts.filter((f) => f.status === 'conflict').length);
    expect(summary.tool.version).toBe('1.2.3');
    expect(summary.elapsedMs).toBe(12);
    expect([...renderNdjsonLines(r, opts())].join('\n') + '\n').toBe(FORMATS.ndjson(r, opts()));
  });

  it('sections pick the records; conflicts picks the facts in conflict', async () => {
    const r = await seedsReport();
    const records = FORMATS.ndjson(r, opts({ sections: ['conflicts', 'people'] })).trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(new Set(records.map((x) => x.type))).toEqual(new Set(['fact', 'person', 'summary']));
    expect(records.filter((x) => x.type === 'fact').every((x) => x.status === 'conflict')).toBe(true);
    expect(records.filter((x) => x.type === 'fact')).toHaveLength(r.facts.filter((f) => f.status === 'conflict').length);
  });
});

describe('csv', () => {
  const read = (s: string) => parse(s, { columns: true, record_delimiter: '\r\n', relax_column_count: false }) as Array<Record<string, string>>;

  it('facts (the default): one row per fact value with its sources, every fact id present', async () => {
    const r = await seedsReport();
    const out = FORMATS.csv(r, opts());
    expect(out).toMatch(/\r\n$/);
    const rows = read(out);
    expect(rows).toHaveLength(r.facts.reduce((n, f) => n + f.values.length, 0));
    expect(new Set(rows.map((x) => x.fact_id))).toEqual(new Set(r.facts.map((f) => f.id)));
    for (const f of r.facts) {
      const mine = rows.filter((x) => x.fact_id === f.id);
      expect(mine.map((x) => x.sources.split('; '))).toEqual(f.values.map((v) => v.sources));
      expect(mine.map((x) => x.value)).toEqual(f.values.map((v) => String(v.value)));
      expect(mine.every((x) => x.status === f.status && x.note === f.note)).toBe(true);
    }
  });

  it('quotes, commas, pipes and line breaks read back exactly (RFC 4180 quoting)', () => {
    const r = syntheticReport(3, tricky);
    const rows = read(FORMATS.csv(r, opts()));
    expect(rows.find((x) => x.fact_id === 'fact-agreed')!.claim).toBe(`${tricky.claim} fact-agreed`);
    expect(rows.find((x) => x.fact_id === 'fact-conflict')!.note).toBe(`${tricky.note} (fact-conflict)`);
  });

  it('every section reads back with one row per item; more than one section is a usage error', async () => {
    const r = { ...(await seedsReport()), skipped: [{ path: 'a.bin', reason: 'binary' }] } as Report;
    const count: Record<string, number> = {
      summit: r.summit ? 1 : 0, conflicts: r.facts.filter((f) => f.status === 'conflict').reduce((n, f) => n + f.values.length, 0),
      facts: r.facts.reduce((n, f) => n + f.values.length, 0), people: r.people.length, places: r.places.length,
      organizations: r.organizations.length, figures: r.figures.length, dates: r.dates.length, quotes: r.quotes.length,
      sources: r.sources.length, skipped: 1,
    };
    for (const s of SECTIONS) expect(read(FORMATS.csv(r, opts({ sections: [s] }))), s).toHaveLength(count[s]!);
    expect(read(FORMATS.csv(r, opts({ sections: ['people'] }))).map((x) => x.id)).toEqual(r.people.map((e) => e.id));
    expect(() => FORMATS.csv(r, opts({ sections: ['people', 'places'] }))).toThrow(UsageError);
  });
});

describe('markdown', () => {
  /** Every table: a header row, a separator row with as many cells, body rows with as many unescaped pipes. */
  function tablesOf(md: string): string[][] {
    const tables: string[][] = [];
    let cur: string[] | null = null;
    for (const line of md.split('\n')) {
      if (line.startsWith('|')) (cur ??= (tables.push([]), tables.at(-1)!)).push(line);
      else cur = null;
    }
    return tables;
  }
  const cells = (row: string) => row.replace(/\\\|/g, '').split('|').length - 2;

  function wellFormed(md: string) {
    const tables = tablesOf(md);
    for (const t of tables) {
      expect(t.length).toBeGreaterThanOrEqual(3);
      expect(t[1]).toMatch(/^\|( --- \|)+$/);
      for (const row of t) {
        expect(row.endsWith('|'), row).toBe(true);
        expect(cells(row), row).toBe(cells(t[0]!));
      }
    }
    return tables;
  }

  it('the seeds report: summit card, each conflict with each side, agreed facts by id, sources; tables well-formed', async () => {
    const r = await seedsReport();
    const md = FORMATS.markdown(r, opts());
    expect(wellFormed(md).length).toBeGreaterThanOrEqual(3);
    const names = new Map([...r.people, ...r.places].map((e) => [e.id, e.name]));
    for (const p of r.summit!.participants) expect(md).toContain(names.get(p)!);
    for (const f of r.facts.filter((x) => x.status !== 'single')) expect(md).toContain('`' + f.id + '`');
    for (const f of r.facts.filter((x) => x.status === 'conflict')) {
      // each side: the first words of each of its sources
      for (const v of f.values) for (const src of v.sources.slice(0, 5)) {
        const m = v.mentions.find((x) => x.source === src)!;
        expect(md).toContain(`\`${m.source}\`: “${mdCell(m.text)}”`);
      }
    }
    for (const s of r.sources) expect(md).toContain('`' + s.id + '`');
  });

  it('a side quotes its sentence when the caller has it', async () => {
    const r = await seedsReport();
    const md = FORMATS.markdown(r, opts({ sentenceOf: (m) => `SENTENCE OF ${m.source} ${m.start}` }));
    const side = r.facts.find((f) => f.status === 'conflict')!.values[0]!.mentions[0]!;
    expect(md).toContain(`SENTENCE OF ${side.source} ${side.start}`);
  });

  it('pipes, line breaks and HTML in the text never break a table (every section)', () => {
    const r = { ...syntheticReport(4, tricky), skipped: [{ path: 'a|b.bin', reason: 'bin\nary' }] } as Report;
    const md = FORMATS.markdown(r, opts({ sections: SECTIONS }));
    const tables = wellFormed(md);
    expect(tables.length).toBeGreaterThanOrEqual(8);
    expect(md).not.toContain('<b>');
    expect(md).toContain('fact-agreed');
  });
});
