// Fractions of a whole: "about a third of Norway's salmon exports", "half of", "half the", "two-thirds of",
// "three quarters of", "one in five". Not: "the first half of the year", "the first two quarters of 2021"
// (parts of periods), "a third pipeline" (an ordinal), "half an hour" (a duration), "half a dozen".
import { CARDINAL_WORD_RE_SOURCE } from '../../lexicon/number-words.js';
import { parseFraction, parseNumber, round4 } from '../../../resolve/numbers.js';
import type { Candidate, Rule, Word } from '../candidate.js';
import { wordsIn } from '../candidate.js';
import { isPluralNoun, PERIOD_PART_WORDS, STOP } from '../words.js';

const NUM = `(?:a|an|one|${CARDINAL_WORD_RE_SOURCE}|\\d+)`;
const DEN = '(?:half|halves|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?|hundredths?)';
const FRACTION_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:(${NUM})[\\s‐‑-]+)?(${DEN})(?=\\s+(?:of|the|its|his|her|their|our|all|this|that|these|those)\\b)`, 'giu');
const ONE_IN_RE = new RegExp(`(?<![\\p{L}\\p{N}])(one|1)\\s+(?:in|out\\s+of)\\s+(${CARDINAL_WORD_RE_SOURCE}|\\d+)(?![\\p{L}\\p{N}])`, 'giu');
const SLASH_RE = /(?<![\p{L}\p{N}/])(\d+)\/(\d+)(?![\p{N}/])(?=\s+of\b)/gu;
const YEARISH_RE = /^\s+of\s+(?:the\s+|this\s+|last\s+|next\s+|that\s+)?(?:\d{4}\b|year\b|fiscal\b|financial\b|decade\b|century\b|month\b)/i;

/** "of Russia's crude oil exports" → "Russia's crude oil exports", with the index of the word after the phrase. */
function ofWords(words: Word[]): { np: string[]; next: number } {
  const np: string[] = [];
  let i = 0;
  if (words[0] && /^(?:of)$/i.test(words[0].w)) i = 1;
  for (; i < words.length && np.length < 6; i++) {
    const w = words[i]!.w;
    const l = w.toLowerCase();
    if (!np.length && /^(?:the|its|his|her|their|our|all|this|that|these|those|a|an)$/.test(l)) continue;
    if (!/^\p{L}/u.test(w) || STOP.has(l)) break;
    np.push(w);
    if (isPluralNoun(w) && /^\p{Ll}/u.test(w)) { i++; break; } // "three-quarters of exports go …": a plural ends the phrase
  }
  return { np, next: i };
}

export function ofPhrase(words: Word[]): string | null {
  const { np } = ofWords(words);
  return np.length ? np.join(' ') : null;
}

/** Verbs that say where a share goes: "half of the budget will be spent on security" → "spent on security". */
const GOES_TO_RE = /^(?:spent|used|allocated|earmarked|devoted|paid|invested|given|lent|sent)$/i;
const AUX_RE = /^(?:will|would|could|should|may|might|is|are|was|were|be|been|has|have|had|to|being)$/i;

/**
 * What a fraction measures: the share of the whole it is a part of ("share of Norway's salmon exports"), and where
 * that share goes when the clause says so ("share of the budget spent on security").
 */
export function shareAbout(words: Word[]): string | null {
  const { np, next } = ofWords(words);
  if (!np.length) return null;
  let i = next;
  while (i < words.length && i - next < 3 && AUX_RE.test(words[i]!.w)) i++;
  const verb = words[i];
  let goes = '';
  if (verb && GOES_TO_RE.test(verb.w) && /^(?:on|for|to|into)$/i.test(words[i + 1]?.w ?? '')) {
    const rest = ofWords([{ ...words[i + 1]!, w: 'of' }, ...words.slice(i + 2)]).np;
    if (rest.length) goes = ` ${verb.w.toLowerCase()} ${words[i + 1]!.w.toLowerCase()} ${rest.join(' ')}`;
  }
  return `share of ${np.join(' ')}${goes}`;
}

/** A cheap test that lets most sentences skip the fraction patterns. */
const MAYBE_RE = /half|halves|third|quarter|fourth|fifth|sixth|seventh|eighth|ninth|tenth|hundredth|\d\/\d|\b(?:one|1)\s+(?:in|out)\b/i;

export const fractionRule: Rule = ({ text, sentence }) => {
  const out: Candidate[] = [];
  if (!MAYBE_RE.test(sentence.text)) return out;
  const s = sentence.text;
  const push = (start: number, end: number, value: number, rule: string, step: string) => {
    if (YEARISH_RE.test(text.slice(end, end + 30))) return;
    const before = wordsIn(text, Math.max(sentence.start, start - 20), start);
    if (PERIOD_PART_WORDS.has(before[before.length - 1]?.w.toLowerCase() ?? '')) return;
    const about = shareAbout(wordsIn(text, end, Math.min(sentence.end, end + 140)));
    out.push({ kind: 'fraction', start, end, value, unit: 'fraction', rule, steps: [step], about, priority: 3 });
  };
  FRACTION_RE.lastIndex = 0;
  for (let m = FRACTION_RE.exec(s); m; m = FRACTION_RE.exec(s)) {
    const num = m[1] ?? null;
    const den = m[2]!.toLowerCase();
    // a bare "third"/"quarter" without a numerator is an ordinal or a period ("the third of"), not a fraction
    if (!num && !/^half$/.test(den)) continue;
    if (num && /^\d+$/.test(num) && !/s$/.test(den) && num !== '1') continue;
    const v = parseFraction(num, den);
    if (v === null || v > 1) continue;
    const start = sentence.start + m.index;
    push(start, start + m[0].length, v, 'fraction.word', `"${m[0]}" → ${v}`);
  }
  ONE_IN_RE.lastIndex = 0;
  for (let m = ONE_IN_RE.exec(s); m; m = ONE_IN_RE.exec(s)) {
    const d = parseNumber(m[2]!);
    if (!d || d < 2) continue;
    const start = sentence.start + m.index;
    push(start, start + m[0].length, round4(1 / d), 'fraction.one-in', `"${m[0]}" → 1/${d}`);
  }
  SLASH_RE.lastIndex = 0;
  for (let m = SLASH_RE.exec(s); m; m = SLASH_RE.exec(s)) {
    const n = Number(m[1]);
    const d = Number(m[2]);
    if (!d || n >= d) continue;
    const start = sentence.start + m.index;
    push(start, start + m[0].length, round4(n / d), 'fraction.slash', `"${m[0]}" → ${n}/${d}`);
  }
  return out;
};
