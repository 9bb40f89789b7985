// Figures → claims → facts. Each figure becomes a Claim (claims/claim.ts); claims are grouped by the same-claim table
// (claims/same-claim.ts), one fact per group; a group whose values cannot all be true is a conflict. The same number
// given for two periods by different sources is a claim of its own: the period of that figure.
import type { EventMention, Extraction, Fact, FactValue } from '../core/types.js';
import { claimOf, type Claim } from './claims/claim.js';
import { claimPhrase, measurePhrase, type Identity } from './claims/words.js';
import { linkedNames, type NameOf } from './claims/event-claims.js';
import type { LinkedEntities } from './entities.js';
import { groupAgrees, groupClaims, SAME_RULES, scaleOf } from './claims/same-claim.js';
import { sameNumber } from './compat.js';
import { independentCount } from './duplicates.js';
import { agreement, allSources, APPROX_WORDS, cite, factValues, type Claimed } from './factkit.js';

type Draft = Omit<Fact, 'id'> & { key: string };

const SCALES = [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million']] as const;

/** 190000000000 → "190 billion". */
export function compact(v: number): string {
  for (const [k, w] of SCALES) if (Math.abs(v) >= k) return `${Math.round((v / k) * 1000) / 1000} ${w}`;
  return String(Math.round(v * 10000) / 10000);
}

function describe(c: Claim): string {
  const f = c.figure;
  const unit = f.unit === 'count' || f.unit === 'ordinal' ? '' : ` ${f.unit}`;
  const max = f.valueMax !== undefined ? `–${compact(f.valueMax)}` : '';
  return `${APPROX_WORDS[f.approx]}${compact(f.value)}${max}${unit}${c.period ? ` in ${c.period}` : ''}${c.modality !== 'actual' ? ` (${c.modality})` : ''}`;
}

export type { Identity } from './claims/words.js';

const stated = <T>(g: Claim[], of: (c: Claim) => T | null): T | null => {
  for (const c of g) { const v = of(c); if (v !== null) return v; }
  return null;
};

/** The widest list of subjects a group names (a group's lists are nested: bySubjects), the same whatever the order. */
export function widestSubjects(g: Claim[]): string[] {
  let best: readonly string[] = [];
  for (const c of g) {
    const l = c.measure.subjects;
    if (l.length > best.length || (l.length === best.length && l.join('+') < best.join('+'))) best = l;
  }
  return [...best];
}

export function identityOf(g: Claim[]): Identity {
  const c = g[0]!;
  return {
    // a milestone (a target and the projection of its number) is named by its target
    family: c.family, scale: scaleOf(c), kind: c.kind, unit: c.figure.unit, modality: g.some((x) => x.modality === 'target') ? 'target' : c.modality,
    ordinal: c.kind === 'ordinal' ? c.figure.value : null,
    head: stated(g, (x) => x.measure.head),
    pred: stated(g, (x) => x.measure.pred),
    subjects: widestSubjects(g),
    period: stated(g, (x) => x.period),
    actor: stated(g, (x) => x.actor),
  };
}

const identityKey = (i: Identity) => JSON.stringify([i.family, i.scale, i.modality, i.ordinal, i.head, i.pred, i.subjects, i.period, i.actor]);

const claimed = (c: Claim, period: string | null): Claimed => ({ value: c.figure.value, unit: c.figure.unit, approx: c.figure.approx, period, mention: c.mention });


/** Rules that put each value in its fact: the grouping rule, with the measure it matched on. */
function withRules(values: FactValue[], rules: string[]): FactValue[] {
  return values.map((v) => ({ ...v, rules }));
}

/** Sources that hold one side, counted independently (wire reprints once). */
function support(g: Claim[], side: Claim, reps: Map<string, string>): number {
  return independentCount(g.filter((c) => sameNumber(c.figure, side.figure) && c.figure.approx === side.figure.approx).map((c) => c.source), reps);
}

function groupFact(g: Claim[], reps: Map<string, string>): Draft {
  const id = identityOf(g);
  const period = id.period;
  const claim = claimPhrase(id);
  const decision = groupAgrees(g);
  const values = factValues(g.map((c) => claimed(c, period)));
  const grouped = `same-measure: ${claim}`;
  const base: Omit<Draft, 'status' | 'note' | 'values'> = { key: identityKey(id), claim, about: measurePhrase(id), period };
  if (decision.result === 'agreed') {
    const status = agreement(values, reps);
    return { ...base, values: withRules(values, [grouped, decision.rule]), status, note: '' };
  }
  const [x, y] = decision.pair;
  const sx = support(g, x, reps);
  const sy = support(g, y, reps);
  const within = decision.rule === 'self-contradiction' ? `${x.source} contradicts itself` : 'the values cannot all be true';
  const more = sx === sy ? `each side has ${sx} independent source${sx === 1 ? '' : 's'}` : `${sx > sy ? describe(x) : describe(y)} has more independent support (${Math.max(sx, sy)} vs ${Math.min(sx, sy)})`;
  const note = `${within} (${decision.rule}): ${cite(x.mention)} (${describe(x)}) vs ${cite(y.mention)} (${describe(y)}); ${more}.`;
  return { ...base, values: withRules(values, [grouped, decision.rule]), status: 'conflict', note };
}

/**
 * The same number given for periods that do not overlap, by different sources (one source giving both is a
 * series): a claim about the period of that figure. Periods are compared inside one measure and subject.
 */
/** Every element of a is in b (an empty a names no subject: a part of any). */
const partOf = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean => [...a].every((x) => b.has(x));

function periodConflicts(groups: Claim[][]): Draft[] {
  // a claim that names no period speaks for the period its group states ("$190 billion" grouped with "$190 billion in 2022")
  const byMeasure = new Map<string, Array<{ c: Claim; period: string; subjects: string[] }>>();
  for (const g of groups) {
    const i = identityOf(g);
    // the length of an event is dated by its event: another day is another event, not another period of one figure
    if (i.period === null || i.modality === 'target' || i.kind === 'ordinal' || i.kind === 'duration') continue;
    // subjects are compared below: a side that names them only in part ("trade between the two nations" against
    // "trade between China and Russia") is the same measure
    const k = JSON.stringify([i.family, i.head, i.pred]);
    const list = byMeasure.get(k) ?? byMeasure.set(k, []).get(k)!;
    for (const c of g) list.push({ c, period: c.period ?? i.period, subjects: i.subjects });
  }
  const out: Draft[] = [];
  for (const items of byMeasure.values()) {
    // by number: each number with the periods it is given for
    const byNumber = new Map<string, Array<{ c: Claim; period: string; subjects: string[] }>>();
    for (const it of items) {
      const k = String(Math.round(it.c.figure.value * 1000) / 1000);
      (byNumber.get(k) ?? byNumber.set(k, []).get(k)!).push(it);
    }
    for (const [num, cs] of [...byNumber.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      const periods = [...new Set(cs.map((x) => x.period))].sort();
      if (periods.length < 2) continue;
      const of = (p: string) => cs.filter((x) => x.period === p);
      const sourcesOf = (p: string) => new Set(of(p).map((x) => x.c.source));
      const [pa, pb] = [periods[0]!, periods[1]!];
      const sa = sourcesOf(pa);
      const sb = sourcesOf(pb);
      if ([...sb].some((s) => sa.has(s))) continue;
      const subjectsOf = (p: string) => new Set(of(p).flatMap((e) => e.subjects));
      if (!partOf(subjectsOf(pa), subjectsOf(pb)) && !partOf(subjectsOf(pb), subjectsOf(pa))) continue;
      const x = of(pa)[0]!.c;
      const y = of(pb)[0]!.c;
      const values = [...factValues(of(pa).map((e) => claimed(e.c, pa))), ...factValues(of(pb).map((e) => claimed(e.c, pb)))];
      const note = `same figure for different periods, ${pa} and ${pb} (same-number-other-period): ${cite(x.mention)} (${describe(x)}) vs ${cite(y.mention)} (${describe(y)}).`;
      const i = { ...identityOf([x]), modality: 'actual' as const, period: null };
      const claim = `period of the ${compact(Number(num))} ${claimPhrase(i)} figure`;
      out.push({ key: `period|${identityKey(i)}|${num}`, claim, about: measurePhrase(i), period: null, values: withRules(values, ['same-number-other-period']), status: 'conflict', note });
    }
  }
  return out;
}

/**
 * The agreeing parts of a conflict: the claims of a conflicting group sorted by interval and swept into runs whose
 * intervals share a point; a run that two or more independent sources support is an agreed claim of its own ("about
 * 40 heads of state" from two sources, against a third source's 67). The same figure can be in an agreed and in a
 * conflict claim. Linear after the sort.
 */
function agreedParts(g: Claim[], reps: Map<string, string>): Draft[] {
  const id = identityOf(g);
  const sorted = [...g].sort((a, b) => a.interval.lo - b.interval.lo || a.interval.hi - b.interval.hi || (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
  const runs: Claim[][] = [];
  let run: Claim[] = [];
  let hi = -Infinity;
  for (const c of sorted) {
    if (run.length && c.interval.lo > hi) { runs.push(run); run = []; hi = -Infinity; }
    run.push(c);
    hi = run.length === 1 ? c.interval.hi : Math.min(hi, c.interval.hi);
  }
  if (run.length) runs.push(run);
  const out: Draft[] = [];
  for (const r of runs) {
    if (independentCount(r.map((c) => c.source), reps) < 2) continue;
    const values = factValues(r.map((c) => claimed(c, id.period)));
    const num = compact(r[0]!.figure.value);
    const claim = `${claimPhrase(id)}: ${num} (agreed part)`;
    out.push({ key: `part|${identityKey(id)}|${num}`, claim, about: measurePhrase(id), period: id.period, values: withRules(values, [`same-measure: ${claimPhrase(id)}`, 'agreed-part']), status: 'agreed', note: `${[...new Set(r.map((c) => c.source))].sort().join(', ')} agree on ${num}, against other sources of the conflicting claim.` });
  }
  return out;
}

/** Claims of all sources, in no particular order (grouping does not depend on it). */
export function claimsOf(extractions: Extraction[], nameOf?: NameOf): Claim[] {
  const out: Claim[] = [];
  for (const x of extractions) {
    // the event mentions of each sentence, once per source: a trip's traveller is read off them
    const events = new Map<number, EventMention[]>();
    for (const e of x.events ?? []) (events.get(e.sentence) ?? events.set(e.sentence, []).get(e.sentence)!).push(e);
    for (const f of x.figures) {
      const c = claimOf(f, events.get(f.sentence), nameOf);
      if (c) out.push(c);
    }
  }
  return out;
}

/** Facts from the figures of all sources. `reps` maps each source to its near-duplicate group. */
export function figureFacts(extractions: Extraction[], reps: Map<string, string>, entities?: LinkedEntities): Draft[] {
  const groups = groupClaims(claimsOf(extractions, linkedNames(entities)));
  const facts = groups.map((g) => groupFact(g, reps));
  const parts = groups.flatMap((g, i) => (facts[i]!.status === 'conflict' ? agreedParts(g, reps) : []));
  return [...facts, ...parts, ...periodConflicts(groups)];
}

/** Names of the same-claim rules, for `explain`. */
export const SAME_RULE_NAMES = SAME_RULES.map((r) => r.name);
export { allSources };
