import { describe, expect, it } from 'vitest';
import type { Source } from '../core/types.js';
import { eraNotBefore } from '../extract/lexicon/calendar.js';
import { datePublications, datelineDay, publicationPeriods, setPeriod } from './publication.js';

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
  it('never dates a source from the run: the shared month is kept as a period for `inferred` only', () => {
    const [, , c] = datePublications([src('a', '', '2023-10-18'), src('b', '', '2023-10-26'), src('c', 'He met Xi last week.')]);
    expect([c!.published, c!.publishedPeriod]).toEqual([null, '2023-10']);
    expect(c!.warnings.join(' ')).toMatch(/inferred/);
  });
  it('dates a source by a weekday named with its date, told in the past, in a year the text allows', () => {
    const [a] = datePublications([src('a', 'The mayor declared on Tuesday, August 22, that rents must fall. She has led the council since 2019.')]);
    expect([a!.published, a!.publishedFrom]).toEqual(['2023-08-22', 'text']);
    expect(a!.warnings.join(' ')).toMatch(/from the text/);
  });
  it('does not date a source by a weekday and date with no year the text prints', () => {
    const [a] = datePublications([src('a', 'Ms Okafor spoke to reporters on Friday (Mar 4) about the budget.')]);
    expect(a!.published).toBeNull();
  });
  it('takes the lowest year from an era word the text uses', () => {
    const [a] = datePublications([src('a', 'The minister flew in on Thursday (Sept. 8) for the first post-pandemic round of talks.')]);
    expect(a!.published).toBe('2022-09-08');
    const [b] = datePublications([src('b', 'The minister flew in on Thursday (Sept. 8) for the first round of talks.')]);
    expect(b!.published).toBeNull();
  });
  it('does not date a source by a weekday and date it looks ahead to', () => {
    const [a] = datePublications([src('a', 'The summit will begin on Tuesday, August 22, 2023.')]);
    expect(a!.published).toBeNull();
  });
  it('warns when relative dates cannot be resolved', () => {
    const [a] = datePublications([src('a', 'He met Xi last week.')]);
    expect(a!.warnings).toEqual(['no publication date (header, byline or --reference-date): relative dates that need one are left unresolved']);
  });
  it('dates a year-less dateline with the year of a dated caption of the same day', () => {
    const text = 'Leaders Gather in Lima\n\nOfficials pose in Lima, Peru, November 14, 2024.\n\nLIMA, Nov 14 (AFP) - Talks began.';
    const [a] = datePublications([src('a', text)]);
    expect([a!.published, a!.publishedFrom]).toEqual(['2024-11-14', 'text']);
    expect(a!.warnings.join(' ')).toMatch(/dateline.*"LIMA, Nov 14 \(AFP\) -"/);
  });
  it('puts a year-less dateline in the year nearest the latest printed date', () => {
    expect(datelineDay('PARIS, December 30 (AFP) - Talks. The accord of January 3, 2024 stands.')?.day).toBe('2023-12-30');
    expect(datelineDay('PARIS, January 2 (AFP) - Talks. The accord of December 28, 2023 stands.')?.day).toBe('2024-01-02');
  });
  it('leaves a year-less dateline undated when the page prints no year, whatever the run', () => {
    const [, , c] = datePublications([src('a', '', '2023-09-13'), src('b', '', '2023-09-14'), src('c', 'Shillong, September 13: Kim met Putin.')]);
    expect(c!.published).toBeNull();
  });
  it('dates a year-less dateline by the weekday its lead reports, in the first year the text allows', () => {
    // 14 March is a Thursday in 2024 (a Monday in 2022, a Tuesday in 2023); "the war in Ukraine" allows 2022 on
    const text = 'Ankara/Kyiv, Mar 14 (AFP) - Turkey will host talks on grain exports through the war in Ukraine, its foreign ministry said on Thursday.';
    const [a] = datePublications([src('a', text)]);
    expect([a!.published, a!.publishedFrom]).toEqual(['2024-03-14', 'text']);
    expect(a!.warnings.join(' ')).toMatch(/dateline and the weekday.*"Ankara\/Kyiv, Mar 14 \(AFP\) - … Thursday"/);
  });
  it('does not date a year-less dateline by its weekday with no lower year, a weekday ahead, or a day the run rules out', () => {
    const lead = (tail: string) => `OSLO, Jun 6 (NTB) - Norway's oil fund ${tail}`;
    // no era word, no year told in the past: 6 June is a Tuesday in 2017, 2023, 2028 …
    expect(datePublications([src('a', lead('sold its last coal shares, the fund said on Tuesday.'))])[0]!.published).toBeNull();
    // the weekday is of a plan, not of the report
    expect(datePublications([src('a', lead('will vote on Tuesday on a post-pandemic budget.'))])[0]!.published).toBeNull();
    // "last Tuesday" is not the dateline's day
    expect(datePublications([src('a', lead('said last Tuesday that post-pandemic returns fell.'))])[0]!.published).toBeNull();
    // the weekday allows 2023 (the first Tuesday 6 June from 2020), but the other sources all print 2024-06: no day
    const other = (id: string, day: string) => src(id, '', day);
    const dated = datePublications([other('b', '2024-06-05'), other('c', '2024-06-07'), src('a', lead('cut post-pandemic stakes, the fund said on Tuesday.'))]);
    expect(dated[2]!.published).toBeNull();
    expect(datePublications([src('a', lead('cut post-pandemic stakes, the fund said on Tuesday.'))])[0]!.published).toBe('2023-06-06');
  });
  it('dates a same-day report by a dated caption whose weekday the story names', () => {
    const text = 'Ms Ruiz addresses the assembly in Quito, Ecuador, March 6, 2024.\n\nRuiz told the assembly on Wednesday that rates would fall.';
    const [a] = datePublications([src('a', text)]);
    expect(a!.published).toBe('2024-03-06');
  });
  it('does not date a report by a dated caption its story never names', () => {
    const text = 'Ms Ruiz addresses the assembly in Quito, Ecuador, March 6, 2024.\n\nRuiz told the assembly that rates would fall.';
    const [a] = datePublications([src('a', text)]);
    expect(a!.published).toBeNull();
  });
  it('leaves dated sources untouched', () => {
    const s = src('a', 'text', '2023-10-18');
    expect(datePublications([s])[0]).toBe(s);
  });
});

