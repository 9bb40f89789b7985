// Quote rules: quote spans (straight, curly, guillemets) and the attribution patterns around them.
// Match, then resolve: these rules find spans and the words that name a speaker; index.ts resolves the speaker.

/** Verbs of saying that attribute a quote. */
export const SPEECH_VERBS = [
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'stated', 'states', 'noted', 'notes', 'explained', 'explains',
  'argued', 'argues', 'asked', 'asks', 'replied', 'replies', 'warned', 'warns', 'insisted', 'insists', 'stressed',
  'stresses', 'urged', 'urges', 'claimed', 'claims', 'declared', 'declares', 'announced', 'announces', 'commented',
  'comments', 'remarked', 'remarks', 'wrote', 'writes', 'tweeted', 'posted', 'recalled', 'acknowledged', 'admitted',
  'emphasized', 'emphasised', 'underlined', 'reiterated', 'continued', 'concluded', 'observed', 'elucidated',
  'affirmed', 'asserted', 'answered', 'responded', 'suggested', 'predicted', 'promised', 'pledged', 'vowed',
  'quipped', 'joked', 'sa(?:id|ys) in a statement', 'was quoted as saying', 'is quoted as saying',
  'was cited as saying', 'quoted', 'went on',
] as const;

const VERB = `(?:${SPEECH_VERBS.join('|')})`;
/** Speech verbs are matched in lower case only: "United States" is not "states". */
const TITLE = '(?:president|leader|premier|prime minister|minister|chancellor|spokes(?:man|woman|person)|chairman|ambassador|official|secretary|king|queen|emir)';

/**
 * Quote spans within one paragraph: “…” (a closing “ is accepted when it ends a word, as careless typing does),
 * "…", «…», and ‘…’ (British style; a ’ inside a word is an apostrophe). Group 1..4 hold the quoted words.
 * Linear: each alternative is one negated class.
 */
export const QUOTE_RE = /“([^“”\n]{2,3000}?)(?:”|“(?=[\s.,;:!?)]|$))|"([^"\n]{2,3000})"|«([^»\n]{2,3000})»|(?<![\p{L}\p{N}])‘([^‘\n]{2,3000}?)’(?![\p{L}\p{N}])/gu;

const DASH = '[\\s,.;:–—-]';

/** Right after the closing mark, a subject of a few words and a speech verb (", the two sides said", ", Xi and Lula
 *  said"): a group when a joint statement follows (JOINT_RE). */
export const AFTER_SUBJECT_VERB_RE = new RegExp(`^${DASH}{0,4}(?:[\\p{L}'’.-]+\\s+){1,5}?${VERB}\\b`, 'u');
/** Right after the closing mark: ", he said", ", he further noted", ", it said". */
export const AFTER_PRONOUN_RE = new RegExp(`^${DASH}{0,4}([Hh]e|[Ss]he|[Tt]hey|[Ii]t)\\s+(?:[a-z]+\\s+)?${VERB}\\b`);
/** ", said Xi", " volumes, commented Putin": up to two words, the verb, then the speaker. */
export const AFTER_VERB_FIRST_RE = new RegExp(`^${DASH}{0,4}(?:[\\p{L}-]+[\\s,]+){0,2}?${VERB}\\s+(?:the\\s+)?(?:[\\p{L}'’.-]+\\s+){0,3}$`, 'u');
/** What may stand between the closing mark and a speaker named first: nothing, or a few words ("of China,") — not
 * a conjunction that opens a clause of its own (", and X later said …" is X's next words, not this quote's). */
