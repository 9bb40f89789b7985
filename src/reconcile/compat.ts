// Value compatibility: a figure's value with its qualifier is an interval; two claims agree when their intervals meet.
//
// "over 40" and "40" agree (a round figure and "over" the same figure); "nearly $200 billion" and a "$200 billion
// target" agree; 23 and 22 do not; ninety minutes and "more than three hours" do not.
import type { Approx, FigureKind } from '../core/types.js';

/** How far an `about` / `nearly` qualifier stretches a value, as a fraction of it. */
export const APPROX_SPREAD = { about: 0.1, nearly: 0.1 } as const;
/** Relative tolerance for two exact values (rounding in reprints: 190 vs 190.2 billion). */
export const EXACT_TOLERANCE = 0.005;

/** Durations are compared in minutes. */
const DURATION_MINUTES = { seconds: 1 / 60, minutes: 1, hours: 60, days: 1440, weeks: 10080, months: 43200, years: 525600 } as const;

export interface Interval {
  lo: number;
  hi: number;
}

export interface Comparable {
  kind: FigureKind;
  value: number;
  valueMax?: number;
  unit: string;
  approx: Approx;
}

/** Figures that can be compared at all: same kind, and the same unit (durations convert to minutes). */
export function unitFamily(f: Pick<Comparable, 'kind' | 'unit'>): string {
  if (f.kind === 'duration' && f.unit in DURATION_MINUTES) return 'duration';
  return `${f.kind}:${f.unit}`;
}

/** The value in the family's base unit (minutes for durations). */
export function baseValue(value: number, unit: string): number {
  const k = DURATION_MINUTES[unit as keyof typeof DURATION_MINUTES];
  return k ? value * k : value;
}

/** The interval of values a figure with its qualifier allows, in base units. */
export function interval(f: Comparable): Interval {
  const v = baseValue(f.value, f.unit);
  const top = f.valueMax !== undefined ? baseValue(f.valueMax, f.unit) : v;
  const tol = Math.abs(v) * EXACT_TOLERANCE;
  switch (f.approx) {
    case 'exact':
      return { lo: v - tol, hi: top + tol };
    case 'about':
      return { lo: v * (1 - APPROX_SPREAD.about), hi: top * (1 + APPROX_SPREAD.about) };
    case 'nearly':
      return { lo: v * (1 - APPROX_SPREAD.nearly), hi: top + tol };
    case 'more-than':
    case 'at-least':
      return { lo: v - tol, hi: Number.POSITIVE_INFINITY };
    case 'less-than':
    case 'up-to':
      return { lo: Number.NEGATIVE_INFINITY, hi: top + tol };
  }
}

/** Can both values be true at once? */
export function compatible(a: Comparable, b: Comparable): boolean {
  if (unitFamily(a) !== unitFamily(b)) return false;
  const x = interval(a);
  const y = interval(b);
  return x.lo <= y.hi && y.lo <= x.hi;
}

/** The same number (within rounding), whatever the qualifiers: "$190 billion" and "more than $190 billion". */
export function sameNumber(a: Comparable, b: Comparable): boolean {
  if (unitFamily(a) !== unitFamily(b)) return false;
  const x = baseValue(a.value, a.unit);
  const y = baseValue(b.value, b.unit);
  return Math.abs(x - y) <= Math.max(Math.abs(x), Math.abs(y)) * EXACT_TOLERANCE;
}

/** Periods: ISO years, months, days or "start/end" ranges. Two periods overlap when their spans meet. */
export function periodSpan(p: string): [string, string] {
  const [a, b] = p.includes('/') ? (p.split('/') as [string, string]) : [p, p];
  return [a, b];
}

function endOf(iso: string): string {
  // "2023" → "2023-12-31", "2023-09" → "2023-09-31" (string comparison only needs an upper bound)
  if (/^\d{4}$/.test(iso)) return `${iso}-12-31`;
  if (/^\d{4}-\d{2}$/.test(iso)) return `${iso}-31`;
  return iso;
}

function startOf(iso: string): string {
  if (/^\d{4}$/.test(iso)) return `${iso}-01-01`;
  if (/^\d{4}-\d{2}$/.test(iso)) return `${iso}-01`;
  return iso;
}

export function periodsOverlap(a: string, b: string): boolean {
  const [a0, a1] = periodSpan(a);
  const [b0, b1] = periodSpan(b);
  return startOf(a0) <= endOf(b1) && startOf(b0) <= endOf(a1);
}
