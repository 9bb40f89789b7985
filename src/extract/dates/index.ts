// Dates, absolute and relative, resolved against the source's publication date (see resolve/dates.ts).
import type { DateMention, Doc, Tense } from '../../core/types.js';
import { contextOf, sentenceAt } from '../../segment/index.js';
import { tenseIn, tenseMap, type TenseMap } from '../../segment/tense.js';
import { describeReference, resolveDate, type Reference } from '../../resolve/dates.js';
import { inferredReferenceOf, referenceOf } from '../../resolve/reference.js';
import { textEvidence } from './evidence.js';
import { scanDates, type DateMatch } from './scan.js';
import { RESCHEDULED_TO_RE } from '../lexicon/rescheduling.js';

export { scanDates, type DateMatch } from './scan.js';

export function extractDates(doc: Doc): DateMention[] {
  const text = doc.source.text;
  const matches = scanDates(text);
  const tenses = tensesOf(doc, matches);
  const ev = textEvidence(matches, tenses);
  return resolveAll(doc, matches, tenses, referenceOf(doc.source, ev), inferredReferenceOf(doc.source, ev));
}

/** The last call's sentences, matches and tenses: publication dating asks twice, then extractDates (read-only). */
let last: { sentences: Doc['sentences']; matches: DateMatch[]; tenses: Tense[] } | null = null;

/** The tense of the clause around each match (one tense map per sentence). */
export function tensesOf(doc: Doc, matches: DateMatch[]): Tense[] {
  if (last !== null && last.sentences === doc.sentences && last.matches === matches) return last.tenses;
  const tenses = tensesIn(doc, matches);
  last = { sentences: doc.sentences, matches, tenses };
  return tenses;
}

function tensesIn(doc: Doc, matches: DateMatch[]): Tense[] {
  const maps = new Map<number, TenseMap>();
  const text = doc.source.text;
  return matches.map((m) => {
    const s = sentenceAt(doc, m.start);
    if (!s) return 'present';
    // "moved to mid-October", "postponed until May 4": a new date is still to come, whatever the verb's tense
    if (RESCHEDULED_TO_RE.test(text.slice(Math.max(s.start, m.start - 40), m.start))) return 'future';
    let map = maps.get(s.index);
    if (!map) maps.set(s.index, (map = tenseMap(s.text)));
    return tenseIn(map, m.start - s.start);
  });
}

/** "--MM" / "--MM-DD" for a month or day printed without a year (ISO 8601's truncated forms). */
function yearlessOf(raw: DateMatch['raw']): string | undefined {
  const p = (n: number) => String(n).padStart(2, '0');
  if (raw.kind === 'month' && raw.y === null && raw.shift === undefined && raw.yearShift === undefined) return `--${p(raw.m)}`;
  if (raw.kind === 'date' && raw.y === null) return `--${p(raw.m)}-${p(raw.d)}`;
  return undefined;
}

/**
 * Resolve in text order, keeping the year and month in force for day numbers and year-less dates. `inferredRef`
 * (an undated source's run month) only fills the `inferred` field of what `ref` leaves unresolved, never `value`.
 */
export function resolveAll(doc: Doc, matches: DateMatch[], tenses: Tense[], ref: Reference, inferredRef: Reference | null = null): DateMention[] {
  const out: DateMention[] = [];
  let inForce: { y: number; m: number } | null = null;
  let dayInForce: string | null = null;
  const reference = describeReference(ref);
  matches.forEach((m, i) => {
    const context = contextOf(doc, m);
    const r = resolveDate({ raw: m.raw, tense: tenses[i]!, ref, inForce, dayInForce });
    // the last day the article's own text names: "the next day" counts from it
    if (r.value && r.granularity === 'day' && context === null) dayInForce = r.value;
    // the article's own dates set the month in force; a caption's or a cross-reference's date does not
    if (r.value && context === null && (m.raw.kind === 'date' || m.raw.kind === 'day-range' || m.raw.kind === 'day-of-month' || m.raw.kind === 'month')) {
      const last = r.value.split('/').pop()!;
      inForce = { y: +last.slice(0, 4), m: +last.slice(5, 7) };
    }
    const sentence = sentenceAt(doc, m.start);
    const mention = { source: doc.source.id, start: m.start, end: m.end, text: doc.source.text.slice(m.start, m.end) };
    const d: DateMention = {
      mention,
      rule: m.rule,
      sentence: sentence?.index ?? -1,
      context,
      value: r.value,
      granularity: r.granularity,
      relative: r.relative,
      reference: r.relative ? reference : null,
      steps: [`rule ${m.rule}`, `tense ${tenses[i]}`, ...r.steps],
    };
    if (m.time) d.time = m.time;
    if (r.value === null) {
      const yearless = yearlessOf(m.raw);
      if (yearless) d.yearless = yearless;
      const guess = inferredRef ? resolveDate({ raw: m.raw, tense: tenses[i]!, ref: inferredRef, inForce }).value : null;
      if (guess) d.inferred = { value: guess, basis: inferredRef!.note };
    }
    out.push(d);
  });
  return out;
}
