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

export function referenceOf(source: Source, ev: TextEvidence): Reference {
  if (source.published) {
    return referenceFromDay(source.published, `published ${source.published}, from ${source.publishedFrom ?? 'unknown'}`);
  }
  const ref = noReference();
  ref.notBefore = ev.notBefore;
  const period = source.publishedPeriod ?? null;
  if (period && /^\d{4}-\d{2}$/.test(period) && (!ev.latestDay || ev.latestDay.slice(0, 7) <= period)) {
    return { ...ref, month: period, monthExact: true, year: +period.slice(0, 4), note: `month ${period} fixed by the other sources of the run` };
  }
  if (ev.latestDay) {
    const y = +ev.latestDay.slice(0, 4);
    return { ...ref, month: ev.latestDay.slice(0, 7), year: y, notBefore: Math.max(y, ev.notBefore ?? y), note: `year in force ${y}, from the latest full date in the text (${ev.latestDay})` };
  }
  if (period && /^\d{4}$/.test(period)) return { ...ref, year: +period, note: `year ${period} fixed by the other sources of the run` };
  return ref;
}
