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

export function extractQuotes(doc: Doc, entities: EntityMention[]): QuoteMention[] {
  const { text, id } = doc.source;
  const spans = quoteSpans(text).filter((q) => {
    const ctx = contextOf(doc, { start: q.innerStart, end: q.innerEnd });
    return ctx !== 'boilerplate' && ctx !== 'cross-reference';
  });
  const scene: Scene = { text, quotes: spans, speakers: [] };
  scene.speakers = speakersOf(entities, spans, text);
  const found: Found[] = spans.map((q, i) => {
    const s = sentenceAt(doc, q.innerStart);
    const sentenceStart = s?.start ?? q.open;
    const paraEnd = text.indexOf('\n', q.close);
    const next = spans[i + 1];
    const closing = sentenceAt(doc, q.close - 1);
    const limit = Math.min(paraEnd < 0 ? text.length : paraEnd, next ? next.open : text.length, q.close + 160, closing ? Math.max(closing.end, q.close) : text.length);
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
    const p = continuedFrom(text, found, i);
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
      sentence: f.sentence,
      context: contextOf(doc, f.inner),
    });
  }
  return out;
}

/** Start of the line holding `at`, and the end of that line. */
function lineAround(text: string, at: number): { start: number; end: number } {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const nl = text.indexOf('\n', at);
  return { start, end: nl < 0 ? text.length : nl };
}

/**
 * For a quote that is its whole paragraph (“…” with at most a full stop after it): the attributed quote that opens
 * the paragraph right before, when that paragraph itself starts with a quote mark. Journalists continue a speaker's
 * words this way; a paragraph that only mentions a quote (“… ,” said X) is not continued by narration.
 */
function continuedFrom(text: string, found: Found[], i: number): Found | null {
  const f = found[i]!;
  const line = lineAround(text, f.open);
  if (!/^\s*$/.test(text.slice(line.start, f.open)) || !/^[\s.]*$/.test(text.slice(f.close, line.end))) return null;
  const prevEnd = text.slice(0, line.start).trimEnd().length;
  if (prevEnd === 0) return null;
  const prevLine = lineAround(text, prevEnd - 1);
  const opener = found.slice(0, i).reverse().find((q) => q.open >= prevLine.start && q.open < prevLine.end && /^\s*$/.test(text.slice(prevLine.start, q.open)));
  if (!opener) return null;
  const inPrev = found.slice(0, i).filter((q) => q.open >= prevLine.start && q.close <= prevLine.end && q.attribution?.speaker);
  const speakers = new Set(inPrev.map((q) => q.attribution!.speaker!.name));
  return speakers.size === 1 ? inPrev.at(-1)! : null;
}
