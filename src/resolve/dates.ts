// Date resolution: a pure function of (raw capture, tense, reference, date in force) → ISO value.
// The only code that reads the reference date (with ./relative-dates.ts beside it).
import type { Tense } from '../core/types.js';
import { WEEKDAYS, isoDay } from '../extract/lexicon/calendar.js';
import { addDays, addMonths, fmtMonth, lastDayOfMonth, parseDay, weekdayOf } from './calendar-math.js';
import type { Reference, ResolveInput, Resolved } from './date-raw.js';
import { resolveRelative } from './relative-dates.js';

export type { DateRaw, Reference, ResolveInput, Resolved } from './date-raw.js';
export { noReference, referenceFromDay } from './reference.js';

const unresolved = (granularity: Resolved['granularity'], relative: boolean, steps: string[]): Resolved => ({
  value: null,
  granularity,
  relative,
  steps,
});

/** Resolve one raw date capture. */
export function resolveDate(input: ResolveInput): Resolved {
  const { raw } = input;
  switch (raw.kind) {
    case 'date':
      return resolveDay(raw.lean ? { ...input, tense: raw.lean } : input, raw.y, raw.m, raw.d, raw.weekday, raw.lean ? 0 : SLACK_DAYS);
    case 'day-range': {
      const start = resolveDay(input, raw.y, raw.m, raw.d, undefined);
      if (!start.value) return { ...start, granularity: 'range' };
      let y2 = +start.value.slice(0, 4);
      if (raw.m2 < raw.m) y2 += 1; // "December 30 to January 2"
      const end = isoDay(y2, raw.m2, raw.d2);
      if (!end || end < start.value) return unresolved('range', start.relative, [...start.steps, 'the range ends before it starts']);
      return { value: `${start.value}/${end}`, granularity: 'range', relative: start.relative, steps: [...start.steps, `range to ${end}`] };
    }
    case 'month':
      return resolveMonth(input, raw.y, raw.m, raw.shift, raw.yearShift);
    case 'day-of-month':
      return resolveDayOfMonth(input, raw.d, raw.weekday);
    case 'year':
      return { value: String(raw.y).padStart(4, '0'), granularity: 'year', relative: false, steps: ['year as written'] };
    case 'decade':
      return { value: `${raw.y}/${raw.y + 9}`, granularity: 'decade', relative: false, steps: [`the decade ${raw.y}s`] };
    case 'part-of-year': {
      if (raw.y !== null && raw.yearShift !== null && raw.yearShift > 0 && raw.m1 === 1 && raw.m2 === 12) {
        return { value: `${raw.y}/${raw.y + raw.yearShift}`, granularity: 'range', relative: false, steps: ['years as written'] };
      }
      let y = raw.y;
      const steps: string[] = [];
      if (y === null) {
        if (input.ref.year === null) return unresolved(raw.granularity, true, ['no reference year']);
        y = input.ref.year + (raw.yearShift ?? 0);
        steps.push(`year ${y} from the reference (${input.ref.note})`);
        // "Sales will recover in Q1" told in Q3: the next Q1; "fell in the fourth quarter" told in Q1: the last one
        const rm = input.ref.month && input.ref.monthExact ? +input.ref.month.slice(5, 7) : null;
        if (raw.yearShift === null && rm !== null && input.tense === 'future' && raw.m2 < rm) y += 1;
        if (raw.yearShift === null && rm !== null && input.tense === 'past' && raw.m1 > rm) y -= 1;
        if (y !== input.ref.year) steps.push(`${input.tense} tense: ${y}`);
      }
      const value = raw.m1 === raw.m2 ? fmtMonth(y, raw.m1) : `${fmtMonth(y, raw.m1)}/${fmtMonth(y, raw.m2)}`;
      return { value, granularity: raw.granularity, relative: raw.y === null, steps: [...steps, `months ${raw.m1}-${raw.m2} of ${y}`] };
    }
    default:
      return resolveRelative(input);
  }
}

/** The year a day without a year falls in: reference and tense first, then the date in force, then a weekday check. */
function resolveDay(input: ResolveInput, y0: number | null, m: number, d: number, wd: number | undefined, slack = SLACK_DAYS): Resolved {
  const steps: string[] = [];
  if (y0 !== null) {
    const v = isoDay(y0, m, d);
    if (!v) return unresolved('day', false, ['not a calendar day']);
    steps.push('day as written');
    if (wd !== undefined && weekdayOf(v) !== wd) steps.push(`note: ${v} is not a ${WEEKDAYS[wd]}`);
    return { value: v, granularity: 'day', relative: false, steps };
  }
  const { ref, tense, inForce } = input;
  const fits = (y: number) => {
    const v = isoDay(y, m, d);
    return v !== null && (wd === undefined || weekdayOf(v) === wd);
  };
  let y: number | null = null;
  if (ref.day) {
    // with a reference day the tense decides; a weekday that does not fit is noted, not used to move the year
    y = yearByTense(ref.day, m, d, tense, (k) => isoDay(k, m, d) !== null, slack);
    if (y !== null && wd !== undefined && !fits(y)) steps.push(`note: ${isoDay(y, m, d)} is not a ${WEEKDAYS[wd]}`);
    if (y !== null) steps.push(`year ${y}: the ${tense === 'past' ? 'latest' : tense === 'future' ? 'next' : 'nearest'} such day from ${ref.day} (${tense} tense)`);
  }
  if (y === null && inForce && fits(inForce.y)) {
    y = inForce.y;
    steps.push(`year ${y} in force from the date before it in the text`);
  }
  if (y === null && ref.year !== null && fits(ref.year)) {
    y = ref.year;
    steps.push(`year ${y} from the reference (${ref.note})`);
  }
  if (y === null && wd !== undefined && ref.notBefore !== null) {
    for (let k = ref.notBefore; k <= ref.notBefore + 11; k++) {
      if (fits(k)) {
        y = k;
        steps.push(`year ${k}: the first year from ${ref.notBefore} in which ${m}/${d} is a ${WEEKDAYS[wd]}`);
        break;
      }
    }
  }
  if (y === null && wd !== undefined) {
    const plain = resolveDay(input, null, m, d, undefined, slack);
    if (plain.value) return { ...plain, steps: [...plain.steps, `note: ${plain.value} is not a ${WEEKDAYS[wd]}`] };
  }
  if (y === null) return unresolved('day', true, [...steps, 'no year: no reference date and no date in force']);
  return { value: isoDay(y, m, d), granularity: 'day', relative: true, steps };
}

