import { describe, expect, it } from 'vitest';
import type { Fact } from '../core/types.js';
import { compatible } from './compat.js';
import { aboutCompatible } from './about.js';
import { findDuplicates } from './duplicates.js';
import { reconcileFacts } from './facts.js';
import { extraction, source } from './fixture.test-kit.js';

const none = { people: [], places: [], organizations: [] };
const byStatus = (facts: Fact[], status: Fact['status']) => facts.filter((f) => f.status === status);
const sourcesOf = (f: Fact) => [...new Set(f.values.flatMap((v) => v.sources))].sort();

describe('value compatibility', () => {
  const n = (value: number, approx: 'exact' | 'more-than' | 'nearly' | 'about', unit = 'count') =>
    ({ kind: unit === 'count' ? 'count' : 'duration', value, unit, approx }) as const;
  it('a round figure and "over" the same figure agree', () => expect(compatible(n(40, 'exact'), n(40, 'more-than'))).toBe(true));
  it('23 and 22 do not', () => expect(compatible(n(23, 'exact'), n(22, 'exact'))).toBe(false));
  it('nearly 200 fits 200', () => expect(compatible(n(200, 'nearly'), n(200, 'exact'))).toBe(true));
  it('about 10 fits 10', () => expect(compatible(n(10, 'about'), n(10, 'exact'))).toBe(true));
  it('ninety minutes vs more than three hours', () => expect(compatible(n(90, 'exact', 'minutes'), n(3, 'more-than', 'hours'))).toBe(false));
  it('three hours vs more than three hours', () => expect(compatible(n(3, 'exact', 'hours'), n(3, 'more-than', 'hours'))).toBe(true));
});

describe('about synonyms', () => {
  it('trade ~ trade volume ~ bilateral trade', () => {
    expect(aboutCompatible('trade', 'trade volume')).toBe(true);
    expect(aboutCompatible('bilateral trade', 'China-Russia trade volume')).toBe(true);
  });
  it('talks ~ meeting', () => expect(aboutCompatible('talks', 'bilateral meeting')).toBe(true));
  it('countries that applied ≁ countries invited', () =>
    expect(aboutCompatible('countries that applied to become members', 'countries invited to the summit')).toBe(false));
  it('leaders ~ heads of state', () => expect(aboutCompatible('leaders attending', 'heads of state or government')).toBe(true));
  it('trade ≁ oil exports', () => expect(aboutCompatible('trade', 'crude oil exports')).toBe(false));
});

