// Figures and dates from several sentences and sources → facts with status agreed / conflict / single.
// Near-duplicate sources (wire reprints) count as one source for agreement.
//
// A fact's id is its claim's identity (measure, subject, period, standing; for dates the event and day), never its
// status, the order of files or which source sorts first: adding an article adds values, it never changes what an
// id denotes. Two identities with the same words get a suffix hashed from the identity.
import { createHash } from 'node:crypto';
import { slug } from '../core/ids.js';
import { byPosition } from '../core/spans.js';
import type { Extraction, Fact } from '../core/types.js';
import { eventDateFacts } from './claims/event-claims.js';
import { independentSources, representatives } from './duplicates.js';
import type { LinkedEntities } from './entities.js';
import { firstMention } from './factkit.js';
import { figureFacts } from './figureFacts.js';

type Draft = Omit<Fact, 'id'> & { key: string };

const shortHash = (s: string) => createHash('sha1').update(s).digest('hex').slice(0, 6);

/**
 * Ids from the claims' words; where two identities share the words, each gets a hash of its identity. Where the
 * same-claim rules split one identity into several facts (two death tolls of one war in two places), each takes
 * its smallest value as well; a numeric suffix is the last resort, so ids are always unique.
 */
export function factIds(drafts: Draft[]): string[] {
  const base = drafts.map((d) => slug(d.claim).slice(0, 60).replace(/-+$/, ''));
  const keysBy = new Map<string, Set<string>>();
  const sameIdentity = new Map<string, number>(); // drafts per (words, identity)
  const pairKey = (i: number) => `${base[i]}\u0000${drafts[i]!.key}`;
  base.forEach((b, i) => {
    (keysBy.get(b) ?? keysBy.set(b, new Set()).get(b)!).add(drafts[i]!.key);
    sameIdentity.set(pairKey(i), (sameIdentity.get(pairKey(i)) ?? 0) + 1);
  });
  const taken = new Set<string>();
  return base.map((b, i) => {
    const d = drafts[i]!;
    let id = keysBy.get(b)!.size > 1 ? `${b}-${shortHash(d.key)}` : b;
    if (sameIdentity.get(pairKey(i))! > 1) id = `${id}-${slug(String(smallestValue(d)))}`;
    for (let n = 2; taken.has(id); n++) id = id.replace(/(?:-v\d+)?$/, `-v${n}`);
    taken.add(id);
    return id;
  });
}

/** The smallest value of a fact (numbers before dates and words), for telling apart facts of one identity. */
function smallestValue(d: Draft): number | string {
  const xs = d.values.map((v) => v.value);
  const nums = xs.filter((x): x is number => typeof x === 'number');
  return nums.length ? Math.min(...nums) : [...xs].map(String).sort()[0] ?? '';
}

export function reconcileFacts(extractions: Extraction[], entities: LinkedEntities, duplicates: string[][] = []): Fact[] {
  const reps = representatives(duplicates);
  const drafts = [
    ...figureFacts(extractions, reps, entities),
    ...eventDateFacts(extractions, reps, entities),
  ].filter((d) => d.values.length);
  const ids = factIds(drafts);
  return drafts
    .map((d, i) => ({ d, id: ids[i]!, first: firstMention(d) }))
    .sort((a, b) => byPosition(a.first, b.first) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map(({ d, id }) => {
      const { key: _key, ...rest } = d;
      const values = rest.values.map((v) => ({ ...v, independentSources: independentSources(v.sources, reps) }));
      return { id, ...rest, values, note: d.note || defaultNote(d) };
    });
}


function defaultNote(d: Omit<Fact, 'id'>): string {
  const sources = [...new Set(d.values.flatMap((v) => v.sources))];
  if (d.status === 'agreed') return `${sources.join(', ')} give compatible values.`;
  return `only ${sources[0]} gives it.`;
}
