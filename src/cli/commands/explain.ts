// `summit-facts explain <id> [paths...] [--from report.json] [--json]`: the evidence of one fact, figure, entity,
// quote or date item, or of the summit record. From a saved report: what the item carries (its fields, each
// mention's source, offsets, text and the source's publication date). From the articles: also each mention's
// sentence, the rule that fired, the normalisation steps and the reference date used.
import { readFile } from 'node:fs/promises';
import { InputError, UsageError } from '../../core/errors.js';
import type { DateMention, EntityMention, Extraction, FigureMention, Mention, Provenance, Report, Source, SummitChoice, SummitEvidence } from '../../core/types.js';
import { loadSources } from '../../load/index.js';
import { buildReport, extractDated } from '../../pipeline.js';
import { publicationPeriods } from '../../resolve/publication.js';
import { withItemIds } from '../../report-ids.js';
import { pushTo } from '../../core/maps.js';
import { mentionKey } from '../../core/spans.js';
import { guardStreams, readAll, warn, writeOut, type Io } from '../io.js';
import { checkMaxSourceBytes, checkReferenceDate } from '../../options.js';

export interface ExplainOptions {
  from?: string;
  json?: boolean;
  referenceDate?: string;
  quiet?: boolean;
  maxSourceBytes?: string;
}

type Found = Provenance & { steps?: string[]; reference?: string | null };

export type ItemKind = 'fact' | 'figure' | 'person' | 'place' | 'organization' | 'quote' | 'date' | 'summit';

export interface Item {
  kind: ItemKind;
  id: string;
  item: Record<string, unknown>;
}

/** One mention with what is known of it: always its source's path and date; with the articles, sentence and rules. */
export interface Evidence {
  source: string;
  start: number;
  end: number;
  text: string;
  path?: string;
  published?: string | null;
  publishedFrom?: string | null;
  sentence?: { index: number; text: string; tense?: string; context?: string | null };
  rules?: Array<Record<string, unknown>>;
}

const key = mentionKey;

/** Every extracted item of every source, by the place of its mention. */
function provenanceIndex(xs: Extraction[]): Map<string, Found[]> {
  const out = new Map<string, Found[]>();
  const add = (p: Found) => pushTo(out, key(p.mention), p);
  for (const x of xs) {
    for (const f of x.figures as FigureMention[]) add(f);
    for (const d of x.dates as DateMention[]) add(d);
    for (const e of x.entities as EntityMention[]) add(e);
    for (const q of x.quotes) add(q);
  }
  return out;
}

/** Every item of the report with an id, in report order. */
export function items(report: Report): Item[] {
  const out: Item[] = [];
  const add = (kind: ItemKind, xs: ReadonlyArray<{ id?: string }> | undefined) => {
    for (const x of xs ?? []) if (x.id) out.push({ kind, id: x.id, item: x as Record<string, unknown> });
  };
  add('fact', report.facts);
  add('figure', report.figures);
  add('person', report.people);
  add('place', report.places);
  add('organization', report.organizations);
  add('quote', report.quotes);
  add('date', report.dates);
  if (report.summit) out.push({ kind: 'summit', id: 'summit', item: report.summit as unknown as Record<string, unknown> });
  return out;
}

/** Edit distance, for "did you mean". */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}

/** The ids nearest to `id`: those that contain it or that it contains first, then by edit distance. */
export function nearestIds(id: string, ids: string[], n = 5): string[] {
  const q = id.toLowerCase();
  const scored = ids.map((x) => ({ x, d: x.includes(q) || q.includes(x) ? -1 / x.length : distance(q, x) }));
  return scored
    .filter((s) => s.d < 0 || s.d <= Math.max(3, Math.ceil(q.length / 2)))
    .sort((a, b) => a.d - b.d || (a.x < b.x ? -1 : 1))
    .slice(0, n)
    .map((s) => s.x);
}

/** The mentions an item carries (a fact's are in its values). */
function mentionsOf(it: Item): Mention[] {
  const o = it.item;
  if (Array.isArray(o.mentions)) return o.mentions as Mention[];
  if (Array.isArray(o.values)) return (o.values as Array<{ mentions?: Mention[] }>).flatMap((v) => v.mentions ?? []);
  return [];
}

