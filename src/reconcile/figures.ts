// Figure mentions → Figures: same kind, value, unit, approx, about and period are one figure.
import { slug, uniqueId } from '../core/ids.js';
import { byPosition, uniqSorted } from '../core/spans.js';
import type { Extraction, Figure, FigureMention } from '../core/types.js';

function key(f: FigureMention): string {
  return JSON.stringify([f.kind, f.value, f.unit, f.approx, f.about, f.period]);
}

export function groupFigures(extractions: Extraction[]): Figure[] {
  const groups = new Map<string, FigureMention[]>();
  for (const x of extractions) {
    for (const f of x.figures) {
      const k = key(f);
      const g = groups.get(k);
      if (g) g.push(f);
      else groups.set(k, [f]);
    }
  }
  const figures: Figure[] = [];
  const ids = new Set<string>();
  for (const g of groups.values()) {
    const mentions = g.map((f) => f.mention).sort(byPosition);
    const first = g.find((f) => f.mention === mentions[0])!;
    const id = uniqueId(slug(`${first.kind}-${first.value}-${first.unit}-${first.about ?? ''}`).slice(0, 60), ids);
    figures.push({
      id,
      kind: first.kind,
      value: first.value,
      unit: first.unit,
      approx: first.approx,
      about: first.about,
      period: first.period,
      text: first.mention.text,
      sources: uniqSorted(mentions.map((m) => m.source)),
      mentions,
    });
  }
  return figures.sort((a, b) => byPosition(a.mentions[0]!, b.mentions[0]!));
}
