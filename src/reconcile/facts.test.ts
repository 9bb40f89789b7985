import { describe, expect, it } from 'vitest';
import type { Fact } from '../core/types.js';
import { compatible } from './compat.js';
import { aboutCompatible } from './about.js';
import { findDuplicates } from './duplicates.js';
import { reconcileFacts } from './facts.js';
import { extraction, source } from './fixture.test-kit.js';
import { extractSource, run } from '../pipeline.js';

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

const real = (id: string, text: string, published: string | null = '2024-03-20') => extractSource(source(id, text, published));
const factWith = (facts: Fact[], value: number | string) => facts.find((f) => f.status !== 'single' && f.values.some((v) => v.value === value));

describe('figure facts (real extraction)', () => {
  it('hedged values that can all be true agree: over an hour, more than four hours, five hours', () => {
    const facts = reconcileFacts([
      real('a', 'The talks in Lima lasted over an hour.'),
      real('b', 'The negotiations went on for more than four hours.'),
      real('c', 'Their meeting lasted five hours.'),
    ], none);
    const f = factWith(facts, 4)!;
    expect(f.status).toBe('agreed');
    expect(sourcesOf(f)).toEqual(['a', 'b', 'c']);
    expect(f.values.every((v) => v.rules?.includes('intervals-meet'))).toBe(true);
  });

  it('27 and 34 minutes of one private meeting conflict; the note names both sides and the better supported one', () => {
    const facts = reconcileFacts([
      real('a', 'Their one-on-one meeting lasted 27 minutes.'),
      real('b', 'The private meeting lasted 34 minutes.'),
      real('c', 'The one-on-one talk lasted 34 minutes, aides said.'),
    ], none);
    const f = facts.find((x) => x.status === 'conflict')!;
    expect(f.claim).toMatch(/one-on-one/);
    expect(f.note).toMatch(/27 minutes.*34 minutes|34 minutes.*27 minutes/);
    expect(f.note).toMatch(/34 minutes has more independent support \(2 vs 1\)/);
    expect(facts.filter((x) => x.claim === f.claim)).toHaveLength(1); // one fact per claim: never agreed and conflict
  });

  it('a source that contradicts itself is a conflict within that source', () => {
    const facts = reconcileFacts([real('a', 'The talks lasted 80 minutes. Later the talks were said to have lasted more than three hours.')], none);
    const f = facts.find((x) => x.status === 'conflict')!;
    expect(f.note).toMatch(/a contradicts itself/);
  });

  it('a plan and an outcome are different claims, side by side', () => {
    const facts = reconcileFacts([
      real('a', 'The talks are expected to run for 90 minutes.'),
      real('b', 'The talks lasted three hours.'),
    ], none);
    expect(facts.filter((f) => f.status === 'conflict')).toHaveLength(0);
    expect(facts.map((f) => f.claim).sort()).toEqual(['length of the meeting', 'length of the meeting (projected)']);
  });

  it('the same number for two periods is a claim about the period; each period is its own claim', () => {
    const facts = reconcileFacts([
      real('a', 'Trade between Peru and Japan reached $9 billion in 2019.'),
      real('b', 'Trade between Peru and Japan reached $9 billion in 2019, officials said.'),
      real('c', 'Trade between Peru and Japan reached $9 billion in 2021.'),
    ], none);
    const agreed = facts.find((f) => f.status === 'agreed')!;
    expect(agreed.period).toBe('2019');
    expect(sourcesOf(agreed)).toEqual(['a', 'b']);
    const period = facts.find((f) => f.status === 'conflict')!;
    expect(period.claim).toMatch(/^period of the 9 billion/);
    expect(period.values.map((v) => v.period).sort()).toEqual(['2019', '2021']);
  });

  it('counts of different acts, and vague counts of different numbers, are no conflict', () => {
    const facts = reconcileFacts([
      real('a', 'Some 17 countries have applied to join the alliance.'),
      real('b', 'Some 19 countries were invited to the alliance summit.'),
      real('c', 'The alliance now has 11 countries.'),
    ], none);
    expect(facts.filter((f) => f.status === 'conflict')).toHaveLength(0);
  });

  it('anaphoric counts and figures without a measure make no fact', () => {
    const facts = reconcileFacts([real('a', 'The two leaders met.'), real('b', 'The two leaders shook hands.')], none);
    expect(facts.filter((f) => f.values.some((v) => v.unit === 'count'))).toHaveLength(0);
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
    // each value names its independent sources: the reprint counts once
    expect(facts[0]!.values.map((v) => v.independentSources)).toEqual([['a']]);
  });
});

