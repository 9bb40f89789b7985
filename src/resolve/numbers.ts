// Numbers as written → values. Pure functions: "1,234.5" → 1234.5, "twenty-three" → 23,
// "one hundred and thirty" → 130, "42nd" → 42, "a third" → 1/3, "bn" → 1e9.
import { DENOMINATORS, ORDINAL_WORDS, SCALES, TENS, UNITS } from '../extract/lexicon/number-words.js';

const has = <T extends object>(o: T, k: string): k is Extract<keyof T, string> => Object.prototype.hasOwnProperty.call(o, k);

/** "1,234.5", "1 234 567", ".25", "2,5" (a decimal comma before one or two digits) → number, or null. */
export function parseDigits(raw: string): number | null {
  const t = raw.trim().replace(/^\+/, '');
  if (/^-?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(t)) return Number(t.replace(/,/g, ''));
  if (/^-?\d{1,3}(?:[  ]\d{3})+(?:\.\d+)?$/.test(t)) return Number(t.replace(/[  ]/g, ''));
  if (/^-?(?:\d+(?:\.\d+)?|\.\d+)$/.test(t)) return Number(t);
  if (/^-?\d{1,3},\d{1,2}$/.test(t)) return Number(t.replace(',', '.')); // decimal comma: "2,5" → 2.5
  return null;
}

/** The multiplier of a scale word or abbreviation ("billion", "bn", "m"), or null. */
export function scaleValue(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  return has(SCALES, w) ? SCALES[w] : null;
}

/**
 * Cardinal words → number: "twenty-three" 23, "one hundred and thirty" 130, "two thousand and two hundred" 2200,
 * "three lakh crore" 3e12, "a hundred" 100. Returns null when the words are not a well-formed number.
 */
export function parseNumberWords(raw: string): number | null {
  const words = raw.toLowerCase().replace(/[‐‑–-]/g, ' ').split(/\s+/).filter((w) => w && w !== 'and');
  if (!words.length) return null;
  let total = 0;
  let group = 0; // the part below the current big scale
  let seen = false;
  let last: 'unit' | 'ten' | 'hundred' | 'scale' | null = null;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if ((w === 'a' || w === 'an') && i === 0 && words.length > 1) {
      group = 1;
      last = 'unit';
      seen = true;
      continue;
    }
    if (has(UNITS, w)) {
      if (last === 'unit' || (last === 'ten' && group % 10 !== 0)) return null; // "five six"
      group += UNITS[w];
      last = 'unit';
    } else if (has(TENS, w)) {
      if (last === 'unit' || last === 'ten') return null;
      group += TENS[w];
      last = 'ten';
    } else if (w === 'hundred') {
      group = (group || 1) * 100;
      last = 'hundred';
    } else {
      const s = scaleValue(w);
      if (s === null || s < 1000 || w.length === 1) return null;
      // "three lakh crore": a scale right after a scale multiplies the running amount
      if (last === 'scale') total *= s;
      else total += (group || 1) * s;
      group = 0;
      last = 'scale';
    }
    seen = true;
  }
  return seen ? total + group : null;
}

/** A digit or word number, with an optional scale already split off by the caller. */
export function parseNumber(raw: string): number | null {
  return parseDigits(raw) ?? parseNumberWords(raw);
}

/** "42nd", "third", "twenty-first", "75th" → 42, 3, 21, 75; null otherwise. */
export function parseOrdinal(raw: string): number | null {
  const t = raw.toLowerCase().trim();
  const d = /^(\d+)(?:st|nd|rd|th)$/.exec(t);
  if (d) return Number(d[1]);
  if (has(ORDINAL_WORDS, t)) return ORDINAL_WORDS[t];
  const m = /^([a-z]+)[\s‐‑–-]+([a-z]+)$/.exec(t);
  if (m && has(TENS, m[1]!) && has(ORDINAL_WORDS, m[2]!) && ORDINAL_WORDS[m[2]!] < 10) return TENS[m[1]!] + ORDINAL_WORDS[m[2]!];
  return null;
}

/** "a third" 1/3, "two-thirds" 2/3, "half" 0.5, "three quarters" 0.75; rounded to 4 decimals like the gold. */
export function parseFraction(numerator: string | null, denominator: string): number | null {
  const d = denominator.toLowerCase();
  if (!has(DENOMINATORS, d)) return null;
  const n = numerator === null || /^(?:a|an|one)$/i.test(numerator) ? 1 : parseNumber(numerator);
  if (n === null) return null;
  return round4(n / DENOMINATORS[d]);
}

export function round4(x: number): number {
  return Math.round(x * 10000) / 10000;
}

/** Multiply without floating noise: 2.38 * 1e9 → 2380000000 (not 2379999999.9999995). */
export function scaled(value: number, scale: number): number {
  const r = value * scale;
  const digits = Math.max(0, 12 - Math.floor(Math.log10(Math.abs(r) || 1)));
  return Number(r.toFixed(Math.min(digits, 12)));
}
