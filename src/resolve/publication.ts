// Sources without a publication date of their own: what their own text still fixes. Nothing is borrowed.
//  1. A dateline without a year ("BEIJING, Oct 18 (Reuters) -") takes the year of the full dates the page prints
//     (a dated caption "October 18, 2023"); with no year printed it fixes nothing.
//  2. A printed full date (a dated caption) whose weekday the article's own reporting names ("spoke on Wednesday",
//     not in the future tense) dates a same-day report.
//  3. A weekday named with its date ("Tuesday, August 22", "Monday (Aug. 21)") in a past-tense sentence of the
//     article's own text, in the first year the text allows (from the years it tells in the past, see evidence.ts,
//     or an era word such as "post-pandemic", lexicon/calendar.ts ERA_CUES), means the article was
//     written that day or later; the latest such day is the publication date.
//  4. A year-less dateline whose lead names the weekday of what it reports ("Oct 17 (EFE).- … the Kremlin said on
//     Tuesday") is a weekday named with its date, as in 3: the first year the text allows in which that day is that
//     weekday. The run's period (below) can only veto it: a day outside the month or year the other sources share
//     leaves the source undated.
//  The run: when at least two other sources carry a printed date and all fall in one month (or one year), an undated
//  source keeps that period as `publishedPeriod`. It never dates the source nor resolves a `value`: it only gives
//  the `inferred` reading of the source's unresolved dates (resolve/reference.ts `inferredReferenceOf`).
// Every inference adds a warning to the source; nothing is guessed silently.
import type { Doc, Source } from '../core/types.js';
import { segment, sentenceAt } from '../segment/index.js';
import { scanDates } from '../extract/dates/scan.js';
import { needsReference, textEvidence } from '../extract/dates/evidence.js';
import { tensesOf } from '../extract/dates/index.js';
import { resolveDate } from './dates.js';
import { referenceOf } from './reference.js';
import { datelineMonthDay, onEmbedLine } from '../load/published.js';
import { eraNotBefore, isoDay } from '../extract/lexicon/calendar.js';
import { weekdayOf } from './calendar-math.js';

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
 *  `doc` is the source already segmented, when the caller has it (segmenting reads the text only, never the date).
 *  The period never dates the source: it is kept as `publishedPeriod`, for the `inferred` field of its dates. */
export function datePublication(s: Source, period: string | null, doc?: Doc): Source {
  if (s.published) return s;
  const out: Source = { ...s, publishedPeriod: period, warnings: [...s.warnings] };
  const matches = scanDates(s.text);
  const segmented = doc ?? segment(s);
  let read: TextYears | undefined; // the tenses and the lowest year, read once and only if a rule below needs them
  const years = () => (read ??= textYears(segmented, matches));
  const found = datelineDay(s.text, matches) ?? weekdayOfPrintedDate(segmented, matches, years) ?? dayFromText(out, segmented, matches, years) ?? datelineWeekday(segmented, matches, period, years);
  if (found) {
    out.published = found.day;
    out.publishedFrom = 'text';
    out.warnings.push(`publication date ${found.day} from the text (${found.why} "${found.text}"); relative dates are resolved against it`);
    return out;
  }
  if (matches.some((m) => needsReference(m.raw))) {
    out.warnings.push(
      period
        ? `no publication date in the text: relative dates are left unresolved (their reading under the month ${period} the other sources share is given as "inferred")`
        : 'no publication date (header, byline or --reference-date): relative dates that need one are left unresolved',
    );
  }
  return out;
}

interface Found {
  day: string;
  text: string;
  why: string;
}

/** The full dates (with a year) printed anywhere on the page, captions included, except in an embedded post. */
function printedDays(text: string, matches: ReturnType<typeof scanDates>): string[] {
  const days: string[] = [];
  for (const m of matches) if (m.raw.kind === 'date' && m.raw.y !== null && !onEmbedLine(text, m.start)) {
    const v = isoDay(m.raw.y, m.raw.m, m.raw.d);
    if (v) days.push(v);
  }
  return days;
}

/**
 * A year-less dateline ("BEIJING, Oct 18 (Reuters) -") in the year of the full dates the page prints: the year of a
 * printed date of the same month and day (a dated caption), else the year (of the latest printed date's, the one
 * before or after) that puts the dateline nearest that date. Nothing printed with a year: no day.
 */
