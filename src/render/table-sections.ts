// One width-aware view per report section, for `--section` and for the top-down overview.
import type { Entity, Report } from '../core/types.js';
import type { Colors } from './colors.js';
import { block, columns, field } from './layout.js';
import type { Section } from './options.js';
import { factLines } from './table-facts.js';
import { conflictsOf, describeExtra, extraFields, FACT_ORDER, fewIds, formatNumber, formatValue, skippedOf } from './values.js';

export interface View {
  c: Colors;
  width: number;
  /** entity id → name */
  names: Map<string, string>;
  command: string;
}

const title = (v: View, text: string, n: number) => v.c.bold(`${text} (${n})`);
const none = (v: View, text: string) => [v.c.bold(text), ...block(v.c.dim('none'), v.width, '  ')];
const named = (v: View, id: string) => (v.names.has(id) ? `${v.names.get(id)} ${v.c.cyan(`[${id}]`)}` : v.c.cyan(id));
const idOf = (x: object) => ('id' in x && typeof x.id === 'string' ? x.id : '');

function summit(r: Report, v: View): string[] {
  const s = r.summit;
  if (!s) return [v.c.bold('Summit'), ...block(v.c.dim('no summit identified (explain summit says why)'), v.width, '  ')];
  const rows: Array<[string, string]> = [
    ['who', s.participants.map((p) => named(v, p)).join(', ') || v.c.dim('unknown')],
    ['where', s.places.map((p) => named(v, p)).join(', ') || v.c.dim('unknown')],
    ['when', s.dates.join(', ') || v.c.dim('unknown')],
    ['sources', `${s.sources.length} of ${r.sources.length}: ${fewIds(s.sources)}`],
    ...extraFields(s, ['participants', 'places', 'dates', 'sources']).map(([k, x]): [string, string] => [k, describeExtra(x, v.names)]),
  ];
  const lw = Math.max(...rows.map(([k]) => k.length));
  return [v.c.bold('Summit') + v.c.dim('  (explain summit)'), ...rows.flatMap(([k, x]) => field(v.c.dim(k), x, v.width, lw, '  '))];
}

function conflicts(r: Report, v: View): string[] {
  const list = conflictsOf(r);
  if (!list.length) return none(v, 'Conflicts (0)');
  return [title(v, 'Conflicts', list.length), ...list.flatMap((f, i) => [...(i ? [''] : []), ...factLines(f, v)])];
}

function facts(r: Report, v: View): string[] {
  if (!r.facts.length) return none(v, 'Facts (0)');
  const sorted = [...r.facts].sort((a, b) => FACT_ORDER[a.status] - FACT_ORDER[b.status]);
  return [title(v, 'Facts', r.facts.length), ...sorted.flatMap((f) => factLines(f, v))];
}

const entities = (heading: string, pick: (r: Report) => Entity[], withKind: boolean) => (r: Report, v: View): string[] => {
  const list = pick(r);
  if (!list.length) return none(v, `${heading} (0)`);
  const head = ['id', 'name', ...(withKind ? ['kind'] : []), 'also', 'titles', 'sources', 'mentions'];
  const rows = list.map((e) => [
    v.c.cyan(e.id), e.name, ...(withKind ? [e.kind ?? 'other'] : []), fewIds(e.aliases, 3), fewIds(e.titles, 2),
    String(e.sources.length), String(e.mentions.length),
  ]);
  return [title(v, heading, list.length), ...columns(head, rows, v.width, v.c.dim, '  ', 2)];
};

function figures(r: Report, v: View): string[] {
  if (!r.figures.length) return none(v, 'Figures (0)');
  const rows = r.figures.map((f) => [
    v.c.cyan(f.id), formatValue(f.value, f.unit, f.approx), f.about ?? '', f.period ?? '', `“${f.text}”`, fewIds(f.sources, 1),
  ]);
  return [title(v, 'Figures', r.figures.length), ...columns(['id', 'value', 'about', 'period', 'text', 'sources'], rows, v.width, v.c.dim)];
}

function dates(r: Report, v: View): string[] {
  if (!r.dates.length) return none(v, 'Dates (0)');
  const withIds = r.dates.some((d) => idOf(d));
  const rows = r.dates.map((d) => [
    ...(withIds ? [v.c.cyan(idOf(d))] : []), d.value ?? v.c.yellow('unresolved'), d.granularity + (d.relative ? ', relative' : ''),
    `“${d.text}”${d.time ? ` ${d.time}` : ''}`, fewIds(d.sources, 1),
  ]);
  return [title(v, 'Dates', r.dates.length), ...columns([...(withIds ? ['id'] : []), 'value', 'kind', 'text', 'sources'], rows, v.width, v.c.dim)];
}

function quotes(r: Report, v: View): string[] {
  if (!r.quotes.length) return none(v, 'Quotes (0)');
  return [title(v, 'Quotes', r.quotes.length), ...r.quotes.flatMap((q, i) => {
    const who = q.speaker ? named(v, q.speaker) : v.c.dim('unknown speaker');
    const id = idOf(q);
    return [
      ...(i ? [''] : []),
      ...block(`${who}: “${q.text}”`, v.width, '  ', '    '),
      ...block(v.c.dim(`${id ? `${v.c.cyan(id)} · ` : ''}${fewIds(q.sources, 2, 'sources')}`), v.width, '    '),
    ];
  })];
}

function sources(r: Report, v: View): string[] {
  if (!r.sources.length) return none(v, 'Sources (0)');
  const rows = r.sources.map((s) => [
    v.c.cyan(s.id), s.published ?? v.c.yellow('unknown'), s.publishedFrom ?? '', formatNumber(s.chars), s.title ?? '',
    s.warnings.length ? v.c.yellow(fewIds(s.warnings, 1, 'warnings')) : '',
  ]);
  const head = ['id', 'published', 'from', 'chars', 'title', 'warnings'];
  const dup = r.duplicates?.length ? block(`near-duplicates: ${r.duplicates.map((g) => g.join(' = ')).join('; ')}`, v.width, '  ') : [];
  return [title(v, 'Sources', r.sources.length), ...columns(head, rows, v.width, v.c.dim), ...dup];
}

function skipped(r: Report, v: View): string[] {
  const list = skippedOf(r);
  if (!list.length) return none(v, 'Skipped inputs (0)');
  return [title(v, 'Skipped inputs', list.length), ...columns(['path', 'reason'], list.map((s) => [s.path, s.reason]), v.width, v.c.dim)];
}

export const SECTION_VIEWS: Record<Section, (r: Report, v: View) => string[]> = {
  summit, conflicts, facts,
  people: entities('People', (r) => r.people, false),
  places: entities('Places', (r) => r.places, true),
  organizations: entities('Organizations', (r) => r.organizations, false),
  figures, dates, quotes, sources, skipped,
};
