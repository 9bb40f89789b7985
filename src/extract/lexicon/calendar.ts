// Month and weekday names: data only.

export const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
] as const;

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

/** "Oct", "Oct.", "Sept", "October" → 1-based month number. */
export function monthNumber(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return null;
  if (w === 'sept') return 9;
  const i = MONTHS.findIndex((m) => m === w || (w.length === 3 && m.startsWith(w)));
  return i < 0 ? null : i + 1;
}

/** Regex source matching a month name or its abbreviation (with optional dot). */
export const MONTH_RE =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

export const WEEKDAY_RE = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';

export function isoDay(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Ordinal words for days of the month: "first" → 1 … "thirty-first" → 31. */
const ORDINAL_UNITS = [
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth',
] as const;
const ORDINAL_TEENS = [
  'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth',
  'eighteenth', 'nineteenth',
] as const;
const CARDINAL_UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'] as const;

/** Small number words used in calendar expressions ("two weeks ago", "the first three quarters"). */
export const NUMBER_WORDS = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, fifty: 50, hundred: 100, several: null, few: null,
} as const satisfies Record<string, number | null>;

/** "first" … "fourth", "last" as used with quarters and halves. */
export const PERIOD_ORDINALS = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, last: -1 } as const;

/** Regex source for a spelled-out day of the month: "eleventh", "twenty second", "thirty-first", "twenty nine". */
export const DAY_WORD_RE =
  '(?:(?:twenty|thirty)[\\s-](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|one|two|three|four|five|six|seven|eight|nine)|twentieth|thirtieth|' +
  [...ORDINAL_TEENS, ...ORDINAL_UNITS].join('|') +
  ')';

/** "twenty second" → 22, "eleventh" → 11, "thirty-first" → 31, "twenty nine" → 29; null when not a day word. */
export function dayWordNumber(word: string): number | null {
  const w = word.toLowerCase().replace(/[\s-]+/g, ' ').trim();
  if (w === 'twentieth') return 20;
  if (w === 'thirtieth') return 30;
  const parts = w.split(' ');
  if (parts.length === 2) {
    const tens = parts[0] === 'twenty' ? 20 : parts[0] === 'thirty' ? 30 : null;
    const unit = ord(parts[1]!) ?? card(parts[1]!);
    if (tens === null || unit === null) return null;
    const n = tens + unit;
    return n <= 31 ? n : null;
  }
  return ord(w);
}

function ord(w: string): number | null {
  const i = ORDINAL_UNITS.indexOf(w as (typeof ORDINAL_UNITS)[number]);
  if (i >= 0) return i + 1;
  const t = ORDINAL_TEENS.indexOf(w as (typeof ORDINAL_TEENS)[number]);
  return t >= 0 ? t + 10 : null;
}

function card(w: string): number | null {
  const i = CARDINAL_UNITS.indexOf(w as (typeof CARDINAL_UNITS)[number]);
  return i >= 0 ? i + 1 : null;
}

/** 0 = Sunday … 6 = Saturday, from a weekday name ("Tuesday", "tues", "Thu."). */
export function weekdayNumber(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return null;
  const i = WEEKDAYS.findIndex((d) => d.startsWith(w));
  return i < 0 ? null : i;
}

/** Fixed-date holidays observed under one name across countries: name → [month, day]. */
export const FIXED_HOLIDAYS = {
  "new year's day": [1, 1],
  "new year's eve": [12, 31],
  "valentine's day": [2, 14],
  juneteenth: [6, 19],
  halloween: [10, 31],
  'christmas eve': [12, 24],
  'christmas day': [12, 25],
  christmas: [12, 25],
  'boxing day': [12, 26],
} as const satisfies Record<string, readonly [number, number]>;

export const HOLIDAY_RE = Object.keys(FIXED_HOLIDAYS)
  .sort((a, b) => b.length - a.length)
  .map((k) => k.replace(/'/g, "['’]").replace(/ /g, '\\s+'))
  .join('|');

/**
 * Era words: a text that names one was written in or after its year. World knowledge, used only as the lowest year a
 * weekday named with a year-less date may fall in ("landed on Monday (Aug. 21)" in a post-pandemic report → 2023).
 */
export const ERA_CUES = [
  { words: 'COVID(?:-19)?|coronavirus|post-pandemic|pandemic-era|SARS-CoV-2', from: 2020 },
  { words: 'Brexit', from: 2016 },
  { words: 'ChatGPT', from: 2022 },
  // Russia's full-scale invasion (February 2022); "the war in eastern Ukraine" (2014–) is not one of these
  { words: 'war in Ukraine|Ukraine war|full-scale invasion|special military operation', from: 2022 },
] as const;

/** One regex, a capture group per cue (compiled once). */
const ERA_RE = new RegExp(`\\b(?:${ERA_CUES.map((c) => `(${c.words})`).join('|')})\\b`, 'gi');

/** The latest era year the text's era words imply, or null. */
export function eraNotBefore(text: string): number | null {
  let best: number | null = null;
  for (const m of text.matchAll(ERA_RE)) {
    const i = m.slice(1).findIndex((g) => g !== undefined);
    const from = i >= 0 ? ERA_CUES[i]!.from : null;
    if (from !== null && (best === null || from > best)) best = from;
  }
  return best;
}