describe('figure facts', () => {
  it('agreement within the stated approximation (40 vs over 40)', () => {
    const a = extraction(source('a', 'The summit will convene 40 heads of state.'), { figures: [{ text: '40', value: 40, unit: 'count', about: 'heads of state attending' }] });
    const b = extraction(source('b', 'It is expected to be attended by over 40 heads of state.'), {
      figures: [{ text: 'over 40', value: 40, unit: 'count', approx: 'more-than', about: 'heads of state attending the summit' }],
    });
    const facts = reconcileFacts([a, b], none);
    expect(facts).toHaveLength(1);
    expect(facts[0]!.status).toBe('agreed');
    expect(sourcesOf(facts[0]!)).toEqual(['a', 'b']);
  });

  it('different values for the same thing are a conflict with a note', () => {
    const a = extraction(source('a', 'Twenty-three countries have formally applied to become members.'), {
      figures: [{ text: 'Twenty-three', value: 23, unit: 'count', about: 'countries that have applied to become members' }],
    });
    const b = extraction(source('b', 'The ministry said 22 countries have formally expressed interest in joining.'), {
      figures: [{ text: '22', value: 22, unit: 'count', about: 'countries that expressed interest in joining' }],
    });
    const [f] = byStatus(reconcileFacts([a, b], none), 'conflict');
    expect(f).toBeDefined();
    expect(f!.values.map((v) => v.value)).toEqual([23, 22]);
    expect(f!.note).toMatch(/cannot both be true.*Twenty-three.*22/);
  });

  it('same number for different periods is a period conflict; the actual stays agreed', () => {
    const a = extraction(source('a', 'Over the previous year, trade reached $190 billion.'), {
      figures: [{ text: '$190 billion', value: 190e9, unit: 'USD', about: 'trade', period: '2022' }],
    });
    const b = extraction(source('b', 'Trade between China and Russia hit $190 billion last year.'), {
      figures: [{ text: '$190 billion', value: 190e9, unit: 'USD', about: 'trade volume', period: '2022' }],
    });
    const c = extraction(source('c', 'Trade is projected to exceed $190 billion for the full year.'), {
      figures: [{ text: 'exceed $190 billion', value: 190e9, unit: 'USD', approx: 'more-than', about: 'bilateral trade', period: '2023', modality: 'projected' }],
    });
    const facts = reconcileFacts([a, b, c], none);
    const agreed = byStatus(facts, 'agreed');
    expect(agreed.map(sourcesOf)).toEqual([['a', 'b']]);
    const conflicts = byStatus(facts, 'conflict');
    expect(conflicts).toHaveLength(1);
    expect(sourcesOf(conflicts[0]!)).toEqual(['a', 'b', 'c']);
    expect(conflicts[0]!.note).toMatch(/2022.*2023/);
  });

  it('a target and a nearly-reached figure are different claims, not a conflict', () => {
    const a = extraction(source('a', 'They aim to surpass the target of $200 billion.'), {
      figures: [{ text: '$200 billion', value: 200e9, unit: 'USD', about: 'trade target', modality: 'target' }],
    });
    const b = extraction(source('b', 'Trade reached nearly $200 billion, close to the target of $200 billion.'), {
      figures: [
        { text: 'nearly $200 billion', value: 200e9, unit: 'USD', approx: 'nearly', about: 'trade' },
        { text: '$200 billion', nth: 1, value: 200e9, unit: 'USD', about: 'trade target', modality: 'target' },
      ],
    });
    const facts = reconcileFacts([a, b], none);
    expect(byStatus(facts, 'conflict')).toHaveLength(0);
    expect(byStatus(facts, 'agreed').map(sourcesOf)).toEqual([['a', 'b']]);
  });

  it('figures about different places are different claims', () => {
    const a = extraction(source('a', 'China’s economy grew by 5% last year, officials said.'), {
      figures: [{ text: '5%', value: 5, unit: 'percent', about: 'economic growth', period: '2022' }],
      entities: [{ text: 'China', type: 'place', kind: 'country' }],
    });
    const b = extraction(source('b', 'India’s economy grew by 7% last year, officials said.'), {
      figures: [{ text: '7%', value: 7, unit: 'percent', about: 'economic growth', period: '2022' }],
      entities: [{ text: 'India', type: 'place', kind: 'country' }],
    });
    expect(byStatus(reconcileFacts([a, b], none), 'conflict')).toHaveLength(0);
    const c = extraction(source('c', 'Officials said the economy of China grew by 6% last year.'), {
      figures: [{ text: '6%', value: 6, unit: 'percent', about: 'economic growth', period: '2022' }],
      entities: [{ text: 'China', type: 'place', kind: 'country' }],
    });
    expect(byStatus(reconcileFacts([a, c], none), 'conflict')).toHaveLength(1);
  });

  it('a source that contradicts itself is a conflict', () => {
    const text = 'This was followed by a ninety-minute bilateral meeting. After more than three hours of talks, Putin spoke.';
    const a = extraction(source('a', text), {
      figures: [
        { text: 'ninety-minute', value: 90, unit: 'minutes', about: 'bilateral meeting' },
        { text: 'more than three hours', value: 3, unit: 'hours', approx: 'more-than', about: 'talks' },
      ],
    });
    const [f] = reconcileFacts([a], none);
    expect(f!.status).toBe('conflict');
    expect(f!.note).toMatch(/contradicts itself/);
  });

  it('a value now and a value planned are no contradiction', () => {
    const text = 'They discussed trade (currently $62 billion, with plans to increase this figure to $100 billion a year).';
    const a = extraction(source('a', text), {
      figures: [
        { text: '$62 billion', value: 62e9, unit: 'USD', about: 'trade' },
        { text: '$100 billion', value: 100e9, unit: 'USD', about: 'trade', modality: 'projected' },
      ],
    });
    expect(byStatus(reconcileFacts([a], none), 'conflict')).toEqual([]);
  });

  it('counts conflict only when they count the same act', () => {
    const a = extraction(source('a', 'The two sides signed 20 agreements.'), { figures: [{ text: '20', value: 20, unit: 'count', about: 'agreements' }] });
    const b = extraction(source('b', 'Officials signed 12 agreements on Wednesday.'), { figures: [{ text: '12', value: 12, unit: 'count', about: 'agreements' }] });
    const c = extraction(source('c', 'They discussed 12 agreements in all.'), { figures: [{ text: '12', value: 12, unit: 'count', about: 'agreements' }] });
    expect(byStatus(reconcileFacts([a, b], none), 'conflict')).toHaveLength(1);
    expect(byStatus(reconcileFacts([a, c], none), 'conflict')).toHaveLength(0);
  });

  it('anaphoric counts and figures without meaning make no fact', () => {
    const a = extraction(source('a', 'The two leaders met. The two leaders spoke.'), {
      figures: [{ text: 'two', value: 2, unit: 'count', about: 'leaders', anaphoric: true }],
    });
    expect(reconcileFacts([a], none)).toEqual([]);
  });
});

