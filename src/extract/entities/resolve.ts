// Unknown pieces → people and organizations, from the evidence around them, the words of personal names, and
// the names already found elsewhere in the document.
import type { Cand, EntityRule, Piece } from './candidates.js';
import { ageAfter, apposition, formerly, initialName, orgKind, orgSignal, parenCountry, placeWord, platform, speech, townSignal, venueShaped } from './evidence.js';
import { titleText } from './titles.js';
import { CALENDAR, EVENT, FUNCTION, ORG_HEAD, ROLE_WORDS, isTitleWord } from './words.js';
import { MAX_LEADER_TOKENS, isFamilyNameFirst, isFirstName, isLeaderName, isLeaderShortForm, isSurname } from './gazetteer.js';
import { fold, hasLowerWord } from '../../core/text.js';
import { knownOrganization } from './known-orgs.js';
import { spellingKey } from './spelling.js';

const pieceText = (p: Piece, text: string, a = p.from, b = p.to) => text.slice(p.toks[a]!.start, p.toks[b - 1]!.end);

function cand(p: Piece, text: string, type: Cand['type'], rule: EntityRule, titles: string[] = [], a = p.from, b = p.to, name?: string): Cand {
  const start = p.toks[a]!.start;
  const end = p.toks[b - 1]!.end;
  return { type, start, end, name: name ?? text.slice(start, end), titles, rule, sentence: p.sentence };
}

/** Words that cannot be a whole name on their own: titles ("Press Secretary"), event words, org heads. */
function onlyCommonWords(p: Piece): boolean {
  for (let i = p.from; i < p.to; i++) {
    const w = p.toks[i]!.text;
    if (!isTitleWord(w) && !EVENT.has(w) && !ORG_HEAD.has(w)) return false;
  }
  return true;
}

/** An acronym in brackets right after a name: "(ICC)" takes the type and canonical name of what precedes it;
 *  after an event or initiative ("Belt and Road Initiative (BRI)") it is no entity at all. */
