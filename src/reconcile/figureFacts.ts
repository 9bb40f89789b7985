// Figures → facts. Figures from different sentences and sources make one claim when they measure the same thing:
// same unit family, compatible `about`, compatible period. A claim's values are then compared with their
// qualifiers: agreed, single, or conflict (values that cannot all be true; the same number for different periods;
// an actual against a projection of the same number for the same period).
import { byPosition } from '../core/spans.js';
import type { Fact, FigureMention } from '../core/types.js';
import { aboutCompatible } from './about.js';
import { compatible, periodsOverlap, sameNumber, unitFamily } from './compat.js';
import { agreement, allSources, APPROX_WORDS, cite, factValues, type Claimed } from './factkit.js';
import { independentCount } from './duplicates.js';

type Modality = NonNullable<FigureMention['modality']>;
const modality = (f: FigureMention): Modality => f.modality ?? 'actual';

/** Figures that can enter a fact: with a meaning, not a re-count of things just named, not page furniture. */
export function factFigures(figures: FigureMention[]): FigureMention[] {
  return figures
    .filter((f) => !f.anaphoric && f.about && f.context !== 'boilerplate' && f.context !== 'cross-reference')
    .sort((a, b) => byPosition(a.mention, b.mention));
}

/** Topics: figures of one unit family whose `about`s are all compatible with each other (complete link). */
export function topics(figures: FigureMention[]): FigureMention[][] {
  const out: FigureMention[][] = [];
  for (const f of figures) {
    const fam = unitFamily(f);
    const t = out.find((g) => unitFamily(g[0]!) === fam && g.every((m) => aboutCompatible(m.about, f.about)));
    if (t) t.push(f);
    else out.push([f]);
  }
  return out;
}

interface Bucket {
  period: string | null;
  modality: Modality;
  figures: FigureMention[];
}

/** Within a topic: one bucket per (period, modality); a figure with no period joins a bucket its value fits. */
export function buckets(topic: FigureMention[]): Bucket[] {
  const out: Bucket[] = [];
  for (const f of topic.filter((x) => x.period !== null)) {
    const b = out.find((x) => x.period === f.period && x.modality === modality(f));
    if (b) b.figures.push(f);
    else out.push({ period: f.period, modality: modality(f), figures: [f] });
  }
  for (const f of topic.filter((x) => x.period === null)) {
    const fits = out.filter((b) => b.modality === modality(f) && b.figures.every((g) => compatible(f, g)));
    const b = fits.sort((a, b2) => b2.figures.length - a.figures.length)[0] ?? out.find((x) => x.period === null && x.modality === modality(f));
    if (b) b.figures.push(f);
    else out.push({ period: null, modality: modality(f), figures: [f] });
  }
  for (const b of out) b.figures.sort((a, c) => byPosition(a.mention, c.mention));
  return out;
}

const claimed = (f: FigureMention): Claimed => ({ value: f.value, unit: f.unit, approx: f.approx, period: f.period, mention: f.mention });

const SCALES = [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million']] as const;

/** 190000000000 → "190 billion". */
export function compact(v: number): string {
  for (const [k, w] of SCALES) if (Math.abs(v) >= k) return `${Math.round((v / k) * 1000) / 1000} ${w}`;
  return String(Math.round(v * 10000) / 10000);
}

function describe(f: FigureMention): string {
  const unit = f.unit === 'count' || f.unit === 'ordinal' ? '' : ` ${f.unit}`;
  return `${APPROX_WORDS[f.approx]}${compact(f.value)}${unit}${f.period ? ` in ${f.period}` : ''}${modality(f) !== 'actual' ? ` (${modality(f)})` : ''}`;
}

/** The words most figures of a topic use for what they measure. */
export function topicAbout(topic: FigureMention[]): string {
  const count = new Map<string, number>();
  for (const f of topic) count.set(f.about!, (count.get(f.about!) ?? 0) + 1);
  return [...count.entries()].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length || (a[0] < b[0] ? -1 : 1))[0]![0];
}

type Draft = Omit<Fact, 'id'>;

