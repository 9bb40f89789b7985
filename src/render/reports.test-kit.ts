// Reports for the render tests: the seed articles run in-process, and a synthetic report of any size whose strings
// are chosen by the test (long notes, pipes, quotes, wide characters, control characters).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Fact, Mention, Report } from '../core/types.js';
import { loadSources } from '../load/index.js';
import { run } from '../pipeline.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

let seeds: Promise<Report> | null = null;
/** The report of `seeds/`, built once per test file. */
export function seedsReport(): Promise<Report> {
  seeds ??= loadSources([path.join(ROOT, 'seeds')], {}, async () => Buffer.alloc(0)).then(({ sources }) => run(sources));
  return seeds;
}

const mention = (source: string, text: string): Mention => ({ source, start: 0, end: text.length, text });

export interface SyntheticText {
  claim: string;
  note: string;
  name: string;
  word: string;
}

/** `n` sources; every fact, entity and figure cites all of them (the shape that made the old table megabytes). */
export function syntheticReport(n: number, t: SyntheticText): Report {
  const ids = Array.from({ length: n }, (_, i) => `src_${String(i).padStart(5, '0')}_${t.word.slice(0, 8)}`);
  const fact = (id: string, status: Fact['status'], values: Array<number | string>): Fact => ({
    id, claim: `${t.claim} ${id}`, about: t.word, period: null, status, note: status === 'conflict' ? `${t.note} (${id})` : '',
    values: values.map((value, k) => ({
      value, unit: typeof value === 'number' ? 'USD' : 'date', approx: 'exact', period: null,
      sources: k === 0 ? ids : ids.slice(0, 1), mentions: [mention(ids[0]!, `${t.word} ${value}`)],
    })),
  });
  const entity = (id: string) => ({
    id, name: `${t.name} ${id}`, aliases: [t.word, t.name], titles: [t.claim], sources: ids, mentions: ids.map((s) => mention(s, t.name)),
  });
  return {
    version: 1,
    sources: ids.map((id) => ({ id, path: `${id}.txt`, title: `${t.claim} — ${id}`, published: '2024-05-01', publishedFrom: 'header', chars: 1000, warnings: [] })),
    people: [entity('person-a'), entity('person-b')],
    places: [{ ...entity('place-a'), kind: 'city' }],
    organizations: [entity('org-a')],
    figures: [{ id: 'fig-a', kind: 'money', value: 5e9, unit: 'USD', approx: 'about', about: t.word, period: '2024', text: t.word, sources: ids, mentions: [] }],
    dates: [{ value: '2024-05-01', granularity: 'day', text: t.word, relative: false, sources: ids, mentions: [] }],
    quotes: [{ speaker: 'person-a', text: `${t.note} ${t.claim}`, sources: ids, mentions: [] }],
    facts: [fact('fact-conflict', 'conflict', [1e9, 2e9]), fact('fact-date-conflict', 'conflict', ['2024-05-01', '2024-05-02']),
      fact('fact-agreed', 'agreed', [3e9]), fact('fact-single', 'single', [7])],
    summit: { participants: ['person-a', 'person-b'], places: ['place-a'], dates: ['2024-05-01'], sources: ids },
    ...(n >= 2 ? { duplicates: [ids.slice(0, 2)] } : {}),
  };
}
