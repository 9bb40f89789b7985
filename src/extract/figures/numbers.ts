// Find every number written in a stretch of text: digits ("1,234.5", "190bn", "$2.38"), words ("Twenty-three",
// "one hundred and thirty", "two and a half"), each with the scale word that follows it ("billion", "bn").
import { CARDINAL_WORD_RE_SOURCE, WORD_SCALES } from '../lexicon/number-words.js';
import { parseDigits, parseNumberWords, scaleValue } from '../../resolve/numbers.js';

export interface NumberToken {
  start: number;
  end: number;
  /** value before any scale */
  base: number;
  /** multiplier of the scale word after the number, 1 when none */
  scale: number;
  /** the scale as written ("billion", "bn", "m"), or null */
  scaleText: string | null;
  /** a one-letter scale ("$5m", "10k"): only money reads it as a multiplier */
  scaleLetter: boolean;
  words: boolean;
  raw: string;
}

// a comma before one or two digits is a decimal comma ("2,5 million euros"); before three it groups thousands
const DIGITS = String.raw`(?:\d+\s)?\d{1,2}/\d{1,3}(?![/\d])|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3},\d{1,2}(?![\d,])|\d+(?:\.\d+)?|\.\d+`;
const MIXED_RE = /^(?:(\d+)\s)?(\d{1,2})\/(\d{1,3})$/;
const BIG = '(?:hundred|thousand|million|billion|trillion|lakh|crore)';
const WORD = `(?:${CARDINAL_WORD_RE_SOURCE}|${BIG})`;
// at most eight more words: a number written out is short, and the bound keeps run-on text linear
const WORDNUM = `(?:(?:a|an)\\s+${BIG}|${CARDINAL_WORD_RE_SOURCE})(?:(?:\\s+and\\s+|[\\s‐‑-]+)${WORD}){0,8}`;
const NUM_RE = new RegExp(`(?<![\\p{L}\\p{N}_.,])(?:(${DIGITS})|(${WORDNUM})(?![\\p{L}\\p{N}]))`, 'giu');
const HALF_RE = /^(?:\s+and\s+a\s+|[‐‑-]and[‐‑-]a[‐‑-])half\b/i; // "two and a half", "two-and-a-half-hour"
/** "two and a quarter", "one and three quarters" */
const QUARTER_RE = /^\s+and\s+(a|one|three)\s+quarters?\b/i;
const SCALE_WORD_RE = new RegExp(`^(?:\\s?|\\s?-)(${[...WORD_SCALES].sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}\\p{N}])`, 'iu');
const SCALE_LETTER_RE = /^([kmbt]|mm)(?![\p{L}\p{N}])/iu;
const NAME_BEFORE_RE = /\p{L}[-‐‑]$/u;
const SCALE_BEFORE_RE = /\d\s?(?:bn|mn|m|k|tn|billion|million|trillion|thousand)[-‐‑]$/iu;

/** Numbers in `text`, with offsets shifted by `offset`. */
export function findNumbers(text: string, offset = 0): NumberToken[] {
  const out: NumberToken[] = [];
  NUM_RE.lastIndex = 0;
  for (let m = NUM_RE.exec(text); m; m = NUM_RE.exec(text)) {
    const start = m.index;
    // COVID-19, Su-57, F-16 are names; "$2bn-3bn" is a range
    if (NAME_BEFORE_RE.test(text.slice(Math.max(0, start - 2), start)) && !SCALE_BEFORE_RE.test(text.slice(Math.max(0, start - 12), start))) continue;
    let raw = m[0];
    let base: number | null = null;
    const mixed = m[1] ? MIXED_RE.exec(raw) : null;
    if (mixed) {
      // "1/4", "10 1/2": a proper fraction, alone or after a whole number
      const [w, a, b] = [Number(mixed[1] ?? 0), Number(mixed[2]), Number(mixed[3])];
      if (!b || a >= b) continue;
      base = w + a / b;
    } else if (m[1]) base = parseDigits(raw);
    else {
      // trim words from the right until the words parse ("two and three" → "two")
      let words = raw;
      while (words && (base = parseNumberWords(words)) === null) words = words.replace(/(?:\s+and)?[\s‐‑-]*\S+$/i, '');
      raw = words;
    }
    if (base === null || !raw) continue;
    let end = start + raw.length;
    const half = HALF_RE.exec(text.slice(end));
    const quarter = half ? null : QUARTER_RE.exec(text.slice(end));
    if (half) {
      base += 0.5;
      end += half[0].length;
    } else if (quarter) {
      base += /^three$/i.test(quarter[1]!) ? 0.75 : 0.25;
      end += quarter[0].length;
    }
    let scale = 1;
    let scaleText: string | null = null;
    let scaleLetter = false;
    const rest = text.slice(end);
    const sw = SCALE_WORD_RE.exec(rest);
    const sl = m[1] && !sw ? SCALE_LETTER_RE.exec(rest) : null;
    if (sw && !(m[2] && /\b(?:million|billion|trillion|thousand|lakh|crore)$/i.test(raw))) {
      scale = scaleValue(sw[1]!) ?? 1;
      scaleText = sw[1]!;
      end += sw[0].length;
    } else if (sl) {
      scale = scaleValue(sl[1]!) ?? 1;
      scaleText = sl[1]!;
      scaleLetter = true;
      end += sl[0].length;
    }
    out.push({ start: offset + start, end: offset + end, base, scale, scaleText, scaleLetter, words: Boolean(m[2]), raw: text.slice(start, end) });
    NUM_RE.lastIndex = end;
  }
  return withCollectives(text, offset, out);
}

/** "a pair of missiles": a count said with a collective noun that is exact ("a dozen" is often a round figure,
 *  "dozens of", "a couple of" are no number). The span holds "of", so the counted noun follows it as after a numeral. */
const COLLECTIVE_RE = /(?<![\p{L}\p{N}])(a\s+pair\s+of)(?=\s+\p{L})/giu;
function withCollectives(text: string, offset: number, found: NumberToken[]): NumberToken[] {
  if (!/\bpair\b/i.test(text)) return found;
  const extra: NumberToken[] = [];
  COLLECTIVE_RE.lastIndex = 0;
  for (let m = COLLECTIVE_RE.exec(text); m; m = COLLECTIVE_RE.exec(text)) {
    const start = offset + m.index;
    const end = start + m[0].length;
    if (found.some((n) => n.start < end && start < n.end)) continue;
    extra.push({ start, end, base: 2, scale: 1, scaleText: null, scaleLetter: false, words: true, raw: m[0] });
  }
  return extra.length ? [...found, ...extra].sort((a, b) => a.start - b.start) : found;
}
