// Sources without a publication date: what the run and their own text can still fix.
//  1. The set: when at least two other sources carry a printed date (header, byline, dateline) and all fall in one
//     month (or one year), an undated source takes that month (or year) as its `publishedPeriod`. Year- and
//     month-level expressions ("last year", "in March", "earlier this month") resolve against it; day-level ones
//     ("last week", "on Tuesday") do not.
//  2. A dateline without a year ("Shillong, September 13:") takes the year of that period: the one of the period's
//     year, the year before or the year after that puts the day nearest the period. With no period it fixes nothing.
//  3. The text: a weekday named with its date ("Tuesday, August 22", "Monday (Aug. 21)") in a past-tense sentence of
//     the article's own text means the article was written that day or later; the latest such day becomes the
//     publication date, `publishedFrom: 'text'`, with a warning that says so.
// Every inference adds a warning to the source; nothing is guessed silently.
import type { Doc, Source } from '../core/types.js';
import { segment, sentenceAt } from '../segment/index.js';
import { scanDates } from '../extract/dates/scan.js';
import { needsReference, textEvidence } from '../extract/dates/evidence.js';
import { tensesOf } from '../extract/dates/index.js';
import { resolveDate } from './dates.js';
import { referenceOf } from './reference.js';
import { datelineMonthDay } from '../load/published.js';
import { isoDay } from '../extract/lexicon/calendar.js';

const PRINTED = new Set(['header', 'byline', 'text']);

/** The month ("2023-10") or year ("2023") that all printed dates of the other sources share, or null. */
export function setPeriod(sources: Source[], except: string): string | null {
  const days = sources.filter((s) => s.id !== except && s.published && PRINTED.has(s.publishedFrom ?? '')).map((s) => s.published!);
  if (days.length < 2) return null;
  const months = new Set(days.map((d) => d.slice(0, 7)));
  if (months.size === 1) return [...months][0]!;
  const years = new Set(days.map((d) => d.slice(0, 4)));
  return years.size === 1 ? [...years][0]! : null;
}

/** Copies of the sources, undated ones completed from the set and from their own text (see above). */
export function datePublications(sources: Source[]): Source[] {
  const periods = publicationPeriods(sources);
  return sources.map((s, i) => datePublication(s, periods[i]!));
}

/** Per source: null when it is dated, else `setPeriod` of the others (one pass: an undated source is never a printed one). */
export function publicationPeriods(sources: Source[]): Array<string | null> {
  const printed = new Set(sources.filter((s) => s.published && PRINTED.has(s.publishedFrom ?? '')).map((s) => s.id));
  let shared: { period: string | null } | null = null;
  return sources.map((s) => {
    if (s.published) return null;
    if (printed.has(s.id)) return setPeriod(sources, s.id);
    shared ??= { period: setPeriod(sources, s.id) };
    return shared.period;
  });
}

/** One source completed as above, given the period of the others (`publicationPeriods`): depends on that source alone.
 *  `doc` is the source already segmented, when the caller has it (segmenting reads the text only, never the date). */
export function datePublication(s: Source, period: string | null, doc?: Doc): Source {
  if (s.published) return s;
  const withPeriod: Source = { ...s, publishedPeriod: period, warnings: [...s.warnings] };
  const dateline = period ? datelineDay(s.text, period) : null;
  if (dateline) {
    withPeriod.published = dateline.day;
    withPeriod.publishedFrom = 'text';
    withPeriod.warnings.push(`publication date ${dateline.day} from the dateline "${dateline.text}" with the year of the other sources of the run (${period}); relative dates are resolved against it`);
    return withPeriod;
  }
  const matches = scanDates(s.text);
  const inferred = dayFromText(withPeriod, doc ?? segment(s), matches);
  if (inferred) {
    withPeriod.published = inferred.day;
    withPeriod.publishedFrom = 'text';
    withPeriod.warnings.push(`publication date ${inferred.day} inferred from the text ("${inferred.text}" told in the past tense); relative dates are resolved against it`);
    return withPeriod;
  }
  const relative = matches.some((m) => needsReference(m.raw));
  if (period) {
    withPeriod.warnings.push(`no publication date: year- and month-level relative dates resolved against ${period}, which the other sources of the run share; day-level ones are left unresolved`);
  } else if (relative) {
    withPeriod.warnings.push('no publication date (header, byline or --reference-date): relative dates that need one are left unresolved');
  }
  return withPeriod;
}

/** The latest day a weekday-with-date in a past-tense sentence of the article's own text names. */
function dayFromText(source: Source, doc: Doc, matches: ReturnType<typeof scanDates>): { day: string; text: string } | null {
  const tenses = tensesOf(doc, matches);
  const ref = referenceOf(source, textEvidence(matches, tenses));
  let best: { day: string; text: string } | null = null;
  matches.forEach((m, i) => {
    if (m.raw.kind !== 'date' || m.raw.weekday === undefined || tenses[i] !== 'past') return;
    const s = sentenceAt(doc, m.start);
    if (!s || s.context !== null) return; // captions and cross-references date other events
    const r = resolveDate({ raw: m.raw, tense: 'past', ref, inForce: null });
    const other = m.pairedWith !== undefined ? matches[m.pairedWith] : undefined;
    const [from, end] = other ? [Math.min(m.start, other.start), Math.max(m.end, other.end)] : [m.start, m.end];
    const to = other && source.text[end] === ')' ? end + 1 : end;
    if (r.value && (!best || r.value > best.day)) best = { day: r.value, text: source.text.slice(from, to) };
  });
  return best;
}

/** A year-less dateline's day, in the year (period's, one before or after) that puts it nearest the period. */
export function datelineDay(text: string, period: string): { day: string; text: string } | null {
  const d = datelineMonthDay(text);
  if (!d) return null;
  const y = +period.slice(0, 4);
  const pm = period.length >= 7 ? +period.slice(5, 7) : null;
  const at = (yy: number): number => yy * 12 + d.month;
  const target = pm === null ? null : y * 12 + pm;
  const years = pm === null ? [y] : [y - 1, y, y + 1];
  let best: number | null = null;
  for (const yy of years) if (best === null || Math.abs(at(yy) - target!) < Math.abs(at(best) - target!)) best = yy;
  const day = best === null ? null : isoDay(best, d.month, d.day);
  return day ? { day, text: text.slice(d.start, d.end) } : null;
}
