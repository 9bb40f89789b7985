// Candidates for the summit record, counted by independent source: one map from candidate id to the sources that
// name it, with one witness per source. Linear: each event mention is added once, keyed by candidate id.
import { cmp } from '../core/spans.js';
import type { EventMention, Mention, SummitChoice, SummitWitness } from '../core/types.js';
import { independentCount } from './duplicates.js';

interface Entry {
  sources: Set<string>;
  /** sources where the event is reported as done (not only planned or expected) */
  happened: Set<string>;
  mentions: number;
  evidence: Map<string, SummitWitness>;
}

export interface Ranked {
  id: string;
  support: number;
  happened: number;
  mentions: number;
  evidence: SummitWitness[];
}

export class Tally {
  private readonly m = new Map<string, Entry>();

  add(id: string, e: EventMention, mention: Mention, what: string): void {
    let t = this.m.get(id);
    if (!t) this.m.set(id, (t = { sources: new Set(), happened: new Set(), mentions: 0, evidence: new Map() }));
    const source = e.mention.source;
    t.sources.add(source);
    if (e.modality === 'happened') t.happened.add(source);
    t.mentions++;
    if (!t.evidence.has(source)) t.evidence.set(source, { source, mention, rule: witnessRule(e, what) });
  }

  get size(): number {
    return this.m.size;
  }

  /** Most independent sources first (then most sources telling it as done, most mentions, id). */
  ranked(reps: Map<string, string>): Ranked[] {
    return [...this.m.entries()]
      .map(([id, t]) => ({
        id,
        support: independentCount(t.sources, reps),
        happened: independentCount(t.happened, reps),
        mentions: t.mentions,
        evidence: [...t.evidence.values()].sort((a, b) => cmp(a.source, b.source)),
      }))
      .sort((a, b) => b.support - a.support || b.happened - a.happened || b.mentions - a.mentions || cmp(a.id, b.id));
  }
}

/** "met (meeting, happened): trigger meet-verb; parties x-and-y-met; date nearest-trigger-in-clause" */
function witnessRule(e: EventMention, what: string): string {
  const steps = e.steps.filter((s) => s.startsWith('trigger') || s.startsWith(what) || s.startsWith('modality'));
  return `"${e.trigger.text}" (${e.kind}, ${e.modality}): ${steps.join('; ')}`;
}

export function choice(r: Ranked, why: string): SummitChoice {
  return { id: r.id, support: r.support, why, evidence: r.evidence };
}

export const sourcesWord = (n: number) => `${n} independent source${n === 1 ? '' : 's'}`;
