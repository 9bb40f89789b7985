// The period a figure refers to: a date in its clause ("$190 billion last year", "30% over the first three
// quarters of 2023"), or a date that frames the whole sentence ("Over the previous year, …"). Dates come from the
// dates extractor; phrases it has not resolved are resolved here against the publication date.
import type { DateMention, FigureMention, Sentence, Span } from '../../core/types.js';
import { resolvePeriodPhrase } from '../../resolve/period.js';
import { tenseIn, tenseMap } from '../../segment/tense.js';
import type { TenseMap } from '../../segment/tense.js';

const PHRASE_RE = /\b(?:(?:the\s+)?(?:first|last)\s+(?:one|two|three|four|[1-4])\s+quarters?\s+of\s+(?:19|20)\d{2}|(?:the\s+)?(?:first|last)\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|[1-9]|1[01])\s+months?\s+of\s+(?:19|20)\d{2}|(?:the\s+)?(?:first|second)\s+half\s+of\s+(?:19|20)\d{2}|(?:the\s+)?(?:last|previous|past|this|current|next|coming|full|whole)\s+year|so\s+far\s+this\s+year|(?:by\s+)?the\s+end\s+of\s+(?:this|the)\s+year|(?:in|during|for|of|by)\s+(?:19|20)\d{2})\b/gi;
// a verb of saying between a figure and a date puts them in different clauses ("on a two-day visit, said trade of
// $2 billion last year": last year is the trade's)
const BLOCK_BETWEEN_RE = /\b(?:since|after|before|until|till|when|ago|once|whereas|while|from|but|than|compared|versus|vs|as in|said|says|told|added|noted|stressed)\b|[;:—–]|,\s*(?:and|while|but|which|who)\b/i;
const BLOCK_BEFORE_RE = /(?:\b(?:since|from|after|before|until|till)\s+(?:the\s+)?|\b(?:than|as)\s+(?:in\s+|during\s+)?|\b(?:compared\s+(?:with|to)|versus|vs\.?)\s+(?:in\s+)?)$/i;
/** "a rise of 12% on 2022", "up 3% on 2019": a bare year after "on" is what a change is measured against */
const BASE_YEAR_BEFORE_RE = /\bon\s+$/i;
const MAX_GAP = 90;

export interface PeriodCandidate extends Span {
  value: string;
  /** a single day: the date of an event, a period only for what measures that event (its length) */
  day?: boolean;
  /** "since 2013": from that year to the publication year, a period for what is counted over it, never for a rank */
  since?: boolean;
  /** two joined days ("May 16 and 17", "Tuesday and Wednesday"): the days of an event, no period of an amount */
  days?: boolean;
}

const SINCE_BEFORE_RE = /\bsince\s+$/i;

function usable(d: DateMention): boolean {
  if (!d.value) return false;
  return d.granularity !== 'day' || d.value.includes('/');
}

/** Dates of the sentence that can be periods, with two joined days merged ("Tuesday and Wednesday"). */
/** Computed once per sentence by the caller. */
export function sentencePeriods(text: string, s: Sentence, dates: DateMention[], published: string | null): PeriodCandidate[] {
  const inS = dates.filter((d) => d.mention.start >= s.start && d.mention.end <= s.end).sort((a, b) => a.mention.start - b.mention.start);
  const out: PeriodCandidate[] = [];
  for (let i = 0; i < inS.length; i++) {
    const d = inS[i]!;
    const e = inS[i + 1];
    if (d.granularity === 'day' && e && e.granularity === 'day' && d.value && e.value &&
        /^\s*(?:and|to|through|-|–)\s*$/.test(text.slice(d.mention.end, e.mention.start))) {
      out.push({ start: d.mention.start, end: e.mention.end, value: `${d.value}/${e.value}`, days: true });
      i++;
      continue;
    }
    if (!usable(d)) {
      if (d.value && d.granularity === 'day') out.push({ start: d.mention.start, end: d.mention.end, value: d.value, day: true });
      continue;
    }
    let value = d.value!;
    if (/\byear\b/i.test(d.mention.text) && /^\d{4}-\d{2}/.test(value) && !value.includes('/')) value = value.slice(0, 4);
    // "have held 19 rounds since 2015": the count runs from that year to the year of writing
    if (SINCE_BEFORE_RE.test(text.slice(Math.max(s.start, d.mention.start - 8), d.mention.start))) {
      const to = published?.slice(0, 4);
      if (/^\d{4}$/.test(value) && to && to > value) out.push({ start: d.mention.start, end: d.mention.end, value: `${value}/${to}`, since: true });
      continue;
    }
    out.push({ start: d.mention.start, end: d.mention.end, value });
  }
  PHRASE_RE.lastIndex = 0;
  for (let m = PHRASE_RE.exec(s.text); m; m = PHRASE_RE.exec(s.text)) {
    const start = s.start + m.index;
    const end = start + m[0].length;
    if (inS.some((d) => d.mention.start < end && start < d.mention.end)) continue; // the dates extractor has it
    const value = resolvePeriodPhrase(m[0], published);
    if (value) out.push({ start, end, value });
  }
  // "up from $8 billion in 2019" starts a change; "running from May 20 to 22" is the range's own "from"
  return out.filter((p) => {
    if (p.since) return true;
    const pre = text.slice(Math.max(s.start, p.start - 12), p.start);
    if (/^\d{4}$/.test(p.value) && BASE_YEAR_BEFORE_RE.test(pre)) return false;
    return !BLOCK_BEFORE_RE.test(pre) || (p.value.includes('/') && /\bfrom\s+$/i.test(pre) && !/\b(?:up|down|rose|fell)\s+from\s+$/i.test(pre));
  }).sort((a, b) => a.start - b.start || a.end - b.end);
}