export function datelineDay(text: string, matches: ReturnType<typeof scanDates> = scanDates(text)): Found | null {
  const d = datelineMonthDay(text);
  if (!d) return null;
  const days = printedDays(text, matches);
  if (!days.length) return null;
  const md = `-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
  const same = days.filter((v) => v.endsWith(md)).sort().pop();
  const latest = [...days].sort().pop()!;
  const y = +latest.slice(0, 4);
  const near = (yy: number) => Math.abs(Date.parse(`${yy}${md}`) - Date.parse(latest));
  const best = same ? +same.slice(0, 4) : [y - 1, y, y + 1].filter((yy) => isoDay(yy, d.month, d.day)).reduce((a, b) => (near(b) < near(a) ? b : a), y);
  const day = isoDay(best, d.month, d.day);
  return day ? { day, text: text.slice(d.start, d.end), why: `the dateline, with the year of the printed date ${same ?? latest}:` } : null;
}

/**
 * A printed full date (a dated caption: "… in Moscow, August 23, 2023") whose weekday the article's own text names
 * for what it reports, in a sentence not set in the future ("spoke on Wednesday"): a same-day report. The latest such.
 */
function weekdayOfPrintedDate(doc: Doc, matches: ReturnType<typeof scanDates>, years: () => TextYears): Found | null {
  const days = printedDays(doc.source.text, matches);
  if (!days.length) return null;
  const { tenses } = years();
  let best: Found | null = null;
  matches.forEach((m, i) => {
    if (m.raw.kind !== 'weekday' || m.raw.shift !== null || m.raw.week !== null || tenses[i] === 'future') return;
    const s = sentenceAt(doc, m.start);
    if (!s || s.context !== null) return;
    const wd = m.raw.wd;
    for (const v of days) {
      if (weekdayOf(v) === wd && (!best || v > best.day)) best = { day: v, text: doc.source.text.slice(m.start, m.end), why: `a weekday of the article's own reporting that names the printed date ${v}:` };
    }
  });
  return best;
}

/** What rules 2–4 read of the text: the tenses of its dates, and the lowest year it allows (the latest year it
 *  tells in the past, or an era word's: "post-pandemic" → 2020), or null. */
interface TextYears {
  tenses: ReturnType<typeof tensesOf>;
  evidence: ReturnType<typeof textEvidence>;
  notBefore: number | null;
}
function textYears(doc: Doc, matches: ReturnType<typeof scanDates>): TextYears {
  const tenses = tensesOf(doc, matches);
  const evidence = textEvidence(matches, tenses);
  const era = eraNotBefore(doc.source.text);
  return { tenses, evidence, notBefore: era !== null && (evidence.notBefore === null || era > evidence.notBefore) ? era : evidence.notBefore };
}

/**
 * Rule 4: a year-less dateline and a weekday of the reporting in the lead sentence (not in the future tense, no
 * "last"/"next"), in the first year from the lowest the text allows (`notBefore`: years it tells in the past, era
 * words) in which the dateline's day is that weekday. No lower bound, or a day outside the run's period: no day.
 */
function datelineWeekday(doc: Doc, matches: ReturnType<typeof scanDates>, period: string | null, years: () => TextYears): Found | null {
  const text = doc.source.text;
  const d = datelineMonthDay(text);
  if (!d) return null;
  const first = doc.sentences.find((s) => s.end > d.end && s.context === null && /\p{L}{3}/u.test(text.slice(Math.max(s.start, d.end), s.end)));
  if (!first) return null;
  const { tenses, notBefore: from } = years();
  const i = matches.findIndex((m, k) => m.start >= Math.max(first.start, d.end) && m.end <= first.end && m.raw.kind === 'weekday' && tenses[k] !== 'future');
  const m = matches[i];
  if (!m || m.raw.kind !== 'weekday' || m.raw.shift !== null || m.raw.week !== null || from === null) return null;
  const wd = m.raw.wd;
  for (let y = from; y < from + 12; y++) {
    const day = isoDay(y, d.month, d.day);
    if (!day || weekdayOf(day) !== wd) continue;
    if (period && !day.startsWith(period)) return null;
    return { day, text: `${text.slice(d.start, d.end)} … ${text.slice(m.start, m.end)}`, why: `the dateline and the weekday its lead names, in the first year from ${from} the text allows:` };
  }
  return null;
}

/** The latest day a weekday-with-date in a past-tense sentence of the article's own text names. */
function dayFromText(source: Source, doc: Doc, matches: ReturnType<typeof scanDates>, years: () => TextYears): Found | null {
  const { tenses, evidence, notBefore } = years();
  const ref = referenceOf(source, { ...evidence, notBefore });
  let best: Found | null = null;
  matches.forEach((m, i) => {
    if (m.raw.kind !== 'date' || m.raw.weekday === undefined || tenses[i] !== 'past') return;
    const s = sentenceAt(doc, m.start);
    if (!s || s.context !== null) return; // captions and cross-references date other events
    const r = resolveDate({ raw: m.raw, tense: 'past', ref, inForce: null });
    const other = m.pairedWith !== undefined ? matches[m.pairedWith] : undefined;
    const [from, end] = other ? [Math.min(m.start, other.start), Math.max(m.end, other.end)] : [m.start, m.end];
    const to = other && source.text[end] === ')' ? end + 1 : end;
    if (r.value && (!best || r.value > best.day)) best = { day: r.value, text: source.text.slice(from, to), why: 'a weekday named with its date, told in the past:' };
  });
  return best;
}
