// Run the date rules over a text: candidates → longest non-overlapping matches → weekday pairing → times of day.
// Pure on the text: used by extractDates and by the loader's publication-date inference.
import type { DateRaw } from '../../resolve/date-raw.js';
import { DIGITS, MONTH } from './rule.js';
import { RULES } from './rules.js';

export interface DateMatch {
  start: number;
  end: number;
  rule: string;
  raw: DateRaw;
  /** a time of day the text gives with the date ("4:30 am" → "04:30") */
  time?: string;
  /** index of another match that names the same day ("Monday" and "(Aug. 21)") */
  pairedWith?: number;
}

const FULL_MONTH_DOT_RE = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\.$/i;

/**
 * The text scanned last and its matches: dating an undated source (resolve/publication.ts) and extractDates read the
 * same article one after the other, and the scan is pure on the text. The matches are read-only to every caller.
 */
let last: { text: string; matches: DateMatch[] } | null = null;

/** All date matches of a text, sorted by position. */
export function scanDates(text: string): DateMatch[] {
  if (last !== null && last.text === text) return last.matches;
  const matches = scan(text);
  last = { text, matches };
  return matches;
}

// Where matches begin (each rule's `at`): one pass of ANCHOR_RE over the text finds every digit run, every word that
// begins like a month and every word some rule starts with; each rule is then tried there alone (sticky), which finds
// exactly what a pass of the rule over the whole text finds, since no match of it begins anywhere else.
const MONTH_START = 'jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec';
const MONTH_LIKE = new RegExp(`^(?:${MONTH_START})`);
const AT_WORDS = [...new Set(RULES.flatMap((r) => r.at.filter((a) => a !== DIGITS && a !== MONTH)))];
for (const w of AT_WORDS) if (!/^[a-z]+$/.test(w)) throw new Error(`date rules: anchor "${w}" is not a lower-case word`);
/** the words ANCHOR_RE looks for; one that begins like a month ("juneteenth") is found as a month-like word */
const WORDS = AT_WORDS.filter((w) => !MONTH_LIKE.test(w)).sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
/** anchor kinds: 0 a digit run, 1 a month-like word, 2… the words */
const KIND = new Map<string, number>([[DIGITS, 0], [MONTH, 1], ...AT_WORDS.filter((w) => MONTH_LIKE.test(w)).map((w): [string, number] => [w, 1]), ...WORDS.map((w, i): [string, number] => [w, i + 2])]);
const ANCHOR_RE = new RegExp(String.raw`(\d)\d*|\b(?:(${MONTH_START})|(${WORDS.join('|')})(?![A-Za-z]))`, 'gi');
/** each rule's pattern, tried at one place (sticky) */
const STICKY = RULES.map((rule) => new RegExp(rule.re.source, `${rule.re.flags.replace('g', '')}y`));
/** per anchor kind, the rules (their indices in RULES, in order) whose matches may begin there */
const BY_KIND: number[][] = Array.from({ length: WORDS.length + 2 }, () => []);
RULES.forEach((rule, r) => {
  for (const k of new Set(rule.at.map((a) => KIND.get(a)!))) BY_KIND[k]!.push(r);
});

/** Every match of every rule (in the order of RULES), each rule's in text order, as a pass of its `re` finds them. */
export function matchRules(text: string): RegExpExecArray[][] {
  const found: RegExpExecArray[][] = RULES.map(() => []);
  const end = new Array<number>(RULES.length).fill(0); // a pass resumes after its last match
  ANCHOR_RE.lastIndex = 0;
  for (let a = ANCHOR_RE.exec(text); a !== null; a = ANCHOR_RE.exec(text)) {
    const i = a.index;
    for (const r of BY_KIND[a[1] !== undefined ? 0 : a[2] !== undefined ? 1 : KIND.get(a[3]!.toLowerCase())!]!) {
      if (i < end[r]!) continue;
      const re = STICKY[r]!;
      re.lastIndex = i;
      const m = re.exec(text);
      if (m === null) continue;
      found[r]!.push(m);
      end[r] = i + m[0].length;
    }
  }
  return found;
}

