// Figures and dates from several sentences and sources → facts with status agreed / conflict / single.
// Near-duplicate sources (wire reprints) count as one source for agreement.
import { slug, uniqueId } from '../core/ids.js';
import { byPosition } from '../core/spans.js';
import type { Extraction, Fact } from '../core/types.js';
import { dateFacts } from './dateFacts.js';
import { representatives } from './duplicates.js';
import type { LinkedEntities } from './entities.js';
import { indexEntities } from './entityIndex.js';
import { firstMention } from './factkit.js';
import { figureFacts } from './figureFacts.js';

export function reconcileFacts(extractions: Extraction[], entities: LinkedEntities, duplicates: string[][] = []): Fact[] {
  const reps = representatives(duplicates);
  const drafts = [
    ...figureFacts(extractions, reps),
    ...dateFacts(extractions, indexEntities(entities), reps),
  ];
  const sorted = drafts
    .filter((d) => d.values.length)
    .map((d) => ({ d, first: firstMention(d) }))
    .sort((a, b) => byPosition(a.first, b.first) || (a.d.claim < b.d.claim ? -1 : a.d.claim > b.d.claim ? 1 : 0) || statusRank(a.d) - statusRank(b.d));
  const taken = new Set<string>();
  return sorted.map(({ d }) => {
    const base = slug(`${d.status === 'conflict' ? 'conflict ' : ''}${d.claim}`).slice(0, 60).replace(/-+$/, '');
    const note = d.note || defaultNote(d);
    return { id: uniqueId(base, taken), ...d, note };
  });
}

function statusRank(d: Omit<Fact, 'id'>): number {
  return d.status === 'conflict' ? 0 : d.status === 'agreed' ? 1 : 2;
}

function defaultNote(d: Omit<Fact, 'id'>): string {
  const sources = [...new Set(d.values.flatMap((v) => v.sources))];
  if (d.status === 'agreed') return `${sources.join(', ')} give compatible values.`;
  return `only ${sources[0]} gives it.`;
}
