// Relative date rules: today, last week, a decade ago, weekdays. Resolved against the reference in resolve/.
import { WEEKDAYS, weekdayNumber } from '../lexicon/calendar.js';
import { APPROX_AT, APPROX_WORD, COUNT_AT, COUNT_WORD, UNIT_WORD, WD, WEEKDAY_NAME_BEFORE } from './patterns.js';
import { DIGITS, rx, type DateRule } from './rule.js';
import { countWord, periodUnit, presentTimeToday, shiftWord } from './words.js';

export const RELATIVE_RULES: readonly DateRule[] = [
  {
    name: 'relative-day', // today · yesterday · tomorrow · tonight · last night · this morning · the day before yesterday
    at: ['the', 'today', 'tonight', 'yesterday', 'tomorrow', 'last', 'this'],
    re: rx(String.raw`\b(?:the\s+day\s+(before|after)\s+)?(today|tonight|yesterday|tomorrow|last\s+night|this\s+(?:morning|afternoon|evening))\b`),
    parse: (m, text) => {
      const w = m[2]!.toLowerCase().replace(/^last\s+night$/, 'yesterday').replace(/^this\s+\w+$/, 'today');
      // "USA Today", "Russia Today": a capitalised Today after a capitalised word mid-sentence is a name
      if (/^Today/.test(m[2]!) && !m[1] && /[A-Z][\w.]*\s+$/.test(text.slice(Math.max(0, m.index - 30), m.index)) && !/[.!?:]\s*[A-Z][\w.]*\s+$/.test(text.slice(Math.max(0, m.index - 30), m.index))) return null;
      if (w === 'today' && !m[1] && /^today$/i.test(m[2]!) && presentTimeToday(text, m.index, m.index + m[0].length)) return null;
      const base = w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0;
      const extra = m[1] ? (m[1].toLowerCase() === 'before' ? -1 : 1) : 0;
      return { kind: 'relative-day', offset: base + extra };
    },
  },
  {
    name: 'day-in-force', // the next day · the following day · the day before · the day after · the previous day
    at: ['the'],
    // "the day before/after" only on its own ("resigned the day before."), not before a noun ("the day before the vote")
    re: rx(String.raw`\bthe\s+(?:(next|following|previous|preceding)\s+day|day\s+(before|after)(?=\s*(?:[.,;:!?)]|$|\s+(?:and|but|when|as|he|she|they|it|we)\b)))\b(?!\s+(?:yesterday|tomorrow|today)\b)`),
    parse: (m) => ({ kind: 'relative-day', offset: /^(?:next|following|after)$/i.test(m[1] ?? m[2]!) ? 1 : -1, inForce: true }),
  },
  {
    name: 'the-day', // blocked for the day. · the partner of the day. (at the end of a sentence: the day of the report)
    at: ['the'],
    re: rx(String.raw`(?<=\b(?:for|of)\s)the\s+day\b(?=\s*(?:[.!?]|$))`),
    parse: () => ({ kind: 'relative-day', offset: 0 }),
  },
  {
    name: 'weekend', // over the weekend · at the weekend · during the weekend (by tense: the last one or the next)
    at: ['the'],
    re: rx(String.raw`(?<=\b(?:over|at|during|on|through|throughout)\s)the\s+weekend\b(?!['’])`),
    parse: () => ({ kind: 'weekend' }),
  },
  {
    name: 'part-of-relative-year', // toward the end of the year · the start of next year · the end of last year (the year: no month is given)
    at: ['the'],
    re: rx(String.raw`\bthe\s+(?:end|beginning|start|middle|close|rest|remainder|turn)\s+of\s+(the|this|last|next|the\s+(?:current|previous|coming))\s+year\b`),
    parse: (m) => ({ kind: 'relative', unit: 'year', shift: /^the$/i.test(m[1]!) ? 0 : shiftWord(m[1]!) }),
  },
  {
    name: 'relative-period', // last week · earlier this month · the previous year · the full year · next quarter
    at: ['earlier', 'later', 'this', 'next', 'last', 'the'],
    re: rx(String.raw`(?<!\bthe\s)\b(?:(?:earlier|later)\s+)?(this|next|last|the\s+(?:previous|prior|preceding|current|coming|full|whole|entire))\s+(week|weekend|month|quarter|year)(?!-)\b`),
    parse: (m) => ({ kind: 'relative', unit: periodUnit(m[2]!), shift: shiftWord(m[1]!) }),
  },
  {
    name: 'offset-ago', // a decade ago · two weeks ago · more than a decade ago · three days from today
    at: [DIGITS, ...APPROX_AT, ...COUNT_AT],
    re: rx(String.raw`\b(?:(${APPROX_WORD})\s+)?(${COUNT_WORD})\s+${UNIT_WORD}\s+(ago|from\s+(?:now|today)|after\s+today|before\s+today)\b`),
    parse: (m) => {
      const approx = !!m[1] && !/^(?:just|only|exactly)$/i.test(m[1]);
      const n = countWord(m[2]!);
      return { kind: 'offset', n, unit: periodUnit(m[3]!), dir: /ago|before/i.test(m[4]!) ? -1 : 1, approx: approx || n === null };
    },
  },
  {
    name: 'week-weekday', // next week Wednesday · previous week - Monday
    at: ['this', 'next', 'last', 'previous'],
    re: rx(String.raw`\b(this|next|last|previous)\s+week\s*[-,]?\s*${WD}\b`),
    parse: (m) => ({ kind: 'weekday', wd: weekdayNumber(m[2]!)!, shift: null, week: shiftWord(m[1]!) }),
  },
  {
    name: 'weekday', // Tuesday · on Saturday · next Friday · Tuesday of next week
    at: ['this', 'last', 'next', 'coming', ...WEEKDAYS],
    re: rx(String.raw`${WEEKDAY_NAME_BEFORE}\b(?:(this|last|next|coming)\s+)?${WD}\b(?:\s+(?:of\s+)?(next|last|this|the\s+following|the\s+previous|the\s+next)\s+week\b)?`),
    parse: (m) => {
      const wd = weekdayNumber(m[2]!)!;
      const s = m[1]?.toLowerCase();
      return { kind: 'weekday', wd, shift: s === 'coming' ? 'next' : (s as 'this' | 'last' | 'next' | undefined) ?? null, week: m[3] ? shiftWord(m[3]) : null };
    },
  },
];
