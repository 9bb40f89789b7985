// Where the summit took place, and who took part: the sentence-level evidence the summit record weighs.
//
// A place is the meeting place when a sentence names it with a locative ("at", "in", "near") in the same clause as
// a meeting word ("met at the Filoli estate", "the summit, held in Johannesburg", "convened at the Vostochny
// spaceport in the Far Eastern Amur Region"). Not evidence: a dateline ("MOSCOW/SEOUL - …" says where the reporter
// was), a meeting that only may happen ("Kim may meet Putin in Vladivostok"). A person takes part when named in a
// sentence that tells of the talks; hosting a dinner or a reception is not taking part in them.
import { MEETING_RE, OTHER_OCCURRENCE_RE } from './events.js';

/** Meeting words a meeting place is named with. */
const PLACE_MEETING_RE = /(?<!\b(?:press|news|video)\s)\b(?:met|meets?|meeting|talks|summit(?:s|ry)?|held|hold(?:s|ing)?|convened?|gathered|gathering|hosted|hosting|hosts?|forum|conference|sat down)\b/gi;
/** A locative right before a place name: "at the", "in Russia's far eastern", "near". */
const LOCATIVE_BEFORE_RE = /\b(?:at|in|near|outside|inside)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}$/iu;
/** What a clause boundary is between a meeting word and its place. */
const CLAUSE_BREAK_RE = /[.;:!?\n]/;
/** A place that is the topic of the talks, not their venue: "the crisis in the Middle East", "Russia's war in Ukraine". */
const TOPIC_BEFORE_RE =
  /\b(?:crisis|war|conflict|situation|fighting|tensions?|peace|security|stability|developments?|events|issues?|violence|invasion|operations?|offensive|attacks?|escalation|unrest|instability)\s+(?:[\p{L}'’-]+\s+)?(?:in|at|near)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}$/iu;
/** A remote participant's place: "via a video link in Moscow", "virtually from Moscow". */
const REMOTE_RE = /\b(?:video|virtual(?:ly)?|remotely|online)\b/i;
/** How much of the sentence around a place is read: the longest reach of a meeting word, plus room for its clause. */
const WINDOW_BEFORE = 220;
const WINDOW_AFTER = 80;
/** A meeting that may or might happen names no meeting place. */
const MODAL_RE = /\b(?:may|might|could|possibly|reportedly (?:plans?|wants?))\b/i;

/** Social functions: hosting, giving or attending one is not taking part in the talks. */
const SOCIAL_RE =
  /\b(?:host(?:s|ed|ing)?|give[sn]?|gave|giving|throw(?:s|n)?|threw|attend(?:s|ed|ing)?)\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+)?(?:[\p{L}-]+\s+){0,2}?(?:dinner|banquet|lunch(?:eon)?|reception|gala|breakfast|tea|concert|party)\b/giu;

/** Does a sentence tell of the event in a way that makes the people it names take part? */
export function tellsOfEvent(sentence: string): boolean {
  return MEETING_RE.test(sentence.replace(SOCIAL_RE, ' '));
}

/** Before a dateline place on its line: nothing, the store's date header, or other dateline places ("MOSCOW/"). */
const DATELINE_PREFIX_RE = /^[\s\uFEFF]*(?:date \d{4}-\d{2}-\d{2}\s+)?(?:\p{Lu}[\p{L}.' -]{0,30}\/\s*)*$/u;

/** Is a sentence a meeting that only may happen? Its places are not where the summit was. */
export function hypothetical(sentence: string): boolean {
  return MODAL_RE.test(sentence);
}

/** A dateline place: first on its line (or after other dateline places), followed by another place, an agency, a dash or a colon. */
export function isDateline(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (!DATELINE_PREFIX_RE.test(text.slice(lineStart, start))) return false;
  const rest = text.slice(end, end + 60);
  return /^(?:\s*\/\s*[\p{L} ]+)*(?:,\s*[\p{Lu}][\p{L} ]+)?(?:\s*[,/]?\s*(?:\(\p{Lu}[^)\n]{0,30}\)|\/\p{Lu}[^/\n]{0,30}\/))?\s*(?:[-–—:]|,\s*(?:\d|\p{Lu}\p{Ll}+\s+\d))/u.test(rest);
}

/**
 * Is the place mention at [start, end) of `sentence` (offsets in the sentence) named as where a meeting is held?
 * The locative comes right before it, and a meeting word sits in the same clause: before it (within 100 characters)
 * or right after it with no comma between.
 */
export function namedAsMeetingPlace(sentence: string, start: number, end: number): boolean {
  // only a window around the place is read (bounded time however long the sentence)
  const from0 = Math.max(0, start - WINDOW_BEFORE);
  const win = sentence.slice(from0, Math.min(sentence.length, end + WINDOW_AFTER));
  const [s0, e0] = [start - from0, end - from0];
  const lead60 = win.slice(Math.max(0, s0 - 60), s0);
  if (!LOCATIVE_BEFORE_RE.test(lead60) || TOPIC_BEFORE_RE.test(lead60)) return false;
  for (const m of win.matchAll(PLACE_MEETING_RE)) {
    const mEnd = m.index! + m[0].length;
    const between = mEnd <= s0 ? win.slice(mEnd, s0) : m.index! >= e0 ? win.slice(e0, m.index!) : null;
    if (between === null) continue;
    if (mEnd <= s0 ? between.length > 100 || CLAUSE_BREAK_RE.test(between) : between.length > 60 || /[,.;:!?\n]/.test(between)) continue;
    const clause = mEnd <= s0 ? win.slice(m.index!, e0) : win.slice(s0, mEnd);
    const lead = win.slice(Math.max(0, Math.min(m.index!, s0) - 40), Math.min(m.index!, s0));
    if (MODAL_RE.test(clause) || MODAL_RE.test(lead.split(CLAUSE_BREAK_RE).at(-1)!)) continue;
    const head = win.slice(0, Math.min(m.index!, s0));
    const clauseStart = Math.max(...[...head.matchAll(/[.;:!?\n]/g)].map((b) => b.index! + 1), 0);
    const wide = win.slice(clauseStart, Math.max(e0, mEnd));
    if (REMOTE_RE.test(between) || OTHER_OCCURRENCE_RE.test(wide)) continue; // "last met in Moscow": another meeting
    return true;
  }
  return false;
}
