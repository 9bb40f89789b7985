// Small shared pieces of fact building: claims as lists of supported values, status from independent sources,
// quotes of the texts for notes.
import { byPosition, uniqSorted } from '../core/spans.js';
import type { Approx, Fact, FactStatus, FactValue, Mention } from '../core/types.js';
import { independentCount } from './duplicates.js';

/** One value of a claim as found in one place, before values are merged. */
export interface Claimed {
  value: number | string;
  unit: string;
  approx?: Approx;
  period?: string | null;
  mention: Mention;
}

/**
 * Merge claims of the same value, unit and period into FactValues, in order of first mention. The qualifier is
 * kept when all agree on it ("40" and "over 40" are one value, 40, with both sources; each mention keeps its words).
 */
export function factValues(claims: Claimed[]): FactValue[] {
  const byKey = new Map<string, Claimed[]>();
  for (const c of [...claims].sort((a, b) => byPosition(a.mention, b.mention))) {
    const k = JSON.stringify([c.value, c.unit, c.period ?? null]);
    const g = byKey.get(k);
    if (g) g.push(c);
    else byKey.set(k, [c]);
  }
  return [...byKey.values()].map((g) => {
    const first = g[0]!;
    const v: FactValue = { value: first.value, unit: first.unit, sources: uniqSorted(g.map((c) => c.mention.source)), mentions: g.map((c) => c.mention) };
    if (first.approx !== undefined && g.every((c) => c.approx === first.approx)) v.approx = first.approx;
    if (first.period !== undefined) v.period = first.period;
    return v;
  });
}

export function allSources(values: FactValue[]): string[] {
  return uniqSorted(values.flatMap((v) => v.sources));
}

/** agreed when two or more independent sources hold it, else single. */
export function agreement(values: FactValue[], reps: Map<string, string>): FactStatus {
  return independentCount(allSources(values), reps) >= 2 ? 'agreed' : 'single';
}

export function firstMention(f: Pick<Fact, 'values'>): Mention {
  return f.values.flatMap((v) => v.mentions).sort(byPosition)[0]!;
}

/** `001: "ninety-minute"` — a source's words, for notes. */
export function cite(m: Mention): string {
  const t = m.text.replace(/\s+/g, ' ');
  return `${m.source}: "${t.length > 60 ? t.slice(0, 57) + '…' : t}"`;
}

export const APPROX_WORDS: Record<Approx, string> = {
  exact: '',
  about: 'about ',
  nearly: 'nearly ',
  'more-than': 'more than ',
  'at-least': 'at least ',
  'less-than': 'less than ',
  'up-to': 'up to ',
};
