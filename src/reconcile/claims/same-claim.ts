// Same claim or not, conflict or not: two tables of named rules, tried in order; the first that speaks decides.
// Every rule is exercised by pairs in same-claim.corpus.ts (a test fails on a rule no pair uses).
//
// Grouping is by key, never pair by pair: `claimKey` holds exactly the fields the same-claim rules read, and
// `partitionKey` the ones where a claim that says nothing (no predicate, no subject, no period) joins the only group
// that says something. `sameClaim(a, b)` is the pairwise reading of the same table, for the corpus and `explain`.
import { sameNumber } from '../compat.js';
import { PERSONAL_HEADS, type Claim } from './claim.js';

export interface SameRule {
  name: string;
  /** what the rule says, for `explain` */
  doc: string;
  /** false: different claims; true: the same claim; undefined: no opinion, ask the next rule */
  decide(a: Claim, b: Claim): boolean | undefined;
}

/** The time scale of a duration: a handshake's seconds, a meeting's hours, a visit's days, a war's years. */
const SCALES: Readonly<Record<string, string>> = { seconds: 'seconds', minutes: 'hours', hours: 'hours', days: 'days', weeks: 'days', months: 'years', years: 'years' };
export const scaleOf = (c: Claim): string => (c.kind === 'duration' ? SCALES[c.figure.unit] ?? c.figure.unit : '');

/** Heads too generic to say which set is counted unless an act is named ("countries that applied"). */
const GENERIC_COUNT_HEADS: ReadonlySet<string> = new Set(['country', 'leader', 'person', 'people', 'official', 'member', 'time', 'occasion']);
const vagueCount = (c: Claim) => c.kind === 'count' && c.measure.pred === null && GENERIC_COUNT_HEADS.has(c.measure.head ?? '');
/** A vague count's number, rounded as sameNumber rounds (0.5 %): part of its key. */
const vagueValue = (c: Claim) => (vagueCount(c) ? `n${Number(c.figure.value.toPrecision(3))}` : '');

const personal = (c: Claim) => c.measure.head !== null && PERSONAL_HEADS.has(c.measure.head);
/** One list of subjects holds the other (an empty list is held by any). */
const nested = (x: readonly string[], y: readonly string[]) => x.every((v) => y.includes(v)) || y.every((v) => x.includes(v));
const differ = <T>(x: T | null, y: T | null) => x !== null && y !== null && x !== y;
const subjectKey = (c: Claim) => (c.measure.subjects.length ? c.measure.subjects.join('+') : null);

export const SAME_RULES: readonly SameRule[] = [
  { name: 'unit-family', doc: 'values of different kinds or units (a duration, a count, US dollars) are different claims',
    decide: (a, b) => (a.family !== b.family ? false : undefined) },
  { name: 'duration-scale', doc: 'durations on different time scales (hours of talks, a year of negotiations) measure different things',
    decide: (a, b) => (scaleOf(a) !== scaleOf(b) ? false : undefined) },
  { name: 'measure-head', doc: 'figures that measure different things (trade vs cost, the meeting vs the handshake) are different claims',
    decide: (a, b) => (differ(a.measure.head, b.measure.head) ? false : undefined) },
  { name: 'measure-predicate', doc: 'counts of different acts (countries that applied vs countries invited) are different claims',
    decide: (a, b) => (differ(a.measure.pred, b.measure.pred) ? false : undefined) },
  { name: 'other-traveller', doc: 'a trip is someone\u2019s: trips of different travellers are different claims, and so is the length of a named one\u2019s trip and of one the text does not name (an ordinal, "his first trip", joins the one named traveller)',
    decide: (a, b) => ((personal(a) || personal(b)) && (a.kind === 'ordinal' ? differ(a.actor, b.actor) : a.actor !== b.actor) ? false : undefined) },
  { name: 'count-without-act', doc: 'counts of a generic kind (countries, leaders, people) that do not say what those did: only the same number can be one claim',
    decide: (a, b) => (a.kind === 'count' && vagueCount(a) !== vagueCount(b) ? false : vagueCount(a) && vagueCount(b) && !sameNumber(a.figure, b.figure) ? false : undefined) },
  { name: 'ordinal-identity', doc: 'an ordinal names a thing (the 15th summit, the first visit): another ordinal is another thing',
    decide: (a, b) => (a.kind === 'ordinal' && a.figure.value !== b.figure.value ? false : undefined) },
  { name: 'milestone', doc: 'a target and a projection of the same number are one claim: the milestone the forecast is measured against ("a goal of $9 billion", "will pass the $9 billion mark")',
    decide: (a, b) => (milestonePair(a, b) ? true : undefined) },
  { name: 'standing', doc: 'an actual, a projection, a target and a plan are different claims, shown side by side',
    decide: (a, b) => (a.modality !== b.modality ? false : undefined) },
  { name: 'other-subjects', doc: 'the same measure of other subjects (China\u2019s growth, India\u2019s growth) is another claim; subjects that one side only names in part ("Japan\u2019s trade" and "US-Japan trade") are the same',
    decide: (a, b) => (!nested(a.measure.subjects, b.measure.subjects) ? false : undefined) },
  { name: 'other-period', doc: 'the same measure for another period (2022, 2023) is another claim',
    decide: (a, b) => (differ(a.period, b.period) ? false : undefined) },
  { name: 'same-measure', doc: 'the same measure, subject, period and standing: one claim',
    decide: () => true },
];