describe('wire duplicates', () => {
  const story =
    'Leaders of five emerging economies opened their annual summit in Johannesburg on Tuesday, with trade, expansion of the bloc and ' +
    'a common payment unit on the agenda, as host Cyril Ramaphosa welcomed delegations from dozens of countries to the three-day meeting.';
  it('reprints of one story are grouped and count as one source', () => {
    const s1 = source('a', story);
    const s2 = source('b', 'JOHANNESBURG (Reuters) - ' + story + ' Follow our live coverage.');
    const s3 = source('c', 'A different report: 40 heads of state are expected in South Africa this week for the meeting of the bloc.');
    const groups = findDuplicates([s3, s2, s1]);
    expect(groups).toEqual([['a', 'b']]);
    const fig = { text: 'three-day', value: 3, unit: 'days', about: 'meeting' } as const;
    const facts = reconcileFacts([extraction(s1, { figures: [fig] }), extraction(s2, { figures: [fig] })], none, groups);
    expect(facts[0]!.status).toBe('single');
    expect(sourcesOf(facts[0]!)).toEqual(['a', 'b']);
  });
});

describe('date facts', () => {
  it('the meeting dated "today" under a later header conflicts with the day other sources give', () => {
    const a = extraction(source('a', 'October 18, 2023 – Xi Jinping and Vladimir Putin met in Beijing.', '2023-10-18'), {
      dates: [{ text: 'October 18, 2023', value: '2023-10-18' }],
      entities: [{ text: 'Xi Jinping', type: 'person' }, { text: 'Vladimir Putin', type: 'person' }],
    });
    const b = extraction(source('b', 'In today’s three-hour meeting, Putin spoke of the Middle East.', '2023-10-26'), {
      dates: [{ text: 'today', value: '2023-10-26', relative: true, reference: '2023-10-26' }],
      entities: [{ text: 'Putin', type: 'person', name: 'Vladimir Putin' }],
    });
    const facts = reconcileFacts([a, b], none);
    const [f] = byStatus(facts, 'conflict');
    expect(f!.claim).toBe('Date of the meeting');
    expect(f!.values.map((v) => [v.value, v.sources])).toEqual([['2023-10-18', ['a']], ['2023-10-26', ['b']]]);
    expect(f!.note).toMatch(/resolved against 2023-10-26/);
  });

  it('an arrival "to meet" and a day something was said are not the meeting date', () => {
    const a = extraction(source('a', 'Xi Jinping and Vladimir Putin met in Beijing on Wednesday.'), { dates: [{ text: 'Wednesday', value: '2023-10-18' }] });
    const b = extraction(source('b', 'Putin arrived in China on Tuesday to meet Xi Jinping. On Saturday, Wang Yi said the talks would focus on trade.'), {
      dates: [{ text: 'Tuesday', value: '2023-10-17' }, { text: 'Saturday', value: '2023-10-14' }],
    });
    const facts = reconcileFacts([a, b], none);
    expect(byStatus(facts, 'conflict')).toHaveLength(0);
    expect(facts.filter((f) => f.claim === 'Date of the meeting').map((f) => f.values.map((v) => v.value))).toEqual([['2023-10-18']]);
  });

  it('meetings in different cities on different days are no conflict; in the same city they are', () => {
    const a = extraction(source('a', 'Xi and Macron held talks on Thursday in Beijing.'), {
      dates: [{ text: 'Thursday', value: '2023-04-06' }],
      entities: [{ text: 'Beijing', type: 'place', kind: 'city' }],
    });
    const b = extraction(source('b', 'Xi and Macron held an informal meeting on Friday in Guangzhou.'), {
      dates: [{ text: 'Friday', value: '2023-04-07' }],
      entities: [{ text: 'Guangzhou', type: 'place', kind: 'city' }],
    });
    const c = extraction(source('c', 'Xi and Macron held talks on Friday in Beijing.'), {
      dates: [{ text: 'Friday', value: '2023-04-07' }],
      entities: [{ text: 'Beijing', type: 'place', kind: 'city' }],
    });
    expect(byStatus(reconcileFacts([a, b], none), 'conflict')).toHaveLength(0);
    expect(byStatus(reconcileFacts([a, c], none), 'conflict')).toHaveLength(1);
  });

  it('an informal meeting and formal talks are two meetings; "received on X before his meeting" does not date it', () => {
    const a = extraction(source('a', 'On April 7, Xi Jinping held an informal meeting with Emmanuel Macron.'), {
      dates: [{ text: 'April 7', value: '2023-04-07' }],
    });
    const b = extraction(source('b', 'Xi Jinping and Emmanuel Macron held official talks on Thursday.'), { dates: [{ text: 'Thursday', value: '2023-04-06' }] });
    const c = extraction(source('c', 'Macron was received on Thursday before his formal meeting with Xi.'), { dates: [{ text: 'Thursday', value: '2023-04-06' }] });
    const d = extraction(source('d', 'Xi Jinping and Emmanuel Macron held an informal meeting on Thursday.'), { dates: [{ text: 'Thursday', value: '2023-04-06' }] });
    expect(byStatus(reconcileFacts([a, b], none), 'conflict')).toHaveLength(0);
    expect(reconcileFacts([c], none).filter((f) => f.claim === 'Date of the meeting')).toHaveLength(0);
    expect(byStatus(reconcileFacts([a, d], none), 'conflict')).toHaveLength(1);
  });

  it('"is due in Moscow on Thursday and Friday to meet" dates a stay, not the meeting', () => {
    const a = extraction(source('a', 'Hakan Fidan is due in Moscow on Thursday and Friday to meet Sergei Lavrov.'), {
      dates: [{ text: 'Thursday', value: '2023-08-31' }, { text: 'Friday', value: '2023-09-01' }],
    });
    const b = extraction(source('b', 'Hakan Fidan will meet Sergei Lavrov in Moscow on Thursday.'), { dates: [{ text: 'Thursday', value: '2023-08-31' }] });
    expect(reconcileFacts([a], none).filter((f) => f.claim === 'Date of the meeting')).toHaveLength(0);
    expect(reconcileFacts([b], none).filter((f) => f.claim === 'Date of the meeting')).toHaveLength(1);
  });

  it('meetings of different people on different days are no conflict', () => {
    const a = extraction(source('a', 'Xi met Ramaphosa on Tuesday.'), {
      dates: [{ text: 'Tuesday', value: '2023-08-22' }],
      entities: [{ text: 'Xi', type: 'person' }, { text: 'Ramaphosa', type: 'person' }],
    });
    const b = extraction(source('b', 'Modi met Lula on Wednesday.'), {
      dates: [{ text: 'Wednesday', value: '2023-08-23' }],
      entities: [{ text: 'Modi', type: 'person' }, { text: 'Lula', type: 'person' }],
    });
    expect(byStatus(reconcileFacts([a, b], none), 'conflict')).toHaveLength(0);
  });

  it('opening day from "will begin … on" and from the start of a range agree; founding years agree', () => {
    const a = extraction(source('a', 'The summit will begin in Johannesburg on Tuesday, August 22, 2023. It was formally launched in 2009.'), {
      dates: [{ text: 'Tuesday, August 22, 2023', value: '2023-08-22' }, { text: '2009', value: '2009' }],
    });
    const b = extraction(source('b', 'The summit, spanning from August 22 to 24, will convene leaders. The bloc was formed in 2009 and added South Africa in 2010.'), {
      dates: [{ text: 'August 22 to 24', value: '2023-08-22/2023-08-24' }, { text: '2009', value: '2009' }, { text: '2010', value: '2010' }],
    });
    const facts = reconcileFacts([a, b], none);
    const agreed = byStatus(facts, 'agreed').map((f) => [f.claim, f.values.map((v) => v.value), sourcesOf(f)]);
    expect(agreed).toContainEqual(['Opening day of the summit', ['2023-08-22'], ['a', 'b']]);
    expect(agreed).toContainEqual(['Founded, formed or launched in 2009', ['2009'], ['a', 'b']]);
    expect(facts.some((f) => f.values.some((v) => v.value === '2010') && f.claim.startsWith('Founded'))).toBe(false);
  });

  it('a founding verb makes a founding year even in a sentence about a forum', () => {
    const a = extraction(source('a', 'The focus of the Belt and Road Forum is the initiative, a grand plan launched by Xi a decade ago.'), {
      dates: [{ text: 'a decade ago', value: '2013' }],
    });
    const b = extraction(source('b', 'The initiative, proposed by Xi Jinping a decade ago, aims to build roads.'), { dates: [{ text: 'a decade ago', value: '2013' }] });
    const [f] = byStatus(reconcileFacts([a, b], none), 'agreed');
    expect([f!.claim, sourcesOf(f!)]).toEqual(['Founded, formed or launched in 2013', ['a', 'b']]);
  });

  it('different days of a multi-day summit are no conflict', () => {
    const a = extraction(source('a', 'Putin spoke to the summit on Wednesday.'), { dates: [{ text: 'Wednesday', value: '2023-08-23' }] });
    const b = extraction(source('b', 'The summit heard Modi on Tuesday.'), { dates: [{ text: 'Tuesday', value: '2023-08-22' }] });
    expect(byStatus(reconcileFacts([a, b], none), 'conflict')).toHaveLength(0);
  });
});

describe('determinism', () => {
  it('the same facts whatever the order of extractions', () => {
    const a = extraction(source('a', 'Trade reached $190 billion.'), { figures: [{ text: '$190 billion', value: 190e9, unit: 'USD', about: 'trade', period: '2022' }] });
    const b = extraction(source('b', 'Trade hit $190 billion.'), { figures: [{ text: '$190 billion', value: 190e9, unit: 'USD', about: 'trade', period: '2022' }] });
    expect(reconcileFacts([b, a], none)).toEqual(reconcileFacts([a, b], none));
  });
});
