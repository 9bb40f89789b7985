// Weak person mentions (EntityMention.weak): lone capitalised words that no rule in their own source could type
// ("… held talks with Sovaleni"). Across the run, such a word is a person when another source names a person whose
// family name it is ("Siaosi Sovaleni"; "Kim" of "Kim Min-seo"), and only one: the mention is kept (rule `known-elsewhere`) and links to that
// person; otherwise it is dropped, and so is every event party standing on it. Runs first in `buildReport`, so that
// every later stage sees confirmed mentions only. Indexed by word: linear in the mentions.
import type { EntityMention, Extraction } from '../core/types.js';
import { mentionKey } from '../core/spans.js';
import { fold } from '../core/text.js';
import { isFamilyNameFirst } from '../extract/entities/gazetteer.js';

/** Folded last word of every person named in full (two words or more) by a rule → the full names it ends. */
function surnames(xs: readonly Extraction[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const notPeople = new Set<string>();
  for (const x of xs) {
    for (const e of x.entities) {
      if (e.weak) continue;
      if (e.type !== 'person') {
        notPeople.add(fold(e.name));
        continue;
      }
      const ws = e.name.split(/\s+/);
      if (ws.length < 2) continue;
      // the family name: the last word, or the first in the traditions that write it first ("Kim Min-seo")
      for (const w of isFamilyNameFirst(ws[0]!) ? [ws[0]!, ws.at(-1)!] : [ws.at(-1)!]) {
        const k = fold(w);
        (out.get(k) ?? out.set(k, new Set()).get(k)!).add(fold(e.name));
      }
    }
  }
  for (const k of notPeople) out.delete(k); // a word that names a place or an organization somewhere is no surname
  return out;
}

/** The extractions with weak mentions confirmed or dropped (see above). Extractions without any are shared. */
export function confirmWeak(xs: Extraction[]): Extraction[] {
  if (!xs.some((x) => x.entities.some((e) => e.weak))) return xs;
  const known = surnames(xs);
  return xs.map((x) => {
    if (!x.entities.some((e) => e.weak)) return x;
    const dropped = new Set<string>();
    const entities: EntityMention[] = [];
    for (const e of x.entities) {
      if (!e.weak) {
        entities.push(e);
        continue;
      }
      const owners = known.get(fold(e.name));
      if (owners?.size === 1) {
        const { weak: _weak, ...rest } = e;
        entities.push({ ...rest, rule: 'known-elsewhere' });
      } else dropped.add(mentionKey(e.mention));
    }
    if (!dropped.size) return { ...x, entities };
    const events = x.events.map((ev) => {
      if (!ev.parties.some((p) => dropped.has(mentionKey(p.mention)))) return ev;
      const parties = ev.parties.filter((p) => !dropped.has(mentionKey(p.mention)));
      return { ...ev, parties, participants: parties.map((p) => p.name) };
    });
    return { ...x, entities, events };
  });
}
