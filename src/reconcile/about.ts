// What a figure measures: `about` phrases reduced to concepts, so that "trade", "trade volume" and
// "bilateral trade" speak of the same thing, and "talks" and "meeting" too. A small lexicon of synonyms,
// never per-article rules.
//
// Concepts come in two sorts: heads (the thing measured or counted: trade, countries, leaders, a meeting)
// and predicates (what happened to it: applied, invited, attended, a target). Two figures measure the same
// thing when they share a head (or, lacking heads, any concept) and their predicates, if both have some, meet.

/** Words that say nothing about what is measured. */
const GENERIC = [
  'a', 'an', 'the', 'of', 'in', 'on', 'at', 'for', 'to', 'by', 'from', 'with', 'and', 'or', 'its', 'their', 'his', 'her',
  'that', 'which', 'who', 'have', 'has', 'had', 'be', 'been', 'is', 'are', 'was', 'were', 'will', 'would', 'as', 'this',
  'these', 'those', 'between', 'among', 'over', 'than', 'more', 'about', 'some', 'other', 'new', 'already', 'formally',
  'number', 'volume', 'volumes', 'total', 'overall', 'amount', 'value', 'figure', 'level', 'annual', 'yearly', 'bilateral',
  'two', 'both', 'so', 'far', 'just', 'only', 'also', 'it', 'they', 'them', 'there', 'here', 'up', 'out', 'into',
  'along', 'aside', 'around', 'ago', 'each', 'per', 'via', 'after', 'before', 'since', 'than', 'then', 'while',
] as const;
const GENERIC_SET: ReadonlySet<string> = new Set(GENERIC);

/** Synonyms → the head concept they name. */
export const HEAD_CONCEPTS = {
  trade: 'trade', commerce: 'trade', turnover: 'trade', trading: 'trade',
  country: 'country', nation: 'country', state: 'country', economy: 'country',
  leader: 'leader', 'head-of-state': 'leader', president: 'leader', premier: 'leader',
  // leaders of business are no heads of state: "a delegation of 40 business leaders"
  executive: 'executive', businessman: 'executive', businessmen: 'executive', businesswoman: 'executive', businesspeople: 'executive',
  entrepreneur: 'executive', ceo: 'executive', 'business-leader': 'executive',
  // people counted as they take part: "600 delegates" counts delegates (who attend), not whoever else the sentence counts
  delegate: 'delegate', attendee: 'delegate', participant: 'delegate',
  meeting: 'meeting', talk: 'meeting', negotiation: 'meeting', discussion: 'meeting', conversation: 'meeting', 'one-on-one': 'one-on-one',
  summit: 'summit', forum: 'forum', conference: 'conference',
  trip: 'trip', travel: 'trip', visit: 'trip', journey: 'trip', tour: 'trip',
  initiative: 'initiative', age: 'age', old: 'age', anniversary: 'anniversary', 'in-person': 'in-person',
  export: 'export', import: 'import', cost: 'cost', price: 'cost', bill: 'cost', expense: 'cost', spending: 'cost', hosting: 'cost',
  journalist: 'journalist', reporter: 'journalist', correspondent: 'journalist', 'media-worker': 'journalist',
  handshake: 'handshake', missile: 'missile', rocket: 'missile', investment: 'investment', loan: 'loan', lending: 'loan', pipeline: 'pipeline',
  pledge: 'pledge', commitment: 'pledge',
  agreement: 'agreement', deal: 'agreement', accord: 'agreement', memorandum: 'agreement', memoranda: 'agreement', mou: 'agreement',
  document: 'agreement', protocol: 'agreement',
} as const;

