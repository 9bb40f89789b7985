// Evidence around an unknown piece of capitalised words: what the words next to it say it is.
import type { Cand, Piece } from './candidates.js';
import { isTown, lookup } from './gazetteer.js';
import type { PlaceKind } from '../../core/types.js';
import { MARKET_MOVES, SHARE_WORDS, ORG_KIND_AFTER, ORG_KIND_BEFORE, EVENT as EVENT_WORD, NAMED_PLACE_WORD, NON_ORG_ACRONYM, ORG_HEAD as ORG_HEAD_WORD, ORG_NOUN_WORDS, PLACE_WORD, PLATFORM_NOUN, ROLE_WORDS, SPEECH, VENUE_WORD, isTitleWord } from './words.js';

const DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'who', 'is', 'was', 'also', 'now', 'then', 'currently', 'as']);
const ACRONYM_RE = /^(?:[A-Z]{2,6}|(?:[A-Z]\.){2,4})$/;
const DOMAIN_RE = /\.(?:com|org|net|info|io|news|co\.[a-z]{2})$/i;
const MEDIA_WORD_RE = /^\p{Lu}\p{L}{2,}(?:news|press|post|times)$/u;
/** One word that ends like a bank, a carrier or a firm ("Bundesbank", "Citibank", "Swissair", "Petrobras" is not). */
const COMPANY_WORD_RE = /^\p{Lu}\p{Ll}{2,}(?:bank|corp|soft|tel|com|air|gaz|neft|prom|media)$/u;
const REPORT_VERBS = new Set(['reports', 'reported', 'reporting']);
/** One word that ends like a building for an audience ("Oceanarium", "Sciencedrome", "Hippodrome", "Superdome"). */
const VENUE_WORD_RE = /^\p{Lu}\p{Ll}{3,}(?:orium|arium|eum|drome|dome)$/u;
/** English common nouns of that shape: capitalised they are no venue's name. */
const VENUE_SHAPED_NOUNS = new Set(['moratorium', 'honorarium', 'auditorium', 'crematorium', 'sanatorium', 'emporium', 'petroleum', 'linoleum', 'mausoleum', 'palindrome', 'syndrome', 'aquarium', 'planetarium', 'terrarium', 'solarium', 'herbarium', 'vivarium', 'aerodrome']);

/** "Oceanarium": a single word shaped like a venue's name, that the document never writes in lower case. */
export function venueShaped(p: Piece, lowerWord: (w: string) => boolean): boolean {
  if (p.to - p.from !== 1) return false;
  const t = p.toks[p.from]!;
  const l = t.text.toLowerCase();
  return !t.upper && VENUE_WORD_RE.test(t.text) && !VENUE_SHAPED_NOUNS.has(l) && !lowerWord(l);
}

export type Apposition = 'person' | 'organization' | null;

/** Words that open a clause after a comma, not an apposition ("the Cosmodrome, where he met …"). */
const CLAUSE_WORDS = new Set(['according', 'citing', 'said', 'says', 'told', 'added', 'reported', 'in', 'on', 'at', 'for', 'with', 'who', 'which', 'that', 'where', 'when', 'while', 'whose', 'whom', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'and', 'but', 'as', 'after', 'before', 'if']);

/** A role noun right after token `i` in the same noun phrase ("bank governor"). */
function roleAfter(toks: Piece['toks'], i: number): boolean {
  for (let j = i; j < i + 2 && j + 1 < toks.length; j++) {
    if (toks[j]!.gap !== '') return false;
    if (ROLE_WORDS.has(toks[j + 1]!.text.toLowerCase())) return true;
  }
  return false;
}

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
    // the last noun of the phrase decides: "the central bank governor" is a person
    if (ORG_NOUN_WORDS.has(w)) return roleAfter(p.toks, i) ? 'person' : 'organization';
    if (CLAUSE_WORDS.has(w)) return null;
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

/** "Yeltsin, 65, was in hospital": a name followed by an age between commas is a person. */
export function ageAfter(p: Piece, text: string): boolean {
  const last = p.toks[p.to - 1]!;
  if (last.gap !== ',' || last.poss) return false;
  const m = /^\s*,\s*(\d{2,3})\s*,/.exec(text.slice(last.end, last.end + 12));
  return Boolean(m && Number(m[1]) >= 16 && Number(m[1]) <= 110);
}

