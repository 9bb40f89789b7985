// Figures → facts. Figures from different sentences and sources make one claim when they measure the same thing:
// same unit family, compatible `about`, compatible period. A claim's values are then compared with their
// qualifiers: agreed, single, or conflict (values that cannot all be true; the same number for periods that do
// not overlap, from different sources). Targets are kept apart from actuals and projections.
import { byPosition } from '../core/spans.js';
import type { Extraction, Fact, FactValue, FigureMention } from '../core/types.js';
import { concepts, enrich, sameConcepts, sameThing, type Concepts } from './about.js';
import { compatible, periodsOverlap, sameNumber, unitFamily } from './compat.js';
import { agreement, allSources, APPROX_WORDS, cite, factValues, type Claimed } from './factkit.js';
import { independentCount } from './duplicates.js';

type Modality = NonNullable<FigureMention['modality']>;
const modality = (f: FigureMention): Modality => f.modality ?? 'actual';
/** Targets are claims of their own; actuals and projections of one thing are compared. */
const standing = (f: FigureMention) => (modality(f) === 'target' ? 'target' : 'measure');

/** A figure with what it speaks of: its `about`, and its `about` enriched with the words of its clause. */
export interface Claim {
  f: FigureMention;
  about: Concepts;
  full: Concepts;
  /** places that own what is measured, in the clause around the figure ("China’s economy") */
  places: Set<string>;
}

/** Words of the clause around a figure: a few before, a few more after, inside its sentence. */
const WORDS_BEFORE = 6;
const WORDS_AFTER = 8;

/** The span of the clause around a figure: a few words before, a few more after, inside its sentence. */
export function clauseSpan(x: Extraction, f: FigureMention): { start: number; end: number } {
  const s = x.doc.sentences[f.sentence];
  if (!s) return { start: f.mention.start, end: f.mention.end };
  const text = x.doc.source.text;
  let start = f.mention.start;
  for (let n = 0; n < WORDS_BEFORE && start > s.start; n++) {
    const m = /\S+\s*$/.exec(text.slice(s.start, start));
    if (!m) break;
    start = s.start + m.index;
  }
  let end = f.mention.end;
  for (let n = 0; n < WORDS_AFTER && end < s.end; n++) {
    const m = /^\s*\S+/.exec(text.slice(end, s.end));
    if (!m) break;
    end += m[0].length;
  }
  return { start, end };
}

/** Figures that can enter a fact: with a meaning, not a re-count of things just named, not page furniture. */
export function claimsOf(extractions: Extraction[]): Claim[] {
  const out: Claim[] = [];
  for (const x of extractions) {
    for (const f of x.figures) {
      if (f.anaphoric || !f.about || f.context === 'boilerplate' || f.context === 'cross-reference') continue;
      const about = concepts(f.about);
      const span = clauseSpan(x, f);
      const places = new Set(
        x.entities
          .filter((e) => e.type === 'place' && e.mention.start >= span.start && e.mention.end <= span.end)
          .filter((e) => POSSESSIVE_RE.test(x.doc.source.text.slice(e.mention.end, e.mention.end + 2)))
          .map((e) => (e.canonical ?? e.name).toLowerCase()),
      );
      out.push({ f, about, full: enrich(about, concepts(x.doc.source.text.slice(span.start, span.end))), places });
    }
  }
  return out.sort((a, b) => byPosition(a.f.mention, b.f.mention));
}

