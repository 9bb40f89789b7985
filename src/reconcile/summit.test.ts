import { describe, expect, it } from 'vitest';
import type { Extraction } from '../core/types.js';
import { extractEvents } from '../extract/events/index.js';
import { findSummit } from './summit.js';
import { isCounterpartTitle, isLeaderTitle, isOrgHeadTitle, leadersByCountry, titleCountry, withLeadersNamed } from './leaders.js';
import { linkEntities } from './entities.js';
import { extractDoc } from '../pipeline.js';
import { segment } from '../segment/index.js';
import { extraction, source } from './fixture.test-kit.js';

const none = { people: [], places: [], organizations: [] };
/** A hand-made extraction with its event mentions extracted from the hand-placed entities and dates. */
const withEvents = (x: Extraction): Extraction => ({ ...x, events: extractEvents(x.doc, x.entities, x.dates) });
const ex = (...args: Parameters<typeof extraction>) => withEvents(extraction(...args));
const P = (text: string, titles: string[] = ['President'], nth = 0) => ({ text, type: 'person' as const, titles, nth });
const city = (text: string) => ({ text, type: 'place' as const, kind: 'city' as const });
const venue = (text: string) => ({ text, type: 'place' as const, kind: 'venue' as const });

describe('leader titles', () => {
  it('heads of state and government, not ministers, vice presidents or former leaders', () => {
    expect(['Chinese President', 'Prime Minister', 'President', 'Crown Prince'].every(isLeaderTitle)).toBe(true);
    expect(['Foreign Minister', 'vice president', 'former Prime Minister', 'Press Secretary', 'Commerce Minister'].some(isLeaderTitle)).toBe(false);
  });
  it('a country’s leader is its head; anyone else’s leader is not', () => {
    expect(['North Korean leader', "Russia's leader", 'Chinese leader'].every(isLeaderTitle)).toBe(true);
    expect(['opposition leader', 'party leader', 'leader', 'former North Korean leader'].some(isLeaderTitle)).toBe(false);
  });
  it('heads of organizations and counterparts are told by their titles', () => {
    expect(['NATO Secretary General', 'UN Secretary-General', 'WTO Director-General'].every(isOrgHeadTitle)).toBe(true);
    expect(['Deputy Secretary General', 'Assistant Secretary-General', 'Foreign Minister', 'President'].some(isOrgHeadTitle)).toBe(false);
    expect(isCounterpartTitle('Russian counterpart')).toBe(true);
    expect(isCounterpartTitle('Foreign Minister')).toBe(false);
  });
});

describe('summit record from event mentions', () => {
  const a = ex(source('a', 'The summit, spanning from May 6 to 8, brings President Mahama and President Tinubu to Abuja. Foreign Minister Okafor spoke about the summit.', '2025-05-01'), {
    dates: [{ text: 'May 6 to 8', value: '2025-05-06/2025-05-08' }],
    entities: [P('Mahama'), P('Tinubu'), city('Abuja'), P('Okafor', ['Foreign Minister'])],
  });
  const b = ex(source('b', 'President Tinubu met President Mahama and President Sall in Abuja on Tuesday. President Tinubu hosted a dinner for President Barrow on Monday.', '2025-05-09'), {
    dates: [{ text: 'Tuesday', value: '2025-05-06' }, { text: 'Monday', value: '2025-05-05' }],
    entities: [P('Tinubu'), P('Mahama'), P('Sall'), city('Abuja'), P('Tinubu', ['President'], 1), P('Barrow')],
  });
  const c = ex(source('c', 'President Sall and President Mahama held talks at the State House in Abuja.', '2025-05-09'), {
    entities: [P('Sall'), P('Mahama'), venue('State House'), city('Abuja')],
  });
  const s = findSummit([a, b, c], none)!;
  it('participants: the leaders who are parties of meeting events, not a dinner guest, not a minister who speaks of it', () =>
    expect(s.participants).toEqual(['mahama', 'sall', 'tinubu']));
  it('places: the city; a venue named by one source beside it is the rival', () => {
    expect(s.places).toEqual(['abuja']);
    expect(s.evidence!.rivals.place?.id).toBe('state-house');
    expect(s.evidence!.rivals.place?.why).toMatch(/needs 2/);
  });
  it('a range given for a gathering of three leaders gives every day of it; the dinner’s day is none', () =>
    expect(s.dates).toEqual(['2025-05-06', '2025-05-07', '2025-05-08']));
  it('every choice carries its evidence and the rules that read it', () => {
    const ev = s.evidence!;
    expect(ev.participants.map((c) => c.id).sort()).toEqual(s.participants);
    for (const c of [...ev.participants, ...ev.places, ...ev.dates.filter((d) => d.support > 0)]) {
      expect(c.evidence.length).toBeGreaterThan(0);
      for (const w of c.evidence) expect(w.rule).toMatch(/trigger /);
    }
    expect(ev.rivals.date?.id).toBe('2025-05-05');
    expect(ev.rivals.participant?.id).toBe('okafor');
    expect(ev.rivals.participant?.why).toMatch(/no head-of-state/);
  });
  it('no event, no summit', () => expect(findSummit([ex(source('z', 'Nothing happened.'), {})], none)).toBeNull());
});

