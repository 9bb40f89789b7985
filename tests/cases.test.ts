// The hand-made fixture articles pin tricky cases; these assertions say what is right about them, so that a
// re-bless cannot silently accept a wrong value.
import { describe, expect, it } from 'vitest';
import { cli } from './helpers.js';

async function extract(dir: string) {
  const r = await cli(['extract', dir, '--json', '--quiet']);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
}

const dateOf = (doc: any, text: string) => doc.dates.find((d: any) => d.mentions.some((m: any) => m.text === text))?.value;
const figureOf = (doc: any, text: string) => doc.figures.find((f: any) => f.mentions.some((m: any) => m.text === text));

describe('weekday-tense: relative dates against a Tuesday publication date (2023-10-17)', async () => {
  const doc = await extract('fixtures/cases/weekday-tense');
  it.each([
    ['Tuesday', '2023-10-17'], // "arrived … on Tuesday", past tense, published that Tuesday
    ['Wednesday', '2023-10-18'], // "will meet … on Wednesday": the next one
    ['Saturday', '2023-10-14'], // "On Saturday, … said": the one before
    ['March', '2023-03'], // "issued a warrant … in March": not next year's March
    ['a decade ago', '2013'],
    ['earlier this month', '2023-10'],
  ])('%s → %s', (text, value) => expect(dateOf(doc, text)).toBe(value));
  it('keeps titles apart from names and merges acronyms with their expansion', () => {
    const putin = doc.people.find((p: any) => p.id === 'vladimir-putin');
    expect(putin.titles).toContain('Russian President');
    expect(putin.aliases).toContain('Putin');
    expect(doc.organizations.find((o: any) => o.name === 'International Criminal Court').aliases).toContain('ICC');
  });
});

describe('figure-conflicts: two sources that agree and disagree', async () => {
  const doc = await extract('fixtures/cases/figure-conflicts');
  it('reads each figure with its unit and qualifier', () => {
    expect(figureOf(doc, 'ninety-minute')).toMatchObject({ value: 90, unit: 'minutes', approx: 'exact' });
    expect(figureOf(doc, 'more than three hours')).toMatchObject({ value: 3, unit: 'hours', approx: 'more-than' });
    expect(figureOf(doc, '$190 billion')).toMatchObject({ value: 190e9, unit: 'USD', period: '2022' });
    expect(figureOf(doc, 'exceed $190 billion')).toMatchObject({ value: 190e9, unit: 'USD', approx: 'more-than', period: '2023' });
    expect(figureOf(doc, '30%')).toMatchObject({ value: 30, unit: 'percent', period: '2023-01/2023-09' });
  });
  it('flags the meeting-length contradiction and the period of the trade figure as conflicts, with notes', () => {
    const conflicts = doc.facts.filter((f: any) => f.status === 'conflict');
    const units = conflicts.map((f: any) => f.values.map((v: any) => v.unit).sort().join('+'));
    expect(units).toContain('hours+minutes');
    expect(units).toContain('USD+USD');
    for (const f of conflicts) expect(f.note.length).toBeGreaterThan(10);
  });
  it('counts "over 130" and "more than 130" countries from two sources as agreement', () => {
    const agreed = doc.facts.find((f: any) => f.status === 'agreed' && f.values.some((v: any) => v.unit === 'count' && v.value === 130));
    expect(agreed.values.flatMap((v: any) => v.sources).sort()).toEqual(['a', 'b']);
  });
});

describe('money-forms: scales, symbols, codes and currency words', async () => {
  const doc = await extract('fixtures/cases/money-forms');
  it.each([
    ['$190bn', 190e9, 'USD'],
    ['US$200 million', 200e6, 'USD'],
    ['200 billion US dollars', 200e9, 'USD'],
    ['€3.5 million', 3.5e6, 'EUR'],
    ['4.5 per cent', 4.5, 'percent'],
    ['about a third', 0.3333, 'fraction'],
    ['42nd', 42, 'ordinal'],
    ['three hours', 3, 'hours'],
  ])('%s → %d %s', (text, value, unit) => {
    const f = figureOf(doc, text);
    expect(f.unit).toBe(unit);
    expect(f.value).toBeCloseTo(value as number, 4);
  });
  it('resolves "last year" against the publication date for the period', () => {
    expect(figureOf(doc, '$190bn').period).toBe('2023');
  });
});
