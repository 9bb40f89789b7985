import { describe, expect, it } from 'vitest';
import type { Source } from '../core/types.js';
import { extractSource } from '../pipeline.js';
import { linkEntities, type LinkWork } from './entities.js';
import type { EntityMention, Extraction } from '../core/types.js';

const src = (id: string, text: string): Source => ({ id, path: `${id}.txt`, text, title: null, published: null, publishedFrom: null, warnings: [] });
const link = (...texts: string[]) => linkEntities(texts.map((t, i) => extractSource(src(`s${i}`, t))));

describe('linkEntities', () => {
  it('attaches a surname to the full name seen in another source, keeps titles apart', () => {
    const { people } = link('Chinese President Xi Jinping met the press.', 'The talks went well, Xi said. Xi’s speech followed.');
    expect(people).toHaveLength(1);
    expect(people[0]).toMatchObject({ id: 'xi-jinping', name: 'Xi Jinping', aliases: ['Xi'], titles: ['Chinese President'], sources: ['s0', 's1'] });
    for (const m of people[0]!.mentions) expect(m.text).toMatch(/^Xi( Jinping)?$/);
  });

  it('merges spellings and short forms of one name', () => {
    const { people } = link(
      'Luiz Inácio Lula da Silva, Brazil’s head of state, landed. Russian Foreign Minister Sergei Lavrov stayed home.',
      "Brazil's president Lula da Silva spoke, and Brazilian President Lula de Silva listened. Russia's foreign minister Sergey Lavrov agreed.",
    );
    const lula = people.find((p) => p.id === 'luiz-inacio-lula-da-silva')!;
    expect(lula.aliases).toEqual(['Lula da Silva', 'Lula de Silva']);
    const lavrov = people.filter((p) => p.name.endsWith('Lavrov'));
    expect(lavrov).toHaveLength(1);
    expect(lavrov[0]!.aliases).toHaveLength(1);
  });

  it('does not merge two people who share a surname', () => {
    const { people } = link('Chinese Foreign Minister Wang Yi met Chinese Commerce Minister Wang Wentao. Wang said the talks went well.');
    expect(people.map((p) => p.name).sort()).toEqual(['Wang Wentao', 'Wang Yi']);
    for (const p of people) expect(p.aliases).toEqual([]);
  });

  it('merges an acronym with its expansion across sources', () => {
    const { organizations } = link('The International Criminal Court issued a warrant.', 'China is not an ICC member.', 'The Observer Research Foundation, a think tank, agreed.', 'The ORF said so.');
    const icc = organizations.find((o) => o.id === 'international-criminal-court')!;
    expect(icc.aliases).toEqual(['ICC']);
    expect(icc.sources).toEqual(['s0', 's1']);
    const orf = organizations.find((o) => o.name === 'Observer Research Foundation')!;
    expect(orf.aliases).toEqual(['ORF']);
  });

  it('keeps no case-only variants, types places, and orders by mentions then id', () => {
    const { organizations, places } = link('BRICS met in Johannesburg, South Africa.', 'The Brics summit was in Johannesburg. Leaders flew to Johannesburg.');
    expect(organizations.find((o) => o.id === 'brics')!.aliases).toEqual([]);
    expect(places.map((p) => [p.id, p.kind, p.mentions.length])).toEqual([['johannesburg', 'city', 3], ['south-africa', 'country', 1]]);
  });

  it('keeps possessives and punctuation from making new entities', () => {
    const { people, places } = link('Russian President Vladimir Putin arrived. Putin’s visit to China’s capital, and Putin, were news.');
    expect(people.map((p) => p.name)).toEqual(['Vladimir Putin']);
    expect(places.map((p) => p.name)).toEqual(['China']);
  });
});

