// Direct quotes and their speakers.
//
// Quote spans (straight, curly, guillemets; several sentences long) → attribution after or before the quote →
// pieces of one quote split by its attribution ("“A,” he said, “B.”") joined → scare quotes and names dropped.
import type { Doc, EntityMention, Mention, QuoteMention } from '../../core/types.js';
import { contextOf, sentenceAt } from '../../segment/index.js';
import { after, before, speakersOf, type Attribution, type QuoteSpan, type Scene } from './attribution.js';
import { looksLikeName, MIN_CHARACTERIZED_WORDS, MIN_UNATTRIBUTED_WORDS, MIN_WORDS, QUOTE_RE, wordCount } from './rules.js';

interface Found extends QuoteSpan {
  inner: Mention;
  attribution: Attribution | null;
  sentence: number;
  sentenceStart: number;
}

/** Quote spans of a text, in order. */
export function quoteSpans(text: string): Array<QuoteSpan & { innerStart: number; innerEnd: number }> {
  const out: Array<QuoteSpan & { innerStart: number; innerEnd: number }> = [];
  for (const m of text.matchAll(QUOTE_RE)) {
    const open = m.index!;
    const close = open + m[0].length;
    out.push({ open, close, innerStart: open + 1, innerEnd: close - 1 });
  }
  return out;
}

const JOIN_GAP_RE = /^[\s,.;:–—-]*$/;

/** Line breaks of a text, found once: the line around any offset by binary search (never a scan of the text per
 *  quote, which made a long paragraph full of quote marks quadratic). */