describe('date facts from event mentions', () => {
  it('sources that give the meeting the same day agree', () => {
    const facts = reconcileFacts([
      real('a', 'Ruto and Lula met in Nairobi on March 19, 2024.'),
      real('b', 'The two presidents held talks in Nairobi on Tuesday.'),
    ], none);
    const f = facts.find((x) => x.values.some((v) => v.unit === 'date' && v.value === '2024-03-19'))!;
    expect(f.status).toBe('agreed');
    expect(sourcesOf(f)).toEqual(['a', 'b']);
  });

  it('one meeting on two days is a conflict that names both days', () => {
    const facts = reconcileFacts([
      real('a', 'Ruto and Lula met in Nairobi on March 19, 2024.'),
      real('b', 'Ruto and Lula met in Nairobi on March 14, 2024.'),
    ], none);
    const f = facts.find((x) => x.status === 'conflict')!;
    expect(f.note).toMatch(/2024-03-14.*2024-03-19|2024-03-19.*2024-03-14/);
  });
});

describe('stable identity (end to end)', () => {
  const texts: Array<[string, string]> = [
    ['b', 'Ruto and Lula met in Nairobi on March 19, 2024. Their talks lasted three hours. Trade between Kenya and Brazil reached $2 billion in 2023.'],
    ['c', 'The Kenyan and Brazilian presidents held talks in Nairobi on Tuesday. The talks lasted more than two hours. Some 40 journalists covered the visit.'],
    ['d', 'Lula arrived in Nairobi on Monday. The talks lasted about three hours. Trade between Kenya and Brazil reached $2 billion in 2023.'],
  ];
  const report = (xs: Array<[string, string]>) => run(xs.map(([id, t]) => source(id, t, '2024-03-20')));
  const denote = (r: ReturnType<typeof report>) => ({
    facts: new Map(r.facts.map((f) => [f.id, `${f.claim}|${f.period}`])),
    figures: new Map(r.figures.map((f) => [f.id, JSON.stringify([f.kind, f.value, f.unit, f.approx, f.about, f.period])])),
    entities: new Map([...r.people, ...r.places, ...r.organizations].map((e) => [e.id, e.name])),
  });
  const same = (x: ReturnType<typeof denote>, y: ReturnType<typeof denote>) => {
    for (const k of ['facts', 'figures', 'entities'] as const) {
      for (const [id, what] of x[k]) if (y[k].has(id)) expect(`${k} ${id}: ${y[k].get(id)}`).toBe(`${k} ${id}: ${what}`);
    }
  };

  it('adding an article that sorts first changes what no surviving id denotes', () => {
    const before = denote(report(texts));
    const after = denote(report([['a', 'The talks in Nairobi lasted 50 minutes. Trade between Kenya and Brazil reached $3 billion in 2023.'], ...texts]));
    expect(before.facts.size).toBeGreaterThan(0);
    same(before, after);
  });

  it('removing an article changes what no surviving id denotes', () => {
    const before = denote(report(texts));
    const after = denote(report(texts.slice(1)));
    same(before, after);
  });
});

describe('determinism', () => {
  it('the same facts whatever the order of extractions', () => {
    const a = extraction(source('a', 'Trade reached $190 billion.'), { figures: [{ text: '$190 billion', value: 190e9, unit: 'USD', about: 'trade', period: '2022' }] });
    const b = extraction(source('b', 'Trade hit $190 billion.'), { figures: [{ text: '$190 billion', value: 190e9, unit: 'USD', about: 'trade', period: '2022' }] });
    expect(reconcileFacts([b, a], none)).toEqual(reconcileFacts([a, b], none));
  });
});

describe('fact ids are unique', () => {
  it('two facts that share their words and identity (tolls in two places) get different ids', () => {
    const r = run([source('w', 'The flood, which as of Friday had drowned more than 2,100 people in Sylhet and 900 people in Assam, spread.', '2024-06-14')]);
    const ids = r.facts.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
  it('ids are unique when several sources repeat one sentence shape with other numbers', () => {
    const texts = [1, 2, 3].map((k) => source(`s${k}`, `Storms killed ${k * 100} people in Leon and ${k * 7} people in Burgos.`, '2024-01-10'));
    const ids = run(texts).facts.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
