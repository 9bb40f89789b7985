// A Claim: one figure as a statement about the world — what is measured, of whom, when, with what standing, and the
// interval of values it allows — with its source and mention. Claims with the same identity are one claim.
import type { EventMention, EventParty, FigureMention, Mention } from '../../core/types.js';
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
  /** whose the measured thing is, for things a person does alone (a trip, a visit): the traveller the figure's
   * sentence names with its visit or arrival, else null */
  actor: string | null;
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

/** Measures of something one person does (a trip, a visit): whose it is is part of the claim. */
export const PERSONAL_HEADS: ReadonlySet<string> = new Set(['trip']);
/** Event kinds that name the traveller of a trip. */
const TRAVEL_KINDS: ReadonlySet<string> = new Set(['visit', 'arrival', 'departure']);

/** The person whose trip a figure measures: the first person party of the travel event nearest the figure in its
 * sentence (`events`: the event mentions of that sentence), or null when none is named ("his two-day trip"). */
export function actorOf(f: FigureMention, events: readonly EventMention[], nameOf: (p: EventParty) => string = (p) => p.name): string | null {
  let best: { at: number; who: string } | null = null;
  for (const e of events) {
    if (e.sentence !== f.sentence || !TRAVEL_KINDS.has(e.kind)) continue;
    const who = e.parties.find((p) => p.type === 'person' && p.role === 'participant');
    if (!who) continue;
    const at = Math.abs(e.trigger.start - f.mention.start);
    if (!best || at < best.at) best = { at, who: nameOf(who) };
  }
  return best?.who ?? null;
}

const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;
/** Durations of days or weeks (a visit, a summit) are dated by any one of their days: the month is their period. */
const MONTH_DATED_UNITS: ReadonlySet<string> = new Set(['days', 'weeks']);
function periodOf(f: FigureMention): string | null {
  return f.kind === 'duration' && MONTH_DATED_UNITS.has(f.unit) && f.period !== null && DAY_RE.test(f.period) ? f.period.slice(0, 7) : f.period;
}

/** The claim a figure makes, or null when it cannot enter a fact (no measure, a re-count, page furniture).
 * `events`: the event mentions of the figure's sentence (they name the traveller of a trip); `nameOf`: a party's name
 * as linked across sources. */
export function claimOf(f: FigureMention, events: readonly EventMention[] = [], nameOf?: (p: EventParty) => string): Claim | null {
  if (f.anaphoric || f.context === 'boilerplate' || f.context === 'cross-reference' || f.context === 'caption') return null;
  // "fell to $0.7 billion from $3.4 billion before the war": a change's starting value with no period of its own is
  // of an earlier time the text does not date; it claims nothing beside the value it changed to
  if (f.baseline && f.period === null) return null;
  const measure = measureOf(f.about, f.kind, f.unit);
  if (!measure) return null;
  return {
    measure,
    family: unitFamily(f),
    kind: f.kind,
    period: periodOf(f),
    modality: modalityOf(f, measure),
    interval: interval(f),
    actor: measure.head !== null && PERSONAL_HEADS.has(measure.head) ? actorOf(f, events, nameOf) : null,
    figure: f,
    source: f.mention.source,
    mention: f.mention,
  };
}
