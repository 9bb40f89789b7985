// Figure facts from real extraction: what the claim model makes of a few sources together. Sentences written fresh.
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../core/types.js';
import { extractSource, run } from '../../pipeline.js';
import { reconcileFacts } from '../facts.js';
import { source } from '../fixture.test-kit.js';

const none = { people: [], places: [], organizations: [] };
const real = (id: string, text: string) => extractSource(source(id, text, '2024-03-20'));
const sourcesOf = (f: Fact) => [...new Set(f.values.flatMap((v) => v.sources))].sort();

describe('period of a figure', () => {
  it('a source that names no period counts for the period its group states', () => {
    const facts = reconcileFacts([
      real('a', 'Trade between Chile and Korea reached $7 billion in 2020.'),
      real('b', 'Trade between Chile and Korea reached $7 billion, officials said.'),
      real('c', 'Trade between Chile and Korea is forecast to exceed $7 billion in 2021.'),
    ], none);
    const period = facts.find((f) => f.claim.startsWith('period of the'))!;
    expect(period.status).toBe('conflict');
    const in2020 = period.values.filter((v) => v.period === '2020').flatMap((v) => v.sources).sort();
    expect(in2020).toEqual(['a', 'b']);
  });
  it('one number for one period only is no period claim', () => {
    const facts = reconcileFacts([
      real('a', 'Trade between Chile and Korea reached $7 billion in 2020.'),
      real('b', 'Trade between Chile and Korea reached $7 billion, officials said.'),
    ], none);
    expect(facts.some((f) => f.claim.startsWith('period of the'))).toBe(false);
  });
});

describe('estimates of a cost', () => {
  it('a forecast cost and a rough one are one claim; an exact account of spending is another', () => {
    const facts = reconcileFacts([
      real('a', 'The governor said the fair would cost about $8 million.'),
      real('b', 'The governor said the fair cost roughly $11 million.'),
      real('c', 'The city spent $6.2 million on the fair.'),
    ], none);
    const conflict = facts.find((f) => f.status === 'conflict')!;
    expect(sourcesOf(conflict)).toEqual(['a', 'b']);
  });
});

describe('agreeing parts of a conflict', () => {
  it('two sources that agree against a third make an agreed claim besides the conflict', () => {
    const facts = reconcileFacts([
      real('a', 'The congress will be attended by leaders from 48 countries.'),
      real('b', 'The congress is set to convene 31 heads of state.'),
      real('c', 'The congress should be attended by over 31 heads of state.'),
    ], none);
    expect(facts.filter((f) => f.status === 'conflict').map(sourcesOf)).toEqual([['a', 'b', 'c']]);
    const part = facts.find((f) => f.status === 'agreed')!;
    expect(sourcesOf(part)).toEqual(['b', 'c']);
  });
  it('a conflict of single sources has no agreed part', () => {
    const facts = reconcileFacts([
      real('a', 'The congress will be attended by leaders from 48 countries.'),
      real('b', 'The congress is set to convene 31 heads of state.'),
    ], none);
    expect(facts.filter((f) => f.status === 'agreed')).toHaveLength(0);
  });
});

describe('lengths of trips', () => {
  const on = (id: string, published: string, text: string) => extractSource(source(id, text, published));
  it('one traveller\u2019s trip dated by two of its days is one claim, never a conflict about its period', () => {
    const facts = reconcileFacts([
      on('a', '2024-09-03', 'President Luiz Lula arrived in Accra on Monday for a three-day visit.'),
      on('b', '2024-09-05', 'President Luiz Lula, on a three-day visit, toured the port on Wednesday.'),
    ], none);
    expect(facts.filter((f) => f.status === 'conflict')).toHaveLength(0);
  });
  it('a trip whose traveller is not named stays apart from a named one, under another id', () => {
    const r = run([
      source('a', 'President Luiz Lula arrived in Accra on Monday for a three-day visit.', '2024-09-03'),
      source('b', 'The visit, which lasts four days, ends in Kumasi.', '2024-09-03'),
    ]);
    const trips = r.facts.filter((f) => f.values.some((v) => v.unit === 'days'));
    expect(trips.filter((f) => f.status === 'conflict')).toHaveLength(0);
    expect(new Set(r.facts.map((f) => f.id)).size).toBe(r.facts.length);
  });
});

describe('a plan and an outcome', () => {
  it('"expected to last 90 minutes but ran for three hours": the plan and the outcome are two claims side by side; outcomes of 3 and 3.5 hours conflict', () => {
    const facts = reconcileFacts([
      real('a', 'Petro and Boric held talks in Bogota that were expected to last 90 minutes but ran for three hours.'),
      real('b', 'Their talks in Bogota lasted three and a half hours.'),
      real('c', 'The talks in Bogota are expected to last 90 minutes.'),
    ], none);
    const with90 = facts.filter((f) => f.values.some((v) => v.value === 90 && v.unit === 'minutes'));
    expect(with90).toHaveLength(1);
    expect(with90[0]!.status).toBe('agreed');
    expect(sourcesOf(with90[0]!)).toEqual(['a', 'c']);
    const outcome = facts.filter((f) => f.values.some((v) => v.value === 3.5));
    expect(outcome).toHaveLength(1);
    expect(outcome[0]!.status).toBe('conflict');
    expect(outcome[0]!.values.map((v) => `${v.value} ${v.unit}`).sort()).toEqual(['3 hours', '3.5 hours']);
    expect(outcome[0]!.values.some((v) => v.value === 90)).toBe(false);
  });
});
