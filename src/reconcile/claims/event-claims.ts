// Event dates → claims → facts. Reads the event mentions of the extraction (extract/events): each dated event is a
// claim "date of the <event>" with its standing (happened vs planned), its occurrence (this one, an earlier one) and,
// for events a person does alone (an arrival, a warrant against someone), that person. Grouped by key like figure
// claims (same-claim.ts's `partition`): a one-time event (a meeting, an arrival) whose sources give days that cannot
// both be true is a conflict; an event that spans days (a summit, a forum, a visit) gives one fact per day.
import type { EventMention, EventParty, Extraction, Fact, FactValue, Mention } from '../../core/types.js';
import type { LinkedEntities } from '../entities.js';
import { indexEntities } from '../entityIndex.js';
import { periodsOverlap } from '../compat.js';
import { independentCount } from '../duplicates.js';
import { agreement, cite, factValues } from '../factkit.js';

type Draft = Omit<Fact, 'id'> & { key: string };

/** Events held once, on one day, by the same leaders: the day the leaders met. */
const POINT: Readonly<Record<string, string>> = {
  meeting: 'meeting', talks: 'meeting', 'one-on-one': 'meeting', handshake: 'meeting',
  arrival: 'arrival', departure: 'departure', warrant: 'warrant', signing: 'signing', announcement: 'announcement', launch: 'launch',
  founding: 'founding',
};
/** Events that run over days: each day is its own fact, with the opening and last day apart. */
const SPANNING: Readonly<Record<string, string>> = { summit: 'summit', 'summit-open': 'summit', 'summit-close': 'summit', forum: 'forum', conference: 'conference', visit: 'visit' };
/** Point events a person does on their own: whose they are is part of the claim. */
const PERSONAL: ReadonlySet<string> = new Set(['arrival', 'departure', 'warrant']);
/** A meeting is dated by a day; a month or a year next to it speaks of something else ("talks since 2013"). */
const DAY_ONLY: ReadonlySet<string> = new Set(['meeting']);

export interface EventClaim {
  event: string;
  phase: 'opening' | 'closing' | null;
  standing: 'actual' | 'plan';
  occurrence: EventMention['occurrence'];
  /** whose the event is: the person of an arrival or warrant, the organization of a founding */
  person: string | null;
  /** for a meeting, the people it names (two or more, linked names, sorted, joined by "–"), else null */
  pair: string | null;
  value: string;
  source: string;
  mention: Mention;
  relative: string;
  /** the day comes from a phase of a leaders' summit that is their meeting: it dates the meeting but may be one day
   * of several, so it never sets a conflict on its own */
  loose?: boolean;
}

const SUMMIT_KINDS: ReadonlySet<string> = new Set(['summit', 'summit-open', 'summit-close']);

/** Two leaders who visit a place together ("X and Y toured the plant", "X and Y visit the site"): they met there. */
function jointVisit(e: EventMention): boolean {
  return e.kind === 'visit' && e.steps.includes('parties x-and-y-met') && e.parties.filter((p) => p.type === 'person').length === 2;
}

/** An organization in the summit's name: right before the trigger ("the G7 summit") or just after ("summit of the
 * G20"); one named elsewhere in the clause ("according to the Foreign Office") holds nothing. */
const NAME_GAP_BEFORE = 2;
const NAME_GAP_AFTER = 12;
function namedOrganization(e: EventMention): boolean {
  return e.parties.some((p) => p.type === 'organization' && (
    (p.mention.end <= e.trigger.start && e.trigger.start - p.mention.end <= NAME_GAP_BEFORE) ||
    (p.mention.start >= e.trigger.end && p.mention.start - e.trigger.end <= NAME_GAP_AFTER)));
}

/** A summit no organization holds, of at most two leaders ("the summit between X and Y", "X's summit with Y",
 * "the X-Y summit"): the leaders' meeting, not a gathering of many. */
function leadersSummit(e: EventMention): boolean {
  if (!SUMMIT_KINDS.has(e.kind) || e.scope === 'multilateral' || !e.parties.length) return false;
  if (organizationsSummit(e)) return false;
  return e.parties.filter((p) => p.type === 'person').length <= 2;
}

/** An organization's summit: one named with it ("the G7 summit"), or one whose only parties are organizations and
 * countries, an organization among them ("members of the Pacific Islands Forum opened their annual summit"). */
