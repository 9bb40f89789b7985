// Event mentions as reconcile reads them (they come from extract/events; nothing here reads text): which events
// tell of the leaders meeting, which of them count as evidence, and how to find a party's linked entity.
import type { EntityMention, EventKind, EventMention, Extraction, Mention } from '../core/types.js';

/** Events in which the leaders meet: their parties take part in the summit, their places and days are its own. */
export const MEETING_KINDS: ReadonlySet<EventKind> = new Set<EventKind>([
  'meeting', 'talks', 'one-on-one', 'summit', 'summit-open', 'summit-close', 'forum', 'conference', 'handshake', 'participation',
]);

/** Multi-day gatherings: a range of days given for one of them is every day of it. */
export const GATHERING_KINDS: ReadonlySet<EventKind> = new Set<EventKind>(['summit', 'summit-open', 'summit-close', 'forum', 'conference']);

/** Why an event mention is not evidence of the reported event, or null when it is. */
export function notEvidence(e: EventMention): string | null {
  if (e.context === 'boilerplate' || e.context === 'cross-reference') return `in page ${e.context}`;
  if (e.quoted) return 'inside quoted speech';
  if (e.withGroup) return `a meeting with ${e.withGroup}`;
  if (e.negated) return 'negated';
  if (e.occurrence !== 'this') return `an ${e.occurrence === 'earlier' ? 'earlier' : 'later'} occurrence`;
  if (e.modality === 'hypothetical') return 'hypothetical';
  return null;
}

/** The meeting events of one extraction that are evidence of the reported event. */
export function meetingEvents(x: Extraction): EventMention[] {
  return (x.events ?? []).filter((e) => MEETING_KINDS.has(e.kind) && notEvidence(e) === null);
}

import { mentionKey } from '../core/spans.js';
export { mentionKey };

const mentionIndexes = new WeakMap<Extraction, ReadonlyMap<string, EntityMention>>();

/** The entity mentions of one extraction by the place of their mention (parties and places point into it); made
 *  once per extraction, however many steps of the summit record ask. */
export function entityMentionIndex(x: Extraction): ReadonlyMap<string, EntityMention> {
  let m = mentionIndexes.get(x);
  if (!m) mentionIndexes.set(x, (m = new Map(x.entities.map((e) => [mentionKey(e.mention), e]))));
  return m;
}
