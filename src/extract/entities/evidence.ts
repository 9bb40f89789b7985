// Evidence around an unknown piece of capitalised words: what the words next to it say it is.
import type { Piece } from './candidates.js';
import { lookup } from './gazetteer.js';
import type { PlaceKind } from '../../core/types.js';
import { NON_ORG_ACRONYM, ORG_NOUN_WORDS, PLACE_WORD, ROLE_WORDS, SPEECH, VENUE_WORD } from './words.js';

const DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'who', 'is', 'was', 'also', 'now', 'then', 'currently', 'as']);
const ACRONYM_RE = /^(?:[A-Z]{2,6}|(?:[A-Z]\.){2,4})$/;
const DOMAIN_RE = /\.(?:com|org|net|info|io|news|co\.[a-z]{2})$/i;
const MEDIA_WORD_RE = /^\p{Lu}\p{L}{2,}(?:news|press|post|times)$/u;
const REPORT_VERBS = new Set(['reports', 'reported', 'reporting']);

export type Apposition = 'person' | 'organization' | null;

/** ", an international relations professor" / ", author of" / ", a popular newsletter" / " is news editor of". */
export function apposition(p: Piece): Apposition {
  const last = p.toks[p.to - 1]!;
  const next = p.toks[p.to];
  if (!next) return null;
  const comma = last.gap === ',';
  const copula = last.gap === '' && (next.text === 'is' || next.text === 'was');
  if (!comma && !copula) return null;
  for (let i = copula ? p.to + 1 : p.to, n = 0; i < p.toks.length && n < (copula ? 4 : 7); i++, n++) {
    const t = p.toks[i]!;
    const w = t.text.toLowerCase();
    if (copula && !DETERMINERS.has(w) && !ROLE_WORDS.has(w) && (/(?:ed|ing)$/.test(w) || t.cap)) return null;
    if (n === 0 && comma && !DETERMINERS.has(w) && !ROLE_WORDS.has(w) && !/^\p{Ll}/u.test(t.text)) return null;
    if (ROLE_WORDS.has(w)) return 'person';
    if (ORG_NOUN_WORDS.has(w)) return 'organization';
    if (w === 'who' || w === 'which' || w === 'that') return null;
    if (t.gap !== '' && t.gap !== '-') return null;
  }
  return null;
}

/** "Lula (Brazil)": a name followed by its country in brackets, as in lists of leaders. */
export function parenCountry(p: Piece): boolean {
  const last = p.toks[p.to - 1]!;
  if (!last.gap.startsWith('(')) return false;
  for (let n = 1; n <= 3 && p.to + n <= p.toks.length; n++) {
    const ws = p.toks.slice(p.to, p.to + n);
    if (!ws[n - 1]!.gap.startsWith(')')) continue;
    const e = lookup(ws.map((t) => t.text).join(' '));
    return Boolean(e && e.type === 'place' && e.kind === 'country');
  }
  return false;
}

/** "Xi said", "Lavrov told", "said Putin". */
export function speech(p: Piece): boolean {
  const last = p.toks[p.to - 1]!;
  const next = p.toks[p.to];
  if (next && last.gap === '' && SPEECH.has(next.text.toLowerCase())) return true;
  const prev = p.toks[p.from - 1];
  return Boolean(prev && prev.gap === '' && /^(?:said|says|added|asked|wrote)$/.test(prev.text));
}

/** Signals that a single word names an organization: an acronym, a web domain, a news-outlet word, "X reports",
 *  a "(Bloomberg) --" dateline. */
export function orgSignal(p: Piece, text: string): string | null {
  if (p.to - p.from !== 1) return null;
  const t = p.toks[p.from]!;
  const letters = t.text.replace(/\./g, '');
  if (ACRONYM_RE.test(t.text) && !NON_ORG_ACRONYM.has(letters) && !NON_ORG_ACRONYM.has(t.text) && !p.shouting) return 'acronym';
  if (DOMAIN_RE.test(t.text)) return 'web-domain';
  if (MEDIA_WORD_RE.test(t.text)) return 'media-word';
  const next = p.toks[p.to];
  if (next && t.gap === '' && REPORT_VERBS.has(next.text)) return 'reports';
  const before = text.slice(Math.max(0, t.start - 2), t.start);
  const after = text.slice(t.end, t.end + 6);
  if (/\($/.test(before) && /^\)\s*(?:--|—|–)/.test(after)) return 'dateline';
  return null;
}

/** "Sandton financial district", "Hebei province" → a place (the name alone); "the Filoli estate" → a venue
 *  (the name with its venue word). Returns the kind and the token index where the entity ends. */
export function placeWord(p: Piece): { kind: PlaceKind; to: number } | null {
  const last = p.toks[p.to - 1]!;
  if (last.gap !== '' || last.poss) return null;
  for (let n = 2; n >= 1; n--) {
    const ws = p.toks.slice(p.to, p.to + n);
    if (ws.length < n || ws.some((t) => t.cap)) continue;
    const phrase = ws.map((t) => t.text).join(' ');
    if (VENUE_WORD.has(phrase)) return { kind: 'venue', to: p.to + n };
    if (PLACE_WORD.has(phrase)) return { kind: /district|suburb|neighbo|township|city|town|village|municipality/.test(phrase) ? 'other' : 'region', to: p.to };
  }
  return null;
}
