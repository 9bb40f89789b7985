// Small word → number tables for date rules.
import { NUMBER_WORDS, PERIOD_ORDINALS } from '../lexicon/calendar.js';
import type { RelUnit } from '../../resolve/date-raw.js';

/** "two" → 2, "a" → 1, "12" → 12, "several" → null (no single value). */
export function countWord(w: string): number | null {
  const k = w.toLowerCase().replace(/\s+/g, ' ');
  if (/^\d{1,3}(?:,\d{3})*$/.test(k)) return +k.replace(/,/g, '');
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

/** Nouns of "the present age": "today" next to them means nowadays, not a day ("the world today", "today's China"). */
export const ERA_NOUNS = [
  'world', 'society', 'societies', 'era', 'age', 'times', 'generation', 'generations', 'youth', 'humanity', 'mankind',
  'economy', 'reality', 'realities', 'challenges', 'context', 'environment', 'landscape', 'climate', 'order', 'geopolitics',
  'politics', 'standards', 'terms', 'conditions', 'circumstances', 'culture', 'life', 'people',
] as const;
const ERA_SET: ReadonlySet<string> = new Set(ERA_NOUNS);
/** "the world today", "society today", "the young people of today", "the China of today". */
const ERA_BEFORE_RE = /(?:\bof|\b([a-z]+))\s+$/i;
const POSSESSIVE_RE = /^['’]s\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)/u;

/**
 * "today" that means the present age rather than the day of the report: after an era noun or "of" ("the world today",
 * "the China of today"), or as a possessive before a name or an era noun within three words ("today's China", "today's
 * interconnected world"). "today's three-hour meeting" and "adopted today" are days.
 */
export function presentTimeToday(text: string, start: number, end: number): boolean {
  const pos = POSSESSIVE_RE.exec(text.slice(end, end + 60));
  if (pos) {
    const words = pos[1]!.split(/\s+/);
    return /^\p{Lu}/u.test(words[0]!) || words.some((w) => ERA_SET.has(w.toLowerCase()));
  }
  const lead = text.slice(Math.max(0, start - 30), start);
  if (/\bas\s+of\s+$/i.test(lead)) return false; // "as of today" is the day
  const before = ERA_BEFORE_RE.exec(lead);
  return before !== null && (before[1] === undefined || ERA_SET.has(before[1].toLowerCase()));
}
