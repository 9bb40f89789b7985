// Word classes the figure rules lean on: function words that end a noun phrase, plural nouns, anaphoric heads.

/** Words that never sit inside a noun phrase: they end one. */
export const STOP = new Set([
  'the', 'a', 'an', 'of', 'and', 'or', 'but', 'nor', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'into', 'onto',
  'over', 'under', 'between', 'among', 'across', 'through', 'during', 'since', 'until', 'after', 'before', 'about',
  'around', 'than', 'as', 'like', 'per', 'via', 'within', 'without', 'towards', 'toward', 'against', 'outside', 'inside',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'can',
  'could', 'shall', 'should', 'may', 'might', 'must', 'that', 'which', 'who', 'whom', 'whose', 'where', 'when', 'while',
  'if', 'because', 'so', 'not', 'no', 'this', 'these', 'those', 'it', 'its', 'they', 'them', 'their', 'he', 'she',
  'his', 'her', 'we', 'our', 'you', 'your', 'i', 'my', 'there', 'here', 'also', 'only', 'just', 'even', 'still', 'yet',
  'then', 'now', 'each', 'every', 'all', 'both', 'some', 'any', 'such', 'what', 'how', 'why', 'up', 'down', 'out',
  'off', 'ago', 'earlier', 'later', 'again', 'already', 'too', 'very', 'said', 'says', 'say', 'according', 'including',
  'times', 'time', 'percent', 'per cent', 'cent', 'more', 'less', 'most', 'least', 'last', 'next',
]);

/** Plural nouns that do not end in -s. */
export const IRREGULAR_PLURALS = new Set([
  'people', 'men', 'women', 'children', 'police', 'personnel', 'staff', 'cattle', 'livestock', 'feet', 'teeth', 'mice',
  'geese', 'data', 'criteria', 'media', 'clergy', 'crew', 'militia', 'infantry', 'youth', 'aircraft', 'sheep', 'fish',
  'deer', 'offspring', 'headquarters', 'kin',
]);

const NOT_PLURAL = new Set([
  'this', 'its', 'his', 'hers', 'ours', 'yours', 'theirs', 'was', 'has', 'does', 'is', 'as', 'us', 'thus', 'plus',
  'minus', 'less', 'unless', 'always', 'perhaps', 'across', 'whereas', 'besides', 'towards', 'afterwards', 'upwards',
  'nevertheless', 'news', 'yes', 'series', 'species', 'bus', 'gas', 'chaos', 'status', 'census', 'bonus', 'focus',
  'campus', 'virus', 'consensus', 'crisis', 'basis', 'analysis', 'emphasis', 'thesis', 'axis', 'lens', 'canvas',
  'atlas', 'alias', 'bias', 'christmas', 'texas', 'paris', 'athens', 'times', 'percents', 'cents', 'whereas', 'overseas',
  'sometimes', 'nowadays', 'meanwhile', 'various', 'numerous', 'previous', 'serious', 'famous', 'obvious', 'anxious',
]);

/** Does the word read as a plural noun ("countries", "heads", "people")? */
export function isPluralNoun(w: string): boolean {
  const l = w.toLowerCase();
  if (IRREGULAR_PLURALS.has(l)) return true;
  if (NOT_PLURAL.has(l) || STOP.has(l)) return false;
  if (!/^[\p{L}’'-]+s$/u.test(l) || l.length < 4) return false;
  return !/(?:ss|us|is|ous|'s|’s)$/.test(l);
}

/** Heads that, after "the"/"our"/"both" and a small number, re-count people or countries already named. */
export const ANAPHORIC_HEADS = new Set([
  'leaders', 'countries', 'nations', 'sides', 'men', 'women', 'presidents', 'powers', 'neighbours', 'neighbors', 'states',
  'governments', 'parties', 'heads', 'members', 'allies', 'giants', 'partners', 'delegations', 'economies', 'premiers',
  'ministers', 'superpowers', 'capitals', 'counterparts', 'heavyweights', 'republics', 'peoples',
  // what each party has one of: "the two flags", "the two delegations"
  'flags', 'anthems', 'militaries', 'armies', 'camps', 'teams', 'first ladies', 'spouses',
  // groups of countries as parties: "trade between the two blocs", "the three regions"
  'blocs', 'regions', 'groupings', 'alliances', 'unions', 'organisations', 'organizations', 'communities', 'continents',
]);

/** "countries’" / "leaders'" → "countries": a possessive plural has the head of its noun. */
export function headOf(w: string): string {
  return w.toLowerCase().replace(/['’]s?$/u, '');
}

/**
 * Heads that, with "two" and no other qualifier, re-count the two parties of a bilateral story whatever the
 * determiner ("between two countries", "the world's two largest economies", "two great powers").
 */
export const PARTY_HEADS = new Set([
  'leaders', 'countries', 'nations', 'peoples', 'powers', 'superpowers', 'economies', 'presidents', 'men', 'states',
  'governments', 'neighbours', 'neighbors', 'giants', 'heavyweights', 'republics', 'premiers', 'capitals',
]);

export const ANAPHORIC_DETERMINERS = new Set(['the', 'our', 'their', 'these', 'those', 'both', 'all', 'its', 'your']);

/** Ordinals that mark a part of a period ("first half", "past three quarters"), not a rank. */
export const PERIOD_PART_WORDS = new Set([
  'first', 'second', 'third', 'fourth', 'last', 'past', 'next', 'previous', 'coming', 'final', 'latter', 'former',
  'following', 'recent', 'early', 'late', 'remaining',
]);

/** "COVID-19", "G7", a capitalised name: is the word the start of a proper name? */
export function isCapitalised(w: string): boolean {
  return /^\p{Lu}/u.test(w);
}
