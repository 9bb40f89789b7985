// A claim in words: the measure phrase an analyst would write ("countries attending", "length of the one-on-one
// meeting", "China–Russia trade target") and the claim around it ("number of countries attending, 2023"), built
// only from a group's identity (measure head and predicate, subjects, period, standing), never from which source
// sorts first: the words, and the id made from them, do not change when an article is added.
import { EVENT_HEADS } from './measure.js';

/** What a group of claims is, as the same-claim rules read it (see figureFacts.ts `identityOf`). */
export interface Identity {
  family: string;
  scale: string;
  kind: string;
  unit: string;
  modality: 'actual' | 'projection' | 'target' | 'plan';
  ordinal: number | null;
  head: string | null;
  pred: string | null;
  subjects: string[];
  period: string | null;
  /** whose trip it is, for measures of what one person does (claim.ts PERSONAL_HEADS) */
  actor: string | null;
}


/** Heads written otherwise than the concept's name. */
const NOUNS: Readonly<Record<string, string>> = { 'one-on-one': 'one-on-one meeting', person: 'person' };
const PLURALS: Readonly<Record<string, string>> = { person: 'people', 'one-on-one': 'one-on-one meetings', 'head-of-state': 'heads of state', country: 'countries', economy: 'economies' };

/** Predicates as words after a counted noun ("countries attending") and after a measured one ("trade target"). */
const PRED_AFTER_COUNT: Readonly<Record<string, string>> = {
  apply: 'that applied to join', join: 'joining', invite: 'invited', attend: 'attending', sign: 'signing', kill: 'killed',
  injure: 'injured', arrest: 'arrested', target: 'targeted', growth: 'added',
};
/** Counted things that are acted on, not acting: documents signed, people invited. */
const ACTED_ON_HEADS: ReadonlySet<string> = new Set([
  'agreement', 'deal', 'accord', 'memorandum', 'pact', 'treaty', 'contract', 'declaration', 'document', 'protocol', 'mou',
]);
const PRED_AFTER_MEASURE: Readonly<Record<string, string>> = { target: 'target', growth: 'growth', sign: 'signed', invite: 'invited', attend: 'attending' };

/** Heads that measure a span between things ("time since meeting", "age of initiative", from measure.ts). */
const SPAN_RE = /^(time since|time between|age of) (.+)$/;
/** Heads that measure how late an event ran or was put off ("overrun of meeting", "delay of summit"). */
const LATENESS_RE = /^(overrun|delay) of (.+)$/;

const STANDING: Readonly<Record<Identity['modality'], string>> = { actual: '', projection: ' (projected)', target: ' (target)', plan: ' (planned)' };
const ORDINAL_WORDS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

export const noun = (head: string): string => NOUNS[head] ?? head;
export function plural(head: string): string {
  if (PLURALS[head]) return PLURALS[head]!;
  if (/(?:s|x|ch|sh)$/.test(head)) return `${head}es`;
  if (/[^aeiou]y$/.test(head)) return `${head.slice(0, -1)}ies`;
  return `${head}s`;
}
export function ordinalWord(n: number): string {
  if (Number.isInteger(n) && n > 0 && n < ORDINAL_WORDS.length) return ORDINAL_WORDS[n]!;
  const r100 = n % 100;
  const suffix = r100 >= 11 && r100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/** The measure phrase of an identity ("countries attending", "length of the talks", "trade target"), or null when
 * the group names no measure at all. */
export function measurePhrase(i: Identity): string | null {
  const head = i.head;
  const pred = i.pred;
  if (!head && !pred) return null;
  if (i.kind === 'count') {
    // what is counted may be the one who acts ("countries signing") or what the act is done to ("agreements signed")
    const act = pred ? (head && ACTED_ON_HEADS.has(head) ? PRED_AFTER_MEASURE[pred] : undefined) ?? PRED_AFTER_COUNT[pred] ?? `(${pred})` : '';
    if (!head) return act;
    return act ? `${plural(head)} ${act}` : plural(head);
  }
  if (!head) return PRED_AFTER_MEASURE[pred!] ?? pred;
  if (i.kind === 'duration') {
    const late = LATENESS_RE.exec(head);
    if (late) return `${late[1]} of the ${noun(late[2]!)}`;
    const span = SPAN_RE.exec(head);
    if (span) return span[1] === 'time since' ? `time since the previous ${noun(span[2]!)}` : span[1] === 'time between' ? `time between the ${plural(span[2]!)}` : `age of the ${noun(span[2]!)}`;
    const whose = i.actor ? `${i.actor}\u2019s` : 'the';
    return EVENT_HEADS.has(head) ? `length of ${whose} ${noun(head)}` : `duration of ${whose} ${noun(head)}`;
  }
  const act = pred ? PRED_AFTER_MEASURE[pred] ?? `(${pred})` : '';
  return act ? `${noun(head)} ${act}` : noun(head);
}

/** The claim in words: the measure with its subjects, unit, standing and period. */
export function claimPhrase(i: Identity): string {
  const m = measurePhrase(i) ?? 'unnamed measure';
  const subj = i.subjects.length ? `${i.subjects.join('–')} ` : '';
  let what: string;
  if (i.kind === 'count') what = i.head ? `number of ${subj}${m}` : `number ${m}${subj ? ` (${i.subjects.join('–')})` : ''}`;
  else if (i.kind === 'ordinal') what = `${i.actor ? `${i.actor}\u2019s ` : ''}${ordinalWord(i.ordinal ?? 0)} ${m}${i.subjects.length ? ` (${i.subjects.join('–')})` : ''}`;
  else if (i.kind === 'money') what = `${subj}${m} in ${i.unit}`;
  else if (i.kind === 'percent') what = `${subj}${m} (%)`;
  else if (i.kind === 'duration') what = `${subj}${m}${i.scale === 'days' || i.scale === 'years' ? ` in ${i.scale}` : ''}`;
  else what = `${subj}${m} (${i.kind})`;
  // a cost given roughly or ahead of time is an estimate
  const standing = i.modality === 'target' && i.pred === 'target' ? '' : i.modality === 'projection' && i.head === 'cost' ? ' (estimate)' : STANDING[i.modality];
  return `${what}${standing}${i.period ? `, ${i.period}` : ''}`;
}
