import { describe, expect, it } from 'vitest';
import type { Tense } from '../core/types.js';
import type { DateRaw, Reference } from './date-raw.js';
import { resolveDate } from './dates.js';
import { inferredReferenceOf, noReference, referenceFromDay, referenceOf } from './reference.js';

const tue = referenceFromDay('2023-10-17', 'test'); // a Tuesday
const at = (raw: DateRaw, tense: Tense = 'present', ref: Reference = tue, inForce: { y: number; m: number } | null = null) =>
  resolveDate({ raw, tense, ref, inForce }).value;

describe('weekdays', () => {
  const wd = (n: number): DateRaw => ({ kind: 'weekday', wd: n, shift: null, week: null });
  it('past tense: the latest such day on or before the reference (same day included)', () => {
    expect(at(wd(2), 'past')).toBe('2023-10-17');
    expect(at(wd(6), 'past')).toBe('2023-10-14');
  });
  it('future tense: the next such day on or after the reference ("due to meet on Tuesday" told that Tuesday)', () => {
    expect(at(wd(3), 'future')).toBe('2023-10-18');
    expect(at(wd(2), 'future')).toBe('2023-10-17');
  });
  it('present tense: the nearest one', () => {
    expect(at(wd(1))).toBe('2023-10-16');
    expect(at(wd(5))).toBe('2023-10-20');
  });
  it('"last", "next" and "of next week" are taken literally', () => {
    expect(at({ kind: 'weekday', wd: 2, shift: 'last', week: null }, 'future')).toBe('2023-10-10');
    expect(at({ kind: 'weekday', wd: 1, shift: null, week: 1 }, 'past')).toBe('2023-10-23');
  });
});

describe('months and days without a year', () => {
  const march: DateRaw = { kind: 'month', y: null, m: 3 };
  it('a month in the past is the latest one not after the reference; in the future the next one', () => {
    expect(at(march, 'past')).toBe('2023-03');
    expect(at(march, 'future')).toBe('2024-03');
    expect(at({ kind: 'month', y: null, m: 11 }, 'past')).toBe('2022-11');
  });
  it('a day of the month takes the month in force', () => {
    expect(at({ kind: 'day-of-month', d: 25 }, 'future', tue, { y: 2023, m: 8 })).toBe('2023-08-25');
  });
  it('a month and day take the year by tense around the reference', () => {
    expect(at({ kind: 'date', y: null, m: 12, d: 28 }, 'past')).toBe('2022-12-28');
    expect(at({ kind: 'date', y: null, m: 12, d: 28 }, 'future')).toBe('2023-12-28');
  });
  it('a weekday named with a date picks the year in which they agree', () => {
    const ref: Reference = { ...noReference(), notBefore: 2019 };
    expect(at({ kind: 'date', y: null, m: 8, d: 22, weekday: 2 }, 'past', ref)).toBe('2023-08-22');
  });
  it('an impossible day has no value', () => {
    expect(at({ kind: 'date', y: 2023, m: 2, d: 30 })).toBeNull();
  });
});

describe('periods and offsets', () => {
  it('resolves this/last year, last week, a decade ago, quarters', () => {
    expect(at({ kind: 'relative', unit: 'year', shift: -1 })).toBe('2022');
    expect(at({ kind: 'relative', unit: 'week', shift: -1 })).toBe('2023-10-09/2023-10-15');
    expect(at({ kind: 'offset', n: 1, unit: 'decade', dir: -1, approx: false })).toBe('2013');
    expect(at({ kind: 'offset', n: 1, unit: 'decade', dir: -1, approx: true })).toBeNull();
    expect(at({ kind: 'part-of-year', m1: 1, m2: 9, y: 2023, yearShift: null, granularity: 'range' })).toBe('2023-01/2023-09');
  });
});

describe('without a publication date', () => {
  const src = { id: 's', path: 's', text: '', title: null, published: null, publishedFrom: null, warnings: [] };
  it('resolves nothing relative when nothing is known', () => {
    const ref = referenceOf(src, { latestDay: null, notBefore: null });
    expect(at({ kind: 'relative', unit: 'year', shift: 0 }, 'past', ref)).toBeNull();
    expect(at({ kind: 'relative-day', offset: 0 }, 'past', ref)).toBeNull();
  });
  it('a full date the text cites never resolves a relative date of an undated source', () => {
    const ref = referenceOf(src, { latestDay: '2021-05-04', notBefore: 2021 });
    expect(at({ kind: 'relative', unit: 'year', shift: -1 }, 'past', ref)).toBeNull();
    expect(at({ kind: 'month', y: null, m: 9 }, 'past', ref)).toBeNull();
    expect(at({ kind: 'month', y: null, m: 2, yearShift: -1 }, 'past', ref)).toBeNull();
  });
  it('the month the run shares is no reference, only an inferred one', () => {
    const undated = { ...src, publishedPeriod: '2021-05' };
    expect(at({ kind: 'relative', unit: 'month', shift: 0 }, 'past', referenceOf(undated, { latestDay: null, notBefore: null }))).toBeNull();
    const guess = inferredReferenceOf(undated, { latestDay: null, notBefore: null })!;
    expect(at({ kind: 'relative', unit: 'year', shift: -1 }, 'past', guess)).toBe('2020');
    expect(at({ kind: 'weekday', wd: 3, shift: null, week: null }, 'future', guess)).toBeNull();
    expect(inferredReferenceOf({ ...src, publishedPeriod: '2021' }, { latestDay: null, notBefore: null })).toBeNull();
  });
});