function definition(p: Piece, text: string, byEnd: ReadonlyMap<number, Cand>, eventAcronyms: Set<string>): Cand | null | 'drop' {
  const t = p.toks[p.from]!;
  if (p.to - p.from !== 1 || !/^[A-Z]{2,8}$/.test(t.text)) return null;
  if (!/\(\s*$/.test(text.slice(Math.max(0, t.start - 3), t.start)) || !t.gap.startsWith(')')) return null;
  const prevTok = p.toks[p.from - 1];
  if (!prevTok) return null;
  const found = byEnd.get(prevTok.end);
  const before = found && found.sentence === p.sentence ? found : undefined;
  if (!before) {
    // after a name that no rule took (an event: "Belt and Road Initiative (BRI)") or a common noun ("exclusive
    // economic zone (EEZ)") it is dropped; after a date ("Oct 17 (EFE)", " date 2023-10-17 (MENAFN)") it is a
    // dateline's agency, no definition at all
    if (/^\p{N}/u.test(prevTok.text) || CALENDAR.has(prevTok.text.toLowerCase())) return null;
    eventAcronyms.add(t.text);
    return 'drop';
  }
  const out = cand(p, text, before.type, 'acronym-definition');
  out.canonical = before.canonical ?? before.name;
  if (before.kind) out.kind = before.kind;
  return out;
}

export function resolvePieces(pieces: readonly Piece[], cands: Cand[], text: string): void {
  const eventAcronyms = new Set<string>();
  const left: Piece[] = [];
  const nameWordsLeft: Piece[] = [];
  const personWords = new Set(cands.filter((c) => c.type === 'person').flatMap((c) => c.name.split(/\s+/).map(fold)));
  const alone = soloPeople(pieces, cands);
  // a word the document writes in lower case ("the market square" against "Market Square")
  const lowerWord = (w: string) => hasLowerWord(text, w);
  // the names the capitalised runs gave, by where they start (for "Woodside, California", "X (formerly Twitter)")
  const byStart = new Map<number, Cand>();
  const byEnd = new Map<number, Cand>();
  for (const c of cands) {
    if (!byStart.has(c.start)) byStart.set(c.start, c);
    if (!byEnd.has(c.end)) byEnd.set(c.end, c);
  }
  for (const p of pieces) {
    const town = personWordIn(p, personWords) ? null : townSignal(p, byStart, lowerWord);
    if (town) {
      const c = cand(p, text, 'place', town);
      c.kind = 'city';
      cands.push(c);
      continue;
    }
    if (p.shouting) {
      if (!leaders(p, text, cands, left)) left.push(p);
      continue;
    }
    const def = definition(p, text, byEnd, eventAcronyms);
    if (def === 'drop') continue;
    if (def) { cands.push(def); continue; }
    if (onlyCommonWords(p)) continue;
    if (platform(p) || formerly(p, byStart, text)) { cands.push(cand(p, text, 'organization', 'platform')); continue; }
    // a single letter is no name of a person or place ("a post on X", "Plan B")
    if (p.to - p.from === 1 && p.toks[p.from]!.text.replace(/\./g, '').length === 1) continue;
    if (p.titleFrom >= 0) {
      cands.push(cand(p, text, 'person', 'title-before', [titleText(p.toks, text, p.titleFrom, p.from)]));
      continue;
    }
    if (parenCountry(p)) { cands.push(cand(p, text, 'person', 'name-paren-country')); continue; }
    if (ageAfter(p, text)) { cands.push(cand(p, text, 'person', 'age-apposition')); continue; }
    if (initialName(p)) { cands.push(cand(p, text, 'person', 'initial-name')); continue; }
    const pw = placeWord(p);
    if (pw) {
      const c = cand(p, text, 'place', pw.kind === 'venue' ? 'venue-word' : 'place-word', [], p.from, pw.to);
      c.kind = pw.kind;
      cands.push(c);
      continue;
    }
    if (venueShaped(p, lowerWord)) {
      const c = cand(p, text, 'place', 'venue-shaped');
      c.kind = 'venue';
      cands.push(c);
      continue;
    }
    const app = apposition(p);
    if (app) { cands.push(cand(p, text, app, `apposition-${app === 'person' ? 'role' : 'org-noun'}`)); continue; }
    const org = orgSignal(p, text);
    if (org && !eventAcronyms.has(p.toks[p.from]!.text)) { cands.push(cand(p, text, 'organization', org)); continue; }
    const kindOrg = orgKind(p, personWordIn(p, personWords) || namedLikePerson(p));
    if (kindOrg) { cands.push(cand(p, text, 'organization', kindOrg)); continue; }
    if (!personWordIn(p, personWords) && knownOrganization(p.toks.slice(p.from, p.to).map((t) => t.text), p.initial, lowerWord)) {
      cands.push(cand(p, text, 'organization', 'known-organization'));
      continue;
    }
    if (p.to - p.from === 1 && !p.initial && speech(p)) { cands.push(cand(p, text, 'person', 'speech-verb')); continue; }
    if (leaders(p, text, cands, left)) continue;
    if (fullName(p) && (alone.has(fold(p.toks[p.from]!.text)) || alone.has(fold(p.toks[p.to - 1]!.text)))) {
      cands.push(cand(p, text, 'person', 'name-used-alone'));
      continue;
    }
    nameWordsLeft.push(p);
  }
  // the words of personal names (compromise's first names and surnames, read from a lexicon built from it, so
  // compromise itself never has to load): a name of two to five words with one of them is a person, and so is a
  // name of two or three words that starts with a family name of the family-name-first traditions ("Wang Wentao")
  const knownWords = new Set(cands.filter((c) => c.type === 'person').flatMap((c) => c.name.split(/\s+/).map(fold)));
  for (const p of nameWordsLeft) {
    const n = p.to - p.from;
    const toks = p.toks.slice(p.from, p.to);
    if (n === 1 || n > 5 || toks.some((t) => /\p{N}/u.test(t.text)) || toks.every((t) => knownWords.has(fold(t.text)))) {
      left.push(p);
      continue;
    }
    // a first name before the last word, or a surname as the last word ("Putin Arrives" is no name)
    const named = toks.some((t, i) => i < n - 1 && isFirstName(t.text)) || isSurname(toks[n - 1]!.text);
    const familyFirst = n <= 3 && isFamilyNameFirst(toks[0]!.text) && toks.slice(1).every((t) => !t.upper && !isTitleWord(t.text) && !EVENT.has(t.text) && !ORG_HEAD.has(t.text));
    if (named || familyFirst) cands.push(cand(p, text, 'person', named ? 'name-words' : 'family-name-first'));
    else left.push(p);
  }
  const single = knownNames(orgShortForms(coordinated(left, cands, text), cands, text), cands, text);
  unknownWords(surnamesAlone(leaderShortForms(single, cands, text, lowerWord), cands, text, lowerWord), cands, text, lowerWord);
}

const NOT_PERSON_BEFORE_RE = /\b(?:the|a|an|in|at|near|from|into|outside|inside|across|via)\s+$/i;
const NUMBER_WORD_RE = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|dozens?|hundreds|thousands|millions?|billions?)(?:-\p{L}+)?$/iu;

