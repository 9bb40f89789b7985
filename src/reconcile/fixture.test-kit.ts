// Hand-made extractions for reconcile tests: real segmentation, figures/dates/entities placed by their text.
import type { DateMention, EntityMention, Extraction, FigureMention, Source } from '../core/types.js';
import { segment, sentenceAt } from '../segment/index.js';

export function source(id: string, text: string, published: string | null = null): Source {
  return { id, path: `${id}.txt`, text, title: null, published, publishedFrom: published ? 'header' : null, warnings: [] };
}

function place(src: Source, text: string, nth = 0): { start: number; end: number; sentence: number } {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = src.text.indexOf(text, start + 1);
  if (start < 0) throw new Error(`"${text}" not in ${src.id}`);
  const doc = segment(src);
  return { start, end: start + text.length, sentence: sentenceAt(doc, start)?.index ?? 0 };
}

type FigureSpec = Partial<FigureMention> & { text: string; value: number; unit: string; about: string; nth?: number };
type DateSpec = Partial<DateMention> & { text: string; value: string | null; nth?: number };
type EntitySpec = Partial<EntityMention> & { text: string; type: EntityMention['type']; nth?: number };

export function extraction(src: Source, spec: { figures?: FigureSpec[]; dates?: DateSpec[]; entities?: EntitySpec[] }): Extraction {
  const doc = segment(src);
  const figures: FigureMention[] = (spec.figures ?? []).map((f) => {
    const p = place(src, f.text, f.nth);
    return {
      kind: f.unit === 'count' ? 'count' : f.unit === 'ordinal' ? 'ordinal' : /^[A-Z]{3}$/.test(f.unit) ? 'money' : f.unit === 'percent' ? 'percent' : 'duration',
      approx: 'exact', period: null, steps: [`${f.text} → ${f.value} ${f.unit}`], rule: 'test', context: null,
      ...f,
      mention: { source: src.id, start: p.start, end: p.end, text: f.text }, sentence: p.sentence,
    } as FigureMention;
  });
  const dates: DateMention[] = (spec.dates ?? []).map((d) => {
    const p = place(src, d.text, d.nth);
    return {
      granularity: d.value && d.value.includes('/') ? 'range' : d.value && d.value.length === 4 ? 'year' : 'day',
      relative: false, reference: src.published, steps: [], rule: 'test', context: null,
      ...d,
      mention: { source: src.id, start: p.start, end: p.end, text: d.text }, sentence: p.sentence,
    } as DateMention;
  });
  const entities: EntityMention[] = (spec.entities ?? []).map((e) => {
    const p = place(src, e.text, e.nth);
    return {
      name: e.text, titles: [], rule: 'test', context: null,
      ...e,
      mention: { source: src.id, start: p.start, end: p.end, text: e.text }, sentence: p.sentence,
    } as EntityMention;
  });
  return { doc, figures, dates, entities, quotes: [], events: [] };
}
