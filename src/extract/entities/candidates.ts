// The working shapes of the entity rules, before they become EntityMentions.
import type { EntityType, PlaceKind, Sentence } from '../../core/types.js';
import type { Tok } from './tokens.js';

/** Every rule that makes an entity candidate: each has an example in corpus.ts (entities.test.ts checks it), and a
 *  rule name not in this list does not compile. */
export const ENTITY_RULES = [
  'gazetteer', 'hyphen-pair', 'place-city', 'place-word', 'fleet-word', 'route-word', 'airline', 'title-name',
  'title-before', 'org-head', 'venue-head', 'region-head', 'other-head', 'body-of-water-head', 'venue-lead',
  'venue-word', 'venue-shaped', 'the-media', 'known-organization', 'result-line', 'country-ministry', 'town',
  'place-comma', 'known-place', 'platform', 'acronym-definition', 'name-paren-country', 'age-apposition',
  'initial-name', 'apposition-role', 'apposition-org-noun', 'acronym', 'web-domain', 'media-word', 'company-word',
  'reports', 'dateline', 'org-kind-before', 'org-kind-after', 'shares-of', 'speech-verb', 'leader-name',
  'name-used-alone', 'name-words', 'family-name-first', 'coordinated', 'org-short-form', 'known-name',
  'known-name-variant', 'surname-alone', 'leader-short-form', 'unknown-word',
] as const;
export type EntityRule = (typeof ENTITY_RULES)[number];

export interface Cand {
  type: EntityType;
  start: number;
  end: number;
  name: string;
  titles: string[];
  kind?: PlaceKind;
  canonical?: string;
  rule: EntityRule;
  sentence: Sentence;
  /** see EntityMention.weak */
  weak?: true;
}

/** Capitalised words that no rule has typed yet: they wait for evidence (a title, an apposition, a speech verb,
 *  compromise's tags, or a name already known in the document). */
export interface Piece {
  sentence: Sentence;
  toks: readonly Tok[];
  from: number;
  to: number;
  /** headline case or an all-caps stretch: capitalisation is no evidence */
  shouting: boolean;
  /** first word of the sentence */
  initial: boolean;
  /** index of a title phrase before the piece, or -1 */
  titleFrom: number;
}

export interface SentenceCtx {
  text: string;
  sentence: Sentence;
  toks: readonly Tok[];
  heading: boolean;
  cands: Cand[];
  pieces: Piece[];
  /** acronyms defined in parentheses after an event or initiative ("(BRI)"): never entities */
  eventAcronyms: Set<string>;
}