/** Lone capitalised words still unknown ("… held talks with Sovaleni"): kept as weak person mentions, which only
 *  another source of the run can confirm (reconcile/weak.ts). Not a title, event, calendar or function word, not a
 *  word the article writes in lower case, not in a shouted line, three letters or more. */
function unknownWords(pieces: readonly Piece[], cands: Cand[], text: string, lowerWord: (w: string) => boolean): void {
  for (const p of pieces) {
    if (p.to - p.from !== 1 || p.shouting) continue;
    const t = p.toks[p.from]!;
    const w = t.text.replace(/['’]s$/, '');
    if (t.upper || w.length < 3 || NUMBER_WORD_RE.test(w) || !/^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?$/u.test(w) || isTitleWord(w) || EVENT.has(w) || ORG_HEAD.has(w) || CALENDAR.has(w.toLowerCase()) || FUNCTION.has(w.toLowerCase()) || lowerWord(w.toLowerCase())) continue;
    // "at the Ballhausplatz", "in Apia": a name after an article or a preposition of place is no person's
    if (NOT_PERSON_BEFORE_RE.test(text.slice(Math.max(0, t.start - 12), t.start))) continue;
    const c = cand(p, text, 'person', 'unknown-word');
    c.weak = true;
    cands.push(c);
  }
}

/** "Modi", "Lula", "Xi" with no other evidence, at a sentence start or in a headline too: a well-known leader's
 *  short form (gazetteer.ts) is a person — not a word the article writes in lower case, not in a shouted line.
 *  Returns the pieces still unknown. */
function leaderShortForms(pieces: readonly Piece[], cands: Cand[], text: string, lowerWord: (w: string) => boolean): Piece[] {
  const rest: Piece[] = [];
  for (const p of pieces) {
    const t = p.toks[p.from]!;
    if (p.to - p.from === 1 && !p.shouting && !t.upper && isLeaderShortForm(t.text.replace(/['’]s$/, '')) && !lowerWord(t.text.toLowerCase())) {
      cands.push(cand(p, text, 'person', 'leader-short-form'));
    } else rest.push(p);
  }
  return rest;
}

/** "Arafat", "Netanyahu" in running text with no other evidence: a single capitalised word that the lexicon of
 *  personal names knows as a surname or a one-word famous name is a person — not at a sentence start, not in a
 *  headline, not a word the article writes in lower case ("Brown", "Young" as words), not a title word. */
function surnamesAlone(pieces: readonly Piece[], cands: Cand[], text: string, lowerWord: (w: string) => boolean): Piece[] {
  const rest: Piece[] = [];
  for (const p of pieces) {
    const t = p.toks[p.from]!;
    if (p.shouting || p.initial || t.poss || t.upper || t.text.length < 4 || !isSurname(t.text) || isFirstName(t.text) ||
      isTitleWord(t.text) || EVENT.has(t.text) || ORG_HEAD.has(t.text) || lowerWord(t.text.toLowerCase())) {
      rest.push(p);
      continue;
    }
    cands.push(cand(p, text, 'person', 'surname-alone'));
  }
  return rest;
}

/** "Hydro" after "Norsk Hydro", "Sachs" never (a surname): one word of an organization named in full earlier in
 *  the document — its first or last word, not a head word ("Bank") nor a word of a person's name — is that
 *  organization. Returns the pieces still unknown. */
function orgShortForms(left: readonly Piece[], cands: Cand[], text: string): Piece[] {
  const parts = new Map<string, Cand>();
  const taken = new Set<string>();
  for (const c of cands) {
    if (c.type === 'person') for (const w of c.name.split(/\s+/)) taken.add(fold(w));
    if (c.type !== 'place') continue;
    for (const w of c.name.split(/\s+/)) taken.add(fold(w));
  }
  for (const c of cands) {
    if (c.type !== 'organization') continue;
    const ws = c.name.replace(/^the\s+/i, '').split(/\s+/);
    if (ws.length < 2) continue;
    for (const w of new Set([ws[0]!, ws.at(-1)!])) {
      if (w.length < 4 || !/^\p{Lu}\p{Ll}/u.test(w) || ORG_HEAD.has(w) || isTitleWord(w) || isSurname(w) || isFirstName(w) || taken.has(fold(w))) continue;
      if (!parts.has(w)) parts.set(w, c);
    }
  }
  if (!parts.size) return [...left];
  const rest: Piece[] = [];
  for (const p of left) {
    const org = p.to - p.from === 1 && !p.shouting ? parts.get(p.toks[p.from]!.text) : undefined;
    if (!org || org.start >= p.toks[p.from]!.start) { rest.push(p); continue; }
    const c = cand(p, text, 'organization', 'org-short-form');
    c.canonical = org.canonical ?? org.name;
    cands.push(c);
  }
  return rest;
}

/** A first name before the last word, or a surname as the last word: the shape of a personal name. */
function namedLikePerson(p: Piece): boolean {
  const toks = p.toks.slice(p.from, p.to);
  return toks.some((t, i) => i < toks.length - 1 && isFirstName(t.text)) || (toks.length > 1 && isSurname(toks.at(-1)!.text));
}

/** A word of a person named in the document ("Ford" after "Gerald Ford") stands in the piece. */
function personWordIn(p: Piece, personWords: ReadonlySet<string>): boolean {
  return p.toks.slice(p.from, p.to).some((t) => personWords.has(fold(t.text)));
}

/** Well-known leaders written in full inside a piece (headlines included: "Xi Jinping and Vladimir Putin
 *  Strengthen Ties"): people; the words around them are left for the names known in the document. */
function leaders(p: Piece, text: string, cands: Cand[], left: Piece[]): boolean {
  let from = p.from;
  let found = false;
  for (let i = p.from; i < p.to; i++) {
    for (let j = Math.min(p.to, i + MAX_LEADER_TOKENS); j >= i + 2; j--) {
      if (!isLeaderName(pieceText(p, text, i, j))) continue;
      if (i > from) left.push({ ...p, from, to: i });
      cands.push(cand(p, text, 'person', 'leader-name', [], i, j));
      found = true;
      from = j;
      i = j - 1;
      break;
    }
  }
  if (found && from < p.to) left.push({ ...p, from });
  return found;
}

/** Two or three capitalised words, no acronym, outside a headline: the shape of a full personal name. */
function fullName(p: Piece): boolean {
  const n = p.to - p.from;
  return !p.shouting && n >= 2 && n <= 3 && p.toks.slice(p.from, p.to).every((t) => t.cap && !t.upper && !t.poss);
}

/** Single words the document uses alone as a person's name: "Xi said", "President Xi", "said Putin". */
function soloPeople(pieces: readonly Piece[], cands: readonly Cand[]): Set<string> {
  const out = new Set<string>();
  for (const c of cands) if (c.type === 'person' && !/\s/.test(c.name)) out.add(fold(c.name));
  for (const p of pieces) {
    if (p.to - p.from !== 1 || p.shouting || !speech(p)) continue;
    const w = p.toks[p.from]!.text;
    // a sentence-opening word counts unless it reads as a common noun ("Analysts said", "Officials said")
    if (!p.initial || (!isTitleWord(w) && !ROLE_WORDS.has(w.toLowerCase()) && !/[^s]s$/.test(w))) out.add(fold(w));
  }
  return out;
}

/** "Li Qiang and Vladimir Putin", "Vladimir Putin and Li Qiang": a full name joined by "and" to a person found
 *  above is a person too. Returns the pieces still unknown. */
function coordinated(left: readonly Piece[], cands: Cand[], text: string): Piece[] {
  const rest: Piece[] = [];
  const starts = new Set<number>();
  const ends = new Set<number>();
  for (const c of cands) if (c.type === 'person') { starts.add(c.start); ends.add(c.end); }
  for (const p of left) {
    const before = p.toks[p.from - 1];
    const after = p.toks[p.to];
    const prevName = before && before.text === 'and' && before.gap === '' ? p.toks[p.from - 2] : undefined;
    const nextName = after && after.text === 'and' && p.toks[p.to - 1]!.gap === '' && after.gap === '' ? p.toks[p.to + 1] : undefined;
    const joined = Boolean((prevName && prevName.gap === '' && ends.has(prevName.end)) || (nextName && starts.has(nextName.start)));
    if (fullName(p) && joined) cands.push(cand(p, text, 'person', 'coordinated'));
    else rest.push(p);
  }
  return rest;
}

/** No name of a person or a place found in the document is longer than this. */
const MAX_NAME_WORDS = 8;

/** Pieces (headlines and sentence starts included) made of words of a person already named in the document:
 *  "Putin" after "Vladimir Putin", "XI" in a shouted headline after "Xi Jinping". */
function knownNames(left: readonly Piece[], cands: Cand[], text: string): Piece[] {
  const unmatched: Piece[] = [];
  // every run of words inside a person's name, folded → those words as the name writes them (first name wins)
  const known = new Map<string, string[]>();
  const seen = new Set<string>();
  for (const c of cands) {
    if (c.type !== 'person' || seen.has(c.name)) continue;
    seen.add(c.name);
    const k = c.name.split(/\s+/);
    const kf = k.map(fold);
    for (let i = 0; i < k.length; i++) {
      for (let j = i + 1; j <= k.length; j++) {
        const key = kf.slice(i, j).join(' ');
        if (!known.has(key)) known.set(key, k.slice(i, j));
      }
    }
  }
  // places that evidence found once in the document ("in Woodside") are places wherever the name stands alone
  const places = new Map<string, Cand>();
  for (const c of cands) if (c.type === 'place' && (c.rule === 'town' || c.rule === 'place-comma')) places.set(fold(c.name), c);
  if (!known.size && !places.size) return left.filter((p) => p.to - p.from === 1);
  const match = (words: string[]): string[] | null => known.get(words.map(fold).join(' ')) ?? null;
  // one word of a person's name written another way ("Zelensky" after "Volodymyr Zelenskyy"): by spelling key
  const bySpelling = new Map<string, string>();
  for (const c of cands) {
    if (c.type !== 'person') continue;
    for (const w of c.name.split(/\s+/)) if (w.length >= 5 && !isTitleWord(w)) bySpelling.set(spellingKey(w), w);
  }
  for (const p of left) {
    for (let i = p.from; i < p.to; ) {
      let hit = 0;
      for (let j = Math.min(p.to, i + MAX_NAME_WORDS); j > i; j--) {
        const place = places.get(fold(pieceText(p, text, i, j)));
        if (place) {
          cands.push({ ...cand(p, text, 'place', 'known-place', [], i, j), kind: place.kind });
          hit = j;
          break;
        }
        const words = pieceText(p, text, i, j).split(/\s+/);
        const m = match(words);
        if (m && !m.every((w) => isTitleWord(w))) {
          cands.push(cand(p, text, 'person', 'known-name', [], i, j, m.join(' ')));
          hit = j;
          break;
        }
        const w = p.toks[i]!;
        if (j === i + 1 && !p.shouting && w.text.length >= 5 && /^\p{Lu}\p{Ll}/u.test(w.text) && bySpelling.has(spellingKey(w.text))) {
          cands.push(cand(p, text, 'person', 'known-name-variant', [], i, j));
          hit = j;
          break;
        }
      }
      i = hit || i + 1;
    }
    if (p.to - p.from === 1 && cands.at(-1)?.start !== p.toks[p.from]!.start) unmatched.push(p);
  }
  return unmatched;
}
