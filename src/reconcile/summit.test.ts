import { describe, expect, it } from 'vitest';
import { findSummit } from './summit.js';
import { chairsEvent, isLeaderTitle, isOrgHeadTitle, leaderTitleBefore } from './leaders.js';
import { extraction, source } from './fixture.test-kit.js';

const none = { people: [], places: [], organizations: [] };

describe('leader titles', () => {
  it('heads of state and government, not ministers, vice presidents or former leaders', () => {
    expect(['Chinese President', 'Prime Minister', 'President', 'Crown Prince'].every(isLeaderTitle)).toBe(true);
    expect(['Foreign Minister', 'vice president', 'former Prime Minister', 'Press Secretary', 'Commerce Minister'].some(isLeaderTitle)).toBe(false);
  });
  it('a country’s leader is its head; anyone else’s leader is not', () => {
    expect(['North Korean leader', "Russia's leader", 'Chinese leader'].every(isLeaderTitle)).toBe(true);
    expect(['opposition leader', 'party leader', 'leader', 'former North Korean leader'].some(isLeaderTitle)).toBe(false);
    const t = 'North Korean leader Kim Jong Un and opposition leader Navalny';
    expect(leaderTitleBefore(t, t.indexOf('Kim'))).toBe(true);
    expect(leaderTitleBefore(t, t.indexOf('Navalny'))).toBe(false);
  });
  it('a title right before the name', () => {
    const t = "Brazil's President Lula and Foreign Minister Sergey Lavrov";
    expect(leaderTitleBefore(t, t.indexOf('Lula'))).toBe(true);
    expect(leaderTitleBefore(t, t.indexOf('Sergey'))).toBe(false);
  });
});

describe('summit record', () => {
  const a = extraction(
    source('a', 'The summit, spanning from August 22 to 24, brings President Ramaphosa and President Xi to Johannesburg. Foreign Minister Lavrov will attend the summit.'),
    {
      dates: [{ text: 'August 22 to 24', value: '2023-08-22/2023-08-24' }],
      entities: [
        { text: 'Ramaphosa', type: 'person', titles: ['President'] },
        { text: 'Xi', type: 'person', titles: ['President'] },
        { text: 'Johannesburg', type: 'place', kind: 'city' },
        { text: 'Lavrov', type: 'person', titles: ['Foreign Minister'] },
      ],
    },
  );
  const b = extraction(
    source('b', 'Xi met Ramaphosa in Johannesburg on Tuesday. Xi had visited Moscow in March. President Biden was in Washington.'),
    {
      dates: [{ text: 'Tuesday', value: '2023-08-22' }, { text: 'March', value: '2023-03' }],
      entities: [
        { text: 'Xi', type: 'person', titles: ['President'] },
        { text: 'Ramaphosa', type: 'person', titles: ['President'] },
        { text: 'Johannesburg', type: 'place', kind: 'city' },
        { text: 'Xi', nth: 1, type: 'person', titles: [] },
        { text: 'Moscow', type: 'place', kind: 'city' },
        { text: 'Biden', type: 'person', titles: ['President'] },
        { text: 'Washington', type: 'place', kind: 'city' },
      ],
    },
  );
  const s = findSummit([a, b], none)!;
  it('participants are leaders named in the event sentences, salient across sources', () => expect(s.participants).toEqual(['ramaphosa', 'xi']));
  it('the place is the city most tied to the event', () => expect(s.places[0]).toBe('johannesburg'));
  it('a range for the event gives every day of it', () => expect(s.dates).toEqual(['2023-08-22', '2023-08-23', '2023-08-24']));
  it('no event, no summit', () => expect(findSummit([extraction(source('c', 'Nothing happened.'), {})], none)).toBeNull());
});

describe('heads of international organizations', () => {
  it('a secretary-general heads an organization; a deputy does not', () => {
    expect(['NATO Secretary General', 'UN Secretary-General', 'WTO Director-General'].every(isOrgHeadTitle)).toBe(true);
    expect(['Deputy Secretary General', 'Assistant Secretary-General', 'Foreign Minister', 'President'].some(isOrgHeadTitle)).toBe(false);
    expect(chairsEvent('Stoltenberg chaired a meeting of Allies.')).toBe(true);
    expect(chairsEvent('Guterres attended the summit.')).toBe(false);
  });
  const run = (text: string) =>
    findSummit(
      [
        extraction(source('a', text), {
          entities: [
            { text: 'Stoltenberg', type: 'person', titles: ['Secretary General'] },
            { text: 'Nauseda', type: 'person', titles: ['President'] },
          ],
        }),
      ],
      none,
    )!.participants;
  it('count as participants when they chair the summit, not when they only attend', () => {
    expect(run('Secretary General Stoltenberg chaired the summit hosted by President Nauseda.')).toEqual(['nauseda', 'stoltenberg']);
    expect(run('Secretary General Stoltenberg attended the summit hosted by President Nauseda.')).toEqual(['nauseda']);
  });
});

describe('summit days from a length', () => {
  const wrap = extraction(source('a', 'Wrapping up the summit in Vilnius on Wednesday, Secretary General Stoltenberg thanked the hosts.'), {
    dates: [{ text: 'Wednesday', value: '2023-07-12' }],
  });
  const twoDay = extraction(source('b', 'A two-day NATO summit kicked off with heads of state in Vilnius.'), {
    figures: [{ text: 'two-day', value: 2, unit: 'days', about: 'NATO summit' }],
  });
  const twoDayVisit = extraction(source('c', 'A two-day visit began with talks in Vilnius.'), {
    figures: [{ text: 'two-day', value: 2, unit: 'days', about: 'visit' }],
  });
  it('"a two-day summit" and its closing day give both days', () => expect(findSummit([wrap, twoDay], none)!.dates).toEqual(['2023-07-11', '2023-07-12']));
  it('no length, or the length of something else, adds no day', () => {
    expect(findSummit([wrap], none)!.dates).toEqual(['2023-07-12']);
    expect(findSummit([wrap, twoDayVisit], none)!.dates).toEqual(['2023-07-12']);
  });
});

describe('counterparts', () => {
  const run = (text: string, first: string, firstTitle: string) =>
    findSummit(
      [
        extraction(source('a', text), {
          entities: [
            { text: first, type: 'person', titles: [firstTitle] },
            { text: 'Putin', type: 'person', titles: ['Russian counterpart'] },
          ],
        }),
      ],
      none,
    )!.participants;
  it("a leader's counterpart is a leader; a minister's counterpart is not", () => {
    expect(run('President Erdogan and his Russian counterpart Putin will meet in Sochi.', 'Erdogan', 'President')).toEqual(['erdogan', 'putin']);
    const minister = extraction(source('b', 'President Erdogan will meet in Sochi. Foreign Minister Fidan will meet his Russian counterpart Lavrov in Moscow.'), {
      entities: [
        { text: 'Erdogan', type: 'person', titles: ['President'] },
        { text: 'Fidan', type: 'person', titles: ['Foreign Minister'] },
        { text: 'Lavrov', type: 'person', titles: ['Russian counterpart'] },
      ],
    });
    expect(findSummit([minister], none)!.participants).toEqual(['erdogan']);
  });
});
