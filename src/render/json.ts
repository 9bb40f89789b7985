// The JSON document of docs/output-contract.md, keys in contract order whatever order stages built them in.
import { SCHEMA_ID, TOOL_NAME, VERSION } from '../version.js';
import type { DateItem, Entity, Fact, FactValue, Figure, Mention, Quote, Report, SourceInfo, Summit } from '../core/types.js';

const mention = (m: Mention) => ({ source: m.source, start: m.start, end: m.end, text: m.text });

const source = (s: SourceInfo) => ({
  id: s.id, path: s.path, title: s.title, published: s.published, publishedFrom: s.publishedFrom, chars: s.chars, warnings: s.warnings,
});

const entity = (e: Entity, place: boolean) => ({
  id: e.id, name: e.name, ...(place ? { kind: e.kind ?? 'other' } : {}), aliases: e.aliases, titles: e.titles,
  sources: e.sources, mentions: e.mentions.map(mention),
});

const figure = (f: Figure) => ({
  id: f.id, kind: f.kind, value: f.value, unit: f.unit, approx: f.approx, about: f.about, period: f.period, text: f.text,
  sources: f.sources, mentions: f.mentions.map(mention),
});

const date = (d: DateItem) => ({
  ...(d.id ? { id: d.id } : {}), value: d.value, granularity: d.granularity, text: d.text, relative: d.relative, ...(d.time ? { time: d.time } : {}),
  sources: d.sources, mentions: d.mentions.map(mention),
});

const quote = (q: Quote) => ({ ...(q.id ? { id: q.id } : {}), speaker: q.speaker, text: q.text, sources: q.sources, mentions: q.mentions.map(mention) });

const factValue = (v: FactValue) => ({
  value: v.value, unit: v.unit, ...(v.approx ? { approx: v.approx } : {}), ...(v.period !== undefined ? { period: v.period } : {}),
  sources: v.sources, mentions: v.mentions.map(mention),
});

const fact = (f: Fact) => ({
  id: f.id, claim: f.claim, about: f.about, period: f.period, values: f.values.map(factValue), status: f.status, note: f.note,
});

const summit = (s: Summit | null) => (s ? { participants: s.participants, places: s.places, dates: s.dates, sources: s.sources } : null);

export function toContract(r: Report) {
  return {
    $schema: SCHEMA_ID,
    version: r.version,
    tool: { name: TOOL_NAME, version: VERSION },
    sources: r.sources.map(source),
    skipped: r.skipped ?? [],
    people: r.people.map((e) => entity(e, false)),
    places: r.places.map((e) => entity(e, true)),
    organizations: r.organizations.map((e) => entity(e, false)),
    figures: r.figures.map(figure),
    dates: r.dates.map(date),
    quotes: r.quotes.map(quote),
    facts: r.facts.map(fact),
    summit: summit(r.summit),
    ...(r.duplicates && r.duplicates.length ? { duplicates: r.duplicates } : {}),
  };
}

export function renderJson(r: Report): string {
  return JSON.stringify(toContract(r), null, 2) + '\n';
}