/** "M. Atherton", "J. Okafor": an initial and a capitalised name. */
export function initialName(p: Piece): boolean {
  if (p.to - p.from < 2 || !/^\p{Lu}\.$/u.test(p.toks[p.from]!.text)) return false;
  return p.toks.slice(p.from + 1, p.to).every((t) => t.cap && !t.upper && !t.poss) && !ORG_HEAD_WORD.has(p.toks[p.to - 1]!.text);
}

/** "Xi said", "Lavrov told", "said Putin". */
export function speech(p: Piece): boolean {
  const last = p.toks[p.to - 1]!;
  const next = p.toks[p.to];
  if (next && last.gap === '' && SPEECH.has(next.text.toLowerCase())) return true;
  const prev = p.toks[p.from - 1];
  return Boolean(prev && prev.gap === '' && /^(?:said|says|added|asked|wrote)$/.test(prev.text));
}

/** A sentence that shouts ("We will WIN this TOTALLY, BELIEVE ME"): two or more words of five letters or more in
 *  capitals that no lexicon knows. An unknown all-caps word there is emphasis, not an acronym. */
function shoutedWords(p: Piece): boolean {
  let n = 0;
  for (let i = 0; i < p.toks.length && n < 2; i++) {
    const t = p.toks[i]!;
    if (i !== p.from && t.upper && t.text.length >= 5 && /^\p{Lu}+$/u.test(t.text) && /[AEIOUY]/.test(t.text) && !lookup(t.text, true)) n++;
  }
  return n >= 2;
}

/** Signals that a single word names an organization: an acronym, a web domain, a news-outlet word, "X reports",
 *  a "(Bloomberg) --" dateline. */
export function orgSignal(p: Piece, text: string): 'acronym' | 'web-domain' | 'media-word' | 'company-word' | 'reports' | 'dateline' | null {
  if (p.to - p.from !== 1) return null;
  const t = p.toks[p.from]!;
  const letters = t.text.replace(/\./g, '');
  // an acronym with a number after it is a product or a version ("IE 11", "MH 17"), not an organization
  const version = t.gap === '' && /^\p{N}+$/u.test(p.toks[p.from + 1]?.text ?? '');
  if (ACRONYM_RE.test(t.text) && !NON_ORG_ACRONYM.has(letters) && !NON_ORG_ACRONYM.has(t.text) && !p.shouting && !version && !shoutedWords(p)) return 'acronym';
  if (DOMAIN_RE.test(t.text)) return 'web-domain';
  if (MEDIA_WORD_RE.test(t.text)) return 'media-word';
  if (COMPANY_WORD_RE.test(t.text)) return 'company-word';
  const next = p.toks[p.to];
  if (next && t.gap === '' && REPORT_VERBS.has(next.text)) return 'reports';
  const before = text.slice(Math.max(0, t.start - 2), t.start);
  const after = text.slice(t.end, t.end + 6);
  if (/\($/.test(before) && /^\)\s*(?:--|—|–)/.test(after)) return 'dateline';
  return null;
}

/** "the daily Aftenposten", "carmaker Volvo" (a kind of organization right before the name) or "the Kommersant
 *  newspaper", "the Labour party" (right after it, which stays out of the name). A piece that reads as a person's name
 *  ("the group Ana Lima") is left to the person rules. */
export function orgKind(p: Piece, personName: boolean): 'org-kind-before' | 'org-kind-after' | 'shares-of' | null {
  if (personName) return null;
  const prev = p.toks[p.from - 1];
  if (prev && prev.gap === '' && !prev.poss && !prev.cap && ORG_KIND_BEFORE.has(prev.text)) return 'org-kind-before';
  const last = p.toks[p.to - 1]!;
  const next = p.toks[p.to];
  if (next && last.gap === '' && !last.poss && !next.cap && ORG_KIND_AFTER.has(next.text)) return 'org-kind-after';
  // "shares of Alcatel", "a stake in Elf Aquitaine", "Volvo shares rose"
  const prev2 = p.toks[p.from - 2];
  if (prev && prev2 && prev2.gap === '' && prev.gap === '' && SHARE_WORDS.has(prev2.text.toLowerCase()) && (prev.text === 'of' || prev.text === 'in')) return 'shares-of';
  const move = p.toks[p.to + 1];
  if (next && move && last.gap === '' && next.gap === '' && SHARE_WORDS.has(next.text) && MARKET_MOVES.has(move.text)) return 'shares-of';
  return null;
}