describe('bilateral meeting beside a wider summit', () => {
  const x = ex(source('a', 'The APEC summit runs from November 12 to 18. President Lee and President Obi met in Lima on Wednesday.', '2025-11-20'), {
    dates: [{ text: 'November 12 to 18', value: '2025-11-12/2025-11-18' }, { text: 'Wednesday', value: '2025-11-19' }],
    entities: [P('Lee'), P('Obi'), city('Lima')],
  });
  const y = ex(source('b', 'President Lee and President Obi held talks in Lima on Wednesday.', '2025-11-20'), {
    dates: [{ text: 'Wednesday', value: '2025-11-19' }],
    entities: [P('Lee'), P('Obi'), city('Lima')],
  });
  it('two leaders met on their own day, not on every day of the wider summit', () => expect(findSummit([x, y], none)!.dates).toEqual(['2025-11-19']));
});

describe('places', () => {
  const run = (...xs: Extraction[]) => findSummit(xs, none)!;
  it('a city-state named as the venue is the city', () => {
    const x = ex(source('a', 'President Ruto and President Museveni met in Singapore.'), { entities: [P('Ruto'), P('Museveni'), { text: 'Singapore', type: 'place', kind: 'country' }] });
    expect(run(x).places).toEqual(['singapore']);
  });
  it('a landmark the venue is near is not the place; a venue named alone is', () => {
    const x = ex(source('a', 'President Ruto and President Museveni met at the Grand Lodge near Entebbe.'), { entities: [P('Ruto'), P('Museveni'), venue('Grand Lodge'), city('Entebbe')] });
    expect(run(x).places).toEqual(['grand-lodge']);
  });
  it('a place only planned gives way to where the meeting happened', () => {
    const plan = ex(source('a', 'President Ruto is expected to meet President Museveni in Kampala.'), { entities: [P('Ruto'), P('Museveni'), city('Kampala')] });
    const plan2 = ex(source('b', 'President Ruto will meet President Museveni in Kampala.'), { entities: [P('Ruto'), P('Museveni'), city('Kampala')] });
    const done = ex(source('c', 'President Ruto met President Museveni in Jinja.'), { entities: [P('Ruto'), P('Museveni'), city('Jinja')] });
    const s = run(plan, plan2, done);
    expect(s.places).toEqual(['jinja']);
    expect(s.evidence!.rivals.place?.id).toBe('kampala');
    expect(s.evidence!.rivals.place?.why).toMatch(/planned or expected/);
  });
  it('a hypothetical meeting, an earlier one and a remote link name no place', () => {
    const x = ex(source('a', 'President Ruto met President Museveni in Jinja. They last met in Nairobi. They could meet in Arusha.'), {
      entities: [P('Ruto'), P('Museveni'), city('Jinja'), city('Nairobi'), city('Arusha')],
    });
    expect(run(x).places).toEqual(['jinja']);
  });
});

describe('days from a length', () => {
  const wrap = ex(source('a', 'The summit wrapped up in Vilnius on Wednesday with President Nauseda.'), {
    dates: [{ text: 'Wednesday', value: '2023-07-12' }],
    entities: [P('Nauseda'), city('Vilnius')],
  });
  const twoDay = ex(source('b', 'A two-day summit with President Nauseda began in Vilnius.'), {
    figures: [{ text: 'two-day', value: 2, unit: 'days', about: 'summit' }],
    entities: [P('Nauseda'), city('Vilnius')],
  });
  const twoDayVisit = ex(source('c', 'A two-day visit by President Nauseda began with talks in Vilnius.'), {
    figures: [{ text: 'two-day', value: 2, unit: 'days', about: 'visit' }],
    entities: [P('Nauseda'), city('Vilnius')],
  });
  it('"a two-day summit" and its closing day give both days', () => expect(findSummit([wrap, twoDay], none)!.dates).toEqual(['2023-07-11', '2023-07-12']));
  it('a summit that opens on one day and closes on another spans every day between', () => {
    const open = ex(source('d', 'The summit opened in Vilnius on Monday with President Nauseda.'), { dates: [{ text: 'Monday', value: '2023-07-10' }], entities: [P('Nauseda'), city('Vilnius')] });
    expect(findSummit([open, wrap], none)!.dates).toEqual(['2023-07-10', '2023-07-11', '2023-07-12']);
    // a closing day before the opening day spans nothing
    const late = ex(source('e', 'The summit opened in Vilnius on Friday with President Nauseda.'), { dates: [{ text: 'Friday', value: '2023-07-14' }], entities: [P('Nauseda'), city('Vilnius')] });
    expect(findSummit([late, wrap], none)!.dates).not.toContain('2023-07-13');
  });
  it('no length, or the length of something else, adds no day', () => {
    expect(findSummit([wrap], none)!.dates).toEqual(['2023-07-12']);
    expect(findSummit([wrap, twoDayVisit], none)!.dates).toEqual(['2023-07-12']);
  });
});

