// The summit record: who met, where and when.
//
// participants: leaders (heads of state or government by title, and heads of international organizations where a
//   sentence says they chair, open or wrap up the event; when no title is given at all, people) named in
//   the sentences that tell of the event (hosting a dinner or a reception does not), salient across sources (in at least half as many sources as the most
//   cited one);
// places: first the place most often named as where the meeting is held ("met at the Filoli estate", "convened
//   at the spaceport in the Amur Region": a venue, region or city, see summit-place.ts), then the city most tied to
//   the event sentences, then venues named in event sentences of two or more sources; datelines never count;
// dates: every day of the event: the days of an explicit range given for it ("August 22 to 24") or of a length
//   and one known opening or closing day ("a two-day summit" that wrapped up on July 12), plus the days
//   that two or more independent sources give for it (or the best-supported day when none does).
import { cmp, uniqSorted } from '../core/spans.js';
import type { Entity, EntityMention, Extraction, Summit } from '../core/types.js';
import { daysBetween, eventDates } from './dateFacts.js';
import { independentCount, representatives } from './duplicates.js';
import type { LinkedEntities } from './entities.js';
import { entityId, indexEntities } from './entityIndex.js';
import { hypothetical, isDateline, namedAsMeetingPlace, tellsOfEvent } from './summit-place.js';
import { chairsEvent, isLeaderTitle, isOrgHeadTitle, leaderTitleBefore } from './leaders.js';

/** Kinds of event whose dates are the summit's dates. */
const SUMMIT_KINDS: ReadonlySet<string> = new Set(['summit', 'meeting', 'forum', 'conference']);
/** Share of the most cited leader's sources a leader needs to count as a participant. */
export const PARTICIPANT_SALIENCE = 0.5;

interface Tally {
  sources: Set<string>;
  eventSources: Set<string>;
}

function tally(m: Map<string, Tally>, id: string, source: string, inEvent: boolean): void {
  let t = m.get(id);
  if (!t) m.set(id, (t = { sources: new Set(), eventSources: new Set() }));
  t.sources.add(source);
  if (inEvent) t.eventSources.add(source);
}

function ranked(m: Map<string, Tally>, reps: Map<string, string>): Array<[string, number, number]> {
  return [...m.entries()]
    .map(([id, t]) => [id, independentCount(t.eventSources, reps), independentCount(t.sources, reps)] as [string, number, number])
    .sort((a, b) => b[1] - a[1] || b[2] - a[2] || cmp(a[0], b[0]));
}

export function findSummit(extractions: Extraction[], entities: LinkedEntities, duplicates: string[][] = []): Summit | null {
  const reps = representatives(duplicates);
  const index = indexEntities(entities);
  const byId = new Map<string, Entity>([...entities.people, ...entities.places].map((e) => [e.id, e]));
  const leaders = new Map<string, Tally>();
  const people = new Map<string, Tally>();
  const cities = new Map<string, Tally>();
  const venues = new Map<string, Tally>();
  const meetingPlaces = new Map<string, Tally>();
  const eventSources = new Set<string>();
  for (const x of extractions) {
    const text = x.doc.source.text;
    const told = x.doc.sentences.map((s) => tellsOfEvent(s.text));
    for (const e of x.entities) {
      if (e.context === 'boilerplate' || e.context === 'cross-reference') continue;
      const s = x.doc.sentences[e.sentence];
      const inEvent = Boolean(s && told[e.sentence]);
      if (inEvent) eventSources.add(x.doc.source.id);
      const id = entityId(index, e);
      if (e.type === 'person') {
        tally(people, id, e.mention.source, inEvent);
        const titled =
          e.titles.some(isLeaderTitle) || (byId.get(id)?.titles ?? []).some(isLeaderTitle) || leaderTitleBefore(text, e.mention.start) || leadersCounterpart(x, e);
        if (titled) tally(leaders, id, e.mention.source, inEvent);
        else if ([...e.titles, ...(byId.get(id)?.titles ?? [])].some(isOrgHeadTitle)) tally(leaders, id, e.mention.source, inEvent && chairsEvent(s!.text));
        continue;
      }
      if (e.type !== 'place' || !s || isDateline(text, e.mention.start, e.mention.end)) continue;
      const kind = e.kind ?? byId.get(id)?.kind;
      if (kind === 'country' || kind === 'body-of-water') continue;
      const meetingPlace = namedAsMeetingPlace(s.text, e.mention.start - s.start, e.mention.end - s.start);
      tally(meetingPlaces, id, e.mention.source, meetingPlace);
      const placeInEvent = inEvent && !hypothetical(s.text);
      if (kind === 'city') tally(cities, id, e.mention.source, placeInEvent);
      else if (kind === 'venue') tally(venues, id, e.mention.source, placeInEvent);
    }
  }
  // leaders by title; when no text gives a leader's title, the people named where the event is told
  const rankedLeaders = ranked(leaders.size ? leaders : people, reps).filter(([, ev]) => ev > 0);
  const top = rankedLeaders[0]?.[1] ?? 0;
  const participants = rankedLeaders.filter(([, ev]) => ev >= Math.max(1, Math.ceil(top * PARTICIPANT_SALIENCE))).map(([id]) => id).sort(cmp);
  const meeting = ranked(meetingPlaces, reps).find(([, ev]) => ev > 0)?.[0];
  const city = ranked(cities, reps).find(([, ev]) => ev > 0)?.[0];
  const venueIds = ranked(venues, reps).filter(([, ev]) => ev >= 2).map(([id]) => id);
  const places = uniqInOrder([...(meeting ? [meeting] : []), ...(city ? [city] : []), ...(meeting || city ? venueIds : [])]);
  const dates = summitDays(extractions, index, reps);
  if (!participants.length && !places.length && !dates.length) return null;
  return { participants, places, dates, sources: uniqSorted(eventSources) };
}

