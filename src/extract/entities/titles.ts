// Title phrases around a name: "Chinese President Xi Jinping", "Russia's foreign minister Sergey Lavrov",
// "his commerce minister, Wang Wentao", "U.S. Secretary of State Marco Rubio", "Kremlin spokesman Dmitry Peskov".
import { isDemonym, lookup } from './gazetteer.js';
import type { Tok } from './tokens.js';
import { FUNCTION, ORG_HEAD, PORTFOLIO, TITLE_HEAD_WORDS, isTitleWord } from './words.js';

const low = (t: Tok | undefined) => (t ? t.text.toLowerCase() : '');

/** Tokens [k, j) that are a country, an organization or a nationality word before a title ("U.S.", "South African"). */
export function prefixEnd(toks: readonly Tok[], text: string, k: number, b: number): number {
  for (let j = Math.min(b, k + 3); j > k; j--) {
    const s = text.slice(toks[k]!.start, toks[j - 1]!.end);
    if (isDemonym(s)) return j;
    const e = lookup(s, toks[k]!.upper);
    if (e) return j;
  }
  return k;
}

/** After "of" / "for" in a title: the end of a portfolio ("Natural Resources", "Trade and Industry") or of a
 *  country ("President of Russia"); `k` when there is none. Ends on a capitalised word. */
function portfolioEnd(toks: readonly Tok[], text: string, k: number, b: number): number {
  const c = prefixEnd(toks, text, k, b);
  if (c > k && lookup(text.slice(toks[k]!.start, toks[c - 1]!.end))) return c;
  let j = k;
  let end = k;
  while (j < b && PORTFOLIO.has(low(toks[j])) && !toks[j]!.poss) {
    if (toks[j]!.cap) end = j + 1;
    if (toks[j]!.gap !== '') break;
    j++;
  }
  return end;
}

/** A title at the start of a capitalised run: returns the index of the first name token, or -1. */
export function titleInRun(toks: readonly Tok[], text: string, a: number, b: number): { nameFrom: number; titleFrom: number } | -1 {
  let k = a;
  for (let n = 0; n < 2; n++) {
    const e = prefixEnd(toks, text, k, b);
    if (e === k) break;
    k = e;
  }
  // "Commission President Lars Eklund", "Central Bank Governor Ana Ruiz", "AU Commission Chairperson Kwame …": the
  // body (up to two capitalised words and its head word) whose office the title is
  for (let j = k; j < Math.min(b - 1, k + 3); j++) {
    const tok = toks[j]!;
    if (!tok.cap || tok.poss || tok.gap !== '') break;
    if (ORG_HEAD.has(tok.text) && toks[j + 1]!.cap && isTitleWord(low(toks[j + 1]))) {
      k = j + 1;
      break;
    }
  }
  let t = k;
  let lastHead = -1;
  while (t < b) {
    const w = low(toks[t]);
    // "Minister of Natural Resources", "Secretary of State", "Minister for Foreign Affairs", "President of Russia"
    if ((w === 'of' || w === 'for') && lastHead >= 0 && lastHead === t - 1 && toks[t - 1]!.gap === '') {
      const p = portfolioEnd(toks, text, t + 1, b);
      if (p > t + 1) {
        t = p;
        lastHead = t - 1;
        continue;
      }
    }
    if (!isTitleWord(w) || !toks[t]!.cap) break;
    if (TITLE_HEAD_WORDS.has(w)) lastHead = t;
    if (toks[t]!.poss || toks[t]!.gap !== '') break;
    t++;
  }
  if (lastHead < k || lastHead + 1 >= b) return -1;
  return { nameFrom: lastHead + 1, titleFrom: a };
}

/** A title phrase right before token `from` (lower-case or capitalised, maybe with a comma in between):
 *  returns the index of its first token, or -1. */
export function titleBefore(toks: readonly Tok[], text: string, from: number): number {
  let k = from - 1;
  if (k < 0) return -1;
  const g = toks[k]!.gap;
  if (g !== '' && g !== ',') return -1;
  // "minister of commerce, Wang Wentao" / "minister of defence Dong Jun"
  if (!TITLE_HEAD_WORDS.has(low(toks[k]))) {
    if (low(toks[k - 1]) === 'of' && TITLE_HEAD_WORDS.has(low(toks[k - 2]))) k -= 2;
    else if (low(toks[k - 2]) === 'of' && TITLE_HEAD_WORDS.has(low(toks[k - 3])) && toks[k - 1]!.gap === '') k -= 3;
    else return -1;
  }
  if (toks[k]!.poss) return -1;
  return extendTitleBack(toks, text, k);
}

/** Extend a title phrase starting at token `k` back over modifiers, nationality words and a possessive country
 *  ("France’s former Prime Minister", "Russia's foreign minister"). */
export function extendTitleBack(toks: readonly Tok[], text: string, k: number): number {
  while (k > 0) {
    const p = toks[k - 1]!;
    if (p.gap !== '') break;
    const w = p.text.toLowerCase();
    if (FUNCTION.has(w)) break;
    if (k > 1 && toks[k - 2]!.gap === '' && isDemonym(text.slice(toks[k - 2]!.start, p.end))) k -= 2;
    else if (isTitleWord(w) && !p.poss) k--;
    else if (isDemonym(p.text)) k--;
    else if (p.cap && lookup(p.text, p.upper)) k--;
    else break;
    if (p.poss) break;
  }
  return k;
}

/** The text of a title phrase [from, to) without trailing punctuation. */
export function titleText(toks: readonly Tok[], text: string, from: number, to: number): string {
  return text.slice(toks[from]!.start, toks[to - 1]!.end).replace(/[\s,]+$/u, '');
}