/** An ordinal's own text ("18th", "third", "second-largest"): it counts editions or ranks, with no period of days. */
const ORDINAL_TEXT_RE = /^(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\p{L}+(?:-\p{L}+)*(?:th|first|second|third))\b/iu;
const DAYS_RE = /^\d{4}-\d{2}-\d{2}(?:\/\d{4}-\d{2}-\d{2})?$/;

/**
 * The period of a figure at `span` in sentence `s`, or null. The days an ordinal's event is held on ("the 18th G20
 * Summit on September 9 and 10") say when it happens, not a period it counts in ("his second trip this year").
 */
export function periodOf(text: string, s: Sentence, span: Span, ps: readonly PeriodCandidate[], measuresEvent = false, amount = false): string | null {
  let best: PeriodCandidate | null = null;
  let bestGap = Infinity;
  const ordinal = ORDINAL_TEXT_RE.test(text.slice(span.start, span.end));
  for (const p of ps) {
    if (p.start < span.end && span.start < p.end) continue;
    if (ordinal && DAYS_RE.test(p.value) && !measuresEvent) continue;
    // a day dates an event: it is the period of the event's length ("met for four hours on Wednesday"), of nothing else
    if (p.day && !measuresEvent) continue;
    // "the summit, held on May 16 and 17, set a target of $260 billion … by 2040": the days the amount was set on
    if (p.days && amount) continue;
    // "the first time since 2019" ranks; "met 42 times since 2013" counts over the years since
    if (p.since && (ordinal || p.start < span.end)) continue;
    if (p.start > span.end + MAX_GAP) break; // sorted by start: the rest are too far
    if (p.end < span.start - MAX_GAP && p.start > s.start + 40) continue;
    const [a, b] = p.end <= span.start ? [p.end, span.start] : [span.end, p.start];
    const between = p.since ? text.slice(a, b).replace(/\bsince\s+$/i, '') : text.slice(a, b);
    // a sentence-opening date with a comma frames every figure of the sentence ("Over the previous year, …")
    const framing = p.end <= span.start && /^\W*(?:\p{L}+\s+){0,2}$/u.test(text.slice(s.start, p.start)) && /^\s*,/.test(text.slice(p.end));
    if (!framing && (b - a > MAX_GAP || BLOCK_BETWEEN_RE.test(between))) continue;
    const gap = framing ? MAX_GAP : b - a;
    if (gap < bestGap) { best = p; bestGap = gap; }
  }
  return best?.value ?? null;
}

const SAID_ON_BEFORE_RE = /\b(?:said|says|told\s+(?:reporters|journalists)|announced|added|stated)\s+(?:on\s+|late\s+|early\s+)?$/i;
/** A sentence that dates a meeting ("the leaders met on Wednesday", "talks held on 12 May"). */
const MEETING_SENTENCE_RE = /\b(?:met|(?<!\bto\s)meets?|meeting|talks|summit|held|hosted|shook\s+hands)\b/i;
/** Lacking one, a sentence that dates the gathering the article reports ("addressed the forum on Wednesday"). */
const GATHERING_SENTENCE_RE = /\b(?:forum|conference|congress|gathering|ceremony|addressed|speech)\b/i;

/**
 * The one day an article dates its meeting on: the single-day dates of sentences that speak of meeting, when they are
 * all the same day; null when there is none or more than one (then no day can be chosen). Linear in the dates.
 */
