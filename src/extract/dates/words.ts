// Small word → number tables for date rules.
import { NUMBER_WORDS, PERIOD_ORDINALS } from '../lexicon/calendar.js';
import type { RelUnit } from '../../resolve/date-raw.js';

/** "two" → 2, "a" → 1, "12" → 12, "several" → null (no single value). */
export function countWord(w: string): number | null {
  const k = w.toLowerCase().replace(/\s+/g, ' ');
  if (/^\d+$/.test(k)) return +k;
  if (k === 'a few' || k === 'a couple of') return k === 'a few' ? null : 2;
  return (NUMBER_WORDS as Record<string, number | null>)[k] ?? null;
}

/** "first" → 1 … "fourth" → 4; "last"/"final" → -1 (counted from the end). */
export function ordinalQuarter(w: string): number {
  const k = w.toLowerCase();
  if (k === 'final') return -1;
  return (PERIOD_ORDINALS as Record<string, number>)[k] ?? 0;
}

/** this/current/full → 0, last/previous → -1, next/coming → +1. */
export function shiftWord(w: string): number {
  const k = w.toLowerCase().replace(/^the\s+/, '');
  if (/^(?:last|previous|prior|preceding)$/.test(k)) return -1;
  if (/^(?:next|coming|following)$/.test(k)) return 1;
  return 0;
}

export function periodUnit(w: string): RelUnit {
  const k = w.toLowerCase().replace(/s$/, '');
  if (k === 'centurie' || k === 'century') return 'century';
  return k as RelUnit;
}