/**
 * The compact evidence section `extract --json --evidence` adds to a report: for each mention of a report item its
 * sentence (by index) and the rules that fired; each such sentence's text once. What `explain --from` needs.
 */
export interface EvidenceSection {
  sentences: Record<string, Record<string, string>>;
  mentions: Record<string, { sentence?: number; tense?: string; context?: string | null; rules: Array<Record<string, unknown>> }>;
}

export function evidenceOf(m: Mention, report: Report, xs: Map<string, Extraction>, index: Map<string, Found[]>): Evidence {
  const src = report.sources.find((s) => s.id === m.source);
  const ev: Evidence = { source: m.source, start: m.start, end: m.end, text: m.text };
  if (src) Object.assign(ev, { path: src.path, published: src.published, publishedFrom: src.publishedFrom });
  const x = xs.get(m.source);
  const saved = (report as Report & { evidence?: EvidenceSection }).evidence;
  if (!x && saved) {
    const e = saved.mentions?.[key(m)];
    if (e?.sentence !== undefined) {
      ev.sentence = { index: e.sentence, text: saved.sentences?.[m.source]?.[e.sentence] ?? '', tense: e.tense, context: e.context ?? null };
    }
    if (e) ev.rules = e.rules;
  }
  if (!x) return ev;
  const found = index.get(key(m)) ?? [];
  const sentence = x.doc.sentences[found[0]?.sentence ?? -1] ?? x.doc.sentences.find((s) => s.start <= m.start && m.start < s.end);
  if (sentence) ev.sentence = { index: sentence.index, text: sentence.text.replace(/\s+/g, ' '), tense: sentence.tense, context: sentence.context ?? null };
  ev.rules = found.map((f) => {
    const r: Record<string, unknown> = { rule: f.rule };
    if (f.context) r.context = f.context;
    if ('about' in f) {
      const g = f as unknown as FigureMention;
      Object.assign(r, { about: g.about ?? null, period: g.period ?? null, approx: g.approx, modality: g.modality ?? 'actual' });
    }
    if (f.steps?.length) r.steps = f.steps;
    if ('reference' in f) r.reference = f.reference ?? null;
    return r;
  });
  return ev;
}

function evidenceLines(ev: Evidence, indent: string): string[] {
  const lines = [`${indent}${ev.source} [${ev.start}–${ev.end}] "${ev.text}"`];
  if (ev.sentence) lines.push(`${indent}  sentence ${ev.sentence.index} (${ev.sentence.tense ?? '?'}${ev.sentence.context ? `, ${ev.sentence.context}` : ''}): ${ev.sentence.text}`);
  for (const r of ev.rules ?? []) {
    lines.push(`${indent}  rule: ${r.rule}${r.context ? ` (context: ${r.context})` : ''}`);
    if ('about' in r) lines.push(`${indent}  about: ${r.about ?? '—'}; period: ${r.period ?? '—'}; approx: ${r.approx}; ${r.modality}`);
    for (const s of (r.steps as string[] | undefined) ?? []) lines.push(`${indent}    step: ${s}`);
    if ('reference' in r) lines.push(`${indent}  reference date: ${r.reference ?? 'none'}`);
  }
  if (ev.path !== undefined) lines.push(`${indent}  published: ${ev.published ?? 'unknown'} (from ${ev.publishedFrom ?? 'nowhere'}); file ${ev.path}`);
  return lines;
}

/** A field the explanation does not lay out itself, in one line. */
function fieldLine(k: string, v: unknown): string {
  const show = (x: unknown): string => (x === null || x === undefined ? '—' : typeof x === 'object' ? JSON.stringify(x) : String(x));
  return `  ${k}: ${Array.isArray(v) && v.every((x) => typeof x !== 'object' || x === null) ? v.map(show).join(', ') || '—' : show(v)}`;
}

const LAID_OUT = new Set(['id', 'claim', 'status', 'note', 'period', 'values', 'mentions', 'name', 'value', 'unit', 'approx', 'text', 'speaker']);

const SUMMIT_WITNESSES = 3;