const FORWARD: ReadonlySet<string> = new Set(['target', 'projection']);
/** A target and a projection (in either order) with the same number. */
function milestonePair(a: Claim, b: Claim): boolean {
  return a.modality !== b.modality && FORWARD.has(a.modality) && FORWARD.has(b.modality) && sameNumber(a.figure, b.figure);
}

export interface Decision<T> {
  result: T;
  rule: string;
}

export function sameClaim(a: Claim, b: Claim): Decision<boolean> {
  for (const r of SAME_RULES) {
    const d = r.decide(a, b);
    if (d !== undefined) return { result: d, rule: r.name };
  }
  throw new Error('the last same-claim rule always decides');
}

/** The fields the first rules read exactly: claims with different keys are never one claim. */
export function claimKey(c: Claim): string {
  return [c.family, scaleOf(c), c.modality, c.kind === 'ordinal' ? c.figure.value : '', vagueCount(c) ? `${c.measure.head}|${vagueValue(c)}` : ''].join('|');
}

/** Fields where "nothing said" joins the only group that says something (head, predicate, subjects, period). */
export const PARTITIONS: ReadonlyArray<{ rule: string; of: (c: Claim) => string | null; split?: (g: Claim[]) => Claim[][] }> = [
  { rule: 'measure-head', of: (c) => c.measure.head },
  { rule: 'measure-predicate', of: (c) => c.measure.pred },
  { rule: 'other-subjects', of: subjectKey, split: bySubjects },
  { rule: 'other-period', of: (c) => c.period },
];

/**
 * Split claims of one key by one field: one group per value; claims with no value join the group when there is
 * exactly one, else form their own. Independent of the order of the claims.
 */
export function partition(claims: Claim[], of: (c: Claim) => string | null): Claim[][] {
  const by = new Map<string, Claim[]>();
  const none: Claim[] = [];
  for (const c of claims) {
    const v = of(c);
    if (v === null) none.push(c);
    else (by.get(v) ?? by.set(v, []).get(v)!).push(c);
  }
  const groups = [...by.keys()].sort().map((k) => by.get(k)!);
  if (groups.length === 1) groups[0]!.push(...none);
  else if (none.length) groups.push(none);
  return groups;
}

/**
 * Split claims by the subjects they name: one group per widest list of subjects (one no other list holds); a claim
 * whose subjects (none, or some) only one widest list holds joins it, else it stays in a group of its own list.
 * Independent of the order of the claims.
 */
export function bySubjects(claims: Claim[]): Claim[][] {
  const lists = new Map<string, readonly string[]>();
  for (const c of claims) lists.set(subjectKey(c) ?? '', c.measure.subjects);
  const widest = [...lists.entries()].filter(([, l]) => ![...lists.values()].some((o) => o.length > l.length && l.every((v) => o.includes(v))));
  const by = new Map<string, Claim[]>();
  for (const c of claims) {
    const own = subjectKey(c) ?? '';
    const holders = widest.filter(([, l]) => c.measure.subjects.every((v) => l.includes(v)));
    const k = holders.length === 1 ? holders[0]![0] : own;
    (by.get(k) ?? by.set(k, []).get(k)!).push(c);
  }
  return [...by.keys()].sort().map((k) => by.get(k)!);
}

/** Claims → groups that are one claim each: by key, then by the partition fields. Linear in the number of claims. */
export function groupClaims(claims: Claim[]): Claim[][] {
  const byKey = new Map<string, Claim[]>();
  for (const c of claims) {
    const k = claimKey(c);
    (byKey.get(k) ?? byKey.set(k, []).get(k)!).push(c);
  }
  let groups = [...byKey.keys()].sort().map((k) => byKey.get(k)!);
  for (const p of PARTITIONS) groups = groups.flatMap((g) => (p.split ? p.split(g) : partition(g, p.of)));
  // the traveller of a trip: the length of an unnamed one's trip joins no named one's; an ordinal joins the one named
  groups = groups.flatMap((g) => (!g.some(personal) ? [g] : g[0]!.kind === 'ordinal' ? partition(g, (c) => c.actor) : byActor(g)));
  return mergeMilestones(groups);
}