/** "China’s economy": a place that owns what is measured (a place where it happened does not). */
const POSSESSIVE_RE = /^['’]s/;

/** Places that own what two figures measure, with nothing in common: China's growth is not India's. */
const otherPlaces = (a: Claim, b: Claim) => a.places.size > 0 && b.places.size > 0 && ![...a.places].some((p) => b.places.has(p));

/**
 * May two figures of one thing disagree? Ordinals name things ("the 15th summit", "the first in-person summit")
 * rather than measure them: two different ones are two things. Counts disagree only when they count the same
 * act (applied, attended, invited …). A source disagrees with itself only in the very same words.
 */
export function mayConflict(a: Claim, b: Claim): boolean {
  if (a.f.kind === 'ordinal' || b.f.kind === 'ordinal') return false;
  if ((a.f.kind === 'count' || b.f.kind === 'count') && ![...a.full.preds].some((p) => b.full.preds.has(p))) return false;
  if (a.f.mention.source === b.f.mention.source && !sameConcepts(a.about, b.about)) return false;
  return true;
}

/** Two different counts are of one thing only when they count the same act (or neither names one). */
function samePredicates(a: Claim, b: Claim): boolean {
  if (a.f.kind !== 'count' || sameNumber(a.f, b.f)) return true;
  const x = a.full.preds;
  const y = b.full.preds;
  return (!x.size && !y.size) || [...x].some((p) => y.has(p));
}

const fits = (m: Claim, c: Claim) => sameThing(m.full, c.full) && samePredicates(m, c) && !otherPlaces(m, c) && (compatible(m.f, c.f) || mayConflict(m, c));

/** What decides whether a figure fits with another: figures with the same signature fit alike. */
function signature(c: Claim): string {
  const f = c.f;
  const set = (x: Set<string>) => [...x].sort().join(',');
  return [f.kind, f.unit, f.value, f.valueMax ?? '', f.approx, f.mention.source, set(c.about.heads), set(c.about.preds), set(c.about.words),
    set(c.full.heads), set(c.full.preds), set(c.places)].join('|');
}

/** Topics: figures of one unit family that all measure the same thing (complete link, one check per signature). */
export function topics(claims: Claim[]): Claim[][] {
  const out: Array<{ family: string; members: Claim[]; kinds: Map<string, Claim> }> = [];
  for (const c of claims) {
    const family = unitFamily(c.f);
    const sig = signature(c);
    const t = out.find((g) => g.family === family && (g.kinds.has(sig) || [...g.kinds.values()].every((m) => fits(m, c))));
    if (t) {
      t.members.push(c);
      if (!t.kinds.has(sig)) t.kinds.set(sig, c);
    } else out.push({ family, members: [c], kinds: new Map([[sig, c]]) });
  }
  return out.map((t) => t.members);
}

interface Bucket {
  period: string | null;
  standing: string;
  figures: FigureMention[];
}

/** Within a topic: one bucket per period and standing; a figure with no period goes with the first that fits. */
export function buckets(topic: Claim[]): Bucket[] {
  const out: Bucket[] = [];
  for (const { f } of topic) {
    const b = out.find((x) => x.standing === standing(f) && (x.period === null || f.period === null || x.period === f.period));
    if (b) {
      b.figures.push(f);
      b.period ??= f.period;
    } else out.push({ period: f.period, standing: standing(f), figures: [f] });
  }
  return out;
}

/** A figure as a value of a claim; `period` is the claim's period (a figure with none takes the one of its claim). */
const claimed = (f: FigureMention, period: string | null = f.period): Claimed => ({ value: f.value, unit: f.unit, approx: f.approx, period, mention: f.mention });

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

/** What a topic measures, in the sources' words: its distinct `about`s, most used first (at most three). */
export function topicAbout(topic: FigureMention[]): string {
  const count = new Map<string, number>();
  for (const f of topic) count.set(f.about!.toLowerCase(), (count.get(f.about!.toLowerCase()) ?? 0) + 1);
  const abouts = [...count.entries()].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length || (a[0] < b[0] ? -1 : 1)).map(([a]) => a);
  return abouts.filter((a, i) => !abouts.slice(0, i).some((b) => b.includes(a) || a.includes(b))).slice(0, 3).join(' / ');
}

type Draft = Omit<Fact, 'id'>;

function draft(about: string, period: string | null, values: FactValue[], status: Fact['status'], note: string, claim?: string): Draft {
  return { claim: claim ?? (period ? `${about}, ${period}` : about), about, period, values, status, note };
}

