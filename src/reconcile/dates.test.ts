import { describe, expect, it } from 'vitest';
import type { DateMention, Extraction } from '../core/types.js';
import { groupDates } from './dates.js';

function d(source: string, start: number, text: string, value: string | null, time?: string): DateMention {
  return {
    value, granularity: 'day', relative: false, reference: null, steps: [], rule: 'date:test', sentence: 0, context: null,
    mention: { source, start, end: start + text.length, text }, ...(time ? { time } : {}),
  };
}
const x = (dates: DateMention[]): Extraction => ({ dates, figures: [], entities: [], quotes: [], events: [], doc: undefined as never });

describe('groupDates', () => {
  it('is one item per value: a time of day does not split it, and is dropped when mentions disagree', () => {
    const items = groupDates([x([d('a', 0, '2023-10-18', '2023-10-18'), d('a', 20, 'October 18, 2023, 4:30 am', '2023-10-18', '04:30')])]);
    expect(items.map((i) => [i.value, i.mentions.length, i.time])).toEqual([['2023-10-18', 2, undefined]]);
  });
  it('keeps the time when every mention gives the same one', () => {
    const items = groupDates([x([d('a', 0, 'Oct 18, 2023 4:30 am', '2023-10-18', '04:30')]), x([d('b', 5, 'October 18, 2023, 4:30 am', '2023-10-18', '04:30')])]);
    expect(items.map((i) => [i.sources, i.time])).toEqual([[['a', 'b'], '04:30']]);
  });
  it('keeps unresolved relative dates of different sources apart', () => {
    const items = groupDates([x([d('a', 0, 'last week', null)]), x([d('b', 0, 'last week', null)])]);
    expect(items).toHaveLength(2);
  });
});
