// CSV, one section per document (RFC 4180: CRLF line ends, quotes doubled, a header row), written by csv-stringify.
// `facts` (the default) is one row per fact value with its sources, so a spreadsheet sees each side of a conflict.
// Lists inside a cell (sources, aliases) are joined with "; ".
import { stringify } from 'csv-stringify/sync';
import { UsageError } from '../core/errors.js';
import type { Entity, Fact, Report } from '../core/types.js';
import type { RenderOptions, Section } from './options.js';
import { skippedOf } from './values.js';

export const CSV_DEFAULT_SECTION: Section = 'facts';

type Cell = string | number | boolean | null | undefined;
type Sheet = { columns: string[]; rows: Cell[][] };

const list = (xs: readonly string[] | undefined) => (xs ?? []).join('; ');

const factRows = (facts: Fact[]): Sheet => ({
  columns: ['fact_id', 'claim', 'about', 'period', 'status', 'value', 'unit', 'approx', 'value_period', 'source_count', 'sources', 'said', 'note'],
  rows: facts.flatMap((f) => f.values.map((v) => [
    f.id, f.claim, f.about, f.period, f.status, v.value, v.unit, v.approx ?? '', v.period ?? '', v.sources.length, list(v.sources),
    list([...new Set(v.mentions.map((m) => m.text))]), f.note,
  ])),
});

const entityRows = (list_: Entity[], withKind: boolean): Sheet => ({
  columns: ['id', 'name', ...(withKind ? ['kind'] : []), 'aliases', 'titles', 'source_count', 'mention_count', 'sources'],
  rows: list_.map((e) => [e.id, e.name, ...(withKind ? [e.kind ?? 'other'] : []), list(e.aliases), list(e.titles), e.sources.length, e.mentions.length, list(e.sources)]),
});

const idOf = (x: object): string => ('id' in x && typeof x.id === 'string' ? x.id : '');

const SHEETS: Record<Section, (r: Report) => Sheet> = {
  summit: (r) => {
    const s = r.summit;
    const extra = s ? Object.keys(s).filter((k) => !['participants', 'places', 'dates', 'sources'].includes(k)) : [];
    const cell = (v: unknown): Cell => (Array.isArray(v) ? v.map((x) => (typeof x === 'object' ? JSON.stringify(x) : String(x))).join('; ')
      : v !== null && typeof v === 'object' ? JSON.stringify(v) : (v as Cell));
    return {
      columns: ['participants', 'places', 'dates', 'source_count', 'sources', ...extra],
      rows: s ? [[list(s.participants), list(s.places), list(s.dates), s.sources.length, list(s.sources), ...extra.map((k) => cell((s as unknown as Record<string, unknown>)[k]))]] : [],
    };
  },
  conflicts: (r) => factRows(r.facts.filter((f) => f.status === 'conflict')),
  facts: (r) => factRows(r.facts),
  people: (r) => entityRows(r.people, false),
  places: (r) => entityRows(r.places, true),
  organizations: (r) => entityRows(r.organizations, false),
  figures: (r) => ({
    columns: ['id', 'kind', 'value', 'unit', 'approx', 'about', 'period', 'text', 'source_count', 'sources'],
    rows: r.figures.map((f) => [f.id, f.kind, f.value, f.unit, f.approx, f.about, f.period, f.text, f.sources.length, list(f.sources)]),
  }),
  dates: (r) => ({
    columns: ['id', 'value', 'granularity', 'text', 'relative', 'time', 'source_count', 'sources'],
    rows: r.dates.map((d) => [idOf(d), d.value, d.granularity, d.text, d.relative, d.time ?? '', d.sources.length, list(d.sources)]),
  }),
  quotes: (r) => ({
    columns: ['id', 'speaker', 'text', 'source_count', 'sources'],
    rows: r.quotes.map((q) => [idOf(q), q.speaker, q.text, q.sources.length, list(q.sources)]),
  }),
  sources: (r) => ({
    columns: ['id', 'path', 'title', 'published', 'published_from', 'chars', 'warnings'],
    rows: r.sources.map((s) => [s.id, s.path, s.title, s.published, s.publishedFrom, s.chars, list(s.warnings)]),
  }),
  skipped: (r) => ({ columns: ['path', 'reason'], rows: skippedOf(r).map((s) => [s.path, s.reason]) }),
};

export function renderCsv(r: Report, o: Pick<RenderOptions, 'sections'>): string {
  const sections = [...new Set(o.sections ?? [])];
  if (sections.length > 1) throw new UsageError(`--format csv prints one section at a time, got ${sections.join(', ')}`);
  const sheet = SHEETS[sections[0] ?? CSV_DEFAULT_SECTION](r);
  return stringify(sheet.rows, {
    header: true, columns: sheet.columns, record_delimiter: 'windows',
    cast: { boolean: (b) => String(b), number: (n) => String(n) },
  });
}
