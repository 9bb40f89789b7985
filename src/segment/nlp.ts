// The only module that imports compromise. It is loaded lazily (about 0.8 s) and only when a caller
// needs part-of-speech evidence; run it on short snippets (a few words around a doubtful word), all of a
// document's snippets in one call (`tagSnippets`), never on whole documents. The entity rules no longer call it:
// they read compromise's name lexicon, extracted at build time (lexicon/generated/PERSON_NAMES.ts).
import { createRequire } from 'node:module';

export interface TaggedTerm {
  /** offsets relative to the text passed in */
  start: number;
  end: number;
  text: string;
  tags: readonly string[];
}

type Nlp = (text: string) => { json: (opts: object) => Array<{ terms: Array<{ text: string; tags: string[]; offset: { start: number; length: number } }> }> };

const loader = { nlp: null as Nlp | null };

function load(): Nlp {
  if (!loader.nlp) {
    const require = createRequire(import.meta.url);
    loader.nlp = require('compromise') as Nlp;
  }
  return loader.nlp;
}

/** Terms of `text` with compromise's tags (Person, FirstName, LastName, Place, Organization, Noun …). */
export function tagTerms(text: string): TaggedTerm[] {
  const nlp = load();
  const out: TaggedTerm[] = [];
  for (const s of nlp(text).json({ offset: true, terms: { offset: true } })) {
    for (const t of s.terms) {
      // compromise counts offsets over the text it was given; its term text excludes punctuation
      const at = text.indexOf(t.text, t.offset.start);
      const start = at >= 0 && at - t.offset.start < 4 ? at : t.offset.start;
      out.push({ start, end: start + t.text.length, text: t.text, tags: t.tags });
    }
  }
  return out;
}

/** Tags of several short snippets in one compromise call (one call costs far more than a few words): the snippets
 *  are joined as separate lines and the terms handed back per snippet, offsets relative to each snippet. */
export function tagSnippets(snippets: readonly string[]): TaggedTerm[][] {
  if (!snippets.length) return [];
  const starts: number[] = [];
  let joined = '';
  for (const s of snippets) {
    if (joined) joined += '.\n';
    starts.push(joined.length);
    joined += s;
  }
  const out: TaggedTerm[][] = snippets.map(() => []);
  let k = 0;
  for (const t of tagTerms(joined)) {
    while (k + 1 < starts.length && t.start >= starts[k + 1]!) k++;
    const at = starts[k]!;
    if (t.end > at + snippets[k]!.length) continue; // the joining period
    out[k]!.push({ ...t, start: t.start - at, end: t.end - at });
  }
  return out;
}

/** True when compromise sees a person in the words of `span` (a first name, a last name, or a person tag). */
export function personEvidence(terms: readonly TaggedTerm[], start: number, end: number): { person: boolean; firstName: boolean; nonName: boolean } {
  let person = false;
  let firstName = false;
  let nonName = false;
  for (const t of terms) {
    if (t.end <= start || t.start >= end) continue;
    if (t.tags.includes('FirstName') || t.tags.includes('MaleName') || t.tags.includes('FemaleName')) firstName = true;
    if (t.tags.includes('Person') || t.tags.includes('LastName')) person = true;
    if (t.tags.some((g) => g === 'Verb' || g === 'Adjective' || g === 'Plural' || g === 'Date' || g === 'Value' || g === 'Place' || g === 'Organization')) nonName = true;
  }
  return { person, firstName, nonName };
}