describe('publicationPeriods', () => {
  it('gives every source the same period whatever the order of the sources', () => {
    const set = [src('a', '', '2022-05-02'), src('b', 'Undated.'), src('c', '', '2022-05-09'), src('d', 'Also undated.')];
    const byId = (xs: Source[]) => Object.fromEntries(xs.map((s, i) => [s.id, publicationPeriods(xs)[i]]));
    const expected = byId(set);
    for (const order of [[3, 2, 1, 0], [1, 3, 0, 2], [2, 0, 3, 1]]) expect(byId(order.map((i) => set[i]!))).toEqual(expected);
    expect(expected).toEqual({ a: null, b: '2022-05', c: null, d: '2022-05' });
  });
});

describe('eraNotBefore', () => {
  it('is the latest year the era words of a text imply', () => {
    expect(eraNotBefore('Trade recovered after Covid and the post-Brexit customs rules.')).toBe(2020);
    expect(eraNotBefore('Exporters still adjust to Brexit.')).toBe(2016);
    expect(eraNotBefore('Schools now police ChatGPT essays; the coronavirus years are over.')).toBe(2022);
    expect(eraNotBefore('The fair reopened after the war.')).toBeNull();
    expect(eraNotBefore('Grain prices have swung since the war in Ukraine began.')).toBe(2022);
    expect(eraNotBefore('Kyiv counts the cost of the full-scale invasion.')).toBe(2022);
    expect(eraNotBefore('Monitors reported shelling in the war in eastern Ukraine.')).toBeNull();
  });
});
