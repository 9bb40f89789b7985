// Event dates → date facts: the date of the meeting, the opening and last days of the summit, founding years.
//
// A date belongs to an event when its sentence names the event (meeting verbs, event nouns; see events.ts).
// Events that happen once on one day (a meeting, an opening, a closing) cannot have two days: sources that
// give different days are a conflict. A multi-day event (summit, forum) gives one fact per day it was held.
import { byPosition, uniqSorted } from '../core/spans.js';
import type { DateMention, Extraction, Fact, Mention } from '../core/types.js';
import { independentCount } from './duplicates.js';
import { eventOf, meetingStyle, POINT_EVENTS, type EventRef, type MeetingStyle } from './events.js';
import { agreement, cite, factValues, type Claimed } from './factkit.js';
import { entityId, peopleIn, type EntityIndex } from './entityIndex.js';
import { isDateline } from './summit-place.js';
import { pushTo } from '../core/maps.js';

const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;
const DAY_RANGE_RE = /^(\d{4}-\d{2}-\d{2})\/(\d{4}-\d{2}-\d{2})$/;
/** Kinds whose dates say nothing about one shared event (each traveller arrives on their own day). */
const PERSONAL_KINDS: ReadonlySet<string> = new Set(['arrival', 'visit']);

/** One dated claim about an event: which event, which day, who was named with it. */
export interface EventDate {
  event: EventRef;
  value: string;
  mention: Mention;
  date: DateMention;
  people: Set<string>;
  /** cities named in the sentence ("talks on Thursday in Beijing"): meetings in different cities are different meetings */
  cities: Set<string>;
  /** "an informal meeting", "official talks": meetings held in different styles are different meetings */
  style: MeetingStyle;
}

const QUOTED_RE = /“[^“”\n]*”|"[^"\n]*"/g;

/** Quoted words are someone's speech or a headline, not the sentence's own event: blank them out (offsets kept). */
export function unquoted(text: string): string {
  return text.replace(QUOTED_RE, (q) => ' '.repeat(q.length));
}

/** Every day from `a` to `b` (ISO, inclusive). */
export function daysBetween(a: string, b: string): string[] {
  const out: string[] = [];
  const end = Date.parse(b + 'T00:00:00Z');
  for (let t = Date.parse(a + 'T00:00:00Z'); t <= end && out.length < 366; t += 86_400_000) out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}

/** The event dates of one source. */
export function eventDates(x: Extraction, index: EntityIndex): EventDate[] {
  const out: EventDate[] = [];
  for (const d of x.dates) {
    if (d.value === null || d.context === 'boilerplate' || d.context === 'cross-reference') continue;
    const s = x.doc.sentences[d.sentence];
    if (!s) continue;
    const before = unquoted(x.doc.source.text.slice(s.start, d.mention.start));
    const after = unquoted(x.doc.source.text.slice(d.mention.end, s.end));
    const between = (verbAt: number) =>
      x.dates.some((o) => o !== d && o.sentence === d.sentence && o.mention.start >= s.start + verbAt && o.mention.end <= d.mention.start);
    const event = eventOf(before, after, between) ?? carriedEvent(x, d.sentence);
    if (!event) continue;
    const people = peopleIn(x, d.sentence, index);
    const cities = citiesIn(x, d.sentence, index);
    const style = meetingStyle(before + after);
    const push = (e: EventRef, value: string) => out.push({ event: e, value, mention: d.mention, date: d, people, cities, style });
    const range = DAY_RANGE_RE.exec(d.value);
    if (event.kind === 'founding') push(event, d.value);
    else if (DAY_RE.test(d.value)) push(event, d.value);
    else if (range && event.kind !== 'meeting') {
      push({ kind: event.kind, phase: 'opening' }, range[1]!);
      push({ kind: event.kind, phase: 'closing' }, range[2]!);
      for (const day of daysBetween(range[1]!, range[2]!)) push({ kind: event.kind, phase: null }, day);
    }
  }
  return out;
}

/** Ids of the cities named in one sentence (not in a dateline: that is where the reporter was). */
function citiesIn(x: Extraction, sentence: number, index: EntityIndex): Set<string> {
  const out = new Set<string>();
  for (const e of x.entities) {
    if (e.type !== 'place' || e.sentence !== sentence || e.kind !== 'city') continue;
    if (isDateline(x.doc.source.text, e.mention.start, e.mention.end)) continue;
    out.add(entityId(index, e));
  }
  return out;
}

/** A sentence that starts with a pronoun goes on about the same subject and moment: "Modi spoke on Tuesday.
 * He was speaking at the business forum." — the date takes the event of that next sentence (no phase). */
const PRONOUN_START_RE = /^(?:He|She|They|It|The event|This)\b/;

