// Claim words from real extraction: each row is a sentence written fresh and the measure phrase and claim its figure
// makes. The phrase names what is measured as an analyst would ("countries attending"), never "country (attend)".
import { describe, expect, it } from 'vitest';
import type { Source } from '../../core/types.js';
import { extractSource } from '../../pipeline.js';
import { reconcileFacts } from '../facts.js';

const none = { people: [], places: [], organizations: [] };
const src = (id: string, text: string): Source => ({ id, path: `${id}.txt`, text, title: null, published: '2024-05-15', publishedFrom: 'header', warnings: [] });

const ROWS: Array<{ text: string; about: string; claim: string }> = [
  { text: 'Delegations from 31 countries attended the congress.', about: 'countries attending', claim: 'number of countries attending' },
  { text: 'Some 14 countries have applied to join the alliance.', about: 'countries that applied to join', claim: 'number of countries that applied to join' },
  { text: 'The one-on-one meeting lasted 35 minutes.', about: 'length of the one-on-one meeting', claim: 'length of the one-on-one meeting' },
  { text: 'Chilean-Peruvian trade reached $7 billion in 2022.', about: 'trade', claim: 'Chile–Peru trade in USD, 2022' },
  { text: 'It was the 11th summit of the bloc.', about: 'summit', claim: '11th summit' },
  { text: 'The talks are expected to run for 90 minutes.', about: 'length of the meeting', claim: 'length of the meeting (projected)' },
  { text: 'Seven countries signed the charter in Accra.', about: 'countries signing', claim: 'number of countries signing' },
  { text: 'Nine agreements were signed in Accra on trade and water.', about: 'agreements signed', claim: 'number of agreements signed' },
];

describe('claim words', () => {
  it.each(ROWS.map((r) => [r.text, r] as const))('%s', (_t, r) => {
    const facts = reconcileFacts([extractSource(src('a', r.text)), extractSource(src('b', r.text))], none);
    const f = facts.find((x) => x.values.some((v) => v.unit !== 'date'))!;
    expect({ about: f.about, claim: f.claim }).toEqual({ about: r.about, claim: r.claim });
  });
  it('no claim reads as a concept with its predicate in brackets', () => {
    const facts = reconcileFacts(ROWS.map((r, i) => extractSource(src(`s${i}`, r.text))), none);
    for (const f of facts) expect(f.claim).not.toMatch(/\((?:attend|apply|invite|join)\)/);
  });
});

describe('the age of a lasting thing', () => {
  it('a duration in years of an initiative is its age, one claim with "years since the start of" it', async () => {
    const { measureOf } = await import('./measure.js');
    expect(measureOf('Andean growth pact over the past decade', 'duration', 'years')?.head).toBe('age of pact');
    expect(measureOf('age of the Andean growth pact', 'duration', 'years')?.head).toBe('age of pact');
    // an event measured in hours is its length, and a pact's talks are talks
    expect(measureOf('pact talks', 'duration', 'hours')?.head).toBe('meeting');
  });
});

describe('the event a time since counts from', () => {
  it('is the event noun of the phrase, else the verb that tells of it', async () => {
    const { measureOf } = await import('./measure.js');
    expect(measureOf('time since the premiers last met in person', 'duration', 'years')?.head).toBe('time since meeting');
    expect(measureOf('time since her previous visit to the Czech Republic', 'duration', 'years')?.head).toBe('time since trip');
    expect(measureOf('time since the two ministers last spoke', 'duration', 'months')?.head).toBe('time since meeting');
    expect(measureOf('time since the previous summit of the bloc', 'duration', 'years')?.head).toBe('time since summit');
  });
});
