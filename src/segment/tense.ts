// The tense of a sentence, from its auxiliaries and verb forms. Used to resolve "on Tuesday", "in March".
import type { Tense } from '../core/types.js';

const FUTURE_RE =
  /\b(?:[Ww]ill(?! [A-Z])|shall|won['’]t|['’]ll|going to|(?:is|are|was|were|be) (?:expected|set|scheduled|due|poised|slated|planned|projected|likely) to|upcoming|next|plans? to|intends? to|to be held|ahead of)\b/;
const PAST_RE =
  /\b(?:was|were|had|did|ago|last|earlier|yesterday|previous(?:ly)?|(?:has|have) (?:been|\w+ed)|\w{3,}ed|said|met|told|took|gave|made|went|came|left|held|became|began|spoke|saw|sent|won|led|flew|ran|wrote|brought|thought|knew|got|put|set out|hit|grew|rose|fell)\b/i;

/** Past if the sentence is told in the past, future if it looks ahead, else present. */
export function sentenceTense(sentence: string): Tense {
  const f = FUTURE_RE.exec(sentence);
  const p = PAST_RE.exec(sentence);
  if (f && !p) return 'future';
  if (p && !f) return 'past';
  if (f && p) return f.index <= p.index ? 'future' : 'past';
  return 'present';
}
