// Figure mentions → Figures: same kind, value, unit, approx, about and period are one figure.
// A figure's id is made from those fields (never from the order of sources): where two figures would share the
// words of an id, each gets a short hash of its full identity.
import { createHash } from 'node:crypto';
import { slug } from '../core/ids.js';
import { byPosition, uniqSorted } from '../core/spans.js';
import type { Extraction, Figure, FigureMention } from '../core/types.js';

function key(f: FigureMention): string {
  return JSON.stringify([f.kind, f.value, f.unit, f.approx, f.about, f.period]);
}

const shortHash = (s: string) => createHash('sha1').update(s).digest('hex').slice(0, 6);

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
  const entries = [...groups.entries()].map(([k, g]) => {
    const f = g[0]!;
    return { k, g, base: slug(`${f.kind}-${f.value}-${f.unit}-${f.about ?? ''}`).slice(0, 60).replace(/-+$/, '') };
  });
  const keysBy = new Map<string, Set<string>>();
  for (const e of entries) (keysBy.get(e.base) ?? keysBy.set(e.base, new Set()).get(e.base)!).add(e.k);
  const figures: Figure[] = entries.map(({ k, g, base }) => {
    const mentions = g.map((f) => f.mention).sort(byPosition);
    const first = g.find((f) => f.mention === mentions[0])!;
    return {
      id: keysBy.get(base)!.size > 1 ? `${base}-${shortHash(k)}` : base,
      kind: first.kind,
      value: first.value,
      unit: first.unit,
      approx: first.approx,
      about: first.about,
      period: first.period,
      text: first.mention.text,
      sources: uniqSorted(mentions.map((m) => m.source)),
      mentions,
    };
  });
  return figures.sort((a, b) => byPosition(a.mentions[0]!, b.mentions[0]!));
}
