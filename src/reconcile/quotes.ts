// The same quote reported by several sources (identical or near-identical wording) is one Quote with all sources.
import { byPosition, cmp, uniqSorted } from '../core/spans.js';
import type { Entity, Extraction, Quote, QuoteMention } from '../core/types.js';
import type { LinkedEntities } from './entities.js';
import { describedSpeaker } from './quoteSpeakers.js';
import { fold } from '../core/text.js';

/** Share of the shorter quote's words found in the longer one for two quotes to be one. */
export const SAME_QUOTE_CONTAINMENT = 0.8;
/** Quotes shorter than this must match word for word. */
const MIN_FUZZY_WORDS = 4;

const WORD_RE = /[\p{L}\p{N}]+/gu;

export function quoteWords(q: string): string[] {
  return (fold(q).match(WORD_RE) ?? []) as string[];
}

interface Wording {
  key: string;
  words: string[];
  grams: Set<string>;
}

function wording(q: string): Wording {
  const words = quoteWords(q);
  const grams = new Set<string>();
  for (let i = 0; i + 1 < words.length; i++) grams.add(`${words[i]} ${words[i + 1]}`);
  return { key: words.join(' '), words, grams };
}

function sameWording(x: Wording, y: Wording): boolean {
  if (x.key === y.key) return true;
  const [small, large] = x.words.length <= y.words.length ? [x, y] : [y, x];
  if (small.words.length < MIN_FUZZY_WORDS) return false;
  let n = 0;
  for (const g of small.grams) if (large.grams.has(g)) n++;
  return n / Math.max(1, small.grams.size) >= SAME_QUOTE_CONTAINMENT;
}

/** Near-identical wording: most word bigrams of the shorter quote occur in the longer one. */
export function sameQuote(a: string, b: string): boolean {
  return sameWording(wording(a), wording(b));
}

/** Lower case without diacritics: "Erdoğan" and "Erdogan" are one name. */
const folded = fold;

/** The entity a speaker name stands for: by name or alias, else (people only) by surname. */
export function speakerId(name: string | null, entities: LinkedEntities): string | null {
  if (!name) return null;
  const n = folded(name);
  const all: Entity[] = [...entities.people, ...entities.organizations];
  const exact = all.find((e) => folded(e.name) === n || e.aliases.some((a) => folded(a) === n));
  if (exact) return exact.id;
  const last = n.split(/\s+/).at(-1)!;
  const bySurname = entities.people.filter((e) => folded(e.name).split(/\s+/).at(-1) === last);
  return bySurname.length === 1 ? bySurname[0]!.id : null;
}

export function groupQuotes(extractions: Extraction[], entities: LinkedEntities): Quote[] {
  const all: QuoteMention[] = extractions.flatMap((x) => x.quotes).sort((a, b) => byPosition(a.mention, b.mention));
  const from = new Map(extractions.flatMap((x) => x.quotes.map((q) => [q, x] as const)));
  const ids = new Map(all.map((q) => [q, speakerId(q.speakerName, entities) ?? describedSpeaker(from.get(q)!, q, entities)]));
  const words = new Map(all.map((q) => [q, wording(q.quote)]));
  const groups: QuoteMention[][] = [];
  for (const q of all) {
    const id = ids.get(q)!;
    const g = groups.find((g) => g.every((o) => sameWording(words.get(o)!, words.get(q)!) && compatibleSpeakers(ids.get(o)!, id)));
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