function draft(about: string, period: string | null, claims: FigureMention[], status: Fact['status'], note: string, claim?: string): Draft {
  return { claim: claim ?? (period ? `${about}, ${period}` : about), about, period, values: factValues(claims.map(claimed)), status, note };
}

/** First pair of figures in a bucket that cannot both be true. */
function incompatiblePair(figs: FigureMention[]): [FigureMention, FigureMention] | null {
  for (let i = 0; i < figs.length; i++) for (let j = i + 1; j < figs.length; j++) if (!compatible(figs[i]!, figs[j]!)) return [figs[i]!, figs[j]!];
  return null;
}

/** Groups of figures of a bucket that give the same number (qualifiers aside), in order of first mention. */
function sameNumberGroups(figs: FigureMention[]): FigureMention[][] {
  const out: FigureMention[][] = [];
  for (const f of figs) {
    const g = out.find((x) => sameNumber(x[0]!, f) && x.every((y) => compatible(y, f)));
    if (g) g.push(f);
    else out.push([f]);
  }
  return out;
}

function bucketFacts(about: string, b: Bucket, reps: Map<string, string>): Draft[] {
  const pair = incompatiblePair(b.figures);
  if (!pair) {
    const values = factValues(b.figures.map(claimed));
    return [{ ...draft(about, b.period, b.figures, agreement(values, reps), ''), values }];
  }
  const [x, y] = pair;
  const self = x.mention.source === y.mention.source && allSources(factValues(b.figures.map(claimed))).length === 1;
  const note = `${cite(x.mention)} (${describe(x)}) vs ${cite(y.mention)} (${describe(y)}): the values cannot both be true${self ? '; the source contradicts itself' : ''}.`;
  const out: Draft[] = [draft(about, b.period, b.figures, 'conflict', note)];
  // sources that agree on one number inside a conflict still agree on it
  for (const g of sameNumberGroups(b.figures)) {
    const values = factValues(g.map(claimed));
    if (independentCount(allSources(values), reps) >= 2) out.push({ ...draft(about, b.period, g, 'agreed', ''), values });
  }
  return out;
}

/** The same number for two periods (or as actual and as projection of one period), from different sources. */
function crossBucketConflicts(about: string, bs: Bucket[]): Draft[] {
  const out: Draft[] = [];
  for (let i = 0; i < bs.length; i++) {
    for (let j = i + 1; j < bs.length; j++) {
      const a = bs[i]!;
      const b = bs[j]!;
      if (a.period === null || b.period === null) continue;
      const periodClash = !periodsOverlap(a.period, b.period);
      const standingClash = a.period === b.period && new Set([a.modality, b.modality]).size === 2 && a.modality !== 'target' && b.modality !== 'target';
      if (!periodClash && !standingClash) continue;
      const xs = a.figures.filter((f) => b.figures.some((g) => sameNumber(f, g)));
      const ys = b.figures.filter((g) => xs.some((f) => sameNumber(f, g)));
      if (!xs.length || !ys.length) continue;
      const sa = new Set(xs.map((f) => f.mention.source));
      if (ys.some((g) => sa.has(g.mention.source))) continue; // one source giving both is a series, not a clash
      const why = periodClash
        ? `the same figure is given for ${a.period} and for ${b.period}`
        : `the same figure is given as ${a.modality} and as ${b.modality} for ${a.period}`;
      const note = `${cite(xs[0]!.mention)} (${describe(xs[0]!)}) vs ${cite(ys[0]!.mention)} (${describe(ys[0]!)}): ${why}.`;
      const claim = `${about}: period of the ${xs[0]!.mention.text} figure`;
      out.push(draft(about, null, [...xs, ...ys], 'conflict', note, claim));
    }
  }
  return out;
}

/** Facts from the figures of all sources. `reps` maps each source to its near-duplicate group. */
export function figureFacts(figures: FigureMention[], reps: Map<string, string>): Draft[] {
  const out: Draft[] = [];
  for (const t of topics(factFigures(figures))) {
    const about = topicAbout(t);
    const bs = buckets(t);
    for (const b of bs) out.push(...bucketFacts(about, b, reps));
    out.push(...crossBucketConflicts(about, bs));
  }
  return out;
}

