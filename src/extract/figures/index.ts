// Money, percentages, counts, ordinals, fractions, durations and quantities in one source.
// Match (rules/*, each naming itself) → drop what the dates own and what overlaps a stronger match →
// qualifiers (approx) → meaning (about, period, modality) → FigureMention with provenance and steps.
import { mention } from '../../core/spans.js';
import type { DateMention, Doc, FigureMention, Sentence } from '../../core/types.js';
import { contextOf } from '../../segment/index.js';
import { approxBefore } from './approx.js';
import type { Candidate, Rule } from './candidate.js';
import { aboutAfter, aboutOf, givenAbout, possessorBefore, ageAbout, gapByAbout, occasionsCountAbout, roleAbout, spentDoingAbout, costAbout, durationAbout, isConversion, milestoneAbout, modalityOf, occasionAbout, namesEvent, withAct, wordForms } from './meaning.js';
import type { WordForms } from './meaning.js';
import { findNumbers } from './numbers.js';
import type { NumberToken } from './numbers.js';
import { eventDays, meetingDay, periodOf, sentencePeriods } from './period.js';
import type { PeriodCandidate } from './period.js';
import { countRule } from './rules/count.js';
import { durationRule } from './rules/duration.js';
import { fractionRule } from './rules/fraction.js';
import { moneyRule } from './rules/money.js';
import { ordinalRule } from './rules/ordinal.js';
import { percentRule } from './rules/percent.js';
import { quantityRule } from './rules/quantity.js';

/** Every rule, in no particular order: overlaps are settled by priority, then length. */
export const RULES: readonly Rule[] = [moneyRule, percentRule, durationRule, quantityRule, fractionRule, ordinalRule, countRule];

const TIME_AFTER_RE = /^\s?(?:a\.?m\.?|p\.?m\.?|GMT|UTC|BST|CET|EST|EDT|PST|h\d)(?![\p{L}])/iu;

/** Numbers that are clocks ("4:30 am", "19:32"), or inside a date the dates extractor found. */
function isNotAFigure(text: string, n: NumberToken, inDate: (a: number, b: number) => boolean): boolean {
  if (text[n.start - 1] === ':' || (text[n.end] === ':' && /\d/.test(text[n.end + 1] ?? ''))) return true;
  if (/^[.:]\d{2}\b/.test(text.slice(n.end, n.end + 4)) && TIME_AFTER_RE.test(text.slice(n.end + 3))) return true;
  if (TIME_AFTER_RE.test(text.slice(n.end, n.end + 6))) return true;
  if (/\bGroup\s+of\s+$/.test(text.slice(Math.max(0, n.start - 10), n.start))) return true; // "Group of 20": a name
  return inDate(n.start, n.end);
}

