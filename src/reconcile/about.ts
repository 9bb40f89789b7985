// What a figure measures: `about` phrases reduced to concepts, so that "trade", "trade volume" and
// "bilateral trade" speak of the same thing, and "talks" and "meeting" too. A small lexicon of synonyms,
// never per-article rules.

/** Words that say nothing about what is measured. */
const GENERIC = [
  'a', 'an', 'the', 'of', 'in', 'on', 'at', 'for', 'to', 'by', 'from', 'with', 'and', 'or', 'its', 'their', 'his', 'her',
  'that', 'which', 'who', 'have', 'has', 'had', 'be', 'been', 'is', 'are', 'was', 'were', 'will', 'would', 'as', 'this',
  'these', 'those', 'between', 'among', 'over', 'than', 'more', 'about', 'some', 'other', 'new', 'already', 'formally',
  'number', 'volume', 'volumes', 'total', 'overall', 'amount', 'value', 'figure', 'level', 'annual', 'yearly', 'bilateral',
  'two', 'both', 'so', 'far', 'just', 'only', 'also', 'it', 'they', 'them', 'there', 'here', 'up', 'out', 'into',
] as const;
const GENERIC_SET: ReadonlySet<string> = new Set(GENERIC);

/** Synonyms → one concept. Keys are lower-case word forms (after the plural is dropped). */
export const CONCEPTS = {
  trade: 'trade', commerce: 'trade', turnover: 'trade', exchange: 'trade', trading: 'trade',
  country: 'country', nation: 'country', state: 'country', economy: 'country', member: 'country',
  leader: 'leader', head: 'leader', president: 'leader', 'head-of-state': 'leader', premier: 'leader',
  meeting: 'meeting', meet: 'meeting', talk: 'meeting', negotiation: 'meeting', discussion: 'meeting', session: 'meeting',
  conversation: 'meeting', 'one-on-one': 'meeting',
  summit: 'summit', forum: 'forum', conference: 'conference',
  trip: 'trip', travel: 'trip', visit: 'trip', journey: 'trip', tour: 'trip',
  initiative: 'initiative', project: 'initiative', plan: 'initiative', programme: 'initiative', program: 'initiative',
  age: 'age', old: 'age', anniversary: 'anniversary',
  apply: 'apply', applied: 'apply', application: 'apply', applicant: 'apply', interest: 'apply', join: 'join',
  joining: 'join', membership: 'join', expansion: 'join', invited: 'invite', invite: 'invite', invitation: 'invite',
  attend: 'attend', attended: 'attend', attending: 'attend', attendance: 'attend', convene: 'attend', participant: 'attend',
  represented: 'attend', representative: 'attend', delegate: 'attend', delegation: 'attend',
  target: 'target', goal: 'target', aim: 'target', objective: 'target',
  growth: 'growth', increase: 'growth', rise: 'growth', grew: 'growth', increased: 'growth',
  export: 'export', exports: 'export', import: 'import', imports: 'import',
  investment: 'investment', loan: 'loan', lending: 'loan', 'in-person': 'in-person', person: 'in-person',
} as const;

const IRREGULAR: Record<string, string> = { countries: 'country', economies: 'country', heads: 'head', talks: 'talk', people: 'person' };

function lemma(word: string): string {
  if (IRREGULAR[word]) return IRREGULAR[word]!;
  if (/ies$/.test(word) && word.length > 4) return word.slice(0, -3) + 'y';
  if (/(?:ss|us|is)$/.test(word)) return word;
  if (/s$/.test(word) && word.length > 3) return word.slice(0, -1);
  return word;
}

const WORD_RE = /[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*/gu;

/** The concepts an `about` phrase names: content words, lemmatised, synonyms folded. */
export function concepts(about: string | null): string[] {
  if (!about) return [];
  const out = new Set<string>();
  const text = about.toLowerCase().replace(/heads? of (?:state|government)/g, 'head-of-state');
  for (const m of text.matchAll(WORD_RE)) {
    const w = m[0];
    if (GENERIC_SET.has(w)) continue;
    if (/^\d+$/.test(w)) continue;
    const l = lemma(w);
    if (GENERIC_SET.has(l)) continue;
    const c = (CONCEPTS as Record<string, string>)[w] ?? (CONCEPTS as Record<string, string>)[l] ?? l;
    out.add(c);
    // "China-Russia" names both
    if (c.includes('-') && !(w in CONCEPTS)) for (const part of c.split('-')) if (part.length > 2) out.add(part);
  }
  return [...out];
}

/** Concepts that name the measured thing itself (trade, countries, a meeting), not a qualifier. */
const HEADS: ReadonlySet<string> = new Set(Object.values(CONCEPTS));

/**
 * How much two `about` phrases speak of the same thing, 0..1: shared concepts over the smaller set, and 0 when
 * both name a measured thing (trade, country, meeting …) and none of those is shared.
 */
export function aboutSimilarity(a: string | null, b: string | null): number {
  const x = concepts(a);
  const y = concepts(b);
  if (!x.length || !y.length) return 0;
  const ys = new Set(y);
  const shared = x.filter((c) => ys.has(c));
  if (!shared.length) return 0;
  const hx = x.filter((c) => HEADS.has(c));
  const hy = y.filter((c) => HEADS.has(c));
  if (hx.length && hy.length && !hx.some((c) => hy.includes(c))) return 0;
  // heads on both sides that the other lacks: different predicates ("countries that applied" vs "countries invited")
  const lonelyX = hx.filter((c) => !ys.has(c) && PREDICATES.has(c));
  const lonelyY = hy.filter((c) => !x.includes(c) && PREDICATES.has(c));
  if (lonelyX.length && lonelyY.length) return 0;
  return shared.length / Math.min(x.length, y.length);
}

/** Concepts that say what happened to the thing counted: two different ones mean two different counts. */
const PREDICATES: ReadonlySet<string> = new Set(['apply', 'join', 'invite', 'attend', 'target', 'growth', 'export', 'import']);

export const ABOUT_THRESHOLD = 0.5;

export function aboutCompatible(a: string | null, b: string | null): boolean {
  return aboutSimilarity(a, b) >= ABOUT_THRESHOLD;
}
