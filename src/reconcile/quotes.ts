// The same quote reported by several sources (identical or near-identical wording) is one Quote with all sources.
import { byPosition, cmp, uniqSorted } from '../core/spans.js';
import type { Entity, Extraction, Quote, QuoteMention } from '../core/types.js';
import type { LinkedEntities } from './entities.js';

/** Share of the shorter quote's words found in the longer one for two quotes to be one. */
export const SAME_QUOTE_CONTAINMENT = 0.8;
/** Quotes shorter than this must match word for word. */
const MIN_FUZZY_WORDS = 4;

const WORD_RE = /[\p{L}\p{N}]+/gu;

export function quoteWords(q: string): string[] {
  return (q.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().match(WORD_RE) ?? []) as string[];
}

/** Near-identical wording: most word bigrams of the shorter quote occur in the longer one. */
export function sameQuote(a: string, b: string): boolean {
  const x = quoteWords(a);
  const y = quoteWords(b);
  if (x.join(' ') === y.join(' ')) return true;
  const [small, large] = x.length <= y.length ? [x, y] : [y, x];
  if (small.length < MIN_FUZZY_WORDS) return false;
  const grams = new Set<string>();
  for (let i = 0; i + 1 < large.length; i++) grams.add(`${large[i]} ${large[i + 1]}`);
  let n = 0;
  for (let i = 0; i + 1 < small.length; i++) if (grams.has(`${small[i]} ${small[i + 1]}`)) n++;
  return n / Math.max(1, small.length - 1) >= SAME_QUOTE_CONTAINMENT;
}

/** The entity a speaker name stands for: by name or alias, else (people only) by surname. */
export function speakerId(name: string | null, entities: LinkedEntities): string | null {
  if (!name) return null;
  const n = name.toLowerCase();
  const all: Entity[] = [...entities.people, ...entities.organizations];
  const exact = all.find((e) => e.name.toLowerCase() === n || e.aliases.some((a) => a.toLowerCase() === n));
  if (exact) return exact.id;
  const last = n.split(/\s+/).at(-1)!;
  const bySurname = entities.people.filter((e) => e.name.toLowerCase().split(/\s+/).at(-1) === last);
  return bySurname.length === 1 ? bySurname[0]!.id : null;
}

export function groupQuotes(extractions: Extraction[], entities: LinkedEntities): Quote[] {
  const all: QuoteMention[] = extractions.flatMap((x) => x.quotes).sort((a, b) => byPosition(a.mention, b.mention));
  const ids = new Map(all.map((q) => [q, speakerId(q.speakerName, entities)]));
  const groups: QuoteMention[][] = [];
  for (const q of all) {
    const id = ids.get(q)!;
    const g = groups.find((g) => g.every((o) => sameQuote(o.quote, q.quote) && compatibleSpeakers(ids.get(o)!, id)));
    if (g) g.push(q);
    else groups.push([q]);
  }
  return groups.map((g) => {
    const votes = new Map<string, number>();
    for (const q of g) {
      const id = ids.get(q)!;
      if (id) votes.set(id, (votes.get(id) ?? 0) + 1);
    }
    const speaker = [...votes.entries()].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))[0]?.[0] ?? null;
    const mentions = g.flatMap((q) => [q.mention, ...q.parts]).sort(byPosition);
    return { speaker, text: g[0]!.quote, sources: uniqSorted(mentions.map((m) => m.source)), mentions };
  });
}

const compatibleSpeakers = (a: string | null, b: string | null) => a === null || b === null || a === b;
