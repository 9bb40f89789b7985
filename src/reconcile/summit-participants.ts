// Who met: the leaders who are parties of the meeting events (met, talks, one-on-one, summit, handshake …).
//
// A party is a leader by title: a head of state or government ("President", "North Korean leader", a leader's
// "counterpart"), or the head of an international organization when the event names him its host or chair
// ("chaired the summit") or the event is the summit's opening or closing. Hosts of a dinner are no parties of a
// meeting event, and people only mentioned in the sentence are none either. When no party anywhere has such a
// title, the people who are parties count. A participant is named in at least half as many independent sources'
// meeting events as the most named one (PARTICIPANT_SALIENCE).
import type { Entity, EventMention, Extraction, SummitChoice } from '../core/types.js';
import { slug } from '../core/ids.js';
import { entityMentionIndex, meetingEvents, mentionKey } from './events.js';
import { entityId, type EntityIndex } from './entityIndex.js';
import { isCounterpartTitle, isLeaderTitle, isOrgHeadTitle } from './leaders.js';
import { choice, sourcesWord, Tally } from './summit-tally.js';

/** Share of the most named leader's sources a leader needs to count as a participant. */
export const PARTICIPANT_SALIENCE = 0.5;

export interface ParticipantChoice {
  chosen: SummitChoice[];
  rival: SummitChoice | null;
  /** every party with a leader title (chosen or not): a meeting that names one not chosen is another meeting */
  leaders: Set<string>;
}

export function chooseParticipants(
  extractions: Extraction[], index: EntityIndex, byId: Map<string, Entity>, reps: Map<string, string>,
): ParticipantChoice {
  const leaders = new Tally();
  const people = new Tally();
  for (const x of extractions) {
    const ents = entityMentionIndex(x);
    for (const e of meetingEvents(x)) {
      const persons = e.parties.filter((p) => p.type === 'person').map((p) => {
        const em = ents.get(mentionKey(p.mention));
        const id = em ? entityId(index, em) : slug(p.name);
        const titles = [...(em?.titles ?? []), ...(byId.get(id)?.titles ?? [])];
        return { p, id, titles, leader: titles.some(isLeaderTitle) };
      });
      const anyLeader = persons.some((q) => q.leader);
      for (const q of persons) {
        people.add(q.id, e, q.p.mention, 'parties');
        const counterpart = anyLeader && !q.leader && q.titles.some(isCounterpartTitle) && persons.some((o) => o !== q && o.leader);
        const orgHead = !q.leader && q.titles.some(isOrgHeadTitle) && (q.p.role === 'host' || isBoundary(e));
        if (q.leader || counterpart || orgHead) leaders.add(q.id, e, q.p.mention, 'parties');
      }
    }
  }
  const titled = leaders.size > 0;
  const ranked = (titled ? leaders : people).ranked(reps);
  const top = ranked[0]?.support ?? 0;
  const need = Math.max(1, Math.ceil(top * PARTICIPANT_SALIENCE));
  const kind = titled ? 'a leader (head of state or government, or a chairing head of organization)' : 'a person (no party has a leader title)';
  const chosen = ranked.filter((r) => r.support >= need).map((r) => choice(r, `${kind}, party of meeting events in ${sourcesWord(r.support)} (needs ${need})`));
  const left = ranked.find((r) => r.support < need);
  let rival = left ? choice(left, `party of meeting events in only ${sourcesWord(left.support)}; a participant needs ${need} (half the most named)`) : null;
  if (!rival && titled) {
    const chosenIds = new Set(chosen.map((c) => c.id));
    const untitled = people.ranked(reps).find((r) => !chosenIds.has(r.id));
    if (untitled) rival = choice(untitled, `party of meeting events in ${sourcesWord(untitled.support)}, but no head-of-state, head-of-government or chair title`);
  }
  return { chosen, rival, leaders: new Set(leaders.ranked(reps).map((r) => r.id)) };
}

const isBoundary = (e: EventMention) => e.kind === 'summit-open' || e.kind === 'summit-close';
