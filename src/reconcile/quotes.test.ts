import { describe, expect, it } from 'vitest';
import type { Entity, Extraction, QuoteMention } from '../core/types.js';
import { groupQuotes, sameQuote, speakerId } from './quotes.js';
import { extraction, source } from './fixture.test-kit.js';

const xi: Entity = { id: 'xi-jinping', name: 'Xi Jinping', aliases: ['Xi'], titles: [], sources: [], mentions: [] };
const putin: Entity = { id: 'vladimir-putin', name: 'Vladimir Putin', aliases: ['Putin'], titles: [], sources: [], mentions: [] };
const entities = { people: [xi, putin], places: [], organizations: [] };

function x(source: string, quotes: Array<[string, string | null]>): Extraction {
  const qs: QuoteMention[] = quotes.map(([quote, speakerName], i) => ({
    quote, speakerName, parts: [], rule: 'quote:test', sentence: i, context: null,
    mention: { source, start: i * 100, end: i * 100 + quote.length, text: quote },
  }));
  return { quotes: qs, figures: [], dates: [], entities: [], events: [], doc: undefined as never };
}

describe('quotes across sources', () => {
  it('near-identical wording is one quote', () => {
    expect(sameQuote('Hard winters only draw Brazil and Chile together.', 'hard winters only draw Brazil and Chile together')).toBe(true);
    expect(sameQuote('We oppose unilateral sanctions, economic coercion and decoupling', 'we oppose unilateral sanctions, economic coercion, and the decoupling')).toBe(true);
    expect(sameQuote('We are friends.', 'We are partners.')).toBe(false);
  });
  it('the same quote in two sources is one Quote with both sources and the speaker id', () => {
    const quotes = groupQuotes(
      [x('a', [['Hard winters only draw Brazil and Chile together.', 'Putin']]), x('b', [['“hard winters only draw Brazil and Chile together”', 'Vladimir Putin'], ['A different quote entirely, said by Xi.', 'Xi']])],
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
    const erdogan: Entity = { id: 'recep-tayyip-erdogan', name: 'Recep Tayyip Erdogan', aliases: [], titles: [], sources: [], mentions: [] };
    expect(speakerId('Erdoğan', { ...entities, people: [...entities.people, erdogan] })).toBe('recep-tayyip-erdogan');
  });
});

describe('described speakers', () => {
  const text = 'Erdogan met with Putin in Sochi. The President of the Russian Federation said that "the Russian side is open to talks."';
  const quote = 'the Russian side is open to talks.';
  const at = text.indexOf(quote);
  // the extractor hands over the description's words with a quote it attributed to one
  const withQuote = (rule: string): Extraction => ({
    ...extraction(source('a', text), {}),
    quotes: [{
      quote, speakerName: null, parts: [], rule, sentence: 1, context: null, mention: { source: 'a', start: at, end: at + quote.length, text: quote },
      ...(rule.includes('description') ? { description: 'The President of the Russian Federation' } : {}),
    }],
  });
  const person = (id: string, name: string, titles: string[]): Entity => {
    const start = text.indexOf(name);
    return { id, name, aliases: [], titles, sources: ['a', 'b'], mentions: [{ source: 'a', start, end: start + name.length, text: name }] };
  };
  const run = { people: [person('erdogan', 'Erdogan', ['Turkish President']), person('putin', 'Putin', ['Russian President'])], places: [], organizations: [] };
  it('a description that fits no one in its article is resolved with the titles other sources give', () =>
    expect(groupQuotes([withQuote('quote:before-description-verb')], run)[0]!.speaker).toBe('putin'));
  it('a description with a country fits the one person of the run so titled, even when the article missed the name', () => {
    const missed = { ...run, people: [run.people[0]!, { ...run.people[1]!, mentions: [] }] };
    expect(groupQuotes([withQuote('quote:before-description-verb')], missed)[0]!.speaker).toBe('putin');
  });
  it('not when the quote was not attributed to a description, nor when two people fit', () => {
    expect(groupQuotes([withQuote('quote:unattributed')], run)[0]!.speaker).toBeNull();
    const both = { ...run, people: [person('erdogan', 'Erdogan', ['Russian President']), person('putin', 'Putin', ['Russian President'])] };
    expect(groupQuotes([withQuote('quote:before-description-verb')], both)[0]!.speaker).toBeNull();
  });
});

describe('grouping stays linear', () => {
  // distinct quotes that share common bigrams ("we will", "of the") with every other quote, plus one rare word pair each
  const word = (i: number) => `w${i.toString(36)}`;
  const corpus = (k: number) =>
    Array.from({ length: k }, (_, i) => x(`s${i}`, [[`We will defend the rights of the ${word(i)} ${word(i + 7919)} and of the people.`, null]]));
  it('4× the quotes cost at most 4.5× the comparisons, and near-identical quotes still group', () => {
    const small = { count: 0 };
    const large = { count: 0 };
    expect(groupQuotes(corpus(300), entities, small)).toHaveLength(300);
    expect(groupQuotes(corpus(1200), entities, large)).toHaveLength(1200);
    expect(large.count / small.count).toBeLessThanOrEqual(4.5);
    const twice = [...corpus(200), x('z', [[`we will defend the rights of the ${word(5)} ${word(5 + 7919)} and of the people`, null]])];
    expect(groupQuotes(twice, entities)).toHaveLength(200);
  });
  it('described speakers: 4× the sources, people and described quotes cost at most 4.5× the work', () => {
    // source i names its own president ("Amara Nwosu-i", titled "President") before a quote "the president" said,
    // in words each article varies ("the Ruritanian president" reads as "the president": no country of the lexicon)
    const run = (k: number) => {
      const people: Entity[] = [];
      const xs: Extraction[] = [];
      for (let i = 0; i < k; i++) {
        const name = `Amara Nwosu${i}`;
        people.push({ id: `p${i}`, name, aliases: [], titles: ['President'], sources: [`s${i}`], mentions: [{ source: `s${i}`, start: 0, end: name.length, text: name }] });
        const quote = `We signed what we came for, number ${i}.`;
        xs.push({ ...x(`s${i}`, []), quotes: [{
          quote, speakerName: null, parts: [], rule: 'quote:before-description-verb', sentence: 1, context: null,
          mention: { source: `s${i}`, start: 100, end: 100 + quote.length, text: quote }, description: `the ${i % 2 ? 'Ruritanian ' : ''}president`,
        }] });
      }
      return { xs, entities: { people, places: [], organizations: [] } };
    };
    const small = { count: 0 };
    const large = { count: 0 };
    const a = run(100);
    expect(groupQuotes(a.xs, a.entities, small).map((q) => q.speaker).sort()).toEqual(a.entities.people.map((p) => p.id).sort());
    const b = run(400);
    expect(groupQuotes(b.xs, b.entities, large).map((q) => q.speaker).sort()).toEqual(b.entities.people.map((p) => p.id).sort());
    expect(large.count / small.count).toBeLessThanOrEqual(4.5);
  });
  it('a quote reprinted in many sources is compared once per wording, not once per copy: 4× the copies, at most 4.5× the comparisons', () => {
    const reprints = (k: number) => Array.from({ length: k }, (_, i) => x(`r${i}`, [
      ['Our two nations will open the northern corridor before the harvest season.', i % 3 ? 'Okafor' : null],
      ['The corridor opens before the harvest season, our two nations say.', null],
    ]));
    const small = { count: 0 };
    const large = { count: 0 };
    expect(groupQuotes(reprints(50), entities, small)).toHaveLength(2);
    const grouped = groupQuotes(reprints(200), entities, large);
    expect(grouped.map((q) => q.sources.length)).toEqual([200, 200]);
    expect(large.count / small.count).toBeLessThanOrEqual(4.5);
  });
});
