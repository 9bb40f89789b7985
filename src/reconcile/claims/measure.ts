// What a figure measures, normalised: a head concept (trade, cost, the meeting, journalists), an optional predicate
// (applied, invited, attended, a target) and the countries it is of (China, Russia). Read from the figure's `about`
// phrase (a field of the mention), never from the sentence text.
import { COUNTRY_OF } from '../../extract/lexicon/nationality.js';
import { EXTRA_DEMONYMS } from '../../extract/lexicon/demonyms.js';
import { concepts } from '../about.js';

export interface Measure {
  /** the normalised measure phrase: "length of the meeting", "country (attend)", "trade" */
  phrase: string;
  /** what is measured or counted; null when the phrase names only a predicate ("jointly determined target") */
  head: string | null;
  pred: string | null;
  /** countries the measure is of, by name, sorted */
  subjects: string[];
}

/** Event heads: a duration of one of these is the length of that event. */
export const EVENT_HEADS: ReadonlySet<string> = new Set(['meeting', 'one-on-one', 'expanded meeting', 'handshake', 'summit', 'forum', 'conference', 'trip', 'flight', 'session', 'war', 'standoff']);

/** Gatherings that an "in-person" makes one kind of thing (a meeting held face to face, whatever it is called). */
const GATHERINGS: ReadonlySet<string> = new Set(['meeting', 'summit', 'forum', 'conference']);

/** Words that name the parties of a claim, never an amount of money or a share ("the two sides agreed to lift trade
 * to $9 billion" measures trade, not the sides): such a head says nothing. */
const PARTY_HEADS: ReadonlySet<string> = new Set(['side', 'party', 'government', 'official', 'minister', 'leader', 'country', 'nation']);
const AMOUNT_KINDS: ReadonlySet<string> = new Set(['money', 'percent', 'fraction']);

/** Words that cannot be the thing measured: adverbs and participles ("jointly determined"). */
const NOT_A_HEAD = /(?:ly|ed|ing)$/;
/** Two-word regional adjectives ("South American", "East African"): no country of their own, nor of their last word. */
const REGIONAL: ReadonlySet<string> = new Set(EXTRA_DEMONYMS.filter((d) => d.includes(' ') && !COUNTRY_OF.has(d.toLowerCase())).map((d) => d.toLowerCase()));
/** "expanded talks", "wider talks with ministers", "delegation-level talks", "plenary session" */
const EXPANDED_RE = /\b(?:expanded|wider|broader|enlarged|extended|delegation-level|plenary)\b/i;

/** The measure of a figure, or null when its `about` says nothing the tool can name. */
/** Things that last (an initiative, an alliance, a treaty): a duration in years or months of one is its age. */
const LASTING: ReadonlySet<string> = new Set(['initiative', 'alliance', 'bloc', 'partnership', 'programme', 'program', 'treaty', 'pact', 'relationship', 'organization', 'organisation', 'union', 'project', 'scheme', 'grouping']);
const LONG_UNITS: ReadonlySet<string> = new Set(['years', 'months', 'decades']);
const DAY_UNITS: ReadonlySet<string> = new Set(['days', 'weeks']);
/** Verbs that name the event a "time since …" counts from when no event noun does. */
const SINCE_VERBS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:met|meet|spoke|spoken|talked)\b/i, 'meeting'],
  [/\b(?:visited|travell?ed)\b/i, 'trip'],
];