describe('linkEntities: variants, suffixes and venues', () => {
  it('merges writings of one name that differ in hyphens, spaces and case', () => {
    const { people } = link('Pyongyang’s ruler Kim Jong Un came by armoured train.', 'Pyongyang’s ruler Kim Jong-un met the press.');
    expect(people.map((p) => [p.name, p.aliases])).toEqual([['Kim Jong Un', ['Kim Jong-un']]]);
  });

  it('gives a shared surname to the person named most, when that one was also named last', () => {
    const { people } = link('Putin and Kim Tour a Plant\n\nThe ruler of Pyongyang, Chairman Kim Jong Un, came with his sister Kim Yo Jong. Chairman Kim Jong Un talked with the Russian President, Vladimir Putin. Putin showed Kim around.');
    const kim = people.find((p) => p.name === 'Kim Jong Un')!;
    expect(kim.aliases).toEqual(['Kim']);
    expect(kim.mentions.filter((m) => m.text === 'Kim')).toHaveLength(2);
    expect(people.find((p) => p.name === 'Kim Yo Jong')!.aliases).toEqual([]);
  });

  it('does not give the surname to the more salient person when the other was named last', () => {
    const { people } = link('Chairman Kim Jong Un greeted Putin. Chairman Kim Jong Un spoke. His sister, the official Kim Yo Jong, listened. Kim said nothing.');
    for (const p of people) expect(p.aliases).toEqual([]);
  });

  it('joins a region or an agency named with and without its generic suffix', () => {
    const { places, organizations } = link('They met in the far eastern Amur.', 'Putin flew to the Amur Region. The Moscow Region is not Moscow.', 'Russia’s state-run TASS News Agency said so.', 'TASS reported it.');
    const amur = places.find((p) => p.name.startsWith('Amur'))!;
    expect([amur.name, ...amur.aliases].sort()).toEqual(['Amur', 'Amur Region']);
    expect(places.filter((p) => p.name.startsWith('Moscow')).map((p) => p.name).sort()).toEqual(['Moscow', 'Moscow Region']);
    expect(organizations.find((o) => o.name === 'TASS')!.aliases).toEqual(['TASS News Agency']);
  });

  it('joins a venue named with a lower-case venue word to the venue of the same proper name', () => {
    const { places } = link('Kim toured the Vostochny Cosmodrome.', 'Putin met Kim at the Vostochny spaceport.', 'They landed at the Moscow airport and stayed at the Moscow Hotel in Moscow.');
    expect(places.find((p) => p.name === 'Vostochny Cosmodrome')!.aliases).toEqual(['Vostochny spaceport']);
    expect(places.some((p) => p.name === 'Moscow Hotel')).toBe(true);
  });

  it('joins spellings of one transliterated name, single names included, and keeps relatives of one family name apart', () => {
    const { people } = link(
      'Ukrainian President Volodymyr Zelenskiy toured a tank plant. Libyan leader Muammar Gadhafi was recalled.',
      'Officials said Zelensky wanted more shells; historians said Qaddafi had ruled for decades.',
      'Treasury Secretary Mike Mnuchin met Kim Yo Jong and her brother Kim Jong-un.',
      'Treasury Secretary Michael Mnuchin met Chairman Kim Jong Un.',
    );
    const named = (n: string) => people.filter((p) => [p.name, ...p.aliases].includes(n));
    expect(named('Zelensky')).toEqual(named('Volodymyr Zelenskiy'));
    expect(named('Qaddafi')).toEqual(named('Muammar Gadhafi'));
    expect(named('Mike Mnuchin')).toEqual(named('Michael Mnuchin'));
    expect(named('Kim Jong-un')).toEqual(named('Kim Jong Un'));
    expect(named('Kim Yo Jong')).not.toEqual(named('Kim Jong Un'));
    for (const n of ['Zelensky', 'Qaddafi', 'Mike Mnuchin', 'Kim Yo Jong', 'Kim Jong Un']) expect(named(n)).toHaveLength(1);
  });

  it('joins one venue named differently across sources by its distinctive first word, and a misspelling of it', () => {
    const { places } = link(
      'The envoys lunched at the Brookmere estate. Later the envoys met at the Brookmere estate again.',
      'Lee hosted Ruto at Brookmere Estate.',
      'Lee showed Ruto round the Brookmere Manor House and Gardens.',
      'A photo shows Lee and Ruto at the Brookmre Estate.',
    );
    const venue = places.find((p) => p.name.startsWith('Brookmere'))!;
    expect([venue.name, ...venue.aliases].sort()).toEqual(['Brookmere Estate', 'Brookmere Manor House and Gardens', 'Brookmre Estate'].sort());
    expect(places.filter((p) => /^Brookm/.test(p.name))).toHaveLength(1);
  });

  it('joins the venue a photo caption gives for the article\'s meeting to the venue of the text, not an archive photo\'s', () => {
    // 4 March 2025 is a Tuesday: the caption dates the meeting on the publication day
    const dated = (id: string, text: string): Source => ({ ...src(id, text), published: '2025-03-04' });
    const { places } = linkEntities([
      extractSource(dated('a', 'Presidents William Ruto and Lee Jae-myung meet at the Marlowe Lodge on 3/4/2025. (Photo: State House)\n\n'
        + 'Kenyan President William Ruto met South Korean President Lee Jae-myung at the Harwick Manor House near Nakuru on Tuesday.')),
      extractSource(dated('b', 'Presidents William Ruto and Lee Jae-myung meet at the Ivory Pavilion on 2/11/2024. (Photo: State House)\n\n'
        + 'Kenyan President William Ruto met South Korean President Lee Jae-myung at the Savoy Grand Hotel in Nairobi on Tuesday. '
        + 'Ruto and Lee had met at the Coral Bay Resort in Mombasa last year.')),
    ]);
    expect(places.find((p) => p.name === 'Harwick Manor House')!.aliases).toEqual(['Marlowe Lodge']);
    for (const n of ['Ivory Pavilion', 'Savoy Grand Hotel', 'Coral Bay Resort']) expect(places.find((p) => p.name === n)?.aliases).toEqual([]);
  });

  it('keeps venues apart that share only a generic word, a place name or a person\'s name', () => {
    const { places } = link(
      'Delegates stayed at the Grand Meridian Hotel and dined at the Grand Lotus Palace.',
      'Donald Trump spoke at Trump Tower, then golfed at Trump Turnberry Resort.',
      'They landed at Oslo Airport and slept at the Oslo Harbour Hotel in Oslo.',
    );
    const names = places.map((p) => p.name);
    for (const n of ['Grand Meridian Hotel', 'Grand Lotus Palace', 'Trump Tower', 'Trump Turnberry Resort', 'Oslo Airport', 'Oslo Harbour Hotel']) expect(names).toContain(n);
  });
});

