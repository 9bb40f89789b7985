// LEGACY, to be deleted: the sentence-level event reader that reconcile/dateFacts.ts still calls (eventOf,
// meetingStyle, POINT_EVENTS). It re-reads sentence text; Extraction.events (this folder's index.ts) replaces it.
// Moved here from reconcile/events.ts so that src/reconcile holds no regex over sentence text; once dateFacts
// reads Extraction.events, delete this file and its re-export in reconcile/events.ts.

/**
 * Event nouns and verbs → event kind, in order of priority: the first kind with a word the date can belong to
 * wins. An arrival word counts only before the date ("arrived on Tuesday to meet Xi" dates the arrival).
 * Global flags: used with matchAll only.
 */
export const EVENT_KINDS = [
  { kind: 'arrival', re: /\b(?:arriv(?:ed|es|ing)|landed|flew (?:in|into|to)|touched down|depart(?:ed|s|ing)|left for|(?:is|are|was|were) (?:due|expected) in)\b/gi },
  { kind: 'meeting', re: /\b(?:met|meets?|meeting|talks|held (?:a )?(?:talks|meeting)|sat down with)\b/gi },
  { kind: 'summit', re: /\bsummit(?:s|ry)?\b/gi },
  { kind: 'forum', re: /\bforum\b/gi },
  { kind: 'conference', re: /\b(?:conference|congress|gathering)\b/gi },
  { kind: 'visit', re: /\b(?:visit(?:ed|ing|s)?|trip)\b/gi },
] as const;

/** A speech verb between a date and an event word: the date is the day something was said ("On Saturday, Wang
 * said the talks would …"). Lower case only. */
const SPEECH_BETWEEN_RE = /\b(?:said|says|told|tells|added|stated|announced|noted|remarked|reported|according to)\b/;

/** A speech verb right next to the date ("India on Friday said", "said on Friday"): the date is when something was
 * said, not the day of the event the sentence goes on to speak of. Lower case only. */
const SPEECH_VERB = '(?:said|says|told|tells|added|stated|announced|noted|remarked|reported|declared|confirmed|insisted|stressed|warned)';
const SPEECH_AFTER_DATE_RE = new RegExp(`^\\s*,?\\s*${SPEECH_VERB}\\b`);
const SPEECH_BEFORE_DATE_RE = new RegExp(`\\b${SPEECH_VERB}\\s+(?:on\\s+|late\\s+|early\\s+)?$`);
/** An event noun naming a document of the event ("a draft Summit Declaration", "the summit communique") is no event. */
const DOCUMENT_AFTER_RE = /^[\s-]+(?:declarations?|communiqu[eé]s?|statements?|documents?|texts?|drafts?|resolutions?)\b/i;

export type EventKind = (typeof EVENT_KINDS)[number]['kind'];

/** Events that last one day or less: two different days for one of them cannot both be right. */
export const POINT_EVENTS: ReadonlySet<string> = new Set(['meeting']);

/** Words that put a date at the start or the end of an event. */
export const PHASES = [
  { phase: 'opening', re: /\b(?:beg[iau]ns?|beginning|open(?:s|ed|ing)?|kick(?:ed|s)?[ -]?off|start(?:s|ed|ing)?|launch(?:es|ed)? the|inaugurat\w*|first day)\b/i },
  { phase: 'closing', re: /\b(?:end(?:s|ed)?|clos(?:es|ed|ing)(?!-door)|conclud(?:es|ed)|wrap(?:s|ped|ping)? up|last day|final day)\b/i },
] as const;

/** Founding verbs: "formed in 2009", "launched by the bank ten years ago", "founded in 1949". */
export const FOUNDING_RE =
  /\b(?:found(?:ed|ing)|formed|formation|launched|established|establishment|created|creation|proposed|set up|inaugurated)\b/g;