export const AFTER_GAP_RE = /^[\s,.;:–—-]{0,4}(?!(?:and|but|while|whereas|although|though|as|then|before|after|when|whereupon)\b)(?:[\p{L}'’-]+[\s,]+){0,3}$/iu;
/** After a speaker named first: an optional apposition, then the verb (", an international relations professor, told"). */
export const AFTER_SPEAKER_VERB_RE = new RegExp(`^(?:,[^,“”"\\n]{0,90},)?\\s*(?:[a-z]+\\s+)?${VERB}\\b`, 'u');
/** A description and its verb after the quote: ", the Chinese president said" / ", said the Russian leader". */
export const AFTER_DESCRIPTION_RE = new RegExp(
  `^${DASH}{0,4}(?:(the\\s+(?:[\\p{L}-]+\\s+){0,3}?${TITLE})\\s+(?:[a-z]+\\s+)?${VERB}\\b|${VERB}\\s+(the\\s+(?:[\\p{L}-]+\\s+){0,3}?${TITLE})\\b)`,
  'iu',
);

/** Verbs that characterise before a quoted phrase ("Lula called the meeting a ‘turning point’", "described the talks
 *  as “frank”"): the phrase is the subject's words when it has at least MIN_CHARACTERIZED_WORDS words. */
export const CHARACTERIZE_G = /\b(?:called|calls|described|describes|dubbed|dubs|termed|terms|labell?ed|labels|hailed|hails|characteri[sz]ed|branded|brands)\b/g;
/** A phrase of fewer words after a characterising verb is an epithet ("an “old friend”", "“debt-trap diplomacy”"),
 *  not speech; so is any phrase that a group or nobody named "calls" something. */
export const MIN_CHARACTERIZED_WORDS = 4;
/** Words that make a statement a joint one: no single person said it. */
export const JOINT_RE = /^\W{0,4}(?:[a-z]+\s+){0,3}(?:in\s+)?(?:a|their)\s+joint\s+(?:statement|declaration|communiqu[ée])|^\W{0,4}jointly\b/i;

/** Speech verbs anywhere (global: take the last one before a quote with matchAll). */
export const VERB_G = new RegExp(`\\b${VERB}\\b`, 'g');
/** At most this many characters between a verb and the quote it introduces ("told the summit that both sides "). */
export const MAX_VERB_GAP = 60;
/** How far before a quote its introducing clause is read ("Speaking to reporters after the dinner on Friday,
 *  the prime minister of the island nation told the assembled press that …" fits easily). */
export const MAX_CLAUSE = 400;
/** "according to X," — a source named around the quote. */
export const ACCORDING_RE = /\baccording to\s+/i;
/** A name followed by a role word is part of a description, not the speaker ("the Kremlin leader said"). */
export const ROLE_AFTER_RE = new RegExp(`^\\s+(?:${TITLE.slice(3, -1)}|spokes\\w+|chief|head|official|officials)\\b`, 'i');
/** Prepositions before a name make it an object, not the speaker ("referred to Xi", "invited by Xi"). */
export const PREPOSITION_BEFORE_RE = /\b(?:to|by|with|of|from|for|as|about|on|at|in|against|between|and)\s+(?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}$/u;
/** A pronoun right before a verb: "He also said", "she told". */
export const PRONOUN_BEFORE_RE = /\b([Hh]e|[Ss]he|[Tt]hey|[Ii]t)\s+(?:[a-z]+\s+)?$/;
/** A country or body after a title: "of the Russian Federation", "of Turkey" (capitalised words). */
const TITLE_OF = "(?:\\s+of\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,3})?";
/** A description anywhere in a clause: "the Kremlin leader", "the Chinese president", "The President of the Russian Federation". */
export const DESCRIPTION_G = new RegExp(`\\bthe\\s+(?:[\\p{L}-]+\\s+){0,3}?${TITLE}\\b${TITLE_OF}`, 'giu');

/** A DESCRIPTION_G match cut after the capitalised words of its "of" complement (the `i` flag lets \p{Lu} match
 * lower case: "The President of the Russian Federation said that" → "The President of the Russian Federation"). */
export function descriptionText(match: string): string {
  const of = /\s+of\s+(?:the\s+)?/i.exec(match);
  if (!of) return match;
  const rest = match.slice(of.index + of[0].length);
  const caps = /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*/u.exec(rest);
  return caps ? match.slice(0, of.index + of[0].length + caps[0].length) : match.slice(0, of.index);
}

/** Quotes that are names or titles, not speech: every word capitalised ("One Belt, One Road"). */
export function looksLikeName(q: string): boolean {
  const words = q.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  const minor = /^(?:a|an|the|of|and|or|in|on|for|to|at|by|with|from)$/;
  return words.length > 0 && words.every((w) => minor.test(w) || /^\p{Lu}/u.test(w));
}

export function wordCount(q: string): number {
  return (q.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

/** Unattributed quotes shorter than this are scare quotes or phrases ("old friend", "decoupling"). */
export const MIN_UNATTRIBUTED_WORDS = 6;
/** Attributed quotes shorter than this are phrases taken from speech ("justice"): kept only when attributed. */
export const MIN_WORDS = 2;
