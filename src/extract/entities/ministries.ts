// A country's ministry named in lower case or after a possessive: "Russia's foreign ministry", "the Chinese
// defence ministry", "India's Foreign Ministry", "Pakistan's foreign office". One organization per country and
// portfolio, whatever the wording: its canonical name is "<Demonym> <Portfolio> Ministry" ("Russian Foreign
// Ministry", "Pakistani Foreign Office").
import { COUNTRIES } from '../lexicon/generated/COUNTRIES.js';
import { PLACE_ALIASES } from '../lexicon/places.js';
import { MINISTRY_PORTFOLIOS } from '../lexicon/organizations.js';
import type { SentenceCtx } from './candidates.js';
import { key } from './gazetteer.js';
import { ROLE_WORDS, isTitleWord } from './words.js';

/** Country names and nationality words → the nationality word ("russia" → "Russian", "chinese" → "Chinese"). */
const DEMONYM_OF: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  for (const c of COUNTRIES) {
    const d = (c.demonym ?? '').split(/,\s*/)[0];
    if (!d || !c.independent) continue;
    for (const f of [c.name, c.official]) m.set(key(f), d);
    m.set(key(d), d);
  }
  for (const p of PLACE_ALIASES) {
    const d = m.get(key(p.name));
    if (d) for (const a of p.aliases) m.set(key(a), d);
  }
  return m;
})();

/** The shared portfolios, and words of portfolios some countries name otherwise ("external affairs ministry"). */
const PORTFOLIO = new Set<string>([...MINISTRY_PORTFOLIOS, 'external', 'affairs', 'overseas']);
/** Bodies named like a ministry: "Pakistan's foreign office", "South Korea's presidential office". */
const BODY: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['ministry', PORTFOLIO],
  ['office', new Set(['foreign', 'presidential', 'cabinet', 'home'])],
]);
const cap = (w: string) => w[0]!.toUpperCase() + w.slice(1).toLowerCase();

/** Candidates for "<country>'s / <nationality> <portfolio> ministry" in one sentence. */
export function ministries(c: SentenceCtx): void {
  const t = c.toks;
  for (let i = 2; i < t.length; i++) {
    const n = t[i]!.text.length;
    if (n !== 8 && n !== 6) continue; // neither "ministry" nor "office" (no lower-casing per token)
    const body = t[i]!.text.toLowerCase();
    const portfolios = BODY.get(body);
    if (!portfolios || t[i - 1]!.gap !== '') continue;
    // one or two portfolio words before "ministry" ("foreign", "economic development")
    let k = i - 1;
    while (k > 0 && k > i - 3 && portfolios.has(t[k]!.text.toLowerCase()) && t[k - 1]!.gap === '') k--;
    if (k === i - 1) continue;
    const who = t[k]!;
    const possessive = who.poss;
    const demonym = DEMONYM_OF.get(key(who.text)) ?? (k > 0 ? DEMONYM_OF.get(key(`${t[k - 1]!.text} ${who.text}`)) : undefined);
    if (!demonym || !who.cap) continue;
    // a country must be in the possessive ("Russia's foreign ministry"); a nationality word stands as it is
    const isCountry = DEMONYM_OF.get(key(who.text)) !== undefined && key(demonym) !== key(who.text);
    if (isCountry && !possessive) continue;
    const from = DEMONYM_OF.has(key(who.text)) ? k : k - 1;
    // "China's foreign ministry spokesperson" describes a person, not the body
    const after = t[i + 1];
    if (after && t[i]!.gap === '' && (ROLE_WORDS.has(after.text.toLowerCase()) || isTitleWord(after.text))) continue;
    const portfolio = t.slice(k + 1, i).map((x) => cap(x.text)).join(' ');
    const start = t[from]!.start;
    const end = t[i]!.end;
    c.cands.push({ type: 'organization', start, end, name: c.text.slice(start, end), canonical: `${demonym} ${portfolio} ${cap(body)}`, titles: [], rule: 'country-ministry', sentence: c.sentence });
  }
}
