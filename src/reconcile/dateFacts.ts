// Event dates read from sentence text, for the summit record (reconcile/summit.ts) only. Date facts are made from
// event mentions now (reconcile/claims/event-claims.ts); this file goes once summit.ts reads event mentions too.
//
// A date belongs to an event when its sentence names the event (meeting verbs, event nouns; see events.ts).
import type { DateMention, Extraction, Mention } from '../core/types.js';
import { eventOf, meetingStyle, type EventRef, type MeetingStyle } from './events.js';
import { entityId, peopleIn, type EntityIndex } from './entityIndex.js';
import { isDateline } from './summit-place.js';

const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;
const DAY_RANGE_RE = /^(\d{4}-\d{2}-\d{2})\/(\d{4}-\d{2}-\d{2})$/;

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
