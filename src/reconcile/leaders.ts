// Heads of state and government, by title: the people who hold a summit. Reads titles (EntityMention.titles,
// Entity.titles), never sentence text.
//
// World knowledge only: the titles that name a head of state or government, and the modifiers that say the
// person is not (or no longer) one ("former", "vice", "deputy"). "leader" alone is anyone's title ("opposition
// leader", "party leader"); a country's leader ("North Korean leader", "Russia's leader") is its head.
import type { EventParty, Extraction } from '../core/types.js';
import { COUNTRIES } from '../extract/lexicon/generated/COUNTRIES.js';
import { countryOf } from '../extract/lexicon/nationality.js';

import { LEADER_TITLES } from '../extract/lexicon/titles.js';

export { LEADER_TITLES };

/** Words that, before a leader title, make it someone else's title or a past one. */
export const NOT_LEADER = ['former', 'ex', 'then', 'late', 'vice', 'deputy', 'assistant', 'press', 'outgoing', 'would-be', 'candidate'] as const;

const alt = (xs: readonly string[]) => xs.map((x) => x.replace(/[/\\^$*+?.()|[\]{}]/g, '\\$&').replace(/ /g, '\\s+')).join('|');

const LEADER_RE = new RegExp(`\\b(?:${alt(LEADER_TITLES)})s?\\b`, 'i');
const NOT_LEADER_RE = new RegExp(`\\b(?:${alt(NOT_LEADER)})[-\\s]+(?:\\p{L}+\\s+)?(?:${alt(LEADER_TITLES)})`, 'iu');

/** "North Korean leader", "Russia's leader", "China's top leader" — a whole title. Some 500 country names and
 *  demonyms: built on the first title that ends in "leader" (LEADER_END_RE, which the whole pattern implies). */
let countryLeader: RegExp | undefined;
const countryLeaderRe = (): RegExp => (countryLeader ??= (() => {
  const forms = COUNTRIES.flatMap((c) => [c.name, ...c.demonym.split(/,\s*/).filter(Boolean)])
    .map((f) => f.replace(/[/\\^$*+?.()|[\]{}]/g, '\\$&').replace(/ /g, '\\s+'))
    .sort((a, b) => b.length - a.length);
  const nation = `(?:${forms.join('|')})(?:['’]s)?`;
  return new RegExp(`^(?:the\\s+)?${nation}\\s+(?:top\\s+)?leader$`, 'i');
})());
const LEADER_END_RE = /\sleader$/i;
/** Heads of international organizations: they lead a multilateral summit when they chair or open it. */
const ORG_HEAD_RE = /\b(?:secretary[\s-]+general|director[\s-]+general|president of the european (?:commission|council))\b/i;
/** Is a title that of the head of an international organization ("NATO Secretary General", "UN Secretary-General")? */
export function isOrgHeadTitle(title: string): boolean {
  return ORG_HEAD_RE.test(title) && !NOT_LEADER_RE.test(title) && !/\b(?:deputy|assistant|under)[\s-]/i.test(title);
}

/** Is a title ("Chinese President", "Prime Minister", "North Korean leader") one of a sitting head of state or government? */
export function isLeaderTitle(title: string): boolean {
  const t = title.trim();
  if (LEADER_END_RE.test(t) && countryLeaderRe().test(t) && !NOT_LEADER_RE.test(title)) return true;
  return LEADER_RE.test(title) && !NOT_LEADER_RE.test(title) && !/\bof the (?:board|company|bank|committee)\b/i.test(title);
}

/** "his Russian counterpart": a counterpart of whoever else is named with him. */
export function isCounterpartTitle(title: string): boolean {
  return COUNTERPART_RE.test(title);
}
const COUNTERPART_RE = /\bcounterparts?\b/i;

/** The country a leader's title names: "South African President", "Brazilian counterpart", "Prime Minister of India",
 *  "Kenya's president" → that country; a title with no country, or one that is no leader's, → null. */
export function titleCountry(title: string): string | null {
  if (!isLeaderTitle(title) && !isCounterpartTitle(title) && !/\bleader\b/i.test(title)) return null;
  const words = title.replace(/['’]s\b/g, '').split(/\s+/);
  for (let n = 3; n >= 1; n--) {
    for (let i = 0; i + n <= words.length; i++) {
      const c = countryOf(words.slice(i, i + n).join(' '));
      if (c) return c;
    }
  }
  return null;
}

/**
 * Leaders named by description (an event party with `describes: 'leader'`: "the Brazilian president", "Brazil's
 * president") → the one person of the run whose leader title names that country. A counterpart's title ("his Russian
 * counterpart X") counts only for a country no leader title names (a minister's counterpart is a minister). A country
 * two people's titles name (a president and a prime minister), or none, stays unresolved.
 */
export function leadersByCountry(people: ReadonlyArray<{ name: string; titles: readonly string[] }>): ReadonlyMap<string, string> {
  const leaders = new Map<string, Set<string>>();
  const counterparts = new Map<string, Set<string>>();
  for (const p of people) {
    for (const t of p.titles) {
      const c = titleCountry(t);
      if (!c) continue;
      const into = isCounterpartTitle(t) && !isLeaderTitle(t) ? counterparts : leaders;
      (into.get(c) ?? into.set(c, new Set()).get(c)!).add(p.name);
    }
  }
  const out = new Map<string, string>();
  for (const c of new Set([...leaders.keys(), ...counterparts.keys()])) {
    const names = leaders.get(c) ?? counterparts.get(c)!;
    if (names.size === 1) out.set(c, [...names][0]!);
  }
  return out;
}

/** The extractions with each described leader (see above) put in as that person: a person party named as linked,
 *  its mention the description's. Events without one are shared, not copied. */
export function withLeadersNamed(xs: readonly Extraction[], people: ReadonlyArray<{ name: string; titles: readonly string[] }>): Extraction[] {
  if (!xs.some((x) => x.events.some((e) => e.parties.some((p) => p.describes)))) return [...xs];
  const byCountry = leadersByCountry(people);
  if (!byCountry.size) return [...xs];
  const named = (p: EventParty): EventParty => {
    const who = p.describes === 'leader' ? byCountry.get(p.name) : undefined;
    return who ? { ...p, name: who, type: 'person' } : p;
  };
  return xs.map((x) => {
    if (!x.events.some((e) => e.parties.some((p) => p.describes && byCountry.has(p.name)))) return x;
    const events = x.events.map((e) => {
      if (!e.parties.some((p) => p.describes && byCountry.has(p.name))) return e;
      const parties = e.parties.map(named);
      return { ...e, parties, participants: parties.map((p) => p.name), steps: [...e.steps, 'parties leader-by-description'] };
    });
    return { ...x, events };
  });
}