/** Meeting verbs for the summit record: a person in such a sentence took part in the event. */
export const MEETING_RE =
  /\b(?:met|meets?|meeting|talks|summit|forum|conference|visit(?:s|ed|ing)?|trip|attend(?:s|ed|ing)?|participat(?:e|es|ed|ing)|host(?:s|ed|ing)?|chair(?:s|ed|ing)?|convene[sd]?|arriv(?:e|es|ed)|welcom(?:e|es|ed)|received|took part|spoke|speech|address(?:ed)?|virtual(?:ly)?|video link)\b/i;

/** How a meeting is held: an informal (casual) meeting and a formal (official, state) one are two meetings. */
const INFORMAL_RE = /\b(?:informal|casual)\b/i;
const FORMAL_RE = /\b(?:formal|official|state)\s+(?:meeting|talks|ceremony)\b/i;
export type MeetingStyle = 'informal' | 'formal' | null;

/** The style of the meeting a sentence (quotes blanked) speaks of, when it says. */
export function meetingStyle(sentence: string): MeetingStyle {
  if (INFORMAL_RE.test(sentence)) return 'informal';
  return FORMAL_RE.test(sentence) ? 'formal' : null;
}

export interface EventRef {
  kind: EventKind | 'founding';
  phase: 'opening' | 'closing' | null;
}

const EVENT_NOUN_RE = /\b(?:summit|meeting|talks|forum|conference|session|ceremony|visit|trip)\b/i;

/** "last met", "their previous meeting", "the next summit": another occurrence than the one reported. */
export const OTHER_OCCURRENCE_RE =
  /\b(?:(?:last|previous|prior|earlier|first|next|former) (?:met|meeting|summit|talks|visit|trip)|(?:following|after|before|ahead of|prior to|since) (?:the |their |this |last |his |her |its )?(?:(?:formal|informal|official|bilateral|planned|scheduled) )?(?:meeting|summit|talks|forum|conference))\b/i;
/** Words right before the date that put it at a boundary: "from Tuesday", "until Thursday". */
const FROM_RE = /\b(?:from|starting|since)\s+(?:on\s+)?$/i;
const UNTIL_RE = /\b(?:until|till|through|to)\s+(?:on\s+)?$/i;

/**
 * The event a date in a sentence belongs to, or null. `before` is the sentence up to the date, `after` the rest.
 * A founding verb close before the date, with no other date between, makes a founding; otherwise the first event
 * kind (in priority order) the date can belong to, with a phase from opening / closing words before the date (or
 * just after it).
 */
export function eventOf(before: string, after: string, hasDateBetween: (verbAt: number) => boolean): EventRef | null {
  const sentence = before + after;
  const window = before.slice(-70);
  const fm = [...window.matchAll(FOUNDING_RE)].at(-1);
  if (fm) {
    // "the summit was launched on Tuesday" / "launched the summit on Tuesday" open an event, they found nothing
    const around = window.slice(Math.max(0, fm.index! - 25));
    if (!EVENT_NOUN_RE.test(around) && !hasDateBetween(before.length - window.length + fm.index!)) return { kind: 'founding', phase: null };
  }
  if (OTHER_OCCURRENCE_RE.test(sentence)) return null;
  if (SPEECH_AFTER_DATE_RE.test(after) || SPEECH_BEFORE_DATE_RE.test(before)) return null;
  const at = before.length; // the date sits here in `sentence` (its own text left out)
  for (const e of EVENT_KINDS) {
    const ok = [...sentence.matchAll(e.re)].some((m) => {
      const end = m.index! + m[0].length;
      if (e.kind === 'arrival' && end > at) return false;
      if (DOCUMENT_AFTER_RE.test(sentence.slice(end, end + 20))) return false;
      const between = end <= at ? sentence.slice(end, at) : sentence.slice(at, m.index!);
      return !SPEECH_BETWEEN_RE.test(between);
    });
    if (!ok) continue;
    let phase: EventRef['phase'] = null;
    const around = before.slice(-90) + after.slice(0, 20);
    for (const p of PHASES) if (p.re.test(around)) phase = p.phase;
    if (FROM_RE.test(before)) phase = 'opening';
    else if (UNTIL_RE.test(before)) phase = 'closing';
    return { kind: e.kind, phase };
  }
  return null;
}
