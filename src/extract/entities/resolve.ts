// Unknown pieces → people and organizations, from the evidence around them, compromise's name tags, and
// the names already found elsewhere in the document.
import { personEvidence, tagTerms, type TaggedTerm } from '../../segment/nlp.js';
import type { Cand, Piece } from './candidates.js';
import { apposition, formerly, orgSignal, parenCountry, placeWord, platform, speech, townSignal } from './evidence.js';
import { titleText } from './titles.js';
import { EVENT, ORG_HEAD, isTitleWord } from './words.js';

const pieceText = (p: Piece, text: string, a = p.from, b = p.to) => text.slice(p.toks[a]!.start, p.toks[b - 1]!.end);

function cand(p: Piece, text: string, type: Cand['type'], rule: string, titles: string[] = [], a = p.from, b = p.to, name?: string): Cand {
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
function definition(p: Piece, text: string, cands: readonly Cand[], eventAcronyms: Set<string>): Cand | null | 'drop' {
  const t = p.toks[p.from]!;
  if (p.to - p.from !== 1 || !/^[A-Z]{2,8}$/.test(t.text)) return null;
  if (!/\(\s*$/.test(text.slice(Math.max(0, t.start - 3), t.start)) || !t.gap.startsWith(')')) return null;
  const prevTok = p.toks[p.from - 1];
  if (!prevTok) return null;
  const before = cands.find((c) => c.sentence === p.sentence && c.end === prevTok.end);
  if (!before) {
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
  const needNlp: Piece[] = [];
  const personWords = new Set(cands.filter((c) => c.type === 'person').flatMap((c) => c.name.split(/\s+/).map(fold)));
  for (const p of pieces) {
    const town = p.toks.slice(p.from, p.to).some((t) => personWords.has(fold(t.text))) ? null : townSignal(p, cands);
    if (town) {
      const c = cand(p, text, 'place', town);
      c.kind = 'city';
      cands.push(c);
      continue;
    }
    if (p.shouting) { left.push(p); continue; }
    const def = definition(p, text, cands, eventAcronyms);
    if (def === 'drop') continue;
    if (def) { cands.push(def); continue; }
    if (onlyCommonWords(p)) continue;
    if (platform(p) || formerly(p, cands, text)) { cands.push(cand(p, text, 'organization', 'platform')); continue; }
    // a single letter is no name of a person or place ("a post on X", "Plan B")
    if (p.to - p.from === 1 && p.toks[p.from]!.text.replace(/\./g, '').length === 1) continue;
    if (p.titleFrom >= 0) {
      cands.push(cand(p, text, 'person', 'title-before', [titleText(p.toks, text, p.titleFrom, p.from)]));
      continue;
    }
    if (parenCountry(p)) { cands.push(cand(p, text, 'person', 'name-paren-country')); continue; }
    const pw = placeWord(p);
    if (pw) {
      const c = cand(p, text, 'place', pw.kind === 'venue' ? 'venue-word' : 'place-word', [], p.from, pw.to);
      c.kind = pw.kind;
      cands.push(c);
      continue;
    }
    const app = apposition(p);
    if (app) { cands.push(cand(p, text, app, `apposition-${app === 'person' ? 'role' : 'org-noun'}`)); continue; }
    const org = orgSignal(p, text);
    if (org && !eventAcronyms.has(p.toks[p.from]!.text)) { cands.push(cand(p, text, 'organization', org)); continue; }
    if (p.to - p.from === 1 && !p.initial && speech(p)) { cands.push(cand(p, text, 'person', 'speech-verb')); continue; }
    needNlp.push(p);
  }
  // compromise, once per sentence, only where a piece still needs it: not for words of a name already known
  const tagged = new Map<number, readonly TaggedTerm[]>();
  const knownWords = new Set(cands.filter((c) => c.type === 'person').flatMap((c) => c.name.split(/\s+/).map(fold)));
  for (const p of needNlp) {
    const n = p.to - p.from;
    if (n === 1 && p.initial) { left.push(p); continue; }
    if (p.toks.slice(p.from, p.to).every((t) => knownWords.has(fold(t.text)))) { left.push(p); continue; }
    if (!tagged.has(p.sentence.index)) tagged.set(p.sentence.index, tagTerms(p.sentence.text));
    const terms = tagged.get(p.sentence.index)!;
    const off = p.sentence.start;
    const ev = personEvidence(terms, p.toks[p.from]!.start - off, p.toks[p.to - 1]!.end - off);
    const ok = n >= 2 ? ev.person || ev.firstName : ev.person && !ev.nonName;
    if (ok && n <= 5) cands.push(cand(p, text, 'person', 'nlp-person'));
    else left.push(p);
  }
  knownNames(left, cands, text);
}

const fold = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/** Pieces (headlines and sentence starts included) made of words of a person already named in the document:
 *  "Putin" after "Vladimir Putin", "XI" in a shouted headline after "Xi Jinping". */
function knownNames(left: readonly Piece[], cands: Cand[], text: string): void {
  const known: string[][] = [];
  for (const c of cands) if (c.type === 'person') known.push(c.name.split(/\s+/));
  // places that evidence found once in the document ("in Woodside") are places wherever the name stands alone
  const places = new Map<string, Cand>();
  for (const c of cands) if (c.type === 'place' && (c.rule === 'town' || c.rule === 'place-comma')) places.set(fold(c.name), c);
  if (!known.length && !places.size) return;
  const match = (words: string[]): string[] | null => {
    const f = words.map(fold);
    for (const k of known) {
      const kf = k.map(fold);
      for (let i = 0; i + f.length <= kf.length; i++) if (f.every((w, j) => kf[i + j] === w)) return k.slice(i, i + f.length);
    }
    return null;
  };
  for (const p of left) {
    for (let i = p.from; i < p.to; ) {
      let hit = 0;
      for (let j = p.to; j > i; j--) {
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
      }
      i = hit || i + 1;
    }
  }
}
