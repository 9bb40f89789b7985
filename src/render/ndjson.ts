// NDJSON in the ripgrep style: one JSON record per line, each with a `type` first, then the contract's fields of that
// item; a final `summary` record counts what was written. Lines are yielded one by one so a caller can stream them.
import type { Report } from '../core/types.js';
import { CONTRACT, SCHEMA_URL, TOOL_NAME } from './json.js';
import { SECTIONS, type RenderOptions, type Section } from './options.js';
import { skippedOf } from './values.js';

/** The record types, in the order they are written; `conflicts` selects the `fact` records in conflict. */
export const NDJSON_TYPES = ['source', 'person', 'place', 'organization', 'figure', 'date', 'quote', 'fact', 'summit', 'skipped', 'summary'] as const;
export type NdjsonType = (typeof NDJSON_TYPES)[number];

// `type` is written first and wins over any field of the same name
const line = (type: NdjsonType, record: object | null) => JSON.stringify(Object.assign({ type }, record, { type }));

export function* renderNdjsonLines(r: Report, o: Pick<RenderOptions, 'sections' | 'toolVersion' | 'elapsedMs'>): Generator<string> {
  const want = new Set<Section>(o.sections?.length ? o.sections : SECTIONS);
  const counts: Partial<Record<NdjsonType, number>> = {};
  const emit = (type: NdjsonType, record: object | null) => {
    counts[type] = (counts[type] ?? 0) + 1;
    return line(type, record);
  };
  if (want.has('sources')) for (const s of r.sources) yield emit('source', CONTRACT.source(s));
  if (want.has('people')) for (const e of r.people) yield emit('person', CONTRACT.person(e));
  if (want.has('places')) for (const e of r.places) yield emit('place', CONTRACT.place(e));
  if (want.has('organizations')) for (const e of r.organizations) yield emit('organization', CONTRACT.organization(e));
  if (want.has('figures')) for (const f of r.figures) yield emit('figure', CONTRACT.figure(f));
  if (want.has('dates')) for (const d of r.dates) yield emit('date', CONTRACT.date(d));
  if (want.has('quotes')) for (const q of r.quotes) yield emit('quote', CONTRACT.quote(q));
  if (want.has('facts') || want.has('conflicts')) {
    for (const f of r.facts) if (want.has('facts') || f.status === 'conflict') yield emit('fact', CONTRACT.fact(f));
  }
  if (want.has('summit') && r.summit) yield emit('summit', CONTRACT.summit(r.summit));
  if (want.has('skipped')) for (const s of skippedOf(r)) yield emit('skipped', s);
  const conflicts = r.facts.filter((f) => f.status === 'conflict').length;
  yield line('summary', {
    $schema: SCHEMA_URL,
    version: r.version,
    ...(o.toolVersion ? { tool: { name: TOOL_NAME, version: o.toolVersion } } : {}),
    records: Object.fromEntries(NDJSON_TYPES.filter((t) => counts[t]).map((t) => [t, counts[t]])),
    report: {
      sources: r.sources.length, people: r.people.length, places: r.places.length, organizations: r.organizations.length,
      figures: r.figures.length, dates: r.dates.length, quotes: r.quotes.length, facts: r.facts.length, conflicts,
      summit: r.summit ? 1 : 0, skipped: skippedOf(r).length,
    },
    ...(o.elapsedMs !== undefined ? { elapsedMs: Math.round(o.elapsedMs) } : {}),
  });
}

export function renderNdjson(r: Report, o: Pick<RenderOptions, 'sections' | 'toolVersion' | 'elapsedMs'>): string {
  let out = '';
  for (const l of renderNdjsonLines(r, o)) out += l + '\n';
  return out;
}