describe('heads of organizations and counterparts', () => {
  const run = (text: string, entities: Parameters<typeof extraction>[1]['entities']) => findSummit([ex(source('a', text), { entities })], none)!.participants;
  it('a head of an organization takes part when he chairs the summit, not when he only attends', () => {
    const es = [P('Stoltenberg', ['Secretary General']), P('Nauseda')];
    expect(run('Secretary General Stoltenberg chaired the summit with President Nauseda.', es)).toEqual(['nauseda', 'stoltenberg']);
    expect(run('Secretary General Stoltenberg attended the summit with President Nauseda.', es)).toEqual(['nauseda']);
  });
  it("a leader's counterpart is a leader; a minister's counterpart is not", () => {
    expect(run('President Erdogan and his Russian counterpart Putin will meet in Sochi.', [P('Erdogan'), P('Putin', ['Russian counterpart'])])).toEqual(['erdogan', 'putin']);
    expect(run('Foreign Minister Fidan met his Russian counterpart Lavrov. President Erdogan met President Aliyev.', [P('Fidan', ['Foreign Minister']), P('Lavrov', ['Russian counterpart']), P('Erdogan'), P('Aliyev')])).toEqual(['aliyev', 'erdogan']);
  });
});

describe('places of meetings with someone else', () => {
  it('a participant meeting a third person elsewhere names no place of the summit', () => {
    const a = ex(source('a', 'President Ruiz met President Novak in Lima on Monday.'), { entities: [P('Ruiz'), P('Novak'), city('Lima')] });
    const other = (id: string) => ex(source(id, 'President Ruiz met President Novak on Monday. Ruiz also met the author Ana Tello in Cusco.'), {
      entities: [P('Ruiz'), P('Novak'), P('Ruiz', ['President'], 1), P('Ana Tello', ['author']), city('Cusco')],
    });
    const s = findSummit([a, other('b'), other('c')], none)!;
    expect(s.participants).toEqual(['novak', 'ruiz']);
    expect(s.places).toEqual(['lima']);
  });
});

describe('leaders named by description', () => {
  const people = (xs: Array<[string, string[]]>) => xs.map(([name, titles]) => ({ name, titles }));
  it('a country is the one person whose leader title names it; a counterpart only where no leader title does', () => {
    const map = leadersByCountry(people([['Ana Ruiz', ['Chilean President']], ['Tomas Berg', ['Prime Minister of Sweden']], ['Lena Holm', ['Swedish counterpart']], ['Ivo Rask', ['Estonian counterpart']]]));
    expect(Object.fromEntries(map)).toEqual({ Chile: 'Ana Ruiz', Sweden: 'Tomas Berg', Estonia: 'Ivo Rask' });
    expect(titleCountry('Kenya\u2019s president')).toBe('Kenya');
    expect(titleCountry('French Foreign Minister')).toBeNull();
    expect(titleCountry('opposition leader')).toBeNull();
  });
  it('two leaders of one country (a president and a prime minister) leave its description unresolved', () => {
    expect(leadersByCountry(people([['A B', ['Peruvian President']], ['C D', ['Peruvian Prime Minister']]])).has('Peru')).toBe(false);
  });
  it('"the Chilean president" in one article and the named president in another make one meeting of two leaders', () => {
    const a = source('a', 'Chilean President Ana Ruiz met Swedish Prime Minister Tomas Berg in Santiago on Monday.', '2024-04-09');
    const b = source('b', 'The Chilean president met Tomas Berg in Santiago on Monday, officials said.', '2024-04-09');
    const xs = [a, b].map((s) => extractDoc(segment(s)));
    const entities = linkEntities(xs);
    const named = withLeadersNamed(xs, entities.people);
    expect(named[1]!.events.find((e) => e.trigger.text === 'met')!.parties.map((p) => [p.name, p.type])).toEqual([['Ana Ruiz', 'person'], ['Tomas Berg', 'person']]);
    expect(named[0]).toBe(xs[0]); // nothing described: shared, not copied
    const s = findSummit(named, entities)!;
    expect([s.participants, s.dates]).toEqual([['ana-ruiz', 'tomas-berg'], ['2024-04-08']]);
  });
});
