// Organizations a news reader knows by name, without a cue word: companies, broadcasters, newspapers, sports clubs
// (a lexicon derived at build time from compromise's, in lower case). A name counts only where the text writes it
// as a name: all in capitals, or capitalised; a single capitalised word also not written in lower case elsewhere in
// the document, no personal name ("Ford", "Dell"), and no English word ("Visa", "Prudential") at a sentence start.
import { ORGANIZATION_NAMES } from '../lexicon/generated/ORGANIZATION_NAMES.js';
import { isFirstName, isSurname } from './gazetteer.js';

const orgKey = (s: string) => s.normalize('NFC').toLowerCase().replace(/['’.]/g, '').replace(/[\s-]+/g, ' ').trim();
const NAMES: ReadonlySet<string> = new Set(ORGANIZATION_NAMES.split('|').map(orgKey));
/** Lexicon organizations that are also English words: at a sentence start their capital says nothing. */
const ENGLISH_WORDS = new Set(['visa', 'prudential', 'sears', 'mobil', 'nasdaq', 'altair', 'shell', 'target', 'apple', 'orange', 'ups']);
const SMALL = new Set(['of', 'the', 'and', 'for', 'de', 'la', 'le', 'der', 'n', 'r', '&']);

/** `words` (a piece's tokens as written) name an organization of the lexicon. */
export function knownOrganization(words: readonly string[], initial: boolean, lowerWord: (w: string) => boolean): boolean {
  const surface = words.join(' ');
  if (!NAMES.has(orgKey(surface))) return false;
  const letters = surface.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 2 && letters === letters.toUpperCase()) return true; // "IBM", "BBC"
  if (!words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || SMALL.has(w.toLowerCase()))) return false;
  if (words.length > 1) return true; // "Goldman Sachs", "Real Madrid"
  const w = words[0]!;
  const l = w.toLowerCase();
  return w.length >= 4 && !(initial && ENGLISH_WORDS.has(l)) && !lowerWord(l) && !isFirstName(w) && !isSurname(w);
}
