// The shapes passed from the date rules (raw captures) to the date resolver, and the reference a source gives.
import type { Granularity, Tense } from '../core/types.js';

export type RelUnit = 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'year' | 'decade' | 'century';

/** What a date rule captured, with numbers parsed but nothing resolved against a reference date. */
export type DateRaw =
  /** a calendar day; `y` null when the text gives no year ("Oct. 17"); `weekday` when the text names it too */
  | { kind: 'date'; y: number | null; m: number; d: number; weekday?: number; lean?: 'future' | 'present' }
  /** days of one month or across two ("17-18 October", "August 30 to September 2") */
  | { kind: 'day-range'; y: number | null; m: number; d: number; m2: number; d2: number }
  /** a month; `shift` for "last September" (-1), "next March" (+1), "this May" (0); `yearShift` for "February last
   *  year" (-1), "in May this year" (0), "March next year" (+1) */
  | { kind: 'month'; y: number | null; m: number; shift?: -1 | 0 | 1; yearShift?: number }
  /** a day of the month alone ("on the 25th") */
  | { kind: 'day-of-month'; d: number; weekday?: number }
  | { kind: 'year'; y: number }
  | { kind: 'decade'; y: number }
  /** months m1..m2 of a year ("the first two quarters of 2021", "Q3", "the first half of last year") */
  | { kind: 'part-of-year'; m1: number; m2: number; y: number | null; yearShift: number | null; granularity: Granularity }
  /** today (0), yesterday (-1), tomorrow (+1); `inForce` for "the next day", "the day before": from the day in force */
  | { kind: 'relative-day'; offset: number; inForce?: boolean }
  /** "over the weekend", "at the weekend": by tense, the weekend before (past) or ahead (future) */
  | { kind: 'weekend' }
  /** a financial year, named by the year it ends in ("FY2022", "fiscal 2022", "2021-22"): April to March */
  | { kind: 'fiscal-year'; end: number }
  /** "last week", "this month", "the previous year", "the full year", "earlier this month" */
  | { kind: 'relative'; unit: RelUnit; shift: number }
  /** "a decade ago", "two weeks ago", "three days from today"; `approx` ("more than a decade ago") has no single value */
  | { kind: 'offset'; n: number | null; unit: RelUnit; dir: -1 | 1; approx: boolean }
  /** a weekday; `shift` this/last/next; `week` for "Tuesday of next week" */
  | { kind: 'weekday'; wd: number; shift: 'this' | 'last' | 'next' | null; week: number | null };

/**
 * What relative dates of one source are resolved against. `day` is the publication date (or --reference-date);
 * when it is unknown, `month`/`year` may still be known (from the other sources of the run or the latest full
 * date the text cites), which is enough for year- and month-level expressions.
 */
export interface Reference {
  day: string | null;
  /** YYYY-MM; exact when `day` is known or the month is fixed by evidence, else an approximation (see monthExact) */
  month: string | null;
  /** the month is the publication month for sure (from the day, or from the set) */
  monthExact: boolean;
  year: number | null;
  /** the lowest possible publication year (years the text tells in the past), for weekday checks */
  notBefore: number | null;
  /** where the reference came from, in words */
  note: string;
}

export interface ResolveInput {
  raw: DateRaw;
  tense: Tense;
  ref: Reference;
  /** year and month of the nearest date before this one in the text ("the 25th" after "August 22 to 24") */
  inForce: { y: number; m: number } | null;
  /** the last day the text named before this one ("the next day" after "on March 3"), when known */
  dayInForce?: string | null;
}

export interface Resolved {
  value: string | null;
  granularity: Granularity;
  relative: boolean;
  steps: string[];
}
