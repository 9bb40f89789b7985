// Event rules: named tables, each read in one place of index.ts. Every rule has an example in corpus.ts (a test
// fails on a rule no example exercises).
//
//   TRIGGERS      the words that tell of an event, and the kind each one makes
//   PHASES        opening / closing words that make a summit trigger its opening or closing
//   MODALITIES    cue words before the trigger: planned, expected by someone, only possible (else tense decides)
//   OCCURRENCES   "their last meeting", "the next summit": another occurrence than the one reported
//   PARTY_RULES   how the parties stand around the trigger ("X and Y met", "X met Y", "talks between X and Y" …)
//   PLACE_RULES   how a place is named as where the event is held ("at the …", "in …", "held in …")
//   DATE_RULES    how the clause's date is taken (or refused: a date of saying)
import type { EventKind, EventModality } from '../../core/types.js';
import { RESCHEDULED } from '../lexicon/rescheduling.js';
import { SPEECH_VERBS } from '../lexicon/titles.js';

/** Speech verbs that are also plural nouns ("the Andean states", "diplomatic notes"): a verb only before "that". */
const NOUN_LIKE: ReadonlySet<string> = new Set(['states', 'notes', 'claims', 'stresses']);
const SPEECH = `(?:${SPEECH_VERBS.filter((v) => !NOUN_LIKE.has(v)).join('|')}|(?:${[...NOUN_LIKE].join('|')})(?=\\s+that\\b))`;

export interface TriggerRule {
  name: string;
  kind: EventKind;
  /** the event noun a measure phrase uses ("talks", "meeting", "summit" …) */
  head: string;
  /** regex source of the trigger, matched case-insensitively on word boundaries */
  words: string;
  /** the trigger is a verb whose event continues after it ("arrived … on Monday"): a date before it is not its own */
  dateAfterOnly?: boolean;
  scope?: 'bilateral' | 'multilateral';
  /** a verb: modality cues after it belong to what follows, not to it ("met Kim and may meet him again") */
  verb?: boolean;
}