function organizationsSummit(e: EventMention): boolean {
  return namedOrganization(e) || (!e.parties.some((p) => p.type === 'person') && e.parties.some((p) => p.type === 'organization'));
}

const DAY_RANGE_RE = /^(\d{4}-\d{2}-\d{2})\/(\d{4}-\d{2}-\d{2})$/;
const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;
const TALK_KINDS: ReadonlySet<string> = new Set(['meeting', 'talks', 'one-on-one']);

/** Does the source tell of leaders' talks and of no summit an organization holds? Then "a summit" that names no one
 * ("at a press conference on Friday, following a summit") is those leaders' meeting. */
function talksWithoutOrganizedSummit(events: readonly EventMention[]): boolean {
  let talks = false;
  for (const e of events) {
    if (SUMMIT_KINDS.has(e.kind) && (e.scope === 'multilateral' || organizationsSummit(e))) return false;
    if (TALK_KINDS.has(e.kind) && e.occurrence === 'this' && !e.negated && e.scope !== 'multilateral' && e.parties.some((p) => p.type === 'person')) talks = true;
  }
  return talks;
}

/** A one-day summit that names no party at all, in a source of leaders' talks (see above). */
function unnamedSummit(e: EventMention, talks: boolean): boolean {
  return talks && SUMMIT_KINDS.has(e.kind) && e.scope !== 'multilateral' && e.parties.length === 0 && e.date !== null && DAY_RE.test(e.date.value ?? '');
}

/** A person party's name as linked across sources ("Putin" and "Vladimir Putin" are one person), else as written. */
export type NameOf = (p: EventParty) => string;
const asWritten: NameOf = (p) => p.name;

/** Names of linked people by the place of their mentions. */
export function linkedNames(entities: LinkedEntities | undefined): NameOf {
  if (!entities?.people.length) return asWritten;
  const index = indexEntities({ people: entities.people, places: [], organizations: [] });
  return (p) => index.get(p.mention)?.name ?? p.name;
}

/** Events someone makes by travelling: the traveller is the person named last before the trigger ("X arrived",
 * "X's visit"); after a noun trigger also the first named after it ("the arrival of X"). After a verb the people
 * named are who the traveller came to see ("… landed on Monday for talks with Y"): when the subject before the verb
 * is not a known person (a pronoun, a name the article does not give in full), the traveller is unknown. */
const TRAVELS: ReadonlySet<string> = new Set(['arrival', 'departure', 'visit']);
const VISITING_REACH = 60;
const WEEK_SPAN_RE = /\bweek(?:end)?s?\b/i;
/** Trigger words of travel that are nouns; every other travel trigger is a verb form ("arrived", "landed", "left for"). */
const TRAVEL_NOUNS: ReadonlySet<string> = new Set(['arrival', 'arrivals', 'departure', 'departures', 'visit', 'visits', 'trip', 'trips']);
function traveller(e: EventMention): EventParty | undefined {
  const people = e.parties.filter((p) => p.type === 'person' && p.role === 'participant');
  // "visiting Brazilian President Lula": the adjective names the traveller after it (titles between)
  if (e.trigger.text.toLowerCase() === 'visiting') {
    const after = people.find((p) => p.mention.start >= e.trigger.end && p.mention.start - e.trigger.end <= VISITING_REACH);
    if (after) return after;
  }
  const before = people.filter((p) => p.mention.end <= e.trigger.start).at(-1);
  if (before || !TRAVEL_NOUNS.has(e.trigger.text.toLowerCase())) return before;
  return people.find((p) => p.mention.start >= e.trigger.end);
}

const nameOrNull = (p: EventParty | undefined, nameOf: NameOf) => (p ? nameOf(p) : null);

