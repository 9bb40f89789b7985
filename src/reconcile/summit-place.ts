// Where the leaders met: the places the meeting events name as where they are held (extract/events PLACE_RULES:
// "met at the Filoli estate", "the summit, held in Johannesburg"; never a dateline, a remote link, a topic, or a
// landmark the venue is "near" or "outside").
//
// The record's places are the city (a city-state named as the venue counts as its city: "met in Singapore") and the
// venue when one is named in two or more independent sources, or is the only place named at all; with neither, the
// region, else the country. Within a kind the most independent sources win. A place named only for a meeting
// still planned or expected is left out when any place is named for what happened (plans change).
import type { Entity, Extraction, PlaceKind, SummitChoice } from '../core/types.js';
import { slug } from '../core/ids.js';
import { COUNTRIES } from '../extract/lexicon/generated/COUNTRIES.js';
import { NOT_VENUE_RULES } from '../extract/events/rules.js';
import { entityMentionIndex, meetingEvents, mentionKey } from './events.js';
import { entityId, type EntityIndex } from './entityIndex.js';
import { choice, sourcesWord, Tally, type Ranked } from './summit-tally.js';

/** Countries whose capital bears their name (Singapore, Monaco, Luxembourg …): named as a venue, they are a city. */
const CITY_STATES: ReadonlySet<string> = new Set(COUNTRIES.filter((c) => c.capital === c.name).map((c) => c.name.toLowerCase()));

type Kind = 'venue' | 'city' | 'region' | 'country';
const KINDS: readonly Kind[] = ['venue', 'city', 'region', 'country'];

function kindOf(kind: PlaceKind | null | undefined, name: string): Kind | null {
  if (kind === 'venue') return 'venue';
  if (kind === 'city') return 'city';
  if (kind === 'country') return CITY_STATES.has(name.toLowerCase()) ? 'city' : 'country';
  if (kind === 'region' || kind === 'other') return 'region';
  return null;
}

export interface PlaceChoice {
  chosen: SummitChoice[];
  venue: string | null;
  rival: SummitChoice | null;
}

export function choosePlaces(extractions: Extraction[], index: EntityIndex, byId: Map<string, Entity>, reps: Map<string, string>, participants: ReadonlySet<string> = new Set()): PlaceChoice {
  const tallies = new Map<Kind, Tally>(KINDS.map((k) => [k, new Tally()]));
  for (const x of extractions) {
    const ents = entityMentionIndex(x);
    for (const e of meetingEvents(x)) {
      // a participant's meeting with someone else ("Lula met Emperor Naruhito at the Imperial Palace") is not where
      // the leaders met: it counts when it names no one, only participants, or two of them
      const persons = e.parties.filter((p) => p.type === 'person').map((p) => {
        const em = ents.get(mentionKey(p.mention));
        return em ? entityId(index, em) : slug(p.name);
      });
      const ofThem = persons.filter((id) => participants.has(id)).length;
      if (participants.size && persons.length && ofThem < persons.length && ofThem < 2) continue;
      for (const p of e.places) {
        if (NOT_VENUE_RULES.has(p.rule)) continue;
        const em = ents.get(mentionKey(p.mention));
        const id = em ? entityId(index, em) : slug(p.name);
        const kind = kindOf(p.kind ?? byId.get(id)?.kind, byId.get(id)?.name ?? p.name);
        if (kind) tallies.get(kind)!.add(id, e, p.mention, 'place');
      }
    }
  }
  const all = new Map(KINDS.map((k) => [k, tallies.get(k)!.ranked(reps)]));
  const anyHappened = [...all.values()].some((rs) => rs.some((r) => r.happened > 0));
  const ranked = new Map(KINDS.map((k) => [k, prune(all.get(k)!, anyHappened)]));
  const best = (k: Kind) => ranked.get(k)!.find((r) => r.support > 0) ?? null;
  const city = best('city');
  const venueAll = best('venue');
  const venue = venueAll && (venueAll.support >= 2 || !city) ? venueAll : null;
  const chosen: SummitChoice[] = [];
  if (city) chosen.push(choice(city, `the city most named as where the leaders met (${sourcesWord(city.support)})`));
  if (venue) chosen.push(choice(venue, `the venue most named as where the leaders met (${sourcesWord(venue.support)})`));
  if (!city && !venue) {
    const wider = best('region') ?? best('country');
    if (wider) chosen.push(choice(wider, `no city or venue named; the ${best('region') ? 'region' : 'country'} most named as where the leaders met (${sourcesWord(wider.support)})`));
  }
  const chosenIds = new Set(chosen.map((c) => c.id));
  const rivals = KINDS.flatMap((k) => (ranked.get(k) ?? []).filter((r) => !chosenIds.has(r.id)).map((r) => [k, r] as const)).sort(
    (a, b) => b[1].support - a[1].support || KINDS.indexOf(a[0]) - KINDS.indexOf(b[0]),
  );
  const [rk, rr] = rivals[0] ?? [null, null];
  const rival = rr ? choice(rr, rivalWhy(rk!, rr, ranked.get(rk!)![0]!, venueAll)) : null;
  return { chosen, venue: venue?.id ?? null, rival };
}

/** When any place is named for what happened, a place named only for a planned or expected meeting is out (support 0, last). */
function prune(rs: Ranked[], anyHappened: boolean): Ranked[] {
  if (!anyHappened) return rs;
  return [...rs.filter((r) => r.happened > 0), ...rs.filter((r) => r.happened === 0).map((r) => ({ ...r, support: 0 }))];
}

function rivalWhy(kind: Kind, r: Ranked, first: Ranked, venue: Ranked | null): string {
  if (r.support === 0) return `named only for a meeting still planned or expected, while other places are named for what happened`;
  if (r.id !== first.id) return `a ${kind} named in ${sourcesWord(r.support)}, fewer than ${first.id} (${first.support})`;
  if (kind === 'venue' && venue?.id === r.id) return `a venue named in only ${sourcesWord(r.support)} (a venue beside a city needs 2)`;
  return `a ${kind}: the record names a city and venue before a ${kind}`;
}