describe('linkEntities: work grows with the input, not its square', () => {
  // made-up names (letters from a number), so no lexicon knows them: k sources, each naming three people in full
  // and by surname, two of a shared surname, one surname that every source gives to another person, a place, an
  // organization and its acronym
  // one syllable per base-14 digit, consonant + "a": no doubled letters, vowel pairs or endings that spelling keys fold
  const SYLLABLES = ['ba', 'ca', 'da', 'fa', 'la', 'ma', 'na', 'pa', 'ra', 'sa', 'ta', 'va', 'wa', 'za'];
  const word = (n: number, stem: string) => stem + [...n.toString(14)].map((c) => SYLLABLES[parseInt(c, 14)]).join('');
  const mention = (source: string, start: number, type: EntityMention['type'], name: string, extra: Partial<EntityMention> = {}): EntityMention => ({
    type, name, titles: [], rule: 'test', sentence: 0, context: null, mention: { source, start, end: start + name.length, text: name }, ...extra,
  });
  const corpus = (k: number): Array<Pick<Extraction, 'entities'>> =>
    Array.from({ length: k }, (_, i) => {
      const s = `s${i}`;
      const sur = word(i, 'Sur');
      const org = `${word(i, 'Alpha')} Bureau Council`;
      return {
        entities: [
          mention(s, 0, 'person', `${word(i, 'Giv')} ${sur}`),
          mention(s, 20, 'person', `${word(i + 1, 'Giv')} ${word(i + 1, 'Sur')}`),
          mention(s, 40, 'person', `Ana ${word(i % 7, 'Common')}`),
          mention(s, 60, 'person', sur),
          mention(s, 80, 'place', `${word(i, 'Port')} Region`, { kind: 'region' }),
          mention(s, 100, 'place', word(i, 'Port'), { kind: 'region' }),
          mention(s, 120, 'organization', org),
          mention(s, 160, 'organization', 'ABC'),
          // a surname every source gives to someone else, and said alone: the source's own holder, found by index
          // (each given name twice the digits, so two of them are never one letter apart: no spelling variant)
          mention(s, 200, 'person', `${word(i, 'Oth')}${word(i, 'ke')} Kessarine`),
          mention(s, 240, 'person', 'Kessarine'),
        ],
      };
    });
  it('4× the sources cost at most 4.5× the work', () => {
    const small: LinkWork = { count: 0 };
    const large: LinkWork = { count: 0 };
    const a = linkEntities(corpus(500), small);
    const b = linkEntities(corpus(2000), large);
    expect(a.people.length).toBeGreaterThan(500);
    expect(b.people.length).toBeGreaterThan(2000);
    expect(b.places.find((p) => p.name === `${word(3, 'Port')} Region`)?.aliases).toEqual([word(3, 'Port')]);
    expect(large.count / small.count).toBeLessThanOrEqual(4.5);
  });

  it('gives an entity the id of its name, whatever the other sources', () => {
    const x = corpus(30);
    const ids = (xs: typeof x) => new Map(linkEntities(xs).people.map((p) => [p.id, p.name]));
    const before = ids(x);
    const after = ids([{ entities: [mention('a0', 0, 'person', `${word(5, 'Giv')} ${word(5, 'Sur')}`)] }, ...x]);
    for (const [id, name] of before) expect(after.get(id)).toBe(name);
  });
});
