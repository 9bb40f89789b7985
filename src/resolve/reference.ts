// The reference a source's relative dates are resolved against, built from its publication date or, when there is
// none, from the month/year its loader inferred and the latest full date its own text cites.
import type { Source } from '../core/types.js';
import type { Reference } from './date-raw.js';

export function noReference(): Reference {
  return { day: null, month: null, monthExact: false, year: null, notBefore: null, note: 'no reference' };
}

export function referenceFromDay(day: string, note: string): Reference {
  return { day, month: day.slice(0, 7), monthExact: true, year: +day.slice(0, 4), notBefore: null, note };
}

/**
 * Evidence from the text itself: `latestDay` = the latest full date (with year) the text cites, in any part of the
 * page; `notBefore` = the latest year the text tells in the past. Used only when the source has no publication date.
 */
export interface TextEvidence {
  latestDay: string | null;
  notBefore: number | null;
}

/**
 * The reference of a source: its publication date, or, when it has none, nothing but the lowest year its own text
 * allows (`notBefore`, for a weekday named with a date). A year or month borrowed from elsewhere (the other sources
 * of the run, a date the text cites) never resolves a relative date: see `inferredReferenceOf`.
 */
export function referenceOf(source: Source, ev: TextEvidence): Reference {
  if (source.published) {
    return referenceFromDay(source.published, `published ${source.published}, from ${source.publishedFrom ?? 'unknown'}`);
  }
  return { ...noReference(), notBefore: ev.notBefore };
}

/**
 * For an undated source, the month the other sources of the run share (`publishedPeriod`), as a reference for the
 * `inferred` field of its unresolved dates only; null when there is none, or when the text cites a full date after it.
 */
export function inferredReferenceOf(source: Source, ev: TextEvidence): Reference | null {
  const period = source.published ? null : source.publishedPeriod ?? null;
  if (!period || !/^\d{4}-\d{2}$/.test(period)) return null;
  if (ev.latestDay && ev.latestDay.slice(0, 7) > period) return null;
  return { ...noReference(), notBefore: ev.notBefore, month: period, monthExact: true, year: +period.slice(0, 4), note: `month ${period} shared by the other sources of the run` };
}
