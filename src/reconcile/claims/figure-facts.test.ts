// Figure facts from real extraction: what the claim model makes of a few sources together. Sentences written fresh.
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../core/types.js';
import { extractSource } from '../../pipeline.js';
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