/** Synonyms → the predicate concept they name. */
export const PREDICATE_CONCEPTS = {
  apply: 'apply', applied: 'apply', application: 'apply', applicant: 'apply', interest: 'apply',
  join: 'join', joining: 'join', joined: 'join', membership: 'join', expansion: 'join',
  invite: 'invite', invited: 'invite', invitation: 'invite',
  attend: 'attend', attended: 'attend', attending: 'attend', attendance: 'attend', convene: 'attend', participant: 'attend',
  represented: 'attend', representative: 'attend', delegate: 'attend', delegation: 'attend',
  target: 'target', goal: 'target', aim: 'target', objective: 'target',
  growth: 'growth', increase: 'growth', rise: 'growth', grew: 'growth', increased: 'growth',
  sign: 'sign', signed: 'sign', signing: 'sign',
  kill: 'kill', killed: 'kill', dead: 'kill', death: 'kill', died: 'kill', fatality: 'kill', casualty: 'kill',
  injure: 'injure', injured: 'injure', wounded: 'injure', arrest: 'arrest', arrested: 'arrest', detained: 'arrest',
} as const;

const IRREGULAR: Record<string, string> = { countries: 'country', economies: 'country', heads: 'head', talks: 'talk', people: 'person', series: 'series', species: 'species' };
const HEADS = HEAD_CONCEPTS as Record<string, string>;
const PREDS = PREDICATE_CONCEPTS as Record<string, string>;

function lemma(word: string): string {
  if (IRREGULAR[word]) return IRREGULAR[word]!;
  if (/ies$/.test(word) && word.length > 4) return word.slice(0, -3) + 'y';
  if (/(?:ss|us|is)$/.test(word)) return word;
  if (/s$/.test(word) && word.length > 3) return word.slice(0, -1);
  return word;
}

const WORD_RE = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

/** What a phrase speaks of: heads, predicates, and its other content words. */
export interface Concepts {
  heads: Set<string>;
  preds: Set<string>;
  words: Set<string>;
}

export function concepts(text: string | null): Concepts {
  const out: Concepts = { heads: new Set(), preds: new Set(), words: new Set() };
  if (!text) return out;
  const t = text.toLowerCase().replace(/heads? of (?:state|government)/g, 'head-of-state').replace(/in person/g, 'in-person')
    .replace(/\b(?:business|corporate|industry)\s+(?:leaders?|figures|people)\b/g, 'business-leader');
  for (const m of t.matchAll(WORD_RE)) {
    const w = m[0].replace(/['’]s$/, '');
    if (GENERIC_SET.has(w) || /^\d+$/.test(w)) continue;
    const l = lemma(w);
    if (GENERIC_SET.has(l)) continue;
    const head = HEADS[w] ?? HEADS[l];
    const pred = PREDS[w] ?? PREDS[l];
    if (head) out.heads.add(head);
    else if (pred) out.preds.add(pred);
    else out.words.add(l);
  }
  return out;
}

/** Add the heads and predicates of nearby words (the clause around a figure) to the concepts of its `about`. */
export function enrich(c: Concepts, nearby: Concepts): Concepts {
  return { heads: new Set([...c.heads, ...nearby.heads]), preds: new Set([...c.preds, ...nearby.preds]), words: c.words };
}

const meets = (a: Set<string>, b: Set<string>) => [...a].some((x) => b.has(x));

/** Do two figures measure the same thing? */
export function sameThing(a: Concepts, b: Concepts): boolean {
  if (a.preds.size && b.preds.size && !meets(a.preds, b.preds)) return false;
  if (a.heads.size && b.heads.size) return meets(a.heads, b.heads);
  return meets(a.heads, b.heads) || meets(a.preds, b.preds) || meets(a.words, b.words);
}

/** The same concepts exactly (for a source disagreeing with itself, the wording must name the very same thing). */
export function sameConcepts(a: Concepts, b: Concepts): boolean {
  const key = (c: Concepts) => [c.heads, c.preds, c.words].map((x) => [...x].sort().join(' ')).join('|');
  return key(a) === key(b);
}

export function aboutCompatible(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  return sameThing(concepts(a), concepts(b));
}
