// segment: a Source → Doc with sentences, their page context and tense.
import type { Context, Doc, Sentence, Source, Span } from '../core/types.js';
import { contextAt, findRegions } from './regions.js';
import { splitSentences } from './sentences.js';
import { sentenceTense } from './tense.js';

export function segment(source: Source): Doc {
  const regions = findRegions(source.text);
  const sentences: Sentence[] = splitSentences(source.text).map((s, index) => {
    const text = source.text.slice(s.start, s.end);
    return { index, start: s.start, end: s.end, text, heading: s.heading, context: contextAt(regions, s), tense: sentenceTense(text) };
  });
  return { source, sentences, regions: regions.map(({ start, end, context }) => ({ start, end, context })) };
}

/** The sentence that holds offset `at` (binary search over sorted sentences), or null. */
export function sentenceAt(doc: Doc, at: number): Sentence | null {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = doc.sentences[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return s;
  }
  return null;
}

/** The page context of a span (caption, cross-reference, boilerplate), or null for the article's own text. */
export function contextOf(doc: Doc, span: Span): Context {
  return contextAt(doc.regions, span);
}