export class Lines {
  private readonly breaks: number[] = [];
  constructor(private readonly text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.breaks.push(i);
  }
  /** index of the first line break at or after `at` in `breaks` */
  private firstFrom(at: number): number {
    let lo = 0;
    let hi = this.breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.breaks[mid]! < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  /** the first line break at or after `at`, or the text's length */
  nextBreak(at: number): number {
    const i = this.firstFrom(at);
    return i < this.breaks.length ? this.breaks[i]! : this.text.length;
  }
  /** start of the line holding `at`, and the end of that line */
  around(at: number): { start: number; end: number } {
    const i = this.firstFrom(at);
    return { start: i > 0 ? this.breaks[i - 1]! + 1 : 0, end: i < this.breaks.length ? this.breaks[i]! : this.text.length };
  }
}

/** Index of the first quote opening at or after `at` (quotes are in text order). */
function firstOpenFrom(found: readonly Found[], at: number): number {
  let lo = 0;
  let hi = found.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (found[mid]!.open < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function extractQuotes(doc: Doc, entities: EntityMention[]): QuoteMention[] {
  const { text, id } = doc.source;
  const spans = quoteSpans(text).filter((q) => {
    const ctx = contextOf(doc, { start: q.innerStart, end: q.innerEnd });
    return ctx !== 'boilerplate' && ctx !== 'cross-reference';
  });
  const lines = new Lines(text);
  const scene: Scene = { text, quotes: spans, speakers: [] };
  scene.speakers = speakersOf(entities, spans, text);
  const found: Found[] = spans.map((q, i) => {
    const s = sentenceAt(doc, q.innerStart);
    const sentenceStart = s?.start ?? q.open;
    const paraEnd = lines.nextBreak(q.close);
    const next = spans[i + 1];
    const closing = sentenceAt(doc, q.close - 1);
    const limit = Math.min(paraEnd, next ? next.open : text.length, q.close + 160, closing ? Math.max(closing.end, q.close) : text.length);
    const prev = spans[i - 1];
    const clauseStart = prev && prev.close > sentenceStart ? prev.close : sentenceStart;
    const attribution = after(scene, q, limit) ?? before(scene, q, clauseStart) ?? (clauseStart !== sentenceStart ? before(scene, q, sentenceStart) : null);
    const inner = { source: id, start: q.innerStart, end: q.innerEnd, text: text.slice(q.innerStart, q.innerEnd) };
    return { ...q, inner, attribution, sentence: s?.index ?? 0, sentenceStart };
  });
  // a later quote of the same sentence with no attribution of its own keeps the speaker of the one before
  for (let i = 1; i < found.length; i++) {
    const f = found[i]!;
    const p = found[i - 1]!;
    if (!f.attribution && p.attribution && p.sentence === f.sentence) f.attribution = { ...p.attribution, rule: 'same-sentence', end: f.close };
  }
  // a quote that makes up a whole paragraph with no attribution of its own continues the quote paragraph before it
  for (let i = 1; i < found.length; i++) {
    const f = found[i]!;
    if (f.attribution) continue;
    const p = continuedFrom(text, lines, found, i);
    if (p?.attribution?.speaker) f.attribution = { ...p.attribution, rule: 'continued-paragraph', end: f.close };
  }
  const out: QuoteMention[] = [];
  for (let i = 0; i < found.length; i++) {
    const f = found[i]!;
    const pieces = [f];
    // split quotes: “A,” he said, “B.” — the next quote starts right where this one's attribution ends
    while (i + 1 < found.length) {
      const last = pieces.at(-1)!;
      const n = found[i + 1]!;
      const end = last.attribution && last.attribution.end > last.close ? last.attribution.end : -1;
      const ownAttribution = n.attribution && n.attribution.rule.startsWith('after');
      if (end < 0 || ownAttribution || !JOIN_GAP_RE.test(text.slice(end, n.open)) || text.slice(end, n.open).includes('\n')) break;
      n.attribution = last.attribution;
      pieces.push(n);
      i++;
    }
    const quote = pieces.map((p) => p.inner.text.trim()).join(' … ');
    const words = wordCount(quote);
    const speaker = f.attribution?.speaker ?? null;
    if (words < MIN_WORDS || looksLikeName(quote)) continue;
    if (f.attribution?.rule.endsWith('-characterize') && (words < MIN_CHARACTERIZED_WORDS || !speaker)) continue;
    if (!f.attribution && words < MIN_UNATTRIBUTED_WORDS) continue;
    out.push({
      quote,
      speakerName: speaker ? speaker.canonical ?? speaker.name : null,
      parts: pieces.slice(1).map((p) => p.inner),
      mention: f.inner,
      rule: `quote:${f.attribution?.rule ?? 'unattributed'}${pieces.length > 1 ? '+split' : ''}`,
      ...(f.attribution?.description ? { description: f.attribution.description } : {}),
      sentence: f.sentence,
      context: contextOf(doc, f.inner),
    });
  }
  return out;
}

/**
 * For a quote that is its whole paragraph (“…” with at most a full stop after it): the attributed quote that opens
 * the paragraph right before, when that paragraph itself starts with a quote mark. Journalists continue a speaker's
 * words this way; a paragraph that only mentions a quote (“… ,” said X) is not continued by narration.
 */
function continuedFrom(text: string, lines: Lines, found: Found[], i: number): Found | null {
  const f = found[i]!;
  const line = lines.around(f.open);
  if (!/^\s*$/.test(text.slice(line.start, f.open)) || !/^[\s.]*$/.test(text.slice(f.close, line.end))) return null;
  let prevEnd = line.start; // the end of the text before the line, without its trailing white space
  while (prevEnd > 0 && /\s/.test(text[prevEnd - 1]!)) prevEnd--;
  if (prevEnd === 0) return null;
  const prevLine = lines.around(prevEnd - 1);
  // the quotes of the line before: an index range found by binary search, not a scan of all quotes before
  const prevQuotes = found.slice(firstOpenFrom(found, prevLine.start), Math.min(i, firstOpenFrom(found, prevLine.end)));
  const opener = prevQuotes.find((q) => /^\s*$/.test(text.slice(prevLine.start, q.open)));
  if (!opener) return null;
  const inPrev = prevQuotes.filter((q) => q.close <= prevLine.end && q.attribution?.speaker);
  const speakers = new Set(inPrev.map((q) => q.attribution!.speaker!.name));
  return speakers.size === 1 ? inPrev.at(-1)! : null;
}