function byActor(g: Claim[]): Claim[][] {
  const by = new Map<string, Claim[]>();
  for (const c of g) {
    const k = c.actor ?? '';
    (by.get(k) ?? by.set(k, []).get(k)!).push(c);
  }
  return [...by.keys()].sort().map((k) => by.get(k)!);
}

/** The number a group states when all its claims give the same one (rounded as sameNumber rounds), else null. */
function oneNumber(g: Claim[]): string | null {
  const n = Number(g[0]!.figure.value.toPrecision(3));
  return g.every((c) => Number(c.figure.value.toPrecision(3)) === n && c.figure.valueMax === undefined) ? String(n) : null;
}

/**
 * The `milestone` rule read by key: a target group and a projection group of the same measure (a target's own
 * "target" predicate aside), subjects and family, each stating one and the same number, become one group. Periods
 * must not differ. Indexed by measure and number: linear.
 */
function mergeMilestones(groups: Claim[][]): Claim[][] {
  const keyOf = (g: Claim[]) => {
    const m = g[0]!.modality;
    const n = FORWARD.has(m) && g.every((c) => c.modality === m) ? oneNumber(g) : null;
    if (n === null) return null;
    const head = g.find((c) => c.measure.head !== null)?.measure.head ?? null;
    const pred = g.find((c) => c.measure.pred !== null && c.measure.pred !== 'target')?.measure.pred ?? null;
    const subj = g.map((c) => c.measure.subjects).reduce((a, b) => (b.length > a.length || (b.length === a.length && b.join('+') < a.join('+')) ? b : a), [] as readonly string[]).join('+');
    return JSON.stringify([g[0]!.family, head, pred, subj, n]);
  };
  const periodOf = (g: Claim[]) => g.find((c) => c.period !== null)?.period ?? null;
  const by = new Map<string, { target: Claim[][]; projection: Claim[][] }>();
  for (const g of groups) {
    const k = keyOf(g);
    if (k === null) continue;
    const slot = by.get(k) ?? by.set(k, { target: [], projection: [] }).get(k)!;
    slot[g[0]!.modality as 'target' | 'projection'].push(g);
  }
  const merged = new Set<Claim[]>();
  const out: Claim[][] = [];
  for (const { target, projection } of by.values()) {
    // one target group and one projection group whose periods do not differ; anything else stays apart
    if (target.length !== 1 || projection.length !== 1) continue;
    const [t, p] = [target[0]!, projection[0]!];
    const pt = periodOf(t), pp = periodOf(p);
    if (pt !== null && pp !== null && pt !== pp) continue;
    merged.add(t).add(p);
    out.push([...t, ...p]);
  }
  return [...groups.filter((g) => !merged.has(g)), ...out];
}

// ---------- agreed or conflict ----------

export interface ValueRule {
  name: string;
  doc: string;
  decide(a: Claim, b: Claim): 'agreed' | 'conflict' | undefined;
}

const meet = (a: Claim, b: Claim) => a.interval.lo <= b.interval.hi && b.interval.lo <= a.interval.hi;

export const VALUE_RULES: readonly ValueRule[] = [
  { name: 'intervals-meet', doc: 'hedged values are intervals ("more than two hours", "nearly $200 billion"); intervals that meet can both be true',
    decide: (a, b) => (meet(a, b) ? 'agreed' : undefined) },
  { name: 'self-contradiction', doc: 'one source giving two values that cannot both be true contradicts itself: a conflict within that source',
    decide: (a, b) => (a.source === b.source ? 'conflict' : undefined) },
  { name: 'intervals-apart', doc: 'values whose intervals do not meet cannot both be true: a conflict',
    decide: () => 'conflict' },
];

export function valuesAgree(a: Claim, b: Claim): Decision<'agreed' | 'conflict'> {
  for (const r of VALUE_RULES) {
    const d = r.decide(a, b);
    if (d !== undefined) return { result: d, rule: r.name };
  }
  throw new Error('the last value rule always decides');
}

/** The tightest pair of a group: the claim with the highest lower bound and the one with the lowest upper bound. */
export function extremes(g: Claim[]): [Claim, Claim] {
  let lo = g[0]!;
  let hi = g[0]!;
  for (const c of g) {
    if (c.interval.lo > lo.interval.lo) lo = c;
    if (c.interval.hi < hi.interval.hi) hi = c;
  }
  return [lo, hi];
}

/** A group's values can all be true when all their intervals share a point: the two extremes decide. */
export function groupAgrees(g: Claim[]): Decision<'agreed' | 'conflict'> & { pair: [Claim, Claim] } {
  const pair = extremes(g);
  return { ...valuesAgree(pair[0], pair[1]), pair };
}