export function measureOf(about: string | null, kind: string, unit = ''): Measure | null {
  if (!about) return null;
  const subjects = new Set<string>();
  // "South American countries" names a region, not the United States; "South African" names South Africa
  const regional = new Set<string>();
  const parts = about.toLowerCase().split(/[-–—\s]+/).map((p) => p.replace(/['’]s$/, ''));
  for (let i = 1; i < parts.length; i++) {
    const two = `${parts[i - 1]} ${parts[i]}`;
    const country = COUNTRY_OF.get(two);
    if (country) {
      subjects.add(country);
      regional.add(parts[i - 1]!).add(parts[i]!);
    } else if (REGIONAL.has(two)) regional.add(parts[i - 1]!).add(parts[i]!);
  }
  const c = concepts(about);
  const words: string[] = [];
  for (const w of c.words) {
    const country = regional.has(w) ? undefined : COUNTRY_OF.get(w);
    if (country) subjects.add(country);
    else if (!NOT_A_HEAD.test(w)) words.push(w);
  }
  for (const part of parts) {
    const country = regional.has(part) ? undefined : COUNTRY_OF.get(part);
    if (country) subjects.add(country);
  }
  // the head noun of a phrase comes last ("bilateral trade volume", "Belt and Road forum")
  // "cost of the summit", "length of the talks": the head comes before "of"
  const ofAt = about.search(/\sof\s/i);
  const own = ofAt > 0 ? [...concepts(about.slice(0, ofAt)).heads] : [];
  const heads = own.length && !/^(?:length|time)\b/i.test(about) ? own : [...c.heads];
  // a one-on-one is a meeting of its own, apart from the talks around it
  // "the first in-person summit", "the first in-person meeting": an in-person gathering of any name is one thing
  const inPerson = heads.includes('in-person') && heads.some((h) => GATHERINGS.has(h));
  // talks widened to ministers and delegations are a meeting of their own, after the one-on-one
  const expanded = heads.includes('meeting') && EXPANDED_RE.test(about);
  // a meeting that lasts days is a gathering ("the two-day meeting of South American presidents"): the summit
  const gathering = kind === 'duration' && DAY_UNITS.has(unit) && !expanded &&
    (heads[heads.length - 1] === 'meeting' || (!heads.length && /^(?:event|gathering)$/.test(words[words.length - 1] ?? '')));
  const last = heads.includes('one-on-one') ? 'one-on-one' : inPerson ? 'in-person meeting' : expanded ? 'expanded meeting' : gathering ? 'summit' : heads[heads.length - 1] ?? words[words.length - 1] ?? null;
  // "time since the previous meeting", "time between the arrivals": an interval, not the length of the event
  const interval = /^time (?:since|between)\b/i.exec(about);
  // "age of the Andean growth pact": the age of that thing (its last word), not of anything else
  const age = /^age of\b/i.test(about) ? about.toLowerCase().split(/\s+/).filter((w) => !NOT_A_HEAD.test(w)).pop() ?? null : null;
  // "the initiative over the past ten years": a lasting thing measured in years is measured by its age
  const lasting = !age && !interval && kind === 'duration' && LONG_UNITS.has(unit) ? [...heads, ...words].find((w) => LASTING.has(w)) ?? null : null;
  // "time since Xi's last visit to the United States", "time since the leaders last met": the event it counts from
  const since = interval ? heads.find((h) => EVENT_HEADS.has(h)) ?? SINCE_VERBS.find(([re]) => re.test(about))?.[1] ?? last : null;
  // "overrun of the meeting", "delay of the summit": by how much it ran late or was put off, never its length
  const lateness = /^(overrun|delay) of\b/i.exec(about)?.[1]?.toLowerCase();
  const overrun = lateness && last ? `${lateness} of ${last}` : null;
  const named = overrun ?? (age ? `age of ${age.replace(/s$/, '')}` : lasting ? `age of ${lasting}` : interval && since ? `${interval[0].toLowerCase()} ${since}` : last);
  const head = named !== null && AMOUNT_KINDS.has(kind) && PARTY_HEADS.has(named) ? null : named;
  const pred = [...c.preds][0] ?? null;
  if (!head && !pred) return null;
  let phrase: string;
  if (overrun) phrase = `${lateness} of the ${last}`;
  else if (interval || age || lasting) phrase = age || lasting ? head! : about.toLowerCase();
  else if (kind === 'duration' && head && EVENT_HEADS.has(head)) phrase = `length of the ${head}`;
  else phrase = [head, pred && `(${pred})`].filter(Boolean).join(' ');
  return { phrase, head, pred, subjects: [...subjects].sort() };
}