/** In priority order: at one place the first rule that matches wins (longer phrases first). */
export const TRIGGERS: readonly TriggerRule[] = [
  { name: 'one-on-one', kind: 'one-on-one', head: 'one-on-one meeting', words: String.raw`one[- ]on[- ]one(?:\s+(?:meeting|talks|session))?|t[eê]te[- ][aà][- ]t[eê]te|bilateral\s+(?:meeting|talks)`, scope: 'bilateral' },
  { name: 'sit-down', verb: true, kind: 'meeting', head: 'meeting', words: String.raw`s(?:at|it|its|itting)\s+down\s+with` },
  { name: 'sit-down-noun', kind: 'meeting', head: 'meeting', words: String.raw`sit-down` },
  { name: 'press-conference', kind: 'press-conference', head: 'press conference', words: String.raw`(?:press|news|joint\s+press)\s+(?:conference|briefing)` },
  { name: 'meet-verb', verb: true, kind: 'meeting', head: 'meeting', words: String.raw`met|meets?|convene[sd]?` },
  /** a meeting that is a gathering of days or of many: "the three-day meeting", "the annual meeting", "the 55th
   * Leaders Meeting" — a summit, with the days and editions of one */
  { name: 'gathering-meeting', kind: 'summit', head: 'meeting', words: String.raw`(?<=\b(?:[a-z]+-day|\d+-day|annual|yearly|leaders['’]?|ministerial|plenary|\d+(?:st|nd|rd|th))\s)meetings?` },
  { name: 'meeting-noun', kind: 'meeting', head: 'meeting', words: String.raw`meetings?` },
  { name: 'talks-noun', kind: 'talks', head: 'talks', words: String.raw`talks|negotiations` },
  { name: 'summit-noun', kind: 'summit', head: 'summit', words: String.raw`summit(?:s|ry)?` },
  { name: 'forum-noun', kind: 'forum', head: 'forum', words: String.raw`forum`, scope: 'multilateral' },
  { name: 'conference-noun', kind: 'conference', head: 'conference', words: String.raw`conference|congress`, scope: 'multilateral' },
  { name: 'meal-noun', kind: 'dinner', head: 'dinner', words: String.raw`dinner|banquet|luncheon|lunch|breakfast|reception` },
  { name: 'handshake', kind: 'handshake', head: 'handshake', words: String.raw`handshake|sh(?:ook|ake|akes|aking)\s+hands` },
  { name: 'phone-call', kind: 'call', head: 'call', words: String.raw`(?:phone|telephone|video)\s+(?:call|conversation)|spoke\s+(?:by|over\s+the)\s+(?:phone|telephone)` },
  { name: 'arrival-verb', verb: true, kind: 'arrival', head: 'arrival', words: String.raw`arriv(?:ed|es|ing)|arrival|landed|touched\s+down|flew\s+in(?:to)?`, dateAfterOnly: true },
  { name: 'departure-verb', verb: true, kind: 'departure', head: 'departure', words: String.raw`depart(?:ed|s|ing|ure)|left\s+for|leav(?:e|es|ing)\s+for|flew\s+(?:out|home|back)`, dateAfterOnly: true },
  { name: 'visit-noun', kind: 'visit', head: 'visit', words: String.raw`visit(?:s|ed|ing)?|trip` },
  { name: 'signing', verb: true, kind: 'signing', head: 'signing', words: String.raw`sign(?:ed|ing|s(?!\s+of\b))|(?<=\bto\s)sign|inked` },
  { name: 'ceremony', kind: 'ceremony', head: 'ceremony', words: String.raw`ceremony` },
  { name: 'announcement', verb: true, kind: 'announcement', head: 'announcement', words: String.raw`announce(?:d|s|ment)?` },
  { name: 'warrant', kind: 'warrant', head: 'warrant', words: String.raw`(?:arrest\s+)?warrants?` },
  /** "the bloc was formed in 2009", "NATO was founded": an organization coming into being (the thing founded is the
   * event's `founded`: the organization before the verb, or the one the sentences before name for "it", "the bloc") */
  { name: 'founding-verb', verb: true, kind: 'founding', head: 'founding', words: String.raw`(?:was|were|had\s+been|has\s+been)\s+(?:(?:formally|officially|first|originally|jointly)\s+)?(?:formed|founded|established|created|set\s+up|launched)`, dateAfterOnly: true },
  { name: 'launch', verb: true, kind: 'launch', head: 'launch', words: String.raw`launch(?:ed|es)?` },
  { name: 'welcome-verb', verb: true, kind: 'meeting', head: 'meeting', words: String.raw`welcom(?:ed|es|ing)|greet(?:ed|s|ing)|received`, dateAfterOnly: true },
  { name: 'take-part', verb: true, kind: 'participation', head: 'participation', words: String.raw`participat(?:e|es|ed|ing)|participants?|attend(?:s|ed|ing)?|t(?:ook|ake|akes|aking)\s+part` },
  /** "the event", "the occasion": an earlier event of the text named again; it takes the kind of that event (the
   * last gathering named in the sentences just before), and is dropped when there is none */
  { name: 'event-anaphor', kind: 'meeting', head: 'event', words: String.raw`(?<=\bthe\s)(?:event|occasion)(?!\s+of\b)` },
  { name: 'host-verb', verb: true, kind: 'meeting', head: 'meeting', words: String.raw`host(?:ed|s|ing)?|chair(?:ed|s|ing)|presid(?:ed|es|ing)\s+over`, dateAfterOnly: true },
];

/** After a trigger noun, words that make it a document or a title of the event, not the event ("summit declaration"). */
export const NOT_EVENT_AFTER = String.raw`^[\s-]+(?:declarations?|communiqu[eé]s?|statements?|documents?|texts?|drafts?|resolutions?|room|venue|hall|site|organi[sz]ers?|officials?)\b`;

/** Trigger rules that are no event after a passive auxiliary: "was met with scepticism", "were met by officials". */
export const PASSIVE_NOT_EVENT: ReadonlySet<string> = new Set(['meet-verb']);
export const PASSIVE_BEFORE_RE = /\b(?:was|were|is|are|be|been|being)\s+$/i;

