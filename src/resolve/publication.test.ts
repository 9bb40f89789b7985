import { describe, expect, it } from 'vitest';
import type { Source } from '../core/types.js';
import { datePublications, datelineDay, setPeriod } from './publication.js';

const src = (id: string, text: string, published: string | null = null, from: Source['publishedFrom'] = published ? 'header' : null): Source => ({
  id, path: id, text, title: null, published, publishedFrom: from, warnings: [],
});

describe('setPeriod', () => {
  it('is the month all other printed dates share, else their year, else null', () => {
    expect(setPeriod([src('a', '', '2023-10-18'), src('b', '', '2023-10-26'), src('c', '')], 'c')).toBe('2023-10');
    expect(setPeriod([src('a', '', '2023-09-30'), src('b', '', '2023-10-26'), src('c', '')], 'c')).toBe('2023');
    expect(setPeriod([src('a', '', '2023-10-18'), src('c', '')], 'c')).toBeNull();
    expect(setPeriod([src('a', '', '2023-10-18', 'option'), src('b', '', '2023-10-18', 'option'), src('c', '')], 'c')).toBeNull();
  });
});

describe('datePublications', () => {
  it('gives an undated source the month of the run, with a warning', () => {
    const [, , c] = datePublications([src('a', '', '2023-10-18'), src('b', '', '2023-10-26'), src('c', 'He met Xi last week.')]);
    expect([c!.published, c!.publishedPeriod]).toEqual([null, '2023-10']);
    expect(c!.warnings.join(' ')).toMatch(/2023-10/);
  });
  it('dates a source by a weekday named with its date, told in the past', () => {
    const [a] = datePublications([src('a', 'Modi asserted on Tuesday, August 22, that trust matters. He spoke at the forum since 2019.')]);
    expect([a!.published, a!.publishedFrom]).toEqual(['2023-08-22', 'text']);
    expect(a!.warnings.join(' ')).toMatch(/inferred from the text/);
  });
  it('does not date a source by a weekday and date it looks ahead to', () => {
    const [a] = datePublications([src('a', 'The summit will begin on Tuesday, August 22, 2023.')]);
    expect(a!.published).toBeNull();
  });
  it('warns when relative dates cannot be resolved', () => {
    const [a] = datePublications([src('a', 'He met Xi last week.')]);
    expect(a!.warnings).toEqual(['no publication date (header, byline or --reference-date): relative dates that need one are left unresolved']);
  });
  it('dates a year-less dateline with the year of the run', () => {
    const [, , c] = datePublications([src('a', '', '2023-09-13'), src('b', '', '2023-09-14'), src('c', 'Shillong, September 13: Kim met Putin.')]);
    expect([c!.published, c!.publishedFrom]).toEqual(['2023-09-13', 'text']);
    expect(c!.warnings.join(' ')).toMatch(/dateline "Shillong, September 13:"/);
  });
  it('puts a year-less dateline in the year nearest the run\'s month', () => {
    expect(datelineDay('PARIS, December 30 (AFP) - Talks.', '2024-01')?.day).toBe('2023-12-30');
    expect(datelineDay('PARIS, January 2 (AFP) - Talks.', '2023-12')?.day).toBe('2024-01-02');
    expect(datelineDay('PARIS, March 2 (AFP) - Talks.', '2023')?.day).toBe('2023-03-02');
  });
  it('leaves a year-less dateline undated without other sources', () => {
    const [a] = datePublications([src('a', 'Shillong, September 13: Kim met Putin.')]);
    expect(a!.published).toBeNull();
  });
  it('leaves dated sources untouched', () => {
    const s = src('a', 'text', '2023-10-18');
    expect(datePublications([s])[0]).toBe(s);
  });
});
