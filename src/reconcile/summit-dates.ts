// When the leaders met: the days the meeting events of the chosen participants are dated to.
//
// A dated meeting event counts when it names no person, or names at least one participant and no other leader
// (a meeting of ministers, or one leader with someone else, is another meeting). A range given for a summit,
// forum or conference ("August 22 to 24") is every day of it; "a two-day summit" with its one known opening or
// closing day gives every day too — when three or more leaders meet, or the gathering names the leaders (two
// leaders meeting on the sidelines of a wider summit met on their own days, not on every day of it). The record's days are those ranges plus the days two or more independent
// sources give; when no day has that, the best-supported day.
import { cmp } from '../core/spans.js';
import type { EventMention, Extraction, SummitChoice } from '../core/types.js';
import { slug } from '../core/ids.js';
import { entityMentionIndex, GATHERING_KINDS, MEETING_KINDS, meetingEvents, mentionKey, notEvidence } from './events.js';
import { entityId, type EntityIndex } from './entityIndex.js';
import { choice, sourcesWord, Tally } from './summit-tally.js';

const DAY_LENGTH = 10; // "2023-08-22"
/** A length of a gathering is read from a figure of days right before its trigger ("a two-day summit"). */
const LENGTH_REACH = 20;
const MAX_LENGTH = 7;

export interface DateChoice {
  chosen: SummitChoice[];
  rival: SummitChoice | null;
}

export function chooseDates(extractions: Extraction[], index: EntityIndex, participants: Set<string>, leaders: Set<string>, reps: Map<string, string>): DateChoice {
  const days = new Tally();
  const others = new Tally();
  const ranged = new Set<string>();
  const bounds = { opening: new Set<string>(), closing: new Set<string>() };
  const lengths = new Set<number>();
  // the leaders' own gathering: any, when three or more meet; when two meet, one that names them ("the two-day
  // summit between X and Y"), not the wider summit around their bilateral meeting
  const gathersThem = (ids: string[]) => participants.size > 2 || ids.some((id) => participants.has(id));
  for (const x of extractions) {
    const ents = entityMentionIndex(x);
    const persons = (e: EventMention) =>
      e.parties.filter((p) => p.type === 'person').map((p) => {
        const em = ents.get(mentionKey(p.mention));
        return em ? entityId(index, em) : slug(p.name);
      });
    // the leaders' other dated events (a dinner, an arrival): rivals to name in `explain`, never days of the record
    for (const e of x.events ?? []) {
      const value = e.date?.value;
      if (MEETING_KINDS.has(e.kind) || !value || value.length !== DAY_LENGTH || notEvidence(e) !== null) continue;
      if (persons(e).some((id) => participants.has(id))) others.add(value, e, e.date!.mention, 'date');
    }
    const gatherings = new Map<number, EventMention[]>();
    for (const e of meetingEvents(x)) {
      if (GATHERING_KINDS.has(e.kind)) gatherings.set(e.sentence, [...(gatherings.get(e.sentence) ?? []), e]);
      const value = e.date?.value;
      if (!value) continue;
      const ids = persons(e);
      if (ids.length && (!ids.some((id) => participants.has(id)) || ids.some((id) => leaders.has(id) && !participants.has(id)))) continue;
      const [from, to] = value.split('/');
      if (to && from!.length === DAY_LENGTH && to.length === DAY_LENGTH) {
        if (!GATHERING_KINDS.has(e.kind) || !gathersThem(ids)) continue;
        for (const day of daysBetween(from!, to)) {
          ranged.add(day);
          days.add(day, e, e.date!.mention, 'date');
        }
      } else if (value.length === DAY_LENGTH) {
        days.add(value, e, e.date!.mention, 'date');
        if (e.phase && gathersThem(ids)) bounds[e.phase].add(value);
      }
    }
    // "a two-day summit": a figure of days right before a gathering's trigger
    for (const f of x.figures) {
      if (f.unit !== 'days' || f.approx !== 'exact' || f.valueMax !== undefined || f.value < 2 || f.value > MAX_LENGTH) continue;
      const g = gatherings.get(f.sentence)?.find((e) => e.trigger.start >= f.mention.end && e.trigger.start - f.mention.end <= LENGTH_REACH);
      if (g) lengths.add(f.value);
    }
  }
  // opened on one day and closed on another: every day between
  const [open, close] = [[...bounds.opening], [...bounds.closing]];
  if (open.length === 1 && close.length === 1 && open[0]! < close[0]! && daysBetween(open[0]!, close[0]!).length <= MAX_LENGTH) {
    for (const day of daysBetween(open[0]!, close[0]!)) ranged.add(day);
  } else if (lengths.size === 1 && bounds.opening.size + bounds.closing.size === 1) {
    const length = [...lengths][0]!;
    const first = bounds.opening.size ? [...bounds.opening][0]! : shiftDay([...bounds.closing][0]!, 1 - length);
    for (const day of daysBetween(first, shiftDay(first, length - 1))) ranged.add(day);
  }
  const ranked = days.ranked(reps);
  const known = new Set(ranked.map((r) => r.id));
  for (const day of ranged) if (!known.has(day)) ranked.push({ id: day, support: 0, happened: 0, mentions: 0, evidence: [] });
  const agreed = ranked.filter((r) => r.support >= 2 || ranged.has(r.id));
  const picked = agreed.length ? agreed : ranked.slice(0, 1);
  const chosen = picked
    .map((r) => choice(r, ranged.has(r.id) ? `a day of the range given for the gathering (${sourcesWord(r.support)} name the day itself)` : agreed.length ? `the leaders' meeting is dated to it by ${sourcesWord(r.support)}` : `the best-supported day (${sourcesWord(r.support)}); no day has two`))
    .sort((a, b) => cmp(a.id, b.id));
  const pickedIds = new Set(picked.map((r) => r.id));
  const left = ranked.find((r) => !pickedIds.has(r.id));
  const other = others.ranked(reps).find((r) => !pickedIds.has(r.id));
  const rival = left
    ? choice(left, `dated by only ${sourcesWord(left.support)}; a day needs 2, or to lie in a range given for the gathering`)
    : other
      ? choice(other, `the day of another event of the leaders (${other.evidence[0]?.rule.split(':')[0] ?? 'not a meeting'}), not of their meeting`)
      : null;
  return { chosen, rival };
}

/** Every day from `a` to `b` (ISO, inclusive; at most a year). */
export function daysBetween(a: string, b: string): string[] {
  const out: string[] = [];
  const end = Date.parse(b + 'T00:00:00Z');
  for (let t = Date.parse(a + 'T00:00:00Z'); t <= end && out.length < 366; t += 86_400_000) out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}

function shiftDay(day: string, by: number): string {
  return new Date(Date.parse(day + 'T00:00:00Z') + by * 86_400_000).toISOString().slice(0, 10);
}
