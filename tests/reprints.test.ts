// Word-for-word reprints are extracted once (src/reprints.ts): a reprint's extraction, made from its original's,
// must equal the extraction of the reprint itself, and a run's report must not change.
import { copyFileSync, existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Source } from '../src/core/types.js';
import { loadSources } from '../src/load/index.js';
import { buildReport, extractDated, run } from '../src/pipeline.js';
import { asReprint, planReprints, reprintsOf } from '../src/reprints.js';
import { publicationPeriods } from '../src/resolve/publication.js';
import { toRecordLine } from '../src/parallel/record.js';
import { ROOT, SHARED, cli } from './helpers.js';

const dirs = [path.join(ROOT, 'seeds')];
const corpus = path.join(SHARED, 'corpus');
if (existsSync(corpus)) for (const d of readdirSync(corpus).sort()) if (!d.includes('.')) dirs.push(path.join(corpus, d));

/** A reprint of `s`: another file, another id, its own reading warnings; the same text and date. */
const reprint = (s: Source, n: number): Source => ({ ...s, id: `${s.id}-copy${n}`, path: `copies/${n}/${s.path}`, title: n % 2 ? null : `Copy ${n}`, warnings: n % 2 ? ['a note from reading'] : [] });

describe('word-for-word reprints', () => {
  it.each(dirs.map((d) => [path.basename(d), d]))('%s: a reprint made from its original equals its own extraction', async (_name, dir) => {
    const { sources } = await loadSources([dir]);
    const periods = publicationPeriods(sources);
    sources.forEach((s, i) => {
      const copy = reprint(s, i);
      const own = extractDated(copy, periods[i]!);
      expect(asReprint(extractDated(s, periods[i]!), s, copy)).toEqual(own);
    });
  });

  it('the report of a run with reprints is the report of every source extracted on its own', async () => {
    const { sources } = await loadSources([path.join(ROOT, 'seeds')]);
    // each seed twice and the first three times; one copy of an undated seed gets a date (then it is no reprint)
    const withCopies = [...sources, ...sources.map((s, i) => reprint(s, i)), reprint(sources[0]!, 99)];
    const undated = sources.findIndex((s) => !s.published);
    if (undated >= 0) withCopies.push({ ...reprint(sources[undated]!, 77), published: '2023-10-18', publishedFrom: 'option' });
    const periods = publicationPeriods(withCopies);
    const first = reprintsOf(withCopies, periods);
    expect([...first].filter((f) => f >= 0)).toHaveLength(sources.length + 1);
    if (undated >= 0) expect(first[withCopies.length - 1]).toBe(-1);
    expect(planReprints(withCopies, periods).firsts).toHaveLength(withCopies.length - sources.length - 1);
    const fresh = buildReport(withCopies.map((s, i) => extractDated(s, periods[i]!)));
    expect(JSON.stringify(run(withCopies))).toBe(JSON.stringify(fresh));
  });

  it('extract --emit extractions writes for each reprint the record of its own extraction', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'summit-facts-reprints-'));
    const seeds = readdirSync(path.join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt'));
    for (const f of seeds) {
      copyFileSync(path.join(ROOT, 'seeds', f), path.join(dir, f));
      copyFileSync(path.join(ROOT, 'seeds', f), path.join(dir, `zz-reprint-${f}`));
    }
    const r = await cli(['extract', dir, '--emit', 'extractions', '-q']);
    expect(r.code).toBe(0);
    const { sources } = await loadSources([dir]);
    const periods = publicationPeriods(sources);
    expect(reprintsOf(sources, periods).filter((f) => f >= 0)).toHaveLength(seeds.length);
    expect(r.stdout.trimEnd().split('\n')).toEqual(sources.map((s, i) => toRecordLine(s, periods[i]!, extractDated(s, periods[i]!))));
  });
});