/** The date claims of one source's event mentions. */
export function eventClaims(x: Extraction, nameOf: NameOf = asWritten): EventClaim[] {
  const out: EventClaim[] = [];
  const talks = talksWithoutOrganizedSummit(x.events ?? []);
  for (const e of x.events ?? []) {
    if (!e.date || e.date.value === null || e.negated || e.quoted || e.withGroup || e.modality === 'hypothetical') continue;
    if (e.context === 'boilerplate' || e.context === 'cross-reference') continue;
    const meeting = leadersSummit(e) || jointVisit(e) || unnamedSummit(e, talks);
    // the opening or closing of a forum or a conference is of that gathering, not of a summit
    const event = meeting ? 'meeting' : POINT[e.kind] ?? (SUMMIT_KINDS.has(e.kind) && (e.head === 'forum' || e.head === 'conference') ? e.head : SPANNING[e.kind]);
    if (!event) continue;
    if (DAY_ONLY.has(event) && e.date.granularity !== 'day') continue;
    // a founding is of the organization founded, and is told by its year ("formed in 2009", "founded on 4 April 1949")
    if (event === 'founding' && !e.founded) continue;
    const person = event === 'founding' ? e.founded! : TRAVELS.has(event) ? nameOrNull(traveller(e), nameOf) : PERSONAL.has(event) ? nameOrNull(e.parties.find((p) => p.type === 'person' && p.role === 'participant'), nameOf) : null;
    const people = meeting || event === 'meeting' ? [...new Set(e.parties.filter((p) => p.type === 'person').map(nameOf))].sort() : [];
    const pair = people.length >= 2 ? people.join('–') : null;
    const base = { pair, event, standing: e.modality === 'happened' ? 'actual' as const : 'plan' as const, occurrence: e.occurrence, person, source: e.mention.source, mention: e.date.mention, relative: e.date.text };
    const phase = e.kind === 'summit-open' ? 'opening' : e.kind === 'summit-close' ? 'closing' : e.phase;
    const range = DAY_RANGE_RE.exec(e.date.value);
    if (event === 'founding') {
      if (!range) out.push({ ...base, phase: null, value: e.date.value.slice(0, 4) });
    } else if (meeting) {
      if (!range) out.push({ ...base, phase: null, value: e.date.value, ...(phase ? { loose: true } : {}) });
    } else if (range && SPANNING[e.kind]) {
      // "next week", "this weekend": a span the event falls in, not the days it opens and closes on
      if (WEEK_SPAN_RE.test(e.date.text)) continue;
      out.push({ ...base, phase: 'opening', value: range[1]! }, { ...base, phase: 'closing', value: range[2]! });
    } else out.push({ ...base, phase, value: e.date.value });
  }
  return out;
}

/**
 * The identity of a date claim: event, phase, occurrence, person; a spanning event adds the day. A planned date and
 * the date it was held on are one claim (the day the summit opens is that day, said before or after); the
 * standing stays on each mention for the note.
 */
function keyOf(c: EventClaim): string {
  const spanning = c.event in SPANNING_EVENTS && c.phase === null;
  return JSON.stringify([c.event, c.phase, c.occurrence, c.person, spanning ? c.value : null]);
}
const SPANNING_EVENTS: Readonly<Record<string, true>> = { summit: true, forum: true, conference: true, visit: true };

/** The claim in words, from the identity only (the key): a plan is named so only when it is a plan of its own, never
 * because the source that sorts first spoke before the event. */
function claimText(c: EventClaim, planOfItsOwn: boolean, pair: string | null = null): string {
  if (pair && c.event === 'meeting' && c.occurrence === 'this') return `Date of the ${pair} meeting${planOfItsOwn ? ' (planned)' : ''}`;
  const who = c.person ? ` (${c.person})` : '';
  const which = c.occurrence === 'earlier' ? 'earlier ' : c.occurrence === 'later' ? 'next ' : '';
  const plan = planOfItsOwn ? ' (planned)' : '';
  if (c.event === 'founding') return `Year ${c.person} was founded`;
  if (c.phase) return `${c.phase === 'opening' ? 'Opening' : 'Last'} day of the ${which}${c.event}${plan}`;
  // a day of a gathering or a visit, in words that fit a day past and a day to come
  if (c.event === 'visit' && c.person) return `A day of ${c.person}\u2019s ${which}visit: ${c.value}${plan}`;
  if (c.event in SPANNING_EVENTS) return `A day of the ${which}${c.event}${who}: ${c.value}${plan}`;
  if (c.person && c.occurrence === 'this' && PERSONAL_VERBS[c.event]) return `Date ${c.person} ${PERSONAL_VERBS[c.event]}${plan}`;
  if (c.person && c.event === 'warrant') return `Date of the ${which}warrant for ${c.person}${plan}`;
  return `Date of the ${which}${c.event}${who}${plan}`;
}