function scan(text: string): DateMatch[] {
  const cands: Array<DateMatch & { order: number }> = [];
  matchRules(text).forEach((ms, order) => {
    const rule = RULES[order]!;
    for (const m of ms) {
      const raw = rule.parse(m, text);
      if (!raw) continue;
      // a full month name's dot is the full stop of the sentence ("on 17 October."), not part of the date
      const end = m.index + m[0].length - (FULL_MONTH_DOT_RE.test(m[0]) ? 1 : 0);
      cands.push({ start: m.index, end, rule: rule.name, raw, order });
    }
  });
  cands.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || a.order - b.order);
  const kept: DateMatch[] = [];
  const taken = new Uint8Array(text.length + 1);
  for (const c of cands) {
    let free = true;
    for (let i = c.start; i < c.end && free; i++) free = taken[i] === 0;
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    kept.push({ start: c.start, end: c.end, rule: c.rule, raw: c.raw });
  }
  kept.sort((a, b) => a.start - b.start);
  return attachTimes(text, pairWeekdays(text, kept));
}

const JOIN_RE = /^\s*(?:,\s*|[-–]\s*)?$/; // "Tuesday, August 22" · "Friday 7/6" · "Friday-Jun-15"
const PAREN_RE = /^\s*(?:(?:early|late)\s+)?(?:morning|afternoon|evening|night)?\s*[(]\s*$/i; // "Monday morning (Aug. 21)"
const DAYLIKE = new Set(['date', 'day-of-month', 'day-range']);

/** A weekday right before a date names the same day: merge "Tuesday, August 22"; pair "Monday (Aug. 21)". */
function pairWeekdays(text: string, ms: DateMatch[]): DateMatch[] {
  const out: DateMatch[] = [];
  for (let i = 0; i < ms.length; i++) {
    const a = ms[i]!;
    const b = ms[i + 1];
    if (a.raw.kind === 'weekday' && a.raw.week === null && b && DAYLIKE.has(b.raw.kind)) {
      const gap = text.slice(a.end, b.start);
      const wd = a.raw.wd;
      const withWd = (r: DateRaw): DateRaw => (r.kind === 'date' || r.kind === 'day-of-month' ? { ...r, weekday: wd } : r);
      if (JOIN_RE.test(gap)) {
        out.push({ start: a.start, end: b.end, rule: `weekday+${b.rule}`, raw: withWd(b.raw) });
        i++;
        continue;
      }
      if (PAREN_RE.test(gap) && /^\s*\)/.test(text.slice(b.end))) {
        const n = out.length;
        out.push({ start: a.start, end: a.end, rule: `weekday-paired-${b.rule}`, raw: withWd(b.raw), pairedWith: n + 1 });
        out.push({ ...b, raw: withWd(b.raw), pairedWith: n });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

const TIME_RE = /^\s*,?\s*(?:at\s+)?(\d{1,2})(?::(\d{2}))?\s*(a\.?m\.?|p\.?m\.?|am\b|pm\b)?/i;

/** "March 2, 2021, 7:15 pm" → time "19:15" on the date (never in its value). */
function attachTimes(text: string, ms: DateMatch[]): DateMatch[] {
  return ms.map((m) => {
    if (!DAYLIKE.has(m.raw.kind) && m.raw.kind !== 'weekday' && m.raw.kind !== 'relative-day') return m;
    const t = TIME_RE.exec(text.slice(m.end, m.end + 24));
    if (!t || (!t[2] && !t[3])) return m;
    let h = +t[1]!;
    const min = t[2] ? +t[2] : 0;
    const ap = t[3]?.toLowerCase().replace(/\./g, '');
    if (ap === 'pm' && h < 12) h += 12;
    if (ap === 'am' && h === 12) h = 0;
    if (h > 23 || min > 59) return m;
    return { ...m, time: `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}` };
  });
}
