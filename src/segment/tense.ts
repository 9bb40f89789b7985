// Tense of a sentence, and of the clause around one position in it (the clause that governs a date).
// Used to resolve "on Tuesday", "in March": past → the one before, future → the one after.
import type { Tense } from '../core/types.js';

// Future: will / shall / 'll / going to / is expected to … / upcoming / next. "was expected to" looks back: past.
const FUTURE_SRC = String.raw`\b(?:will|shall|won['’]t|['’]ll|going to|(?:is|are|be|'s|’s) (?:expected|set|scheduled|due|poised|slated|planned|projected|likely|about) to|upcoming|plans? to|intends? to|to be held|ahead of|anticipates?)\b`;
const PAST_SRC = String.raw`\b(?:was|were|had|did|didn['’]t|ago|yesterday|previously|(?:has|have)(?: not)? (?:been|\w+ed)|\w{3,}ed|said|met|told|took|gave|made|went|came|left|held|became|began|spoke|saw|sent|won|led|flew|ran|wrote|brought|thought|knew|got|hit|grew|rose|fell|paid|kept|felt|found|stood|sought|spent|lost|built|chose|drew|threw|wore|shook|struck|sold|bought|taught|caught|fought|meant|arrived|landed)\b`;
const MARKER_RE = new RegExp(`(${FUTURE_SRC})|(${PAST_SRC})`, 'gi');
// words ending in -ed that are not past verbs
const NOT_PAST = /^(?:need|speed|seed|feed|breed|bleed|embed|proceed|exceed|succeed|indeed|red|bed|shed|wed|led|hundred|sacred|kindred|naked|wicked|rugged|ragged|beloved|learned|aged|based|related|united|limited|advanced|detailed|expected|scheduled|planned|projected|alleged|so-called|called)$/i;

/** Past if the sentence is told in the past, future if it looks ahead, else present. */
export function sentenceTense(sentence: string): Tense {
  return markers(sentence, 0, sentence.length)[0]?.t ?? 'present';
}

interface Marker {
  start: number;
  end: number;
  t: Tense;
}

/** Tense markers of s[lo, hi), in order. "Will Porter" is a name, "a hundred" is not a past verb. */
function markers(s: string, lo: number, hi: number): Marker[] {
  const out: Marker[] = [];
  MARKER_RE.lastIndex = 0;
  for (const m of s.slice(lo, hi).matchAll(MARKER_RE)) {
    const word = m[0];
    const start = lo + m.index!;
    if (m[1] && /^will$/i.test(word) && /^ [A-Z]/.test(s.slice(start + 4, start + 6))) continue;
    if (m[2] && /ed$/i.test(word) && NOT_PAST.test(word)) continue;
    out.push({ start, end: start + word.length, t: m[1] ? 'future' : 'past' });
  }
  return out;
}

/** Quoted speech has its own tense: blank it out (keeping offsets). */
function unquote(s: string): string {
  return s.replace(/[“"][^”"]*[”"]/g, (q) => ' '.repeat(q.length));
}

// clause boundaries: ; : — and a comma or "and"/"but" before a new subject-ish clause
const BOUNDARY_RE = /[;:]|\s[—–]\s|,\s+(?=(?:and|but|while|whereas|although|though|which|who|when|after|before|as)\b)|\s(?:but|while|whereas)\s/g;

/**
 * The tense governing position `at` of a sentence: the tense marker nearest to it within its clause (quotes
 * blanked), else the nearest in the sentence, else present.
 */
export function tenseAt(sentence: string, at: number): Tense {
  const s = unquote(sentence);
  let lo = 0;
  let hi = s.length;
  for (const b of s.matchAll(BOUNDARY_RE)) {
    const i = b.index!;
    if (i + b[0].length <= at) lo = i + b[0].length;
    else if (i >= at) {
      hi = i;
      break;
    }
  }
  return nearestMarker(s, at, lo, hi) ?? nearestMarker(s, at, 0, s.length) ?? 'present';
}

function nearestMarker(s: string, at: number, lo: number, hi: number): Tense | null {
  let best: { d: number; t: Tense } | null = null;
  for (const { start, end, t } of markers(s, lo, hi)) {
    const d = end <= at ? at - end : start >= at ? start - at : 0;
    if (!best || d < best.d) best = { d, t };
  }
  return best?.t ?? null;
}