/** Personal events told as what the person did ("Date Lula arrived"). */
const PERSONAL_VERBS: Readonly<Record<string, string>> = { arrival: 'arrived', departure: 'left' };

const claimed = (c: EventClaim) => ({ value: c.value, unit: 'date', mention: c.mention });

/**
 * Meetings of different people are different meetings ("Xi met Biden on Monday", "Xi and Lula held talks on
 * Wednesday"): a meeting group splits by the people it names; mentions that name no pair join the one pair named,
 * and stay apart when several are. Independent of the order of the claims.
 */
function splitByPair(byKey: Map<string, EventClaim[]>): void {
  for (const [key, g] of [...byKey.entries()]) {
    if (g[0]!.event !== 'meeting') continue;
    const by = new Map<string, EventClaim[]>();
    const none: EventClaim[] = [];
    for (const c of g) {
      if (c.pair === null) none.push(c);
      else (by.get(c.pair) ?? by.set(c.pair, []).get(c.pair)!).push(c);
    }
    if (!by.size) continue;
    byKey.delete(key);
    for (const [pair, cs] of by) byKey.set(`${key}|${pair}`, by.size === 1 ? [...cs, ...none] : cs);
    if (by.size > 1 && none.length) byKey.set(key, none);
  }
}

/** Date facts from the event mentions of all sources. Linear: claims are grouped by key. */
export function eventDateFacts(extractions: Extraction[], reps: Map<string, string>, entities?: LinkedEntities): Draft[] {
  const byKey = new Map<string, EventClaim[]>();
  const nameOf = linkedNames(entities);
  for (const x of extractions) for (const c of eventClaims(x, nameOf)) {
    const k = keyOf(c);
    (byKey.get(k) ?? byKey.set(k, []).get(k)!).push(c);
  }
  splitByPair(byKey);
  // a planned date agrees with the day the event was held on; one that does not ("arrived on Tuesday to meet")
  // is a plan of its own, never a conflict with what happened
  for (const [key, g] of [...byKey.entries()]) {
    const held = g.filter((c) => c.standing === 'actual');
    if (!held.length || held.length === g.length) continue;
    const apart = g.filter((c) => c.standing === 'plan' && !held.some((h) => periodsOverlap(h.value, c.value)));
    if (!apart.length) continue;
    byKey.set(key, g.filter((c) => !apart.includes(c)));
    byKey.set(`${key}|plan`, apart);
  }
  const out: Draft[] = [];
  for (const [key, g] of [...byKey.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const first = g[0]!;
    const values: FactValue[] = factValues(g.map(claimed)).map((v) => ({ ...v, rules: ['same-event'] }));
    // days that cannot both be the day of one event: the earliest against the latest
    const sorted = [...(g.some((c) => !c.loose) ? g.filter((c) => !c.loose) : g)].sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
    const lo = sorted[0]!;
    const hi = sorted[sorted.length - 1]!;
    const point = !(first.event in SPANNING_EVENTS) || first.phase !== null;
    if (point && !periodsOverlap(lo.value, hi.value)) {
      const support = (v: string) => independentCount(g.filter((c) => c.value === v).map((c) => c.source), reps);
      const [sl, sh] = [support(lo.value), support(hi.value)];
      const self = g.every((c) => c.source === lo.source);
      const why = self ? `${lo.source} contradicts itself` : 'one event cannot be on two days';
      const more = sl === sh ? `each day has ${sl} independent source${sl === 1 ? '' : 's'}` : `${sl > sh ? lo.value : hi.value} has more independent support (${Math.max(sl, sh)} vs ${Math.min(sl, sh)})`;
      const note = `${why} (dates-apart): ${cite(lo.mention)} (${lo.value}) vs ${cite(hi.mention)} (${hi.value}); ${more}.`;
      out.push({ key: `date|${key}`, claim: claimText(first, key.endsWith('|plan'), g.find((c) => c.pair)?.pair ?? null), about: first.event, period: null, values: values.map((v) => ({ ...v, rules: ['same-event', 'dates-apart'] })), status: 'conflict', note });
      continue;
    }
    const status = agreement(values, reps);
    out.push({ key: `date|${key}`, claim: claimText(first, key.endsWith('|plan'), g.find((c) => c.pair)?.pair ?? null), about: first.event, period: null, values: values.map((v) => ({ ...v, rules: ['same-event', 'dates-meet'] })), status, note: '' });
  }
  return out;
}