const SLACK_DAYS = 62;

/** Year of a month/day without year: past → latest up to ref (+ slack); future → next from ref (- slack); else nearest. */
function yearByTense(refDay: string, m: number, d: number, tense: Tense, fits: (y: number) => boolean, slack: number): number | null {
  const ry = parseDay(refDay).y;
  const cands = [ry - 1, ry, ry + 1].filter(fits).map((y) => ({ y, v: isoDay(y, m, d)! }));
  if (!cands.length) return null;
  // a past sentence may name a day just ahead ("was postponed to Oct. 4"), a future one a day just gone: allow some slack
  if (tense === 'past') return cands.filter((c) => c.v <= addDays(refDay, slack)).pop()?.y ?? null;
  if (tense === 'future') return cands.find((c) => c.v >= addDays(refDay, -slack))?.y ?? null;
  const dist = (v: string) => Math.abs(Date.parse(v) - Date.parse(refDay));
  return cands.reduce((a, b) => (dist(b.v) < dist(a.v) ? b : a)).y;
}

function resolveMonth(input: ResolveInput, y0: number | null, m: number, shift: -1 | 0 | 1 | undefined, yearShift?: number): Resolved {
  if (y0 !== null) return { value: fmtMonth(y0, m), granularity: 'month', relative: false, steps: ['month as written'] };
  const { ref, tense } = input;
  if (yearShift !== undefined) {
    // "February last year", "in May this year": the month of the year the shift names
    if (ref.year === null) return unresolved('month', true, ['no reference year']);
    const y = ref.year + yearShift;
    return { value: fmtMonth(y, m), granularity: 'month', relative: true, steps: [`year ${ref.year} ${yearShift >= 0 ? '+' : ''}${yearShift} (${ref.note})`] };
  }
  // a month name alone never takes the year of an earlier date of the text: sentences later it may be another year
  if (!ref.month) return unresolved('month', true, ['no reference month']);
  const ry = +ref.month.slice(0, 4);
  const rm = +ref.month.slice(5, 7);
  let y: number;
  const steps = [`reference month ${ref.month} (${ref.note})`];
  if (shift === 0) y = ry;
  else if (shift === -1) y = m < rm ? ry : ry - 1;
  else if (shift === 1) y = m > rm ? ry : ry + 1;
  else if (tense === 'past') y = m <= rm ? ry : ry - 1;
  else if (tense === 'future') y = m >= rm ? ry : ry + 1;
  else y = Math.abs(m - rm) <= 6 ? ry : m < rm ? ry + 1 : ry - 1;
  steps.push(shift !== undefined ? `${['last', 'this', 'next'][shift + 1]} ${m}: ${y}` : `${tense} tense: ${y}`);
  return { value: fmtMonth(y, m), granularity: 'month', relative: true, steps };
}

function resolveDayOfMonth(input: ResolveInput, d: number, wd: number | undefined): Resolved {
  const { inForce, ref, tense } = input;
  if (inForce && wd === undefined) {
    const v = isoDay(inForce.y, inForce.m, d);
    if (v) return { value: v, granularity: 'day', relative: true, steps: [`month ${fmtMonth(inForce.y, inForce.m)} in force from the date before it`] };
  }
  if (!ref.day) return unresolved('day', true, ['no month in force and no reference date']);
  const r = parseDay(ref.day);
  const cands: string[] = [];
  for (const k of [-2, -1, 0, 1, 2]) {
    const { y, m } = addMonths(r.y, r.m, k);
    const v = d <= lastDayOfMonth(y, m) ? isoDay(y, m, d) : null;
    if (v && (wd === undefined || weekdayOf(v) === wd)) cands.push(v);
  }
  const pick =
    wd !== undefined
      ? cands.reduce<string | undefined>((a, b) => (a === undefined || Math.abs(Date.parse(b) - Date.parse(ref.day!)) < Math.abs(Date.parse(a) - Date.parse(ref.day!)) ? b : a), undefined)
      : tense === 'future'
        ? cands.find((v) => v >= ref.day!)
        : cands.filter((v) => v <= ref.day!).pop();
  if (!pick) return unresolved('day', true, ['no such day near the reference date']);
  return { value: pick, granularity: 'day', relative: true, steps: [`the ${tense === 'future' ? 'next' : 'latest'} such day from ${ref.day}`] };
}

export function describeReference(ref: Reference): string | null {
  return ref.day ?? ref.month ?? (ref.year !== null ? String(ref.year) : null);
}
