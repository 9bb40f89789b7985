// Near-duplicate sources: reprints of one wire story count as one source when agreement is counted.
//
// Two sources are near-duplicates when most of the word 5-grams of the shorter one occur in the other
// (containment, so a reprint with a cut ending or an added paragraph still matches).
import { cmp } from '../core/spans.js';
import type { Source } from '../core/types.js';

export const SHINGLE_SIZE = 5;
/** Share of the shorter text's shingles found in the other text. */
export const DUPLICATE_CONTAINMENT = 0.6;
/** Texts with fewer shingles than this are never called duplicates (a headline is not a story). */
const MIN_SHINGLES = 20;

const WORD_RE = /[\p{L}\p{N}]+/gu;

export function shingles(text: string): Set<string> {
  const words = (text.toLowerCase().normalize('NFKD').match(WORD_RE) ?? []) as string[];
  const out = new Set<string>();
  for (let i = 0; i + SHINGLE_SIZE <= words.length; i++) out.add(words.slice(i, i + SHINGLE_SIZE).join(' '));
  return out;
}

export function containment(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size < MIN_SHINGLES) return 0;
  let n = 0;
  for (const s of small) if (large.has(s)) n++;
  return n / small.size;
}

/** Groups of near-duplicate sources (each sorted, groups sorted by first id); only groups of two or more. */
export function findDuplicates(sources: Source[]): string[][] {
  const list = [...sources].sort((a, b) => cmp(a.id, b.id));
  const sh = list.map((s) => shingles(s.text));
  const parent = list.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      if (containment(sh[i]!, sh[j]!) >= DUPLICATE_CONTAINMENT) {
        const a = root(i);
        const b = root(j);
        if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
      }
    }
  }
  const groups = new Map<number, string[]>();
  for (let i = 0; i < list.length; i++) {
    const r = root(i);
    const g = groups.get(r);
    if (g) g.push(list[i]!.id);
    else groups.set(r, [list[i]!.id]);
  }
  return [...groups.values()].filter((g) => g.length > 1).sort((a, b) => cmp(a[0]!, b[0]!));
}

/** source id → the id that stands for its group (itself when it has no duplicate). */
export function representatives(groups: string[][]): Map<string, string> {
  const m = new Map<string, string>();
  for (const g of groups) for (const id of g) m.set(id, g[0]!);
  return m;
}

/** How many independent sources a list of source ids holds. */
export function independentCount(sources: Iterable<string>, reps: Map<string, string>): number {
  const seen = new Set<string>();
  for (const s of sources) seen.add(reps.get(s) ?? s);
  return seen.size;
}