/** Verbs whose subject receives a person: a meeting only when a person is the object ("X welcomed Y", not "X welcomed the deal"). */
export const RECEIVING_RULES: ReadonlySet<string> = new Set(['host-verb', 'welcome-verb']);

/** Verbs that join their subject to the event named right after them ("attended the summit"): no event of their own then. */
export const JOINING_RULES: ReadonlySet<string> = new Set(['take-part']);

/** Place rules whose place is not where the event is held (kept on the mention for `explain`, never its `place`). */
export const NOT_VENUE_RULES: ReadonlySet<string> = new Set(['vicinity']);

/** Kinds that a host verb gives its host to, when one follows the verb ("hosted a dinner", "hosting the summit"). */
export const HOSTED_KINDS: ReadonlySet<EventKind> = new Set(['dinner', 'summit', 'forum', 'conference', 'talks', 'meeting', 'ceremony', 'one-on-one']);

export interface PhaseRule {
  name: string;
  phase: 'opening' | 'closing';
  re: RegExp;
  /** read on the words right before the event's date instead of the clause around the trigger */
  onDate?: boolean;
}


/** Words in the clause of a summit, forum or conference trigger that make it its opening or closing. */
export const PHASES: readonly PhaseRule[] = [
  { name: 'opening-word', phase: 'opening', re: /\b(?:open(?:s|ed|ing)?(?!\s+(?:to|for|question|secret|letter)\b)|kick(?:s|ed)?\s*off|beg(?:an|ins|in)|got\s+under\s?way|inaugurat(?:ed|es)|first\s+day)\b/i },
  /** "held from Monday": a day given as where the event starts (a range "from … to …" is a date of its own) */
  { name: 'from-date', phase: 'opening', onDate: true, re: /\b(?:from|starting|beginning)\s+(?:on\s+)?$/i },
  /** "opens on Tuesday and runs until Thursday": a second day of the clause after "until" is the closing day (a
   * closing event of its own, beside the one the clause's first day dates) */
  { name: 'until-date', phase: 'closing', onDate: true, re: new RegExp(`(?<!${RESCHEDULED}\\s+)\\b(?:until|till|through)\\s+(?:on\\s+)?$`, 'i') },
  { name: 'closing-word', phase: 'closing', re: /\b(?:clos(?:es|ed|ing)(?!-door)|wrap(?:s|ped)?\s+up|conclud(?:es|ed)|end(?:s|ed)|last\s+day|final\s+day|(?<=\b(?:will|to|would|shall|should)\s+)(?:close|end|conclude))\b/i },
];

export interface ModalityRule {
  name: string;
  modality: EventModality;
  /** matched on the clause up to the trigger (quotes blanked) */
  re: RegExp;
}

