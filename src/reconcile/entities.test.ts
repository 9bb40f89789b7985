import { describe, expect, it } from 'vitest';
import type { Source } from '../core/types.js';
import { extractSource } from '../pipeline.js';
import { linkEntities } from './entities.js';

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
      'Brazilian President Luiz Inácio Lula da Silva arrived. Russian Foreign Minister Sergei Lavrov stayed home.',
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
