// Durations: "three hours", "more than three hours", "ninety-minute", "three-day", "ten years", "3.5years",
// "a decade" (10 years), "almost a year", "half an hour", "an hour and a half", "a couple of days", "all day",
// "another week", "half-day", "a half-hour", "two-and-a-half-hour". Compounds are one figure in the smaller unit
// ("three hours and 20 minutes" = 200 minutes); ranges keep both ends ("two to three hours", "6-8 hours", "an hour
// or two"). Elapsed time into an event is a duration ("an hour into the talks"). Not: "a decade ago", "two years
// earlier" (dates), "the past two years" (a period), "every two years".
import { DURATION_UNITS } from '../../lexicon/units.js';
import { parseNumber, round4 } from '../../../resolve/numbers.js';
import type { Candidate, Rule, RuleInput } from '../candidate.js';
import { isYearLike, stepOf, wordsIn } from '../candidate.js';
import type { NumberToken } from '../numbers.js';
import { STOP } from '../words.js';

const has = <T extends object>(o: T, k: string): k is Extract<keyof T, string> => Object.prototype.hasOwnProperty.call(o, k);
const UNIT_ALT = Object.keys(DURATION_UNITS).sort((a, b) => b.length - a.length).join('|');
const AFTER_NUM_RE = new RegExp(`^(?:\\s?[-‐‑]\\s?|\\s?)(${UNIT_ALT})(?![\\p{L}\\p{N}])((?:[-‐‑](?:long|old))+)?(\\s+and\\s+(?:a\\s+)?half\\b)?`, 'iu');
const ARTICLE_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:(half\\s+an?|an?\\s+half|half|an?|one|another|all|full|whole|(?:a\\s+)?couple\\s+of)[\\s‐‑-]+)(${UNIT_ALT})(?![\\p{L}\\p{N}])(\\s+and\\s+(?:a\\s+)?half)?(?:\\s+or\\s+(two|three|four|five|six|\\d+)(?![\\p{L}\\p{N}])(?!\\s*[‐‑-]?(?:${UNIT_ALT})(?![\\p{L}])))?`, 'giu');
// "two hours earlier" is a point in time; "seven minutes earlier than Trump" is a difference, a duration
const DATE_AFTER_RE = /^\s+(?:ago|earlier(?!\s+than)|before|prior|previously|back|hence|from now)\b/i;
/** A verb of lasting right before a duration (hedge words allowed): "lasted about", "went on for nearly". */
const LASTED_BEFORE_RE = /\b(?:lasted|lasting|lasts|last|ran|run|went\s+on|dragged\s+on|continued)\s+(?:for\s+)?(?:(?:about|around|roughly|some|nearly|almost|over|more\s+than|less\s+than|just|only|barely|under)\s+)?$/i;
const FOR_BEFORE_RE = /\bfor\s+(?:(?:about|around|roughly|some|nearly|almost|over|more\s+than|less\s+than|just|only|under)\s+)?$/i;
const RANGE_GAP_RE = /^\s?(?:-|–|—|to|or)\s?$/;
const INTO_RE = /^\s+into\b/i;
/** Minutes in each unit, to join "three hours and 20 minutes" into one figure. */
const MINUTES: Record<string, number> = { seconds: 1 / 60, minutes: 1, hours: 60, days: 1440, weeks: 10080 };
const JOIN_GAP_RE = /^(?:,?\s+and\s+|\s+)$/;
// "the last 90 minutes" is a period; "expected to last 90 minutes", "will last two days" is the verb (a length)
const PERIOD_BEFORE_RE = /\b(?:past|(?<!\b(?:to|will|would|could|should|may|might|can|cannot|did|does|do|not|won['’]t)\s+)last|next|previous|coming|first|final|recent|following|remaining|every|each|per)\s+$/i;
/** "the first meeting in over a year", "for the first time in two years": the time since the previous one (a
 * span even when "before …" follows: "… in over a year before the forum"). */
const FIRST_IN_BEFORE_RE = /\bfirst\b[^.;:!?]{0,60}?\sin\s+(?:(?:over|more\s+than|nearly|almost|about|around|just\s+over|roughly)\s+)?$/i;
/** "in a year of drought", "in a year when …": a year described, not a span */
const DESCRIBED_AFTER_RE = /^\s+(?:of|when|that|which|in\s+which|marked|dominated|like)\b/i;
const ARTICLE_OK_BEFORE_RE = /\b(?:for|by|after|within|lasting|lasted|nearly|almost|about|around|over|more than|less than|under|at least|up to|just|roughly|some|barely|only|spent|took|takes|than)\s+$/i;

function unitOf(word: string): { unit: string; factor: number } | null {
  const l = word.toLowerCase();
  if (!has(DURATION_UNITS, l)) return null;
  const [unit, factor] = DURATION_UNITS[l];
  return { unit, factor };
}

/** Whether a span at `start` follows "first … in" (FIRST_IN_BEFORE_RE), read in the sentence. */
function firstInBefore(input: RuleInput, start: number): boolean {
  return FIRST_IN_BEFORE_RE.test(input.text.slice(Math.max(input.sentence.start, start - 80), start));
}

function make(input: RuleInput, start: number, end: number, value: number, unit: string, rule: string, steps: string[], hyphen: boolean, firstIn = firstInBefore(input, start)): Candidate | null {
  const { text, sentence } = input;
  // "lasted 20 seconds before the leaders walked on": after a verb of lasting, "before" follows a length, not a point in time
  if (firstIn && DESCRIBED_AFTER_RE.test(text.slice(end, end + 16))) return null;
  // … and so after "for" ("talked for 11 hours before agreeing"): "for" makes it a length
  if (DATE_AFTER_RE.test(text.slice(end, end + 16)) && !firstIn && !LASTED_BEFORE_RE.test(text.slice(Math.max(sentence.start, start - 30), start)) && !FOR_BEFORE_RE.test(text.slice(Math.max(sentence.start, start - 30), start))) return null;
  if (/^\s+read\b/i.test(text.slice(end, end + 8))) return null; // "5 min read": page furniture
  if (PERIOD_BEFORE_RE.test(text.slice(Math.max(sentence.start, start - 12), start))) return null;
  let about: string | null = null;
  const after = wordsIn(text, end, Math.min(sentence.end, end + 100));
  if (hyphen) {
    // "ninety-minute bilateral meeting" → "bilateral meeting"
    const np: string[] = [];
    for (let i = 0; i < after.length; i++) {
      const w = after[i]!;
      // a participle ends the phrase: "three-day summit marking the …", "ten-year plan approved"
      const verb = /ed$/.test(w.w) || (/ing$/.test(w.w) && /^(?:the|a|an|its|his|her|their|our)$/i.test(after[i + 1]?.w ?? ''));
      if (!/^\p{L}/u.test(w.w) || STOP.has(w.w.toLowerCase()) || np.length >= 3 || (np.length && verb)) break;
      np.push(w.w);
    }
    about = np.length ? np.join(' ') : null;
  } else if (after[0]?.w.toLowerCase() === 'of') {
    const np: string[] = [];
    for (const w of after.slice(1)) {
      const l = w.w.toLowerCase();
      if (!np.length && /^(?:the|its|his|her|their|our|a|an|this|that)$/.test(l)) continue;
      if (!/^\p{L}/u.test(w.w) || STOP.has(l) || np.length >= 4 || (np.length && /\p{Ll}ed$/u.test(w.w))) break;
      np.push(w.w);
    }
    about = np.length ? np.join(' ') : null;
  } else {
    const unitWord = text.slice(start, end).split(/[\s‐‑-]+/).pop()!;
    const nxt = after[0]?.w ?? '';
    about = /^\p{Ll}+$/u.test(nxt) && !STOP.has(nxt) ? `${unitWord} ${nxt}` : null;
  }
  return { kind: 'duration', start, end, value: round4(value), unit, rule, steps, about, priority: 4 };
}

/** "two to three hours", "6-8 hours": the first number of a range whose unit follows the second. */
function rangeStart(input: RuleInput, n: NumberToken, next: NumberToken | undefined): Candidate | null {
  if (!next || n.scaleLetter || n.scale !== 1 || isYearLike(n)) return null;
  const gap = input.text.slice(n.end, next.start);
  const between = /^\s+and\s+$/.test(gap) && /\bbetween\s+$/i.test(input.text.slice(Math.max(input.sentence.start, n.start - 9), n.start));
  if (!RANGE_GAP_RE.test(gap) && !between) return null;
  if (PERIOD_BEFORE_RE.test(input.text.slice(Math.max(input.sentence.start, n.start - 12), n.start))) return null;
  const hi = fromNumber(input, next);
  if (!hi || hi.rule === 'duration.range' || hi.value <= 0) return null;
  const factor = hi.value / next.base;
  const lo = n.base * factor;
  if (!(lo < hi.value)) return null;
  return { ...hi, start: n.start, value: round4(lo), valueMax: hi.value, rule: 'duration.range', steps: [stepOf(n), ...hi.steps, `range up to ${hi.value} ${hi.unit}`] };
}

function fromNumber(input: RuleInput, n: NumberToken): Candidate | null {
  if (n.scaleLetter || n.scale !== 1 || isYearLike(n)) return null;
  const m = AFTER_NUM_RE.exec(input.text.slice(n.end, Math.min(input.sentence.end, n.end + 24)));
  if (!m) return null;
  const u = unitOf(m[1]!);
  if (!u) return null;
  // "h" only straight after digits ("3h"), never a word ("three h")
  if (m[1]!.toLowerCase() === 'h' && (n.words || /^\s{2}|-/.test(m[0]))) return null;
  const hyphen = /^\s?[-‐‑]/.test(m[0]);
  const old = /old/i.test(m[2] ?? '');
  const steps = [stepOf(n), `${m[1]} → ${u.unit}${u.factor !== 1 ? ` × ${u.factor}` : ''}`];
  const base = m[3] ? n.base + 0.5 : n.base;
  if (m[3]) steps.push('and a half');
  const c = make(input, n.start, n.end + m[0].length, base * u.factor, u.unit, hyphen ? 'duration.hyphen' : 'duration.unit', steps, hyphen && !old);
  if (c && old) c.about = 'age';
  return c;
}

/** "three hours and 20 minutes", "two hours 5 minutes": a larger unit then a smaller one is one duration. */
function joined(input: RuleInput, a: Candidate, b: Candidate): Candidate | null {
  if (a.valueMax !== undefined || b.valueMax !== undefined || b.start <= a.end) return null;
  const [ma, mb] = [MINUTES[a.unit], MINUTES[b.unit]];
  if (ma === undefined || mb === undefined || ma <= mb) return null;
  const gap = input.text.slice(a.end, b.start);
  // "a three-hour, 20-minute meeting": two hyphenated measures of one thing
  const hyphens = a.rule === 'duration.hyphen' && b.rule === 'duration.hyphen' && /^,\s+$/.test(gap);
  if (!JOIN_GAP_RE.test(gap) && !hyphens) return null;
  const value = round4(a.value * (ma / mb) + b.value);
  return { ...b, start: a.start, value, rule: 'duration.compound', steps: [...a.steps, ...b.steps, `${a.value} ${a.unit} + ${b.value} ${b.unit} = ${value} ${b.unit}`], priority: 5 };
}

export const durationRule: Rule = (input) => {
  const out: Candidate[] = [];
  const nums = input.numbers;
  for (let i = 0; i < nums.length; i++) {
    const n = nums[i]!;
    const c = rangeStart(input, n, nums[i + 1]) ?? fromNumber(input, n);
    if (c) out.push(c);
  }
  const { text, sentence } = input;
  ARTICLE_RE.lastIndex = 0;
  for (let m = ARTICLE_RE.exec(sentence.text); m; m = ARTICLE_RE.exec(sentence.text)) {
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    const lead = m[1]!.toLowerCase().replace(/[\s‐‑-]+/g, ' ').trim();
    const or = m[4] ? parseNumber(m[4]) : null;
    const u = unitOf(m[2]!);
    if (!u || /s$/i.test(m[2]!) !== /couple/.test(lead)) continue; // "a year" / "a couple of days"
    if (m[2]!.length <= 3 && !/^(?:day|hour|week|month|year)$/i.test(m[2]!) ) continue;
    // "for a second time", "a second round": the ordinal, not a second of time
    const nextWord = /^\s+([\p{L}]+)/u.exec(text.slice(end, end + 20))?.[1];
    if (/^seconds?$/i.test(m[2]!) && nextWord && !STOP.has(nextWord.toLowerCase()) && !/^(?:and|or)$/i.test(nextWord)) continue;
    if (/^seconds?$/i.test(m[2]!) && /^\s+time\b/i.test(text.slice(end, end + 8))) continue;
    let base = lead.includes('half') ? 0.5 : lead.includes('couple') ? 2 : 1;
    if (m[3]) base += 0.5;
    const pre = text.slice(Math.max(sentence.start, start - 24), start);
    const open = /^(?:all|full|whole|another|half)/.test(lead) || (lead.includes('half') && /[‐‑-]/.test(m[0]));
    const into = INTO_RE.test(text.slice(end, end + 8)); // "an hour into the meeting": time elapsed
    const firstIn = firstInBefore(input, start);
    // "an hour-long meeting", "a day-long summit", "a week-long visit": the compound says how long, whatever comes before
    const long = /^[‐‑-]long(?![\p{L}\p{N}])/u.test(text.slice(end, end + 6));
    if (!open && !into && !firstIn && !long && !ARTICLE_OK_BEFORE_RE.test(pre) && !(sentence.heading && /(?:almost|nearly|over)\s+$/i.test(pre))) continue;
    if (/^(?:all|full|whole)/.test(lead) && /\bthe\s+$/i.test(pre)) continue; // "for the full year" is a period
    const c = make(input, start, end, base * u.factor, u.unit, 'duration.article', [`"${m[0]}" → ${base * u.factor} ${u.unit}`], false, firstIn);
    if (c && or !== null && or > base) {
      // "an hour or two": a range from the article's one to the number after "or"
      c.valueMax = round4(or * u.factor);
      c.rule = 'duration.range';
      c.steps.push(`range up to ${c.valueMax} ${u.unit}`);
    }
    if (c) out.push(c);
  }
  // compounds: the candidates are in text order within each pass; join neighbours across both passes
  const seq = [...out].sort((a, b) => a.start - b.start);
  for (let i = 0; i + 1 < seq.length; i++) {
    const j = joined(input, seq[i]!, seq[i + 1]!);
    if (j) out.push(j);
  }
  return out;
};
