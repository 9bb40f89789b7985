import { describe, expect, it } from 'vitest';
import type { Entity, Extraction, QuoteMention } from '../core/types.js';
import { groupQuotes, sameQuote, speakerId } from './quotes.js';

const xi: Entity = { id: 'xi-jinping', name: 'Xi Jinping', aliases: ['Xi'], titles: [], sources: [], mentions: [] };
const putin: Entity = { id: 'vladimir-putin', name: 'Vladimir Putin', aliases: ['Putin'], titles: [], sources: [], mentions: [] };
const entities = { people: [xi, putin], places: [], organizations: [] };

function x(source: string, quotes: Array<[string, string | null]>): Extraction {
  const qs: QuoteMention[] = quotes.map(([quote, speakerName], i) => ({
    quote, speakerName, parts: [], rule: 'quote:test', sentence: i, context: null,
    mention: { source, start: i * 100, end: i * 100 + quote.length, text: quote },
  }));
  return { quotes: qs, figures: [], dates: [], entities: [], doc: undefined as never };
}

describe('quotes across sources', () => {
  it('near-identical wording is one quote', () => {
    expect(sameQuote('Shared threats only bring China and Russia closer.', 'shared threats only bring China and Russia closer')).toBe(true);
    expect(sameQuote('We oppose unilateral sanctions, economic coercion and decoupling', 'we oppose unilateral sanctions, economic coercion, and the decoupling')).toBe(true);
    expect(sameQuote('We are friends.', 'We are partners.')).toBe(false);
  });
  it('the same quote in two sources is one Quote with both sources and the speaker id', () => {
    const quotes = groupQuotes(
      [x('a', [['Shared threats only bring China and Russia closer.', 'Putin']]), x('b', [['“shared threats only bring China and Russia closer”', 'Vladimir Putin'], ['A different quote entirely, said by Xi.', 'Xi']])],
      entities,
    );
    expect(quotes.map((q) => [q.speaker, q.sources])).toEqual([['vladimir-putin', ['a', 'b']], ['xi-jinping', ['b']]]);
  });
  it('different speakers keep quotes apart', () => {
    const quotes = groupQuotes([x('a', [['We will work for peace and development.', 'Xi']]), x('b', [['We will work for peace and development.', 'Putin']])], entities);
    expect(quotes).toHaveLength(2);
  });
  it('speaker ids by alias and surname', () => {
    expect(speakerId('Xi', entities)).toBe('xi-jinping');
    expect(speakerId('President Vladimir Putin', entities)).toBe('vladimir-putin');
    expect(speakerId('Lavrov', entities)).toBeNull();
  });
});
