// Counts: a number with the thing it counts — "more than 130 countries", "Twenty-three countries",
// "40 heads of state", "at least four other countries", "an 11-nation bloc". "The two leaders" re-counts people
// already named and is marked anaphoric. A bare number, "one of", a year or a list marker is not a count.
import { COUNT_COMPOUNDS, DURATION_UNITS, QUANTITY_UNITS } from '../../lexicon/units.js';
import type { Candidate, Rule, RuleInput, Word } from '../candidate.js';
import { isYearLike, stepOf, wordsIn } from '../candidate.js';
import type { NumberToken } from '../numbers.js';
import { parseNumberWords } from '../../../resolve/numbers.js';
import { CARDINAL_WORD_RE_SOURCE } from '../../lexicon/number-words.js';
import { ANAPHORIC_DETERMINERS, ANAPHORIC_HEADS, headOf, isCapitalised, isPluralNoun, PARTY_HEADS, PERIOD_PART_WORDS, STOP } from '../words.js';

const has = <T extends object>(o: T, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);
const ID_BEFORE_RE = /(?:\b(?:no|nos|number|article|page|pages|round|chapter|section|episode|vol|volume|item|grade|level|phase|flight|route|resolution|room|gate|platform|line|channel|unit|block|lot|ward)\.?|#)\s*$/i;
const COMPOUND_RE = new RegExp(`^[-‐‑](${COUNT_COMPOUNDS.join('|')})(?![\\p{L}])`, 'iu');
const PLURAL: Record<string, string> = { country: 'countries', party: 'parties', city: 'cities', man: 'men', person: 'people', story: 'stories' };
/** "three times", "42 times": how often something happened, or a multiplier ("six times more"). */
const TIMES_RE = /^\s+times(?![\p{L}\p{N}])/u;
/** "fivefold", "5-fold", "two-fold": a multiplier. */
const FOLD_RE = new RegExp(`(?<![\\p{L}\\p{N}])(${CARDINAL_WORD_RE_SOURCE}|hundred|thousand|\\d+(?:\\.\\d+)?)[‐‑-]?fold(?![\\p{L}\\p{N}])`, 'giu');
/** What every match of FOLD_RE contains (same flags): a sentence without it skips FOLD_RE's pass. */
const FOLD_HINT_RE = /fold/iu;
/** A verb of estimating and what it estimates, before "at" and the number: "put the number at", "estimated the crowd
 *  at about", "pegged the number of protesters at". */
const ESTIMATE_BEFORE_RE = /\b(?:put|puts|putting|estimated|estimates|estimating|placed|places|placing|pegged|pegs|pegging)\s+(?:the\s+|its\s+|their\s+)?(?:[\p{Ll}-]+\s+)?(number|crowd|turnout|toll|attendance|figure|total|count)(?:\s+of\s+([\p{Ll}-]+))?\s+at\s+(?:(?:some|about|around|nearly|almost|roughly|over|more\s+than|at\s+least|up\s+to)\s+)?$/iu;
/** Nouns that name no counted thing of their own: "the number", "the figure" re-estimate the count told before. */
const GENERIC_ESTIMATED: ReadonlySet<string> = new Set(['number', 'figure', 'total', 'count']);
/** Qualifiers that make a "two countries" new information ("only two countries signed"). */
const NEW_INFO_BEFORE = new Set(['than', 'least', 'about', 'around', 'nearly', 'almost', 'over', 'only', 'just', 'some', 'another', 'other', 'further', 'additional', 'under', 'to']);

function isUnit(w: string): boolean {
  const l = w.toLowerCase();
  return has(DURATION_UNITS, l) || has(QUANTITY_UNITS, l) ||
    /^(?:percent|percents|points?|times|dollars?|euros?|cents?|quarters|halves|weekends|semesters|nights|o'clock)$/.test(l);
}

/** The counted noun phrase after a number: up to three modifiers, then a plural head (+ "of state"). */
export function countedPhrase(words: Word[], heading: boolean): { words: Word[]; head: Word } | null {
  const np: Word[] = [];
  for (let i = 0; i < words.length && np.length < 4; i++) {
    const w = words[i]!;
    const l = w.w.toLowerCase();
    // "time zones", "time slots": "time" as a modifier of a plural noun
    if (l === 'time' && words[i + 1] && isPluralNoun(words[i + 1]!.w)) { np.push(w); continue; }
    if (!/^[\p{L}]/u.test(w.w) || STOP.has(l)) return null;
    if (isUnit(w.w)) return null;
    if (isPluralNoun(w.w) && (heading || !isCapitalised(w.w))) {
      np.push(w);
      // "heads of state (or government)", "members of parliament"
      const [of, x, or, y] = [words[i + 1], words[i + 2], words[i + 3], words[i + 4]];
      if (/^(?:heads|members|chiefs|ministers)$/i.test(l) && of?.w === 'of' && x && /^\p{Ll}+$/u.test(x.w) && !STOP.has(x.w)) {
        np.push(of, x);
        if (or && /^(?:or|and)$/.test(or.w) && y && /^\p{Ll}+$/u.test(y.w) && !STOP.has(y.w)) np.push(or, y);
      }
      return { words: np, head: w };
    }
    np.push(w);
  }
  return null;
}

function compound(input: RuleInput, n: NumberToken): Candidate | null {
  const { text, sentence } = input;
  const m = COMPOUND_RE.exec(text.slice(n.end, Math.min(sentence.end, n.end + 12)));
  if (!m) return null;
  const noun = m[1]!.toLowerCase();
  const after = wordsIn(text, n.end + m[0].length, Math.min(sentence.end, n.end + m[0].length + 40));
  // the noun the compound modifies: "11-nation bloc", "32-member alliance pledged" (stop at a verb), "trade bloc"
  const heads: Word[] = [];
  for (const w of after) {
    if (heads.length >= 2 || !/^\p{L}/u.test(w.w) || STOP.has(w.w.toLowerCase()) || (heads.length && /(?:ed|s)$/.test(w.w) && !/ss$/.test(w.w))) break;
    heads.push(w);
  }
  const head = heads.length ? heads[heads.length - 1]! : null;
  if (!head && noun === 'strong') return null;
  const plural = PLURAL[noun] ?? `${noun}s`;
  const about = noun === 'strong' ? head!.w : head ? `${plural} in the ${head.w}` : plural;
  return {
    kind: 'count', start: n.start, end: n.end + m[0].length, value: n.base * n.scale, unit: 'count', rule: 'count.compound',
    steps: [stepOf(n), `"-${noun}" counts ${noun === 'strong' ? 'members' : plural}`], about, priority: 3,
  };
}

const value0 = (n: NumberToken) => n.base * n.scale;
/** Capitalised words that may open a sentence right before a count ("Nearly 200 countries"). */
const LEADING = new Set(['nearly', 'almost', 'roughly', 'approximately', 'around', 'over', 'under', 'exactly', 'only', 'just',
  'estimated', 'another', 'further', 'additional', 'those', 'these', 'both', 'all', 'some', 'about', 'at', 'up', 'fewer',
  'more', 'less', 'than', 'another', 'with', 'by', 'of', 'and', 'but', 'or', 'among', 'including', 'plus', 'while', 'when']);

/** What was done that often: the content words of the clause before "N times" ("had met 42 times" → "met"). */
function doneBefore(input: RuleInput, start: number): string | null {
  const ws = wordsIn(input.text, Math.max(input.sentence.start, start - 60), start);
  const got: string[] = [];
  for (let i = ws.length - 1; i >= 0 && got.length < 3; i--) {
    const w = ws[i]!.w;
    if (!/^\p{L}/u.test(w)) break;
    if (!STOP.has(w.toLowerCase())) got.unshift(w);
  }
  // the act as a noun, so that "met 42 times" and "42 meetings" measure the same thing
  const acts = got.map((w) => ACT_NOUNS[w.toLowerCase()] ?? w).filter((w, i, a) => !(w === 'hands' && a.includes('handshakes')));
  const act = acts.findIndex((w, i) => w !== got[i]);
  return act >= 0 ? acts.slice(act).join(' ') : got.length ? got.join(' ') : null;
}
const ACT_NOUNS: Record<string, string> = {
  met: 'meetings', meet: 'meetings', meets: 'meetings', visited: 'visits', visit: 'visits', shook: 'handshakes',
  called: 'calls', phoned: 'calls', spoke: 'talks', talked: 'talks', attended: 'attendances', travelled: 'trips',
  traveled: 'trips', postponed: 'postponements', delayed: 'delays', vetoed: 'vetoes', voted: 'votes',
};

const TOLL_WORD_RE = /^(?:(dead)|killed|injured|wounded|missing)$/i;
const VERB_AFTER_RE = /^(?:held|met|agreed|said|signed|discussed|shook|spoke|sat|will|would|have|had|has|are|were|also|then|later|exchanged|talked|posed|walked|issued|pledged|vowed|\p{Ll}+ed)$/u;

export const countRule: Rule = (input) => {
  const { text, sentence } = input;
  const out: Candidate[] = [];
  for (const n of input.numbers) {
    if (n.scaleLetter || isYearLike(n) || n.base * n.scale <= 1) continue;
    if (ID_BEFORE_RE.test(text.slice(Math.max(sentence.start, n.start - 12), n.start))) continue;
    if (/\d\s?[-–:]\s?$/.test(text.slice(Math.max(sentence.start, n.start - 3), n.start))) continue; // "50-50", a 3-1 score
    // "attended the forum three times": a name before the number does not make it a model number
    const times = TIMES_RE.exec(text.slice(n.end, Math.min(sentence.end, n.end + 8)));
    if (times) {
      out.push({
        kind: 'count', start: n.start, end: n.end + times[0].length, value: value0(n), unit: 'count', rule: 'count.times',
        steps: [stepOf(n), '"times": how often, or a multiplier'], about: doneBefore(input, n.start), priority: 3,
      });
      continue;
    }
    if (!Number.isInteger(value0(n))) continue; // "2.5 times" is a multiplier; "2.5 countries" is nothing
    // a number right after a capitalised word is a model or an item: "Boeing 737", "Apollo 11", "Resolution 2728"
    const prevWord = /(\p{Lu}[\p{L}]*)\s$/u.exec(text.slice(Math.max(sentence.start, n.start - 30), n.start))?.[1];
    if (prevWord && !STOP.has(prevWord.toLowerCase()) && !LEADING.has(prevWord.toLowerCase())) continue;
    const c = compound(input, n);
    if (c) { out.push(c); continue; }
    // "organisers put the number at 12,000", "police estimated the crowd at 4,000": an estimate of what it names
    const est = ESTIMATE_BEFORE_RE.exec(text.slice(Math.max(sentence.start, n.start - 80), n.start));
    if (est && !/^\s+\p{L}/u.test(text.slice(n.end, n.end + 3))) {
      const named = est[2] ?? (GENERIC_ESTIMATED.has(est[1]!.toLowerCase()) ? null : est[1]!.toLowerCase());
      out.push({
        kind: 'count', start: n.start, end: n.end, value: value0(n), unit: 'count', rule: 'count.estimate',
        steps: [stepOf(n), named ? `an estimate of "${named}"` : 'an estimate of the count told before it'], about: named, priority: 2,
      });
      continue;
    }
    if (!/^\s/.test(text.slice(n.end, n.end + 1))) continue;
    let words = wordsIn(text, n.end, Math.min(sentence.end, n.end + 90));
    // "left 16 dead and 40 injured": people, told by what befell them
    const toll = TOLL_WORD_RE.exec(words[0]?.w ?? '');
    if (toll && /^\s+$/.test(text.slice(n.end, words[0]!.start))) {
      out.push({
        kind: 'count', start: n.start, end: n.end, value: value0(n), unit: 'count', rule: 'count.noun',
        steps: [stepOf(n), `counts people "${words[0]!.w}"`], about: `people ${toll[1] ? 'killed' : words[0]!.w.toLowerCase()}`, priority: 2,
      });
      continue;
    }
    // "the two held talks", "the three signed": the parties just named, re-counted, are no figure
    if (VERB_AFTER_RE.test(words[0]?.w ?? '') && ANAPHORIC_DETERMINERS.has((wordsIn(text, Math.max(sentence.start, n.start - 8), n.start).pop()?.w ?? '').toLowerCase()) && value0(n) <= 12) continue;
    // "Twenty-three of the 32 allies": the first number counts the noun after the second
    const part = words[0]?.w === 'of' && words[1]?.w.toLowerCase() === 'the' && /^[\d\p{L}]/u.test(words[2]?.w ?? '') ? 3 : 0;
    if (part) {
      const inner = input.numbers.find((x) => x.start === words[2]!.start);
      if (!inner || inner.base * inner.scale <= value0(n)) continue;
      words = wordsIn(text, inner.end, Math.min(sentence.end, inner.end + 90));
    }
    const np = countedPhrase(words, sentence.heading);
    if (!np) continue;
    const end = np.words[np.words.length - 1]!.end;
    // the span is the number ("over 130", "Twenty-three"); the counted words go into `about`
    const before = wordsIn(text, Math.max(sentence.start, n.start - 16), n.start);
    // text glued by a scraper ("isolation.The two leaders"): the determiner is what follows the full stop
    const det = (before[before.length - 1]?.w.toLowerCase() ?? '').split('.').pop()!;
    if (PERIOD_PART_WORDS.has(det)) continue; // "the first three …", "the past two …": part of a period
    const value = n.base * n.scale;
    const head = headOf(np.head.w);
    const anaphoric = (ANAPHORIC_DETERMINERS.has(det) && ANAPHORIC_HEADS.has(head) && value <= 12) ||
      // "two" with the parties' own head, whatever the determiner: "between two countries", "two great powers"
      (value === 2 && PARTY_HEADS.has(head) && !NEW_INFO_BEFORE.has(det) && !np.words.some((w) => NEW_INFO_BEFORE.has(w.w.toLowerCase())));
    const about = text.slice(np.words[0]!.start, end).replace(/\s+/g, ' ');
    out.push({
      kind: 'count', start: n.start, end: n.end, value, unit: 'count', rule: anaphoric ? 'count.anaphoric' : 'count.noun',
      steps: [stepOf(n), `counts "${np.head.w}"`], about: sentence.heading ? about.toLowerCase() : about, anaphoric, priority: 2,
    });
  }
  FOLD_RE.lastIndex = 0;
  for (let m = FOLD_HINT_RE.test(sentence.text) ? FOLD_RE.exec(sentence.text) : null; m; m = FOLD_RE.exec(sentence.text)) {
    const v = /^\d/.test(m[1]!) ? Number(m[1]) : parseNumberWords(m[1]!);
    if (v === null || v <= 1) continue;
    const start = sentence.start + m.index;
    out.push({
      kind: 'count', start, end: start + m[0].length, value: v, unit: 'count', rule: 'count.times',
      steps: [`"${m[0]}" → × ${v}`], about: null, priority: 3,
    });
  }
  return out;
};
