// Event-date claims end to end: articles written for this test → extraction → date facts. Each case names the
// phenomenon; the facts are looked up by their value and sources, never by position.
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../core/types.js';
import { extractSource, run } from '../../pipeline.js';
import { source } from '../fixture.test-kit.js';
import { eventDateFacts } from './event-claims.js';

type Draft = Omit<Fact, 'id'> & { key: string };

function facts(...articles: Array<[string, string, string]>): Draft[] {
  return eventDateFacts(articles.map(([id, published, text]) => extractSource(source(id, text, published))), new Map());
}
const holding = (fs: Draft[], value: string) => fs.filter((f) => f.values.some((v) => v.value === value));
const sourcesOf = (f: Draft, value: string) => f.values.filter((v) => v.value === value).flatMap((v) => v.sources).sort();

describe('event-date claims', () => {
  it('a summit of two leaders that no organization holds is their meeting: one fact with the meeting mentions', () => {
    const fs = facts(
      ['a', '2024-05-15', 'Prime Minister Kyriakos Mitsotakis met President Recep Tayyip Erdogan in Ankara on Monday.'],
      ['b', '2024-05-14', "The summit between Kyriakos Mitsotakis and Recep Tayyip Erdogan ended in Ankara on Monday."],
    );
    const day = holding(fs, '2024-05-13');
    expect(day).toHaveLength(1);
    expect(day[0]!.status).toBe('agreed');
    expect(sourcesOf(day[0]!, '2024-05-13')).toEqual(['a', 'b']);
  });

  it('a summit whose only parties are an organization and countries is that organization\'s, not a meeting of leaders', () => {
    const fs = facts(
      ['a', '2024-11-14', 'LIMA, Nov 14 (EFE) - Leaders of 21 APEC economies opened their annual summit on Thursday.'],
      ['b', '2024-11-15', 'The APEC summit began on Thursday. President Dina Boluarte met Prime Minister Luxon on Friday.'],
    );
    const day = holding(fs, '2024-11-14');
    expect(day.map((f) => f.claim)).toEqual(['Opening day of the summit']);
    expect(sourcesOf(day[0]!, '2024-11-14')).toEqual(['a', 'b']);
  });

  it('"visiting X" makes X the traveller; a visit "next week" has no opening or closing day', () => {
    const fs = facts(
      ['a', '2024-06-14', 'Chancellor Olaf Scholz and visiting President Gabriel Boric agreed on Thursday to expand trade.'],
      ['b', '2024-06-03', 'President Gabriel Boric will travel to Berlin next week for a three-day visit.'],
    );
    expect(fs.map((f) => f.claim)).toContain('A day of Gabriel Boric\u2019s visit: 2024-06-13');
    expect(fs.some((f) => /Olaf Scholz\u2019s visit/.test(f.claim))).toBe(false);
    expect(fs.some((f) => /^(?:Opening|Last) day of the visit/.test(f.claim))).toBe(false);
  });

  it('two leaders who visit a place together met there: the joint visit dates their meeting', () => {
    const fs = facts(
      ['a', '2024-06-14', 'President Emmanuel Macron and Chancellor Olaf Scholz visited the shipyard in Gdansk on Thursday.'],
      ['b', '2024-06-14', 'Emmanuel Macron held talks with Olaf Scholz in Gdansk on Thursday.'],
    );
    const day = holding(fs, '2024-06-13');
    expect(day.map((f) => f.about)).toEqual(['meeting']);
    expect(sourcesOf(day[0]!, '2024-06-13')).toEqual(['a', 'b']);
  });

  it('a summit an organization holds stays a gathering, apart from the leaders\' meeting', () => {
    const fs = facts(
      ['a', '2024-07-12', 'Chancellor Karl Nehammer met President Petr Pavel in Vienna on Wednesday.'],
      ['b', '2024-07-12', 'The NATO summit opened in Washington on Tuesday.'],
    );
    expect(holding(fs, '2024-07-10')[0]!.about).toBe('meeting');
    expect(holding(fs, '2024-07-09')[0]!.about).toBe('summit');
  });

  it('"arrived on Tuesday to meet Y" (under a header line) is no meeting on Tuesday: no false conflict', () => {
    const fs = facts(
      ['a', '2024-04-16', ' date 2024-04-16 Prime Minister Mark Rutte arrived in Canberra on Tuesday to meet Prime Minister Anthony Albanese.'],
      ['b', '2024-04-18', 'Mark Rutte and Anthony Albanese met in Canberra on Wednesday.'],
    );
    expect(fs.filter((f) => f.status === 'conflict')).toEqual([]);
    expect(holding(fs, '2024-04-16').map((f) => f.about)).toEqual(['arrival']);
    expect(holding(fs, '2024-04-17').map((f) => f.about)).toEqual(['meeting']);
  });

  it('an arrival for a summit dates the arrival, not the summit', () => {
    const fs = facts(['a', '2024-07-10', 'President Gitanas Nauseda arrived in Madrid for the NATO summit on Monday evening.']);
    expect(holding(fs, '2024-07-08').map((f) => f.about)).toEqual(['arrival']);
  });

  it('the year an organization was founded: one fact whether named or pointed back to, at the year', () => {
    const fs = facts(
      ['a', '2024-10-10', 'The Association of Southeast Asian Nations was founded on 8 August 1967 in Bangkok.'],
      ['b', '2024-10-11', 'Leaders of the Association of Southeast Asian Nations gathered in Vientiane. The bloc was formed in 1967.'],
    );
    const year = holding(fs, '1967');
    expect(year).toHaveLength(1);
    expect(year[0]!.claim).toBe('Year Association of Southeast Asian Nations was founded');
    expect(sourcesOf(year[0]!, '1967')).toEqual(['a', 'b']);
  });

  it('a day given after "following the summit," dates what follows, not the summit', () => {
    const fs = facts(['a', '2024-06-10', 'Following the summit, Chancellor Olaf Scholz travels on to Hanoi on the 14th.']);
    expect(holding(fs, '2024-06-14')).toEqual([]);
  });

  it('a person named in full in one source and by surname in another arrives once: names are the linked people', () => {
    const r = run([
      source('a', 'President Gustavo Petro arrived in Quito on Monday for talks.', '2024-05-14'),
      source('b', 'President Petro arrived in Quito on Monday, officials said.', '2024-05-15'),
    ]);
    const arrived = r.facts.filter((f) => f.values.some((v) => v.value === '2024-05-13'));
    expect(arrived.map((f) => f.claim)).toEqual(['Date Gustavo Petro arrived']);
    expect(arrived[0]!.status).toBe('agreed');
  });

  it('meetings of different pairs on different days are different meetings, never one conflict', () => {
    const r = run([
      source('a', 'President Gustavo Petro met President Daniel Noboa in Quito on Monday.', '2024-05-15'),
      source('b', 'President Gustavo Petro and President Gabriel Boric held talks in Santiago on Wednesday.', '2024-05-16'),
      source('c', 'President Daniel Noboa hosted President Gustavo Petro in Quito on Monday.', '2024-05-15'),
    ]);
    const dated = r.facts.filter((f) => f.values.some((v) => v.unit === 'date'));
    expect(dated.filter((f) => f.status === 'conflict')).toHaveLength(0);
    const noboa = dated.find((f) => f.claim === 'Date of the Daniel Noboa–Gustavo Petro meeting')!;
    expect(noboa.status).toBe('agreed');
    expect(noboa.values.flatMap((v) => v.sources).sort()).toEqual(['a', 'c']);
  });

  it('a one-day summit that names no one, in a source of leaders\u2019 talks, is their meeting; not where an organization holds a summit', () => {
    const talks = facts(
      ['a', '2024-05-15', 'President Gustavo Petro met President Daniel Noboa in Quito on Monday.'],
      ['b', '2024-05-15', 'President Gustavo Petro held talks with President Daniel Noboa. \u201cWe made progress,\u201d the president told a news conference on Monday, following a summit meant to ease border tensions.'],
    );
    const day = holding(talks, '2024-05-13').filter((f) => f.about === 'meeting');
    expect(day).toHaveLength(1);
    expect(sourcesOf(day[0]!, '2024-05-13')).toEqual(['a', 'b']);
    const organized = facts(
      ['a', '2024-05-15', 'President Gustavo Petro met President Daniel Noboa in Quito on Monday.'],
      ['b', '2024-05-15', 'President Gustavo Petro held talks with President Daniel Noboa. \u201cWe made progress,\u201d the president told a news conference on Monday, following a summit of the European Union.'],
    );
    const meeting = holding(organized, '2024-05-13').filter((f) => f.about === 'meeting');
    expect(meeting.flatMap((f) => sourcesOf(f, '2024-05-13'))).toEqual(['a']);
  });

  it('the opening day of a forum is the forum\u2019s, not a summit\u2019s', () => {
    const fs = facts(
      ['a', '2024-05-15', 'The Pacific trade forum opened in Lima on Monday.'],
      ['b', '2024-05-16', 'The Pacific trade forum opened on Monday with a speech by the host.'],
    );
    expect(holding(fs, '2024-05-13').map((f) => f.claim)).toEqual(['Opening day of the forum']);
  });

  it('a visit is its traveller\u2019s: the person named last before it, not another person of the sentence', () => {
    const r = run([
      source('a', 'Relations with Chile froze after Senator Ana Torres visited Lima in March 2021, President Gabriel Boric said.', '2024-05-15'),
      source('b', 'Lima cut ties in March 2021 after Senator Ana Torres\u2019s visit to Peru.', '2024-05-16'),
    ]);
    const visit = r.facts.filter((f) => f.values.some((v) => v.value === '2021-03'));
    expect(visit.map((f) => [f.claim, f.status])).toEqual([['A day of Ana Torres\u2019s visit: 2021-03', 'agreed']]);
  });

  it('after a travel verb the people named are whom the traveller came to see: an unknown subject is no one named', () => {
    const r = run([source('a', 'Okafor landed in Accra on Monday for talks with President Nana Akufo-Addo.', '2024-05-15')]);
    const arrival = r.facts.filter((f) => f.values.some((v) => v.value === '2024-05-13'));
    expect(arrival.map((f) => f.claim)).not.toContain('Date Nana Akufo-Addo arrived');
    const named = run([source('b', 'Foreign Minister Amara Okafor landed in Accra on Monday for talks with President Nana Akufo-Addo.', '2024-05-15')]);
    expect(named.facts.map((f) => f.claim)).toContain('Date Amara Okafor arrived');
  });

  it('after a travel noun the traveller may follow it ("the arrival of X")', () => {
    const r = run([source('a', 'The arrival of President Nana Akufo-Addo in Lagos on Monday drew crowds.', '2024-05-15')]);
    expect(r.facts.map((f) => f.claim)).toContain('Date Nana Akufo-Addo arrived');
  });
});
