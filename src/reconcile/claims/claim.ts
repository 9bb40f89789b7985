// A Claim: one figure as a statement about the world — what is measured, of whom, when, with what standing, and the
// interval of values it allows — with its source and mention. Claims with the same identity are one claim.
import type { FigureMention, Mention } from '../../core/types.js';
import { interval, unitFamily, type Interval } from '../compat.js';
import { measureOf, type Measure } from './measure.js';

/** actual (it happened), projection (forecast or expected), target (a goal set), plan (a schedule). */
export type Modality = 'actual' | 'projection' | 'target' | 'plan';

export interface Claim {
  measure: Measure;
  /** durations, counts, USD money …: values compare only inside one family */
  family: string;
  kind: FigureMention['kind'];
  period: string | null;
  modality: Modality;
  interval: Interval;
  /** the figure as found */
  figure: FigureMention;
  source: string;
  mention: Mention;
}

/** Hedges that make a cost an estimate ("about $20 million"); "more than" / "less than" only bound an account. */
const ESTIMATE_HEDGES: ReadonlySet<string> = new Set(['about', 'nearly']);

/**
 * The standing of a figure. A cost given roughly ("cost about $9 million") is an estimate, as a forecast one ("will
 * cost") is: both are projections, one claim with each other; an exact amount is the account of what was spent.
 */
function modalityOf(f: FigureMention, m: Measure): Modality {
  if (f.modality === 'target') return 'target';
  if (f.modality === 'projected') return 'projection';
  if (f.kind === 'money' && m.head === 'cost' && ESTIMATE_HEDGES.has(f.approx)) return 'projection';
  return 'actual';
}

/** The claim a figure makes, or null when it cannot enter a fact (no measure, a re-count, page furniture). */
export function claimOf(f: FigureMention): Claim | null {
  if (f.anaphoric || f.context === 'boilerplate' || f.context === 'cross-reference' || f.context === 'caption') return null;
  const measure = measureOf(f.about, f.kind);
  if (!measure) return null;
  return {
    measure,
    family: unitFamily(f),
    kind: f.kind,
    period: f.period,
    modality: modalityOf(f, measure),
    interval: interval(f),
    figure: f,
    source: f.mention.source,
    mention: f.mention,
  };
}
