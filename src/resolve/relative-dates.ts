// Relative dates ("today", "last week", "a decade ago", "on Tuesday") against the reference of a source.
import { WEEKDAYS, isoDay } from '../extract/lexicon/calendar.js';
import { addDays, addMonths, fmtMonth, lastDayOfMonth, mondayOf, parseDay, weekdayOf } from './calendar-math.js';
import type { ResolveInput, Resolved } from './date-raw.js';

const none = (granularity: Resolved['granularity'], why: string): Resolved => ({ value: null, granularity, relative: true, steps: [why] });
const NO_DAY = 'no publication date (nor --reference-date): a day-level relative date stays unresolved';

export function resolveRelative(input: ResolveInput): Resolved {
  const { raw, ref } = input;
  switch (raw.kind) {
    case 'relative-day': {
      const from = raw.inForce && input.dayInForce ? input.dayInForce : ref.day;
      if (!from) return none('day', NO_DAY);
      const why = from === ref.day ? ref.note : 'the day in force, named before it in the text';
      return ok(addDays(from, raw.offset), 'day', `${from} ${raw.offset >= 0 ? '+' : ''}${raw.offset} day(s) (${why})`);
    }
    case 'weekend':
      return weekend(input);
    case 'fiscal-year':
      return ok(`${raw.end - 1}-04/${raw.end}-03`, 'range', `financial year ending March ${raw.end} (April to March)`);
    case 'relative':
      return period(input, raw.unit, raw.shift);
    case 'offset': {
      const n = raw.n;
      const gran = raw.unit === 'day' || raw.unit === 'week' ? 'day' : raw.unit === 'month' ? 'month' : 'year';
      if (raw.approx || n === null) return none(gran, 'approximate offset: no single value');
      const k = n * raw.dir;
      if (gran === 'year') {
        if (ref.year === null) return none('year', 'no reference year');
        const years = raw.unit === 'decade' ? 10 * k : raw.unit === 'century' ? 100 * k : k;
        return ok(String(ref.year + years), 'year', `${ref.year} ${years >= 0 ? '+' : ''}${years} years (${ref.note})`);
      }
      if (!ref.day) return none(gran, NO_DAY);
      if (gran === 'month') {
        // counted back from the day, like "two weeks ago": "two months ago" on 2018-10-17 is 2018-08-17
        const r = parseDay(ref.day);
        const { y, m } = addMonths(r.y, r.m, k);
        const v = isoDay(y, m, Math.min(r.d, lastDayOfMonth(y, m)));
        return ok(v!, 'day', `${ref.day} ${k >= 0 ? '+' : ''}${k} month(s)`);
      }
      const days = raw.unit === 'week' ? 7 * k : k;
      return ok(addDays(ref.day, days), 'day', `${ref.day} ${days >= 0 ? '+' : ''}${days} day(s)`);
    }
    case 'weekday':
      return weekday(input, raw.wd, raw.shift, raw.week);
    default:
      return none('day', 'not a relative date');
  }
}

/** The weekend (Saturday to Sunday) of "over the weekend": past → the latest one begun on or before the reference,
 *  future → the next one not yet over, present → the one of the reference's week. */
function weekend(input: ResolveInput): Resolved {
  const { ref, tense } = input;
  if (!ref.day) return none('range', NO_DAY);
  const wd = weekdayOf(ref.day); // 0 Sunday … 6 Saturday
  const thisSat = addDays(mondayOf(ref.day), 5);
  let sat = thisSat;
  if (tense === 'past' && wd !== 0 && wd !== 6) sat = addDays(thisSat, -7);
  const steps = `${tense} tense: the weekend of ${sat}`;
  return ok(`${sat}/${addDays(sat, 1)}`, 'range', steps);
}

function ok(value: string, granularity: Resolved['granularity'], step: string): Resolved {
  return { value, granularity, relative: true, steps: [step] };
}

/** this/last/next week, weekend, month, quarter, year. */
function period(input: ResolveInput, unit: string, shift: number): Resolved {
  const { ref } = input;
  if (unit === 'year') {
    if (ref.year === null) return none('year', 'no reference year');
    return ok(String(ref.year + shift), 'year', `reference year ${ref.year} ${shift >= 0 ? '+' : ''}${shift} (${ref.note})`);
  }
  if (unit === 'month') {
    if (!ref.month || !ref.monthExact) return none('month', 'no reference month');
    const { y, m } = addMonths(+ref.month.slice(0, 4), +ref.month.slice(5, 7), shift);
    return ok(fmtMonth(y, m), 'month', `reference month ${ref.month} ${shift >= 0 ? '+' : ''}${shift} (${ref.note})`);
  }
  if (unit === 'quarter') {
    if (!ref.month || !ref.monthExact) return none('quarter', 'no reference month');
    const q0 = Math.floor((+ref.month.slice(5, 7) - 1) / 3);
    const start = addMonths(+ref.month.slice(0, 4), q0 * 3 + 1, shift * 3);
    const end = addMonths(start.y, start.m, 2);
    return ok(`${fmtMonth(start.y, start.m)}/${fmtMonth(end.y, end.m)}`, 'quarter', `quarter of ${ref.month} ${shift >= 0 ? '+' : ''}${shift}`);
  }
  if (!ref.day) return none('range', NO_DAY);
  const monday = addDays(mondayOf(ref.day), 7 * shift);
  if (unit === 'weekend') {
    const sat = addDays(monday, 5);
    return ok(`${sat}/${addDays(sat, 1)}`, 'range', `weekend of the week starting ${monday}`);
  }
  return ok(`${monday}/${addDays(monday, 6)}`, 'range', `week Monday ${monday} to Sunday (${ref.note})`);
}

/**
 * A weekday. With "this/next/last" or "of next week" it is taken literally; otherwise the tense decides:
 * past → the latest such day on or before the reference, future → the next one after it, present → the nearest.
 */
function weekday(input: ResolveInput, wd: number, shift: 'this' | 'last' | 'next' | null, week: number | null): Resolved {
  const { ref, tense } = input;
  if (!ref.day) return none('day', NO_DAY);
  const name = WEEKDAYS[wd];
  const refWd = weekdayOf(ref.day);
  const back = (refWd - wd + 7) % 7; // days back to the latest such day on or before ref
  const ahead = (wd - refWd + 7) % 7; // days forward to the next such day on or after ref
  const fwd = ahead || 7; // … strictly after ref
  if (week !== null || shift === 'this') {
    const w = week ?? 0;
    const monday = addDays(mondayOf(ref.day), 7 * w);
    return ok(addDays(monday, (wd + 6) % 7), 'day', `${name} of the week starting ${monday}`);
  }
  if (shift === 'last') return ok(addDays(ref.day, -(back || 7)), 'day', `last ${name}: the latest before ${ref.day}`);
  if (shift === 'next') return ok(addDays(ref.day, fwd), 'day', `next ${name}: the first after ${ref.day}`);
  if (tense === 'past') return ok(addDays(ref.day, -back), 'day', `past tense: the latest ${name} on or before ${ref.day}`);
  // "are due to meet on Friday" in a report of that Friday is that day
  if (tense === 'future') return ok(addDays(ref.day, ahead), 'day', `future tense: the next ${name} on or after ${ref.day}`);
  const d = back <= fwd ? -back : fwd;
  return ok(addDays(ref.day, d), 'day', `present tense: the nearest ${name} to ${ref.day}`);
}

export { parseDay };
