// Date rules: an ordered table of named regexes, each turning a match into a raw capture (nothing resolved here).
// Longer matches win over shorter ones at the same place (see scan.ts); every rule has examples in corpus.ts.
import type { DateRaw } from '../../resolve/date-raw.js';
import { FIXED_HOLIDAYS, HOLIDAY_RE, WEEKDAYS, dayWordNumber, monthNumber, weekdayNumber } from '../lexicon/calendar.js';
import { D, DD, DW, DW_AT, FULL_MONTHS, MON, MONTH_PREP, TO, WD, Y, YSEP } from './patterns.js';
import { RELATIVE_RULES } from './rules-relative.js';
import { countWord, ordinalQuarter, shiftWord } from './words.js';

import { DIGITS, MONTH, rx, type DateRule } from './rule.js';

export type { DateRule } from './rule.js';
const day = (num: string | undefined, word: string | undefined): number | null => (num ? +num : word ? dayWordNumber(word) : null);
const mon = (w: string | undefined) => (w ? monthNumber(w) : null);
/** the first word of each fixed holiday's name ("new" of "New Year's Day") */
const HOLIDAY_AT = Object.keys(FIXED_HOLIDAYS).map((k) => k.split(/[\s']/)[0]!);
/** lower-case "may", "march", "mar" are verbs and modals: only a date with a year or in "of" form */
const verbMonth = (w: string | undefined) => !!w && /^(?:may|march|mar)$/.test(w);

const YEAR_BEFORE_RE = /\b(?:in|since|from|until|till|by|of|during|before|after|through|throughout|to|the|a|an|its|their|his|her|early|late|mid|summer|spring|autumn|fall|winter|year|fiscal|circa|c\.)[\s-]+$|['’]s\s+$/i;
const COPYRIGHT_RE = /(?:©|\(c\)|copyright)\s*(?:(?:1[89]|20)\d\d\s*[-–]\s*)?$/i;
/** words that may follow a year in a sentence ("2019 was", "in 2009 and") */
const YEAR_FOLLOWERS = new Set([
  'and', 'or', 'to', 'was', 'were', 'is', 'are', 'has', 'had', 'have', 'will', 'when', 'after', 'before', 'as', 'the', 'in',
  'on', 'at', 'for', 'with', 'by', 'but', 'that', 'which', 'while', 'until', 'saw', 'marked', 'brought', 'onwards', 'onward',
  'through', 'till', 'so', 'amid', 'despite', 'because', 'where', 'if', 'than', 'versus', 'vs', 'a', 'an', 'of', 'from',
]);

/** "next 5/12" looks ahead; "this 5/12" is the nearest one. */
function withLean(d: DateRaw & { kind: 'date' }, text: string, at: number): DateRaw {
  const before = text.slice(Math.max(0, at - 5), at).toLowerCase();
  if (/next\s$/.test(before)) return { ...d, lean: 'future' };
  if (/this\s$/.test(before)) return { ...d, lean: 'present' };
  return d;
}

function date(y: number | null, m: number | null, d: number | null): DateRaw | null {
  if (!m || !d || d > 31) return null;
  return { kind: 'date', y, m, d };
}

export const RULES: readonly DateRule[] = [
  {
    name: 'iso-date', // 2023-10-18, 2018-7-6, 2019/08/01
    at: [DIGITS],
    re: rx(String.raw`(?<![\d/.-])((?:1[6-9]|20|21)\d\d)([-/.])(\d{1,2})\2(\d{1,2})(?![\d/.-]*\d)`),
    parse: (m) => date(+m[1]!, +m[3]!, +m[4]!),
  },
  {
    name: 'year-month-name-day', // 2019/aug/01, 2019-aug-1
    at: [DIGITS],
    re: rx(String.raw`\b${Y}[-/]${MON}[-/](\d{1,2})\b`),
    parse: (m) => date(+m[1]!, mon(m[2]), +m[3]!),
  },
  {
    name: 'mixed-order-date', // September-2020-23 · 23-2020-September · 2020/23/Sep (machine-made orders)
    at: [DIGITS, MONTH],
    re: rx(String.raw`\b(?:${MON}[-/]${Y}[-/](\d{1,2})|(\d{1,2})[-/]${Y}[-/]${MON}|${Y}[-/](\d{1,2})[-/]${MON})(?![\w-])`),
    parse: (m) => (m[1] ? date(+m[2]!, mon(m[1]), +m[3]!) : m[4] ? date(+m[5]!, mon(m[6]), +m[4]!) : date(+m[7]!, mon(m[9]), +m[8]!)),
  },
  {
    name: 'spaced-ymd', // 2016 10 16
    at: [DIGITS],
    re: rx(String.raw`(?<![\d.,])\b${Y} (\d{1,2}) (\d{1,2})\b(?![ .,]\d)`),
    parse: (m) => date(+m[1]!, +m[2]!, +m[3]!),
  },
  {
    name: 'numeric-date', // 11/15/2023 (US order unless the first number cannot be a month), 15.11.2023
    at: [DIGITS],
    re: rx(String.raw`(?<![\d/.-])(\d{1,2})([/.])(\d{1,2})\2((?:19|20)\d\d|\d\d)(?![\d/.]*\d)`),
    parse: (m) => {
      const a = +m[1]!;
      const b = +m[3]!;
      const y = m[4]!.length === 2 ? 2000 + +m[4]! : +m[4]!;
      return a > 12 ? date(y, b, a) : date(y, a, b);
    },
  },
  {
    name: 'month-day-year', // Oct 17, 2023 · October 18, 2023 · Dec. 31 , 1994 · July 4th of 1995 · Sep-23-2020
    at: [MONTH],
    re: rx(String.raw`\b${MON}\s*(?:[-/]\s*)?${DD}(?:${YSEP}|[-/])${Y}`),
    parse: (m) => date(+m[4]!, mon(m[1]), day(m[2], m[3])),
  },
  {
    name: 'day-month-year', // 17 Oct 2023 · 26 july 2018 · 4th of july of 1995 · 28 june in 2020 · 05-Aug-2016
    at: [DIGITS, ...DW_AT],
    re: rx(String.raw`\b${DD}(?:\s+(?:of\s+)?|[-/])${MON}(?:${YSEP}|[-/])${Y}`),
    parse: (m) => date(+m[4]!, mon(m[3]), day(m[1], m[2])),
  },
  {
    name: 'month-day-range', // August 22 to 24 · August 22-24, 2023 · Aug 30 - Sep 2
    at: [MONTH],
    re: rx(String.raw`\b${MON}\s*${D}${TO}(?:${MON}\s*)?${D}(?:${YSEP}${Y})?`),
    parse: (m) => {
      const m1 = mon(m[1]);
      const m2 = m[3] ? mon(m[3]) : m1;
      if (!m1 || !m2 || (verbMonth(m[1]) && !m[5])) return null;
      return { kind: 'day-range', y: m[5] ? +m[5] : null, m: m1, d: +m[2]!, m2, d2: +m[4]! };
    },
  },
  {
    name: 'day-month-range', // 17-18 October · between 3 and 12 of Sept · 30 August to 2 September 2023
    at: [DIGITS, 'between'],
    re: rx(String.raw`\b(?:(between)\s+)?${D}(?:\s+${MON})?(?:${TO}|\s+and\s+)${D}\s+(?:of\s+)?${MON}(?:${YSEP}${Y})?`),
    parse: (m) => {
      const m2 = mon(m[5]);
      const m1 = m[3] ? mon(m[3]) : m2;
      if (!m1 || !m2 || (verbMonth(m[5]) && !m[6])) return null;
      if (!m[1] && / and /i.test(m[0]) && !m[3]) return null; // "2 and 3 October" are two dates
      return { kind: 'day-range', y: m[6] ? +m[6] : null, m: m1, d: +m[2]!, m2, d2: +m[4]! };
    },
  },
  {
    name: 'month-year', // March 2013 · October of 2023
    at: [MONTH],
    re: rx(String.raw`\b${MON}(?:\s*,\s*|\s+(?:of\s+)?)${Y}`),
    parse: (m) => {
      const n = mon(m[1]);
      return n ? { kind: 'month', y: +m[2]!, m: n } : null;
    },
  },
  {
    name: 'month-day-and-day-year', // September 9 and 10, 2023 → September 9 (2023); the second day is "10, 2023"
    at: [MONTH],
    re: rx(String.raw`\b${MON}\s*${D}(?=\s{1,3}(?:and|&)\s{1,3}\d{1,2}(?:st|nd|rd|th)?${YSEP}${Y})`),
    parse: (m) => date(+m[3]!, mon(m[1]), +m[2]!),
  },
  {
    name: 'month-day-and-day-year-second', // September 9 and 10, 2023 → "10, 2023"
    at: [DIGITS],
    re: rx(String.raw`(?<=\b${MON}\s{0,3}\d{1,2}(?:st|nd|rd|th)?\s{1,3}(?:and|&)\s{1,3})${D}${YSEP}${Y}`),
    parse: (m) => date(+m[3]!, mon(m[1]), +m[2]!),
  },
  {
    name: 'month-day', // Oct. 17 · Aug. 21 · December 27 · Oct/2 · Jun-15 · mar3 · May twenty nine
    at: [MONTH],
    re: rx(String.raw`\b${MON}\s*(?:[-/]\s*)?${DD}\b`),
    parse: (m) => {
      if (verbMonth(m[1]) && (/\s/.test(m[0]) || m[3])) return null;
      return date(null, mon(m[1]), day(m[2], m[3]));
    },
  },
  {
    name: 'next-day-month', // next 6th of April · this 17 October
    at: [DIGITS],
    re: rx(String.raw`(?<=\b(?:this|next)\s)(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?${MON}(?![\w])`),
    parse: (m, text) => {
      const d = date(null, mon(m[2]), +m[1]!);
      return d && d.kind === 'date' ? withLean(d, text, m.index) : d;
    },
  },
  {
    name: 'day-month', // 17 October · the 09th of May · 30 december · second of Aug. (not "$12 December")
    at: [DIGITS, ...DW_AT],
    re: rx(String.raw`(?<![$€£¥]\s?)\b(?:(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?|${DW}\s+of\s+)${MON}(?![\w])`),
    parse: (m) => {
      if (verbMonth(m[3])) return null;
      return date(null, mon(m[3]), day(m[1], m[2]));
    },
  },
  {
    name: 'month-comma-ordinal', // October, 1st
    at: [MONTH],
    re: rx(String.raw`\b${MON},\s*(\d{1,2})(?:st|nd|rd|th)\b`),
    parse: (m) => date(null, mon(m[1]), +m[2]!),
  },
  {
    name: 'numeric-day-month', // on 22/04 · on 5.12 · next 5/12 · Friday 7/6 (bare "24/7" is not a date)
    at: [DIGITS],
    re: rx(String.raw`(?<=\b(?:on|this|next)\s|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s)(\d{1,2})([/.-])(\d{1,2})(?![\d/.-]*\d)`),
    parse: (m, text) => {
      const a = +m[1]!;
      const b = +m[3]!;
      const d = a > 12 ? date(null, b, a) : date(null, a, b);
      return d && d.kind === 'date' ? withLean(d, text, m.index) : d;
    },
  },
  {
    name: 'compact-date', // 20161016
    at: [DIGITS],
    re: rx(String.raw`(?<![\d.,$])\b((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\b(?![.,]\d)`),
    parse: (m) => date(+m[1]!, +m[2]!, +m[3]!),
  },
  {
    name: 'holiday', // Christmas · Christmas Eve · New Year's Day · Juneteenth (fixed-date holidays)
    at: HOLIDAY_AT,
    re: rx(String.raw`\b(${HOLIDAY_RE})\b`),
    parse: (m) => {
      const key = m[1]!.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ') as keyof typeof FIXED_HOLIDAYS;
      const md = FIXED_HOLIDAYS[key];
      return md ? { kind: 'date', y: null, m: md[0], d: md[1] } : null;
    },
  },
  {
    name: 'day-and-day-month', // 9 and 10 September (2023) → 9 September (2023) (the second day is "10 September 2023")
    at: [DIGITS],
    re: rx(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?(?=\s{1,3}(?:and|&|or)\s{1,3}\d{1,2}(?:st|nd|rd|th)?\s{1,3}(?:of\s)?${MON}(?![\w])(?:${YSEP}${Y})?)`),
    parse: (m) => (verbMonth(m[2]) && !m[3] ? null : date(m[3] ? +m[3] : null, mon(m[2]), +m[1]!)),
  },
  {
    name: 'month-day-and-day', // September 9 and 10 → 10 (the first day is "September 9")
    at: [DIGITS],
    re: rx(String.raw`(?<=\b${MON}\s{0,3}\d{1,2}(?:st|nd|rd|th)?\s{1,3}(?:and|&|or)\s{1,3})(\d{1,2})(?:st|nd|rd|th)?\b(?![,.]?\s{0,3}\d)`),
    parse: (m) => (verbMonth(m[1]) ? null : date(null, mon(m[1]), +m[2]!)),
  },
  {
    name: 'month-and-month', // in March and April → April
    at: [MONTH],
    re: rx(String.raw`(?<=\b${FULL_MONTHS}\s(?:and|or|to|through|until)\s)${FULL_MONTHS}\b(?![\s-]*\d)`, 'g'),
    parse: (m) => ({ kind: 'month', y: null, m: monthNumber(m[2]!)! }),
  },
  {
    name: 'month-after-preposition', // in March · since September · by May
    at: [MONTH],
    re: rx(String.raw`${MONTH_PREP}${FULL_MONTHS}\b(?![\s-]*\d)`, 'g'),
    parse: (m) => ({ kind: 'month', y: null, m: monthNumber(m[1]!)! }),
  },
  {
    name: 'month-as-modifier', // a June incident · the May elections · their October meeting (a capitalised month before a noun)
    at: [MONTH],
    re: rx(String.raw`(?<=\b(?:[Aa]n?|[Tt]he|[Tt]hat|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)\s)${FULL_MONTHS}(?=\s+[a-z][a-z-]*\b)`, 'g'),
    parse: (m) => ({ kind: 'month', y: null, m: monthNumber(m[1]!)! }),
  },
  {
    name: 'month-relative-year', // February last year · in May this year · March next year · in October of last year
    at: [MONTH],
    re: rx(String.raw`\b${FULL_MONTHS}\s+(?:of\s+)?(last|this|next|the\s+previous|the\s+following)\s+year\b`, 'g'),
    parse: (m) => {
      const n = monthNumber(m[1]!);
      return n ? { kind: 'month', y: null, m: n, yearShift: shiftWord(m[2]!) } : null;
    },
  },
  {
    name: 'month-with-modifier', // last September · next March · this May
    at: ['last', 'next', 'this', 'coming'],
    re: rx(String.raw`\b([Ll]ast|[Nn]ext|[Tt]his|[Cc]oming)\s+${FULL_MONTHS}\b(?![\s-]*\d)`, 'g'),
    parse: (m) => ({ kind: 'month', y: null, m: monthNumber(m[2]!)!, shift: shiftWord(m[1]!) as -1 | 0 | 1 }),
  },
  {
    name: 'weekday-the-day', // Tuesday the eleventh · Wednesday the 31st
    at: WEEKDAYS,
    re: rx(String.raw`\b${WD}\s+the\s+${DD}\b`),
    parse: (m) => {
      const d = day(m[2], m[3]);
      return d && d <= 31 ? { kind: 'day-of-month', d, weekday: weekdayNumber(m[1]!)! } : null;
    },
  },
  {
    name: 'day-of-month', // on the 25th (and 26th) · by the 18th. (not "was the 18th.")
    at: [DIGITS],
    re: rx(String.raw`(?<=\b(?:on|by|until|till|from|since|before|after|for)\sthe\s)(\d{1,2})(?:st|nd|rd|th)\b(?=\s{0,3}(?:[.,;:!?)]|$)|\s{0,3}(?:and|or|to|through|until|till|-|–)\s{0,3}(?:the\s{1,3})?\d{1,2}(?:st|nd|rd|th)\b)`),
    parse: (m) => (+m[1]! >= 1 && +m[1]! <= 31 ? { kind: 'day-of-month', d: +m[1]! } : null),
  },
  {
    name: 'day-of-month-second', // the 25th and 26th → 26th
    at: [DIGITS],
    re: rx(String.raw`(?<=\bthe\s\d{1,2}(?:st|nd|rd|th)\s{0,3}(?:and|or|to|through|until|till|-|–)\s{0,3}(?:the\s{1,3})?)(\d{1,2})(?:st|nd|rd|th)\b`),
    parse: (m) => (+m[1]! >= 1 && +m[1]! <= 31 ? { kind: 'day-of-month', d: +m[1]! } : null),
  },
  {
    name: 'decade', // the 1980s · the 2010s
    at: [DIGITS],
    re: rx(String.raw`\b(1[0-9]\d0|20\d0)['’]?s\b`),
    parse: (m) => ({ kind: 'decade', y: +m[1]! }),
  },
  {
    name: 'quarters', // the first two quarters of 2021 · the third quarter · the last two quarters of last year
    at: [DIGITS, 'the', 'first', 'second', 'third', 'fourth', 'last', 'final'],
    re: rx(String.raw`\b(the\s+)?(first|second|third|fourth|last|final|1st|2nd|3rd|4th)\s+(?:(two|three|2|3)\s+)?(quarters?)(?:\s+of\s+(?:${Y}|(this|last|next|the(?:\s+current|\s+previous)?)\s+year))?(?![\w-])`),
    parse: (m) => {
      const yearGiven = m[5] !== undefined || m[6] !== undefined;
      if (!m[1] && !yearGiven) return null; // "three quarters of the country" is not a date
      const count = m[3] ? countWord(m[3]) ?? 0 : 1;
      if ((count > 1) !== /s$/i.test(m[4]!)) return null;
      const q = ordinalQuarter(m[2]!);
      const first = q === -1 ? 5 - count : q;
      const last = q === -1 ? 4 : q + count - 1;
      if (first < 1 || last > 4) return null;
      return { kind: 'part-of-year', m1: first * 3 - 2, m2: last * 3, y: m[5] ? +m[5] : null, yearShift: m[6] ? shiftWord(m[6]) : null, granularity: count > 1 ? 'range' : 'quarter' };
    },
  },
  {
    name: 'quarter-code', // Q3 2023 · Q1
    at: ['q'],
    re: rx(String.raw`\bQ([1-4])(?:\s*(?:of\s+)?${Y})?\b`, 'g'),
    parse: (m) => ({ kind: 'part-of-year', m1: +m[1]! * 3 - 2, m2: +m[1]! * 3, y: m[2] ? +m[2] : null, yearShift: null, granularity: 'quarter' }),
  },
  {
    name: 'months-of-year', // the first nine months of 2021 · the last two months of this year
    at: ['the', 'first', 'last', 'final'],
    re: rx(String.raw`\b(?:the\s+)?(first|last|final)\s+(two|three|four|five|six|seven|eight|nine|ten|eleven|[2-9]|1[01])\s+months\s+of\s+(?:${Y}|(this|last|next|the(?:\s+current|\s+previous)?)\s+year)\b`),
    parse: (m) => {
      const n = countWord(m[2]!);
      if (n === null || n < 2 || n > 11) return null;
      const first = /^first$/i.test(m[1]!);
      return { kind: 'part-of-year', m1: first ? 1 : 13 - n, m2: first ? n : 12, y: m[3] ? +m[3] : null, yearShift: m[4] ? shiftWord(m[4]) : 0, granularity: 'range' };
    },
  },
  {
    name: 'half-year', // the first half of 2019 · the second half of this year
    at: [DIGITS, 'the', 'first', 'second', 'latter'],
    re: rx(String.raw`\b(?:the\s+)?(first|second|1st|2nd|latter)\s+half\s+of\s+(?:${Y}|(this|last|next|the(?:\s+current|\s+previous)?)\s+year)\b`),
    parse: (m) => {
      const h = /^(?:first|1st)$/i.test(m[1]!) ? 1 : 2;
      return { kind: 'part-of-year', m1: h === 1 ? 1 : 7, m2: h === 1 ? 6 : 12, y: m[2] ? +m[2] : null, yearShift: m[3] ? shiftWord(m[3]) : 0, granularity: 'range' };
    },
  },
  ...RELATIVE_RULES,
  {
    name: 'fiscal-year', // FY2022 · FY22 · fiscal 2021 · fiscal year 2023 · FY2022-23 · fiscal 2021/22
    at: ['fy', 'fiscal'],
    re: rx(String.raw`\b(?:FY\s?['’]?((?:19|20)?\d\d)|fiscal\s+(?:year\s+)?((?:19|20)\d\d))(?:\s?[-–/]\s?((?:19|20)?\d\d))?\b(?![-–.,]?\d|\s*(?:%|percent|per\s+cent))`),
    parse: (m) => {
      const full = (t: string, base: number) => (t.length === 2 ? base + +t : +t);
      const a = full(m[1] ?? m[2]!, 2000);
      const b = m[3] ? full(m[3], Math.floor(a / 100) * 100) : null;
      if (b !== null && b !== a + 1) return null;
      return { kind: 'fiscal-year', end: b ?? a };
    },
  },
  {
    name: 'split-year', // 2020-21 · 2022–23 (a financial or season year: one year and the next, the second in two digits)
    at: [DIGITS],
    re: rx(String.raw`(?<![\d$€£¥#.,:/-])\b${Y}\s?[-–/]\s?(\d\d)\b(?![-–.,]?\d)`),
    parse: (m) => {
      const a = +m[1]!;
      return Math.floor(a / 100) * 100 + +m[2]! === a + 1 ? { kind: 'fiscal-year', end: a + 1 } : null;
    },
  },
  {
    name: 'year-range', // 2014–2019 · 2014-19 (not a copyright line's "© 2019-2023")
    at: [DIGITS],
    re: rx(String.raw`(?<![\d$€£¥#.,:/-])\b${Y}\s?[-–]\s?(\d\d|(?:1[6-9]|20|21)\d\d)\b(?![-–.,]?\d)`),
    parse: (m, text) => {
      if (COPYRIGHT_RE.test(text.slice(Math.max(0, m.index - 16), m.index))) return null;
      const a = +m[1]!;
      const b = m[2]!.length === 2 ? Math.floor(a / 100) * 100 + +m[2]! : +m[2]!;
      return b > a + (m[2]!.length === 2 ? 1 : 0) && b - a < 100 ? { kind: 'part-of-year', m1: 1, m2: 12, y: a, yearShift: b - a, granularity: 'range' } : null;
    },
  },
  {
    name: 'year-slash-year', // 2024/2028 → 2028 (the first year is a year of its own)
    at: [DIGITS],
    re: rx(String.raw`(?<=(?<![\d$€£¥#.,:/-])\b(?:1[89]|20|21)\d\d/)((?:1[89]|20|21)\d\d)\b(?![/.,-]?\d)`),
    parse: (m) => ({ kind: 'year', y: +m[1]! }),
  },
  {
    name: 'black-friday-year', // Black Friday 2010 (the day after the fourth Thursday of November)
    at: ['black'],
    re: rx(String.raw`\bBlack\s+Friday\s+(?:of\s+)?${Y}`),
    parse: (m) => {
      const y = +m[1]!;
      const firstThu = 1 + ((4 - new Date(Date.UTC(y, 10, 1)).getUTCDay() + 7) % 7);
      return date(y, 11, firstThu + 22);
    },
  },
  {
    name: 'year', // 2009 · since 2019 · at a 2019 meeting · the BRICS Summit 2023 (not "$2023", "2000 police officers")
    at: [DIGITS],
    // a hyphen before the year only after "mid", "early", "late" ("mid-2022"), never "3-2022" or "pre-2020s"
    re: rx(String.raw`(?<![\d$€£¥#.,:/])(?<!(?<!\b(?:mid|early|late))-)\b(1[89]\d\d|20\d\d|21\d\d)\b(?![.,]\d|\s*(?:%|percent|per\s+cent)|[-–]\w)`),
    parse: (m, text) => {
      const before = text.slice(Math.max(0, m.index - 16), m.index);
      if (COPYRIGHT_RE.test(before)) return null; // "© 2023 Reuters", "Copyright 2019-2023": page furniture, no date
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 24);
      // after a preposition or article it is a year; before a plain lower-case word it is a count ("2000 troops")
      if (YEAR_BEFORE_RE.test(before)) return { kind: 'year', y: +m[1]! };
      const next = /^\s+([a-z]+)\b/.exec(after);
      if (next && !YEAR_FOLLOWERS.has(next[1]!)) return null;
      return { kind: 'year', y: +m[1]! };
    },
  },
];