function uniqInOrder(ids: string[]): string[] {
  return ids.filter((id, i) => ids.indexOf(id) === i);
}

/** Days of the event: explicit ranges for it, plus days given by two or more independent sources. */
export function summitDays(extractions: Extraction[], index: ReturnType<typeof indexEntities>, reps: Map<string, string>): string[] {
  const support = new Map<string, Set<string>>();
  const ranged = new Set<string>();
  const bounds = { opening: new Set<string>(), closing: new Set<string>() };
  for (const x of extractions) {
    for (const d of eventDates(x, index)) {
      if (!SUMMIT_KINDS.has(d.event.kind) || !/^\d{4}-\d{2}-\d{2}$/.test(d.value)) continue;
      if (d.event.phase && d.event.kind !== 'meeting') bounds[d.event.phase].add(d.value);
      const s = support.get(d.value) ?? new Set<string>();
      s.add(d.mention.source);
      support.set(d.value, s);
      if (d.date.granularity === 'range') ranged.add(d.value);
    }
  }
  // "a two-day summit" and its one known opening (or closing) day give every day of it
  const length = eventLength(extractions);
  if (length !== null && bounds.opening.size + bounds.closing.size === 1) {
    const [first] = bounds.opening.size ? [...bounds.opening] : [shiftDay([...bounds.closing][0]!, 1 - length)];
    for (const day of daysBetween(first!, shiftDay(first!, length - 1))) ranged.add(day);
  }
  for (const day of ranged) if (!support.has(day)) support.set(day, new Set());
  const days = [...support.entries()].map(([day, s]) => [day, independentCount(s, reps)] as const);
  const agreed = days.filter(([day, n]) => n >= 2 || ranged.has(day)).map(([day]) => day);
  if (agreed.length) return agreed.sort(cmp);
  const best = days.sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))[0];
  return best ? [best[0]] : [];
}

/** "a two-day summit": the length in days of a summit, forum or conference, when the sources give one length. */
export function eventLength(extractions: Extraction[]): number | null {
  const lengths = new Set<number>();
  for (const x of extractions)
    for (const f of x.figures)
      if (f.unit === 'days' && f.approx === 'exact' && f.valueMax === undefined && f.value >= 2 && f.value <= 7 && EVENT_NOUN_RE.test(f.about ?? '')) lengths.add(f.value);
  return lengths.size === 1 ? [...lengths][0]! : null;
}

const EVENT_NOUN_RE = /\b(?:summit|forum|conference)\b/i;

function shiftDay(day: string, by: number): string {
  return new Date(Date.parse(day + 'T00:00:00Z') + by * 86_400_000).toISOString().slice(0, 10);
}

const COUNTERPART_RE = /\bcounterparts?\b/i;

/** "President Erdoğan and his Russian counterpart Vladimir Putin": the counterpart of a leader named before him in
 * the sentence is a leader too (a foreign minister's counterpart is not). */
function leadersCounterpart(x: Extraction, e: EntityMention): boolean {
  if (!e.titles.some((t) => COUNTERPART_RE.test(t))) return false;
  const text = x.doc.source.text;
  return x.entities.some(
    (o) => o.type === 'person' && o.sentence === e.sentence && o.mention.end <= e.mention.start && (o.titles.some(isLeaderTitle) || leaderTitleBefore(text, o.mention.start)),
  );
}
