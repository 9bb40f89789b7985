// The summit record: who met, where and when — read from the event mentions (extract/events), never from text.
//
// participants: the leaders who are parties of the meeting events (summit-participants.ts);
// places: the city and the venue the meeting events name as where they are held (summit-place.ts);
// dates: every day the leaders' meeting events are dated to (summit-dates.ts);
// sources: the sources that tell of the meeting at all.
// Each choice keeps its evidence (source, mention, rules) and the strongest rival left out, for `explain summit`.
// Linear: every event mention is read once; candidates are counted in maps keyed by entity id or day.
import { uniqSorted } from '../core/spans.js';
import type { Entity, Extraction, Summit } from '../core/types.js';
import { representatives } from './duplicates.js';
import type { LinkedEntities } from './entities.js';
import { indexEntities } from './entityIndex.js';
import { meetingEvents } from './events.js';
import { chooseDates } from './summit-dates.js';
import { chooseParticipants } from './summit-participants.js';
import { choosePlaces } from './summit-place.js';

export { PARTICIPANT_SALIENCE } from './summit-participants.js';

export function findSummit(extractions: Extraction[], entities: LinkedEntities, duplicates: string[][] = []): Summit | null {
  const reps = representatives(duplicates);
  const index = indexEntities(entities);
  const byId = new Map<string, Entity>([...entities.people, ...entities.places, ...entities.organizations].map((e) => [e.id, e]));
  const people = chooseParticipants(extractions, index, byId, reps);
  const participants = people.chosen.map((c) => c.id).sort();
  const places = choosePlaces(extractions, index, byId, reps, new Set(participants));
  const dates = chooseDates(extractions, index, new Set(participants), people.leaders, reps);
  const sources = uniqSorted(extractions.filter((x) => meetingEvents(x).length > 0).map((x) => x.doc.source.id));
  if (!participants.length && !places.chosen.length && !dates.chosen.length) return null;
  return {
    participants,
    places: places.chosen.map((c) => c.id),
    dates: dates.chosen.map((c) => c.id),
    sources,
    venue: places.venue,
    evidence: {
      participants: people.chosen,
      places: places.chosen,
      dates: dates.chosen,
      rivals: { participant: people.rival, place: places.rival, date: dates.rival },
    },
  };
}
