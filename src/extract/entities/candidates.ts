// The working shapes of the entity rules, before they become EntityMentions.
import type { EntityType, PlaceKind, Sentence } from '../../core/types.js';
import type { Tok } from './tokens.js';

export interface Cand {
  type: EntityType;
  start: number;
  end: number;
  name: string;
  titles: string[];
  kind?: PlaceKind;
  canonical?: string;
  rule: string;
  sentence: Sentence;
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