/** Why each participant, place and day of the summit was chosen, and why the strongest rival was not. */
function summitEvidence(sev: SummitEvidence, out: string[], ev: (m: Mention) => Evidence): void {
  const show = (label: string, c: SummitChoice) => {
    out.push(`  ${label} ${c.id} — ${c.why}`);
    for (const w of c.evidence.slice(0, SUMMIT_WITNESSES)) out.push(...evidenceLines(ev(w.mention), '      ').slice(0, 2), `        event: ${w.rule}`);
    if (c.evidence.length > SUMMIT_WITNESSES) out.push(`      … and ${c.evidence.length - SUMMIT_WITNESSES} more sources (${c.evidence.slice(SUMMIT_WITNESSES).map((w) => w.source).join(', ')})`);
  };
  for (const [name, list, rival] of [['participant', sev.participants, sev.rivals.participant], ['place', sev.places, sev.rivals.place], ['date', sev.dates, sev.rivals.date]] as const) {
    for (const c of list) show(name, c);
    if (rival) show(`not ${name}`, rival);
  }
}

/** The explanation of one item as lines of text; `evidence` maps each mention key to what is known of it. */
function explainLines(it: Item, report: Report, ev: (m: Mention) => Evidence): string[] {
  const o = it.item as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  const out: string[] = [];
  const rest = (skip: string[] = []) => {
    for (const [k, v] of Object.entries(o)) if (!LAID_OUT.has(k) && !skip.includes(k)) out.push(fieldLine(k, v));
  };
  const mentions = (ms: Mention[], indent: string) => {
    for (const m of ms) out.push(...evidenceLines(ev(m), indent));
  };
  switch (it.kind) {
    case 'fact':
      out.push(`fact ${o.id}: ${o.claim}`, `  status: ${o.status}${o.note ? ` — ${o.note}` : ''}`);
      if (o.period) out.push(`  period: ${o.period}`);
      rest();
      for (const v of o.values as Array<Record<string, any>>) { // eslint-disable-line @typescript-eslint/no-explicit-any
        out.push(`  value ${v.value} ${v.unit}${v.approx && v.approx !== 'exact' ? ` (${v.approx})` : ''}${v.period ? ` [${v.period}]` : ''} ← ${(v.sources as string[]).join(', ')}`);
        for (const [k, x] of Object.entries(v)) if (!['value', 'unit', 'approx', 'period', 'sources', 'mentions'].includes(k)) out.push('  ' + fieldLine(k, x));
        mentions(v.mentions ?? [], '    ');
      }
      break;
    case 'figure':
      out.push(`figure ${o.id}: ${o.value} ${o.unit} (${o.approx}) about ${o.about ?? '?'}${o.period ? ` [${o.period}]` : ''}`);
      rest(['about', 'period', 'sources']);
      mentions(o.mentions, '  ');
      break;
    case 'quote':
      out.push(`quote ${o.id}: “${o.text}” — ${o.speaker ?? 'unattributed'}`);
      rest();
      mentions(o.mentions, '  ');
      break;
    case 'date':
      out.push(`date ${o.id}: ${o.value ?? 'unresolved'} (${o.granularity}) “${o.text}”`);
      rest(['granularity']);
      mentions(o.mentions, '  ');
      break;
    case 'summit': {
      out.push(`summit: participants ${o.participants.join(', ')}; places ${o.places.join(', ')}; dates ${o.dates.join(', ')}`, `  sources: ${o.sources.join(', ')}`);
      rest(['participants', 'places', 'dates', 'sources', 'evidence']);
      if (o.evidence) summitEvidence(o.evidence as SummitEvidence, out, ev);
      for (const f of report.facts.filter((f) => f.values.some((v) => v.unit === 'date' && o.dates.includes(String(v.value))))) out.push(`  date fact ${f.id} (${f.status}): ${f.claim}`);
      break;
    }
    default:
      out.push(`${it.kind === 'person' || it.kind === 'place' || it.kind === 'organization' ? 'entity' : it.kind} ${o.id}: ${o.name}${o.kind ? ` (${o.kind})` : ''}`);
      if (o.aliases?.length) out.push(`  aliases: ${o.aliases.join(', ')}`);
      if (o.titles?.length) out.push(`  titles: ${o.titles.join(', ')}`);
      rest(['kind', 'aliases', 'titles', 'sources']);
      mentions(o.mentions, '  ');
      if (report.summit?.participants.includes(it.id) || report.summit?.places.includes(it.id)) out.push(`  in the summit record`);
  }
  return out;
}

