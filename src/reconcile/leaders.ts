// Heads of state and government, by title: the people who hold a summit. Reads titles (EntityMention.titles,
// Entity.titles), never sentence text.
//
// World knowledge only: the titles that name a head of state or government, and the modifiers that say the
// person is not (or no longer) one ("former", "vice", "deputy"). "leader" alone is anyone's title ("opposition
// leader", "party leader"); a country's leader ("North Korean leader", "Russia's leader") is its head.
import { COUNTRIES } from '../extract/lexicon/generated/COUNTRIES.js';

export const LEADER_TITLES = [
  'president', 'prime minister', 'premier', 'chancellor', 'king', 'queen', 'emir', 'amir', 'sultan', 'crown prince',
  'supreme leader', 'head of state', 'head of government', 'taoiseach', 'emperor', 'grand duke',
] as const;

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
