// Word-for-word reprints are extracted once. A wire story that a run holds several times over (the same text, dated
// the same way) has the same extraction each time but for the source it names: the first copy is extracted, each
// other copy gets a copy of that extraction with its own source id in every mention and its own source record.
// Extraction depends on the text, the publication date (and where it came from) and the period of the other
// sources, nothing else of a source (tests/reprints.test.ts holds a copy equal to a fresh extraction).
import type { Extraction, Source } from './core/types.js';

/** Per source: the index of the first source it reprints word for word, or -1 for a first (or only) copy. */
export function reprintsOf(sources: readonly Source[], periods: ReadonlyArray<string | null>): Int32Array {
  const first = new Map<string, Map<string, number>>(); // text → date key → first index
  const out = new Int32Array(sources.length).fill(-1);
  sources.forEach((s, i) => {
    const dateKey = `${s.published ?? ''}|${s.publishedFrom ?? ''}|${periods[i] ?? ''}`;
    let byDate = first.get(s.text);
    if (!byDate) first.set(s.text, (byDate = new Map()));
    const had = byDate.get(dateKey);
    if (had === undefined) byDate.set(dateKey, i);
    else out[i] = had;
  });
  return out;
}

/** A copy of a JSON-like value in which every `source` field equal to `from` reads `to`. Typed arrays are shared. */
function renamed(v: unknown, from: string, to: string): unknown {
  if (v === null || typeof v !== 'object' || ArrayBuffer.isView(v)) return v;
  if (Array.isArray(v)) {
    const out = new Array(v.length);
    for (let i = 0; i < v.length; i++) out[i] = renamed(v[i], from, to);
    return out;
  }
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(v)) {
    const x = (v as Record<string, unknown>)[k];
    out[k] = k === 'source' && x === from ? to : renamed(x, from, to);
  }
  return out;
}

/**
 * The extraction of `copy` from that of `original` (`x`), its word-for-word original: mentions renamed to the copy's
 * id, and the copy's own source record, dated as the original was (the warnings dating added come along).
 */
export function asReprint(x: Extraction, original: Source, copy: Source): Extraction {
  const { doc, ...found } = x;
  const dated = doc.source;
  const source: Source = dated === original ? copy : {
    ...copy,
    published: dated.published,
    publishedFrom: dated.publishedFrom,
    ...('publishedPeriod' in dated ? { publishedPeriod: dated.publishedPeriod } : {}),
    warnings: [...copy.warnings, ...dated.warnings.slice(original.warnings.length)],
  };
  const out = renamed(found, original.id, copy.id) as Omit<Extraction, 'doc'>;
  return { doc: { ...doc, source, sentences: doc.sentences.map((s) => ({ ...s })), regions: doc.regions.map((r) => ({ ...r })) }, ...out };
}

/** The sources to extract (first copies), and how to complete the run's extractions from theirs. */
export function planReprints(sources: readonly Source[], periods: ReadonlyArray<string | null>): { firsts: number[]; complete: (extracted: Extraction[]) => Extraction[] } {
  const first = reprintsOf(sources, periods);
  const firsts: number[] = [];
  for (let i = 0; i < sources.length; i++) if (first[i] === -1) firsts.push(i);
  const complete = (extracted: Extraction[]): Extraction[] => {
    const xs: Extraction[] = new Array(sources.length);
    firsts.forEach((i, k) => (xs[i] = extracted[k]!));
    for (let i = 0; i < sources.length; i++) if (first[i]! >= 0) xs[i] = asReprint(xs[first[i]!]!, sources[first[i]!]!, sources[i]!);
    return xs;
  };
  return { firsts, complete };
}