function finder(report: Report, extractions: Extraction[]) {
  const xs = new Map(extractions.map((x) => [x.doc.source.id, x]));
  const index = provenanceIndex(extractions);
  return (m: Mention) => evidenceOf(m, report, xs, index);
}

/** The evidence chain of `id` as text, or null when nothing has that id. */
export function explainId(id: string, report: Report, extractions: Extraction[] = []): string | null {
  const it = items(report).find((x) => x.id === id);
  if (!it) return null;
  return explainLines(it, report, finder(report, extractions)).join('\n') + '\n';
}

/** The item and the evidence of each of its mentions, as a JSON value; null when nothing has that id. */
export function explainJson(id: string, report: Report, extractions: Extraction[] = []) {
  const it = items(report).find((x) => x.id === id);
  if (!it) return null;
  const ev = finder(report, extractions);
  return { id: it.id, kind: it.kind, item: it.item, evidence: mentionsOf(it).map(ev) };
}

/** The evidence section of a report: every mention of every item, with its sentence and rules. */
export function evidenceSection(report: Report, extractions: Extraction[]): EvidenceSection {
  const ev = finder(report, extractions);
  const out: EvidenceSection = { sentences: {}, mentions: {} };
  for (const it of items(report)) {
    for (const m of mentionsOf(it)) {
      const k = key(m);
      if (out.mentions[k]) continue;
      const e = ev(m);
      out.mentions[k] = { ...(e.sentence ? { sentence: e.sentence.index, tense: e.sentence.tense, context: e.sentence.context ?? null } : {}), rules: e.rules ?? [] };
      if (e.sentence) (out.sentences[m.source] ??= {})[e.sentence.index] = e.sentence.text;
    }
  }
  return out;
}

/** A report saved by `extract --json`, checked enough to explain from. */
export async function readReport(file: string): Promise<Report> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    throw new InputError(`cannot read --from ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  let r: Report;
  try {
    r = JSON.parse(text) as Report;
  } catch {
    throw new InputError(`--from ${file} is not JSON (save it with \`extract --json -o ${file}\`)`);
  }
  if (!r || typeof r !== 'object' || !Array.isArray(r.sources) || !Array.isArray(r.facts)) {
    throw new InputError(`--from ${file} is not a summit-facts report (no "sources" and "facts")`);
  }
  return withItemIds({ ...r, people: r.people ?? [], places: r.places ?? [], organizations: r.organizations ?? [], figures: r.figures ?? [], dates: r.dates ?? [], quotes: r.quotes ?? [], summit: r.summit ?? null });
}

/** Every source extracted on this thread, as `run` does it (undated sources dated by the others first). */
export function extractAll(sources: Source[]): Extraction[] {
  const periods = publicationPeriods(sources);
  return sources.map((s, i) => extractDated(s, periods[i]!));
}

export async function explainCommand(id: string, paths: string[], opts: ExplainOptions, io: Io): Promise<void> {
  guardStreams(io);
  let report: Report;
  let extractions: Extraction[] = [];
  if (opts.from !== undefined) {
    if (paths.length) throw new UsageError('give either --from report.json or the article paths, not both');
    report = await readReport(opts.from);
  } else {
    if (!paths.length) throw new UsageError('explain needs the article paths, or --from report.json (a report saved with `extract --json`)');
    const referenceDate = checkReferenceDate(opts.referenceDate);
    const maxSourceBytes = checkMaxSourceBytes(opts.maxSourceBytes);
    const { sources, warnings } = await loadSources(paths, { referenceDate }, (limit) => readAll(io.stdin, limit), { maxSourceBytes });
    if (!opts.quiet) for (const w of warnings) warn(io, w);
    extractions = extractAll(sources);
    report = withItemIds(buildReport(extractions));
  }
  const text = opts.json ? explainJson(id, report, extractions) : explainId(id, report, extractions);
  if (text === null) {
    const near = nearestIds(id, items(report).map((x) => x.id));
    throw new UsageError(`no item with id "${id}"${near.length ? ` (nearest: ${near.join(', ')})` : ''}`);
  }
  await writeOut(io.stdout, typeof text === 'string' ? text : JSON.stringify(text, null, 2) + '\n');
}