export function meetingDay(sentences: readonly Sentence[], dates: readonly DateMention[]): string | null {
  const days = new Set<string>();
  const gatherings = new Set<string>();
  let si = 0;
  for (const d of [...dates].sort((a, b) => a.mention.start - b.mention.start)) {
    if (d.granularity !== 'day' || !d.value || d.value.includes('/') || !/^\d{4}-\d{2}-\d{2}/.test(d.value)) continue;
    while (si < sentences.length && sentences[si]!.end <= d.mention.start) si++;
    const s = sentences[si];
    if (!s || s.start > d.mention.start) continue;
    // the day something was said ("said on Thursday that the talks a day earlier …") dates no meeting
    if (SAID_ON_BEFORE_RE.test(s.text.slice(Math.max(0, d.mention.start - s.start - 24), d.mention.start - s.start))) continue;
    if (MEETING_SENTENCE_RE.test(s.text)) days.add(d.value.slice(0, 10));
    else if (GATHERING_SENTENCE_RE.test(s.text)) gatherings.add(d.value.slice(0, 10));
  }
  const chosen = days.size ? days : gatherings;
  return chosen.size === 1 ? [...chosen][0]! : null;
}

/** Units of what happens at a meeting: how many, which one, how long (seconds to hours). Days and years are spans. */
const AT_EVENT_UNITS: ReadonlySet<string> = new Set(['count', 'ordinal', 'seconds', 'minutes', 'hours']);
/** "42 times since 2013", "first … in more than a year", "in the past decade": a count over a span, not of the day. */
const SPAN_AFTER_RE = /^[^.;:!?]{0,50}?\b(?:since|ago|so\s+far|to\s+date|in\s+(?:more\s+than\s+|over\s+|nearly\s+|almost\s+|about\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several|\d+)\s+(?:years?|months?|decades?)|(?:in|over|during|for)\s+the\s+(?:past|last|previous)\b|anniversary)/i;
/** Gatherings of many days: what is counted at them is not of one day. */
const GATHERING_WORD_RE = /\b(?:forums?|conferences?|congress(?:es)?|fairs?|expos?|exhibitions?|festivals?|games|assembly|assemblies)\b/i;
/** "have met 30 times", "has had 12 meetings": the perfect counts up to now. */
const PERFECT_BEFORE_RE = /\b(?:has|have|had|’ve|'ve|’d|'d)\s+(?:[\p{L}-]+\s+){0,3}$/iu;

/**
 * What a figure that describes the meeting takes as its period: the one day the article dates its meeting on.
 * A length of an event ("the talks lasted four hours") takes it wherever it is told; a count, an ordinal or a short
 * duration ("they shook hands three times", "greeted by two aides", "the first handshake", "arrived ten minutes
 * later") takes it when its clause is told in the past and counts nothing over a span ("since 2019", "in a year",
 * "have met 30 times"), and its sentence dates nothing else. Actuals only, and never a re-count or page furniture.
 */
export function eventDays(figs: FigureMention[], day: string | null, text: string, sentences: readonly Sentence[], dates: readonly DateMention[]): FigureMention[] {
  if (!day) return figs;
  // sentences that date another day are about another day
  const otherDay = new Set<number>();
  let si = 0;
  for (const d of [...dates].sort((a, b) => a.mention.start - b.mention.start)) {
    if (d.granularity !== 'day' || !d.value || d.value.slice(0, 10) === day) continue;
    while (si < sentences.length && sentences[si]!.end <= d.mention.start) si++;
    if (sentences[si] && sentences[si]!.start <= d.mention.start) otherDay.add(si);
  }
  const maps = new Map<number, TenseMap>();
  const tenseOf = (s: Sentence, at: number): string => {
    let m = maps.get(s.index);
    if (!m) maps.set(s.index, (m = tenseMap(s.text)));
    return tenseIn(m, at - s.start);
  };
  return figs.map((f) => {
    if (f.period !== null || f.anaphoric || f.context || (f.modality ?? 'actual') !== 'actual') return f;
    if (f.kind === 'duration' && /^(?:length of the|time spent in)\b/.test(f.about ?? '')) {
      return { ...f, period: day, steps: [...f.steps, `period ${day}: the day the article dates its meeting on`] };
    }
    const s = sentences[f.sentence];
    if (!s || !AT_EVENT_UNITS.has(f.unit) || otherDay.has(s.index)) return f;
    // "the fifth Andean Trade Fair": an edition of a named event counts editions, not what happened that day
    if (f.kind === 'ordinal' && (!f.about || /^\p{Lu}/u.test(f.about))) return f;
    if (SPAN_AFTER_RE.test(text.slice(f.mention.end, Math.min(s.end, f.mention.end + 80)))) return f;
    if (PERFECT_BEFORE_RE.test(text.slice(Math.max(s.start, f.mention.start - 40), f.mention.start))) return f;
    // those who came to a forum or a fair came for all of its days, not for the day of the meeting beside it
    // … and so did the countries represented there ("representatives of 90 countries", "leaders attending")
    if (f.kind === 'count' && (GATHERING_WORD_RE.test(s.text) || /\b(?:represented|attending)\b/.test(f.about ?? ''))) return f;
    if (tenseOf(s, f.mention.start) !== 'past') return f;
    return { ...f, period: day, steps: [...f.steps, `period ${day}: told in the past of the day the article dates its meeting on`] };
  });
}
