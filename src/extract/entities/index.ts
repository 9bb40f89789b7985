// People, places and organizations named in one source.
//
//   tokens → capitalised runs → classify (gazetteer, title + name, head words, events) → unknown pieces
//   → evidence (title before, apposition, "(Country)", speech verb, org signals) → compromise's name tags
//   → names already known in the document → links inside the document (acronyms, "known as", short forms)
import type { Doc, EntityMention } from '../../core/types.js';
import { byPosition } from '../../core/spans.js';
import { contextOf } from '../../segment/index.js';
import type { Cand, Piece, SentenceCtx } from './candidates.js';
import { classifyRun } from './classify.js';
import { isNamePrefix } from './gazetteer.js';
import { FUNCTION } from './words.js';
import { linkInDocument } from './links.js';
import { ministries } from './ministries.js';
import { resolvePieces } from './resolve.js';
import { resultLine } from './results.js';
import { capitalRuns, tokenize, type Tok } from './tokens.js';

/** A possessive inside a name: a lexicon name's first words ("People's" of "People's Republic of China"), or a
 *  collective noun that names take in the possessive ("Korean People's Army", "Workers' Party of Korea"). */
const NAME_POSSESSIVE_RE = /(?:^|\s)(?:People|Peoples|Workers|Women|Children|Veterans|Citizens|Farmers|Nations|Patriots|Soldiers)['’]s?$/u;
const joinsPossessive = (words: string) => isNamePrefix(words) || NAME_POSSESSIVE_RE.test(words);

/** A line in headline case or all capitals: most of its words are capitalised. */
function shoutingLine(toks: readonly Tok[]): boolean {
  // the words (two letters in a row) in one pass; the first that is neither all capitals nor capitalised settles it
  let words = 0;
  let upper = 0;
  for (const t of toks) {
    if (!twoLetters(t.text)) continue;
    words++;
    if (t.upper) upper++;
    else if (lowerFirst(t.text)) return false;
  }
  return words >= 2 && upper >= words * 0.6;
}

/** /\p{L}{2,}/u.test(w), ASCII read from character codes */
function twoLetters(w: string): boolean {
  let run = 0;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 128) return /\p{L}{2,}/u.test(w);
    run = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? run + 1 : 0;
    if (run === 2) return true;
  }
  return false;
}

/** /\p{Ll}/u.test(w[0]) */
function lowerFirst(w: string): boolean {
  const c = w.charCodeAt(0);
  return c < 128 ? c >= 97 && c <= 122 : /\p{Ll}/u.test(w[0]!);
}

/** A heading whose capitals say nothing: title case (no lower-case word of four letters or more outside the
 *  function words) — not a sentence-case subheading ("Modi and Albanese held talks at a harbour villa …") nor a byline
 *  ("by Bay City News Service"), where capitals mark names as in running text. */
function titleCase(toks: readonly Tok[]): boolean {
  // a byline ("by Bay City News Service", "Written by ABC Audio", "Reporting by …")
  if (toks.slice(0, 2).some((t) => /^by$/i.test(t.text))) return false;
  // the metadata line " date 2023-10-17 " before a headline is not part of it
  const from = toks.length > 1 && toks[0]!.text === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(toks[1]!.text) ? 2 : 0;
  return !toks.slice(from).some((t) => /^\p{Ll}{4,}$/u.test(t.text) && !FUNCTION.has(t.text));
}

/** A text cut off in mid-word ("… Argentina, Indonesi"): its last word is no name. */
function cutOffAt(text: string): number {
  const t = text.trimEnd();
  return /[.!?…"”’)\]»]$/.test(t) ? -1 : t.length;
}

export function extractEntities(doc: Doc): EntityMention[] {
  const text = doc.source.text;
  const cands: Cand[] = [];
  const ctxs: SentenceCtx[] = [];
  for (const s of doc.sentences) {
    const toks = tokenize(text, s.start, s.end);
    const c: SentenceCtx = { text, sentence: s, toks, heading: (s.heading && titleCase(toks)) || shoutingLine(toks), cands: [], pieces: [], eventAcronyms: new Set() };
    if (!resultLine(c)) {
      for (const run of capitalRuns(toks, text, joinsPossessive)) classifyRun(c, run);
      ministries(c);
    }
    ctxs.push(c);
    cands.push(...c.cands);
  }
  const pieces: Piece[] = [];
  for (const c of ctxs) for (const p of c.pieces) pieces.push(p);
  resolvePieces(pieces, cands, text);
  const cut = cutOffAt(text);
  const kept = cands.filter((c) => c.end !== cut && c.name.trim() !== '');
  linkInDocument(kept, text);
  const out: EntityMention[] = [];
  let lastEnd = -1;
  const sorted = kept.sort((a, b) => a.start - b.start || b.end - a.end);
  for (const c of sorted) {
    if (c.start < lastEnd) continue; // overlapping readings: the first, longest one wins
    lastEnd = c.end;
    const mention = { source: doc.source.id, start: c.start, end: c.end, text: text.slice(c.start, c.end) };
    const m: EntityMention = { type: c.type, name: c.name, titles: c.titles, mention, rule: c.rule, sentence: c.sentence.index, context: contextOf(doc, c) };
    if (c.canonical) m.canonical = c.canonical;
    if (c.kind) m.kind = c.kind;
    if (c.weak) m.weak = true;
    out.push(m);
  }
  return out.sort((a, b) => byPosition(a.mention, b.mention));
}