function carriedEvent(x: Extraction, sentence: number): EventRef | null {
  const s = x.doc.sentences[sentence];
  const next = x.doc.sentences[sentence + 1];
  if (!s || !next || !PRONOUN_START_RE.test(next.text)) return null;
  if (x.doc.source.text.slice(s.end, next.start).includes('\n')) return null;
  if (x.dates.some((d) => d.sentence === next.index)) return null;
  const e = eventOf(unquoted(next.text), '', () => true);
  return e && e.kind !== 'founding' ? { kind: e.kind, phase: null } : null;
}

type Draft = Omit<Fact, 'id'> & { key: string };

/** Whole-event days: a summit, its forum or conference days are days of one event. */
const EVENT_PARTS: ReadonlySet<string> = new Set(['summit', 'forum', 'conference']);

const CLAIMS = { opening: 'Opening day of the', closing: 'Last day of the' } as const;

function claimOf(e: EventRef): string {
  if (e.kind === 'founding') return 'Founded, formed or launched in';
  if (e.phase) return `${CLAIMS[e.phase]} ${e.kind}`;
  if (POINT_EVENTS.has(e.kind)) return `Date of the ${e.kind}`;
  return EVENT_PARTS.has(e.kind) ? 'Summit, forum or conference held on' : `The ${e.kind} was held on`;
}

const claimed = (d: EventDate): Claimed => ({ value: d.value, unit: 'date', mention: d.mention });

/** Two dated claims that cannot both be right: one-time event, different days, different sources, same people. */
function clash(a: EventDate, b: EventDate, reps: Map<string, string>): boolean {
  if (a.value === b.value || !DAY_RE.test(a.value) || !DAY_RE.test(b.value)) return false;
  if (independentCount([a.mention.source, b.mention.source], reps) < 2) return false;
  if (a.people.size && b.people.size && ![...a.people].some((p) => b.people.has(p))) return false;
  if (a.cities.size && b.cities.size && ![...a.cities].some((c) => b.cities.has(c))) return false;
  if (a.style && b.style && a.style !== b.style) return false;
  return true;
}

function describeValue(d: EventDate): string {
  return d.date.relative ? `${d.value}, resolved against ${d.date.reference ?? 'no reference date'}` : d.value;
}

/** Date facts from the event dates of all sources. */
export function dateFacts(extractions: Extraction[], index: EntityIndex, reps: Map<string, string>): Draft[] {
  const all = extractions.flatMap((x) => eventDates(x, index)).sort((a, b) => byPosition(a.mention, b.mention));
  const byKey = new Map<string, EventDate[]>();
  for (const d of all) {
    if (PERSONAL_KINDS.has(d.event.kind)) continue;
    const pointLike = d.event.phase !== null || POINT_EVENTS.has(d.event.kind);
    const kind = !pointLike && EVENT_PARTS.has(d.event.kind) ? 'event' : d.event.kind;
    const k = pointLike ? `${kind}|${d.event.phase}` : `${kind}|${d.event.phase}|${d.value}`;
    const g = byKey.get(d.event.kind === 'founding' ? `founding|${d.value}` : k);
    if (g) g.push(d);
    else byKey.set(d.event.kind === 'founding' ? `founding|${d.value}` : k, [d]);
  }
  const out: Draft[] = [];
  for (const [key, g] of byKey) {
    const e = g[0]!.event;
    const claim = claimOf(e);
    let pair: [EventDate, EventDate] | null = null;
    for (let i = 0; i < g.length && !pair; i++) for (let j = i + 1; j < g.length && !pair; j++) if (clash(g[i]!, g[j]!, reps)) pair = [g[i]!, g[j]!];
    if (pair) {
      const [a, b] = pair;
      const note = `one ${e.phase ? `${e.phase} day` : e.kind} on two different days: ${cite(a.mention)} (${describeValue(a)}) vs ${cite(b.mention)} (${describeValue(b)}).`;
      out.push({ key: `date|${key}`, claim, about: e.kind, period: null, values: factValues(g.map(claimed)), status: 'conflict', note });
      continue;
    }
    // no clash: one fact per value (different days of different meetings, or of a multi-day event)
    const byValue = new Map<string, EventDate[]>();
    for (const d of g) pushTo(byValue, d.value, d);
    for (const [value, ds] of byValue) {
      const values = factValues(ds.map(claimed));
      const status = agreement(values, reps);
      const text = claim.endsWith(' on') || claim.endsWith(' in') ? `${claim} ${value}` : claim;
      out.push({ key: `date|${key}|${value}`, claim: text, about: e.kind, period: null, values, status, note: status === 'agreed' ? `${uniqSorted(ds.map((d) => d.mention.source)).length} sources give ${value}.` : '' });
    }
  }
  return out;
}