/** Overlaps settled by priority, then length; a mask of taken characters keeps it linear. */
function pick(cands: Candidate[], s: Sentence): Candidate[] {
  const sorted = [...cands].sort((a, b) => b.priority - a.priority || (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  const taken = new Uint8Array(s.end - s.start + 1);
  const kept: Candidate[] = [];
  for (const c of sorted) {
    const a = Math.max(0, c.start - s.start);
    const b = Math.min(taken.length, c.end - s.start);
    if (taken.subarray(a, b).includes(1)) continue;
    taken.fill(1, a, b);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** A mask of the sentence's characters that the dates extractor owns. */
function dateMask(s: Sentence, ds: DateMention[]): (a: number, b: number) => boolean {
  if (!ds.length) return () => false;
  const mask = new Uint8Array(s.end - s.start + 1);
  for (const d of ds) mask.fill(1, Math.max(0, d.mention.start - s.start), Math.max(0, Math.min(mask.length, d.mention.end - s.start)));
  return (a, b) => mask.subarray(Math.max(0, a - s.start), Math.max(0, Math.min(mask.length, b - s.start))).includes(1);
}

const LIST_GAP_RE = /\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|said|says|\p{Ll}+ed)\b|[;:.!?]/u;

/**
 * A figure listed right after another of its kind, with no verb between, measures the same thing:
 * "$700 million in pledges, including $100 million from the UAE and $17.5 million from the US".
 */
function listedAfter(text: string, prev: FigureMention | undefined, c: Candidate, start: number, any?: FigureMention): string | null {
  // "bought 107 million tonnes of crude, up 24% from 2022": the change of the figure just given
  if (any?.about && c.kind === 'percent') {
    const between = text.slice(any.mention.end, start);
    const m = /(?:^|,)\s*(up|down)\s+(?:by\s+)?$/i.exec(between);
    if (m && between.length <= 60 && !LIST_GAP_RE.test(between)) return `${any.about} ${m[1]!.toLowerCase() === 'up' ? 'growth' : 'decline'}`;
  }
  if (!prev || prev.kind !== c.kind || !prev.about) return null;
  // "raised $190bn last year, up from US$200 million in 2019": the same measure at an earlier time
  const base = text.slice(prev.mention.end, start);
  if (base.length <= 60 && /(?:^|,)\s*(?:up|down)\s+from\s+$/i.test(base) && !LIST_GAP_RE.test(base)) return prev.about;
  const between = text.slice(prev.mention.end, start);
  return between.length <= 60 && /(?:,|\band|\bor|\bincluding|\bplus)\s+(?:the\s+)?$/u.test(between) && !LIST_GAP_RE.test(between) ? prev.about : null;
}

/**
 * A figure that measures an event, dated by the day its sentence gives that event: the length of the meeting, or an
 * ordinal of a meeting ("the 30th meeting of the envoys on Friday"). An edition of a named event ("the 18th G20
 * Summit") counts editions: the days it is held on are not its period.
 */
function measuresEvent(kind: string, about: string | null): boolean {
  if (!about) return false;
  if (kind === 'duration') return /^(?:length of the|time spent in)\b/.test(about);
  return kind === 'ordinal' && /^\p{Ll}/u.test(about) && namesEvent(about);
}

/** Between an amount and a duration that spreads it: "A$350 million over five years", "$2bn across three years"
 *  ("within five years" is a deadline, not a spread). */
const SPREAD_BETWEEN_RE = /^\s+(?:(?:over|across|for)|(?:[\p{Ll}-]+\s+){1,3}(?:over|across)|(?:on|for|in|to)\s+(?:[\p{L}-]+\s+){1,5}(?:over|across))\s+(?:the\s+(?:next|coming)\s+)?$/iu;

/** Before a share a change is told by: "raise spending by 12 percent". */
const CHANGE_BY_RE = /\bby\s+$/i;

/** Between a change's new value and its starting value: "… to $0.7 billion (in 2025) from", ", up from", ", down from". */
const FROM_AFTER_CHANGE_RE = /^(?:\s+(?:in|by)\s+\S+)?\s*,?\s+(?:up\s+|down\s+)?from\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?$/i;

/** "€1 billion in public funds", "$5bn of loans": the words after the amount say what it is, before any verb of giving. */
const IN_OF_AFTER_RE = /^\s+(?:in|of)\s/i;

function toMention(doc: Doc, s: Sentence, c: Candidate, periods: readonly PeriodCandidate[], forms: WordForms, prev?: FigureMention, any?: FigureMention): FigureMention {
  const text = doc.source.text;
  // "A$350 million over five years": a duration that spreads the amount before it ("over" is no "more than" here)
  // … and so does one after a change by a share ("lift budgets by 10 percent over two years")
  const spreads = c.kind === 'duration' && (any?.kind === 'money' || (any?.kind === 'percent' && CHANGE_BY_RE.test(text.slice(Math.max(s.start, any.mention.start - 6), any.mention.start))))
    && SPREAD_BETWEEN_RE.test(text.slice(any.mention.end, c.start));
  const q = spreads ? null : approxBefore(text, s.start, c.start);
  const start = q ? q.start : c.start;
  // "… joined the march; organisers put the number at 12,000": the count told just before, estimated again
  const reestimated = c.rule === 'count.estimate' && c.about === null && prev?.kind === 'count' && prev.sentence === s.index ? prev.about : null;
  const ruled = c.about !== undefined && c.about !== null ? c.about : reestimated;
  const after = c.kind === 'ordinal' ? null : aboutAfter(text, s, c.end, c.kind, forms);
  // a duration measures the event its clause names; lacking one, only the words right after it say what it is
  // ("ten years of the initiative": what follows "of" is what the duration is of, unless it is an event)
  const ofWhat = c.kind === 'duration' && after !== null && /^\s+of\s/.test(text.slice(c.end, c.end + 5)) && !namesEvent(after);
  const age = c.kind === 'duration' ? ageAbout(text, s, start, c.end, c.unit, ofWhat ? after : null) : null;
  const event = c.kind === 'duration' && !ofWhat && !age ? spentDoingAbout(text, s, start, c.end) ?? gapByAbout(text, s, start) ?? durationAbout(text, doc.sentences, s, start, c.end) : null;
  // money: the same amount in another currency takes the first one's meaning; a clause about costs says "cost"
  const converted = c.kind === 'money' && prev?.kind === 'money' && prev.about && isConversion(text, prev.mention.end, start) ? prev.about : null;
  const cost = c.kind === 'money' && !converted ? costAbout(text, s, start, c.end) : null;
  // "trade will pass the $9 billion mark": a mark measures what reaches it
  const milestone = c.kind === 'money' || c.kind === 'count' || c.kind === 'percent' ? milestoneAbout(text, s, start, c.end, forms) : null;
  // "A$350 million over five years": the span the money is spread over, not the length of an event of the sentence
  const spread = spreads ? (any!.about ? `span of ${/^\p{Lu}/u.test(any!.about) ? '' : 'the '}${any!.about}` : null) : undefined;
  // "pledged $20bn for the corridor": the pledge, and what it is for
  const pledged = c.kind === 'money' && !converted && !cost ? givenAbout(text, s, start, forms) : null;
  const given = pledged && after && /^\s+for\s/i.test(text.slice(c.end, c.end + 6)) ? `${pledged} for ${after}` : pledged;
  // "Australia's A$350 million pledge": the possessor names whose the compound after the amount is
  const owner = c.kind === 'money' && after && text.slice(c.end).trimStart().startsWith(after) ? possessorBefore(text, s, start) : null;
  const ownedAfter = owner && after ? `${owner}’s ${after}` : after;
  const found = spread !== undefined ? spread : c.kind === 'duration' ? age ?? event ?? ruled ?? after : converted ?? cost ?? ruled ?? milestone ?? (IN_OF_AFTER_RE.test(text.slice(c.end, c.end + 8)) ? ownedAfter ?? given : given ?? ownedAfter) ?? listedAfter(text, prev, c, start, any) ?? aboutOf(text, s, start, c.end, c.kind, forms);
  const about = c.kind === 'count' && !c.anaphoric ? roleAbout(text, s, c.end, found) ?? occasionsCountAbout(text, s, start, found, forms) ?? withAct(text, s, start, c.end, found) : c.kind === 'ordinal' ? occasionAbout(text, s, start, c.end, found) ?? found : found;
  const steps = [...c.steps];
  if (q) steps.push(`"${q.word}" → ${q.approx}`);
  const span = { start, end: c.end };
  const f: FigureMention = {
    kind: c.kind,
    value: c.value,
    unit: c.unit,
    approx: q?.approx ?? 'exact',
    about,
    // a re-count or a "32-member alliance" describes, it does not report something that happened in a period
    period: c.anaphoric || c.rule === 'count.compound' ? null : periodOf(text, s, span, periods, measuresEvent(c.kind, about), c.kind === 'money' || c.kind === 'percent'),
    // a pledge is made when told ("will give A$350 million"): what lies ahead is the paying, not the pledge
    modality: given !== null && about === given ? 'actual' : modalityOf(text, s, start, about, c.end),
    steps,
    mention: mention(doc.source.id, text, start, c.end),
    rule: c.rule,
    sentence: s.index,
    context: contextOf(doc, span),
  };
  if (c.valueMax !== undefined) f.valueMax = c.valueMax;
  if (c.anaphoric) f.anaphoric = true;
  // "… to $0.7 billion from $3.4 billion", "rose 5% to $80 billion, up from $76 billion": where the change started
  if (any && any.kind === c.kind && any.unit === c.unit && FROM_AFTER_CHANGE_RE.test(text.slice(any.mention.end, start))) f.baseline = true;
  return f;
}

export function extractFigures(doc: Doc, dates: DateMention[]): FigureMention[] {
  const text = doc.source.text;
  const out: FigureMention[] = [];
  let built: WordForms | null = null;
  // built on first use: only figures whose `about` starts a sentence need it
  const forms: WordForms = {
    get lower() { return (built ??= wordForms(text)).lower; },
    get midCaps() { return (built ??= wordForms(text)).midCaps; },
  };
  const sorted = [...dates].sort((a, b) => a.mention.start - b.mention.start);
  let di = 0;
  for (const s of doc.sentences) {
    // sentences come in order: dates before this one are done with
    while (di < sorted.length && sorted[di]!.mention.end <= s.start) di++;
    const ds: DateMention[] = [];
    for (let j = di; j < sorted.length && sorted[j]!.mention.start < s.end; j++) ds.push(sorted[j]!);
    const inDate = dateMask(s, ds);
    const numbers = findNumbers(s.text, s.start).filter((n) => !isNotAFigure(text, n, inDate));
    const input = { text, sentence: s, numbers };
    const cands: Candidate[] = [];
    for (const r of RULES) for (const c of r(input)) if (!inDate(c.start, c.end)) cands.push(c);
    if (!cands.length) continue;
    const periods = sentencePeriods(text, s, ds, doc.source.published);
    const last = new Map<string, FigureMention>();
    let any: FigureMention | undefined;
    for (const c of pick(cands, s)) {
      // a re-count of parties just named ("the two leaders") keeps its span from other rules but is no figure
      if (c.anaphoric) continue;
      const f = toMention(doc, s, c, periods, forms, last.get(c.kind), any);
      last.set(c.kind, f);
      any = f;
      out.push(f);
      // a range is two figures, one per end, so that each end can be matched and compared on its own
      if (f.valueMax !== undefined && f.valueMax !== f.value) {
        f.bound = 'lower';
        const { valueMax, ...rest } = f;
        out.push({ ...rest, value: valueMax, bound: 'upper', steps: [...f.steps, `upper end of the range: ${valueMax}`] });
      }
    }
  }
  return eventDays(sharePeriods(out), meetingDay(doc.sentences, dates), text, doc.sentences, dates);
}

/**
 * One figure, one period across a document: a duration or amount repeated with the same value and qualifier
 * ("after three days of hearings" … "for three days, Monday to Wednesday") takes the period the other mention states.
 */
function sharePeriods(figs: FigureMention[]): FigureMention[] {
  const SHARED = new Set(['duration', 'money', 'percent', 'quantity']);
  const key = (f: FigureMention) => JSON.stringify([f.kind, f.value, f.unit, f.approx]);
  const stated = new Map<string, FigureMention[]>();
  for (const f of figs) if (f.period !== null && SHARED.has(f.kind)) (stated.get(key(f)) ?? stated.set(key(f), []).get(key(f))!).push(f);
  return figs.map((f) => {
    if (f.period !== null || f.anaphoric || !SHARED.has(f.kind)) return f;
    const same = stated.get(key(f)) ?? [];
    const periods = [...new Set(same.map((g) => g.period))];
    if (periods.length !== 1) return f;
    return { ...f, period: periods[0]!, steps: [...f.steps, `period ${periods[0]} from the same figure in sentence ${same[0]!.sentence + 1}`] };
  });
}