/** The values of a bucket's figures, each with the bucket's period. */
const bucketValues = (figs: FigureMention[], period: string | null) => factValues(figs.map((f) => claimed(f, period)));

/** First pair of figures in a bucket that cannot both be true (an actual and a projection never clash). */
function incompatiblePair(all: FigureMention[]): [FigureMention, FigureMention] | null {
  // one figure per distinct value and qualifier: the same value fits alike
  const firsts = new Map<string, FigureMention>();
  for (const f of all) if (!firsts.has(`${f.value}|${f.valueMax ?? ''}|${f.unit}|${f.approx}`)) firsts.set(`${f.value}|${f.valueMax ?? ''}|${f.unit}|${f.approx}`, f);
  const figs = [...firsts.values()];
  for (let i = 0; i < figs.length; i++) {
    for (let j = i + 1; j < figs.length; j++) {
      const [a, b] = [figs[i]!, figs[j]!];
      // a value now and a value planned or forecast ("currently $62 billion, with plans to raise it to $100 billion")
      // are both true; only measures of the same standing can clash
      if (modality(a) !== modality(b)) continue;
      if (!compatible(a, b)) return [a, b];
    }
  }
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
  const all = bucketValues(b.figures, b.period);
  if (!pair) return [draft(about, b.period, all, agreement(all, reps), '')];
  const [x, y] = pair;
  const self = x.mention.source === y.mention.source && allSources(all).length === 1;
  const why = self ? 'the source contradicts itself' : 'the values cannot both be true';
  const note = `${why}: ${cite(x.mention)} (${describe(x)}) vs ${cite(y.mention)} (${describe(y)}).`;
  const out: Draft[] = [draft(about, b.period, all, 'conflict', note)];
  // sources that agree on one number inside a conflict still agree on it
  for (const g of sameNumberGroups(b.figures)) {
    const values = bucketValues(g, b.period);
    if (independentCount(allSources(values), reps) >= 2) out.push(draft(about, b.period, values, 'agreed', ''));
  }
  return out;
}

/** The same number given for two periods that do not overlap, by different sources. */
function periodConflicts(about: string, bs: Bucket[]): Draft[] {
  const out: Draft[] = [];
  for (let i = 0; i < bs.length; i++) {
    for (let j = i + 1; j < bs.length; j++) {
      const a = bs[i]!;
      const b = bs[j]!;
      if (a.period === null || b.period === null || a.standing !== b.standing || periodsOverlap(a.period, b.period)) continue;
      const xs = a.figures.filter((f) => b.figures.some((g) => sameNumber(f, g)));
      const ys = b.figures.filter((g) => xs.some((f) => sameNumber(f, g)));
      if (!xs.length || !ys.length) continue;
      const sa = new Set(xs.map((f) => f.mention.source));
      if (ys.some((g) => sa.has(g.mention.source))) continue; // one source giving both is a series, not a clash
      const x = xs[0]!;
      const y = ys[0]!;
      const standings = modality(x) !== modality(y) ? ` (${modality(x)} vs ${modality(y)})` : '';
      const note = `same figure for different periods, ${a.period} and ${b.period}${standings}: ${cite(x.mention)} (${describe(x)}) vs ${cite(y.mention)} (${describe(y)}).`;
      const values = [...bucketValues(xs, a.period), ...bucketValues(ys, b.period)];
      out.push(draft(about, null, values, 'conflict', note, `${about}: period of the ${x.mention.text} figure`));
    }
  }
  return out;
}

/** Facts from the figures of all sources. `reps` maps each source to its near-duplicate group. */
export function figureFacts(extractions: Extraction[], reps: Map<string, string>): Draft[] {
  const out: Draft[] = [];
  for (const t of topics(claimsOf(extractions))) {
    const about = topicAbout(t.map((c) => c.f));
    const bs = buckets(t);
    for (const b of bs) out.push(...bucketFacts(about, b, reps));
    out.push(...periodConflicts(about, bs));
  }
  return out;
}

