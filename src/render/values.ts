// Shared wording of values for the human formats (table, markdown): numbers, fact values, source lists, names.
import type { Approx, Entity, Fact, FactValue, Report } from '../core/types.js';

/** An input the run skipped (binary, empty, unreadable); the CLI adds `skipped` to the report when it has any. */
export interface Skipped {
  path: string;
  reason: string;
}

export const skippedOf = (r: Report): Skipped[] => (r as Report & { skipped?: Skipped[] }).skipped ?? [];

// made on first use: building an Intl formatter loads locale data (tens of ms), and JSON output needs none
let grouped: Intl.NumberFormat | undefined;
let compact: Intl.NumberFormat | undefined;

/** 190000000000 → "190 billion"; 1234 → "1,234"; 0.3333 → "0.3333". */
export function formatNumber(n: number): string {
  if (Math.abs(n) >= 1e6) return (compact ??= new Intl.NumberFormat('en-US', { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 3 })).format(n);
  return (grouped ??= new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 })).format(n);
}

const APPROX: Record<Approx, string> = {
  exact: '', about: 'about ', nearly: 'nearly ', 'more-than': 'more than ', 'at-least': 'at least ', 'less-than': 'less than ', 'up-to': 'up to ',
};

/** 0.3333 → "1/3", 0.75 → "3/4": the fraction a text most likely said; other values as decimals. */
function fraction(v: number): string {
  for (let d = 2; d <= 12; d++) {
    const k = Math.round(v * d);
    if (k > 0 && Math.abs(v * d - k) < 0.002 * d) return `${k}/${d}`;
  }
  return formatNumber(v);
}

let ordinal: Intl.PluralRules | undefined;
const SUFFIX: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };

/** A value with its unit as a reader says it: "more than 3 hours", "190 billion USD", "30%", "3rd", "2023-10-18". */
export function formatValue(value: number | string, unit: string, approx?: Approx | string): string {
  const pre = APPROX[(approx ?? 'exact') as Approx] ?? (approx && approx !== 'exact' ? `${approx} ` : '');
  if (typeof value === 'string') return pre + (unit && unit !== 'date' && unit !== 'text' ? `${value} ${unit}` : value);
  if (unit === 'percent') return `${pre}${formatNumber(value)}%`;
  if (unit === 'ordinal' && Number.isInteger(value)) return `${pre}${value}${SUFFIX[(ordinal ??= new Intl.PluralRules('en-US', { type: 'ordinal' })).select(value)] ?? 'th'}`;
  if (unit === 'fraction') return pre + fraction(value);
  if (unit === 'count' || unit === '') return pre + formatNumber(value);
  return `${pre}${formatNumber(value)} ${unit}`;
}

/** A fact value; its period is added when it is not already the fact's own (`factPeriod`). */
export function formatFactValue(v: FactValue, factPeriod?: string | null): string {
  return formatValue(v.value, v.unit, v.approx) + (v.period && v.period !== factPeriod ? ` (${v.period})` : '');
}

/** "a, b, c + 14 more" — at most `max` ids, so a cell stays small however many sources a run has. */
export function fewIds(ids: readonly string[], max = 3, noun = ''): string {
  if (ids.length <= max) return ids.join(', ');
  return `${ids.slice(0, max).join(', ')} + ${ids.length - max} more${noun ? ` ${noun}` : ''}`;
}

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** id → display name of every entity, for summit participants, places and quote speakers. */
export function namesOf(r: Report): Map<string, string> {
  const names = new Map<string, string>();
  for (const list of [r.people, r.places, r.organizations] as Entity[][]) for (const e of list) names.set(e.id, e.name);
  return names;
}

const isPlain = (v: unknown) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';

/**
 * Fields of an object beyond the ones a renderer already shows (a summit's venue …) that read as text: strings,
 * numbers and lists of them. Structured extras (a summit's evidence) are for `explain` and the JSON, not for a view.
 */
export function extraFields(o: object, known: readonly string[]): Array<[string, unknown]> {
  return Object.entries(o).filter(([k, v]) => !known.includes(k) && (isPlain(v) || (Array.isArray(v) && v.length > 0 && v.every(isPlain))));
}

/** A short text for any extra field: strings and numbers as they are, entity ids as names, objects counted. */
export function describeExtra(v: unknown, names: Map<string, string>, maxItems = 4): string {
  if (typeof v === 'string') return names.get(v) ?? v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) {
    if (v.every((x) => typeof x === 'string' || typeof x === 'number')) {
      const shown = v.slice(0, maxItems).map((x) => (typeof x === 'string' ? names.get(x) ?? x : String(x)));
      return shown.join(', ') + (v.length > maxItems ? ` + ${v.length - maxItems} more` : '');
    }
    return plural(v.length, 'item');
  }
  if (v && typeof v === 'object') return plural(Object.keys(v).length, 'field');
  return '';
}

export const FACT_ORDER = { conflict: 0, agreed: 1, single: 2 } as const;

export const conflictsOf = (r: Report): Fact[] => r.facts.filter((f) => f.status === 'conflict');

// Control characters (an article's ESC sequences, tabs, carriage returns) and bidi overrides would move the cursor or
// reorder the line on a terminal: each becomes a space before text reaches the table.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const HAS_CONTROL = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

export const cleanText = (s: string): string => (HAS_CONTROL.test(s) ? s.replace(CONTROL, ' ') : s);

/** The report with every string made safe to print on a terminal (mentions kept as they are: only their text is read, through cleanText). */
export function cleanReport(r: Report): Report {
  const walk = (x: unknown, key: string): unknown => {
    if (typeof x === 'string') return cleanText(x);
    if (key === 'mentions' || x === null || typeof x !== 'object') return x;
    if (Array.isArray(x)) return x.map((y) => walk(y, ''));
    return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, walk(v, k)]));
  };
  return walk(r, '') as Report;
}
