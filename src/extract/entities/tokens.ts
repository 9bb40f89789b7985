// Word tokens of a sentence with offsets, and the capitalised runs that name candidates are cut from.
import { HYPHEN_PREFIXES, HYPHEN_SUFFIXES, NAME_CONNECTORS, NAME_PARTICLES } from '../lexicon/words.js';

export interface Tok {
  start: number;
  end: number;
  /** surface without a possessive ending ("Putin’s" → "Putin") */
  text: string;
  /** the token ended in ’s / 's / s’ */
  poss: boolean;
  /** starts with an upper-case letter or a digit-led name (G7) */
  cap: boolean;
  /** every letter upper-case and at least two letters ("ICC", "U.S.") */
  upper: boolean;
  /** what stands between this token and the next one, trimmed ("" for plain white space) */
  gap: string;
}

// words, with inner dots, apostrophes, hyphens and ampersands: U.S., D.C., Jean-Pierre, S'thembile, Antiwar.com, G7
export const WORD_RE = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[.'’&-][\p{L}\p{M}\p{N}]+)*\.?/gu;

// WORD_RE read from character codes (tokenize's hot loop): what a code point can be in a word
const STARTS = 1; // \p{L} or \p{N}: a word starts with it
const GOES_ON = 2; // \p{L}, \p{M} or \p{N}: a word goes on with it
/** per BMP code unit: 0 not known yet, else 4 | the bits above */
const BMP_CLASS = new Uint8Array(0x10000);
const START_RE = /^[\p{L}\p{N}]$/u;
const GOES_ON_RE = /^[\p{L}\p{M}\p{N}]$/u;
const classOf = (ch: string) => (START_RE.test(ch) ? STARTS : 0) | (GOES_ON_RE.test(ch) ? GOES_ON : 0);

/** The class bits of the code point at i, and its width in code units (`width`). */
let width = 1;
function classAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  width = 1;
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? STARTS | GOES_ON : 0;
  if (c >= 0xd800 && c <= 0xdfff) {
    if (c <= 0xdbff && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      width = 2;
      return classOf(s.slice(i, i + 2));
    }
    return 0; // a lone surrogate
  }
  let k = BMP_CLASS[c]!;
  if (k === 0) BMP_CLASS[c] = k = 4 | classOf(String.fromCharCode(c));
  return k & 3;
}

/** After the code points that go on with a word from i: the index past them. */
function goOn(s: string, i: number): number {
  while (i < s.length && classAt(s, i) & GOES_ON) i += width;
  return i;
}

const isJoiner = (c: number) => c === 46 || c === 39 || c === 0x2019 || c === 38 || c === 45; // . ' ’ & -

/** The end of the word found by the last `wordStart`. */
let wordEnd = 0;

/** The start of the next match of WORD_RE in s from `from` (its end in `wordEnd`), or -1. */
function wordStart(s: string, from: number): number {
  let i = from;
  while (i < s.length && !(classAt(s, i) & STARTS)) i += width;
  if (i >= s.length) return -1;
  const start = i;
  i = goOn(s, i + width);
  while (i + 1 < s.length && isJoiner(s.charCodeAt(i)) && classAt(s, i + 1) & GOES_ON) i = goOn(s, i + 1);
  if (s.charCodeAt(i) === 46) i++; // a final dot
  wordEnd = i;
  return start;
}

/** Every word of s as [start, end): what WORD_RE matches (for tests). */
export function wordSpans(s: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let at = wordStart(s, 0); at >= 0; at = wordStart(s, wordEnd)) out.push([at, wordEnd]);
  return out;
}
const KEEP_DOT_RE = /^(?:\p{L}\.)+$|^(?:\p{L}\.)+\p{L}\.$|^(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Prof|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Inc|Ltd|Co|Corp)\.$/u;
const GLUED_RE = /(?<=\p{Ll})\.(?=\p{Lu}\p{Ll})/gu;
/** Abbreviations before a glued capital that are no sentence end ("St.Petersburg", "Mr.Kim"). */
const GLUE_ABBREVIATIONS = new Set(['Mr', 'Mrs', 'Ms', 'Dr', 'St', 'Mt', 'Ft', 'Jr', 'Sr', 'Gen', 'Gov', 'Sen', 'Rep', 'Lt', 'Col', 'Capt', 'Sgt', 'Prof', 'No', 'Co', 'Inc', 'Ltd', 'Corp', 'Pres', 'Amb']);

