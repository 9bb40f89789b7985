// The only module that imports compromise. It is loaded lazily (about 0.8 s) and only when a caller
// needs part-of-speech evidence, and is run on single sentences, never on whole documents.
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