/** First match wins; no match: the tense of the clause (future → scheduled, else happened). */
export const MODALITIES: readonly ModalityRule[] = [
  { name: 'condition', modality: 'hypothetical', re: /\b(?:if|unless|whether)\b/i },
  /** anchored, with "would" looked for first: a cue window without it fails at once */
  { name: 'reported-future', modality: 'scheduled', re: new RegExp(`^(?=[\\s\\S]*\\bwould\\b)[\\s\\S]*\\b${SPEECH}\\b[\\s\\S]*\\bwould\\b`) },
  /** lower case only: "May 6" is a month */
  { name: 'modal-verb', modality: 'hypothetical', re: /\b(?:would|could|might|may)\b(?!\s+(?:have\s+)?(?:been\s+)?(?:said|told))/ },
  { name: 'expected-to', modality: 'expected', re: /\b(?:expected|likely|poised|anticipated|tipped)\s+to\b|\bexpect(?:s|ed)?\b/i },
  /** "agreed to hold a summit in Manila", "vowed to meet again": what is agreed to happen is still to come */
  { name: 'agreed-to', modality: 'scheduled', re: /\b(?:agreed|agree|agrees|decided|decide|decides|pledged|promised|vowed|undertook|resolved)\s+to\s+(?:hold|meet|convene|host|visit|organi[sz]e|stage)\b/i },
  /** "the summit … has been postponed until October": it is still to come */
  { name: 'rescheduled', modality: 'scheduled', re: new RegExp(`\\b${RESCHEDULED}\\s+(?:until|till|to)\\b`, 'i') },
  { name: 'plan-word', modality: 'scheduled', re: /\b(?:scheduled|set|due|slated|planned|planning|plans?|intends?|aims?|is\s+to|are\s+to)\s+(?:to|for)\b|\b(?:upcoming|planned|scheduled|proposed)\b|\bto\s+be\s+held\b/i },
  { name: 'future-verb', modality: 'scheduled', re: /\b(?:will|shall|won['’]t|going\s+to)\b|['’]ll\b/i },
];

/** Negation right before the trigger ("did not meet", "no talks", "never met"). */
export const NEGATION_RE = /\b(?:not|never|no|n['’]t|without)\s+(?:\w+\s+)?$/i;

export interface OccurrenceRule {
  name: string;
  occurrence: 'earlier' | 'later';
  /** matched on the words right before the trigger */
  re: RegExp;
}

export const OCCURRENCES: readonly OccurrenceRule[] = [
  { name: 'earlier-occurrence', occurrence: 'earlier', re: /\b(?:last|previous|prior|earlier|former|past|since\s+(?:the|their|his|her|its))\s+(?:[\p{L}-]+\s+){0,2}$/iu },
  { name: 'later-occurrence', occurrence: 'later', re: /\b(?:next|future|follow-up|another|further|subsequent|later)\s+(?:[\p{L}-]+\s+){0,2}$/iu },
];

/** How a meeting is held: informal (casual) or formal (official, state). */
export const INFORMAL_RE = /\b(?:informal|casual|private)\s+(?:[\p{L}-]+\s+)?$/iu;
export const FORMAL_RE = /\b(?:formal|official|state)\s+(?:[\p{L}-]+\s+)?$/iu;

/** The party patterns, named for `steps`: the first whose test holds names how the parties were read. */
export interface PartyRule {
  name: string;
  /** before: clause text before the trigger; after: clause text after it (both with party names as "X"); trigger rule name */
  test: (before: string, after: string, trigger: string) => boolean;
}

export const PARTY_RULES: readonly PartyRule[] = [
  { name: 'x-who-event', test: (b) => /\bX\s*,\s*who\b/u.test(b) },
  { name: 'between-x-and-y', test: (_b, a) => /^\s*(?:[\p{L}-]+\s+){0,3}?between\s+(?:[\p{L}'’.-]+\s+){0,3}?X\b/iu.test(a) },
  { name: 'x-hosted-y', test: (b, a, t) => RECEIVING_RULES.has(t) && /\bX\b/.test(b) && /^\s*(?:[\p{L}'’-]+\s+){0,3}?X\b/u.test(a) },
  { name: 'xs-event-with-y', test: (b, a) => /\bX['’]s?\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(b) && /^\s*(?:[\p{L}-]+\s+){0,3}?with\s+(?:[\p{L}'’.-]+\s+){0,3}?X\b/iu.test(a) },
  { name: 'x-and-y-met', test: (b) => /\bX\s*(?:,\s*(?:[\p{L}'’.-]+\s+){0,3}X\s*)*,?\s+and\s+(?:[\p{L}'’.-]+\s+){0,3}X\b/u.test(b) },
  { name: 'x-met-with-y', test: (b, a) => /\bX\b/.test(b) && /^\s*(?:[\p{L}-]+\s+){0,3}?(?:with|for)\s+(?:[\p{L}'’-]+\s+){0,4}?X\b/iu.test(a) },
  { name: 'x-met-y', test: (b, a) => /\bX\b/.test(b) && /^\s*(?:[\p{L}'’-]+\s+){0,4}?X\b/u.test(a) },
  { name: 'x-event', test: (b) => /\bX\b/.test(b) },
  { name: 'event-of-y', test: (_b, a) => /\bX\b/.test(a) },
];

/** Before a country or organization, words that make it a topic of the event, not a party ("talks on Ukraine"). */
export const TOPIC_BEFORE_RE = /\b(?:on|about|over|regarding|concerning|against|toward|towards|including)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+)?$/iu;

export interface PlaceRule {
  name: string;
  /** matched on the clause text right before the place name */
  re: RegExp;
}

/** Up to three modifier words between a locative and the place ("at the historic", "in Russia's far eastern"); no
 * function word or event noun among them ("in a meeting with China's Xi" names no place). */
const MODIFIERS = String.raw`(?:the\s+|a\s+|an\s+)?(?:(?!(?:with|and|of|for|between|to|from|by|a|an|the|meeting|talks|summit|visit|his|her|their|its)\b)[\p{L}'’-]+\s+){0,3}`;
const placeRe = (lead: string) => new RegExp(String.raw`\b(?:${lead})\s+${MODIFIERS}$`, 'iu');

export const PLACE_RULES: readonly PlaceRule[] = [
  { name: 'held-in', re: placeRe(String.raw`(?:held|hosted|convened|staged|taking\s+place|took\s+place|takes\s+place)\s+(?:at|in|on)`) },
  /** "near Geneva", "outside San Francisco", "on the outskirts of Paris": a landmark to find the venue by, not the place */
  { name: 'vicinity', re: placeRe(String.raw`near|outside|(?:outskirts|south|north|east|west|edge)\s+of`) },
  { name: 'locative', re: placeRe(String.raw`at|in|inside|on`) },
  { name: 'arrived-in', re: placeRe(String.raw`to|into`) },
  /** an organization named as the venue: "talks at the Kremlin" (only with "at") */
  { name: 'at-organization', re: placeRe(String.raw`at`) },
];

/** A place that is the topic, not the venue ("the war in Ukraine", "the crisis in the Sahel"). */
export const PLACE_TOPIC_RE =
  /\b(?:crisis|war|conflict|situation|fighting|tensions?|peace|security|stability|developments?|events|issues?|violence|invasion|operations?|offensive|attacks?|escalation|unrest|instability|investments?|interests?|troops|forces|embassy|ambassador)\s+(?:[\p{L}'’-]+\s+)?(?:in|at|near|on)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}$/iu;
/** A remote party's place: "via a video link from Moscow", "virtually from Moscow". */
export const REMOTE_RE = /\b(?:video|virtual(?:ly)?|remotely|online)\b/i;

export interface DateRule {
  name: string;
  /** what the regex reads: the 40 characters before the date, the 30 after it, or the sentence up to it */
  side: 'before' | 'after' | 'start';
  re: RegExp;
}

/** Dates an event does not take: the day something was said ("said on Friday", "India on Friday said"), the start
 * of a span the clause measures ("the first meeting since 2019"). */
export const NOT_EVENT_DATE: readonly DateRule[] = [
  { name: 'since-date', side: 'before', re: new RegExp(`(?<!${RESCHEDULED}\\s+)\\b(?:since|after|before|until|till|by)\\s+(?:early\\s+|late\\s+|mid-?)?$`, 'i') },
  /** "due to open next Monday, has been postponed until October 12", "planned for August 23 will instead take place
   * on …": the date given up for another */
  { name: 'replaced-date', side: 'after', re: new RegExp(`^\\s*,?\\s*(?:[\\p{L}'’]+\\s+){0,3}?(?:${RESCHEDULED}|instead)\\b`, 'iu') },
  /** "since taking office in 2022", "after coming to power in May", "since taking office last year": the date of the
   * clause after the preposition */
  { name: 'since-clause-date', side: 'before', re: /\b(?:since|after|before|until)\s+\p{L}+ing\b[^,.;:]{0,30}?\s(?:(?:in|on)\s+)?(?:early\s+|late\s+|mid-?)?$/iu },
  /** "the first visit since Ukraine's independence in 1991", "before the war in 2022": the date of the thing after
   * "since"/"before" */
  { name: 'since-noun-date', side: 'before', re: /\b(?:since|before)\s+(?:(?:the|its|their|his|her)\s+)?(?:[\p{L}'’-]+\s+){1,4}(?:in|on|of)\s+(?:early\s+|late\s+|mid-?)?$/iu },
  { name: 'said-on-date', side: 'before', re: new RegExp(`\\b${SPEECH}\\s+(?:(?:reporters|journalists|the\\s+press|parliament|lawmakers)\\s+)?(?:on\\s+|late\\s+|early\\s+|last\\s+|this\\s+)?$`) },
  { name: 'date-then-said', side: 'after', re: new RegExp(`^\\s*,?\\s*${SPEECH}\\b`) },
  /** "LIMA, May 3 (Reuters) -": the dateline's date is the day of the report */
  { name: 'dateline-date', side: 'start', re: /^[\s\p{Lu}.'’\/-]{2,40},\s*$/u },
];
/** Triggers that do not take a date of their clause, though it is near: the date is of something else. */
export interface DateTargetRule {
  name: string;
  /** what the regex reads: the 60 characters before the trigger (before-trigger: only for a date after the trigger;
   * run-up: any date), or the text between a date and a trigger after it */
  side: 'before-trigger' | 'run-up' | 'date-to-trigger';
  re: RegExp;
  /** only a date of one day: "in May after her visit" still dates the visit to that month */
  dayOnly?: boolean;
}
export const NOT_DATE_TARGET: readonly DateTargetRule[] = [
  /** "after the talks, she flew on to Oslo on the 9th", "a prelude to the summit": the event is a point of reference
   * for a date after it past a comma (not "after her visit to Oslo in May", which dates the visit) */
  { name: 'reference-event', side: 'before-trigger', re: /\b(?:following|after|before|prior\s+to)\s+(?:(?:the|a|an|this|that|his|her|their|its|\p{Lu}[\p{L}'’-]*)\s+){0,3}$/iu },
  /** "on Friday, a prelude to the summit", "ahead of the talks": an event still to come, on either side of the date */
  { name: 'run-up-event', side: 'run-up', re: /\b(?:ahead\s+of|prelude\s+to|on\s+the\s+eve\s+of|in\s+the\s+run-up\s+to|in\s+preparation\s+for)\s+(?:(?:the|a|an|this|that|his|her|their|its|\p{Lu}[\p{L}'’-]*)\s+){0,3}$/iu },
  /** "talked on Monday and Tuesday before signing a deal at the summit": a connective clause splits the date's
   * event off (a phrase such as "after weeks of talks" does not) */
  { name: 'connective-between', side: 'date-to-trigger', re: /\b(?:before|after|until)\s+\p{L}+ing\b/iu },
  /** "left Lima on Friday after a three-day visit", "came home on Friday from a visit": the day ends the event named after it, it is not that event's day */
  { name: 'day-after-event', side: 'date-to-trigger', dayOnly: true, re: /^\s*(?:after|following|from)\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:[\p{L}\d-]+\s+){0,2}$/iu },
  /** "returned home on Monday after what he called a good start in his talks": a longer clause after "after" (a
   * quotation inside it blanked) is still what the day follows */
  { name: 'day-after-clause', side: 'date-to-trigger', dayOnly: true, re: /^\s*(?:after|following)\s+(?:what|the|his|her|their|its|a|an)\b[^,;]{0,80}$/iu },
];

/** A date that opens the sentence ("On June 3, …", "Early on Monday, …") dates the main clause after it. */
export const OPENING_DATE_RE = /^\s*(?:(?:early|late|later|earlier)\s+)?(?:on|in|at|by)?\s*$/i;
/** A speech verb between a date and the trigger: the date is when it was said ("On Saturday, Wang said the talks …"). */
export const SPEECH_BETWEEN_RE = new RegExp(`\\b${SPEECH}\\b|\\baccording\\s+to\\b`);
/** A speaker: a party followed by a speech verb before the trigger ("Peskov said the talks …"). */
export const SPEAKER_AFTER_RE = new RegExp(`^\\s*(?:,[^,]{0,60},\\s*)?(?:[a-z]+\\s+)?${SPEECH}\\b`);
/** Before a party named after the trigger: a comma and at most a few words ("…, the Presidency said", "…, Kremlin
 *  spokesman Dmitry Peskov told reporters"). */
export const ATTRIBUTION_BEFORE_RE = /,\s*(?:[\p{L}'’.-]+\s+){0,3}$/u;
/** After such a party, to the end of its clause: a reporting verb (or the role and name of its speaker first: "the
 *  Kremlin's spokesman Dmitry Peskov told") and no more than a short tail without a comma ("in a statement on
 *  Thursday", "reporters"). Never "and" or "or" first (a list of parties goes on), nor a verb that tells what the
 *  person did ("…, Putin thanked his host"). */
export const REPORTER_AFTER_RE = /^(?:['’]s)?\s+(?:(?:(?!(?:and|or)\b)[a-z]+\s+){1,2}(?:\p{Lu}[\p{L}'’.-]*\s+){1,3})?(?:said|says|told|tells|reported|reports|announced|added|stated|confirmed|noted)\b[^,;:]{0,60}$/u;
/** A speaker who says he himself took part ("Putin said he met Xi"). */
export const SELF_REPORT_RE = new RegExp(`^\\s*(?:,[^,]{0,60},\\s*)?(?:[a-z]+\\s+)?${SPEECH}\\s+(?:that\\s+)?(?:he|she|they|we)\\b`);

/** Where a clause ends: ; : a dash, a comma before a new clause ("…, while", "…, who", "…, but", "…, where"), and a
 * relative clause opened by a preposition ("a visit during which they signed …", "the gala at which …"). */
export const CLAUSE_BREAK_RE =
  /[;:]|\s[—–]\s|\s--\s|,\s+(?=(?:but|while|whereas|although|though|which|who|whom|when|where|after|before|because|since|as|and\s+(?:then|later|will|would|has|have|had|was|were|is|are))\b)|\s(?:but|while|whereas)\s|\s(?=(?:during|in|at|after|before|on|through)\s+which\b)/g;

/** Quoted speech: its events are someone's words (kept, marked `quoted`). */
export const QUOTE_SPAN_RE = /“[^“”\n]*”|"[^"\n]*"/g;

/** The subject of a founding verb that points back to an organization named before: "It was formed", "The bloc was
 * set up" (read on the clause up to the verb). */
export const FOUNDED_ANAPHOR_RE = /^\s*(?:(?:but|and|yet)\s+)?(?:it|the\s+(?:bloc|group|grouping|alliance|organi[sz]ation|union|body|coalition|association|club|partnership|forum|initiative))\s+(?:\p{Ll}+\s+){0,2}$/iu;

/** Dates an event takes from beyond its own clause, when the clause names none. */
export interface CarriedDateRule {
  name: string;
  /** carry-in-sentence: read on the words between a dated reporting event's date and the trigger; next-sentence:
   * read on the sentence that holds the trigger */
  side: 'after-reporting-date' | 'continuing-sentence' | 'same-day-anaphor' | 'between-conjuncts' | 'dateline-lead';
  re: RegExp;
}
export const CARRIED_DATES: readonly CarriedDateRule[] = [
  /** "told reporters at a news conference on Friday, after talks with …": the talks the conference follows are of that day */
  { name: 'following-reported-event', side: 'after-reporting-date', re: /^\s*,?\s*(?:(?:right|shortly|just|soon)\s+)?(?:following|after)\s+(?:(?:the|a|an|their|his|her|its)\s+)?(?:[\p{L}-]+\s+){0,2}$/iu },
  /** "Lula spoke on Monday about food prices. He was speaking at the G20 forum.": a pronoun that goes on speaking
   * carries the day of the sentence before to the event it speaks at */
  { name: 'went-on-speaking', side: 'continuing-sentence', re: /^\s*(?:He|She|They)\s+(?:was|were)\s+(?:speaking|addressing|talking|answering\s+questions)\b/u },
  /** "On Thursday Ruto speaks at the congress. The two hold talks later that day.": "that day", "the same day" is the
   * last day named in the sentences just before */
  { name: 'that-day', side: 'same-day-anaphor', re: /^\s*earlier(?:\s+(?:in\s+the\s+day|today))?\s*,|\b(?:(?:later|earlier)\s+(?:that|the\s+same)\s+day|the\s+same\s+day|later\s+in\s+the\s+day|that\s+(?:morning|afternoon|evening|night))\b/i },
  /** "is to meet Xi and attend the summit on Friday": verbs joined by "and" share the day after the last of them
   * (read between the two triggers: "and" then a verb, not a new subject such as "and the summit") */
  { name: 'shared-by-conjuncts', side: 'between-conjuncts', re: /\band\s+(?:to\s+)?(?!(?:the|a|an|his|her|their|its|this|that|other|then|later|will|would|was|were|is|are)\b)\p{Ll}+\s+(?:(?:in|at|with|to)\s+)?(?:(?:the|a|an|his|her|their)\s+)?(?:[\p{L}'’-]+\s+){0,3}$/u },
  /** "LIMA, May 3 (Reuters) - Boric has held talks with …": the lead of a dated wire story tells, in the present
   * perfect, the news of the dateline's day (read on the lead sentence; it must name no date of its own) */
  { name: 'dateline-news', side: 'dateline-lead', re: /\b(?:has|have)\s+(?:(?:just|now|also|already|finally)\s+)?(?:\p{Ll}+(?:ed|en|wn)|held|met|made|told|sent|won|struck|set|begun|hit|led)\b/u },
];
/** The text before a dateline's date, from the start of its sentence: a place line ("BEIJING, ", "Lima/Quito, "),
 * after the store's date header if any. */
export const DATELINE_DATE_RE = /^[\s\uFEFF]*(?:date \d{4}-\d{2}-\d{2}\s+)?\p{Lu}[\p{L}.'’\/ -]{1,40},\s*$/u;
/** Events that report on another (a press conference, a briefing): what they follow is of their day. */
export const REPORTING_KINDS: ReadonlySet<EventKind> = new Set(['press-conference']);

/** Kinds an event anaphor ("the event") can name: gatherings, not acts such as a signing or an arrival. */
export const ANAPHOR_KINDS: ReadonlySet<EventKind> = new Set(['forum', 'summit', 'summit-open', 'summit-close', 'conference', 'meeting', 'talks', 'dinner', 'ceremony', 'press-conference']);

/** Gatherings that can share a day with the event they are joined to ("meet X and attend the summit on Friday"). */
export const SHARED_DAY_KINDS: ReadonlySet<EventKind> = new Set(['meeting', 'talks', 'one-on-one', 'summit', 'forum', 'conference', 'visit', 'dinner', 'ceremony', 'handshake']);

/** Parties named again as a pair ("the two presidents held talks", "both leaders met"): the event takes the two people
 * of the last event before it that names exactly two (read on the sentence up to the trigger). */
export interface PartyAnaphorRule {
  name: string;
  re: RegExp;
}
export const PARTY_ANAPHORS: readonly PartyAnaphorRule[] = [
  { name: 'two-named-before', re: /\b(?:the\s+two|both)\s+(?:leaders|presidents|men|women|heads\s+of\s+(?:state|government)|prime\s+ministers|premiers|chancellors|monarchs)\b(?:(?!\b(?:and|with)\b)[^.;:])*$/i },
];

/** Between a host verb and a meal: its guest and "at a" ("hosted President Ruto at a state banquet"): the host verb
 * hosts the meal, it is no meeting of its own. */
export const HOSTED_AT_MEAL_RE = /^\s+(?:[\p{L}.'’-]+\s+){1,6}(?:at|for|to)\s+(?:an?|the|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}$/u;

/**
 * Right after a meeting trigger, a group that no name stands for: "met business leaders", "talks with lawmakers",
 * "meet students of the university". Such a meeting is the visitor's with others, never the leaders' own.
 */
export const GROUP_AFTER_RE = new RegExp(String.raw`^\s+(?:with\s+)?(?:(?:the|some|a\s+group\s+of|dozens\s+of|hundreds\s+of|members\s+of\s+the|local|top|senior|young|leading|prominent|visiting|foreign|\p{Lu}[\p{L}'’-]*)\s+){0,3}((?:business|community|religious|industry|opposition|civil\s+society|student|faith|tribal|union|party)\s+leaders|lawmakers|legislators|senators|parliamentarians|MPs|students|executives|CEOs|investors|businesspeople|business\s+people|entrepreneurs|journalists|reporters|residents|workers|troops|soldiers|veterans|diaspora|the\s+diaspora|activists|scholars|academics|farmers|athletes|artists|survivors|families)\b`, 'u');