/** A matched word cut at glued sentence breaks (the full stops are left out: each part is followed by one). */
function glued(word: string): string[] {
  if (!word.includes('.')) return [word];
  const out: string[] = [];
  let from = 0;
  for (const m of word.matchAll(GLUED_RE)) {
    const left = word.slice(from, m.index);
    if (GLUE_ABBREVIATIONS.has(left.split(/[.'’&-]/).pop()!)) continue;
    out.push(left);
    from = m.index! + 1;
  }
  out.push(word.slice(from));
  return out;
}

export const PARTICLES: ReadonlySet<string> = new Set(NAME_PARTICLES);

/** Lower-case prefixes glued to a name by a hyphen ("then-House Speaker", "pro-Kremlin", "ex-President"): a word
 *  of their own, so that the name starts after them. */
const PREFIXES: ReadonlySet<string> = new Set(HYPHEN_PREFIXES);
/** Lower-case endings that turn a name into a modifier ("Hague-based", "US-led", "Kremlin-backed"): the name is
 *  a word of its own. */
const SUFFIXES: ReadonlySet<string> = new Set(HYPHEN_SUFFIXES);

/** The parts [from, to) of a matched word: a glued prefix or modifier ending becomes a word of its own. */
function parts(word: string): [number, number][] {
  const out: [number, number][] = [];
  let a = 0;
  let b = word.length;
  const pre = /^(\p{Ll}+)-(?=\p{Lu})/u.exec(word);
  if (pre && PREFIXES.has(pre[1]!)) {
    out.push([0, pre[1]!.length]);
    a = pre[0].length;
  }
  const suf = /-(\p{Ll}+)\.?$/u.exec(word);
  const tail: [number, number][] = [];
  if (suf && suf.index > a && SUFFIXES.has(suf[1]!) && /\p{Lu}/u.test(word.slice(a, suf.index))) {
    tail.push([suf.index + 1, word.length]);
    b = suf.index;
  }
  out.push([a, b], ...tail);
  return out;
}
export const CONNECTORS: ReadonlySet<string> = new Set(NAME_CONNECTORS);

export function tokenize(text: string, from: number, to: number): Tok[] {
  const out: Tok[] = [];
  const slice = text.slice(from, to); // the sentence alone: the scan never reads the text before it
  for (let ws = wordStart(slice, 0); ws >= 0; ws = wordStart(slice, wordEnd)) {
    const w = slice.slice(ws, wordEnd);
    // most words have no inner dot or hyphen: one piece, one part
    if (!w.includes('.') && !w.includes('-')) {
      pushWord(out, text, w, from + ws);
      continue;
    }
    // text glued by a scraper ("Kim Jong Un.Evan Vucci"): a full stop between a lower-case letter and a capitalised
    // word is a sentence break, not an inner dot ("U.S.", "Antiwar.com" stay whole)
    let at = 0;
    for (const piece of glued(w)) {
      for (const [a, b] of parts(piece)) pushWord(out, text, piece.slice(a, b), from + ws + at + a);
      at += piece.length + 1;
    }
  }
  for (let i = 0; i < out.length; i++) {
    const t = out[i]!;
    const nextStart = i + 1 < out.length ? out[i + 1]!.start : to;
    if (!t.poss && blank(text, t.end, nextStart)) continue; // gap stays ""
    let g = text.slice(t.end, nextStart).trim();
    if (t.poss) g = g.replace(/^['’]s?/u, '').trim();
    t.gap = g;
  }
  return out;
}

/** Only ASCII white space (or nothing) in [a, b). */
function blank(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && (c < 9 || c > 13)) return false;
  }
  return true;
}

const QUOTE = 39; // '
const RIGHT_QUOTE = 0x2019; // ’
const S = 115; // s

function pushWord(out: Tok[], text: string, match: string, start: number): void {
  {
    let surface = match;
    if (surface.endsWith('.') && !KEEP_DOT_RE.test(surface)) surface = surface.slice(0, -1);
    let end = start + surface.length;
    let word = surface;
    let poss = false;
    // possessive right after the word ("Putin’s", "Leaders’"): the apostrophe may also follow the match
    const n = word.length;
    const last = word.charCodeAt(n - 1);
    const prev = word.charCodeAt(n - 2);
    if (((last === S && (prev === QUOTE || prev === RIGHT_QUOTE)) || (prev === S && (last === QUOTE || last === RIGHT_QUOTE))) && n > 3) {
      poss = true;
      word = word.replace(/['’]s$/u, '').replace(/s['’]$/u, 's');
    } else if (last === S && (text.charCodeAt(end) === QUOTE || text.charCodeAt(end) === RIGHT_QUOTE)) {
      poss = true; // "Leaders’ "
    }
    const { cap, upper } = caseOf(word);
    if (poss) end = start + word.length;
    out.push({ start, end, text: word, poss, cap, upper, gap: '' });
  }
}

/** `cap`: starts with an upper-case letter or a digit and has a letter; `upper`: two letters or more, all capitals. */
function caseOf(word: string): { cap: boolean; upper: boolean } {
  let letters = 0;
  let lower = false;
  let capital = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128) return caseOfUnicode(word);
    if (c >= 65 && c <= 90) {
      letters++;
      capital = true;
    } else if (c >= 97 && c <= 122) {
      letters++;
      lower = true;
    }
  }
  const c0 = word.charCodeAt(0);
  return { cap: ((c0 >= 65 && c0 <= 90) || (c0 >= 48 && c0 <= 57)) && letters > 0, upper: letters >= 2 && !lower && capital };
}

function caseOfUnicode(word: string): { cap: boolean; upper: boolean } {
  const letters = word.replace(/[^\p{L}]/gu, '');
  const cap = /^[\p{Lu}\p{N}]/u.test(word) && /\p{L}/u.test(word);
  const upper = letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
  return { cap, upper };
}

/** A maximal sequence of capitalised tokens, with particles and connectors inside it. */
export interface Run {
  from: number; // token index, inclusive
  to: number; // token index, exclusive
}

/** Capitalised runs: capitalised tokens joined by plain spaces; a lower-case particle or connector may stand
 *  between two capitalised tokens. A possessive or any punctuation ends a run. */
export function capitalRuns(toks: readonly Tok[], text: string, joinsPossessive: (words: string) => boolean): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < toks.length) {
    if (!toks[i]!.cap) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < toks.length) {
      const prev = toks[j - 1]!;
      if (prev.gap !== '') break;
      if (prev.poss && !joinsPossessive(text.slice(toks[i]!.start, toks[j]!.start).trim())) break;
      const t = toks[j]!;
      if (t.cap) {
        j++;
        continue;
      }
      const lw = t.text.toLowerCase();
      if ((PARTICLES.has(lw) || CONNECTORS.has(lw)) && t.text === lw && t.gap === '' && !t.poss) {
        // up to two connectors or particles in a row ("of the", "von der"), then a capitalised token
        let k = j + 1;
        const small = (t: Tok) => !t.cap && (CONNECTORS.has(t.text) || PARTICLES.has(t.text)) && t.gap === '';
        if (k < toks.length && small(toks[k]!)) k++;
        if (k < toks.length && toks[k]!.cap) {
          j = k + 1;
          continue;
        }
      }
      break;
    }
    runs.push({ from: i, to: j });
    i = j;
  }
  return runs;
}