/** "the Kremlin's Telegram channel", "his VK page": a name right before a platform noun is an organization. */
export function platform(p: Piece): boolean {
  const last = p.toks[p.to - 1]!;
  const next = p.toks[p.to];
  return Boolean(next && last.gap === '' && !last.poss && !next.cap && PLATFORM_NOUN.has(next.text));
}

/** "X (formerly Twitter)": a name whose former name, in brackets, is a known organization. */
export function formerly(p: Piece, byStart: ReadonlyMap<number, Cand>, text: string): boolean {
  const last = p.toks[p.to - 1]!;
  const m = /^\s*\((?:formerly|previously)(?:\s+known\s+as)?\s+/.exec(text.slice(last.end, last.end + 40));
  if (!m) return false;
  const at = last.end + m[0].length;
  return byStart.get(at)?.type === 'organization';
}

const PLACE_PREPOSITIONS = new Set(['in', 'near', 'outside', 'around']);

/** A town name that is also a word of the rules ("Summit", "Union") or that the document writes in lower case
 *  ("independence"): capitalised after "in", it is more likely that word than the town. */
function commonWord(name: string, lowerWord: (w: string) => boolean): boolean {
  if (/\s/.test(name)) return false;
  return EVENT_WORD.has(name) || ORG_HEAD_WORD.has(name) || isTitleWord(name) || lowerWord(name.toLowerCase());
}

/** Evidence that an unknown name is a town: "in Woodside" (a town of the lexicon after a place preposition) or
 *  "Woodside, California" / "WOODSIDE, Calif." (a name, a comma, then a state or a country that ends the phrase). */
export function townSignal(p: Piece, byStart: ReadonlyMap<number, Cand>, lowerWord: (w: string) => boolean): 'town' | 'place-comma' | null {
  const last = p.toks[p.to - 1]!;
  if (last.poss) return null;
  const name = p.toks.slice(p.from, p.to).map((t) => t.text).join(' ');
  const prev = p.toks[p.from - 1];
  if (!p.shouting && prev && prev.gap === '' && PLACE_PREPOSITIONS.has(prev.text) && p.to - p.from <= 3 && isTown(name) && !commonWord(name, lowerWord)) return 'town';
  if (last.gap !== ',' || (p.shouting && !p.toks[p.from]!.upper)) return null;
  const next = p.toks[p.to];
  if (!next) return null;
  const c = byStart.get(next.start);
  if (!c || c.type !== 'place' || (c.kind !== 'region' && c.kind !== 'country')) return null;
  // the state or country must end there: not a title run ("California Governor …") nor a list ("Japan and …")
  const k = p.toks.findIndex((t) => t.end === c.end);
  const after = p.toks[k + 1];
  const t = p.toks[k];
  if (k < 0 || !t || t.poss) return null;
  if (after && t.gap === '' && (after.cap || after.text === 'and' || after.text === 'or')) return null;
  if (c.kind === 'country' && t.gap === ',') return null;
  return 'place-comma';
}

/** "Sandton financial district", "Hebei province" → a place (the name alone); "the Filoli estate" → a venue
 *  (the name with its venue word). Returns the kind and the token index where the entity ends. */
export function placeWord(p: Piece): { kind: PlaceKind; to: number } | null {
  const last = p.toks[p.to - 1]!;
  if (last.gap !== '' || last.poss) return null;
  for (let n = 3; n >= 1; n--) {
    const ws = p.toks.slice(p.to, p.to + n);
    if (ws.length < n || ws.some((t) => t.cap)) continue;
    const phrase = ws.map((t) => t.text).join(' ');
    if (VENUE_WORD.has(phrase)) return { kind: 'venue', to: p.to + n };
    if (NAMED_PLACE_WORD.has(phrase)) return { kind: 'region', to: p.to + n };
    if (PLACE_WORD.has(phrase)) return { kind: /district|suburb|neighbo|township|city|town|village|municipality/.test(phrase) ? 'other' : 'region', to: p.to };
  }
  return null;
}
