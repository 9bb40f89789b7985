// The JSON document of docs/output-contract.md, keys in contract order whatever order stages built them in.
// Fields a stage adds beyond the contract's (a summit's venue, a fact value's modality …) follow the known ones in
// their own order, so a new field reaches the output without a change here.
import type { DateItem, Entity, Fact, FactValue, Figure, Mention, Quote, Report, SourceInfo, Summit } from '../core/types.js';
import type { RenderOptions } from './options.js';
import { skippedOf } from './values.js';

/** The JSON Schema of the document (its `$id`), carried as `$schema` so editors and validators find it. */
export const SCHEMA_URL = 'https://summit-facts.dev/schema/output-v1.json';
export const TOOL_NAME = 'summit-facts';

const mention = (m: Mention) => ({ source: m.source, start: m.start, end: m.end, text: m.text });

/** `known` first, in the order given, then any other own field of `o` that is defined. */
function ordered<T extends object>(o: T, known: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...known };
  for (const [k, v] of Object.entries(o)) if (!(k in out) && v !== undefined) out[k] = v;
  return out;
}

const source = (s: SourceInfo) => ordered(s, {
  id: s.id, path: s.path, title: s.title, published: s.published, publishedFrom: s.publishedFrom, chars: s.chars, warnings: s.warnings,
});

const entity = (e: Entity, place: boolean) => ordered(e, {
  id: e.id, name: e.name, ...(place ? { kind: e.kind ?? 'other' } : {}), aliases: e.aliases, titles: e.titles,
  sources: e.sources, mentions: e.mentions.map(mention),
});

const figure = (f: Figure) => ordered(f, {
  id: f.id, kind: f.kind, value: f.value, unit: f.unit, approx: f.approx, about: f.about, period: f.period, text: f.text,
  sources: f.sources, mentions: f.mentions.map(mention),
});

/** What an unresolved date would be under the run's shared month, when the dates stage says so (`{value, basis}`). */
const inferredOf = (d: DateItem): unknown => (d as { inferred?: unknown }).inferred ?? undefined;

const date = (d: DateItem) => ordered(d, {
  ...('id' in d ? { id: (d as { id?: unknown }).id } : {}),
  value: d.value, granularity: d.granularity, text: d.text, relative: d.relative, ...(d.time ? { time: d.time } : {}),
  ...(inferredOf(d) ? { inferred: inferredOf(d) } : {}),
  sources: d.sources, mentions: d.mentions.map(mention),
});

const quote = (q: Quote) => ordered(q, {
  ...('id' in q ? { id: (q as { id?: unknown }).id } : {}),
  speaker: q.speaker, text: q.text, sources: q.sources, mentions: q.mentions.map(mention),
});

const factValue = (v: FactValue) => ordered(v, {
  value: v.value, unit: v.unit, ...(v.approx ? { approx: v.approx } : {}), ...(v.period !== undefined ? { period: v.period } : {}),
  sources: v.sources, mentions: v.mentions.map(mention),
});

const fact = (f: Fact) => ordered(f, {
  id: f.id, claim: f.claim, about: f.about, period: f.period, values: f.values.map(factValue), status: f.status, note: f.note,
});

const summit = (s: Summit | null) => (s ? ordered(s, { participants: s.participants, places: s.places, dates: s.dates, sources: s.sources }) : null);

/** The contract's records of each list, shared by json and ndjson. */
export const CONTRACT = { source, person: (e: Entity) => entity(e, false), place: (e: Entity) => entity(e, true),
  organization: (e: Entity) => entity(e, false), figure, date, quote, fact, summit } as const;

/** The document's lists in contract order, each with its record maker (`toContract`, `renderJsonChunks`). */
const LISTS: Record<string, (x: never) => unknown> = {
  sources: CONTRACT.source, people: CONTRACT.person, places: CONTRACT.place, organizations: CONTRACT.organization,
  figures: CONTRACT.figure, dates: CONTRACT.date, quotes: CONTRACT.quote, facts: CONTRACT.fact,
};

/** The document: contract keys in contract order, then any list a later stage adds to the report (e.g. `skipped`). */
export function toContract(r: Report, o?: Pick<RenderOptions, 'toolVersion'>): Record<string, unknown> {
  const skipped = skippedOf(r);
  const doc = ordered(r, {
    $schema: SCHEMA_URL,
    version: r.version,
    ...(o?.toolVersion ? { tool: { name: TOOL_NAME, version: o.toolVersion } } : {}),
    ...Object.fromEntries(Object.entries(LISTS).map(([k, make]) => [k, (r as unknown as Record<string, unknown[]>)[k]!.map((x) => make(x as never))])),
    summit: summit(r.summit),
    duplicates: r.duplicates,
    skipped,
  });
  // optional lists appear only when they hold something
  for (const k of ['duplicates', 'skipped']) if (!Array.isArray(doc[k]) || !(doc[k] as unknown[]).length) delete doc[k];
  return doc;
}

export function renderJson(r: Report, o?: Pick<RenderOptions, 'toolVersion'>): string {
  return JSON.stringify(toContract(r, o), null, 2) + '\n';
}


/**
 * `renderJson`'s text in pieces, record by record: the same bytes (`JSON.stringify(…, null, 2)` of each record,
 * indented to its depth), without the whole document's copy of every record or the whole text held at once. For
 * writing a large report as it is made into text.
 */
export function* renderJsonChunks(r: Report, o?: Pick<RenderOptions, 'toolVersion'>): Generator<string> {
  // the document's outline: every key and small value as toContract gives them, the big lists left as they are
  const lists = new Map<string, unknown[]>();
  const outline = toContract({ ...r, ...Object.fromEntries(Object.keys(LISTS).map((k) => [k, []])) } as Report, o);
  for (const k of Object.keys(LISTS)) lists.set(k, (r as unknown as Record<string, unknown[]>)[k]!);
  const keys = Object.keys(outline);
  yield '{';
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    const list = lists.get(k);
    const head = `\n  ${JSON.stringify(k)}: `;
    const tail = i < keys.length - 1 ? ',' : '';
    if (!list || list.length === 0) {
      yield head + JSON.stringify(list ?? outline[k], null, 2).replace(/\n/g, '\n  ') + tail;
      continue;
    }
    const make = LISTS[k]!;
    yield `${head}[`;
    for (let j = 0; j < list.length; j++) {
      yield `\n    ${JSON.stringify(make(list[j] as never), null, 2).replace(/\n/g, '\n    ')}${j < list.length - 1 ? ',' : ''}`;
    }
    yield `\n  ]${tail}`;
  }
  yield '\n}\n';
}
