// Markdown a newsroom can paste (GitHub-flavoured): a summit card, conflicts with each side's words, agreed facts,
// facts from one source, and the sources. Cells are escaped (pipes, line breaks, HTML) so every table stays a table.
import type { Fact, Mention, Report } from '../core/types.js';
import type { RenderOptions, Section } from './options.js';
import { describeExtra, extraFields, FACT_ORDER, fewIds, formatFactValue, formatNumber, formatValue, namesOf, skippedOf } from './values.js';

/** Text safe inside a table cell or a line: no pipe, no line break, no HTML, no stray emphasis or link syntax. */
export function mdCell(s: string | number | null | undefined): string {
  return String(s ?? '')
    .replace(/\r?\n|\r/g, ' ')
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|#~])/g, '\\$1');
}

const code = (s: string) => '`' + s.replace(/`/g, '') + '`';

function table(head: string[], rows: string[][]): string[] {
  if (!rows.length) return ['_None._'];
  return [`| ${head.join(' | ')} |`, `|${head.map(() => ' --- ').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)];
}

interface Ctx {
  r: Report;
  names: Map<string, string>;
  sentenceOf?: (m: Mention) => string | null;
}

const name = (x: Ctx, id: string) => mdCell(x.names.get(id) ?? id);

function summit(x: Ctx): string[] {
  const s = x.r.summit;
  if (!s) return ['## Summit', '', '_No summit identified._'];
  const head = [s.participants.map((p) => x.names.get(p) ?? p).join(' – '), s.places.map((p) => x.names.get(p) ?? p).join(', '), s.dates.join(', ')].filter(Boolean);
  const rows = [
    ['**Who**', s.participants.map((p) => `${name(x, p)} (${code(p)})`).join(', ') || '_unknown_'],
    ['**Where**', s.places.map((p) => `${name(x, p)} (${code(p)})`).join(', ') || '_unknown_'],
    ['**When**', mdCell(s.dates.join(', ')) || '_unknown_'],
    ['**Sources**', `${s.sources.length} of ${x.r.sources.length}`],
    ...extraFields(s, ['participants', 'places', 'dates', 'sources']).map(([k, v]) => [`**${mdCell(k)}**`, mdCell(describeExtra(v, x.names))]),
  ];
  return [`## Summit: ${mdCell(head.join(', '))}`, '', ...table(['', ''], rows)];
}

/** Each side of a conflict: its value, its sources, and the sentence (or the words) each source said it in. */
function conflict(x: Ctx, f: Fact): string[] {
  const out = [`### ${mdCell(f.claim)}`, '', `${code(f.id)}: ${mdCell(f.note)}`, ''];
  for (const v of f.values) {
    out.push(`- **${mdCell(formatFactValue(v, f.period))}** (${v.sources.length === 1 ? '1 source' : `${v.sources.length} sources`})`);
    const seen = new Set<string>();
    for (const m of v.mentions) {
      if (seen.has(m.source)) continue;
      seen.add(m.source);
      const said = x.sentenceOf?.(m) ?? m.text;
      out.push(`  - ${code(m.source)}: “${mdCell(said)}”`);
      if (seen.size >= 5) {
        const more = new Set(v.mentions.map((k) => k.source)).size - seen.size;
        if (more > 0) out.push(`  - _+ ${more} more sources_`);
        break;
      }
    }
  }
  return out;
}

function conflicts(x: Ctx): string[] {
  const list = x.r.facts.filter((f) => f.status === 'conflict');
  return [`## Conflicts (${list.length})`, '', ...(list.length ? list.flatMap((f) => [...conflict(x, f), '']).slice(0, -1) : ['_None._'])];
}

const factTable = (facts: Fact[]) => table(['Claim', 'Value', 'Sources', 'Id'], facts.map((f) => [
  mdCell(f.claim), mdCell(f.values.map((v) => formatFactValue(v, f.period)).join(' / ')),
  mdCell(fewIds([...new Set(f.values.flatMap((v) => v.sources))], 3, 'sources')), code(f.id),
]));

function facts(x: Ctx, all: boolean): string[] {
  const sorted = [...x.r.facts].sort((a, b) => FACT_ORDER[a.status] - FACT_ORDER[b.status]);
  const agreed = sorted.filter((f) => f.status === 'agreed');
  const single = sorted.filter((f) => f.status === 'single');
  const out = [`## Agreed facts (${agreed.length})`, '', ...factTable(agreed), '', `## Reported by one source (${single.length})`, '', ...factTable(single)];
  return all ? [...conflicts(x), '', ...out] : out;
}

const entities = (heading: string, pick: (r: Report) => Report['people'], withKind: boolean) => (x: Ctx): string[] => {
  const list = pick(x.r);
  return [`## ${heading} (${list.length})`, '', ...table(['Name', ...(withKind ? ['Kind'] : []), 'Also', 'Sources', 'Id'], list.map((e) => [
    mdCell(e.name), ...(withKind ? [mdCell(e.kind ?? 'other')] : []), mdCell(fewIds(e.aliases, 4)), String(e.sources.length), code(e.id),
  ]))];
};

const SECTION_MD: Record<Section, (x: Ctx) => string[]> = {
  summit,
  conflicts,
  facts: (x) => facts(x, true),
  people: entities('People', (r) => r.people, false),
  places: entities('Places', (r) => r.places, true),
  organizations: entities('Organizations', (r) => r.organizations, false),
  figures: (x) => [`## Figures (${x.r.figures.length})`, '', ...table(['Value', 'About', 'Period', 'Text', 'Sources', 'Id'], x.r.figures.map((f) => [
    mdCell(formatValue(f.value, f.unit, f.approx)), mdCell(f.about), mdCell(f.period), `“${mdCell(f.text)}”`, String(f.sources.length), code(f.id),
  ]))],
  dates: (x) => [`## Dates (${x.r.dates.length})`, '', ...table(['Value', 'Granularity', 'Text', 'Sources'], x.r.dates.map((d) => [
    mdCell(d.value ?? 'unresolved'), mdCell(d.granularity + (d.relative ? ', relative' : '')), `“${mdCell(d.text)}”`, String(d.sources.length),
  ]))],
  quotes: (x) => [`## Quotes (${x.r.quotes.length})`, '', ...(x.r.quotes.length ? x.r.quotes.flatMap((q) => [
    `> “${mdCell(q.text)}”`, `> — ${q.speaker ? name(x, q.speaker) : '_unknown speaker_'} (${mdCell(fewIds(q.sources, 2, 'sources'))})`, '',
  ]).slice(0, -1) : ['_None._'])],
  sources: (x) => [`## Sources (${x.r.sources.length})`, '', ...table(['Id', 'Title', 'Published', 'Chars'], x.r.sources.map((s) => [
    code(s.id), mdCell(s.title ?? ''), mdCell(s.published ?? 'unknown'), formatNumber(s.chars),
  ]))],
  skipped: (x) => [`## Skipped inputs (${skippedOf(x.r).length})`, '', ...table(['Path', 'Reason'], skippedOf(x.r).map((s) => [mdCell(s.path), mdCell(s.reason)]))],
};

/** The default report: summit card, conflicts, agreed and single-source facts, sources. */
const DEFAULT_MD: readonly Section[] = ['summit', 'conflicts', 'facts', 'sources'];

export function renderMarkdown(r: Report, o: Pick<RenderOptions, 'sections' | 'sentenceOf'>): string {
  const x: Ctx = { r, names: namesOf(r), sentenceOf: o.sentenceOf };
  const chosen = o.sections?.length ? [...new Set(o.sections)] : DEFAULT_MD;
  // facts next to conflicts: the conflicts are not repeated
  const parts = chosen.map((s) => (s === 'facts' ? facts(x, !chosen.includes('conflicts')) : SECTION_MD[s](x)));
  return ['# Summit facts', '', `_${r.sources.length} sources · ${r.facts.length} facts · ${r.facts.filter((f) => f.status === 'conflict').length} conflicts_`, '',
    ...parts.flatMap((p) => [...p, '']),
  ].join('\n').replace(/\n+$/, '') + '\n';
}
