// `summit-facts explain <id> <paths...>`: the evidence chain of one fact, figure, entity or of the summit record:
// each source's sentence, offsets, the rule that fired, each normalisation step and the reference date used.
import { UsageError } from '../../core/errors.js';
import type { DateMention, EntityMention, Extraction, FigureMention, Mention, Provenance, Report } from '../../core/types.js';
import { loadSources } from '../../load/index.js';
import { buildReport, extractSource } from '../../pipeline.js';
import { datePublications } from '../../resolve/publication.js';
import { guardStreams, readAll, warn, writeOut, type Io } from '../io.js';
import { checkMaxSourceBytes, checkReferenceDate } from './extract.js';
import { pushTo } from '../../core/maps.js';

export interface ExplainOptions {
  referenceDate?: string;
  quiet?: boolean;
  maxSourceBytes?: string;
}

type Found = Provenance & { steps?: string[]; reference?: string | null };

const key = (m: Pick<Mention, 'source' | 'start' | 'end'>) => `${m.source}:${m.start}:${m.end}`;

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

function evidence(m: Mention, xs: Map<string, Extraction>, index: Map<string, Found[]>, indent = '    '): string[] {
  const x = xs.get(m.source);
  const lines = [`${indent}${m.source} [${m.start}–${m.end}] "${m.text}"`];
  if (!x) return lines;
  const src = x.doc.source;
  const found = index.get(key(m)) ?? [];
  const sentence = x.doc.sentences[found[0]?.sentence ?? -1] ?? x.doc.sentences.find((s) => s.start <= m.start && m.start < s.end);
  if (sentence) lines.push(`${indent}  sentence ${sentence.index} (${sentence.tense}${sentence.context ? `, ${sentence.context}` : ''}): ${sentence.text.replace(/\s+/g, ' ')}`);
  for (const f of found) {
    lines.push(`${indent}  rule: ${f.rule}${f.context ? ` (context: ${f.context})` : ''}`);
    if ('about' in f) {
      const g = f as unknown as FigureMention;
      lines.push(`${indent}  about: ${g.about ?? '—'}; period: ${g.period ?? '—'}; approx: ${g.approx}; ${g.modality ?? 'actual'}`);
    }
    for (const s of f.steps ?? []) lines.push(`${indent}    step: ${s}`);
    if ('reference' in f) lines.push(`${indent}  reference date: ${f.reference ?? 'none'}`);
  }
  lines.push(`${indent}  published: ${src.published ?? 'unknown'} (from ${src.publishedFrom ?? 'nowhere'})`);
  return lines;
}

/** The evidence chain of `id` as text, or null when nothing has that id. */
export function explainId(id: string, report: Report, extractions: Extraction[]): string | null {
  const xs = new Map(extractions.map((x) => [x.doc.source.id, x]));
  const index = provenanceIndex(extractions);
  const out: string[] = [];
  const fact = report.facts.find((f) => f.id === id);
  if (fact) {
    out.push(`fact ${fact.id}: ${fact.claim}`, `  status: ${fact.status}${fact.note ? ` — ${fact.note}` : ''}`);
    if (fact.period) out.push(`  period: ${fact.period}`);
    for (const v of fact.values) {
      out.push(`  value ${v.value} ${v.unit}${v.approx && v.approx !== 'exact' ? ` (${v.approx})` : ''}${v.period ? ` [${v.period}]` : ''} ← ${v.sources.join(', ')}`);
      if (v.rules?.length) out.push(`    by rule: ${v.rules.join('; ')}`);
      for (const m of v.mentions) out.push(...evidence(m, xs, index));
    }
    return out.join('\n') + '\n';
  }
  const figure = report.figures.find((f) => f.id === id);
  if (figure) {
    out.push(`figure ${figure.id}: ${figure.value} ${figure.unit} (${figure.approx}) about ${figure.about ?? '?'}${figure.period ? ` [${figure.period}]` : ''}`);
    for (const m of figure.mentions) out.push(...evidence(m, xs, index, '  '));
    return out.join('\n') + '\n';
  }
  const entity = [...report.people, ...report.places, ...report.organizations].find((e) => e.id === id);
  if (entity) {
    out.push(`entity ${entity.id}: ${entity.name}${entity.kind ? ` (${entity.kind})` : ''}`);
    if (entity.aliases.length) out.push(`  aliases: ${entity.aliases.join(', ')}`);
    if (entity.titles.length) out.push(`  titles: ${entity.titles.join(', ')}`);
    for (const m of entity.mentions) out.push(...evidence(m, xs, index, '  '));
    if (report.summit?.participants.includes(id) || report.summit?.places.includes(id)) out.push(`  in the summit record`);
    return out.join('\n') + '\n';
  }
  if (id === 'summit' && report.summit) {
    const s = report.summit;
    out.push(`summit: participants ${s.participants.join(', ')}; places ${s.places.join(', ')}; dates ${s.dates.join(', ')}`, `  sources: ${s.sources.join(', ')}`);
    for (const f of report.facts.filter((f) => f.values.some((v) => v.unit === 'date' && s.dates.includes(String(v.value))))) out.push(`  date fact ${f.id} (${f.status}): ${f.claim}`);
    return out.join('\n') + '\n';
  }
  return null;
}

export async function explainCommand(id: string, paths: string[], opts: ExplainOptions, io: Io): Promise<void> {
  const referenceDate = checkReferenceDate(opts.referenceDate);
  const maxSourceBytes = checkMaxSourceBytes(opts.maxSourceBytes);
  guardStreams(io);
  const { sources, warnings } = await loadSources(paths, { referenceDate }, (limit) => readAll(io.stdin, limit), { maxSourceBytes });
  if (!opts.quiet) for (const w of warnings) warn(io, w);
  const extractions = datePublications(sources).map(extractSource); // as `run` does: undated sources dated first
  const report = buildReport(extractions);
  const text = explainId(id, report, extractions);
  if (text === null) {
    const known = [...report.facts.map((f) => f.id), ...report.people.map((e) => e.id)].slice(0, 12);
    throw new UsageError(`no fact, figure or entity with id "${id}"${known.length ? ` (some ids: ${known.join(', ')})` : ''}`);
  }
  await writeOut(io.stdout, text);
}
