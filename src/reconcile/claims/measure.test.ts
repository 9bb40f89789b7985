import { describe, expect, it } from 'vitest';
import { measureOf } from './measure.js';

describe('measureOf: subjects and heads', () => {
  it('a two-word regional adjective names no country, a two-word demonym names its own', () => {
    expect(measureOf('Latin American countries represented by leaders', 'count', 'count')!.subjects).toEqual([]);
    expect(measureOf('East African exports', 'money', 'USD')!.subjects).toEqual([]);
    expect(measureOf('South African exports', 'money', 'USD')!.subjects).toEqual(['South Africa']);
    expect(measureOf('American exports', 'money', 'USD')!.subjects).toEqual(['United States']);
    expect(measureOf('French exports', 'money', 'EUR')!.subjects).toEqual(['France']);
  });
  it('a meeting that lasts days is the gathering; one of hours, and expanded talks, are not', () => {
    expect(measureOf('length of the meeting', 'duration', 'days')!.phrase).toBe('length of the summit');
    expect(measureOf('event', 'duration', 'days')!.phrase).toBe('length of the summit');
    expect(measureOf('event', 'duration', 'hours')!.phrase).not.toBe('length of the summit');
    expect(measureOf('length of the meeting', 'duration', 'hours')!.phrase).toBe('length of the meeting');
    expect(measureOf('length of the expanded talks', 'duration', 'hours')!.phrase).toBe('length of the expanded meeting');
  });
});

describe('measureOf: an overrun is no length', () => {
  it('"overrun of the meeting" measures the overrun', () => {
    const m = measureOf('overrun of the meeting', 'duration', 'minutes')!;
    expect([m.phrase, m.head]).toEqual(['overrun of the meeting', 'overrun of meeting']);
    expect(measureOf('length of the meeting', 'duration', 'minutes')!.head).toBe('meeting');
  });
});
