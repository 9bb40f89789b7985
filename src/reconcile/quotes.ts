// The same quote reported by several sources (identical or near-identical wording) is one Quote with all sources.
import { byPosition, cmp, uniqSorted } from '../core/spans.js';
import type { Entity, Extraction, Quote, QuoteMention } from '../core/types.js';
import type { LinkedEntities } from './entities.js';
import { describedSpeakers } from './quoteSpeakers.js';
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

interface SpeakerIndex {
  /** folded name or alias → the first entity (people, then organizations) that has it */
  byName: Map<string, string>;
  /** folded surname → people ids */
  bySurname: Map<string, string[]>;
}

/** Names and surnames looked up by key, built once per run (groupQuotes): quotes × entities never meet pairwise. */
export function speakerIndex(entities: LinkedEntities): SpeakerIndex {
  const ix: SpeakerIndex = { byName: new Map(), bySurname: new Map() };
  for (const e of [...entities.people, ...entities.organizations]) {
    for (const n of [e.name, ...e.aliases]) {
      const k = folded(n);
      if (!ix.byName.has(k)) ix.byName.set(k, e.id);
    }
  }
  for (const e of entities.people) {
    const last = folded(e.name).split(/\s+/).at(-1)!;
    const list = ix.bySurname.get(last);
    if (list) list.push(e.id);
    else ix.bySurname.set(last, [e.id]);
  }
  return ix;
}

/** The entity a speaker name stands for: by name or alias, else (people only) by surname. */
export function speakerId(name: string | null, entities: LinkedEntities, ix: SpeakerIndex = speakerIndex(entities)): string | null {
  if (!name) return null;
  const n = folded(name);
  const exact = ix.byName.get(n);
  if (exact) return exact;
  const bySurname = ix.bySurname.get(n.split(/\s+/).at(-1)!) ?? [];
  return bySurname.length === 1 ? bySurname[0]! : null;
}

/** A bigram found in more quote groups than this is too common to propose candidates. */
const COMMON_GRAM_GROUPS = 48;

/** Counts candidate groups compared, for tests that check the grouping stays linear. */
export interface QuoteWork { count: number }

export function groupQuotes(extractions: Extraction[], entities: LinkedEntities, work?: QuoteWork): Quote[] {
  const all: QuoteMention[] = extractions.flatMap((x) => x.quotes).sort((a, b) => byPosition(a.mention, b.mention));
  const names = speakerIndex(entities);
  const described = describedSpeakers(entities, work);
  const ids = new Map(all.map((q) => [q, speakerId(q.speakerName, entities, names) ?? described(q)]));
  const words = new Map(all.map((q) => [q, wording(q.quote)]));
  const groups: QuoteMention[][] = [];
  // per group, what joining it is checked against: its distinct wordings (reprints repeat one wording, which is
  // compared once, not once per copy) and the speakers its quotes name
  const wordingsOf: Array<Map<string, Wording>> = [];
  const speakersOf: Array<Set<string>> = [];
  // candidate groups by key: the same words, or (fuzzy) a shared word bigram, which near-identical wording needs
  const byKey = new Map<string, number[]>();
  const byGram = new Map<string, number[]>();
  const index = (map: Map<string, number[]>, k: string, g: number) => {
    const list = map.get(k);
    if (!list) map.set(k, [g]);
    else if (list.at(-1) !== g) list.push(g);
  };
  for (const q of all) {
    const id = ids.get(q)!;
    const w = words.get(q)!;
    const near = new Set<number>(byKey.get(w.key) ?? []);
    // a bigram that many groups share ("of the", "we will") tells nothing: skipping it keeps the look-up linear in
    // the input; near-identical wording of MIN_FUZZY_WORDS words or more shares rarer bigrams as well
    if (w.words.length >= MIN_FUZZY_WORDS) {
      for (const gram of w.grams) {
        const list = byGram.get(gram);
        if (list && list.length <= COMMON_GRAM_GROUPS) for (const g of list) near.add(g);
      }
    }
    let found = -1;
    if (work) work.count += near.size;
    for (const g of [...near].sort((a, b) => a - b)) {
      if (work) work.count += wordingsOf[g]!.size;
      if (fitsSpeakers(speakersOf[g]!, id) && [...wordingsOf[g]!.values()].every((o) => sameWording(o, w))) { found = g; break; }
    }
    if (found < 0) {
      found = groups.length;
      groups.push([]);
      wordingsOf.push(new Map());
      speakersOf.push(new Set());
    }
    groups[found]!.push(q);
    wordingsOf[found]!.set(w.key, w);
    if (id !== null) speakersOf[found]!.add(id);
    index(byKey, w.key, found);
    for (const gram of w.grams) index(byGram, gram, found);
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

/** A quote whose speaker is `id` may join a group whose quotes name `speakers`: no speaker on either side, or the same one. */
const fitsSpeakers = (speakers: ReadonlySet<string>, id: string | null) => id === null || speakers.size === 0 || (speakers.size === 1 && speakers.has(id));
