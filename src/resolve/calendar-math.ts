// Day arithmetic on ISO dates, in UTC so that no time zone or wall clock ever enters.
import { isoDay } from '../extract/lexicon/calendar.js';

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const DAY_MS = 86_400_000;

export function parseDay(iso: string): Ymd {
  return { y: +iso.slice(0, 4), m: +iso.slice(5, 7), d: +iso.slice(8, 10) };
}

function toMs(x: Ymd): number {
  return Date.UTC(x.y, x.m - 1, x.d);
}

function fromMs(ms: number): Ymd {
  const dt = new Date(ms);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

export function fmtDay(x: Ymd): string {
  return isoDay(x.y, x.m, x.d) ?? `${x.y}-${pad(x.m)}-${pad(x.d)}`;
}

export function fmtMonth(y: number, m: number): string {
  return `${String(y).padStart(4, '0')}-${pad(m)}`;
}

export function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export function addDays(iso: string, n: number): string {
  return fmtDay(fromMs(toMs(parseDay(iso)) + n * DAY_MS));
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(iso: string): number {
  return new Date(toMs(parseDay(iso))).getUTCDay();
}

/** Days from a to b (b - a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((toMs(parseDay(b)) - toMs(parseDay(a))) / DAY_MS);
}

/** Month arithmetic: (y, m) shifted by n months. */
export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const i = y * 12 + (m - 1) + n;
  return { y: Math.floor(i / 12), m: (i % 12) + 1 };
}

/** Monday of the ISO week holding `iso`. */
export function mondayOf(iso: string): string {
  return addDays(iso, -((weekdayOf(iso) + 6) % 7));
}

export function lastDayOfMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}
